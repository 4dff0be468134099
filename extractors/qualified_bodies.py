"""Bodies named by their own description: "la direction régionale de l'environnement", "l'agence nationale de
santé", "la direction générale de la sécurité intérieure" are administrative bodies of their own, never an anaphor
for the organisation named before (tests/gold/NOTES.md: an unresolved argument is no actor). Called from
``extractors.roles``."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_OF = {"de", "d'", "du", "des"}


def names_own_body(head: Token, data) -> bool:
    """Does an organisation noun carry an administrative-level adjective ("régionale", "nationale", "générale") and a
    "de" complement naming its field ("de l'environnement", "de santé")? "l'organisation régionale" alone is an
    epithet of the body named before. ``data``: the language data."""
    levels = data.words("administrative_level_adjectives")
    return any(c.dep_ == "amod" and fold(c.text) in levels for c in head.children) and any(
        c.dep_ == "nmod" and c.i > head.i and c.pos_ == "NOUN" and any(g.dep_ == "case" and fold(g.text) in _OF for g in c.children)
        for c in head.children)
