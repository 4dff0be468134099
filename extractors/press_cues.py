"""A presentation at a press event, or a quoted self-description ("X se présente comme « … »"), as a speech act: "Nintendo a présenté lors de sa conférence de presse une version
« grand format » de sa console" (tests/gold/NOTES.md: a company presenting a product at its press conference speaks,
as when it announces). Without a press event in the clause, "Renault a présenté sa voiture au salon" stays an act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.lang import LanguageData, fold

if TYPE_CHECKING:
    from extractors.entities import ArticleActors


def press_presentation(verb: Token, data: LanguageData) -> str | None:
    """The cue ("presenter") when ``verb`` is a verb of presenting (``press_presentation_verbs``) with a nominal
    object and a press event (``press_event_phrases``) in one of its adjuncts; else None."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in data.words("press_presentation_verbs"):
        return None
    if _quoted_self_description(verb):
        return fold(verb.lemma_)  # "X se présentait comme « l'entraîneur qui… »"
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None  # "a présenté X comme…", "se présente comme": not a product shown to the press
    phrases = data.derived("press_event_phrases", _folded_phrases)
    for child in verb.children:
        if child.dep_ in {"obl:arg", "obl:mod", "obl", "advmod"} and child.i > verb.i:
            words = " ".join(fold(t.text) for t in child.subtree)
            if any(p in words for p in phrases):
                return fold(verb.lemma_)
    return None


def _quoted_self_description(verb: Token) -> bool:
    """"X se présente comme « … »": the reflexive verb, "comme" and a quotation right after it."""
    doc = verb.doc
    if not any(c.dep_.startswith("expl") and fold(c.text) in {"se", "s'", "s’"} for c in verb.children):
        return False
    i = verb.i + 1
    return i + 1 < len(doc) and fold(doc[i].text) == "comme" and doc[i + 1].text in {"«", "“", '"'}


def _folded_phrases(data: LanguageData) -> tuple[str, ...]:
    return tuple(fold(p) for p in data.raw["press_event_phrases"])


def speaker_after_medium(verb: Token, actors: ArticleActors) -> list[Token]:
    """"…, a annoncé à l'agence RIA Novosti Valentine Sapounov": a speech verb with no subject whose "à" complement
    names a medium followed at once by a person, with no name between the verb and that complement: that person
    (the subject after its complement) is the speaker, the medium stays the addressee. [] otherwise."""
    for child in verb.children:
        if child.dep_ not in {"obl:arg", "obl", "obl:mod", "iobj"} or child.i < verb.i or \
                not any(c.dep_ == "case" and fold(c.text) in {"a", "au"} for c in child.children):
            continue
        tokens = list(child.subtree)
        if any(verb.i < m.start < tokens[0].i for m in actors.mentions):
            return []  # "a affirmé Paul Girard à l'AFP Marie Blanc": the name before the medium is the subject
        mentions = [m for m in actors.mentions if tokens[0].i <= m.start and m.end <= tokens[-1].i + 1]
        for medium, person in zip(mentions, mentions[1:]):
            if actors.actors[medium.key].medium and actors.actors[person.key].kind == "Person" and person.start == medium.end:
                return [verb.doc[person.start]]
    return []
