"""Reactions that judge an act badly accuse its author: "Le Mexique a déploré la décision de Washington", "Séoul a
jugé « inacceptable » le tir de missile nord-coréen", "Pékin a qualifié de « provocation » les manœuvres japonaises",
"Le ministre polonais a jugé « inacceptable » que la Hongrie bloque l'aide", "Bogota a estimé que la décision du
Venezuela était « inadmissible »" (gold NOTES: "regrette le moment choisi pour abaisser" → Accuse of the act's author).

Three shapes, each an Accuse by the verb's subject:
- a verb of regret (``relation_regret_verbs``; "s'offusquer", "s'indigner" only reflexive, with "de") on an act noun,
  or on a "que" clause whose subject is an actor ("regrette que Washington ait choisi …");
- a judging verb (``relation_judging_verbs``) whose attribute is a negative judgement (``relation_negative_judgements``)
  on an act noun, or on a "que" clause whose subject is an actor ("juge inacceptable que la Hongrie bloque …");
- a judging verb whose "que" clause says that an act noun "est inadmissible".
An act noun is one of ``relation_act_nouns`` or ``relation_reaction_act_nouns`` (claims are left to
``relation_judged_claims``) whose author is named: a "de" complement, a demonym, a "par" agent. An act taken up
without its author stands for the act the article told: "cette décision" for the act of the sentence before, else
for the article's measures when they all have one author ("La Serbie a expulsé l'ambassadeur de Croatie. … La
Croatie a regretté cette décision"), and a bare "la décision" likewise (``relation_told_acts``). Praise ("a salué la
décision de X"), a judgement that is not negative, or an act with no author known give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.events import Triggers, is_reflexive
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import DE_WORDS, actor_keys, owner_actors
from extractors.relation_judged_relatives import CLAIM_NOUNS, JUDGING_VERBS
from extractors.relation_judgements import (
    JUDGED_ACT_NOUNS, _act_owners, demonstrative, demonstrative_act_authors, negative_name,
)
from extractors.relation_subjects import subject_actors
from extractors.relation_told_acts import measure_authors, told_act_authors
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
REGRET_VERBS = _DATA.words("relation_regret_verbs")
#: Regret verbs that are one only as reflexives: "s'offusquer de", "s'indigner de" ("indigner l'opinion").
_REFLEXIVE_ONLY = {"offusquer", "indigner"}
_QUOTES = {"«", "»", "“", "”", '"'}
#: Dependencies under which the parser hangs the judged act noun on the verb ("qualifié de « provocation » les
#: manœuvres japonaises" gives "manœuvres" an advmod).
_ACT_DEPS = {"obj", "obl", "obl:arg", "obl:mod", "advmod", "parataxis", "nsubj:pass"}
_QUE = {"que", "qu'"}  # folded ("qu’" folds to "qu'")
#: How far after the judging verb the negative judgement may sit ("a jugé « totalement inacceptable » …").
_JUDGEMENT_SPAN = 6
#: How far "que" may follow the judgement ("« inacceptable » que": the closing quote between).
_CLAUSE_GAP = 2


def judged_acts(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """The Accuse relations of a reaction that judges an act badly; [] for anything else."""
    lemma = fold(verb.lemma_)
    if verb.pos_ != "VERB":
        return []
    if lemma in REGRET_VERBS and (lemma not in _REFLEXIVE_ONLY or is_reflexive(verb)):
        acts = [c for c in verb.children if _act_noun(c) and c.i > verb.i and (
            c.dep_ == "obj" or (lemma in _REFLEXIVE_ONLY and c.dep_ in _ACT_DEPS and _has_case(c, DE_WORDS)))]
        authors = _authors(acts, verb, actors, context) or _clause_subjects(verb, actors, context)
    elif lemma in JUDGING_VERBS:
        authors = _judged_authors(verb, actors, context)
    else:
        return []
    if not authors:
        return []
    return list(verbal_relations(verb, verb, "Accuse", verb.lemma_.lower(), actors, trig, context, objects=authors))


def _judged_authors(verb: Token, actors: ArticleActors, context) -> list[str]:
    doc, end = verb.doc, sentence_of(verb).end
    window = [t for t in doc[verb.i + 1:min(end, verb.i + 1 + _JUDGEMENT_SPAN)] if t.text not in _QUOTES]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
        fold(m.text) in _QUE for m in c.children if m.dep_ == "mark")]
    # the act on the verb, or hung by the parser on the judgement ("a jugé « hostile » la décision de la Finlande")
    holders = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "obj"} and c.i > verb.i and negative_name([c]))]
    acts = [c for h in holders for c in h.children if c.dep_ in _ACT_DEPS | {"conj"} and c.i > verb.i and _act_noun(c)]
    after_act = [t for a in acts for t in doc[a.i + 1:min(end, a.right_edge.i + 1 + _JUDGEMENT_SPAN)]]
    if acts and (negative_name(window) or negative_name(after_act)):  # "a jugé la décision de Kiev « illégale »"
        return _authors(acts, verb, actors, context)
    if negative_name(window):
        negative_at = min(t.i for t in window if negative_name([t]))
        # "a jugé « inacceptable » que la Hongrie bloque …": the actor subject of the clause right after the judgement
        # (not a relative on an object: "a qualifié de « calomnies » les passages …, que les Alliés décrivent …")
        if any(c.dep_ == "obj" and not negative_name([c]) for c in verb.children):
            return []
        subjects = [k for c in clauses for m in c.children if m.dep_ == "mark" and 0 < m.i - negative_at <= _CLAUSE_GAP
                    for s in c.children if s.dep_ == "nsubj" for k in actor_keys(s, actors)]
        return _not_judge(subjects, verb, actors, context)
    # "a estimé que la décision du Venezuela était « inadmissible »": a copular clause on an act noun
    acts = [s for c in clauses if negative_name([c]) and any(g.dep_ == "cop" for g in c.children)
            for s in c.children if s.dep_ == "nsubj" and _act_noun(s)]
    return _authors(acts, verb, actors, context)


def _clause_subjects(verb: Token, actors: ArticleActors, context) -> list[str]:
    """"Pékin regrette que Washington ait choisi la confrontation": the actor subject of the "que" clause right after a
    regret verb ("regrette que les négociations n'aient pas abouti" names no actor: nothing)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and any(
        fold(m.text) in _QUE and 0 < m.i - verb.i <= _CLAUSE_GAP for m in c.children if m.dep_ == "mark")]
    return _not_judge([k for c in clauses for s in c.children if s.dep_ == "nsubj" for k in actor_keys(s, actors)],
                      verb, actors, context)


def _authors(acts: list[Token], verb: Token, actors: ArticleActors, context) -> list[str]:
    """The named authors of exactly one act noun: "de Washington", "japonaises", "organisé par l'Azerbaïdjan"."""
    if len(acts) != 1:
        return []
    judges = subject_actors(verb, actors, context)
    found = _without(owner_actors(acts[0], actors, "Accuse") + _act_owners(acts[0], actors, []), judges)
    if not found and demonstrative(acts[0]):  # "Erevan a regretté cette décision": the act of the sentence before
        found = _without(demonstrative_act_authors(acts[0], verb, judges, actors, context), judges) \
            or _measure_author(judges, context)
    if not found:  # "a qualifié la décision d'« absurde »": the one author of the measures the article told
        found = _without(told_act_authors(acts[0], judges, context, actors), judges)
    return found


def _measure_author(judges: list[str], context) -> list[str]:
    """"La Serbie a expulsé l'ambassadeur de Croatie. « ... », a dénoncé le ministre serbe. La Croatie a dit
    « regretter » cette décision": when the sentence before tells no act of another actor, "cette décision" is the
    article's earlier measure (its Coerce, Threaten and Assault, affirmative and done) if they all have one author
    other than the judge; [] otherwise."""
    authors = measure_authors(context)
    return sorted(authors) if len(authors) == 1 and not authors & set(judges) else []


def _not_judge(keys: list[str], verb: Token, actors: ArticleActors, context) -> list[str]:
    return _without(keys, subject_actors(verb, actors, context))


def _without(keys: list[str], judges: list[str]) -> list[str]:
    """``keys`` once each, without the judges (an act's author is never the one who judges it)."""
    return [k for k in dict.fromkeys(keys) if k not in judges]


def _act_noun(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    words = {fold(token.text), fold(token.lemma_)}
    return not words & CLAIM_NOUNS and bool(words & JUDGED_ACT_NOUNS)


def _has_case(token: Token, cases: set[str]) -> bool:
    return any(fold(c.text) in cases for c in token.children if c.dep_ == "case")
