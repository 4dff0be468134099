"""States, not acts: "Les échanges commerciaux entre le Canada et l'Inde dépassent 13 milliards de dollars" measures
a standing relationship (gold NOTES: trade volumes are states) and gives no relation.

An event noun is measured when it is the subject of a verb of amounting (``relation_amount_verbs``: "atteindre",
"dépasser", "s'élever") whose complement holds a number. "Les échanges entre A et B ont atteint un nouveau
niveau de confiance" (no number) is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold, language_data

AMOUNT_VERBS = language_data("fr").words("relation_amount_verbs")
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "conj"}


def measured(noun: Token) -> bool:
    """``noun`` is the subject of "atteindre / dépasser / s'élever à" + an amount."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or fold(verb.lemma_) not in AMOUNT_VERBS:
        return False
    complements = [c for c in verb.children if c.i > verb.i and c.dep_ not in _CLAUSE_DEPS]
    return any(t.pos_ == "NUM" or (t.like_num and t.pos_ != "DET") for c in complements for t in c.subtree)
