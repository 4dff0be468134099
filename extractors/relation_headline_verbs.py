"""Parser repair for a present-tense headline: "Le Pérou expulse l'ambassadeur du Mexique, accusé d'ingérence",
"Le Niger expulse l'ambassadeur de France" parsed with the verb as a modifier (amod, nmod) of the subject name and
the object noun as the root (or as a complement of the name). The name before the verb acts on the noun after it.

Narrow on purpose: a trigger verb of the first group in a present form ("expulse", "expulsent"; never a Consult,
Cooperate or Agree verb), right after a name that is an actor, with no auxiliary, negation, adverb or object of its
own, and a bare noun phrase after it (no preposition) that is the name's head or its complement. An envoy object also reaches the envoy's state (``relation_envoys``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import actor_keys, sentence_evidence
from extractors.relation_envoys import envoy_keys


def modifier_verb_relations(verb: Token, actors: ArticleActors, trig: Triggers) -> list[Relation]:
    """The relations of a trigger verb misparsed as a modifier of the name before it; [] for anything else."""
    lemma = fold(verb.lemma_)  # the present "expulse", never the participle "expulsé" (the same once folded)
    if verb.pos_ != "VERB" or verb.dep_ not in {"amod", "nmod"} or lemma not in trig.verbs or not lemma.endswith("er") \
            or verb.text.lower() not in {verb.lemma_.lower()[:-2] + "e", verb.lemma_.lower()[:-2] + "ent"} or trig.verbs[lemma] in {"Consult", "Cooperate", "Agree"}:
        return []
    name = verb.head
    if name.pos_ != "PROPN" or name.i > verb.i or max(t.i for t in (name, *name.children) if t.dep_ == "flat:name" or t is name) != verb.i - 1:
        return []
    if any(c.dep_ in {"aux", "aux:tense", "aux:pass", "advmod", "obj", "expl:comp"} for c in verb.children):
        return []  # "n'expulse pas": a real clause, which the parser would not take for a modifier
    subjects = [k for k in actor_keys(name, actors) if actors.actors[k].kind in ACTOR_KINDS]
    if not subjects:
        return []
    targets = [c for c in name.children if c.dep_ == "nmod" and c.i > verb.i]
    if name.dep_ == "nsubj" and name.head.pos_ == "NOUN" and name.head.i > verb.i:
        targets.append(name.head)
    doc = verb.doc
    targets = [t for t in targets if t.pos_ in {"NOUN", "PROPN"} and all(  # "l'ambassadeur", "deux diplomates": no "de", "à"
        doc[i].head == t and doc[i].dep_ in {"det", "nummod", "amod"} for i in range(verb.i + 1, t.i))]
    if len(targets) != 1:
        return []
    target = targets[0]
    envoys = [target] if fold(target.text) in trig.summoned_envoys or fold(target.lemma_) in trig.summoned_envoys else []
    objects = envoy_keys(envoys, actors) if envoys else actor_keys(target, actors)
    evidence = sentence_evidence(verb)
    return [Relation(s, o, verb.lemma_.lower(), trig.verbs[lemma], evidence) for s in subjects
            for o in dict.fromkeys(objects) if o != s]
