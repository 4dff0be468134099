"""Parser repair: a second subject coordinated onto the first subject's name instead of its head noun.

"Le président turc Recep Tayyip Erdogan et le premier ministre grec Kyriakos Mitsotakis s'étaient rencontrés":
"ministre" is parsed as a conjunct of "Recep" (the name of "président"), not of "président"; it is a subject too.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.token_table import children_of

_NAME_DEPS = frozenset({"flat:name", "appos"})


def name_conjuncts(subject: Token, actors: ArticleActors) -> list[str]:
    """The actors coordinated with "et"/"ou" onto a name that ``subject`` (a noun) carries: "le président turc Recep
    Tayyip Erdogan et le premier ministre grec Kyriakos Mitsotakis" -> Mitsotakis; [] otherwise."""
    if subject.pos_ != "NOUN":
        return []
    keys: list[str] = []
    for name in children_of(subject):
        if name.dep_ not in _NAME_DEPS or name.pos_ != "PROPN" or name.i < subject.i:
            continue
        for conj in children_of(name):
            if conj.dep_ == "conj" and conj.pos_ in {"NOUN", "PROPN"} and any(
                    c.dep_ == "cc" for c in children_of(conj)):
                keys += actors.resolve(conj)
    return keys
