"""Holding someone responsible: "Washington tient Téhéran pour responsable de l'attaque", "Kiev rend Moscou
responsable des coupures" is an Accuse of the one held responsible, like "imputer à X" and "accuser X de".

Only a verb of ``relation_responsibility_verbs`` with a direct object that names an actor and the word
"responsable(s)" as its predicate ("pour responsable", or bare after "rendre"); "a été tenu pour responsable" with
no holder named gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import actor_keys
from extractors.relation_verbal import verbal_relations

RESPONSIBILITY_VERBS = language_data("fr").words("relation_responsibility_verbs")
_RESPONSIBLE = {"responsable", "responsables", "comptable", "comptables"}


def held_responsible(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Accuse relations toward the actors ``verb`` holds responsible; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in RESPONSIBILITY_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ == "obj"]
    predicate = [c for c in [*verb.children, *(g for o in objects for g in o.children if g.dep_ in {"amod", "acl"})]
                 if c.i > verb.i and fold(c.text) in _RESPONSIBLE and c.dep_ != "nsubj"]  # "rendu la Russie responsable"
    if not objects or not predicate or any(o.i > predicate[0].i for o in objects):
        return []
    held = [k for o in objects for k in actor_keys(o, actors, context=context)]
    if not held:
        return []
    action = f"{verb.lemma_.lower()} pour responsable" if any(fold(c.text) == "pour" for p in predicate for c in p.children) \
        else f"{verb.lemma_.lower()} responsable"
    return list(verbal_relations(verb, verb, "Accuse", action, actors, trig, context, objects=list(dict.fromkeys(held))))
