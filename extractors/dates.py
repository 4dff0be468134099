"""Publication dates: from metadata, or from a trustworthy cue in the text.

Only cues that state the publication date are used (a "date 2024-02" header,
"© 2022 AFP", "Publié le 3 mars 2023", a dateline at the very start). A date
elsewhere in the article ("les pourparlers du 12 novembre 2021") is the date
of something else and is never taken.
"""

from __future__ import annotations

import re
from datetime import date

from extractors.model import ArticleDate

MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_MONTH = "|".join(MONTHS_FR)
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_HEADER_ISO = re.compile(r"^\s*date\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b", re.I)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(\d{4})\b", re.I | re.M)
_PUBLISHED = re.compile(
    rf"\b(?:publi[ée]|mis en ligne|mis à jour)\s+le\s*:?\s*(\d{{1,2}})(?:er)?\s+({_MONTH})\s+(\d{{4}})", re.I
)
_DATELINE = re.compile(rf"^\s*(\d{{1,2}})(?:er)?\s+({_MONTH})\s+(\d{{4}})\s*[.,]?\s*[-–—]", re.I)


def date_from_metadata(value: str, source: str) -> ArticleDate | None:
    """Validate an explicit date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``); None when invalid."""
    match = _ISO.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return ArticleDate(date(int(year), int(month), int(day)).isoformat(), source)
        if month:
            if not 1 <= int(month) <= 12:
                return None
            return ArticleDate(f"{int(year):04d}-{int(month):02d}", source)
    except ValueError:
        return None
    return ArticleDate(f"{int(year):04d}", source)


def date_from_text(text: str) -> ArticleDate | None:
    """Find the publication date stated by the article itself, with its precision."""
    head = text[:400]
    if match := _HEADER_ISO.match(head):
        return date_from_metadata(match.group(1), "text:header")
    if match := _DATELINE.match(head):
        return _day(match.group(3), match.group(2), match.group(1), "text:dateline")
    if match := _PUBLISHED.search(head):
        return _day(match.group(3), match.group(2), match.group(1), "text:published")
    if match := _COPYRIGHT.search(text):
        return date_from_metadata(match.group(1), "text:copyright")
    return None


def _day(year: str, month_name: str, day: str, source: str) -> ArticleDate | None:
    try:
        return ArticleDate(date(int(year), MONTHS_FR[month_name.lower()], int(day)).isoformat(), source)
    except (ValueError, KeyError):
        return None
