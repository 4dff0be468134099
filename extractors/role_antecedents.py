"""A bare leader noun takes up the one leader the article named before it.

"Selon le Premier ministre éthiopien, Abiy Ahmed, le barrage ne menace personne. Le dirigeant a appelé Le Caire à
négocier. Le président égyptien, Abdel Fattah al-Sissi, …" -> "Le dirigeant" is Abiy Ahmed: a definite singular
leader noun (``leader_heads``: "le dirigeant", "le chef de l'État") with no demonym and no complement of its own is
the one person titled as a leader (a head of state or government) whose first mention comes before it. Never a
leader named later, never when two leaders were named before, never a former holder ("l'ancien dirigeant").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.token_table import morph_get

_DEFINITE = {"le", "la", "l'", "l’"}


def sole_prior_leader(head: Token, head_text: str, candidates, actors) -> list[str] | None:
    """The one titled leader among ``candidates`` named before ``head`` (see the module docstring); None otherwise."""
    if head_text not in actors._leader_heads or morph_get(head, "Number") == ["Plur"]:
        return None
    children = list(head.children)
    if not {fold(c.text) for c in children if c.dep_ == "det"} & _DEFINITE:
        return None
    if any(c.dep_ in {"nmod", "amod", "appos", "flat:name", "acl", "acl:relcl"} for c in children):
        return None  # "le dirigeant nord-coréen", "le dirigeant du parti", "l'ancien dirigeant": not a bare epithet
    leaders = [a for a in candidates if a.kind == "Person" and a.leader and a.first < head.i
               and not actors._former_title(a.key)]
    return [leaders[0].key] if len(leaders) == 1 else None
