"""Speech acts found by ``extractors.quotes`` (``SpeechCandidate``) and their output as ``Statement`` records.

Relays are layered first ("…, a rapporté CCTV": the medium whose content holds another cue becomes its
``reported_by``); each candidate then gives one ``Statement`` per speaker, with the actors its content is about and
the evidence sentences from the quotation to the attribution.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from extractors.according import marker_lemma
from extractors.addressees import capital_venue
from extractors.content_venues import without_venues
from extractors.entities import ArticleActors, sentences_of, text_of
from extractors.lang import fold
from extractors.model import Evidence, Statement
from extractors.name_internal_places import without_name_internal_places
from extractors.quote_frame import framed_actors
from extractors.trailing_appeals import trailing_appeal_actors
from extractors.trailing_judgement import trailing_judged_actors
from extractors.self_reference import named_again

#: Cues of a medium relaying another's words: their content's speech acts are ``reported_by`` the medium.
_REPORTING_CUES = {"rapporter", "citer", "indiquer", "ecrire", "relayer", "selon", "d'apres"}


@dataclass(frozen=True)
class SpeechCandidate:
    cue: Token
    speakers: tuple[str, ...]
    mode: str
    content_start: int
    content_end: int
    addressee: str | None
    sentence: Span
    reported_by: str | None = None
    cue_text: str | None = None  # the cue when it is not the cue token's lemma ("indiquer", "faire remarquer")
    aside: tuple[int, int] | None = None  # an incise inside the content (", estime X,"): no content of its own
    target: str | None = None  # the actor an object pronoun names ("Il l'a remercié"): in the about list
    spoken_to: tuple[str, ...] = ()  # those spoken to in speech acts of its content ("a affirmé qu'il lui avait dit")


def layer_relays(candidates: list[SpeechCandidate], actors: ArticleActors) -> list[SpeechCandidate]:
    """"…, a rapporté CCTV": a relaying medium whose content holds another cue becomes reported_by."""
    result = list(candidates)
    for outer in candidates:
        if fold(outer.cue.lemma_) not in _REPORTING_CUES or outer.mode == "AccordingTo":
            continue
        inner = [c for c in result if c is not outer and c.mode != "AccordingTo" and set(c.speakers) != set(outer.speakers)
                 and (outer.content_start <= c.cue.idx < outer.content_end or c.cue.i < outer.cue.i)]
        if not inner:
            continue
        for candidate in inner:
            result[result.index(candidate)] = replace(candidate, reported_by=outer.speakers[0])
        # the relay keeps its own statement: "Xinhua a rapporté que Xi avait souligné…" is Xinhua's speech act too
        # (tests/gold/NOTES.md, "Relays")
    return result


def with_nested_addressees(candidates: list[SpeechCandidate]) -> list[SpeechCandidate]:
    """"M. Macron a affirmé qu'il lui avait demandé de peser sur Moscou": the one spoken to in a speech act inside
    another's content ("lui" -> Xi Jinping) is named in that content too, so it joins the outer about list."""
    result = []
    for outer in candidates:
        spoken_to = tuple(dict.fromkeys(
            c.addressee for c in candidates if c is not outer and c.addressee and c.addressee not in outer.speakers
            and outer.content_start <= c.cue.idx < outer.content_end))
        result.append(replace(outer, spoken_to=tuple(dict.fromkeys(outer.spoken_to + spoken_to))) if spoken_to else outer)
    return result


def to_statements(candidate: SpeechCandidate, doc: Doc, actors: ArticleActors, quotes) -> Iterator[Statement]:
    start, end = _trim(text_of(doc), candidate.content_start, candidate.content_end)
    if end <= start:
        return
    evidence = _evidence(candidate, doc, start, end)
    parts = [(start, end)] if candidate.aside is None else [(start, candidate.aside[0]), (candidate.aside[1], end)]
    with_demonyms, without = actors.mentions_with_and_without_demonyms(parts)  # named: a speaker named in its own content
    about, named = [k for keys in with_demonyms for k in keys], {k for keys in without for k in keys} - {candidate.addressee}
    about = without_venues(about, parts, doc, actors)  # "prêt à accueillir des pourparlers à Moscou": a venue
    about = without_name_internal_places(about, parts, doc, actors)  # "les Forces démocratiques de libération du Rwanda (FDLR)"
    if candidate.mode == "DirectQuote":  # "X a dit que « … », a indiqué Y": the clause around the quotation
        about += framed_actors(candidate.cue, candidate.sentence, start, end, actors)
        about += trailing_judged_actors(candidate.cue, end, actors)  # "…, a-t-il dit, qualifiant les accusations russes de"
    about += trailing_appeal_actors(candidate.cue, end, actors)  # "…, a-t-elle lancé, avant d'appeler Washington à"
    cue = candidate.cue
    about += [k for o in cue.doc[cue.i + 1: cue.i + 8] if (o.dep_ == "obj" or (o.dep_ == "xcomp" and o.pos_ == "PROPN"))  # "a appelé Ottawa (xcomp) et New Delhi « à… »"
              and o.idx < start and cue.i <= o.head.i < o.i and not capital_venue(o, cue, actors)  # "a affirmé à Kiev que"
              for k in actors.mentions_in(o.left_edge.idx, start)]  # "a dénoncé la décision des États-Unis de …"
    for extra in (candidate.addressee, candidate.target, *candidate.spoken_to):
        if extra and extra not in about:
            about.append(extra)
    for speaker in candidate.speakers:
        reported_by = candidate.reported_by if candidate.reported_by != speaker else None
        yield Statement(
            speaker=speaker,
            cue=marker_lemma(candidate.cue) if candidate.mode == "AccordingTo" else (candidate.cue_text or candidate.cue.lemma_.lower()),
            quote=text_of(doc)[start:end],
            mode=candidate.mode,
            evidence=evidence,
            about=tuple(dict.fromkeys([k for k in about if k != speaker or (k in named and named_again(actors, k, parts))]  # the other of a joint statement stays
                                      + [k for a, b in parts for k in actors.speaker_state(speaker, a, b)])),  # "nous" -> their state
            addressee=candidate.addressee,
            reported_by=reported_by,
            quote_start=start,
            quote_end=end,
        )


def _evidence(candidate: SpeechCandidate, doc: Doc, start: int, end: int) -> Evidence:
    """The sentence, or every sentence from the quote's start to the attribution."""
    first = candidate.sentence.start_char
    last = candidate.sentence.end_char
    for sentence in sentences_of(doc):
        if sentence.start_char <= start < sentence.end_char:
            first = min(first, sentence.start_char)
        if sentence.start_char < end <= sentence.end_char:
            last = max(last, sentence.end_char)
    first, last = _trim(text_of(doc), first, last)
    return Evidence(text_of(doc)[first:last], first, last)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t,:«»“”\"":
        start += 1
    while end > start and text[end - 1] in " \n\t,:«»“”\"":
        end -= 1
    return start, end
