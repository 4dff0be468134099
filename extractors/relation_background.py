"""Event words that tell no act of their own in the sentence, so ``extractors.relations`` reads no relation from them.

- Background adverbials: an event noun after a preposition of time ("après la rencontre entre X et Y", "depuis
  l'annexion de la Crimée par la Russie", "en marge du sommet") sets the scene of the sentence; gold NOTES give no
  relation for meetings "lors de" / "après un appel", nor for "l'assaut des forces internationales" in an adverbial
  (``relation_background_prepositions`` of ``extractors/lang/fr.json``). A cause ("suite à l'assaut de X contre Y",
  "en représailles à la vente d'armes") or a concession ("malgré") is still an act the sentence asserts, and so is
  a possessed act of a participant ("a sanctionné la Russie après son invasion de l'Ukraine"). The "de"
  complement of a background noun is background too ("après la signature d'un accord entre X et Y").
- Lifted or broken measures: an event noun governed by a verb or noun of lifting or breaking ("les sanctions ... ont
  été levées", "la levée des sanctions contre X", "ont violé la trêve") is no Coerce or Agree
  (``relation_lifting_verbs``, ``relation_lifting_nouns``).
- Sports: "Le PSG affrontera Manchester City en quart de finale" is a match, not an Assault or a Consult
  (``relation_sports_triggers`` with a noun of ``relation_sports_words`` in the sentence).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractors.entities import sentence_of
from extractors.lang import fold, language_data
from extractors.relation_args import DE_WORDS
from extractors.token_table import morph_get

_DATA = language_data("fr")
#: Words that may link a preposition to the noun phrase ("au lendemain des sanctions", "suite aux frappes").
_LINKS = ((), ("de",), ("du",), ("des",), ("d'",), ("a",), ("au",), ("aux",))
#: Dependents of the noun between the preposition and the noun ("après la première rencontre").
_NOUN_LEFT = {"det", "amod", "nummod", "case"}


def _words(phrase: str) -> tuple[str, ...]:
    """"à l'issue" -> ("a", "l'", "issue"), as the tokenizer splits it (elisions keep their apostrophe)."""
    return tuple(re.findall(r"[^\s']+'?", fold(phrase).replace("’", "'")))


_BACKGROUND = tuple(sorted({_words(p) for p in _DATA.raw["relation_background_prepositions"]}, key=len, reverse=True))
#: Every background phrase followed by every link: the word sequences ``background_event`` looks for right before the noun.
_BACKGROUND_SEQUENCES = frozenset(phrase + link for phrase in _BACKGROUND for link in _LINKS)
_LIFTING_VERBS = _DATA.words("relation_lifting_verbs")
_LIFTING_NOUNS = _DATA.words("relation_lifting_nouns")
_SPORTS_WORDS = _DATA.words("relation_sports_words")
SPORTS_TRIGGERS = _DATA.words("relation_sports_triggers")


def _folded(token: Token) -> str:
    return fold(token.text).replace("’", "'")


def background_event(noun: Token) -> bool:
    """Is the event noun the head of a time or circumstance adverbial ("après la rencontre entre X et Y")?"""
    doc = noun.doc
    if any(c.dep_ == "det" and morph_get(c, "Poss") == ["Yes"] for c in noun.children):
        return False  # "après son invasion de l'Ukraine": the act of a participant of the main clause (catalogue rel3)
    start = noun.i
    while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in _NOUN_LEFT:
        start -= 1  # "après la première rencontre": the words before the noun's own determiners
    before = tuple(_folded(t) for t in doc[max(0, start - 4):noun.i]  # the noun's prepositions ("Après", "aux") kept
                   if t.i < start or t.dep_ == "case")
    if any(before[k:] in _BACKGROUND_SEQUENCES for k in range(len(before) + 1)):  # one ending the sequence before
        return True
    head = noun.head  # "après la signature d'un accord entre les deux pays": the act noun's "de" complement
    return noun.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < noun.i \
        and any(c.dep_ == "case" and _folded(c) in DE_WORDS for c in noun.children) and background_event(head)


def lifted_event(noun: Token) -> bool:
    """Is the event noun the object of a lifting or breaking ("ont levé les sanctions", "les sanctions ont été
    levées", "a violé la trêve", "la levée des sanctions")?"""
    head = noun.head
    if head == noun:
        return False
    if noun.dep_ in {"obj", "nsubj:pass"} and head.pos_ == "VERB":
        return fold(head.lemma_) in _LIFTING_VERBS
    if noun.dep_ == "nmod" and head.pos_ == "NOUN":
        return fold(head.lemma_) in _LIFTING_NOUNS or fold(head.text) in _LIFTING_NOUNS
    return False


def sports_match(trigger: Token) -> bool:
    """Is a trigger of ``relation_sports_triggers`` in a sentence about a match ("en quart de finale", "le
    tournoi")? Only a noun counts as context."""
    if fold(trigger.lemma_) not in SPORTS_TRIGGERS and fold(trigger.text) not in SPORTS_TRIGGERS:
        return False
    return any(t.pos_ in {"NOUN", "PROPN"} and (fold(t.text) in _SPORTS_WORDS or fold(t.lemma_) in _SPORTS_WORDS)
               for t in sentence_of(trigger))
