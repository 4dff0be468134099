"""Populations named by a demonym in reported content: "les Espagnols", "plus de 500 000 Afghans", "les derniers
survivants polonais", "la population syrienne" name people, not their state (tests/gold/NOTES.md: a population is
not its state; armies, officials, ministries and companies are: "l'armée polonaise", "les entreprises russes").

A capitalised plural demonym is a population, also when the tagger reads it as singular ("500 000 Afghans",
tagged PROPN Sing): its form is the plural of a listed demonym ("afghan" + "s"). A demonym adjective on a population
noun (``content_population_heads``: "survivants", "réfugiés", "habitants", "clients", "usagers"...) is one too,
also for a bloc ("ses clients européens" is not about the Union européenne). The adjective elsewhere
("le système bancaire espagnol") still points to the state (``ArticleActors._scan``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold


def population_word(token: Token, demonyms, data, bloc: bool = False) -> bool:
    """Is this demonym word ("Afghans", "polonais" of "survivants polonais") a population rather than its state?
    ``demonyms``: the inflected demonym table; ``data``: the language data; ``bloc``: the word names a bloc ("les
    Européens", "les Occidentaux" stay the bloc; "ses clients européens" are customers)."""
    text = fold(token.text)
    if token.text[:1].isupper():
        return not bloc and text.endswith(("s", "x")) and (token.morph.get("Number") != ["Sing"] or text[:-1] in demonyms)
    return token.dep_ == "amod" and token.head.i < token.i and token.head.pos_ == "NOUN" \
        and fold(token.head.text) in data.words("content_population_heads")
