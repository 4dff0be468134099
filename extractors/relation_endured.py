"""Acts endured by the one a participle describes: "Frappée par des sanctions américaines, la Russie …",
"l'Iran, visé par des sanctions européennes, …" -> the sanctions' author (their demonym or "de" owner) acts on the
participle's patient (the noun it modifies, or the subject of the clause a fronted participle opens)."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.relation_args import actor_keys

#: Event types an actor can endure as the patient of a participle ("frappé par des sanctions", "visé par des frappes").
ENDURED_TYPES = {"Coerce", "Assault", "Threaten"}
_ENDURING = {fold(w) for w in language_data("fr").words("relation_enduring_participles")}
#: Past participles of those verbs, for a participle the tagger takes for a name ("Frappée" PROPN).
_PARTICIPLES = {w[:-2] + ("u" if w.endswith("re") else "e" if w.endswith("er") else "i") for w in _ENDURING}
#: Dependencies of a fronted participle on the clause whose subject it describes ("Battu par …, Poutine veut …").
_FRONTED = {"advcl", "obl:mod", "obl"}


def endured_patients(noun: Token, actors: ArticleActors) -> list[str]:
    """The patients of the participle whose "par" agent is the event ``noun``: [] unless ``noun`` is that agent and the
    participle stands without an auxiliary (a finite passive "a été frappée par" is the verb's own business)."""
    participle = noun.head
    if noun.dep_ != "obl:agent" or participle.i == noun.i or participle.pos_ == "NOUN" or participle.i > noun.i:
        return []
    form = fold(participle.text).removesuffix("s")
    if fold(participle.lemma_) not in _ENDURING and not {form, form.removesuffix("e")} & _PARTICIPLES:
        return []  # "Soutenue par des frappes russes, l'armée …": no act endured
    if any(c.dep_.startswith("aux") or c.dep_ in {"nsubj", "nsubj:pass", "cop"} for c in participle.children):
        return []
    if participle.dep_ == "acl" and participle.head.i < participle.i:  # "l'Iran, visé par des sanctions européennes"
        return actor_keys(participle.head, actors)
    if participle.dep_ in _FRONTED and participle.head.i > participle.i:  # "Battu par des sanctions occidentales, Poutine"
        return [k for c in participle.head.children if c.dep_ == "nsubj" and c.i > noun.i for k in actor_keys(c, actors)]
    return []
