"""Joint statements of a pair that say something of each other: "Les deux dirigeants se sont appelés « amis »",
"Les deux délegations se sont engagées à se retrouver": each speaker is about the other (tests/gold seeds 004,
invented5: a reciprocal "se" on a verb of meeting or calling). "se sont dits préoccupés" is no reciprocal: nothing.
"X et Y s'accusent mutuellement" speaks with no complement: each side accuses the other (``mutual_speech``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_REFLEXIVE = {"se", "s'", "s’"}
_REFLEXIVE_DEPS = {"expl:comp", "expl:pv", "expl", "obj", "iobj"}


def reciprocal_partner(speaker: str, speakers: tuple[str, ...] | list[str], cue: Token, verbs: frozenset[str] | set[str]) -> str | None:
    """The other speaker of a pair when the cue, or a verb it governs, is a reciprocal verb with "se"; else None."""
    if len(speakers) != 2 or speaker not in speakers or speakers[0] == speakers[1]:
        return None
    candidates = [cue] + [c for c in cue.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]
    if not any(fold(v.lemma_) in verbs and any(c.dep_ in _REFLEXIVE_DEPS and fold(c.text) in _REFLEXIVE for c in v.children)
               for v in candidates):
        return None
    return speakers[1] if speaker == speakers[0] else speakers[0]


_MUTUAL_ADVERBS = {"mutuellement", "reciproquement"}


def mutual_speech(verb: Token) -> bool:
    """"Thaïlande et Cambodge s'accusent mutuellement après des tirs": a verb with a reciprocal "se", the adverb
    "mutuellement"/"réciproquement" and a subject of two conjoined names; a speech act of each with no complement."""
    if not any(c.dep_ in _REFLEXIVE_DEPS and fold(c.text) in _REFLEXIVE for c in verb.children if c.i < verb.i):
        return False
    if not any(c.dep_ == "advmod" and fold(c.text) in _MUTUAL_ADVERBS for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
