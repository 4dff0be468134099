"""Cancelled meetings: "L'Azerbaïdjan a annulé la visite à Bakou du vice-Premier ministre russe X" is a negated
Consult from the canceller to the visitor (gold NOTES, invented set 6), not a Consult of the visitor with the host.

The meeting noun (a Consult trigger: "visite", "sommet", "rencontre") is the direct object of a verb of calling off
(``relation_cancel_verbs``: "annuler", "décommander"); its owner after "de", its partner after "avec" (also when
the parser hangs it on the verb) and the state it was to take place in ("à Pékin") are the ones the subject will
not meet. The subject itself, and the place of its own state, are left out. A meeting "prévu entre A et B" that
"a été annulé" is a negated Consult of A with B. A postponed meeting ("reporter") may still happen: not listed.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import Triggers, modality
from extractors.lang import fold, language_data
from extractors.model import AGENT_KINDS, Relation
from extractors.relation_args import DE_WORDS, arguments_of, enumerated, actor_keys, sentence_evidence
from extractors.relation_repairs import _stranded_partner
from extractors.relation_subjects import subject_actors

#: Verbs that call a planned meeting off.
CANCEL_VERBS = language_data("fr").words("relation_cancel_verbs")
_PARTNER_PREPS = {"avec", "a", "au", "aux", "en"}


def cancelled_meeting(noun: Token, actors, trig: Triggers, context: list) -> list[Relation]:
    """The canceller's negated Consult of each one the cancelled meeting was with ([] for anything else)."""
    if noun.dep_ not in {"obj", "nsubj:pass"}:
        return []  # before reading the head: no new Token for most words
    verb = noun.head
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in CANCEL_VERBS:
        return []
    if "Consult" not in {trig.nouns.get(fold(noun.lemma_)), trig.nouns.get(fold(noun.text))}:
        return []
    if noun.dep_ == "nsubj:pass":  # "le sommet prévu entre A et B a été annulé": A and B will not meet
        pair = _planned_between(noun, actors)
        return [Relation(pair[0], pair[1], noun.lemma_.lower(), "Consult", sentence_evidence(noun), True, modality(verb, trig))] \
            if len(pair) == 2 else []
    partners = [k for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & (DE_WORDS | _PARTNER_PREPS)
                for k in actor_keys(c, actors)]
    partners += [k for c, case in arguments_of(verb) if c.dep_.startswith("obl") and "avec" in case  # (parsed on the verb)
                 for k in actor_keys(c, actors)]
    partners = [k for k in dict.fromkeys(partners) if actors.actors[k].kind in AGENT_KINDS]
    cancellers = [k for k in subject_actors(verb, actors, context) if actors.actors[k].kind in AGENT_KINDS]
    evidence = sentence_evidence(noun)
    mode = modality(verb, trig)
    return [Relation(s, p, noun.lemma_.lower(), "Consult", evidence, True, mode)
            for s in cancellers for p in partners if p != s]


def _planned_between(noun: Token, actors) -> list[str]:
    """The two actors of "entre A et B" under the meeting noun or its participle ("le sommet prévu entre A et B")."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB")]
    firsts = [child for holder in holders for child, case in arguments_of(holder) if "entre" in case]
    keys = [k for child in firsts for k in enumerated(child, actors)]
    if len(firsts) == 1 and len(keys) == 1:  # ("et B" parsed as a second subject of the verb)
        keys += _stranded_partner(firsts[0], actors) or _named_after_and(firsts[0], actors)
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in AGENT_KINDS]


def _named_after_and(first: Token, actors) -> list[str]:
    """Parser repair: "entre A et son homologue rwandais B" with B hung elsewhere: the first actor named in the
    words after "et", up to the next verb or punctuation."""
    doc = first.doc
    i = max([first.i, *(c.i for c in first.children if c.dep_ == "flat:name")]) + 1
    if i >= len(doc) or fold(doc[i].text) != "et":
        return []
    for token in doc[i + 1:min(len(doc), i + 8)]:
        if token.pos_ in {"VERB", "AUX", "PUNCT"}:
            return []
        if actors.actor_at(token):
            return [actors.actor_at(token)]
    return []
