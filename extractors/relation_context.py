"""What earlier text gives a relation's missing side: the acts already found in the article (event anaphors: "Amnesty
a condamné ces attaques" -> the attackers; "X a rejeté ces accusations" -> X's accusers) and the topic a headline
names before its colon ("Venezuela : Washington durcit ses sanctions" -> Venezuela)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of, text_of
from extractors.events import Triggers
from extractors.lang import fold, language_data
from extractors.model import Relation, Statement

#: The subject pronoun of a speaker's group: "« Nous ne céderons pas »".
_FIRST_PLURAL = {"nous"}
#: Nouns of the speaker's and the addressee's states together: "entre nos deux pays".
_OUR_GROUPS = {"pays", "nations", "etats"}


class RelationContext(list):
    """Actors recently in subject position (newest last, for pronouns) and the last subject of each event type
    (for event anaphors: "Amnesty a condamné ces attaques" -> the authors of the attacks)."""

    def __init__(self, actors: ArticleActors | None = None, statements: Iterable[Statement] = ()) -> None:
        super().__init__()
        self._actors = actors
        self._quotes = [s for s in statements if s.quote_end > s.quote_start]
        cues = language_data("fr").words("relation_blaming_cues")
        #: the quotations a blaming verb attributes ("« … », a dénoncé X"): read by ``relation_denounced_quotes``
        self.blaming_quotes = [s for s in self._quotes if s.mode == "DirectQuote" and fold(s.cue) in cues]
        self.events: dict[str, list[str]] = {}
        self._starts: dict[str, int] = {}
        self.sentence = 0
        self.acts: list[tuple[int, Relation]] = []  # (sentence number, relation), in text order

    def first_person(self, pronoun: Token) -> list[str]:
        """"nous" in a quote: the state its speaker stands for (``speaker_state``), or the speaking state or
        organisation itself; [] outside a quote or for a speaker who stands for none."""
        if self._actors is None or fold(pronoun.text) not in _FIRST_PLURAL:
            return []
        return self._speaker_side(pronoun.idx)

    def speakers_at(self, char: int) -> list[str]:
        """The speakers of the statements whose reported content covers ``char``."""
        return list(dict.fromkeys(s.speaker for s in self._quotes if s.quote_start <= char < s.quote_end))

    def statements_at(self, char: int) -> list[Statement]:
        """The statements whose reported content covers ``char``, in article order."""
        return [s for s in self._quotes if s.quote_start <= char < s.quote_end]

    def _speaker_side(self, char: int) -> list[str]:
        for statement in self._quotes:
            if statement.quote_start <= char < statement.quote_end:
                speaker = self._actors.actors.get(statement.speaker)
                if speaker is not None and speaker.kind in {"Country", "Organization"}:
                    return [speaker.key]
                return self._actors.speaker_state(statement.speaker, statement.quote_start, statement.quote_end)
        return []

    def our_owner(self, noun: Token) -> list[str]:
        """"notre initiative" in a quote: the state its speaker stands for, as for "nous" (``first_person``)."""
        if self._actors is None or not any(c.dep_ == "det" and fold(c.text) in {"notre", "nos"} for c in noun.children):
            return []
        return self._speaker_side(noun.idx)

    def our_countries(self, noun: Token) -> list[str]:
        """"entre nos (deux) pays" in a quote told to an addressee: the speaker's state and the addressee's
        ("« … entre nos pays », a déclaré Poutine à Xi" -> Russie, Chine); [] otherwise."""
        if self._actors is None or fold(noun.text) not in _OUR_GROUPS or not any(
                c.dep_ == "det" and fold(c.text) == "nos" for c in noun.children):
            return []
        for statement in self._quotes:
            if statement.addressee and statement.quote_start <= noun.idx < statement.quote_end:
                sides = [self._state_of(k, statement) for k in (statement.speaker, statement.addressee)]
                if all(len(side) == 1 for side in sides) and sides[0] != sides[1]:
                    return [side[0] for side in sides]
        return []

    def _state_of(self, key: str, statement: Statement) -> list[str]:
        actor = self._actors.actors.get(key)
        if actor is not None and actor.kind == "Country":
            return [key]
        return self._actors.speaker_state(key, statement.quote_start, statement.quote_end)

    def record(self, relation: Relation) -> None:
        """Keep the subjects of the last sentence with an event of this type ("A et B ont frappé X": both)."""
        self.acts.append((self.sentence, relation))
        kind = relation.event_type
        if self._starts.get(kind) != relation.evidence.start:
            self.events[kind], self._starts[kind] = [], relation.evidence.start
        if relation.subject not in self.events[kind]:
            self.events[kind].append(relation.subject)


def event_author(noun: Token, event_type: str, trig: Triggers, context: RelationContext | None, actors: ArticleActors,
                 rejecters: list[str]) -> list[str]:
    """"a condamné ces attaques": a demonstrative event noun stands for the author of the last such event.
    "X a rejeté ces accusations / ces critiques" rejects whoever last acted against X (accused, asked, pressed it),
    else the author of the earlier act the noun takes up by its stem ("Accusant Moscou …, la Finlande …")."""
    if event_type not in {"Accuse", "Protest", "Reject"} or not hasattr(context, "events"):
        return []
    kind = trig.nouns.get(fold(noun.lemma_)) or trig.nouns.get(fold(noun.text))
    if not any(c.dep_ == "det" and c.morph.get("PronType") == ["Dem"] for c in noun.children):
        return []
    if event_type == "Reject":
        found = _challengers(context, rejecters, _CHALLENGES, _CHALLENGE_SENTENCES) \
            or _challengers(context, _with_states(rejecters, actors), _CHALLENGES, _CHALLENGE_SENTENCES) \
            or [k for k in actors.earlier_event_authors(noun) if k not in rejecters] \
            or _challengers(context, rejecters, {kind or "Demand"}, context.sentence)  # "ces protestations": who protested
        if found or kind not in {None, "Demand"}:
            return found
        kind = "Demand"  # "ont refusé cet accès", "a rejeté cette demande": the one who asked (gold NOTES)
    if kind is None:
        return []
    return list(context.events.get(kind, ()))


def _with_states(keys: list[str], actors: ArticleActors) -> list[str]:
    """``keys`` and the states of the officials among them ("Le président turc, Recep Tayyip Erdogan, a rejeté ces
    critiques" after a threat against Turkey: the critic acted against his state)."""
    found = list(keys)
    for key in keys:
        found += _nationality_states(key, actors)
    return list(dict.fromkeys(found))


def _nationality_states(key: str, actors: ArticleActors) -> list[str]:
    """The country actors of a person's nationality ("le président turc" -> Turquie); [] for anyone else."""
    actor = actors.actors.get(key)
    if actor is None or actor.kind != "Person" or not actor.nationality:
        return []
    return [k for k, a in actors.actors.items() if a.kind == "Country" and fold(a.label) == fold(actor.nationality)]


#: Acts against an actor that it can reject afterwards ("a rejeté ces accusations").
_CHALLENGES = {"Accuse", "Demand", "Coerce", "Threaten", "Protest"}
#: How many sentences back a rejected act is looked for (its own sentence and the two before).
_CHALLENGE_SENTENCES = 2


def _challengers(context: RelationContext, rejecters: list[str], kinds: set[str], back: int) -> list[str]:
    """The subjects of the latest act of ``kinds`` against one of ``rejecters`` in this sentence or the ``back``
    before."""
    found = [(n, r) for n, r in context.acts if r.object in rejecters and r.event_type in kinds and not r.negated
             and r.subject not in rejecters and n >= context.sentence - back]
    if not found:
        return []
    last = found[-1][1].evidence.start
    return list(dict.fromkeys(r.subject for _, r in found if r.evidence.start == last))


#: Event types whose missing target in a headline is the headline's topic ("Venezuela : Washington durcit ses sanctions").
TOPIC_TYPES = {"Coerce", "Threaten", "Assault"}


def headline_topic(verb: Token, actors: ArticleActors) -> list[str]:
    """The country a headline names before its colon ("Venezuela : Washington durcit ses sanctions"), when the
    trigger is in that headline (the article's first sentence, on its first line) after the colon."""
    sentence = sentence_of(verb)
    doc = verb.doc
    if not _on_first_line(verb):
        return []
    colon = next((t for t in doc[sentence.start: min(verb.i, sentence.start + 6)] if t.text == ":"), None)
    if colon is None:
        return []
    keys = actors.mentions_in(doc[sentence.start].idx, colon.idx, demonyms=False)
    return keys if len(keys) == 1 and actors.actors[keys[0]].kind == "Country" else []


#: Acts an actor can denounce without naming their author ("Caracas dénonce un « coup d'État économique »").
_DENOUNCED = {"Coerce", "Threaten", "Assault"}
#: How many sentences back a denounced act is looked for.
_DENOUNCED_SENTENCES = 5


def denounced_authors(verb: Token, subjects: list[str], trig: Triggers, context: RelationContext,
                      actors: ArticleActors) -> list[str]:
    """"Washington durcit ses sanctions, Caracas dénonce un « coup d'État économique »": an accusation verb
    (``relation_implicit_accusation_verbs``) whose direct object is a bare noun naming no actor accuses the author of
    the latest act against the accuser (or the state of an accusing official) in this sentence or the five before,
    only when exactly one author fits."""
    if fold(verb.lemma_) not in trig.implicit_accusations or not hasattr(context, "acts"):
        return []
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if not objects or any(o.pos_ != "NOUN" or actors.resolve(o) for o in objects):
        return []
    if any(c.dep_ == "det" and c.morph.get("PronType") == ["Dem"] for o in objects for c in o.children):
        return []  # "ces attaques": an event anaphor (event_author)
    if not all(_reaction(o, trig) for o in objects):
        return []  # "a dénoncé la corruption": a topic of its own, no reaction to an act
    targets = set(subjects)
    inside = {k for o in objects for k in actors.mentions_in(*_span_chars(o), demonyms=False)}
    victims = {r.object for n, r in context.acts if n >= context.sentence - _DENOUNCED_SENTENCES}
    if inside - victims:
        return []  # "a dénoncé la corruption en Ukraine"; "un « coup d'État » contre le Venezuela" names the victim
    targets |= inside
    for key in subjects:
        targets.update(_nationality_states(key, actors))
    found = [r for n, r in context.acts if r.object in targets and r.event_type in _DENOUNCED and not r.negated
             and r.subject not in targets and n >= context.sentence - _DENOUNCED_SENTENCES]
    authors = list(dict.fromkeys(r.subject for r in found)) or _first_clause_subject(verb, targets, actors)
    return authors if len(authors) == 1 else []


def _first_clause_subject(verb: Token, targets: set[str], actors: ArticleActors) -> list[str]:
    """"le Chili militarise sa frontière, La Paz dénonce une mesure « unilatérale »": in a headline of two clauses
    (``extractors.headline_clauses`` detaches the first clause's subject), the reaction denounces the act the first
    clause tells, so its subject."""
    if not _on_first_line(verb):
        return []
    comma = max((c.i for c in verb.children if c.text == "," and c.i < verb.i), default=None)
    if comma is None:
        return []
    firsts = [c for c in verb.children if c.dep_ == "dep" and c.i < comma]
    keys = [k for c in firsts for k in _named_actors(c, actors) if k not in targets]
    return list(dict.fromkeys(keys))


def _named_actors(token: Token, actors: ArticleActors) -> list[str]:
    """The states, organisations and people ``token`` names (not a place or a topic word)."""
    return [k for k in actors.resolve(token) if actors.actors[k].kind in {"Country", "Organization", "Person"}]


def _on_first_line(verb: Token) -> bool:
    """Is ``verb`` on the article's first line, its headline? (No line break before it: ``doc[:verb.i].text``
    without a Token per word.)"""
    return "\n" not in text_of(verb.doc)[:verb.idx]


def _span_chars(noun: Token) -> tuple[int, int]:
    span = noun.doc[min(t.i for t in noun.subtree): max(t.i for t in noun.subtree) + 1]
    return span.start_char, span.end_char


def _reaction(noun: Token, trig: Triggers) -> bool:
    """A denounced object that reacts to an act: quoted or with a quoted epithet ("un « coup d'État économique »",
    "des mesures « illégales »") or an act noun itself ("l'agression")."""
    span = noun.doc[min(t.i for t in noun.subtree): max(t.i for t in noun.subtree) + 1]
    before = noun.doc[span.start - 1] if span.start > 0 else None
    quoted = any(t.text in {"«", "“", '"'} for t in span) or (before is not None and before.text in {"«", "“", '"'})
    act = (trig.nouns.get(fold(noun.lemma_)) or trig.nouns.get(fold(noun.text))) in _DENOUNCED
    return quoted or act
