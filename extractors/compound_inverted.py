"""Inverted compound cues: "Les écoles resteront fermées, a fait savoir la préfecture", "« … », a fait valoir X".

A compound cue ("faire savoir", "faire valoir", "laisser entendre": ``compound_speech_cues``) set after a comma with
its subject after it is an attribution clause like "…, a annoncé X". The parser takes the reported clause's subject
for the cue's subject ("écoles" ← "savoir"), so the speaker is read on the right instead. Precision first: the cue
(with its auxiliary) must follow a comma right away, the first word after the cue (past adverbs and day names) must
open a noun phrase (a determiner or a proper name, not "que" nor a preposition), and that phrase must be an actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.attribution import actor_right, inverted_pronoun
from extractors.contents import after_dateline
from extractors.lang import fold
from extractors.timeref import WEEKDAYS

_OPENERS = {"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "un", "une"}
_DAYS = WEEKDAYS.keys() | {"hier", "soir", "matin"}


@dataclass(frozen=True)
class InvertedCompound:
    """The speakers on the right of an inverted compound cue and the character span of the clause before its comma."""

    speakers: tuple[str, ...]
    content: tuple[int, int] | None


def inverted_compound(first: Token, last: Token, sentence: Span, actors) -> InvertedCompound | None:
    """The inverted reading of the cue ``first``…``last`` (see the module docstring); None when it is not inverted."""
    doc = first.doc
    start = first.i
    while start - 1 > sentence.start and (doc[start - 1].dep_.startswith("aux") or doc[start - 1].text.startswith("-")) \
            and doc[start - 1].head.i in {first.i, last.i}:
        start -= 1  # "a fait savoir", "a-t-elle fait savoir"
    if start <= sentence.start or doc[start - 1].text != ",":
        return None
    if not _own_clause_before(doc[sentence.start: start - 1]):
        return None  # "Le Front…, qui contrôle la région, a mis en garde le gouvernement": a subject, no content clause
    if inverted_pronoun(first) is not None:
        return None  # "…, a-t-il fait savoir": the ordinary pronoun reading
    nxt = last.i + 1
    while nxt < sentence.end and (doc[nxt].pos_ == "ADV" or fold(doc[nxt].text) in _DAYS):
        nxt += 1
    if nxt >= sentence.end or not (fold(doc[nxt].text) in _OPENERS or doc[nxt].pos_ == "PROPN"):
        return None
    speakers = [k for k in actor_right(last, sentence, actors) if actors.actors[k].kind in {"Person", "Organization", "Country"}]
    if not speakers:
        return None
    comma = doc[start - 1]
    opening = after_dateline(sentence[0], comma.i)
    while opening.i < comma.i and (opening.is_punct or opening.is_space):
        opening = doc[opening.i + 1]
    content = (opening.idx, comma.idx) if comma.i - opening.i >= 3 else None
    return InvertedCompound(tuple(speakers), content)


def _own_clause_before(span: Span) -> bool:
    """Does the text before the comma hold a finite verb outside any relative clause (the reported clause)?"""
    for token in span:
        if token.pos_ in {"VERB", "AUX"} and token.morph.get("VerbForm") == ["Fin"] \
                and not any(t.dep_ == "acl:relcl" for t in [token, *token.ancestors]):
            return True
    return False
