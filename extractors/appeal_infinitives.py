"""Appeals made by inviting or encouraging someone to act: "X a invité les autorités à moderniser…",
"Paris les encourage à reprendre le dialogue". The verb reports words only when its object is sent to an infinitive
with "à" ("a invité son homologue à un dîner" is an invitation, no speech act)."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.token_table import morph_get


def _infinitive_with_a(token: Token) -> bool:
    return token.dep_ in {"acl", "xcomp", "advcl"} and morph_get(token, "VerbForm") == ["Inf"] \
        and any(c.dep_ == "mark" and fold(c.text) == "a" for c in token.children)


def object_to_infinitive(verb: Token) -> bool:
    """Does ``verb`` have an object (noun, name or clitic) and an infinitive with "à", on the verb or on the object?"""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if not objects:
        return False
    if any(_infinitive_with_a(c) and c.i > verb.i for c in verb.children):
        return True  # "les a invités à faire preuve de retenue"
    return any(_infinitive_with_a(g) for o in objects if o.i > verb.i for g in o.children)  # "a invité X à moderniser"
