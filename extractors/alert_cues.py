"""Official weather or risk warnings told as putting places on alert: "Météo-France a placé le département en
vigilance rouge pour des orages violents", "la préfecture a mis la commune en alerte".

The verb ("placer", "mettre", "maintenir", ``alert_verbs``) says nothing alone; its "en" complement, a noun of
warning (``alert_nouns``: "vigilance", "alerte"), makes it a warning: a statement of the verb's subject (cue the
verb, mode ``IndirectSpeech``) whose content runs from the object to the end of the warning's complement, so the
places under the alert are its ``about`` (tests/gold/NOTES.md, wikinews set 5). Never a negated verb, never an
infinitive without its auxiliary ("pour placer la région en vigilance"), never a passive ("le département a été
placé en vigilance": no speaker). The object must name a place (a place or country mention, or a territorial noun of
``alert_place_nouns``: "le département", "la zone côtière"): "L'Iran a placé ses forces armées en alerte maximale"
is a military order, no warning, and gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.entities import ArticleActors, folded_lemmas, tokens_of
from extractors.lang import LanguageData, fold
from extractors.speakers import speakers_of
from extractors.speech_candidates import SpeechCandidate
from extractors.speech_verb_checks import has_aux, negated_speech
from extractors.token_table import morph_get, token_table


def alert_candidates(sentence: Span, actors: ArticleActors, data: LanguageData, context: list[str],
                     taken: set[int]) -> list[SpeechCandidate]:
    """One ``SpeechCandidate`` per verb of the sentence that puts its object on alert (see the docstring)."""
    verbs, nouns = data.words("alert_verbs"), data.words("alert_nouns")
    lemmas, folded = folded_lemmas(sentence.doc), token_table(sentence.doc).folded
    if verbs.isdisjoint(lemmas[sentence.start:sentence.end]) or nouns.isdisjoint(folded[sentence.start:sentence.end]):
        return []  # no verb of placing or no noun of warning: the common case, one set test each
    tokens, places = tokens_of(sentence.doc), data.words("alert_place_nouns")
    found = []
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in verbs or i in taken:
            continue
        verb = tokens[i]
        if verb.pos_ != "VERB" or not (morph_get(verb, "VerbForm") == ["Fin"] or has_aux(verb)) \
                or any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        if obj is None or negated_speech(verb, lemmas[i], data) or not _names_place(obj, actors, places):
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


def _names_place(obj, actors: ArticleActors, places: frozenset[str]) -> bool:
    """"le Var et la Corse", "le département", "trois communes": the object is a place (a place or country mention,
    or a territorial noun); "ses forces armées" is none."""
    doc, first = obj.doc, obj.left_edge
    end = next((t.i for t in doc[obj.i: obj.right_edge.i + 1] if fold(t.text) == "en"), obj.right_edge.i + 1)
    if any(fold(t.text) in places for t in doc[first.i: end] if t.pos_ == "NOUN"):
        return True  # (the object's words before "en vigilance": not the places the warning's complement names)
    return any(first.i <= m.start < end and doc[m.start].text[:1].isupper()
               and actors.actors[m.key].kind in {"Place", "Country"} for m in actors.mentions)  # a name, not "son armée"
