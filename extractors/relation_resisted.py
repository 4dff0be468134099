"""Pressure one resists is pressure one endures: "Viktor Orban a promis de résister à la pression de Bruxelles"
(UE Coerce Orban, besides Orban's Reject of the UE), "contrer les pressions de Washington".

The event noun (a Coerce or Threaten trigger: "pression", "sanctions", "menaces") is the object of a verb of
resisting (``relation_resisting_verbs``: "résister à", "contrer", "repousser", "braver"); its owner after "de"
is the one who coerces and the resisting subject the one coerced. A noun that names its own target ("les
pressions de X sur Y") is left to the nominal rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_subjects import subject_actors

#: Verbs of resisting an act done to oneself ("rejeter les sanctions de X" may reject those on someone else).
RESISTING_VERBS = language_data("fr").words("relation_resisting_verbs")
_ENDURED_TYPES = {"Coerce", "Threaten"}
_TARGET_PREPS = {"sur", "contre", "envers", "a", "au", "aux"}


def resisted_pressure(noun: Token, actors, trig: Triggers, context: list) -> list[Relation]:
    """The owner's Coerce (or Threaten) of the subject who resists it ([] for anything else)."""
    event_type = trig.noun_type(noun)
    if event_type not in _ENDURED_TYPES or noun.dep_ not in {"obj", "obl:arg", "obl"}:
        return []  # before reading the head: no new Token for most nouns
    verb = noun.head
    if verb.pos_ != "VERB":
        return []
    if fold(verb.lemma_) not in RESISTING_VERBS:
        return []
    arguments = list(arguments_of(noun))
    if any(case & _TARGET_PREPS for _, case in arguments):
        return []
    owners = [k for c, case in arguments if c.dep_ == "nmod" and case & DE_WORDS for k in actor_keys(c, actors)]
    owners = owners or [k for c, _ in arguments if c.dep_ == "amod" for k in actors.mentions_in(c.idx, c.idx + len(c.text))
                        if actors.actors[k].kind == "Country"]  # "céder aux pressions américaines"
    owners = [k for k in dict.fromkeys(owners) if actors.actors[k].kind in ACTOR_KINDS]
    if not owners:
        return []
    resisting = [k for k in subject_actors(verb, actors, context) if k not in owners and actors.actors[k].kind in ACTOR_KINDS]
    evidence = sentence_evidence(noun)
    return [Relation(o, s, noun.lemma_.lower(), event_type, evidence, False, None) for o in owners for s in resisting]
