"""Active supply of arms or aid: "La Russie a livré à la Syrie des systèmes de défense", "L'Iran a transféré des
drones à la Russie", "Moscou fournirait à Pyongyang du pétrole et des denrées alimentaires", "La France a vendu des
chars à l'Inde" are a Support of the recipient by the supplier (gold NOTES: supplying arms or aid backs the
recipient; the passive is ``relation_supplied``, sums of money ``relation_pledged_funds``).

Only a verb of ``relation_supply_act_verbs`` whose thing handed over is goods of war or aid
(``relation_supplied_goods``, ``relation_projectile_nouns``, ``relation_supplied_aid_goods``; a sale
(``relation_sale_verbs``) only of goods of war), and a recipient after "à" or "vers" that names an actor. The parser
often reads the recipient placed first ("livrer à X des armes") with the goods as a "de" complement of the recipient
or of the verb: both are taken. "a envoyé une lettre à X", "a vendu des avions de ligne à X" give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_gates import act_not_done
from extractors.relation_suspended import put_to_end
from extractors.relation_args import A_WORDS, DE_WORDS, actor_keys, arguments_of, sentence_evidence
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
SUPPLY_ACT_VERBS = _DATA.words("relation_supply_act_verbs")
SALE_VERBS = _DATA.words("relation_sale_verbs")
_WAR_GOODS = (_DATA.words("relation_supplied_goods") | _DATA.words("relation_projectile_nouns")) \
    - _DATA.words("relation_supplied_aid_goods") - _DATA.words("relation_dual_use_goods")
_ALL_GOODS = _DATA.words("relation_supplied_goods") | _DATA.words("relation_projectile_nouns") \
    | _DATA.words("relation_supplied_aid_goods")
_DUAL_USE = _DATA.words("relation_dual_use_goods") - _DATA.words("relation_supplied_aid_goods")
_CIVIL_OR_WAR_GOODS = _ALL_GOODS - _DUAL_USE  # what a gift or loan hands over unless marked military (_is_military)
_MILITARY = {"militaire", "militaires"}  # "des avions militaires"
_MILITARY_USES = {"defense", "combat", "guerre", "chasse"}  # "des systèmes de défense", "des avions de combat"
_TO = A_WORDS | {"vers"}
_RECIPIENT_DEPS = {"obl", "obl:arg", "obl:mod", "iobj"}


def supply_acts(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Support relations toward the recipients of goods of war or aid ``verb`` hands over; [] for anything else."""
    if verb.pos_ == "NOUN":
        return supplied_goods(verb, actors, trig, context)  # "un transfert d'armes nord-coréennes vers la Russie"
    lemma = fold(verb.lemma_)
    if verb.pos_ != "VERB" or lemma not in SUPPLY_ACT_VERBS or any(c.dep_ == "nsubj:pass" for c in verb.children):
        return []
    if act_not_done(verb, actors):
        return []  # "a demandé à Berlin de livrer des chars à Kiev": asked of Berlin, not done
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    holders = [verb, *objects, *(n for o in objects for n in o.children if n.dep_ == "nmod")]
    # "a octroyé un prêt de deux milliards à l'Ukraine": the parser hangs the recipient on the goods or the sum
    places = [c for holder in holders for c, case in arguments_of(holder)
              if c.dep_ in _RECIPIENT_DEPS | {"nmod"} and case & _TO and (holder is verb or c.dep_ == "nmod")]
    recipients = [k for c in places for k in actor_keys(c, actors, context=context)]
    if not recipients:
        return []
    goods = _WAR_GOODS if lemma in SALE_VERBS else _CIVIL_OR_WAR_GOODS
    if not any(_is_goods(n, goods) or _is_military(n) for n in objects + _recipient_first(verb, places)):
        return []  # "a envoyé un avion à Kaboul pour rapatrier": a plane is no arms unless military
    return list(verbal_relations(verb, verb, "Support", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(recipients))))


def _recipient_first(verb: Token, places: list[Token]) -> list[Token]:
    """Parser repair of "livrer à X des armes", "fournirait à X du pétrole", "a envoyé à X de nouveaux missiles": the
    goods after the recipient read as a "de" complement (or an apposition) of the verb or of the recipient."""
    first = min(p.i for p in places)
    return [c for holder in (verb, *places) for c in holder.children
            if c.i > first and c.pos_ == "NOUN" and (c.dep_ == "appos" or (
                c.dep_ in {"obl", "obl:arg", "nmod"}
                and {fold(g.text) for g in c.children if g.dep_ == "case"} & DE_WORDS))]


def _is_military(noun: Token) -> bool:
    """Dual-use goods (``relation_dual_use_goods``: avion, véhicule, équipement…) marked military: "des avions
    militaires", "du matériel militaire", "des systèmes de défense antiaérienne", "des avions de combat"."""
    return _is_goods(noun, _DUAL_USE) and any(c.dep_ == "amod" and fold(c.text) in _MILITARY
                                              or c.dep_ == "nmod" and fold(c.text) in _MILITARY_USES for c in noun.children)


def _is_goods(noun: Token, goods: frozenset[str]) -> bool:
    """The noun or one of its conjuncts is goods ("du pétrole et des denrées alimentaires")."""
    return any({fold(n.lemma_), fold(n.text)} & goods for n in [noun, *(c for c in noun.children if c.dep_ == "conj")])


SUPPLY_NOUNS = _DATA.words("relation_supply_nouns")
_STOPPERS = _DATA.words("relation_withholding_verbs") | _DATA.words("relation_tie_enders") \
    | _DATA.words("relation_supply_stoppers")
_NONE_DETS = {"aucun", "aucune", "nul", "nulle"}


def supplied_goods(noun: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """"un nouveau transfert d'armes nord-coréennes vers la Russie", "la vente de missiles américains à Taïwan": a
    transfer noun with goods of war or aid, the supplier's demonym on the goods (or a "par" agent) and a recipient after
    "à"/"vers" -> Support of the recipient; with no such supplier, the subject of the light verb that carries the noun
    ("a approuvé / annoncé l'envoi de chars à X"); [] for anything else ("la vente de l'entreprise à X")."""
    lemma = fold(noun.lemma_)
    if noun.pos_ != "NOUN" or (lemma not in SUPPLY_NOUNS and fold(noun.text) not in SUPPLY_NOUNS):
        return []
    if noun.dep_ in {"obj", "nsubj:pass", "obl:arg"} and fold(noun.head.lemma_) in _STOPPERS or put_to_end(noun):
        return []  # "a bloqué la vente d'armes américaines à X", "a mis fin aux livraisons": stopped, backs no one
    goods_words = _WAR_GOODS if lemma.startswith(("vente", "export")) else _ALL_GOODS
    goods = [c for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & DE_WORDS and _is_goods(c, goods_words)]
    if len(goods) != 1:
        return []
    places = [c for holder in (noun, goods[0]) for c, case in arguments_of(holder) if c.dep_ == "nmod" and case & _TO]
    objects = [k for c in places for k in actor_keys(c, actors)]
    agents = [c for c, case in arguments_of(noun) if c.dep_ == "nmod" and "par" in case]
    subjects = [k for a in agents for k in actor_keys(a, actors)] or [
        k for c in [*goods[0].children, *noun.children] if c.dep_ == "amod"
        for k in actors.mentions_in(c.idx, c.idx + len(c.text))]  # "d'obus nord-coréens" read on "transfert"
    subjects = [k for k in dict.fromkeys(subjects) if actors.actors[k].kind in ACTOR_KINDS]
    if objects and not subjects and noun.dep_ == "obj" and noun.head.pos_ == "VERB" \
            and fold(noun.head.lemma_) in trig.light_verbs:  # "Washington a approuvé la vente à Taipei de missiles"
        return list(verbal_relations(noun.head, noun, "Support", noun.lemma_.lower(), actors, trig, context,
                                     objects=list(dict.fromkeys(objects))))
    if not objects or not subjects:
        return []
    polarity = any(c.dep_ == "det" and fold(c.text) in _NONE_DETS for c in noun.children)
    evidence = sentence_evidence(noun)
    return [Relation(s, o, noun.lemma_.lower(), "Support", evidence, polarity, None)
            for s in subjects for o in dict.fromkeys(objects) if o != s]


def supplied_goods_words() -> frozenset[str]:
    """Every goods word a supply counts (war and aid), for the checks of aid withheld (``relation_withheld_aid``)."""
    return _ALL_GOODS
