"""One article the rules cannot read is reported in one line and left out; the others are built."""

import json

import pytest
from pathlib import Path

from extractors.model import Article, ArticleFacts
from graph.build import build
from graph.distributed import Partition, extract_safely, extraction_failure
from graph.errors import InputError


def _raises_on(bad_id: str):
    def extract(article, doc):
        if article.id == bad_id:
            raise RecursionError("maximum recursion depth exceeded")
        return ArticleFacts(article=article)
    return extract


def test_an_error_in_the_rules_becomes_a_note_on_that_article():
    extract = _raises_on("b")
    good = extract_safely(extract, Article("a", "Un texte."), None)
    bad = extract_safely(extract, Article("b", "Un autre."), None)
    assert extraction_failure(good) is None
    assert extraction_failure(bad) == "extraction failed (RecursionError: maximum recursion depth exceeded)"
    assert (bad.statements, bad.relations, bad.actors) == ((), (), ())


def _failing_extractor(articles):
    """No model: the rules raise on article r1, the others give no facts."""
    extract = _raises_on("r1")
    yield Partition(tuple(extract_safely(extract, a, None) for a in articles), {"parse": 0.0})


def _corpus(path: Path) -> Path:
    records = [{"id": f"r{i}", "text": f"Article numéro {i}. Le texte est court."} for i in range(3)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_the_build_reports_the_article_and_builds_the_others(tmp_path):
    corpus = _corpus(tmp_path / "in" / "a.jsonl")
    report = build([corpus], out_dir=tmp_path / "out", extractor=_failing_extractor, render=False)
    assert report.problems == ("r1: extraction failed (RecursionError: maximum recursion depth exceeded); "
                               "left out, the other articles are built",)
    assert (report.articles, report.parsed, report.from_cache) == (2, 3, 0)
    trig = report.trig.read_text(encoding="utf-8")
    assert "r0" in trig and "r2" in trig and "r1" not in trig


def test_a_failed_article_is_tried_again_by_the_next_build(tmp_path):
    corpus = _corpus(tmp_path / "in" / "a.jsonl")
    build([corpus], out_dir=tmp_path / "out", extractor=_failing_extractor, render=False)
    again = build([corpus], out_dir=tmp_path / "out", extractor=_failing_extractor, render=False)
    assert (again.parsed, again.from_cache, len(again.problems)) == (1, 2, 1)  # not cached, not a no-op: reported again


def test_strict_stops_at_the_failed_article_before_writing_anything(tmp_path):
    corpus = _corpus(tmp_path / "in" / "a.jsonl")
    with pytest.raises(InputError, match=r"^r1: extraction failed \(RecursionError"):
        build([corpus], out_dir=tmp_path / "out", extractor=_failing_extractor, render=False, strict=True)
    assert not (tmp_path / "out" / "graph.trig").exists()
