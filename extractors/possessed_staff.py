"""Sources named by a possessive staff noun: "Le Premier ministre X doit se rendre à Ankara. Selon son bureau, …".

A person's or body's office, cabinet, entourage, services or spokesperson (fr.json ``possessed_staff_nouns``) speaks
for its owner (tests/gold/NOTES.md: spokespeople and services speak for whom they serve: "les services de Manuel
Valls"). The owner is the main subject of the sentence before, when it is one person, organisation or state and agrees in
number with the possessive ("son bureau" -> a singular owner, "leur entourage" -> a plural one). Precision first:
only a possessive determiner, no complement of the noun ("son bureau de Genève") but a remit ("chargé de…"), no
owner when the sentence before has no resolvable subject. After the words it reports ("Le Premier ministre X doit
se rendre à Séoul, a indiqué son cabinet"), the owner is the subject of the reported clause before the comma. Read
by ``UnnamedRoles.unnamed_role`` (subjects and "selon" sources alike).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.possessed_roles import plural_owner, possessive_of

_PLURAL = {"leur", "leurs"}
_POSSESSIVES = {"son", "sa", "ses"} | _PLURAL


def possessed_staff_owner(head: Token, actors) -> list[str]:
    """The owner of "son bureau" / "ses services" / "leur porte-parole" (see the module docstring); [] otherwise."""
    if head.pos_ != "NOUN" or fold(head.text) not in actors.data.words("possessed_staff_nouns"):
        return []
    possessive = possessive_of(head)
    if possessive not in _POSSESSIVES or any(c.dep_ in {"nmod", "appos", "acl:relcl", "flat:name"} or (
            c.dep_ == "acl" and fold(c.lemma_) != "charger") for c in head.children):
        return []  # "son bureau de Genève", "son porte-parole, Jean X" (but "son porte-parole chargé des océans")
    # the sentence before's subject; none when a subject of its own sentence comes first ("son" may be its), unless
    # that subject is the one of the words the staff noun reports ("X doit se rendre à Séoul, a indiqué son cabinet")
    subject = actors.previous_subject(head) or _content_subject(head)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return []
    if plural_owner(subject) != (possessive in _PLURAL):
        return []
    keys = actors.resolve(subject)
    return keys if len(keys) == 1 and actors.actors[keys[0]].kind in {"Person", "Organization", "Country"} else []


def _content_subject(head: Token) -> Token | None:
    """"X doit se rendre à Séoul, a indiqué son cabinet": the staff noun is the subject put after its speech verb,
    which follows a comma; the owner is the subject of the clause the speech verb is hung on (never one of a
    subordinate clause before it: "Alors que X attendait, Y a annulé sa visite, a indiqué son cabinet" -> Y), else the
    first subject of the sentence, before that comma and of another verb."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i > head.i:
        return None
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i], key=lambda t: t.i)
    if first.i == 0 or head.doc[first.i - 1].text != ",":
        return None
    if verb.dep_ == "parataxis":  # "Si X refuse, Y annulera sa visite, a indiqué son cabinet": the clause it reports
        reported = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < first.i), None)
        if reported is not None:
            return reported
    sentence = head.sent
    return next((t for t in sentence if t.dep_ in {"nsubj", "nsubj:pass"} and t.i < first.i and t.head.i != verb.i), None)
