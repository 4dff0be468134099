"""A threat made conditional on another actor's act: "Belgrade a menacé de rompre les négociations si le Kosovo
maintenait l'interdiction", "Washington menace de suspendre son aide si Kiev ne lance pas les réformes": a Threaten of
the one whose act the "si" clause names (the threat is aimed at them), when neither the threat verb nor the threatened
act names a target of its own ("a menacé l'Ukraine de…", "menace de frapper l'Iran si…" are read as usual).

Only a verb of the Threaten family (``event_triggers``: "menacer", "avertir"…) with an infinitive ("de rompre…") and a
"si" clause hung on it or on that infinitive; the threatened are the actors subject of the "si" clause, never the
threatener itself ("menace de partir si nous ne sommes pas entendus"), and never the passive subject of that clause,
which is a victim ("menacé de riposter si l'Iran était attaqué": the attacker, its "par" agent, is the one warned).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import actor_keys, sentence_evidence
from extractors.relation_subjects import subject_actors
from extractors.token_table import children_of

_IF = {"si", "s'"}  # compared with folded words (fold turns ’ into ')
#: Dependents that already name the one threatened ("a menacé l'Ukraine de représailles").
_TARGET_DEPS = {"obj", "iobj"}
#: Dependents of the threatened act that name its target ("de frapper l'Iran", "de riposter contre Manille").
_ACT_TARGET_DEPS = {"obj", "iobj", "obl", "obl:arg", "obl:mod"}
#: How far after the infinitive the "si" may stand.
_IF_SPAN = 12


def conditional_threats(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Threaten relations from the subjects of ``verb`` toward the subjects of its "si" clause; [] for anything else."""
    if verb.pos_ != "VERB" or trig.verbs.get(fold(verb.lemma_)) != "Threaten":
        return []
    children = children_of(verb)
    if any(c.dep_ in _TARGET_DEPS for c in children):
        return []
    infinitives = [c for c in children if c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"]]
    if not infinitives:
        return []
    if any(actor_keys(c, actors) for c in children_of(infinitives[0]) if c.dep_ in _ACT_TARGET_DEPS):
        return []  # "menace de frapper l'Iran si …": the threatened act names its own target (``verbal_relations``)
    clauses = _if_clauses(verb, infinitives[0])
    if not clauses:
        return []
    subjects = subject_actors(verb, actors, context)
    targets = [k for c in clauses for s in children_of(c) if s.dep_ in {"nsubj", "obl:agent"}
               for k in actor_keys(s, actors, context=context)]
    targets = [k for k in dict.fromkeys(targets) if k not in subjects and actors.actors[k].kind in ACTOR_KINDS]
    evidence = sentence_evidence(verb)
    polarity, mode = negated(verb, verb), modality(verb, trig)
    return [Relation(s, t, verb.lemma_.lower(), "Threaten", evidence, polarity, mode) for s in subjects for t in targets]


def _if_clauses(verb: Token, infinitive: Token) -> list[Token]:
    """The verbs of the "si" clauses after ``infinitive`` within ``verb``'s clause (the parser may hang one on the
    infinitive's object: "rompre les négociations si le Kosovo maintenait…")."""
    found = []
    for t in verb.doc[infinitive.i + 1: infinitive.i + 1 + _IF_SPAN]:
        if t.is_sent_start:
            break
        if t.dep_ == "mark" and fold(t.text) in _IF and t.head.pos_ in {"VERB", "AUX"} and verb.is_ancestor(t.head):
            found.append(t.head)
    return found
