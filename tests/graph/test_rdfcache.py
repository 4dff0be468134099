"""A rebuild reuses the named graphs of unchanged articles (graph.rdfcache) and writes the same bytes as a build from scratch."""

import json
from pathlib import Path

import pytest

from extractors.model import Actor, ArticleFacts, Evidence, Relation, Statement
from graph import rdfcache
from graph.build import build
from graph.distributed import Partition


def _extractor(articles):
    """Facts without a model: each line "A > B" of a text is a statement of A about B and a threat of A to B.

    Names are the actors' labels; "Poutine" alone is a surname the resolver merges with a full name when only one fits.
    """
    out = []
    for article in articles:
        actors, statements, relations, offset = {}, [], [], 0
        for line in article.text.splitlines(keepends=True):
            if " > " in line:
                a, b = (part.strip() for part in line.split(" > "))
                for name in (a, b):
                    actors.setdefault(name, Actor(f"person:{name}", name, "Person"))
                evidence = Evidence(line.strip(), offset, offset + len(line.strip()))
                statements.append(Statement(f"person:{a}", "déclarer", b, "IndirectSpeech", evidence, about=(f"person:{b}",),
                                            quote_start=offset, quote_end=offset + 1))
                relations.append(Relation(f"person:{a}", f"person:{b}", "menacer", "Threaten", evidence))
            offset += len(line)
        out.append(ArticleFacts(article, tuple(actors.values()), tuple(statements), tuple(relations)))
    yield Partition(tuple(out), {"parse": 0.0})


def _corpus(path: Path, texts: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    records = [{"id": f"r{i}", "text": t, "date": f"2024-0{i % 9 + 1}-01"} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


TEXTS = ["Vladimir Poutine > Joe Biden\n", "Poutine > Xi Jinping\nXi Jinping > Joe Biden\n", "Emmanuel Macron > Olaf Scholz\n",
         "Olaf Scholz > Joe Biden\n"]


def _same_as_fresh(tmp_path: Path, corpus: Path, name: str) -> None:
    fresh = build([corpus], out_dir=tmp_path / name, extractor=_extractor, use_cache=False)
    assert not (tmp_path / name / ".cache").exists()
    for file in ("graph.trig", "graph.html"):
        assert (tmp_path / "out" / file).read_bytes() == (fresh.trig.parent / file).read_bytes(), file


def _blocks(tmp_path: Path) -> dict[str, bytes]:
    return rdfcache.read_blocks(tmp_path / "out" / ".cache" / "graphs.bin")


def test_blocks_are_reused_and_made_again_for_a_changed_article_or_a_changed_merge(tmp_path):
    corpus = _corpus(tmp_path / "in" / "a.jsonl", TEXTS)
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    first = _blocks(tmp_path)
    assert len(first) == len(TEXTS)
    _same_as_fresh(tmp_path, corpus, "fresh1")

    _corpus(corpus, [*TEXTS[:3], TEXTS[3] + "Olaf Scholz > Emmanuel Macron\n"])  # one article changed
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    second = _blocks(tmp_path)
    assert len(set(second) - set(first)) == 1 and len(set(first) - set(second)) == 1  # the others were reused
    _same_as_fresh(tmp_path, corpus, "fresh2")

    # a second Poutine: "Poutine" of article r1 is no longer merged with Vladimir Poutine, so r1's graph changes too
    _corpus(corpus, [*TEXTS[:3], TEXTS[3] + "Igor Poutine > Olaf Scholz\n"])
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    third = _blocks(tmp_path)
    assert len(set(third) - set(second)) == 2
    _same_as_fresh(tmp_path, corpus, "fresh3")


def test_reused_blocks_are_what_a_build_from_scratch_makes(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "in" / "a.jsonl", TEXTS)
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    made = []
    original = rdfcache.GraphBlocks.put
    monkeypatch.setattr(rdfcache.GraphBlocks, "put", lambda self, key, block: made.append(key) or original(self, key, block))
    _corpus(corpus, [TEXTS[0] + "Joe Biden > Xi Jinping\n", *TEXTS[1:]])
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    assert len(made) == 1
    _same_as_fresh(tmp_path, corpus, "fresh")


def test_facts_extracted_again_under_the_same_article_key_never_reuse_a_stale_block(tmp_path):
    """Rules changed without a version bump and the extraction cache cleared: same article keys, other facts."""
    corpus = _corpus(tmp_path / "in" / "a.jsonl", TEXTS)
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)

    def reversed_extractor(articles):  # the same texts read the other way round: B speaks about A
        flipped = [type(a)(**{**a.__dict__, "text": "".join(" > ".join(reversed(line.rstrip("\n").split(" > "))) + "\n"
                                                            for line in a.text.splitlines())}) for a in articles]
        for partition in _extractor(flipped):
            yield Partition(tuple(ArticleFacts(original, *facts_fields(facts)) for original, facts
                                  in zip(articles, partition.facts)), partition.seconds)

    for cached in (tmp_path / "out" / ".cache" / "extract").rglob("*.json"):
        cached.unlink()
    # without the HTML the build key differs, so the build runs (same inputs would be a no-op: graph.buildcache)
    build([corpus], out_dir=tmp_path / "out", extractor=reversed_extractor, render=False)
    fresh = build([corpus], out_dir=tmp_path / "fresh", extractor=reversed_extractor, use_cache=False, render=False)
    assert (tmp_path / "out" / "graph.trig").read_bytes() == fresh.trig.read_bytes()


def facts_fields(facts):
    return facts.actors, facts.statements, facts.relations


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "version", "empty"])
def test_a_corrupt_or_stale_file_is_ignored(tmp_path, damage):
    corpus = _corpus(tmp_path / "in" / "a.jsonl", TEXTS)
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    path = tmp_path / "out" / ".cache" / "graphs.bin"
    data = path.read_bytes()
    if damage == "garbage":
        data = b"not a cache file"
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "flipped":  # a block's bytes changed: the checksum no longer matches
        data = data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]
    elif damage == "version":
        import hashlib
        import marshal

        payload = marshal.dumps((rdfcache.VERSION + 1, rdfcache.read_blocks(path)))
        data = hashlib.sha256(payload).digest() + payload
    else:
        data = b""
    path.write_bytes(data)
    assert rdfcache.read_blocks(path) == {}
    _corpus(corpus, [*TEXTS[:3], TEXTS[3] + "Olaf Scholz > Emmanuel Macron\n"])
    build([corpus], out_dir=tmp_path / "out", extractor=_extractor)
    assert len(_blocks(tmp_path)) == len(TEXTS)  # every block made again and kept
    _same_as_fresh(tmp_path, corpus, "fresh")


def test_block_bodies_join_into_the_whole_trig():
    from graph.rdf import trig_bytes, sorted_quads
    import pyoxigraph as ox

    g1, g2 = ox.NamedNode("https://w3id.org/newsgraph/article/a"), ox.NamedNode("https://w3id.org/newsgraph/article/b")
    s, p = ox.NamedNode("https://w3id.org/newsgraph/id/x"), ox.NamedNode("https://w3id.org/newsgraph/ontology#cue")
    default = [ox.Quad(s, p, ox.Literal("d"))]
    named = {g: [ox.Quad(s, p, ox.Literal(f"« {g.value[-1]} » @prefix"), g)] for g in (g1, g2)}
    whole = trig_bytes(sorted_quads(default + named[g1] + named[g2]))
    parts = trig_bytes(sorted_quads(default)) + b"".join(rdfcache._body(trig_bytes(named[g])) for g in (g1, g2))
    assert whole == parts
