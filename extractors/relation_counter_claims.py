"""A counter-claim after a denial: "Kigali dément et affirme que l'armée congolaise collabore avec les FDLR" is an
Accuse of the speaker toward the actor its claim makes the doer (gold NOTES: "démentir" an accusation → Reject of
the accuser; "a counter-claim that blames the other side → Accuse").

Read from the verb of saying that follows the denial: "X dément et affirme que Y …", "X nie et assure que Y …",
"Niant toute implication, X affirme que Y …". The denial is a verb of ``relation_claim_denial_verbs`` (by lemma or
word form: the tagger reads "dément" as the adjective), coordinated before the verb of saying or a participle clause
on it. Only a state's counter-claim against another state is read (the speaker and the accused both countries, the
accused named as the "que" clause's subject: "l'Ukraine", "l'armée congolaise"); a person or an organisation may be
the speaker's own side ("Le Kremlin dément et affirme que Vladimir Poutine est en bonne santé"), left out.

The claim must blame (``blame_predicates.blames``: a hostile trigger, a wrongdoing verb or phrase, a negative
judgement, support to an armed group): "Kigali dément et affirme que la RDC a toujours été un partenaire fiable du
Rwanda" gives nothing, and neither do neutral verbs of saying ("dément et dit que …": no counter-claim voiced).
Precision first: a negated ("que l'Algérie ne soutient pas"), conditional ("pourrait soutenir"), passive ("a été
attaquée") or asked claim gives nothing, as does a verb of wondering ("se demande si").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.blame_predicates import blames, plain_assertion
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import actor_keys
from extractors.relation_denied_claims import CLAIM_DENIAL_VERBS
from extractors.relation_speaker_acts import toward_actors

#: Verbs of saying that carry the counter-claim ("dément et affirme que").
CLAIM_VERBS = language_data("fr").words("relation_counter_claim_verbs")
_DENIAL_FORMS = {"dement", "dementent", "nie", "nient", "refute", "refutent", "conteste", "contestent"}
_QUE = {"que", "qu'"}  # folded words
_SUBJECT_DEPS = {"nsubj"}


def counter_claimed(verb: Token, actors, context) -> list[Relation]:
    """The speaker's Accuse toward the actor subject of the "que" clause a denier affirms; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in CLAIM_VERBS or not hasattr(context, "statements_at"):
        return []
    if not _after_denial(verb):
        return []
    clause = _claim_clause(verb)
    if clause is None or _hedged(clause) or not blames(clause):
        return []
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"}]
    targets = [k for c in subjects for k in actor_keys(c, actors) if actors.actors[k].kind == "Country"]
    statements = [s for s in context.statements_at(clause.idx) if actors.actors[s.speaker].kind == "Country"]
    relations: list[Relation] = []
    for statement in statements:
        relations += toward_actors(clause, targets, actors, fold(verb.lemma_), "Accuse", [statement.speaker],
                                   evidence=statement.evidence)
    return relations


def _after_denial(verb: Token) -> bool:
    """"dément et affirme" (the denial just before "et"), or "Niant toute implication, X affirme" (a participle clause)."""
    doc = verb.doc
    if verb.i >= 2 and fold(doc[verb.i - 1].text) == "et" and _is_denial(doc[verb.i - 2]):
        return True
    return any(c.dep_ == "advcl" and c.i < verb.i and _is_denial(c) and c.morph.get("VerbForm") == ["Part"]
               for c in verb.children)


def _is_denial(token: Token) -> bool:
    return fold(token.lemma_) in CLAIM_DENIAL_VERBS - {"rejeter", "contester"} or fold(token.text) in _DENIAL_FORMS


def _claim_clause(verb: Token) -> Token | None:
    """The verb of the "que" clause after ``verb`` (its complement, or where the parser hung it: "affirme de son côté
    que l'armée … collabore" with the clause on "côté")."""
    doc = verb.doc
    for t in doc[verb.i + 1: min(verb.i + 7, verb.sent.end)]:
        if t.is_punct:
            return None
        if fold(t.text) in _QUE and t.dep_ == "mark":
            head = t.head
            return head if head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"} and head.i > t.i else None
    return None


def _hedged(clause: Token) -> bool:
    """Negated, conditional, passive, asked or a possibility ("pourrait", "doit"): no blame stated."""
    if not plain_assertion(clause):
        return True
    return any(fold(c.lemma_) in {"pouvoir", "devoir"} for c in clause.children if c.dep_.startswith("aux")) \
        or fold(clause.lemma_) in {"pouvoir", "devoir"}
