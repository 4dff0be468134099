"""Relative time expressions ("jeudi", "l'année dernière", "le 24 février")
resolved against the publication date of the article.

The result is an ISO value whose form gives its precision: ``2024-02-08``
(day), ``2024-01`` (month), ``2023`` (year), or a range ``A..B`` (a week, a
season) in the syntax of ``newsgraph diff --from``. An expression is resolved
only when the publication date is precise enough: a weekday needs the day,
"le mois dernier" the month, "l'année dernière" the year; otherwise None.

Conventions (French news usage):

- a bare weekday is the latest such day on or before publication ("a déclaré
  jeudi" in an article of Thursday 8 February 2024 is that day); ``tense``
  ("past"/"future", e.g. from the verb's ``Tense`` morph) picks a side;
  "jeudi dernier"/"prochain" are strictly before/after;
- a day and month without a year ("le 24 février") is the nearest such date
  (or the nearest on the ``tense`` side);
- seasons are month ranges that cover the astronomical season: printemps
  March-June, été June-September, automne September-December, hiver December
  to March of the next year (starts on the 20th-22nd, as the equinoxes and
  solstices do).

>>> resolve_time_expression("jeudi", ArticleDate("2024-02-08", "manifest"))
'2024-02-08'
>>> resolve_time_expression("l'année dernière", ArticleDate("2024-02", "text:header"))
'2023'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from extractors.dates import MONTHS_FR
from extractors.lang import fold
from extractors.model import ArticleDate

Tense = Literal["past", "future"] | None

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
#: season -> (first month, first day, last month, last day); hiver ends the next year.
SEASONS = {"printemps": (3, 20, 6, 20), "ete": (6, 21, 9, 21), "automne": (9, 22, 12, 20), "hiver": (12, 21, 3, 19)}
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}
_DAYS_AWAY = {"avant-hier": -2, "hier": -1, "hier matin": -1, "hier soir": -1, "aujourd'hui": 0, "ce jour": 0,
              "ce matin": 0, "ce soir": 0, "cet apres-midi": 0, "demain": 1, "demain matin": 1, "demain soir": 1,
              "apres-demain": 2}

_MONTH = "|".join(sorted({fold(m) for m in MONTHS_FR}, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_NUMBER = r"\d{1,3}|" + "|".join(NUMBERS)
_LAST, _NEXT = r"dernier|derniere|passe|passee", r"prochain|prochaine"
_LEAD = r"(?:(?:des|depuis|jusqu'a|jusqu'au|avant|apres|pour|a|au|en|dans|le|la|l')\s*)?"


def resolve_time_expression(text: str, published: ArticleDate | None, *, tense: Tense = None) -> str | None:
    """The ISO value of a French time expression, or None when it cannot be resolved.

    ``published`` is the article's publication date (None: only absolute dates resolve).
    """
    key = re.sub(r"\s+", " ", fold(text)).strip(" ,.;")
    for pattern, rule in _RULES:
        if match := pattern.fullmatch(key):
            return rule(match, published, tense)
    return None


# -- rules ----------------------------------------------------------------------------------


def _absolute(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    day, month, year = m.group("day"), MONTHS_FR[m.group("month")], m.group("year")
    day_number = 1 if day == "1er" else int(day) if day else None
    if year:
        return _iso(int(year), month, day_number)
    if pub is None or pub.precision == "year":
        return None
    p_year, p_month = int(pub.value[:4]), int(pub.value[5:7])
    if month == p_month and (day_number is None or pub.precision == "month"):
        return _iso(p_year, month, day_number)
    ref = _point(pub)
    candidates = [(y, _iso(y, month, day_number)) for y in (p_year - 1, p_year, p_year + 1)]
    candidates = [(y, v) for y, v in candidates if v]
    target = {y: date(y, month, day_number or 15) for y, _ in candidates}
    if tense == "past":
        candidates = [(y, v) for y, v in candidates if target[y] <= ref]
    elif tense == "future":
        candidates = [(y, v) for y, v in candidates if target[y] >= ref]
    return min(candidates, key=lambda c: abs((target[c[0]] - ref).days))[1] if candidates else None


def _days_away(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    day = _day(pub)
    return (day + timedelta(days=_DAYS_AWAY[m.group("word")])).isoformat() if day else None


def _weekday(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    if not (day := _day(pub)):
        return None
    back = (day.weekday() - WEEKDAYS[m.group("weekday")]) % 7
    which = m.group("which") or ""
    if re.fullmatch(_LAST, which) or (not which and tense != "future"):
        back = back or (7 if which else 0)
        return (day - timedelta(days=back)).isoformat()
    ahead = (7 - back) % 7 or (7 if which else 0)
    return (day + timedelta(days=ahead)).isoformat()


def _week(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    if not (day := _day(pub)):
        return None
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=_step(m.group("which")))
    return f"{monday.isoformat()}..{(monday + timedelta(days=6)).isoformat()}"


def _month(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    return _months_from(pub, _step(m.group("which")))


def _year(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    return f"{int(pub.value[:4]) + _step(m.group('which') or m.group('which2')):04d}" if pub else None


def _ago(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else NUMBERS[raw]
    n = -n if m.group("dir") == "il y a" else n
    unit = m.group("unit")
    if unit.startswith("an"):
        return f"{int(pub.value[:4]) + n:04d}" if pub else None
    if unit == "mois":
        return _months_from(pub, n)
    day = _day(pub)
    return (day + timedelta(days=n * (7 if unit.startswith("semaine") else 1))).isoformat() if day else None


def _season(m: re.Match, pub: ArticleDate | None, tense: Tense) -> str | None:
    if pub is None or pub.precision == "year":
        return None
    name, which = m.group("season"), m.group("which") or ""
    year = int(pub.value[:4])
    spans = [_season_span(name, y) for y in range(year - 2, year + 2)]
    lo, hi = _pub_days(pub)
    if re.fullmatch(_NEXT, which):
        if lo < hi and any(lo <= s[0] <= hi for s in spans):
            return None  # the season starts in the publication month: before or after it?
        options = [s for s in spans if s[0] > hi]
    elif re.fullmatch(_LAST, which):
        if lo < hi and any(lo <= s[1] <= hi for s in spans):
            return None  # the season ends in the publication month
        options = [s for s in spans if s[1] < lo][::-1]
    else:
        options = [s for s in spans if s[0] <= hi and lo <= s[1]]
        if not options:
            ahead = [s for s in spans if s[0] > hi] if tense != "past" else []
            behind = [s for s in spans if s[1] < lo] if tense != "future" else []
            options = sorted(ahead + behind, key=lambda s: min(abs((s[0] - hi).days), abs((lo - s[1]).days)))
    return _season_text(options[0]) if options else None


# -- helpers --------------------------------------------------------------------------------


def _step(which: str | None) -> int:
    if not which:
        return 0
    if re.fullmatch(_LAST, which):
        return -1
    return 1 if re.fullmatch(_NEXT, which) else 0


def _months_from(pub: ArticleDate | None, n: int) -> str | None:
    """The month ``n`` months from the publication month (None without one)."""
    if pub is None or pub.precision == "year":
        return None
    index = int(pub.value[:4]) * 12 + int(pub.value[5:7]) - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _day(pub: ArticleDate | None) -> date | None:
    return date.fromisoformat(pub.value) if pub and pub.precision == "day" else None


def _point(pub: ArticleDate) -> date:
    """The publication day, or the middle of its month / year when less precise."""
    if pub.precision == "day":
        return date.fromisoformat(pub.value)
    if pub.precision == "month":
        return date(int(pub.value[:4]), int(pub.value[5:7]), 15)
    return date(int(pub.value), 7, 1)


def _pub_days(pub: ArticleDate) -> tuple[date, date]:
    """First and last day the publication date can be (day or month precision)."""
    if pub.precision == "day":
        day = date.fromisoformat(pub.value)
        return day, day
    first = date(int(pub.value[:4]), int(pub.value[5:7]), 1)
    return first, date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)


def _season_span(name: str, year: int) -> tuple[date, date]:
    m1, d1, m2, d2 = SEASONS[name]
    return date(year, m1, d1), date(year + (m2 < m1), m2, d2)


def _season_text(span: tuple[date, date]) -> str:
    return f"{span[0]:%Y-%m}..{span[1]:%Y-%m}"


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


Rule = Callable[[re.Match, ArticleDate | None, Tense], str | None]

_PATTERNS: list[tuple[str, Rule]] = [
    (rf"(?:(?:{_WEEKDAY}) )?(?:le )?(?P<day>1er|\d{{1,2}}) (?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?", _absolute),
    (rf"(?P<day>)(?:le mois de |au mois de )?(?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?", _absolute),
    (r"(?P<word>avant-hier|apres-demain|aujourd'hui|ce jour|ce matin|ce soir|cet apres-midi"
     r"|hier(?: matin| soir)?|demain(?: matin| soir)?)", _days_away),
    (rf"(?:ce )?(?P<weekday>{_WEEKDAY})(?: (?P<which>{_LAST}|{_NEXT}))?(?: (?:matin|soir|apres-midi))?", _weekday),
    (rf"(?:cette semaine|la semaine (?P<which>{_LAST}|{_NEXT}))", _week),
    (rf"(?:ce mois(?:-ci)?|le mois (?P<which>{_LAST}|{_NEXT}))", _month),
    (rf"(?:cette annee|l'an (?P<which>{_LAST}|{_NEXT})|l'annee (?P<which2>{_LAST}|{_NEXT}))", _year),
    (rf"(?P<dir>il y a|dans) (?P<n>{_NUMBER}) (?P<unit>jours?|semaines?|mois|ans?|annees?)", _ago),
    (rf"(?:ce |cet |cette |le |l')?(?P<season>printemps|ete|automne|hiver)(?: (?P<which>{_LAST}|{_NEXT}))?", _season),
]
_RULES = [(re.compile(_LEAD + p), rule) for p, rule in _PATTERNS]
