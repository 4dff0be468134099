"""Who is spoken to: the addressee of a speech verb, "à X" or a dative clitic ("lui avait dit", "leur répondit")."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold

_ADDRESS_PREPS = {"a", "au", "aux"}  # folded ("à" -> "a")


def addressee_of(verb: Token, actors: ArticleActors, speakers: list[str]) -> str | None:
    for child in verb.children:
        if child.dep_ in {"obl:arg", "obl:mod", "obl", "iobj"} and child.i > verb.i:
            cases = {fold(c.text) for c in child.children if c.dep_ == "case"}
            if cases & _ADDRESS_PREPS or fold(verb.doc[child.i - 1].text) in _ADDRESS_PREPS:
                keys = [k for k in actors.resolve(child) if k not in speakers]
                if _place_before_inverted_subject(child, actors):
                    continue  # "a déclaré jeudi à Nairobi le ministre X": where it was said
                if keys and actors.actors[keys[0]].kind != "Place":  # "s'est réjoui X à Hilliard": a venue
                    return keys[0]
    return None


def _place_before_inverted_subject(name: Token, actors: ArticleActors) -> bool:
    """A bare city name after "à" and followed by an article: the place of a postposed attribution."""
    doc = name.doc
    key = actors.actor_at(name)
    if name.pos_ != "PROPN" or fold(doc[name.i - 1].text) != "a" or key is None or actors.actors[key].kind not in {"Place", "Country"}:
        return False  # ("a déclaré à Olaf Scholz la nécessité…": a person spoken to)
    end = name.i + 1
    while end < len(doc) and actors.actor_at(doc[end]) == key:
        end += 1
    return end < len(doc) and fold(doc[end].text) in {"le", "la", "les", "l'", "l’"}


def clitic_addressee(verb: Token, actors: ArticleActors, speakers: list[str], context: list[str]) -> str | None:
    """"…, lui avait dit Christian Jacob", "Pastor leur répondit": the dative clitic names the addressee, the actor
    the text is about (a recent subject, else the last one named) other than the speaker."""
    doc = verb.doc
    clitic = next((t for t in doc[max(verb.i - 3, 0): verb.i] if fold(t.text) in {"lui", "leur"} and t.pos_ == "PRON"
                   and all(b.pos_ in {"AUX", "ADV", "PRON"} for b in doc[t.i + 1: verb.i])), None)
    if clitic is None:
        return None
    kinds = {"Person"} if fold(clitic.text) == "lui" else {"Organization", "Country"}
    recent = [k for k in reversed(context) if k not in speakers and actors.actors[k].kind in kinds]
    if recent:
        return recent[0]
    before = [m for m in actors.mentions if m.end <= clitic.i and m.key not in speakers and actors.actors[m.key].kind in kinds]
    return max(before, key=lambda m: m.start).key if before else None
