"""newsgraph push against a real Oxigraph server (``oxigraph serve`` on a free port of 127.0.0.1)."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.cli import main
from graph.push import EndpointError, GraphStore, push
from graph.query import PREFIXES, named_queries, open_store, run_query

ARTICLE = "https://w3id.org/newsgraph/article/"
NG = "https://w3id.org/newsgraph/ontology#"
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 never goes through a proxy


@pytest.fixture
def oxigraph(tmp_path):
    """A fresh Oxigraph server whose default graph is the union of all graphs (as ``newsgraph query``)."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the Oxigraph server is not installed (pip install 'newsgraph[test]')")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "oxigraph.log").open("wb")
    server = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}",
                               "--union-default-graph"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _DIRECT.open(base + "/", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not start: {(tmp_path / 'oxigraph.log').read_text()[-500:]}")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _remote_rows(base: str, query: str) -> list[tuple]:
    """SELECT over the SPARQL protocol (POST /query), rows as comparable tuples."""
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    request = urllib.request.Request(base + "/query", data=urllib.parse.urlencode({"query": prologue + query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with _DIRECT.open(request, timeout=60) as response:
        answer = json.load(response)
    names = answer["head"]["vars"]
    return sorted(tuple(_remote_term(row.get(n)) for n in names) for row in answer["results"]["bindings"])


def _remote_term(term: dict | None) -> tuple:
    if term is None:
        return ()
    if term["type"] == "uri":
        return ("uri", term["value"])
    if "xml:lang" in term:
        return ("literal", term["value"], "", term["xml:lang"])
    return ("literal", term["value"], term.get("datatype", "http://www.w3.org/2001/XMLSchema#string"), "")


def _local_rows(trig: Path, query: str, params: dict | None = None) -> list[tuple]:
    result = run_query(open_store(trig), query, params=params)
    return sorted(tuple(_local_term(t) for t in row) for row in result.rows)


def _local_term(term) -> tuple:
    if term is None:
        return ()
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if term.language:
        return ("literal", term.value, "", term.language)
    return ("literal", term.value, term.datatype.value, "")


def _remote_quads(base: str) -> set[ox.Quad]:
    request = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with _DIRECT.open(request, timeout=60) as response:
        return set(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))


def _trig(path: Path, quads) -> Path:
    path.write_bytes(ox.serialize(sorted(quads, key=str), format=ox.RdfFormat.TRIG))
    return path


def _with_params(name: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A named query with its parameters bound by a VALUES block (the SPARQL protocol has no substitutions)."""
    text = named_queries()[name].text
    bound = named_queries()[name].bind(params)
    values = "VALUES (" + " ".join(f"?{k}" for k in bound) + ") { (" + " ".join(json.dumps(v) for v in bound.values()) + ") }"
    return text.replace("WHERE {", "WHERE {\n  " + values), bound  # in every group, sub-queries included


QUERIES = {
    "who-said-what": """SELECT ?speaker ?target ?cue ?evidence WHERE {
        ?s a ng:Statement ; ng:speaker/rdfs:label ?speaker ; ng:about/rdfs:label ?target ; ng:cue ?cue ; ng:evidence ?evidence }""",
    "facts-per-article": """SELECT ?article ?source (COUNT(?fact) AS ?facts) WHERE {
        GRAPH ?article { ?fact prov:wasDerivedFrom ?article } ?article dcterms:source ?source } GROUP BY ?article ?source""",
}
NAMED = [("said-about", {"actor": "Xi Jinping"}), ("said-by-month", {"actor": "Vladimir Poutine"}), ("top-pairs", {}),
         ("relations-between", {"actor1": "Xi Jinping", "actor2": "Vladimir Poutine"}), ("first-last", {"actor": "Chine"})]


@pytest.mark.model
def test_push_seed_graph_answers_queries_like_local(oxigraph, seed_build):
    report = push(seed_build.trig, oxigraph + "/store")
    assert report.graphs == 5 and report.deleted == ()
    assert _remote_quads(oxigraph) == set(ox.parse(path=str(seed_build.trig), format=ox.RdfFormat.TRIG))
    for name, query in QUERIES.items():
        local = _local_rows(seed_build.trig, query)
        assert local, name
        assert _remote_rows(oxigraph, query) == local, name
    for name, params in NAMED:
        remote_text, bound = _with_params(name, params)
        local = _local_rows(seed_build.trig, named_queries()[name].text, bound)
        assert local, name
        assert _remote_rows(oxigraph, remote_text) == local, name


@pytest.mark.model
def test_push_again_replaces_the_changed_article_graph(oxigraph, seed_build, tmp_path):
    push(seed_build.trig, oxigraph + "/store")
    quads = set(ox.parse(path=str(seed_build.trig), format=ox.RdfFormat.TRIG))
    changed = ox.NamedNode(ARTICLE + "000_a44ec77bc906c037.txt")
    old = {q for q in quads if q.graph_name == changed}
    new = {ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value + " (corrigé)"), changed)
           if q.predicate.value == NG + "evidence" else q for q in old}
    assert old - new  # the article's evidence sentences changed
    version2 = (quads - old) | new
    report = push(_trig(tmp_path / "v2.trig", version2), oxigraph + "/store")
    assert report.graphs == 5 and report.deleted == ()
    assert _remote_quads(oxigraph) == version2  # the old graph was replaced, not appended to


def test_push_removes_graphs_of_articles_gone_and_keeps_the_default_graph(oxigraph, tmp_path):
    def article(name: str, label: str) -> set[ox.Quad]:
        node = ox.NamedNode(ARTICLE + name)
        fact = ox.NamedNode(f"https://w3id.org/newsgraph/id/statement-{name}")
        return {ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(NG + "Article")),
                ox.Quad(fact, ox.NamedNode(NG + "quote"), ox.Literal(label), node)}

    both = _trig(tmp_path / "both.trig", article("a", "un") | article("b", "deux"))
    only_b = _trig(tmp_path / "b.trig", article("b", "deux bis"))
    assert push(both, oxigraph + "/store").graphs == 2
    report = push(only_b, oxigraph + "/store")
    assert report.deleted == (ARTICLE + "a",)
    assert _remote_quads(oxigraph) == article("b", "deux bis")


def test_push_default_graph_into_a_named_graph(oxigraph, tmp_path):
    node = ox.NamedNode(ARTICLE + "a")
    typed = ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(NG + "Article"))
    trig = _trig(tmp_path / "a.trig", {typed})
    meta = "https://example.org/newsgraph/meta"
    push(trig, oxigraph + "/store", default_graph=meta)
    assert _remote_quads(oxigraph) == {ox.Quad(typed.subject, typed.predicate, typed.object, ox.NamedNode(meta))}
    assert GraphStore(oxigraph + "/store").articles(meta) == {ARTICLE + "a"}


def test_cli_push_prints_one_summary_line(oxigraph, tmp_path, capsys):
    node = ox.NamedNode(ARTICLE + "a")
    trig = _trig(tmp_path / "a.trig", {ox.Quad(node, ox.NamedNode(NG + "quote"), ox.Literal("x"), node)})
    assert main(["push", str(trig), "--endpoint", oxigraph + "/store"]) == 0
    assert capsys.readouterr().out.startswith(f"pushed 1 article graphs and the default graph (1 triples) to {oxigraph}/store")


def test_push_to_an_unreachable_store_is_one_line_error(tmp_path, capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    trig = _trig(tmp_path / "a.trig", set())
    with pytest.raises(EndpointError, match="cannot reach the store"):
        push(trig, f"http://127.0.0.1:{port}/store", timeout=5)
    assert main(["push", str(trig), "--endpoint", f"http://127.0.0.1:{port}/store"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("newsgraph: error:") and error.count("\n") == 1


@pytest.mark.parametrize("endpoint", ["ftp://host/store", "localhost:7878/store", "http://host/store?x=1"])
def test_push_rejects_an_endpoint_that_is_not_a_service_url(endpoint, tmp_path):
    with pytest.raises(ValueError, match="--endpoint"):
        push(_trig(tmp_path / "a.trig", set()), endpoint)
