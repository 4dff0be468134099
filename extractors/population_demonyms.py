"""Demonyms that qualify a population of a market, not a state, in reported content: "ses clients européens".

tests/gold/NOTES.md keeps populations out of ``about`` ("les Américains", "ménages français" are no actors): a
lower-case demonym adjective on a plural noun of people by their place in a market or a service
(``population_demonym_heads``: clients, consommateurs, usagers, ménages, voyageurs…) names those people, not their
state or bloc: "Renault a annoncé que ses clients européens seraient livrés en retard" is not about the Union
européenne. Companies and institutions keep their state ("les entreprises russes", "le système bancaire espagnol").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold


def population_adjective(token: Token, data) -> bool:
    """Is this demonym-looking word an adjective of a plural population-of-a-market noun ("clients européens")?"""
    head = token.head
    return token.dep_ == "amod" and token.text.islower() and head.i != token.i and head.pos_ == "NOUN" \
        and head.morph.get("Number") != ["Sing"] and fold(head.text) in data.words("population_demonym_heads")
