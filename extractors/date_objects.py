"""The object the parser hangs on a day word: "X a réaffirmé dimanche leur opposition à…" gives "opposition" as the
object of "dimanche", not of the verb. Only with a subject before the verb: in "…, a annoncé dimanche la préfecture"
the noun after the day is the inverted speaker, not the content."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


def object_under_date(time_word: Token, verb: Token) -> Token | None:
    """The noun object hung on ``time_word`` (an oblique of ``verb``) when ``verb`` has its subject before it."""
    if time_word.dep_ != "obl:mod" or time_word.head.i != verb.i:
        return None
    found = next((g for g in time_word.children if g.dep_ == "obj" and g.pos_ == "NOUN" and g.i > time_word.i), None)
    if found is None or not any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return None
    return found
