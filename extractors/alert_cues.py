"""Official weather or risk warnings told as putting places on alert: "Météo-France a placé le département en
vigilance rouge pour des orages violents", "la préfecture a mis la commune en alerte".

The verb ("placer", "mettre", "maintenir", ``alert_verbs``) says nothing alone; its "en" complement, a noun of
warning (``alert_nouns``: "vigilance", "alerte"), makes it a warning: a statement of the verb's subject (cue the
verb, mode ``IndirectSpeech``) whose content runs from the object to the end of the warning's complement, so the
places under the alert are its ``about`` (tests/gold/NOTES.md, wikinews set 5). Never a negated verb, never an
infinitive without its auxiliary ("pour placer la région en vigilance"), never a passive ("le département a été
placé en vigilance": no speaker).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.entities import ArticleActors, folded_lemmas, tokens_of
from extractors.lang import LanguageData, fold
from extractors.speakers import speakers_of
from extractors.speech_candidates import SpeechCandidate
from extractors.speech_verb_checks import has_aux, negated_speech
from extractors.token_table import morph_get


def alert_candidates(sentence: Span, actors: ArticleActors, data: LanguageData, context: list[str],
                     taken: set[int]) -> list[SpeechCandidate]:
    """One ``SpeechCandidate`` per verb of the sentence that puts its object on alert (see the docstring)."""
    verbs, nouns = data.words("alert_verbs"), data.words("alert_nouns")
    lemmas, tokens = folded_lemmas(sentence.doc), tokens_of(sentence.doc)
    found = []
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in verbs or i in taken:
            continue
        verb = tokens[i]
        if verb.pos_ != "VERB" or not (morph_get(verb, "VerbForm") == ["Fin"] or has_aux(verb)) \
                or any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        if obj is None or negated_speech(verb, lemmas[i], data):
            continue
        below = list(verb.children) + [t for t in obj.subtree if t.dep_ == "nmod"]  # "la Corse et le Var en vigilance"
        alert = next((c for c in below if c.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"} and c.i > obj.i
                      and fold(c.text) in nouns and any(fold(g.text) == "en" and g.dep_ == "case" for g in c.children)), None)
        if alert is None:
            continue
        speakers = speakers_of(verb, actors, context)
        if not speakers:
            continue
        last = max(max(t.i for t in alert.subtree), max(t.i for t in obj.subtree))
        if tokens[last].is_punct:
            last -= 1
        first = min(t.i for t in obj.subtree)
        found.append(SpeechCandidate(verb, tuple(speakers), "IndirectSpeech", tokens[first].idx,
                                     tokens[last].idx + len(tokens[last].text), None, sentence, cue_text=verb.lemma_))
    return found
