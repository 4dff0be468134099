"""Passive supply: "des armes érythréennes ont été livrées aux milices Fano", "des armes ont été livrées à
l'Ukraine par l'Allemagne" -> Support of the recipient by the supplier (gold NOTES: supplying arms or aid backs the
recipient). The supplier is the "par" agent (or a "par" phrase the parser hangs on the recipient), else the state of
a demonym on the goods ("érythréennes"). Only goods of war or aid (``relation_supplied_goods``, projectiles)
count: "des lettres ont été envoyées à X" is no support.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import A_WORDS, actor_keys, arguments_of, sentence_evidence
from extractors.relation_subjects import agent_tokens, is_passive

_DATA = language_data("fr")
SUPPLY_VERBS = _DATA.words("relation_supply_verbs")
_GOODS = _DATA.words("relation_supplied_goods") | _DATA.words("relation_projectile_nouns")
_RECIPIENT_DEPS = {"obl", "obl:arg", "obl:mod", "iobj"}


def supplied(verb: Token, actors: ArticleActors, trig: Triggers) -> list[Relation]:
    """The Support relations of a passive supply verb whose subject is goods; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in SUPPLY_VERBS or not is_passive(verb):
        return []
    goods = [c for c in verb.children if c.dep_ == "nsubj:pass" and c.pos_ == "NOUN"
             and {fold(c.lemma_), fold(c.text)} & _GOODS]
    if len(goods) != 1:
        return []
    recipients = [c for c, case in arguments_of(verb) if c.dep_ in _RECIPIENT_DEPS and case & A_WORDS]
    objects = [k for c in recipients for k in actor_keys(c, actors)]
    agents = agent_tokens(verb) or [g for c in recipients for g, case in arguments_of(c) if g.dep_ == "nmod" and "par" in case]
    subjects = [k for a in agents for k in actor_keys(a, actors)] if agents else [
        k for c in goods[0].children if c.dep_ == "amod" for k in actors.mentions_in(c.idx, c.idx + len(c.text))]
    subjects = [k for k in dict.fromkeys(subjects) if actors.actors[k].kind in ACTOR_KINDS]
    polarity, mode, evidence = negated(verb, verb), modality(verb, trig), sentence_evidence(verb)
    return [Relation(s, o, verb.lemma_.lower(), "Support", evidence, polarity, mode)
            for s in subjects for o in dict.fromkeys(objects) if o != s]
