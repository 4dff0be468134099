"""Plain result types shared by every extractor and by the graph side.

Everything here is a frozen dataclass of plain data (str, int, bool, tuples)
so that results can be cached as JSON and compared in tests. No spaCy object
ever leaves ``extractors/``.

Offsets (``start``/``end``) are character offsets into ``Article.text``, the
decoded and cleaned text that was parsed. Cleaning blanks boilerplate out with
spaces of the same length, so the offsets also hold for the decoded source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Actor kinds, named after the ontology classes (ng:Person ...).
ACTOR_KINDS = ("Person", "Organization", "Country", "Place")

#: Kinds of actor that can act or be acted on by a speaker's words: a place never threatens, cancels or excludes.
AGENT_KINDS = ("Person", "Organization", "Country")

#: Local keys of actors named only by their role in one article ("le recteur": extractors/unnamed_roles.py);
#: graph.resolve never merges them across articles.
UNNAMED_KEY_PREFIX = "unnamed:"

#: Statement modes, named after the ontology individuals (ng:DirectQuote ...).
MODES = ("DirectQuote", "IndirectSpeech", "AccordingTo")


@dataclass(frozen=True)
class ArticleDate:
    """A publication date with the precision its source gives.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``source`` says where
    it came from (``manifest``, ``jsonl``, ``cli``, ``text:dateline`` ...).
    """

    value: str
    source: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


@dataclass(frozen=True)
class Article:
    """One input article, decoded and cleaned, ready to parse."""

    id: str  # file name relative to the input root, or the JSONL record id
    text: str  # cleaned text (same length as the decoded source)
    date: ArticleDate | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "fr"


@dataclass(frozen=True)
class Evidence:
    """Where a fact is written: the sentence(s) and their offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """An actor as known inside one article (a local entity).

    ``key`` is unique inside the article; ``label`` is the best name seen
    there; ``aliases`` every surface form that referred to it (names, "M. X",
    role nouns are not aliases but ``roles``).
    """

    key: str
    label: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """Who said what about whom, in one article."""

    speaker: str  # Actor.key
    cue: str  # lemma of the speech verb or marker ("déclarer", "selon")
    quote: str  # the reported content
    mode: str  # one of MODES
    evidence: Evidence
    about: tuple[str, ...] = ()  # Actor.keys
    addressee: str | None = None  # Actor.key
    reported_by: str | None = None  # Actor.key of the medium ("selon CCTV")
    quote_start: int = 0
    quote_end: int = 0
    event_time: str | None = None  # when it was said, if the text says: "2024-02-08", "2024-02", "2024", "A..B"


@dataclass(frozen=True)
class Relation:
    """Who did what to whom, in one article."""

    subject: str  # Actor.key
    object: str  # Actor.key
    action: str  # lemma of the trigger verb or noun
    event_type: str  # local name of an event class in ontology.ttl
    evidence: Evidence
    negated: bool = False
    modality: str | None = None  # "conditional", "future", "intention", "possibility"
    symmetric: bool = False
    event_time: str | None = None  # when it happened, if the text says (same forms as Statement.event_time)


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    relations: tuple[Relation, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. "no publication date"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ArticleFacts":
        art = dict(data["article"])
        art["date"] = ArticleDate(**art["date"]) if art.get("date") else None
        article = Article(**art)
        actors = tuple(
            Actor(**{**a, "aliases": tuple(a["aliases"]), "roles": tuple(a["roles"])})
            for a in data["actors"]
        )
        statements = tuple(
            Statement(
                **{
                    **s,
                    "evidence": Evidence(**s["evidence"]),
                    "about": tuple(s["about"]),
                }
            )
            for s in data["statements"]
        )
        relations = tuple(
            Relation(**{**r, "evidence": Evidence(**r["evidence"])}) for r in data["relations"]
        )
        return cls(article, actors, statements, relations, tuple(data.get("notes", ())))
