"""The subject of a speech verb hidden by a participial apposition: "Orano, détenu par l'État français, a indiqué…".

The parser sometimes hangs the sentence-initial name under the past participle of an apposition set off by commas
("Orano" as the participle's advcl, the participle as the speech verb's advcl), so the speech verb has no subject.
The name is that subject when:

- the sentence opens with an actor (a person, an organisation or a state; after an optional article: "L'Iran"),
  followed right after its name by a comma;
- the next word is a past participle without auxiliary ("détenu", "frappé", "visée") that hangs on the speech
  verb and governs the name;
- the apposition ends with a comma right before the verb's auxiliaries, with no finite verb inside it.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold

_ARTICLES = {"le", "la", "l'", "les"}  # compared with folded words
SPEAKER_KINDS = {"Person", "Organization", "Country"}  # the kinds of actor that speak (also aside_subjects.py)


def subject_before_participle_apposition(verb: Token, actors: ArticleActors) -> list[Token]:
    """The sentence-initial name of "X, <participle> …, a <speech verb>" when the parser left the verb without
    subject (see the module docstring); [] otherwise."""
    if not any(c.dep_ == "aux:tense" for c in verb.children) and verb.morph.get("VerbForm") != ["Fin"]:
        return []
    doc = verb.doc
    first = sentence_of(verb).start
    if fold(doc[first].text) in _ARTICLES:
        first += 1
    if first >= verb.i:
        return []
    key = actors.actor_at(doc[first])
    if key is None or actors.actors[key].kind not in SPEAKER_KINDS:
        return []
    end = first
    while end + 1 < verb.i and actors.actor_at(doc[end + 1]) == key:
        end += 1
    if end + 2 >= verb.i or doc[end + 1].text != ",":
        return []
    participle = doc[end + 2]
    if participle.pos_ != "VERB" or participle.morph.get("VerbForm") != ["Part"] or participle.head.i != verb.i \
            or participle.dep_ not in {"advcl", "acl", "dep"} or any(c.dep_.startswith("aux") for c in participle.children):
        return []
    if doc[first].head.i != participle.i:
        return []  # the name must hang on the participle ("Orano" as its advcl or subject)
    aux_start = min([c.i for c in verb.children if c.dep_.startswith("aux")] + [verb.i])
    if doc[aux_start - 1].text != "," or participle.right_edge.i >= aux_start:
        return []
    if any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") == ["Fin"] for t in doc[participle.i: aux_start]):
        return []
    return [doc[first]]
