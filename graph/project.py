"""RDF dataset -> networkx projection -> the view the HTML explorer draws.

Actors become nodes; statements (speaker -> about) and relations (subject ->
object) become edges merged per (pair, kind, event type, polarity) with a
count and their facts. Centrality sizes nodes, communities colour groups,
and the layout is computed here so the page opens with physics off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import networkx as nx
import pyoxigraph as ox

from graph.ontology import event_type_labels

#: Above this many actors the page shows the most connected ones first.
MAX_NODES = 1500

#: The variables of ``_FACTS_QUERY``, in the order of its SELECT (``_facts`` unpacks each row in this order).
_FACTS_VARIABLES = ("fact", "kind", "from", "to", "label", "eventType", "mode", "quote", "negated", "modality", "symmetric",
                    "evidence", "start", "qstart", "qend", "article", "source", "date")
_FACTS_QUERY = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT """ + " ".join(f"?{name}" for name in _FACTS_VARIABLES) + """
WHERE {
  GRAPH ?article {
    {
      ?fact a ng:Statement ; ng:speaker ?from ; ng:about ?to ; ng:cue ?label ; ng:mode ?mode ; ng:quote ?quote ;
            ng:quoteStart ?qstart ; ng:quoteEnd ?qend .
      BIND("statement" AS ?kind)
    } UNION {
      ?fact a ng:Relation ; ng:subject ?from ; ng:object ?to ; ng:action ?label ; ng:eventType ?eventType ; ng:negated ?negated .
      OPTIONAL { ?fact ng:modality ?modality }
      OPTIONAL { ?fact ng:symmetric ?symmetric }
      BIND("relation" AS ?kind)
    }
    ?fact ng:evidence ?evidence ; ng:charStart ?start .
  }
  ?article dcterms:source ?source .
  OPTIONAL { ?article schema:datePublished ?date }
}
"""

_ACTORS_QUERY = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?actor ?type ?label ?unnamedIn (GROUP_CONCAT(?alt; separator="\\u001f") AS ?alts)
WHERE {
  ?actor a ?type ; rdfs:label ?label .
  VALUES ?type { ng:Person ng:Organization ng:Country ng:Place }
  OPTIONAL { ?actor skos:altLabel ?alt }
  OPTIONAL { ?actor ng:unnamedIn/dcterms:source ?unnamedIn }
} GROUP BY ?actor ?type ?label ?unnamedIn
"""

_ARTICLES_QUERY = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?article ?source ?date ?publisher ?title WHERE {
  ?article a ng:Article ; dcterms:source ?source .
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:publisher ?publisher }
  OPTIONAL { ?article schema:headline ?title }
}
"""




def view_from_quads(quads: Iterable[ox.Quad]) -> dict:
    """The explorer's view of a dataset given as quads (what ``build`` just wrote)."""
    store = ox.Store()
    store.extend(quads)
    return view_from_store(store)


def view_from_store(
    store: ox.Store,
    *,
    keep_article: Callable[[dict], bool] | None = None,
    mark_fact: Callable[[dict], str | None] | None = None,
) -> dict:
    """The explorer's view of a dataset.

    ``keep_article`` selects articles (e.g. those of a period); ``mark_fact``
    gives each fact a mark stored under ``"diff"`` (facts it marks None are
    left out), used by the diff view.
    """
    articles = {k: a for k, a in _articles(store).items() if keep_article is None or keep_article(a)}
    facts = [f for f in _facts(store) if f["article"] in articles]
    if mark_fact is not None:
        for fact in facts:
            fact["diff"] = mark_fact(fact)
        facts = [f for f in facts if f["diff"]]
    return _view(project(facts, _actors(store)), facts, articles)


def project(facts: list[dict], actors: dict[str, dict]) -> nx.MultiDiGraph:
    """Actors as nodes, facts merged into one edge per (pair, kind, event type, negated)."""
    graph = nx.MultiDiGraph()
    for fact in facts:
        for end in (fact["from"], fact["to"]):
            if end not in graph:
                graph.add_node(end, **actors.get(end, {"label": end.rsplit("/", 1)[-1], "type": "Place", "altLabels": []}))
        key = (fact["kind"], fact["eventType"], fact["negated"])
        if graph.has_edge(fact["from"], fact["to"], key):
            graph.edges[fact["from"], fact["to"], key]["facts"].append(fact["id"])
        else:
            graph.add_edge(fact["from"], fact["to"], key, kind=fact["kind"], eventType=fact["eventType"],
                           negated=fact["negated"], symmetric=fact.get("symmetric", False), facts=[fact["id"]])
    return graph


# -- queries --------------------------------------------------------------------------------


def _articles(store: ox.Store) -> dict[str, dict]:
    articles = {}
    for row in store.query(_ARTICLES_QUERY):
        date = row["date"].value if row["date"] else None
        articles[row["source"].value] = {
            "id": row["source"].value, "iri": row["article"].value, "date": date,
            "publisher": row["publisher"].value if row["publisher"] else None,
            "title": row["title"].value if row["title"] else None,
        }
    return dict(sorted(articles.items()))


def _facts(store: ox.Store) -> list[dict]:
    facts: dict[tuple[str, str], dict] = {}
    for row in store.query(_FACTS_QUERY, use_default_graph_as_union=False):
        # the row's terms in the order of _FACTS_VARIABLES, unpacked at once (a look-up by name per term costs more than the query)
        (fact, kind, source_actor, target, label, event_type, mode, quote, negated, modality, symmetric,
         evidence, start, qstart, qend, _, source, date) = row
        start, evidence, kind, fact_id, label = int(start.value), evidence.value, kind.value, fact.value, label.value
        if kind == "statement":
            hs, he = int(qstart.value) - start, int(qend.value) - start
        else:
            hs = max(0, evidence.lower().find(label[:5].lower()))
            he = hs + len(label) if hs or evidence.lower().startswith(label[:5].lower()) else 0
        facts[(fact_id, target.value)] = {
            "id": "", "fact": fact_id, "kind": kind, "from": source_actor.value, "to": target.value,
            "label": label,
            "eventType": _local(event_type) if event_type else None,
            "mode": _local(mode) if mode else None,
            "quote": quote.value if quote else None,
            "negated": bool(negated) and negated.value == "true",
            "modality": _local(modality).lower() if modality else None,
            "symmetric": bool(symmetric) and symmetric.value == "true",
            "evidence": evidence, "highlightStart": max(0, hs), "highlightEnd": max(0, min(len(evidence), he)),
            "article": source.value, "date": date.value if date else None,
        }
    ordered = [facts[k] for k in sorted(facts)]
    for number, fact in enumerate(ordered, start=1):
        fact["id"] = f"f{number}"
    return ordered


def _actors(store: ox.Store) -> dict[str, dict]:
    actors = {}
    for row in store.query(_ACTORS_QUERY):
        alts = sorted(a for a in row["alts"].value.split("\x1f") if a) if row["alts"] else []
        label = row["label"].value
        if row["unnamedIn"]:  # "recteur (a.txt)": two articles' unnamed rectors are two nodes, told apart
            label = f"{label} ({row['unnamedIn'].value})"
        actors[row["actor"].value] = {"label": label, "type": _local(row["type"]), "altLabels": alts}
    return actors


# -- view ----------------------------------------------------------------------------------


def _view(graph: nx.MultiDiGraph, facts: list[dict], articles: dict[str, dict]) -> dict:
    nodes = sorted(graph.nodes)
    hidden_nodes = 0
    if len(nodes) > MAX_NODES:
        degree = dict(graph.degree())
        keep = set(sorted(nodes, key=lambda n: (-degree[n], n))[:MAX_NODES])
        hidden_nodes = len(nodes) - len(keep)
        graph = graph.subgraph(keep).copy()
        nodes = sorted(keep)
    positions = _layout(graph, nodes)
    groups = _communities(graph)
    node_list = []
    for node in nodes:
        data = graph.nodes[node]
        node_list.append({
            "id": node, "label": data["label"], "type": data["type"], "altLabels": data["altLabels"],
            "size": sum(len(d["facts"]) for _, _, d in graph.edges(node, data=True)) + sum(len(d["facts"]) for _, _, d in graph.in_edges(node, data=True)),
            "x": positions[node][0], "y": positions[node][1], "group": groups.get(node, 0),
        })
    edge_list = []
    for number, (u, v, key, data) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))), start=1):
        ids = sorted(set(data["facts"]), key=lambda i: int(i[1:]))
        edge_list.append({
            "id": f"e{number}", "from": u, "to": v, "kind": data["kind"], "eventType": data["eventType"],
            "negated": data["negated"], "symmetric": data["symmetric"], "count": len(ids), "facts": ids,
        })
    kept = set(nodes)
    return {
        "articles": list(articles.values()),
        "nodes": node_list,
        "edges": edge_list,
        "facts": [{k: v for k, v in f.items() if k != "fact"} for f in facts if f["from"] in kept and f["to"] in kept],
        "eventTypes": event_type_labels(),
        "hidden": {"nodes": hidden_nodes, "edges": 0},
    }


def _layout(graph: nx.MultiDiGraph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    if not nodes:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    for u, v, data in graph.edges(data=True):
        weight = len(data["facts"])
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += weight
        else:
            simple.add_edge(u, v, weight=weight)
    positions = nx.spring_layout(simple, seed=7, iterations=50 if len(nodes) < 500 else 20, scale=600)
    return {n: (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in positions.items()}


def _communities(graph: nx.MultiDiGraph) -> dict[str, int]:
    simple = nx.Graph(graph.to_undirected())
    if simple.number_of_edges() == 0:
        return {}
    communities = nx.community.louvain_communities(simple, seed=7)
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    return {node: index for index, members in enumerate(ordered) for node in members}


def _local(term) -> str:
    return term.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
