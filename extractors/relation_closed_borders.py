"""Closed borders and airspace: "Le Niger a fermé sa frontière avec le Bénin", "La Pologne a fermé son espace aérien
aux avions russes" are a Coerce of the neighbour or of the owner of what is shut out (gold NOTES: restrictions one
state puts on another are Coerce; "bloquer" and "suspendre" are Coerce verbs already, "fermer" is not).

Only a verb of ``relation_closing_verbs`` whose direct object is a border noun (``relation_border_nouns``), and a
neighbour after "avec" (on the object or the verb) or what is shut out after "à" ("aux avions russes" -> Russie).
"a fermé l'usine", "a fermé la route" give nothing. A border noun may be the "de" complement of the object ("a fermé
le principal point de passage avec l'Afghanistan"), and a present "ferme" the lemmatiser leaves as the adjective is
read as the verb ("Le Pakistan ferme sa frontière avec l'Afghanistan"). The closing noun object of a light verb is
the same act: "Le Niger a annoncé la fermeture de son espace aérien aux avions français".
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, verb_lemma
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, DE_WORDS, actor_keys, arguments_of, object_nouns_in, owner_actors
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
CLOSING_VERBS = _DATA.words("relation_closing_verbs")
CLOSING_NOUNS = _DATA.words("relation_closing_nouns")  # "a annoncé la fermeture de son espace aérien"
#: The verbs and their present forms ("ferme", lemmatised as the adjective): the words closed_borders is tried on.
CLOSING_FORMS = CLOSING_VERBS | {v[:-2] + e for v in CLOSING_VERBS if v.endswith("er") for e in ("e", "es", "ent")} | CLOSING_NOUNS
_BORDERS = _DATA.words("relation_border_nouns")
_BORDER_HOLDERS = _DATA.words("relation_border_holders")  # "le point de passage"
_WITH = {"avec"}
_WITH_OR_TO = _WITH | A_WORDS
_OWN = _DATA.words("relation_recall_possessives")  # one's own: "ses", "leurs", "notre"…


def closed_borders(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Coerce relations toward the neighbours a closed border or airspace shuts out; [] for anything else."""
    if verb.pos_ == "NOUN":
        return _announced_closure(verb, actors, trig, context)
    if verb.pos_ != "VERB" or verb_lemma(verb) not in CLOSING_VERBS:
        return []
    borders = object_nouns_in(verb, _BORDERS) or [
        o for o in object_nouns_in(verb, _BORDER_HOLDERS) if any(
            c.dep_ == "nmod" and fold(c.text) in _BORDERS and any(x.dep_ == "case" and fold(x.text) in DE_WORDS
                                                               for x in c.children) for c in o.children)]
    return _shut_out(verb, verb, borders, verb_lemma(verb), actors, trig, context)


def _announced_closure(noun: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """"a annoncé / décidé / ordonné la fermeture de son espace aérien aux avions X": a closing noun
    (``relation_closing_nouns``) object of a light verb, with a border noun after "de"; the light verb acts."""
    verb = noun.head
    if fold(noun.lemma_) not in CLOSING_NOUNS and fold(noun.text) not in CLOSING_NOUNS or noun.dep_ != "obj" \
            or verb.pos_ != "VERB" or fold(verb.lemma_) not in trig.light_verbs:
        return []
    borders = [c for c, case in arguments_of(noun) if c.dep_ == "nmod" and c.pos_ == "NOUN" and case & DE_WORDS
               and (fold(c.text) in _BORDERS or fold(c.lemma_) in _BORDERS)]
    return _shut_out(verb, noun, borders, noun.lemma_.lower(), actors, trig, context, extra=(noun,))


def _shut_out(verb: Token, trigger: Token, borders: list[Token], action: str, actors: ArticleActors, trig: Triggers,
              context, extra: tuple[Token, ...] = ()) -> list[Relation]:
    """The Coerce of the neighbours after "avec" or the owners of what is shut out after "à" on the verb, the
    ``extra`` holders or the ``borders``."""
    if not borders:
        return []
    keys: list[str] = []
    owned = [c for b in borders for c in b.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
             and any(g.dep_ == "det" and fold(g.text) in _OWN for g in c.children)]  # "l'accès de ses eaux aux chalutiers X"
    for holder in (verb, *extra, *borders, *owned):
        for c, case in arguments_of(holder):
            if c.dep_ in {"obl", "obl:arg", "obl:mod", "iobj", "nmod"} and case & _WITH_OR_TO:
                keys += actor_keys(c, actors, context=context) or (
                    (owner_actors(c, actors, "Coerce") or _owners(c, actors)) if case & A_WORDS else [])
    if not keys:
        return []
    return list(verbal_relations(verb, trigger, "Coerce", action, actors, trig, context,
                                 objects=list(dict.fromkeys(keys))))


def _owners(noun: Token, actors: ArticleActors) -> list[str]:
    """The actors a shut-out noun belongs to: "aux chalutiers de l'Union européenne" -> Union européenne."""
    return [k for g in noun.children if g.dep_ == "nmod" and any(
        x.dep_ == "case" and fold(x.text) in DE_WORDS for x in g.children) for k in actor_keys(g, actors)]
