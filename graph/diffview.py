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

from graph import project
from graph.diff import DiffResult, fact_key
from graph.periods import Period

#: Colours of the diff marks (Okabe-Ito: told apart with the common colour-vision deficiencies).
DIFF_COLORS = {"added": "#009E73", "removed": "#D55E00", "kept": "#9AA3AF"}


def period_view(store: ox.Store, period: Period) -> dict:
    """The explorer view of the articles published inside ``period``."""
    articles = {k: a for k, a in project._articles(store, None).items() if a["date"] and period.contains(a["date"])}
    return _build(store, articles, {})


def diff_view(store: ox.Store, result: DiffResult) -> dict:
    """The explorer view of both sides of ``result``, every fact and edge marked."""
    sides = set(result.before_articles.inside) | set(result.after_articles.inside)
    articles = {k: a for k, a in project._articles(store, None).items() if k in sides}
    return _build(store, articles, result.status())


def _build(store: ox.Store, articles: dict[str, dict], status: dict) -> dict:
    facts = [f for f in project._facts(store) if f["article"] in articles]
    if status:
        for fact in facts:
            mark = status.get(fact_key(fact["kind"], fact["from"], fact["eventType"], fact["to"], fact["negated"]))
            if mark:
                fact["diff"] = mark
        facts = [f for f in facts if "diff" in f]
    graph = project.project(facts, project._actors(store))
    view = project._view(graph, facts, articles)
    if status:
        marks = {f["id"]: f["diff"] for f in view["facts"]}
        for edge in view["edges"]:
            found = {marks[i] for i in edge["facts"] if i in marks}
            edge["diff"] = next((m for m in ("added", "removed", "kept") if m in found), "kept")
    return view
