"""A person a direct quote speaks of as "il" / "elle": "Le Kremlin a critiqué Volodymyr Zelensky. « Il ne veut pas
la paix », a déclaré Dmitri Peskov." -> about Zelensky (tests/gold/FORMAT.md: every actor named or referred to in
the content).

In quoted first-person words, a third-person subject pronoun never is the speaker, so it is the person the text spoke
of just before: the one person other than the speaker named in the sentence before the quote or in its own sentence
before it, the subject of that sentence first ("X a limogé Y. « Il… »" is X when X is not the speaker). Left alone:
an impersonal "il" ("« Il faut… »", "« Il est important de… »"), a quote after a sentence whose subject is no actor
("Le plan a été présenté par X. « Il prévoit… »"), a quote with two candidates, and indirect speech ("X a affirmé qu'il…", where "il" is mostly the speaker).
"""

from __future__ import annotations

from bisect import bisect_right

from extractors.lang import fold

_THIRD_PERSON = {"il", "elle"}
#: The parser often takes a quote's opening "Il" for an expletive subject ("« Il ne veut pas la paix »").
_SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj"}
#: Verbs whose "il" is impersonal whatever the parser says ("il faut", "il s'agit", "il y a", "il semble").
#: Folded like the lemmas they are compared with ("être" -> "etre").
_IMPERSONAL_LEMMAS = {fold(lemma) for lemma in (
    "falloir", "agir", "sembler", "paraître", "rester", "suffire", "exister", "avoir", "être",
    "arriver", "convenir", "importer", "valoir", "manquer", "pleuvoir")}


def quoted_third_person(actors, speaker: str, mode: str, start_char: int, end_char: int, starts: list[int]) -> list[str]:
    """The person a direct quote's "il" / "elle" stands for (see the module docstring); [] when none is clear.
    ``starts`` are the first token indices of the doc's sentences."""
    if mode != "DirectQuote":
        return []
    doc = actors.doc
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    pronoun = next((t for t in span if fold(t.text) in _THIRD_PERSON and t.dep_ in _SUBJECTS
                    and fold(t.head.lemma_) not in _IMPERSONAL_LEMMAS
                    and not any(c.dep_ == "cop" for c in t.head.children)), None)  # "« Il est important de… »"
    if pronoun is None:
        return []
    sentence = bisect_right(starts, span.start) - 1
    window_start = starts[sentence - 1] if sentence >= 1 else 0
    mentions = [m for m in actors.mentions if window_start <= m.start and m.end <= span.start]
    subject = next((t for t in doc[window_start: span.start] if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.dep_ == "ROOT"
                    and t.pos_ in {"NOUN", "PROPN"}), None)
    if subject is not None:
        named = next((m.key for m in mentions if m.start <= subject.i < m.end), None)
        if named is None:
            return []  # "Le plan de paix a été présenté par X. « Il prévoit… »": the plan
        if named != speaker and actors.actors[named].kind == "Person":
            return [named]  # the subject before goes on as the subject
    candidates = {m.key for m in mentions if m.key != speaker and actors.actors[m.key].kind == "Person"}
    return [candidates.pop()] if len(candidates) == 1 else []
