"""A diff as RDF (``newsgraph diff --format trig``), so it can be queried with SPARQL.

One ``ng:Diff`` node in the default graph points with ``ng:added``,
``ng:removed`` and ``ng:kept`` at the fact nodes of the dataset (their IRIs
are reused, not copied under new names). The facts themselves, with their
article graphs, the articles' metadata and the actors' labels are copied from
the store, so the file stands alone and follows the output contract. Marks
are given per fact by meaning, so a statement node about two actors can be
listed under two marks (kept for one actor, added for the other)::

    SELECT ?speaker ?evidence WHERE {
      ?diff a ng:Diff ; ng:added ?s . ?s ng:speaker/rdfs:label ?speaker ; ng:evidence ?evidence }
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pyoxigraph as ox

from graph.diff import DiffResult
from graph.ns import NG
from graph.rdf import ID, PREFIXES, RDF_TYPE, RDFS, SKOS

_DEFAULT = ox.DefaultGraph()


def diff_iri(result: DiffResult) -> ox.NamedNode:
    """Stable IRI of a diff, from its two periods' exact bounds."""
    key = "|".join(str(x) for x in (result.before.start, result.before.end, result.after.start, result.after.end))
    return ox.NamedNode(f"{ID}diff-{hashlib.sha1(key.encode()).hexdigest()[:16]}")


def diff_quads(result: DiffResult, store: ox.Store) -> list[ox.Quad]:
    """The diff node, the facts it points at and what they need (articles, actors); sorted."""
    node = diff_iri(result)
    quads = {
        ox.Quad(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(NG.Diff), _DEFAULT),
        ox.Quad(node, ox.NamedNode(NG.fromPeriod), ox.Literal(result.before.text), _DEFAULT),
        ox.Quad(node, ox.NamedNode(NG.toPeriod), ox.Literal(result.after.text), _DEFAULT),
    }
    facts: set[str] = set()
    for name in ("added", "removed", "kept"):
        predicate = ox.NamedNode(NG[name])
        for fact in getattr(result, name):
            for iri in fact.facts:
                quads.add(ox.Quad(node, predicate, ox.NamedNode(iri), _DEFAULT))
                facts.add(iri)
    quads.update(_copied(store, facts))
    return sorted(quads, key=_sort_key)


def format_trig(result: DiffResult, store: ox.Store) -> str:
    """The diff as TriG text (deterministic)."""
    return ox.serialize(diff_quads(result, store), format=ox.RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8")


def _copied(store: ox.Store, facts: set[str]) -> Iterator[ox.Quad]:
    articles: set[ox.NamedNode] = set()
    actors: set[ox.NamedNode] = set()
    for iri in sorted(facts):
        for quad in store.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            yield quad
            if isinstance(quad.graph_name, ox.NamedNode):
                articles.add(quad.graph_name)
            if isinstance(quad.object, ox.NamedNode) and quad.object.value.startswith(ID):
                actors.add(quad.object)
    for node in sorted(articles | actors, key=lambda n: n.value):
        for quad in store.quads_for_pattern(node, None, None, _DEFAULT):
            if node in articles or quad.predicate.value in (RDF_TYPE, RDFS + "label", SKOS + "altLabel"):
                yield quad


def _sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return (graph, str(quad.subject), str(quad.predicate), str(quad.object))
