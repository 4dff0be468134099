"""A name in apposition read as a second subject: "Le chef du Comité d'État kirghiz pour la sécurité nationale,
Kamtchybek Tachiev, qui avait négocié l'accord" (the parser hangs the name as a conjunct of the body's last word)
gives no meeting or agreement of the person with the body they head. Called from ``extractors.relation_verbal``."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold

_LINKS = {"et", "ou", "ni", "ainsi", "avec", "comme"}


def apposed_pair(verb: Token, first: str, second: str, actors: ArticleActors) -> bool:
    """Are ``first`` and ``second`` (one a person, the other not) named in the verb's sentence with the later set off
    by commas right after the other ("X, Y," or "X, Y qui"), no conjunction between?"""
    kinds = {actors.actors[first].kind == "Person", actors.actors[second].kind == "Person"}
    if kinds != {True, False}:
        return False
    sentence = sentence_of(verb)
    spans = {}
    for mention in actors.mentions:
        if sentence.start <= mention.start < sentence.end and mention.key in (first, second) and mention.start < verb.i:
            spans[mention.key] = (mention.start, mention.end)  # the last mention of each before the verb
    if len(spans) != 2:
        return False
    (start_a, end_a), (start_b, end_b) = sorted(spans.values())
    doc = verb.doc
    between = doc[end_a:start_b]
    if not between or between[-1].text != "," or any(fold(t.text) in _LINKS for t in between):
        return False
    return end_b < len(doc) and (doc[end_b].text == "," or fold(doc[end_b].text) in {"qui", "a", "ont"})
