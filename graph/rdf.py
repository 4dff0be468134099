"""Facts + resolved actors -> RDF quads of the output contract (DESIGN.md).

Actors and article metadata go to the default graph; each article's facts go
to the named graph whose name is the article IRI. The default graph also
gets the pair summaries derived from the statements (graph/summaries.py),
which let ``top-pairs`` answer without counting the whole corpus. Fact IRIs are derived from
their content (article, kind, actors, offsets), never random, so the same
input gives the same quads, and ``write_trig`` sorts them: byte-identical
files.

Quads are pyoxigraph terms: Oxigraph writes TriG ~50x faster than rdflib
(PERF-NOTES.md); ``load_dataset`` gives rdflib users the same data.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from extractors.model import ArticleFacts, Relation, Statement
from graph.resolve import Resolution
from graph.summaries import pair_summary_quads

NG = "https://w3id.org/newsgraph/ontology#"
ID = "https://w3id.org/newsgraph/id/"
ARTICLE = "https://w3id.org/newsgraph/article/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = {
    "ng": NG, "ngid": ID, "nga": ARTICLE, "rdfs": RDFS, "skos": SKOS, "schema": SCHEMA,
    "dcterms": DCTERMS, "prov": PROV, "xsd": XSD,
}

_DATE_TYPES = {10: "date", 7: "gYearMonth", 4: "gYear"}
_DATE_SOURCES = {
    "manifest": "Manifest", "jsonl": "RecordMetadata", "cli": "CommandLine", "text:header": "TextHeader",
    "text:dateline": "TextDateline", "text:published": "TextPublished", "text:copyright": "TextCopyright",
    "html": "PageMetadata",
}
_MODALITIES = {"conditional": "Conditional", "future": "Future", "intention": "Intention", "possibility": "Possibility", "obligation": "Obligation"}


def article_iri(article_id: str) -> str:
    return ARTICLE + quote(article_id, safe="-_.~")


def actor_iri(actor_id: str) -> str:
    return ID + actor_id


def dataset_quads(facts: Iterable[ArticleFacts], resolution: Resolution) -> list[ox.Quad]:
    """Every quad of the dataset, sorted (deterministic order), with the pair summaries it implies."""
    quads: list[ox.Quad] = list(actor_quads(resolution))
    for article_facts in facts:
        quads.extend(_article_quads(article_facts, resolution))
    quads.extend(pair_summary_quads(quads))
    return sorted_quads(quads)


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """``quads`` without duplicates, in the order the TriG file is written (graph, subject, predicate, object)."""
    return sorted(set(quads), key=_sort_key)


def write_trig(quads: list[ox.Quad], path: Path) -> None:
    """Write TriG atomically: a temporary file in the same folder, then rename."""
    atomic_write_bytes(path, trig_bytes(quads))


def trig_bytes(quads: list[ox.Quad]) -> bytes:
    """The TriG file of ``quads`` (sorted by ``dataset_quads``), with the dataset's prefixes."""
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def write_store(quads: list[ox.Quad], folder: Path) -> None:
    """Write an on-disk Oxigraph store of the dataset, replacing ``folder`` only once complete.

    The store is bulk-loaded into a sibling temporary folder, flushed, then
    swapped in by renames, so a reader never sees a half-loaded store.
    """
    import shutil

    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        store = ox.Store(str(tmp))
        store.bulk_extend(quads)
        store.flush()
        del store
        old = folder.with_name(f".{folder.name}.old")
        if folder.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(folder, old)
        os.replace(tmp, folder)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_dataset(path: str | Path):
    """The TriG file as an ``rdflib.Dataset`` (for Python users who prefer rdflib)."""
    import rdflib

    dataset = rdflib.Dataset()
    dataset.parse(str(path), format="trig")
    return dataset


# -- builders ------------------------------------------------------------------------------


def actor_quads(resolution: Resolution) -> Iterator[ox.Quad]:
    for actor in resolution.actors.values():
        node = ox.NamedNode(actor_iri(actor.id))
        yield _q(node, RDF_TYPE, ox.NamedNode(NG + actor.kind))
        yield _q(node, RDFS + "label", ox.Literal(actor.label))
        for alt in actor.alt_labels:
            yield _q(node, SKOS + "altLabel", ox.Literal(alt))
        if actor.unnamed_in is not None:
            yield _q(node, NG + "unnamedIn", ox.NamedNode(article_iri(actor.unnamed_in)))


def _article_quads(facts: ArticleFacts, resolution: Resolution) -> Iterator[ox.Quad]:
    yield from article_metadata_quads(facts)
    yield from article_graph_quads(facts, resolution)


def article_metadata_quads(facts: ArticleFacts) -> Iterator[ox.Quad]:
    """The article's node and metadata (default graph): a function of the article alone."""
    article = facts.article
    node = ox.NamedNode(article_iri(article.id))
    yield _q(node, RDF_TYPE, ox.NamedNode(NG + "Article"))
    yield _q(node, DCTERMS + "source", ox.Literal(article.id))
    if article.date:
        yield _q(node, SCHEMA + "datePublished", _date_literal(article.date.value))
        yield _q(node, NG + "dateSource", ox.NamedNode(NG + _DATE_SOURCES.get(article.date.source, "TextHeader")))
    if article.publisher:
        yield _q(node, SCHEMA + "publisher", ox.Literal(article.publisher))
    if article.title:
        yield _q(node, SCHEMA + "headline", ox.Literal(article.title))
    if article.url:
        yield _q(node, SCHEMA + "url", ox.Literal(article.url))
    yield _q(node, SCHEMA + "inLanguage", ox.Literal(article.language))


def article_graph_quads(facts: ArticleFacts, resolution: Resolution) -> Iterator[ox.Quad]:
    """The quads of the article's named graph: a function of its facts and of the corpus ids of the actors they name."""
    article = facts.article
    node = ox.NamedNode(article_iri(article.id))

    def actor(key: str) -> ox.NamedNode:
        return ox.NamedNode(actor_iri(resolution.corpus_id(article.id, key)))

    for statement in facts.statements:
        yield from _statement_quads(statement, node, actor)
    for relation in facts.relations:
        yield from _relation_quads(relation, node, actor)


def _statement_quads(s: Statement, article: ox.NamedNode, actor) -> Iterator[ox.Quad]:
    fact = _fact_iri(article, "statement", s.speaker, s.cue, s.evidence.start, s.quote_start, s.quote_end)
    g = article
    yield _q(fact, RDF_TYPE, ox.NamedNode(NG + "Statement"), g)
    yield _q(fact, NG + "speaker", actor(s.speaker), g)
    for about in s.about:
        yield _q(fact, NG + "about", actor(about), g)
        yield _q(actor(s.speaker), NG + "saidAbout", actor(about), g)
    yield _q(fact, NG + "cue", ox.Literal(s.cue), g)
    yield _q(fact, NG + "quote", ox.Literal(s.quote), g)
    yield _q(fact, NG + "mode", ox.NamedNode(NG + s.mode), g)
    if s.addressee:
        yield _q(fact, NG + "addressee", actor(s.addressee), g)
    if s.reported_by:
        yield _q(fact, NG + "reportedBy", actor(s.reported_by), g)
    yield from _event_time_quads(fact, s.event_time, g)
    yield _q(fact, NG + "quoteStart", _int(s.quote_start), g)
    yield _q(fact, NG + "quoteEnd", _int(s.quote_end), g)
    yield from _evidence_quads(fact, s.evidence, article)


def _relation_quads(r: Relation, article: ox.NamedNode, actor) -> Iterator[ox.Quad]:
    fact = _fact_iri(article, "relation", r.subject, r.object, r.event_type, r.action, r.evidence.start, r.negated)
    g = article
    yield _q(fact, RDF_TYPE, ox.NamedNode(NG + "Relation"), g)
    yield _q(fact, NG + "subject", actor(r.subject), g)
    yield _q(fact, NG + "object", actor(r.object), g)
    yield _q(fact, NG + "action", ox.Literal(r.action), g)
    yield _q(fact, NG + "eventType", ox.NamedNode(NG + r.event_type), g)
    yield _q(fact, NG + "negated", ox.Literal("true" if r.negated else "false", datatype=ox.NamedNode(XSD + "boolean")), g)
    if r.modality in _MODALITIES:
        yield _q(fact, NG + "modality", ox.NamedNode(NG + _MODALITIES[r.modality]), g)
    yield from _event_time_quads(fact, r.event_time, g)
    if r.symmetric:
        yield _q(fact, NG + "symmetric", ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")), g)
    yield from _evidence_quads(fact, r.evidence, article)


def _evidence_quads(fact: ox.NamedNode, evidence, article: ox.NamedNode) -> Iterator[ox.Quad]:
    yield _q(fact, NG + "evidence", ox.Literal(evidence.text), article)
    yield _q(fact, NG + "charStart", _int(evidence.start), article)
    yield _q(fact, NG + "charEnd", _int(evidence.end), article)
    yield _q(fact, PROV + "wasDerivedFrom", article, article)


def _event_time_quads(fact: ox.NamedNode, value: str | None, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """``ng:eventTime`` typed by precision; a range ("2024-03..2024-06") as start and end."""
    if not value:
        return
    if ".." in value:
        start, end = value.split("..", 1)
        yield _q(fact, NG + "eventTimeStart", _date_literal(start), graph)
        yield _q(fact, NG + "eventTimeEnd", _date_literal(end), graph)
    else:
        yield _q(fact, NG + "eventTime", _date_literal(value), graph)


def _date_literal(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + _DATE_TYPES[len(value)]))


def _fact_iri(article: ox.NamedNode, kind: str, *parts) -> ox.NamedNode:
    digest = hashlib.sha1("\x1f".join(map(str, (article.value, kind, *parts))).encode()).hexdigest()[:16]
    return ox.NamedNode(f"{ID}{kind}-{digest}")


#: Each predicate's node, made once (a term is immutable; ``_q`` runs for every quad).
_PREDICATES: dict[str, ox.NamedNode] = {}


def _q(s, p: str, o, g=None) -> ox.Quad:
    predicate = _PREDICATES.get(p)
    if predicate is None:
        predicate = _PREDICATES[p] = ox.NamedNode(p)
    # A quad made without a graph is in the default graph; passing ``DefaultGraph()`` costs twice the time of the quad.
    return ox.Quad(s, predicate, o) if g is None else ox.Quad(s, predicate, o, g)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))


def _sort_key(quad: ox.Quad) -> str:
    """(graph, subject, predicate, object) in N-Triples form, the default graph first, as one string.

    The graph, a NUL, then the triple as oxigraph writes it (``str(quad.triple)``:
    subject, predicate and object joined by spaces; one call instead of three).
    The strings compare as the 4-tuples would: NUL sorts before every other
    character; a subject or predicate is an IRI (``<...>``: no ``>`` or space
    inside, so none is a prefix of another) or a blank node (``_:`` and a
    label of characters above the space: a label that is a prefix of another
    sorts first, by the space as by the end of the tuple's string); only the
    object, the last part, may be a literal.
    """
    graph = quad.graph_name
    return ("" if isinstance(graph, ox.DefaultGraph) else str(graph)) + "\0" + str(quad.triple)
