"""Blacklisting: "Washington a inscrit Huawei sur sa liste noire", "les États-Unis ont ajouté le Hamas à la liste des
organisations terroristes", "X a été placé sur la liste des entités sanctionnées" is a Coerce of the one listed.
Only a hostile list (a word of ``relation_hostile_list_words`` in the list's phrase): "ajouter la France à la liste
des pays sûrs" gives nothing, and so does taking someone off a list ("retirer X de la liste")."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import arguments_of, actor_keys
from extractors.relation_subjects import is_passive
from extractors.relation_verbal import verbal_relations

_FR = language_data("fr")
LISTING_VERBS = _FR.words("relation_listing_verbs")
_HOSTILE = _FR.words("relation_hostile_list_words")
_INTO = {"sur", "a", "au", "aux", "dans"}


def listed(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Coerce relations toward the actors ``verb`` puts on a hostile list; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in LISTING_VERBS:
        return []
    lists = [c for c, case in arguments_of(verb) if case & _INTO and fold(c.lemma_) == "liste"
             and any(fold(t.text) in _HOSTILE for t in c.subtree)]
    if not lists:
        return []
    passive = is_passive(verb)
    deps = {"nsubj:pass"} if passive else {"obj"}
    entered = [k for c in verb.children if c.dep_ in deps for k in actor_keys(c, actors, context=context)]
    if not entered:
        return []
    if passive:
        return list(verbal_relations(verb, verb, "Coerce", verb.lemma_.lower(), actors, trig, context))
    return list(verbal_relations(verb, verb, "Coerce", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(entered))))
