"""Event nouns related to a clause's subject rather than to their own arguments.

Split from ``extractors.relations``: a received event ("a obtenu l'asile de l'Équateur": the giver acts on the
subject; also a sum received, ``sum_receiver``: "Vartel a touché 12 millions d'euros de subventions de l'État" ->
État supports Vartel) and an adverbial event ("a organisé les élections avec le soutien de la France", "a lancé, en partenariat
avec la NASA, un satellite").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_pledged_funds import _is_sum
from extractors.relation_subjects import subject_actors


#: Verbs whose subject receives the event noun from its "de"/"par" owner: "obtenir le soutien de X", "subir des
#: sanctions de la part de X", "bénéficier de l'aide de X", "a touché des subventions de l'État".
_RECEIVERS = language_data("fr").words("relation_receiver_verbs")  # folded


def sum_receiver(noun: Token) -> tuple[Token, Token] | None:
    """(verb, sum) when ``noun`` is what a sum received is made of: "Vartel a touché 12 millions d'euros de
    subventions de l'État" ("subventions" under "euros" under "millions", the object of "toucher"); else None."""
    node = noun
    for _ in range(2):
        if node.dep_ != "nmod" or node.head.pos_ != "NOUN" or not any(
                c.dep_ == "case" and fold(c.text) in DE_WORDS for c in node.children):
            return None
        node = node.head
        if node.dep_ == "obj" and node.head.pos_ == "VERB" and fold(node.head.lemma_) in _RECEIVERS and _is_sum(node):
            return node.head, node
    return None


def _received(verb: Token, noun: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
              context: list[str], *, carrier: Token | None = None) -> Iterator[Relation]:
    """Giver -> receiver for a received event noun (the object, or "de" + noun after "bénéficier", or what the
    received sum ``carrier`` is made of)."""
    case = {fold(c.text) for c in noun.children if c.dep_ == "case"}
    if carrier is None and not (noun.dep_ == "obj" or (noun.dep_.startswith("obl") and case & DE_WORDS)):
        return
    givers: list[str] = []
    for child, child_case in arguments_of(noun):
        if child.dep_ == "nmod" and child_case & (DE_WORDS | {"par"}):
            givers += actor_keys(child, actors)
        elif child.dep_ == "nmod" and fold(child.text) == "part" and child_case & DE_WORDS:  # "de la part de X"
            givers += [k for g, g_case in arguments_of(child) if g_case & DE_WORDS for k in actor_keys(g, actors)]
    if not givers:
        return
    receivers = subject_actors(verb, actors, context)
    polarity, mode = negated(verb, noun), modality(verb, trig)
    evidence = sentence_evidence(noun)
    for giver in dict.fromkeys(givers):
        for receiver in receivers:
            if giver != receiver and actors.actors[giver].kind in ACTOR_KINDS:
                yield Relation(giver, receiver, action, event_type, evidence, polarity, mode)


#: Event nouns that, in an adverbial of manner, relate the clause's subject to the noun's partner: "a organisé les
#: élections avec le soutien de la France", "a lancé, en partenariat avec la NASA, un satellite".
_ADVERBIAL_TYPES = {"Support", "Cooperate", "Demand"}


_ADVERBIAL_CASES = {"avec", "en", "grace", "sans"}
#: Prepositions of an adverbial request: "à la demande du Royaume-Uni", "sur demande de X".
_REQUEST_CASES = {"a", "sur"}


def _adverbial_head(noun: Token, event_type: str | None = None) -> Token | None:
    """The verb an adverbial event noun ("avec le soutien de X", "en partenariat avec X", "à la demande de X")
    modifies, if it is one: attached to the verb, or (parser) to the verb's object ("a mené l'opération en
    coopération avec le Tchad")."""
    case = {fold(c.text) for c in noun.children if c.dep_ == "case"}
    if event_type == "Demand":
        if not case & _REQUEST_CASES or noun.head.pos_ != "VERB" or not noun.dep_.startswith("obl"):
            return None
        return noun.head
    if not case & _ADVERBIAL_CASES:
        return None
    head = noun.head
    if head.pos_ == "VERB" and noun.dep_.startswith("obl"):
        return head
    if noun.dep_ == "nmod" and head.dep_ == "obj" and head.head.pos_ == "VERB" and case & {"en", "sans"}:
        return head.head
    return None


def _adverbial(verb: Token, noun: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
               context: list[str]) -> Iterator[Relation]:
    """Support: the "de" owner of the noun backs the subject; Demand: the "de" owner asked the subject ("se
    réunira à la demande du Royaume-Uni"); Cooperate: the subject works "avec" the partner.
    "sans le soutien de X" is a negated Support."""
    subjects = subject_actors(verb, actors, context)
    case = {fold(c.text) for c in noun.children if c.dep_ == "case"}
    polarity = negated(verb, verb) != ("sans" in case)
    mode, evidence = modality(verb, trig), sentence_evidence(noun)
    if event_type == "Demand":
        mode = None  # "se réunira à la demande de X": the request is already made
    for child, child_case in arguments_of(noun):
        if child.dep_ != "nmod":
            continue
        keys = [k for k in actor_keys(child, actors) if actors.actors[k].kind in ACTOR_KINDS]
        if event_type in {"Support", "Demand"} and child_case & DE_WORDS:  # "à la demande du Royaume-Uni": X asked
            pairs = [(k, s) for k in keys for s in subjects]
        elif child_case & {"avec"}:
            pairs = [(s, k) for s in subjects for k in keys]
        else:
            continue
        for subject, obj in pairs:
            if subject != obj:
                yield Relation(subject, obj, action, event_type, evidence, polarity, mode)
