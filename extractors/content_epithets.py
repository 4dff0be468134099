"""Common nouns of reported content that take up a state or an organisation by its kind.

French news avoids repeating a name: after "Taïwan", "l'île"; after "le Royaume-Uni" or "le Maroc", "le royaume";
after "le Qatar", "l'émirat"; after "l'OTAN", "l'Alliance"; after "l'Union européenne", "le bloc".
``content_kind_epithets`` of the language data lists, for each such noun, the actor labels it can stand for; the noun
names an actor only when it is definite or demonstrative ("l'île", "cette île"), singular, has no "de" complement of its own ("l'île de Kinmen" is another island) and exactly one of its labels
was named in the article before it (two kingdoms named: nothing). Used for ``about`` lists (``_content_referents``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_DEFINITE = {"le", "la", "l'", "ce", "cet", "cette"}


def kind_epithet_referents(token: Token, resolution) -> list[str]:
    """The one actor of the article (``resolution``: its ``ArticleActors``) a kind epithet of reported content stands
    for, [] when none or several."""
    if fold(token.text) in resolution.data.words("hostile_epithet_heads") and (found := _hostile_epithet(token, resolution)):
        return found  # "le régime sioniste"
    labels = resolution.data.table("content_kind_epithets").get(fold(token.text))
    actors, mentions = resolution.actors, resolution.mentions
    if not labels or token.pos_ not in {"NOUN", "PROPN"} or not _definite_bare(token) \
            or not (token.text.islower() or all(c.dep_ == "det" for c in token.children)):  # "l'Alliance", not "le Bloc québécois"
        return []
    wanted = {fold(label) for label in labels}
    found = {m.key for m in mentions if m.start < token.i and m.key in actors and fold(actors[m.key].label) in wanted}
    return sorted(found) if len(found) == 1 else []


def _definite_bare(token: Token) -> bool:
    """"l'île", "cette île", "le royaume chérifien"; not "une île", "l'île de Kinmen", "l'île voisine de Taïwan"."""
    determiners = [c for c in token.children if c.dep_ == "det"]
    if len(determiners) != 1 or fold(determiners[0].text) not in _DEFINITE or token.morph.get("Number") == ["Plur"]:
        return False
    if any(c.dep_ in {"nmod", "acl", "acl:relcl", "nummod", "appos"} for c in token.children):
        return False
    return not any(c.dep_ == "amod" and any(g.dep_ in {"obl:arg", "obl:mod", "nmod"} for g in c.children) for c in token.children)


def _hostile_epithet(token: Token, resolution) -> list[str]:
    """"le régime sioniste", "l'entité sioniste": the state an adjective of hostile rhetoric (``hostile_state_epithets``)
    names through a state noun; [] for any other adjective."""
    epithets = resolution.data.table("hostile_state_epithets")
    label = next((epithets[fold(c.text)] for c in token.children if c.dep_ == "amod" and fold(c.text) in epithets), None)
    return [resolution._ensure_country(label, token)] if label else []
