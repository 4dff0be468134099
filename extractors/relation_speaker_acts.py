"""Relations a speaker's own words make toward the actors of its reported content.

"« Les États-Unis doivent cesser d'armer Taïwan », a-t-il déclaré" is a Demand of the speaker toward the
États-Unis (``relation_stop_demands``); "Pékin « en subira les conséquences »" a Threaten toward Pékin
(``relation_warnings``); "« La Russie viole les traités », a affirmé X" an Accuse toward Russie
(``relation_reproaches``). All take the speakers of the statement that holds the word, the actor subjects of the
clause, and leave out the speaker's own side ("nous devons cesser", "nous en subirons les conséquences").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.model import AGENT_KINDS, Evidence, Relation
from extractors.relation_args import sentence_evidence
from extractors.relation_subjects import subject_actors


def toward_subjects(anchor: Token, clause_verb: Token, actors, context, action: str, event_type: str,
                    speakers: list[str] | None = None, *, evidence: Evidence | None = None) -> list[Relation]:
    """``event_type`` relations from each speaker whose statement holds ``anchor`` (or from ``speakers``) toward each
    actor subject of ``clause_verb`` that is not the speaker or the speaker's state; [] outside reported content.
    ``evidence``: as for ``toward_actors``."""
    speakers = context.speakers_at(anchor.idx) if speakers is None else speakers
    if not speakers:
        return []
    targets = [k for k in subject_actors(clause_verb, actors, context) if actors.actors[k].kind in AGENT_KINDS]
    return toward_actors(anchor, targets, actors, action, event_type, speakers, evidence=evidence)


def toward_actors(anchor: Token, targets: list[str], actors, action: str, event_type: str,
                  speakers: list[str], *, evidence: Evidence | None = None) -> list[Relation]:
    """``event_type`` relations from each of ``speakers`` toward each of ``targets`` that is not the speaker or the
    speaker's state, on ``anchor``'s sentence (or on ``evidence``: a statement's own, for a charge read in it)."""
    own = {k for s in speakers for k in [s, *actors.speaker_state(s, anchor.idx, anchor.idx + 1)]}
    evidence = sentence_evidence(anchor) if evidence is None else evidence
    return [Relation(s, t, action, event_type, evidence, False, None) for s in speakers for t in targets if t not in own]
