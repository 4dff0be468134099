"""Duties recalled to another: "Le HCR a rappelé à la Turquie ses obligations envers les réfugiés", "Bruxelles a
rappelé Varsovie à ses engagements" are a Demand of the one reminded (they are told to do what they owe), like
"rappeler X à l'ordre" (a Demand phrase of the lexicon).

Only "rappeler" (``relation_reminding_verbs``) with a duty noun (``relation_duty_nouns``: obligations, engagements,
devoirs...) as its direct object and the reminded actor after "à", or the reminded actor as direct object and the duty
noun after "à". "a rappelé ses engagements" (no one reminded), "a rappelé son ambassadeur à Téhéran" (an envoy, see
``relation_recalled_envoys``) and "a rappelé que la Turquie ..." (speech only) give nothing here, nor a place
("a rappelé à Genève les obligations des États", "a rappelé mardi à Vienne …": where it was said) nor a duty another actor owns ("a rappelé à
l'Ukraine l'engagement de la France": France's own duty, no demand made of Ukraine).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.addressees import capital_venue
from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, DE_WORDS, actor_keys, arguments_of
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
REMINDING_VERBS = _DATA.words("relation_reminding_verbs")
_DUTIES = _DATA.words("relation_duty_nouns")


def _is_duty(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (fold(noun.text) in _DUTIES or fold(noun.lemma_) in _DUTIES)


def _of(complement: Token) -> bool:
    """Is a noun's complement a "de" phrase (its owner: "l'engagement de la France")?"""
    return any(c.dep_ == "case" and fold(c.text) in DE_WORDS for c in complement.children)


def reminded_duties(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """A Demand toward the actor ``verb`` reminds of its duties; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in REMINDING_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ == "obj"]
    dative = [c for c, case in arguments_of(verb) if c.dep_ in {"obl:arg", "obl", "obl:mod", "iobj"} and case & A_WORDS
              and not capital_venue(c, verb, actors, any_verb=True)]  # "a rappelé mardi à Vienne": where it was said
    keys: list[str] = []
    if any(_is_duty(o) for o in objects) or any(_is_duty(g) and g.dep_ == "nmod" and not any(x.dep_ == "case" for x in g.children)
                                                for c in dative for g in c.children):
        # "a rappelé à la Turquie ses obligations" (the duty parsed as a caseless modifier of "Pérou" in "au Pérou ses
        # engagements")
        keys = [k for c in dative for k in actor_keys(c, actors, context=context)]
    elif any(_is_duty(c) for c in dative):  # "a rappelé Varsovie à ses engagements"
        keys = [k for o in objects if o.pos_ == "PROPN" or not _is_duty(o) for k in actor_keys(o, actors, context=context)]
    keys = [k for k in keys if actors.actors[k].kind != "Place"]  # "a rappelé jeudi à Genève": where
    duties = [o for o in objects if _is_duty(o)] + [g for c in dative for g in [c, *c.children] if _is_duty(g)]
    owners = {k for d in duties for c in d.children if c.dep_ == "nmod" and _of(c)
              for k in actor_keys(c, actors, context=context)}  # "de la France", not "envers l'Ukraine"
    if not keys or owners - set(keys):
        return []  # "a rappelé à l'Ukraine l'engagement de la France": France's duty
    return list(verbal_relations(verb, verb, "Demand", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(keys))))
