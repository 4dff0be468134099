"""A remark noun that attributes the sentence before: "C'est la remarque de X.", "Le constat est de X.".

Such a short copular sentence names the speaker of what the previous sentence
says; the cue is the verb of the noun (``remark_nouns`` in the language data:
"remarque" -> "remarquer", "constat" -> "constater"), the content the previous
sentence. Only verbless sentences are read, so "La remarque de X a choqué" is
left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.entities import ArticleActors, sentences_of
from extractors.lang import LanguageData, fold

_DE = {"de", "d'", "d’", "du", "des"}
_MAX_TOKENS = 14


@dataclass(frozen=True)
class Remark:
    """One attributing remark: the noun, its cue verb, the speakers and the content (chars of the sentence before)."""

    noun: Token
    cue: str
    speakers: tuple[str, ...]
    content_start: int
    content_end: int


def remarks(sentence: Span, actors: ArticleActors, data: LanguageData) -> list[Remark]:
    """The remark in ``sentence``, if it is "C'est la remarque de X" / "Le constat (amer) est de X"."""
    nouns = data.table("remark_nouns")
    if len(sentence) > _MAX_TOKENS or any(t.pos_ == "VERB" for t in sentence):
        return []
    if not any(t.dep_ == "cop" and fold(t.lemma_) == "etre" for t in sentence):
        return []
    previous = _previous_sentence(sentence)
    if previous is None:
        return []
    for noun in sentence:
        cue = nouns.get(fold(noun.text))
        if noun.pos_ != "NOUN" or cue is None:
            continue
        speakers = _author(noun, sentence, actors)
        if speakers:
            return [Remark(noun, cue, tuple(speakers), previous.start_char, previous.end_char)]
    return []


def _author(noun: Token, sentence: Span, actors: ArticleActors) -> list[str]:
    """The actor of "de X" right after the noun ("la remarque de X") or after the copula ("le constat est du
    professeur X")."""
    doc = noun.doc
    after = doc[noun.i + 1: sentence.end]
    start = next((t.i for t in after if fold(t.text) in _DE), None)
    if start is None or any(t.pos_ in {"VERB"} or fold(t.text) in {"que", "qu'", "qui"} for t in doc[noun.i + 1: start]):
        return []
    for token in doc[start + 1: min(start + 6, sentence.end)]:
        key = actors.actor_at(token)
        if key and actors.actors[key].kind in {"Person", "Organization", "Country"}:
            return [key]
        if token.is_punct:
            break
    return []


def _previous_sentence(sentence: Span) -> Span | None:
    """The sentence before, when it holds words of its own (not a heading or a time stamp)."""
    before = [s for s in sentences_of(sentence.doc) if s.end <= sentence.start]
    if not before or sum(t.is_alpha for t in before[-1]) < 4:
        return None
    return before[-1]
