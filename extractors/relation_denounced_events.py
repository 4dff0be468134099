"""Denouncing an event accuses the actors the event noun names as its authors (gold NOTES: an event anaphor or
event noun judged badly -> Accuse of its author).

Two shapes, each an Accuse by the subject of a denouncing verb (``relation_denouncing_verbs``) whose direct object is
an event noun:
- the agent of the event: "Hanoï dénonce l'attaque d'un bateau vietnamien par des garde-côtes chinois", "Kiev a
  condamné le bombardement d'un hôpital par l'armée russe" (a "par" phrase inside the object, hung on the noun or on
  a noun or adjective of its complements, never on a participle: "l'attaque d'un village contrôlé par les rebelles"
  names who holds the village, not who attacked);
- both sides of a mutual event: "a condamné le rapprochement militaire entre la Corée du Nord et la Russie", "a
  dénoncé la coopération entre l'Iran et la Russie" (an event noun of ``MUTUAL_TYPES`` with "entre A et B").
Praise ("a salué l'accord entre A et B") is no denouncing verb; an agent that names no actor ("par des drones")
gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import enumerated, actor_keys, arguments_of
from extractors.relation_judgements import JUDGED_ACT_NOUNS
from extractors.relation_nominal import MUTUAL_TYPES, between_actors
from extractors.relation_subjects import is_passive, subject_actors
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
DENOUNCING_VERBS = _DATA.words("relation_denouncing_verbs")
#: "par la voix de", "par l'intermédiaire de": a channel, not the agent of the event.
_INTERMEDIARY_NOUNS = _DATA.words("relation_channel_nouns")
#: Parts of speech the path from the "par" phrase up to the event noun may cross (complements, not clauses).
_NOMINAL = {"NOUN", "PROPN", "ADJ"}
_AGENT_DEPS = {"nmod", "obl:agent", "obl", "obl:mod"}


def denounced_events(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """The Accuse relations of a denouncing verb on an event noun with named authors; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in DENOUNCING_VERBS:
        return []
    events = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i > verb.i and _event_noun(c, trig)]
    if len(events) != 1:
        return []
    event = events[0]
    authors = _agents(event, actors)
    if not authors and trig.noun_type(event) in MUTUAL_TYPES:
        authors = between_actors(event, actors) or _stranded_between(event, verb, actors)
    judges = set(subject_actors(verb, actors, context))
    authors = [k for k in dict.fromkeys(authors) if k not in judges]
    if not authors:
        return []
    return list(verbal_relations(verb, verb, "Accuse", verb.lemma_.lower(), actors, trig, context, objects=authors))


def _event_noun(noun: Token, trig: Triggers) -> bool:
    return trig.noun_type(noun) is not None or bool({fold(noun.lemma_), fold(noun.text)} & JUDGED_ACT_NOUNS)


def _agents(event: Token, actors: ArticleActors) -> list[str]:
    """The actors of the first "par" phrase in the event noun's subtree whose path up to the noun crosses only nouns
    and adjectives."""
    stranded = [] if is_passive(event.head) else [c for c in event.head.children if c.dep_ == "obl:agent" and c.i > event.i]
    for token in [*event.subtree, *stranded]:  # "a dénoncé le bombardement d'un hôpital par l'armée russe": the parser
        # hangs the agent on the active verb, which has none
        if token.i <= event.i or token.dep_ not in _AGENT_DEPS or fold(token.text) in _INTERMEDIARY_NOUNS:
            continue
        if not any(c.dep_ == "case" and fold(c.text) == "par" for c in token.children):
            continue
        head = event if token in stranded else token.head
        while head != event and head.pos_ in _NOMINAL and head.head != head:
            head = head.head
        if head != event:
            return []  # "d'un village contrôlé par les rebelles": the agent of another verb
        return actor_keys(token, actors)
    return []


def _stranded_between(event: Token, verb: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: "a fustigé le partenariat militaire entre la Chine et la Russie" with "entre …" hung on the verb:
    an "entre" phrase of the verb that starts right after the event noun's phrase, with two actors or more."""
    found = [k for c, case in arguments_of(verb) if "entre" in case and c.left_edge.i == event.right_edge.i + 1
             for k in enumerated(c, actors)]
    return found if len(found) >= 2 else []
