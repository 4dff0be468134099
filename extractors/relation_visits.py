"""Visits: "X s'est rendu à Bamako puis à Ouagadougou", "X doit se rendre à Moscou" -> a Consult of the state the
place stands for. Only a reflexive movement verb with "à / au / aux / en" + a place that names one
actor: "se rendre dans le Donbass", "se rendre à l'évidence" or a city of two states give nothing."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, is_reflexive
from extractors.lang import fold, language_data
from extractors.relation_args import arguments_of

_FR = language_data("fr")
#: Reflexive verbs of going somewhere ("se rendre à X").
VISIT_VERBS = _FR.words("relation_visit_verbs")
_VISIT_PREPS = {"a", "au", "aux", "en"}
#: Only states: a region or territory visited ("se rendra en Guyane" by a French minister) is no foreign partner.
_VISITED_KINDS = {"Country"}


def visited(verb: Token, actors: ArticleActors, trig: Triggers) -> list[str]:
    """The states ``verb`` ("se rendre") goes to, with its coordinated places ("puis à Y", "et en Z"); [] when
    ``verb`` is no reflexive visit verb, or when its clause names the meeting the visit is for ("doit se rendre à
    Pékin pour rencontrer son homologue", "s'est rendu à Niamey où il a été reçu par X"): the meeting is the fact."""
    if fold(verb.lemma_) not in VISIT_VERBS or not is_reflexive(verb):
        return []
    if any(t is not verb and t.pos_ == "VERB" and trig.verbs.get(fold(t.lemma_)) == "Consult" for t in verb.subtree):
        return []
    places = [c for c, case in arguments_of(verb) if c.dep_.startswith("obl") and case & _VISIT_PREPS]
    places += [g for p in places for g in p.children if g.dep_ == "conj"]
    keys: list[str] = []
    for place in places:
        others = {actors.actor_at(g) for g in place.subtree if g.dep_ == "conj" and g is not place}  # resolve() adds the conjuncts
        found = [k for k in actors.resolve(place) if k not in others]
        if len(found) == 1 and actors.actors[found[0]].kind in _VISITED_KINDS:
            keys += found
    return list(dict.fromkeys(keys))
