"""Who made the proposal a relation rejects or accepts: "une idée rejetée par X", "une offre que l'Inde a déclinée".

The object of a Reject is often a proposal, not an actor: its author is the actor the relation is about (gold
NOTES: "a rejeté cette demande" -> the one who asked). The author is the "de" complement of the proposal noun
("l'offre de Washington"), or, when the noun takes up what a verb of proposing just said ("X a proposé la tenue
d'élections, une idée rejetée par Y"; "X a offert sa médiation, une offre que Y a déclinée"), that verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.relation_args import DE_WORDS, actor_keys

_DATA = language_data("fr")
#: Nouns for a proposal ("offre", "idée", "plan") and verbs of proposing ("proposer", "offrir", "suggérer").
PROPOSAL_NOUNS = _DATA.words("relation_proposal_nouns")
PROPOSAL_VERBS = _DATA.words("relation_proposal_verbs")


def proposal_authors(noun: Token, actors: ArticleActors) -> list[str]:
    """The actors behind a proposal noun; [] when ``noun`` is no proposal or its author is not found."""
    if fold(noun.lemma_) not in PROPOSAL_NOUNS and fold(noun.text) not in PROPOSAL_NOUNS:
        return []
    for child in noun.children:  # "l'offre de Washington"
        if child.dep_ == "nmod" and any(fold(c.text) in DE_WORDS for c in child.children if c.dep_ == "case"):
            keys = actor_keys(child, actors)
            if keys:
                return keys
    verb = _proposing_verb(noun)
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = subjects or [g for c in verb.children if c.dep_.startswith("aux") for g in c.children if g.dep_ == "nsubj"]
    return [k for c in subjects for k in actor_keys(c, actors)]  # (the parser may hang the subject on the auxiliary)


def _proposing_verb(noun: Token) -> Token | None:
    """The verb of proposing whose object the noun takes up: the noun in apposition to (or parsed as a conjunct of)
    that object or of the verb itself, or the verb parsed as a clause hanging on the noun."""
    candidates = [noun.head]
    if noun.head.dep_ == "obj":
        candidates.append(noun.head.head)  # "a proposé la tenue d'élections, une idée …" (noun in apposition)
    candidates += [c for c in noun.children if c.dep_ in {"advcl", "acl"} and c.i < noun.i]  # "A a proposé X, une offre …"
    for verb in candidates:
        if verb.pos_ == "VERB" and fold(verb.lemma_) in PROPOSAL_VERBS and verb.i < noun.i and (
                noun.dep_ in {"conj", "appos", "ROOT"} or noun.head != verb):
            return verb
    return None
