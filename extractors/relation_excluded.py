"""Events ruled out or not: "Washington n'a pas exclu de nouvelles sanctions contre l'Iran" is a Coerce of Iran,
possibility; "Paris a exclu toute intervention militaire au Mali" a negated Assault (gold NOTES: "n'exclut pas une
intervention armée", "n'exclut pas de recourir à la force" -> possibility).

Read on the verb, so that "exclure" is not also taken for its Coerce sense ("exclure X du parti"). The event noun
is the direct object of a verb of ruling out (``events.EXCLUSIONS``: "exclure", "écarter"); its
target is the actor after one of the event type's prepositions ("contre l'Iran", "au Mali"). The infinitive form
("n'a pas exclu de sanctionner X") is handled in ``events.modality`` / ``events.negated``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import EXCLUSIONS, Triggers, _negated_itself
from extractors.lang import fold
from extractors.model import AGENT_KINDS, Relation
from extractors.relation_args import arguments_of, actor_keys, sentence_evidence
from extractors.relation_subjects import subject_actors

_TALK_TYPES = {"Consult", "Agree", "Cooperate"}


def excluded_event(verb: Token, actors, trig: Triggers, context: list) -> list[Relation]:
    """The subject's event toward the target of the event noun ``verb`` rules out (or does not): a possibility when
    not ruled out, negated when ruled out; [] for anything else. Talks ruled out ("exclut tout accord avec X") are
    a Reject, left to ``relation_refused_talks``."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in EXCLUSIONS:
        return []
    nouns = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    relations: list[Relation] = []
    for noun in nouns:
        phrase = trig.noun_phrase_at(noun)
        event_type = (phrase.event_type if phrase else None) or trig.nouns.get(fold(noun.lemma_)) or trig.nouns.get(fold(noun.text))
        if event_type is None or event_type in _TALK_TYPES:
            continue
        preps = trig.preps.get(event_type, trig.preps["default"]) - {"de", "d'", "du", "des"}
        targets = [k for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & preps for k in actor_keys(c, actors)]
        targets += [k for c, case in arguments_of(verb) if c.dep_.startswith("obl") and c.i > noun.i and case & preps
                    and not case & {"a", "au", "aux", "en"} for k in actor_keys(c, actors)]  # ("contre X" hung on the verb)
        subjects = [k for k in subject_actors(verb, actors, context) if actors.actors[k].kind in AGENT_KINDS]
        open_ = _negated_itself(verb)
        action = phrase.text if phrase else noun.lemma_.lower()
        relations += [Relation(s, t, action, event_type, sentence_evidence(noun), not open_, "possibility" if open_ else None)
                      for s in subjects for t in dict.fromkeys(targets) if t != s]
    return relations
