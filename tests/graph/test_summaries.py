"""graph.summaries: the pair summaries the build materialises for top-pairs, and their refresh after updates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.query import PREFIXES, open_store, run_named, run_query, update_graph
from graph.summaries import has_summaries, pair_summaries, refresh_summaries

MINI = Path(__file__).parent / "fixtures" / "mini.trig"
NGID = PREFIXES["ngid"]
XI, POUTINE, USA, UKRAINE = (NGID + n for n in ("xi-jinping", "vladimir-poutine", "etats-unis", "ukraine"))
ADD_STATEMENT = """INSERT DATA { GRAPH nga:a3 {
    ngid:statement-new a ng:Statement ; ng:speaker ngid:xi-jinping ; ng:about ngid:ukraine ;
        ng:cue "dire" ; prov:wasDerivedFrom nga:a3 } }"""


def _summary_rows(store: ox.Store) -> list[tuple[str, ...]]:
    result = run_query(store, """SELECT ?rank ?speaker ?target ?statements ?articles ?first ?last WHERE {
        ?p a ng:PairSummary ; ng:pairRank ?rank ; ng:pairSpeaker ?speaker ; ng:pairTarget ?target ;
           ng:statementCount ?statements ; ng:articleCount ?articles ; ng:firstDate ?first ; ng:lastDate ?last }
        ORDER BY ?rank""")
    return [tuple(term.value for term in row) for row in result.rows]


def test_pair_summaries_count_statements_articles_and_dates():
    summaries = pair_summaries(open_store(MINI))
    assert [(s.rank, s.speaker, s.target, s.statements, s.articles, s.first, s.last) for s in summaries] == [
        (1, XI, USA, 3, 3, "2021-12-15", "2024-02-08"),
        (2, POUTINE, XI, 2, 2, "2021-12-15", "2024-02-08"),
        (3, XI, UKRAINE, 1, 1, "2022-02", "2022-02"),
    ]


def test_pair_summaries_leave_out_undated_articles():
    store = open_store(MINI)
    store.update("DELETE WHERE { GRAPH ?g { nga:a2 schema:datePublished ?d } }", prefixes=PREFIXES)
    assert [(s.target, s.statements) for s in pair_summaries(store)] == [(XI, 2), (USA, 2)]  # a tie: by speaker IRI


def test_refresh_summaries_writes_them_into_the_default_graph():
    store = open_store(MINI)
    assert not has_summaries(store)
    assert refresh_summaries(store) == 3
    assert has_summaries(store)
    graphs = {q.graph_name for q in store.quads_for_pattern(None, ox.NamedNode(PREFIXES["ng"] + "pairRank"), None, None)}
    assert graphs == {ox.DefaultGraph()}
    assert _summary_rows(store)[0] == ("1", XI, USA, "3", "3", "2021-12-15", "2024-02-08")
    assert refresh_summaries(store) == 3 and len(_summary_rows(store)) == 3  # replaced, not added


def test_top_pairs_reads_the_summaries_over_the_whole_corpus():
    store = open_store(MINI)
    counted = run_named(store, "top-pairs").rows
    refresh_summaries(store)
    assert run_named(store, "top-pairs").rows == counted
    # proof that the summaries are read: doctor one and the answer follows it
    store.update("DELETE { ?p ng:statementCount 3 } INSERT { ?p ng:statementCount 30 } WHERE { ?p ng:pairRank 1 }",
                 prefixes=PREFIXES)
    assert [row[2].value for row in run_named(store, "top-pairs").rows] == ["30", "2", "1"]
    assert [row[2].value for row in run_named(store, "top-pairs", {"from": "2021"}).rows] == ["3", "2", "1"]


def test_update_refreshes_summaries_of_a_graph_that_has_them():
    store = open_store(MINI)
    refresh_summaries(store)
    run_query(store, ADD_STATEMENT, allow_update=True)
    assert ("3", XI, UKRAINE, "2", "2", "2022-02", "2024-02-08") in _summary_rows(store)


@pytest.mark.parametrize("name", ["graph.trig", "graph.nq"])
def test_update_graph_saves_the_file_atomically_and_in_order(tmp_path, name):
    path = tmp_path / name
    store = open_store(MINI)
    refresh_summaries(store)
    rdf_format = ox.RdfFormat.TRIG if name.endswith(".trig") else ox.RdfFormat.N_QUADS
    path.write_bytes(ox.serialize(store, format=rdf_format))
    result = update_graph(path, ADD_STATEMENT)
    assert result.kind == "update"
    reloaded = open_store(path)
    assert run_query(reloaded, "ASK { ngid:statement-new ng:speaker ngid:xi-jinping }").boolean is True
    assert ("3", XI, UKRAINE, "2", "2", "2022-02", "2024-02-08") in _summary_rows(reloaded)
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left
    again = tmp_path / ("again" + path.suffix)
    shutil.copy(path, again)
    update_graph(again, "DELETE DATA { ngid:nobody rdfs:label 'x' }")  # a no-op update: same bytes
    assert again.read_bytes() == path.read_bytes()


def test_update_graph_changes_a_store_folder_in_place(tmp_path):
    folder = tmp_path / "store"
    writer = ox.Store(str(folder))
    writer.bulk_load(path=str(MINI), format=ox.RdfFormat.TRIG)
    writer.flush()
    del writer
    update_graph(folder, ADD_STATEMENT)
    assert run_query(open_store(folder), "ASK { ngid:statement-new ng:about ngid:ukraine }").boolean is True


def test_pair_summaries_keep_the_busiest_pairs_only():
    assert [s.rank for s in pair_summaries(open_store(MINI), keep=2)] == [1, 2]


def test_top_pairs_limit_is_the_number_of_summarised_pairs():
    from graph.query import named_queries
    from graph.summaries import TOP_PAIRS

    assert named_queries()["top-pairs"].text.rstrip().endswith(f"LIMIT {TOP_PAIRS}")
