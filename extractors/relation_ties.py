"""Ties between two actors with the partner after "avec": "rompre ses relations avec X" (the trigger verb's target),
"a menacé de revoir sa coopération avec X" or "de couper ses exportations vers X" (a Threaten of X, though
"revoir" and "couper" are no triggers), "a menacé X de fermer le détroit" (the one threatened), "a formé avec X une
alliance" (a Cooperate with X)."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys


def tie_objects(verb: Token, trig: Triggers) -> list[Token]:
    """The direct objects of ``verb`` that name a tie ("ses relations", "sa coopération")."""
    return [c for c in verb.children if c.dep_ == "obj" and fold(c.text) in trig.tie_nouns]


_FLOWS = language_data("fr").words("relation_flow_nouns")  # "ses exportations vers X", "ses livraisons de gaz à X"
_FLOW_PREPS = {"vers", "a", "au", "aux"}


def threatened_partners(governor: Token, trig: Triggers, actors: ArticleActors) -> list[str]:
    """"X a menacé de revoir / réduire sa coopération avec Y": the partners (Y) of a tie that the infinitive of a
    threat verb acts on, when that infinitive is no trigger of its own (a trigger carries its own event)."""
    partners: list[str] = []
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in governor.children):  # "menace Washington de fermer
        partners += [k for c in governor.children if c.dep_ == "obj" for k in actor_keys(c, actors)]  # le détroit"
    for infinitive in governor.children:
        if infinitive.dep_ != "xcomp" or infinitive.pos_ != "VERB" or fold(infinitive.lemma_) in trig.verbs:
            continue
        ties = tie_objects(infinitive, trig)
        for tie in ties:
            partners += [k for c, case in arguments_of(tie) if c.dep_ == "nmod" and "avec" in case for k in actor_keys(c, actors)]
        for flow in (c for c in infinitive.children if c.dep_ == "obj" and fold(c.text) in _FLOWS):  # "couper ses
            goods = [flow, *(c for c, case in arguments_of(flow) if c.dep_ == "nmod" and case & DE_WORDS)]  # exportations vers X",
            partners += [k for holder in goods for c, case in arguments_of(holder)  # "ses livraisons de gaz à X"
                         if c.dep_ == "nmod" and case & _FLOW_PREPS for k in actor_keys(c, actors)]
        if ties:  # "revoir sa coopération avec Tbilissi" with "avec Tbilissi" hung on the verb
            partners += [k for c, case in arguments_of(infinitive) if c.dep_.startswith("obl") and "avec" in case
                         for k in actor_keys(c, actors)]
    return list(dict.fromkeys(partners))


_FR = language_data("fr")
_FOUNDING = _FR.words("relation_founding_verbs")
_GROUPINGS = _FR.words("relation_grouping_nouns")


def founded_with(verb: Token, actors: ArticleActors) -> list[str] | None:
    """"X a formé avec Y l'Alliance des États du Sahel": a founding verb whose object is a grouping; the partners
    named after "avec" (Y), with whom X cooperates. None when ``verb`` founds no grouping ("former des soldats")."""
    if fold(verb.lemma_) not in _FOUNDING:
        return None
    groupings = [c for c in verb.children if c.dep_ == "obj" and (fold(c.text) in _GROUPINGS or fold(c.lemma_) in _GROUPINGS)]
    if not groupings:
        return None
    partners = [k for c, case in arguments_of(verb) if c.dep_.startswith("obl") and "avec" in case for k in actor_keys(c, actors)]
    partners += [k for g in groupings for c, case in arguments_of(g) if c.dep_ == "nmod" and "avec" in case
                 for k in actor_keys(c, actors)]
    return list(dict.fromkeys(partners))
