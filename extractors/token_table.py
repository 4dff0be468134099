"""Per-doc string columns of the tokens (text, folded text, part of speech, dependency), and the doc's entities, read once.

Each ``token.pos_``, ``token.dep_`` or ``token.text`` looks the string up in spaCy's string store again
and makes a new Python string (about 0.1 µs each); the sentence passes of the rules read them for every
word, several times. ``token_table(doc)`` reads the doc's arrays once and keeps the columns in
``doc.user_data``: a pass tests ``table.pos[i]`` and makes or fetches a ``Token`` only for the words it keeps.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, IDX, LEMMA, MORPH, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

from extractors.lang import fold

_KEY = "ng_token_table"
_ENTITIES = "ng_entities"
_LEMMAS = "ng_lemmas"
_CHILDREN = "ng_children"
_MORPHS = "ng_morphs"
_TOKENS = "ng_tokens"


@dataclass(frozen=True)
class TokenTable:
    """Column ``i`` of each list is token ``i`` of the doc."""

    texts: list[str]
    folded: list[str]  # fold(token.text)
    pos: list[str]  # token.pos_
    dep: list[str]  # token.dep_
    spaces: list[int]  # 1 when a space follows the token (token.whitespace_ == " ")
    starts: list[int]  # token.idx: the character offset of the token in the doc's text


#: (doc, value, len(doc)) of the last call of each per-doc accessor below: the rules call them per word, on one doc
#: at a time, and ``doc is`` is cheaper than the ``doc.user_data`` look-up (the doc is held until the next doc's call).
_LAST_TABLE: list = [None, None, -1]
_LAST_TOKENS: list = [None, None, -1]
_LAST_CHILDREN: list = [None, None, -1]
_LAST_MORPHS: list = [None, None, -1]


def token_table(doc: Doc) -> TokenTable:
    """The string columns of ``doc``'s tokens, made on first use and kept in ``doc.user_data``."""
    last = _LAST_TABLE
    if last[0] is doc and last[2] == len(doc):
        return last[1]
    table = doc.user_data.get(_KEY)
    if table is None or len(table.texts) != len(doc):
        columns = doc.to_array([ORTH, POS, DEP, SPACY, IDX]).T.tolist() if len(doc) else [[] for _ in range(5)]
        orths, tags, relations, spaces, starts = columns
        names = strings_of(doc, orths)
        table = TokenTable(names, folded_strings_of(doc, orths), strings_of(doc, tags), strings_of(doc, relations),
                           spaces, starts)
        doc.user_data[_KEY] = table
    last[:] = doc, table, len(doc)
    return table


#: String id -> string, and string id -> its folded string, kept across docs: a string id is the hash of its string
#: (the same in every vocab), and spaCy's ``StringStore`` decodes the string again on each look-up (about 0.5 µs).
_STRINGS: dict[int, str] = {}
_FOLDED_STRINGS: dict[int, str] = {}
_KEPT_STRINGS = 1 << 18  # bound: each is emptied when it has grown past it


def strings_of(doc: Doc, ids: list[int]) -> list[str]:
    """The strings of a column of string ids (``doc.to_array`` of ORTH, LEMMA, POS, DEP...), each id looked up once."""
    strings = doc.vocab.strings
    return _through(_STRINGS, ids, lambda missing: [strings[i] for i in missing])


def folded_strings_of(doc: Doc, ids: list[int]) -> list[str]:
    """``[fold(s) for s in strings_of(doc, ids)]``, each id folded once."""
    return _through(_FOLDED_STRINGS, ids, lambda missing: [fold(text) for text in strings_of(doc, missing)])


def _through(kept: dict[int, str], ids: list[int], look_up) -> list[str]:
    """``ids`` mapped through ``kept``, the ids it lacks first looked up (``look_up(missing ids)``) and kept."""
    found = list(map(kept.get, ids))  # most columns have every id known already: no set of the ids to make
    if None not in found:
        return found
    if len(kept) > _KEPT_STRINGS:
        kept.clear()
    missing = [i for i in set(ids) if i not in kept]  # never empty: an id was missing above
    kept.update(zip(missing, look_up(missing)))
    return list(map(kept.__getitem__, ids))


def lemmas_of(doc: Doc) -> list[str]:
    """``token.lemma_`` of every token of ``doc``, read once per doc from its arrays (no ``Token`` objects)."""
    lemmas = doc.user_data.get(_LEMMAS)
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = strings_of(doc, doc.to_array(LEMMA).tolist()) if len(doc) else []
        doc.user_data[_LEMMAS] = lemmas
    return lemmas


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per doc (spaCy makes a new ``Span`` for every entity on each access) and kept in
    ``doc.user_data``; the extractors never set ``doc.ents``."""
    kept = doc.user_data.get(_ENTITIES)
    if kept is None or kept[0] != len(doc):
        kept = (len(doc), doc.ents)
        doc.user_data[_ENTITIES] = kept
    return kept[1]


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per doc: each ``doc[i]`` or pass over a doc or sentence makes new ``Token`` objects;
    slice this list instead (``tokens_of(doc)[sentence.start: sentence.end]``)."""
    last = _LAST_TOKENS
    if last[0] is doc and last[2] == len(doc):
        return last[1]
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None or len(tokens) != len(doc):
        tokens = list(doc)
        doc.user_data[_TOKENS] = tokens
    last[:] = doc, tokens, len(doc)
    return tokens


def children_of(token: Token) -> list[Token]:
    """``list(token.children)``, from a per-doc index of every token's children made once from the doc's HEAD column:
    spaCy's ``token.children`` walks the token's whole left and right edges and makes a new ``Token`` for each child
    (about 0.3 µs a child, 0.6 µs a call); the index gives the kept ``Token`` objects of ``tokens_of``, in the
    same order (by position). The kept list: read it, do not change it."""
    doc = token.doc
    last = _LAST_CHILDREN
    if last[0] is doc and last[2] == len(doc):
        return last[1][token.i]
    children = doc.user_data.get(_CHILDREN)
    if children is None or len(children) != len(doc):
        tokens = tokens_of(doc)
        children = [[] for _ in tokens]
        if tokens:
            for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
                if offset:
                    children[i + offset].append(tokens[i])
        doc.user_data[_CHILDREN] = children
    last[:] = doc, children, len(doc)
    return children[token.i]


#: Morphology string id -> its features (field -> values), kept across docs as ``_STRINGS``.
_FEATURES: dict[int, dict[str, tuple[str, ...]]] = {}


def morph_get(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)`` (a new list, empty when the token has no such feature), from a per-doc column of
    the tokens' features made once from the doc's MORPH column: spaCy's ``token.morph.get`` makes a
    ``MorphAnalysis`` and looks each feature's string up again (about 1.7 µs a call)."""
    doc = token.doc
    last = _LAST_MORPHS
    if last[0] is doc and last[2] == len(doc):
        morphs = last[1]
    else:
        morphs = doc.user_data.get(_MORPHS)
        if morphs is None or len(morphs) != len(doc):
            morphs = _morphs_of(doc)
            doc.user_data[_MORPHS] = morphs
        last[:] = doc, morphs, len(doc)
    values = morphs[token.i].get(field)
    if values is None:
        return []
    return list(values) if len(values) == 1 else token.morph.get(field)  # several values: in spaCy's own order


def _morphs_of(doc: Doc) -> list[dict[str, tuple[str, ...]]]:
    if not len(doc):
        return []
    ids = doc.to_array(MORPH).tolist()
    known = _FEATURES
    if len(known) > _KEPT_STRINGS:
        known.clear()
    missing = [i for i in set(ids) if i not in known]
    for i, analysis in zip(missing, strings_of(doc, missing)):
        features: dict[str, tuple[str, ...]] = {}
        for feature in analysis.split("|") if analysis and analysis != "_" else ():
            name, _, values = feature.partition("=")
            features[name] = tuple(values.split(","))
        known[i] = features
    return list(map(known.__getitem__, ids))
