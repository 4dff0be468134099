"""Materialised facts: ``ng:PairSummary`` nodes for the busiest (speaker, target) pairs, computed at build time.

A whole-corpus aggregate ("who talks about whom most") costs about a second
in Oxigraph at 10,000 articles, most of it grouping tens of thousands of
pairs; read from these nodes it takes milliseconds (``top-pairs.rq``). They
are derived data, never the record: the statements are. A summary says, for
the statements of dated articles, how many there are (one per statement and
target), in how many articles, the first and last publication date (as
text), and the pair's rank (1 = most statements, then most articles, then
speaker and target IRIs), exactly as the counting query orders them. Only
the ``TOP_PAIRS`` busiest pairs are kept: all that ``top-pairs`` (LIMIT 100)
reads, a few hundred quads whatever the size of the corpus.

Summaries live in the default graph, beside the actors. The build writes
them; :func:`refresh_summaries` recomputes them after a SPARQL UPDATE on a
graph that has them (a graph without them is answered by counting).

>>> quads = pair_summary_quads(facts_quads)   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

NG = "https://w3id.org/newsgraph/ontology#"
ID = "https://w3id.org/newsgraph/id/"
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SPEAKER = ox.NamedNode(NG + "speaker")
ABOUT = ox.NamedNode(NG + "about")
DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
DATE_PUBLISHED = ox.NamedNode("https://schema.org/datePublished")
PAIR_SUMMARY = ox.NamedNode(NG + "PairSummary")
#: The properties of a summary node (all in the ontology).
SUMMARY_PROPERTIES = ("pairSpeaker", "pairTarget", "statementCount", "articleCount", "firstDate", "lastDate", "pairRank")
#: How many of the busiest pairs are summarised (the LIMIT of top-pairs.rq; a test checks they agree).
TOP_PAIRS = 100
#: The predicates a summary is computed from.
SOURCE_PREDICATES = (SPEAKER, ABOUT, DERIVED_FROM, DATE_PUBLISHED)


@dataclass(frozen=True)
class PairSummary:
    """How much ``speaker`` said about ``target`` over the corpus."""

    speaker: str  # actor IRI
    target: str  # actor IRI
    statements: int
    articles: int
    first: str  # publication date as text: 2021-12-15, 2022-02 or 2022
    last: str
    rank: int


def pair_summaries(quads: Iterable[ox.Quad], *, keep: int = TOP_PAIRS) -> list[PairSummary]:
    """The summaries of the ``keep`` busiest pairs, ranked, from the quads of a dataset (other predicates are ignored).

    Mirrors the counting query: one row per (statement, speaker, target,
    article, date) over the union of the graphs.
    """
    speakers, targets, articles, dates = (defaultdict(set) for _ in range(4))
    tables = {SPEAKER: speakers, ABOUT: targets, DERIVED_FROM: articles, DATE_PUBLISHED: dates}
    for quad in quads:
        table = tables.get(quad.predicate)
        if table is not None:
            table[quad.subject].add(quad.object)
    pairs: dict[tuple[str, str], _Tally] = {}
    for statement, said_by in speakers.items():
        rows = [(article.value, str_value) for article in articles.get(statement, ())
                for str_value in (d.value for d in dates.get(article, ()))]
        if not rows:
            continue
        for speaker in said_by:
            for target in targets.get(statement, ()):
                tally = pairs.setdefault((speaker.value, target.value), _Tally())
                for article, day in rows:
                    tally.add(article, day)
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1].statements, -len(kv[1].articles), kv[0]))
    return [PairSummary(speaker, target, tally.statements, len(tally.articles), tally.first, tally.last, rank)
            for rank, ((speaker, target), tally) in enumerate(ranked[:keep], start=1)]


def pair_summary_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The summaries of the busiest pairs (:func:`pair_summaries`) as default-graph quads."""
    return [quad for summary in pair_summaries(quads) for quad in _summary_quads(summary)]


def has_summaries(store: ox.Store) -> bool:
    """Whether ``store`` holds pair summaries (a graph built before they existed does not)."""
    return next(iter(store.quads_for_pattern(None, RDF_TYPE, PAIR_SUMMARY, None)), None) is not None


def refresh_summaries(store: ox.Store) -> int:
    """Replace the summaries of ``store`` by ones computed from its statements; returns how many."""
    old = [q for node in {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, PAIR_SUMMARY, None)}
           for q in store.quads_for_pattern(node, None, None, None)]
    for quad in old:
        store.remove(quad)
    source = (q for predicate in SOURCE_PREDICATES for q in store.quads_for_pattern(None, predicate, None, None))
    fresh = pair_summary_quads(source)
    store.extend(fresh)
    return sum(1 for q in fresh if q.predicate == RDF_TYPE)


class _Tally:
    __slots__ = ("statements", "articles", "first", "last")

    def __init__(self) -> None:
        self.statements, self.articles, self.first, self.last = 0, set(), None, None

    def add(self, article: str, day: str) -> None:
        self.statements += 1
        self.articles.add(article)
        self.first = day if self.first is None or day < self.first else self.first
        self.last = day if self.last is None or day > self.last else self.last


def _summary_quads(summary: PairSummary) -> Iterator[ox.Quad]:
    key = f"{summary.speaker}\x1f{summary.target}".encode()
    node = ox.NamedNode(f"{ID}pair-{hashlib.sha1(key).hexdigest()[:16]}")
    values = (ox.NamedNode(summary.speaker), ox.NamedNode(summary.target), _int(summary.statements),
              _int(summary.articles), ox.Literal(summary.first), ox.Literal(summary.last), _int(summary.rank))
    yield ox.Quad(node, RDF_TYPE, PAIR_SUMMARY)  # no graph given: the default graph (see rdf._q)
    for name, value in zip(SUMMARY_PROPERTIES, values):
        yield ox.Quad(node, ox.NamedNode(NG + name), value)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)
