"""The tokenizer's patterns kept on disk (``extractors.compiled``): the same programs, the same tokens, a faster load."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from extractors import compiled

ROOT = Path(__file__).resolve().parents[2]


def test_a_kept_program_is_the_pattern_python_compiles(tmp_path):
    pattern = re.compile("(?iu)" + "|".join(f"(?:^{w}[-‐][a-zéèà]+$)" for w in ("porte", "garde", "chef") * 400))
    kept = tmp_path / "re.marshal"
    compiled.save(kept, [pattern])
    (rebuilt,) = compiled.preload(kept)
    assert rebuilt == pattern and rebuilt is not pattern  # Pattern equality compares flags and the compiled code
    assert re.compile(pattern.pattern) is rebuilt  # re.compile (what spaCy calls) now finds it
    assert rebuilt.match("Porte-parole") and not rebuilt.match("porte parole")


def test_a_damaged_or_missing_file_falls_back_to_compiling(tmp_path):
    damaged = tmp_path / "re.marshal"
    damaged.write_bytes(b"\x00not marshal")
    assert compiled.preload(damaged) == []
    assert compiled.preload(tmp_path / "missing.marshal") == []
    compiled.save(tmp_path / "short.marshal", [re.compile("a+")])  # too short to be worth keeping
    assert not (tmp_path / "short.marshal").exists()


@pytest.mark.model
def test_tokenisation_is_byte_identical_to_a_fresh_compile(nlp):
    """The loaded tokenizer (its patterns perhaps from the kept file) against one with patterns compiled afresh."""
    from re import _compiler

    used = compiled.tokenizer_patterns(nlp)
    assert any(len(p.pattern) >= compiled.MIN_PATTERN for p in used)
    fresh = {id(p): _compiler.compile(p.pattern, 0) for p in used}  # bypasses re's cache
    assert all(fresh[id(p)] == p for p in used)
    tokenizer = nlp.tokenizer
    other = type(tokenizer)(
        nlp.vocab, rules=tokenizer.rules,
        **{name: getattr(fresh[id(getattr(tokenizer, name).__self__)], method)
           for name, method in (("prefix_search", "search"), ("suffix_search", "search"), ("infix_finditer", "finditer"),
                                ("token_match", "match"), ("url_match", "match"))},
    )
    files = [p for folder in ("seeds", "tests/gold/wikinews2", "tests/gold/wikinews3", "tests/gold/invented")
             for p in sorted((ROOT / folder).glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in files]
    texts += [json.loads(line)["text"] for line in (ROOT / "tests/extractors/catalogue_statements.jsonl").open(encoding="utf-8")]
    assert len(texts) > 100
    for text in texts:
        assert [(t.text, t.idx, t.whitespace_) for t in tokenizer(text)] == [(t.text, t.idx, t.whitespace_) for t in other(text)]


@pytest.mark.model
def test_the_first_load_keeps_the_patterns_and_the_next_uses_them(tmp_path):
    code = ("from extractors import compiled; from extractors.nlp import load_model; nlp = load_model(); "
            "print(any(p is q for p in compiled.tokenizer_patterns(nlp) for q in compiled.PRELOADED))")
    env = {**os.environ, "NEWSGRAPH_CACHE": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    assert first.stdout.strip() == "False" and len(list(tmp_path.glob("re-*.marshal"))) == 1
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    assert second.stdout.strip() == "True"


def test_load_model_writes_the_file_only_when_there_is_none_usable(tmp_path, monkeypatch):
    import spacy

    from extractors import nlp as nlp_module

    saved = []
    monkeypatch.setattr(compiled, "save", lambda path, patterns: saved.append(path))
    monkeypatch.setattr(compiled, "cache_file", lambda: tmp_path / "re.marshal")
    monkeypatch.setattr(spacy, "load", lambda name, **options: SimpleNamespace(tokenizer=SimpleNamespace()))
    monkeypatch.setattr(nlp_module, "_PIPELINES", {})
    nlp_module.load_model("first")  # no file yet: written
    assert saved == [tmp_path / "re.marshal"]
    monkeypatch.setattr(compiled, "preload", lambda path: [re.compile("x")])
    nlp_module.load_model("second")  # a usable file: not written again
    monkeypatch.setattr(compiled, "preload", lambda path: [])
    monkeypatch.setattr(compiled, "can_preload", lambda: False)
    nlp_module.load_model("third")  # nothing can be preloaded in this Python: not compiled twice on every load
    assert saved == [tmp_path / "re.marshal"]
