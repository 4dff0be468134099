"""Pressure one resists is pressure one endures: "Viktor Orban a promis de résister à la pression de Bruxelles"
(UE Coerce Orban, besides Orban's Reject of the UE), "contrer les pressions de Washington".

The event noun (a Coerce or Threaten trigger: "pression", "sanctions", "menaces") is the object of a verb of
resisting (``relation_resisting_verbs``: "résister à", "contrer", "repousser", "braver"); its owner after "de"
is the one who coerces and the resisting subject the one coerced. A noun that names its own target ("les
pressions de X sur Y") is left to the nominal rule.

A negated verb of yielding (``relation_yielding_verbs``) refuses the pressure: "« Nous ne céderons pas au chantage de
Bruxelles »", "Kiev ne se pliera pas aux menaces de Moscou", "ne se soumettra jamais aux pressions américaines" are
also a Reject of the owner by the resister (gold NOTES: "ne céderons pas au chantage de Bruxelles" is Reject, future),
not negated, with the verb's modality (future). Yielding itself ("a cédé aux pressions de Rabat") rejects nothing;
a question ("ne cédera-t-il pas … ?") or a condition ("s'il ne cède pas") gives no Reject.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import _FUTURE_ENDINGS, Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_subjects import subject_actors

#: Verbs of resisting an act done to oneself ("rejeter les sanctions de X" may reject those on someone else).
RESISTING_VERBS = language_data("fr").words("relation_resisting_verbs")
#: Verbs of yielding that, negated, refuse the pressure ("ne céderons pas au chantage de X").
YIELDING_VERBS = language_data("fr").words("relation_yielding_verbs")
#: Yielding verbs that need their reflexive "se" ("se soumettre à", "s'incliner devant"; not "soumettre un texte").
_REFLEXIVE_ONLY = {"soumettre", "incliner"}
_ENDURED_TYPES = {"Coerce", "Threaten"}
_TARGET_PREPS = {"sur", "contre", "envers", "a", "au", "aux"}


def resisted_pressure(noun: Token, actors, trig: Triggers, context: list) -> list[Relation]:
    """The owner's Coerce (or Threaten) of the subject who resists it ([] for anything else)."""
    event_type = trig.noun_type(noun)
    if event_type not in _ENDURED_TYPES or noun.dep_ not in {"obj", "obl:arg", "obl", "obl:mod"}:
        return []  # before reading the head: no new Token for most nouns
    if noun.dep_ == "obl:mod" and not any(c.dep_ == "case" and fold(c.text) in {"a", "au", "aux"} for c in noun.children):
        return []  # "ne céderons pas au chantage de X" (parsed as a modifier), not "a riposté lundi"
    verb = noun.head
    if verb.pos_ != "VERB":
        return []
    lemma = fold(verb.lemma_)
    if lemma not in RESISTING_VERBS and not (lemma in YIELDING_VERBS and _reflexive(verb)):
        return []
    arguments = list(arguments_of(noun))
    if any(case & _TARGET_PREPS for _, case in arguments):
        return []
    owners = [k for c, case in arguments if c.dep_ == "nmod" and case & DE_WORDS for k in actor_keys(c, actors)]
    owners = owners or [k for c, _ in arguments if c.dep_ == "amod" for k in actors.mentions_in(c.idx, c.idx + len(c.text))
                        if actors.actors[k].kind == "Country"]  # "céder aux pressions américaines"
    owners = [k for k in dict.fromkeys(owners) if actors.actors[k].kind in ACTOR_KINDS]
    if not owners:
        return []
    resisting = [k for k in subject_actors(verb, actors, context) if k not in owners and actors.actors[k].kind in ACTOR_KINDS]
    evidence = sentence_evidence(noun)
    found = [Relation(o, s, noun.lemma_.lower(), event_type, evidence, False, None) for o in owners for s in resisting]
    if lemma in YIELDING_VERBS and negated(verb, verb) and not _hedged(verb):
        mode = modality(verb, trig) or ("future" if _future_text(verb) else None)
        found += [Relation(s, o, verb.lemma_.lower(), "Reject", evidence, False, mode) for o in owners for s in resisting]
    return found


def _reflexive(verb: Token) -> bool:
    """"se soumettre", "s'incliner" need their "se"; the other yielding verbs do not."""
    return fold(verb.lemma_) not in _REFLEXIVE_ONLY or any(
        fold(c.text) in {"se", "s'", "me", "m'", "nous", "te", "t'", "vous"} and c.i < verb.i for c in verb.children)


def _future_text(verb: Token) -> bool:
    """Tagger repair: a future tagged an infinitive ("ne se pliera jamais", "ne nous soumettrons pas")."""
    lemma, text = fold(verb.lemma_), fold(verb.text)
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return text != lemma and any(text == stem + ending for ending in _FUTURE_ENDINGS)  # as events._future_form


def _hedged(verb: Token) -> bool:
    """"s'il ne cède pas", "ne cédera-t-il pas au chantage ?": no refusal stated."""
    if any(c.dep_ == "mark" and fold(c.text) in {"si", "s'"} for c in verb.children):
        return True
    return any(t.text == "?" for t in verb.doc[verb.i:verb.sent.end])
