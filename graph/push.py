"""``newsgraph push``: load a built dataset into a SPARQL store (SPARQL 1.1 Graph Store HTTP Protocol).

Each article's named graph is PUT to ``ENDPOINT?graph=IRI`` (a PUT replaces the
graph: a changed article's old facts go), then the default graph (actors,
article metadata) to ``ENDPOINT?default``. Article graphs that the store got
from an earlier push but that the dataset no longer has are DELETEd, so after
a push the store holds the dataset, no more, no less.

Endpoints (the Graph Store Protocol service of the dataset):

- Oxigraph server: ``oxigraph serve --location DIR --union-default-graph``;
  push to ``http://localhost:7878/store``, query at ``/query``.
- Apache Jena Fuseki: push to ``http://localhost:3030/DATASET/data``, query at
  ``/DATASET/sparql``.

>>> push("out/graph.trig", "http://localhost:7878/store")  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import http.client
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pyoxigraph as ox

from graph.errors import InputError, NewsgraphError, UsageError

NG_ARTICLE = ox.NamedNode("https://w3id.org/newsgraph/ontology#Article")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
N_TRIPLES = "application/n-triples"


class EndpointError(NewsgraphError, ConnectionError):
    """The SPARQL store cannot be reached or refused a request (named in the message)."""

    exit_code = 1


@dataclass(frozen=True)
class PushReport:
    """What a push sent: article graphs, triples in all, graphs removed, and how long it took."""

    endpoint: str
    graphs: int
    triples: int
    deleted: tuple[str, ...]
    seconds: float


def push(
    graph: str | Path, endpoint: str, *, default_graph: str | None = None, prune: bool = True, timeout: float = 60.0
) -> PushReport:
    """PUT every named graph of the TriG/N-Quads file ``graph``, then its default graph, to ``endpoint``.

    ``default_graph``: put the default graph's triples into this named graph
    instead (for stores whose union default graph leaves the real default graph
    out, e.g. Fuseki/TDB with ``unionDefaultGraph``). ``prune``: delete the
    article graphs of an earlier push that the dataset no longer has.
    """
    began = time.perf_counter()
    graphs = read_graphs(graph)
    default = graphs.pop(None, [])
    client = GraphStore(endpoint, timeout=timeout)
    try:
        before = client.articles(default_graph) if prune else set()
        for name in sorted(graphs):
            client.put(name, graphs[name])
        client.put(default_graph, default)
        stale = tuple(sorted(before - set(graphs)))
        for name in stale:
            client.delete(name)
    finally:
        client.close()
    return PushReport(
        endpoint=endpoint,
        graphs=len(graphs),
        triples=len(default) + sum(len(t) for t in graphs.values()),
        deleted=stale,
        seconds=time.perf_counter() - began,
    )


def read_graphs(path: str | Path) -> dict[str | None, list[ox.Triple]]:
    """The triples of each graph of a TriG or N-Quads file, by graph IRI (``None``: the default graph)."""
    path = Path(path)
    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
    graphs: dict[str | None, list[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            graphs.setdefault(name, []).append(quad.triple)
    except OSError as error:
        raise InputError(f"{path}: cannot read the graph ({error.strerror or error})") from None
    except SyntaxError as error:
        raise InputError(f"{path}: not a valid TriG/N-Quads file ({' '.join(str(error).split())})") from None
    return graphs


class GraphStore:
    """A minimal Graph Store Protocol client over one keep-alive HTTP connection."""

    def __init__(self, endpoint: str, *, timeout: float = 60.0) -> None:
        url = urlsplit(endpoint)
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise UsageError(f"--endpoint {endpoint!r}: expected an http(s) URL such as http://localhost:7878/store")
        if url.query:
            raise UsageError(f"--endpoint {endpoint!r}: give the service URL without a query string")
        self.endpoint, self.url, self.timeout = endpoint, url, timeout
        self.headers: dict[str, str] = {}
        if url.username is not None:
            token = f"{unquote(url.username)}:{unquote(url.password or '')}".encode()
            self.headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        self._connection: http.client.HTTPConnection | None = None

    def put(self, graph: str | None, triples: Iterable[ox.Triple]) -> None:
        """Replace ``graph`` (``None``: the default graph) with ``triples``."""
        body = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b""
        self._request("PUT", graph, body=body, ok={200, 201, 204})

    def delete(self, graph: str) -> None:
        """Remove ``graph``; a graph that is not there is fine."""
        self._request("DELETE", graph, ok={200, 202, 204, 404})

    def get(self, graph: str | None) -> list[ox.Triple]:
        """The triples of ``graph`` (``None``: the default graph); none when the store has no such graph."""
        status, data = self._request("GET", graph, ok={200, 404}, accept=N_TRIPLES)
        if status == 404 or not data.strip():
            return []
        return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

    def articles(self, graph: str | None = None) -> set[str]:
        """IRIs of the articles listed in the store's default graph (or ``graph``): the graphs of a previous push."""
        return {t.subject.value for t in self.get(graph) if t.predicate == RDF_TYPE and t.object == NG_ARTICLE}

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _request(self, method: str, graph: str | None, *, ok: set[int], body: bytes | None = None,
                 accept: str | None = None) -> tuple[int, bytes]:
        target = f"{self.url.path or '/'}?" + ("default" if graph is None else "graph=" + quote(graph, safe=""))
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = N_TRIPLES
        if accept:
            headers["Accept"] = accept
        where = f"{method} {self.endpoint}?{target.split('?', 1)[1]}"
        for attempt in (1, 2):  # a keep-alive connection the server closed is reopened once
            try:
                connection = self._connect()
                connection.request(method, target, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as error:
                self.close()
                if attempt == 2:
                    raise EndpointError(f"{where}: connection lost ({error})") from None
            except (OSError, http.client.HTTPException) as error:
                self.close()
                raise EndpointError(f"{where}: cannot reach the store ({getattr(error, 'strerror', None) or error})") from None
        if response.status not in ok:
            detail = " ".join(data.decode("utf-8", "replace").split())[:200]
            raise EndpointError(f"{where}: HTTP {response.status} {response.reason}" + (f": {detail}" if detail else ""))
        return response.status, data

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            kind = http.client.HTTPSConnection if self.url.scheme == "https" else http.client.HTTPConnection
            self._connection = kind(self.url.hostname, self.url.port, timeout=self.timeout)
        return self._connection
