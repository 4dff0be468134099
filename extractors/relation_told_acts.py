"""A bare definite act noun judged badly stands for the act the article told: "Le Chili a expulsé l'ambassadeur du
Venezuela. … Nicolas Maduro a qualifié la décision d'« absurde »" is an Accuse of Chili (gold NOTES: an event anaphor
judged badly → Accuse of its author), as "cette décision" is (``relation_judgements.demonstrative_act_authors``).

Only an act noun with its article alone ("la décision", "la mesure"; not "la décision de justice", "une décision"),
and only when the article's earlier measures (its Coerce, Threaten and Assault relations, affirmative and done) all
have one author other than the judge: with two authors, or none, the act is not known and nothing is given.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.relation_judgements import ACT_TYPES, negative_name
from extractors.token_table import morph_get

#: What may hang on the bare noun besides its article: punctuation, and the judgement the parser hung on it
#: ("la décision d'« absurde »").
_LOOSE_DEPS = {"det", "punct"}


def told_act_authors(noun: Token, judges: list[str], context) -> list[str]:
    """The one author of the article's earlier measures that the bare definite ``noun`` takes up; [] otherwise."""
    if not _bare_definite(noun) or not hasattr(context, "acts"):
        return []
    authors = {r.subject for _, r in context.acts if r.event_type in ACT_TYPES and not r.negated and r.modality is None}
    if len(authors) != 1 or authors & set(judges):
        return []
    return sorted(authors)


def _bare_definite(noun: Token) -> bool:
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or morph_get(dets[0], "Definite") != ["Def"] or morph_get(dets[0], "PronType") != ["Art"]:
        return False
    return all(c.dep_ in _LOOSE_DEPS or (c.i > noun.i and negative_name(list(c.subtree))) for c in noun.children)
