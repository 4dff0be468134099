"""Extraction cost alone: parse articles once, then time the rule modules per stage (ms an article).

    .venv/bin/python bench/extract_profile.py                         # bench/data + seeds, 300 articles
    .venv/bin/python bench/extract_profile.py --articles 300 --profile 25
    .venv/bin/python bench/extract_profile.py seeds tests/gold/invented --dump /tmp/facts.txt

The articles (``bench/data/wikinews-fr-2012.jsonl`` and ``seeds/``, repeated up
to ``--articles``, or the inputs given) are parsed once as ``newsgraph build``
parses them (``extractors.nlp.parse(..., robust=True)``); only then is the
clock started, so the figures are what the extractors add on top of spaCy.
Stages: actors (``ArticleActors``), statements, relations, event times, then
the whole ``extract_article`` again (its total is the reference). ``--profile
N`` runs ``extract_article`` under cProfile and prints the N costliest
functions (cumulative); ``--dump FILE`` writes every article's facts, one
``repr`` a line, to compare two versions of the rules byte for byte.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import pstats
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = (ROOT / "bench" / "data" / "wikinews-fr-2012.jsonl", ROOT / "seeds")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from extractors.load import load_inputs
    from extractors.model import Article
    from extractors.nlp import parse

    inputs = args.inputs or [str(p) for p in DEFAULT_INPUTS]
    articles = [a for a in load_inputs(inputs) if isinstance(a, Article)]
    if not articles:
        print("no article found", file=sys.stderr)
        return 1
    if not args.inputs:  # the default corpus, repeated as bench/run.py does
        articles = list(itertools.islice(itertools.cycle(articles), args.articles))
    began = time.process_time()
    docs = list(parse([a.text for a in articles], model=args.model, robust=True))
    parse_ms = 1000 * (time.process_time() - began) / len(docs)
    print(f"{len(docs)} articles, parse {parse_ms:.1f} ms CPU an article (robust, batched)")
    pairs = list(zip(articles, docs, strict=True))
    if args.dump:
        dump(pairs, Path(args.dump))
        print(f"facts written to {args.dump}")
    for _ in range(args.repeat):
        print(stage_table(pairs, parse_ms))
    if args.profile:
        print(profile(pairs, args.profile))
    return 0


def stage_table(pairs: list, parse_ms: float) -> str:
    """Milliseconds of CPU an article per extraction stage, and their share of parsing."""
    from extractors.entities import ArticleActors
    from extractors.eventtime import event_time
    from extractors.pipeline import _robust, extract_article
    from extractors.quotes import extract_statements
    from extractors.relations import extract_relations

    spent = dict.fromkeys(("actors", "statements", "relations", "event time"), 0.0)
    for article, doc in pairs:
        doc = _robust(doc)
        clock = time.process_time()
        actors = ArticleActors(doc, article.language)
        spent["actors"] += time.process_time() - clock
        clock = time.process_time()
        statements = list(extract_statements(doc, actors, language=article.language))
        spent["statements"] += time.process_time() - clock
        clock = time.process_time()
        relations = list(extract_relations(doc, actors, language=article.language))
        spent["relations"] += time.process_time() - clock
        clock = time.process_time()
        for fact in statements:
            replace(fact, event_time=event_time(doc, fact.evidence.start, fact.evidence.end, fact.cue, article.date))
        for fact in relations:
            replace(fact, event_time=event_time(doc, fact.evidence.start, fact.evidence.end, fact.action, article.date))
        spent["event time"] += time.process_time() - clock
    clock = time.process_time()
    for article, doc in pairs:
        extract_article(article, doc)
    spent["extract_article"] = time.process_time() - clock
    count = len(pairs)
    lines = ["| stage | ms an article | share of parse |", "|---|---:|---:|"]
    for stage, seconds in spent.items():
        ms = 1000 * seconds / count
        lines.append(f"| {stage} | {ms:.2f} | {ms / parse_ms:.1%} |")
    return "\n".join(lines)


def profile(pairs: list, top: int) -> str:
    """The ``top`` costliest functions of ``extract_article`` over every article (cumulative time)."""
    from extractors.pipeline import extract_article

    profiler = cProfile.Profile()
    profiler.enable()
    for article, doc in pairs:
        extract_article(article, doc)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def dump(pairs: list, path: Path) -> None:
    """Every article's facts, one ``repr`` a line, in input order."""
    from extractors.pipeline import extract_article

    with path.open("w", encoding="utf-8") as out:
        for article, doc in pairs:
            out.write(repr(extract_article(article, doc)) + "\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: bench/data and seeds/, repeated)")
    parser.add_argument("--articles", type=int, default=300, help="articles of the default corpus (default 300)")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--repeat", type=int, default=1, help="times to run the stage table (default 1)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    parser.add_argument("--dump", metavar="FILE", help="write every article's facts to FILE")
    return parser


if __name__ == "__main__":
    sys.exit(main())
