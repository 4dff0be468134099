"""The state bodies of two speakers in their content: "Les deux dirigeants ont promis de rétablir une ligne directe
entre leurs ministères de la Défense".

A plural state body noun (``owned_state_body_nouns``: "leurs ministères", "leurs gouvernements", "leurs armées",
"leurs diplomaties") with the possessive "leurs", whose owners are the subject of the clause it is in ("les deux
dirigeants" -> the two leaders, "Athènes et Ankara"), stands for the states of those owners: a state owner itself, a
person owner the state of their nationality. Nothing unless every owner (two or more) has a state, and nothing when
the verb has an object, who then owns it ("ont appelé les deux pays à retirer leurs armées").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_SUBJECTS = {"nsubj", "nsubj:pass"}


def owned_state_bodies(token: Token, actors) -> list[str]:
    """The states of the owners of "leurs ministères" (see the module docstring); [] when the rule does not apply."""
    if token.pos_ != "NOUN" or fold(token.text) not in actors.data.words("owned_state_body_nouns") \
            or not any(c.dep_ == "det" and fold(c.text) == "leurs" for c in token.children):
        return []
    subject, below, head = None, token, token
    while subject is None and head.head.i != head.i:
        below, head = head, head.head
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i != token.i), None)
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.i <= token.i <= subject.right_edge.i:
        return []  # "Leurs armées et ils…", "Les États-Unis et leurs armées…": the possessive is in the subject
    if any(c.dep_ in {"obj", "iobj"} for c in head.children) and below.dep_ in {"xcomp", "ccomp"}:
        return []
    owners = list(dict.fromkeys(actors.resolve(subject)))
    states = []
    for key in owners:
        actor = actors.actors[key]
        if actor.kind == "Country":
            states.append(key)
        elif actor.kind == "Person" and actor.nationality:
            states.append(actors._ensure_country(actor.nationality, token))
        else:
            return []
    states = list(dict.fromkeys(states))
    return states if len(owners) >= 2 and len(states) >= 2 else []
