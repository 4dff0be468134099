"""Parser repair: arguments the parser hung on something else than their verb.

"Bakou a rejeté « catégoriquement » ces accusations" (a quoted adverb in between: "ces accusations" hung as an
``obl:mod``), "Minsk a fermement rejeté ces reproches" (hung as a bare ``dep``): a noun with a demonstrative, no
preposition, after a verb that has no direct object, is that verb's object. The noun's author is then read as for any
object ("ces accusations" -> who accused: ``relation_context.event_author``).

"Bakou reproche en retour à Paris de…", "Moscou reproche pour sa part à Washington de…": the "à" argument hung on the
interjected adverbial ("en retour", "pour sa part": ``speech_interpolations``) is the verb's own (``interjected_datives``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold, language_data
from extractors.token_table import children_of
from extractors.relation_args import A_WORDS

_DATA = language_data("fr")
#: Nouns a stray object may be: words said or acts done ("ces accusations", "ces reproches", "cette décision"),
#: never a time ("cette semaine", hung the same way).
_TAKEN_UP = _DATA.words("taken_up_speech_nouns") | _DATA.words("relation_act_nouns") | _DATA.words("relation_proposal_nouns")
#: Adverbials set between a verb and its arguments ("en retour", "pour sa part", "de son côté").
_INTERJECTIONS = frozenset(fold(p) for p in _DATA.words("speech_interpolations") if " " in p)

#: Where the parser hangs such a stray object.
_STRAY_DEPS = {"obl:mod", "dep"}
_HUNG_DEPS = _STRAY_DEPS | {"nmod"}  # below an adverb: "a rejeté « fermement » ces accusations"
_DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}


#: Quotation marks around an adverb quoted between a verb and its object, and the labels the parser gives the object.
_OPENING_QUOTES, _CLOSING_QUOTES = {"«", "“", '"'}, {"»", "”", '"'}
_QUOTED_ADVERB_DEPS = {"obl:mod", "obl", "obl:arg", "nmod"}


def stray_demonstrative_objects(verb: Token) -> list[Token]:
    """The demonstrative nouns after ``verb`` (no object of its own) that the parser hung as a modifier."""
    children = children_of(verb)
    if verb.pos_ != "VERB" or any(c.dep_ in {"obj", "ccomp", "xcomp"} for c in children):
        return []
    hung = [g for c in children if c.dep_ in {"advmod", "obl:mod"} and c.i > verb.i for g in children_of(c)
            if g.dep_ in _HUNG_DEPS]  # "a rejeté « fermement » ces accusations": hung on the adverb
    return [c for c in children + hung if (c.dep_ in _STRAY_DEPS or c in hung) and c.pos_ == "NOUN" and c.i > verb.i
            and (fold(c.lemma_) in _TAKEN_UP or fold(c.text) in _TAKEN_UP) and _demonstrative_only(c)]


def _demonstrative_only(noun: Token) -> bool:
    """A demonstrative article and no preposition: "ces accusations" (not "à ces accusations", "ces jours-ci")."""
    kids = children_of(noun)
    return any(c.dep_ == "det" and fold(c.text) in _DEMONSTRATIVES for c in kids) \
        and not any(c.dep_ == "case" for c in kids) and "-" not in noun.text


def quoted_adverb_objects(verb: Token) -> list[Token]:
    """The determined nouns after ``verb`` (no object of its own) that follow a quoted adverb, hung by the parser as a
    modifier: "a indiqué qu'il soutenait « pleinement » les autorités de Gibraltar" ("les autorités" is the object)."""
    children = children_of(verb)
    if verb.pos_ != "VERB" or any(c.dep_ in {"obj", "ccomp", "xcomp"} for c in children):
        return []
    found = []
    for c in children:
        kids = children_of(c)
        dets = [k for k in kids if k.dep_ == "det"]
        if c.i < verb.i or c.pos_ != "NOUN" or c.dep_ not in _QUOTED_ADVERB_DEPS or not dets \
                or any(k.dep_ == "case" for k in kids):
            continue
        words = verb.doc[verb.i + 1:min(d.i for d in dets)]
        if len(words) > 2 and words[0].text in _OPENING_QUOTES and words[-1].text in _CLOSING_QUOTES \
                and all(t.pos_ == "ADV" for t in words[1:-1]):
            found.append(c)
    return found


def interjected_datives(verb: Token) -> list[Token]:
    """The "à" phrases hung on an adverbial interjected after ``verb``: "reproche en retour à Paris de…"."""
    found = []
    for child in children_of(verb):
        if child.dep_ not in {"obl:mod", "obl:arg", "obl"} or child.i < verb.i:
            continue
        words = " ".join(fold(t.text) for t in verb.doc[child.left_edge.i: child.i + 1]).replace("' ", "'")
        if words in _INTERJECTIONS:
            found += [g for g in children_of(child) if g.dep_ == "nmod" and g.i > child.i
                      and any(c.dep_ == "case" and fold(c.text) in A_WORDS for c in children_of(g))]
    return found
