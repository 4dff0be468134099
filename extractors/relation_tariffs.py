"""Tariffs name their target through the goods they fall on: "des droits de douane de 25 % sur l'acier canadien",
"l'imposition de surtaxes sur le soja américain" are a Coerce of the state whose goods are taxed (gold NOTES:
economic pressure is Coerce).

Only a tariff noun (``relation_tariff_nouns``: "droits (de douane)", "surtaxes", "taxes", "tarifs", "quotas") already
read as a Coerce trigger, and a "sur" complement whose goods carry an adjective of nationality naming a country.
The parser hangs "sur …" on the noun, on its amount ("de 25 %"), or on the nominal light verb that carries it
("l'imposition de droits de douane sur …") or on the light verb itself; those places only.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.relation_args import DE_WORDS, arguments_of

TARIFF_NOUNS = language_data("fr").words("relation_tariff_nouns")
_AMOUNTS = language_data("fr").words("relation_percent_words")
_STATES = {"Country", "Organization"}  # "sur les importations européennes": the Union


def tariffed_states(noun: Token, actors: ArticleActors) -> list[str]:
    """The countries whose goods the tariff ``noun`` (or the carrier noun over it) falls on; [] for anything else."""
    tariff = noun if fold(noun.text) in TARIFF_NOUNS else next(
        (c for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & DE_WORDS and fold(c.text) in TARIFF_NOUNS), None)
    if tariff is None:
        return []
    places = [noun, tariff] + [c for c in tariff.children if fold(c.lemma_) in _AMOUNTS or fold(c.text) in _AMOUNTS]
    if noun.dep_ in {"obj", "nsubj:pass"}:  # "a imposé (ont été imposés) des droits de douane (de 25 %) sur …" on the verb
        places += [c for c in noun.head.children if c.dep_.startswith("obl") and (fold(c.lemma_) in _AMOUNTS or fold(c.text) in _AMOUNTS)]
        places.append(noun.head)
    keys: list[str] = []
    for place in dict.fromkeys(places):
        for goods, case in arguments_of(place):
            if "sur" not in case or goods.pos_ != "NOUN":
                continue
            items = [goods, *(c for c in goods.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
            items += [c for g in items for c, g_case in arguments_of(g) if c.dep_ == "nmod" and c.pos_ == "NOUN" and g_case & DE_WORDS
                      and c.i > g.i]  # "sur une liste de produits américains", "sur les importations de soja américain"
            for item in items:
                keys += [k for a in item.children if a.dep_ == "amod"
                         for k in actors.mentions_in(a.idx, a.idx + len(a.text)) if actors.actors[k].kind in _STATES]
    return list(dict.fromkeys(keys))
