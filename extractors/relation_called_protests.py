"""A strike or a demonstration called against an act: "La CGT a appelé à la grève contre la réforme du
gouvernement" (CGT Protest France), "a appelé jeudi à une journée de grève et de manifestations le 14 mars contre le
projet de réforme présenté la veille par le gouvernement de François Bayrou" (CGT Protest France).

The verb of calling (``relation_protest_call_verbs``: "appeler", "inviter") has, after "à", a Protest noun
("grève", "manifestation"), itself or as the complement of its head ("une journée de grève"). The target follows
"contre", hung by the parser on the verb or on one of these nouns: an actor, else the author of the act it names
(its "de" owner, "la réforme du gouvernement", or the agent of a participle inside it, "le projet … présenté par
le gouvernement"). The caller protests; the call stands for the protest (gold NOTES: "a strike called against the
government's reform -> Protest -> France"). "appeler à la grève" with no "contre" gives nothing, and so does a call to
strike against a thing with no author ("contre la hausse des prix").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import A_WORDS, actor_keys, arguments_of, owner_actors, sentence_evidence
from extractors.relation_subjects import subject_actors

CALL_VERBS = language_data("fr").words("relation_protest_call_verbs")


def called_protests(verb: Token, actors, trig: Triggers, context) -> list[Relation]:
    """The caller's Protest toward the actor (or the act's author) a called strike or demonstration is against."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in CALL_VERBS:
        return []
    called = [c for c, case in arguments_of(verb) if c.dep_.startswith("obl") and case & A_WORDS and c.pos_ == "NOUN"]
    protests = [n for c in called for n in [c, *(g for g in c.children if g.dep_ in {"nmod", "conj"} and g.pos_ == "NOUN")]
                if trig.noun_type(n) == "Protest"]
    if not protests:
        return []
    holders = [verb, *called, *protests]
    targets: list[str] = []
    for holder in holders:
        for child, case in arguments_of(holder):
            if "contre" in case and child.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"}:
                targets += actor_keys(child, actors) or _act_authors(child, actors)
    targets = [k for k in dict.fromkeys(targets) if actors.actors[k].kind in ACTOR_KINDS]
    if not targets:
        return []
    callers = [k for k in subject_actors(verb, actors, context) if k not in targets]
    polarity, mode = negated(verb, verb), modality(verb, trig)
    evidence = sentence_evidence(protests[0])
    action = protests[0].lemma_.lower()
    return [Relation(s, o, action, "Protest", evidence, polarity, mode) for s in callers for o in targets]


def _act_authors(act: Token, actors) -> list[str]:
    """The author of a non-actor act noun: its owner ("la réforme du gouvernement français"), else the agent of a
    participle inside the noun phrase ("le projet de réforme de l'assurance chômage présenté par le gouvernement")."""
    if act.pos_ != "NOUN":
        return []
    owners = owner_actors(act, actors, "Protest")
    if owners:
        return owners
    for token in act.subtree:
        if token.dep_ in {"acl", "acl:relcl"} and token.morph.get("VerbForm") == ["Part"] and token.i > act.i:
            agents = [k for c in token.children if c.dep_ == "obl:agent" for k in actor_keys(c, actors)]
            if agents:
                return agents
    return []
