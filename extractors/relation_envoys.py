"""Acts on a state's envoy reach the state too: "Le Japon a convoqué l'ambassadeur de Chine, Wu Jianghao" (a Protest
toward Wu Jianghao and China, gold NOTES), "Le Pérou a expulsé l'ambassadeur du Mexique, Pablo Monroy" and "a
déclaré l'ambassadeur du Mexique, Pablo Monroy, « persona non grata »" (a Coerce of the envoy and of Mexico).

Only a direct object (or passive subject) that is an envoy noun (fr.json ``relation_summoned_envoys``); the state is
the one its "de" complement or its adjective names ("l'ambassadeur croate"). An envoy of no named state gives only
what the envoy's own phrase names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold
from extractors.model import Relation
from extractors.relation_args import DE_WORDS, actor_keys
from extractors.relation_purpose import stranded_object
from extractors.relation_subjects import is_passive
from extractors.relation_verbal import verbal_relations


def envoy_objects(verb: Token, actors: ArticleActors, trig: Triggers) -> list[str]:
    """The envoys ``verb`` acts on and the states they stand for (empty when its object is no envoy)."""
    deps = {"nsubj:pass"} if is_passive(verb) else {"obj"}
    envoys = [c for c in verb.children if c.dep_ in deps and (fold(c.text) in trig.summoned_envoys or fold(c.lemma_) in trig.summoned_envoys)]
    envoys = envoys or [n for n in [stranded_object(verb)] if n is not None and fold(n.lemma_) in trig.summoned_envoys]  # misparsed relay
    return envoy_keys(envoys, actors)


def envoy_keys(envoys: list[Token], actors: ArticleActors) -> list[str]:
    """The actors the envoy nouns ``envoys`` name and the states they stand for."""
    keys = [k for envoy in envoys for k in actor_keys(envoy, actors)]
    for envoy in envoys:  # "l'ambassadeur de Chine, Wu Jianghao": the named envoy and the state
        keys += [k for c in [*envoy.children, *(g for n in envoy.children if fold(n.text) == "affaires" for g in n.children)]
                 if (c.dep_ == "nmod" and any(fold(g.text) in DE_WORDS for g in c.children)) or c.dep_ == "amod"
                 for k in actors.mentions_in(c.idx, _name_end(c)) if actors.actors[k].kind == "Country"]
    keys += [k for envoy in envoys for c in envoy.children if c.dep_ == "amod" for k in actors.demonym_members(c)
             if actors.actors[k].kind == "Country"]  # "l'ambassadeur croate", also when he is named later
    return list(dict.fromkeys(keys))


def _name_end(token: Token) -> int:
    """The end offset of ``token`` with the rest of its name ("du Sri Lanka": "Sri" then "Lanka")."""
    return max(t.idx + len(t.text) for t in (token, *(c for c in token.children if c.dep_ == "flat:name")))


def with_envoy_states(found: Iterable[Relation], verb: Token, event_type: str, action: str, actors: ArticleActors,
                      trig: Triggers, context) -> Iterator[Relation]:
    """``found`` (a Coerce's relations on ``verb``), and the same act toward the states of the envoys it strikes
    when ``found`` named only the envoy: "a expulsé l'ambassadeur du Mexique, Pablo Monroy" -> Pablo Monroy and
    Mexique, as a summoned envoy (gold NOTES: "convoquer l'ambassadeur" -> the ambassador and his state)."""
    found = list(found)
    yield from found
    if event_type != "Coerce" or not found:
        return
    reached = {r.object for r in found}
    states = [k for k in envoy_objects(verb, actors, trig) if k not in reached and actors.actors[k].kind == "Country"]
    if states:
        yield from verbal_relations(verb, verb, event_type, action, actors, trig, context, objects=states)
