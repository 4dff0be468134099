"""Projectiles fired at a target: "Le Hezbollah a tiré des roquettes sur Israël", "La Russie a lancé des drones
contre Kiev", "des dizaines de missiles ont été tirés sur Israël par l'Iran" are an Assault of the target.

Only a verb of ``relation_fire_verbs`` whose direct object (or passive subject) is a projectile noun of
``relation_projectile_nouns``, directly or through a quantity ("des dizaines de roquettes", "une salve de
missiles"), and whose target follows "sur" or "contre" (on the verb or on the projectile noun). "a tiré des
missiles près de Taïwan" or "vers la mer du Japon" (a place near, not a target) and "lancer une offensive" (the
event noun reads it) give nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys
from extractors.relation_verbal import verbal_relations

_FR = language_data("fr")
FIRE_VERBS = _FR.words("relation_fire_verbs")
PROJECTILE_NOUNS = _FR.words("relation_projectile_nouns")
_TARGET_PREPS = {"sur", "contre"}


def fired_at(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Assault relations of ``verb`` firing projectiles toward the actors after "sur / contre"; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in FIRE_VERBS:
        return []
    projectiles = [p for c in verb.children if _fired_object(c) for p in _projectiles(c)]
    if not projectiles:
        return []
    holders = [verb, *dict.fromkeys(h for p in projectiles for h in (p, p.head) if h is not verb)]
    targets = [k for holder in holders for c, case in arguments_of(holder)
               if case & _TARGET_PREPS and c.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"} and c.pos_ in {"NOUN", "PROPN"}
               for target in [c, *(g for g in c.children if g.dep_ == "conj")] for k in actor_keys(target, actors, context=context)]
    if not targets:
        return []
    return list(verbal_relations(verb, verb, "Assault", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(targets))))


def _fired_object(child: Token) -> bool:
    """The thing fired: a direct object, a passive subject, or "de roquettes" after a negation (parsed "obl:arg"
    with no preposition: "n'a pas tiré de roquettes sur X")."""
    return child.dep_ in {"obj", "nsubj:pass"} or (
        child.dep_ == "obl:arg" and not any(g.dep_ == "case" for g in child.children))


def _projectiles(noun: Token) -> list[Token]:
    """``noun`` itself when it is a projectile, and the projectiles it counts ("des dizaines de roquettes", "une
    salve de missiles")."""
    if noun.pos_ != "NOUN":
        return []
    own = [noun] if fold(noun.text) in PROJECTILE_NOUNS or fold(noun.lemma_) in PROJECTILE_NOUNS else []
    return own + [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and any(
        g.dep_ == "case" and fold(g.text) in DE_WORDS for g in c.children)
        and (fold(c.text) in PROJECTILE_NOUNS or fold(c.lemma_) in PROJECTILE_NOUNS)]
