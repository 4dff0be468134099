"""``newsgraph build``: inputs -> facts (cached per article) -> RDF dataset -> TriG + HTML.

The only expensive step is parsing; an article whose text, metadata,
extractor version and model version are unchanged is read back from the
extraction cache instead of being parsed again. A build whose articles, graph
code and options are all those of the last build in the same folder (and whose
output files are intact) stops there: nothing is resolved, written or rendered.
One whose TriG comes out byte for byte as the last build's (an edit that
changed no fact) leaves graph.trig and graph.html as they are: the page is
made from the TriG and the graph code alone (``BuildRecord.same_output``).
Otherwise the named graphs of the articles whose facts and actors' ids are
unchanged are reused as TriG text from the last build (``graph.rdfcache``).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.model import Article, ArticleFacts
from extractors.nlp import BATCH_SIZE, DEFAULT_MODEL
from graph.buildcache import BuildRecord, FactsCache, build_key
from graph.distributed import Extractor, extraction_failure, local_extractor
from graph.errors import InputError, NewsgraphError, UsageError
from graph.inputs import load_articles, load_memoised

#: ``load_articles`` under its former name (kept for scripts that import it).
_load = load_articles

# spaCy, the rules, the RDF and HTML code are imported where they are used: a rebuild
# with nothing changed needs none of them (tests/graph/test_build_cache.py).
if TYPE_CHECKING:
    from graph.rdfcache import Dataset
    from graph.resolve import Resolution

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
            articles, problems = load_memoised(paths, date=date, strict=strict, folder=out / ".cache" / "load")
        else:
            articles, problems = load_articles(paths, date=date, strict=strict)
    if date and len(articles) > 1:
        raise UsageError("--date applies to a single-file build; use a manifest.csv for several files")
    cache = FactsCache(out / ".cache" / "extract", model) if use_cache else None
    record = BuildRecord(out / ".cache" / "build.json")
    with timer("cache"):
        key = build_key(articles, cache, render=render) if cache is not None and store_dir is None else None
        unchanged = record.matching(key, out, render=render) if key else None
    if unchanged is not None:  # the same inputs, code and options as the last build, whose output is intact
        return BuildReport(**unchanged, parsed=0, from_cache=unchanged["articles"], problems=tuple(problems),
                           trig=out / "graph.trig", html=out / "graph.html" if render else None, seconds=timer.seconds)
    from graph.rdf import atomic_write_bytes, dataset_quads, trig_bytes, write_store
    from graph.resolve import resolve_actors

    facts, parsed = extract_all(articles, cache=cache, model=model, workers=workers, batch_size=batch_size, progress=progress, timer=timer, extractor=extractor)
    from_cache = len(facts) - parsed
    notes = [extraction_failure(f) for f in facts]
    failed = [(f.article.id, note) for f, note in zip(facts, notes) if note]
    if strict and failed:  # "stop at the first bad input": before anything is written
        article, note = failed[0]
        raise InputError(f"{article}: {note}")
    problems = [*problems, *(f"{article}: {note}; left out, the other articles are built" for article, note in failed)]
    facts = [f for f, note in zip(facts, notes) if not note]
    with timer("resolve"):
        resolution = resolve_actors(facts)
    with timer("rdf"):
        dataset = reused_dataset(facts, resolution, out, cache, articles) if cache is not None and store_dir is None else None
        quads = dataset_quads(facts, resolution) if dataset is None else None
    with timer("write"):
        trig = out / "graph.trig"
        data = trig_bytes(quads) if dataset is None else dataset.trig
        same = key is not None and record.same_output(data, out, render=render)  # an edit that changed no fact
        if not same:
            atomic_write_bytes(trig, data)
        if store_dir is not None:
            write_store(quads, Path(store_dir))
    html = out / "graph.html" if render and same else None  # the page of the same TriG, as it is
    if render and not same:
        from graph.project import view_from_quads, view_from_store
        from graph.render import render_html

        with timer("render"):
            html = out / "graph.html"
            view = view_from_quads(quads) if dataset is None else view_from_store(dataset.store)
            atomic_write_bytes(html, render_html(view).encode("utf-8"))
    summary = {
        "articles": len(facts),
        "statements": sum(len(f.statements) for f in facts),
        "relations": sum(len(f.relations) for f in facts),
        "actors": len(resolution.actors),
        "undated": tuple(f.article.id for f in facts if f.article.date is None),
        "ambiguous": tuple(resolution.ambiguous),
    }
    if key and not failed:  # after a failed article the next build tries it again (and says so again)
        record.save(key, summary, [trig] + ([html] if html else []))
    return BuildReport(**summary, parsed=parsed, from_cache=from_cache, problems=tuple(problems),
                       trig=trig, html=html, seconds=timer.seconds)


def extract_all(
    articles: list[Article],
    *,
    cache: FactsCache | None = None,
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
                if cache and not extraction_failure(facts):  # a failed article is tried again next time
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


def reused_dataset(facts: list[ArticleFacts], resolution: "Resolution", out: Path, cache: FactsCache,
                   articles: list[Article]) -> "Dataset | None":
    """The dataset made with the named graphs of the last build's unchanged articles (``graph.rdfcache``), keyed by
    the digest of each article's facts; None when it must be made as a whole."""
    from graph.rdfcache import GraphBlocks, dataset_from_blocks

    keys = {article.id: cache.facts_digest(article) for article in articles}
    if len(keys) != len(articles) or None in keys.values():  # an id shared by two articles, or facts not seen in
        return None  # the cache: the dataset made as a whole
    blocks = GraphBlocks(out / ".cache" / "graphs.bin")  # read only when it can be used
    dataset = dataset_from_blocks(facts, resolution, blocks, lambda f: keys[f.article.id])
    if dataset is not None:
        blocks.save()
    return dataset


def _check_writable(out: Path) -> None:
    """Fail at once, in one line, when the output folder cannot be created or written."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=out).close()
    except OSError as error:
        raise NewsgraphError(f"{out}: cannot write the output folder ({error.strerror or error})") from None


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
