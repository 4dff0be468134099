"""Parser repair: "Washington presse Israël d'autoriser l'entrée de l'aide" with the present "presse" tagged as the
noun ("la presse") and the clause parsed into pieces: a Demand of Washington toward Israël.

Read on the surface, not on the tree: an actor's name, then the third person singular or plural of an object-control
trigger verb ("presse", "exhorte", "somme", "pressent") tagged as no verb or left without a subject, then an actor's name (after an optional
article) and "de" / "d'" with an infinitive. "la presse israélienne", "la presse d'Israël" give nothing: the word
before is no actor, or no infinitive follows.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import sentence_of
from extractors.events import OBJECT_CONTROL, Triggers
from extractors.lang import fold
from extractors.model import Relation
from extractors.relation_args import sentence_evidence

_ENDINGS = ("ent", "e")
_ARTICLES = {"le", "la", "les", "l'"}
#: Each "-e" / "-ent" form of a first-group object-control verb -> its infinitive, the first ending of ``_ENDINGS``
#: winning (one dict look-up per word instead of stripping each ending).
_FORMS: dict[str, str] = {}
for _ending in _ENDINGS:
    for _lemma in sorted(OBJECT_CONTROL):
        if _lemma.endswith("er"):
            _FORMS.setdefault(_lemma[:-2] + _ending, _lemma)


def pressed(token: Token, actors, trig: Triggers) -> list[Relation]:
    """The Demand (or other object-control event) of "X presse Y de + infinitive" on a mis-tagged verb; [] else."""
    text = fold(token.text)  # the word first (cheap, rarely a trigger form), the tree only then
    lemma = _FORMS.get(text)
    if lemma is None or lemma not in trig.verbs:
        return []
    if token.i == 0 or (token.pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in token.children)):
        return []
    doc, sentence = token.doc, sentence_of(token)
    subject = actors.actor_at(doc[token.i - 1])
    i = token.i + 1
    if i < sentence.end and fold(doc[i].text) in _ARTICLES:
        i += 1
    target = actors.actor_at(doc[i]) if i < sentence.end else None
    if subject is None or target is None or target == subject:
        return []
    while i < sentence.end and actors.actor_at(doc[i]) == target:
        i += 1
    if i + 1 >= sentence.end or fold(doc[i].text) not in {"de", "d'"} or doc[i + 1].morph.get("VerbForm") != ["Inf"]:
        return []
    return [Relation(subject, target, lemma, trig.verbs[lemma], sentence_evidence(token), False, None)]
