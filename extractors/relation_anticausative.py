"""Anticausative pronominal verbs: "les relations entre les deux capitales se sont dégradées", "la situation s'est
bloquée", "le dialogue s'est arrêté" report a change of state with no agent, not a Coerce or a Reject of anyone.

Only the verbs of ``relation_anticausative_verbs`` (whose transitive use is an act: "dégrader", "bloquer") with a
reflexive "se"/"s'" and no agent after "par".
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import is_reflexive
from extractors.lang import fold, language_data
from extractors.token_table import children_of

ANTICAUSATIVE_VERBS = language_data("fr").words("relation_anticausative_verbs")


def anticausative(verb: Token) -> bool:
    """True when ``verb`` is the agentless pronominal use of a verb of ``relation_anticausative_verbs``."""
    if fold(verb.lemma_) not in ANTICAUSATIVE_VERBS:
        return False
    return is_reflexive(verb) and not any(c.dep_ == "obl:agent" for c in children_of(verb))
