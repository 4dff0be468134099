"""Public emergency and police services that speak unnamed: "selon les pompiers", "la police a indiqué".

Local news quotes the services by their noun alone: "…, selon les pompiers", "Les secours ont annoncé la mort de…",
"a indiqué un porte-parole de la police". NOTES (wikinews5) keeps such a described body as an actor: "un
porte-parole de la police" / "la police" in Madrid -> "police madrilène", the name the article gives it; so a bare
service noun (``public_service_nouns``: police, pompiers, secours, gendarmes…) with a definite article is:

- the body the article names with that noun and a qualifier, when it names exactly one ("la police madrilène", a
  group actor; "la police géorgienne", its state: extractors/collectives.py);
- else the actor labelled by the noun and its place complement ("pompiers", "pompiers du Var").

It is only asked where an unnamed institution may speak (``unnamed_institution``: the subject or the inverted subject
of a speech verb, "selon …", "un porte-parole de …"), never for ``about`` lists or relation arguments: "les secours"
is also the rescue itself ("a salué le courage des secours").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.model import UNNAMED_KEY_PREFIX

_DEFINITE = {"le", "la", "l'", "les"}  # compared with folded words
_CONTRACTED = {"du", "des", "au", "aux"}


def public_service(noun: Token, actors) -> list[str] | None:
    """The actor a bare definite service noun stands for as a speaker; None when the noun is no service noun (the
    caller's other readings apply), [] when it is one but not in a speaking form ("des pompiers", "la police
    géorgienne" read elsewhere)."""
    text = fold(noun.text)
    if noun.pos_ not in {"NOUN", "PROPN"} or text not in actors.data.words("public_service_nouns"):
        return None
    if noun.i in actors._by_token:
        return []
    determiners = {fold(c.text) for c in noun.children if c.dep_ == "det"}
    contracted = any(c.dep_ == "case" and fold(c.text) in _CONTRACTED for c in noun.children)
    if not (determiners & _DEFINITE or contracted and not determiners) \
            or any(c.dep_ in {"amod", "appos", "acl", "acl:relcl"} for c in noun.children):
        return []  # "des pompiers ont dit", "la police géorgienne", "les secours déployés": not the bare service
    named = _qualified_body(noun, text, actors)
    if named:
        return [named]
    place = actors._place_complement(noun)
    if place is None and any(c.dep_ == "nmod" for c in noun.children):
        return []  # "la police des frontières": another body, not named here
    label = noun.text.lower() + (" " + place if place else "")
    key = actors._ensure(UNNAMED_KEY_PREFIX + fold(label), label, "Organization", noun.i)
    gender = noun.morph.get("Gender")
    if gender in (["Masc"], ["Fem"]) and actors.actors[key].gender is None:
        actors.actors[key].gender = gender[0]
        actors._touch()  # resolve() reads genders (extractors/resolve_memo.py)
    return [key]


def _qualified_body(noun: Token, text: str, actors) -> str | None:
    """The one body the article names elsewhere with the same noun and a qualifier ("la police madrilène"), else None."""
    found = set()
    for token in noun.doc:
        if token.i == noun.i or fold(token.text) != text:
            continue
        key = actors.actor_at(token) or actors.state_body_country(token)
        if key:
            found.add(key)
    return found.pop() if len(found) == 1 else None
