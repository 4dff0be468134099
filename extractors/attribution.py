"""Small attribution helpers for ``extractors.quotes``: cue lemmas, inverted subjects, compound cues.

- The lemmatiser leaves many present-tense speech verbs as they are
  ("indique", "précise"); ``speech_lemma`` recovers the infinitive from the form.
- Inverted attribution after a quote ("…, indique-t-il", "…, a-t-elle ajouté",
  "…, a affirmé mercredi le ministre X") puts the speaker after the verb, where
  the parser often labels it ``obj``, ``nmod`` or ``advmod``.
- Multiword cues ("fait remarquer que", "a fait état de", "met en cause") are
  a light verb plus a word; the cue is the whole phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractors.entities import sentence_of
from extractors.lang import LanguageData, fold

if TYPE_CHECKING:
    from extractors.entities import ArticleActors

_INVERTED_PRONOUNS = {"il", "elle", "ils", "elles"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
#: Form endings -> infinitive endings, tried in order ("indique" -> "indiquer", "conclut" -> "conclure").
_ENDINGS = (("aient", "er"), ("ait", "er"), ("ait", "aitre"), ("ent", "er"), ("ient", "enir"), ("ut", "ure"), ("it", "ire"),
            ("e", "er"), ("a", "er"), ("era", "er"), ("erait", "er"))
_STOP_RIGHT = {"a", "au", "aux", "dans", "lors", "en", "sur", "devant", "apres", "avant", "pendant", "que", "qu'", "qui"}


def speech_lemma(token: Token, speech_verbs: frozenset[str]) -> str | None:
    """The folded infinitive of a speech verb, from the lemma or, failing that, from the form."""
    lemma = fold(token.lemma_)
    if lemma in speech_verbs:
        return lemma
    text = fold(token.text)
    for ending, infinitive in _ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 2:
            candidate = text[: -len(ending)] + infinitive
            if candidate in speech_verbs:
                return candidate
    return None


def mistagged_speech_verb(token: Token, speech_verbs: frozenset[str]) -> str | None:
    """A speech verb the tagger took for an adjective or a noun: "a nuancé les chiffres" (ADJ with an auxiliary),
    "« … », juge le ministère" (a lower-case NOUN right after a quotation and a comma)."""
    doc = token.doc
    if token.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in token.children):
        return speech_lemma(token, speech_verbs)
    if token.pos_ == "NOUN" and token.i >= 2 and token.text.islower() and doc[token.i - 1].text == "," \
            and doc[token.i - 2].text in {"»", "”", '"'}:
        return speech_lemma(token, speech_verbs)
    return None


def cue_label(folded: str, data: LanguageData) -> str:
    """The accented spelling of a folded cue, as the language data writes it."""
    for name in ("speech_verbs", "compound_speech_cues", "reflexive_speech_verbs"):
        for word in data.raw[name]:
            if fold(word) == folded:
                return word
    return folded


def inverted_pronoun(verb: Token) -> Token | None:
    """"indique-t-il", "a-t-elle ajouté": the hyphenated subject pronoun of the attribution clause."""
    doc = verb.doc
    for token in doc[max(verb.i - 3, 0): min(verb.i + 3, len(doc))]:
        if token.text.startswith("-") and fold(token.text[1:]) in _INVERTED_PRONOUNS:
            return token
    return None


def actor_right(verb: Token, sentence: Span, actors) -> list[str]:
    """"…, a affirmé mercredi le Premier ministre X": the first actor after the verb, before a comma or a preposition
    that starts an adjunct ("à Tokyo", "lors de")."""
    role: list[str] = []
    for token in verb.doc[verb.i + 1: sentence.end]:
        if token.is_punct and token.text != "-":
            break
        if fold(token.text) in _STOP_RIGHT:
            break
        key = actors.actor_at(token)
        if key:
            return [key]
        if token.pos_ == "NOUN" and not role:
            role = actors.resolve(token)
    return role


def compound_cues(sentence: Span, data: LanguageData) -> list[tuple[Token, Token, str]]:
    """(light verb, last word, cue) for "fait remarquer", "a fait état de", "met également en cause"."""
    phrases = [_words(p) for p in data.raw["compound_speech_cues"]]
    found = []
    for token in sentence:
        lemma = fold(token.lemma_)
        for words in phrases:
            if lemma != words[0]:
                continue
            i, rest, skipped = token.i + 1, list(words[1:]), 0
            while rest and i < sentence.end:
                current = sentence.doc[i]
                if fold(current.text) == rest[0] or fold(current.lemma_) == rest[0]:
                    rest.pop(0)
                elif current.pos_ == "ADV" and skipped < 2:
                    skipped += 1
                else:
                    break
                i += 1
            if not rest:
                found.append((token, sentence.doc[i - 1], " ".join(w for w in _accented(words, data))))
    return found


def _accented(words: list[str], data: LanguageData) -> list[str]:
    for phrase in data.raw["compound_speech_cues"]:
        if _words(phrase) == words:
            return [phrase]
    return words


def _words(phrase: str) -> list[str]:
    """Folded words of a cue phrase, an elided article being a word of its own ("mettre l'accent")."""
    return fold(phrase).replace("'", "' ").split()


def initial_marker(token: Token, sentence: Span, markers: frozenset[str]) -> bool:
    """"Pour X, …" at the start of a sentence (after at most a connective): a source marker.
    "pour" elsewhere is purpose or beneficiary ("des armes pour l'Ukraine")."""
    if fold(token.text) not in markers:
        return False
    before = [t for t in sentence.doc[sentence.start: token.i] if not t.is_space]
    if any(not (t.is_punct or t.pos_ in {"CCONJ", "ADV"}) for t in before) or len(before) > 3:
        return False
    after = sentence.doc[token.i + 1: min(token.i + 14, sentence.end)]
    comma = next((t for t in after if t.text == ","), None)
    if comma is None or any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") != ["Part"]
                            for t in sentence.doc[token.i + 1: comma.i]):
        return False
    return True


# -- verb checks used by extractors.quotes ------------------------------------------------


def passive_agent(verb: Token, actors: ArticleActors) -> str | None:
    """"X a été cité par CCTV": CCTV relays X."""
    for child in verb.children:
        if child.dep_ in {"obl:agent", "obl:mod", "obl"} and any(fold(c.text) == "par" for c in child.children):
            keys = actors.resolve(child)
            if keys and fold(verb.lemma_) in {"citer", "rapporter", "relayer", "traduire", "publier"}:
                return keys[0]
    return None


def citing(verb: Token, actors: ArticleActors) -> str | None:
    """"…, a déclaré M. Xi, citant le journal Xinhua": the medium relays."""
    for token in sentence_of(verb):
        if token.i > verb.i and fold(token.text) == "citant":
            for other in verb.doc[token.i + 1: min(token.i + 6, sentence_of(verb).end)]:
                key = actors.actor_at(other)
                if key:
                    return key
    return None


def non_speech_object(verb: Token, lemma: str, data) -> bool:
    """"accuser une baisse", "annoncer une perte" in a results report: the object makes it no speech act."""
    objects = {fold(w) for w in data.raw["speech_verb_non_speech_objects"].get(lemma, ())}
    return bool(objects) and any(c.dep_ == "obj" and fold(c.lemma_) in objects for c in verb.children)


def impersonal_passive(verb: Token) -> bool:
    """"Il est prévu que…", "il a été annoncé que…": an impersonal passive has no speaker."""
    passive = any(c.dep_ in {"aux:pass", "cop"} for c in verb.children) or verb.morph.get("Voice") == ["Pass"]
    if not passive or any(c.dep_ in {"obl:agent"} for c in verb.children):
        return False
    if not any(c.dep_ in _SUBJECT_DEPS and fold(c.text) == "il" and c.i < verb.i for c in verb.children):
        return False
    return any(fold(t.text) in {"que", "qu'"} for t in verb.doc[verb.i + 1: verb.i + 4])


def has_reflexive(token: Token) -> bool:
    return any(c.dep_ in {"expl:comp", "expl:pv", "obj", "expl"} and fold(c.text) in {"s'", "se"} for c in token.children)


def has_aux(token: Token) -> bool:
    return any(c.dep_.startswith("aux") for c in token.children)


def is_reflexive(token: Token) -> bool:
    """"s'est dit satisfait": a reflexive speech verb with an adjective complement."""
    return any(c.dep_ in {"expl:comp", "expl:pv", "obj"} and fold(c.text) in {"s'", "se"} for c in token.children) and any(
        c.dep_ in {"xcomp", "acomp"} for c in token.children
    )


def has_infinitive_a(token: Token) -> bool:
    return any(c.dep_ in {"xcomp", "obl:arg", "ccomp"} and (c.pos_ == "VERB" or any(g.pos_ == "VERB" for g in c.subtree)) for c in token.children)
