"""Clitic objects of an event whose subject is resolved: "il lui reproche de …", "l'avait critiqué" stand for the
last person named before them (in this sentence or the one before) who is not the subject. Split from
``extractors.relation_subjects``."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold
from extractors.relation_attachment import sentence_organizations


def clitic_person(pronoun: Token, actors: ArticleActors, exclude: list[str]) -> list[str]:
    """"il lui reproche de …", "lui faisait grief de", "l'avait critiqué": the clitic object of a subject-resolved
    event stands for the last person named before it, in this sentence or the one before, who is not the subject."""
    if pronoun.pos_ != "PRON" or not exclude or not (
            (pronoun.dep_ == "iobj" and fold(pronoun.text) == "lui"
             and (pronoun.i == 0 or fold(pronoun.doc[pronoun.i - 1].text) != "a"))  # not "quant à lui"
            or (pronoun.dep_ == "obj" and fold(pronoun.text) in {"le", "la", "l'"} and pronoun.i < pronoun.head.i)):
        return []
    sentence = sentence_of(pronoun)
    floor = sentence.start
    if floor > 0:
        floor = sentence_of(pronoun.doc[floor - 1]).start
    previous = [m for m in actors.mentions if floor <= m.start and m.end <= pronoun.i
                and actors.actors[m.key].kind == "Person" and m.key not in exclude]
    if not any(m.start >= sentence.start for m in previous) and fold(pronoun.text) == "lui":
        bodies = sentence_organizations(pronoun, sentence.start, actors, exclude)
        if bodies:  # "X a salué la fermeté de la Commission tout en lui reprochant …": the body named just before
            return bodies if len(bodies) == 1 else []  # two bodies: unresolved, not a person of the sentence before
    if previous and clitic_gender(pronoun) == "Fem" and actors._gender_of(previous[-1].key) != "Fem":
        return []  # "l'a qualifiée de « courageuse »": a feminine "la" is a thing (an act), or a woman, never a man
    return [previous[-1].key] if previous else []


def clitic_gender(pronoun: Token) -> str | None:
    """"la" is feminine, "le" masculine; elided "l'" takes the agreement of the compound participle after it
    ("l'a qualifiée")."""
    text = fold(pronoun.text)
    if text in {"la", "le"}:
        return "Fem" if text == "la" else "Masc"
    head = pronoun.head
    if head.morph.get("VerbForm") == ["Part"] and any(a.dep_ == "aux:tense" for a in head.children):
        return next(iter(head.morph.get("Gender")), None)
    return None
