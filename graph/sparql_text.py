"""SPARQL as text: the pre-bound prefixes, telling updates apart, binding parameters, error messages.

Nothing here runs a query on the user's data: these functions read and
rewrite query text (a throwaway empty Oxigraph store checks what they build).

>>> bind_params("SELECT * WHERE { ?s ?p ?v }", {"v": "x"})
'SELECT * WHERE { VALUES (?v) { ("x") }  ?s ?p ?v }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from graph.errors import QueryError

NG = "https://w3id.org/newsgraph/ontology#"
NGID = "https://w3id.org/newsgraph/id/"

#: Prefixes bound in every query (a query's own PREFIX declaration wins).
PREFIXES: dict[str, str] = {
    "ng": NG,
    "ngid": NGID,
    "nga": "https://w3id.org/newsgraph/article/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

_UPDATE_KEYWORDS = frozenset(
    "INSERT DELETE LOAD CLEAR CREATE DROP COPY MOVE ADD WITH".split()
)
_PROLOGUE = re.compile(
    r"(?:\s+|\#[^\n]*|(?:PREFIX\s*[\w.\-]*:\s*|BASE\s*)<[^>]*>)*", re.IGNORECASE
)
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_CURIE = re.compile(r"([A-Za-z][\w\-]*):(\S*)\Z")

#: SPARQL lexical pieces that matter for finding groups and prefixes: comments,
#: strings, IRIs and variables are skipped whole; words (keywords and prefixed
#: names, whose prefix may start with any letter or be empty) and brackets are kept.
_TOKEN = re.compile(
    r"""(?P<skip> \#[^\n]*
                | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                | '(?:[^'\\\n]|\\.)*' | "(?:[^"\\\n]|\\.)*"
                | <[^<>"{}|^`\\\x00-\x20]*> | [?$]\w+ )
      | (?P<word> [^\W\d][\w\-.]*(?::[\w\-.]*)? | :[\w\-.]* )
      | (?P<bracket> [{}()] )""",
    re.VERBOSE,
)
Token = tuple[str, str, int]  # kind, text (words upper-cased), end offset


def is_update(query: str) -> bool:
    """Whether ``query`` is a SPARQL UPDATE request (its first keyword after the prologue)."""
    rest = query[_PROLOGUE.match(query).end():]
    keyword = re.match(r"[A-Za-z]+", rest)
    return bool(keyword) and keyword.group(0).upper() in _UPDATE_KEYWORDS


# --------------------------------------------------------------------------
# Binding parameters: a VALUES block of RDF terms, never pasted user text


def bind_params(query: str, params: Mapping[str, str]) -> str:
    """``query`` with ``VALUES (?p ...) { (term ...) }`` opening its WHERE group(s).

    The block opens the outer WHERE group and every sub-SELECT's, so FILTERs
    and subqueries see the values, and Oxigraph starts its joins from them
    (much faster than ``substitutions``). CONSTRUCT WHERE and DESCRIBE without
    WHERE get a trailing VALUES clause. Terms are serialised by pyoxigraph and
    parsed back to check them: a value cannot change the query.
    """
    names = list(params)
    block = _values_block(names, [_param_term(name, params[name]) for name in names])
    top, *inner = _group_starts(query) or [None]
    offsets = sorted((o for o in [top, *inner] if o is not None), reverse=True)
    for offset in offsets:
        query = f"{query[:offset]} {block} {query[offset:]}"
    return query if top is not None else f"{query}\n{block}\n"


def _values_block(names: list[str], terms: list[ox.NamedNode | ox.Literal]) -> str:
    """``VALUES (?a ?b) { (t1 t2) }``, verified to parse back to exactly ``terms``."""
    variables = " ".join(f"?{name}" for name in names)
    row = " ".join(str(term) for term in terms)
    block = f"VALUES ({variables}) {{ ({row}) }}"
    check = ox.Store().query(f"SELECT * WHERE {{ {block} }}")
    if [[solution[name] for name in names] for solution in check] != [terms]:
        raise QueryError("a parameter value could not be bound safely")
    return block


def _tokens(query: str) -> list[Token]:
    return [
        (m.lastgroup, m.group().upper() if m.lastgroup == "word" else m.group(), m.end())
        for m in _TOKEN.finditer(query)
        if m.lastgroup != "skip"
    ]


def _group_starts(query: str) -> list[int | None]:
    """Offsets just inside the WHERE group of the query, then of each sub-SELECT.

    The first item is None when the query form has no group to open.
    """
    tokens = _tokens(query)
    starts = []
    for index, (kind, text, _) in enumerate(tokens):
        if kind != "word":
            continue
        if text in {"SELECT", "ASK", "DESCRIBE"}:
            starts.append(_first_group(tokens, index + 1))
        elif text == "CONSTRUCT":
            starts.append(_construct_group(tokens, index + 1))
    return starts


def _first_group(tokens: list[Token], index: int) -> int | None:
    """End offset of the first ``{`` outside parentheses from ``tokens[index]`` on."""
    depth = 0
    for _, text, end in tokens[index:]:
        depth += {"(": 1, ")": -1}.get(text, 0)
        if depth == 0 and text == "{":
            return end
        if depth == 0 and text == "}":
            return None
    return None


def _construct_group(tokens: list[Token], index: int) -> int | None:
    """The WHERE group of a CONSTRUCT, after its template (None for CONSTRUCT WHERE)."""
    if index < len(tokens) and tokens[index][1] == "WHERE":
        return None
    level = 0
    for position in range(index, len(tokens)):
        text = tokens[position][1]
        level += {"{": 1, "}": -1}.get(text, 0)
        if text == "}" and level == 0:
            return _first_group(tokens, position + 1)
    return None


def _param_term(name: str, value: str) -> ox.NamedNode | ox.Literal:
    """The term a parameter binds: an IRI for ``<...>`` or a known ``prefix:name``, else a string."""
    if not _VARNAME.match(name):
        raise QueryError(f"bad parameter name {name!r} (letters, digits and _ only)")
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        curie = _CURIE.match(value)
        if curie and curie.group(1) in PREFIXES:
            return ox.NamedNode(PREFIXES[curie.group(1)] + curie.group(2))
        return ox.Literal(value)
    except (ValueError, UnicodeError) as error:
        raise QueryError(f"parameter {name}: bad value {value!r}: {one_line(error)}") from error


# --------------------------------------------------------------------------
# Error messages


def syntax_message(error: SyntaxError, query: str) -> str:
    """The parser's message in one line, or a plain one for an unknown prefix."""
    return unknown_prefix(query) or shorten(one_line(error), 300)


def unknown_prefix(query: str) -> str | None:
    """``unknown prefix 'foo:' at line L, column C`` for the first undeclared prefix used.

    Any prefix SPARQL allows is found, including one starting with an
    accented letter (``élan:``) and the empty prefix (``:x``).
    """
    declared = set(PREFIXES) | set(re.findall(r"PREFIX\s+([^\s:]*):", query, re.IGNORECASE))
    for match in _TOKEN.finditer(query):
        prefix, colon, _ = match.group().partition(":")
        if match.lastgroup == "word" and colon and prefix not in declared and prefix != "_":
            line = query.count("\n", 0, match.start()) + 1
            column = match.start() - (query.rfind("\n", 0, match.start()) + 1) + 1
            return f"unknown prefix '{prefix}:' at line {line}, column {column}"
    return None


def one_line(error: BaseException | str) -> str:
    """An error message on a single line."""
    return " ".join(str(error).split())


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"
