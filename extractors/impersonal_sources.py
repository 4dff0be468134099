"""Speech with the impersonal "on" whose source is named by a complement: the agency phrasing "Le cessez-le-feu sera
prolongé, a-t-on appris auprès du ministère turc", "…, indique-t-on à l'Élysée", "…, précise-t-on dans l'entourage
du président", and the fronted side "À Moscou, on estime que…", "Du côté de Pékin, on assure que…".

"on" alone names nobody ("dit-on": tests/gold/NOTES.md, no statement); the actor of the complement is the speaker,
as with "selon X". The inverted forms need the incise after the content (", a-t-on appris auprès de X"); the fronted
forms need a speech verb with a "que" clause and a state or organisation as the side ("À Gaza, on craint" is a place).
Verbs and prepositions are data (``impersonal_source_verbs``, ``impersonal_source_prepositions``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.attribution import cue_label, speech_lemma
from extractors.entities import ArticleActors, tokens_of
from extractors.lang import LanguageData, fold
from extractors.token_table import token_table
from extractors.speech_candidates import SpeechCandidate


def impersonal_source_candidates(sentence: Span, actors: ArticleActors, data: LanguageData,
                                 taken: set[int]) -> list[SpeechCandidate]:
    """The ``SpeechCandidate`` of each impersonal "on" speech act of the sentence with a named source whose cue no
    other rule took (see the module docstring)."""
    verbs = data.derived("impersonal_source_speech_verbs", lambda d: d.words("speech_verbs") | d.words("impersonal_source_verbs"))
    result = []
    folded, tokens = token_table(sentence.doc).folded, tokens_of(sentence.doc)
    for token in (tokens[i] for i in range(sentence.start, sentence.end) if folded[i].lstrip("-") == "on"):
        if token.pos_ != "PRON":
            continue
        inverted = _is_inverted(token)
        verb = _inverted_verb(token, sentence) if inverted else token.head
        lemma = speech_lemma(verb, verbs) if verb is not None and verb.pos_ in {"VERB", "AUX"} else None  # "indique" (lemma)
        if lemma is None or verb.i in taken:
            continue
        cue = cue_label(lemma, data)
        found = _inverted(token, verb, sentence, actors, data, cue) if inverted else _fronted(token, verb, sentence, actors, cue)
        if found is not None:
            result.append(found)
    return result


def _is_inverted(on: Token) -> bool:
    """"a-t-on", "indique-t-on", "apprend-on": the pronoun written after its verb with a hyphen."""
    return on.text.startswith("-") or (on.i > 0 and on.doc[on.i - 1].text.endswith("-"))


def _inverted_verb(on: Token, sentence: Span) -> Token | None:
    """The verb of "indique-t-on" (left of the pronoun) or "a-t-on appris" (the participle after it), read from the
    words, not the tree: the parser often hangs "-on" on the main clause."""
    doc = on.doc
    left = _incise_start(on, sentence)
    if left < sentence.start:
        return None
    verb = doc[left]
    if fold(verb.text) in {"a", "avait", "aurait", "ont"} or fold(verb.lemma_) == "pouvoir":
        return next((t for t in doc[on.i + 1: min(on.i + 3, sentence.end)] if t.pos_ == "VERB"), None)  # "peut-on lire"
    return verb


def _incise_start(on: Token, sentence: Span) -> int:
    """The first word of the incise "a-t-on appris", "peut-on lire", "indique-t-on": the word before the pronoun."""
    return on.i - 1 - (on.i > sentence.start + 1 and fold(on.doc[on.i - 1].text).strip("-") == "t")


def _inverted(on: Token, verb: Token, sentence: Span, actors: ArticleActors, data: LanguageData,
              cue: str) -> SpeechCandidate | None:
    """", a-t-on appris auprès de X": the content before the comma that opens the incise, the source after the verb."""
    first = _incise_start(on, sentence)
    if first <= sentence.start or verb.doc[first - 1].text != "," or first - 1 == sentence.start:
        return None
    prepositions = data.words("impersonal_source_prepositions")
    circles = data.words("impersonal_source_circles")
    doc = verb.doc
    for noun in doc[on.i + 1: sentence.end]:
        if noun.is_punct:
            break
        if noun.pos_ not in {"NOUN", "PROPN"} or _preposition(noun) not in prepositions:
            continue
        if fold(noun.text) in circles:  # "dans l'entourage du président": the person whose circle speaks
            noun = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i), noun)
        speakers = _source(noun, actors, data.words("document_nouns"))
        if not speakers:
            return None
        mode = "DirectQuote" if _quoted(doc[sentence.start: first - 1]) else "IndirectSpeech"  # « … », peut-on lire
        return SpeechCandidate(verb, speakers, mode, sentence.start_char, doc[first - 1].idx, None, sentence, cue_text=cue)
    return None


def _preposition(noun: Token) -> str | None:
    """The folded preposition of a noun: "au ministère" -> "au", "auprès de l'ONU" (hung on the adverb) -> "aupres"."""
    if noun.head.pos_ == "ADV" and fold(noun.head.text) == "aupres":
        return "aupres"
    case = [fold(c.text) for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    return case[0] if len(case) == 1 else None


def _fronted(on: Token, verb: Token, sentence: Span, actors: ArticleActors, cue: str) -> SpeechCandidate | None:
    """"À Moscou, on estime que…", "Du côté de Pékin, on assure que…": a side named before "on" and a comma."""
    if on.dep_ != "nsubj" or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) \
            or any(c.dep_.startswith("aux") or c.dep_ == "advmod" for c in verb.children):
        return None  # the present of a stated view, not "À Washington, on a longtemps cru que…"
    doc = verb.doc
    if on.i - 1 <= sentence.start or doc[on.i - 1].text != ",":
        return None
    opening = fold(doc[sentence.start].text)
    if opening not in {"a", "du"} or (opening == "du" and fold(doc[sentence.start + 1].text) != "cote"):
        return None
    side = [t for t in doc[sentence.start + 1: on.i - 1] if t.pos_ in {"PROPN", "NOUN"} and actors.actor_at(t)]
    speakers = tuple(k for k in actors.resolve(side[-1]) if actors.actors[k].kind in {"Country", "Organization"}) if side else ()
    if not speakers:
        return None
    content = next(c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)
    start = min(t.idx for t in content.subtree)
    end = max(t.idx + len(t.text) for t in content.subtree if not t.is_punct)
    return SpeechCandidate(verb, speakers, "IndirectSpeech", start, end, None, sentence, cue_text=cue)


def _source(noun: Token, actors: ArticleActors, documents: frozenset[str]) -> tuple[str, ...]:
    """The actor a source noun names: a named actor, an unnamed institution ("auprès de la préfecture"), or the
    author of a document ("dans un rapport de la Banque mondiale")."""
    keys = actors.resolve(noun) or actors.unnamed_institution(noun)
    if not keys and fold(noun.text) in documents:
        author = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
            g.dep_ == "case" and fold(g.text) in {"de", "du", "des", "d'"} for g in c.children)), None)
        keys = (actors.resolve(author) or actors.unnamed_institution(author)) if author is not None else []
    return tuple(k for k in keys if actors.actors[k].kind in {"Person", "Organization", "Country"})


def _quoted(content: Span) -> bool:
    """Is the content one quotation, from an opening to a closing quotation mark?"""
    words = [t.text for t in content if not t.is_space]
    return len(words) > 2 and words[0] in {"«", "“", '"'} and words[-1] in {"»", "”", '"'} \
        and sum(w in {"«", "“"} for w in words) == 1
