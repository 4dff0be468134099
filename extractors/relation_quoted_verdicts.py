"""A speaker's verdict on an act the text told before: "Washington a imposé de nouvelles sanctions à Cuba. « Ces
sanctions sont illégales », a déclaré le ministre cubain" is an Accuse of the speaker toward the act's author (gold
NOTES: a quote that blames an actor -> Accuse on the attribution sentence; an event anaphor resolves to its author).

The verdict is a copular predicate of ``relation_negative_judgements`` ("illégales", "une provocation", "une honte",
"injustifiée") whose subject is a demonstrative act or event noun ("ces sanctions", "cette décision", "ce texte",
"ces frappes"), in reported
content. The author is the one ``relation_act_anaphors`` gives (never a mere main subject: "La CGT a appelé à la
grève contre le projet … « Ce texte est une provocation »" is no charge against the CGT). The relation goes from each speaker whose statement holds the verdict
(relays and denials left out) and sits on that statement's sentence.

Precision first: a negated ("n'est pas illégale"), conditional ("serait illégale") or asked verdict gives nothing, as
does praise ("cette décision est importante") or a subject with an article only ("les sanctions sont illégales").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import negated
from extractors.lang import fold
from extractors.model import Relation
from extractors.relation_act_anaphors import act_anaphor_authors
from extractors.relation_enacted_texts import ENACTED_NOUNS
from extractors.relation_judgements import JUDGED_ACT_NOUNS, NEGATIVE_JUDGEMENTS, demonstrative
from extractors.relation_reproaches import NOT_CHARGES, asked
from extractors.relation_speaker_acts import toward_actors

_ACT_NOUNS = JUDGED_ACT_NOUNS | ENACTED_NOUNS
#: Conditional forms the parser tags as indicative: "« Ces sanctions seraient illégales »".
_CONDITIONALS = {"serait", "seraient", "serais", "serions", "seriez", "pourrait", "pourraient", "aurait", "auraient"}


def quoted_verdicts(token: Token, actors, trig, context) -> list[Relation]:
    """The speakers' Accuse toward the author of the act a negative copular verdict judges; [] for anything else."""
    if token.pos_ not in {"ADJ", "NOUN", "VERB"} or not hasattr(context, "statements_at"):
        return []
    if not ({fold(token.lemma_), fold(token.text)} & NEGATIVE_JUDGEMENTS):
        return []
    children = list(token.children)
    # "est injustifiée" is parsed as a passive participle: its "être" counts as the copula
    cops = [c for c in children if c.dep_ == "cop" or (c.dep_ == "aux:pass" and fold(c.lemma_) == "etre")]
    acts = [c for c in children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN" and demonstrative(c)
            and ({fold(c.lemma_), fold(c.text)} & _ACT_NOUNS or trig.noun_type(c) is not None)]
    if not cops or len(acts) != 1 or _hedged(token, cops):
        return []
    statements = [s for s in context.statements_at(token.idx) if fold(s.cue) not in NOT_CHARGES]
    if not statements:
        return []
    speakers = list(dict.fromkeys(s.speaker for s in statements))
    act = acts[0]
    authors = act_anaphor_authors(act, speakers, actors, context)
    relations = []
    for statement in statements:
        for relation in toward_actors(token, authors, actors, fold(token.lemma_), "Accuse", [statement.speaker]):
            relations.append(Relation(relation.subject, relation.object, relation.action, "Accuse",
                                      statement.evidence, False, None))
    return relations


def _hedged(token: Token, cops: list[Token]) -> bool:
    """"n'est pas illégale", "serait illégale", "est-elle illégale ?": no verdict given."""
    if negated(token, token):
        return True
    if any(c.morph.get("Mood") == ["Cnd"] or fold(c.text) in _CONDITIONALS for c in [*cops, *token.children]):
        return True
    return asked(token)

