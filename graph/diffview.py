"""Explorer views of a period and of a diff, built with graph.project's functions.

``period_view`` keeps the articles whose whole date span is inside the period
(graph.periods); ``diff_view`` keeps the articles of both sides and marks each
fact and each edge with ``"diff": "added" | "removed" | "kept"``. Edges are
merged per (pair, kind, event type, negated), which is also how the diff
compares facts, so every fact of an edge has the same mark. The page
(templates/explorer.js, diff block) colours edges by that mark.
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.project import view_from_store
from graph.diff import DiffResult, fact_key
from graph.periods import Period

#: Colours of the diff marks (Okabe-Ito: told apart with the common colour-vision deficiencies).
DIFF_COLORS = {"added": "#009E73", "removed": "#D55E00", "kept": "#9AA3AF"}


def period_view(store: ox.Store, period: Period) -> dict:
    """The explorer view of the articles published inside ``period``."""
    return view_from_store(store, keep_article=lambda a: bool(a["date"]) and period.contains(a["date"]))


def diff_view(store: ox.Store, result: DiffResult) -> dict:
    """The explorer view of both sides of ``result``, every fact and edge marked."""
    sides = set(result.before_articles.inside) | set(result.after_articles.inside)
    status = result.status()
    view = view_from_store(
        store,
        keep_article=lambda a: a["id"] in sides,
        mark_fact=lambda f: status.get(fact_key(f["kind"], f["from"], f["eventType"], f["to"], f["negated"])),
    )
    marks = {f["id"]: f["diff"] for f in view["facts"]}
    for edge in view["edges"]:
        found = {marks[i] for i in edge["facts"] if i in marks}
        edge["diff"] = next((m for m in ("added", "removed", "kept") if m in found), "kept")
    return view
