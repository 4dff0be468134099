"""Countries named only inside an organisation's spelt-out name: "les Forces démocratiques de libération du Rwanda
(FDLR)", "le Front de libération du Mali (FLM)".

The acronym in brackets names the organisation whose long name ends with the country; that country is a word of the
name, not an actor the words are about. It leaves the about list unless the content names it elsewhere too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.entities import text_of
from extractors.lang import fold

_NAMED_KINDS = {"Country", "Place"}


def without_name_internal_places(about: list[str], parts: list[tuple[int, int]], doc: Doc, actors) -> list[str]:
    """``about`` without the countries whose every mention in the content (char ranges ``parts``) ends the long
    name of a bracketed acronym's organisation."""
    inside: set[str] = set()
    elsewhere: set[str] = set()
    for mention in actors.mentions:
        if actors.actors[mention.key].kind not in _NAMED_KINDS or mention.key not in about:
            continue
        start_char = doc[mention.start].idx
        if not any(a <= start_char < b for a, b in parts):
            continue
        (inside if _ends_acronym_name(mention, doc, actors) else elsewhere).add(mention.key)
    return [k for k in about if k not in inside or k in elsewhere]


def _ends_acronym_name(mention, doc: Doc, actors) -> bool:
    """"… de libération du Rwanda (FDLR)": the mention is followed by "(" and an organisation whose label is the
    text that ends with the mention."""
    if mention.end + 1 >= len(doc) or doc[mention.end].text != "(":
        return False
    org = actors.actor_at(doc[mention.end + 1])
    if org is None or actors.actors[org].kind != "Organization":
        return False
    label = fold(actors.actors[org].label)
    before = fold(text_of(doc)[max(0, doc[mention.end].idx - len(label) - 1): doc[mention.end].idx].strip())
    return len(label.split()) > 1 and before.endswith(label)
