"""Reuse each article's named graph, as TriG text, from the last build in the same output folder.

An article's named graph (its statements and relations, ``rdf.article_graph_quads``) is a function of
its facts and of the corpus ids its actors resolved to. So the TriG block of that graph is kept in
``OUT/.cache/graphs.bin`` under a hash of the graph code (``graph_fingerprint``: rdf.py, the prefixes,
the library versions), the digest of the facts' bytes as the extraction cache read or wrote them
(``FactsCache.facts_digest``) and the corpus ids of every actor of the article, and a
rebuild makes only the blocks whose hash changed (the edited article, the articles whose actors were
merged differently). The default graph (actors, articles' metadata, pair summaries) is made each time.

``graph.trig`` is then the default graph's TriG followed by the blocks in order of graph IRI: the bytes
``rdf.trig_bytes`` writes for the whole dataset (Oxigraph writes the prefixes once, then the sorted
quads graph by graph; ``tests/graph/test_rdfcache.py`` checks the two agree). The same dataset is
loaded into an in-memory store for the pair summaries and the HTML view.

A file of another version, corrupt (its SHA-256 does not match) or unreadable is ignored: every block
is made again.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from extractors.model import ArticleFacts
from graph.buildcache import graph_fingerprint, write_quietly
from graph.rdf import (PREFIXES, actor_quads, article_graph_quads, article_iri, article_metadata_quads,
                       sorted_quads, trig_bytes)
from graph.resolve import Resolution
from graph.summaries import SOURCE_PREDICATES, pair_summary_quads

#: Bumped when the file's layout or the meaning of its keys changes.
VERSION = 2


@dataclass
class Dataset:
    """The whole dataset: its TriG file and a store holding the same quads."""

    trig: bytes
    store: ox.Store


class GraphBlocks:
    """The TriG blocks of the articles' named graphs kept by the last build (``path``), and those of this one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.old = read_blocks(self.path)
        self.new: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        block = self.old.get(key)
        if block is not None:
            self.new[key] = block
        return block

    def put(self, key: str, block: bytes) -> None:
        self.new[key] = block

    def save(self) -> None:
        """Keep this build's blocks only (a block no article uses any more is dropped)."""
        if self.new != self.old:
            payload = marshal.dumps((VERSION, self.new))
            write_quietly(self.path, hashlib.sha256(payload).digest() + payload)


def read_blocks(path: Path) -> dict[str, bytes]:
    """The blocks of the file, or none when it is missing, of another version, corrupt or not ours."""
    try:
        data = path.read_bytes()
        payload = data[32:]
        if hashlib.sha256(payload).digest() != data[:32]:
            return {}
        version, blocks = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if version != VERSION or not isinstance(blocks, dict):
        return {}
    if not all(isinstance(k, str) and isinstance(v, bytes) for k, v in blocks.items()):
        return {}
    return blocks


def block_key(facts: ArticleFacts, resolution: Resolution, facts_digest: str) -> str:
    """What the article's named graph depends on: the graph code, the digest of its facts, the corpus ids of every
    actor of the article (a superset of those its graph names, so no role can be forgotten)."""
    article_id = facts.article.id
    keys = sorted({actor.key for actor in facts.actors})
    ids = "\x1f".join(f"{key}\x1e{resolution.local_to_corpus.get((article_id, key))}" for key in keys)
    text = f"{VERSION}|{graph_fingerprint()}|{facts_digest}|{article_id}|{ids}"
    return hashlib.sha256(text.encode()).hexdigest()


def dataset_from_blocks(facts: Sequence[ArticleFacts], resolution: Resolution, blocks: GraphBlocks,
                        facts_digest: Callable[[ArticleFacts], str]) -> Dataset | None:
    """The dataset of ``facts``, reusing the blocks of unchanged articles; None when two articles share an id."""
    iris = [article_iri(f.article.id) for f in facts]
    if not facts or len(set(iris)) != len(iris):  # no default graph (it carries the prefixes), or a graph shared by two
        return None
    bodies: list[tuple[str, bytes]] = []
    reused: list[bytes] = []
    made: list[ox.Quad] = []  # the quads of the blocks made here: put in the store as they are, not parsed back
    for iri, article_facts in zip(iris, facts):
        key = block_key(article_facts, resolution, facts_digest(article_facts))
        block = blocks.get(key)
        if block is None:
            quads = sorted_graph_quads(article_graph_quads(article_facts, resolution))
            block = _body(trig_bytes(quads))
            blocks.put(key, block)
            made.extend(quads)
        else:
            reused.append(block)
        bodies.append((f"<{iri}>", block))
    bodies.sort(key=lambda pair: pair[0])  # graphs in the order of rdf._sort_key (a graph IRI's N-Triples form)
    named = b"".join(block for _, block in bodies)
    store = ox.Store()
    if reused:
        store.load(_prefix_lines() + b"".join(reused), format=ox.RdfFormat.TRIG)
    store.extend(made)
    default = list(actor_quads(resolution))
    for article_facts in facts:
        default.extend(article_metadata_quads(article_facts))
    store.extend(default)
    summaries = pair_summary_quads(q for p in SOURCE_PREDICATES for q in store.quads_for_pattern(None, p, None, None))
    store.extend(summaries)
    head = trig_bytes(sorted_quads(default + summaries))
    return Dataset(head + named, store)


def sorted_graph_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """``rdf.sorted_quads`` for the quads of one named graph (an article's): with one graph, the order of
    ``rdf._sort_key`` is that of the triple's N-Triples form alone (the graph's name is not written out per quad)."""
    return sorted(set(quads), key=lambda quad: str(quad.triple))


def _body(trig: bytes) -> bytes:
    """``trig`` without the prefix lines Oxigraph writes before the first quad."""
    start = 0
    while trig.startswith(b"@prefix ", start):
        start = trig.index(b"\n", start) + 1
    return trig[start:]


def _prefix_lines() -> bytes:
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES.items()).encode()
