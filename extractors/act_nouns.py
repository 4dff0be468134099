"""Role nouns read as the act they name: "l'organisation d'élections régionales", "l'organisation du sommet".

A few body nouns (``act_reading_role_nouns``: "organisation") are also the noun of a verb ("organiser"); followed by
"de" and an organised event (``organised_event_nouns``: élections, sommet, référendum…) they name that act, not a body,
so they stand for no actor ("Maduro a annoncé l'organisation d'élections": not the last organisation named).
"l'organisation de défense des droits humains" keeps its body reading (no event noun).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_OF = {"de", "d'", "du", "des"}  # folded words; relation_args.DE_WORDS, not imported here (relation_args imports roles)


def names_an_act(head: Token, data) -> bool:
    """Is this role noun the act of organising an event ("l'organisation des élections")?"""
    if fold(head.text) not in data.words("act_reading_role_nouns"):
        return False
    events = data.words("organised_event_nouns")
    return any(c.dep_ == "nmod" and c.i > head.i and (fold(c.lemma_) in events or fold(c.text) in events)
               and any(g.dep_ == "case" and fold(g.text) in _OF for g in c.children)
               for c in head.children)
