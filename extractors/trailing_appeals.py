"""A second speech act of the same speaker hung on the cue after the content: who it addresses or judges.

"« La Chine ne cédera jamais à la pression », a-t-elle lancé, avant d'appeler Washington à revenir sur sa décision"
is about Washington too, as is "…, a affirmé le ministre, en exhortant les Européens à …" or "…, avant de demander à
Bruxelles de retirer sa proposition" (one record per speaker and sentence: what the second act is about joins the
first's about list).

The second act is a verb of ``trailing_appeal_verbs`` (asking, warning, judging someone) hung on the cue as an
adverbial clause opened by "avant de" or by the gerund "en", past the reported content; its direct object, or its
"à" object ("demander à X de"), gives the actors, demonyms included. Any other adverbial ("avant de quitter Paris",
"en visite à Kiev") gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.token_table import children_of, morph_get

_OPENERS = {"avant", "en"}


def trailing_appeal_actors(cue: Token, content_end: int, actors) -> list[str]:
    """Actors the cue's trailing appeal ("avant d'appeler X à", "en exhortant X à") is addressed to; [] when none."""
    verbs = actors.data.words("trailing_appeal_verbs")
    found: list[str] = []
    for clause in children_of(cue):
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.idx < content_end \
                or fold(clause.lemma_) not in verbs:
            continue
        marks = {fold(c.text) for c in children_of(clause) if c.dep_ == "mark"}
        if not marks & _OPENERS or (marks == {"en"} and morph_get(clause, "VerbForm") != ["Part"]):
            continue
        for target in children_of(clause):
            if _addressed(target):
                found += actors.mentions_in(target.left_edge.idx, target.idx + len(target.text))
    return found


def _addressed(token: Token) -> bool:
    """The direct object ("appeler Washington") or the "à" object ("demander à Bruxelles") of the appeal."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ == "obj":
        return True
    return token.dep_ in {"obl:arg", "iobj"} and any(c.dep_ == "case" and fold(c.text) in {"a", "au", "aux"}
                                                     for c in children_of(token))
