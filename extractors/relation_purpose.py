"""Who acts in a purpose clause "pour" + infinitive that the parser hangs on the wrong word.

- "dénonçant l'envoi de soldats nord-coréens pour combattre l'Ukraine": after a dispatch noun
  (``relation_dispatch_nouns``) the ones sent act, not the subject of "dénonçant" (none when they name no actor).
- "a convoqué l'ambassadeur de Croatie pour protester contre …": after the object of a verb of meeting or summoning
  (``relation_purpose_subject_verbs``) the subject of that verb acts, not the envoy it summons.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS
from extractors.token_table import children_of, morph_get

_DATA = language_data("fr")
DISPATCH_NOUNS = _DATA.words("relation_dispatch_nouns")
PURPOSE_SUBJECT_VERBS = _DATA.words("relation_purpose_subject_verbs")


def _purpose(node: Token) -> bool:
    return morph_get(node, "VerbForm") == ["Inf"] and any(
        c.dep_ == "mark" and fold(c.text) == "pour" for c in children_of(node))


def dispatched_agents(node: Token, actors: ArticleActors) -> list[str] | None:
    """The owners of what a dispatch noun sends, for a purpose infinitive right after it ("l'envoi de soldats
    nord-coréens pour combattre" -> Corée du Nord; [] when unnamed); None when ``node`` is no such clause."""
    if node.dep_ not in {"advcl", "acl"} or not _purpose(node):
        return None
    head = node.head
    noun = head if head.pos_ == "NOUN" else next((c for c in children_of(head) if c.dep_ == "obj" and c.i < node.i), None)
    if noun is None or fold(noun.lemma_) not in DISPATCH_NOUNS and fold(noun.text) not in DISPATCH_NOUNS:
        return None
    sent = [c for c in children_of(noun) if c.dep_ == "nmod" and c.i < node.i]
    keys = [k for c in sent for k in actors.resolve(c)]
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in ACTOR_KINDS]


def summoner_verb(node: Token) -> Token | None:
    """The verb of meeting or summoning whose object carries ``node``, a purpose infinitive ("a convoqué
    l'ambassadeur de Croatie pour protester": "convoqué"); None otherwise."""
    if node.dep_ not in {"acl", "nmod"} or not _purpose(node):
        return None
    verb = node.head.head if node.head.dep_ == "obj" else _stranded_summoner(node.head)
    return verb if verb is not None and verb.pos_ == "VERB" and fold(verb.lemma_) in PURPOSE_SUBJECT_VERBS else None


def _stranded_summoner(noun: Token) -> Token | None:
    """The verb right before ``noun`` when the parser gave that verb no object and hung ``noun`` elsewhere ("a convoqué
    samedi l'ambassadeur d'Azerbaïdjan pour protester …, a rapporté IRNA": "ambassadeur" parsed as the relay's subject);
    only a date or adverb of that verb may stand between them."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "obl:arg", "obl:mod", "nmod", "appos"}:
        return None
    doc, i, between = noun.doc, noun.left_edge.i - 1, []
    while i >= 0 and doc[i].dep_ in {"obl:mod", "advmod"} and doc[i].pos_ in {"NOUN", "ADV"}:
        between.append(doc[i])
        i -= 1
    verb = doc[i] if i >= 0 else None
    if verb is None or verb.pos_ != "VERB" or any(t.head.i != verb.i for t in between) \
            or any(c.dep_ == "obj" for c in children_of(verb)):
        return None
    return verb


def stranded_object(verb: Token) -> Token | None:
    """The noun right after ``verb`` that the parser hung elsewhere though it is ``verb``'s object ("a convoqué samedi
    l'ambassadeur d'Azerbaïdjan …, a rapporté IRNA": "ambassadeur"); None otherwise."""
    doc, j = verb.doc, verb.i + 1
    while j < len(doc) and doc[j].head.i == verb.i and doc[j].dep_ in {"obl:mod", "advmod"} and doc[j].pos_ in {"NOUN", "ADV"}:
        j += 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    noun = doc[j] if j < len(doc) else None
    return noun if noun is not None and noun.head.i != verb.i and _stranded_summoner(noun) == verb else None
