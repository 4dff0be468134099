"""Relative time expressions resolved against the publication date: a catalogue."""

import pytest

from extractors.model import ArticleDate
from extractors.timeref import resolve_time_expression

THU = ArticleDate("2024-02-08", "manifest")  # a Thursday (seed 001's call)
WED = ArticleDate("2021-12-15", "manifest")  # a Wednesday (seed 002's summit)
FEB = ArticleDate("2024-02", "text:header")
Y22 = ArticleDate("2022", "text:copyright")


@pytest.mark.parametrize("text, published, expected", [
    # weekdays: the latest such day on or before publication; need the day
    ("jeudi", THU, "2024-02-08"),
    ("Jeudi", THU, "2024-02-08"),
    ("mercredi", THU, "2024-02-07"),
    ("mercredi", WED, "2021-12-15"),
    ("vendredi", THU, "2024-02-02"),
    ("mercredi soir", THU, "2024-02-07"),
    ("jeudi dernier", THU, "2024-02-01"),
    ("jeudi prochain", THU, "2024-02-15"),
    ("lundi prochain", THU, "2024-02-12"),
    ("jeudi", FEB, None),
    ("jeudi", None, None),
    # days around publication
    ("aujourd'hui", THU, "2024-02-08"),
    ("aujourd’hui", THU, "2024-02-08"),
    ("hier", THU, "2024-02-07"),
    ("hier soir", THU, "2024-02-07"),
    ("avant-hier", THU, "2024-02-06"),
    ("demain", THU, "2024-02-09"),
    ("après-demain", THU, "2024-02-10"),
    ("hier", FEB, None),
    # weeks, months, years
    ("la semaine dernière", THU, "2024-01-29..2024-02-04"),
    ("cette semaine", THU, "2024-02-05..2024-02-11"),
    ("le mois dernier", THU, "2024-01"),
    ("le mois dernier", FEB, "2024-01"),
    ("le mois dernier", Y22, None),
    ("le mois prochain", ArticleDate("2023-12-05", "manifest"), "2024-01"),
    ("ce mois-ci", FEB, "2024-02"),
    ("l'année dernière", THU, "2023"),
    ("l’année dernière", Y22, "2021"),
    ("l'an dernier", FEB, "2023"),
    ("l'an passé", FEB, "2023"),
    ("l'année prochaine", FEB, "2025"),
    ("cette année", Y22, "2022"),
    ("l'année dernière", None, None),
    ("il y a deux ans", Y22, "2020"),
    ("il y a 3 jours", THU, "2024-02-05"),
    ("il y a un mois", FEB, "2024-01"),
    ("dans deux semaines", THU, "2024-02-22"),
    # seasons: month ranges covering the astronomical season; need the month
    ("au printemps prochain", THU, "2024-03..2024-06"),
    ("au printemps prochain", FEB, "2024-03..2024-06"),
    ("au printemps prochain", ArticleDate("2024-04-02", "manifest"), "2025-03..2025-06"),
    ("au printemps prochain", ArticleDate("2024-03", "text:header"), None),  # before or after the 20th?
    ("cet été", FEB, "2024-06..2024-09"),
    ("cet hiver", ArticleDate("2024-01", "text:header"), "2023-12..2024-03"),
    ("l'automne dernier", FEB, "2023-09..2023-12"),
    ("au printemps prochain", Y22, None),
    # a day and month without a year: the nearest such date
    ("le 24 février", THU, "2024-02-24"),
    ("le 24 février", ArticleDate("2024-12-20", "manifest"), "2025-02-24"),
    ("le 24 février", FEB, "2024-02-24"),
    ("le 24 février", Y22, None),
    ("le 1er mars", THU, "2024-03-01"),
    ("en décembre", THU, "2023-12"),
    ("mercredi 15 décembre", WED, "2021-12-15"),
    ("le 31 février", THU, None),
    # absolute dates need no publication date
    ("le 24 février 2022", None, "2022-02-24"),
    ("en février 2022", None, "2022-02"),
    # not relative to the publication: left alone
    ("la veille", THU, None),
    ("le lendemain", THU, None),
    ("ce jour-là", THU, None),
    ("bientôt", THU, None),
])
def test_timeref_resolves_against_publication(text, published, expected):
    assert resolve_time_expression(text, published) == expected


@pytest.mark.parametrize("text, tense, expected", [
    ("jeudi", "future", "2024-02-08"),
    ("vendredi", "future", "2024-02-09"),
    ("vendredi", "past", "2024-02-02"),
    ("le 24 février", "past", "2023-02-24"),
    ("le 24 février", "future", "2024-02-24"),
    ("le 1er février", "future", "2025-02-01"),
])
def test_timeref_tense_of_the_verb_picks_the_side(text, tense, expected):
    assert resolve_time_expression(text, THU, tense=tense) == expected


def test_timeref_result_parses_as_a_period():
    from graph.periods import parse_period

    for text in ("jeudi", "le mois dernier", "l'année dernière", "la semaine dernière", "au printemps prochain"):
        parse_period(resolve_time_expression(text, THU))
