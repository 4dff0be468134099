"""A reaction to the clause before it: "Washington durcit ses sanctions, Caracas dénonce un « coup d'État »".

A statement whose speaker opens a clause set off by a comma from a clause that opens with another actor as its subject, and whose
content is a noun phrase or nothing ("dénonce un chantage", "promet des représailles", "nie") reacts to what that actor
did: it is about that actor (tests/gold/NOTES.md: an event anaphor stands for the author of the event). The style of
news headlines ("Canada-Inde : Ottawa expulse deux diplomates, New Delhi promet des « représailles »"), where the
reacted-to event is never named again. A que-clause says what it says, so it is left alone; so is a clause the comma
does not end with a verb before it ("Selon Moscou, …", "Interrogé par l'AFP, …": no subject before the verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import sentence_of
from extractors.lang import fold

_SUBJECTS = {"nsubj", "nsubj:pass"}
#: What cannot follow a subject as its verb.
_NOT_A_VERB = {"PUNCT", "ADP", "CCONJ", "SCONJ", "PROPN", "DET", "NUM"}
#: Words that end the clause before the comma on their left ("Venezuela : Washington durcit…").
_SEGMENT_BREAKS = {":", ";", "—", "–", ".", "!", "?"}


def reacted_clause_authors(actors, speaker: str, cue: Token) -> tuple[str, ...]:
    """The actors subject of the clause right before the speaker's one (see the module docstring); () when none."""
    if any(c.dep_ in {"ccomp", "advcl"} and any(fold(m.text) in {"que", "qu'"} for m in c.children if m.dep_ == "mark")
           for c in cue.children):
        return ()
    subject = max((c for c in cue.children if c.dep_ in _SUBJECTS and c.i < cue.i), key=lambda c: c.i, default=None)
    if subject is None or subject.pos_ == "PRON":
        return ()  # "…, a déclaré le ministère, qui dit étudier…": a relative clause, no clause of its own
    doc = cue.doc
    comma = subject.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return ()
    first = sentence_of(cue).start
    start = comma - 1
    while start > first and doc[start - 1].text not in _SEGMENT_BREAKS and doc[start - 1].text != ",":
        start -= 1
    while start < comma and doc[start].pos_ == "DET":
        start += 1  # "le Mali expulse…"
    mention = next((m for m in actors.mentions if m.start == start), None)
    if mention is None or mention.end + 1 >= comma or mention.key == speaker:
        return ()
    follower = doc[mention.end]
    if follower.pos_ in _NOT_A_VERB or not (follower.pos_ in {"VERB", "AUX"} or doc[mention.end - 1].dep_ in _SUBJECTS):
        return ()  # "Moscou coupe les livraisons…" (a verb, or a noun-tagged verb after a parsed subject)
    return (mention.key,)
