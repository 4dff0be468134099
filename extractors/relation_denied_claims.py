"""A denial of the accusation just stated: "Kigali accuse Kinshasa de soutenir les rebelles, ce que Kinshasa nie"
is a Reject of the accuser (gold NOTES: "démentir" an accusation → Reject of the accuser), besides the Accuse.

Read from the accusation verb (an Accuse trigger): a "ce" in its clause (hung on it, on its infinitive or on that
one's object: "accuse X d'armer les rebelles, ce que …") whose relative clause "que Y nie / dément / conteste / rejette" has a verb of
``relation_claim_denial_verbs``; the parser often tags that verb a noun or a name ("conteste", "rejette"), so its
word form counts too. The deniers (its subject) reject the accusers (the accusation's subject, or the agent of a
passive "X est accusé par Y de …, ce qu'il dément").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import actor_keys, sentence_evidence
from extractors.relation_subjects import agent_tokens, is_passive, subject_actors

CLAIM_DENIAL_VERBS = language_data("fr").words("relation_claim_denial_verbs")
#: Stems of the denial verbs ("dement", "contest", "rejet"), to know a mistagged form ("conteste" as a noun).
_STEMS = tuple(v[:-2] for v in CLAIM_DENIAL_VERBS if len(v) > 4)
_RELATIVE = {"que", "qu'", "qu’"}
_PRONOUNS = {"il", "elle", "ils", "elles"}


def denied_claim(accusation: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Reject relations from the deniers of "…, ce que X nie" toward the subjects of ``accusation``; [] if none."""
    if accusation.pos_ != "VERB" or trig.verbs.get(fold(accusation.lemma_)) != "Accuse":
        return []
    ces = [t for t in accusation.subtree if t.i > accusation.i and fold(t.text) == "ce"]  # on the verb, its infinitive
    denials = [d for ce in ces for d in ce.children if d.dep_ == "acl:relcl" and _is_denial(d)  # or its object
               and any(fold(c.text) in _RELATIVE and c.i < d.i for c in d.children)]
    found = _rejections(accusation, [(d, _deniers(d, accusation, actors, context)) for d in denials], actors, trig, context)
    return found or _inverted_denial(accusation, ces, actors, trig, context)  # "ce que dément Erevan": no subject


def _deniers(denial: Token, accusation: Token, actors: ArticleActors, context) -> list[str]:
    """The subject of the denial; "ce qu'il dément": the pronoun stands for the accused."""
    subjects = [c for c in denial.children if c.dep_ in {"nsubj", "expl:subj"}]
    if any(fold(c.text) in _PRONOUNS for c in subjects):
        return _accused(accusation, actors)  # the accused answers the charge just stated
    return [k for c in subjects for k in actor_keys(c, actors, context=context)]


def _accused(accusation: Token, actors: ArticleActors) -> list[str]:
    """Whom ``accusation`` accuses: its direct object, or the subject of a passive one."""
    deps = {"nsubj:pass"} if is_passive(accusation) else {"obj"}
    return [k for c in accusation.children if c.dep_ in deps for k in actor_keys(c, actors)]


def _inverted_denial(accusation: Token, ces: list[Token], actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Token order when the parser breaks the clause: "…, ce que dément la Chine" ("dément" tagged an adverb), "ce que
    la Corée du Nord dément": the denial word right after "ce que", the actors named up to the next punctuation."""
    doc = accusation.doc
    for ce in ces:
        que = doc[ce.i + 1] if ce.i + 1 < len(doc) else None
        if que is None or fold(que.text) not in _RELATIVE:
            continue
        clause = []
        for t in doc[que.i + 1: que.i + 9]:
            if t.is_punct or t.is_sent_start:
                break
            clause.append(t)
        denial = next((t for t in clause if _is_denial(t)), None)
        if denial is None or not clause or any(t.pos_ == "VERB" and t.i != denial.i for t in clause):
            continue  # "ce que Moscou a fait": a clause with a verb of its own that is no denial
        deniers = actors.mentions_in(clause[0].idx, clause[-1].idx + len(clause[-1].text)) or (
            _accused(accusation, actors) if any(fold(t.text) in _PRONOUNS for t in clause) else [])
        return _rejections(accusation, [(denial, deniers)], actors, trig, context)  # the actors named there deny
    return []


def _accusers(accusation: Token, actors: ArticleActors, context) -> list[str]:
    """The subjects of ``accusation``, or the agents of a passive one."""
    keys = [k for a in agent_tokens(accusation) for k in actor_keys(a, actors)] if is_passive(accusation) \
        else subject_actors(accusation, actors, context)
    return list(dict.fromkeys(keys))


def _rejections(accusation: Token, denials: list[tuple[Token, list[str]]], actors: ArticleActors, trig: Triggers,
                context) -> list[Relation]:
    """Reject from each denial's deniers toward the accusers of ``accusation``."""
    accusers = _accusers(accusation, actors, context)
    found: list[Relation] = []
    evidence = sentence_evidence(accusation)
    for denial, deniers in denials:  # built here: the parser's subject of the denial may be a pronoun or missing
        polarity, mode = negated(denial, denial), modality(denial, trig)  # "ce que Kinshasa n'a jamais nié"
        found += [Relation(d, k, _lemma(denial), "Reject", evidence, polarity, mode) for d in dict.fromkeys(deniers)
                  for k in accusers if k not in deniers and actors.actors[d].kind in ACTOR_KINDS]
    return found


def _is_denial(token: Token) -> bool:
    """"nie", "a démenti", "conteste" (tagged a noun), "rejette" (tagged a name): a denial verb by lemma or form."""
    text = fold(token.text)
    return fold(token.lemma_) in CLAIM_DENIAL_VERBS or any(text.startswith(s) and len(text) <= len(s) + 4 for s in _STEMS) \
        or text in {"nie", "nient", "nie", "niait", "niaient"}


def _lemma(token: Token) -> str:
    """The denial verb's infinitive, also for a mistagged form."""
    if fold(token.lemma_) in CLAIM_DENIAL_VERBS:
        return token.lemma_.lower()
    text = fold(token.text)
    return next((v for v in sorted(CLAIM_DENIAL_VERBS) if text.startswith(v[:-2])), token.lemma_.lower())
