"""Event time of a fact: a time expression that modifies its cue or trigger.

A fact "clearly refers" to a time when the expression hangs on the very verb
(or event noun) that carries the fact: "Xi a déclaré mercredi que…",
"se sont rencontrés l'année dernière", "l'offensive du 24 février". Dates
elsewhere in the sentence are left alone. Resolution against the publication
date is ``extractors.timeref.resolve_time_expression``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractors.entities import text_of, tokens_of
from extractors.token_table import lemmas_of, morph_get
from extractors.model import ArticleDate
from extractors.timeref import resolve_time_expression

_TIME_DEPS = {"obl:mod", "obl", "obl:arg", "advmod", "nmod", "nummod", "obj"}  # "obj": the parser's "a déclaré mercredi"


def event_time(doc: Doc, start: int, end: int, lemma: str, published: ArticleDate | None) -> str | None:
    """The resolved time of the fact whose evidence is ``doc.text[start:end]`` and whose cue/trigger is ``lemma``."""
    if published is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first_word = lemma.split()[0].lower()
    lemmas, tokens = lemmas_of(doc), tokens_of(doc)
    for i in range(span.start, span.end):
        if lemmas[i].lower() != first_word:
            continue  # the doc's lemma column: a Token is read only for the cue's own word
        token = tokens[i]
        for anchor in _anchors(token):
            for child in anchor.children:
                if child.dep_ not in _TIME_DEPS or child.i == token.i:
                    continue
                words = list(child.subtree)
                if len(words) > 6:
                    continue
                text = text_of(doc)[words[0].idx: words[-1].idx + len(words[-1].text)]  # doc.text joins every token
                value = resolve_time_expression(text, published, tense=_tense(anchor))
                if value:
                    return value
    return None


def _anchors(token: Token) -> list[Token]:
    """The trigger itself, and the verb a light-verb noun hangs on ("imposer des sanctions")."""
    anchors = [token]
    if token.pos_ == "NOUN" and token.head != token and token.head.pos_ in {"VERB", "AUX"}:
        anchors.append(token.head)
    return anchors


def _tense(verb: Token):
    tenses = set(morph_get(verb, "Tense")) | {t for c in verb.children if c.dep_.startswith("aux") for t in morph_get(c, "Tense")}
    if "Fut" in tenses or morph_get(verb, "Mood") == ["Cnd"]:
        return "future"
    if "Past" in tenses or "Imp" in tenses:
        return "past"
    return None
