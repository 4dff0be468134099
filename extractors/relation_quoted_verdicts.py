"""A speaker's verdict on an act the text told before: "Washington a imposé de nouvelles sanctions à Cuba. « Ces
sanctions sont illégales », a déclaré le ministre cubain" is an Accuse of the speaker toward the act's author (gold
NOTES: a quote that blames an actor -> Accuse on the attribution sentence; an event anaphor resolves to its author).

The verdict is a copular predicate of ``relation_negative_judgements`` ("illégales", "une provocation", "une honte",
"injustifiée") whose subject is a demonstrative act or event noun ("ces sanctions", "cette décision", "ce texte",
"ces frappes"), in reported content. The author is the one ``relation_act_anaphors`` gives (never a mere main
subject: "La CGT a appelé à la grève contre le projet … « Ce texte est une provocation »" is no charge against the
CGT). The relation goes from each speaker whose statement holds the verdict (relays and denials left out) and sits
on that statement's sentence.

The same verdict given as an epithet of the demonstrative act noun counts too: "« Ces mesures cruelles frappent
d'abord les familles », a écrit le ministre" is an Accuse of the author of the measures, whatever the verb says of
them (with no author found, of the one actor the sentence before accuses: "Cuba a accusé les États-Unis de … « Ces
mesures cruelles … »"); a claim noun ("ces accusations mensongères": a rebuttal, read by
``relation_judged_claims``) does not. On the object of a verb whose subject is an actor, the epithet blames that
subject: "« La Chine mène une politique agressive »", "que le Japon « joue un jeu dangereux »" (not a negated,
conditional, passive or asked clause, nor a pronoun subject, nor a subject who suffers the act); an act noun with
its own owner blames the owner ("la politique agressive de Moscou" -> Russie), never the speaker's own side.

Precision first: a negated ("n'est pas illégale"), conditional ("serait illégale") or asked verdict gives nothing, as
does praise ("cette décision est importante") or a subject with an article only ("les sanctions sont illégales").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.blame_predicates import plain_assertion, suffers
from extractors.events import negated
from extractors.lang import fold
from extractors.model import Relation
from extractors.relation_act_anaphors import act_anaphor_authors
from extractors.relation_args import owner_actors
from extractors.relation_enacted_texts import ENACTED_NOUNS
from extractors.relation_judged_relatives import CLAIM_NOUNS
from extractors.relation_judgements import ACT_NOUNS, JUDGED_ACT_NOUNS, NEGATIVE_JUDGEMENTS, demonstrative
from extractors.relation_reproaches import NOT_CHARGES, asked
from extractors.relation_speaker_acts import toward_actors, toward_subjects

_ACT_NOUNS = JUDGED_ACT_NOUNS | ENACTED_NOUNS
#: Acts a subject does and a negative epithet judges: "mène une politique agressive", "joue un jeu dangereux".
_OWN_ACT_NOUNS = ACT_NOUNS | {"jeu"}


def quoted_verdicts(token: Token, actors, trig, context) -> list[Relation]:
    """The speakers' Accuse toward the author of the act a negative copular verdict judges; [] for anything else."""
    if token.pos_ not in {"ADJ", "NOUN", "VERB"} or not hasattr(context, "statements_at"):
        return []
    if not ({fold(token.lemma_), fold(token.text)} & NEGATIVE_JUDGEMENTS):
        return []
    if token.dep_ == "amod" and token.head.pos_ == "NOUN":
        if demonstrative(token.head):
            return _epithet_verdict(token, actors, trig, context)
        return _own_act_verdict(token, actors, context)
    children = list(token.children)
    # "est injustifiée" is parsed as a passive participle: its "être" counts as the copula
    cops = [c for c in children if c.dep_ == "cop" or (c.dep_ == "aux:pass" and fold(c.lemma_) == "etre")]
    acts = [c for c in children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN" and demonstrative(c)
            and ({fold(c.lemma_), fold(c.text)} & _ACT_NOUNS or trig.noun_type(c) is not None)]
    if not cops or len(acts) != 1 or not plain_assertion(token, passive=True):
        # "n'est pas illégale", "serait illégale", "est-elle illégale ?" ("est injustifiée" is parsed as a passive)
        return []
    return _accused_authors(token, acts[0], actors, context)


def _epithet_verdict(token: Token, actors, trig, context) -> list[Relation]:
    """"« Ces mesures cruelles frappent les familles »": a negative epithet of a demonstrative act noun (the caller
    checked the determiner)."""
    act = token.head
    words = {fold(act.lemma_), fold(act.text)}
    if words & CLAIM_NOUNS or not (words & _ACT_NOUNS or trig.noun_type(act) is not None):
        return []
    if negated(token, token) or asked(token) or not plain_assertion(act.head, negation=True, passive=True):
        return []  # "« Ces sanctions injustes seraient levées si … »": the clause of the act noun is hypothetical
    return _accused_authors(token, act, actors, context, fallback=True)


def _own_act_verdict(token: Token, actors, context) -> list[Relation]:
    """"« La Chine mène une politique agressive »", "que le Japon « joue un jeu dangereux »": a negative epithet on
    the act noun an actor subject does, in reported content, is an Accuse of that subject by the speaker. An act noun
    with its own owner blames that owner, never the subject ("« L'UE combat la politique agressive de Moscou »" ->
    Russie), and a subject who suffers the act ("« L'Ukraine subit la politique agressive … »") is never blamed."""
    act, verb = token.head, token.head.head
    words = {fold(act.lemma_), fold(act.text)}
    if act.dep_ != "obj" or verb.pos_ != "VERB" or words & CLAIM_NOUNS or not words & _OWN_ACT_NOUNS:
        return []
    if verb.morph.get("VerbForm") in (["Inf"], ["Part"]) and not any(c.dep_.startswith("aux") for c in verb.children):
        return []  # "mener une politique agressive serait une erreur": no one does it
    if negated(token, token) or not plain_assertion(verb):
        return []
    statements = _charging_statements(token, context)
    owners = owner_actors(act, actors, "Accuse")
    if owners:  # "la politique agressive de la Russie": the owner's act, whoever the subject is
        # (never the speaker's own side: Lavrov quoting "la politique agressive de la Russie" blames no Russia)
        return [r for s in statements for r in toward_actors(token, [o for o in owners if not _own_side(o, s.speaker, actors)],
                                                             actors, fold(token.lemma_), "Accuse", [s.speaker], evidence=s.evidence)]
    if suffers(verb) or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return []  # the subject undergoes the act; a pronoun subject's antecedent is too often misread to blame it
    speakers = {s.speaker for s in statements}
    relations = []
    for statement in statements:
        for relation in toward_subjects(token, verb, actors, context, fold(token.lemma_), "Accuse", [statement.speaker],
                                        evidence=statement.evidence):
            if relation.object in speakers or _own_side(relation.object, statement.speaker, actors):
                continue  # "Le Bénin, le Ghana et le Nigeria ont dénoncé une mesure « arbitraire »": no member blames
                # another; "« Le Japon joue un jeu dangereux », a déclaré la ministre japonaise": no self-accusation
            relations.append(relation)
    return relations


def _charging_statements(token: Token, context) -> list:
    """The statements whose content holds ``token``, relays and denials left out (``NOT_CHARGES``)."""
    return [s for s in context.statements_at(token.idx) if fold(s.cue) not in NOT_CHARGES]


def _own_side(owner: str, speaker: str, actors) -> bool:
    """Is ``owner`` the speaker or the speaker's state (a person's nationality)?"""
    nationality = actors.actors[speaker].nationality if speaker in actors.actors else None
    return owner == speaker or (nationality is not None and actors.actors[owner].label == nationality)


def _accused_before(context, speakers: list[str]) -> list[str]:
    """The one actor the previous sentence accuses ("Cuba a accusé les États-Unis de … « Ces mesures cruelles … »"):
    with the verdict explicit, the measures judged are the accused's; [] when none or several."""
    sentence, acts = getattr(context, "sentence", None), getattr(context, "acts", None)
    if sentence is None or acts is None:
        return []
    targets = [r.object for n, r in acts if n == sentence - 1 and r.event_type == "Accuse" and not r.negated]
    targets = [k for k in dict.fromkeys(targets) if k not in speakers]
    return targets if len(targets) == 1 else []


def _accused_authors(token: Token, act: Token, actors, context, fallback: bool = False) -> list[Relation]:
    """The Accuse of each speaker whose statement holds ``token`` toward the authors of ``act`` (with ``fallback``,
    else toward the one actor the previous sentence accused)."""
    statements = _charging_statements(token, context)
    if not statements:
        return []
    speakers = list(dict.fromkeys(s.speaker for s in statements))
    authors = act_anaphor_authors(act, speakers, actors, context) or (_accused_before(context, speakers) if fallback else [])
    return [relation for statement in statements for relation in toward_actors(
        token, authors, actors, fold(token.lemma_), "Accuse", [statement.speaker], evidence=statement.evidence)]
