"""Periods of time on the command line, and which article dates fall inside them.

A period is a year (``2022``), a month (``2024-02``), a day (``2024-02-08``)
or a range of any two of these (``2021-12-01..2022-06``, either side open:
``..2022``, ``2024-01..``). Article dates have the precision of their source
(``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear``), so an article date is a
span of days too: ``2024-02`` is 1-29 February 2024.

An article is **inside** a period when its whole span is: ``2024-02`` is in
``2024`` and in ``2024-02``, not in ``2024-02-01..2024-02-15``. An article
whose span only partly overlaps the period is treated as **outside** and
counted (see :func:`select_articles`), so a diff never mixes in a fact that
may belong to the other side; an undated article is outside every period.

>>> parse_period("2024-02")
Period(start=datetime.date(2024, 2, 1), end=datetime.date(2024, 2, 29), text='2024-02')
>>> parse_period("2024-02").contains("2024-02-08"), parse_period("2024-02-08").contains("2024-02")
(True, False)
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from graph.errors import UsageError

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or a range A..B"


@dataclass(frozen=True)
class Period:
    """Every day from ``start`` to ``end``, both included; ``text`` as the user wrote it."""

    start: date
    end: date
    text: str

    def contains(self, value: str) -> bool:
        """Whether the whole span of an article date (``YYYY[-MM[-DD]]``) lies in the period."""
        lo, hi = date_span(value)
        return self.start <= lo and hi <= self.end

    def overlaps(self, value: str) -> bool:
        """Whether any day of an article date's span lies in the period."""
        lo, hi = date_span(value)
        return lo <= self.end and self.start <= hi

    def cumulative(self) -> Period:
        """From the beginning of time to the end of this period (``--cumulative``)."""
        last = self.text.rpartition("..")[2]
        return Period(date.min, self.end, f"..{last}" if last else "..")

    def bounds(self) -> dict[str, tuple[str, str]]:
        """Inclusive ISO bounds per precision: a ``day``/``month``/``year`` value ``v``
        is inside exactly when ``lo <= v <= hi`` as strings (for SPARQL filters)."""
        first_month = self.start if self.start.day == 1 else _next_month(self.start)
        last_month = self.end if self.end == _month_end(self.end) else _prev_month(self.end)
        first_year = self.start.year + (0 if (self.start.month, self.start.day) == (1, 1) else 1)
        last_year = self.end.year - (0 if (self.end.month, self.end.day) == (12, 31) else 1)
        return {
            "day": (self.start.isoformat(), self.end.isoformat()),
            "month": (f"{first_month.year:04d}-{first_month.month:02d}", f"{last_month.year:04d}-{last_month.month:02d}"),
            "year": (f"{first_year:04d}", f"{last_year:04d}"),
        }


@dataclass(frozen=True)
class Selection:
    """Articles of a period: those inside, and those left out because they only
    partly overlap it or have no date."""

    inside: tuple[str, ...] = ()
    partial: tuple[str, ...] = ()
    undated: tuple[str, ...] = field(default=())


def parse_period(text: str) -> Period:
    """Parse ``2022``, ``2024-02``, ``2024-02-08`` or ``A..B``; raise UsageError otherwise."""
    raw = text.strip()
    if ".." in raw:
        left, _, right = raw.partition("..")
        if not left.strip() and not right.strip():
            raise UsageError(f"period {text!r}: a range needs at least one end ({_FORMS})")
        start = _span(left.strip(), text)[0] if left.strip() else date.min
        end = _span(right.strip(), text)[1] if right.strip() else date.max
        if start > end:
            raise UsageError(f"period {text!r}: starts after it ends")
        return Period(start, end, raw)
    start, end = _span(raw, text)
    return Period(start, end, raw)


def date_span(value: str) -> tuple[date, date]:
    """First and last day of an ISO date of any precision: ``2024-02`` -> (Feb 1, Feb 29)."""
    match = _POINT.match(value.strip())
    if not match:
        raise ValueError(f"not an ISO date: {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        first = date(year, month, 1)
        return first, _month_end(first)
    one = date(year, month, day)
    return one, one


def select_articles(dates: Iterable[tuple[str, str | None]], period: Period) -> Selection:
    """Split ``(article, date)`` pairs into inside / partly overlapping / undated (sorted)."""
    inside, partial, undated = [], [], []
    for article, value in dates:
        if value is None:
            undated.append(article)
        elif period.contains(value):
            inside.append(article)
        elif period.overlaps(value):
            partial.append(article)
    return Selection(tuple(sorted(inside)), tuple(sorted(partial)), tuple(sorted(undated)))


def period_between(since: str | None, until: str | None) -> Period | None:
    """``--from A --to B`` as one period: start of A to end of B (either may be missing)."""
    if since is None and until is None:
        return None
    start = parse_period(since).start if since else date.min
    end = parse_period(until).end if until else date.max
    if start > end:
        raise UsageError(f"--from {since} starts after --to {until} ends")
    return Period(start, end, f"{since or ''}..{until or ''}")


# -- helpers ---------------------------------------------------------------------------------


def _span(point: str, text: str) -> tuple[date, date]:
    try:
        return date_span(point)
    except ValueError:
        raise UsageError(f"period {text!r}: expected {_FORMS}") from None


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month(day: date) -> date:
    if day.year == date.max.year and day.month == 12:
        return date.max
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _prev_month(day: date) -> date:
    if day.year == date.min.year and day.month == 1:
        return date.min
    return _month_end(date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1))

