"""Quitting an organisation: "Le Mali a quitté la CEDEAO", "les États-Unis se sont retirés de l'OMS", "le
Royaume-Uni est sorti de l'UE" are a Reject of the organisation (gold NOTES: "quitting an organisation → Reject",
like not renewing a membership).

Only a verb of ``relation_withdrawal_verbs`` ("retirer" only reflexive: "retirer ses troupes de X" is a withdrawal
of forces, no relation), whose object ("quitter X") or "de" complement ("se retirer de X") is an organisation, and
whose subject is a state or an organisation: leaving a city ("a quitté Caracas") or a person leaving a body is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, is_reflexive
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys
from extractors.relation_verbal import verbal_relations

WITHDRAWAL_VERBS = language_data("fr").words("relation_withdrawal_verbs")
_DIRECT = {"quitter"}  # the body left is the direct object; the others take it after "de"
_REFLEXIVE_ONLY = {"retirer"}
_ACTING_KINDS = {"Country", "Organization"}


def withdrawn(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Reject relations toward the organisations ``verb`` leaves; [] for anything else."""
    lemma = fold(verb.lemma_)
    if verb.pos_ != "VERB" or lemma not in WITHDRAWAL_VERBS or (lemma in _REFLEXIVE_ONLY and not is_reflexive(verb)):
        return []
    if lemma in _DIRECT:
        left = [c for c in verb.children if c.dep_ == "obj"]
    else:
        left = [c for c, case in arguments_of(verb) if c.dep_.startswith("obl") and case & DE_WORDS]
    bodies = [k for c in left for k in actor_keys(c, actors, context=context) if actors.actors[k].kind == "Organization"]
    if not bodies:
        return []
    found = verbal_relations(verb, verb, "Reject", verb.lemma_.lower(), actors, trig, context, objects=list(dict.fromkeys(bodies)))
    return [r for r in found if actors.actors[r.subject].kind in _ACTING_KINDS]
