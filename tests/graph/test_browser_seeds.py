"""The explorer of the real seed graph in Debian's Chromium (issue 6's acceptance checks).

Set NEWSGRAPH_SCREENSHOT=1 to also refresh docs/screenshot.png (the README's picture).
"""

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.build import build
from test_browser import CHROMIUM, chromium, click_edge, click_node, open_page, panel_text, screenshot, search, set_period

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (scripts/install-chromium.sh)"),
]


@pytest.fixture(scope="module")
def browser():
    with chromium() as instance:
        yield instance


def _actors_with_facts(trig: Path) -> int:
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    query = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
    SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g {
      { ?f ng:speaker ?a ; ng:about ?x } UNION { ?f ng:about ?a } UNION { ?f ng:subject ?a } UNION { ?f ng:object ?a } } }"""
    return int(next(iter(store.query(query)))["n"].value)


def test_seed_page_loads_offline_with_every_actor(browser, seed_build):
    with open_page(browser, seed_build.html) as session:
        count = session.page.evaluate("() => window.newsgraph.nodes.length")
        assert count == _actors_with_facts(seed_build.trig)
        assert session.blocked == [] and session.errors == []


def test_seed_search_by_transliteration_selects_ushakov(browser, seed_build):
    with open_page(browser, seed_build.html) as session:
        (selected,) = search(session.page, "Ouchakov")
        label = session.page.evaluate("(id) => window.newsgraph.nodes.get(id).label", selected)
        alt = session.page.evaluate("(id) => window.newsgraph.nodes.get(id).altLabels", selected)
        assert {label, *alt} >= {"Yury Ushakov", "Youri Ouchakov"}


def test_seed_putin_xi_edge_shows_a_seed_sentence(browser, seed_build):
    seeds = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt"))
    with open_page(browser, seed_build.html) as session:
        click_edge(session.page, "Vladimir Poutine", "Xi Jinping")
        evidence = session.page.eval_on_selector_all("#panel .evidence", "els => els.map(e => e.textContent)")
        assert evidence and all(sentence.strip() in seeds for sentence in evidence)


def test_seed_date_filter_hides_2021_facts(browser, seed_build):
    with open_page(browser, seed_build.html) as session:
        page = session.page
        dates_before = page.evaluate("() => window.newsgraph.data.facts.filter(f => window.newsgraph.visibleFactIds().includes(f.id)).map(f => f.date)")
        assert any(d and d.startswith("2021") for d in dates_before)
        set_period(page, "2022", "2024")
        page.wait_for_timeout(300)
        dates_after = page.evaluate("() => window.newsgraph.data.facts.filter(f => window.newsgraph.visibleFactIds().includes(f.id)).map(f => f.date)")
        assert dates_after and not any(d and d.startswith("2021") for d in dates_after)


def test_article_with_script_payload_runs_nothing(browser, tmp_path):
    article = tmp_path / "payload.txt"
    article.write_text(
        "Le président Emmanuel Macron a déclaré à Olaf Scholz que « <script>alert(1)</script> "
        "et <img src=x onerror=alert(2)> sont des attaques inacceptables ».\n", encoding="utf-8")
    report = build([article], out_dir=tmp_path / "out", date="2024-01-01")
    assert report.statements >= 1
    with open_page(browser, report.html) as session:
        click_node(session.page, "Emmanuel Macron")
        session.page.wait_for_timeout(200)
        assert "<script>alert(1)</script>" in panel_text(session.page)
        assert session.dialogs == [] and session.errors == []
        assert session.page.evaluate("() => document.querySelectorAll('#panel img, #panel script').length") == 0


@pytest.mark.skipif(not os.environ.get("NEWSGRAPH_SCREENSHOT"), reason="set NEWSGRAPH_SCREENSHOT=1 to refresh docs/screenshot.png")
def test_seed_screenshot_for_readme(browser, seed_build):
    png = screenshot(seed_build.html, ROOT / "docs" / "screenshot.png", browser=browser, edge=("Vladimir Poutine", "Xi Jinping"))
    assert png.stat().st_size > 10_000
