"""Score extracted facts against hand-written gold (seeds) and the construction catalogue.

Pure functions over ``ArticleFacts`` and plain gold dicts (see tests/gold/FORMAT.md):
no spaCy, no file I/O. Used by ``scripts/score_extractors.py`` and the tests.

Names in gold match an actor when they equal its label or one of its aliases,
folded (case and accents ignored).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extractors.lang import fold
from extractors.model import Actor, ArticleFacts, Relation, Statement


@dataclass
class PRF:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P={self.precision:.3f} ({self.tp_pred}/{self.n_pred})  R={self.recall:.3f} "
                f"({self.tp_gold}/{self.n_gold})  F1={self.f1:.3f}")


@dataclass
class Report:
    speakers: PRF = field(default_factory=PRF)
    about_found: int = 0
    about_total: int = 0
    relations: PRF = field(default_factory=PRF)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    about_misses: list[str] = field(default_factory=list)
    relation_misses: list[str] = field(default_factory=list)
    relation_false_positives: list[str] = field(default_factory=list)

    @property
    def about_recall(self) -> float:
        return self.about_found / self.about_total if self.about_total else 0.0


# -- names ----------------------------------------------------------------------------


def names_of(actor: Actor) -> set[str]:
    return {fold(actor.label)} | {fold(a) for a in actor.aliases}


def name_matches(name: str | None, key: str | None, actors: dict[str, Actor]) -> bool:
    if name is None or key is None:
        return name is None and key is None
    actor = actors.get(key)
    return actor is not None and fold(name) in names_of(actor)


def _label(key: str | None, actors: dict[str, Actor]) -> str | None:
    return actors[key].label if key in actors else key


# -- seeds gold -----------------------------------------------------------------------


def _ranges(text: str, sentence: str) -> list[tuple[int, int]]:
    found, start = [], text.find(sentence)
    while start >= 0:
        found.append((start, start + len(sentence)))
        start = text.find(sentence, start + 1)
    return found


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in ranges)


def score_article(facts: ArticleFacts, gold_statements: list[dict], gold_relations: list[dict], report: Report,
                  *, source: str | None = None) -> None:
    """Add one article's counts to ``report``.

    ``source`` is the decoded file before cleaning (same offsets): gold sentences
    that cleaning blanked out are still located there.
    """
    text = facts.article.text
    actors = {a.key: a for a in facts.actors}
    aid = facts.article.id
    # statements: (speaker, evidence range) pairs
    pairs: dict[tuple[str, int, int], list[Statement]] = {}
    for s in facts.statements:
        pairs.setdefault((s.speaker, s.evidence.start, s.evidence.end), []).append(s)
    matched_pairs: set[tuple[str, int, int]] = set()
    for g in gold_statements:
        ranges = _ranges(text, g["sentence"]) or _ranges(source or "", g["sentence"])
        if not ranges:
            report.misses.append(f"{aid}: GOLD SENTENCE NOT FOUND {g['sentence'][:80]!r}")
        hits = [p for p in pairs if _overlaps(ranges, p[1], p[2]) and name_matches(g["speaker"], p[0], actors)]
        report.speakers.n_gold += 1
        if hits:
            report.speakers.tp_gold += 1
            matched_pairs.update(hits)
            about = {k for p in hits for s in pairs[p] for k in s.about}
            for name in g.get("about") or ():
                report.about_total += 1
                if any(name_matches(name, k, actors) for k in about):
                    report.about_found += 1
                else:
                    report.about_misses.append(f"{aid}: {g['speaker']} about {name!r} not in {sorted(_label(k, actors) for k in about)} | {g['sentence'][:100]}")
        else:
            here = [f"{_label(p[0], actors)}" for p in pairs if _overlaps(ranges, p[1], p[2])]
            report.misses.append(f"{aid}: {g['speaker']} [{g['cue']}/{g['mode']}] (predicted here: {here}) | {g['sentence'][:160]}")
    for p, statements in pairs.items():
        report.speakers.n_pred += 1
        if p in matched_pairs:
            report.speakers.tp_pred += 1
        else:
            s = statements[0]
            report.false_positives.append(
                f"{aid}: {_label(s.speaker, actors)} [{s.cue}/{s.mode}] quote={s.quote[:70]!r} | {s.evidence.text[:160]}")
    # relations
    predicted = {}
    for r in facts.relations:
        predicted.setdefault((r.subject, r.object, r.event_type, r.negated, r.evidence.start, r.evidence.end), r)
    matched: set = set()
    for g in gold_relations:
        ranges = _ranges(text, g["sentence"]) or _ranges(source or "", g["sentence"])
        report.relations.n_gold += 1
        hits = [k for k, r in predicted.items() if _overlaps(ranges, r.evidence.start, r.evidence.end) and _relation_matches(g, r, actors)]
        if hits:
            report.relations.tp_gold += 1
            matched.update(hits)
        else:
            here = [_rel_str(r, actors) for r in predicted.values() if _overlaps(ranges, r.evidence.start, r.evidence.end)]
            report.relation_misses.append(
                f"{aid}: {g['subject']} -> {g['object']} {g['event_type']}{' NEG' if g['negated'] else ''} ({g['action']}) "
                f"(predicted here: {here}) | {g['sentence'][:160]}")
    for k, r in predicted.items():
        report.relations.n_pred += 1
        if k in matched:
            report.relations.tp_pred += 1
        else:
            report.relation_false_positives.append(f"{aid}: {_rel_str(r, actors)} | {r.evidence.text[:160]}")


def _relation_matches(g: dict, r: Relation, actors: dict[str, Actor], *, modality: bool = False) -> bool:
    if g["event_type"] != r.event_type or bool(g["negated"]) != r.negated:
        return False
    if modality and g.get("modality") != r.modality:
        return False
    direct = name_matches(g["subject"], r.subject, actors) and name_matches(g["object"], r.object, actors)
    if direct:
        return True
    return r.symmetric and name_matches(g["subject"], r.object, actors) and name_matches(g["object"], r.subject, actors)


def _rel_str(r: Relation, actors: dict[str, Actor]) -> str:
    neg = " NEG" if r.negated else ""
    mod = f" [{r.modality}]" if r.modality else ""
    sym = " (sym)" if r.symmetric else ""
    return f"{_label(r.subject, actors)} -> {_label(r.object, actors)} {r.event_type}{neg}{mod}{sym} ({r.action})"


def statement_str(s: Statement, actors: dict[str, Actor]) -> str:
    about = sorted(_label(k, actors) or "" for k in s.about)
    return (f"{_label(s.speaker, actors)} [{s.cue}/{s.mode}] about={about} rb={_label(s.reported_by, actors)} "
            f"ad={_label(s.addressee, actors)}")


# -- catalogue --------------------------------------------------------------------------


def statement_matches(expected: dict, s: Statement, actors: dict[str, Actor]) -> bool:
    if not name_matches(expected["speaker"], s.speaker, actors):
        return False
    if fold(expected["cue"]) != fold(s.cue) or expected["mode"] != s.mode:
        return False
    if not name_matches(expected.get("reported_by"), s.reported_by, actors):
        return False
    if not name_matches(expected.get("addressee"), s.addressee, actors):
        return False
    return _same_set(expected.get("about") or [], s.about, actors)


def _same_set(names: list[str], keys: Iterable[str], actors: dict[str, Actor]) -> bool:
    keys = list(dict.fromkeys(keys))
    if len(keys) != len(set(map(fold, names))):
        return False
    return all(any(name_matches(n, k, actors) for k in keys) for n in names) and all(
        any(name_matches(n, k, actors) for n in names) for k in keys)


def relation_matches(expected: dict, r: Relation, actors: dict[str, Actor]) -> bool:
    """Catalogue relations: order, type, polarity and modality all count."""
    return (expected["event_type"] == r.event_type and bool(expected["negated"]) == r.negated
            and expected.get("modality") == r.modality
            and name_matches(expected["subject"], r.subject, actors) and name_matches(expected["object"], r.object, actors))


def check_catalogue_entry(entry: dict, facts: ArticleFacts, kind: str) -> list[str]:
    """Problems with one catalogue entry ([] = pass). ``kind`` is "statements" or "relations"."""
    actors = {a.key: a for a in facts.actors}
    if kind == "statements":
        found, match, show = list(facts.statements), statement_matches, statement_str
    else:
        found, match, show = list(facts.relations), relation_matches, _rel_str
    problems = []
    unmatched = list(found)
    for expected in entry["expected"]:
        hit = next((f for f in unmatched if match(expected, f, actors)), None)
        if hit is None:
            problems.append(f"missing {expected}")
        else:
            unmatched.remove(hit)
    for forbidden in entry.get("forbidden", ()):
        if any(match(forbidden, f, actors) for f in found):
            problems.append(f"forbidden present {forbidden}")
    for extra in unmatched:
        problems.append(f"unexpected {show(extra, actors)}")
    if problems:
        problems.append("got: " + " || ".join(show(f, actors) for f in found))
    return problems
