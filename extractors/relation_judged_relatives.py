"""A judgement in a relative clause on an act named in apposition: "X a fait Y, une mesure que Z juge « illégale »".

The apposed act noun sums up the clause before it, so its author is that clause's subject; the judge is the actor
between "que" and the judging verb; the judgement must be negative (``relation_negative_judgements``). Judging a
measure badly is an Accuse of its author ("La Chine a suspendu ses importations, une mesure que Tokyo juge
« infondée »" -> Japon Accuse Chine); judging an accusation badly rejects the accuser ("Traoré a accusé la France
de …, une accusation que le Quai d'Orsay juge « absurde »" -> Quai d'Orsay Reject Traoré). Token order carries the
construction, since the parser often takes the present "juge" for a noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import _keys, _sentence_evidence
from extractors.relation_judgements import ACT_NOUNS, NEGATIVE_JUDGEMENTS
from extractors.relation_subjects import _subjects

_DATA = language_data("fr")
#: Verbs of judging whose attribute is the judgement: "que Tokyo juge « infondée »", "que Moscou qualifie d'« illégale »".
JUDGING_VERBS = _DATA.words("relation_judging_verbs")
#: Act nouns that are themselves claims: judging one badly rejects its author rather than accusing them.
CLAIM_NOUNS = _DATA.words("relation_claim_nouns")
_APPOSITION_MARKS = {",", "—", "–", ":"}
_RELATIVE = {"que", "qu'", "qu’"}
#: How far the judging verb and the judgement may sit from "que" / from the verb.
_JUDGE_SPAN, _JUDGEMENT_SPAN = 6, 5


def judged_in_relative(noun: Token, actors: ArticleActors, context: list) -> list[Relation]:
    """The Accuse (or Reject, for a claim) by the judge of the apposed act's author; [] when any part is missing."""
    text = fold(noun.text)
    if noun.pos_ != "NOUN" or (text not in ACT_NOUNS and fold(noun.lemma_) not in ACT_NOUNS):
        return []
    doc, sentence = noun.doc, sentence_of(noun)
    first = min([noun.i, *(c.i for c in noun.children if c.dep_ == "det")])
    if first - 1 < sentence.start or doc[first - 1].text not in _APPOSITION_MARKS:
        return []
    after = noun.i + 1 + (noun.i + 1 < sentence.end and doc[noun.i + 1].pos_ == "ADJ")
    if after >= sentence.end or fold(doc[after].text) not in _RELATIVE:
        return []
    verb = next((t for t in doc[after + 1:min(sentence.end, after + 1 + _JUDGE_SPAN)] if _judging(t)), None)
    if verb is None or not _negative(doc[verb.i + 1:min(sentence.end, verb.i + 1 + _JUDGEMENT_SPAN)]):
        return []
    judges = list(dict.fromkeys(k for t in doc[after + 1:verb.i] if t.pos_ in {"PROPN", "NOUN"} for k in _keys(t, actors)))
    clause = noun.head
    if len(judges) != 1 or clause.pos_ != "VERB" or clause.i > noun.i:
        return []
    authors = [k for k in _subjects(clause, actors, context) if k not in judges]
    event_type = "Reject" if text in CLAIM_NOUNS else "Accuse"
    evidence = _sentence_evidence(noun)
    return [Relation(judges[0], author, "juger", event_type, evidence, False, None) for author in authors]


def _judging(token: Token) -> bool:
    """"juge", "qualifie", "estiment", "a jugé": by lemma, or by the form of a first-group verb (present "juge" is
    often tagged as a noun)."""
    if fold(token.lemma_) in JUDGING_VERBS:
        return True
    stem = fold(token.text).removesuffix("nt").removesuffix("e")
    return token.pos_ in {"VERB", "NOUN", "AUX"} and stem + "er" in JUDGING_VERBS


def _negative(tokens) -> bool:
    return any(fold(t.text) in NEGATIVE_JUDGEMENTS or fold(t.lemma_) in NEGATIVE_JUDGEMENTS for t in tokens)
