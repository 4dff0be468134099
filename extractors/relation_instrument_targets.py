"""Targets hung on the means of an event noun: "l'Iran a lancé une attaque de drones et de missiles contre Israël"
(the parser hangs "contre Israël" on "missiles", the last conjunct of the noun's "de" complement). The "de"
complements that name no actor, and their conjuncts, then hold the event's target like the noun itself."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.relation_args import DE_WORDS, arguments_of


def means_holders(noun: Token, actors: ArticleActors) -> list[Token]:
    """The nouns of ``noun``'s "de" complements ("de drones et de missiles") that name no actor, with their
    conjuncts; a complement naming an actor ("l'attaque de la Russie") is its author, not its means."""
    means = _means(noun, actors)
    means += [m for first in means for m in _means(first, actors)]  # "une vague de frappes de missiles contre X"
    return means + [g for m in means for g in m.children if g.dep_ == "conj" and g.pos_ == "NOUN" and not actors.resolve(g)]


def _means(noun: Token, actors: ArticleActors) -> list[Token]:
    return [c for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & DE_WORDS and c.pos_ == "NOUN"
            and not actors.resolve(c)]
