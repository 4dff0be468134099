"""A body noun of the gazetteer given its own qualifier: "le Congrès des députés", "le Congrès péruvien", "le Congrès
national africain" are other bodies than the one the table reads the bare noun as ("congrès" -> "Congrès américain").

The ``organizations`` table maps a one-word common noun to a label that adds whose body it is ("Congrès" ->
"Congrès américain"). Such a noun followed by its own complement - adjectives that are not the label's qualifier
("péruvien", "national"), or "de/des/du" and a noun that is not the label's state ("des députés", "de la
République") - names another body: an organisation of that full name. "le Congrès américain", "le Congrès des
États-Unis", "le Congrès de Washington" stay the table's body, and so do "demander au Congrès de voter" (an infinitive)
and "l'adoption par le Congrès de la loi" (the object of a deverbal noun). In an article that names one such other
body ("le Congrès des députés") and never the table's body in full, the bare noun ("le Congrès") is that body. A
lower-case "congrès" ("le congrès du parti") is a meeting, no actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.lang import fold

_OF = {"de", "d'", "du", "des"}


def other_body(actors, span: Span) -> tuple[Span, str | None]:
    """The mention span and actor key of a gazetteer match: ``actors._gazetteer_key`` unless the match is a qualified
    body noun of the module docstring. ``actors``: the ``ArticleActors`` being built."""
    if not _qualified_noun(actors, span):
        return span, actors._gazetteer_key(span)
    if span[0].is_lower:
        return span, None  # "le congrès du parti": a meeting
    own = _own_name(actors, span[0])
    if own is None:
        names = {fold(n.text): n for n in _other_names(actors, span.doc)}
        if len(names) != 1 or _table_body_named(actors, span):
            return span, actors._gazetteer_key(span)
        own = span  # "le Congrès" after "le Congrès des députés": that body
        label = next(iter(names.values())).text
    else:
        label = own.text
    return own, actors._ensure("org:" + fold(label), label, "Organization", own.start)


def _qualified_noun(actors, span: Span) -> bool:
    """A one-word common noun the table labels with a qualifier added ("congrès" -> "Congrès américain")."""
    text = fold(span.text)
    label = actors._orgs.get(text)
    return len(span) == 1 and label is not None and span[0].is_alpha and not span.text.isupper() \
        and len(label.split()) > 1 and fold(label.split()[0]) == text


def _other_names(actors, doc: Doc) -> list[Span]:
    cached = getattr(actors, "_other_body_names", None)
    if cached is None:
        cached = actors._other_body_names = [
            name for token in doc if token.text[:1].isupper() and _qualified_noun(actors, doc[token.i: token.i + 1])
            and (name := _own_name(actors, token)) is not None]
    return cached


def _table_body_named(actors, span: Span) -> bool:
    """Does the article name the table's body in full ("le Congrès américain", "le Congrès des États-Unis")?"""
    return any(_qualified_noun(actors, span.doc[t.i: t.i + 1]) and _own_name(actors, t) is None and _complement(t) is not None
               for t in span.doc if t.text[:1].isupper())


def _own_name(actors, token: Token) -> Span | None:
    """"Congrès des députés" / "Congrès péruvien": the name with its own complement, or None (the table's body)."""
    complement = _complement(token)
    if complement is None:
        return None
    doc, end = token.doc, complement
    words = [t for t in doc[token.i + 1: end] if t.pos_ != "DET" and fold(t.text) not in _OF]
    qualifier = {fold(w) for w in actors._orgs[fold(token.text)].split()[1:]}
    state = {actors._demonyms.get(q) for q in qualifier} - {None}
    named = fold(" ".join(t.text for t in words).replace(" - ", "-"))
    if named in qualifier or any(fold(t.text) in qualifier or actors._demonyms.get(fold(t.text)) in state for t in words) \
            or (actors._countries.get(named) or actors._metonyms.get(named)) in state:
        return None  # "le Congrès américain", "le Congrès des États-Unis", "le Congrès de Washington"
    return doc[token.i: end]


def _complement(token: Token) -> int | None:
    """The end (token index) of the adjectives or "de" complement right after the noun, or None."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.isalpha() and doc[i].is_lower:
        i += 1  # "Congrès national africain"
    if i > token.i + 1:
        return i
    if i >= len(doc) or fold(doc[i].text) not in _OF:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1  # "de la République", "de l'Union"
    if j >= len(doc) or doc[j].pos_ not in {"NOUN", "PROPN"} or not doc[j].is_alpha and "-" not in doc[j].text:
        return None  # "demander au Congrès de voter"
    if doc[j].is_lower and any(c.dep_ == "case" and fold(c.text) == "par" for c in token.children):
        return None  # "l'adoption par le Congrès de la loi"
    end = j + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].dep_ in {"flat:name", "flat", "nmod", "amod"} \
            and doc[end].head.i >= j:
        end += 1
    return end
