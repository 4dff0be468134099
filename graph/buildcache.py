"""What a build keeps between runs in ``OUT/.cache``: each article's facts, and the key of the last build.

- ``FactsCache`` (``extract/``): an article whose text, metadata, extractor
  version and model version are unchanged is read back instead of parsed.
- ``BuildRecord`` (``build.json``): the key of the last build (every article's
  cache key, the graph code, the options) and the hashes of the files it
  wrote; a build with the same key and intact files has nothing to do, and
  one whose TriG comes out the same bytes (an edit that changed no fact)
  keeps the HTML page, a function of the TriG and the graph code.
- ``graphs.bin`` (``graph.rdfcache``): each article's named graph as TriG text, reused while the
  article's facts and the corpus ids of its actors are unchanged.

Cache files are written without fsync (``write_quietly``): a file lost to a crash is redone.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from extractors.model import Article, ArticleDate, ArticleFacts
from extractors.pipeline import EXTRACTOR_VERSION


def write_quietly(path: Path, data: bytes) -> None:
    """Write by rename, without fsync (6 ms a file here): for caches, where a file lost to a crash is redone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_DATE_FIELDS = tuple(f.name for f in fields(ArticleDate))


def article_record(article: Article) -> dict:
    """``dataclasses.asdict(article)`` (the same dict) without its generic deep copy: an article's fields are
    strings or None, and its date a flat dataclass (about 12 µs less an article; ``tests/graph/test_article_record.py``)."""
    record = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    date = record["date"]
    if date is not None:
        record["date"] = {name: getattr(date, name) for name in _DATE_FIELDS}
    return record


def facts_bytes(facts: ArticleFacts) -> bytes:
    """The cache file of ``facts``: ``json.dumps(facts.to_json())`` (sorted keys, UTF-8), the same bytes, without
    ``dataclasses.asdict``'s deep copy: the encoder walks the tuples itself and asks ``_dataclass_fields`` for each
    dataclass it meets (about 5x less CPU; ``tests/graph/test_facts_bytes.py``)."""
    return json.dumps(facts, default=_dataclass_fields, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _dataclass_fields(value: object) -> dict:
    """A dataclass instance's fields by name (values as they are: the encoder converts them in turn)."""
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        if not is_dataclass(value) or isinstance(value, type):
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        names = _FIELD_NAMES[type(value)] = tuple(field.name for field in fields(value))
    return {name: getattr(value, name) for name in names}


#: Field names per dataclass met by ``_dataclass_fields``.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class FactsCache:
    """Extraction results on disk, keyed by article content + extractor + model versions."""

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder
        try:
            model_version = metadata.version(model.replace("_", "-"))
        except metadata.PackageNotFoundError:
            model_version = "unknown"
        self.salt = f"{EXTRACTOR_VERSION}|{model}|{model_version}"
        self._digests: dict[int, tuple[Article, str]] = {}
        self._facts_digests: dict[str, str] = {}  # article cache key -> SHA-256 of the facts read or written

    def digest(self, article: Article) -> str:
        """The article's cache key (computed once per article object)."""
        found = self._digests.get(id(article))
        if found is None or found[0] is not article:
            payload = json.dumps(article_record(article), sort_keys=True, ensure_ascii=False)
            found = (article, hashlib.sha256(f"{self.salt}|{payload}".encode()).hexdigest())
            self._digests[id(article)] = found
        return found[1]

    def _path(self, article: Article) -> Path:
        digest = self.digest(article)
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, article: Article) -> ArticleFacts | None:
        path = self._path(article)
        try:
            data = path.read_bytes()
            facts = ArticleFacts.from_json(json.loads(data.decode("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable: parse again
        self._facts_digests[self.digest(article)] = hashlib.sha256(data).hexdigest()
        return facts

    def put(self, article: Article, facts: ArticleFacts) -> None:
        data = facts_bytes(facts)
        self._facts_digests[self.digest(article)] = hashlib.sha256(data).hexdigest()
        write_quietly(self._path(article), data)  # a cache file lost to a crash is parsed again

    def facts_digest(self, article: Article) -> str | None:
        """SHA-256 of the facts this build read from or wrote to the cache for ``article`` (None when neither)."""
        return self._facts_digests.get(self.digest(article))


def build_key(articles: Sequence[Article], facts_cache: FactsCache, *, render: bool) -> str:
    """What the output of a build depends on: each article's cache key (text, metadata,
    extractor and model versions), in order, the graph code and its libraries, the options."""
    digest = hashlib.sha256(f"{graph_fingerprint()}|render={render}".encode())
    for article in articles:
        digest.update(facts_cache.digest(article).encode())
    return digest.hexdigest()


@cache
def graph_fingerprint() -> str:
    """The graph package (code, templates, queries, shapes), the ontology and the versions of its libraries."""
    import graph
    from graph.ontology import ontology_path

    root = Path(graph.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(ontology_path().read_bytes())
    for name in ("pyoxigraph", "rdflib", "networkx", "pyvis"):
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


class BuildRecord:
    """The key and summary of the last build in an output folder, with the hashes of the files it wrote.

    A build whose key matches and whose output files are unchanged on disk has
    nothing to do: ``newsgraph build`` run twice does not rewrite (or re-render) anything.
    """

    #: Format of ``build.json``; a record of another version is not read (2: the graph code's fingerprint kept).
    VERSION = 2

    def __init__(self, path: Path) -> None:
        self.path = path

    def matching(self, key: str, out: Path, *, render: bool) -> dict | None:
        """The summary of the last build if it had ``key`` and its files are intact, else None."""
        data = self._record(render)
        if data is None or data["key"] != key or not self._intact(data, out):
            return None  # no record, an unreadable one, another build or a changed file: build
        try:
            summary = data["summary"]
            return {**summary, "undated": tuple(summary["undated"]), "ambiguous": tuple(summary["ambiguous"])}
        except (KeyError, TypeError):
            return None  # an unreadable summary: build

    def same_output(self, trig: bytes, out: Path, *, render: bool) -> bool:
        """Whether ``trig`` is the graph.trig the last build wrote, with this graph code and
        the same files, all intact: its HTML page (made from the TriG alone) is still right."""
        data = self._record(render)
        return data is not None and data["graph"] == graph_fingerprint() \
            and hashlib.sha256(trig).hexdigest() == data["files"]["graph.trig"] and self._intact(data, out)

    def _record(self, render: bool) -> dict | None:
        """The last build's record when it is of this version and lists the files a build with ``render`` writes."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            names = ["graph.trig"] + (["graph.html"] if render else [])
            if data.get("version") != self.VERSION or sorted(data["files"]) != sorted(names) \
                    or not {"key", "graph", "summary"} <= data.keys():
                return None
            return data
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    @staticmethod
    def _intact(data: dict, out: Path) -> bool:
        """Whether every file the record lists is on disk with the hash it had."""
        try:
            return all(file_hash(out / name) == digest for name, digest in data["files"].items())
        except OSError:
            return False

    def save(self, key: str, summary: dict, files: list[Path]) -> None:
        data = {"version": self.VERSION, "graph": graph_fingerprint(), "key": key, "summary": summary,
                "files": {f.name: file_hash(f) for f in files}}
        write_quietly(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
