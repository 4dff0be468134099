"""Subjects that point back to a noun phrase: the doubled subject of a dislocation ("Les autorités soudanaises, elles,
accusent…": the noun phrase before the commas speaks), "ce dernier" / "cette dernière" ("…avec son homologue,
Djeyhoun Baïramov. Ce dernier a confirmé…": the actor named last before it speaks), and population nouns ("la minorité serbe de Croatie a demandé…": not
the state of their complement), and the apposition of a venue parsed as a second subject ("a déclaré X devant le Grand
Khoural, le Parlement monocaméral": the Parliament is where, not who), and the elided subject of a speech verb
coordinated after a que-clause ("a estimé que X restait ouvert et a averti que…": the governing verb's subject).

Used by ``extractors.speakers`` before a subject is resolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import sentence_of
from extractors.lang import fold
from extractors.led_states import led_by_person

#: Stressed pronouns that double a fronted subject: "X, elle, accuse…".
_DOUBLING_PRONOUNS = {"lui", "elle", "eux", "elles"}

#: How far back (tokens) "ce dernier" may look for the actor it names.
_LATEST_WINDOW = 60


def dislocated_subject(subject: Token) -> Token | None:
    """"Les autorités soudanaises, elles, accusent…": the parser takes the stressed pronoun between commas for the
    subject and hangs the noun phrase before it on the verb; returns that noun phrase's head (None otherwise)."""
    doc, i = subject.doc, subject.i
    if subject.pos_ != "PRON" or fold(subject.text) not in _DOUBLING_PRONOUNS or i < 2 or i + 1 >= len(doc):
        return None
    if doc[i - 1].text != "," or doc[i + 1].text != ",":
        return None
    fronted = doc[i - 2]
    while fronted.head.i < i - 1 and fronted.head.i != fronted.i:
        fronted = fronted.head  # "Les autorités soudanaises": up to "autorités"
    start = sentence_of(subject).start
    if fronted.pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} for t in doc[start: i - 1]):
        return None  # only a noun phrase opening the sentence ("Selon Kiev, Moscou, lui, …" has none before)
    return fronted


def latest_named(subject: Token, actors) -> list[str]:
    """"Ce dernier a confirmé…", "cette dernière a affirmé…", "Celui-ci a affirmé…": the actor (no town) named last
    before the subject, of the demonstrative's gender when a person's is known; none when that name is the "de"
    complement of a common noun ("le ministre de la Défense de la France"). A capital or country named after a bare
    "à"/"en" is where, not who ("a reçu Xi Jinping à Moscou. Ce dernier": Xi Jinping)."""
    doc = subject.doc
    found = _demonstrative(subject)
    if found is None:
        return []
    start, gender = found
    for i in range(start - 1, max(-1, start - 1 - _LATEST_WINDOW), -1):
        key = actors.actor_at(doc[i])
        if not key or actors.actors[key].kind == "Place":
            continue
        first = i
        while first > 0 and actors.actor_at(doc[first - 1]) == key:
            first -= 1
        if actors.actors[key].kind == "Country" and first > 0 and fold(doc[first - 1].text) in _PLACE_CASES:
            continue  # "à Moscou", "en Russie": the place of the event
        if actors.actors[key].kind == "Person" and actors._gender_of(key) not in {None, gender}:
            continue  # "Olaf Scholz a reçu la présidente X. Celle-ci": not Scholz
        head = doc[i]
        while head.dep_ in {"flat:name", "flat"} and head.head.i != head.i:
            head = head.head
        if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and any(
                fold(c.text) in {"de", "d'", "du", "des"} for c in head.children if c.dep_ == "case"):
            return []  # "le ministre de la Défense de la Pologne. Ce dernier": the unnamed role, not Pologne
        return [key]
    return []


#: Bare prepositions of a place before a capital or a country: "à Moscou", "en Russie".
_PLACE_CASES = {"a", "en"}


def _demonstrative(subject: Token) -> tuple[int, str] | None:
    """(first token, gender) of "ce dernier" / "cette dernière" / "celui-ci" / "celle-ci" when the subject token is
    one of its words (the parser often splits "Celui-ci" into three subjects "Celui", "-", "ci"); else None."""
    doc, i = subject.doc, subject.i
    text = fold(subject.text)
    if text in {"dernier", "derniere"} and i > 0 and fold(doc[i - 1].text) in {"ce", "cette"}:
        return i - 1, "Fem" if text == "derniere" else "Masc"
    if text in {"celui-ci", "celle-ci"}:
        return i, "Fem" if text == "celle-ci" else "Masc"
    for first in (i, i - 1, i - 2):
        if first < 0 or fold(doc[first].text) not in {"celui", "celle"}:
            continue
        rest = "".join(t.text for t in doc[first + 1: first + 3]).lower()
        if rest.startswith("-ci") and (first == i or doc[first].whitespace_ == ""):
            return first, "Fem" if fold(doc[first].text) == "celle" else "Masc"
    return None


def population_head(subject: Token, data) -> bool:
    """Is the subject a population or community noun ("la minorité serbe de Croatie", fr.json
    ``speaker_people_heads``), whose "de" complement does not speak?"""
    heads = data.words("speaker_people_heads")
    return fold(subject.lemma_) in heads or fold(subject.text) in heads


def voiceless_complements(subject: Token, actors) -> bool:
    """Is the subject a noun whose named complement does not speak: a population ("la minorité serbe de Croatie",
    ``population_head``) or a state body led by a person ("Le gouvernement de Narendra Modi nie…": a state)?"""
    return population_head(subject, actors.data) or led_by_person(subject, actors)


#: Prepositions of a place where one speaks: "devant le Parlement", "au Sénat", "à la tribune".
_VENUE_CASES = {"devant", "a", "au", "aux", "dans", "depuis", "en"}


def without_venue_apposition(subjects: list[Token]) -> list[Token]:
    """Drop a later noun subject set off by a comma right after a venue phrase ("devant le Grand Khoural, le
    Parlement mongol"): the parser hangs the venue's apposition on the verb as a second subject."""
    if len(subjects) < 2:
        return subjects
    doc, first = subjects[0].doc, min(s.i for s in subjects)
    kept = []
    for subject in subjects:
        start = subject.left_edge.i
        venue = next((t for t in doc[first + 1: start] if start >= 2 and doc[start - 1].text == ","
                      and t.right_edge.i == start - 2 and t.dep_ in {"nmod", "obl", "obl:mod", "obl:arg"}
                      and any(c.dep_ == "case" and fold(c.text) in _VENUE_CASES for c in t.children)), None)
        if subject.i == first or subject.pos_ != "NOUN" or venue is None:
            kept.append(subject)
    return kept


def governing_speech_conjunct(verb: Token, head: Token, speech_verbs: frozenset[str]) -> bool:
    """"Sa porte-parole a estimé que le Canada restait ouvert et a averti que…": a compound-past speech verb after "et"
    that the parser hung on the simple-tense verb of a que-clause coordinates with the compound-past speech verb that
    governs the clause (both speech verbs in the compound past), so it shares that verb's subject, not the clause's."""
    if verb.dep_ != "conj" or verb.head.i != head.i or head.dep_ != "ccomp" or fold(verb.lemma_) not in speech_verbs:
        return False
    governor = head.head
    if fold(governor.lemma_) not in speech_verbs or not any(c.dep_ == "aux:tense" for c in governor.children):
        return False
    if not any(c.dep_ == "aux:tense" and c.i < verb.i for c in verb.children) \
            or any(c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} for c in verb.children) \
            or not any(c.dep_ == "cc" and fold(c.text) == "et" for c in verb.children):
        return False
    clause = [t for t in head.subtree if t.i < verb.left_edge.i]
    if any(t.dep_ == "aux:tense" for t in clause) or not any(t.dep_ == "mark" and fold(t.text) in {"que", "qu'"}
                                                             for t in clause):
        return False  # "a dit que la police a bouclé la zone et a arrêté…": one compound past clause, the content's
    return True


def clause_subject(subject: Token) -> bool:
    """", les syndicats dénoncent un « gâchis »": a noun phrase set off by a comma right before its finite verb is the
    subject of a clause of its own, not an object the parser mistook for one ("a rejeté ces accusations et dénoncé"),
    even when it names no actor (the verb then has no speaker, never the previous clause's subject)."""
    verb, doc = subject.head, subject.doc
    return subject.dep_ == "nsubj" and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == "," \
        and subject.right_edge.i + 1 == verb.i and verb.morph.get("VerbForm") == ["Fin"] and subject.pos_ == "NOUN"
