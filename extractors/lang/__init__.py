"""Language data, one JSON file per language (``fr.json``), loaded once."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

_T = TypeVar("_T")

_HERE = Path(__file__).parent


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Match key: lower case, accents and typographic apostrophes folded (labels keep theirs).

    Cached: the rules fold the same token texts again and again (it was a
    sixth of the extraction time); the cache is bounded, so memory is too.
    """
    if text.isascii():
        return text.lower().strip()  # nothing to fold: the fast path of most words
    text = text.replace("’", "'").replace("‘", "'").replace("\u00ad", "")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


_NONE = object()  # no value kept yet (a derived value may be None)


@dataclass(frozen=True)
class LanguageData:
    """The word lists and gazetteers the French rules use, with folded keys."""

    raw: dict
    #: name -> folded word list, table or derived value, computed once per loaded language (the data is never
    #: mutated; the rules call ``words`` per word: one dict look-up).
    _words: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _tables: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # the same for ``table``
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # and for ``derived``

    def words(self, name: str) -> frozenset[str]:
        found = self._words.get(name)
        if found is None:
            found = self._words[name] = frozenset(fold(w) for w in self.raw[name])
        return found

    def table(self, name: str) -> Mapping[str, str | None]:
        """The table with folded keys, made once: a read-only view (the rules read a table per sentence or per
        word; a copy each time cost more than the look-ups)."""
        found = self._tables.get(name)
        if found is None:
            found = self._tables[name] = MappingProxyType({fold(k): v for k, v in self.raw[name].items()})
        return found  # type: ignore[return-value]

    def derived(self, name: str, make: Callable[[LanguageData], _T]) -> _T:
        """``make(self)``, computed once per loaded language and kept under ``name`` (values derived from the word
        lists, e.g. sorted phrases, that the rules would otherwise rebuild per article); never mutate the result."""
        found = self._derived.get(name, _NONE)
        if found is _NONE:
            found = self._derived[name] = make(self)
        return found  # type: ignore[return-value]

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(sorted(self.raw["event_triggers"]))


@lru_cache(maxsize=None)
def language_data(language: str = "fr") -> LanguageData:
    """Load ``<language>.json`` once per process."""
    path = _HERE / f"{language}.json"
    if not path.is_file():
        raise LookupError(f"no language data for {language!r}")
    return LanguageData(json.loads(path.read_text(encoding="utf-8")))
