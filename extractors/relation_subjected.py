"""Events undergone, said from the target's side: "la Chine fait l'objet de sanctions européennes", "le Venezuela
a fait l'objet de critiques du Brésil", "le Kremlin est la cible de critiques de Washington", "l'Estonie a été victime d'une cyberattaque russe". The event noun hangs
on "objet" / "cible"; its author is the noun's own (a demonym, "de X", "par X") and its target is the subject of
"faire l'objet" / "être la cible", which ``extractors.relation_nominal`` alone would miss."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import DE_WORDS, actor_keys, sentence_evidence
from extractors.relation_nominal import nominal_sides
from extractors.relation_subjects import subject_actors

_FR = language_data("fr")
#: "faire l'objet de" (any undergone type) and "être la cible / victime de" (hostile types only).
_OBJECT_NOUNS = _FR.words("relation_undergoing_object_nouns")
_PATIENT_NOUNS = _OBJECT_NOUNS | _FR.words("relation_undergoing_nouns")
#: Types whose target a thing can "undergo"; a meeting or an agreement "fait l'objet" of talks is about a matter.
_UNDERGONE_TYPES = {"Coerce", "Assault", "Accuse", "Threaten", "Protest", "Demand", "Support", "Reject"}
#: Types a "cible" / "victime" undergoes; other types only through "faire l'objet de".
_HOSTILE_TYPES = {"Coerce", "Assault", "Threaten"}


def undergone(noun: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
              context: list[str]) -> list[Relation]:
    """The relations of an event ``noun`` governed by "faire l'objet de" / "être la cible de": author -> the subject
    of that phrase. [] when ``noun`` is not so governed or a side names no actor."""
    if event_type not in _UNDERGONE_TYPES or not any(fold(c.text) in DE_WORDS for c in noun.children if c.dep_ == "case"):
        return []
    clause = _undergoing_clause(noun)
    if clause is None or (event_type not in _HOSTILE_TYPES and not _is_object_phrase(noun)):
        return []  # "la cible de critiques" is left alone; "fait l'objet de critiques de X" is an Accuse
    patients = [k for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} for k in actor_keys(c, actors)] \
        or (subject_actors(clause, actors, context) if clause.pos_ == "VERB" else [])  # "pourrait faire l'objet de"
    if not patients:
        return []
    authors, _, _ = nominal_sides(noun, event_type, actors, trig, context)
    evidence, polarity, mode = sentence_evidence(noun), negated(clause, noun), modality(clause, trig)
    return [Relation(a, p, action, event_type, evidence, polarity, mode) for a in authors for p in patients
            if a != p and actors.actors[a].kind in ACTOR_KINDS]


def _undergoing_clause(noun: Token) -> Token | None:
    """The head whose subject undergoes ``noun``: "faire" of "fait l'objet de" (the noun hung on "objet" or, as the
    parser often does, on "faire" itself), or the copular "cible" / "victime" of "est la cible de", "a été victime de"."""
    head = noun.head
    if noun.dep_ == "nmod" and fold(head.text) in _PATIENT_NOUNS:
        return head.head if head.dep_ in {"obj", "obl:arg"} else head
    if noun.dep_ not in {"obl:arg", "obl", "obl:mod"}:
        return None
    if fold(head.text) in _PATIENT_NOUNS:
        return head
    if any(c.dep_ == "obj" and fold(c.text) in _PATIENT_NOUNS and c.i < noun.i for c in head.children):
        return head
    return None


def _is_object_phrase(noun: Token) -> bool:
    """Is ``noun`` the complement of "faire l'objet de" (not of "être la cible / victime de")?"""
    head = noun.head
    return fold(head.text) in _OBJECT_NOUNS or any(c.dep_ == "obj" and fold(c.text) in _OBJECT_NOUNS for c in head.children)
