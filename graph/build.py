"""``newsgraph build``: inputs -> facts (cached per article) -> RDF dataset -> TriG + HTML.

The only expensive step is parsing; an article whose text, metadata,
extractor version and model version are unchanged is read back from the
extraction cache instead of being parsed again. A build whose articles, graph
code and options are all those of the last build in the same folder (and whose
output files are intact) stops there: nothing is resolved, written or rendered.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from extractors.load import LoadProblem, load_inputs
from extractors.model import Article, ArticleFacts
from extractors.nlp import BATCH_SIZE, DEFAULT_MODEL
from extractors.pipeline import EXTRACTOR_VERSION
from graph.distributed import Extractor, local_extractor
from graph.errors import InputError, NewsgraphError, UsageError

# spaCy, the rules, the RDF and HTML code are imported where they are used: a rebuild
# with nothing changed needs none of them (tests/graph/test_build_cache.py).

ProgressFactory = Callable[..., object]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: counts, problems and where the output went."""

    articles: int
    statements: int
    relations: int
    actors: int
    parsed: int
    from_cache: int
    problems: tuple[str, ...]
    undated: tuple[str, ...]
    ambiguous: tuple[str, ...]
    trig: Path
    html: Path | None
    seconds: dict[str, float] = field(default_factory=dict)


def build(
    paths: Sequence[str | Path] = ("seeds",),
    *,
    out_dir: str | Path = "out",
    model: str = DEFAULT_MODEL,
    date: str | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    render: bool = True,
    strict: bool = False,
    use_cache: bool = True,
    progress: ProgressFactory | None = None,
    extractor: "Extractor | None" = None,
    store_dir: str | Path | None = None,
) -> BuildReport:
    """Build the dataset of ``paths`` into ``out_dir``/graph.trig (and graph.html).

    ``store_dir`` also writes an on-disk Oxigraph store there (for large graphs:
    ``newsgraph query``/``serve`` open it without parsing the TriG again).
    With ``use_cache`` and nothing changed since the last build into ``out_dir``,
    the output is left as it is (``OUT/.cache/build.json`` records what it was built from).
    """
    out = Path(out_dir)
    _check_writable(out)  # before the long parse, not after it
    timer = _Timer()
    with timer("load"):
        if use_cache:
            articles, problems = _load_cached(paths, date=date, strict=strict, folder=out / ".cache" / "load")
        else:
            articles, problems = _load(paths, date=date, strict=strict)
    if date and len(articles) > 1:
        raise UsageError("--date applies to a single-file build; use a manifest.csv for several files")
    cache = _Cache(out / ".cache" / "extract", model) if use_cache else None
    record = _Record(out / ".cache" / "build.json")
    with timer("cache"):
        key = _build_key(articles, cache, render=render) if cache is not None and store_dir is None else None
        unchanged = record.matching(key, out, render=render) if key else None
    if unchanged is not None:  # the same inputs, code and options as the last build, whose output is intact
        return BuildReport(**unchanged, parsed=0, from_cache=unchanged["articles"], problems=tuple(problems),
                           trig=out / "graph.trig", html=out / "graph.html" if render else None, seconds=timer.seconds)
    from graph.rdf import atomic_write_bytes, dataset_quads, write_store, write_trig
    from graph.resolve import resolve_actors

    facts, parsed = extract_all(articles, cache=cache, model=model, workers=workers, batch_size=batch_size, progress=progress, timer=timer, extractor=extractor)
    with timer("resolve"):
        resolution = resolve_actors(facts)
    with timer("rdf"):
        quads = dataset_quads(facts, resolution)
    with timer("write"):
        trig = out / "graph.trig"
        write_trig(quads, trig)
        if store_dir is not None:
            write_store(quads, Path(store_dir))
    html = None
    if render:
        from graph.project import view_from_quads
        from graph.render import render_html

        with timer("render"):
            html = out / "graph.html"
            atomic_write_bytes(html, render_html(view_from_quads(quads)).encode("utf-8"))
    summary = {
        "articles": len(facts),
        "statements": sum(len(f.statements) for f in facts),
        "relations": sum(len(f.relations) for f in facts),
        "actors": len(resolution.actors),
        "undated": tuple(f.article.id for f in facts if f.article.date is None),
        "ambiguous": tuple(resolution.ambiguous),
    }
    if key:
        record.save(key, summary, [trig] + ([html] if html else []))
    return BuildReport(**summary, parsed=parsed, from_cache=len(facts) - parsed, problems=tuple(problems),
                       trig=trig, html=html, seconds=timer.seconds)


def extract_all(
    articles: list[Article],
    *,
    cache: "_Cache | None" = None,
    model: str = DEFAULT_MODEL,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    progress: ProgressFactory | None = None,
    timer: "_Timer | None" = None,
    extractor: "Extractor | None" = None,
) -> tuple[list[ArticleFacts], int]:
    """Facts of every article, in input order; returns (facts, how many were parsed).

    Articles not in the cache go to ``extractor`` (default: this process, or a pool
    of ``workers`` processes; ``graph.distributed.dask_extractor`` for a cluster).
    """
    timer = timer or _Timer()
    results: dict[int, ArticleFacts] = {}
    todo: list[int] = []
    with timer("cache"):
        for index, article in enumerate(articles):
            cached = cache.get(article) if cache else None
            if cached is not None:
                results[index] = cached
            else:
                todo.append(index)
    if todo:
        run = extractor or local_extractor(model=model, workers=workers, batch_size=batch_size)
        bar = progress(total=len(todo), desc="parsing", unit="article") if progress else None
        start, spent, pending, writing = time.perf_counter(), {}, iter(todo), 0.0
        for part in run([articles[i] for i in todo]):  # partitions come back in input order
            for facts in part.facts:
                index = next(pending)
                results[index] = facts
                if cache:
                    began = time.perf_counter()
                    cache.put(articles[index], facts)
                    writing += time.perf_counter() - began
            for stage, seconds in part.seconds.items():
                spent[stage] = spent.get(stage, 0.0) + seconds
            if bar is not None:
                bar.update(len(part.facts))
        if bar is not None:
            bar.close()
        # the workers' stages (model, parse, extract) share the wall time of this phase in proportion
        timer.seconds["cache"] += writing
        wall = time.perf_counter() - start - writing
        for stage, seconds in spent.items():
            timer.seconds[stage] = timer.seconds.get(stage, 0.0) + wall * seconds / (sum(spent.values()) or 1.0)
    return [results[i] for i in range(len(articles))], len(todo)


def _check_writable(out: Path) -> None:
    """Fail at once, in one line, when the output folder cannot be created or written."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=out).close()
    except OSError as error:
        raise NewsgraphError(f"{out}: cannot write the output folder ({error.strerror or error})") from None


def _load(
    paths: Iterable[str | Path], *, date: str | None, strict: bool, memo: "MutableMapping[str, Article | str] | None" = None
) -> tuple[list[Article], list[str]]:
    articles: list[Article] = []
    problems: list[str] = []
    seen: set[str] = set()
    for item in load_inputs(paths, date=date, memo=memo):
        if isinstance(item, LoadProblem):
            if strict:
                raise InputError(str(item))
            problems.append(str(item))
        elif item.id in seen:
            message = f"{item.id}: duplicate article id (kept the first)"
            if strict:
                raise InputError(message)
            problems.append(message)
        else:
            seen.add(item.id)
            articles.append(item)
    return articles, problems


def _load_cached(paths: Sequence[str | Path], *, date: str | None, strict: bool, folder: Path) -> tuple[list[Article], list[str]]:
    """``_load`` through a cache keyed by the inputs' bytes and the extractors' code.

    A rebuild of unchanged inputs skips decoding, cleaning and language detection
    (most of a no-op rebuild). When an input file changed, the inputs are read
    again but each record (a file, a JSONL line) whose text, id and metadata are
    unchanged is taken from the per-record memo (``_RecordMemo``): one article
    edited in a JSONL file of thousands is decoded, cleaned and checked alone.
    A change of the extractors' code or of the libraries they use loads
    everything again. Only the latest load is kept.
    """
    digest = hashlib.sha256(f"{date}|{_code_fingerprint()}".encode())
    for root in map(Path, paths):
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            relative = path.relative_to(root) if root.is_dir() else Path(path.name)
            if any(part.startswith(".") for part in relative.parts):
                continue
            digest.update(f"\0{root}\0{relative.as_posix()}\0".encode())
            digest.update(path.read_bytes() if path.is_file() else b"\0missing")
    entry = folder / f"{digest.hexdigest()}.json.gz"
    try:
        data = json.loads(gzip.decompress(entry.read_bytes()))
        empty = {"actors": [], "statements": [], "relations": []}
        articles = [ArticleFacts.from_json({"article": a, **empty}).article for a in data["articles"]]
        problems = list(data["problems"])
    except (OSError, EOFError, ValueError, KeyError, TypeError):  # missing or unreadable: load again
        memo = _RecordMemo.read(folder / _RecordMemo.NAME)
        articles, problems = _load(paths, date=date, strict=strict, memo=memo)
        memo.save()
        for old in folder.glob("*.json.gz"):  # not the memo (another suffix): it keeps only what this load used
            old.unlink(missing_ok=True)
        payload = {"articles": [asdict(a) for a in articles], "problems": problems}
        _write_quietly(entry, gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), compresslevel=1))
    if strict and problems:
        raise InputError(problems[0])
    return articles, problems


@cache
def _code_fingerprint() -> str:
    """The extractors' code and word lists: a change of either loads every input again."""
    import extractors

    root = Path(extractors.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    for name in _LOAD_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


#: Libraries whose versions decide what loading gives (decoding, repair, cleaning, language).
_LOAD_LIBRARIES = ("ftfy", "charset-normalizer", "py3langid", "rapidfuzz")


class _RecordMemo(MutableMapping):
    """``extractors.load``'s per-record memo, kept on disk between builds (``OUT/.cache/load/records.memo.gz``).

    Entries of another extractors' code are dropped on reading; entries no
    input used in this build are dropped on saving (the file follows the corpus).
    """

    NAME = "records.memo.gz"  # JSON, gzipped

    def __init__(self, path: Path, old: dict[str, Article | str]) -> None:
        self.path, self.old, self.new = path, old, {}

    @classmethod
    def read(cls, path: Path) -> "_RecordMemo":
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
            if data["code"] != _code_fingerprint():
                return cls(path, {})
            empty = {"actors": [], "statements": [], "relations": []}
            old = {key: value if isinstance(value, str) else ArticleFacts.from_json({"article": value, **empty}).article
                   for key, value in data["records"].items()}
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
            old = {}  # missing or unreadable: every record is loaded again
        return cls(path, old)

    def __getitem__(self, key: str) -> Article | str:
        if key not in self.new:
            self.new[key] = self.old[key]
        return self.new[key]

    def __setitem__(self, key: str, value: Article | str) -> None:
        self.new[key] = value

    def __delitem__(self, key: str) -> None:
        del self.new[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.new)

    def __len__(self) -> int:
        return len(self.new)

    def save(self) -> None:
        """Write the entries used by this build, when they differ from those read."""
        if self.new.keys() == self.old.keys():
            return
        records = {key: value if isinstance(value, str) else asdict(value) for key, value in self.new.items()}
        payload = {"code": _code_fingerprint(), "records": records}
        _write_quietly(self.path, gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), compresslevel=1))


def _write_quietly(path: Path, data: bytes) -> None:
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


def _build_key(articles: Sequence[Article], cache: "_Cache", *, render: bool) -> str:
    """What the output of a build depends on: each article's cache key (text, metadata,
    extractor and model versions), in order, the graph code and its libraries, the options."""
    digest = hashlib.sha256(f"{_graph_fingerprint()}|render={render}".encode())
    for article in articles:
        digest.update(cache.digest(article).encode())
    return digest.hexdigest()


@cache
def _graph_fingerprint() -> str:
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


class _Record:
    """The key and summary of the last build in an output folder, with the hashes of the files it wrote.

    A build whose key matches and whose output files are unchanged on disk has
    nothing to do: ``newsgraph build`` run twice does not rewrite (or re-render) anything.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def matching(self, key: str, out: Path, *, render: bool) -> dict | None:
        """The summary of the last build if it had ``key`` and its files are intact, else None."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["key"] != key:
                return None
            names = ["graph.trig"] + (["graph.html"] if render else [])
            if sorted(data["files"]) != sorted(names) or any(_file_hash(out / n) != data["files"][n] for n in names):
                return None
            summary = data["summary"]
            return {**summary, "undated": tuple(summary["undated"]), "ambiguous": tuple(summary["ambiguous"])}
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no record, or an unreadable one: build

    def save(self, key: str, summary: dict, files: list[Path]) -> None:
        data = {"key": key, "summary": summary, "files": {f.name: _file_hash(f) for f in files}}
        _write_quietly(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Cache:
    """Extraction results on disk, keyed by article content + extractor + model versions."""

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder
        try:
            model_version = metadata.version(model.replace("_", "-"))
        except metadata.PackageNotFoundError:
            model_version = "unknown"
        self.salt = f"{EXTRACTOR_VERSION}|{model}|{model_version}"
        self._digests: dict[int, tuple[Article, str]] = {}

    def digest(self, article: Article) -> str:
        """The article's cache key (computed once per article object)."""
        found = self._digests.get(id(article))
        if found is None or found[0] is not article:
            payload = json.dumps(asdict(article), sort_keys=True, ensure_ascii=False)
            found = (article, hashlib.sha256(f"{self.salt}|{payload}".encode()).hexdigest())
            self._digests[id(article)] = found
        return found[1]

    def _path(self, article: Article) -> Path:
        digest = self.digest(article)
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, article: Article) -> ArticleFacts | None:
        path = self._path(article)
        try:
            return ArticleFacts.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable: parse again

    def put(self, article: Article, facts: ArticleFacts) -> None:
        data = json.dumps(facts.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        _write_quietly(self._path(article), data)  # a cache file lost to a crash is parsed again


class _Timer:
    """Seconds spent per stage (for the summary and the benchmark)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __call__(self, stage: str) -> "_Stage":
        return _Stage(self, stage)


class _Stage:
    def __init__(self, timer: _Timer, stage: str) -> None:
        self.timer, self.stage = timer, stage

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc) -> None:
        elapsed = time.perf_counter() - self.start
        self.timer.seconds[self.stage] = self.timer.seconds.get(self.stage, 0.0) + elapsed
