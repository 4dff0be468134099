"""States named by the body a person leads or by their neighbour: "le gouvernement de François Bayrou" -> France.

tests/gold/NOTES.md: armies and governments stand for the state ("le gouvernement Papadimos" -> Grèce; "présenté
par le gouvernement de François Bayrou" -> France, not the person). Two readings, both for any reader (speakers,
``about``, relation arguments):

- ``led_body_state``: a state body noun (``leader_body_nouns``: gouvernement, exécutif, régime, administration,
  armée…) whose "de" complement or apposed name is a person stands for that person's state: the state of their
  office or nationality (``office_state``), else, for a person the article gives no state, the one country
  the article names (domestic news), if only one. "le gouvernement de X" says that X leads a state, so the
  person is never the referent.
- ``neighbour_state``: "le pays voisin", "l'État voisin", "son voisin" (a definite or possessive singular, no other
  complement) is the country named most in the article before it other than the state of the clause's subject (a
  country, or a person of known nationality): "L'Inde accuse la marine du pays voisin" -> Sri Lanka; nothing when
  the subject's state is unknown or when two other countries tie. ``neighbour_body_state``: "la marine / les
  autorités du pays voisin" stand for that country too.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from extractors.club_epithets import club_epithet
from extractors.lang import fold

_SUBJECTS = {"nsubj", "nsubj:pass"}
_DEFINITE = {"le", "la", "l'"}
_POSSESSIVE = {"son", "sa"}
_NEIGHBOUR_ADJECTIVES = {"voisin", "voisine"}
_NEIGHBOUR_COUNTRY_NOUNS = {"pays", "etat", "nation", "republique"}
_GOVERNMENT_NOUNS = {"gouvernement", "executif", "cabinet"}  # the only bodies whose state may be the article's one country


def epithet_state(token: Token, actors) -> list[str]:
    """The actor a state-body or epithet phrase stands for: ``led_body_state``, ``neighbour_state``,
    ``neighbour_body_state``, then a club epithet ("le club stéphanois", club_epithets.py); [] for none."""
    return led_body_state(token, actors) or neighbour_state(token, actors) or neighbour_body_state(token, actors) \
        or club_epithet(token, actors)


def led_body_state(token: Token, actors) -> list[str]:
    """"le gouvernement de François Bayrou", "le régime de Bachar al-Assad", "l'administration Trump": the state."""
    if token.pos_ != "NOUN" or fold(token.text) not in actors.data.words("leader_body_nouns"):
        return []
    for child in _leader_complements(token):
        key = actors.actor_at(child)
        if key is None and child.pos_ == "NOUN":  # "le régime du président syrien Bachar al-Assad": the titled name
            key = next((actors.actor_at(g) for g in child.children if g.dep_ in {"appos", "flat:name", "nmod"}
                        and g.i > child.i and actors.actor_at(g)), None)
        if key is None or actors.actors[key].kind != "Person":
            continue
        state = actors.office_state(key, child)
        if state is None and actors.actors[key].nationality:
            state = actors._ensure_country(actors.actors[key].nationality, child)
        if state is None and not actors.actors[key].nationality and fold(token.text) in _GOVERNMENT_NOUNS:
            state = _only_country(actors)  # domestic news: "le gouvernement de François Bayrou" where only France is named
            if state in _subject_states(token, actors, people=True):
                state = None  # "En Ukraine, Zelensky accuse le gouvernement de X": not the accuser's own state
        return [state] if state else []
    return []


def led_by_person(token: Token, actors) -> bool:
    """"Le gouvernement de Narendra Modi nie…" where the text never gives Modi's state: a state body noun led by a
    named person stands for a state, never for the person, so its speaker or argument is unknown (nothing), not
    the person (the state itself is ``led_body_state``)."""
    if token.pos_ != "NOUN" or fold(token.text) not in actors.data.words("leader_body_nouns"):
        return False
    return any((key := actors.actor_at(c)) is not None and actors.actors[key].kind == "Person"
               for c in _leader_complements(token))


def _leader_complements(token: Token) -> list[Token]:
    """The dependents after a state body noun that may name its leader: an apposed name or a "de" complement ("le
    gouvernement de X", "l'administration Trump"; not "le gouvernement à Kaboul", "l'armée pour X")."""
    return [c for c in token.children if c.i > token.i and (c.dep_ in {"appos", "flat:name", "flat"} or c.dep_ == "nmod" and any(
        g.dep_ == "case" and fold(g.text) in {"de", "d'", "du"} for g in c.children))]


def _only_country(actors) -> str | None:
    """The one country the article names (None when it names none or several)."""
    named = {m.key for m in actors.mentions if actors.actors[m.key].kind == "Country"}
    return named.pop() if len(named) == 1 else None


def neighbour_body_state(token: Token, actors) -> list[str]:
    """"la marine du pays voisin", "les autorités de l'État voisin": a state body or institution noun
    (``state_body_nouns``, ``state_institution_nouns``) whose "de" complement is the neighbour country."""
    text = fold(token.text)
    if token.pos_ != "NOUN" or (text not in actors.data.words("state_body_nouns")
                                and text not in actors.data.words("state_institution_nouns")):
        return []
    return next((found for child in token.children if child.dep_ == "nmod" and child.i > token.i
                 and fold(child.text) in _NEIGHBOUR_COUNTRY_NOUNS and (found := neighbour_state(child, actors))), [])


def neighbour_state(token: Token, actors) -> list[str]:
    """"le pays voisin", "son voisin": the other country the article names most (see the module docstring)."""
    text = fold(token.text)
    if text not in _NEIGHBOUR_COUNTRY_NOUNS and text not in _NEIGHBOUR_ADJECTIVES:
        return []  # the cheap test first: most words are neither (this is tried on every word of reported content)
    if token.pos_ != "NOUN" or token.morph.get("Number") == ["Plur"]:
        return []
    determiners = {fold(c.text) for c in token.children if c.dep_ == "det"}
    if text in _NEIGHBOUR_COUNTRY_NOUNS:
        if not determiners & _DEFINITE and not any(c.dep_ == "case" and fold(c.text) in {"du", "au"} for c in token.children):
            return []
        if not any(c.dep_ == "amod" and fold(c.text) in _NEIGHBOUR_ADJECTIVES for c in token.children):
            return []
    elif text in _NEIGHBOUR_ADJECTIVES:
        if not determiners & _POSSESSIVE:
            return []
    else:
        return []
    if any(c.dep_ in {"nmod", "appos", "nummod"} for c in token.children):
        return []  # "le pays voisin du Mali" names its own reference
    owners = _subject_states(token, actors, people=text not in _NEIGHBOUR_ADJECTIVES)
    if not owners:
        return []
    counts = Counter(m.key for m in actors.mentions if m.end <= token.i and actors.actors[m.key].kind == "Country"
                     and m.key not in owners)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return []
    return [ranked[0][0]]


def person_neighbour(token: Token, actors) -> bool:
    """"le Français Jean Dupont a agressé son voisin": a bare "voisin" owned by a person subject is a person's
    neighbour, never a country (``relation_possessive_epithets`` must not read it as the article's country)."""
    if fold(token.text) not in _NEIGHBOUR_ADJECTIVES:
        return False
    subject = _nearest_subject(token)
    return subject is not None and any(actors.actors[k].kind == "Person" for k in actors.resolve(subject))


def _nearest_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above the token, before it and not containing it."""
    subject, head = None, token
    while subject is None and head.head.i != head.i:
        head = head.head
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i != token.i), None)
    if subject is None or subject.i >= token.i or subject.left_edge.i <= token.i <= subject.right_edge.i:
        return None
    return subject


def _subject_states(token: Token, actors, people: bool = True) -> set[str]:
    """The states of the nearest subject above the phrase: a country, or (``people``) a person's office or
    nationality state. Bare "son voisin" takes a country subject only: "le Français X a agressé son voisin" is a
    person's neighbour."""
    subject = _nearest_subject(token)
    if subject is None:
        return set()  # "les soldats du pays voisin ont franchi": the phrase is inside the subject, no owner
    states = set()
    for key in actors.resolve(subject):
        actor = actors.actors[key]
        if actor.kind == "Country":
            states.add(key)
        elif people and actor.kind == "Person" and actor.nationality:  # a known nationality only: no guess
            states.add(actors._ensure_country(actor.nationality, subject))
    return states
