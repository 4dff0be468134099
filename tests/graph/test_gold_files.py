"""The hand-made gold files (tests/gold/FORMAT.md) are well formed and point into their articles.

Every ``tests/gold/<set>.{statements,relations}.jsonl`` is checked: valid JSON
Lines, the required keys with the right types, allowed values (modes, event
types from ontology.ttl, modalities), one record per speaker (or pair) per
sentence, and every ``sentence`` an exact substring of its article in the
texts folder of the set. Failure messages name the file, line and key only:
some sets are held out, and their text must not be printed.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"

#: The folder holding the articles of each gold set (a new set must be added here).
TEXTS = {
    "seeds": ROOT / "seeds",
    "wikinews": GOLD / "wikinews",
    "wikinews-dev": GOLD / "wikinews",
    "wikinews-test": GOLD / "wikinews",
    "wikinews-dev2": GOLD / "wikinews2",
    "wikinews-dev3": GOLD / "wikinews3",
    "wikinews-dev4": GOLD / "wikinews4",
    "wikinews-dev5": GOLD / "wikinews5",
    "wikinews-test2": GOLD / "wikinews5",
    "invented": GOLD / "invented",
    "invented2-dev": GOLD / "invented2",
    "invented2-test": GOLD / "invented2",
    "invented3": GOLD / "invented3",
    "invented4": GOLD / "invented4",
    "invented5": GOLD / "invented5",
    "invented5-dev": GOLD / "invented5",
    "invented5-test": GOLD / "invented5",
    "invented6": GOLD / "invented6",
    "invented6-dev": GOLD / "invented6",
    "invented6-test": GOLD / "invented6",
    "invented7": GOLD / "invented7",
    "invented8": GOLD / "invented8",
    "invented9": GOLD / "invented9",
    "invented10": GOLD / "invented10",
    "invented11": GOLD / "invented11",
}

STATEMENT_KEYS = {"article", "sentence", "speaker", "cue", "mode", "about", "reported_by", "addressee"}
RELATION_KEYS = {"article", "sentence", "subject", "object", "action", "event_type", "negated", "modality"}
MODES = {"DirectQuote", "IndirectSpeech", "AccordingTo"}
MODALITIES = {None, "conditional", "future", "intention", "possibility"}

_NG = "https://w3id.org/newsgraph/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _gold_files(kind: str) -> list[Path]:
    return sorted(GOLD.glob(f"*.{kind}.jsonl"))


def _set_name(path: Path) -> str:
    return path.name.split(".", 1)[0]


def _records(path: Path) -> list[tuple[int, dict]]:
    """(line number, record) for every non-blank line; a line that is not a JSON object fails the test."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            pytest.fail(f"{path.name}:{number}: not valid JSON ({error.msg})")
        if not isinstance(record, dict):
            pytest.fail(f"{path.name}:{number}: not a JSON object")
        records.append((number, record))
    return records


@lru_cache(maxsize=None)
def _article(folder: Path, name: str) -> str | None:
    path = folder / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


@lru_cache(maxsize=1)
def _event_types() -> frozenset[str]:
    triples = ox.parse(path=str(ROOT / "ontology.ttl"), format=ox.RdfFormat.TURTLE)
    return frozenset(
        t.subject.value[len(_NG):] for t in triples
        if t.predicate.value == _RDF_TYPE and t.object.value == _NG + "EventType"
    )


def _is_name(value) -> bool:
    return isinstance(value, str) and value.strip() == value and value != ""


def _common_problems(path: Path, number: int, record: dict, keys: set[str]) -> list[str]:
    where = f"{path.name}:{number}"
    problems = []
    if set(record) != keys:
        missing, extra = sorted(keys - set(record)), sorted(set(record) - keys)
        problems.append(f"{where}: keys differ (missing {missing}, unexpected {extra})")
        return problems
    folder = TEXTS[_set_name(path)]
    text = _article(folder, record["article"])
    if text is None:
        problems.append(f"{where}: article {record['article']!r} not in {folder.relative_to(ROOT)}")
    elif not isinstance(record["sentence"], str) or not record["sentence"].strip():
        problems.append(f"{where}: empty sentence")
    elif record["sentence"] not in text:
        problems.append(f"{where}: sentence is not a substring of {record['article']}")
    return problems


# -- the sets are the ones we know ------------------------------------------------------------


def test_gold_files_every_set_has_a_texts_folder():
    sets = {_set_name(p) for p in _gold_files("statements") + _gold_files("relations")}
    assert sets, "no gold file found"
    assert sets <= set(TEXTS), f"add the texts folder of {sorted(sets - set(TEXTS))} to TEXTS"
    for name in sets:
        assert TEXTS[name].is_dir(), f"{name}: {TEXTS[name]} is not a folder"


def test_gold_files_come_in_pairs():
    statements = {_set_name(p) for p in _gold_files("statements")}
    relations = {_set_name(p) for p in _gold_files("relations")}
    assert statements == relations


# -- statements --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _gold_files("statements"), ids=lambda p: p.name)
def test_gold_statements_are_valid(path: Path):
    problems = []
    seen: set[tuple[str, str, str]] = set()
    records = _records(path)
    assert records, f"{path.name}: no record"
    for number, record in records:
        where = f"{path.name}:{number}"
        found = _common_problems(path, number, record, STATEMENT_KEYS)
        problems.extend(found)
        if found:
            continue
        if not _is_name(record["speaker"]):
            problems.append(f"{where}: speaker is not a name")
        if not _is_name(record["cue"]):
            problems.append(f"{where}: cue is not a word")
        if record["mode"] not in MODES:
            problems.append(f"{where}: mode {record['mode']!r} not in {sorted(MODES)}")
        about = record["about"]
        if not isinstance(about, list) or not all(_is_name(a) for a in about):
            problems.append(f"{where}: about is not a list of names")
        elif len(set(about)) != len(about):
            problems.append(f"{where}: about repeats a name")
        for key in ("reported_by", "addressee"):
            if record[key] is not None and not _is_name(record[key]):
                problems.append(f"{where}: {key} is neither null nor a name")
        if record["addressee"] is not None and isinstance(about, list) and record["addressee"] not in about:
            problems.append(f"{where}: the addressee is not in about")
        key = (record["article"], record["sentence"], record["speaker"])
        if key in seen:
            problems.append(f"{where}: a second record for the same speaker and sentence")
        seen.add(key)
    assert not problems, "\n".join(problems)


# -- relations ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _gold_files("relations"), ids=lambda p: p.name)
def test_gold_relations_are_valid(path: Path):
    problems = []
    seen: set[tuple[str, str, str, str]] = set()
    event_types = _event_types()
    for number, record in _records(path):
        where = f"{path.name}:{number}"
        found = _common_problems(path, number, record, RELATION_KEYS)
        problems.extend(found)
        if found:
            continue
        for key in ("subject", "object", "action"):
            if not _is_name(record[key]):
                problems.append(f"{where}: {key} is not a name")
        if record["subject"] == record["object"]:
            problems.append(f"{where}: subject and object are the same actor")
        if record["event_type"] not in event_types:
            problems.append(f"{where}: event type {record['event_type']!r} is not an ng:EventType of ontology.ttl")
        if not isinstance(record["negated"], bool):
            problems.append(f"{where}: negated is not true/false")
        if record["modality"] not in MODALITIES:
            problems.append(f"{where}: modality {record['modality']!r} not in {sorted(MODALITIES, key=str)}")
        key = (record["article"], record["sentence"], record["subject"], record["object"])
        if key in seen:
            problems.append(f"{where}: a second record for the same pair and sentence")
        seen.add(key)
    assert not problems, "\n".join(problems)


def test_gold_event_types_come_from_the_ontology():
    # the check above is only as good as this list: the FORMAT's event types must all be there
    assert {"Consult", "Agree", "Cooperate", "Support", "Accuse", "Reject", "Demand", "Coerce", "Threaten",
            "Assault", "Protest"} <= _event_types()


# -- the texts folders -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_gold_articles_are_in_the_manifest(name: str):
    """Every article a set annotates is listed in its folder's manifest.csv (date, title)."""
    folder = TEXTS[name]
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        listed = {row["file"] for row in csv.DictReader(handle)}
    articles = {record["article"] for kind in ("statements", "relations")
                for _, record in _records(GOLD / f"{name}.{kind}.jsonl")}
    assert articles <= listed, f"not in {folder.name}/manifest.csv: {sorted(articles - listed)}"
    assert all((folder / file).is_file() for file in listed), f"{folder.name}/manifest.csv names a missing file"


# -- article lists -----------------------------------------------------------------------------


def test_every_gold_set_lists_its_articles_and_they_exist():
    """``SET.articles`` names every article the set covers, so predictions in an article with nothing to annotate count."""
    for path in _gold_files("statements"):
        name = _set_name(path)
        listing = GOLD / f"{name}.articles"
        assert listing.is_file(), f"{name}: write {listing.name} (one article file name per line)"
        listed = [line for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(listed) == len(set(listed)), f"{listing.name}: an article is listed twice"
        missing = [a for a in listed if not (TEXTS[name] / a).is_file()]
        assert not missing, f"{listing.name}: not in {TEXTS[name].name}: {missing}"
