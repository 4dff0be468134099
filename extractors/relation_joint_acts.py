"""Joint acts: "la Chine et la Russie ont mené des exercices militaires conjoints", "des patrouilles communes avec
X". Such a noun names no event alone ("des exercices"), but done jointly it is a Cooperate between the parties
(gold NOTES, invented2: joint exercises -> Cooperate); the sides are then found like any other event noun's."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold, language_data

_FR = language_data("fr")
_JOINT_NOUNS = _FR.words("relation_joint_act_nouns")
_JOINT_ADJECTIVES = _FR.words("relation_joint_adjectives")


def joint_act_type(noun: Token) -> str | None:
    """"Cooperate" when ``noun`` is an act noun ("exercices", "patrouilles") modified by a joint adjective
    ("conjoints", "communes"); None otherwise ("des exercices de tir", "une opération militaire")."""
    if fold(noun.text) not in _JOINT_NOUNS and fold(noun.lemma_) not in _JOINT_NOUNS:
        return None
    return "Cooperate" if joint_adjectives(noun) else None


def joint_adjectives(noun: Token) -> list[Token]:
    """The joint adjectives of ``noun`` ("conjoints"): the parser may hang the partner on them ("des exercices
    conjoints avec les Philippines"), so their arguments count as the noun's."""
    return [c for c in noun.children if c.dep_ == "amod" and fold(c.text) in _JOINT_ADJECTIVES]
