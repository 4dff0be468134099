"""Answers of SPARQL queries and their output formats: table, csv, tsv, json, turtle.

``table`` is for people (aligned columns, actors by their label, long cells
cut); csv, tsv and json follow the SPARQL 1.1 Query Results formats; turtle
is for CONSTRUCT/DESCRIBE. Every format is deterministic.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal as Kind

import pyoxigraph as ox

from graph.errors import UsageError
from graph.sparql_text import NGID, PREFIXES, shorten as _shorten

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Output formats of :func:`format_result`.
FORMATS = ("table", "csv", "tsv", "json", "turtle")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_LOCAL_NAME = re.compile(r"(?:[\w\-]|[\w\-][\w\-.]*[\w\-])?\Z")  # a Turtle local name, simply


@dataclass(frozen=True)
class QueryResult:
    """A materialised answer: SELECT rows, an ASK boolean or CONSTRUCT triples."""

    kind: Kind["select", "ask", "graph", "update"]
    variables: tuple[str, ...] = ()
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def materialise(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    """Turn pyoxigraph's lazy answer into a :class:`QueryResult`."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return QueryResult(kind="graph", triples=list(answer))
    variables = tuple(v.value for v in answer.variables)
    rows = [tuple(solution[i] for i in range(len(variables))) for solution in answer]
    return QueryResult(kind="select", variables=variables, rows=rows)




def format_result(
    result: QueryResult, fmt: str, *, store: ox.Store | None = None, max_width: int = 60
) -> str:
    """Render ``result`` as table, csv, tsv, json (SPARQL 1.1 JSON) or turtle.

    ``table`` shows actors by their ``rdfs:label`` when ``store`` is given and
    cuts cells at ``max_width`` characters. The output is deterministic.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (expected: {', '.join(FORMATS)})")
    if result.kind == "update":
        return "update applied\n"
    if result.kind == "graph":
        return _format_graph(result, fmt, store=store, max_width=max_width)
    if fmt == "turtle":
        raise UsageError("turtle output is for CONSTRUCT/DESCRIBE; use table, csv, tsv or json")
    if fmt == "json":
        return _format_json(result)
    variables, rows = _tabular(result)
    if fmt == "csv":
        return _format_csv(variables, rows)
    if fmt == "tsv":
        return _format_tsv(variables, rows)
    return _format_table(variables, rows, _Labeller(store), max_width)


def _tabular(result: QueryResult) -> tuple[Sequence[str], list[tuple[Term | None, ...]]]:
    """Columns and rows of a SELECT or ASK result (ASK is one ``boolean`` cell)."""
    if result.kind == "ask":
        value = ox.Literal("true" if result.boolean else "false",
                           datatype=ox.NamedNode(PREFIXES["xsd"] + "boolean"))
        return ("boolean",), [(value,)]
    return result.variables, result.rows


def _format_graph(result: QueryResult, fmt: str, *, store: ox.Store | None, max_width: int) -> str:
    """CONSTRUCT/DESCRIBE triples as Turtle, or as subject/predicate/object rows."""
    triples = sorted(result.triples, key=str)
    if fmt == "turtle":
        return _turtle(triples)
    if fmt == "json":
        raise UsageError("json output is for SELECT/ASK; use turtle for CONSTRUCT/DESCRIBE")
    variables = ("subject", "predicate", "object")
    rows = [(t.subject, t.predicate, t.object) for t in triples]
    if fmt == "csv":
        return _format_csv(variables, rows)
    if fmt == "tsv":
        return _format_tsv(variables, rows)
    return _format_table(variables, rows, _Labeller(store), max_width)


def _turtle(triples: list[ox.Triple]) -> str:
    """Turtle with our prefixes, their declarations sorted for a stable output."""
    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    lines = text.splitlines(keepends=True)
    split = next((i for i, line in enumerate(lines) if not line.startswith("@prefix")), len(lines))
    return "".join(sorted(lines[:split]) + lines[split:])


def _format_csv(variables: Sequence[str], rows: list[tuple[Term | None, ...]]) -> str:
    """SPARQL 1.1 CSV: plain values, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_value(term) for term in row] for row in rows)
    return out.getvalue()


def _csv_value(term: Term | None) -> str:
    """A term as the SPARQL CSV format writes it."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _format_tsv(variables: Sequence[str], rows: list[tuple[Term | None, ...]]) -> str:
    """SPARQL 1.1 TSV: ``?var`` header, terms in N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        document: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
            for row in result.rows
        ]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _json_term(term: Term) -> dict:
    """One RDF term in the SPARQL JSON results shape."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        }}
    body = {"type": "literal", "value": term.value}
    if term.language:
        body["xml:lang"] = term.language
    elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
        body["datatype"] = term.datatype.value
    return body


class _Labeller:
    """Display text of terms for the table: actor labels, CURIEs, plain literals."""

    def __init__(self, store: ox.Store | None) -> None:
        self._store = store
        self._labels: dict[str, str | None] = {}

    def __call__(self, term: Term | None) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.Literal):
            return term.value
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Triple):
            return " ".join(self(t) for t in (term.subject, term.predicate, term.object))
        return self._label(term) or _curie(term.value)

    def _label(self, node: ox.NamedNode) -> str | None:
        """The actor's preferred label (plain, then French, then any), cached."""
        if self._store is None or not node.value.startswith(NGID):
            return None
        if node.value not in self._labels:
            labels = [q.object for q in self._store.quads_for_pattern(node, RDFS_LABEL, None, None)]
            ranked = sorted(labels, key=lambda l: ({None: 0, "fr": 1}.get(l.language, 2), l.value))
            self._labels[node.value] = ranked[0].value if ranked else None
        return self._labels[node.value]


def _curie(iri: str) -> str:
    """``ng:Support`` or ``nga:002_eb24.txt`` for a known namespace, else the IRI itself."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and _LOCAL_NAME.match(iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _format_table(
    variables: Sequence[str],
    rows: list[tuple[Term | None, ...]],
    display: Callable[[Term | None], str],
    max_width: int,
) -> str:
    """Aligned columns, numbers to the right, long cells cut with an ellipsis."""
    cells = [[_shorten(" ".join(display(t).split()), max_width) for t in row] for row in rows]
    numeric = [all(_is_number(row[i]) for row in rows if row[i] is not None) and bool(rows)
               for i in range(len(variables))]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(variables)]
    lines = [_table_line(variables, widths, [False] * len(widths)),
             _table_line(["-" * w for w in widths], widths, [False] * len(widths))]
    lines += [_table_line(r, widths, numeric) for r in cells]
    count = len(rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _table_line(cells: Sequence[str], widths: list[int], right: list[bool]) -> str:
    """One padded table line, trailing spaces removed."""
    padded = [
        " " * (w - _width(c)) + c if r else c + " " * (w - _width(c))
        for c, w, r in zip(cells, widths, right)
    ]
    return "  ".join(padded).rstrip()


def _is_number(term: Term) -> bool:
    """Whether a term is a numeric literal (right-aligned in tables)."""
    return isinstance(term, ox.Literal) and term.datatype.value.removeprefix(
        PREFIXES["xsd"]) in {"integer", "decimal", "double", "float", "int", "long"}


def _width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide CJK characters count twice)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
