"""SPARQL over a newsgraph dataset: open a store, run a query or a ready question, apply an update.

The store is pyoxigraph (bench/sparql.py: 30-3,000x faster than rdflib on the
named questions at 10,000 articles). The default graph of every query is the
union of the article graphs; named graphs stay addressable with ``GRAPH``.
Parameters become a ``VALUES`` block of RDF terms serialised by pyoxigraph,
never user text pasted into a query (:mod:`graph.sparql_text`). Output
formats are in :mod:`graph.results`, the ready questions in
:mod:`graph.questions`; their public names are re-exported here.

>>> store = open_store("out/graph.trig")
>>> result = run_named(store, "said-about", {"actor": "Xi Jinping"})
>>> print(format_result(result, "table", store=store))
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from graph.errors import InputError, QueryError
from graph.questions import NamedQuery, QueryParam, named_queries, named_query, parse_named_query
from graph.results import FORMATS, QueryResult, format_result, materialise
from graph.sparql_text import PREFIXES, bind_params, is_update, one_line, syntax_message
from graph.summaries import has_summaries, refresh_summaries

__all__ = [
    "FORMATS", "PREFIXES", "NamedQuery", "QueryParam", "QueryResult", "bind_params", "format_result",
    "is_update", "named_queries", "open_store", "parse_named_query", "run_named", "run_query", "update_graph",
]

_STORE_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}


# --------------------------------------------------------------------------
# Opening a store


def open_store(path: str | Path, *, read_only: bool = True) -> ox.Store:
    """Load a TriG / N-Quads file into memory, or open an Oxigraph store folder.

    Raises :class:`InputError` naming the file and the reason in one line.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        return _open_store_dir(path, read_only=read_only)
    rdf_format = _file_format(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=rdf_format)
    except SyntaxError as error:
        raise InputError(f"{path}: does not parse as {rdf_format.name}: {one_line(error)}") from error
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot be read: {one_line(error)}") from error
    return store


def _file_format(path: Path) -> ox.RdfFormat:
    rdf_format = _STORE_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise InputError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}"
            " (expected .trig, .nq or an Oxigraph store folder)"
        )
    return rdf_format


def _open_store_dir(path: Path, *, read_only: bool) -> ox.Store:
    """Open an on-disk Oxigraph store, read-only unless asked otherwise."""
    if not (path / "CURRENT").exists():
        raise InputError(f"{path}: not an Oxigraph store (no CURRENT file)")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot open the Oxigraph store: {one_line(error)}") from error


# --------------------------------------------------------------------------
# Running queries


def run_query(
    store: ox.Store,
    query: str,
    *,
    params: Mapping[str, str] | None = None,
    allow_update: bool = False,
) -> QueryResult:
    """Run a SPARQL query over the union of the article graphs.

    ``params`` bind variables through a ``VALUES`` block placed at the start
    of the WHERE group of the query and of each sub-SELECT (see
    :func:`bind_params`). SPARQL UPDATE is refused unless ``allow_update``;
    it changes ``store`` only (see :func:`update_graph` to keep the change).
    """
    if is_update(query):
        return _run_update(store, query, params=params, allow_update=allow_update)
    if params:
        _check_syntax(query)  # errors point into the user's text, not the bound one
        query = bind_params(query, params)
    try:
        answer = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        return materialise(answer)
    except SyntaxError as error:
        raise QueryError(f"malformed query: {syntax_message(error, query)}") from error
    except (OSError, RuntimeError) as error:
        raise QueryError(f"query failed: {one_line(error)}") from error


def run_named(
    store: ox.Store, name: str, params: Mapping[str, str] | None = None
) -> QueryResult:
    """Run a ready question by name, with its parameters checked and defaulted."""
    named = named_query(name)
    return run_query(store, named.text, params=named.bind(params))


def update_graph(path: str | Path, update: str, *, params: Mapping[str, str] | None = None) -> QueryResult:
    """Apply a SPARQL UPDATE to the graph at ``path`` and keep it.

    A TriG or N-Quads file is loaded, updated and written back atomically (a
    temporary file, then a rename: a reader sees the old file or the new
    one), in the build's sorted order; an Oxigraph store folder is changed in
    place. Pair summaries, if the graph has them, are recomputed
    (:mod:`graph.summaries`).
    """
    if not is_update(update):
        raise QueryError("not a SPARQL UPDATE (use run_query for queries)")
    path = Path(path)
    store = open_store(path, read_only=False)
    result = run_query(store, update, params=params, allow_update=True)
    if path.is_dir():
        store.flush()
    else:
        _write_back(store, path)
    return result


def _check_syntax(query: str) -> None:
    """Raise :class:`QueryError` if ``query`` does not parse (checked on an empty store)."""
    try:
        ox.Store().query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"malformed query: {syntax_message(error, query)}") from error


def _run_update(
    store: ox.Store, query: str, *, params: Mapping[str, str] | None, allow_update: bool
) -> QueryResult:
    """Apply a SPARQL UPDATE when explicitly allowed, then bring the pair summaries (if any) up to date."""
    if not allow_update:
        raise QueryError("read-only: SPARQL UPDATE refused; pass --allow-update")
    if params:
        raise QueryError("parameters cannot be bound in a SPARQL UPDATE")
    try:
        summarised = has_summaries(store)
        store.update(query, prefixes=PREFIXES)
        if summarised:
            refresh_summaries(store)
    except SyntaxError as error:
        raise QueryError(f"malformed update: {syntax_message(error, query)}") from error
    except (OSError, RuntimeError) as error:
        raise QueryError(f"update failed: {one_line(error)}") from error
    return QueryResult(kind="update")


def _write_back(store: ox.Store, path: Path) -> None:
    """Write ``store`` over the file it was loaded from, atomically, sorted as the build writes it."""
    from graph.rdf import atomic_write_bytes, sorted_quads, write_trig

    quads = sorted_quads(store)
    try:
        if _file_format(path) is ox.RdfFormat.TRIG:
            write_trig(quads, path)
        else:
            atomic_write_bytes(path, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    except OSError as error:
        raise QueryError(f"{path}: cannot write the updated graph ({error.strerror or one_line(error)})") from error
