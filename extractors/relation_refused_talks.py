"""Refusing talks with someone rejects that someone: "a rejeté toute négociation avec les paramilitaires",
"refuse tout dialogue avec Taïwan", "exclut tout accord avec le Hamas" -> Reject of the partner after "avec".

The object of the refusal verb is an event noun of meeting or agreeing (a Consult, Agree or Cooperate trigger);
its partner is the actor after "avec" inside that noun phrase (or right after it when the parser hangs it on the
verb). "a rejeté, avec la Russie, l'accord" (an ally before the object) gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import EXCLUSIONS, Triggers, modality, negated
from extractors.lang import fold
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import arguments_of, actor_keys, sentence_evidence
from extractors.relation_subjects import subject_actors

#: Event types of the talks whose refusal rejects the partner.
_TALK_TYPES = {"Consult", "Agree", "Cooperate"}


def refused_talks(verb: Token, actors, trig: Triggers, context: list) -> list[Relation]:
    """The Reject relations of a refusal of talks with a named partner ([] for anything else)."""
    lemma = fold(verb.lemma_)
    if verb.pos_ != "VERB" or (trig.verbs.get(lemma) != "Reject" and lemma not in EXCLUSIONS):
        return []
    talks = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"
             and (trig.nouns.get(fold(c.lemma_)) or trig.nouns.get(fold(c.text))) in _TALK_TYPES]
    if len(talks) != 1:
        return []
    talk = talks[0]
    partners = [k for c, case in arguments_of(talk) if c.dep_ == "nmod" and "avec" in case for k in actor_keys(c, actors)]
    partners += [k for c, case in arguments_of(verb) if c.dep_.startswith("obl") and "avec" in case and c.i > talk.i
                 for k in actor_keys(c, actors)]
    if not partners:
        return []
    partners = [k for k in dict.fromkeys(partners) if actors.actors[k].kind in ACTOR_KINDS]
    subjects = [k for k in subject_actors(verb, actors, context) if k not in partners and actors.actors[k].kind in ACTOR_KINDS]
    polarity, mode, evidence = negated(verb, verb), modality(verb, trig), sentence_evidence(verb)
    return [Relation(s, p, verb.lemma_.lower(), "Reject", evidence, polarity, mode)
            for s in subjects for p in partners]
