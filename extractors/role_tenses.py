"""Past and present holders of one title: "l'ancien maire" is the former mayor, never the mayor of the day.

"Le procureur a requis … contre l'ancien maire de Lunel, Pierre Vidal. … La commune réclame 800 000 euros à
l'ancien maire. … Le maire actuel, Sophie Marin, a indiqué …": a role noun qualified as past ("l'ancien maire",
"l'ex-maire", "le précédent maire"; ``role_tense_modifiers``) takes up only a person whose title was given as past
("l'ancien maire de Lunel, Pierre Vidal", "L'ancien député Jean Morel"); one qualified as present ("le maire
actuel") never takes up a past holder. A role noun with no such word keeps every holder.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold


def head_tense(head: Token, data) -> str | None:
    """"past" for "l'ancien maire" / "l'ex-maire", "now" for "le maire actuel", else None."""
    senses = data.table("role_tense_modifiers")
    if fold(head.text).startswith("ex-"):
        return "past"
    return next((senses[fold(c.text)] for c in head.children if c.dep_ == "amod" and fold(c.text) in senses), None)


def title_tense(head: Token, data) -> str | None:
    """The tense of a title the article gives a person: the modifier right before the role noun ("l'ancien maire de
    Lunel, X"; "l'ex-maire X") or after it ("le maire actuel, X")."""
    return head_tense(head, data) or (
        data.table("role_tense_modifiers").get(fold(head.doc[head.i - 1].text)) if head.i > 0 else None)


def same_tense(head: Token, people: list, tenses: dict[str, set[str]], data) -> list:
    """The actors of ``people`` whose title has the tense of ``head`` (all of them when the head has none); an actor
    with no tense recorded is a present holder."""
    wanted = head_tense(head, data)
    if wanted is None:
        return people
    return [a for a in people if a.kind != "Person" or wanted in (tenses.get(a.key) or {"now"})]
