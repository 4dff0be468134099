"""Score a built graph against hand-made gold annotations (tests/gold/FORMAT.md).

Statements are scored as (speaker, sentence) pairs: a predicted statement
matches a gold record when it comes from the same article, its evidence
overlaps the gold sentence, and its speaker is known by the gold name (its
label or an alternative label, compared without case or accents). About
recall is measured over the matched pairs. Relations are scored on
(subject, object, event type, negated) per sentence. Only the articles of
the gold set are scored, so one graph can hold several gold sets: the articles
listed in ``PREFIX.articles`` (one file name per line; it also covers articles
with nothing to annotate, whose predictions are then false positives), or,
without that file, the articles the gold records name.

A gold folder may name its held-out sets in a ``HELD-OUT`` file (one set name
a line, ``#`` comments): their errors are not to be read while rules are
written, so ``held_out_sets`` tells the command line to refuse ``--misses``
for any gold set that shares an article with one of them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from extractors.decode import decode_bytes
from extractors.lang import fold
from graph.errors import InputError

_STATEMENTS = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?fact ?source ?speaker ?start ?end WHERE {
  GRAPH ?article { ?fact a ng:Statement ; ng:speaker ?speaker ; ng:charStart ?start ; ng:charEnd ?end }
  ?article dcterms:source ?source .
}
"""
_ABOUT = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?fact ?about WHERE { GRAPH ?g { ?fact ng:about ?about } }
"""
_RELATIONS = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?fact ?source ?subject ?object ?type ?negated ?symmetric ?start ?end WHERE {
  GRAPH ?article {
    ?fact a ng:Relation ; ng:subject ?subject ; ng:object ?object ; ng:eventType ?type ; ng:negated ?negated ;
          ng:charStart ?start ; ng:charEnd ?end .
    OPTIONAL { ?fact ng:symmetric ?symmetric }
  }
  ?article dcterms:source ?source .
}
"""
_NAMES = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor ?name WHERE { { ?actor rdfs:label ?name } UNION { ?actor skos:altLabel ?name } }
"""


@dataclass
class Score:
    """Precision/recall of one kind of fact, with what went wrong."""

    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    speakers: Score
    about_found: int
    about_total: int
    relations: Score
    about_misses: list[str] = field(default_factory=list)  # "article speaker: missing actors (found: ...)"

    @property
    def about_recall(self) -> float:
        return self.about_found / self.about_total if self.about_total else 0.0


def score_graph(graph: str | Path, *, gold_prefix: str | Path, texts: str | Path) -> Scores:
    """Score ``graph`` (TriG) against ``PREFIX.statements.jsonl`` / ``PREFIX.relations.jsonl``."""
    store = _load(Path(graph))
    names = _names(store)
    texts = Path(texts)
    gold_statements = _gold(Path(f"{gold_prefix}.statements.jsonl"), texts)
    gold_relations = _gold(Path(f"{gold_prefix}.relations.jsonl"), texts)
    articles = _articles(Path(f"{gold_prefix}.articles"), gold_statements + gold_relations)
    speakers, about_found, about_total, about_misses = _score_statements(store, names, gold_statements, articles)
    relations = _score_relations(store, names, gold_relations, articles)
    return Scores(speakers, about_found, about_total, relations, about_misses)


def held_out_sets(gold_prefix: str | Path) -> list[str]:
    """The held-out sets (``HELD-OUT`` beside the gold files) that share an article with ``gold_prefix``'s set."""
    prefix = Path(gold_prefix)
    listing = prefix.parent / "HELD-OUT"
    if not listing.is_file():
        return []
    mine = _listed_articles(prefix)
    overlapping = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name and (name == prefix.name or mine & _listed_articles(prefix.parent / name)):
            overlapping.append(name)
    return overlapping


def _listed_articles(prefix: Path) -> set[str]:
    """Every article a gold set lists or names (``.articles`` and both record files), without reading them as gold."""
    found: set[str] = set()
    articles = Path(f"{prefix}.articles")
    if articles.is_file():
        found.update(line.strip() for line in articles.read_text(encoding="utf-8").splitlines() if line.strip())
    for kind in ("statements", "relations"):
        records = Path(f"{prefix}.{kind}.jsonl")
        if records.is_file():
            found.update(json.loads(line)["article"] for line in records.read_text(encoding="utf-8").splitlines()
                         if line.strip())
    return found


def format_scores(scores: Scores, *, misses: bool = False) -> str:
    s, r = scores.speakers, scores.relations
    lines = [
        f"statements  speaker P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}   "
        f"({s.predicted_matched}/{s.predicted} predicted, {s.gold_matched}/{s.gold} gold)",
        f"            about recall {scores.about_recall:.2f} ({scores.about_found}/{scores.about_total})",
        f"relations   P {r.precision:.2f}  R {r.recall:.2f}  F1 {r.f1:.2f}   "
        f"({r.predicted_matched}/{r.predicted} predicted, {r.gold_matched}/{r.gold} gold)",
    ]
    if misses:
        for title, items in (("statement misses", s.misses), ("statement false positives", s.false_positives),
                             ("about misses", scores.about_misses), ("relation misses", r.misses), ("relation false positives", r.false_positives)):
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)


# -- statements ------------------------------------------------------------------------------


def _score_statements(store, names, gold, articles: set[str]) -> tuple[Score, int, int, list[str]]:
    about: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_ABOUT):
        about[row["fact"].value].add(row["about"].value)
    predicted: dict[tuple, set[str]] = defaultdict(set)  # (source, speaker, start, end) -> facts
    for row in store.query(_STATEMENTS):
        if row["source"].value not in articles:
            continue
        key = (row["source"].value, row["speaker"].value, int(row["start"].value), int(row["end"].value))
        predicted[key].add(row["fact"].value)
    score = Score(predicted=len(predicted), gold=len(gold))
    matched_predicted: set[tuple] = set()
    about_found = about_total = 0
    about_misses: list[str] = []
    for record in gold:
        hits = [k for k in predicted if k[0] == record["article"] and _overlaps(k[2], k[3], record) and _named(names, k[1], record["speaker"])]
        if hits:
            score.gold_matched += 1
            matched_predicted.update(hits)
            found = {a for k in hits for fact in predicted[k] for a in about[fact]}
            missing = [target for target in record.get("about") or () if not any(_named(names, a, target) for a in found)]
            about_total += len(record.get("about") or ())
            about_found += len(record.get("about") or ()) - len(missing)
            if missing:
                got = ", ".join(sorted(_label(names, actor) for actor in found)) or "nothing"
                about_misses.append(f"{record['article'][:3]} {record['speaker']}: {', '.join(missing)} (found: {got}): "
                                    f"{record['sentence'][:90]}")
        else:
            score.misses.append(f"{record['article'][:3]} {record['speaker']}: {record['sentence'][:90]}")
    score.predicted_matched = len(matched_predicted)
    for key in sorted(set(predicted) - matched_predicted):
        score.false_positives.append(f"{key[0][:3]} {_label(names, key[1])} @{key[2]}")
    return score, about_found, about_total, about_misses


# -- relations --------------------------------------------------------------------------------


def _score_relations(store, names, gold, articles: set[str]) -> Score:
    predicted = {}
    for row in store.query(_RELATIONS):
        if row["source"].value not in articles:
            continue
        key = (row["source"].value, row["subject"].value, row["object"].value, row["type"].value.rsplit("#", 1)[-1],
               row["negated"].value == "true", int(row["start"].value), int(row["end"].value))
        predicted[key] = bool(row["symmetric"]) and row["symmetric"].value == "true"
    score = Score(predicted=len(predicted), gold=len(gold))
    matched: set[tuple] = set()
    for record in gold:
        hits = [k for k, symmetric in predicted.items() if k[0] == record["article"] and _overlaps(k[5], k[6], record)
                and k[3] == record["event_type"] and k[4] == bool(record["negated"])
                and (_pair(names, k[1], k[2], record) or (symmetric and _pair(names, k[2], k[1], record)))]
        if hits:
            score.gold_matched += 1
            matched.update(hits)
        else:
            score.misses.append(f"{record['article'][:3]} {record['subject']} {record['event_type']}{' NOT' if record['negated'] else ''} "
                                f"{record['object']}: {record['sentence'][:70]}")
    score.predicted_matched = len(matched)
    for key in sorted(set(predicted) - matched):
        score.false_positives.append(f"{key[0][:3]} {_label(names, key[1])} {key[3]}{' NOT' if key[4] else ''} {_label(names, key[2])} @{key[5]}")
    return score


def _pair(names, subject, obj, record) -> bool:
    return _named(names, subject, record["subject"]) and _named(names, obj, record["object"])


# -- helpers ------------------------------------------------------------------------------------


def _load(path: Path) -> ox.Store:
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (run newsgraph build first)")
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
    except SyntaxError as error:
        raise InputError(f"{path}: not valid TriG ({' '.join(str(error).split())})") from None
    return store


def _gold(path: Path, texts: Path) -> list[dict]:
    """Gold records, each with the char range of its sentence in the article text."""
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    records = []
    cache: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        article = record["article"]
        if article not in cache:
            cache[article] = decode_bytes((texts / article).read_bytes())
        start = cache[article].find(record["sentence"])
        if start < 0:
            raise InputError(f"{path}:{number}: sentence not found in {article}")
        record["start"], record["end"] = start, start + len(record["sentence"])
        records.append(record)
    return records


def _articles(path: Path, records: list[dict]) -> set[str]:
    """The articles a gold set covers: its ``.articles`` list if it has one, else those its records name."""
    named = {r["article"] for r in records}
    if not path.is_file():
        return named
    listed = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    unlisted = sorted(named - listed)
    if unlisted:
        raise InputError(f"{path}: gold records name articles it does not list: {', '.join(unlisted)}")
    return listed


def _names(store: ox.Store) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_NAMES):
        names[row["actor"].value].add(fold(row["name"].value))
    return names


def _named(names, actor: str, gold_name: str) -> bool:
    return fold(gold_name) in names.get(actor, ())


def _label(names, actor: str) -> str:
    return actor.rsplit("/", 1)[-1]


def _overlaps(start: int, end: int, record: dict) -> bool:
    return start < record["end"] and record["start"] < end
