"""Parser repair: "L'UE a prolongé de six mois ses sanctions contre la Russie" is parsed with "ses sanctions" as a
modifier of "mois"; the event noun is really the direct object of the verb the duration hangs on.

Only a noun with no preposition of its own, under a duration noun of ``relation_duration_nouns`` that carries a
number or article and a preposition ("de six mois", "pour un an", "d'un an"), whose verb has no direct object.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold, language_data

DURATION_NOUNS = language_data("fr").words("relation_duration_nouns")
_DURATION_PREPS = {"de", "d'", "pour", "jusqu'"}


def duration_stranded(noun: Token) -> Token | None:
    """The verb whose direct object ``noun`` is when the parser hung it on a duration ("de six mois"), or None."""
    duration = noun.head
    if noun.dep_ != "nmod" or duration.i == noun.i or fold(duration.text) not in DURATION_NOUNS or duration.i > noun.i:
        return None
    if any(c.dep_ == "case" for c in noun.children):
        return None  # "la durée de six mois des sanctions": a genuine complement
    verb = duration.head
    if duration.dep_ not in {"obl:mod", "obl", "obj"} or verb.pos_ != "VERB" or verb.i == duration.i:
        return None  # "de deux ans" may itself be taken as the object, in spite of its preposition
    if not any(c.dep_ == "case" and fold(c.text) in _DURATION_PREPS for c in duration.children):
        return None
    return None if any(c.dep_ == "obj" and c.i != duration.i for c in verb.children) else verb
