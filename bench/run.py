"""Benchmark: ``newsgraph build`` against raw spaCy ``nlp.pipe`` on generated corpora of N articles.

    .venv/bin/python bench/run.py                      # N = 100 and 1,000; workers 1 and 2
    .venv/bin/python bench/run.py --sizes 100,1000,10000 --workers 1,2

For each size N a corpus is generated from ``bench/data/wikinews-fr-2012.jsonl``
and ``seeds/`` (sampled and repeated; each copy has its own id, a shifted date
and a marker line, so no two copies share a cache key). Then, each step in a
fresh process (so that peak memory is per size and every build pays its own
start-up, as a user's would): raw ``nlp.pipe`` over the same cleaned texts with
the same model, batch size and process count, twice: with a stock ``spacy.load``
("stock") and as newsgraph loads it: the lemmatizer's index as sets
(``extractors.lemma_tables.index_as_sets``: same lemmas, a faster parse) and the
collector settled (``extractors.nlp.settle_collector``) ("like for like", whose
ratio is newsgraph's own overhead); a first build (empty cache); a
second build with nothing changed; a build after one article changed; the
named queries on the result. Prints tables in Markdown. Read ratios, not
absolutes: on a shared 2-core machine the figures move with the load.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "wikinews-fr-2012.jsonl"
SEEDS = ROOT / "seeds"
STAGES = ("load", "cache", "model", "parse", "extract", "resolve", "rdf", "write", "render")
#: Appended to one article for the "one article changed" build: a sentence that adds a statement (Lavrov about
#: Russia and the United States), so the rebuild redoes the RDF and the render; an edit that adds no fact leaves
#: graph.trig and graph.html as they are (graph.buildcache.BuildRecord) and would measure the easy case.
CHANGE = ("\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré que Moscou ne céderait pas "
          "aux pressions de Washington.\n")
#: Values for the required parameters of the named queries (filled with the busiest speakers).
ACTOR_PARAMS = {"actor": 0, "actor1": 0, "actor2": 1, "target": 1}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    print(f"# newsgraph benchmark: model {args.model}, batch size {args.batch_size}, {os.cpu_count()} cores; work folder {work}",
          file=sys.stderr)
    rows: list[dict[str, Any]] = []
    queries: dict[int, dict[str, Any]] = {}
    took: dict[int, float] = {}
    for size in sizes:
        began = time.perf_counter()
        corpus = work / f"n{size}" / "articles.jsonl"
        changed = work / f"n{size}" / "changed" / "articles.jsonl"
        make_corpus(size, corpus, changed)
        for count in workers:
            row = {"articles": size, "workers": count}
            common = ["--model", args.model, "--batch-size", str(args.batch_size), "--workers", str(count)]
            out = work / f"n{size}" / f"out-w{count}"
            row["raw"] = _child("raw", ["--corpus", str(corpus), *common])
            row["raw_sets"] = _child("raw", ["--corpus", str(corpus), "--lemma-sets", *common])
            row["first"] = _child("build", ["--corpus", str(corpus), "--out", str(out), *common])
            row["noop"] = _child("build", ["--corpus", str(corpus), "--out", str(out), *common])
            row["change"] = _child("build", ["--corpus", str(changed), "--out", str(out), *common])
            rows.append(row)
            print(f"  N={size} workers={count}: raw {row['raw']['wall']:.1f} s (stock), "
                  f"{row['raw_sets']['wall']:.1f} s (like for like), build {row['first']['wall']:.1f} s, "
                  f"no-op {row['noop']['wall']:.1f} s, one changed {row['change']['wall']:.1f} s", file=sys.stderr)
        queries[size] = _child("query", ["--out", str(work / f"n{size}" / f"out-w{workers[0]}")])
        took[size] = time.perf_counter() - began
        print(f"N={size} took {took[size]:.0f} s", file=sys.stderr)
    print(report(rows, queries, took, args))
    (work / "rows.json").write_text(json.dumps({"rows": rows, "queries": queries}, indent=1), encoding="utf-8")  # every figure
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


# -- the corpus ----------------------------------------------------------------------------


def make_corpus(size: int, path: Path, changed: Path, *, seed: int = 9) -> None:
    """``size`` records sampled and repeated from the base articles; ``changed`` has its first record edited."""
    base = base_records()
    order = list(range(len(base)))
    random.Random(seed).shuffle(order)
    records = []
    for i in range(size):
        record = dict(base[order[i % len(base)]])
        copy = i // len(base)
        if copy:
            record["id"] = f"{record['id']}~{copy}"
            record["date"] = _shift(record.get("date"), copy)
            record["text"] = record["text"].rstrip() + f"\n\n(Copie {copy}.)\n"
        records.append(record)
    _write_jsonl(path, records)
    records[0] = {**records[0], "text": records[0]["text"].rstrip() + CHANGE}
    _write_jsonl(changed, records)


def base_records() -> list[dict[str, Any]]:
    """The wikinews records and the seed articles, as JSONL records."""
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    with (SEEDS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = (SEEDS / row["file"]).read_text(encoding="utf-8")
            records.append({"id": f"seeds/{row['file']}", "text": text, "date": row.get("date") or None,
                            "publisher": row.get("publisher") or None})
    return records


def _shift(date: str | None, months: int) -> str | None:
    """``date`` moved ``months`` months later (day capped at 28), same precision."""
    if not date:
        return date
    parts = date.split("-")
    year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1
    total = year * 12 + month - 1 + months
    shifted = [f"{total // 12:04d}", f"{total % 12 + 1:02d}"]
    if len(parts) > 2:
        shifted.append(f"{min(int(parts[2]), 28):02d}")
    return "-".join(shifted[:len(parts)])


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


# -- the measured steps, each in a fresh process -------------------------------------------


def _child(kind: str, extra: list[str]) -> dict[str, Any]:
    began = time.perf_counter()
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", kind, *extra],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"bench: {kind} step failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - began  # the whole process: start-up and imports included
    return result


def child_raw(args: argparse.Namespace) -> dict[str, Any]:
    """Raw spaCy: load the model, then ``nlp.pipe`` over the cleaned texts the build parses.

    With ``--lemma-sets`` the lemmatizer's index is made sets after the load and the collector settled, as
    newsgraph's own load does (``extractors.lemma_tables.index_as_sets``, ``extractors.nlp.settle_collector``), so
    the two parse with the same spaCy in the same process settings: like for like."""
    import spacy

    from graph.inputs import load_articles

    articles, _ = load_articles([args.corpus], date=None, strict=False)
    texts = [a.text for a in articles]
    began = time.perf_counter()
    nlp = spacy.load(args.model)
    if args.lemma_sets:
        from extractors.lemma_tables import index_as_sets
        from extractors.nlp import settle_collector

        index_as_sets(nlp)
        settle_collector()
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=int(args.workers)))
    done = time.perf_counter()
    return {"model": loaded - began, "pipe": done - loaded, "tokens": tokens, "articles": len(texts), **_usage()}


def child_build(args: argparse.Namespace) -> dict[str, Any]:
    from graph.build import build

    report = build([args.corpus], out_dir=args.out, model=args.model, workers=int(args.workers),
                   batch_size=args.batch_size, render=True, use_cache=True)
    return {"seconds": report.seconds, "parsed": report.parsed, "from_cache": report.from_cache,
            "statements": report.statements, "relations": report.relations, "actors": report.actors,
            "model_loaded_here": _model_loaded(), **_usage()}


def child_query(args: argparse.Namespace) -> dict[str, Any]:
    """Open the built TriG, then each named query with its defaults and sample actors (median of 5 runs)."""
    from graph.query import named_queries, open_store, run_named, run_query

    began = time.perf_counter()
    store = open_store(Path(args.out) / "graph.trig")
    opened = time.perf_counter() - began
    busiest = run_query(store, """
        SELECT ?label (COUNT(?s) AS ?n) WHERE { ?s ng:speaker ?a . ?a rdfs:label ?label }
        GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 2""")
    actors = [row[0].value for row in busiest.rows] or ["Xi Jinping"]
    actors.append(actors[0])
    latency: dict[str, dict[str, Any]] = {}
    for name, named in named_queries().items():
        params = {p.name: actors[ACTOR_PARAMS.get(p.name, 0)] for p in named.params if p.required}
        runs, rows = [], 0
        for _ in range(5):
            start = time.perf_counter()
            rows = len(run_named(store, name, params).rows)
            runs.append(time.perf_counter() - start)
        latency[name] = {"ms": statistics.median(runs) * 1000, "rows": rows, "params": params}
    return {"open": opened, "quads": len(store), "queries": latency}


CHILDREN = {"raw": child_raw, "build": child_build, "query": child_query}


def _usage() -> dict[str, float]:
    """Peak resident memory (MB) of this process and of its largest child; CPU seconds of both."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"rss_mb": me.ru_maxrss / 1024, "child_rss_mb": kids.ru_maxrss / 1024,
            "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime}


def _model_loaded() -> bool:
    from extractors.nlp import is_loaded

    return is_loaded()


# -- the report ----------------------------------------------------------------------------


def report(rows: list[dict[str, Any]], queries: dict[int, dict[str, Any]], took: dict[int, float],
           args: argparse.Namespace) -> str:
    lines = [f"newsgraph benchmark — model {args.model}, batch size {args.batch_size}, "
             f"{os.cpu_count()} cores, Python {sys.version.split()[0]}", ""]
    lines += ["Throughput (first build, empty cache; raw = spaCy alone on the same texts, same model, batch and processes; "
              "raw stock = a stock `spacy.load`; raw like-for-like = the same load with the lemmatizer's index as sets and the collector settled, "
              "as newsgraph loads it (same lemmas, faster): its CPU ratio is newsgraph's own overhead):", ""]
    lines += _table(["articles", "workers", "raw load s", "raw nlp.pipe s (stock)", "raw nlp.pipe s (like-for-like)",
                     "raw art/s (stock)", "build s", "build art/s", "build/raw (pipe, stock)", "build/raw (load+pipe, stock)",
                     "CPU build/raw (stock)", "CPU build/raw (like-for-like: newsgraph's overhead)", "speed-up vs 1 worker"],
                    [_throughput(r, rows) for r in rows])
    lines += ["", "Build stages, seconds (first build; `other` = start-up and imports; with workers > 1, model/parse/extract "
              "share the wall time of the parallel phase in proportion to the workers' time):", ""]
    lines += _table(["articles", "workers", *STAGES, "other", "total"], [_stages(r) for r in rows])
    lines += ["", "Rebuilds and memory:", ""]
    lines += _table(["articles", "workers", "first s", "no-op s", "no-op / first", "model loaded in no-op",
                     "one changed s", "extra vs no-op / first", "peak RSS MB (main)", "peak RSS MB (largest worker)"],
                    [_rebuilds(r) for r in rows])
    memory = _memory_slope(rows)
    if memory:
        lines += ["", memory]
    lines += ["", "Named queries (median of 5 runs, ms; required parameters bound to the busiest speakers):", ""]
    names = sorted({name for q in queries.values() for name in q["queries"]})
    lines += _table(["articles", "quads", "open s", *names],
                    [[f"{n:,}", f"{q['quads']:,}", f"{q['open']:.2f}", *(f"{q['queries'][name]['ms']:.1f}" for name in names)]
                     for n, q in queries.items()])
    lines += ["", "Each size took: " + ", ".join(f"N={n:,}: {s:.0f} s" for n, s in took.items()) + "."]
    return "\n".join(lines)


def _throughput(row: dict[str, Any], rows: list[dict[str, Any]]) -> list[str]:
    raw, first, n = row["raw"], row["first"], row["articles"]
    like = row["raw_sets"]
    build_s = first["wall"]
    single = next((r for r in rows if r["articles"] == n and r["workers"] == 1), None)
    speedup = f"{single['first']['wall'] / build_s:.2f}×" if single and row["workers"] > 1 else "—"
    return [f"{n:,}", str(row["workers"]), f"{raw['model']:.1f}", f"{raw['pipe']:.1f}",
            f"{like['pipe']:.1f}", f"{n / raw['pipe']:.2f}",
            f"{build_s:.1f}", f"{n / build_s:.2f}", f"{raw['pipe'] / build_s:.2f}",
            f"{(raw['model'] + raw['pipe']) / build_s:.2f}", f"{raw['cpu'] / first['cpu']:.2f}",
            f"{like['cpu'] / first['cpu']:.2f}", speedup]


def _stages(row: dict[str, Any]) -> list[str]:
    seconds = row["first"]["seconds"]
    other = row["first"]["wall"] - sum(seconds.values())
    return [f"{row['articles']:,}", str(row["workers"]), *(f"{seconds.get(s, 0.0):.2f}" for s in STAGES),
            f"{other:.2f}", f"{row['first']['wall']:.1f}"]


def _rebuilds(row: dict[str, Any]) -> list[str]:
    first, noop, change = row["first"]["wall"], row["noop"]["wall"], row["change"]["wall"]
    return [f"{row['articles']:,}", str(row["workers"]), f"{first:.1f}", f"{noop:.1f}", f"{noop / first:.1%}",
            "yes" if row["noop"]["model_loaded_here"] or "model" in row["noop"]["seconds"] else "no",
            f"{change:.1f} ({row['change']['parsed']} parsed)", f"{(change - noop) / first:.1%}",
            f"{row['first']['rss_mb']:.0f}", f"{row['first']['child_rss_mb']:.0f}" if row["workers"] > 1 else "—"]


def _memory_slope(rows: list[dict[str, Any]]) -> str:
    single = sorted((r["articles"], r["first"]["rss_mb"]) for r in rows if r["workers"] == 1)
    if len(single) < 2:
        return ""
    (n1, m1), (n2, m2) = single[0], single[-1]
    return (f"Peak memory (1 worker) grows by {(m2 - m1) / (n2 - n1) * 1000:.0f} MB per 1,000 articles "
            f"({m1:.0f} MB at {n1:,}, {m2:.0f} MB at {n2:,}; the model alone is ≈500 MB).")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|",
            *("| " + " | ".join(row) + " |" for row in rows)]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes, comma-separated (default: 100,1000)")
    parser.add_argument("--workers", default="1,2", help="process counts, comma-separated (default: 1,2)")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--lemma-sets", action="store_true", help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
