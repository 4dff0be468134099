"""Joint decisions and pledges: "Sadyr Japarov et Emomali Rahmon ont décidé de retirer leurs troupes", "Le Pakistan
s'est engagé avec l'Iran à rétablir …", "avait promis avec M. Modi de …" are an Agree between the partners (gold NOTES:
"convenir de" between two sides is Agree; deciding or pledging TOGETHER is the same act).

Only a verb of ``relation_joint_decision_verbs`` with an infinitive ("de"/"à" + verb) and either two or more actors as
coordinated subjects or a partner after "avec" on the verb. "Le Japon a décidé d'imposer des sanctions" (one
subject, no partner: the embedded verb carries the event) gives nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import actor_keys, arguments_of
from extractors.relation_subjects import subject_actors
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
JOINT_DECISION_VERBS = _DATA.words("relation_joint_decision_verbs")
_TOGETHER_VERBS = _DATA.words("relation_joint_decision_together_verbs")
_MARKS = {"de", "d'", "a"}


def joint_decisions(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Agree relations between the sides of a decision or pledge taken together; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in JOINT_DECISION_VERBS:
        return []
    withs = [c for c, case in arguments_of(verb) if c.dep_.startswith("obl") and "avec" in case]
    if not any(_infinitive(c) for holder in (verb, *withs) for c in holder.children if c.i > verb.i):
        return []  # "a promis avec M. Modi de …": the infinitive may hang on the partner
    partners = [k for c in withs for k in actor_keys(c, actors, context=context)]
    if partners:
        return list(verbal_relations(verb, verb, "Agree", verb.lemma_.lower(), actors, trig, context,
                                     objects=list(dict.fromkeys(partners))))
    if fold(verb.lemma_) not in _TOGETHER_VERBS:
        return []  # "A et B ont promis de soutenir X": maybe two promises, not one agreement
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 and not any(c.dep_ == "conj" for s in subjects for c in s.children):
        return []  # one side only: "Le Japon a décidé de …" ("A et B" is parsed as two subjects or a conjunct)
    sides = list(dict.fromkeys(subject_actors(verb, actors, context)))
    if len(sides) < 2 or len({actors.actors[k].kind for k in sides}) > 1:
        return []  # "Emmanuel Macron et son gouvernement ont décidé": a leader and his state are one side
    return [r for r in verbal_relations(verb, verb, "Agree", verb.lemma_.lower(), actors, trig, context, objects=sides[1:])
            if r.subject == sides[0]]


def _infinitive(token: Token) -> bool:
    """"de retirer", "à lutter": an infinitive introduced by "de" or "à"."""
    return token.pos_ == "VERB" and token.dep_ in {"xcomp", "advcl", "ccomp", "acl"} and any(
        m.dep_ == "mark" and fold(m.text) in _MARKS for m in token.children)
