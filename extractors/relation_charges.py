"""Legal action against a named actor, whose verb names no target of its own.

- "Le parquet a requis dix-huit mois de prison contre X" is an Accuse of X (gold NOTES, invented set 6: a penalty
  asked for in court is legal action, like a complaint). The direct object of ``relation_charge_verbs``
  ("requérir") is the penalty; the one charged is the actor after "contre", which the parser hangs on the verb or
  inside the penalty phrase ("dix-huit mois d'emprisonnement et cinq ans d'inéligibilité contre X"). Without
  "contre" there is none: "a requis l'aide de la France", "requiert l'attention de l'ONU".
- "ont fait perquisitionner les locaux de l'agence Sputnik" is a Coerce of the owner of the premises searched
  (``relation_search_verbs``), or of an actor searched directly; the town it happens in ("à Chicago") is no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold, language_data
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys

_FR = language_data("fr")
#: Verbs of asking a court for a penalty ("requérir").
CHARGE_VERBS = _FR.words("relation_charge_verbs")
#: Verbs of searching premises ("perquisitionner").
SEARCH_VERBS = _FR.words("relation_search_verbs")
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"}
_TARGET_KINDS = {"Person", "Organization", "Country"}


def legal_action(verb: Token, actors) -> tuple[str, list[str]] | None:
    """(event type, targets) for a charge or search verb, the targets possibly empty; None for any other verb."""
    lemma = fold(verb.lemma_)
    if lemma in CHARGE_VERBS:
        return "Accuse", _charged(verb, actors)
    if lemma in SEARCH_VERBS:
        return "Coerce", _searched(verb, actors)
    return None


def _charged(verb: Token, actors) -> list[str]:
    """The actors after "contre" on the verb or in its penalty phrase, in text order."""
    holders = [verb]
    stack = [c for c in verb.children if c.dep_ == "obj"]
    while stack:  # the penalty phrase, its nouns and their conjuncts, not the clauses inside it
        node = stack.pop()
        holders.append(node)
        stack += [c for c in node.children if c.dep_ in {"nmod", "conj"} and c.pos_ in {"NOUN", "NUM"}]
    keys = [k for holder in holders for c, case in arguments_of(holder)
            if "contre" in case and c.dep_ not in _CLAUSE_DEPS for k in actor_keys(c, actors) or _named(c, actors)]
    return list(dict.fromkeys(keys))


def _searched(verb: Token, actors) -> list[str]:
    """The actor searched ("perquisitionner Huawei") or the owner of the premises ("les locaux de X")."""
    keys: list[str] = []
    holders = [verb, verb.head] if verb.dep_ == "xcomp" and fold(verb.head.lemma_) == "faire" else [verb]
    for obj in (c for holder in holders for c in holder.children if c.dep_ == "obj"):  # (causative "a fait perquisitionner")
        if actors.actor_at(obj):
            keys.append(actors.actor_at(obj))
            continue
        for owner, case in arguments_of(obj):
            if owner.dep_ == "nmod" and case & DE_WORDS:
                keys += actor_keys(owner, actors) or _named(owner, actors) or _stranded_name(owner, actors)
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in _TARGET_KINDS]


def _named(noun: Token, actors) -> list[str]:
    """"la société Propreté Sud": the name right after a common noun, hung on it without a preposition."""
    return [k for g in noun.children if g.dep_ in {"nmod", "appos", "flat:name"} and g.pos_ == "PROPN" and g.i == noun.i + 1
            and not any(c.dep_ == "case" for c in g.children) for k in actor_keys(g, actors)]


def _stranded_name(noun: Token, actors) -> list[str]:
    """Parser repair: "les locaux de l'agence russe Sputnik" with "Sputnik" hung outside the noun phrase: the name
    right after it, when it belongs to no phrase of its own."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after >= len(doc) or doc[after].pos_ != "PROPN" or doc[after].dep_ not in {"dep", "ROOT"}:
        return []
    key = actors.actor_at(doc[after])
    return [key] if key else []
