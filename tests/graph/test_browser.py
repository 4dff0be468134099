"""The explorer page in a real headless Chromium (Debian's, driven by Playwright).

The helpers take any rendered page, so the same checks can run on the seed
graph:

    with chromium() as browser, open_page(browser, "out/graph.html") as s:
        assert search(s.page, "Ouchakov") == [ushakov_iri]
        click_edge(s.page, "Vladimir Poutine", "Xi Jinping")
        assert s.blocked == [] and s.errors == [] and s.dialogs == []

The page forbids eval (Content-Security-Policy): give Playwright functions
(``"() => window.newsgraph.ready"``), not bare expressions, in
``wait_for_function``.
"""

from __future__ import annotations

import json
import random
import struct
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

from graph.render import write_html

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 800}
FIXTURE = Path(__file__).parent / "fixtures" / "view_small.json"
ID = "https://w3id.org/newsgraph/id/"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium (scripts/install-chromium.sh)"),
]


# -- helpers (reusable on any rendered page) ------------------------------------


@dataclass
class Session:
    """An open explorer page and what it tried to do."""

    page: object
    blocked: list[str] = field(default_factory=list)  # outside requests (all aborted)
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt messages


@contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium, headless, launched by Playwright (never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def open_page(browser, html_path: str | Path, *, timeout_ms: int = 20_000) -> Iterator[Session]:
    """Open ``html_path`` with every non-file request blocked; wait until drawn."""
    page = browser.new_page(viewport=VIEWPORT)
    session = Session(page)

    def on_request(request) -> None:
        if not request.url.startswith(("file:", "data:", "about:")):
            session.blocked.append(request.url)

    def route(route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    def on_dialog(dialog) -> None:
        session.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("request", on_request)
    page.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and session.errors.append(msg.text))
    page.on("pageerror", lambda exc: session.errors.append(str(exc)))
    page.on("dialog", on_dialog)
    try:
        page.goto(Path(html_path).resolve().as_uri())
        page.wait_for_function("() => window.newsgraph && window.newsgraph.ready === true",
                               timeout=timeout_ms)
        yield session
    finally:
        page.close()


def search(page, text: str) -> list[str]:
    """Type ``text`` in the search box, press Enter; the selected node ids."""
    page.fill("#search", text)
    page.press("#search", "Enter")
    page.wait_for_function("() => window.newsgraph.state.selection !== null")
    return page.evaluate("() => window.newsgraph.network.getSelectedNodes()")


def edge_ids(page, label_a: str, label_b: str, *, kind: str | None = None,
             event_type: str | None = None) -> list[str]:
    """Ids of the edges between the actors labelled ``label_a`` and ``label_b``
    (either direction), optionally of one ``kind`` (statement or relation) and
    ``event_type``; the edges with most facts first."""
    return page.evaluate("""([a, b, kind, type]) => {
        const ng = window.newsgraph;
        const ids = ng.nodes.get({filter: n => n.label === a || n.label === b}).map(n => n.id);
        return ng.edges.get({filter: e => ids.includes(e.from) && ids.includes(e.to) && e.from !== e.to
                             && (!kind || e.kind === kind) && (!type || e.eventType === type)})
            .sort((x, y) => y.count - x.count).map(e => e.id);
    }""", [label_a, label_b, kind, event_type])


def click_edge(page, label_a: str, label_b: str, *, kind: str | None = None,
               event_type: str | None = None) -> str:
    """Select the edge between two actors the way a click on it does; its id."""
    ids = edge_ids(page, label_a, label_b, kind=kind, event_type=event_type)
    assert ids, f"no edge between {label_a!r} and {label_b!r}"
    assert page.evaluate("(id) => window.newsgraph.selectEdge(id)", ids[0])
    return ids[0]


def node_point(page, label: str) -> dict:
    """Where the node labelled ``label`` is drawn, in page coordinates."""
    return page.evaluate("""(label) => {
        const ng = window.newsgraph;
        const node = ng.nodes.get({filter: n => n.label === label})[0];
        const dom = ng.network.canvasToDOM(ng.network.getPosition(node.id));
        const box = document.querySelector("#network canvas").getBoundingClientRect();
        return {id: node.id, x: box.left + dom.x, y: box.top + dom.y};
    }""", label)


def click_node(page, label: str) -> str:
    """A real mouse click on the node labelled ``label``; its id."""
    point = node_point(page, label)
    page.mouse.click(point["x"], point["y"])
    return point["id"]


def set_period(page, start: str, end: str) -> None:
    """Move the period sliders to the article dates inside [start, end]
    (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), as a user dragging them would."""
    page.evaluate("""([start, end]) => {
        const lo = d => d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d;
        const hi = d => d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d;
        const dates = window.newsgraph.dates;
        const a = dates.findIndex(d => lo(d) >= lo(start));
        let b = -1;
        dates.forEach((d, i) => { if (hi(d) <= hi(end)) b = i; });
        if (a < 0 || b < a) throw new Error("no article date between " + start + " and " + end);
        for (const [id, value] of [["#date-from", a], ["#date-to", b]]) {
            const input = document.querySelector(id);
            input.value = String(value);
            input.dispatchEvent(new Event("input", {bubbles: true}));
            input.dispatchEvent(new Event("change", {bubbles: true}));  // large pages apply on release
        }
    }""", [start, end])


def panel_text(page) -> str:
    return page.inner_text("#panel")


def screenshot(html_path: str | Path, png_path: str | Path, *, browser=None,
               edge: tuple[str, str] | None = None) -> Path:
    """Save a 1280x800 PNG of the page once drawn, with the facts of the
    busiest ``edge`` between two actors (labels) in the panel if given.
    Launches Chromium unless a ``browser`` is passed."""
    if browser is None:
        with chromium() as own:
            return screenshot(html_path, png_path, browser=own, edge=edge)
    with open_page(browser, html_path) as session:
        if edge:
            click_edge(session.page, *edge)
        session.page.wait_for_timeout(300)  # let the selection redraw
        session.page.screenshot(path=str(png_path))
    return Path(png_path)


def synthetic_view(actors: int, facts: int, *, seed: int = 1) -> dict:
    """A deterministic random view with a few hubs (for scale tests)."""
    rnd = random.Random(seed)
    types, events = ["Person", "Organization", "Country", "Place"], ["Support", "Consult", "Accuse", "Coerce"]
    nodes = [{"id": f"{ID}n{i}", "label": f"Acteur {i}", "type": rnd.choice(types), "altLabels": [f"A{i}"],
              "size": 0, "x": rnd.random(), "y": rnd.random(), "group": i % 9} for i in range(actors)]
    dates = [f"{y}-{m:02d}-15" for y in range(2019, 2025) for m in range(1, 13)]
    articles = [{"id": f"{i:05d}.txt", "iri": f"https://w3id.org/newsgraph/article/{i:05d}.txt",
                 "date": rnd.choice(dates), "publisher": None, "title": None} for i in range(facts // 5)]
    weights = [1 / (i + 1) ** 0.9 for i in range(actors)]
    edges: dict[tuple, dict] = {}
    fact_list = []
    for i in range(facts):
        a, b = rnd.choices(range(actors), weights=weights, k=2)
        b = (a + 1) % actors if a == b else b
        kind = rnd.choice(["statement", "relation"])
        event = rnd.choice(events) if kind == "relation" else None
        article = rnd.choice(articles)
        fact_list.append({"id": f"f{i}", "kind": kind, "from": nodes[a]["id"], "to": nodes[b]["id"],
                          "label": "déclarer", "eventType": event, "mode": None, "quote": None,
                          "negated": False, "modality": None, "evidence": "Une phrase de l’article.",
                          "highlightStart": 4, "highlightEnd": 10, "article": article["id"],
                          "date": article["date"]})
        edge = edges.setdefault((a, b, kind, event), {
            "id": f"e{len(edges)}", "from": nodes[a]["id"], "to": nodes[b]["id"], "kind": kind,
            "eventType": event, "negated": False, "count": 0, "facts": []})
        edge["count"] += 1
        edge["facts"].append(f"f{i}")
        nodes[a]["size"] += 1
        nodes[b]["size"] += 1
    return {"articles": articles, "nodes": nodes, "edges": list(edges.values()), "facts": fact_list,
            "eventTypes": {}, "hidden": {"nodes": 0, "edges": 0}}


# -- fixtures -------------------------------------------------------------------


@pytest.fixture(scope="module")
def view() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


@pytest.fixture(scope="module")
def html(view: dict, tmp_path_factory) -> Path:
    return write_html(view, tmp_path_factory.mktemp("render") / "graph.html", title="Poutine et Xi")


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def session(browser, html: Path) -> Iterator[Session]:
    with open_page(browser, html) as session:
        yield session
        assert session.blocked == [], "the page tried to reach the network"
        assert session.errors == [], "console errors"
        assert session.dialogs == [], "a dialog opened"


# -- tests ----------------------------------------------------------------------


def test_page_loads_offline_with_every_node(session: Session, view: dict) -> None:
    page = session.page
    assert page.evaluate("() => window.newsgraph.nodes.length") == len(view["nodes"])
    assert page.evaluate("() => window.newsgraph.visibleNodeIds().length") == len(view["nodes"])
    assert page.evaluate("() => window.newsgraph.visibleEdgeIds().length") == len(view["edges"])
    assert page.evaluate("() => window.newsgraph.network.physics.options.enabled") is False
    assert "13 actors" in page.inner_text("#stats")
    assert session.blocked == [] and session.errors == []


@pytest.mark.parametrize("query, label", [
    ("Ouchakov", "Yury Ushakov"),  # alt label "Youri Ouchakov"
    ("ouchakov", "Yury Ushakov"),
    ("etats-unis", "États-Unis"),  # accents folded
    ("etats unis", "États-Unis"),  # hyphen or space
    ("PEKIN", "Chine"),  # alt label "Pékin"
])
def test_search_selects_actor_by_any_name(session: Session, query: str, label: str) -> None:
    page = session.page
    selected = search(page, query)
    assert selected == page.evaluate("(l) => window.newsgraph.nodes.get({filter: n => n.label === l}).map(n => n.id)", label)
    assert page.inner_text("#panel-title") == label


def test_search_lists_matches_as_you_type(session: Session) -> None:
    page = session.page
    page.fill("#search", "xi")
    assert page.is_visible("#search-results")
    assert "Xi Jinping" in page.inner_text("#search-results")


def test_clicking_edge_shows_evidence(session: Session, view: dict) -> None:
    page = session.page
    edge = click_edge(page, "Vladimir Poutine", "Xi Jinping", kind="statement")
    fact = next(f for f in view["facts"] if f["id"] in next(e for e in view["edges"] if e["id"] == edge)["facts"])
    assert page.evaluate("() => window.newsgraph.network.getSelectedEdges()") == [edge]
    text = panel_text(page)
    assert fact["evidence"] in text
    assert fact["label"] in text and fact["article"] in text and "30 Dec 2022" in text
    mark = fact["evidence"][fact["highlightStart"]:fact["highlightEnd"]]
    assert page.inner_text("#panel mark") == mark


def test_clicking_edge_lists_facts_newest_first(session: Session) -> None:
    page = session.page
    click_edge(page, "Vladimir Poutine", "Xi Jinping", event_type="Consult")
    ids = page.eval_on_selector_all("#panel .fact", "cards => cards.map(c => c.dataset.fact)")
    assert ids == ["f14", "f15", "f16"]  # 2024-02-08 (articles 000, 001), then 2022-06-15


def test_mouse_click_on_node_opens_its_panel(session: Session) -> None:
    page = session.page
    node = click_node(page, "Xi Jinping")
    page.wait_for_function("(id) => window.newsgraph.state.selection && window.newsgraph.state.selection.id === id", arg=node)
    assert page.evaluate("() => window.newsgraph.network.getSelectedNodes()") == [node]
    assert page.inner_text("#panel-title") == "Xi Jinping"
    assert "statements over time" in panel_text(page).lower()


def test_node_timeline_is_in_date_order(session: Session) -> None:
    page = session.page
    search(page, "Poutine")
    when = page.eval_on_selector_all("#panel .timeline .when", "els => els.map(e => e.textContent)")
    assert when[0] == "15 Dec 2021" and when[-1] == "30 Dec 2022"


def test_date_filter_hides_facts_of_an_earlier_year(session: Session, view: dict) -> None:
    page = session.page
    before = set(page.evaluate("() => window.newsgraph.visibleEdgeIds()"))
    set_period(page, "2022", "2024")
    facts = {f["id"]: f for f in view["facts"]}
    visible = page.evaluate("() => window.newsgraph.visibleFactIds()")
    assert visible and not [f for f in visible if (facts[f]["date"] or "").startswith("2021")]
    only_2021 = {e["id"] for e in view["edges"]
                 if all((facts[f]["date"] or "").startswith("2021") for f in e["facts"])}
    assert only_2021 and only_2021 <= before
    assert not only_2021 & set(page.evaluate("() => window.newsgraph.visibleEdgeIds()"))
    assert page.inner_text("#date-from-label") == "2022"
    search(page, "Poutine")
    assert "15 Dec 2021" not in panel_text(page) and "30 Dec 2022" in panel_text(page)


def test_filters_update_the_network_in_place(session: Session) -> None:
    page = session.page
    page.evaluate("() => { window.__still_here = true; }")
    page.uncheck("#kind-relation")
    kinds = page.evaluate("() => window.newsgraph.edgesView.get().map(e => e.kind)")
    assert kinds and set(kinds) == {"statement"}
    page.check("#kind-relation")
    page.uncheck("#atype-Place")
    types = page.evaluate("() => window.newsgraph.nodesView.get().map(n => n.type)")
    assert "Place" not in types
    page.check("#atype-Place")
    page.uncheck("#etype-Consult")
    assert "Consult" not in page.evaluate("() => window.newsgraph.edgesView.get().map(e => e.eventType)")
    page.evaluate("() => { const s = document.querySelector('#min-count'); s.value = '2';"
                  " s.dispatchEvent(new Event('input', {bubbles: true}));"
                  " s.dispatchEvent(new Event('change', {bubbles: true})); }")
    assert page.evaluate("() => window.newsgraph.edgesView.get().every(e => e.count >= 2)")
    page.click("#reset-filters")
    assert page.evaluate("() => window.newsgraph.edgesView.length") == page.evaluate("() => window.newsgraph.edges.length")
    assert page.evaluate("() => window.__still_here") is True  # no reload


def test_physics_toggle_and_reset_view(session: Session) -> None:
    page = session.page
    start = page.evaluate("() => window.newsgraph.network.getPositions()")
    page.click("label.switch")
    assert page.evaluate("() => window.newsgraph.network.physics.options.enabled") is True
    assert page.evaluate("() => window.newsgraph.edges.get().every(e => e.smooth.enabled === false)")
    page.wait_for_timeout(300)
    page.click("#reset-view")
    assert page.evaluate("() => window.newsgraph.network.physics.options.enabled") is False
    after = page.evaluate("() => window.newsgraph.network.getPositions()")
    assert all(abs(after[k]["x"] - start[k]["x"]) < 1 and abs(after[k]["y"] - start[k]["y"]) < 1 for k in start)


def test_script_payload_shows_as_text_and_runs_nothing(session: Session) -> None:
    page = session.page
    click_edge(page, "Le Petit Écho", "Taïwan")
    text = panel_text(page)
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert page.query_selector_all("#panel script, #panel img, #controls img") == []
    point = node_point(page, "Le Petit Écho")  # tooltip with the alt label "<img src=x onerror=alert(2)>"
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "<img src=x onerror=alert(2)>" in page.inner_text("div.vis-tooltip")
    assert page.query_selector_all("div.vis-tooltip img") == []
    page.wait_for_timeout(200)
    assert session.dialogs == []


def test_hidden_actors_are_announced(browser, view: dict, tmp_path: Path) -> None:
    path = write_html(view, tmp_path / "small.html", max_nodes=5)
    with open_page(browser, path) as session:
        page = session.page
        assert page.evaluate("() => window.newsgraph.nodes.length") == 5
        assert "8 actors" in page.inner_text("#hidden-note")
        assert session.errors == [] and session.blocked == []


def test_large_graph_stays_responsive(browser, tmp_path: Path) -> None:
    """2,000 actors and 10,000 facts: the 1,500 most connected are drawn, fast."""
    path = write_html(synthetic_view(2000, 10_000), tmp_path / "large.html")
    start = time.monotonic()
    with open_page(browser, path, timeout_ms=60_000) as session:
        page = session.page
        drawn = time.monotonic() - start
        assert page.evaluate("() => window.newsgraph.nodes.length") == 1500
        assert page.is_visible("#hidden-note")
        filter_ms = page.evaluate("""() => {
            const t = performance.now(), box = document.querySelector("#kind-relation");
            box.checked = false;
            box.dispatchEvent(new Event("change"));
            return performance.now() - t; }""")
        assert page.evaluate("() => window.newsgraph.edgesView.get().every(e => e.kind === 'statement')")
        assert search(page, "Acteur 0") == [f"{ID}n0"]
        assert session.errors == [] and session.blocked == []
    assert drawn < 20, f"first draw took {drawn:.1f} s"  # ~3 s on a 2-core machine
    assert filter_ms < 5000, f"a filter took {filter_ms:.0f} ms"  # ~0.5 s


def test_screenshot_is_1280_by_800(browser, html: Path, tmp_path: Path) -> None:
    png = screenshot(html, tmp_path / "explorer.png", browser=browser, edge=("Vladimir Poutine", "Xi Jinping"))
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (1280, 800)
