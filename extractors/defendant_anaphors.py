"""Court news: "le prévenu", "l'accusé" take up the defendant named before them.

"Le procureur Jean Dupuis a requis deux ans de prison contre Paul Girard. … « Je suis innocent », s'est défendu le
prévenu." -> "le prévenu" is Paul Girard: a definite singular defendant noun (``defendant_nouns``) with no complement
of its own is the one person named before it in the article who holds no court role (the prosecutor, the judge,
the lawyers: ``court_role_nouns`` in their titles, or "Me" / "Maître" before their name), named in a sentence that
tries someone (``defendant_court_cues``: "contre", "jugé", "poursuivi", "comparaît", "condamné", "procès") and never
as a victim ("Le corps de Marie Dubois avait été retrouvé … « Je ne l'ai pas tuée », a déclaré le prévenu": no
defendant; ``defendant_victim_nouns``). None when two such people were named before (a co-defendant, a witness), or
none.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.token_table import morph_get

_DEFINITE = {"le", "la", "l'"}  # folded words
_LAWYER_TITLES = {"me", "maitre"}


def sole_defendant(head: Token, actors) -> list[str] | None:
    """The defendant "le prévenu" / "l'accusée" refers to (see the module docstring); None otherwise."""
    data = actors.data
    if fold(head.text) not in data.words("defendant_nouns") or morph_get(head, "Number") == ["Plur"]:
        return None
    before = fold(head.doc[head.i - 1].text) if head.i > 0 else ""  # (the article is often mislabelled: "le" as obj)
    if not ({fold(c.text) for c in head.children if c.dep_ == "det"} | {before}) & _DEFINITE \
            or any(c.dep_ in {"appos", "flat:name", "acl:relcl"} or (c.dep_ == "nmod" and _de_complement(c)) for c in head.children):
        return None  # "un prévenu", "l'accusé de Nanterre", "les prévenus" (but "le prévenu à la barre")
    court = data.words("court_role_nouns")
    people = list(dict.fromkeys(m.key for m in actors.mentions if m.end <= head.i and actors.actors[m.key].kind == "Person"))
    parties = [key for key in people if not _court_official(key, actors, court) and _tried(key, head.i, actors)]
    return parties if len(parties) == 1 else None


def _tried(key: str, before: int, actors) -> bool:
    """Is the person named before token ``before`` in a sentence that tries someone, and never as a victim?"""
    from extractors.entities import sentence_of
    cues, victims = actors.data.words("defendant_court_cues"), actors.data.words("defendant_victim_nouns")
    mentions = [m for m in actors.mentions if m.key == key and m.end <= before]
    for m in mentions:
        root = actors.doc[m.start: m.end].root
        if root.dep_ == "nmod" and fold(root.head.text) in victims and _de_complement(root):
            return False  # "le corps de Marie Dubois"
    return any(fold(t.text) in cues or fold(t.lemma_) in cues for m in mentions for t in sentence_of(actors.doc[m.start]))


def _de_complement(child: Token) -> bool:
    return any(c.dep_ == "case" and fold(c.text) in {"de", "d'", "du", "des"} for c in child.children)


def _court_official(key: str, actors, court) -> bool:
    """A prosecutor, judge or lawyer: a court role noun in a title of theirs ("le procureur X", "son avocate, Me X")
    or "Me" right before one of their names."""
    if any(fold(word) in court for role in actors.actors[key].roles for word in role.split()):
        return True
    doc = actors.doc
    return any(m.start > 0 and fold(doc[m.start - 1].text.rstrip(".")) in _LAWYER_TITLES for m in actors.mentions if m.key == key)
