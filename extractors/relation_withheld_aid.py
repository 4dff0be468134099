"""Aid or funds cut or withheld: "L'UE retient 10 milliards d'euros destinés à la Hongrie", "Les États-Unis ont coupé
leur aide à l'Éthiopie", "a retenu la livraison de chars à l'Ukraine" are a Coerce of the recipient (gold NOTES:
economic pressure is Coerce; "retenir", "couper", "réduire", "supprimer" are no Coerce verbs of their own).
"suspendre", "geler", "bloquer" are Coerce verbs already, but their own reading takes the direct object (the aid,
no actor); they are listed in ``relation_withholding_verbs`` too so that "a gelé les fonds destinés à X" finds X.

Only a verb of ``relation_withholding_verbs`` whose direct object is aid, funds, a sum or a delivery
(``relation_supplied_aid_goods``, the transfer nouns of ``relation_supply_acts``, ``relation_withheld_nouns``; never
goods alone), and a recipient (a country or an organization) after "à" on the object,
on the verb or on a participle of destination ("destinés à X"). "a réduit les émissions", "a coupé la route" give
nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, actor_keys, arguments_of, object_nouns_in
from extractors.relation_supply_acts import SUPPLY_NOUNS
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
WITHHOLDING_VERBS = _DATA.words("relation_withholding_verbs")
#: Aid, funds and deliveries, not goods: "ont arrêté un véhicule à Kherson" withholds nothing from anyone.
_WITHHELD = _DATA.words("relation_withheld_nouns") | SUPPLY_NOUNS | _DATA.words("relation_supplied_aid_goods")
_RECIPIENT_KINDS = {"Country", "Organization"}


def withheld_aid(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Coerce relations toward the recipients of aid or funds ``verb`` cuts or withholds; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in WITHHOLDING_VERBS:
        return []
    things = object_nouns_in(verb, _WITHHELD)
    if not things:
        return []
    holders = [verb, *things, *(g for t in things for g in t.children if g.dep_ in {"acl", "nmod"})]
    # "10 milliards d'euros destinés à la Hongrie", "la livraison de chars à l'Ukraine"
    keys = [k for h in holders for c, case in arguments_of(h)
            if c.dep_ in {"obl", "obl:arg", "obl:mod", "iobj", "nmod"} and case & A_WORDS
            for k in actor_keys(c, actors, context=context) if actors.actors[k].kind in _RECIPIENT_KINDS]
    if not keys:
        return []
    return list(verbal_relations(verb, verb, "Coerce", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(keys))))
