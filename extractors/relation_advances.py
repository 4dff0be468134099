"""Troops closing in are no rapprochement: "Les forces russes se sont rapprochées de Kharkiv", "les troupes se
rapprochent de Kiev" is a military advance, while "Le Niger s'est rapproché de la Russie" is Cooperate (gold NOTES:
"se rapprocher de" → Cooperate).

``military_advance`` tells the two apart for a verb of ``relation_approach_verbs``: a subject headed by a noun of
``relation_military_movers`` ("forces", "troupes", "armée") or a place as the one approached ("de Bakhmout").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.relation_args import DE_WORDS, arguments_of

_DATA = language_data("fr")
APPROACH_VERBS = _DATA.words("relation_approach_verbs")
MILITARY_MOVERS = _DATA.words("relation_military_movers")


def military_advance(verb: Token, actors: ArticleActors) -> bool:
    """True when ``verb`` ("se rapprocher") moves troops toward a place rather than drawing two actors closer."""
    if fold(verb.lemma_) not in APPROACH_VERBS:
        return False
    node = verb
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:  # "cherche à se rapprocher de": the subject above
        if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in node.children):
            break
        node = node.head
    if any(c.dep_ in {"nsubj", "nsubj:pass"} and (fold(c.lemma_) in MILITARY_MOVERS or fold(c.text) in MILITARY_MOVERS)
           for c in node.children):
        return True
    approached = [c for c, case in arguments_of(verb) if c.dep_.startswith("obl") and case & DE_WORDS]
    return any(actors.actors[k].kind == "Place" for c in approached for k in ([actors.actor_at(c)] if actors.actor_at(c) else []))
