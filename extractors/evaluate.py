"""Check extracted facts against the construction catalogue (tests/extractors/catalogue_*.jsonl).

Pure functions over ``ArticleFacts`` and the catalogue's expected dicts:
no spaCy, no file I/O. Used by ``scripts/score_extractors.py`` and the tests. Gold sets
are scored on the built graph by ``graph.score`` (``newsgraph score``).

Expected names match an actor when they equal its label or one of its aliases,
folded (case and accents ignored).
"""

from __future__ import annotations

from collections.abc import Iterable

from extractors.lang import fold
from extractors.model import Actor, ArticleFacts, Relation, Statement


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
