"""Per-doc string columns of the tokens (text, folded text, part of speech, dependency), and the doc's entities, read once.

Each ``token.pos_``, ``token.dep_`` or ``token.text`` looks the string up in spaCy's string store again
and makes a new Python string (about 0.1 µs each); the sentence passes of the rules read them for every
word, several times. ``token_table(doc)`` reads the doc's arrays once and keeps the columns in
``doc.user_data``: a pass tests ``table.pos[i]`` and makes or fetches a ``Token`` only for the words it keeps.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, IDX, ORTH, POS, SPACY
from spacy.tokens import Doc, Span

from extractors.lang import fold

_KEY = "ng_token_table"
_ENTITIES = "ng_entities"


@dataclass(frozen=True)
class TokenTable:
    """Column ``i`` of each list is token ``i`` of the doc."""

    texts: list[str]
    folded: list[str]  # fold(token.text)
    pos: list[str]  # token.pos_
    dep: list[str]  # token.dep_
    spaces: list[int]  # 1 when a space follows the token (token.whitespace_ == " ")
    starts: list[int]  # token.idx: the character offset of the token in the doc's text


def token_table(doc: Doc) -> TokenTable:
    """The string columns of ``doc``'s tokens, made on first use and kept in ``doc.user_data``."""
    table = doc.user_data.get(_KEY)
    if table is None or len(table.texts) != len(doc):
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, DEP, SPACY, IDX]).tolist() if len(doc) else []
        names: dict[int, str] = {}
        texts, pos, dep, spaces, starts = [], [], [], [], []
        for orth, tag, relation, space, start in rows:
            texts.append(names.get(orth) or names.setdefault(orth, strings[orth]))
            pos.append(names.get(tag) or names.setdefault(tag, strings[tag]))
            dep.append(names.get(relation) or names.setdefault(relation, strings[relation]))
            spaces.append(space)
            starts.append(start)
        table = TokenTable(texts, [fold(t) for t in texts], pos, dep, spaces, starts)
        doc.user_data[_KEY] = table
    return table


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per doc (spaCy makes a new ``Span`` for every entity on each access) and kept in
    ``doc.user_data``; the extractors never set ``doc.ents``."""
    kept = doc.user_data.get(_ENTITIES)
    if kept is None or kept[0] != len(doc):
        kept = (len(doc), doc.ents)
        doc.user_data[_ENTITIES] = kept
    return kept[1]
