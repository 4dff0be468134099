"""``newsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph.

- ``/sparql`` answers GET (``?query=``) and POST (``application/sparql-query``
  or a form with ``query=``), results as JSON, XML, CSV or TSV by the Accept
  header (SPARQL 1.1 Query Results formats), CONSTRUCT/DESCRIBE as Turtle or
  N-Triples. Updates are refused (403). A query runs at most ``timeout``
  seconds (503 after that) and may return at most ``max_rows`` rows (413).
- ``/`` serves the HTML explorer of the graph, ``/query`` a small query page
  (no outside script), both self-contained.

It binds to 127.0.0.1 unless told otherwise. Built on the standard library's
``ThreadingHTTPServer``: one thread per request; a query that overruns its
time limit is answered 503 at once, and its thread finishes in the background.
"""

from __future__ import annotations

import html
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from graph.errors import QueryError
from graph.query import PREFIXES, is_update, open_store
from graph.sparql_text import syntax_message

_SELECT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0  # seconds per query
    max_rows: int = 100_000


def make_server(graph: str | Path, settings: ServerSettings = ServerSettings(), *, html_page: str | None = None) -> ThreadingHTTPServer:
    """A ready (not yet serving) HTTP server for ``graph`` (TriG file or Oxigraph store folder)."""
    store = open_store(graph)
    if html_page is None:
        from graph.project import view_from_store
        from graph.render import render_html

        html_page = render_html(view_from_store(store))
    pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="sparql")
    handler = type("Handler", (_Handler,), {"store": store, "settings": settings, "page": html_page.encode("utf-8"), "pool": pool})
    server = ThreadingHTTPServer((settings.host, settings.port), handler)
    server.daemon_threads = True
    return server


def serve(graph: str | Path, settings: ServerSettings = ServerSettings()) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(graph, settings)
    host, port = server.server_address[:2]
    print(f"SPARQL endpoint: http://{host}:{port}/sparql   explorer: http://{host}:{port}/   (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


class _Handler(BaseHTTPRequestHandler):
    store: ox.Store
    settings: ServerSettings
    page: bytes
    pool: ThreadPoolExecutor
    server_version = "newsgraph"

    def log_message(self, format: str, *args) -> None:  # quiet: no per-request lines on stderr
        return

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.page)
        elif url.path == "/query":
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", _QUERY_PAGE.encode("utf-8"))
        elif url.path == "/sparql":
            query = parse_qs(url.query).get("query", [None])[0]
            self._answer(query)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if kind == "application/sparql-query":
            query = body
        elif kind == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "update" in form:
                self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: SPARQL UPDATE refused")
                return
            query = form.get("query", [None])[0]
        elif kind == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: SPARQL UPDATE refused")
            return
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {kind!r}")
            return
        self._answer(query)

    # -- answering -------------------------------------------------------------------------

    def _answer(self, query: str | None) -> None:
        if not query:
            self._error(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
            return
        if is_update(query):
            self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: SPARQL UPDATE refused")
            return
        future = self.pool.submit(self._run, query)
        try:
            status, content_type, body = future.result(timeout=self.settings.timeout)
        except FutureTimeout:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"query time limit ({self.settings.timeout:g} s) exceeded")
            return
        except QueryError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
            return
        self._send(status, content_type, body)

    def _run(self, query: str) -> tuple[int, str, bytes]:
        try:
            result = self.store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"malformed query: {syntax_message(error, query)}") from None
        accept = self.headers.get("Accept") or ""
        if isinstance(result, ox.QueryTriples):
            media = _negotiate(accept, _GRAPH_TYPES, "text/turtle")
            triples = _capped(result, self.settings.max_rows)
            if triples is None:
                return _too_large(self.settings.max_rows)
            return HTTPStatus.OK, f"{media}; charset=utf-8", ox.serialize(triples, format=_GRAPH_TYPES[media])
        media = _negotiate(accept, _SELECT_TYPES, "application/sparql-results+json")
        if isinstance(result, ox.QuerySolutions):
            variables = result.variables
            rows = _capped(result, self.settings.max_rows)
            if rows is None:
                return _too_large(self.settings.max_rows)
            body = _solutions_body(variables, rows, _SELECT_TYPES[media])
        else:
            body = result.serialize(format=_SELECT_TYPES[media])
        return HTTPStatus.OK, f"{media}; charset=utf-8", body

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _negotiate(accept: str, offered: dict, default: str) -> str:
    """The first offered media type the client accepts (q-values ignored; */* takes the default)."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default


def _capped(iterator, limit: int) -> list | None:
    items = []
    for item in iterator:
        if len(items) == limit:
            return None
        items.append(item)
    return items


def _too_large(limit: int) -> tuple[int, str, bytes]:
    return HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain; charset=utf-8", f"more than {limit} results; add a LIMIT\n".encode()


def _solutions_body(variables: list[ox.Variable], rows: list[ox.QuerySolution], fmt: ox.QueryResultsFormat) -> bytes:
    """Re-serialise the kept rows in the requested SPARQL results format (via an in-memory VALUES query)."""
    store = ox.Store()
    if not variables:
        return store.query("SELECT * WHERE {}").serialize(format=fmt)
    names = " ".join(f"?{v.value}" for v in variables)
    values = " ".join("(" + " ".join(_term(row[v]) for v in variables) + ")" for row in rows)
    return store.query(f"SELECT {names} WHERE {{ VALUES ({names}) {{ {values} }} }}").serialize(format=fmt)


def _term(term) -> str:
    if term is None:
        return "UNDEF"
    return str(term)


_QUERY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph · SPARQL</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">
<style>body{font:15px system-ui,sans-serif;margin:2rem;max-width:60rem}textarea{width:100%;height:14rem;font:13px monospace}
select,button{font:inherit;margin:.5rem .5rem 0 0}code{background:#eef}</style></head>
<body><h1>newsgraph SPARQL endpoint</h1>
<p>Prefixes <code>""" + html.escape(" ".join(f"{k}:" for k in sorted(PREFIXES))) + """</code> are pre-bound; the default graph is the union of the article graphs. Read-only. <a href="/">Back to the explorer</a>.</p>
<form method="get" action="/sparql"><textarea name="query">SELECT ?speaker ?target (COUNT(*) AS ?n) WHERE {
  ?s a ng:Statement ; ng:speaker/rdfs:label ?speaker ; ng:about/rdfs:label ?target .
} GROUP BY ?speaker ?target ORDER BY DESC(?n) LIMIT 20</textarea>
<button type="submit">Run (JSON)</button></form></body></html>
"""
