"""Attribution by source: "selon X, …", "d'après X, …", "de l'avis de X, …", and "Pour X, …" at the start of a sentence.

The marker names the speaker (mode ``AccordingTo``) unless a speech verb in the
same sentence has its own speaker, in which case the source only relays it
("Selon CCTV, Xi a souligné…": Xi speaks, CCTV is ``reported_by``); that
decision is taken by ``extractors.quotes``, which sees the verb statements.
This module only finds the markers, their sources and the content they cover.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from extractors.attribution import initial_marker
from extractors.entities import ArticleActors, sentence_of, tokens_in, tokens_of
from extractors.joint_documents import joint_signatories
from extractors.lang import fold, language_data
from extractors.source_cases import d_apres, marker_case
from extractors.led_states import led_by_person
from extractors.subject_anaphors import population_head
from extractors.token_table import token_table
from extractors.quotespans import find_quote_spans

_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "«", "»", "“", "”", '"', ".", "!", "?"}


@dataclass(frozen=True)
class SourceMarker:
    """One "selon X" phrase: the marker token, the actors it names, and the content it covers (chars)."""

    marker: Token
    sources: tuple[str, ...]
    initial: bool  # "Pour X, …" at the start of a sentence: never a relay
    content_start: int
    content_end: int


@lru_cache(maxsize=8)
def _marker_words(markers: frozenset[str], initial: frozenset[str]) -> frozenset[str]:
    """The words a source marker starts with (see d_apres, _avis, _yeux), made once rather than per sentence."""
    return markers | initial | {"apres", "avis", "yeux"}


def source_markers(sentence: Span, actors: ArticleActors, markers: frozenset[str],
                   context: list[str] | None = None, *, language: str = "fr") -> list[SourceMarker]:
    """Every "selon X" / "d'après X" / initial "Pour X," in ``sentence`` whose source is an actor."""
    found = []
    initial = language_data(language).words("according_to_initial_markers")
    words = _marker_words(markers, initial)  # every marker below is one of these words
    folded = token_table(sentence.doc).folded
    if words.isdisjoint(folded[sentence.start: sentence.end]):
        return found  # most sentences: no marker word (one set test, no pass in Python)
    candidates = [tokens_of(sentence.doc)[i] for i in range(sentence.start, sentence.end) if folded[i] in words]
    quotes = find_quote_spans(sentence.text, offset=sentence.start_char)
    for token in candidates:
        relative = _judging_relative(token, sentence, actors)
        if relative is not None:
            found.append(relative)  # "le Medef, pour qui seule une hausse … serait acceptable"
            continue
        is_initial = initial_marker(token, sentence, initial)
        if not is_initial and fold(token.text) not in markers and not d_apres(token) and not _avis(token) and not _yeux(token):
            continue
        if any(q.start < token.idx < q.end for q in quotes):
            continue
        keys = source_of(token, actors, context)
        if not keys:
            continue
        start, end = content_of(token, sentence)
        if is_initial and _goal(start, sentence, language):
            continue  # "Pour le Kremlin, l'objectif est clair : …" states a goal, not an opinion
        keys = _not_in_content(keys, token, start, end, sentence, actors)
        if keys:
            found.append(SourceMarker(token, tuple(keys), is_initial, start, end))
    return found


_JUDGING_VERBS = {"falloir", "agir"}  # "pour qui il faut…", "pour qui il s'agit de…"


def _judging_relative(marker: Token, sentence: Span, actors: ArticleActors) -> SourceMarker | None:
    """"le Medef, pour qui seule une hausse liée à l'inflation serait acceptable": "pour qui" right after an actor
    opens that actor's opinion, when the relative judges (a copula, "il faut", "il s'agit") up to the next
    comma or the end; "l'entreprise pour qui il travaille" judges nothing."""
    doc = marker.doc
    if fold(marker.text) != "pour" or marker.i + 2 >= sentence.end or fold(doc[marker.i + 1].text) not in {"qui", "lequel", "laquelle"}:
        return None
    before = doc[marker.i - 2] if marker.i - 2 >= sentence.start and doc[marker.i - 1].text == "," else doc[marker.i - 1]
    key = actors.actor_at(before) if before.i >= sentence.start else None
    if key is None or actors.actors[key].kind not in {"Person", "Organization", "Country"}:
        return None
    end = next((t.i for t in doc[marker.i + 2: sentence.end] if t.text in _CLAUSE_PUNCT), sentence.end)
    clause = doc[marker.i + 2: end]
    if not any(t.dep_ == "cop" or fold(t.lemma_) in _JUDGING_VERBS for t in clause):
        return None
    last = clause[-1] if len(clause) else doc[marker.i + 1]
    return SourceMarker(marker, (key,), False, clause.start_char if len(clause) else last.idx, last.idx + len(last.text))


def marker_lemma(token: Token) -> str:
    """The cue of an according-to statement: "selon", "d'après" or "pour"."""
    if fold(token.text) == "pour":
        return "pour"
    if fold(token.text) == "avis":
        return "avis"
    if fold(token.text) == "yeux":
        return "aux yeux de"
    return "d'après" if fold(token.text) in {"d'apres", "apres"} else "selon"


def source_of(marker: Token, actors: ArticleActors, context: list[str] | None = None) -> list[str]:
    """The actor named by the "selon" phrase itself: a name, role or pair; never a bare demonym
    ("selon des données chinoises") nor an actor further in the sentence."""
    marker = marker_case(marker)  # "D'après": "après" is fixed to "D'", the case of the source noun
    head = marker.head if marker.dep_ == "case" and marker.head.i > marker.i else None
    if fold(marker.text) in {"yeux", "avis"}:  # "Aux yeux du président turc": the noun the marker noun governs
        head = next((c for c in marker.children if c.dep_ == "nmod" and c.i > marker.i and c.pos_ in {"NOUN", "PROPN"}), None)
    if head is not None:
        placed = actors.placed_institution(head)
        if placed:
            return placed  # "selon le parquet de Marseille": the office, not the city
        if _people_of_place(head, actors) or _people_at_place(head, actors):
            return []  # "Pour les pêcheurs de Lamu", "D'après des diplomates à Genève": people speak, not their town
        described = {k for c in head.children if _indefinite_description(c) for k in actors.resolve(c, context=context)}
        keys = [k for k in actors.resolve(head, context=context) if not fold(actors.label(k)) in {"etat"}
                and (k not in described or k == actors.actor_at(head))]
        if keys:
            return keys + _joint_authors(head, keys, actors)
        author = _document_author(head, actors, context)
        if author:
            return author  # "selon les informations de l'armée israélienne": the army (its state) is the source
        joint = joint_signatories(head, actors, context)
        if joint:
            return joint  # "Selon un communiqué conjoint, les deux pays …": its signatories
        unnamed = actors.unnamed_role(head) or (actors.unnamed_institution(head) if marker_lemma(marker) != "pour"
                                                 else [])  # "selon la préfecture" (not "pour la police": for its sake)
        if unnamed:
            return unnamed  # "selon son avocate", "Pour le procureur fédéral" (his office when the article names it)
        if led_by_person(head, actors):
            return []  # "selon le gouvernement de Narendra Modi", his state not given: a state, never the person
    # the noun phrase right after the marker, up to the first verb or punctuation
    for token in marker.doc[marker.i + 1: min(marker.i + 8, sentence_of(marker).end)]:
        if token.is_punct or token.pos_ in {"VERB", "AUX"} or fold(token.text) in {"que", "qu'", "qui"}:
            break
        key = actors.actor_at(token)
        if key:
            keys = [key]
            for other in marker.doc[token.i + 1: min(token.i + 6, sentence_of(marker).end)]:
                if other.is_punct or other.pos_ in {"VERB", "AUX"}:
                    break
                other_key = actors.actor_at(other)
                if other_key and other_key not in keys and fold(marker.doc[other.i - 1].text) in {"et", "de", "d'", "du", "des"} | {"le", "la", "l'", "les"}:
                    keys.append(other_key)
            return keys
    return _published_by(marker, actors)


def _joint_authors(head: Token, keys: list[str], actors: ArticleActors) -> list[str]:
    """"selon un communiqué conjoint de la France et de l'Allemagne": the authors coordinated with the document's
    first author (the noun resolves to the first one only)."""
    if actors.actor_at(head) is not None:
        return []
    authors = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i and actors.actor_at(c) in keys]
    joined = [actors.actor_at(c) for a in authors for c in a.children if c.dep_ == "conj" and c.i > a.i
              and any(g.dep_ == "cc" and fold(g.text) == "et" for g in c.children)]
    return [k for k in dict.fromkeys(joined) if k and k not in keys
            and actors.actors[k].kind in {"Person", "Organization", "Country"}]


def _people_of_place(head: Token, actors: ArticleActors) -> bool:
    """"Pour les pêcheurs de Lamu", "selon les habitants de Gaza": a population or group of people (fr.json
    ``speaker_people_heads``, ``place_group_heads``) named only with places; never "les agriculteurs de la FNSEA"."""
    data = actors.data
    if actors.actor_at(head) is not None or not (population_head(head, data) or fold(head.text) in data.words("place_group_heads")):
        return False
    kinds = {actors.actors[k].kind for t in head.subtree if (k := actors.actor_at(t))}
    return kinds <= {"Place", "Country"}


#: Prepositions that place people somewhere ("des diplomates à Genève", "en poste en Irak", "dans la capitale").
_LOCATIVE_CASES = {"a", "au", "aux", "en", "dans"}
_INDEFINITE_DETERMINERS = {"un", "une", "des", "plusieurs", "certains", "certaines", "deux", "trois", "quelques"}


def _people_at_place(head: Token, actors: ArticleActors) -> bool:
    """"D'après des diplomates à Genève", "selon un responsable en poste à Bagdad": unnamed, indefinite people whose
    only actor is where they are (a locative "à", "en", "dans"); the place does not speak ("un diplomate européen à
    Genève", "des responsables de l'ONU à Genève" and "des sources à Washington" keep their body or state)."""
    if head.pos_ != "NOUN" or actors.actor_at(head) is not None:
        return False
    if not any(c.dep_ in {"det", "nummod"} and fold(c.text) in _INDEFINITE_DETERMINERS for c in head.children):
        return False
    placed, outsider = False, fold(head.text) in actors.data.words("posted_outsider_heads")  # "des diplomates à La Haye"
    for token in head.subtree:
        if token.i == head.i or actors.actor_at(token) is None:
            continue
        link = token
        while link.i != head.i and not any(c.dep_ == "case" and fold(c.text) in _LOCATIVE_CASES for c in link.children):
            link = link.head
        kind = actors.actors[actors.actor_at(token)].kind
        if link.i == head.i or not (kind == "Place" or kind == "Country" and outsider):
            return False  # an actor named without a locative ("des responsables de l'ONU"), or a capital that
            # stands for its state ("des responsables à Washington")
        placed = True
    return placed and not any(c.dep_ == "amod" and actors._demonym(c) for c in head.children)  # "un diplomate européen à Genève"


def _document_author(head: Token, actors: ArticleActors, context: list[str] | None) -> list[str]:
    """The "de X" complement of a document noun (``according_to_documents``: "les informations de", "le bilan de")
    that is not itself a name: the actor X resolves to (a state body, a role)."""
    if fold(head.lemma_) not in language_data("fr").words("according_to_documents") and \
            fold(head.text) not in language_data("fr").words("according_to_documents"):
        return []
    for child in head.children:
        if child.dep_ == "nmod" and child.i > head.i and child.pos_ == "NOUN" and any(
                c.dep_ == "case" and fold(c.text) in {"de", "d'", "du", "des"} for c in child.children):
            return [k for k in actors.resolve(child, context=context) or actors.unnamed_role(child)
                    if actors.actors[k].kind in {"Person", "Organization", "Country"}]
    return []


def _published_by(marker: Token, actors: ArticleActors) -> list[str]:
    """"selon un sondage publié dans El Pais", "selon le classement établi par Reporters sans frontières": a
    document (``according_to_documents``) with a participle and "par"/"dans" names its author or publisher."""
    documents = language_data("fr").words("according_to_documents")
    doc, end = marker.doc, sentence_of(marker).end
    window = doc[marker.i + 1: min(marker.i + 14, end)]
    noun = next((t for t in window if t.pos_ in {"NOUN", "PROPN", "VERB", "AUX"} or t.is_punct), None)
    if noun is None or (fold(noun.lemma_) not in documents and fold(noun.text) not in documents):
        return []
    participle = next((t for t in doc[noun.i + 1: window.end] if t.pos_ in {"VERB", "AUX"} or t.text in _CLAUSE_PUNCT), None)
    if participle is None or participle.text in _CLAUSE_PUNCT or not (fold(participle.text).endswith(("e", "es", "i", "is", "it", "u", "us", "t"))):
        return []
    for token in doc[participle.i + 1: min(participle.i + 8, end)]:
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            break
        if fold(token.text) in {"par", "dans"}:
            for candidate in doc[token.i + 1: min(token.i + 6, end)]:
                if candidate.is_punct or candidate.pos_ in {"VERB", "AUX"}:
                    break
                key = actors.actor_at(candidate)
                if key and actors.actors[key].kind in {"Organization", "Person"}:
                    return [key]
            break
    return []


def content_of(marker: Token, sentence: Span) -> tuple[int, int]:
    """The sentence without the "selon X" phrase."""
    doc = marker.doc
    comma = next((t for t in doc[marker.i: sentence.end] if t.text == ","), None)
    clause_opening = marker.i > sentence.start and (doc[marker.i - 1].pos_ in {"CCONJ", "SCONJ"} or fold(doc[marker.i - 1].text) in {"car", "mais", "que", "qu'"})
    if clause_opening and comma is not None and comma.i - marker.i <= 5:
        return comma.idx + 1, _clause_end(doc, comma.idx, sentence)  # "…, car selon eux, il était…": the clause after
    if marker.i == sentence.start or (marker.i - sentence.start <= 2 and comma is not None):
        if comma is not None:
            comma = _after_apposition(comma, sentence)
        start = comma.idx + 1 if comma is not None else marker.idx
        return start, _clause_end(doc, start, sentence)
    return sentence.start_char, marker.idx


def _clause_end(doc, start: int, sentence: Span) -> int:
    """The end of the content: a semicolon outside quotation marks closes it ("Selon X, … ; Y a ajouté : …")."""
    depth = 0
    for token in tokens_in(sentence):
        if token.idx < start:
            continue
        if token.text in {"«", "“"}:
            depth += 1
        elif token.text in {"»", "”"}:
            depth = max(depth - 1, 0)
        elif token.text == ";" and depth == 0:
            return token.idx
    return sentence.end_char


def _after_apposition(comma: Token, sentence: Span) -> Token:
    """"Selon son agent, Louis Perrin, il…" / "Selon X, sociologue et professeur à…, une personne…": an apposition
    to the source (a short verbless phrase between two commas) is not content; the content starts after it."""
    doc = comma.doc
    following = next((t for t in doc[comma.i + 1: min(comma.i + 16, sentence.end)] if t.text == ","), None)
    if following is None or following.i == comma.i + 1:
        return comma
    apposition = doc[comma.i + 1: following.i]
    if any(t.pos_ in {"VERB", "AUX"} or fold(t.text) in {"que", "qu'", "qui"} for t in apposition):
        return comma
    if sum(t.is_alpha for t in doc[following.i + 1: sentence.end]) < 3:
        return comma
    data = language_data("fr")
    roles = data.words("role_heads") | data.words("profession_nouns")
    source = doc[sentence.start: comma.i]
    if apposition[0].pos_ == "NOUN" and apposition[0].is_lower:
        return following  # "Selon X, sociologue français, …"
    if apposition[0].pos_ == "DET" and any(fold(t.text) in roles for t in apposition[1:3]):
        return following  # "Selon X, le président du conseil, …"
    if apposition[0].pos_ == "PROPN" and any(fold(t.text) in roles for t in source):
        return following  # "Selon son agent, Louis Perrin, …"
    return comma




def _avis(token: Token) -> bool:
    """"De l'avis de X, …" / "de l'avis de X": the noun "avis" opening a source phrase, as "selon"."""
    doc = token.doc
    if fold(token.text) != "avis" or token.i < 2 or token.i + 1 >= len(doc):
        return False
    return fold(doc[token.i - 1].text) in {"l'"} and fold(doc[token.i - 2].text) in {"de", "a"} \
        and fold(doc[token.i + 1].text) in {"de", "d'", "du", "des"}


def _yeux(token: Token) -> bool:
    """"Aux yeux de X, …": the opinion of X, as "selon"."""
    doc = token.doc
    if fold(token.text) != "yeux" or token.i < 1 or token.i + 1 >= len(doc):
        return False
    return fold(doc[token.i - 1].text) == "aux" and fold(doc[token.i + 1].text) in {"de", "d'", "du", "des"}


def _indefinite_description(token: Token) -> bool:
    """"selon le Réseau X, une ONG qui…": an indefinite noun in apposition describes the source, it names no
    other actor (never the ONU for "une ONG")."""
    return token.dep_ in {"conj", "appos"} and token.pos_ == "NOUN" and any(
        c.dep_ == "det" and fold(c.text) in {"un", "une", "des"} for c in token.children)


def _not_in_content(keys: list[str], marker: Token, start: int, end: int, sentence: Span, actors: ArticleActors) -> list[str]:
    """The sources without an actor named only inside the content ("Pour X, professeur à…, Pékin cherche…": not
    Pékin; "Selon le Kremlin, Poutine et Xi se sont…" parsed as a list: not Poutine)."""
    phrase = (marker.idx, start) if start > marker.idx else (marker.idx, sentence.end_char)
    named = set(actors.mentions_in(*phrase, demonyms=False))
    inside = set(actors.mentions_in(start, end, demonyms=False))
    if not named & set(keys):
        return keys  # "Pour lui, …": a pronoun source, nothing to tell apart
    head = marker.head if marker.dep_ == "case" else marker
    glued = {k for c in head.children if c.dep_ == "conj" and start <= c.idx < end for k in actors.resolve(c)}
    return [k for k in keys if k in named or k not in inside or (actors.actors[k].kind not in {"Country", "Place"}
                                                                  and k not in glued)]


def _goal(start: int, sentence: Span, language: str) -> bool:
    """Does the content open on a goal noun ("l'objectif est", "la priorité reste") (``according_to_goal_nouns``)?"""
    goals = language_data(language).words("according_to_goal_nouns")
    words = [t for t in tokens_in(sentence) if t.idx >= start and t.is_alpha][:3]
    return any(fold(t.text) in goals and t.dep_ in {"nsubj", "nsubj:pass"} for t in words)


def opinion_holders(sentence: Span, actors: ArticleActors, data, context: list[str]) -> list[tuple[int, list[str]]]:
    """(marker index, people) of the "Pour l'analyste X, …" / "Selon X, …" phrases of a sentence: the antecedents of a
    later "estime-t-il" in it ("Pour l'économiste X, la démarche est risquée : « … », souligne-t-il": X, not the
    speaker of the sentence before)."""
    return [(m.marker.i, [k for k in m.sources if actors.actors[k].kind == "Person"])
            for m in source_markers(sentence, actors, data.words("according_to_markers"), context)]
