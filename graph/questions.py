"""The ready questions: ``graph/queries/*.rq`` with their description and parameters.

Each file starts with header comments::

    # description: Who said what about an actor ...
    # param: actor (required) — the actor spoken about
    # param: from (default: 0000) — earliest publication date

>>> named_queries()["said-about"].bind({"actor": "Xi Jinping"})["from"]
'0000'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from graph.errors import UsageError


@dataclass(frozen=True)
class QueryParam:
    """One parameter of a named query, declared in its ``.rq`` header."""

    name: str
    required: bool = False
    default: str | None = None
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A ready question shipped as ``graph/queries/<name>.rq``."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str

    def bind(self, given: Mapping[str, str] | None = None) -> dict[str, str]:
        """Check ``given`` against the declared parameters and fill in defaults."""
        given = dict(given or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            expected = ", ".join(p.name for p in self.params) or "none"
            raise UsageError(
                f"{self.name}: unknown parameter {unknown[0]!r} (expected: {expected})"
            )
        bound: dict[str, str] = {}
        for param in self.params:
            if param.name in given:
                bound[param.name] = given[param.name]
            elif param.default is not None:
                bound[param.name] = param.default
            elif param.required:
                raise UsageError(
                    f"{self.name}: missing parameter {param.name!r}"
                    f" (--param {param.name}=...)"
                )
        return bound


def named_queries() -> dict[str, NamedQuery]:
    """The ready questions, by name (file name without ``.rq``), sorted."""
    return {q.name: q for q in _load_named_queries()}


def named_query(name: str) -> NamedQuery:
    """One ready question; :class:`UsageError` naming the known ones if there is none by that name."""
    queries = named_queries()
    if name not in queries:
        raise UsageError(f"unknown named query {name!r} (known: {', '.join(queries)})")
    return queries[name]


@cache
def _load_named_queries() -> tuple[NamedQuery, ...]:
    """Parse every ``graph/queries/*.rq`` once."""
    folder = resources.files("graph") / "queries"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    return tuple(parse_named_query(f.name[:-3], f.read_text(encoding="utf-8")) for f in files)


_HEADER = re.compile(r"#\s*(description|param)\s*:\s*(.*)")
_PARAM = re.compile(
    r"(\w+)\s*(?:\((required|optional|default\s*:\s*[^)]*)\))?\s*(?:[—–-]+\s*(.*))?"
)


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read the ``# description:`` and ``# param:`` header comments of a query."""
    description, params = "", []
    for line in text.splitlines():
        header = _HEADER.match(line.strip())
        if header is None:
            continue
        key, value = header.groups()
        if key == "description":
            description = value.strip()
        else:
            params.append(_parse_param(name, value))
    return NamedQuery(name=name, description=description, params=tuple(params), text=text)


def _parse_param(query_name: str, spec: str) -> QueryParam:
    """``actor (required) — an actor's name`` -> :class:`QueryParam`."""
    match = _PARAM.fullmatch(spec.strip())
    if match is None:
        raise ValueError(f"{query_name}.rq: bad param header {spec!r}")
    name, kind, description = match.groups()
    kind = kind or "optional"
    default = kind.split(":", 1)[1].strip().strip('"') if kind.startswith("default") else None
    return QueryParam(name, kind == "required", default, (description or "").strip())
