"""The antecedent of "qui" after a person's apposition: "Kim Yo-jong, sœur du dirigeant Kim Jong-un, qui a qualifié…".

A relative clause that follows "Person, role noun … Other person," describes the person the apposition is about, not
the name inside the role's complement ("porte-parole du président Vladimir Poutine"): that name only says whose
sister or spokesman the first person is.
"""
from __future__ import annotations

from spacy.tokens import Token

_MAX_APPOSITION_WORDS = 12


def apposed_relative_anchor(relative: Token, actors) -> list[str]:
    """The person before "Person, role …, qui": [] when the words before "qui" are no such apposition."""
    doc = relative.doc
    close = relative.i - 1
    if close < 3 or doc[close].text != ",":
        return []
    for open_ in range(close - 2, max(close - _MAX_APPOSITION_WORDS, 0) - 1, -1):
        word = doc[open_]
        if word.text in {"(", ")", ";", ":", "«", "»", "."} or word.is_sent_start:
            return []
        if word.text != ",":
            continue
        role = doc[open_ + 1]
        if role.pos_ != "NOUN" or not role.text[:1].islower() or open_ == 0:
            return []
        key = actors.actor_at(doc[open_ - 1])
        inner = {actors.actor_at(doc[i]) for i in range(open_ + 1, close)} - {None}
        if key is None or actors.actors[key].kind != "Person" or not inner or key in inner:
            return []
        return [key] if any(actors.actors[k].kind == "Person" for k in inner) else []
    return []
