"""The diff between two periods: on a handmade dataset, its formats, the CLI, and the seeds."""

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.cli import main
from graph.diff import Evidence, diff, format_diff, format_json, format_text
from graph.diffrdf import diff_iri, diff_quads
from graph.diffview import DIFF_COLORS, diff_view, period_view
from graph.periods import parse_period
from graph.query import open_store
from graph.render import render_html

FIXTURE = Path(__file__).parent / "fixtures" / "diff_small.trig"
ID = "https://w3id.org/newsgraph/id/"
NG = "https://w3id.org/newsgraph/ontology#"


@pytest.fixture(scope="module")
def store():
    return open_store(FIXTURE)


def _facts(facts):
    return {(f.kind, f.subject, f.predicate, f.object, f.negated) for f in facts}


def _diff(store, a="2021-12", b="2024-02", **kw):
    return diff(store, parse_period(a), parse_period(b), **kw)


# -- comparing by meaning ------------------------------------------------------------------------


def test_diff_added_removed_kept_by_meaning(store):
    result = _diff(store)
    assert _facts(result.added) == {
        ("statement", "Kremlin", "déclarer", "États-Unis", False),
        ("relation", "États-Unis", "Coerce", "Chine", True),
    }
    assert _facts(result.removed) == {
        ("statement", "Vladimir Poutine", "déclarer", "OTAN", False),
        ("statement", "Vladimir Poutine", "dire", "Xi Jinping", False),
        ("relation", "États-Unis", "Coerce", "Chine", False),
    }
    assert _facts(result.kept) == {
        ("statement", "Youri Ouchakov", "déclarer, selon", "États-Unis", False),
        ("relation", "Xi Jinping", "Support", "Vladimir Poutine", False),
    }


def test_diff_statement_is_speaker_and_about_whatever_the_cue(store):
    """"selon" in 2021 and "déclarer" in 2024: the same fact, kept, with both cues."""
    kept = {f.subject: f for f in _diff(store).kept}
    ushakov = kept["Youri Ouchakov"]
    assert ushakov.subject_id == ID + "youri-ouchakov"
    assert ushakov.predicate == "déclarer, selon"
    assert [(e.article, e.date) for e in ushakov.evidence] == [("a1.txt", "2021-12-15"), ("a3.txt", "2024-02-08")]
    assert ushakov.facts == (ID + "statement-a1-2", ID + "statement-a3-2")


def test_diff_negated_relation_is_another_fact(store):
    result = _diff(store)
    coerce = [f for f in result.added + result.removed if f.predicate == "Coerce"]
    assert sorted((f.negated, f in result.added) for f in coerce) == [(False, False), (True, True)]


def test_diff_statement_without_about_is_not_a_fact(store):
    result = _diff(store)
    assert all("statement-a3-3" not in iri for f in result.added + result.kept for iri in f.facts)


def test_diff_evidence_names_article_date_and_sentence(store):
    removed = {f.object: f for f in _diff(store).removed if f.kind == "statement"}
    assert removed["OTAN"].evidence == [
        Evidence("a1.txt", "2021-12-15", "Poutine a déclaré que l'OTAN ne doit pas s'étendre.")]


def test_diff_partial_and_undated_articles_are_left_out_and_counted(store):
    result = _diff(store)
    assert result.after_articles.inside == ("a3.txt",)
    assert result.after_articles.partial == ("a4.txt",)  # dated 2024 only: maybe not February
    assert result.after_articles.undated == ("a5.txt",)
    assert all(e.article != "a4.txt" for f in result.added + result.kept for e in f.evidence)


def test_diff_whole_year_takes_the_year_dated_article(store):
    result = _diff(store, "2021-12", "2024")
    assert ("statement", "Vladimir Poutine", "déclarer", "OTAN", False) in _facts(result.kept)


def test_diff_cumulative_runs_each_side_from_the_beginning(store):
    result = _diff(store, cumulative=True)
    assert (result.before.text, result.after.text) == ("..2021-12", "..2024-02")
    assert result.removed == []
    assert ("relation", "Xi Jinping", "Consult", "Vladimir Poutine", False) in _facts(result.added)  # 2022-06
    assert len(result.kept) == 5


@pytest.mark.parametrize("period", ["2021-12", "2021-12-15", "2024", "2021..2024", "..2022", "2022-06-15.."])
def test_diff_same_period_keeps_everything_of_the_articles_inside(store, period):
    result = _diff(store, period, period)
    assert result.added == [] and result.removed == []
    articles = {e.article for f in result.kept for e in f.evidence}
    assert articles == set(result.before_articles.inside) - {"a5.txt"}


def test_diff_sorted_and_deterministic(store):
    first, second = _diff(store), _diff(store)
    assert format_json(first) == format_json(second)
    for facts in (first.added, first.removed, first.kept):
        kinds = [f.kind for f in facts]
        assert kinds == sorted(kinds, key=lambda k: k != "statement")


# -- formats ---------------------------------------------------------------------------------------


def test_diff_json_has_exactly_the_keys_of_the_issue(store):
    data = json.loads(format_json(_diff(store)))
    assert list(data) == ["from", "to", "added", "removed", "kept"]
    assert (data["from"], data["to"]) == ("2021-12", "2024-02")
    fact = data["added"][0]
    assert list(fact) == ["kind", "subject", "predicate", "object", "negated", "evidence"]
    assert fact == {
        "kind": "statement", "subject": "Kremlin", "predicate": "déclarer", "object": "États-Unis", "negated": False,
        "evidence": [{"article": "a3.txt", "date": "2024-02-08",
                      "sentence": "Ils ont rejeté l'ingérence des États-Unis, a déclaré le Kremlin."}],
    }


def test_diff_text_has_sections_with_counts(store):
    text = format_text(_diff(store))
    lines = text.splitlines()
    assert lines[0] == "diff 2021-12 → 2024-02: 2 added, 3 removed, 2 kept"
    assert [line for line in lines if line and line[0] != " "][1:] == ["added (2)", "removed (3)", "kept (2)"]
    assert "1 partly in the period (a4.txt)" in text
    assert "  + statement Kremlin —[déclarer]→ États-Unis" in lines


def test_diff_trig_points_at_the_fact_nodes_and_stands_alone(store):
    result = _diff(store)
    rdf = ox.Store()
    rdf.load(format_diff(result, "trig", store=store).encode(), format=ox.RdfFormat.TRIG)
    node = diff_iri(result)
    added = {q.object.value for q in rdf.quads_for_pattern(node, ox.NamedNode(NG + "added"), None, ox.DefaultGraph())}
    assert added == {ID + "statement-a3-1", ID + "relation-a3-2"}
    ask = """PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ASK { ?d a ng:Diff ; ng:fromPeriod "2021-12" ; ng:toPeriod "2024-02" ; ng:removed ?f .
          GRAPH <https://w3id.org/newsgraph/article/a1.txt> { ?f ng:speaker ?s ; ng:about ?o ; ng:evidence ?e }
          ?s rdfs:label "Vladimir Poutine" . ?o rdfs:label "OTAN" }"""
    assert rdf.query(ask)
    assert diff_quads(result, store) == diff_quads(_diff(store), store)  # deterministic


def test_diff_trig_terms_are_in_the_ontology():
    from graph.ns import NG as ns

    assert all(str(getattr(ns, term)).startswith(NG) for term in ("Diff", "added", "removed", "kept", "fromPeriod", "toPeriod"))


def test_diff_html_view_marks_every_fact_and_edge(store):
    view = diff_view(store, _diff(store))
    marks = {f["id"]: f["diff"] for f in view["facts"]}
    assert sorted(set(marks.values())) == ["added", "kept", "removed"]
    assert {a["id"] for a in view["articles"]} == {"a1.txt", "a2.txt", "a3.txt"}
    assert len(view["edges"]) == 7  # one per fact by meaning
    for edge in view["edges"]:
        assert edge["facts"] and {marks[i] for i in edge["facts"]} == {edge["diff"]}
    html = render_html(view, title="diff")
    assert '"diff":"removed"' in html and "diff-legend" in html


def test_diff_html_format_renders_a_page(store):
    page = format_diff(_diff(store), "html", store=store)
    assert page.startswith("<!DOCTYPE html>") and "newsgraph diff 2021-12 → 2024-02" in page


def test_diff_period_view_keeps_articles_wholly_inside(store):
    view = period_view(store, parse_period("2024"))
    assert [a["id"] for a in view["articles"]] == ["a3.txt", "a4.txt"]
    assert {f["article"] for f in view["facts"]} == {"a3.txt", "a4.txt"}
    assert all("diff" not in f for f in view["facts"])


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_diff_page_colours_edges_and_shows_a_legend(store, tmp_path):
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "diff.html"
    page_path.write_text(format_diff(_diff(store), "html", store=store), encoding="utf-8")
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
            page.goto(page_path.as_uri())
            page.wait_for_function("() => window.newsgraph && window.newsgraph.ready === true", timeout=20_000)
            counts = page.evaluate("() => window.newsgraph.diff.counts")
            colours = page.evaluate("() => window.newsgraph.edges.get().map(e => [e.id, e.color.color, e.color.opacity])")
            edge_marks = page.evaluate("() => window.newsgraph.diff.edgeMark")
            legend = page.inner_text("#diff-legend")
            page.evaluate("() => window.newsgraph.selectNode('%syouri-ouchakov')" % ID)
            badges = page.evaluate("() => Array.from(document.querySelectorAll('#panel-body .diff-badge')).map(b => b.textContent)")
        finally:
            browser.close()
    assert errors == []
    assert counts == {"added": 2, "removed": 3, "kept": 2}
    for edge_id, colour, opacity in colours:
        mark = edge_marks[edge_id]
        assert colour == DIFF_COLORS[mark] and (opacity < 1) is (mark == "kept")
    assert "Added" in legend and "Removed" in legend and "Kept" in legend
    assert badges == ["kept", "kept"]


# -- command line ------------------------------------------------------------------------------------


def test_diff_cli_json_to_stdout(capsys):
    assert main(["diff", str(FIXTURE), "--from", "2021-12", "--to", "2024-02", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["subject"] for f in data["added"]] == ["Kremlin", "États-Unis"]


def test_diff_cli_writes_a_file(tmp_path, capsys):
    out = tmp_path / "diff.trig"
    assert main(["diff", str(FIXTURE), "--from", "2021-12", "--to", "2024-02", "--format", "trig", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"trig: {out}"
    assert len(open_store(out)) > 0


def test_diff_cli_bad_period_is_one_line_and_exit_2(capsys):
    assert main(["diff", str(FIXTURE), "--from", "2021-13", "--to", "2024-02"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsgraph: error: period '2021-13'")


def test_diff_cli_render_only_a_period(tmp_path, capsys):
    out = tmp_path / "page.html"
    assert main(["render", str(FIXTURE), "--from", "2024", "--to", "2024", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "a4.txt" in page and "a1.txt" not in page


# -- done when (issue 5): the seed graph ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_diff(seed_build):
    store = open_store(seed_build.trig)
    return store, diff(store, parse_period("2021-12"), parse_period("2024-02"))


def _ushakov(store) -> set[str]:
    rows = store.query("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?actor WHERE { ?actor rdfs:label|skos:altLabel ?name .
        FILTER(STR(?name) IN ("Yury Ushakov", "Youri Ouchakov", "Ushakov", "Ouchakov")) }""")
    return {r["actor"].value for r in rows}


@pytest.mark.model
def test_diff_seeds_kremlin_and_ushakov_2024_statements_added(seed_diff):
    store, result = seed_diff
    (ushakov,) = _ushakov(store)
    added = [f for f in result.added if f.kind == "statement"]
    assert any(f.subject == "Kremlin" for f in added)
    ushakov_2024 = [f for f in added if f.subject_id == ushakov]
    assert ushakov_2024 and all(e.date == "2024-02-08" for f in ushakov_2024 for e in f.evidence)


@pytest.mark.model
def test_diff_seeds_putin_december_2021_statements_about_nato_removed(seed_diff):
    _, result = seed_diff
    removed = [f for f in result.removed if (f.kind, f.subject, f.object) == ("statement", "Vladimir Poutine", "OTAN")]
    assert removed and all(e.date == "2021-12-15" for f in removed for e in f.evidence)


@pytest.mark.model
def test_diff_seeds_ushakov_one_actor_present_in_both_periods(seed_diff):
    """Yury Ushakov (001, 2024) and Youri Ouchakov (002, 2021) are one node, speaking on both sides."""
    store, result = seed_diff
    (ushakov,) = _ushakov(store)
    before = {f.subject_id for f in result.removed + result.kept}
    after = {f.subject_id for f in result.added + result.kept}
    assert ushakov in before and ushakov in after
    articles = {e.article for f in result.added + result.removed + result.kept if f.subject_id == ushakov for e in f.evidence}
    assert {"001_8eb3afca12c662b1.txt", "002_eb24c521ba7ed0b2.txt"} <= articles


@pytest.mark.model
def test_diff_seeds_cli_text(seed_build, capsys):
    assert main(["diff", str(seed_build.trig), "--from", "2021-12", "--to", "2024-02"]) == 0
    text = capsys.readouterr().out
    added, removed = text.split("\nremoved (")[0], text.split("\nremoved (")[1].split("\nkept (")[0]
    assert "+ statement Kremlin —[" in added and "+ statement Youri Ouchakov —[" in added
    assert "- statement Vladimir Poutine —[" in removed and "]→ OTAN" in removed
