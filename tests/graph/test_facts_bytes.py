"""``graph.buildcache.facts_bytes`` writes the bytes ``json.dumps(facts.to_json())`` wrote (the extraction cache's files)."""

import json

import pytest

from extractors.model import Actor, Article, ArticleDate, ArticleFacts, Evidence, Relation, Statement
from graph.buildcache import facts_bytes


def _as_before(facts: ArticleFacts) -> bytes:
    return json.dumps(facts.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")


def test_same_bytes_as_asdict_for_every_kind_of_fact():
    evidence = Evidence("« Non », a dit Émilie Durand à Paris.", 10, 47)
    facts = ArticleFacts(
        article=Article(id="a/1.txt", text="Texte é.\n", date=ArticleDate("2012-03-04", "manifest"), title="T",
                        publisher="P"),
        actors=(Actor("durand", "Émilie Durand", "Person", aliases=("Durand",), roles=("ministre",)),
                Actor("paris", "Paris", "Place")),
        statements=(Statement("durand", "dire", "Non", "DirectQuote", evidence, about=("paris",), quote_start=12,
                              quote_end=15, event_time="2012-03"),),
        relations=(Relation("durand", "paris", "visiter", "Visit", evidence, negated=True, modality="future"),),
        notes=("no publication date",),
    )
    assert facts_bytes(facts) == _as_before(facts)
    empty = ArticleFacts(Article(id="b", text=""))
    assert facts_bytes(empty) == _as_before(empty)


def test_an_object_json_cannot_write_still_fails():
    with pytest.raises(TypeError):
        facts_bytes(ArticleFacts(Article(id="c", text=""), notes=(object(),)))
