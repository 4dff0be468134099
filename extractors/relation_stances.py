"""A stance adjective with "à": "la Hongrie est hostile à l'Ukraine" (Reject), "le Japon s'est montré favorable à
l'Inde" (Support), "les États-Unis sont favorables à la proposition du Kenya" (Support of the proposal's author).

Only a predicate counts: the adjective has a copula ("est", "sont") or is the attribute of a verb of showing or
saying ("s'est montré", "s'est dit"); an attributive "des mesures hostiles envers la Russie" gives nothing. The
adjectives and their event types are data (``relation_stance_adjectives``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import A_WORDS, DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_judgements import ACT_NOUNS
from extractors.relation_subjects import subject_actors

_DATA = language_data("fr")
STANCES = {fold(k): v for k, v in _DATA.raw["relation_stance_adjectives"].items()}
#: Verbs whose attribute adjective states the subject's stance: "s'est montré favorable à X".
ATTRIBUTE_VERBS = _DATA.words("relation_stance_attribute_verbs")
#: Things one is for or against that stand for their author: "favorable à la proposition du Kenya".
_AUTHORED = ACT_NOUNS | _DATA.words("relation_proposal_nouns")
#: Adjectives whose target comes after another preposition than "à": "solidaire de la Grèce", "solidaire avec X".
_PREPOSITIONS = {fold(k): {fold(p) for p in v} for k, v in _DATA.raw.get("relation_stance_prepositions", {}).items()}


def stance_relations(adjective: Token, actors, trig: Triggers, context: list) -> list[Relation]:
    """The Support or Reject a predicate stance adjective states toward the actor (or author) after "à"."""
    event_type = STANCES.get(fold(adjective.lemma_)) or STANCES.get(fold(adjective.text))
    if event_type is None or adjective.pos_ != "ADJ" or not _predicate(adjective):
        return []
    objects: list[str] = []
    own = _PREPOSITIONS.get(fold(adjective.lemma_)) or _PREPOSITIONS.get(fold(adjective.text))
    preps = own or A_WORDS
    arguments = list(arguments_of(adjective))
    if own and adjective.dep_ == "xcomp":  # "se tenait solidaire de la Grèce": the parser hangs it on the verb
        arguments += [(c, case) for c, case in arguments_of(adjective.head) if c.i > adjective.i]
    for child, case in arguments:
        conjunct = child.dep_ == "conj" and child.pos_ == "PROPN" and bool(own)  # "solidaire de X et de Y" misparsed
        if not (child.dep_.startswith("obl") or conjunct) or not case & preps:
            continue
        keys = actor_keys(child, actors)
        if not keys and child.pos_ == "NOUN" and (fold(child.lemma_) in _AUTHORED or fold(child.text) in _AUTHORED):
            keys = [k for c, c_case in arguments_of(child) if c.dep_ == "nmod" and c_case & DE_WORDS for k in actor_keys(c, actors)]
        objects += keys
    objects = [k for k in dict.fromkeys(objects) if actors.actors[k].kind in ACTOR_KINDS]
    if not objects:
        return []
    holder = adjective if any(c.dep_ == "cop" for c in adjective.children) else adjective.head
    subjects = [k for k in subject_actors(holder, actors, context) if k not in objects and actors.actors[k].kind in ACTOR_KINDS]
    polarity, mode = negated(holder, holder), modality(holder, trig)
    action = "être " + adjective.lemma_.lower()
    evidence = sentence_evidence(adjective)
    return [Relation(s, o, action, event_type, evidence, polarity, mode) for s in subjects for o in objects]


def _predicate(adjective: Token) -> bool:
    """"est hostile à", "s'est montré favorable à"; not "des mesures hostiles"."""
    if any(c.dep_ == "cop" for c in adjective.children):
        return True
    head = adjective.head
    stem = fold(head.text).removesuffix("nt").removesuffix("e") + "er"  # (lemmatiser: present "reste" left as is)
    return adjective.dep_ in {"xcomp", "advmod", "obj"} and head.pos_ == "VERB" and (
        fold(head.lemma_) in ATTRIBUTE_VERBS or stem in ATTRIBUTE_VERBS)
