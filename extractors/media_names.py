"""A name right after a media noun is a medium: "a déclaré à la chaîne CBC", "la télévision d'État AzTV", "le
quotidien Kommersant". The parser tags such names MISC or LOC, which alone make no actor; the noun before them
("chaîne", "télévision", "quotidien": ``media_heads``) says what they are (tests/gold/NOTES.md: the medium spoken to
is in ``about``)."""

from __future__ import annotations

from spacy.tokens import Span

from extractors.lang import fold

_STATE_WORDS = {"etat", "d'", "d’", "de"}  # "la télévision d'État AzTV"
_COMMON_WORDS = {"internet", "web"}  # "le site Internet du ministère": no name
_OWNER_ADJECTIVES = {"publique", "public", "privee", "prive", "officielle", "officiel", "nationale", "national",
                     "etatique", "gouvernementale", "gouvernemental", "independante", "independant"}


def media_name(span: Span, media_heads: frozenset[str]) -> Span | None:
    """The medium's name in a span after a media noun ("État AzTV", tagged as one place, is "AzTV"), else None."""
    if fold(span.text) in _COMMON_WORDS:
        return None
    if fold(span[0].text) == "etat":
        if len(span) == 1:
            return None  # "d'État" of "la télévision d'État AzTV", tagged apart
        span = span[1:]
    return span if named_after_media_noun(span, media_heads) else None


def named_after_media_noun(span: Span, media_heads: frozenset[str]) -> bool:
    """Is this name preceded by a lower-case media noun, directly or through "d'État" or an adjective of ownership
    ("la chaîne publique CBC")? A demonym between ("la chaîne américaine CNN") is allowed too."""
    doc = span.doc
    i = span.start - 1
    skipped = 0
    while i >= 0 and skipped < 3:
        word = doc[i]
        folded = fold(word.text)
        if word.text[:1].islower() and folded in media_heads:
            return True
        if folded in _STATE_WORDS or folded in _OWNER_ADJECTIVES or (word.pos_ == "ADJ" and word.text[:1].islower()):
            i -= 1
            skipped += 1
            continue
        return False
    return False
