"""The clause a quotation is embedded in, when an inverted attribution reports that whole clause.

"Le président Emmanuel Macron a téléphoné à Mme Frederiksen pour lui exprimer sa « pleine solidarité », a indiqué
l'Élysée": the Élysée reports the call, not only the two quoted words, so the actors that clause names (Macron,
Frederiksen) are what the statement is about, while its quotation stays the words between the marks.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.contents import inverted_content
from extractors.entities import ArticleActors


def framed_actors(cue: Token, sentence: Span, quote_start: int, quote_end: int, actors: ArticleActors) -> list[str]:
    """The actors named in the clause around a quotation (``framing_clause``): by name only, neither a demonym
    ("l'humoriste français X" is X, not France) nor a place, which there is the venue ("est mort à Marseille « … »")."""
    frame = framing_clause(cue, sentence, quote_start, quote_end)
    if frame is None:
        return []
    keys = actors.mentions_in(frame[0], quote_start, demonyms=False) + actors.mentions_in(quote_end, frame[1], demonyms=False)
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind != "Place"]


def framing_clause(cue: Token, sentence: Span, quote_start: int, quote_end: int) -> tuple[int, int] | None:
    """The ``(start, end)`` characters of the clause around a quotation that ends before its inverted attribution
    ("X a dit que « … », a déclaré Y"), or None when the quotation is the whole reported content ("« … », a dit Y")
    or the words before it have no verb of their own ("Dans ce contexte, « … », a dit Y")."""
    if quote_end > cue.idx:
        return None
    span = inverted_content(cue, sentence)
    if span is None:
        return None
    start, end = span
    if not start < quote_start < end or quote_end > end + 2:
        return None
    before = [t for t in cue.doc[sentence.start: cue.i] if start <= t.idx < quote_start]
    if not any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") == ["Fin"] for t in before):
        return None
    if any(t.text in _SENTENCE_ENDS for t in before):
        return None  # "Les économistes redoutent un choc. « … », explique X": a sentence of its own, the parser joined
    return start, end


_SENTENCE_ENDS = {".", "!", "?", "…", ":"}
