"""A judgement the speaker adds after the attribution: "« … », a-t-il affirmé, qualifiant les accusations russes de
« désinformation »" is about Russia too, as "« … », a déclaré Poutine, qualifiant le dirigeant chinois de « cher
ami »" is about Xi (tests/gold invented).

The participle is a present participle of a judging cue (``trailing_judgement_participles`` in
``extractors/lang/fr.json``) after a comma, past the reported content, hung by the parser in the cue's clause; its
object's actors, demonyms included, join the about list.
"""

from __future__ import annotations

from extractors.lang import fold
from extractors.token_table import morph_get


def trailing_judged_actors(cue, content_end: int, actors) -> list[str]:
    """Actors of the object of "qualifiant X de", "dénonçant X" after the cue and the content (none when absent)."""
    doc = cue.doc
    participles = actors.data.words("trailing_judgement_participles")
    for token in doc[cue.i + 1: min(cue.i + 25, len(doc))]:
        if token.text in {".", "!", "?", ";", ":", "«"}:
            return []
        if token.pos_ in {"VERB", "AUX"} and morph_get(token, "VerbForm") == ["Fin"]:
            return []  # another clause of its own
        if token.pos_ == "VERB" and morph_get(token, "VerbForm") == ["Part"] and morph_get(token, "Tense") == ["Pres"] \
                and token.idx >= content_end and doc[token.i - 1].text == "," and fold(token.lemma_) in participles \
                and _within(token, cue):
            objects = [c for c in token.children if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}]
            if not objects:
                return []
            return actors.mentions_in(objects[0].left_edge.idx, _head_end(objects[0]))
    return []


def _head_end(obj) -> int:
    """The end char of the object's own words (its determiners and adjectives, not its "de « … »" attribute)."""
    last = obj
    for child in obj.children:
        quoted = any(t.text == "«" for t in child.subtree)
        if child.i > obj.i and child.dep_ in {"amod", "flat:name", "nmod"} and not quoted:
            last = max(last, child.right_edge, key=lambda t: t.i)
    return last.idx + len(last.text)


def _within(token, cue) -> bool:
    """Is the participle hung in the cue's clause (on the cue or one of its complements), or the cue on it (a parse
    that made "a déclaré le ministre" a dependent of "qualifiant")?"""
    return _above(cue, token) or _above(token, cue)


def _above(top, token) -> bool:
    """Is ``top`` among the first four heads of ``token``?"""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == top.i:
            return True
    return False
