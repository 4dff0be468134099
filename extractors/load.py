"""Read inputs (files, folders, JSONL records) into cleaned ``Article`` objects.

A bad input never stops the others: ``load_inputs`` yields a ``LoadProblem``
naming the file (and line) and the reason, then goes on.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractors.clean import clean_text
from extractors.dates import date_from_metadata, date_from_text
from extractors.decode import DecodeError, decode_bytes
from extractors.model import Article, ArticleDate

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True)
class LoadProblem:
    """An input that could not be used: where, and why (one line)."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ManifestRow:
    date: str | None = None
    publisher: str | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None


def load_inputs(paths: Iterable[str | Path], *, date: str | None = None) -> Iterator[Article | LoadProblem]:
    """Yield one ``Article`` per usable input, one ``LoadProblem`` per bad one.

    ``paths`` are files or folders (walked recursively, in sorted order).
    ``date`` (``--date``) sets the publication date of a single-file build.
    """
    for root in map(Path, paths):
        if not root.exists():
            yield LoadProblem(str(root), "no such file or folder")
        elif root.is_dir():
            yield from _load_folder(root)
        else:
            yield from _load_file(root, root.name, _read_manifest_for(root.parent, {}), date)


def _load_folder(root: Path) -> Iterator[Article | LoadProblem]:
    manifests: dict[Path, dict[str, ManifestRow] | LoadProblem] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.name == MANIFEST_NAME or path.name.startswith("."):
            continue
        if path.suffix.lower() not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            continue
        manifest = _read_manifest_for(path.parent, manifests)
        if isinstance(manifest, LoadProblem):
            yield manifest
            manifests[path.parent] = {}
            manifest = {}
        yield from _load_file(path, path.relative_to(root).as_posix(), manifest, None)
    for folder, manifest in sorted(manifests.items()):
        if isinstance(manifest, dict):
            for name in sorted(manifest):
                if not (folder / name).is_file():
                    yield LoadProblem(str(folder / MANIFEST_NAME), f"lists {name!r}, which does not exist")


def _load_file(path: Path, article_id: str, manifest, cli_date: str | None) -> Iterator[Article | LoadProblem]:
    if isinstance(manifest, LoadProblem):
        yield manifest
        manifest = {}
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _load_jsonl(path)
        return
    try:
        raw = decode_bytes(path.read_bytes())
    except DecodeError as error:
        yield LoadProblem(str(path), str(error))
        return
    except OSError as error:
        yield LoadProblem(str(path), f"cannot read: {error.strerror or error}")
        return
    row = manifest.get(path.name, ManifestRow())
    yield _make_article(
        source=str(path),
        article_id=article_id,
        raw=raw,
        meta_date=cli_date or row.date,
        meta_date_source="cli" if cli_date else "manifest",
        publisher=row.publisher,
        title=row.title,
        url=row.url,
        language=row.language,
    )


def _load_jsonl(path: Path) -> Iterator[Article | LoadProblem]:
    seen: set[str] = set()
    try:
        content = decode_bytes(path.read_bytes())
    except (DecodeError, OSError) as error:
        yield LoadProblem(str(path), str(error))
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield LoadProblem(str(path), f"not valid JSON ({error.msg})", number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield LoadProblem(str(path), "record has no 'text' string", number)
            continue
        record_id = str(record.get("id") or f"{path.stem}-{number}")
        if record_id in seen:
            yield LoadProblem(str(path), f"duplicate id {record_id!r} (kept the first)", number)
            continue
        seen.add(record_id)
        yield _make_article(
            source=str(path),
            line=number,
            article_id=record_id,
            raw=record["text"],
            meta_date=_str_or_none(record.get("date")),
            meta_date_source="jsonl",
            publisher=_str_or_none(record.get("publisher")),
            title=_str_or_none(record.get("title")),
            url=_str_or_none(record.get("url")),
            language=_str_or_none(record.get("language")),
        )


def _make_article(*, source, line=None, article_id, raw, meta_date, meta_date_source, publisher, title, url, language) -> Article | LoadProblem:
    text = raw.lstrip("\ufeff")
    if not text.strip():
        return LoadProblem(source, "empty: no text", line)
    cleaned = clean_text(text)
    if not cleaned.text.strip():
        return LoadProblem(source, "only boilerplate: nothing left after cleaning", line)
    date: ArticleDate | None
    if meta_date:
        date = date_from_metadata(meta_date, meta_date_source)
        if date is None:
            return LoadProblem(source, f"bad date {meta_date!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)", line)
    else:
        date = date_from_text(text)
    return Article(
        id=article_id,
        text=cleaned.text,
        date=date,
        title=title,
        url=url,
        publisher=publisher or None,
        language=language or "fr",
    )


def _read_manifest_for(folder: Path, cache: dict) -> dict[str, ManifestRow] | LoadProblem:
    if folder in cache:
        return cache[folder]
    path = folder / MANIFEST_NAME
    rows: dict[str, ManifestRow] = {}
    if path.is_file():
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for record in csv.DictReader(handle):
                    name = (record.get("file") or "").strip()
                    if name:
                        rows[name] = ManifestRow(
                            date=_str_or_none(record.get("date")),
                            publisher=_str_or_none(record.get("publisher")),
                            language=_str_or_none(record.get("language")),
                            title=_str_or_none(record.get("title")),
                            url=_str_or_none(record.get("url")),
                        )
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            cache[folder] = LoadProblem(str(path), f"unreadable manifest: {error}")
            return cache[folder]
    cache[folder] = rows
    return rows


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None
