"""The construction catalogue: one short invented text per French construction.

Each entry lists every fact its text must give (the list is complete) and
facts that must not appear. Texts are parsed once per session with
``nlp.pipe``. Entries the rules do not handle yet are xfail with a reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.evaluate import check_catalogue_entry
from extractors.model import Article
from extractors.pipeline import extract_article

HERE = Path(__file__).parent


def _load(kind: str) -> list[dict]:
    lines = (HERE / f"catalogue_{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


STATEMENTS = _load("statements")
RELATIONS = _load("relations")

#: Known failures: id -> reason. Kept visible (xfail, not strict), never removed.
KNOWN_FAILURES: dict[str, str] = {}


def _params(entries: list[dict]) -> list:
    return [
        pytest.param(e, id=e["id"], marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[e["id"]], strict=False)] if e["id"] in KNOWN_FAILURES else [])
        for e in entries
    ]


@pytest.fixture(scope="session")
def catalogue_facts(nlp):
    """Facts for every catalogue text, keyed by entry id (one nlp.pipe pass)."""
    entries = STATEMENTS + RELATIONS
    docs = nlp.pipe(e["text"] for e in entries)
    return {e["id"]: extract_article(Article(id=e["id"], text=e["text"]), doc) for e, doc in zip(entries, docs)}


def _check(entry: dict, facts, kind: str) -> None:
    problems = check_catalogue_entry(entry, facts, kind)
    assert not problems, f"{entry['text']}\n" + "\n".join(problems)


@pytest.mark.model
@pytest.mark.parametrize("entry", _params(STATEMENTS))
def test_catalogue_statements(entry, catalogue_facts):
    _check(entry, catalogue_facts[entry["id"]], "statements")


@pytest.mark.model
@pytest.mark.parametrize("entry", _params(RELATIONS))
def test_catalogue_relations(entry, catalogue_facts):
    _check(entry, catalogue_facts[entry["id"]], "relations")


@pytest.mark.model
def test_catalogue_evidence_is_exact(catalogue_facts):
    """Evidence and quotes are exact substrings of the parsed text at their offsets."""
    for facts in catalogue_facts.values():
        text = facts.article.text
        for fact in facts.statements + facts.relations:
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
        for s in facts.statements:
            assert text[s.quote_start:s.quote_end] == s.quote
