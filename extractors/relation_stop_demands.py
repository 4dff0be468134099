"""Reported demands to stop: "« Les États-Unis doivent cesser d'armer Taïwan », a-t-il déclaré", "Selon lui, l'OTAN
« doit cesser d'étendre ses tentacules »" are a Demand of the speaker toward the one who must stop (gold NOTES,
invented sets 1 and 6).

Only a verb of stopping (``relation_stop_verbs``: "cesser", "arrêter") governed by "devoir" (any tense, not
negated: "ne doit pas cesser" is no demand) whose subject names an actor, inside the reported content of a
statement; the speaker's own side ("nous devons cesser") is left out. Other "doit" + infinitive clauses in
quotes ("la Russie doit négocier") are not taken: the gold does not annotate them consistently.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import negated
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_speaker_acts import toward_subjects

STOP_VERBS = language_data("fr").words("relation_stop_verbs")


def demanded_stop(verb: Token, actors, context) -> list[Relation]:
    """The speaker's Demand toward the subject of "doit cesser de"; [] for anything else."""
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in STOP_VERBS or verb.dep_ != "xcomp":
        return []
    must = verb.head
    if fold(must.lemma_) != "devoir" or negated(verb, verb) or not hasattr(context, "speakers_at"):
        return []
    return toward_subjects(verb, must, actors, context, fold(verb.lemma_), "Demand")
