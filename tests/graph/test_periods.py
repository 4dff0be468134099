"""Periods: parsing, which article dates are inside, and the SPARQL bounds that must agree."""

import shutil
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import UsageError
from graph.periods import Period, date_span, parse_period, period_between, select_articles

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text, start, end", [
    ("2022", date(2022, 1, 1), date(2022, 12, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2024-02-08", date(2024, 2, 8), date(2024, 2, 8)),
    ("2021-12-01..2022-06-30", date(2021, 12, 1), date(2022, 6, 30)),
    ("2021-12..2022", date(2021, 12, 1), date(2022, 12, 31)),
    ("2021..2021-03-15", date(2021, 1, 1), date(2021, 3, 15)),
    ("..2022", date.min, date(2022, 12, 31)),
    ("2024-01..", date(2024, 1, 1), date.max),
    (" 2022 ", date(2022, 1, 1), date(2022, 12, 31)),
])
def test_periods_parse_every_form(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end, period.text) == (start, end, text.strip())


@pytest.mark.parametrize("text", ["", "abc", "24-02", "2024/02", "2024-2", "2024-13", "2024-02-30", "2023-02-29",
                                  "..", "2024..2023", "2024-02-10..2024-02-01", "2022...2023", "2022..2023..2024"])
def test_periods_bad_period_is_one_line_usage_error(text):
    with pytest.raises(UsageError) as error:
        parse_period(text)
    message = str(error.value)
    assert "\n" not in message and repr(text) in message
    assert error.value.exit_code == 2


@pytest.mark.parametrize("period, value, inside", [
    ("2024", "2024-02", True),
    ("2024", "2024", True),
    ("2024-02", "2024-02-08", True),
    ("2024-02", "2024-02", True),
    ("2024-02", "2024", False),  # a year only partly overlaps a month
    ("2024-02-01..2024-02-15", "2024-02", False),  # half of the month
    ("2024-02-01..2024-02-29", "2024-02", True),
    ("2021-12-01..2022-06-30", "2022", False),
    ("2021-12-01..2022-06-30", "2021-12", True),
    ("2021-12", "2024-02-08", False),
])
def test_periods_article_inside_only_when_its_whole_span_is(period, value, inside):
    assert parse_period(period).contains(value) is inside


def test_periods_partial_overlap_is_outside_and_counted():
    dates = [("a.txt", "2024-02-08"), ("b.txt", "2024"), ("c.txt", None), ("d.txt", "2021-12"), ("e.txt", "2024-02")]
    selection = select_articles(dates, parse_period("2024-02"))
    assert selection.inside == ("a.txt", "e.txt")
    assert selection.partial == ("b.txt",)
    assert selection.undated == ("c.txt",)


def test_periods_cumulative_runs_from_the_beginning_of_time():
    period = parse_period("2021-12-01..2022-06").cumulative()
    assert period == Period(date.min, date(2022, 6, 30), "..2022-06")
    assert period.contains("1999") and period.contains("2022-06") and not period.contains("2022")


def test_periods_between_from_and_to_of_render():
    assert period_between(None, None) is None
    assert period_between("2022", "2024-02") == Period(date(2022, 1, 1), date(2024, 2, 29), "2022..2024-02")
    assert period_between("2022", None).end == date.max
    assert period_between(None, "2022").start == date.min
    with pytest.raises(UsageError):
        period_between("2024", "2022")


def test_periods_date_span_of_each_precision():
    assert date_span("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert date_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_span("2024-02-08") == (date(2024, 2, 8), date(2024, 2, 8))


def _values() -> list[str]:
    """Article dates of every precision around month and year edges."""
    days = [date(2021, 11, 28) + timedelta(days=n) for n in range(0, 800, 3)]
    months = sorted({f"{d.year:04d}-{d.month:02d}" for d in days})
    return [d.isoformat() for d in days] + months + ["2021", "2022", "2023", "2024"]


@pytest.mark.parametrize("text", ["2022", "2022-02", "2022-02-28", "2021-12-01..2022-06-30", "2021-12-15..2023-01-31",
                                  "2022-01-02..2022-12-31", "..2022-06", "2022-07..", "2021-12-31..2022-01-01"])
def test_periods_sparql_bounds_agree_with_contains(text):
    """The per-precision string bounds used in the diff's SPARQL filter select the same dates."""
    period = parse_period(text)
    bounds = period.bounds()
    for value in _values():
        precision = {10: "day", 7: "month", 4: "year"}[len(value)]
        lo, hi = bounds[precision]
        assert (lo <= value <= hi) is period.contains(value), value


# -- done when: the seeds without their manifest dates ---------------------------------------


@pytest.mark.model
def test_periods_seeds_without_manifest_dated_from_text_cues_only(tmp_path):
    from graph.build import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(path, seeds / path.name)
    report = build([seeds], out_dir=tmp_path / "out", render=False)
    store = ox.Store()
    store.load(path=str(report.trig), format=ox.RdfFormat.TRIG)
    rows = store.query(
        "PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?source ?date WHERE { ?a dcterms:source ?source ; schema:datePublished ?date }")
    dates = {r["source"].value: (r["date"].value, r["date"].datatype.value.rsplit("#", 1)[1]) for r in rows}
    assert dates == {
        "001_8eb3afca12c662b1.txt": ("2024-02", "gYearMonth"),
        "004_af7e382373562672.txt": ("2022", "gYear"),
    }
    assert report.undated == ("000_a44ec77bc906c037.txt", "002_eb24c521ba7ed0b2.txt", "003_4cef1a2b3bdb8dbb.txt")
