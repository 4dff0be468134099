"""Reported content right after the speech verb that the parser hung elsewhere.

- "a souhaité que Bichkek et Douchanbé règlent…" parsed with "Bichkek" as a stray dependent and "règlent" as an
  infinitive-like complement: the words after "que" are a que-clause, whatever the tree says.
- "a exigé des excuses publiques" parsed with "des" as a preposition and "excuses" as an oblique: a plural
  indefinite or partitive object ("des", "du") right after the verb is its nominal content, also after a dative
  phrase ("Varsovie réclame à Berlin des réparations").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import sentence_of
from extractors.lang import fold

Complement = tuple[int, int, str]

_PARTITIVES = {"des", "du"}
_OBLIQUES = {"obl:arg", "obl", "obl:mod"}


def _first_after(verb: Token) -> Token | None:
    """The first token after the verb that is not an adverb (within three tokens and the sentence)."""
    sentence = sentence_of(verb)
    for token in verb.doc[verb.i + 1: min(verb.i + 4, sentence.end)]:
        if token.pos_ != "ADV":
            return token
    return None


def que_right_after(verb: Token, complement: Complement | None) -> Complement | None:
    """``complement`` unless the verb (past adverbs) is directly followed by "que"/"qu'" and the tree gave another kind."""
    if complement is not None and complement[2] == "que":
        return complement
    first = _first_after(verb)
    if first is not None and fold(first.text) in {"que", "qu'"} and first.pos_ == "SCONJ":
        return first.idx, sentence_of(verb).end_char, "que"
    return complement


def partitive_object(verb: Token, complement: Complement | None) -> Complement | None:
    """``complement``, or, when there is none and no object, the noun phrase "des excuses" / "du soutien" hung as an
    oblique right after the verb (its whole subtree)."""
    if complement is not None or any(c.dep_ == "obj" for c in verb.children):
        return complement
    first = _after_dative(verb, _first_after(verb))
    if first is None or fold(first.text) not in _PARTITIVES or first.dep_ != "case":
        return complement
    noun = first.head
    if noun.head.i != verb.i or noun.dep_ not in _OBLIQUES or noun.pos_ != "NOUN":
        return complement
    tokens = list(noun.subtree)
    return first.idx, tokens[-1].idx + len(tokens[-1].text), "nominal"


def _after_dative(verb: Token, first: Token | None) -> Token | None:
    """``first``, or when it opens a dative phrase of the verb ("à Berlin", "aux autorités"), the token after it."""
    if first is None or fold(first.text) not in {"a", "au", "aux"}:
        return first
    noun = first.head
    if noun.head.i != verb.i or noun.dep_ not in _OBLIQUES or noun.pos_ not in {"NOUN", "PROPN"}:
        return first
    end = max(t.i for t in noun.subtree) + 1
    sentence = sentence_of(verb)
    return verb.doc[end] if end < sentence.end and not verb.doc[end].is_punct else None
