"""Remove what is not the article (ads, link teasers, credits, footers...).

Cleaning never moves text: a removed line, or a removed part of a line, is
replaced by spaces of the same length, so every character offset into the
cleaned text is also an offset into the decoded source file.

The rules are general shapes of web boilerplate (seen on news sites in
French and English), not strings of one site.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

# --- line shapes -----------------------------------------------------------

_AD_MARKER = re.compile(r"^\s*[\[\(<]?\s*(ad|ads|advert|advertisement|publicit[ée]|pub|annonce|sponsoris[ée])[\s_\-]*\d*\s*[\]\)>]?\s*$", re.I)
_TEASER = re.compile(
    r"^\s*(READ(\s+(MORE|ALSO))?|LIRE(\s+AUSSI)?|[AÀ]\s+LIRE(\s+AUSSI)?|VOIR(\s+AUSSI)?|REGARDER|WATCH|ÉCOUTER|ECOUTER|RELIRE|SEE\s+ALSO|RELATED|EN\s+SAVOIR\s+PLUS)\b\s*[.:\-–—]?\s",
    re.I,
)
_TEASER_CAPS = re.compile(r"^\s*[A-ZÀ-Ý]{4,}(\s+[A-ZÀ-Ý]{2,})?\s*[.:]\s")
_COMMENT_FORM = re.compile(
    r"^\s*(leave a (reply|comment)|please enter your (comment|name|email)[^\n]*|post comment|"
    r"laisser un commentaire|laissez un commentaire|votre (adresse (e-?mail|courriel)|commentaire)[^\n]*|"
    r"ajouter un commentaire|r[ée]pondre|cancel reply|name\s*\*?|email\s*\*?|website|commentaires?\s*:?)\s*!?\s*$",
    re.I,
)
_SHARE = re.compile(
    r"^\s*(vous pouvez partager[^\n]*|partage[rz]?( (cet|cette|l'|l’)[^\n]*| sur [^\n]*)?|share( this| on [^\n]*)?[^\n]*|"
    r"tweet(er)?|suivez[- ]nous[^\n]*|follow us[^\n]*|abonnez[- ]vous[^\n]*|subscribe[^\n]*|imprimer|print|envoyer par (e-?mail|courriel))\s*:?\s*$",
    re.I,
)
_SOURCE_FOOTER = re.compile(
    r"^\s*((la |the )?source(s)?\s*:\s*\S+[^\n]*|source link[^\n]*|avec (les )?(fils de discussion|agences?|afp|reuters|ap)\b[^\n]*|"
    r"with (wire|agencies)[^\n]*|lien source[^\n]*)\s*$",
    re.I,
)
_TAG_CODE = re.compile(r"^\s*[a-z]{2,6}(-[a-z0-9]{1,8}){1,4}\s*$")
_DATE_LABELS = re.compile(r"^\s*((publi[ée]|modifi[ée]|mis à jour|updated|published)( le)?\s*:?\s*)+$", re.I)
_COPYRIGHT = re.compile(r"^\s*(©|\(c\)|copyright)\s*\d{4}\b[^\n]{0,60}$", re.I)
_DATE_PREFIX = re.compile(r"^(\s*date\s+\d{4}(-\d{2}(-\d{2})?)?)\s", re.I)

_CREDIT_WORDS = (
    r"AP|AFP|Reuters|Getty( Images)?|ZUMA( Press)?|Xinhua|Sputnik|Spoutnik|EPA|Shutterstock|Bloomberg|"
    r"Pool|Piscine|Dossier|Fichier|File|Photo|Photos|Crédit|Credit|TASS|Anadolu|Imago|SIPA|Abaca|Maxppp|Kremlin"
)
_CREDIT_VIA = re.compile(r"\bvia\s+(" + _CREDIT_WORDS + r")\b[^.!?]*$", re.I)
_CREDIT_PHOTO = re.compile(r"^\s*(\(?\s*(photo|crédit|credit|©)\b[^\n]{0,80}|[^\n.!?]{0,60}\b(AP|AFP|Reuters) Photo\b[^\n]{0,60})$", re.I)
_CREDIT_SLASHES = re.compile(r"^[^.!?«»“”\"]{2,40}(\s/\s[^.!?«»“”\"/]{2,40}){1,4}$")
_SENTENCE_END = re.compile(r"[.!?…»”\"]\s*$")


@dataclass(frozen=True)
class CleanedText:
    """The cleaned text and what was blanked out (for reports and tests)."""

    text: str
    removed: tuple[str, ...]


def clean_text(text: str) -> CleanedText:
    """Blank out boilerplate lines and prefixes; keep every offset.

    >>> clean_text("[ad_1]\\nBonjour.\\n").text
    '      \\nBonjour.\\n'
    """
    out: list[str] = []
    removed: list[str] = []
    kept_lines: list[str] = []  # normalised kept lines, to spot duplicated captions
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        reason = _boilerplate_reason(body, kept_lines)
        if reason:
            if body.strip():
                removed.append(body.strip())
            out.append(_blank(body) + ending)
            continue
        prefix = _DATE_PREFIX.match(body)
        if prefix:
            removed.append(prefix.group(1).strip())
            body = _blank(prefix.group(1)) + body[len(prefix.group(1)):]
        if body.strip():
            kept_lines.append(_normalise(body))
        out.append(body + ending)
    return CleanedText("".join(out), tuple(removed))


def _boilerplate_reason(line: str, kept_lines: list[str]) -> str | None:
    stripped = line.strip()
    if not stripped:
        return None
    checks = (
        ("ad marker", _AD_MARKER),
        ("link teaser", _TEASER),
        ("comment form", _COMMENT_FORM),
        ("share prompt", _SHARE),
        ("source footer", _SOURCE_FOOTER),
        ("tag code", _TAG_CODE),
        ("date labels", _DATE_LABELS),
        ("copyright", _COPYRIGHT),
    )
    for reason, pattern in checks:
        if pattern.match(stripped):
            return reason
    if _TEASER_CAPS.match(stripped) and stripped.split()[0].rstrip(".:").isupper():
        return "link teaser"
    if _is_photo_credit(stripped):
        return "photo credit"
    if _is_duplicate(stripped, kept_lines):
        return "duplicated line"
    return None


def _is_photo_credit(line: str) -> bool:
    """A short line naming a photographer/agency: "AP Photo / X", "X via Getty Images"."""
    if len(line) > 160:
        return False
    if _CREDIT_VIA.search(line) and not _SENTENCE_END.search(line):
        return True
    if _CREDIT_PHOTO.match(line) and not _SENTENCE_END.search(line):
        return True
    if _CREDIT_SLASHES.match(line) and re.search(_CREDIT_WORDS, line, re.I):
        return True
    return False


def _is_duplicate(line: str, kept_lines: list[str]) -> bool:
    """A caption or paragraph repeated (typographic variants included) right after itself."""
    if len(line) < 40 or not kept_lines:
        return False
    norm = _normalise(line)
    return any(fuzz.ratio(norm, previous) >= 90 for previous in kept_lines[-2:])


_APOSTROPHES = re.compile(r"[’‘`´]")
_QUOTES = re.compile(r"[«»“”„\"]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=256)  # a line tested as a duplicate is then kept: normalised once
def _normalise(line: str) -> str:
    folded = unicodedata.normalize("NFKC", line)
    folded = _APOSTROPHES.sub("'", folded)
    folded = _QUOTES.sub('"', folded)
    return _SPACES.sub(" ", folded).strip().lower()


def _blank(text: str) -> str:
    return " " * len(text)
