"""A bare definite event noun taken up from earlier in the article: who the event's actors were.

"Mitsotakis et Erdogan se sont rencontrés lundi à Ankara. … L'Union européenne a salué la rencontre.": "la
rencontre" has no complement of its own, so it can only be the meeting the article already told of, and the statement
is about its actors (tests/gold/NOTES.md: an event anaphor stands for the author of the event, like "ces frappes").

Only a noun of ``bare_event_anaphor_nouns`` (events that have actors: meetings, agreements, decisions, attacks…),
with a definite article and nothing else hung on it ("la rencontre", not "la rencontre de lundi entre…", which names
its own actors), as the object or subject of a verb ("« Les discussions ont été franches »"). The event is the nearest
earlier word telling it, anywhere before in the article (a bare definite noun points back to the article's own story
however far it is): the noun again, or a verb of its family in the table ("se sont rencontrés"). An earlier bare
occurrence of the noun is an anaphor too, and the object of a speech verb ("a salué « un accord historique »") is
judged, not done: both are skipped. The actors are read by ``AnaphorResolution.author_of``, plus both sides of a
meeting verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.token_table import children_of

_DEFINITE = {"le", "la", "l'", "les"}
#: The one dependent a bare event noun may have.
_ALLOWED_DEPS = {"det"}
#: Who can take part in a meeting (places are where it was held).
_PARTIES = {"Person", "Country", "Organization"}
#: Where the bare noun stands: "a salué la rencontre", "« Les discussions ont été franches »".
_POSITIONS = {"obj", "nsubj", "nsubj:pass"}


def bare_event_authors(actors, token: Token) -> list[str]:
    """The actors of the earlier event a bare definite event noun takes up ([] when it is not one, or none is found)."""
    table = actors.data.table("bare_event_anaphor_nouns")
    noun = _bare_noun(table, token) if token.dep_ in _POSITIONS else None
    if noun is None:
        return []
    verbs = {fold(v) for v in table[noun] or ()}
    for earlier in reversed(actors.doc[: token.i]):
        if earlier.pos_ == "VERB" and fold(earlier.lemma_) in verbs and not _met_no_actor(actors, earlier):
            return list(dict.fromkeys(actors.author_of(earlier) + _partners(actors, earlier)))
        if earlier.pos_ == "NOUN" and _noun_key(table, earlier) == noun and _bare_noun(table, earlier) is None \
                and not _judged(actors.data, earlier):
            return actors.author_of(earlier)  # (another bare "la rencontre" is an anaphor too: skipped)
    return []


def is_bare_event_anaphor(actors, token: Token) -> bool:
    """Is ``token`` a bare definite event noun where one is read ("« Les discussions ont été franches »")? A speaker
    who took part in the event is not named again by it (``extractors.self_reference.named_again``)."""
    return token.dep_ in _POSITIONS and _bare_noun(actors.data.table("bare_event_anaphor_nouns"), token) is not None


def _partners(actors, verb: Token) -> list[str]:
    """Both sides of a meeting verb (``bare_event_mutual_verbs``), every actor named in its subject, object or "avec"
    phrase: "le président serbe X et le Premier ministre kosovar Y se sont rencontrés", "s'est entretenu avec Y"."""
    if fold(verb.lemma_) not in actors.data.words("bare_event_mutual_verbs"):
        return []
    others = [c for c in children_of(verb) if c.dep_ in {"obj", "nsubj", "nsubj:pass"} and c.pos_ in {"NOUN", "PROPN"} or _with(c)]
    keys = [k for c in others for k in actors.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]
    return [k for k in keys if actors.actors[k].kind in _PARTIES]  # not "à Genève", hung on the object


def _met_no_actor(actors, verb: Token) -> bool:
    """"L'équipe a rencontré des difficultés": a meeting verb (``bare_event_mutual_verbs``) whose direct object is a
    common noun no actor is named in met no one (not the meeting "la rencontre" takes up)."""
    if fold(verb.lemma_) not in actors.data.words("bare_event_mutual_verbs"):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and not actors.mentions_in(c.left_edge.idx, c.right_edge.idx
                                                                              + len(c.right_edge.text))
               for c in children_of(verb))


def _with(token: Token) -> bool:
    """An "avec" phrase: "s'est entretenu avec Y"."""
    return token.dep_ in {"obl", "obl:arg", "obl:mod"} and any(
        w.dep_ == "case" and fold(w.text) == "avec" for w in children_of(token))


def _judged(data, noun: Token) -> bool:
    """"Eli Cohen a salué « un accord historique »": the object of a speech verb is judged, not done, by the subject
    (a verb of ``bare_event_authoring_speech_verbs`` says who did it: "ont conclu un accord", "a proposé une trêve")."""
    verb = noun.head
    return noun.dep_ == "obj" and verb.pos_ == "VERB" and fold(verb.lemma_) in data.words("speech_verbs") \
        and fold(verb.lemma_) not in data.words("bare_event_authoring_speech_verbs")


def _noun_key(table, token: Token) -> str | None:
    """The entry of ``bare_event_anaphor_nouns`` a noun is, by lemma or by its own form ("frappes", "pourparlers")."""
    for form in (fold(token.lemma_), fold(token.text), fold(token.text).removesuffix("s")):
        if form in table:
            return form
    return None


def _bare_noun(table, token: Token) -> str | None:
    """The entry of a noun of ``bare_event_anaphor_nouns`` with a definite article and no other dependent; else None."""
    noun = _noun_key(table, token)
    if noun is None:
        return None
    children = children_of(token)
    bare = any(c.dep_ == "det" and fold(c.text) in _DEFINITE for c in children) \
        and all(c.dep_ in _ALLOWED_DEPS for c in children)
    return noun if bare else None

