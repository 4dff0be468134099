"""Find quotations in French text: « … », “ … ”, "…", mixed and broken pairs.

Newspapers mix guillemets (« »), English curly quotes (“ ”) and straight
quotes, and machine-translated copy reverses them (» démocratie «). The
scanner is deliberately forgiving: any opening mark opens, any closing mark
closes, and quotations separated by a few words of glue inside one
paragraph are joined, so "« A » démocratie « B »" is one quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«", "“", "„"}
CLOSERS = {"»", "”"}
STRAIGHT = '"'
MAX_GLUE = 30  # characters of text allowed between two parts of one quotation
#: The only characters the scanner acts on: the marks and line breaks (it jumps from one to the next).
_MARKS = re.compile("[" + re.escape("".join(sorted(OPENERS | CLOSERS)) + STRAIGHT) + "\n]")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``start``/``end`` cover the marks; ``text`` is the inside."""

    start: int
    end: int
    text: str


def find_quote_spans(text: str, *, offset: int = 0) -> list[QuoteSpan]:
    """Quotations in ``text`` (offsets shifted by ``offset``), in order."""
    if STRAIGHT not in text and not any(mark in text for mark in OPENERS):
        return []  # nothing can open a quotation (most sentences): no walk over every character
    raw: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _MARKS.finditer(text):
        i, char = match.start(), match.group()
        if char == "\n" and open_at is not None and text[i + 1: i + 2] == "\n":
            open_at = None  # a quotation never crosses a paragraph break
            continue
        if open_at is None:
            if char in OPENERS or (char == STRAIGHT and _opens_straight(text, i)):
                open_at = i
            elif char in CLOSERS and raw and _glue_ok(text, raw[-1][1], i):
                pass  # a reversed pair: "» démocratie «" inside a quotation
        else:
            if char in CLOSERS or char == STRAIGHT:
                if i - open_at > 1:
                    raw.append((open_at, i + 1))
                open_at = None
            elif char in OPENERS and i - open_at > 1 and text[i - 1] == " " and text[open_at + 1] == " ":
                # "» démocratie «": the previous "opener" was a reversed closer
                open_at = i
    return [QuoteSpan(start + offset, end + offset, text[start + 1: end - 1].strip()) for start, end in _join(text, raw)]


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:,'’") and not after.isspace() or (before.isalpha() and after.isalpha() and i > 0 and text[i - 1] != " " and False)


def _glue_ok(text: str, end: int, start: int) -> bool:
    glue = text[end:start]
    return len(glue) <= MAX_GLUE and "\n" not in glue and not any(c in glue for c in ".!?")


def _join(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _glue_ok(text, joined[-1][1], start) and _is_reversed_glue(text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _is_reversed_glue(text: str, end: int, start: int) -> bool:
    """Glue between two parts is a quoted word in reversed marks ("» démocratie «")."""
    return text[end - 1] in "»”" and text[start] in "«“" and text[end:start].strip() != "" and text[end] == " " and len(text[end:start].split()) <= 4
