"""Dev scorer for the extractors: seeds gold + construction catalogue.

    cd /work/main && PYTHONPATH=. .venv/bin/python scripts/score_extractors.py [-v] [--seeds-only | --catalogue-only]

Builds the seeds and prints what ``newsgraph score`` prints against
tests/gold/seeds.*.jsonl (speaker P/R/F1, about-recall, relation P/R/F1), then
the catalogue pass rate per construction.
With -v, the misses and false positives are listed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from extractors.evaluate import check_catalogue_entry
from extractors.model import Article
from extractors.nlp import parse
from extractors.pipeline import extract_article
from graph.build import build
from graph.score import Scores, format_scores, score_graph

ROOT = Path(__file__).resolve().parent.parent


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_seeds(verbose: bool) -> Scores:
    """Build the seeds and score them with the official scorer (``newsgraph score``)."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-score-") as out:
        report = build([ROOT / "seeds"], out_dir=out, render=False, use_cache=False)
        scores = score_graph(report.trig, gold_prefix=ROOT / "tests/gold/seeds", texts=ROOT / "seeds")
    print("== seeds gold ==")
    print(format_scores(scores, misses=verbose))
    return scores


def score_catalogue(verbose: bool) -> tuple[int, int]:
    passed_total = total = 0
    for kind in ("statements", "relations"):
        entries = _jsonl(ROOT / f"tests/extractors/catalogue_{kind}.jsonl")
        per_construction: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        failures = []
        for entry, doc in zip(entries, parse((e["text"] for e in entries), robust=True)):
            facts = extract_article(Article(id=entry["id"], text=entry["text"]), doc)
            problems = check_catalogue_entry(entry, facts, kind)
            per_construction[entry["construction"]][1] += 1
            if not problems:
                per_construction[entry["construction"]][0] += 1
            else:
                failures.append((entry, problems))
        passed = sum(p for p, _ in per_construction.values())
        print(f"\n== catalogue {kind}: {passed}/{len(entries)} pass ==")
        for construction, (p, n) in sorted(per_construction.items()):
            print(f"  {p}/{n}  {construction}")
        if verbose:
            for entry, problems in failures:
                print(f"\n  FAIL {entry['id']}: {entry['text']}")
                for problem in problems:
                    print(f"     {problem}")
        passed_total += passed
        total += len(entries)
    print(f"\ncatalogue total: {passed_total}/{total} = {passed_total / total:.3f}")
    return passed_total, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument("--seeds-only", action="store_true")
    parser.add_argument("--catalogue-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.catalogue_only:
        score_seeds(args.verbose)
    if not args.seeds_only:
        score_catalogue(args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
