"""``newsgraph build``: inputs -> facts (cached per article) -> RDF dataset -> TriG + HTML.

The only expensive step is parsing; an article whose text, metadata,
extractor version and model version are unchanged is read back from the
extraction cache instead of being parsed again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
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
from graph.rdf import atomic_write_bytes, dataset_quads, write_store, write_trig
from graph.resolve import resolve_actors

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
    return BuildReport(
        articles=len(facts),
        statements=sum(len(f.statements) for f in facts),
        relations=sum(len(f.relations) for f in facts),
        actors=len(resolution.actors),
        parsed=parsed,
        from_cache=len(facts) - parsed,
        problems=tuple(problems),
        undated=tuple(f.article.id for f in facts if f.article.date is None),
        ambiguous=tuple(resolution.ambiguous),
        trig=trig,
        html=html,
        seconds=timer.seconds,
    )


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


def _load(paths: Iterable[str | Path], *, date: str | None, strict: bool) -> tuple[list[Article], list[str]]:
    articles: list[Article] = []
    problems: list[str] = []
    seen: set[str] = set()
    for item in load_inputs(paths, date=date):
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
    (most of a no-op rebuild); any change of an input file or of the extractors
    loads everything again. Only the latest load is kept.
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
        articles, problems = _load(paths, date=date, strict=strict)
        for old in folder.glob("*.json.gz"):
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
    return digest.hexdigest()


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


class _Cache:
    """Extraction results on disk, keyed by article content + extractor + model versions."""

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder
        try:
            model_version = metadata.version(model.replace("_", "-"))
        except metadata.PackageNotFoundError:
            model_version = "unknown"
        self.salt = f"{EXTRACTOR_VERSION}|{model}|{model_version}"

    def _path(self, article: Article) -> Path:
        payload = json.dumps(asdict(article), sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(f"{self.salt}|{payload}".encode()).hexdigest()
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
