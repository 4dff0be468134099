"""Suspended ties: "Le Niger a gelé ses relations avec la France", "Paris a interrompu sa coopération militaire avec
Bamako", "X a mis fin à sa coopération avec Y" are a Reject of the partner, like "rompre (sa coopération) avec X"
and "geler sa participation à l'OTSC" (gold NOTES). Suspended aid or trade stays a Coerce (``relation_args``).

Only a verb of ``relation_suspend_verbs`` whose object is a tie noun (``relation_suspended_ties``; for "mettre", "fin"
or "terme" with the tie after "à"), and a partner after "avec" on the tie or on the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, DE_WORDS, arguments_of, actor_keys
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
SUSPEND_VERBS = _DATA.words("relation_suspend_verbs")
SUSPENDED_TIES = _DATA.words("relation_suspended_ties")
_ENDINGS = {"fin", "terme"}  # "mettre fin à", "mettre un terme à"
TIE_ENDERS = _DATA.words("relation_tie_enders")
_TIE_TYPES = {"Cooperate", "Consult", "Agree"}


def ended_tie(noun: Token, event_type: str) -> bool:
    """A tie noun a verb of ``relation_tie_enders`` ends, stops or endangers: "a menacé de suspendre la coopération
    policière entre les deux pays", "compromettre le dialogue entre A et B" assert no Cooperate, Consult or Agree."""
    return event_type in _TIE_TYPES and noun.dep_ in {"obj", "obl:arg"} and noun.head.pos_ == "VERB" \
        and fold(noun.head.lemma_) in TIE_ENDERS  # "obl:arg": "nuire à la coopération entre A et B"


def put_to_end(noun: Token) -> bool:
    """"a mis fin aux livraisons d'armes à X", "a mis un terme à ses ventes": the noun is the "à" complement of
    "mettre fin / un terme", so what it names has ended."""
    head = noun.head
    return noun.dep_.startswith("obl") and head.pos_ == "VERB" and fold(head.lemma_) == "mettre" \
        and any(c.dep_ == "obj" and fold(c.text) in _ENDINGS for c in head.children)


def suspended_ties(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Reject relations toward the partners of a tie ``verb`` suspends or ends; [] for anything else."""
    lemma = fold(verb.lemma_)
    if verb.pos_ not in {"VERB", "ADJ"} or lemma not in SUSPEND_VERBS:
        return []
    ties = _ties(verb, lemma)
    if not ties:
        return []
    partners = [k for tie in ties for holder in _tie_nouns(tie) for c, case in arguments_of(holder)
                if c.dep_ == "nmod" and "avec" in case for k in actor_keys(c, actors, context=context)]
    partners += [k for c, case in arguments_of(verb) if c.dep_.startswith("obl") and "avec" in case
                 for k in actor_keys(c, actors, context=context)]  # "avec Bamako" hung on the verb
    if not partners:
        return []
    action = {"gele": "geler", "mettre": "mettre fin"}.get(lemma, verb.lemma_.lower())
    return list(verbal_relations(verb, verb, "Reject", action, actors, trig, context, objects=list(dict.fromkeys(partners))))


def _ties(verb: Token, lemma: str) -> list[Token]:
    """The tie nouns ``verb`` acts on: its objects, or for "mettre fin / un terme" its complement after "à"."""
    if lemma != "mettre":
        return [c for c in verb.children if c.dep_ == "obj" and (fold(c.text) in SUSPENDED_TIES or fold(c.lemma_) in SUSPENDED_TIES)]
    if not any(c.dep_ == "obj" and fold(c.text) in _ENDINGS for c in verb.children):
        return []
    return [c for c, case in arguments_of(verb) if c.dep_.startswith("obl") and case & A_WORDS
            and (fold(c.text) in SUSPENDED_TIES or fold(c.lemma_) in SUSPENDED_TIES)]


#: Prepositions of a complement of the tie that may carry its partner: "les négociations sur un traité de paix".
_TIE_COMPLEMENT_CASES = DE_WORDS | {"sur"}


def _tie_nouns(tie: Token) -> list[Token]:
    """The tie and the nouns of its "sur"/"de" complements, where the parser may hang the partner: "les négociations
    sur un traité de paix avec le Japon" ("avec" on "paix" or "traité")."""
    nouns, frontier = [tie], [tie]
    while frontier:
        frontier = [c for t in frontier for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                    and any(g.dep_ == "case" and fold(g.text) in _TIE_COMPLEMENT_CASES for g in c.children)]
        nouns += frontier
    return nouns
