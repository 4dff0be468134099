"""Ministries and ministers with two portfolios: "le ministère de l'Énergie et des Mines".

French names a ministry by its portfolios joined by "et": "le ministère de l'Agriculture et de la Pêche", "la
ministre de la Santé et des Solidarités", "le ministère de l'Économie et des Finances". The NER often cuts the
name after the first portfolio and tags the second one alone as a place ("Mines", "Pêche"), and the gazetteer
knows "ministère de l'Économie" alone: two speakers where there is one. The whole name is one ministry
(``with_coordinated_portfolio``), and a second portfolio names no actor (``coordinated_portfolio``).

A portfolio is a capitalised noun (with its lower-case adjectives: "des Affaires étrangères") in a "de" complement
("de", "du", "des", "d'", with "la" / "l'") right after an office noun (``portfolio_office_nouns``: "ministère",
"ministre"...). "le ministère de l'Intérieur et la police" (no "de" after "et") and "le ministère de la Santé et
des hôpitaux" (lower case) are no second portfolio.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.lang import fold

_LINKS = {"de", "du", "des", "d'", "d’"}
_ARTICLES = {"la", "l'", "l’"}


def portfolio_end(doc: Doc, i: int, is_demonym=None) -> int | None:
    """The index after a portfolio complement that opens at token ``i`` ("de l'Énergie", "des Affaires étrangères",
    "de la Transition écologique": link, article, capitalised noun, its lower-case adjectives), else None. With
    ``is_demonym``, a demonym adjective ends the portfolio ("le ministère de l'Intérieur ukrainien": the state's)."""
    if i >= len(doc) or fold(doc[i].text) not in _LINKS:
        return None
    i += 1
    if i < len(doc) and fold(doc[i].text) in _ARTICLES and fold(doc[i - 1].text) == "de":
        i += 1
    if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].pos_ not in {"NOUN", "PROPN"} or not doc[i].is_alpha:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower() and not (is_demonym and is_demonym(doc[i])):
        i += 1
    return i


def coordinated_portfolio_end(span: Span, office_nouns: set[str]) -> int | None:
    """The end of "et des Mines" right after a ministry or minister's name ending on its portfolio ("ministère de
    l'Énergie" + "et des Mines"), else None."""
    doc = span.doc
    office = next((t for t in span[:2] if t.text.islower() and fold(t.text) in office_nouns), None)
    if office is None or portfolio_end(doc, office.i + 1) != span.end:
        return None
    if span.end + 1 >= len(doc) or fold(doc[span.end].text) != "et":
        return None
    return portfolio_end(doc, span.end + 1)


def with_coordinated_portfolio(span: Span, office_nouns: set[str]) -> Span:
    """"ministère de l'Énergie" followed by "et des Mines": the whole name; the span itself otherwise."""
    end = coordinated_portfolio_end(span, office_nouns)
    return span.doc[span.start: end] if end is not None else span


def coordinated_portfolio(span: Span, office_nouns: set[str]) -> bool:
    """Is this one capitalised word ("Mines") the second portfolio of "le ministre de l'Énergie et des Mines"?"""
    doc = span.doc
    if len(span) != 1 or span.start < 2:
        return False
    j = span.start - 1
    if fold(doc[j].text) in _ARTICLES:
        j -= 1
    if j < 1 or fold(doc[j].text) not in _LINKS or fold(doc[j - 1].text) != "et":
        return False
    for start in range(j - 2, max(j - 7, 0), -1):  # "ministre" + "de l'Énergie" (+ its adjectives) + "et"
        if doc[start].text.islower() and fold(doc[start].text) in office_nouns and portfolio_end(doc, start + 1) == j - 1:
            return True
    return False
