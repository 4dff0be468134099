"""Refusing a hostile act rejects the one who asks for it, not its target: "L'Inde a refusé de sanctionner
Moscou malgré la pression américaine" -> Inde Reject États-Unis; "La Hongrie a refusé de condamner la Russie"
gives no relation (gold NOTES, seeds 003: "refusé de prendre des mesures hostiles envers la Russie" rejects
Washington's pressure).

"refuser de soutenir X" stays a Reject of X (the act refused is done *for* X); only the hostile event types below
turn around. The pressure is an argument of the refusal verb ("malgré / sous / face à la pression de X", "les
appels de X", "la demande américaine"): a Coerce or Demand event noun whose owner (after "de", or a demonym
adjective) is the one rejected.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold
from extractors.model import ACTOR_KINDS
from extractors.relation_args import DE_WORDS, actor_keys

#: Event types of an act whose refusal does not reject its target ("refuser de condamner / sanctionner X").
HOSTILE_TYPES = {"Accuse", "Coerce", "Assault", "Threaten", "Protest"}
#: Event types of the noun that names the pressure refused ("pression", "sanctions", "demande", "appel").
_PRESSURE_TYPES = {"Coerce", "Demand", "Threaten"}


def refusal_turned(governor: Token, event_type: str) -> bool:
    """True when ``governor`` refuses ("refuser", "rejeter") an act of one of the hostile types."""
    return fold(governor.lemma_) in {"refuser", "rejeter"} and event_type in HOSTILE_TYPES


def pressure_owners(governor: Token, verb: Token, actors: ArticleActors, trig: Triggers) -> list[str]:
    """Who applies the pressure the refusal answers: owners of a pressure noun attached to ``governor`` or to the
    refused ``verb`` (the parser hangs "malgré les pressions de X" on either)."""
    found: list[str] = []
    for child in [*governor.children, *verb.children]:
        if child.dep_ not in {"obl", "obl:mod", "obl:arg", "advcl"} or child.pos_ != "NOUN":
            continue
        kind = trig.noun_type(child)
        if kind not in _PRESSURE_TYPES:
            continue
        for owner in child.children:
            if owner.dep_ == "amod":
                found += actors.mentions_in(owner.idx, owner.idx + len(owner.text))  # "la pression américaine"
            elif owner.dep_ == "nmod" and any(fold(c.text) in DE_WORDS for c in owner.children if c.dep_ == "case"):
                found += actor_keys(owner, actors)  # "les pressions de Washington"
    return [k for k in dict.fromkeys(found) if actors.actors[k].kind in ACTOR_KINDS]
