"""Is a speaker named again in its own reported content, as another actor, or only pointed back to?

``about`` leaves the speaker out unless the content names it again (tests/gold/NOTES.md: the other of a joint
statement stays, the speaker's own possessive does not). Three ways content points back to its own speaker
without naming it again:

- the source phrase itself: "destinée selon lui à dissuader…", "Pour lui, l'élite…";
- the subject the "selon lui" refers to: "Le chancelier X a défendu une mesure destinée selon lui à…" (X is
  the antecedent of "lui", the content being the whole sentence);
- an apposition to a name outside the content (the parser may hang it as a noun complement): "Pour Bernard Thibault, son secrétaire général : « … »".
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.bare_event_anaphors import is_bare_event_anaphor
from extractors.source_cases import marker_case, marker_word
from extractors.lang import fold

#: Words that open a source phrase ("selon lui", "d'après elle", "pour lui"), as ``marker_word`` reads them.
_SOURCE_MARKERS = {"selon", "d'apres", "pour"}
_SUBJECTS = {"nsubj", "nsubj:pass"}
#: How many words before or after the content the source phrase of its own speaker may stand.
_AROUND = 3


def named_again(actors, speaker: str, parts: list[tuple[int, int]]) -> bool:
    """Does some word of the content refer to ``speaker`` other than by pointing back to it (module docstring)?"""
    doc = actors.doc
    for start, end in parts:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        skipped = _pointing_back(span)
        by_token = {i: m.key for m in actors.mentions if span.start <= m.start < span.end for i in range(m.start, m.end)}
        for token in span:
            if token.i in skipped:
                continue
            if token.i in by_token:
                keys = [by_token[token.i]]
            elif fold(token.text) in actors.data.table("content_kind_epithets"):
                keys = []  # "autour de l'île, dénoncée par Taipei": an epithet of the speaker does not name it again
            elif is_bare_event_anaphor(actors, token):
                keys = []  # "« Les discussions ont été franches », a-t-il écrit": a meeting he took part in
            else:
                keys = actors._content_referents(token) or []
            if speaker in keys:
                return True
    return False


def _pointing_back(span) -> set[int]:
    """Token indices of ``span`` that point back to the speaker of the content (module docstring)."""
    skipped: set[int] = set()
    doc = span.doc
    for token in doc[max(span.start - _AROUND, 0): min(span.end + _AROUND, len(doc))]:  # "…, destinée selon lui à"
        if token.dep_ in {"appos", "nmod"} and token.head.i < span.start <= token.i:
            skipped.update(t.i for t in token.subtree)  # "Pour X, son secrétaire général : …" (hung on the name)
        if token.dep_ == "case" and token.head.pos_ == "PRON" and marker_word(token) in _SOURCE_MARKERS:
            pronoun = token.head
            skipped.update({token.i, pronoun.i})
            skipped.update(_antecedent_subject(pronoun, span))
    return skipped


def _antecedent_subject(pronoun: Token, span) -> set[int]:
    """The subject of the nearest clause above "selon lui" that has one, when it lies in the content."""
    node = pronoun.head
    for _ in range(6):
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS and c.i < pronoun.i), None)
        if subject is not None:
            return {t.i for t in subject.subtree if span.start <= t.i < span.end}
        if node.head == node:
            break
        node = node.head
    return set()


_OF_WORDS = {"de", "du", "des", "d'", "la", "le", "les", "l'"}


def of_non_state_body(role: str, data) -> bool:
    """Is a role's first "de" complement headed by a body that is no state ("président de la chambre de commerce
    locale", "porte-parole du syndicat", ``non_state_body_heads``)? Its holder's "nous" is then not a state."""
    words = fold(role).replace("'", "' ").split()
    heads = data.words("non_state_body_heads")
    for i, word in enumerate(words[1:], 1):
        if word in {"de", "du", "des", "d'"}:
            rest = [w for w in words[i + 1:] if w not in _OF_WORDS]
            return bool(rest) and rest[0] in heads
    return False


def serves_state_body(roles, data, demonyms: dict) -> str | None:
    """The state of a role that serves a state body named with its demonym ("chef d'état-major de l'armée
    israélienne", "commandant des forces ukrainiennes"; ``state_body_role_words``): the word right after the body must
    be the demonym ("les forces rebelles maliennes" serve no state). None for anything else or for two states."""
    bodies = data.words("state_body_role_words")
    found = set()
    for role in roles:
        words = fold(role).replace("'", "' ").split()
        found |= {demonyms.get(after) for body, after in zip(words, words[1:]) if body in bodies} - {None}
    return found.pop() if len(found) == 1 else None


_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def own_source(marker: Token) -> bool:
    """"…, selon le porte-parole de son ministère", "selon un communiqué de sa diplomatie": the source a trailing
    "selon" opens is the speaker's own (a possessive in its noun phrase), so it relays nothing (no ``reported_by``)."""
    marker = marker_case(marker)  # "d'après": "après" is fixed to "d'", the case of the source noun
    if marker.dep_ != "case":
        return False
    noun = marker.head
    return any(t.dep_ in {"det", "nmod:poss"} and fold(t.text) in _POSSESSIVES for t in noun.subtree if t.i > marker.i)
