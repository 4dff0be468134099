"""Bytes to text: UTF-8 first, then a detected legacy encoding; binaries refused."""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
}


class DecodeError(ValueError):
    """The bytes are not a text file we can read."""


def decode_bytes(data: bytes) -> str:
    """Decode an article file; raise ``DecodeError`` with a one-line reason."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"not a text file ({what})")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("not a text file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DecodeError("unknown text encoding") from None
        text = str(best)
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Unify line endings and drop invisible characters, keeping letters as they are."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\u2060", "")
    return unicodedata.normalize("NFC", text)
