"""Statements that take up what someone said before: who they are about.

"Selon un rapport de HRW, des soldats … auraient exécuté des civils. Le gouvernement malien a rejeté ces accusations.":
"ces accusations" names no actor, but they are HRW's words, so the rejection is about HRW (tests/gold NOTES: an event
anaphor stands for the author of the event). Likewise a clitic object of a judging cue ("Téhéran l'a qualifiée de
« politiquement motivée »" after "La résolution, présentée par Paris, Londres et Berlin, reproche à l'Iran…").

Only a statement that found nothing it is about is completed, with the speakers of the latest earlier statement by
someone else in its sentence or the two before (a state official stands for their state); when that earlier statement
was itself a taking-up, what it was about ("Son porte-parole les a qualifiées de…" -> HRW again).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentences_of
from extractors.lang import fold
from extractors.model import Statement
from extractors.quoted_third_person import quoted_third_person
from extractors.reaction import reacted_clause_authors
from extractors.reciprocal import reciprocal_partner

#: How many sentences before the statement's own one hold the words it takes up.
_SENTENCES_BACK = 2
_DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
_CLITICS = {"le", "la", "l'", "l’", "les"}


@dataclass(frozen=True)
class _Said:
    """One earlier statement: its sentence number, speaker, what it was about, and whether it took words up."""

    sentence: int
    speaker: str
    about: tuple[str, ...]
    taken_up: bool


class TakenUpSpeech:
    """The statements of one article in order, completing those that take up earlier words (see the module docstring)."""

    def __init__(self, actors: ArticleActors) -> None:
        self.actors = actors
        self.nouns = actors.data.words("taken_up_speech_nouns")
        self.clitic_cues = actors.data.words("taken_up_clitic_cues")
        self.reciprocal_verbs = actors.data.words("reciprocal_verbs")
        self.starts = [s.start for s in sentences_of(actors.doc)]
        self.said: list[_Said] = []

    def complete(self, statement: Statement, cue: Token, speakers: tuple[str, ...] | list[str] = ()) -> Statement:
        """``statement`` with the author of the words it takes up as what it is about, when it found nothing; a pair
        speaking of each other ("se sont appelés « amis »") about the other (``extractors.reciprocal``)."""
        partner = reciprocal_partner(statement.speaker, speakers, cue, self.reciprocal_verbs)
        if partner and partner not in statement.about:
            statement = replace(statement, about=statement.about + (partner,))
        referent = quoted_third_person(self.actors, statement.speaker, statement.mode, statement.quote_start,
                                       statement.quote_end, self.starts)  # "« Il ne veut pas la paix »"
        if referent and referent[0] not in statement.about:
            statement = replace(statement, about=statement.about + tuple(referent))
        sentence = bisect_right(self.starts, cue.i) - 1
        taken_up = not statement.about and self._takes_up(statement, cue)
        if taken_up:
            about = self._earlier_authors(statement.speaker, sentence, cue)
            statement = replace(statement, about=about) if about else statement
        elif not statement.about and (reacted := reacted_clause_authors(self.actors, statement.speaker, cue)):
            statement = replace(statement, about=reacted)  # "Moscou coupe le gaz, Varsovie dénonce un « chantage »"
        self.said.append(_Said(sentence, statement.speaker, statement.about, taken_up and bool(statement.about)))
        return statement

    def _takes_up(self, statement: Statement, cue: Token) -> bool:
        """"ces accusations" in its content or as the cue's object; "l'a qualifiée" (a clitic object of a judging cue)."""
        if fold(cue.lemma_) in self.clitic_cues and any(c.dep_ == "obj" and c.pos_ in {"PRON", "DET"} and fold(c.text) in _CLITICS
                                                         and c.i < cue.i for c in cue.children):
            return True
        span = self.actors.doc.char_span(statement.quote_start, statement.quote_end, alignment_mode="expand") or ()
        between = list(cue.doc[cue.head.i + 1: cue.i]) if cue.dep_ == "conj" and cue.head.i < cue.i else []
        after = [t for t in cue.subtree if t.i > cue.i]  # "s'est dit « préoccupé » par cette annonce"
        nouns = list(span) + after + between  # "a rejeté ces accusations et dénoncé"
        return any(t.pos_ == "NOUN" and fold(t.text) in self.nouns
                   and any(c.dep_ == "det" and fold(c.text) in _DEMONSTRATIVES for c in t.children) for t in nouns)

    def _earlier_authors(self, speaker: str, sentence: int, cue: Token) -> tuple[str, ...]:
        earlier = [s for s in self.said if sentence - _SENTENCES_BACK <= s.sentence <= sentence and s.speaker != speaker]
        if not earlier:
            return ()
        last = earlier[-1]
        if last.taken_up:
            return tuple(k for k in last.about if k != speaker)
        joint = [s.speaker for s in earlier if s.sentence == last.sentence and s.about == last.about]  # "Paris, Londres et Berlin"
        authors = [self.actors.office_state(k, cue) or k for k in joint]
        return tuple(dict.fromkeys(k for k in authors if k != speaker))
