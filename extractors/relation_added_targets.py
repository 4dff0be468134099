"""A target added by "ainsi que" with the same preposition, which the parser hangs away from the event noun:
"a imposé des sanctions contre Hemedti, qu'il accuse de génocide, ainsi que contre le général Burhane" (the second
"contre" phrase taken for a conjunct of the relative's verb), "des sanctions à la Russie, ainsi qu'à la Biélorussie"
(a conjunct of the main verb). The added phrase must repeat the preposition of a complement of the event noun that
names an actor: "des sanctions contre X ainsi que des restrictions" adds nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold
from extractors.relation_args import actor_keys, arguments_of

_ALSO = "ainsi"


def added_targets(noun: Token, actors: ArticleActors) -> list[str]:
    """The actors of "ainsi que <prep> Y" phrases after ``noun`` not attached to it, whose preposition is the one of
    an actor complement of ``noun``."""
    cases = {p for c, case in arguments_of(noun) if c.dep_ == "nmod" and actor_keys(c, actors) for p in case}
    if not cases:
        return []
    found: list[str] = []
    sentence = sentence_of(noun)
    for token in sentence[noun.i - sentence.start + 1:]:
        if token.dep_ != "conj" or token.head == noun or not _attached_near(token, noun) or not any(
                fold(c.text) == _ALSO and c.dep_ == "cc" and any(fold(g.text) in {"que", "qu'"} for g in c.children)
                for c in token.children):
            continue
        preps = {fold(c.text) for c in token.children if c.dep_ == "case"}
        if preps and preps <= cases:
            found += actor_keys(token, actors)
    return list(dict.fromkeys(found))


def _attached_near(conjunct: Token, noun: Token) -> bool:
    """The conjunct hangs on the noun's own clause (its verb, the noun's phrase, a clause under that verb), not on the
    verb of a later coordinated clause: "…, puis le Japon a annoncé des mesures qui visent X ainsi que contre Y"."""
    node = conjunct.head
    while node != noun and node != noun.head:
        if node.dep_ in {"conj", "parataxis"} or node.head == node:
            return False
        node = node.head
    return True
