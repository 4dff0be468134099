"""Entity resolution: local actors of every article -> one corpus actor per real actor.

Rules, applied in order (each one named and tested):

1. ``exact``: same kind and same folded name (accents and case folded for
   the comparison only; labels keep their accents).
2. ``surname``: a one-word person name ("Poutine", "M. Ushakov") joins the
   one known full name that contains it; if two full names contain it, it
   stays apart and is reported as ambiguous.
3. ``transliteration``: person names whose transliteration keys agree
   ("Yury Ushakov" / "Youri Ouchakov": both ``iuri ushakov``), or come
   within ``FUZZY_THRESHOLD`` of each other with the same last-name key.
4. ``kind``: one name seen as two kinds ("Union européenne" as a Country
   through the metonym "Bruxelles" and as an Organization) is one actor when
   the language data says which kind it is (``countries`` / ``organizations``
   in fr.json); without data the two stay apart.
5. ``acronym``: inside one article, "CEDEAO" joins the one organisation whose
   words give it ("Communauté économique des États de l'Afrique de l'Ouest").
6. ``surname in place``: inside one article, a place or organisation named
   only by a person's surname ("Santis" beside "Nick De Santis") is that person.

Match keys fold accents, case, apostrophes, hyphens and titles ("M.Houdré",
"Mr Saputo"); for organisations and places the articles and "de/du/des" too
("États d'Afrique" / "États de l'Afrique"). A descriptive name ("police",
"ministère de l'Intérieur": a lower-case single word or a state body) says
nothing of whose it is, so it merges only inside its article.
Different people are never merged on a first name alone.

An unnamed actor (local key ``UNNAMED_KEY_PREFIX``..., "le recteur", "les
autorités locales": extractors/unnamed_roles.py) is the holder of a role in
one article only: it joins no actor of another article, and no rule but
``exact`` inside its article applies to it. Its id carries the article's
("recteur-a-txt"), and ``CorpusActor.unnamed_in`` names the article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.lang import fold, language_data
from extractors.model import UNNAMED_KEY_PREFIX, ArticleFacts

FUZZY_THRESHOLD = 90  # rapidfuzz ratio on transliteration keys

_DATA = language_data("fr")
_TITLE = re.compile(
    r"^(?:" + "|".join(re.escape(t.rstrip(".")) for t in sorted(_DATA.words("titles"), key=len, reverse=True)) + r")(?:\.\s*|\s+)(?=\w)",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset({"le", "la", "les", "l", "de", "d", "du", "des"})
_STATE_BODIES = _DATA.words("state_body_nouns")
_COUNTRY_NAMES = frozenset(fold(v) for v in _DATA.raw["countries"].values() if v)
_ORGANIZATION_NAMES = frozenset(fold(n) for k, v in _DATA.raw["organizations"].items() for n in (k, v) if n) - _COUNTRY_NAMES
_GAZETTEER_NAMES = _COUNTRY_NAMES | _ORGANIZATION_NAMES | frozenset(_DATA.table("metonyms")) | frozenset(_DATA.table("countries"))


@dataclass(frozen=True)
class CorpusActor:
    """One node of the corpus graph."""

    id: str  # slug, local name under https://w3id.org/newsgraph/id/
    label: str
    kind: str
    alt_labels: tuple[str, ...]
    unnamed_in: str | None = None  # the article id of an actor named only by its role there ("le recteur")


@dataclass
class Resolution:
    """Corpus actors and the map from (article id, local key) to their ids."""

    actors: dict[str, CorpusActor]
    local_to_corpus: dict[tuple[str, str], str]
    ambiguous: list[str] = field(default_factory=list)

    def corpus_id(self, article_id: str, local_key: str) -> str:
        return self.local_to_corpus[(article_id, local_key)]


def resolve_actors(facts: Iterable[ArticleFacts]) -> Resolution:
    """Merge the local actors of all articles into corpus actors."""
    groups = _UnionFind()
    names: dict[tuple[str, str], Counter[str]] = {}
    kinds: dict[tuple[str, str], str] = {}
    for article_facts in facts:
        for actor in article_facts.actors:
            node = (article_facts.article.id, actor.key)
            kinds[node] = actor.kind
            counter = Counter({actor.label: 2})
            counter.update(actor.aliases)
            names[node] = counter
            groups.add(node)
    nodes = sorted(names)
    for node in nodes:
        if kinds[node] != "Person" and all(_TITLE.match(name) for name in names[node]):
            kinds[node] = "Person"  # "M.Houdré" tagged as an organisation is a person
    _merge_in_article(nodes, names, kinds, groups)
    _merge_exact(nodes, names, kinds, groups)
    _reconcile_kinds(nodes, names, kinds, groups)
    ambiguous = _merge_surnames(nodes, names, kinds, groups)
    _merge_transliterations(nodes, names, kinds, groups)
    return _build(nodes, names, kinds, groups, ambiguous)


def name_key(name: str, kind: str) -> str:
    """The comparison key of a name: folded, without title, hyphens or apostrophes.

    Organisations and places also lose their articles and "de/du/des":
    >>> name_key("Communauté économique des États d'Afrique de l'Ouest", "Organization")
    'communaute economique etats afrique ouest'
    >>> name_key("M.Houdré", "Person"), name_key("Moody’s", "Organization")
    ('houdre', 'moody s')
    """
    words = re.findall(r"[^\W_]+", fold(_strip_title(name)))
    if kind != "Person":
        words = [w for w in words if w not in _FUNCTION_WORDS] or words
    return " ".join(words)


def is_descriptive(name: str) -> bool:
    """A common-noun name that does not say whose it is: "police", "ministère de l'Intérieur"."""
    words = name.split()
    return bool(words) and name[:1].islower() and (len(words) == 1 or fold(words[0]) in _STATE_BODIES)


def acronym_of(acronym: str, name: str) -> bool:
    """Does ``acronym`` spell the initials of ``name``, "de/du/des" optional?

    >>> acronym_of("CEDEAO", "Communauté économique des États de l'Afrique de l'Ouest")
    True
    >>> acronym_of("OTAN", "Organisation du traité de l'Atlantique nord"), acronym_of("UE", "Union africaine")
    (True, False)
    """
    letters = fold(acronym)
    words = re.findall(r"[^\W_]+", fold(name))
    if len(words) < 2 or not letters.isalpha():
        return False
    reachable = {0}  # how many letters the words so far can spell
    for word in words:
        step = {i + 1 for i in reachable if i < len(letters) and word[0] == letters[i]}
        reachable = step | reachable if word in _FUNCTION_WORDS else step
        if not reachable:
            return False
    return len(letters) in reachable


def transliteration_key(name: str) -> str:
    """A spelling-independent key for a transliterated name.

    >>> transliteration_key("Youri Ouchakov") == transliteration_key("Yury Ushakov")
    True
    """
    words = []
    for word in re.findall(r"[a-z]+", fold(name)):
        word = word.replace("ou", "u").replace("tch", "ch").replace("sch", "sh").replace("ch", "sh")
        word = word.replace("y", "i").replace("j", "i").replace("w", "v").replace("ph", "f").replace("ck", "k").replace("kh", "h")
        word = re.sub(r"(.)\1+", r"\1", word)
        if len(word) > 4 and word.endswith("e"):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


# -- rules --------------------------------------------------------------------------


def _merge_exact(nodes, names, kinds, groups) -> None:
    by_key: dict[tuple[str, ...], tuple[str, str]] = {}
    for node in nodes:
        for name in names[node]:
            if kinds[node] == "Person" and len(_strip_title(name).split()) < 2:
                continue  # one-word person names go through the surname rule
            key = (kinds[node], name_key(name, kinds[node])) + ((node[0],) if is_descriptive(name) or _unnamed(node) else ())
            if key in by_key:
                groups.union(by_key[key], node)
            else:
                by_key[key] = node


def _reconcile_kinds(nodes, names, kinds, groups) -> None:
    """Rule ``kind``: the same name as Country and Organization (or Place) is one actor of the kind the data gives."""
    by_key: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for node in nodes:
        if kinds[node] != "Person" and not _unnamed(node):
            for name in names[node]:
                if not is_descriptive(name):
                    by_key[fold(_strip_title(name))][kinds[node]].append(node)
    for key in sorted(by_key):
        by_kind = by_key[key]
        kind = "Country" if key in _COUNTRY_NAMES else "Organization" if key in _ORGANIZATION_NAMES else None
        if len(by_kind) < 2 or kind not in by_kind:
            continue
        merged = [n for ns in by_kind.values() for n in ns]
        roots = {groups.find(n) for n in merged}
        for node in nodes:
            if groups.find(node) in roots:
                kinds[node] = kind
        for node in merged[1:]:
            groups.union(merged[0], node)


def _merge_in_article(nodes, names, kinds, groups) -> None:
    """Rules ``acronym`` and ``surname in place``, inside each article."""
    by_article: dict[str, list] = defaultdict(list)
    for node in nodes:
        by_article[node[0]].append(node)
    for article in sorted(by_article):
        local = by_article[article]
        for node in local:
            if kinds[node] == "Person" or len(names[node]) != 1 or _unnamed(node):
                continue
            (name,) = names[node]
            if re.fullmatch(r"[A-ZÀ-Ý]{2,8}", name):
                owners = [o for o in local if o != node and kinds[o] != "Person" and any(acronym_of(name, n) for n in names[o])]
            elif len(name.split()) == 1 and fold(name) not in _GAZETTEER_NAMES:
                owners = [o for o in local if kinds[o] == "Person" and any(fold(_strip_title(n)) == fold(name) for n in names[o])]
            else:
                continue
            if len({groups.find(o) for o in owners}) == 1:
                kinds[node] = kinds[owners[0]]
                groups.union(owners[0], node)


def _merge_surnames(nodes, names, kinds, groups) -> list[str]:
    full_names: dict[str, set] = defaultdict(set)  # word -> roots of full names containing it
    for node in nodes:
        if kinds[node] != "Person" or _unnamed(node):
            continue
        for name in names[node]:
            words = fold(_strip_title(name)).split()
            if len(words) >= 2:
                for word in words:
                    full_names[transliteration_key(word)].add(groups.find(node))
    ambiguous = []
    for node in nodes:
        if kinds[node] != "Person" or _has_full_name(names[node]) or _unnamed(node):
            continue
        word = transliteration_key(_strip_title(_best(names[node])))
        roots = {groups.find(r) for r in full_names.get(word, ())}
        if len(roots) == 1:
            groups.union(next(iter(roots)), node)
        elif len(roots) > 1:
            ambiguous.append(f"{_best(names[node])!r} could be any of {len(roots)} people; kept apart")
    return ambiguous


def _merge_transliterations(nodes, names, kinds, groups) -> None:
    people = [n for n in nodes if kinds[n] == "Person" and _has_full_name(names[n]) and not _unnamed(n)]
    keys = {n: {transliteration_key(_strip_title(name)) for name in names[n] if len(name.split()) >= 2} for n in people}
    # Two names can only match when they end with the same word (see _same_person), so only people
    # who share a last word are compared: linear in the corpus instead of quadratic.
    by_last_word: dict[str, list] = defaultdict(list)
    for node in people:
        for last in sorted({key.split()[-1] for key in keys[node] if key}):
            by_last_word[last].append(node)
    for last in sorted(by_last_word):
        bucket = by_last_word[last]
        for i, first in enumerate(bucket):
            for second in bucket[i + 1:]:
                if groups.find(first) != groups.find(second) and _same_person(keys[first], keys[second]):
                    groups.union(first, second)


def _unnamed(node: tuple[str, str]) -> bool:
    """Is this (article id, local key) an actor named only by its role in that article?"""
    return node[1].startswith(UNNAMED_KEY_PREFIX)


def _same_person(first: set[str], second: set[str]) -> bool:
    for a in first:
        for b in second:
            if a == b:
                return True
            if a.split()[-1] == b.split()[-1] and fuzz.ratio(a, b) >= FUZZY_THRESHOLD:
                return True
    return False


# -- output ---------------------------------------------------------------------------


def _build(nodes, names, kinds, groups, ambiguous) -> Resolution:
    members: dict[tuple[str, str], list] = defaultdict(list)
    for node in nodes:
        members[groups.find(node)].append(node)
    actors: dict[str, CorpusActor] = {}
    local_to_corpus: dict[tuple[str, str], str] = {}
    for root in sorted(members):
        group = members[root]
        kind = Counter(kinds[n] for n in group).most_common(1)[0][0]
        counts: Counter[str] = Counter()
        for node in group:
            counts.update(names[node])
        label = _preferred_label(counts, kind)
        unnamed_in = group[0][0] if all(_unnamed(node) for node in group) else None
        base = slug(f"{label} {unnamed_in}") if unnamed_in else slug(label)
        actor_id = base if base not in actors else f"{base}-{kind.lower()}"
        n = 2
        while actor_id in actors:
            actor_id = f"{base}-{n}"
            n += 1
        alt = tuple(sorted({name for name in counts if name != label}))
        actors[actor_id] = CorpusActor(actor_id, label, kind, alt, unnamed_in)
        for node in group:
            local_to_corpus[node] = actor_id
    return Resolution(actors, local_to_corpus, sorted(ambiguous))


def _preferred_label(counts: Counter[str], kind: str) -> str:
    candidates = [n for n in counts if not _strip_title(n) != n] or list(counts)
    if kind == "Person":
        full = [n for n in candidates if len(n.split()) >= 2]
        candidates = full or candidates
    return sorted(candidates, key=lambda n: (-counts[n], -len(n), n))[0]


def slug(label: str) -> str:
    """IRI-safe local name from a label: "États-Unis" -> "etats-unis"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-") or "actor"


def _strip_title(name: str) -> str:
    return _TITLE.sub("", name.strip())


def _has_full_name(counter: Counter[str]) -> bool:
    return any(len(_strip_title(n).split()) >= 2 for n in counter)


def _best(counter: Counter[str]) -> str:
    return sorted(counter, key=lambda n: (-counter[n], n))[0]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def add(self, node) -> None:
        self.parent.setdefault(node, node)

    def find(self, node):
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low
