"""Permits withdrawn: "Le Niger a retiré son permis d'exploitation au groupe Orano", "Pékin a révoqué les
accréditations de trois journalistes de la BBC", "Moscou a suspendu la licence de la compagnie X" are a Coerce of the
holder (gold NOTES: restrictions one actor puts on another are Coerce; "retirer" alone is a withdrawal of troops).

Only a verb of ``relation_revoking_verbs`` whose direct object (or passive subject) is a permit noun
(``relation_permit_nouns``: permis, licence, agrément, accréditation, visa, nationalité…), and a holder after "à" on
the verb ("au groupe Orano") or after "de" on the permit ("le permis d'Orano"). "a retiré ses troupes", "a retiré sa
candidature", "a retiré le permis" (no holder) give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import A_WORDS, DE_WORDS, actor_keys, arguments_of
from extractors.relation_verbal import verbal_relations

_DATA = language_data("fr")
REVOKING_VERBS = _DATA.words("relation_revoking_verbs")
_PERMITS = _DATA.words("relation_permit_nouns")
_PERMIT_DEPS = {"obj", "nsubj:pass", "xcomp"}  # "le permis" parsed as an xcomp participle


def revoked_permits(verb: Token, actors: ArticleActors, trig: Triggers, context) -> list[Relation]:
    """Coerce relations toward the holders of a permit, licence or accreditation withdrawn; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in REVOKING_VERBS:
        return []
    permits = [c for c in verb.children if c.dep_ in _PERMIT_DEPS and fold(c.text) in _PERMITS
               and any(d.dep_ == "det" for d in c.children)]  # "son permis" is often tagged a verb (permettre)
    permits += _stranded_permit(verb)
    if not permits:
        return []
    keys: list[str] = []
    for c, case in arguments_of(verb):
        if c.dep_ in {"obl", "obl:arg", "obl:mod", "iobj"} and case & A_WORDS:
            keys += _holder(c, actors, context)  # "retirer son permis au groupe Orano"
    for permit in permits:
        for c, case in arguments_of(permit):
            if c.dep_ in {"nmod", "obl:arg", "obl"} and case & (DE_WORDS | A_WORDS):
                keys += _holder(c, actors, context)  # "la licence de la compagnie X", "… au groupe X"
    if not keys:
        return []
    return list(verbal_relations(verb, verb, "Coerce", verb.lemma_.lower(), actors, trig, context,
                                 objects=list(dict.fromkeys(keys))))


def _holder(noun: Token, actors: ArticleActors, context) -> list[str]:
    """The actor a holder phrase names: itself, else the name it carries ("au groupe français Orano", the name tagged
    an adjective), else its owner ("les accréditations des journalistes de la BBC" -> BBC)."""
    keys = actor_keys(noun, actors, context=context)
    if keys or noun.pos_ != "NOUN":
        return keys
    names = [c for c in noun.children if c.dep_ in {"amod", "appos", "flat:name", "nmod"} and c.text[:1].isupper()
             and not any(g.dep_ == "case" for g in c.children)]
    owners = [c for c in noun.children if c.dep_ == "nmod" and any(
        g.dep_ == "case" and fold(g.text) in DE_WORDS for g in c.children)]
    return [k for c in names for k in actors.resolve(c, context=context)] or [
        k for c in owners for k in actor_keys(c, actors, context=context)]


def _stranded_permit(verb: Token) -> list[Token]:
    """Parser repair: "a retiré au groupe Orano son permis", the object after the indirect one hung elsewhere: the
    determiner and permit noun just after the verb's own words."""
    doc, after = verb.doc, verb.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].pos_ != "DET" or fold(doc[after + 1].text) not in _PERMITS:
        return []
    permit = doc[after + 1]
    return [permit] if permit.head.i != verb.i and doc[after].head.i == permit.i else []
