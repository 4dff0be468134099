"""Acts told by a verb that is no trigger alone and an object noun that is no event noun alone: "Les enquêteurs
français ont partagé leurs renseignements avec l'Allemagne et l'Italie" (Cooperate with each partner), "Le maire a
attribué plusieurs marchés publics à la société X" (Support of the company), "a délivré un sauf-conduit à X"
(Support, like an asylum granted).

The pairs are data (fr.json ``relation_verb_object_acts``: verb -> event type -> object nouns), like the speech acts
of ``light_verb_cues``: "partager une frontière avec X" (no listed noun) and "attribuer l'attaque à X" (an Accuse,
``relation_attributed``) give nothing here. Only the verb's own direct object (or passive subject) and the
partner the event type's prepositions name ("avec X" for Cooperate, "à X" for Support), on the verb or hung by the
parser on the object; the verb's subject acts. Negation and modality are the verb's ("n'a pas partagé ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import object_nouns_in
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
#: verb -> object noun -> event type (folded)
_TABLE: dict[str, dict[str, str]] = {
    fold(verb): {fold(noun): event_type for event_type, nouns in types.items() for noun in nouns}
    for verb, types in _DATA.raw["relation_verb_object_acts"].items() if not verb.startswith("_")}
OBJECT_ACT_VERBS = frozenset(_TABLE)


def object_acts(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """The relations of a listed verb whose direct object is one of its listed nouns; [] for anything else."""
    nouns = _TABLE.get(fold(verb.lemma_)) if verb.pos_ == "VERB" else None
    if not nouns:
        return []
    objects = object_nouns_in(verb, nouns)
    if len(objects) != 1:
        return []
    obj = objects[0]
    event_type = nouns.get(fold(obj.text)) or nouns[fold(obj.lemma_)]
    return list(verbal_relations(verb, obj, event_type, f"{verb.lemma_.lower()} {obj.lemma_.lower()}", actors, trig,
                                 context, holders=[obj]))
