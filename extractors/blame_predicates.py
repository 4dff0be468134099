"""Does a reported clause blame its subject, and is it asserted plainly?

Rules that turn a speaker's words into an Accuse (a counter-claim after a denial, a quote attributed by "a dénoncé",
a negative epithet on an act) must first know that the words charge their subject with something:

- ``blames(verb)``: the clause's verb is a wrongdoing predicate: a trigger of a hostile event (Accuse, Assault, Coerce,
  Threaten: "que l'Ukraine a bombardé la gare", "« Le Brésil menace nos pêcheurs »"), a wrongdoing verb or phrase
  (``relation_wrongdoing_verbs`` / ``_phrases``: "viole", "joue avec le feu"), a negative judgement as predicate or
  as the epithet of its object ("est irresponsable", "mène une politique agressive"), or support given to an armed
  group ("soutient les rebelles", "collabore avec les FDLR, une milice hutu"). An infinitive under a verb of intent
  counts ("cherche à déstabiliser"). "que la RDC a toujours été un partenaire fiable", "« La France a défendu le
  droit international »" blame no one.
- ``suffers(verb)``: the subject undergoes what the clause tells ("l'Ukraine subit des bombardements", "Cuba souffre
  du blocus", "est victime de"; ``relation_suffering_verbs``): it is never the one accused.
- ``plain_assertion(verb)``: affirmative, active, not conditional ("serait", "pourrait", Mood=Cnd on the verb, its
  auxiliaries or copula), not under "si", not asked: a charge is stated.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import negated, triggers
from extractors.lang import fold, language_data
from extractors.relation_judgements import NEGATIVE_JUDGEMENTS
from extractors.relation_reproaches import INTENT_VERBS, WRONGDOING_PHRASES, WRONGDOING_VERBS, asked

_FR = language_data("fr")
#: Event types whose trigger charges its subject with a wrong.
_WRONGDOING_TYPES = frozenset({"Accuse", "Assault", "Coerce", "Threaten"})
SUFFERING_VERBS = _FR.words("relation_suffering_verbs")
#: Nouns of a non-state armed group: supporting one is a wrong ("soutient les rebelles").
_ARMED_GROUPS = _FR.words("group_nouns") | _FR.words("armed_group_nouns")
#: Conditional forms the parser tags as indicative: "« Ces sanctions seraient illégales »".
CONDITIONALS = frozenset({"serait", "seraient", "serais", "serions", "seriez", "pourrait", "pourraient", "aurait",
                          "auraient"})
_OBJECT_DEPS = {"obj", "obl", "obl:arg", "obl:mod"}


def blames(verb: Token) -> bool:
    """Is ``verb`` (a clause's head) a wrongdoing predicate of its subject? (see the module docstring)"""
    trig = triggers("fr")
    words = {fold(verb.lemma_), fold(verb.text)}
    if words & NEGATIVE_JUDGEMENTS and any(c.dep_ == "cop" for c in verb.children):
        return True  # "que l'Algérie est irresponsable"
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = fold(verb.lemma_)
    if trig.verbs.get(lemma) in _WRONGDOING_TYPES or lemma in WRONGDOING_VERBS:
        return True
    phrase = trig.phrase_at(verb)
    if phrase and phrase[0].event_type in _WRONGDOING_TYPES:
        return True  # "met en cause", "ouvre le feu sur"
    if lemma in WRONGDOING_PHRASES and any(c.dep_ in _OBJECT_DEPS and fold(c.text) in WRONGDOING_PHRASES[lemma]
                                           for c in verb.children):
        return True  # "joue avec le feu"
    if any(c.dep_ == "obj" and any(a.dep_ == "amod" and {fold(a.text), fold(a.lemma_)} & NEGATIVE_JUDGEMENTS
                                   for a in c.children) for c in verb.children):
        return True  # "mène une politique agressive"
    if trig.verbs.get(lemma) in {"Support", "Cooperate"} and any(_armed_group(c) for c in verb.children
                                                                  if c.dep_ in _OBJECT_DEPS):
        return True  # "soutient les rebelles", "collabore avec les FDLR, une milice hutu"
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and blames(c) for c in verb.children) \
        and bool(words & INTENT_VERBS)  # "cherche à déstabiliser"


def _armed_group(noun: Token) -> bool:
    """"les rebelles", "les FDLR, une milice hutu": a noun of an armed group, or a name with such an apposition."""
    return fold(noun.text) in _ARMED_GROUPS or any(c.dep_ == "appos" and fold(c.text) in _ARMED_GROUPS
                                                   for c in noun.children)


def suffers(verb: Token) -> bool:
    """"subit", "souffre de", "pâtit de", "est victime de": the subject undergoes the clause."""
    return bool({fold(verb.lemma_), fold(verb.text)} & SUFFERING_VERBS)


def plain_assertion(verb: Token, *, negation: bool = False, passive: bool = False) -> bool:
    """An affirmative (unless ``negation`` is allowed), active (unless ``passive`` is allowed: "est injustifiée" is
    parsed as a passive), non-conditional, non-hypothetical ("si …"), non-asked clause headed by ``verb``."""
    if not negation and negated(verb, verb):
        return False
    if not passive and any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    if any(f.morph.get("Mood") == ["Cnd"] or fold(f.text) in CONDITIONALS for f in forms):
        return False
    if verb.pos_ in {"VERB", "AUX"} and fold(verb.text).endswith(("rait", "raient")):
        return False
    if any(c.dep_ == "mark" and fold(c.text) in {"si", "s'"} for c in verb.children):
        return False
    return not asked(verb)
