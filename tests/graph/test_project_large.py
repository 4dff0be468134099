"""The explorer's view of a corpus with many actors: the layout works past 500 nodes (networkx then needs SciPy)."""

from __future__ import annotations

from extractors.model import Actor, Article, ArticleDate, ArticleFacts, Evidence, Statement
from graph.project import MAX_NODES, view_from_quads
from graph.rdf import dataset_quads
from graph.resolve import resolve_actors

SENTENCE = "Le porte-parole a déclaré que la réunion était reportée."


def invented_name(number: int) -> str:
    """A distinct two-word person name for each number (letters only: resolution ignores digits)."""
    letters = "".join("bcdfglmnprstvz"[int(d)] + "aeiou"[int(d) % 5] for d in f"{number:04d}")
    return f"Jean {letters.capitalize()}"


def article_with_speakers(index: int, speakers: int) -> ArticleFacts:
    """One article where ``speakers`` people each talk about the next one."""
    article = Article(id=f"a{index:03d}.txt", text=SENTENCE, date=ArticleDate(value="2024-02", source="manifest"))
    actors = tuple(Actor(key=f"person:p{index}-{n}", label=invented_name(index * speakers + n), kind="Person") for n in range(speakers))
    evidence = Evidence(text=SENTENCE, start=0, end=len(SENTENCE))
    statements = tuple(
        Statement(speaker=actors[n].key, cue="déclarer", quote="la réunion était reportée", mode="IndirectSpeech",
                  evidence=evidence, about=(actors[(n + 1) % speakers].key,))
        for n in range(speakers)
    )
    return ArticleFacts(article, actors, statements)


def test_a_view_of_more_than_500_actors_places_every_shown_actor() -> None:
    facts = [article_with_speakers(i, 40) for i in range(20)]  # 800 actors
    view = view_from_quads(dataset_quads(facts, resolve_actors(facts)))
    assert len(view["nodes"]) == min(800, MAX_NODES)
    positions = {(node["x"], node["y"]) for node in view["nodes"]}
    assert len(positions) > 700  # laid out, not stacked on one point
