"""Outcries against an act or an actor: "Le président turc s'est insurgé contre les frappes israéliennes à Gaza",
"X s'est élevé contre l'offensive russe", "X a fulminé contre les taxes américaines" are an Accuse of the one the
"contre" complement names or of the act's author (demonym or "de" owner: "la décision de Washington").

Only a verb of ``relation_outcry_verbs`` (reflexive for "s'insurger", "s'indigner", "s'élever") with a "contre"
complement: "le chômage s'est élevé à 7 %" or "s'est indigné" alone give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, is_reflexive
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import arguments_of, actor_keys, owner_actors
from extractors.relation_verbal import verbal_relations

OUTCRY_VERBS = language_data("fr").words("relation_outcry_verbs")
#: Outcry verbs that are one only as reflexives: "s'insurger", "s'indigner", "s'élever" ("élever des enfants").
_REFLEXIVE_ONLY = {"insurger", "indigner", "elever", "eleve"}


def outcry(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Accuse relations of an outcry verb toward its "contre" target; [] for anything else."""
    lemma = fold(verb.lemma_)
    if verb.pos_ not in {"VERB", "ADJ"} or lemma not in OUTCRY_VERBS or (lemma in _REFLEXIVE_ONLY and not is_reflexive(verb)):
        return []
    targets = [k for c, case in arguments_of(verb) if "contre" in case and c.pos_ in {"NOUN", "PROPN", "PRON"}
               for k in _targets(c, actors, context)]
    if not targets:
        return []
    action = "élever" if lemma == "eleve" else verb.lemma_.lower()  # (participle "élevé" lemmatised as itself)
    return list(verbal_relations(verb, verb, "Accuse", action, actors, trig, context, objects=list(dict.fromkeys(targets))))


def _targets(noun: Token, actors: ArticleActors, context) -> list[str]:
    """The actor named, else the owner of the act ("la décision de Washington", "les frappes israéliennes"); places
    ("les frappes israéliennes à Gaza") are where the act happened, not its author."""
    return actor_keys(noun, actors, context=context) or owner_actors(noun, actors, "Accuse")
