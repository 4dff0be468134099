"""A second, more robust parse of an article: names masked, sentence boundaries constrained.

fr_core_news_md parses foreign person names badly ("Narendra" tagged as a
verb, "Xi" as an adverb) and often cuts a sentence right after a subject name
("Giorgia Meloni | a accueilli ..."). Both break subject/object rules. So we
parse the text a second time with every person name replaced by one common
French first name ("Pierre"), with sentence starts allowed only after
sentence-final punctuation or a line break, and copy the parse back onto the
original tokens: the text, the tokens and the entities stay those of the
first parse, only the tags, lemmas, heads and labels change (a name's first
token takes the head of the mask, the other tokens hang on it as
``flat:name``). Offsets into ``doc.text`` are unchanged. The headline's
parse is then mended (``extractors.headline_clauses``: "Kouriles : Tokyo
proteste", the topic before the colon is no subject).

The first parse only needs the entities: ``extractors.nlp.parse`` runs the
NER alone first (in fr_core_news_md it has its own embedding) and then
:func:`reparse_docs` parses the masked copies in batches, so an article is
parsed about once in all.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from extractors.entities import misc_person_name
from extractors.headline_clauses import repair_headline

#: The mask for a person name; any frequent French first name works.
PERSON_MASK = "Pierre"
PLACE_MASK = "Lyon"
_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSING = {"»", "”", '"', ")"}
#: The components that parse the masked copy, in pipeline order (the NER is not among them).
COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")
#: ``doc.user_data`` key set on a doc that is already the result of the re-parse.
REPARSED = "newsgraph.reparsed"
#: What ``copy_back`` copies from the parsed copy (heads, as spaCy arrays hold them, relative).
_COPIED = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
_COLUMN = {attr: column for column, attr in enumerate(_COPIED)}
#: The entities, copied from the original doc as its token columns (no Span per entity).
_ENTITIES = [ENT_IOB, ENT_TYPE]
_OUTSIDE, _MISSING = 2, 0  # ENT_IOB values: outside any entity, not annotated


@dataclass(frozen=True)
class Masked:
    """A doc's masked copy and the map from the doc's tokens to the copy's."""

    doc: Doc  # the original: its text, tokens and entities are kept
    copy: Doc  # names masked, sentence starts constrained; parsed by ``COMPONENTS``
    words: tuple[str, ...]  # the original's token texts and trailing spaces (read once, without Token objects)
    spaces: tuple[bool, ...]
    first_of: tuple[int, ...]  # original token -> masked token
    masks: frozenset[int]  # masked tokens that stand for a name


def can_reparse(nlp: Language) -> bool:
    """Whether ``nlp`` has what the re-parse needs (an embedding and a parser)."""
    return all(name in nlp.pipe_names for name in ("tok2vec", "parser"))


def reparse_docs(docs: Iterable[Doc], nlp: Language, *, batch_size: int = 32, in_place: bool = False) -> Iterator[Doc]:
    """Each doc re-parsed with names masked and safer sentence boundaries, in order, the masked copies
    parsed in batches (as ``nlp.pipe``); an empty doc, or one already re-parsed, is passed on as it is.
    ``in_place`` writes the parse into the docs given (made for this, see ``extractors.nlp.robust_pipe``)
    instead of new ones.

    Use it through ``extractors.nlp.parse(robust=True)`` (from texts) or ``extractors.nlp.robust`` (from docs).
    """
    if not can_reparse(nlp):
        yield from docs
        return
    pending: deque[Masked | Doc] = deque()

    def copies() -> Iterator[Doc]:
        for doc in docs:
            if len(doc) == 0 or doc.user_data.get(REPARSED):
                pending.append(doc)  # nothing to parse
                continue
            masked = mask(doc)
            pending.append(masked)
            yield masked.copy

    stream: Iterable[Doc] = copies()
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            stream = nlp.get_pipe(name).pipe(stream, batch_size=batch_size)
    for parsed in stream:
        while not isinstance(pending[0], Masked):
            yield pending.popleft()  # an empty or re-parsed doc: nothing to parse
        yield repair_headline(copy_back(pending.popleft(), parsed, in_place=in_place))
    yield from pending  # docs with nothing to parse after the last parsed one


def mask(doc: Doc) -> Masked:
    """The masked copy of ``doc`` (unparsed): one mask word per person or place name."""
    masks = {e.start: e for e in doc.ents if _maskable(e)}
    texts, trailing = _words(doc)
    words: list[str] = []
    spaces: list[bool] = []
    first_of: list[int] = []
    mask_tokens: set[int] = set()
    i = 0
    for start in sorted(masks):  # the words between two names are copied as slices, not one by one
        ent = masks[start]
        if start < i:
            continue
        base = len(words)
        words.extend(texts[i:start])
        spaces.extend(trailing[i:start])
        first_of.extend(range(base, len(words)))
        mask_tokens.add(len(words))
        words.append(PLACE_MASK if ent.label_ == "LOC" else PERSON_MASK)
        spaces.append(trailing[ent.end - 1])
        first_of.extend([len(words) - 1] * (ent.end - ent.start))
        i = ent.end
    base = len(words)
    words.extend(texts[i:])
    spaces.extend(trailing[i:])
    first_of.extend(range(base, len(words)))
    copy = Doc(doc.vocab, words=words, spaces=spaces)
    # the values ``Doc(sent_starts=...)`` would set, as one column (its own conversion is a loop per token)
    copy.from_array([SENT_START], numpy.array(_sentence_starts(words), dtype=numpy.int32).astype(numpy.uint64)[:, None])
    return Masked(doc, copy, words=texts, spaces=trailing, first_of=tuple(first_of), masks=frozenset(mask_tokens))


def _words(doc: Doc) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The token texts and trailing-space flags of ``doc``, read from its arrays (no ``Token`` objects)."""
    if len(doc) == 0:
        return (), ()
    values = doc.to_array([ORTH, SPACY])
    strings = doc.vocab.strings
    return tuple(strings[orth] for orth in values[:, 0].tolist()), tuple(values[:, 1].astype(bool).tolist())


def copy_back(masked: Masked, parsed: Doc, *, in_place: bool = False) -> Doc:
    """A new Doc with the tokens and entities of ``masked.doc`` and the parse of ``parsed`` (its parsed copy);
    with ``in_place``, ``masked.doc`` itself, given that parse (no second Doc built from its words).

    A token outside the names takes the analysis of its copy, heads mapped
    back; a name's first token takes the mask's head and label (tagged
    PROPN, lemma its text); the name's other tokens hang on it as ``flat:name``.
    """
    doc, vocab = masked.doc, masked.doc.vocab
    first_of = numpy.asarray(masked.first_of, dtype=numpy.int64)
    index = numpy.arange(len(doc), dtype=numpy.int64)
    back = numpy.searchsorted(first_of, numpy.arange(len(parsed)))  # masked token -> its first original token
    analysis = parsed.to_array(_COPIED)  # (len(parsed), len(_COPIED)) uint64
    masked_heads = numpy.arange(len(parsed), dtype=numpy.int64) + analysis[:, _COLUMN[HEAD]].astype(numpy.int64)
    values = analysis[first_of]  # one row per original token
    first = back[first_of] == index  # the first token of its masked token (every token not in a name)
    heads = numpy.where(first, back[masked_heads[first_of]], back[first_of]) - index
    values[:, _COLUMN[HEAD]] = heads.astype(numpy.uint64)
    is_mask = numpy.zeros(len(parsed), dtype=bool)  # masked token -> whether it stands for a name
    is_mask[numpy.fromiter(masked.masks, dtype=numpy.int64, count=len(masked.masks))] = True
    names = ~first | is_mask[first_of]
    original = doc.to_array([ORTH] + _ENTITIES)  # one call for the text ids and the entity columns
    orth, entities = original[:, 0], original[:, 1:]
    values[names, _COLUMN[POS]] = PROPN
    values[names, _COLUMN[TAG]] = vocab.strings.add("PROPN")
    values[names, _COLUMN[LEMMA]] = orth[names]
    values[~first, _COLUMN[DEP]] = vocab.strings.add("flat:name")
    values[~first, _COLUMN[MORPH]] = vocab.morphology.add("")
    entities[entities[:, 0] == _MISSING, 0] = _OUTSIDE  # as ``new.ents = doc.ents``: every other token outside
    new = doc if in_place else Doc(vocab, words=list(masked.words), spaces=list(masked.spaces))
    new.from_array(_COPIED + _ENTITIES, numpy.concatenate([values, entities], axis=1))
    new.user_data[REPARSED] = True
    return new


def _maskable(ent: Span) -> bool:
    if ent.label_ == "PER" or (ent.label_ == "MISC" and misc_person_name(ent)):
        return any(t.text[:1].isupper() for t in ent) and len(ent) <= 6 and not any(t.is_punct and t.text != "-" for t in ent)
    if ent.label_ == "LOC" and len(ent) > 1:
        return all(t.text[:1].isupper() for t in ent)  # "New Delhi", not "Corée du Nord"
    return False


def _sentence_starts(words: list[str]) -> list[int]:
    """A sentence may start only after final punctuation (and a closing quote) or a line break: per word, 1 (starts
    one), 0 (may start one), -1 (does not): spaCy's ``SENT_START`` values."""
    if not words:
        return []
    starts = [1]
    last = words[0]  # the last word before this one that is not a closing quote (or the first word)
    for prev, word in zip(words, itertools.islice(words, 1, None)):
        if prev not in _CLOSING:
            last = prev
        if "\n" in prev:  # a line break ends a paragraph, a headline or a caption
            starts.append(1 if word.strip() else -1)
        elif not prev.strip():
            starts.append(0 if word.strip() else -1)
        else:
            starts.append(0 if last in _FINAL else -1)
    return starts
