"""Names of works that are no actor: a site whose name holds its facility noun ("le Grand barrage de la
Renaissance", NER place), and a plan, programme or operation named right after its lower-case noun ("le plan Orsec",
"l'opération Barkhane", "le programme Artemis").

tests/gold/NOTES.md: a site ("la grotte d'Azass") is no actor, and infrastructure, plans, programmes and operations
neither speak nor act. The facility nouns are ``facility_nouns`` (the names after "de" one, "la centrale de
Fukushima", is ``recall.facility_name``); the plan nouns are ``work_name_nouns``. A name after a plan noun that is
a person's ("le plan Marshall" when the article names George Marshall, a PER name) stays an actor: "le plan Trump" is
Trump's. Gazetteer names never reach this test ("le plan Europe" -> Europe).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.lang import fold
from extractors.recall import person_name_words


def work_name(span: Span, label: str, data) -> bool:
    """Is this NER span (tagged ``label``) the name of a site, a plan or an operation? ``data``: the language data."""
    facilities = data.words("facility_nouns")
    if label in {"LOC", "ORG", "MISC"} and any(t.is_lower and t.pos_ == "NOUN" and fold(t.text) in facilities for t in span[1:]):
        return True  # "le Grand barrage de la Renaissance"
    before = span.doc[span.start - 1] if span.start > 0 else None
    return label in {"LOC", "ORG", "MISC"} and before is not None and before.is_lower and fold(before.text) in data.words("work_name_nouns") \
        and not {fold(t.text) for t in span} & person_name_words(span.doc)  # "le plan Orsec", not "le plan Trump"
