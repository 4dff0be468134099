"""An accusation judged false by the accused: "La Chine a jugé absurdes les accusations américaines", "Moscou juge
« infondées » les accusations de Kiev", "Minsk qualifie ces accusations de « mensonges »" are a Reject of the
accuser (gold NOTES: "balayer" or "juger absurde" an accusation → Reject of the accuser), as in the relative form
of ``relation_judged_relatives`` ("une accusation que le Quai d'Orsay juge « absurde »").

Only a verb of ``relation_judging_verbs`` whose direct object is a claim noun (``relation_claim_nouns``) and whose
attribute is a negative judgement (``relation_negative_judgements``); the accuser is the claim's owner ("de Kiev",
"américaines") or, for "ces accusations", the author of the accusation just recorded.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold
from extractors.model import Relation
from extractors.relation_judged_relatives import CLAIM_NOUNS, JUDGING_VERBS
from extractors.relation_judgements import negative_name
from extractors.relation_args import owner_actors
from extractors.relation_verbal import verbal_relations

_QUOTES = {"«", "»", "“", "”", '"'}
_ATTRIBUTE_MARKS = {"de", "d'", "comme"}


def judged_claims(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Reject relations toward the authors of the claims ``verb`` judges false; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in JUDGING_VERBS:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "a jugé « infondées » les accusations"
    claims = [c for h in heads for c in h.children if c.dep_ == "obj" and (fold(c.text) in CLAIM_NOUNS or fold(c.lemma_) in CLAIM_NOUNS)]
    if not claims or not _judged_badly(verb, claims):
        return []
    stranded = [c for c in claims if c.head.i != verb.i]  # the parser hung the claim on the attribute
    owners = [k for c in stranded for k in owner_actors(c, actors, "Reject")] if stranded else None
    if owners == []:
        return []
    return list(verbal_relations(verb, verb, "Reject", verb.lemma_.lower(), actors, trig, context, objects=owners))


def _judged_badly(verb: Token, claims: list[Token]) -> bool:
    """A negative judgement as the attribute: on the verb ("jugé absurdes", "qualifie de « mensonges »") or on the
    claim ("juge les accusations infondées"), quoted or not."""
    attributes = [c for c in verb.children if c.dep_ in {"xcomp", "obl:arg", "obl", "acl", "ccomp", "obl:mod"}]
    # "a qualifié d'« absurdes » les accusations d'Ottawa": the fronted attribute parsed as a second object
    attributes += [c for c in verb.children if c.dep_ == "obj" and c not in claims and any(
        g.dep_ == "case" and fold(g.text) in _ATTRIBUTE_MARKS | {"d"} for g in c.children)]
    attributes += [c for claim in claims for c in claim.children if c.i > claim.i and (
        c.dep_ in {"amod", "acl", "xcomp"} or (c.dep_ == "nmod" and any(fold(g.text) in _ATTRIBUTE_MARKS for g in c.children if g.dep_ == "case")))]
    # "a qualifié ces accusations de « mensonges »", "considère les accusations de l'OTAN comme ridicules"
    words = [t for a in attributes for t in a.subtree if t.text not in _QUOTES]
    return negative_name(words)
