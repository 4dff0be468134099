"""Read inputs (files, folders, JSONL records) into cleaned ``Article`` objects.

A bad input never stops the others: ``load_inputs`` yields a ``LoadProblem``
naming the file (and line) and the reason, then goes on. Bad inputs are:
files that cannot be read or decoded (binaries, unknown encodings), files of
another kind in a folder, empty or whitespace-only texts, texts that are
only boilerplate, texts not in French, bad dates, duplicate ids, manifest
rows for missing files, JSONL lines that are not JSON or lack ``text``.

Decoding, cleaning and language detection cost about 5 ms an article: a
``memo`` (any mutable mapping, e.g. one the build keeps on disk) keeps what
one input (a file's bytes or a record's text, with its id and metadata) gave,
so a rebuild after one article changed does that work for that article only.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from extractors.clean import clean_text
from extractors.dates import date_from_metadata, date_from_text
from extractors.decode import DecodeError, binary_kind, decode_bytes, normalise_text
from extractors.language import language_problem, normalise_code
from extractors.model import Article, ArticleDate

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MANIFEST_NAME = "manifest.csv"
_KNOWN_SUFFIXES = ", ".join(sorted(TEXT_SUFFIXES | JSONL_SUFFIXES))

#: What one input gave, by ``memo_key``: the article, or why it was refused (a ``LoadProblem`` reason).
LoadMemo = MutableMapping[str, "Article | str"]


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
    line: int | None = None  # line of the row in manifest.csv


def load_inputs(paths: Iterable[str | Path], *, date: str | None = None, memo: LoadMemo | None = None) -> Iterator[Article | LoadProblem]:
    """Yield one ``Article`` per usable input, one ``LoadProblem`` per bad one.

    ``paths`` are files or folders (walked recursively, in sorted order).
    ``date`` (``--date``) sets the publication date of a single-file build.
    An id met twice (a file and a record, two records) keeps the first.
    ``memo`` is read and filled (see the module's docstring); the output is the same with or without it.
    """
    seen: dict[str, str] = {}  # article id -> where it was first read
    for root in map(Path, paths):
        if not root.exists():
            yield LoadProblem(str(root), "no such file or folder")
        elif root.is_dir():
            yield from _load_folder(root, seen, memo)
        else:
            manifest = _read_manifest(root.parent)
            yield from manifest.problems
            yield from _load_file(root, root.name, manifest.rows, date, seen, memo)


def _load_folder(root: Path, seen: dict[str, str], memo: LoadMemo | None) -> Iterator[Article | LoadProblem]:
    manifests: dict[Path, _Manifest] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root)
        if path.name == MANIFEST_NAME or any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            yield LoadProblem(str(path), _not_an_article(path))
            continue
        if path.parent not in manifests:
            manifests[path.parent] = _read_manifest(path.parent)
            yield from manifests[path.parent].problems
        yield from _load_file(path, relative.as_posix(), manifests[path.parent].rows, None, seen, memo)
    for folder, manifest in sorted(manifests.items()):
        for name, row in sorted(manifest.rows.items()):
            if not (folder / name).is_file():
                yield LoadProblem(str(folder / MANIFEST_NAME), f"lists {name!r}, which does not exist", row.line)


def _load_file(
    path: Path, article_id: str, manifest: dict[str, ManifestRow], cli_date: str | None, seen: dict[str, str],
    memo: LoadMemo | None = None,
) -> Iterator[Article | LoadProblem]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _load_jsonl(path, seen, memo)
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield LoadProblem(str(path), f"cannot read: {error.strerror or error}")
        return
    row = manifest.get(path.name, ManifestRow())
    yield _make_article(
        source=str(path),
        article_id=article_id,
        raw=data,
        decode=decode_bytes,
        memo=memo,
        meta_date=cli_date or row.date,
        meta_date_source="cli" if cli_date else "manifest",
        date_where="" if cli_date or row.line is None else f" in {MANIFEST_NAME} line {row.line}",
        publisher=row.publisher,
        title=row.title,
        url=row.url,
        language=row.language,
        seen=seen,
    )


def _load_jsonl(path: Path, seen: dict[str, str], memo: LoadMemo | None = None) -> Iterator[Article | LoadProblem]:
    try:
        content = decode_bytes(path.read_bytes(), repair=False)
    except DecodeError as error:
        yield LoadProblem(str(path), str(error))
        return
    except OSError as error:
        yield LoadProblem(str(path), f"cannot read: {error.strerror or error}")
        return
    # not str.splitlines(): JSON strings may hold U+2028 and friends unescaped
    for number, line in enumerate(re.split(r"\r\n?|\n", content.lstrip("\ufeff")), start=1):
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
        yield _make_article(
            source=str(path),
            line=number,
            article_id=str(record.get("id") or f"{path.stem}-{number}"),
            raw=record["text"],
            decode=normalise_text,
            memo=memo,
            meta_date=_str_or_none(record.get("date")),
            meta_date_source="jsonl",
            publisher=_str_or_none(record.get("publisher")),
            title=_str_or_none(record.get("title")),
            url=_str_or_none(record.get("url")),
            language=_str_or_none(record.get("language")),
            seen=seen,
        )


def _make_article(
    *, source: str, line: int | None = None, seen: dict[str, str], raw: str | bytes, decode: Callable[[str | bytes], str],
    memo: LoadMemo | None = None, **fields: str | None,
) -> Article | LoadProblem:
    """One input's article, or why it is refused: ``decode(raw)`` checked and cleaned (through ``memo``).

    ``fields`` are ``_prepare``'s keywords: the article's id and metadata.
    """
    article_id = fields["article_id"]
    if article_id in seen:
        return LoadProblem(source, f"duplicate id {article_id!r}, already read from {seen[article_id]} (kept the first)", line)
    key = memo_key(raw, fields) if memo is not None else ""
    result = memo.get(key) if memo is not None else None
    if result is None:
        try:
            result = _prepare(decode(raw), **fields)
        except DecodeError as error:
            result = str(error)
        if memo is not None:
            memo[key] = result
    if isinstance(result, str):
        return LoadProblem(source, result, line)
    seen[article_id] = f"{source}:{line}" if line else source
    return result


def memo_key(raw: str | bytes, fields: dict[str, str | None]) -> str:
    """The key of one input in a ``LoadMemo``: its undecoded text, id and metadata."""
    digest = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    digest.update(b"\0b" + raw if isinstance(raw, bytes) else b"\0s" + raw.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _prepare(
    raw: str, *, article_id, meta_date, meta_date_source, date_where="", publisher, title, url, language
) -> Article | str:
    """Check and clean one decoded text (``raw`` is already repaired and normalised); a str is a problem."""
    text = raw.lstrip("\ufeff")
    if not text.strip():
        return "empty: only whitespace" if text else "empty: no text"
    cleaned = clean_text(text)
    if not cleaned.text.strip():
        return "only boilerplate: nothing left after cleaning"
    date: ArticleDate | None
    if meta_date:
        date = date_from_metadata(meta_date, meta_date_source)
        if date is None:
            return f"bad date {meta_date!r}{date_where} (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    else:
        date = date_from_text(text)
    problem = language_problem(cleaned.text, language)
    if problem:
        return problem
    return Article(
        id=article_id,
        text=cleaned.text,
        date=date,
        title=title,
        url=url,
        publisher=publisher or None,
        language=normalise_code(language) if language else "fr",
    )


@dataclass(frozen=True)
class _Manifest:
    """The rows of one folder's manifest.csv, and what was wrong with it."""

    rows: dict[str, ManifestRow]
    problems: tuple[LoadProblem, ...] = ()


def _read_manifest(folder: Path) -> _Manifest:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return _Manifest({})
    rows: dict[str, ManifestRow] = {}
    problems: list[LoadProblem] = []
    try:
        reader = csv.DictReader(io.StringIO(decode_bytes(path.read_bytes()), newline=""))
        if "file" not in (reader.fieldnames or ()):
            return _Manifest({}, (LoadProblem(str(path), "manifest has no 'file' column", 1),))
        for record in reader:
            name = (record.get("file") or "").strip()
            if not name:
                continue
            if name in rows:
                problems.append(LoadProblem(str(path), f"{name!r} listed again (first on line {rows[name].line}; kept the first)", reader.line_num))
                continue
            rows[name] = ManifestRow(
                date=_str_or_none(record.get("date")),
                publisher=_str_or_none(record.get("publisher")),
                language=_str_or_none(record.get("language")),
                title=_str_or_none(record.get("title")),
                url=_str_or_none(record.get("url")),
                line=reader.line_num,
            )
    except (OSError, DecodeError, csv.Error) as error:
        return _Manifest({}, (LoadProblem(str(path), f"unreadable manifest: {error}"),))
    return _Manifest(rows, tuple(problems))


def _not_an_article(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            what = binary_kind(handle.read(4096))
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    if what:
        return f"not a text file ({what})"
    kind = f"{path.suffix!r} file" if path.suffix else "file without extension"
    return f"not an article file (a {kind}; articles are {_KNOWN_SUFFIXES})"


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None
