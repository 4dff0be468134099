"""Places that are only the venue of a meeting in reported words: "prêt à accueillir des pourparlers à Moscou",
"un sommet se tiendra à Pékin".

tests/gold/NOTES.md: places that are only the venue of a meeting (Pékin, Moscou) are left out of ``about``. A name
after "à" / "en" hung on a meeting verb or noun (``meeting_venue_heads`` in the language data) is such a venue; its
actor leaves the about list unless the content names it elsewhere too ("des pourparlers à Moscou, que Kiev accuse…").
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.lang import fold

_VENUE_CASES = {"a", "au", "en"}  # folded ("à" -> "a")


def without_venues(about: list[str], parts: list[tuple[int, int]], doc: Doc, actors) -> list[str]:
    """``about`` without the actors named in the content (char ranges ``parts``) only as a meeting's venue."""
    heads = actors.data.words("meeting_venue_heads")
    venues: dict[str, set[int]] = {}
    for start, end in parts:
        for token in doc.char_span(start, end, alignment_mode="expand") or ():
            if token.pos_ == "PROPN" and token.dep_ in {"obl:mod", "obl", "nmod"} and _meeting(token.head, heads) \
                    and any(c.dep_ == "case" and fold(c.text) in _VENUE_CASES for c in token.children) \
                    and (key := actors.actor_at(token)) and actors.actors[key].kind in {"Country", "Place"}:
                venues.setdefault(key, set()).add(token.i)
    if not venues:
        return about
    spans = [span for start, end in parts if (span := doc.char_span(start, end, alignment_mode="expand")) is not None]
    named_elsewhere = {m.key for m in actors.mentions if m.key in venues and any(s.start <= m.start < s.end for s in spans)
                       and not venues[m.key] & set(range(m.start, m.end))}
    return [k for k in about if k not in venues or k in named_elsewhere]


def _meeting(head, heads: frozenset[str]) -> bool:
    """A meeting word by its lemma or its own form: the lemma of a plural noun is its singular ("pourparler")."""
    return fold(head.lemma_) in heads or fold(head.text) in heads
