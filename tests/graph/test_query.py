"""graph.query: opening stores, running and binding SPARQL, the ready questions, output formats.

Everything runs on tests/graph/fixtures/mini.trig, a handmade three-article
graph that follows the output contract (its header lists the facts).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import InputError, NewsgraphError, QueryError, UsageError
from graph.query import (
    PREFIXES,
    QueryParam,
    bind_params,
    format_result,
    is_update,
    named_queries,
    open_store,
    parse_named_query,
    run_named,
    run_query,
)

MINI = Path(__file__).parent / "fixtures" / "mini.trig"
NGID = PREFIXES["ngid"]
NGA = PREFIXES["nga"]
XI, POUTINE, USA, CHINE, UKRAINE = (NGID + n for n in ("xi-jinping", "vladimir-poutine", "etats-unis", "chine", "ukraine"))
A1, A2, A3 = (NGA + n for n in ("a1", "a2", "a3"))
HOSTILE = '" } ; DROP ALL'


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """The mini graph, loaded once (tests that write use their own copy)."""
    return open_store(MINI)


def values(result, *columns: str) -> list[tuple]:
    """The rows of a SELECT result as plain values (IRIs and literals by their text)."""
    index = [result.variables.index(c) for c in columns] if columns else range(len(result.variables))
    return [tuple(None if row[i] is None else row[i].value for i in index) for row in result.rows]


# -- opening a store ---------------------------------------------------------------------------


def test_open_store_loads_trig_with_one_graph_per_article(store):
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {A1, A2, A3}
    assert len(store) > 100


def test_open_store_loads_nquads(tmp_path):
    path = tmp_path / "mini.nq"
    path.write_bytes(ox.serialize(ox.parse(path=str(MINI), format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS))
    assert len(open_store(path)) == len(open_store(MINI))


def test_open_store_opens_an_oxigraph_folder_read_only(tmp_path):
    folder = tmp_path / "store"
    writer = ox.Store(str(folder))
    writer.bulk_load(path=str(MINI), format=ox.RdfFormat.TRIG)
    writer.flush()
    del writer
    store = open_store(folder)
    assert values(run_named(store, "first-last", {"actor": "Ukraine"}), "first") == [("2022-02",)]
    with pytest.raises(QueryError, match="update failed"):
        run_query(store, "INSERT DATA { <http://a> <http://b> <http://c> }", allow_update=True)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("missing.trig", None, "no such file"),
        ("broken.trig", '@prefix ng: <https://w3id.org/newsgraph/ontology#> .\nng:a { ng:b ng:c "open }\n', "does not parse as TriG"),
        ("notes.txt", "hello", "unsupported file type '.txt'"),
        ("empty-dir", "", "not an Oxigraph store"),
    ],
)
def test_open_store_bad_input_is_one_line_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    if name.endswith("-dir"):
        path.mkdir()
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        open_store(path)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, NewsgraphError)
    assert "\n" not in message and str(path) in message and reason in message


# -- running queries ---------------------------------------------------------------------------


def test_run_query_default_graph_is_the_union_of_article_graphs(store):
    result = run_query(store, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ng:Statement }")
    assert values(result) == [("5",)]


def test_run_query_named_graphs_stay_addressable(store):
    result = run_query(store, "SELECT ?g (COUNT(?r) AS ?n) WHERE { GRAPH ?g { ?r a ng:Relation } } GROUP BY ?g ORDER BY ?g")
    assert values(result) == [(A1, "2"), (A2, "2"), (A3, "2")]


def test_run_query_prefixes_are_prebound_and_a_declaration_wins(store):
    ask = "ASK { ngid:xi-jinping rdfs:label ?l }"
    assert run_query(store, ask).boolean is True
    assert run_query(store, "PREFIX ngid: <http://example.org/> " + ask).boolean is False


def test_run_query_construct_gives_triples(store):
    result = run_query(store, "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a ng:Country ; rdfs:label ?l }")
    assert result.kind == "graph"
    assert {(t.subject.value, t.object.value) for t in result.triples} == {(USA, "États-Unis"), (CHINE, "Chine"), (UKRAINE, "Ukraine")}


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX ex: <http://example.org/#x> # a comment\n DELETE WHERE { ?s ?p ?o }",
        "# only a comment first\nDROP ALL",
        "with <http://g> delete { ?s ?p ?o } where { ?s ?p ?o }",
        "CLEAR DEFAULT",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_run_query_refuses_update_unless_allowed(store, query):
    before = len(store)
    with pytest.raises(QueryError) as caught:
        run_query(store, query)
    assert str(caught.value) == "read-only: SPARQL UPDATE refused; pass --allow-update"
    assert len(store) == before


def test_run_query_accepts_a_declared_empty_or_accented_prefix(store):
    query = "PREFIX : <https://w3id.org/newsgraph/id/> PREFIX élan: <https://w3id.org/newsgraph/id/> ASK { :xi-jinping rdfs:label ?l . élan:chine ?p ?o }"
    assert run_query(store, query).boolean is True


def test_cli_allow_update_saves_the_trig_file(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "graph.trig"
    path.write_bytes(MINI.read_bytes())
    run = subprocess.run([sys.executable, "-m", "graph.cli", "query", str(path),
                          "INSERT DATA { GRAPH nga:a1 { ngid:x rdfs:label 'X' } }", "--allow-update"], capture_output=True, text=True)
    assert run.returncode == 0 and "update applied" in run.stdout, run.stderr
    assert run_query(open_store(path), "ASK { GRAPH nga:a1 { ngid:x rdfs:label 'X' } }").boolean is True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig"]


def test_run_query_applies_update_when_allowed():
    store = open_store(MINI)
    before = len(store)
    result = run_query(store, "INSERT DATA { ngid:x rdfs:label 'X' }", allow_update=True)
    assert result.kind == "update" and len(store) == before + 1


@pytest.mark.parametrize(
    "query, fragment",
    [
        ("SELEC ?s WHERE { ?s ?p ?o }", "malformed query: error at 1:"),
        ("SELECT ?s WHERE { ?s ?p ?o ", "malformed query"),
        ("SELECT ?s WHERE { ?s foo:bar ?o }", "unknown prefix 'foo:' at line 1"),
        ("SELECT ?s WHERE {\n  ?s a ng:Statement ;\n     nope:p ?o }", "unknown prefix 'nope:' at line 3, column 6"),
        ("PREFIX ex: <http://e/> SELECT ?s WHERE { ?s ex:p ?o . ?s rdf:type ?t . ?s ex2:q ?o }", "unknown prefix 'ex2:'"),
        ("SELECT * WHERE { ?s ?p élan:x }", "unknown prefix 'élan:' at line 1, column 24"),
        ("SELECT * WHERE { ?s ?p :x }", "unknown prefix ':' at line 1, column 24"),
        ("SELECT * WHERE { ?s ?p foo: }", "unknown prefix 'foo:'"),
        ('SELECT * WHERE { ?s ?p "a:b"^^nope:t }', "unknown prefix 'nope:'"),
    ],
)
def test_run_query_malformed_is_one_line_query_error(store, query, fragment):
    with pytest.raises(QueryError) as caught:
        run_query(store, query)
    assert isinstance(caught.value, ValueError)
    assert "\n" not in str(caught.value) and fragment in str(caught.value)


@pytest.mark.parametrize("query", ["SELECT ?s WHERE { foo:x ?p ?name }", "SELECT ?name WHERE {\n  ?s ?p ?name ?o }"])
def test_run_query_malformed_with_params_points_into_the_users_text(store, query):
    with pytest.raises(QueryError) as unbound:
        run_query(store, query)
    with pytest.raises(QueryError) as bound:
        run_query(store, query, params={"name": "x"})
    assert str(bound.value) == str(unbound.value)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("PREFIX ex: <http://e/#a> ASK { ?s ?p ?o }", False),
        ("INSERT DATA { <a> <b> <c> }", True),
        ("  # INSERT in a comment\nSELECT ?insert WHERE { }", False),
        ("BASE <http://e/> PREFIX : <http://e/> delete where { ?s ?p ?o }", True),
    ],
)
def test_is_update(query, expected):
    assert is_update(query) is expected


# -- parameters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [HOSTILE, '"} INSERT DATA { <a> <b> <c> } #', "a\\\" } UNION { ?s ?p ?o", "x\n}\n'''", "<http://x> } DROP ALL {"])
def test_params_are_bound_as_data_never_as_query_text(store, value):
    before = len(store)
    result = run_query(store, "SELECT ?name WHERE { }", params={"name": value})
    assert values(result) == [(value,)]  # the value comes back exactly, as one string
    assert values(run_named(store, "said-about", {"actor": value})) == []
    assert len(store) == before


def test_params_reach_filters_and_subqueries(store):
    query = """SELECT ?who ?n WHERE {
        ?who rdfs:label ?label FILTER(STR(?label) = STR(?name))
        { SELECT ?who (COUNT(*) AS ?n) WHERE { ?s ng:speaker ?who ; ng:speaker/rdfs:label ?name } GROUP BY ?who }
    }"""
    assert values(run_query(store, query, params={"name": "Xi Jinping"})) == [(XI, "3")]


@pytest.mark.parametrize(
    "value, term",
    [
        ("Chine", ox.Literal("Chine")),
        ("<https://w3id.org/newsgraph/id/chine>", ox.NamedNode(CHINE)),
        ("ngid:chine", ox.NamedNode(CHINE)),
        ("ng:Support", ox.NamedNode(PREFIXES["ng"] + "Support")),
        ("unknown:thing", ox.Literal("unknown:thing")),
        ("M. Xi: le président", ox.Literal("M. Xi: le président")),
    ],
)
def test_params_plain_text_binds_a_string_and_iri_forms_an_iri(store, value, term):
    result = run_query(store, "SELECT ?v WHERE { }", params={"v": value})
    assert result.rows == [(term,)]


@pytest.mark.parametrize("params, message", [({"a-b": "x"}, "bad parameter name"), ({"v": "<not an iri>"}, "parameter v: bad value")])
def test_params_bad_name_or_iri_is_query_error(store, params, message):
    with pytest.raises(QueryError, match=message):
        run_query(store, "SELECT * WHERE { }", params=params)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT * WHERE { ?s ?p ?v }", 'SELECT * WHERE { VALUES (?v) { ("x") }  ?s ?p ?v }'),
        ("ASK { ?s ?p ?v }", 'ASK { VALUES (?v) { ("x") }  ?s ?p ?v }'),
        ('SELECT (IF(?a < 1, "{", "}") AS ?b) { }', 'SELECT (IF(?a < 1, "{", "}") AS ?b) { VALUES (?v) { ("x") }  }'),
        ("CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }", 'CONSTRUCT { ?s ?p ?v } WHERE { VALUES (?v) { ("x") }  ?s ?p ?v }'),
        ("CONSTRUCT WHERE { ?s ?p ?v }", 'CONSTRUCT WHERE { ?s ?p ?v }\nVALUES (?v) { ("x") }\n'),
        ("# SELECT { in a comment\nSELECT * {}", '# SELECT { in a comment\nSELECT * { VALUES (?v) { ("x") } }'),
    ],
)
def test_bind_params_opens_the_where_group(query, expected):
    assert bind_params(query, {"v": "x"}) == expected


# -- named queries -------------------------------------------------------------------------------


def test_named_queries_are_the_six_ready_questions_with_descriptions():
    queries = named_queries()
    assert sorted(queries) == ["first-last", "relations-between", "said-about", "said-by-month", "stance-change", "top-pairs"]
    assert all(q.description and q.text for q in queries.values())
    assert queries["said-about"].params[0] == QueryParam("actor", True, None, queries["said-about"].params[0].description)
    assert {p.name: p.default for p in queries["stance-change"].params} == {
        "actor": None, "target": "", "from": "0000", "to": "9999", "period": "month"}


def test_named_queries_use_minus_not_filter_not_exists():
    assert not any("NOT EXISTS" in q.text.upper() for q in named_queries().values())


def test_parse_named_query_reads_the_header():
    text = "# description: Say hi.\n# param: who (required) — a name\n# param: n (default: 3)\n# param: x\nSELECT * {}"
    named = parse_named_query("hello", text)
    assert named.description == "Say hi."
    assert named.params == (QueryParam("who", True, None, "a name"), QueryParam("n", False, "3", ""), QueryParam("x", False, None, ""))


@pytest.mark.parametrize(
    "name, params, message",
    [
        ("said-about", {}, "said-about: missing parameter 'actor'"),
        ("said-about", {"actor": "Xi", "speaker": "x"}, "said-about: unknown parameter 'speaker'"),
        ("who-knows", {}, "unknown named query 'who-knows'"),
    ],
)
def test_run_named_checks_parameters(store, name, params, message):
    with pytest.raises(UsageError, match=message):
        run_named(store, name, params)


SAID_ABOUT = ("date", "speaker", "cue", "mode", "article")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"actor": "Xi Jinping"}, [("2021-12-15", POUTINE, "affirmer", "IndirectSpeech", A1),
                                   ("2024-02-08", POUTINE, "déclarer", "DirectQuote", A3)]),
        ({"actor": "M. Xi"}, [("2021-12-15", POUTINE, "affirmer", "IndirectSpeech", A1),
                              ("2024-02-08", POUTINE, "déclarer", "DirectQuote", A3)]),
        ({"actor": "ngid:xi-jinping"}, [("2021-12-15", POUTINE, "affirmer", "IndirectSpeech", A1),
                                        ("2024-02-08", POUTINE, "déclarer", "DirectQuote", A3)]),
        ({"actor": "xi jinping"}, []),  # case as given
        ({"actor": "Etats-Unis"}, []),  # accents as given
        ({"actor": "Washington", "from": "2022"}, [("2022-02", XI, "estimer", "IndirectSpeech", A2),
                                                   ("2024-02-08", XI, "selon", "AccordingTo", A3)]),
        ({"actor": "États-Unis", "to": "2022-02"}, [("2021-12-15", XI, "déclarer", "DirectQuote", A1),
                                                    ("2022-02", XI, "estimer", "IndirectSpeech", A2)]),
        ({"actor": "Ukraine"}, [("2022-02", XI, "estimer", "IndirectSpeech", A2)]),
    ],
)
def test_said_about(store, params, expected):
    result = run_named(store, "said-about", params)
    assert result.variables == ("date", "speaker", "cue", "mode", "quote", "article", "evidence")
    assert values(result, *SAID_ABOUT) == expected


def test_said_about_carries_quote_and_evidence(store):
    (row,) = values(run_named(store, "said-about", {"actor": "Ukraine"}), "quote", "evidence")
    assert row == ("la crise en Ukraine doit être réglée par le dialogue avec Washington",
                   "Xi a estimé que la crise en Ukraine doit être réglée par le dialogue avec Washington.")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"actor": "Xi Jinping"}, [("2021-12", USA, "1"), ("2022-02", USA, "1"), ("2022-02", UKRAINE, "1"), ("2024-02", USA, "1")]),
        ({"actor": "Poutine"}, [("2021-12", XI, "1"), ("2024-02", XI, "1")]),
        ({"actor": "Xi", "from": "2022", "to": "2022"}, [("2022-02", USA, "1"), ("2022-02", UKRAINE, "1")]),
        ({"actor": "Chine"}, []),
    ],
)
def test_said_by_month(store, params, expected):
    assert values(run_named(store, "said-by-month", params)) == expected


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, [(XI, USA, "3", "3", "2021-12-15", "2024-02-08"), (POUTINE, XI, "2", "2", "2021-12-15", "2024-02-08"),
              (XI, UKRAINE, "1", "1", "2022-02", "2022-02")]),
        ({"min": "2"}, [(XI, USA, "3", "3", "2021-12-15", "2024-02-08"), (POUTINE, XI, "2", "2", "2021-12-15", "2024-02-08")]),
        ({"from": "2022", "to": "2022-12"}, [(XI, USA, "1", "1", "2022-02", "2022-02"), (XI, UKRAINE, "1", "1", "2022-02", "2022-02")]),
    ],
)
def test_top_pairs(store, params, expected):
    result = run_named(store, "top-pairs", params)
    assert result.variables == ("speaker", "target", "statements", "articles", "first", "last")
    assert values(result) == expected


RELATIONS = ("date", "subject", "action", "eventType", "negated", "object", "article")
XI_USA = [("2021-12-15", XI, "accuser", "Accuse", "false", USA, A1), ("2022-02", XI, "accuser", "Accuse", "true", USA, A2),
          ("2024-02-08", XI, "menacer", "Threaten", "false", USA, A3)]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"actor1": "Xi Jinping", "actor2": "États-Unis"}, XI_USA),
        ({"actor1": "Washington", "actor2": "Xi"}, XI_USA),  # either direction
        ({"actor1": "Xi Jinping", "actor2": "États-Unis", "event": "accuse"}, XI_USA[:2]),
        ({"actor1": "Xi Jinping", "actor2": "États-Unis", "event": "ng:Threaten"}, XI_USA[2:]),
        ({"actor1": "Vladimir Poutine", "actor2": "Chine"}, [("2021-12-15", POUTINE, "soutenir", "Support", "false", CHINE, A1),
                                                             ("2022-02", POUTINE, "coopérer", "Cooperate", "false", CHINE, A2)]),
        ({"actor1": "Poutine", "actor2": "Xi", "event": "Consult"}, [("2024-02-08", XI, "s'entretenir", "Consult", "false", POUTINE, A3)]),
        ({"actor1": "Chine", "actor2": "Ukraine"}, []),
    ],
)
def test_relations_between(store, params, expected):
    assert values(run_named(store, "relations-between", params), *RELATIONS) == expected


@pytest.mark.parametrize(
    "actor, expected",
    [
        ("Vladimir Poutine", [(POUTINE, "2021-12-15", A1, "2024-02-08", A3, "3", "5")]),
        ("Xi", [(XI, "2021-12-15", A1, "2024-02-08", A3, "3", "9")]),
        ("Ukraine", [(UKRAINE, "2022-02", A2, "2022-02", A2, "1", "1")]),
        ("Pékin", [(CHINE, "2021-12-15", A1, "2022-02", A2, "2", "2")]),
        ("Personne", []),
    ],
)
def test_first_last(store, actor, expected):
    result = run_named(store, "first-last", {"actor": actor})
    assert result.variables == ("who", "first", "firstArticle", "last", "lastArticle", "articles", "facts")
    assert values(result) == expected


STANCE = ("toward", "period1", "stance1", "period2", "stance2", "eventType1", "negated1", "eventType2", "negated2", "article1", "article2")
TURN_1 = (USA, "2021-12", "negative", "2022-02", "positive", "Accuse", "false", "Accuse", "true", A1, A2)
TURN_2 = (USA, "2022-02", "positive", "2024-02", "negative", "Accuse", "true", "Threaten", "false", A2, A3)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"actor": "Xi Jinping"}, [TURN_1, TURN_2]),
        ({"actor": "Xi Jinping", "target": "Washington"}, [TURN_1, TURN_2]),
        ({"actor": "Xi Jinping", "target": "Poutine"}, []),  # one Consult only: no change
        ({"actor": "Xi Jinping", "to": "2022-12"}, [TURN_1]),
        ({"actor": "Xi Jinping", "from": "2022"}, [TURN_2]),
        ({"actor": "Xi Jinping", "period": "year"}, [(USA, "2021", *TURN_1[2:3], "2022", *TURN_1[4:]),
                                                     (USA, "2022", *TURN_2[2:3], "2024", *TURN_2[4:])]),
        ({"actor": "Vladimir Poutine"}, []),  # Support then Cooperate: same sign
    ],
)
def test_stance_change(store, params, expected):
    assert values(run_named(store, "stance-change", params), *STANCE) == expected


def test_stance_change_gives_the_statement_pair_at_the_turn(store):
    (row,) = values(run_named(store, "stance-change", {"actor": "Xi", "from": "2022"}), "date1", "evidence1", "date2", "evidence2")
    assert row == ("2022-02", "Xi n'a pas accusé Washington.", "2024-02-08", "Xi menace les États-Unis de représailles.")


# -- formats --------------------------------------------------------------------------------------


def test_format_csv_follows_the_sparql_csv_format(store):
    result = run_named(store, "said-about", {"actor": "Xi Jinping"})
    text = format_result(result, "csv")
    assert text.startswith("date,speaker,cue,mode,quote,article,evidence\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][:3] == ["2021-12-15", POUTINE, "affirmer"]
    assert rows[2][4] == "Cher ami, nos relations n'ont jamais été aussi bonnes"  # comma inside: quoted, read back whole


def test_format_tsv_uses_rdf_term_syntax(store):
    text = format_result(run_named(store, "first-last", {"actor": "Ukraine"}), "tsv")
    header, row = text.splitlines()
    assert header == "?who\t?first\t?firstArticle\t?last\t?lastArticle\t?articles\t?facts"
    assert row.split("\t")[:3] == [f"<{UKRAINE}>", '"2022-02"', f"<{A2}>"]
    assert row.endswith('"1"^^<http://www.w3.org/2001/XMLSchema#integer>')


def test_format_json_follows_the_sparql_results_json_shape(store):
    result = run_query(store, "SELECT ?a ?date ?src ?none WHERE { ?a schema:datePublished ?date ; dcterms:source ?src } ORDER BY ?a LIMIT 1")
    document = json.loads(format_result(result, "json"))
    assert document == {
        "head": {"vars": ["a", "date", "src", "none"]},
        "results": {"bindings": [{
            "a": {"type": "uri", "value": A1},
            "date": {"type": "literal", "value": "2021-12-15", "datatype": "http://www.w3.org/2001/XMLSchema#date"},
            "src": {"type": "literal", "value": "a1.txt"},
        }]},
    }


def test_format_json_ask_and_language_tags(store):
    assert json.loads(format_result(run_query(store, "ASK { ?s a ng:Article }"), "json")) == {"head": {}, "boolean": True}
    result = run_query(store, 'SELECT ?l WHERE { BIND("Chine"@fr AS ?l) }')
    assert json.loads(format_result(result, "json"))["results"]["bindings"] == [{"l": {"type": "literal", "value": "Chine", "xml:lang": "fr"}}]


def test_format_table_shows_labels_curies_and_aligned_columns(store):
    text = format_result(run_named(store, "top-pairs", {}), "table", store=store)
    assert text.splitlines() == [
        "speaker           target      statements  articles  first       last",
        "----------------  ----------  ----------  --------  ----------  ----------",
        "Xi Jinping        États-Unis           3         3  2021-12-15  2024-02-08",
        "Vladimir Poutine  Xi Jinping           2         2  2021-12-15  2024-02-08",
        "Xi Jinping        Ukraine              1         1  2022-02     2022-02",
        "(3 rows)",
    ]


def test_format_table_cuts_long_text_and_is_deterministic(store):
    result = run_named(store, "said-about", {"actor": "États-Unis"})
    text = format_result(result, "table", store=store, max_width=20)
    assert "« Les États-Unis do…" in text and "nga:a1" in text
    assert "« Les États-Unis doivent" not in text
    assert format_result(result, "table", store=store, max_width=20) == text


def test_format_table_without_store_shows_curies(store):
    text = format_result(run_named(store, "first-last", {"actor": "Chine"}), "table")
    assert "ngid:chine" in text and "(1 row)" in text


def test_format_turtle_for_construct_parses_back(store):
    result = run_query(store, "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a ng:Person ; rdfs:label ?l }")
    text = format_result(result, "turtle")
    prefixes = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes)
    assert {quad.triple for quad in ox.parse(text.encode(), format=ox.RdfFormat.TURTLE)} == set(result.triples)
    assert "ngid:xi-jinping rdfs:label \"Xi Jinping\"" in text
    assert format_result(result, "turtle") == text


@pytest.mark.parametrize(
    "query, fmt, message",
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "turtle", "turtle output is for CONSTRUCT/DESCRIBE"),
        ("CONSTRUCT WHERE { ?s a ng:Article }", "json", "json output is for SELECT/ASK"),
        ("ASK { }", "xml", "unknown format 'xml'"),
    ],
)
def test_format_mismatch_is_usage_error(store, query, fmt, message):
    with pytest.raises(UsageError, match=message):
        format_result(run_query(store, query), fmt)
