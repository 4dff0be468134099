"""The medium that relays a speaker named in apposition to it: "Pour l'analyste X, interrogé par l'AFP, …", "Selon
la diplomate X, citée par le quotidien Clarín, …", "a expliqué le directeur X, interrogé par le journal Y."
(tests/gold/NOTES.md, "`reported_by` and `addressee`": the outlet that carries the words is their relay).

The participle (``interview_participles``, ``relay_participles``) must follow a comma right after a speaker's name,
and the actor after "par" must be a medium: "cité par son avocat" or "interrogé par les enquêteurs" relay nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from extractors.entities import ArticleActors, tokens_in
from extractors.lang import LanguageData, fold


@dataclass(frozen=True)
class ApposedRelay:
    medium: str  # the actor key of the outlet after "par"
    interviewed: bool  # "interrogé par" (the outlet is also the addressee), not "cité par"


def apposed_relay(sentence: Span, speakers: tuple[str, ...] | list[str], actors: ArticleActors,
                  data: LanguageData) -> ApposedRelay | None:
    """The outlet of "<speaker>, interrogé/cité par <medium>" in the sentence, or None."""
    interview = data.words("interview_participles")
    participles = interview | data.words("relay_participles")
    doc = sentence.doc
    for token in tokens_in(sentence):
        folded = fold(token.text)
        if folded not in participles or token.i < 2 or token.i + 1 >= sentence.end or fold(doc[token.i + 1].text) != "par":
            continue
        if doc[token.i - 1].text != "," or actors.actor_at(doc[token.i - 2]) not in speakers:
            continue
        for other in doc[token.i + 2: min(token.i + 7, sentence.end)]:
            if other.is_punct:
                break
            key = actors.actor_at(other)
            if key is not None:
                if actors.is_medium(key) and key not in speakers:
                    return ApposedRelay(key, folded in interview)
                break
    return None
