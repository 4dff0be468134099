"""The words that open a source phrase ("selon X", "d'après X", "malgré X"), "d'après" read whole however the
tokenizer cuts it and the parser hangs it: one reading for ``according``, ``content_tails`` and ``self_reference``."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold


def d_apres(token: Token) -> bool:
    """"d'après" cut after the apostrophe: "après" right after "d'"; "après" alone is a time ("après la fermeture")."""
    return fold(token.text) == "apres" and token.i > 0 and fold(token.doc[token.i - 1].text) == "d'"


def marker_word(case: Token) -> str:
    """The folded word of a marker, "d'apres" for either parse of "d'après" ("d'" as the case with "après" fixed to
    it, or "après" as the case right after "d'")."""
    if d_apres(case) or (fold(case.text) == "d'" and any(c.dep_ == "fixed" and d_apres(c) for c in case.children)):
        return "d'apres"
    return fold(case.text)


def marker_case(marker: Token) -> Token:
    """The case token that opens a marker's noun phrase: "D'" for the "après" fixed to it, else the marker."""
    return marker.head if marker.dep_ == "fixed" and marker.head.dep_ == "case" else marker
