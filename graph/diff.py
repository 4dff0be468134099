"""What changed between two periods: facts compared by meaning, not by node.

A statement fact is (speaker, about-actor) with the set of its cues; a
relation fact is (subject, event type, object, negated). The graph of a
period is the facts of the articles published inside it (graph.periods: an
article dated ``2024-02`` is not inside ``2024-02-01..2024-02-15``). Each side
is read with one SPARQL SELECT; added / removed / kept are set arithmetic in
Python (Oxigraph is slow on anti-joins, PERF-NOTES.md).

>>> result = diff(open_store("out/graph.trig"), parse_period("2021-12"), parse_period("2024-02"))  # doctest: +SKIP
>>> print(format_text(result))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from typing import Literal

import pyoxigraph as ox

from graph.errors import UsageError
from graph.periods import Period, Selection, select_articles

Kind = Literal["statement", "relation"]
Status = Literal["added", "removed", "kept"]
#: (kind, subject IRI, event type or "" for statements, object IRI, negated)
Key = tuple[str, str, str, str, bool]

_SIDE_QUERY = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# the period bounds are bound by the caller (substitutions must be projected)
SELECT ?kind ?fact ?from ?fromLabel ?to ?toLabel ?label ?negated ?evidence ?source ?date
       ?dayFrom ?dayTo ?monthFrom ?monthTo ?yearFrom ?yearTo WHERE {
  {  # the articles of the period first (a group: Oxigraph filters before joining, 3x faster)
    ?article a ng:Article ; dcterms:source ?source ; schema:datePublished ?date .
    BIND(STR(?date) AS ?d)
    FILTER((STRLEN(?d) = 10 && ?d >= ?dayFrom && ?d <= ?dayTo)
        || (STRLEN(?d) = 7 && ?d >= ?monthFrom && ?d <= ?monthTo)
        || (STRLEN(?d) = 4 && ?d >= ?yearFrom && ?d <= ?yearTo))
  }
  GRAPH ?article {
    {
      ?fact a ng:Statement ; ng:speaker ?from ; ng:about ?to ; ng:cue ?label .
      BIND("statement" AS ?kind)
    } UNION {
      ?fact a ng:Relation ; ng:subject ?from ; ng:object ?to ; ng:eventType ?label ; ng:negated ?negated .
      BIND("relation" AS ?kind)
    }
    ?fact ng:evidence ?evidence .
  }
  OPTIONAL { ?from rdfs:label ?fromLabel }
  OPTIONAL { ?to rdfs:label ?toLabel }
}
"""

_ARTICLE_DATES_QUERY = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?source ?date WHERE {
  ?article a ng:Article ; dcterms:source ?source .
  OPTIONAL { ?article schema:datePublished ?date }
}
"""


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact is written: article id, its publication date, the sentence."""

    article: str
    date: str | None
    sentence: str


@dataclass(frozen=True)
class DiffFact:
    """One fact by meaning, with its evidence; ``subject``/``object`` are actor labels,
    ``predicate`` the cues (statements, comma-separated) or the event type (relations)."""

    kind: Kind
    subject: str
    predicate: str
    object: str
    negated: bool
    evidence: list[Evidence]
    subject_id: str = ""
    object_id: str = ""
    facts: tuple[str, ...] = ()  # IRIs of the fact nodes behind it, both sides

    def to_json(self) -> dict:
        """The object of the JSON output (keys of issue 5)."""
        return {
            "kind": self.kind, "subject": self.subject, "predicate": self.predicate, "object": self.object,
            "negated": self.negated,
            "evidence": [{"article": e.article, "date": e.date, "sentence": e.sentence} for e in self.evidence],
        }


@dataclass(frozen=True)
class DiffResult:
    """Facts added (in ``after`` only), removed (in ``before`` only) and kept (in both).

    ``before_articles``/``after_articles`` say which articles each side read and
    which were left out (partly overlapping the period, or undated).
    """

    before: Period
    after: Period
    added: list[DiffFact]
    removed: list[DiffFact]
    kept: list[DiffFact]
    before_articles: Selection = field(default_factory=Selection)
    after_articles: Selection = field(default_factory=Selection)

    def status(self) -> dict[Key, Status]:
        """Status of every fact key: what the HTML view colours by."""
        return {fact_key(f.kind, f.subject_id, f.predicate, f.object_id, f.negated): name
                for name in ("added", "removed", "kept") for f in getattr(self, name)}


def diff(store: ox.Store, before: Period, after: Period, *, cumulative: bool = False) -> DiffResult:
    """Compare the facts of the articles in ``before`` with those in ``after``.

    ``cumulative``: each side runs from the beginning of time to the end of its period.
    """
    if cumulative:
        before, after = before.cumulative(), after.cumulative()
    dates = article_dates(store)
    old, new = _side(store, before), _side(store, after)
    added = [_fact(k, new[k]) for k in new.keys() - old.keys()]
    removed = [_fact(k, old[k]) for k in old.keys() - new.keys()]
    kept = [_fact(k, old[k].merge(new[k])) for k in old.keys() & new.keys()]
    return DiffResult(before, after, sorted(added, key=_order), sorted(removed, key=_order), sorted(kept, key=_order),
                      select_articles(dates.items(), before), select_articles(dates.items(), after))


def article_dates(store: ox.Store) -> dict[str, str | None]:
    """Publication date (``YYYY[-MM[-DD]]``) of every article, None when undated."""
    return {row["source"].value: row["date"].value if row["date"] else None
            for row in store.query(_ARTICLE_DATES_QUERY, use_default_graph_as_union=False)}


def fact_key(kind: str, subject: str, predicate: str | None, obj: str, negated: bool) -> Key:
    """The meaning of a fact: statements by (speaker, about), relations by (subject, type, object, negated)."""
    if kind == "statement":
        return ("statement", subject, "", obj, False)
    return ("relation", subject, predicate or "", obj, bool(negated))


# -- formats ----------------------------------------------------------------------------------

FORMATS = ("text", "json", "trig", "html")


def format_diff(result: DiffResult, fmt: str = "text", *, store: ox.Store | None = None) -> str:
    """The diff as ``text``, ``json``, ``trig`` or ``html`` (trig and html need the store)."""
    if fmt == "text":
        return format_text(result)
    if fmt == "json":
        return format_json(result)
    if store is None:
        raise UsageError(f"diff format {fmt!r} needs the store the diff was computed on")
    if fmt == "trig":
        from graph.diffrdf import format_trig

        return format_trig(result, store)
    if fmt == "html":
        from graph.diffview import diff_view
        from graph.render import render_html

        return render_html(diff_view(store, result), title=f"newsgraph diff {result.before.text} → {result.after.text}")
    raise UsageError(f"unknown diff format {fmt!r} (expected one of {', '.join(FORMATS)})")


def format_json(result: DiffResult) -> str:
    """``{"from", "to", "added", "removed", "kept"}``; stable key order, UTF-8 text."""
    data = {"from": result.before.text, "to": result.after.text,
            **{name: [f.to_json() for f in getattr(result, name)] for name in ("added", "removed", "kept")}}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def format_text(result: DiffResult, *, width: int = 110) -> str:
    """A terminal report: the two periods, then each section with its count and evidence."""
    counts = ", ".join(f"{len(getattr(result, name))} {name}" for name in ("added", "removed", "kept"))
    lines = [f"diff {result.before.text} → {result.after.text}: {counts}",
             _side_line("from", result.before, result.before_articles),
             _side_line("to", result.after, result.after_articles)]
    for name, sign in (("added", "+"), ("removed", "-"), ("kept", "=")):
        facts = getattr(result, name)
        lines += ["", f"{name} ({len(facts)})"]
        for f in facts:
            verb = f.predicate + (", negated" if f.negated else "")
            lines.append(f"  {sign} {f.kind:9} {f.subject} —[{verb}]→ {f.object}")
            for e in f.evidence:
                lines.append(f"      {e.date or 'undated'}  {e.article}")
                lines += _wrap(e.sentence, width, indent=8)
    return "\n".join(lines) + "\n"


# -- helpers --------------------------------------------------------------------------------


@dataclass
class _Group:
    """Everything one side says about one fact key."""

    subject: str = ""
    object: str = ""
    cues: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    facts: set[str] = field(default_factory=set)

    def merge(self, other: _Group) -> _Group:
        return _Group(self.subject, self.object, self.cues | other.cues, self.evidence | other.evidence,
                      self.facts | other.facts)


def _side(store: ox.Store, period: Period) -> dict[Key, _Group]:
    bounds = period.bounds()
    substitutions = {ox.Variable(f"{precision}{end}"): ox.Literal(value)
                     for precision, pair in bounds.items() for end, value in zip(("From", "To"), pair)}
    groups: dict[Key, _Group] = {}
    for row in store.query(_SIDE_QUERY, substitutions=substitutions, use_default_graph_as_union=False):
        kind, label = row["kind"].value, row["label"].value
        event_type = _local(label) if kind == "relation" else None
        negated = bool(row["negated"]) and row["negated"].value in ("true", "1")
        key = fact_key(kind, row["from"].value, event_type, row["to"].value, negated)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(_label(row["fromLabel"], row["from"]), _label(row["toLabel"], row["to"]))
        if kind == "statement":
            group.cues.add(label)
        group.evidence.add(Evidence(row["source"].value, row["date"].value, row["evidence"].value))
        group.facts.add(row["fact"].value)
    return groups


def _fact(key: Key, group: _Group) -> DiffFact:
    kind, subject, event_type, obj, negated = key
    predicate = ", ".join(sorted(group.cues)) if kind == "statement" else event_type
    evidence = sorted(group.evidence, key=lambda e: (e.date or "", e.article, e.sentence))
    return DiffFact(kind, group.subject, predicate, group.object, negated, evidence,  # type: ignore[arg-type]
                    subject, obj, tuple(sorted(group.facts)))


def _order(f: DiffFact) -> tuple:
    return (f.kind != "statement", f.subject.casefold(), f.object.casefold(), f.predicate, f.negated,
            f.subject_id, f.object_id)


def _side_line(name: str, period: Period, selection: Selection) -> str:
    left_out = []
    if selection.partial:
        left_out.append(f"{len(selection.partial)} partly in the period ({', '.join(selection.partial)})")
    if selection.undated:
        left_out.append(f"{len(selection.undated)} undated")
    n = len(selection.inside)
    return (f"  {name:4} {period.text}: {n} article{'s' * (n != 1)}"
            + (f"; left out: {'; '.join(left_out)}" if left_out else ""))


def _label(label: ox.Literal | None, node: ox.NamedNode) -> str:
    return label.value if label is not None else _local(node.value)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _wrap(text: str, width: int, *, indent: int, max_lines: int = 3) -> list[str]:
    """The sentence on at most ``max_lines`` indented lines, cut with "…" when longer."""
    lines = textwrap.wrap(" ".join(text.split()), max(width - indent, 30)) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(width - indent, 30) - 1] + "…"
    return [" " * indent + line for line in lines]
