"""Warnings of consequences: "Mark Rutte avait affirmé que Pékin « ne pouvait pas continuer ... sans en subir les
conséquences »" is a Threaten of the speaker toward the one who would suffer them (gold NOTES, invented set 6:
"A warning of « conséquences » → Threaten").

The noun "conséquences" (``relation_consequence_nouns``) is the object of a verb of bearing them
(``relation_bearing_verbs``: "subir", "payer", "assumer") inside the reported content of a statement; the one
threatened is the subject of that verb (through infinitive and "sans" clauses). Only consequences still to come
(an infinitive, a future, a conditional): "l'Europe subit les conséquences de la guerre" is a fact. The speaker's
own side is left out ("nous en subirons les conséquences" is no threat).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import _future_form
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_speaker_acts import toward_subjects

_FR = language_data("fr")
CONSEQUENCE_NOUNS = _FR.words("relation_consequence_nouns")
BEARING_VERBS = _FR.words("relation_bearing_verbs")


def warned_consequences(noun: Token, actors, context) -> list[Relation]:
    """The speaker's Threaten toward the one who would bear the consequences; [] for anything else."""
    if noun.pos_ != "NOUN" or fold(noun.text) not in CONSEQUENCE_NOUNS or noun.dep_ != "obj":
        return []
    verb = noun.head
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in BEARING_VERBS or not hasattr(context, "speakers_at"):
        return []
    if not _ahead(verb):
        return []  # "L'Europe subit les conséquences de la guerre": a fact, no warning
    return toward_subjects(noun, verb, actors, context, "avertir", "Threaten")


def _ahead(verb: Token) -> bool:
    """An infinitive ("devra assumer", "sans en subir"), a future or a conditional: consequences still to come."""
    forms = [verb, *(a for a in verb.children if a.dep_.startswith("aux"))]
    return verb.morph.get("VerbForm") == ["Inf"] or _future_form(verb) or any(  # ("subira" tagged a present)
        f.morph.get("Tense") == ["Fut"] or f.morph.get("Mood") == ["Cnd"] for f in forms)
