"""End to end on the seed articles: one dataset, the output contract, deterministic bytes."""

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graph.build import build
from graph.ns import NG
from graph.ontology import ontology_path

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]


def _store(path):
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def test_build_seeds_five_articles_with_manifest_dates(seed_build):
    store = _store(seed_build.trig)
    dates = {r["source"].value: (r["date"].value, r["date"].datatype.value.rsplit("#", 1)[1]) for r in store.query(
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?source ?date WHERE { ?a a ng:Article ; dcterms:source ?source ; schema:datePublished ?date }")}
    assert dates == {
        "000_a44ec77bc906c037.txt": ("2024-02-08", "date"),
        "001_8eb3afca12c662b1.txt": ("2024-02-08", "date"),
        "002_eb24c521ba7ed0b2.txt": ("2021-12-15", "date"),
        "003_4cef1a2b3bdb8dbb.txt": ("2022-06-15", "date"),
        "004_af7e382373562672.txt": ("2022-12-30", "date"),
    }
    assert seed_build.articles == 5 and seed_build.problems == ()


@pytest.mark.parametrize("name", ["Vladimir Poutine", "Xi Jinping"])
def test_build_one_node_per_leader_speaking_in_several_articles(seed_build, name):
    store = _store(seed_build.trig)
    query = """
    PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT DISTINCT ?actor ?article WHERE {
      VALUES ?wanted { "%s" }
      ?actor rdfs:label|skos:altLabel ?name . FILTER(STR(?name) = ?wanted)
      GRAPH ?article { ?s a ng:Statement ; ng:speaker ?actor }
    }"""
    rows = list(store.query(query % name))
    assert len({r["actor"] for r in rows}) == 1
    assert len({r["article"] for r in rows}) >= 3


def test_build_every_fact_has_evidence_inside_its_article(seed_build):
    store = _store(seed_build.trig)
    query = """
    PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?source ?evidence ?start ?end WHERE {
      GRAPH ?article { ?f ng:evidence ?evidence ; ng:charStart ?start ; ng:charEnd ?end }
      ?article dcterms:source ?source }"""
    rows = list(store.query(query))
    assert rows
    texts = {}
    for row in rows:
        source = row["source"].value
        if source not in texts:
            texts[source] = (ROOT / "seeds" / source).read_text(encoding="utf-8")
        start, end = int(row["start"].value), int(row["end"].value)
        assert texts[source][start:end] == row["evidence"].value


def test_build_is_byte_identical_twice(seed_build, tmp_path):
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=True, use_cache=False)
    assert again.trig.read_bytes() == seed_build.trig.read_bytes()
    assert again.html.read_bytes() == seed_build.html.read_bytes()


def test_build_second_run_reads_the_cache(tmp_path):
    first = build([ROOT / "seeds"], out_dir=tmp_path, render=False)
    second = build([ROOT / "seeds"], out_dir=tmp_path, render=False)
    assert (first.parsed, second.parsed, second.from_cache) == (5, 0, 5)


def test_build_graph_conforms_to_shapes_and_ontology(seed_build):
    pyshacl = pytest.importorskip("pyshacl")
    data = rdflib.Dataset()
    data.parse(seed_build.trig, format="trig")
    union = rdflib.Graph()
    for quad in data.quads((None, None, None, None)):
        union.add(quad[:3])
    shapes = rdflib.Graph().parse(ROOT / "graph" / "shapes.ttl")
    ontology = rdflib.Graph().parse(ontology_path())
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_build_trig_parses_the_same_in_rdflib_and_oxigraph(seed_build):
    data = rdflib.Dataset()
    data.parse(seed_build.trig, format="trig")
    assert len(list(data.quads((None, None, None, None)))) == len(_store(seed_build.trig))


def test_ns_agrees_with_ontology():
    graph = rdflib.Graph().parse(ontology_path())
    defined = {str(s).split("#", 1)[1] for s in graph.subjects() if str(s).startswith(str(NG._NS))}
    assert defined == set(NG.__annotations__)
    with pytest.raises(AttributeError):
        NG.speakr  # a typo is an error, not a new IRI


def test_extractors_do_not_import_rdf_or_html_libraries():
    code = "import sys, extractors.pipeline, extractors.load; print(sorted(m for m in sys.modules if m.split('.')[0] in {'rdflib','pyoxigraph','pyvis','graph'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_cli_query_lists_who_said_what_about_whom(seed_build):
    query = """
    SELECT ?speaker ?target ?evidence WHERE {
      ?s a ng:Statement ; ng:speaker/rdfs:label ?speaker ; ng:about/rdfs:label ?target ; ng:evidence ?evidence .
      FILTER(?speaker = "Xi Jinping")
    } ORDER BY ?target LIMIT 50"""
    out = subprocess.run([sys.executable, "-m", "graph.cli", "query", str(seed_build.trig), query, "--format", "csv"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "speaker,target,evidence"
    assert len(lines) > 3 and all(line.startswith("Xi Jinping,") for line in lines[1:] if line and not line.startswith(" "))


def test_build_view_edges_carry_their_facts(seed_build):
    from graph.project import view_from_store
    from graph.query import open_store

    view = view_from_store(open_store(seed_build.trig))
    facts = {f["id"]: f for f in view["facts"]}
    assert view["edges"]
    for edge in view["edges"]:
        assert edge["count"] == len(edge["facts"]) > 0
        assert all(facts[f]["from"] == edge["from"] and facts[f]["to"] == edge["to"] for f in edge["facts"])


def test_build_records_event_time_of_a_dated_statement(seed_build):
    # 004 (published Friday 2022-12-30): "Vladimir Poutine a déclaré vendredi au président chinois…"
    store = _store(seed_build.trig)
    query = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
    SELECT ?time WHERE { GRAPH <https://w3id.org/newsgraph/article/004_af7e382373562672.txt> {
      ?s a ng:Statement ; ng:cue "déclarer" ; ng:eventTime ?time ; ng:evidence ?e . FILTER(CONTAINS(?e, "vendredi")) } }"""
    assert {row["time"].value for row in store.query(query)} == {"2022-12-30"}


def test_build_store_answers_like_the_trig(tmp_path):
    from graph.query import open_store, run_query

    report = build([ROOT / "seeds"], out_dir=tmp_path, render=False, store_dir=tmp_path / "store")
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=False, store_dir=tmp_path / "store")  # replaces it
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement }"
    from_store = run_query(open_store(tmp_path / "store"), query).rows[0][0].value
    from_trig = run_query(open_store(report.trig), query).rows[0][0].value
    assert from_store == from_trig == str(again.statements)


def test_build_keeps_unnamed_role_speakers_of_two_articles_apart(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lyon.txt").write_text("Le recteur a déclaré que le gouvernement de la France avait eu tort.\n", encoding="utf-8")
    (tmp_path / "in" / "nice.txt").write_text("Le recteur a estimé que la France devait revoir sa réforme.\n", encoding="utf-8")
    report = build([tmp_path / "in"], out_dir=tmp_path / "out", render=True, use_cache=False)
    store = _store(report.trig)
    rows = store.query("""PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?actor ?source WHERE { ?actor rdfs:label "recteur" ; ng:unnamedIn/dcterms:source ?source } ORDER BY ?source""")
    found = [(row["actor"].value.rsplit("/", 1)[-1], row["source"].value) for row in rows]
    assert found == [("recteur-lyon-txt", "lyon.txt"), ("recteur-nice-txt", "nice.txt")]
    page = report.html.read_text(encoding="utf-8")
    assert '"label":"recteur (lyon.txt)"' in page and '"label":"recteur (nice.txt)"' in page
