"""A nickname after a name is no speech: "Mohamed Hamdane Daglo, dit « Hemedti », …", "Ahmed Ali, dite « la Veuve »".

The past participle "dit/dite/dits/dites" with no auxiliary, right after "Name," and opening a short quoted word
that closes the apposition ("» ," / "» ." / "» )"), gives the name's nickname (French "dit" = "known as").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from extractors.entities import text_of

_NICKNAME_FORMS = frozenset({"dit", "dite", "dits", "dites"})
_OPENING_QUOTES = frozenset({"«", '"', "“"})
_CLOSING_QUOTES = frozenset({"»", '"', "”"})
_APPOSITION_ENDS = frozenset({",", ".", ")", ";", ":"})
_MAX_NICKNAME_WORDS = 4


def is_nickname_participle(token: Token) -> bool:
    """True for "dit" in "X, dit « Y »,": a nickname apposition, not a speech verb."""
    doc = token.doc
    if token.text.lower() not in _NICKNAME_FORMS or token.i < 2 or token.i + 2 >= len(doc):
        return False
    if doc[token.i - 1].text != "," or doc[token.i - 2].pos_ != "PROPN" or doc[token.i + 1].text not in _OPENING_QUOTES:
        return False
    for offset in range(2, min(len(doc) - token.i, _MAX_NICKNAME_WORDS + 3)):
        word = doc[token.i + offset]
        if word.text in _CLOSING_QUOTES:
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            return offset > 2 and (after is None or after.text in _APPOSITION_ENDS)
        if word.is_punct:
            return False
    return False


def subjects_across_nickname(verb: Token) -> list[Token]:
    """The subject the parser hung on a nickname "dit" before ``verb``: "les FSR, …, dit « Hemedti », ont accusé"."""
    hosts = [c for c in verb.children if c.i < verb.i and c.dep_ == "advcl"] + \
        ([verb.head] if verb.dep_ == "advcl" and verb.head.i < verb.i else [])  # or "dit" parsed as the root
    return [s for host in hosts if is_nickname_participle(host)
            for s in host.children if s.dep_ in {"nsubj", "nsubj:pass"} and s.i < host.i]


_NICKNAME_MARK = re.compile(r", (dite?s?) (?=[«\"“])")


def without_nickname_quotes(doc, quotes: list) -> list:
    """The quotations of ``doc`` but a nickname's ("Daglo, dit « Hemedti », a…": no words of anyone)."""
    text = text_of(doc)
    nicknames = set()
    for match in _NICKNAME_MARK.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and len(span) == 1 and is_nickname_participle(span[0]):
            nicknames.add(span[0].idx + len(span[0].text) + 1)
    return [q for q in quotes if q.start not in nicknames] if nicknames else quotes
