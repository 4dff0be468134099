"""Bytes to text: UTF-8 first, then a detected legacy encoding; binaries refused.

The text returned is what gets cleaned and parsed, so every offset in the
graph is an offset into it. In order:

1. binaries (PDF, images, archives...) are refused by their magic number;
2. a UTF-8/16/32 byte order mark wins; else UTF-8; else charset-normalizer
   picks among the legacy encodings French text is written in
   (Windows-1252, Latin-1, Latin-9, Mac Roman), then among all others;
3. mojibake ("Ã©" for "é") is repaired with ftfy — before cleaning, so
   offsets never have to be mapped back;
4. line endings become ``\\n``, zero-width characters and soft hyphens are
   removed, the text is NFC. No-break spaces (U+00A0, U+202F) are kept.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy
from charset_normalizer import from_bytes
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CONTROL_CHARS

_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF file (image, sound or video)",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "an executable",
    b"SQLite format 3\x00": "an SQLite database",
}

#: Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Legacy encodings of French text, tried before all others (charset-normalizer
#: alone takes short Windows-1252 French for Central European Windows-1250).
FRENCH_LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman")

#: Invisible characters removed: zero-width space, non-joiner, joiner, word
#: joiner, zero-width no-break space (a BOM inside the text), soft hyphen.
#: One search of the text for them (``str.translate`` looks every character up in a dict).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

#: ftfy repairs mojibake only: quotes, ligatures, widths and spacing stay as written.
_REPAIR = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)


#: What makes ftfy change a line with ``_REPAIR``: mojibake (its badness test; ``^``
#: at every line start, as ftfy tests each line alone), a C1 or other control character
#: it removes, a surrogate. A text with none of them is left as it is, whole.
_NEEDS_REPAIR = re.compile(
    BADNESS_RE.pattern
    + "|[\x80-\x9f\ud800-\udfff" + "".join(re.escape(chr(code)) for code in sorted(CONTROL_CHARS)) + "]",
    BADNESS_RE.flags | re.MULTILINE,
)


class DecodeError(ValueError):
    """The bytes are not a text file we can read."""


def decode_bytes(data: bytes, *, repair: bool = True) -> str:
    """Decode an article file; raise ``DecodeError`` with a one-line reason.

    >>> decode_bytes("L'été".encode("cp1252"))
    "L'été"

    ``repair=False`` skips the mojibake repair and normalisation (for a JSONL
    file, whose records are repaired one by one with ``normalise_text``).
    """
    what = binary_kind(data)
    if what:
        raise DecodeError(f"not a text file ({what})")
    text = _decode(data)
    return normalise_text(text) if repair else text


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is ("a PDF file"...), or None when it may be text."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    if b"\x00" in data[:4096] and not any(data.startswith(bom) for bom, _ in _BOMS):
        return "binary content"
    return None


def normalise_text(text: str) -> str:
    """Repair mojibake, unify line endings, drop invisible characters; NFC.

    >>> normalise_text("L\\u00c3\\u00a9t\\u00c3\\u00a9\\r\\nfin\\u200b")
    'Lété\\nfin'
    """
    if _may_need_repair(text):
        text = ftfy.fix_text(text, _REPAIR)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", text)


def _may_need_repair(text: str) -> bool:
    """False when ``ftfy.fix_text(text, _REPAIR)`` is ``text``: one search of the whole text, not ftfy's passes over each line.

    ftfy mends each line alone and leaves alone a line without a bad sequence,
    control character or surrogate; a match in one line is a match in the whole
    text (the badness pattern has no look-around), ``^`` matches at each line start.
    """
    return len(text) > _REPAIR.max_decode_length or _NEEDS_REPAIR.search(text) is not None


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise DecodeError(f"invalid {encoding.removesuffix('-sig').upper()} text after its byte order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    french = list(FRENCH_LEGACY_ENCODINGS)
    best = (
        from_bytes(data, cp_isolation=french).best()
        # a short text has few letters to judge by: accept more oddity among French encodings...
        or from_bytes(data, cp_isolation=french, threshold=0.5).best()
        # ...before looking at every other encoding (Cyrillic, Greek, Asian...)
        or from_bytes(data).best()
    )
    if best is None:
        raise DecodeError("unknown text encoding")
    return str(best)
