"""The build's inputs: files and JSONL records -> ``Article`` objects, through a per-record memo kept on disk.

Decoding, cleaning and language detection cost a few ms an article. The memo
(``OUT/.cache/load/records.memo.gz``) keeps what each input gave, keyed by the
input's bytes (a file) or text, id and metadata (a JSONL record), so a rebuild
decodes, cleans and checks only the records that changed: one article edited
in a JSONL file of thousands is loaded alone. A change of the extractors' code
or of the libraries they use loads everything again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

from extractors.load import LoadProblem, load_inputs
from extractors.model import Article, ArticleDate
from graph.errors import InputError
from graph.buildcache import article_record, write_quietly

#: Libraries whose versions decide what loading gives (decoding, repair, cleaning, language).
LOAD_LIBRARIES = ("ftfy", "charset-normalizer", "py3langid", "rapidfuzz")


def load_articles(
    paths: Iterable[str | Path], *, date: str | None, strict: bool, memo: "MutableMapping[str, Article | str] | None" = None
) -> tuple[list[Article], list[str]]:
    """The usable articles of ``paths``, in order, and one line per input that was refused (or the first, raised, with ``strict``)."""
    articles: list[Article] = []
    problems: list[str] = []
    seen: set[str] = set()
    for item in load_inputs(paths, date=date, memo=memo):
        if isinstance(item, LoadProblem):
            if strict:
                raise InputError(str(item))
            problems.append(str(item))
        elif item.id in seen:
            message = f"{item.id}: duplicate article id (kept the first)"
            if strict:
                raise InputError(message)
            problems.append(message)
        else:
            seen.add(item.id)
            articles.append(item)
    return articles, problems


def load_memoised(paths: Sequence[str | Path], *, date: str | None, strict: bool, folder: Path) -> tuple[list[Article], list[str]]:
    """:func:`load_articles` through the per-record memo in ``folder`` (same output, see the module's docstring)."""
    memo = RecordMemo.read(folder / RecordMemo.NAME)
    articles, problems = load_articles(paths, date=date, strict=strict, memo=memo)
    memo.save()
    return articles, problems


@cache
def code_fingerprint() -> str:
    """The extractors' code and word lists, and the loading libraries' versions: a change of either loads every input again."""
    import extractors

    root = Path(extractors.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    for name in LOAD_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


class RecordMemo(MutableMapping):
    """``extractors.load``'s per-record memo, kept on disk between builds (``OUT/.cache/load/records.memo.gz``).

    Entries of another extractors' code are dropped on reading; entries no
    input used in this build are dropped on saving (the file follows the corpus).
    """

    NAME = "records.memo.gz"  # JSON, gzipped

    def __init__(self, path: Path, old: dict[str, Article | str]) -> None:
        self.path, self.old, self.new = path, old, {}

    @classmethod
    def read(cls, path: Path) -> "RecordMemo":
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
            if data["code"] != code_fingerprint():
                return cls(path, {})
            old = {key: value if isinstance(value, str) else _article(value) for key, value in data["records"].items()}
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
            old = {}  # missing or unreadable: every record is loaded again
        return cls(path, old)

    def __getitem__(self, key: str) -> Article | str:
        if key not in self.new:
            self.new[key] = self.old[key]
        return self.new[key]

    def __setitem__(self, key: str, value: Article | str) -> None:
        self.new[key] = value

    def __delitem__(self, key: str) -> None:
        del self.new[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.new)

    def __len__(self) -> int:
        return len(self.new)

    def save(self) -> None:
        """Write the entries used by this build, when they differ from those read."""
        if self.new.keys() == self.old.keys():
            return
        records = {key: value if isinstance(value, str) else article_record(value) for key, value in self.new.items()}
        payload = {"code": code_fingerprint(), "records": records}
        write_quietly(self.path, gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), compresslevel=1))
        for old in self.path.parent.glob("*.json.gz"):  # whole-corpus entries of earlier versions: no longer read
            old.unlink(missing_ok=True)


def _article(data: dict) -> Article:
    fields = dict(data)
    fields["date"] = ArticleDate(**fields["date"]) if fields.get("date") else None
    return Article(**fields)
