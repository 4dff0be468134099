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

from spacy.tokens import Span, Token

from extractors.lang import LanguageData, fold

_INVERTED_PRONOUNS = {"il", "elle", "ils", "elles"}
#: Form endings -> infinitive endings, tried in order ("indique" -> "indiquer", "conclut" -> "conclure").
_ENDINGS = (("aient", "er"), ("ait", "er"), ("ent", "er"), ("ient", "enir"), ("ut", "ure"), ("it", "ire"),
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
    phrases = [fold(p).split() for p in data.raw["compound_speech_cues"]]
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
        if fold(phrase).split() == words:
            return phrase.split()
    return words


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
