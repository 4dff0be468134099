"""`newsgraph serve` over real HTTP on 127.0.0.1: the SPARQL 1.1 Protocol, read-only, limits."""

import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINI = Path(__file__).parent / "fixtures" / "mini.trig"
COUNT_STATEMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint():
    """A real `newsgraph serve` process on a free local port (small row limit to test it)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", str(MINI), "--port", str(port), "--max-rows", "5", "--timeout", "3"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("server did not start: " + process.stderr.read())
    yield base
    process.terminate()
    process.wait(timeout=10)


def _get(url: str, accept: str = "application/sparql-results+json"):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get_content_type(), response.read().decode("utf-8")


def _status(request) -> int:
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error.code
    return 200


def _local_count() -> int:
    from graph.query import open_store, run_query

    return int(run_query(open_store(MINI), COUNT_STATEMENTS).rows[0][0].value)


def test_serve_get_json_matches_the_local_answer(endpoint):
    kind, body = _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": COUNT_STATEMENTS}))
    assert kind == "application/sparql-results+json"
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == _local_count()


def test_serve_post_and_csv_by_accept_header(endpoint):
    request = urllib.request.Request(endpoint + "/sparql", data=COUNT_STATEMENTS.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode())))
    assert rows[0] == ["n"] and int(rows[1][0]) == _local_count()


@pytest.mark.parametrize("accept, media", [("application/sparql-results+xml", "application/sparql-results+xml"),
                                           ("text/tab-separated-values", "text/tab-separated-values")])
def test_serve_other_result_formats(endpoint, accept, media):
    kind, body = _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": COUNT_STATEMENTS}), accept)
    assert kind == media and body.strip()


def test_serve_refuses_updates(endpoint):
    update = urllib.request.Request(endpoint + "/sparql", data=b"update=DROP+ALL", method="POST",
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert _status(update) == 403
    assert _status(endpoint + "/sparql?" + urllib.parse.urlencode({"query": "DROP ALL"})) == 403
    kind, body = _get(endpoint + "/sparql?" + urllib.parse.urlencode({"query": COUNT_STATEMENTS}))
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == _local_count()


def test_serve_limits_result_size_and_reports_bad_queries(endpoint):
    too_many = "SELECT * WHERE { ?s ?p ?o }"
    assert _status(endpoint + "/sparql?" + urllib.parse.urlencode({"query": too_many})) == 413
    assert _status(endpoint + "/sparql?" + urllib.parse.urlencode({"query": "SELEC nothing"})) == 400


def test_serve_names_an_unknown_prefix(endpoint):
    url = endpoint + "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s foo:bar ?o }"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(url, timeout=10)
    assert caught.value.code == 400
    assert caught.value.read().decode() == "malformed query: unknown prefix 'foo:' at line 1, column 22\n"


def test_serve_pages_are_self_contained(endpoint):
    for path in ("/", "/query"):
        kind, body = _get(endpoint + path, "text/html")
        assert kind == "text/html"
        assert "<script src=" not in body and "https://cdn" not in body


def test_serve_answers_a_standard_client(endpoint):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    client = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    client.setQuery("PREFIX ng: <https://w3id.org/newsgraph/ontology#> " + COUNT_STATEMENTS)
    client.setReturnFormat(SPARQLWrapper.JSON)
    answer = client.query().convert()
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == _local_count()


def test_serve_stops_waiting_after_the_time_limit(endpoint):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    started = time.monotonic()
    assert _status(endpoint + "/sparql?" + urllib.parse.urlencode({"query": endless})) == 503
    assert time.monotonic() - started < 9
