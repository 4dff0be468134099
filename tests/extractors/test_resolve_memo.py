"""The ``ArticleActors.resolve`` / ``mentions_in`` memo is exact (extractors/resolve_memo.py).

With ``check_memo`` set, every answer the memo would give is computed again and compared, and the actor state must
be the same whenever the memo version is: a change after ``__init__`` that does not call ``_touch()`` fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

from extractors.entities import ArticleActors
from extractors.load import load_inputs
from extractors.model import Article
from extractors.nlp import BATCH_SIZE, parse
from extractors.pipeline import extract_article

ROOT = Path(__file__).parents[2]


def _texts() -> list[Article]:
    articles = [a for a in load_inputs([ROOT / "seeds"]) if isinstance(a, Article)]
    for kind in ("statements", "relations"):  # a sample of the catalogue: every construction family
        lines = (ROOT / "tests" / "extractors" / f"catalogue_{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        entries = [json.loads(line) for line in lines if line.strip()][::5]
        articles += [Article(id=e["id"], text=e["text"]) for e in entries]
    return articles


def test_memo_answers_and_state_versions(monkeypatch):
    articles = _texts()
    docs = parse((a.text for a in articles), batch_size=BATCH_SIZE, robust=True)
    hits = []
    fresh = ArticleActors._check

    def counted(self, version, state, key, found, answer):
        hits.append((key[0], found is not None))
        fresh(self, version, state, key, found, answer)

    monkeypatch.setattr(ArticleActors, "check_memo", True)
    monkeypatch.setattr(ArticleActors, "_check", counted)
    for article, doc in zip(articles, docs):
        extract_article(article, doc)
    assert hits.count(("resolve", True)) > 100  # the memo is used (statements and relations ask for the same subjects)
    assert hits.count(("scan", True)) > 10  # and "selon X" ranges are scanned once
