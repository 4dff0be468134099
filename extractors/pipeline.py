"""One parsed article -> its facts (actors, statements, relations)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extractors.model import Article, ArticleFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The rule modules (and spaCy) are imported on first use, in the functions below: a
# build with nothing to parse reads EXTRACTOR_VERSION without loading them
# (tests/graph/test_build_cache.py checks it).

#: Bump when a rule changes, so cached extractions are redone.
EXTRACTOR_VERSION = "36"


def _robust(doc: Doc) -> Doc:
    """The doc the extractors read (``extractors.nlp.robust``): a doc from ``parse(..., robust=True)``
    (what ``newsgraph build`` parses, in batches) as it is, any other re-parsed with names masked."""
    from extractors.nlp import robust
    from extractors.reparse import REPARSED

    if doc.user_data.get(REPARSED):
        return doc  # what ``robust`` would give back, without setting up the re-parse's component pipes
    return next(robust([doc]))


def extract_article(article: Article, doc: Doc) -> ArticleFacts:
    """All facts of one article, from its parsed ``doc`` (``doc.text == article.text``)."""
    from extractors.entities import ArticleActors
    from extractors.eventtime import event_time
    from extractors.quotes import extract_statements
    from extractors.relations import extract_relations

    doc = _robust(doc)
    actors = ArticleActors(doc, article.language)
    statements = tuple(extract_statements(doc, actors, language=article.language))
    relations = tuple(extract_relations(doc, actors, language=article.language, statements=statements))
    statements = tuple(
        replace(s, event_time=event_time(doc, s.evidence.start, s.evidence.end, s.cue, article.date))
        if s.mode != "AccordingTo" else s
        for s in statements
    )
    relations = tuple(
        replace(r, event_time=event_time(doc, r.evidence.start, r.evidence.end, r.action, article.date)) for r in relations
    )
    used = {s.speaker for s in statements} | {k for s in statements for k in s.about}
    used |= {s.reported_by for s in statements if s.reported_by} | {s.addressee for s in statements if s.addressee}
    used |= {r.subject for r in relations} | {r.object for r in relations}
    notes = () if article.date else ("no publication date found",)
    return ArticleFacts(
        article=article,
        actors=tuple(a for a in actors.export() if a.key in used),
        statements=statements,
        relations=relations,
        notes=notes,
    )
