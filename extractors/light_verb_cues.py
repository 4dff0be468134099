"""Speech acts told with a light verb and a speech noun: "Douchanbé donne une tout autre version", "a apporté un
démenti", "a émis des réserves", "a formulé plusieurs critiques", "a proféré des menaces", "a tenu des propos".

The verb alone says nothing ("donner", "porter", "émettre"); its direct object, a noun of words (fr.json
``light_verb_speech_objects``: light verb -> the object nouns that make it a speech act), does. The object's noun
phrase is the content (mode ``IndirectSpeech``), the verb's subject the speaker. Precision first: only a direct
object of the verb itself, only a finite verb or a participle with its auxiliary (not "pour donner sa version"),
never a negated verb ("n'a pas donné de version"), never an object that announces a quotation after a colon, never a
cue another rule already took.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.entities import ArticleActors, folded_lemmas, tokens_of
from extractors.lang import LanguageData, fold
from extractors.speakers import speakers_of
from extractors.speech_candidates import SpeechCandidate
from extractors.speech_verb_checks import has_aux, negated_speech
from extractors.token_table import morph_get


def light_verb_candidates(sentence: Span, actors: ArticleActors, data: LanguageData, context: list[str],
                          taken: set[int]) -> list[SpeechCandidate]:
    """One ``SpeechCandidate`` per light verb of the sentence whose object is a speech noun (see the docstring)."""
    table = data.derived("light_verb_speech_objects_folded", lambda d: {
        fold(verb): frozenset(fold(n) for n in nouns) for verb, nouns in d.raw["light_verb_speech_objects"].items()
        if not verb.startswith("_")})
    lemmas, tokens = folded_lemmas(sentence.doc), tokens_of(sentence.doc)
    found = []
    for i in range(sentence.start, sentence.end):
        lemma = lemmas[i] if lemmas[i] in table else lemmas[i] + "r"  # the lemmatiser leaves "donne" as it is: "donne" + "r" is the infinitive
        if lemma not in table or i in taken:
            continue  # most words are no light verb
        verb = tokens[i]
        if verb.pos_ != "VERB" or not (morph_get(verb, "VerbForm") == ["Fin"] or has_aux(verb)):
            continue
        nouns = table[lemma]
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ == "NOUN"
                    and (fold(c.lemma_) in nouns or fold(c.text) in nouns)), None)
        if obj is None or negated_speech(verb, lemma, data):
            continue
        speakers = speakers_of(verb, actors, context)
        if not speakers:
            continue
        subtree = list(obj.subtree)
        if subtree[-1].i + 1 < sentence.end and tokens[subtree[-1].i + 1].text == ":":
            continue  # "a tenu les propos suivants : « … »": the quotation announced is the statement (remarks.py)
        found.append(SpeechCandidate(verb, tuple(speakers), "IndirectSpeech", subtree[0].idx,
                                     subtree[-1].idx + len(subtree[-1].text), None, sentence,
                                     cue_text=f"{verb.lemma_ if lemma == lemmas[i] else verb.lemma_ + 'r'} {obj.lemma_}"))
    return found
