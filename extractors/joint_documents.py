"""Who signs a joint document that names no author: "Selon un communiqué conjoint, les deux pays vont …".

A joint text ("un communiqué conjoint", "une déclaration commune": a ``speech_vehicle_nouns`` noun with one of the
``relation_joint_adjectives``) speaks for its signatories. When the "selon" phrase names them ("selon un communiqué
conjoint de la France et de l'Allemagne") ``extractors.according`` reads them; otherwise they are

- the subject of the clause the phrase introduces, when it stands for two actors or more ("Selon un communiqué
  conjoint, les deux pays vont renforcer…", "…, Tokyo et Séoul condamnent…");
- else, when that subject is no actor, the two states (or organisations, or people) named together in the sentence
  before ("Le Japon et la Corée du Sud ont tenu une réunion. Selon un communiqué conjoint, la coopération sera
  renforcée.").

A document whose author is named in any form ("un communiqué conjoint publié par le G7") is that author's, and a
single subject ("Selon un communiqué conjoint, Tokyo …") or a document without a joint adjective ("selon un
communiqué, …") gives nobody: one author of a joint text is not its source alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold, language_data

_SPEAKER_KINDS = {"Person", "Organization", "Country"}
_SUBJECTS = {"nsubj", "nsubj:pass"}


def is_joint_document(head: Token) -> bool:
    """"communiqué conjoint", "déclaration commune": a document noun with a joint adjective of its own."""
    data = language_data("fr")
    vehicles = data.words("speech_vehicle_nouns")  # (word lists are folded)
    if fold(head.lemma_) not in vehicles and fold(head.text) not in vehicles:
        return False
    joint = data.words("relation_joint_adjectives")
    return any(c.dep_ == "amod" and fold(c.text) in joint for c in head.children)


def joint_signatories(head: Token, actors, context: list[str] | None = None) -> list[str]:
    """The signatories of the joint document ``head`` (see the module docstring); [] when they are not two or more."""
    if not is_joint_document(head):
        return []
    if any(c.dep_ == "nmod" and c.i > head.i for c in head.children):
        return []  # "un communiqué conjoint des ministères": the author is named (or is no actor), read elsewhere
    if any(t.dep_ == "obl:agent" or (t.dep_ == "case" and fold(t.text) == "par")
           for c in head.children if c.i > head.i and c.dep_ in {"acl", "nmod", "amod"} for t in c.subtree):
        return []  # "un communiqué conjoint publié par le G7": the G7's text, not the pair's
    verb = head.head if head.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"} and head.head.i > head.i else None
    if verb is not None:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i > head.i]
        if subjects:
            keys = _actors_of(subjects[0], actors, context)
            if keys:
                return keys if len(keys) >= 2 else []  # "…, Tokyo va …": one of them is not the joint text
    return _pair_before(head, actors)


def _actors_of(subject: Token, actors, context) -> list[str]:
    """The actors a subject and its coordinated nouns stand for ("les deux pays", "Tokyo et Séoul")."""
    tokens = [subject] + [c for c in subject.children if c.dep_ == "conj"]
    keys = [k for t in tokens for k in actors.resolve(t, context=context)]
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in _SPEAKER_KINDS and not actors.actors[k].medium]


def _pair_before(head: Token, actors) -> list[str]:
    """The two actors named together ("X et Y") in the sentence before the one holding ``head``."""
    from extractors.entities import sentence_of

    start = sentence_of(head).start
    if start == 0:
        return []
    previous = sentence_of(head.doc[start - 1])
    for kind in ("Country", "Person", "Organization"):
        pair = actors._coordinated_pair(kind, start, since=previous.start)
        if pair and not any(actors.actors[k].medium for k in pair):
            return list(pair)
    return []
