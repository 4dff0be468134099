"""Money given or pledged to an actor: "L'Allemagne a promis 500 millions d'euros à la Moldavie", "Tokyo a débloqué
200 millions de dollars pour l'Ukraine" are a Support of the recipient, like "une enveloppe d'aide de 2 milliards de
dollars à l'Ukraine" (gold: Support).

Only a verb of ``relation_pledge_verbs`` whose direct object is a sum (a number or "million(s)" / "milliard(s)" with
a currency of ``relation_currency_words``), and a recipient after "à" or "pour" that names an actor, on the verb or
hung by the parser on the sum ("500 millions d'euros à la Moldavie"). A sum with no recipient (a budget, a price)
is none, and so is a payment one is sentenced or forced to make (``relation_forced_payment_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import arguments_of, actor_keys
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
PLEDGE_VERBS = _DATA.words("relation_pledge_verbs")
CURRENCY_WORDS = _DATA.words("relation_currency_words")
FORCED_PAYMENT_VERBS = _DATA.words("relation_forced_payment_verbs")
_SCALES = {"million", "millions", "milliard", "milliards"}
_TO = {"a", "au", "aux", "pour"}


def pledged_funds(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Support relations toward the recipients of a sum ``verb`` gives or pledges; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in PLEDGE_VERBS:
        return []
    if verb.dep_ in {"xcomp", "obl:arg", "obl"} and fold(verb.head.lemma_) in FORCED_PAYMENT_VERBS:
        return []  # "a été condamnée à verser un milliard de dollars à son rival": damages, no support
    sums = [c for c in verb.children if c.dep_ == "obj" and _is_sum(c)]
    if not sums:
        return []
    places = [c for holder in [verb, *sums] for c, case in arguments_of(holder)
              if c.dep_ in {"obl", "obl:arg", "obl:mod", "iobj", "nmod"} and case & _TO]
    recipients = [k for c in places for k in actor_keys(c, actors, context=context)]
    if not recipients:
        return []
    return list(verbal_relations(verb, verb, "Support", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(recipients))))


def _is_sum(noun: Token) -> bool:
    """"500 millions d'euros", "2 milliards de dollars", "300 000 euros": a number or scale with a currency."""
    words = [noun, *(c for c in noun.children if c.dep_ == "nmod")]
    currency = any(fold(w.text) in CURRENCY_WORDS or fold(w.lemma_) in CURRENCY_WORDS for w in words)
    scaled = fold(noun.text) in _SCALES or any(c.dep_ == "nummod" for c in noun.children)
    return currency and scaled
