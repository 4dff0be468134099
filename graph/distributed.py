"""Extraction spread over processes: in-process, a local pool (``--workers N``) or Dask (``--dask``).

Every mode runs the same unit of work, :func:`extract_partition`: a list of
articles in, their facts out in the same order, in a process that loads the
spaCy model once. ``graph.build.extract_all`` hands the articles that are not
in the cache to an :data:`Extractor` and merges the partitions in input order,
so the output bytes do not depend on where extraction ran.

>>> from graph.build import build
>>> build(["seeds"], extractor=dask_extractor("tcp://127.0.0.1:8786"))  # doctest: +SKIP

A Dask worker needs newsgraph and the model installed (``pip install
'newsgraph[dask]'``) and should run one thread (``--nthreads 1``): the
pipeline is not shared between threads, one partition at a time per process.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from extractors.model import Article, ArticleFacts
from extractors.nlp import BATCH_SIZE, DEFAULT_MODEL
from graph.errors import NewsgraphError, UsageError

#: How many times each model was loaded in this process (one per worker is the contract).
MODEL_LOADS: Counter[str] = Counter()
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Partition:
    """The facts of one partition of articles, in order, and the seconds the worker spent per stage."""

    facts: tuple[ArticleFacts, ...]
    seconds: dict[str, float] = field(default_factory=dict)


#: Articles in, partitions of their facts out, in input order.
Extractor = Callable[[Sequence[Article]], Iterator[Partition]]


def extract_partition(articles: Sequence[Article], *, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE) -> Partition:
    """Parse and extract ``articles`` in this process (the model is loaded on first use, then kept).

    The parse is the robust one the extractors read (``extractors.nlp.parse(robust=True)``):
    entities first, then one batched parse of the name-masked copies.
    """
    from extractors.nlp import parse
    from extractors.pipeline import extract_article

    with _LOCK:  # one partition at a time: a spaCy pipeline is not shared between threads
        start = time.perf_counter()
        _model(model)
        loaded = time.perf_counter()
        docs = list(parse([a.text for a in articles], model=model, batch_size=batch_size, robust=True))
        parsed = time.perf_counter()
        facts = tuple(extract_safely(extract_article, article, doc) for article, doc in zip(articles, docs, strict=True))
        done = time.perf_counter()
    return Partition(facts, {"model": loaded - start, "parse": parsed - loaded, "extract": done - parsed})


#: The note an article's facts carry when its extraction raised: the build reports it and leaves the article out.
EXTRACTION_FAILED = "extraction failed"


def extract_safely(extract: Callable[..., ArticleFacts], article: Article, doc: Any) -> ArticleFacts:
    """``extract(article, doc)``; when a rule raises on this article, no facts and an ``EXTRACTION_FAILED`` note
    naming the error, so that one article the rules cannot read does not stop the build of the others."""
    try:
        return extract(article, doc)
    except Exception as error:  # noqa: BLE001 — any rule's bug on one text; the build reports it in one line
        return ArticleFacts(article=article, notes=(f"{EXTRACTION_FAILED} ({type(error).__name__}: {error})",))


def extraction_failure(facts: ArticleFacts) -> str | None:
    """The ``EXTRACTION_FAILED`` note of ``facts``, if its extraction raised."""
    return next((note for note in facts.notes if note.startswith(EXTRACTION_FAILED)), None)


def partitions(articles: Sequence[Article], size: int) -> list[list[Article]]:
    """``articles`` cut into consecutive lists of at most ``size``."""
    size = max(1, size)
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


#: spaCy batches in one partition when one process parses: the robust parse of 8 batches in one call costs
#: about 5% less CPU than 8 calls of one batch (``bench``-style probe, 256 articles, 3 rounds each).
SERIAL_BATCHES = 8


def local_extractor(*, model: str = DEFAULT_MODEL, workers: int = 1, batch_size: int = BATCH_SIZE) -> Extractor:
    """Extraction in this process (``workers == 1``) or in a pool of ``workers`` processes.

    The pool processes share the model loaded once here (fork; where fork is
    missing each loads it once) and take partitions of ``batch_size``
    articles (one spaCy batch; smaller for a small corpus, so that every worker
    gets several) as it becomes free; only articles and facts cross process
    boundaries, never parsed Docs. One process takes ``SERIAL_BATCHES`` batches at a time.
    """

    def run(articles: Sequence[Article]) -> Iterator[Partition]:
        size = batch_size * SERIAL_BATCHES if workers <= 1 else min(batch_size, -(-len(articles) // (4 * workers)))
        parts = partitions(articles, size)
        if workers <= 1 or len(parts) < 2:
            for part in parts:
                yield extract_partition(part, model=model, batch_size=batch_size)
            return
        processes = min(workers, len(parts))
        if "fork" in multiprocessing.get_all_start_methods():
            # as spaCy's n_process: load the model here once, fork workers that share it copy-on-write
            start = time.perf_counter()
            _model(model)
            # the workers waited for this load: weigh it as if each had spent it (see extract_all's split)
            yield Partition((), {"model": (time.perf_counter() - start) * processes})
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("spawn")  # each worker loads the model once
        pool = ProcessPoolExecutor(max_workers=processes, mp_context=context)
        try:
            yield from pool.map(partial(extract_partition, model=model, batch_size=batch_size), parts)
        except BrokenProcessPool:
            raise NewsgraphError("a parser process died (out of memory?); try fewer --workers") from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    return run


def dask_extractor(
    address: str, *, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE, partition_size: int | None = None,
    timeout: float = 30.0,
) -> Extractor:
    """Extraction on the Dask distributed cluster whose scheduler is at ``address`` (``tcp://host:8786``).

    Partitions of ``partition_size`` articles (default: ``batch_size``) are
    mapped over the workers; each worker loads the model once (a per-process
    cache) and returns plain JSON facts, gathered here in input order.
    """
    size = partition_size or batch_size

    def run(articles: Sequence[Article]) -> Iterator[Partition]:
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--dask needs Dask: pip install 'newsgraph[dask]'") from None
        with Client(address, timeout=timeout, set_as_default=False) as client:
            task = partial(_dask_task, model=model, batch_size=batch_size)  # Client.map has a batch_size of its own
            futures = client.map(task, partitions(articles, size), pure=False)
            try:
                for future in futures:
                    facts, seconds = future.result()
                    future.release()
                    yield Partition(tuple(ArticleFacts.from_json(f) for f in facts), seconds)
            finally:
                client.cancel([f for f in futures if not f.done()])

    return run


def worker_model_loads() -> dict[str, int]:
    """Models loaded by this process so far (run on Dask workers with ``client.run``)."""
    return dict(MODEL_LOADS)


# -- helpers -------------------------------------------------------------------------------


def _model(name: str) -> Any:
    from extractors.nlp import is_loaded, load_model, settle_collector

    if is_loaded(name):
        return load_model(name)  # the pipeline _robust() re-parses with too: one model per process
    MODEL_LOADS[name] += 1
    model = load_model(name)
    settle_collector()  # this process extracts: its collector tuned once the model's objects exist
    return model


def _dask_task(articles: list[Article], *, model: str, batch_size: int) -> tuple[list[dict], dict[str, float]]:
    """One Dask task: facts as plain JSON (the cache's format), so the result is data, not code."""
    part = extract_partition(articles, model=model, batch_size=batch_size)
    return [f.to_json() for f in part.facts], part.seconds
