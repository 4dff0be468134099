"""Recalled envoys: "Le Pakistan a rappelé son ambassadeur à Téhéran", "Rabat a retiré son ambassadrice en Suède" are a
Protest toward the host state (PLOVER PROTEST / CAMEO "reduce relations": recalling one's own envoy is a diplomatic
protest, the mirror of summoning the other side's envoy, which ``relations._summoned`` reads as a Protest).

Only a verb of ``relation_recall_verbs`` whose direct object is an envoy noun (``relation_summoned_envoys``) with a
possessive determiner ("son", "ses", "leur": one's OWN envoy), and a host after "à"/"en"/"au"/"auprès de" on the
envoy or on the verb. "a rappelé que l'ambassadeur …" (speech), "a rappelé l'ambassadeur de France" (someone else's
envoy: see summons), "a rappelé son ambassadeur pour consultations" (no host named) give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, actor_keys, arguments_of
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
RECALL_VERBS = _DATA.words("relation_recall_verbs")
_POSSESSIVES = _DATA.words("relation_recall_possessives")
_HOST_PREPS = A_WORDS | {"en", "aupres"}
_HOST_KINDS = {"Country", "Organization"}


def recalled_envoys(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Protest relations toward the state an actor recalls its own envoy from; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in RECALL_VERBS:
        return []
    envoys = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"
              and (fold(c.text) in trig.summoned_envoys or fold(c.lemma_) in trig.summoned_envoys)
              and any(d.dep_ == "det" and fold(d.text) in _POSSESSIVES for d in c.children)]
    if not envoys:
        return []
    keys: list[str] = []
    for holder in (verb, *envoys):
        for c, case in arguments_of(holder):
            if c.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"} and case & _HOST_PREPS:
                keys += [k for k in actor_keys(c, actors, context=context) if actors.actors[k].kind in _HOST_KINDS]
    if not keys:
        return []
    return list(verbal_relations(verb, verb, "Protest", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(keys))))
