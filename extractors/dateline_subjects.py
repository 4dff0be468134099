"""The place of a dateline the parser takes for a speech verb's subject stands for no speaker.

"Moscou (AFP) – Le dirigeant russe Vladimir Poutine a déclaré …", "Clermont-Ferrand (AFP) – Le fabricant Dorval a
annoncé …", "Rennes (AFP) – Le parquet de Rennes a requis …": the place a dispatch was written from opens the line and
a dash closes the bracketed credit after it (tests/gold/NOTES.md: datelines are left out). When the parser also found
the real subject after the dash, that subject speaks and the place is dropped; otherwise the opening phrase after the
dash speaks (its head noun resolved, else the first actor named before a complement or the verb), and the place never
does, even when nothing after the dash is an actor ("Lyon (AFP) – Le groupe Belvane a annoncé": no speaker Lyon),
unless it is a capital that stands for its state ("Helsinki (AFP) – Accusant Moscou de …, le gouvernement finlandais
a décidé", the participle's subject parsed as the capital: Finlande, as the clause's own subject would be).
Only a place (no actor, a Place or a Country) opening the body's first line (the article's first or second line,
after its headline) is a dateline: "Valérie Pécresse (LR) – candidate … – a dénoncé" keeps its speaker, and so does
"Zelensky (Ukraine) – très remonté – a dénoncé" later in the article.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of, text_of

_DASHES = {"–", "—", "-"}
_SUBJECTS = {"nsubj", "nsubj:pass"}


def dateline_subject(subject: Token, actors: ArticleActors) -> list[str] | None:
    """The speakers a dateline place parsed as ``subject`` stands for (see the module docstring); None when the
    subject is no dateline place."""
    doc = subject.doc
    key = actors.actor_at(subject)
    if key and actors.actors[key].kind not in {"Place", "Country"}:
        return None  # "Valérie Pécresse (LR) – candidate … – a dénoncé": a person is no dateline
    before, _, line = text_of(doc)[:subject.idx].rpartition("\n")
    if line.strip() or "\n" in before.strip():
        return None  # not the first word of the article's first or second line (a dateline opens the body)
    sentence = sentence_of(subject)
    last = subject.i
    while last + 1 < len(doc) and (doc[last + 1].dep_ == "flat:name" or (key and actors.actor_at(doc[last + 1]) == key)):
        last += 1  # "La Haye (AFP)", "Clermont-Ferrand (AFP)"
    if last + 1 >= len(doc) or doc[last + 1].text != "(":
        return None
    dash = next((t for t in doc[last + 1: min(last + 7, sentence.end)] if t.text in _DASHES), None)
    if dash is None or not any(t.text == ")" for t in doc[last + 1: dash.i]) \
            or any(not (t.is_space or t.is_punct) for t in doc[sentence.start: subject.i]):
        return None
    others = [t for t in subject.head.children if t.dep_ in _SUBJECTS and t.i > dash.i]
    if others and subject.dep_ in _SUBJECTS:
        return []  # "Rennes (AFP) – Le parquet de Rennes a requis": the parquet, resolved as the verb's own subject
    for token in doc[dash.i + 1: min(dash.i + 8, sentence.end)]:
        if token.pos_ in {"VERB", "AUX", "ADP"} or token.is_punct:
            break  # never a place in the opening phrase's complement ("le parquet de Rennes")
        found = actors.actor_at(token)
        if found:
            return [found]
        if token.pos_ in {"NOUN", "PROPN"}:
            resolved = [k for k in actors.resolve(token) if k != key]
            if resolved:
                return resolved  # "Paris (AFP) – Le gouvernement a annoncé"
    if key and actors.actors[key].kind == "Country":
        return None  # "Helsinki (AFP) – Accusant Moscou de …, le gouvernement finlandais a décidé": the capital's state
    return []
