"""The subject pronoun of a "que" clause stands for the subject of the verb that governs the clause: "À Paris, le Quai
d'Orsay a fait savoir qu'il « prenait acte » … et souhaitait « poursuivre le dialogue » avec Alger" (the Quai
d'Orsay wishes, not the person named in the sentence before). Only a single named subject that agrees with
the pronoun in number and gender counts (a person: "elle" for a woman, "il" for anyone else).
Called from ``extractors.relation_subjects``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold
from extractors.token_table import morph_get

_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
_QUE = {"que", "qu'"}  # compared with folded words (fold turns ’ into ')


def governing_subject(pronoun: Token, actors: ArticleActors, resolve: Callable[[Token], list[str]]) -> list[str]:
    """The actor of the governing clause's named subject for a "que" clause's subject pronoun, else []."""
    agreement = _PRONOUNS.get(fold(pronoun.text))
    if agreement is None or pronoun.pos_ != "PRON" or pronoun.dep_ not in {"nsubj", "expl:subj", "nsubj:pass"}:
        return []
    clause = pronoun.head
    if not any(c.dep_ == "mark" and fold(c.text) in _QUE for c in clause.children):
        return []
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
        clause = clause.head  # "a assuré qu'il ne céderait pas et qu'il rencontrerait X": the second "que" clause
    if clause.dep_ != "ccomp":
        return []
    main = clause.head
    if main.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in main.children):
        main = main.head  # "a fait savoir qu'il …", "a tenu à préciser qu'il …": the subject of the governing verb
    subjects = [c for c in main.children if c.dep_ == "nsubj"] or [
        g for c in main.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.i < main.i for g in c.children if g.dep_ == "nsubj"]
    # ("le Quai d'Orsay a fait savoir qu'il …" parsed with the subject on "fait", a ``dep`` of "savoir")
    if len(subjects) != 1 or subjects[0].pos_ not in {"NOUN", "PROPN"} or subjects[0].i > pronoun.i:
        return []
    subject = subjects[0]
    if any(c.dep_ == "conj" for c in subject.children):
        return []  # "Paris et Berlin ont dit qu'ils …": left to the general reading
    gender, number = morph_get(subject, "Gender"), morph_get(subject, "Number")
    if (gender and gender != [agreement[0]]) or (number and number != [agreement[1]]):
        return []
    keys = resolve(subject)
    if len(keys) != 1:
        return []
    actor = actors.actors[keys[0]]
    # a person of unknown gender counts as "il" only: "elle" needs a known woman, "il" takes anyone else
    if actor.kind == "Person" and (actor.gender == "Fem") != (agreement[0] == "Fem"):
        return []  # "Ursula von der Leyen a déclaré qu'il …": someone else
    return keys
