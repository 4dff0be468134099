"""Dev scorer for the extractors: seeds gold + construction catalogue.

    cd /work/main && PYTHONPATH=. .venv/bin/python scripts/score_extractors.py [-v] [--only statements|relations]

Prints speaker P/R/F1 of (speaker, sentence) pairs, about-recall over matched
pairs and relation P/R/F1 on (subject, object, event type, negated) against
tests/gold/seeds.*.jsonl, then the catalogue pass rate per construction.
With -v, the misses and false positives are listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from extractors.evaluate import Report, check_catalogue_entry, score_article
from extractors.load import LoadProblem, load_inputs
from extractors.model import Article
from extractors.nlp import parse
from extractors.pipeline import extract_article

ROOT = Path(__file__).resolve().parent.parent


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_seeds(verbose: bool) -> Report:
    articles = [a for a in load_inputs([ROOT / "seeds"]) if not isinstance(a, LoadProblem)]
    gold_s, gold_r = defaultdict(list), defaultdict(list)
    for g in _jsonl(ROOT / "tests/gold/seeds.statements.jsonl"):
        gold_s[g["article"]].append(g)
    for g in _jsonl(ROOT / "tests/gold/seeds.relations.jsonl"):
        gold_r[g["article"]].append(g)
    report = Report()
    for article, doc in zip(articles, parse((a.text for a in articles), robust=True)):
        facts = extract_article(article, doc)
        source = (ROOT / "seeds" / article.id).read_text(encoding="utf-8")
        if len(source) != len(article.text):
            source = None
        if source is not None and any(g["sentence"] not in article.text for g in gold_s[article.id] + gold_r[article.id]):
            report.misses.append(f"{article.id}: note: some gold sentences were blanked by cleaning")
        score_article(facts, gold_s[article.id], gold_r[article.id], report, source=source)
    print("== seeds gold ==")
    print(f"speaker   {report.speakers}")
    print(f"about-recall {report.about_recall:.3f} ({report.about_found}/{report.about_total})")
    print(f"relations {report.relations}")
    if verbose:
        for title, rows in [("speaker misses", report.misses), ("speaker false positives", report.false_positives),
                            ("about misses", report.about_misses), ("relation misses", report.relation_misses),
                            ("relation false positives", report.relation_false_positives)]:
            print(f"\n-- {title} ({len(rows)})")
            for row in rows:
                print("  " + row)
    return report


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
