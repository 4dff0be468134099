"""Edges of reported content that the parser hides: the judged object after a quoted attribute ("a jugé
« inacceptable » l'escale de…"), a topic phrase after the closing quote ("« … » concernant le Svalbard"), the
narrator's ", tandis que" clause, the "de" phrase hung on "pour leur part"."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.source_cases import marker_word
from extractors.lang import fold, language_data
from extractors.token_table import morph_get

#: Verbs that put an attribute before the thing they judge: "a jugé « inacceptable » l'escale de…"
_ATTRIBUTE_VERBS = language_data("fr").words("speech_attribute_verbs")
#: Prepositions of topic that carry the content on past a closing quote ("concernant", "envers").
_TOPIC_PREPOSITIONS = language_data("fr").words("content_topic_prepositions")
NARRATOR_CONTRASTS = {"tandis"}  # ", tandis que": a clause set against the speech act, never its content
#: "selon", "d'après" (the source of the words) and "malgré" (the narrator's concession): the phrase they open on
#: the speech verb is the narrator's, not the content.
_NARRATOR_MARKERS = language_data("fr").words("according_to_markers") \
    | language_data("fr").words("narrator_concessive_prepositions")


def source_phrase(child: Token) -> bool:
    """"a mis en garde contre … en Asie, selon le porte-parole de son ministère", "revendique la mer …, malgré une
    décision de la Cour …": an according-to phrase on the speech verb names where the words come from (the speaker's
    own ministry, a communiqué), a concessive one the narrator's objection; neither is what the words are about."""
    return child.dep_ in {"obl", "obl:mod", "obl:arg"} and any(
        c.dep_ == "case" and marker_word(c) in _NARRATOR_MARKERS for c in child.children)


def before_source(verb: Token, end: int) -> int:
    """A content that runs to the sentence end stops before an according-to phrase on its verb (``source_phrase``)."""
    cuts = [c.left_edge.idx for c in verb.children if c.i > verb.i and source_phrase(c) and c.left_edge.idx < end]
    return min(cuts, default=end)


def topic_tail(doc, mark, sentence_end: int):
    """"« n'a aucun projet » concernant le Svalbard": a topic preposition (``content_topic_prepositions``) right
    after the closing mark, the parser having hung it on the speech verb; its noun phrase's last word before any
    punctuation or verb, else None."""
    if mark.i + 2 >= sentence_end or fold(doc[mark.i + 1].text) not in _TOPIC_PREPOSITIONS:
        return None
    tail = None
    for token in doc[mark.i + 2: min(mark.i + 10, sentence_end)]:
        if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
            break
        tail = token
    return tail if tail is not None and tail.pos_ in {"NOUN", "PROPN"} else None


def judged_object_tail(doc, last, mark, sentence_end: int):
    """"a jugé « inacceptable » l'escale d'une frégate allemande": a quoted attribute of a judging verb
    (``speech_attribute_verbs``) followed by the object it judges; the object's last word before any punctuation
    or verb, else None."""
    node = last
    while node.head.i != node.i and mark.i - 12 < node.head.i < mark.i and node.head.pos_ not in {"VERB", "AUX"}:
        node = node.head  # up to the quoted words' top
    verb = node.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i >= mark.i or fold(verb.lemma_) not in _ATTRIBUTE_VERBS:
        return None
    target = next((c for c in (*verb.children, *node.children) if c.dep_ in {"obj", "appos"} and c.i > mark.i), None)
    if target is None or target.left_edge.i != mark.i + 1:
        return None
    tail = None
    for token in doc[mark.i + 1: min(target.right_edge.i + 1, sentence_end)]:
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            break
        tail = token
    return tail


def before_contrast(doc, complement: Token, end: int) -> int:
    """The content's end cut before a ", tandis que" past the complement's own words, however the parser hung it
    ("a proposé une médiation, tandis que les États-Unis, partenaires …, se sont contentés …"); without the comma
    the clause may be part of the demand ("appelé Israël à cesser les frappes tandis que le Hamas libère …")."""
    previous = None
    for token in doc[complement.right_edge.i + 1: complement.right_edge.i + 60]:
        if token.idx >= end:
            break
        if fold(token.text) in NARRATOR_CONTRASTS and doc[token.i - 1].text == "," \
                and fold(doc[min(token.i + 1, len(doc) - 1)].text) in {"que", "qu'"}:
            return 0 if previous is None else previous.idx + len(previous.text)
        if not token.is_punct:
            previous = token
    return end


def past_interpolation(verb: Token) -> list[Token]:
    """The verb's dependents, "pour leur part" / "de son côté" replaced by the "de" phrase the parser hung on it
    ("s'inquiètent pour leur part de la suspension de …": the worry is about the suspension)."""
    found = []
    for child in verb.children:
        if fold(child.text) in {"part", "cote"} and any(fold(c.text) in {"pour", "de", "du"} for c in child.children if c.dep_ == "case") \
                and any(c.dep_ == "det" and c.pos_ == "DET" and morph_get(c, "Poss") == ["Yes"] for c in child.children):
            found.extend(c for c in child.children if c.dep_ == "nmod" and c.i > child.i)
        else:
            found.append(child)
    return found


def subtree_last(token: Token) -> Token:
    """``list(token.subtree)[-1]`` without walking the whole subtree: the last right child's, down to a token with
    no right child (spaCy yields the right children's subtrees last)."""
    while True:
        last = None
        for last in token.rights:
            pass
        if last is None:
            return token
        token = last
