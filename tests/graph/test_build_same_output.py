"""A rebuild whose TriG comes out byte for byte as the last one keeps graph.trig and graph.html as they are."""

import json
from pathlib import Path

import pytest

from extractors.model import ArticleFacts
from graph import render as render_module
from graph.build import build
from graph.distributed import Partition

ROOT = Path(__file__).resolve().parents[2]


def _no_model(articles):
    """An extractor that finds nothing and needs no model: the TriG holds the articles' metadata only."""
    yield Partition(tuple(ArticleFacts(article=a) for a in articles), {"parse": 0.0})


def _corpus(path: Path, *, extra: str = "", title: str | None = None) -> Path:
    texts = [(ROOT / "seeds" / p).read_text(encoding="utf-8") for p in sorted(q.name for q in (ROOT / "seeds").glob("*.txt"))]
    records = [{"id": f"r{i}", "text": t + (extra if i == 1 else "")} for i, t in enumerate(texts)]
    if title is not None:
        records[1]["title"] = title
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _stamps(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_mtime_ns for name in ("graph.trig", "graph.html")}


def _no_render(*args, **kwargs):
    raise AssertionError("the page of an unchanged TriG was made again")


def test_an_edit_that_changes_no_fact_keeps_the_output(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "in" / "a.jsonl")
    build([corpus], out_dir=tmp_path / "out", extractor=_no_model)
    before = _stamps(tmp_path / "out")
    _corpus(corpus, extra="\n\nUne phrase de plus.\n")  # the text is no quad: same TriG
    monkeypatch.setattr(render_module, "render_html", _no_render)
    again = build([corpus], out_dir=tmp_path / "out", extractor=_no_model)
    assert (again.parsed, _stamps(tmp_path / "out")) == (1, before)
    assert again.html == tmp_path / "out" / "graph.html"
    monkeypatch.undo()
    fresh = build([corpus], out_dir=tmp_path / "fresh", extractor=_no_model, use_cache=False)
    for name in ("graph.trig", "graph.html"):
        assert (tmp_path / "out" / name).read_bytes() == (fresh.trig.parent / name).read_bytes()
    # and the next build with nothing changed still has nothing to do
    monkeypatch.setattr(render_module, "render_html", _no_render)
    assert build([corpus], out_dir=tmp_path / "out", extractor=_no_model).parsed == 0


@pytest.mark.parametrize("damage", ["none", "html", "record"])
def test_a_changed_trig_or_damaged_page_or_record_renders_again(tmp_path, damage):
    corpus = _corpus(tmp_path / "in" / "a.jsonl")
    build([corpus], out_dir=tmp_path / "out", extractor=_no_model)
    if damage == "html":
        (tmp_path / "out" / "graph.html").write_text("<html>edited</html>", encoding="utf-8")
        _corpus(corpus, extra="\n\nUne phrase de plus.\n")
    elif damage == "record":
        record = tmp_path / "out" / ".cache" / "build.json"
        record.write_text(json.dumps({**json.loads(record.read_text(encoding="utf-8")), "version": 1}), encoding="utf-8")
        _corpus(corpus, extra="\n\nUne phrase de plus.\n")
    else:
        _corpus(corpus, title="Un autre titre")  # a headline is a quad: another TriG
    again = build([corpus], out_dir=tmp_path / "out", extractor=_no_model)
    fresh = build([corpus], out_dir=tmp_path / "fresh", extractor=_no_model, use_cache=False)
    for name in ("graph.trig", "graph.html"):
        assert (tmp_path / "out" / name).read_bytes() == (fresh.trig.parent / name).read_bytes()
    assert (b"Un autre titre" in again.trig.read_bytes()) == (damage == "none")
