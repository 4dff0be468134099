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

A large table of words (``lemma_lookup``: 217k words, the French
lemmatizer's last resort, asked for a few words of an article) is not even
decoded: the file also keeps where each table lies in ``lookups.bin`` and,
for such a table, its hashes sorted with where each value lies, and the
table (``LazyTable``) answers ``get``, ``[]`` and ``in`` by a binary search
and the decoding of that one value; anything else it is asked for (length,
items, serialisation, a change) fills it first, as spaCy would have
(≈0.2 s of CPU a load: decoding 4.3 MB and 217k inserts).

Only the tables are concerned: a missing, damaged or unexpected file falls
back to spaCy's own load (which then writes the file for the next load).
"""

from __future__ import annotations

import array
import bisect
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

#: Hashes are kept as unsigned 64-bit integers (spaCy's string ids); byte offsets as unsigned 64-bit integers too.
_KEY_TYPE = "Q"
#: Version of the kept file's layout (in its name): 2 adds the tables' places and the lazy tables.
_FORMAT = 2
#: A table of at least this many entries, each a string or a list of strings, is kept as a ``LazyTable``.
LAZY_ENTRIES = 10_000


def cache_file(data: bytes) -> Path | None:
    """Where the keys of the tables in ``data`` (a ``lookups.bin``) are kept; None where that cannot be known."""
    folder = compiled.cache_folder()
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return None
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    return folder / f"lookups{_FORMAT}-{sys.implementation.cache_tag}-spacy-{spacy_version}-{digest}.marshal"


def tables_from_bytes(data: bytes, kept: Path | None) -> dict[str, Any]:
    """The tables spaCy's ``Lookups.from_bytes(data)`` makes, by name; their keys read from ``kept`` when it is usable.

    Writes ``kept`` when it was not usable.
    """
    import srsly
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table

    saved = _read(kept)
    if saved is not None and _fits(saved, data):
        tables = {}
        for name, (table_name, keys, bloom, (start, end), lazy) in saved.items():
            if lazy is not None:
                table = lazy_table_class()(table_name, data, keys, (start, end), lazy)
            else:
                values = srsly.msgpack_loads(data[start:end])
                if not isinstance(values, dict) or len(values) * array.array(_KEY_TYPE).itemsize != len(keys):
                    break  # not the tables of this file after all: spaCy's own load
                table = Table(name=table_name)
                _fill(table, keys, values)
            table.bloom = BloomFilter().from_bytes(bloom)
            tables[name] = table
        else:
            return tables
    decoded = srsly.msgpack_loads(data)
    tables = {name: Table(name, value) for name, value in decoded.items()}  # spaCy's Lookups.from_bytes
    _write(kept, data, tables)
    return tables


def _fill(table: Any, keys: bytes, values: dict) -> None:
    """Fill ``table`` with ``values`` under the kept hashed ``keys`` (in order), without hashing: the filter is already full."""
    hashes = array.array(_KEY_TYPE)
    hashes.frombytes(keys)
    setitem = collections.OrderedDict.__setitem__  # the dict's own
    collections.deque(map(setitem, itertools.repeat(table), hashes.tolist(), values.values()), maxlen=0)


_MISSING = object()


def lazy_table_class() -> type:
    """The class of lazily read tables (made once, on first use: spaCy is imported only when a model loads)."""
    made = _LAZY_CLASS.get("class")
    if made is not None:
        return made
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    class LazyTable(Table):
        """A ``Table`` of words whose entries stay in the model's bytes until more than a look-up is asked of it."""

        def __init__(self, name: str, data: bytes, keys: bytes, place: tuple[int, int], lazy: tuple[bytes, bytes, bytes]) -> None:
            Table.__init__(self, name=name)
            hashes, starts, ends = (array.array(_KEY_TYPE) for _ in range(3))
            for column, raw in zip((hashes, starts, ends), lazy):
                column.frombytes(raw)
            self._pending = (data, keys, place, hashes, starts, ends, {})

        def _value(self, key: int) -> Any:
            """The value under hashed ``key`` (decoded once: the same object each time, as a filled table gives), or _MISSING."""
            import srsly

            data, _, _, hashes, starts, ends, seen = self._pending
            value = seen.get(key, _MISSING)
            if value is _MISSING:
                at = bisect.bisect_left(hashes, key)
                if at == len(hashes) or hashes[at] != key:
                    return _MISSING
                value = seen[key] = srsly.msgpack_loads(data[starts[at]:ends[at]])
            return value

        def _fill_now(self) -> None:
            import srsly

            pending = self.__dict__.pop("_pending", None)
            if pending is not None:
                data, keys, (start, end), *_, seen = pending
                _fill(self, keys, srsly.msgpack_loads(data[start:end]))
                for key, value in seen.items():  # the objects already given out stay the table's (a key set again keeps its place)
                    collections.OrderedDict.__setitem__(self, key, value)

        def get(self, key: str | int, default: Any = None) -> Any:
            if "_pending" not in self.__dict__:
                return Table.get(self, key, default)
            value = self._value(get_string_id(key))
            return default if value is _MISSING else value

        def __getitem__(self, key: str | int) -> Any:
            if "_pending" not in self.__dict__:
                return Table.__getitem__(self, key)
            key = get_string_id(key)
            value = self._value(key)
            if value is _MISSING:
                raise KeyError(key)
            return value

        def __contains__(self, key: str | int) -> bool:  # type: ignore[override]
            if "_pending" not in self.__dict__:
                return Table.__contains__(self, key)
            key = get_string_id(key)
            return key in self.bloom and self._value(key) is not _MISSING

    def filling(name: str) -> Any:
        method = getattr(Table, name)

        def filled_first(self, *args, **kwargs):
            self._fill_now()
            return method(self, *args, **kwargs)

        filled_first.__name__ = name
        return filled_first

    for name in FILLING_METHODS:
        if hasattr(Table, name):
            setattr(LazyTable, name, filling(name))
    _LAZY_CLASS["class"] = LazyTable
    return LazyTable


_LAZY_CLASS: dict[str, type] = {}


#: Every method of ``Table`` (and so of ``OrderedDict``) but the look-ups: a ``LazyTable`` fills itself before it runs.
FILLING_METHODS = (
    "__delitem__", "__eq__", "__ne__", "__ior__", "__or__", "__ror__", "__iter__", "__len__", "__reversed__",
    "__reduce__", "__reduce_ex__", "__getstate__", "__sizeof__", "__repr__", "__str__", "__ge__", "__gt__", "__le__", "__lt__",
    "__setitem__", "set", "clear", "copy", "items", "keys", "values", "move_to_end", "pop", "popitem", "setdefault",
    "update", "to_bytes", "from_bytes",
)


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
    """The kept tables, if ``path`` holds them whole: its first 16 bytes are a digest of the rest."""
    if path is None:
        return None
    try:
        raw = path.read_bytes()
        if hashlib.blake2b(raw[16:], digest_size=16).digest() != raw[:16]:
            return None
        saved = marshal.loads(raw[16:])
    except Exception:  # missing, damaged, of another Python: spaCy's own load
        return None
    return saved if isinstance(saved, dict) else None


def _fits(saved: dict, data: bytes) -> bool:
    """Whether ``saved`` describes the tables of ``data``: their names and places, one after the other, cover the
    whole map, and each table has as many places for its values as it has keys."""
    import srsly

    size = array.array(_KEY_TYPE).itemsize
    try:
        count = len(saved)
        at = len(header := bytes([0x80 | count]) if count < 16 else b"\xde" + count.to_bytes(2, "big"))
        if not count or not data.startswith(header):
            return False
        for name, (table_name, keys, bloom, (start, end), lazy) in saved.items():
            label = srsly.msgpack_dumps(name)
            if data[at:at + len(label)] != label or start != at + len(label) or not start < end <= len(data):
                return False
            if not (isinstance(keys, bytes) and isinstance(bloom, bytes) and len(keys) % size == 0):
                return False
            if lazy is not None and not (len(lazy) == 3 and all(isinstance(c, bytes) and len(c) == len(keys) for c in lazy)):
                return False
            at = end
        return at == len(data)
    except (TypeError, ValueError, AttributeError, OverflowError):
        return False


def _write(path: Path | None, data: bytes, tables: dict[str, Any]) -> None:
    """Keep the tables' names, keys (in order), Bloom filters and places in ``data`` in ``path``; never fails."""
    if path is None or not tables:
        return
    try:
        places = _places(data)
        if places.keys() != tables.keys():
            return
        saved = {}
        for name, table in tables.items():
            keys = array.array(_KEY_TYPE, table.keys())
            lazy = None
            start, end, value_places = places[name]
            if len(table) >= LAZY_ENTRIES and all(map(_is_words, table.values())) and len(value_places) == len(table):
                order = sorted(range(len(keys)), key=keys.__getitem__)
                lazy = tuple(array.array(_KEY_TYPE, column).tobytes() for column in (
                    [keys[i] for i in order], [value_places[i][0] for i in order], [value_places[i][1] for i in order]))
            saved[name] = (table.name, keys.tobytes(), table.bloom.to_bytes(), (start, end), lazy)
        payload = marshal.dumps(saved)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(hashlib.blake2b(payload, digest_size=16).digest() + payload)
        os.replace(tmp, path)
    except Exception:  # a read-only home, keys that are not string ids: the next load fills the tables again
        return


def _is_words(value: Any) -> bool:
    """Whether ``value`` is a string or a list of strings (what a lemma table maps a word to)."""
    return isinstance(value, str) or (type(value) is list and all(isinstance(v, str) for v in value))


def _places(data: bytes) -> dict[str, tuple[int, int, list[tuple[int, int]]]]:
    """Where each table of ``data`` (a msgpack map of maps) lies, and where each of its values lies."""
    from srsly.msgpack import Unpacker

    unpacker = Unpacker(raw=False, strict_map_key=False, max_buffer_size=len(data))
    unpacker.feed(data)
    places = {}
    for _ in range(unpacker.read_map_header()):
        name = unpacker.unpack()
        start = unpacker.tell()
        values = []
        for _ in range(unpacker.read_map_header()):
            unpacker.skip()
            value_start = unpacker.tell()
            unpacker.skip()
            values.append((value_start, unpacker.tell()))
        places[name] = (start, unpacker.tell(), values)
    return places
