"""The HTML explorer page, checked as text (no browser): self-contained,
deterministic, escaped, and carrying the view's data unchanged."""

from __future__ import annotations

import copy
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.render import (ACTOR_STYLES, STATEMENT_COLOR, embed_json, render_html,
                          write_html)

FIXTURE = Path(__file__).parent / "fixtures" / "view_small.json"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


@pytest.fixture(scope="module")
def view() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


@pytest.fixture(scope="module")
def page(view: dict) -> str:
    return render_html(view, title="Poutine et Xi")


def page_data(page: str) -> dict:
    """The JSON block the page's script reads."""
    match = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', page, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


def big_view(n: int) -> dict:
    """A star-and-chain view of ``n`` actors; actor i takes part in n - i facts."""
    ids = [f"https://w3id.org/newsgraph/id/a{i}" for i in range(n)]
    nodes = [{"id": ids[i], "label": f"Actor {i}", "type": "Person", "altLabels": [],
              "size": n - i, "x": float(i % 7), "y": float(i // 7), "group": 0} for i in range(n)]
    edges, facts = [], []
    for i in range(1, n):
        facts.append({"id": f"f{i}", "kind": "statement", "from": ids[0], "to": ids[i], "label": "dire",
                      "eventType": None, "mode": "IndirectSpeech", "quote": "q", "negated": False,
                      "modality": None, "evidence": "e", "highlightStart": 0, "highlightEnd": 1,
                      "article": "a.txt", "date": "2024"})
        edges.append({"id": f"e{i}", "from": ids[0], "to": ids[i], "kind": "statement",
                      "eventType": None, "negated": False, "count": 1, "facts": [f"f{i}"]})
    return {"articles": [{"id": "a.txt", "iri": "x", "date": "2024", "publisher": None, "title": None}],
            "nodes": nodes, "edges": edges, "facts": facts, "eventTypes": {},
            "hidden": {"nodes": 2, "edges": 3}}


# -- self-contained -----------------------------------------------------------


def test_render_html_links_nothing_outside(page: str) -> None:
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"<(img|iframe|embed|object|source)\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "sourceMappingURL" not in page
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "bootstrap"):
        assert host not in page


def test_render_html_inlines_vis_network(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "vis-network" in page and "new vis.Network(" in page
    assert len(re.findall(r"^<script\b", page, re.M)) == 3  # data, vis-network, explorer


def test_render_html_forbids_network_requests(page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp and "default-src 'none'" in csp.group(1)


# -- deterministic --------------------------------------------------------------


def test_render_html_is_byte_identical_across_renders(view: dict, page: str) -> None:
    assert render_html(copy.deepcopy(view), title="Poutine et Xi") == page


def test_render_html_ignores_key_order(view: dict, page: str) -> None:
    shuffled = {k: view[k] for k in reversed(list(view))}
    shuffled["nodes"] = [{k: n[k] for k in reversed(list(n))} for n in view["nodes"]]
    assert render_html(shuffled, title="Poutine et Xi") == page


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_render_html_is_identical_in_another_process(page: str, hash_seed: str) -> None:
    code = ("import json, sys; from graph.render import render_html; "
            "sys.stdout.buffer.write(render_html(json.load(open(sys.argv[1], encoding='utf-8')), "
            "title='Poutine et Xi').encode('utf-8'))")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run([sys.executable, "-c", code, str(FIXTURE)], capture_output=True, check=True,
                         env=env, cwd=Path(__file__).parents[2]).stdout
    assert out == page.encode("utf-8")


# -- escaping -------------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS)
def test_render_html_escapes_payload_in_evidence(view: dict, page: str, payload: str) -> None:
    assert any(payload in f["evidence"] for f in view["facts"])
    assert payload not in page
    assert payload.replace("<", "\\u003c").replace(">", "\\u003e") in page


def test_render_html_escapes_title() -> None:
    page = render_html(big_view(3), title="<b>Putin</b> & Xi")
    assert "<title>&lt;b&gt;Putin&lt;/b&gt; &amp; Xi</title>" in page
    assert "<b>Putin</b>" not in page


@pytest.mark.parametrize("text, expected", [
    ("</script><script>alert(1)</script>", "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("<!-- x -->", "\\u003c!-- x --\\u003e"),
    ("a & b", "a \\u0026 b"),
    ("line\u2028sep", "line\\u2028sep"),
    ("Pékin « ami »", "Pékin « ami »"),
])
def test_embed_json_escapes_html_breakers(text: str, expected: str) -> None:
    out = embed_json({"t": text})
    assert out == '{"t":"' + expected + '"}'
    assert json.loads(out) == {"t": text}


# -- data -----------------------------------------------------------------------


def test_render_html_round_trips_nodes(view: dict, page: str) -> None:
    nodes = page_data(page)["nodes"]
    assert [n["id"] for n in nodes] == [n["id"] for n in view["nodes"]]
    for got, want in zip(nodes, view["nodes"]):
        assert (got["label"], got["type"], got["value"], got["community"]) == \
            (want["label"], want["type"], want["size"], want["group"])
        assert got["altLabels"] == sorted(want["altLabels"])
        assert got["group"] == want["type"]  # vis-network group = actor type (shape, colour)


def test_render_html_round_trips_edges_and_facts(view: dict, page: str) -> None:
    data = page_data(page)
    for got, want in zip(data["edges"], view["edges"], strict=True):
        for key in ("id", "from", "to", "kind", "eventType", "negated", "count", "facts"):
            assert got[key] == want[key], key
    assert data["facts"] == view["facts"]
    assert data["articles"] == view["articles"]
    assert data["eventTypes"] == view["eventTypes"]
    assert data["hidden"] == {"nodes": 0, "edges": 0}


def test_render_html_styles_nodes_by_type(page: str) -> None:
    groups = page_data(page)["options"]["groups"]
    for name, style in ACTOR_STYLES.items():
        assert groups[name]["shape"] == style["shape"]
        assert groups[name]["color"]["background"] == style["color"]
    assert len({s["shape"] for s in ACTOR_STYLES.values()}) == len(ACTOR_STYLES)


def test_render_html_styles_edges(view: dict, page: str) -> None:
    edges = {e["id"]: e for e in page_data(page)["edges"]}
    events = page_data(page)["style"]["events"]
    for want in view["edges"]:
        got = edges[want["id"]]
        assert got["dashes"] is want["negated"]
        assert got["arrows"] == ("" if want.get("symmetric") else "to")
        if want["kind"] == "statement":
            assert got["color"] == STATEMENT_COLOR
        else:
            assert got["color"] == events[want["eventType"]]
    widths = sorted((e["count"], e["width"]) for e in edges.values())
    assert widths == sorted(widths, key=lambda cw: cw[1])  # wider with more facts
    assert len(set(events.values())) == len(events)  # one colour per event type


def test_render_html_opens_with_physics_off(page: str) -> None:
    options = page_data(page)["options"]
    assert options["physics"]["enabled"] is False
    assert options["edges"]["smooth"] is False  # no dynamic curves (physics bodies)


def test_render_html_rescales_and_separates_positions(view: dict) -> None:
    view = copy.deepcopy(view)
    view["nodes"][1]["x"], view["nodes"][1]["y"] = view["nodes"][0]["x"], view["nodes"][0]["y"]
    del view["nodes"][2]["x"]
    nodes = page_data(render_html(view))["nodes"]
    xs, ys = [n["x"] for n in nodes], [n["y"] for n in nodes]
    assert max(xs) - min(xs) >= 600  # screen units, whatever the layout's units
    a, b = nodes[0], nodes[1]
    assert abs(a["x"] - b["x"]) + abs(a["y"] - b["y"]) > 40  # pushed apart
    assert all(isinstance(v, float) for v in xs + ys)


# -- scale ----------------------------------------------------------------------


def test_render_html_keeps_the_most_connected_actors() -> None:
    data = page_data(render_html(big_view(40), max_nodes=10))
    assert [n["label"] for n in data["nodes"]] == [f"Actor {i}" for i in range(10)]
    assert len(data["edges"]) == 9 and len(data["facts"]) == 9
    assert data["hidden"] == {"nodes": 2 + 30, "edges": 3 + 30}


def test_render_html_draws_large_views_with_straight_edges() -> None:
    data = page_data(render_html(big_view(3100), max_nodes=5000))
    assert data["style"]["curved"] is False
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True


# -- errors and writing ---------------------------------------------------------


def test_render_html_rejects_an_edge_to_an_unknown_actor(view: dict) -> None:
    broken = copy.deepcopy(view)
    broken["edges"][0]["to"] = "https://w3id.org/newsgraph/id/nobody"
    with pytest.raises(InputError, match="e1"):
        render_html(broken)


def test_render_html_rejects_a_view_without_nodes() -> None:
    with pytest.raises(InputError):
        render_html({"edges": [], "facts": []})


def test_write_html_replaces_the_file_atomically(view: dict, tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.html"
    write_html(view, target, title="Poutine et Xi")
    first = target.read_bytes()
    assert first == render_html(view, title="Poutine et Xi").encode("utf-8")
    write_html(view, target, title="Poutine et Xi")
    assert target.read_bytes() == first
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_write_html_leaves_the_old_file_on_error(view: dict, tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old", "utf-8")
    broken = copy.deepcopy(view)
    broken["edges"][0]["from"] = "nobody"
    with pytest.raises(InputError):
        write_html(broken, target)
    assert target.read_text("utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
