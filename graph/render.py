"""Render a graph view as one self-contained, interactive HTML page.

The view is the plain dict built from the RDF dataset (actors, merged edges,
facts with their evidence, articles). pyvis supplies the network options and
the vis-network library, inlined; the explorer template adds the side panel,
search and filters. Node and edge lists go to the page directly (pyvis's
``add_node``/``add_edge`` are quadratic, see PERF-NOTES), positions come from
the view and physics is off at open.

>>> html = render_html(view, title="Poutine et Xi")  # doctest: +SKIP
>>> write_html(view, "out/graph.html")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from graph.errors import InputError

#: Above this many actors only the most connected ones are drawn.
MAX_NODES = 1500

#: Above this many edges, edges are drawn straight (curves cost per redraw).
MAX_CURVED_EDGES = 3000

#: Radius range of the node shapes, in pixels at zoom 1.
NODE_MIN, NODE_MAX = 9, 30

TEMPLATES = Path(__file__).parent / "templates"

#: Shape and colour of each actor type; also what the legend shows.
ACTOR_STYLES: dict[str, dict[str, str]] = {
    "Person": {"shape": "dot", "color": "#4e79a7", "label": "Person"},
    "Organization": {"shape": "square", "color": "#8a63c8", "label": "Organisation"},
    "Country": {"shape": "diamond", "color": "#2f9488", "label": "Country"},
    "Place": {"shape": "triangle", "color": "#a97c50", "label": "Place"},
}
OTHER_ACTOR = {"shape": "hexagon", "color": "#7b8494", "label": "Other"}

#: Statements are drawn in one neutral colour; relations by event type.
STATEMENT_COLOR = "#97a3b6"
UNTYPED_RELATION_COLOR = "#5b6473"
EVENT_COLORS: dict[str, str] = {
    # cooperative: greens and blues
    "Consult": "#3f9bd9", "Agree": "#1f8a70", "Support": "#43a047", "Cooperate": "#7cb342",
    "Aid": "#00897b", "Yield": "#9e9d24", "Request": "#5c6bc0",
    # conflictual: ambers, reds, magentas
    "Accuse": "#f29f05", "Reject": "#ef6c00", "Protest": "#d4a017", "Demand": "#c2185b",
    "Threaten": "#ab47bc", "Coerce": "#e53935", "Sanction": "#e53935", "Mobilize": "#8d6e63",
    "Assault": "#8e1b1b", "Fight": "#5d0f0f",
}
FALLBACK_COLORS = ("#0097a7", "#6d4c41", "#827717", "#ad1457", "#283593", "#558b2f")


def render_html(view: dict, *, title: str = "newsgraph", max_nodes: int = MAX_NODES) -> str:
    """Return the explorer page for ``view``: one HTML string, no outside links.

    Deterministic: the same view gives the same bytes.
    """
    view = _limit(view, max_nodes)
    event_colors = _event_colors(view)
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    net.toggle_physics(False)
    # Hand the lists over directly: add_node/add_edge do not scale.
    net.nodes = _vis_nodes(view["nodes"])
    net.edges = _vis_edges(view["edges"], event_colors)
    nodes, edges, _, _, _, options = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": _options(json.loads(options), len(edges)),
        "facts": view["facts"],
        "articles": view.get("articles") or [],
        "eventTypes": view.get("eventTypes") or {},
        "hidden": view["hidden"],
        "style": {
            "actors": ACTOR_STYLES,
            "otherActor": OTHER_ACTOR,
            "statement": STATEMENT_COLOR,
            "untypedRelation": UNTYPED_RELATION_COLOR,
            "events": event_colors,
            "curved": len(edges) <= MAX_CURVED_EDGES,
        },
    }
    vis_dir = max((Path(net.template_dir) / "lib").glob("vis-*"),
                  key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(["html"]), keep_trailing_newline=True)
    return env.get_template("explorer.html").render(
        title=title,
        data_json=Markup(embed_json(data)),
        vis_js=Markup(_strip_source_map((vis_dir / "vis-network.min.js").read_text("utf-8"))),
        vis_css=Markup((vis_dir / "vis-network.css").read_text("utf-8")),
        explorer_js=Markup((TEMPLATES / "explorer.js").read_text("utf-8")),
        explorer_css=Markup((TEMPLATES / "explorer.css").read_text("utf-8")),
    )


def write_html(view: dict, path: str | os.PathLike, *, title: str = "newsgraph",
               max_nodes: int = MAX_NODES) -> Path:
    """Render ``view`` and write it to ``path`` atomically (temp file + rename)."""
    path = Path(path)
    page = render_html(view, title=title, max_nodes=max_nodes).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(fd, "wb") as out:
            out.write(page)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def embed_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: sorted keys, and
    ``<``, ``>``, ``&`` and line separators escaped so no text from an article
    can close the block or be parsed as HTML."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


# -- helpers ---------------------------------------------------------------


def _limit(view: dict, max_nodes: int) -> dict:
    """Check the view's shape; keep the ``max_nodes`` most connected actors."""
    try:
        nodes, edges, facts = list(view["nodes"]), list(view["edges"]), list(view["facts"])
    except (KeyError, TypeError) as err:
        raise InputError(f"graph view lacks nodes, edges or facts ({err})") from None
    ids = [n["id"] for n in nodes]
    if len(set(ids)) != len(ids):
        raise InputError("graph view has duplicate node ids")
    hidden = dict(view.get("hidden") or {})
    hidden_nodes, hidden_edges = int(hidden.get("nodes", 0)), int(hidden.get("edges", 0))
    if len(nodes) > max_nodes:
        ranked = sorted(nodes, key=lambda n: (-(n.get("size") or 0), n["id"]))
        kept = {n["id"] for n in ranked[:max_nodes]}
        hidden_nodes += len(nodes) - max_nodes
        nodes = [n for n in nodes if n["id"] in kept]  # keep the view's order
        before = len(edges)
        edges = [e for e in edges if e["from"] in kept and e["to"] in kept]
        hidden_edges += before - len(edges)
    kept = {n["id"] for n in nodes}
    for edge in edges:
        if edge["from"] not in kept or edge["to"] not in kept:
            raise InputError(f"edge {edge['id']} links an unknown node")
    facts = [f for f in facts if f.get("from") in kept and (f.get("to") is None or f["to"] in kept)]
    return {**view, "nodes": _place(nodes), "edges": edges, "facts": facts,
            "hidden": {"nodes": hidden_nodes, "edges": hidden_edges}}


def _place(nodes: list[dict]) -> list[dict]:
    """Rescale the layout to screen units whatever units it came in, then
    push apart shapes that overlap; nodes without a position go on a ring."""
    placed = [n for n in nodes if _num(n.get("x")) and _num(n.get("y"))]
    extent = max(700.0, 170.0 * math.sqrt(len(nodes)))
    if placed:
        xs, ys = [n["x"] for n in placed], [n["y"] for n in placed]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        scale = extent / (max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0)
    points, ring, missing = [], 0, len(nodes) - len(placed)
    for node in nodes:
        if _num(node.get("x")) and _num(node.get("y")):
            points.append([(node["x"] - cx) * scale, (node["y"] - cy) * scale])
        else:
            angle = 2 * math.pi * ring / max(missing, 1)
            points.append([extent * 0.6 * math.cos(angle), extent * 0.6 * math.sin(angle)])
            ring += 1
    sizes = [max(int(n.get("size") or 1), 1) for n in nodes]
    low, high = min(sizes, default=1), max(sizes, default=1)
    radii = [NODE_MIN + (NODE_MAX - NODE_MIN) * ((v - low) / (high - low) if high > low else 0.5)
             for v in sizes]
    _spread(points, radii)
    return [{**n, "x": round(p[0], 1), "y": round(p[1], 1)} for n, p in zip(nodes, points)]


def _spread(points: list[list[float]], radii: list[float], *, gap: float = 56.0,
            rounds: int = 20) -> None:
    """Move overlapping nodes apart in place (room for the label below each
    shape), looking only at neighbouring cells of a grid: linear in nodes."""
    cell = 2 * max(radii, default=0) + gap
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (x, y) in enumerate(points):
            grid.setdefault((math.floor(x / cell), math.floor(y / cell)), []).append(i)
        moved = False
        for (gx, gy), members in grid.items():
            for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
                others = grid.get((gx + dx, gy + dy), ())
                for a in members:
                    for b in others:
                        if (dx, dy) == (0, 0) and b <= a:
                            continue
                        ddx, ddy = points[b][0] - points[a][0], points[b][1] - points[a][1]
                        # labels are wide: horizontal distance counts for half
                        dist, need = math.hypot(ddx / 2, ddy), radii[a] + radii[b] + gap
                        if dist >= need:
                            continue
                        if dist < 1e-6:  # same spot: split along a fixed direction
                            ddx, ddy, dist = math.cos(a), math.sin(a), 1.0
                        grow = (need / dist - 1) / 2
                        points[a][0] -= ddx * grow
                        points[a][1] -= ddy * grow
                        points[b][0] += ddx * grow
                        points[b][1] += ddy * grow
                        moved = True
        if not moved:
            return


def _num(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _vis_nodes(nodes: list[dict]) -> list[dict]:
    return [{
        "id": n["id"],
        "label": n.get("label") or n["id"].rsplit("/", 1)[-1],
        "group": n.get("type") if n.get("type") in ACTOR_STYLES else "Other",
        "type": n.get("type") if n.get("type") in ACTOR_STYLES else "Other",
        "altLabels": sorted(set(n.get("altLabels") or [])),
        "value": max(int(n.get("size") or 1), 1),
        "community": n.get("group"),
        "x": n["x"],
        "y": n["y"],
    } for n in nodes]


def _vis_edges(edges: list[dict], event_colors: dict[str, str]) -> list[dict]:
    out = []
    for e in edges:
        relation = e.get("kind") == "relation"
        color = (event_colors.get(e.get("eventType") or "", UNTYPED_RELATION_COLOR)
                 if relation else STATEMENT_COLOR)
        count = max(int(e.get("count") or len(e.get("facts") or ()) or 1), 1)
        symmetric = bool(e.get("symmetric"))
        out.append({
            "id": e["id"], "from": e["from"], "to": e["to"],
            "kind": "relation" if relation else "statement",
            "eventType": e.get("eventType") if relation else None,
            "negated": bool(e.get("negated")), "symmetric": symmetric,
            "count": count, "facts": list(e.get("facts") or []),
            "color": color,
            "width": round(min(1.5 + 1.6 * math.log(count), 9.0), 2),
            "dashes": bool(e.get("negated")),
            "arrows": "" if symmetric else "to",
        })
    return out


def _event_colors(view: dict) -> dict[str, str]:
    """A colour for every event type in the view: fixed ones first, then a
    fallback palette in sorted order (stable across runs)."""
    names = set(view.get("eventTypes") or {})
    names |= {e["eventType"] for e in view["edges"] if e.get("eventType")}
    names |= {f["eventType"] for f in view["facts"] if f.get("eventType")}
    colors = {name: EVENT_COLORS[name] for name in sorted(names) if name in EVENT_COLORS}
    unknown = sorted(names - set(colors))
    colors.update({n: FALLBACK_COLORS[i % len(FALLBACK_COLORS)] for i, n in enumerate(unknown)})
    return colors


def _options(options: dict, n_edges: int) -> dict:
    """pyvis's options, completed: physics off (and light when turned on),
    straight edges, one group per actor type, label sizes that follow zoom."""
    big = n_edges > MAX_CURVED_EDGES
    options["physics"].update({
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "avoidOverlap": 0.2},
        "stabilization": {**options["physics"]["stabilization"], "iterations": 200, "fit": False},
    })
    options["edges"].update({
        "color": {"inherit": False}, "smooth": False, "dashes": False, "selectionWidth": 2.5,
        "hoverWidth": 1.5, "arrows": {"to": {"enabled": False, "scaleFactor": 0.7}},
        "arrowStrikethrough": False,
    })
    options["nodes"] = {
        "borderWidth": 1.5, "borderWidthSelected": 3,
        "font": {"size": 16, "face": "Inter, 'Segoe UI', 'DejaVu Sans', sans-serif",
                 "color": "#1f2937", "strokeWidth": 4, "strokeColor": "#ffffff"},
        "scaling": {"min": NODE_MIN, "max": NODE_MAX,
                    "label": {"enabled": True, "min": 15, "max": 22, "drawThreshold": 7}},
    }
    options["groups"] = {name: {"shape": s["shape"], "color": {
        "background": s["color"], "border": "#ffffff",
        "highlight": {"background": s["color"], "border": "#111827"},
        "hover": {"background": s["color"], "border": "#111827"}}}
        for name, s in {**ACTOR_STYLES, "Other": OTHER_ACTOR}.items()}
    options["interaction"].update({"hover": True, "tooltipDelay": 150, "multiselect": False,
                                   "hideEdgesOnDrag": big, "hideEdgesOnZoom": big})
    options["layout"] = {"improvedLayout": False, "randomSeed": 1}
    return options


def _strip_source_map(js: str) -> str:
    """Drop the ``sourceMappingURL`` comment: the .map file is not shipped."""
    return re.sub(r"^//# sourceMappingURL=\S*\s*$", "", js, flags=re.MULTILINE)
