"""Court news: "la défense" speaks by the defendant's lawyer the article named before it.

"Son avocat, Me Luc Garnier, a plaidé la relaxe. Selon la défense, les fonds ont été remboursés." -> Luc Garnier.
"la défense" (lower case, singular, definite, with no adjective or complement of its own: never "la défense
antiaérienne", "la défense de l'accusé", "le ministère de la Défense") is the one lawyer named before it: a
person titled by a lawyer noun ("son avocat, Me X") or named after "Me" / "Maître", whose titles say nothing of a
civil party or a victim ("l'avocat des parties civiles, Me Y" pleads against the defence). None when no such
lawyer or two were named.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_LAWYER_NOUNS = {"avocat", "avocate", "conseil"}
_LAWYER_TITLES = {"me", "maitre"}
_OTHER_SIDE = {"civile", "civiles", "victime", "victimes", "famille", "familles", "plaignant", "plaignante", "plaignants"}


def defence_counsel(token: Token, actors) -> list[str] | None:
    """The lawyer "la défense" stands for (see the module docstring); None otherwise."""
    if token.text != "défense" or token.pos_ != "NOUN" or token.morph.get("Number") == ["Plur"]:
        return None
    if not any(c.dep_ == "det" and fold(c.text) in {"la", "sa", "leur"} for c in token.children) \
            or any(c.dep_ in {"amod", "nmod", "appos", "acl", "acl:relcl"} for c in token.children):
        return None
    doc = actors.doc
    lawyers = []
    for mention in actors.mentions:
        if mention.end > token.i or mention.key in lawyers or actors.actors[mention.key].kind != "Person":
            continue
        roles = [fold(r).split() for r in actors.actors[mention.key].roles]
        titled = any(words[0] in _LAWYER_NOUNS for words in roles if words) or (
            mention.start > 0 and fold(doc[mention.start - 1].text.rstrip(".")) in _LAWYER_TITLES)
        if titled and not any(set(words) & _OTHER_SIDE for words in roles):
            lawyers.append(mention.key)
    return lawyers if len(lawyers) == 1 else None
