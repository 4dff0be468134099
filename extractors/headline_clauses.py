"""Parser repairs in a headline (the article's first line), made once on the re-parsed doc (``extractors.reparse``).

A topic before a colon is no subject: "Kouriles : Tokyo proteste contre des manœuvres russes" comes out with
"Kouriles" as the subject of "proteste" and "Tokyo" hung on it; the topic is detached (label ``dep``) and the name
right after the colon becomes the subject. A headline of two clauses joined by a comma, "le Chili militarise sa
frontière, La Paz dénonce une mesure « unilatérale »" (the first verb mis-tagged as an adjective), comes out with
both "Chili" and "La Paz" as subjects of "dénonce": the one before the comma is detached. A quotation after the
colon ("Poutine : « ... »") is left alone (the speaker of a headline quote).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: How many tokens a headline topic may have before its colon ("Mer de Chine :").
_TOPIC_TOKENS = 4
_QUOTES = {"«", "“", '"'}
_SUBJECT = "nsubj"
_NOMINALS = {"PROPN", "NOUN"}
#: A first line ending with one of these is a sentence, not a headline.
_FINAL = {".", "!", "?", "…", "..."}


def repair_headline(doc: Doc) -> Doc:
    """``doc`` with its headline's topic and first-clause subjects detached from the verb after them."""
    end = next((t.i for t in doc[:61] if "\n" in t.text or "\n" in t.whitespace_), len(doc) - 1) + 1
    # (a line break after the 61st token, or none, leaves ``end`` > 60: the same answer, without a Token per word)
    line = doc[:end]
    last = next((t for t in reversed(line) if not t.is_space and t.text not in {"»", "”", '"'}), None)
    if end > 60 or last is None or last.text in _FINAL:
        return doc  # no line break early, or a first line that ends a sentence: no headline
    colon = next((t.i for t in line[: _TOPIC_TOKENS + 1] if t.text == ":"), None)
    if colon is not None and colon > 0 and colon + 1 < end and doc[colon + 1].text not in _QUOTES:
        _detach_topic(doc, colon, end)
    for verb in line:
        _detach_first_clause(verb, colon or 0)
    return doc


def _detach_topic(doc: Doc, colon: int, end: int) -> None:
    """"Kouriles : Tokyo proteste": the topic's subject label moves to the nominal right after the colon."""
    for topic in doc[:colon]:
        verb = topic.head
        if topic.dep_ != _SUBJECT or not colon < verb.i < end or verb.pos_ not in {"VERB", "AUX"}:
            continue
        after = doc[colon + 1]
        name = after if after.pos_ in _NOMINALS else (doc[colon + 2] if colon + 2 < end and after.pos_ == "DET" else None)
        topic.dep_ = "dep"
        if name is not None and name.i < verb.i and name.head.i < colon and name.pos_ in _NOMINALS \
                and not any(c.dep_ == _SUBJECT and c.i > colon for c in verb.children):
            name.head, name.dep_ = verb, _SUBJECT


def _detach_first_clause(verb: Token, start: int) -> None:
    """"le Chili militarise sa frontière, La Paz dénonce": of two uncoordinated subjects with a comma between them,
    the first belongs to another clause."""
    subjects = [c for c in verb.children if c.dep_ == _SUBJECT and start < c.i < verb.i]
    if len(subjects) < 2:
        return
    last = subjects[-1]
    doc = verb.doc
    for first in subjects[:-1]:
        between = doc[max(t.i for t in first.subtree) + 1: min(t.i for t in last.subtree)]
        if any(t.text == "," for t in between) and not any(t.dep_ == "cc" for t in between):
            first.dep_ = "dep"
