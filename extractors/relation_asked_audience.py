"""Asking to be received or heard by someone is a Demand addressed to them: "Le maire a demandé à être reçu par les
dirigeants du club", "Kiev a demandé à être entendu par le Conseil de sécurité" (a request whose addressee is the
agent of the passive infinitive). Only verbs of asking (``relation_audience_asking_verbs``) with "à être" + a verb of
receiving or hearing (``relation_audience_verbs``) and a "par" agent that names an actor; "a demandé à être informé
de la situation" names no addressee and gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import DE_WORDS, actor_keys
from extractors.relation_verbal import verbal_relations
from extractors.token_table import children_of

_DATA = language_data("fr")
ASKING_VERBS = _DATA.words("relation_audience_asking_verbs")
AUDIENCE_VERBS = _DATA.words("relation_audience_verbs")


def asked_audience(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """The Demand of ``verb``'s subject toward whoever it asks to be received or heard by; [] for anything else."""
    if fold(verb.lemma_) not in ASKING_VERBS or verb.pos_ != "VERB":
        return []
    hosts: list[str] = []
    for clause in children_of(verb):
        if clause.dep_ != "xcomp" or fold(clause.lemma_) not in AUDIENCE_VERBS:
            continue
        marks = {fold(c.text) for c in children_of(clause) if c.dep_ in {"mark", "aux:pass"}}
        if not {"a", "etre"} <= marks:
            continue
        for agent in (c for c in children_of(clause) if c.dep_ == "obl:agent"):
            hosts += actor_keys(agent, actors) or [  # "par les dirigeants de Nenking": the body they lead
                k for g in children_of(agent) if g.dep_ == "nmod" and any(
                    fold(c.text) in DE_WORDS for c in children_of(g) if c.dep_ == "case") for k in actor_keys(g, actors)]
    if not hosts:
        return []
    return list(verbal_relations(verb, verb, "Demand", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(hosts))))
