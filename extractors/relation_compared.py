"""Comparing openers: "Contrairement aux États-Unis, la Chine n'a imposé aucune sanction" (the US did the opposite),
"À l'instar de X, …" (X did the same)."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold

#: Sentence openers that compare other actors with the subject: "Contrairement à X, …" (X did the opposite),
#: "À l'instar de X, …" (X did the same).
_CONTRAST_OPENERS = {"contrairement"}
_LIKE_OPENERS = {"instar"}


def compared_actors(verb: Token, actors: ArticleActors, subjects: list[str]) -> tuple[list[str], list[str]]:
    """The actors named between a comparing opener ("Contrairement aux États-Unis, au Canada …,") and the subject of
    ``verb``: (contrasted, alike). Only when the opener starts the sentence and the subject follows it; the search
    crosses the sentence splits a long list of countries provokes, not a full stop."""
    if not subjects:
        return [], []
    doc = verb.doc
    subject_start = max((m.start for m in actors.mentions if m.key in subjects and m.start <= verb.i
                         and m.start >= sentence_of(verb).start - 60
                         and not any(t.text in {".", "!", "?"} for t in doc[m.start:verb.i])), default=None)
    if subject_start is None:
        return [], []
    opener = None
    for k in range(subject_start - 1, max(-1, subject_start - 60), -1):
        token = doc[k]
        if token.text in {".", "!", "?", ";"} or "\n" in token.text_with_ws[:-1] or "\n" in token.text:
            break
        if fold(token.text) in _CONTRAST_OPENERS | _LIKE_OPENERS:
            before = doc[k - 1] if k > 0 else None
            before = doc[k - 2] if before is not None and fold(before.text) in {"a", "à"} and k > 1 else before
            if before is None or before.text in {".", "!", "?", "–", "-"} or "\n" in before.text_with_ws:
                opener = token
            break
    if opener is None:
        return [], []
    keys = [m.key for m in actors.mentions if opener.i < m.start and m.end <= subject_start and m.key not in subjects]
    keys = list(dict.fromkeys(keys))
    return (keys, []) if fold(opener.text) in _CONTRAST_OPENERS else ([], keys)
