"""Which persons a role noun of the article may take up, beyond the exact role they were introduced with.

- A broader noun takes up a narrower role ("Le juge d'instruction X … Le magistrat a estimé", "Le PDG de Renault,
  X, … Le patron a assuré"): ``role_epithets`` of the language data lists, for each broader noun, the roles it
  covers; it names a person only when exactly one person of the article holds one of them.
- A role noun with its own "de" complement is another holder when the complement differs from the one the person
  was introduced with ("Jean Dupont, avocat de la victime … L'avocat de l'accusé a affirmé": not Dupont).

Pure functions over the role strings ``extractors.roles`` learns; used by ``RoleResolution._resolve_role``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from extractors.lang import fold

_OF = {"de", "d'", "du", "des"}


def role_heads_of(roles: Iterable[str]) -> set[str]:
    """The folded head nouns (first words, without "ex-") of an actor's roles."""
    heads = set()
    for role in roles:
        word = fold(role.split()[0]) if role.split() else ""
        heads.add(word[3:] if word.startswith("ex-") and len(word) > 4 else word)
        heads.add(fold(role))  # two-word roles: "président-directeur général"
    return heads


def epithet_covers(head_word: str, roles: Iterable[str], table: dict) -> bool:
    """Does the broader noun ``head_word`` ("magistrat") cover one of these roles ("juge d'instruction")?"""
    covered = {fold(w) for w in table.get(head_word) or ()}
    return bool(covered & role_heads_of(roles))


def common_complement(head: Token) -> Token | None:
    """The common noun of a role noun's "de" complement ("l'avocat de l'accusé" -> "accusé"); None for a name
    ("la présidente de la BCE") or no complement."""
    for child in head.children:
        if child.dep_ == "nmod" and child.i > head.i and child.pos_ == "NOUN" \
                and any(c.dep_ == "case" and fold(c.text) in _OF for c in child.children):
            return child
    return None


def complement_differs(complement: Token, role: str) -> bool:
    """Is the role learned with a "de" complement ("avocat de la victime") that does not contain this one?"""
    words = [fold(w) for w in role.replace("'", "' ").split()]
    if not any(w in _OF for w in words[1:]):
        return False  # "le chercheur Jean Dupont": no complement learned, nothing to contradict
    return fold(complement.text) not in words and fold(complement.lemma_) not in words
