"""Blame by attribution: "Kiev attribue l'attaque à la Russie", "le Pakistan a imputé l'attentat à l'Inde",
"Washington impute la responsabilité de l'explosion au Hezbollah" is an Accuse of the one the harm is laid on
(like "tenir X pour responsable"). Only an object that names a harm or the responsibility for one: "attribuer un
prix à X" or "attribuer des fonds à X" gives nothing."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, is_venue, arguments_of, actor_keys
from extractors.relation_verbal import verbal_relations

_FR = language_data("fr")
ATTRIBUTION_VERBS = _FR.words("relation_attribution_verbs")
_BLAMED_THINGS = _FR.words("relation_harm_nouns") | _FR.words("relation_attributed_things")


def attributed(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Accuse relations toward the actors ``verb`` lays a harm on; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in ATTRIBUTION_VERBS:
        return []
    things = [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"}
              and (fold(c.text) in _BLAMED_THINGS or fold(c.lemma_) in _BLAMED_THINGS)]
    if not things:
        return []
    blamed = [k for c, case in arguments_of(verb) if c.dep_ in {"obl:arg", "obl", "obl:mod", "iobj"} and case & A_WORDS
              for k in actor_keys(c, actors, context=context)]
    if not blamed:  # "attribue l'attaque à la Russie", "l'explosion du port de X à Israël": "à" hung inside the object
        hung = [c for t in things for c in t.subtree if c.dep_ == "nmod" and c.head.pos_ == "NOUN"
                and {fold(g.text) for g in c.children if g.dep_ == "case"} & A_WORDS and actor_keys(c, actors, context=context)
                and not is_venue(c, actors)]  # "l'attentat à Kaboul": where, not whom
        blamed = actor_keys(hung[-1], actors, context=context) if hung else []  # the last one: "à X" closes the phrase
    if not blamed:
        return []
    return list(verbal_relations(verb, verb, "Accuse", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(blamed))))
