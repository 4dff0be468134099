"""The one spoken with: "Il a évoqué avec elle la crise", "a discuté avec M. Scholz de…".

A conversation cue (``comitative_speech_cues`` in ``extractors/lang/fr.json``) with an "avec" complement names the
partner of the talk, who is spoken to: the addressee, and so in the about list. A pronoun ("avec elle", "avec eux")
stands for the nearest object noun before it that agrees with it ("a reçu une délégation japonaise et a évoqué avec
elle" -> Japan); a name for its actor. Never one of the speakers; nothing when the antecedent is no actor.
"""

from __future__ import annotations

from extractors.lang import fold

_PRONOUNS = {"lui", "elle", "eux", "elles"}
_REACH = 40  # tokens back to the one a pronoun stands for: this sentence or the one before


def comitative_partner(verb, actors, speakers: list[str]) -> str | None:
    """The actor of an "avec" complement of a conversation cue (None when there is none, or it is a speaker)."""
    if fold(verb.lemma_) not in actors.data.words("comitative_speech_cues"):
        return None
    for child in verb.children:
        if child.dep_ not in {"obl", "obl:arg", "obl:mod"} or child.i < verb.i \
                or not any(c.dep_ == "case" and fold(c.text) == "avec" for c in child.children):
            continue
        if child.pos_ == "PRON" and fold(child.text) in _PRONOUNS:
            keys = _antecedent_actors(child, actors)
        elif child.pos_ == "PROPN":
            keys = actors.resolve(child)
        else:
            continue
        keys = [k for k in keys if k not in speakers and actors.actors[k].kind in {"Person", "Organization", "Country"}]
        if len(keys) == 1:
            return keys[0]
    return None


def _antecedent_actors(pronoun, actors) -> list[str]:
    """The actors of the nearest object noun before the pronoun, in its sentence or the one before, that agrees with it
    in gender and number ("a reçu une délégation japonaise et a évoqué avec elle" -> Japan); [] when that noun
    stands for no actor."""
    doc = pronoun.doc
    gender, number = pronoun.morph.get("Gender"), pronoun.morph.get("Number")
    for token in reversed(doc[max(pronoun.i - _REACH, 0): pronoun.i]):
        if token.dep_ != "obj" or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if token.pos_ == "NOUN" and ((gender and token.morph.get("Gender") not in ([], gender))
                                     or (number and token.morph.get("Number") not in ([], number))):
            continue
        own = [t for t in token.subtree if t.i == token.i or (t.head.i == token.i and t.dep_ in {"amod", "flat:name"})]
        last = max(own, key=lambda t: t.i)
        return actors.mentions_in(min(t.idx for t in own), last.idx + len(last.text)) or actors.resolve(token)
    return []
