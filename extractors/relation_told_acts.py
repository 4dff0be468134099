"""A bare definite act noun judged badly stands for the act the article told: "Le Chili a expulsé l'ambassadeur du
Venezuela. … Nicolas Maduro a qualifié la décision d'« absurde »" is an Accuse of Chili (gold NOTES: an event anaphor
judged badly → Accuse of its author), as "cette décision" is (``relation_judgements.demonstrative_act_authors``).

Only an act noun with its article alone ("la décision", "la mesure"; not "la décision de justice", "une décision"),
and only when the article's earlier measures (``measure_authors``: Coerce, Threaten and Assault relations,
affirmative and done) all have one author, and that author's act is the recent one: the measures of the last
sentence before the judgement that tells an event (``_recent_authors``: "La Russie a expulsé deux diplomates. Le
tribunal de Tallinn a condamné un espion russe. Moscou a qualifié la décision d'« absurde »" judges the court's
ruling, not the expulsion: nothing). They must all have one author other than the judge and the judge's own state
("La France a suspendu son aide. … Le président Emmanuel Macron a qualifié la décision"): with two authors, or
none, the act is not known and nothing is given.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import sentences_of
from extractors.lang import fold, language_data
from extractors.relation_judgements import ACT_TYPES, negative_name
from extractors.token_table import morph_get

#: What may hang on the bare noun besides its article (the judgement the parser may hang on it too, "la décision
#: d'« absurde »", is read by ``negative_name``).
_LOOSE_DEPS = {"det", "punct"}
_SPEECH = language_data("fr").words("speech_verbs")


def told_act_authors(noun: Token, judges: list[str], context, actors=None) -> list[str]:
    """The one author of the recent measures that the bare definite ``noun`` takes up; [] otherwise."""
    if not _bare_definite(noun) or not hasattr(context, "acts"):
        return []
    authors = measure_authors(context)
    if len(authors) != 1 or authors != _recent_authors(noun, context) or authors & _sides(judges, actors):
        return []
    return sorted(authors)


def measure_authors(context, sentence: int | None = None) -> set[str]:
    """The subjects of the measures the article told so far (``context.acts``: Coerce, Threaten and Assault
    relations, affirmative and done), or of those of sentence number ``sentence`` only."""
    return {r.subject for number, r in getattr(context, "acts", ()) if (sentence is None or number == sentence)
            and r.event_type in ACT_TYPES and not r.negated and r.modality is None}


def _recent_authors(noun: Token, context) -> set[str]:
    """The authors of the measures of the last sentence before the judgement that tells an act: going back from the
    sentence before, a sentence with a measure gives its authors; one that tells another event first (a root verb
    of action in the present or compound past: "Le tribunal a condamné un espion", "La Cour a invalidé la loi")
    gives nothing; speech and background (pluperfect: "avait accordé") are passed over."""
    current = getattr(context, "sentence", None)
    if current is None:
        return set()
    sentences = sentences_of(noun.doc)
    for number in range(current - 1, -1, -1):
        authors = measure_authors(context, number)
        if authors:
            return authors
        if _tells_event(sentences[number].root):
            return set()
    return set()


def _tells_event(root: Token) -> bool:
    """"Le tribunal a condamné un espion": a root verb of action (no verb of saying) with a subject, not pluperfect."""
    if root.pos_ != "VERB" or fold(root.lemma_) in _SPEECH or not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in root.children):
        return False
    return not any(c.dep_.startswith("aux") and morph_get(c, "Tense") == ["Imp"] for c in root.children)


def _sides(judges: list[str], actors) -> set[str]:
    """The judges and the states of those with a known nationality ("le président français X" -> France)."""
    sides = set(judges)
    for key in judges:
        actor = actors.actors.get(key) if actors is not None else None
        if actor is not None and actor.kind == "Person" and getattr(actor, "nationality", None):
            sides.add("country:" + fold(actor.nationality))
    return sides


def _bare_definite(noun: Token) -> bool:
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or morph_get(dets[0], "Definite") != ["Def"] or morph_get(dets[0], "PronType") != ["Art"]:
        return False
    return all(c.dep_ in _LOOSE_DEPS or (c.i > noun.i and negative_name(list(c.subtree))) for c in noun.children)
