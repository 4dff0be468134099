"""Organisation names the country gazetteer and the name checks would otherwise misread.

Three shapes of French news, each a pure function of a parsed span:

- a country or capital word inside a company's or agency's name ("Air France", "Météo-France", "l'Agence
  France-Presse", "la Banque de France"): the organisation speaks, not the country (``country_inside_org_name``);
- a lower-case organisation noun before the name in one NER span ("le syndicat Force ouvrière", "le groupe armé
  M23"): the name is the actor, the noun its kind (``name_after_org_noun``);
- a capitalised institution noun named by adjectives ("l'Agence spatiale européenne", "l'Office national des
  forêts"): the whole span is the organisation (``adjective_institution_name``);
- an institution's name with a lower-case complement cut by the NER ("l'Office français | de la biodiversité"): the
  whole name (``with_name_complement``); an acronym or a sports club tagged as a place ("le SNES-FSU", "l'AS
  Saint-Étienne"): an organisation (``organisation_tagged_place``); a city in a treaty's name ("la convention de
  Vienne", "les accords d'Oslo"): the treaty, not the state (``place_in_treaty_name``).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.lang import fold, language_data
from extractors.ministry_names import coordinated_portfolio, with_coordinated_portfolio
from extractors.token_table import entities_of

#: Words that glue a name's parts together without a space ("Météo-France", "France-Presse").
_HYPHENS = {"-", "‑", "–"}
_COMPLEMENT_LINKS = {"de", "d'", "du", "des", "pour", "contre", "aux"}  # folded: "d’" reads "d'"
_ARTICLES = {"le", "la", "l'", "les"}


def country_inside_org_name(span: Span, de_heads: set[str], places, *, city_heads=frozenset(), cities=frozenset()) -> bool:
    """Is this country (or capital) word part of a longer ORG/LOC entity that names an organisation?

    The country word must be bound to the name: glued by a hyphen ("Météo-France", "Agence France-Presse"), right
    after a capitalised word ("Air France", "Radio France"), or the "de" complement of a capitalised noun listed in
    ``de_heads`` ("Banque de France"), or for a capital standing for its state (in ``cities``) of any capitalised
    institution noun of ``city_heads`` ("Observatoire de Paris", "Université de Moscou"). "l'ambassade de France" (lower
    case) and "ministère des Affaires étrangères de France" (no such head) stay the state, as the gold wants
    (tests/gold/NOTES.md: embassies -> the state)."""
    doc = span.doc
    if fold(span.text) not in places:
        return False
    ent = next((e for e in entities_of(doc) if e.start <= span.start and span.end <= e.end and e.end - e.start > span.end - span.start
                and e.label_ in {"ORG", "LOC"}), None)
    if ent is None:
        return False
    before = doc[span.start - 1] if span.start > ent.start else None
    after = doc[span.end] if span.end < ent.end else None
    if before is not None and before.text in _HYPHENS and not before.whitespace_:
        return before.i > ent.start and fold(doc[before.i - 1].text) not in places  # "Météo-France", not "Chine-Russie"
    if after is not None and after.text in _HYPHENS and not span[-1].whitespace_:
        return after.i + 1 < ent.end and fold(doc[after.i + 1].text) not in places  # "France-Presse"
    if before is None:
        return False
    if before.text[:1].isupper() and before.text.isalpha() and before.pos_ in {"PROPN", "NOUN", "ADJ", "X"} \
            and fold(before.text) not in {"de", "du", "la", "le", "les"}:
        return before.i == ent.start and after is None  # "Air France", "Radio France" (two words, nothing after)
    head = doc[before.i - 1] if before.i > ent.start else None
    return fold(before.text) in {"de", "d'"} and head is not None and head.text[:1].isupper() \
        and head.i == ent.start and after is None \
        and (fold(head.text) in de_heads or (fold(span.text) in cities and fold(head.text) in city_heads))  # "Banque de France"


def name_after_org_noun(span: Span, org_nouns: set[str]) -> Span | None:
    """"syndicat Force ouvrière" (one ORG span): the capitalised name after the lower-case organisation noun (and
    its lower-case adjectives: "groupe armé M23"), None when the span does not start so."""
    if len(span) < 2 or not span[0].text.islower() or fold(span[0].text) not in org_nouns:
        return None
    start = span.start + 1
    while start < span.end and span.doc[start].text.islower() and span.doc[start].pos_ == "ADJ":
        start += 1
    if start >= span.end or not (span.doc[start].text[:1].isupper() or span.doc[start].text[:1].isdigit()):
        return None
    return span.doc[start: span.end]


def adjective_institution_name(span: Span, heads: set[str], is_demonym) -> bool:
    """"Agence spatiale européenne": a capitalised institution noun followed by a lower-case adjective that is no
    demonym ("l'Agence russe" is no name) names the institution with the whole span."""
    if len(span) < 2 or not span[0].text[:1].isupper() or fold(span[0].text) not in heads:
        return False
    second = span[1]
    return second.pos_ == "ADJ" and second.text.islower() and not is_demonym(second)


def glued_country_name(span: Span, countries: dict) -> bool:
    """"Météo-France" (often tagged LOC): a capitalised name with a country word glued by a hyphen, itself no
    country ("Guinée-Bissau" is one), names an organisation."""
    if len(span) < 3 or not span[0].text[:1].isupper() or fold(span.text) in countries:
        return False
    return any(country_inside_org_name(span.doc[t.i: t.i + 1], set(), countries) for t in span
               if t.i > span.start and span.doc[t.i - 1].text in _HYPHENS and not span.doc[t.i - 1].whitespace_
               or t.i + 1 < span.end and span.doc[t.i + 1].text in _HYPHENS and not t.whitespace_)


def ministry_portfolio(span: Span, office_nouns: set[str]) -> bool:
    """Is this one capitalised common noun the portfolio of a minister or ministry ("la ministre du Travail", "le
    ministère de la Santé", "le ministre des Armées"), which the NER often tags as a place? The portfolio names no
    actor: the minister or the ministry speaks (gazetteer names such as "la France" are checked before)."""
    doc = span.doc
    if prosecutor_republic(span):
        return True
    if len(span) != 1 or span[0].pos_ != "NOUN" or span.start < 2:
        return False
    j = span.start - 1
    if fold(doc[j].text) in {"la", "l'"}:
        j -= 1
    return j >= 1 and fold(doc[j].text) in {"du", "de", "des", "d'"} and fold(doc[j - 1].text) in office_nouns \
        or coordinated_portfolio(span, office_nouns)  # "Mines" of "le ministre de l'Énergie et des Mines"


def prosecutor_republic(span: Span) -> bool:
    """Is this "République de Toulon" the end of the office "le procureur de la République de Toulon" (a prosecutor
    of a town's court, ``prosecutor_office_nouns``)? It names no state: the prosecutor speaks."""
    doc = span.doc
    if len(span) < 3 or fold(span[0].text) != "republique" or fold(span[1].text) not in {"de", "d'", "du"} \
            or span.start < 3 or fold(doc[span.start - 1].text) != "la" or fold(doc[span.start - 2].text) != "de":
        return False
    return fold(doc[span.start - 3].text) in language_data("fr").words("prosecutor_office_nouns")


def agency_named_after_body(span: Span, agency_heads: set[str]) -> bool:
    """Is this gazetteer name ("Nations unies", "Union européenne") the "de" complement inside the full name of one of
    its agencies, tagged as one organisation ("le Haut-Commissariat des Nations unies pour les réfugiés", "le Fonds
    des Nations unies pour l'enfance", "le Programme des Nations unies pour le développement")? The agency speaks, not
    the body: its name opens with a capitalised agency noun (``agency_heads``) before the body's name (the NER often
    ends it there: "le Haut-Commissariat des Nations unies aux droits de l'homme" -> "Haut-Commissariat des Nations unies")."""
    doc = span.doc
    ent = next((e for e in entities_of(doc) if e.label_ == "ORG" and e.start < span.start and span.end <= e.end), None)
    if ent is None or span.start - ent.start > 3 or not doc[ent.start].text[:1].isupper() \
            or fold(doc[ent.start].text) not in agency_heads:
        return False
    link = [fold(t.text) for t in doc[ent.start + 1: span.start]]
    return link in (["des"], ["de", "l'"], ["de", "la"], ["du"])



def with_name_complement(span: Span, data) -> Span:
    """"Office français" followed by "de la biodiversité": the span with its lower-case complements ("pour la
    sécurité nationale", "de l'environnement et de la maîtrise de l'énergie"), when one of its first two words is a
    capitalised institution noun (``org_complement_heads`` of the language ``data``). A complement is a link word, an
    optional article, a lower-case common noun that is no time word (``org_complement_stop_nouns``: "pour la
    première fois") and its lower-case adjectives; the span stops before any other named entity ("du Tadjikistan")."""
    span = with_coordinated_portfolio(span, data.words("portfolio_office_nouns"))  # "ministère de l'Énergie et des Mines"
    heads, not_complements = data.words("org_complement_heads"), data.words("org_complement_stop_nouns")
    if not any(t.text[:1].isupper() and fold(t.text) in heads for t in span[:2]):
        return span
    doc = span.doc
    bound = next((e.start for e in entities_of(doc) if e.start >= span.end), len(doc))  # entities in order
    end = i = span.end
    while i < bound:
        j = i + 1 if fold(doc[i].text) == "et" and end > span.end else i  # "… et de la maîtrise de l'énergie"
        if j >= bound or fold(doc[j].text) not in _COMPLEMENT_LINKS or doc[j].text[:1].isupper():
            break
        j += 1
        if j < bound and fold(doc[j].text) in _ARTICLES and fold(doc[j - 1].text) in {"de", "pour", "contre"}:
            j += 1
        if j >= bound or doc[j].pos_ != "NOUN" or not doc[j].text.islower() or fold(doc[j].text) in not_complements:
            break
        j += 1
        while j < bound and doc[j].pos_ == "ADJ" and doc[j].text.islower():
            j += 1
        end = i = j
    return doc[span.start: end] if end > span.end else span


def organisation_tagged_place(span: Span, club_prefixes: frozenset[str], countries, cities) -> bool:
    """A name tagged as a place that names an organisation: an acronym, alone or hyphenated with another
    ("SNES-FSU", "SE-Unsa", "CFE-CGC"), or a club name opened by a club prefix ("AS Saint-Étienne", "OGC Nice", "FC
    Nantes"); never a country or city of the gazetteer."""
    def is_place(text: str) -> bool:
        return fold(text) in countries or fold(text) in cities
    if is_place(span.text):
        return False
    words = [t.text for t in span if t.text not in _HYPHENS]
    if len(span) >= 2 and span[0].text.isupper() and fold(span[0].text) in club_prefixes and all(w[:1].isupper() for w in words[1:]):
        return True  # "AS Saint-Étienne" (the prefix written in capitals, as clubs write it)
    glued = len(span) == 3 and span[1].text in _HYPHENS and not span[0].whitespace_ and not span[1].whitespace_
    return glued and 2 <= len(words[0]) <= 6 and words[0].isalpha() and words[0].isupper() \
        and words[1].isalpha() and words[1][:1].isupper() and 2 <= len(words[1]) <= 6 and not is_place(words[0])


def place_in_treaty_name(span: Span, data, cities) -> bool:
    """Is this place the "de" complement in the name of a treaty or convention ("la convention de Vienne", "les
    accords d'Oslo", "le protocole de Kyoto")? A city right after "de" after a treaty noun (``treaty_nouns``: no
    singular "accord", which is also consent: "sans l'accord de Moscou"), or any place inside an NER name that opens
    with a treaty noun ("l'accord de Paris", tagged as one name)."""
    doc, treaty_nouns = span.doc, data.words("treaty_name_nouns")
    if span.start < 2 or fold(doc[span.start - 1].text) not in {"de", "d'"}:
        return False
    noun = fold(doc[span.start - 2].text)
    if noun in treaty_nouns and fold(span.text) in cities:
        return True
    return any(e.label_ == "MISC" and e.start <= span.start - 2 and span.end <= e.end
               and fold(doc[e.start].text) in treaty_nouns | {"accord"} for e in entities_of(doc))
