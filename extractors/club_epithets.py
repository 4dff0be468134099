"""A sports club named by its city adjective: "le club stéphanois" -> AS Saint-Étienne.

Sports news names a club once, then by its noun and the adjective of its city ("le club stéphanois", "l'équipe
lyonnaise", "la formation marseillaise"). A definite singular club noun (``club_nouns``) qualified by a city
adjective (``city_demonyms``: adjective -> city) stands for the one organisation of the article whose name holds
that city ("AS Saint-Étienne", "Olympique de Marseille", "Olympique lyonnais"); nothing when none or several do
("Paris Saint-Germain" and "Paris FC"), even when the name finder missed one of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.token_table import token_table

_ARTICLES = {"le", "la", "l'", "les", "du", "au", "des", "aux"}


def club_epithet(token: Token, actors) -> list[str]:
    """The club a "le club stéphanois" phrase names ([] when the article names no such club, or several)."""
    if token.pos_ != "NOUN" or fold(token.text) not in actors.data.words("club_nouns") \
            or token.morph.get("Number") == ["Plur"] \
            or not any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'", "ce", "cette"} for c in token.children):
        return []
    cities = actors.data.table("city_demonyms")
    city = next((cities[fold(c.text)] for c in token.children if c.dep_ == "amod" and fold(c.text) in cities), None)
    if not city:
        return []
    city = fold(city)
    clubs = {key for key, actor in actors.actors.items() if actor.kind == "Organization" and any(
        _names_city(fold(name), city) for name in {actor.label, *actor.aliases})}
    if len(clubs) != 1:
        return []
    return sorted(clubs) if _city_only_in(clubs, city, actors) else []


def _city_only_in(clubs: set[str], city: str, actors) -> bool:
    """Is no other body named after the city: a capitalised word starting with the city's first word, outside the
    club's mentions, right after an article ("le Paris Saint-Germain" beside "le Paris FC": a club the name finder
    missed)? A bare city word ("à Saint-Étienne", "le match Saint-Étienne – Lyon") is the place or the same club."""
    first = city.replace("-", " ").split()[0]
    covered = {i for m in actors.mentions if m.key in clubs for i in range(m.start, m.end)}
    table = token_table(actors.doc)  # the doc's columns: no Token made, no word folded again
    texts, folded = table.texts, table.folded
    return not any(i not in covered and i > 0 and folded[i - 1] in _ARTICLES
                   for i, text in enumerate(texts) if text[:1].isupper() and folded[i].startswith(first))


def _names_city(name: str, city: str) -> bool:
    """Does a (folded) organisation name hold the city, as whole words ("olympique lyonnais" holds "lyon")?"""
    words = name.replace("-", " ").split()
    parts = city.replace("-", " ").split()
    return any(words[i:i + len(parts)] == parts or (len(parts) == 1 and len(parts[0]) >= 4 and words[i].startswith(parts[0]))
               for i in range(len(words)))
