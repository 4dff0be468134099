"""Targets of an attack named by its author's weapons or strikes: "Kharkiv a été frappée par des missiles russes",
"Kiev a été visée par une attaque de drones russes", "L'Ukraine a été la cible de frappes russes" are an Assault of
the target by the author of the strikes (demonym or "de" owner: "les frappes de l'armée russe").

Only a passive of a verb of hitting (``relation_target_verbs``: "viser", "frapper", "toucher", "cibler") whose agent
is an Assault noun or a projectile (``relation_projectile_nouns``), or "être la cible de" + such a noun. "a été
frappé par la crise", "a été touché par la décision de X" (no attack) or strikes with no stated author give nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_fire import PROJECTILE_NOUNS
from extractors.relation_nominal import event_authors
from extractors.relation_subjects import agent_tokens, is_passive, patient_actors

TARGET_VERBS = language_data("fr").words("relation_target_verbs")
#: The noun of "être la cible de …".
TARGET_NOUNS = frozenset({"cible"})


def targeted(token: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Assault relations from the author of the attack to its target; [] for anything else."""
    if token.pos_ == "VERB" and fold(token.lemma_) in TARGET_VERBS and is_passive(token):
        attacks, targets, verb = agent_tokens(token), patient_actors(token, actors, context), token
    elif token.pos_ == "NOUN" and fold(token.text) in TARGET_NOUNS and any(c.dep_ == "cop" for c in token.children):
        attacks = [c for c, case in arguments_of(token) if c.dep_ == "nmod" and case & DE_WORDS]
        targets = [k for c in token.children if c.dep_ == "nsubj" for k in actor_keys(c, actors, context=context)]
        verb = token
    else:
        return []
    authors = list(dict.fromkeys(k for attack in attacks if _is_attack(attack, trig)
                                 for k in _authors(attack, actors, trig, context)))
    authors = [k for k in authors if actors.actors[k].kind in ACTOR_KINDS]
    if not authors or not targets:
        return []
    evidence, polarity, mode = sentence_evidence(verb), negated(verb, verb), modality(verb, trig)
    action = "cibler" if verb is token and token.pos_ == "NOUN" else token.lemma_.lower()
    return [Relation(author, target, action, "Assault", evidence, polarity, mode)
            for author in authors for target in dict.fromkeys(targets) if target != author]


def _is_attack(noun: Token, trig: Triggers) -> bool:
    words = {fold(noun.lemma_), fold(noun.text)}
    return noun.pos_ == "NOUN" and (bool(words & PROJECTILE_NOUNS) or "Assault" in {trig.nouns.get(w) for w in words})


def _authors(attack: Token, actors: ArticleActors, trig: Triggers, context) -> list[str]:
    """Who launched ``attack``: the author of an event noun, else the state of a demonym on it or on the weapons
    it is made of ("une attaque de drones russes")."""
    found = event_authors(attack, actors, trig, context)
    if found:
        return found
    nouns = [attack, *(c for c, case in arguments_of(attack) if c.dep_ == "nmod" and case & DE_WORDS)]  # ("drones" tagged ADV)
    return list(_demonym_states(nouns, actors))


def _demonym_states(nouns: Iterable[Token], actors: ArticleActors) -> Iterable[str]:
    for noun in nouns:
        for modifier in (c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"):
            yield from (k for k in actors.mentions_in(modifier.idx, modifier.idx + len(modifier.text))
                        if actors.actors[k].kind == "Country")
