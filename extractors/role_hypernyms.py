"""A generic role noun taking up the one holder of a more specific role: "La procureure … La magistrate a demandé".

Journalists avoid repeating a role noun by a more general one: "la procureure" (or "le juge") becomes "la
magistrate", "l'avocat" stays "l'avocat". ``generic_role_hypernyms`` (fr.json) lists, for each generic noun, the
specific roles it can take up. The generic noun is the holder only when exactly one actor named before it holds
one of those roles (an unnamed role actor such as "procureure", or a named person with that role); two candidates
(a prosecutor and a judge) leave it unresolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import language_data
from extractors.model import UNNAMED_KEY_PREFIX
from extractors.roles import role_word


def generic_role_holder(head: Token, actors) -> str | None:
    """The key of the one person named before ``head`` holding a specific role its generic noun takes up; None
    when the noun is no generic role or the holder is not unique."""
    specific = language_data("fr").table("generic_role_hypernyms").get(role_word(head.text))
    if not specific:
        return None
    holders = {key for key, actor in actors.actors.items() if actor.kind == "Person" and actor.first < head.i and (
        (key.startswith(UNNAMED_KEY_PREFIX) and key[len(UNNAMED_KEY_PREFIX):] in specific)
        or any(r.split() and role_word(r.split()[0]) in specific for r in actor.roles))}
    return holders.pop() if len(holders) == 1 else None
