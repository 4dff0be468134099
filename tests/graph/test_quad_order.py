"""The order of the TriG file: sorted_quads sorts by (graph, subject, predicate, object) in N-Triples form."""

import itertools
import random

import pyoxigraph as ox

from graph.rdf import sorted_quads

_NODES = [ox.NamedNode(iri) for iri in ("http://a.org/x", "http://a.org/x1", "http://a.org/x/y", "http://a.org/x-", "http://a.org/X")]
_BLANKS = [ox.BlankNode(label) for label in ("b", "b1", "b12", "b2", "B", "b_1", "b-1")]
_OBJECTS = [
    *_NODES[:2], *_BLANKS[:3],
    ox.Literal("abc"), ox.Literal("abc", language="fr"), ox.Literal("abc", language="fr-ca"),
    ox.Literal("abc", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("ab"), ox.Literal("abc d"), ox.Literal("abc\n"), ox.Literal("abc\x01"), ox.Literal('ab"c'), ox.Literal("é"),
]
_GRAPHS = [ox.DefaultGraph(), *_NODES[:3], _BLANKS[0], _BLANKS[1]]


def _tuple_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)


def test_sorted_quads_compare_as_the_tuples_of_their_terms():
    quads = [ox.Quad(s, p, o, g) for s, p, o, g in itertools.product([*_NODES, *_BLANKS], _NODES[:3], _OBJECTS, _GRAPHS)]
    random.Random(7).shuffle(quads)
    assert sorted_quads(quads) == sorted(set(quads), key=_tuple_key)


def test_sorted_quads_drop_duplicates():
    quad = ox.Quad(_NODES[0], _NODES[1], ox.Literal("x"))
    assert sorted_quads([quad, quad, ox.Quad(_NODES[0], _NODES[1], ox.Literal("x"), ox.DefaultGraph())]) == [quad]
