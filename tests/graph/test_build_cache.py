"""A rebuild with nothing changed does (almost) nothing: no spaCy, no RDF, no rewriting of the output."""

import subprocess
import sys
from pathlib import Path

import pytest

from extractors.model import ArticleFacts
from graph import buildcache, inputs
from graph.build import build
from graph.distributed import Partition

ROOT = Path(__file__).resolve().parents[2]


def _no_model(articles):
    """An extractor that finds nothing and needs no model."""
    yield Partition(tuple(ArticleFacts(article=a) for a in articles), {"parse": 0.0})


def _must_not_run(articles):
    raise AssertionError("a rebuild with nothing changed asked for extraction")


def _stamps(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_mtime_ns for name in ("graph.trig", "graph.html") if (out / name).exists()}


def test_importing_the_build_loads_neither_spacy_nor_the_rules_nor_rdf():
    code = ("import sys, graph.build; print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'rdflib', 'networkx'}),"
            " 'extractors.entities' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[] False"


@pytest.mark.parametrize("render", [False, True])
def test_rebuild_with_nothing_changed_rewrites_nothing(tmp_path, render):
    first = build([ROOT / "seeds"], out_dir=tmp_path, render=render, extractor=_no_model)
    stamps = _stamps(tmp_path)
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=render, extractor=_must_not_run)
    assert _stamps(tmp_path) == stamps  # not even rewritten with the same bytes
    assert not {"resolve", "rdf", "write", "render"} & set(again.seconds)
    assert (again.articles, again.statements, again.actors, again.undated) == (first.articles, first.statements, first.actors, first.undated)
    assert (again.parsed, again.from_cache) == (0, 5)
    assert (again.html is None) == (not render)


def test_rebuild_repairs_an_output_file_changed_on_disk(tmp_path):
    first = build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_no_model)
    expected = first.trig.read_bytes()
    first.trig.write_bytes(expected[: len(expected) // 2])  # truncated by hand
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_must_not_run)  # facts from the cache
    assert again.trig.read_bytes() == expected
    assert "write" in again.seconds


def test_rebuild_after_other_options_or_graph_code_writes_again(tmp_path, monkeypatch):
    build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_no_model)
    with_html = build([ROOT / "seeds"], out_dir=tmp_path, render=True, extractor=_must_not_run)
    assert with_html.html is not None and "render" in with_html.seconds  # another option: built again
    monkeypatch.setattr(buildcache, "graph_fingerprint", lambda: "the graph code changed")
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=True, extractor=_must_not_run)
    assert "rdf" in again.seconds and again.parsed == 0


def test_rebuild_with_an_unreadable_record_builds(tmp_path):
    build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_no_model)
    (tmp_path / ".cache" / "build.json").write_text("{not json", encoding="utf-8")
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_must_not_run)
    assert "write" in again.seconds and again.articles == 5


def _jsonl_corpus(path: Path, changed: str | None = None) -> Path:
    import json

    texts = [(ROOT / "seeds" / name).read_text(encoding="utf-8") for name in sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))]
    if changed is not None:
        texts[1] += changed
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_one_record_changed_in_a_jsonl_file_is_the_only_one_loaded_again(tmp_path, monkeypatch):
    import extractors.load as load_module

    corpus = _jsonl_corpus(tmp_path / "in" / "articles.jsonl")
    build([corpus], out_dir=tmp_path / "out", render=False, extractor=_no_model)
    _jsonl_corpus(corpus, changed="\n\nLe porte-parole a indiqué que la réunion était reportée.\n")
    prepared = []
    real = load_module._prepare
    monkeypatch.setattr(load_module, "_prepare", lambda raw, **fields: prepared.append(fields["article_id"]) or real(raw, **fields))
    again = build([corpus], out_dir=tmp_path / "out", render=False, extractor=_no_model)
    assert prepared == ["r1"]
    fresh = build([corpus], out_dir=tmp_path / "fresh", render=False, extractor=_no_model, use_cache=False)
    assert again.trig.read_bytes() == fresh.trig.read_bytes()
    assert (again.parsed, again.from_cache) == (1, fresh.articles - 1)


def test_a_changed_extractors_code_loads_every_record_again(tmp_path, monkeypatch):
    import extractors.load as load_module

    corpus = _jsonl_corpus(tmp_path / "in" / "articles.jsonl")
    build([corpus], out_dir=tmp_path / "out", render=False, extractor=_no_model)
    _jsonl_corpus(corpus, changed="\n\nUne phrase de plus.\n")
    monkeypatch.setattr(inputs, "code_fingerprint", lambda: "the extractors changed")
    prepared = []
    real = load_module._prepare
    monkeypatch.setattr(load_module, "_prepare", lambda raw, **fields: prepared.append(fields["article_id"]) or real(raw, **fields))
    build([corpus], out_dir=tmp_path / "out", render=False, extractor=_no_model)
    assert len(prepared) == len(list((ROOT / "seeds").glob("*.txt")))


def test_the_load_cache_is_the_per_record_memo_alone(tmp_path):
    corpus = _jsonl_corpus(tmp_path / "in" / "articles.jsonl")
    stale = tmp_path / "out" / ".cache" / "load" / "0123.json.gz"  # a whole-corpus entry of an earlier version
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    build([corpus], out_dir=tmp_path / "out", render=False, extractor=_no_model)
    assert sorted(p.name for p in stale.parent.iterdir()) == [inputs.RecordMemo.NAME]
    memo = inputs.RecordMemo.read(stale.parent / inputs.RecordMemo.NAME)
    assert len(memo.old) == len(list((ROOT / "seeds").glob("*.txt")))  # one entry per record
