"""The ready questions rewritten for speed answer exactly as the ones they replace.

``fixtures/queries-before/*.rq`` are the named queries as they were before
the rewrite (three period sums in stance-change, top-pairs always counting).
Both versions run on the seed graph (built by the real pipeline, so it has
the pair summaries) and on a generated graph of 300 articles (bench/sparql.py:
popular actors with hundreds of facts, dates of every precision), for many
actors and parameter sets; the rows must be identical, in the same order.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.query import named_queries, open_store, parse_named_query, run_query
from graph.summaries import RDF_TYPE, PAIR_SUMMARY, has_summaries

ROOT = Path(__file__).resolve().parents[2]
BEFORE = Path(__file__).parent / "fixtures" / "queries-before"
PERIODS = [{}, {"from": "2022"}, {"to": "2021-12"}, {"from": "2018-03", "to": "2021-06-15"}]


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_sparql", ROOT / "bench" / "sparql.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> ox.Store:
    folder = tmp_path_factory.mktemp("generated")
    graph = _bench_module().write_generated(300, folder, seed=3)
    return open_store(graph.trig)


@pytest.fixture(scope="module")
def seeds(seed_build) -> ox.Store:
    return open_store(seed_build.trig)


def _before(name: str):
    return parse_named_query(name, (BEFORE / f"{name}.rq").read_text(encoding="utf-8"))


def _rows(store: ox.Store, named, params: dict[str, str]) -> list[tuple[str, ...]]:
    result = run_query(store, named.text, params=named.bind(params))
    return [tuple("" if term is None else str(term) for term in row) for row in result.rows]


def _actors(store: ox.Store, limit: int) -> list[str]:
    """Labels of the actors in the most facts, then a few rare ones."""
    result = run_query(store, """
        SELECT ?label (COUNT(*) AS ?n) WHERE { ?f ng:speaker|ng:about|ng:subject|ng:object ?a . ?a rdfs:label ?label }
        GROUP BY ?label ORDER BY DESC(?n) ?label""")
    labels = [row[0].value for row in result.rows]
    return labels[:limit] + labels[-3:]


def _cases(store: ox.Store, name: str, limit: int) -> list[dict[str, str]]:
    actors = _actors(store, limit)
    if name == "top-pairs":
        return [{**period, **extra} for period in PERIODS for extra in ({}, {"min": "2"}, {"min": "3"})]
    if name == "stance-change":
        return [{"actor": actor, **period, **extra} for actor in actors for period in PERIODS[:2]
                for extra in ({}, {"period": "year"}, {"period": "day"}, {"target": actors[1]})]
    raise AssertionError(name)


@pytest.mark.parametrize("name", ["stance-change", "top-pairs"])
def test_rewritten_question_answers_as_before_on_the_generated_graph(generated, name):
    old, new = _before(name), named_queries()[name]
    assert old.params == new.params
    compared = 0
    for params in _cases(generated, name, limit=6):
        expected = _rows(generated, old, params)
        assert _rows(generated, new, params) == expected, params
        compared += len(expected)
    assert compared > 50  # the cases found something to compare


@pytest.mark.model
@pytest.mark.parametrize("name", ["stance-change", "top-pairs"])
def test_rewritten_question_answers_as_before_on_the_seeds(seeds, name):
    assert has_summaries(seeds)
    old, new = _before(name), named_queries()[name]
    compared = 0
    for params in _cases(seeds, name, limit=8):
        expected = _rows(seeds, old, params)
        assert _rows(seeds, new, params) == expected, params
        compared += len(expected)
    # the seeds' relations have no stance that changes sign since session 8 (two wrong Consult relations of seed
    # 002 are gone, gold-checked), so there stance-change is compared on empty answers; the generated graph above
    # compares it on more than 50 rows
    assert compared > 0 or name == "stance-change"


@pytest.mark.parametrize("name", ["first-last", "relations-between", "said-about", "said-by-month"])
def test_unchanged_questions_are_still_the_same_text(name):
    assert named_queries()[name].text == (BEFORE / f"{name}.rq").read_text(encoding="utf-8")


def test_top_pairs_counts_when_the_graph_has_no_summaries(generated, tmp_path):
    stripped = ox.Store()
    summaries = {q.subject for q in generated.quads_for_pattern(None, RDF_TYPE, PAIR_SUMMARY, None)}
    stripped.extend(q for q in generated if q.subject not in summaries)
    assert not has_summaries(stripped) and summaries
    old, new = _before("top-pairs"), named_queries()["top-pairs"]
    for params in ({}, {"min": "3"}):
        assert _rows(stripped, new, params) == _rows(generated, old, params) != []
