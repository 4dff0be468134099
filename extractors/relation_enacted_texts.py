"""Denouncing a text or measure that an earlier sentence told an actor enacted: an Accuse of that actor (gold NOTES:
"a dénoncé une réforme" -> Accuse of its author, an event anaphor).

"Le Parlement hongrois a adopté mardi une loi sur les ONG. Amnesty International a dénoncé un texte « liberticide »",
"… contre le projet de réforme présenté la veille par le gouvernement. La CFDT a dénoncé une réforme « décidée sans
concertation »": the denounced noun (``relation_enacted_nouns``, with an article, no possessive and no author of its
own) takes up the text that one of the three sentences before has an actor enact (``relation_enacting_verbs``: its
subject, or the "par" agent of its participle or passive). Only the nearest such sentence counts, and only when it
names one or two enactors; "a dénoncé la loi" with no enactment told before gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.entities import ArticleActors, sentence_of, sentences_of
from extractors.lang import fold, language_data
from extractors.relation_args import actor_keys
from extractors.relation_subjects import agent_tokens, is_passive
from extractors.timeref import WEEKDAYS
from extractors.token_table import morph_get

_DATA = language_data("fr")
ENACTED_NOUNS = _DATA.words("relation_enacted_nouns")
ENACTING_VERBS = _DATA.words("relation_enacting_verbs")
#: How many sentences back the enactment is looked for.
_BACK = 3
#: Most enactors one enactment may give ("les députés et les sénateurs ont adopté …").
_MOST = 2
_ARTICLES = {"le", "la", "l'", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces"}
_GOVERNMENTS = {"gouvernement", "administration", "executif", "cabinet"}
#: Time nouns the parser takes for the verb's argument and hangs the real one on: "a présenté mercredi un décret"
#: ("décret" a complement of "mercredi"), "présenté lundi par le gouvernement" (the agent on "lundi").
_TIME_NOUNS = WEEKDAYS.keys() | {"hier", "veille", "lendemain", "soir", "matin"}


def enacted_text_authors(noun: Token, subjects: list[str], actors: ArticleActors) -> list[str]:
    """The actors the nearest earlier sentence (of the three before) tells enacted a text or measure, when ``noun``
    is a bare enacted noun ("un texte", "la réforme"); [] for anything else."""
    if not ({fold(noun.lemma_), fold(noun.text)} & ENACTED_NOUNS) or not _bare(noun):
        return []
    sentences = sentences_of(noun.doc)
    here = sentence_of(noun)
    number = next((n for n, s in enumerate(sentences) if s.start == here.start), 0)
    for sentence in reversed(sentences[max(0, number - _BACK):number]):
        keys, enacted = _enactors(sentence, actors)
        if enacted:  # the nearest enactment, even one whose enactor is unknown ("le gouvernement de François Bayrou")
            found = [k for k in dict.fromkeys(keys) if k not in subjects]
            return found if len(found) <= _MOST else []
    return []


def _bare(noun: Token) -> bool:
    """An article, no possessive ("sa réforme" is owned), no relative clause, no actor of its own in a complement."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or any(fold(d.text) not in _ARTICLES or morph_get(d, "Poss") == ["Yes"] for d in dets):
        return False
    return not any(c.dep_ in {"acl:relcl", "nmod:poss"} for c in noun.children)


def _enactors(sentence: Span, actors: ArticleActors) -> tuple[list[str], bool]:
    """The enactors of the sentence's enactments, and whether it tells of one at all."""
    found: list[str] = []
    enacted = False
    for verb in sentence:
        if verb.pos_ not in {"VERB", "AUX"} or fold(verb.lemma_) not in ENACTING_VERBS:
            continue
        dependents = _dependents(verb)
        agents = [c for c in dependents if c.dep_ == "obl:agent"] or agent_tokens(verb)
        if verb.dep_ in {"acl", "advcl"} and _enacted_phrase(verb.head) or (verb.dep_ == "advcl" and any(
                _enacted(c) for c in verb.head.children if c.i < verb.i)):  # "le projet de réforme présenté par X"
            found += [k for a in agents for k in _enactor_keys(a, actors)]
            enacted = enacted or bool(agents)
        elif is_passive(verb):  # "une loi a été adoptée par le Parlement"
            if any(c.dep_ == "nsubj:pass" and _enacted(c) for c in verb.children):
                found += [k for a in agents for k in _enactor_keys(a, actors)]
                enacted = enacted or bool(agents)
        elif any(c.dep_ in {"obj", "nmod"} and _enacted(c) for c in dependents if c.dep_ == "obj" or c.head != verb):
            # "le Parlement a adopté une loi"
            clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            found += [k for c in subjects for k in _enactor_keys(c, actors)]
            enacted = enacted or bool(subjects)
    return found, enacted


def _enactor_keys(noun: Token, actors: ArticleActors) -> list[str]:
    """The actors of an enactor phrase; a government named by its head ("le gouvernement de François Bayrou") stands
    for its state, which the phrase does not name: nothing rather than the person."""
    keys = actor_keys(noun, actors)
    if fold(noun.lemma_) in _GOVERNMENTS and any(actors.actors[k].kind == "Person" for k in keys):
        return []
    return keys


def _dependents(verb: Token) -> list[Token]:
    """The verb's children, and the children of a time noun among them (a parser repair, ``_TIME_NOUNS``)."""
    children = list(verb.children)
    return children + [g for c in children if fold(c.text) in _TIME_NOUNS for g in c.children]


def _enacted(noun: Token) -> bool:
    """An enacted noun, or a noun whose "de" complement is one ("un projet de loi", "un train de sanctions")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = {fold(noun.lemma_), fold(noun.text)}
    return bool(words & ENACTED_NOUNS) or any(
        c.dep_ == "nmod" and {fold(c.lemma_), fold(c.text)} & ENACTED_NOUNS for c in noun.children)


def _enacted_phrase(noun: Token) -> bool:
    """``_enacted`` for the noun or a noun it complements: "le projet de réforme de l'assurance chômage présenté par
    X" (the participle hung on "assurance")."""
    for _ in range(4):
        if _enacted(noun):
            return True
        if noun.dep_ != "nmod" or noun.head == noun:
            return False
        noun = noun.head
    return False
