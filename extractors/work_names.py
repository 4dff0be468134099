"""Names of works that are no actor: a site whose name holds its facility noun ("le Grand barrage de la
Renaissance", NER place), and a plan, programme or operation named right after its lower-case noun ("le plan Orsec",
"l'opération Barkhane", "le programme Artemis").

tests/gold/NOTES.md: a site ("la grotte d'Azass") is no actor, and infrastructure, plans, programmes and operations
neither speak nor act. The facility nouns are ``facility_nouns`` (the names after "de" one, "la centrale de
Fukushima", is ``recall.facility_name``); the plan nouns are ``work_name_nouns``. A name after a plan noun that is
a person's ("le plan Marshall" when the article names George Marshall, a PER name) stays an actor: "le plan Trump" is
Trump's. Gazetteer names never reach this test ("le plan Europe" -> Europe).

A ship is no actor either: a name right after a lower-case vessel noun (``vessel_nouns``: "le chalutier Polar
Venture") or set off after it as an apposition ("Le navire, le Kapitan Ivanov, a été escorté"), whatever its NER tag
(the model often takes a ship's name for a person's).
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
    if vessel_name(span, data.words("vessel_nouns")):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return label in {"LOC", "ORG", "MISC"} and before is not None and before.is_lower and fold(before.text) in data.words("work_name_nouns") \
        and not {fold(t.text) for t in span} & person_name_words(span.doc)  # "le plan Orsec", not "le plan Trump"


def vessel_name(span: Span, vessels: set[str]) -> bool:
    """"le chalutier Polar Venture", "Le navire, le Kapitan Ivanov,": the name of a ship (see the module docstring)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and fold(doc[i].text) in {"le", "la", "l'"}:
        i -= 1  # "le navire, le Kapitan Ivanov"
        if i < 0 or doc[i].text != ",":
            return False
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].pos_ == "NOUN" and fold(doc[i].text) in vessels
