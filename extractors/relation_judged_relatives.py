"""A judgement in a relative clause on an act named in apposition: "X a fait Y, une mesure que Z juge « illégale »".

The apposed act noun sums up the clause before it, so its author is that clause's subject; the judge is the actor
between "que" and the judging verb; the judgement must be negative (``relation_negative_judgements``). Judging a
measure badly is an Accuse of its author ("La Chine a suspendu ses importations, une mesure que Tokyo juge
« infondée »" -> Japon Accuse Chine); judging an accusation badly rejects the accuser ("Traoré a accusé la France
de …, une accusation que le Quai d'Orsay juge « absurde »" -> Quai d'Orsay Reject Traoré). Token order carries the
construction, since the parser often takes the present "juge" for a noun.

The same judgement made by a participle with its agent: "l'armée chinoise a mené des exercices, une démonstration de
force dénoncée par Taipei" (Taïwan Accuse Chine), "a proposé de nouvelles élections, une idée rejetée par
l'opposition" (Reject of the proposer) — see ``judged_by_participle``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.events import Triggers, negated
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_args import actor_keys, sentence_evidence
from extractors.relation_judgements import ACT_NOUNS, NEGATIVE_JUDGEMENTS
from extractors.relation_subjects import subject_actors

_DATA = language_data("fr")
#: Verbs of judging whose attribute is the judgement: "que Tokyo juge « infondée »", "que Moscou qualifie d'« illégale »".
JUDGING_VERBS = _DATA.words("relation_judging_verbs")
#: Act nouns that are themselves claims: judging one badly rejects its author rather than accusing them.
CLAIM_NOUNS = _DATA.words("relation_claim_nouns")
#: Proposals: rejecting one rejects its author ("une idée rejetée par l'opposition").
PROPOSAL_NOUNS = _DATA.words("relation_proposal_nouns")
#: Event types of a participle that judges the act it describes: "dénoncée par", "condamnée par", "rejetée par".
_JUDGING_TYPES = {"Accuse", "Protest", "Reject"}
#: Event types of a relative verb that asks for the act: "une visite que Copenhague n'a pas sollicitée".
_ASKING_TYPES = {"Demand"}
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
    judges = list(dict.fromkeys(k for t in doc[after + 1:verb.i] if t.pos_ in {"PROPN", "NOUN"} for k in actor_keys(t, actors)))
    clause = noun.head
    if len(judges) != 1 or clause.pos_ != "VERB" or clause.i > noun.i:
        return []
    authors = [k for k in subject_actors(clause, actors, context) if k not in judges]
    event_type = "Reject" if text in CLAIM_NOUNS else "Accuse"
    evidence = sentence_evidence(noun)
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


def judged_by_participle(noun: Token, actors: ArticleActors, trig: Triggers, context: list) -> list[Relation]:
    """", une démonstration de force dénoncée par Taipei", ", une visite que Copenhague n'a pas sollicitée": the agent
    of a participle (or the subject of a relative) on an apposed act noun acts on the author of the clause before (its
    subject). A claim or proposal rejected or denounced is a Reject of its author; any other act denounced or
    condemned is an Accuse; a visit asked for is a Demand. A participle of praise or of any other verb ("une
    décision saluée par X", "des exercices menés par X") gives nothing."""
    text = fold(noun.text)
    claim = text in CLAIM_NOUNS or text in PROPOSAL_NOUNS
    if noun.pos_ != "NOUN" or not (claim or text in ACT_NOUNS or fold(noun.lemma_) in ACT_NOUNS
                                   or fold(noun.lemma_) in trig.nouns):
        return []
    doc, sentence = noun.doc, sentence_of(noun)
    first = min([noun.i, *(c.i for c in noun.children if c.dep_ == "det")])
    clause = noun.head
    if first - 1 < sentence.start or doc[first - 1].text not in _APPOSITION_MARKS or clause.pos_ != "VERB" \
            or clause.i > noun.i:
        return []
    relations: list[Relation] = []
    holders = [noun, *(c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i)]
    for verb in (p for h in holders for p in h.children if p.dep_ in {"acl", "acl:relcl"} and p.i > noun.i):
        event_type = trig.verbs.get(fold(verb.lemma_))
        judges = _participle_agents(verb, actors) if event_type in _JUDGING_TYPES else []
        if not judges and event_type in _JUDGING_TYPES | _ASKING_TYPES:
            judges = _relative_subjects(noun, verb, actors)
        if not judges:
            continue
        if event_type not in _ASKING_TYPES:
            event_type = "Reject" if claim or event_type == "Reject" else "Accuse"
        evidence = sentence_evidence(noun)
        authors = [k for k in subject_actors(clause, actors, context) if k not in judges]
        relations += [Relation(judge, author, verb.lemma_.lower(), event_type, evidence, negated(verb, verb), None)
                      for judge in judges for author in authors]
    return relations


def _participle_agents(participle: Token, actors: ArticleActors) -> list[str]:
    """The "par" agents of a participle: "dénoncée par Taipei", "rejetée à la fois par le gouvernement et par X"."""
    if participle.morph.get("VerbForm") != ["Part"]:
        return []
    agents = [c for c in participle.children if c.dep_ == "obl:agent" or (c.dep_ in {"obl:mod", "obl"} and any(
        fold(m.text) == "par" for m in c.children if m.dep_ == "case"))]  # "condamnée par Paris" parsed as a modifier
    agents += [g for c in participle.children if fold(c.text) == "fois" for g in c.children  # "à la fois par X"
               if any(fold(m.text) == "par" for m in g.children if m.dep_ == "case")]
    agents += [c for a in agents for c in a.children if c.dep_ == "conj"]  # "par le gouvernement et par l'opposition"
    return list(dict.fromkeys(k for a in agents for k in actor_keys(a, actors)))


def _relative_subjects(noun: Token, verb: Token, actors: ArticleActors) -> list[str]:
    """The subject of a relative clause opened by "que" right after the noun: "une visite que Copenhague n'a pas
    sollicitée" (the parser may call it a passive subject)."""
    after = noun.i + 1 + (noun.i + 1 < verb.i and noun.doc[noun.i + 1].pos_ == "ADJ")
    if fold(noun.doc[after].text) not in _RELATIVE:
        return []
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and after < c.i < verb.i]
    return list(dict.fromkeys(k for c in subjects for k in actor_keys(c, actors)))
