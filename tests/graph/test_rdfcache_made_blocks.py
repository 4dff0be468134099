"""The blocks a build makes (``graph.rdfcache``): sorted as ``rdf.sorted_quads`` sorts, put in the store as quads."""

from extractors.model import Actor, Article, ArticleFacts, Evidence, Relation, Statement
from graph.rdf import article_graph_quads, sorted_quads
from graph.rdfcache import GraphBlocks, dataset_from_blocks, sorted_graph_quads
from graph.resolve import resolve_actors


def _facts(article_id: str, speaker: str, target: str) -> ArticleFacts:
    evidence = Evidence(f"{speaker} a menacé {target}, a-t-il dit.", 0, 40)
    actors = (Actor("a", speaker, "Person"), Actor("b", target, "Country"))
    return ArticleFacts(Article(id=article_id, text=evidence.text),
                        actors,
                        (Statement("a", "dire", "menace", "IndirectSpeech", evidence, about=("b",), quote_start=3,
                                   quote_end=9, event_time="2024"),
                         Statement("a", "affirmer", "« non »", "DirectQuote", evidence, addressee="b")),
                        (Relation("a", "b", "menacer", "Threaten", evidence, negated=True, modality="future"),
                         Relation("b", "a", "rencontrer", "Meet", evidence, symmetric=True)))


FACTS = [_facts("z.txt", "Ilona Berg", "Norvège"), _facts("a b.txt", "Marc Ode", "Chili"), _facts("m", "Ilona Berg", "Chili")]


def test_one_graph_sorts_as_the_whole_dataset():
    resolution = resolve_actors(FACTS)
    for facts in FACTS:
        quads = list(article_graph_quads(facts, resolution))
        assert len({q.graph_name for q in quads}) == 1
        assert sorted_graph_quads(reversed(quads + quads)) == sorted_quads(quads)


def test_a_store_of_made_and_reused_blocks_holds_the_same_quads(tmp_path):
    resolution = resolve_actors(FACTS)
    digest = {f.article.id: f"d{i}" for i, f in enumerate(FACTS)}.get
    first = GraphBlocks(tmp_path / "graphs.bin")
    made = dataset_from_blocks(FACTS, resolution, first, lambda f: digest(f.article.id))
    first.save()
    again = GraphBlocks(tmp_path / "graphs.bin")
    assert again.old  # every block read back: this dataset's store is loaded from their text
    reused = dataset_from_blocks(FACTS, resolution, again, lambda f: digest(f.article.id))
    assert made.trig == reused.trig
    assert set(made.store) == set(reused.store) and len(made.store) == len(reused.store)
