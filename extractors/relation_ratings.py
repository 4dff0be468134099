"""Rating downgrades: an agency lowering a state's or a company's credit rating is a Coerce of the rated one.

"Moody's a abaissé la note de l'Espagne", "la note de l'Italie a été dégradée par Moody's", "l'abaissement de
la note de la Grèce par Standard & Poor's". The trigger (a verb or a noun) acts on a rating noun ("note",
"notation"); the rated actor is the owner of the rating, the agency the subject or the "par" agent. A trigger
whose object is no rating ("abaisser les taux") gives nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_subjects import agent_tokens, is_passive, subject_actors

_DATA = language_data("fr").raw.get("rating_downgrades", {})
_VERBS = {fold(w) for w in _DATA.get("verbs", ())}
_NOUNS = {fold(w) for w in _DATA.get("nouns", ())}
_RATINGS = {fold(w) for w in _DATA.get("ratings", ())}
_FALLS = {fold(w) for w in _DATA.get("falls", ())}
_CHANGES = {fold(w) for w in _DATA.get("changes", ())}


def downgrade_relations(token: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> list[Relation]:
    """The Coerce relations of a rating downgrade triggered at ``token`` ([] when it is none)."""
    lemma = fold(token.lemma_)
    if token.pos_ == "VERB" and lemma in _VERBS:
        passive = is_passive(token)
        rating = _rating(token, {"nsubj:pass", "nsubj"} if passive else {"obj"})
        if rating is None:
            return []
        agencies = [k for a in agent_tokens(token) for k in actor_keys(a, actors)] if passive else subject_actors(token, actors, context)
        polarity, mode = negated(token, token), modality(token, trig)
    elif token.pos_ == "VERB" and (lemma in _FALLS or (lemma in _CHANGES and any(
            c.pos_ == "NOUN" and fold(c.lemma_) in _NOUNS for c in token.children))):
        rating = _rating(token, {"nsubj", "nsubj:pass"})  # "La note de l'Italie par Moody's est tombée à Baa2"
        if rating is None:
            return []
        agencies = _par_agencies(rating, token, actors)
        polarity, mode = negated(token, token), modality(token, trig)
    elif token.pos_ == "NOUN" and (lemma in _NOUNS or fold(token.text) in _NOUNS):
        rating = _rating(token, {"nmod"})
        if rating is None:
            return []
        holders = [token] + _noun_heads(token)  # "la décision d'abaissement … par l'agence Fitch": "par" on "décision"
        agents = [a for h in holders for a in agent_tokens(h)] + [t for t in rating.subtree if t.dep_ == "nmod" and any(
            fold(c.text) == "par" for c in t.children if c.dep_ == "case")]
        agencies = [k for a in agents for k in actor_keys(a, actors)]
        polarity, mode = False, None
    else:
        return []
    rated = _rated(rating, actors)
    evidence = sentence_evidence(token)
    return [Relation(s, o, token.lemma_.lower(), "Coerce", evidence, polarity, mode)
            for s in dict.fromkeys(agencies) for o in rated
            if s != o and actors.actors[s].kind in ACTOR_KINDS and actors.actors[o].kind in ACTOR_KINDS]


def _par_agencies(rating: Token, verb: Token, actors: ArticleActors) -> list[str]:
    """The actors named between a "par" after the rating and its verb: "La note de l'Italie par Moody's est passée …"
    (read from the text: the parser splits "Moody's" and hangs its parts anywhere)."""
    doc = verb.doc
    marks = [t for t in doc[rating.i + 1: verb.i] if fold(t.text) == "par"]
    if not marks:
        return []
    return [k for k in actors.mentions_in(marks[0].idx, verb.idx) if k not in _rated(rating, actors)]


def _noun_heads(noun: Token) -> list[Token]:
    """The nouns a "de" complement hangs from: "la décision d'abaissement" -> [décision] (two levels at most)."""
    heads: list[Token] = []
    node = noun
    while node.dep_ == "nmod" and node.head.pos_ == "NOUN" and len(heads) < 2:
        node = node.head
        heads.append(node)
    return heads


def _rating(holder: Token, deps: set[str]) -> Token | None:
    """The rating noun ("la note", "les notes") among ``holder``'s dependents."""
    return next((c for c, case in arguments_of(holder) if c.dep_ in deps and c.pos_ == "NOUN" and fold(c.text) in _RATINGS
                 and (c.dep_ != "nmod" or case & DE_WORDS)), None)


def _rated(rating: Token, actors: ArticleActors) -> list[str]:
    """The owner of a rating: "la note de l'Espagne", "la note italienne"."""
    keys: list[str] = []
    for child, case in arguments_of(rating):
        if child.dep_ == "nmod" and case & DE_WORDS:
            keys += actor_keys(child, actors)
        elif child.dep_ == "amod":
            keys += actors.mentions_in(child.idx, child.idx + len(child.text))
    return list(dict.fromkeys(keys))
