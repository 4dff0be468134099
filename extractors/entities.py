"""Mentions -> local actors of one article, and resolution of noun phrases to them.

``ArticleActors.from_doc(doc)`` finds every actor mention (named entities and
gazetteer matches: countries, capital metonyms, organisations), groups the
mentions of one actor ("Vladimir Poutine", "Poutine", "M. Poutine"), learns
the roles the article gives them (``extractors.roles``) and then answers ``resolve(token)``:
which actors a subject, object or "selon" complement refers to, through
names, role nouns ("le chef du Kremlin"), pairs ("les deux dirigeants"),
pronouns and relative pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from extractors.collectives import CollectiveActors
from extractors.pronouns import PronounResolution
from extractors.lang import fold, language_data
from extractors.model import Actor
from extractors.recall import NameRecall, person_name_words, street_name
from extractors.names import heads_org_name, language_word, looks_like_name, strip_role_words, misc_person_name, plausible_name, strip_determiners, titled_name, acronym_expansion  # noqa: F401 (misc_person_name re-exported)
from extractors.roles import DETERMINERS, SEAT_COUNTRY, RoleResolution, role_word  # noqa: F401 (SEAT_COUNTRY re-exported)

_DETERMINERS = DETERMINERS


@dataclass
class _ActorInfo:
    key: str
    label: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    nationality: str | None = None
    leader: bool = False
    medium: bool = False
    gender: str | None = None  # "Masc" / "Fem" for people when the text tells
    first: int = 0  # token index of the first mention
    count: int = 0


@dataclass(frozen=True)
class Mention:
    start: int  # token indices [start, end)
    end: int
    key: str


class ArticleActors(CollectiveActors, RoleResolution, PronounResolution, NameRecall):
    """The actors of one parsed article and how its noun phrases refer to them."""

    def __init__(self, doc: Doc, language: str = "fr") -> None:
        self.doc = doc
        self.data = language_data(language)
        self._countries = self.data.table("countries")
        self._metonyms = self.data.table("metonyms")
        self._orgs = self.data.table("organizations")
        self._demonyms = self.data.table("demonyms")
        self._media = self.data.words("known_media")
        self._media_heads = self.data.words("media_heads")
        self._role_heads = self.data.words("role_heads") | self.data.words("profession_nouns")
        self._leader_heads = self.data.words("leader_heads")
        self._titles = self.data.words("titles")
        self._not_actor = self.data.words("place_not_actor")
        self.actors: dict[str, _ActorInfo] = {}
        self.mentions: list[Mention] = []
        self._by_token: dict[int, str] = {}
        self._find_mentions()
        self._find_collectives()
        self._merge_organisation_names()
        self._learn_roles()

    # -- public ---------------------------------------------------------------

    def export(self) -> tuple[Actor, ...]:
        """Plain ``Actor`` records, in order of first mention."""
        ordered = sorted(self.actors.values(), key=lambda a: (a.first, a.key))
        return tuple(
            Actor(a.key, a.label, a.kind, tuple(sorted(a.aliases - {a.label})), tuple(sorted(a.roles)))
            for a in ordered
        )

    def actor_at(self, token: Token) -> str | None:
        """The actor whose name covers this token, if any."""
        return self._by_token.get(token.i)

    def is_medium(self, key: str) -> bool:
        return self.actors[key].medium

    def is_metonym(self, name: str) -> bool:
        """Is this (folded) name a capital or seat standing for a state ("moscou", "pekin")?"""
        return fold(name) in self._metonyms

    def label(self, key: str) -> str:
        return self.actors[key].label

    def mentions_in(self, start_char: int, end_char: int, *, demonyms: bool = True) -> list[str]:
        """Actors named (or, with ``demonyms``, pointed to by an adjective) inside a char range."""
        keys = [key for start, end, key in self._mention_chars(start_char) if start >= start_char and end <= end_char]
        for token in self.doc.char_span(start_char, end_char, alignment_mode="expand") or ():
            if token.i in self._by_token:
                continue
            if self._kin(token):
                keys.extend(self._kin(token))  # "sa fille"
            elif token.pos_ in {"NOUN"} and fold(token.text) in self._role_heads:
                keys.extend(self._resolve_role(token) or ())
            elif token.pos_ == "NOUN" and fold(token.text) in {"pays", "parties", "dirigeants", "presidents"} and \
                    any(fold(c.text) in {"deux", "nos", "leurs"} for c in token.children):
                keys.extend(self._resolve_pair(token) or ())  # "les deux pays", "nos pays"
            elif demonyms and token.pos_ in {"ADJ", "NOUN", "PROPN"}:
                country = None if language_word(token) else self._demonym(token)
                if country and not self._role_resolves(token.head):
                    keys.append(self._ensure_country(country, token))
            if fold(token.text) == "occident":
                keys.append(self._ensure_country("Occident", token))
        return _unique(keys)

    def _mention_chars(self, start_char: int) -> list[tuple[int, int, str]]:
        """Mentions as (start, end, key) char ranges from ``start_char`` on (sorted once; bisect per call)."""
        if len(self.mentions) != getattr(self, "_chars_for", -1):
            doc = self.doc
            self._chars = sorted((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), m.key) for m in self.mentions)
            self._char_starts = [c[0] for c in self._chars]
            self._chars_for = len(self.mentions)
        return self._chars[bisect_left(self._char_starts, start_char):]

    def resolve(self, token: Token, *, context: list[str] | None = None) -> list[str]:
        """Actors a noun phrase (given by its head token) refers to; [] when unknown.

        ``context`` is the list of actors recently in subject position, newest
        last, used for personal pronouns.
        """
        keys = self._resolve_one(token, context)
        for conj in token.children:
            if conj.dep_ == "conj" and conj.pos_ in {"PROPN", "NOUN", "PRON", "X"}:
                if self._apposed(token, conj):
                    # "Le président de l'UE, Herman Van Rompuy," / "Barroso, le président de la Commission,":
                    # an apposition the parser took for a coordination; the name is the actor
                    if fold(conj.text) in self._role_heads:
                        continue
                    named = self._resolve_one(conj, context)
                    if named and fold(token.text) in self._role_heads:
                        keys = named
                        continue
                keys += self._resolve_one(conj, context)
        return _unique(keys)

    def _apposed(self, head: Token, conj: Token) -> bool:
        """Is this "conj" an apposition: set off by a comma, no "et"/"ou", a role noun on one side?"""
        if conj.i == 0 or self.doc[conj.i - 1].text != "," or any(c.dep_ == "cc" for c in conj.children):
            return False
        return fold(head.text) in self._role_heads or fold(conj.text) in self._role_heads

    # -- mentions ---------------------------------------------------------------

    def _find_mentions(self) -> None:
        doc = self.doc
        taken: set[int] = set()
        self._early_mentions(taken)
        for span in self._gazetteer_spans():
            if any(i in taken for i in range(span.start, span.end)) or heads_org_name(span):
                continue
            key = self._gazetteer_key(span)
            if key:
                self._add_mention(span, key)
                taken.update(range(span.start, span.end))
        person_spans = []
        person_words = person_name_words(doc)
        for ent in doc.ents:
            span = strip_determiners(ent)
            span = strip_role_words(span, self._titles | self._role_heads) if span is not None and ent.label_ == "PER" else span
            if span is not None and ent.label_ == "MISC":
                span = titled_name(span, self._role_heads) or span  # "Premier ministre espagnol Pedro Sánchez"
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if ent.label_ in {"LOC", "ORG"} and self._institution_name(span):
                label = acronym_expansion(span) or span.text  # "l'ALN (Armée de Libération Nationale)"
                key = self._acronym_of(span) or self._ensure("org:" + fold(label), label, "Organization", span.start)
                self.actors[key].aliases.add(span.text)
                self._add_mention(span, key)  # "l'université de Caen", "le CERN" (tagged LOC)
                taken.update(range(span.start, span.end))
                continue
            if not plausible_name(span):
                continue
            if (ent.label_ == "PER" and looks_like_name(span)) or (ent.label_ == "MISC" and misc_person_name(span)) or \
                    (ent.label_ == "ORG" and all(fold(t.text) in person_words for t in span) and span[0].text[:1].isupper()):  # "Marine" of "Marine Le Pen"
                person_spans.append(span)
            elif ent.label_ == "ORG":
                label = _FOOTNOTE.sub("", span.text)  # "Parti populaire espagnol[1]"
                key = self._acronym_of(span) or self._ensure("org:" + fold(label), label, "Organization", span.start)
                self.actors[key].aliases.add(label)
                self._add_mention(span, key)
            elif ent.label_ == "LOC" and fold(span.text) not in self._not_actor and span[0].is_title and not street_name(span):
                self._add_mention(span, self._ensure("place:" + fold(span.text), span.text, "Place", span.start))
            else:
                continue
            taken.update(range(span.start, span.end))
        self._add_people(person_spans + self._full_names_of(person_spans, taken))
        self._late_mentions()
        self._learn_genders()
        for actor in self.actors.values():
            actor.medium = actor.medium or fold(actor.label) in self._media

    def _institution_name(self, span: Span) -> bool:
        """An NER place or organisation that names an institution: a lower-case institution noun with its complement
        ("université de Caen", "musée du Louvre"), or an all-capitals acronym that is no country ("CERN")."""
        text = span.text.replace(".", "")
        if len(span) == 1 and 2 <= len(text) <= 6 and text.isalpha() and text.isupper():
            return fold(text) not in self._countries and fold(text) not in self._metonyms
        return len(span) >= 3 and span[0].is_lower and fold(span[0].text) in self.data.words("institution_heads") \
            and span[1].pos_ == "ADP" and not street_name(span)

    def _acronym_of(self, span: Span) -> str | None:
        """"HRW" after "Human Rights Watch": an all-capitals name whose letters are the initials of a known organisation."""
        text = span.text.replace(".", "")
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return None
        for key, actor in self.actors.items():
            words = [w for w in actor.label.replace("-", " ").split() if w[:1].isupper()]
            if actor.kind == "Organization" and len(words) >= 2 and "".join(w[0] for w in words) == text:
                return key
        return None

    def _gazetteer_spans(self) -> list[Span]:
        matcher = _phrase_matcher(self.doc.vocab, self.data)
        # the gazetteer keys are accent-folded: match them on an accent-folded copy of the words too
        folded = Doc(self.doc.vocab, words=[fold(t.text) or t.text for t in self.doc])
        found = {(s, e) for _, s, e in matcher(self.doc)} | {(s, e) for _, s, e in matcher(folded)}
        spans = [self.doc[s:e] for s, e in sorted(found)]
        # longest first, then leftmost
        return sorted(spans, key=lambda s: (-(s.end - s.start), s.start))

    def _gazetteer_key(self, span: Span) -> str | None:
        text = fold(span.text)
        if text in self._not_actor:
            return None
        if span[0].is_lower and text not in {"occident"} and len(text) <= 4 and not span.text.isupper():
            return None  # "ue" inside a word list, "rt" lower case...
        if text in self._countries:
            return self._ensure_country(self._countries[text], span[0], alias=span.text)
        if text in self._metonyms:
            if not span[0].is_title and not span.text.isupper():
                return None
            return self._ensure_country(self._metonyms[text], span[0], alias=span.text)
        if text in self._orgs:
            label = self._orgs[text]
            if len(span) > 1 and not label.islower() and (span.text.islower() or (fold(label) == text and span[-1].text.islower() and label.split()[-1][:1].isupper())):
                return None  # "tout le monde" / "Le monde ne peut pas" is not the newspaper Le Monde
            if label in self._countries.values():
                return self._ensure_country(label, span[0], alias=span.text)
            key = self._ensure("org:" + fold(label), label, "Organization", span.start)
            self.actors[key].aliases.add(span.text)
            return key
        return None

    def _ensure_country(self, label: str, token: Token, alias: str | None = None) -> str:
        kind = "Place" if label == "Occident" else "Country"
        key = self._ensure("country:" + fold(label), label, kind, token.i)
        if alias:
            self.actors[key].aliases.add(alias)
        return key

    def _ensure(self, key: str, label: str, kind: str, first: int) -> str:
        if key not in self.actors:
            self.actors[key] = _ActorInfo(key, label, kind, {label}, first=first)
        return key

    def _add_mention(self, span: Span, key: str) -> None:
        self.mentions.append(Mention(span.start, span.end, key))
        self.actors[key].count += 1
        for i in range(span.start, span.end):
            self._by_token[i] = key

    def _add_people(self, spans: list[Span]) -> None:
        """Group person mentions: a one-word name joins the full name it is part of."""
        names = [(span, [t.text for t in span if fold(t.text) not in self._titles and t.text not in {".", "-"}]) for span in spans]
        full = [words for _, words in names if len(words) >= 2]
        for span, words in names:
            if not words:
                continue
            canonical = words
            if len(words) == 1:
                for candidate in sorted(full, key=len, reverse=True):
                    if fold(words[0]) in {fold(w) for w in candidate}:
                        canonical = candidate
                        break
            else:
                for candidate in sorted(full, key=len, reverse=True):
                    if len(candidate) > len(words) and set(map(fold, words)) <= set(map(fold, candidate)):
                        canonical = candidate
                        break
                    if len(candidate) == len(words) and candidate != words and _initials_match(words, candidate):
                        canonical = candidate  # "B. Obama" is "Barack Obama"
                        break
            label = " ".join(canonical)
            key = self._ensure("person:" + fold(label), label, "Person", span.start)
            self.actors[key].aliases.add(span.text)
            self.actors[key].aliases.add(" ".join(words))
            title = self.doc[span.start - 1] if span.start > 0 else None
            if title is not None and fold(title.text) in self._titles:
                self.actors[key].aliases.add(f"{title.text} {' '.join(words)}")
            self._add_mention(span, key)

    def _learn_genders(self) -> None:
        """Gender of people: title (M./Mme), agreement of a participle or adjective, first name."""
        votes: dict[str, Counter] = {}
        female_names = self.data.words("female_first_names")
        male_names = self.data.words("male_first_names_in_a")
        for mention in self.mentions:
            actor = self.actors[mention.key]
            if actor.kind != "Person":
                continue
            vote = votes.setdefault(mention.key, Counter())
            before = self.doc[mention.start - 1] if mention.start > 0 else None
            if before is not None and fold(before.text) in {"m.", "monsieur"}:
                vote["Masc"] += 3
            elif before is not None and fold(before.text) in {"mme", "madame", "mlle"}:
                vote["Fem"] += 3
            token = self.doc[mention.start]
            if token.dep_ in {"nsubj", "nsubj:pass"}:
                head = token.head
                has_etre = any(fold(c.lemma_) == "etre" for c in head.children if c.dep_.startswith("aux") or c.dep_ == "cop")
                if has_etre and head.pos_ in {"VERB", "ADJ"} and head.morph.get("Gender"):
                    vote[head.morph.get("Gender")[0]] += 1
        for key, vote in votes.items():
            actor = self.actors[key]
            first = fold(actor.label.split()[0]) if actor.label.split() else ""
            if len(actor.label.split()) > 1:
                if first in female_names or (first.endswith("a") and first not in male_names):
                    vote["Fem"] += 2
            if vote:
                (gender, n), *rest = vote.most_common()
                if not rest or rest[0][1] < n:
                    actor.gender = gender

    def _demonym(self, token: Token) -> str | None:
        folded = fold(token.text)
        if folded in self._demonyms and self._demonyms[folded] and token.pos_ in {"ADJ", "NOUN", "PROPN"}:
            return self._demonyms[folded]
        return None

    # -- resolution ---------------------------------------------------------------

    def _resolve_one(self, token: Token, context: list[str] | None) -> list[str]:
        if token.i in self._by_token:
            return [self._by_token[token.i]]
        person = self.apposed_person(token)
        if person:
            return [person]  # "le directeur de l'Institut Pasteur, Amadou Sall": the person, not the institute
        state = self.state_body_country(token)
        if state:
            return [state]  # "le ministère russe de la Défense", "l'état-major sud-coréen" speak for the state
        # a name in the noun phrase ("le président Xi Jinping", "le service de presse du Kremlin")
        # a name in apposition wins over the organisation in a "de" complement ("le président de l'UE, X")
        for child in sorted(token.children, key=lambda c: c.dep_ == "nmod"):
            if child.dep_ in {"appos", "flat:name", "nmod", "flat"} and child.i in self._by_token:
                key = self._by_token[child.i]
                if child.dep_ == "nmod" and not _de_complement(child):
                    continue  # "son avocate à l'AFP": the medium she spoke to, not her employer
                if child.dep_ == "nmod" and fold(token.text) in self._role_heads and self._state_or_seat(key):
                    person = self._resolve_role(token)  # "le chef du Kremlin", "le président de la Russie"
                    if person and all(self.actors[k].kind == "Person" for k in person):
                        return person
                if fold(token.text) in self._role_heads or fold(token.text) in {"communique", "service", "porte-parole", "gouvernement", "presidence", "ministere", "diplomatie", "bureau"} or child.dep_ != "nmod":
                    return [key]
        text = fold(token.text)
        if token.pos_ == "PRON" or (token.text.startswith("-") and text.lstrip("-") in {"il", "elle", "ils", "elles"}):
            return self._resolve_pronoun(token, context)  # "-elle" of "ajoute-t-elle" is often tagged INTJ
        body = self._spokesperson_body(token, context)
        if body:
            return body  # "la porte-parole de la fédération" speaks for the federation
        country = next((self._demonym(c) for c in token.children if c.dep_ == "amod" and self._demonym(c)), None)
        if country and token.pos_ == "NOUN" and self.stands_for_state(token):
            return [self._institution_country(token, country)]  # "le gouvernement malien", "l'armée syrienne"
        if country and token.pos_ == "NOUN" and text in {"pays", "allie", "allies", "partenaire", "partenaires", "voisin", "etat"}:
            return [self._ensure_country(country, token)]  # "les pays occidentaux", "son allié russe"
        if text in {"deux", "dirigeants", "presidents", "hommes", "leaders", "chefs", "parties", "pays"} or (token.pos_ == "NOUN" and token.morph.get("Number") == ["Plur"]):
            pair = self._resolve_pair(token)
            if pair:
                return pair
        unnamed = text in _UNNAMED_OFFICIALS and any(fold(c.text) in {"un", "une"} for c in token.children if c.dep_ == "det")
        if country and (text in _COLLECTIVE_LEADERS or unnamed):  # "un responsable américain" speaks for the state too
            return [self._ensure_country(country, token)]  # "les dirigeants européens", "des responsables américains"
        if text in {"gouvernement", "executif", "diplomatie", "pouvoir", "regime", "autorites"}:
            country = next((self._demonym(c) for c in token.children if self._demonym(c)), None)
            if country:
                return [self._ensure_country(country, token)]
        if self.stands_for_state(token) and token.morph.get("Number") != ["Plur"]:
            country_key = self._article_country(token)
            if country_key:  # "le (nouveau) gouvernement": the country the article is about
                return [self._institution_country(token, self.actors[country_key].label)]
        if role_word(token.text) in self._role_heads or text in self.data.words("organization_anaphors"):
            return self._resolve_role(token) or []  # "le président chinois", "la direction" (of the company named)
        return self._kin(token)

    def _state_or_seat(self, key: str) -> bool:
        return self.actors[key].kind == "Country" or self.actors[key].label in SEAT_COUNTRY


# -- helpers ------------------------------------------------------------------------


_MATCHERS: dict[int, PhraseMatcher] = {}


#: Plural nouns for a group of officials that, with a demonym, speak for the state ("des responsables américains").
_COLLECTIVE_LEADERS = {"dirigeants", "responsables", "leaders", "chefs", "officiels", "diplomates", "dirigeantes"}


#: Singular officials who, unnamed ("un responsable américain"), speak for their state (tests/gold/NOTES.md).
_UNNAMED_OFFICIALS = {"responsable", "officiel", "diplomate", "haut-fonctionnaire", "fonctionnaire"}


def _de_complement(token: Token) -> bool:
    """Is this nominal complement introduced by "de" ("le président de l'UE"), not "à" ("son avocate à l'AFP")?"""
    cases = {fold(c.text) for c in token.children if c.dep_ == "case"}
    return not cases or bool(cases & {"de", "d'", "du", "des"})


_FOOTNOTE = re.compile(r"\[\d*\]?$")


def _phrase_matcher(vocab, data) -> PhraseMatcher:
    """One PhraseMatcher per vocab over the folded gazetteer names (NORM-independent: LOWER)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        from spacy.lang.fr import French

        tokenizer = French().tokenizer
        matcher = PhraseMatcher(vocab, attr="LOWER")
        names = set(data.raw["countries"]) | set(data.raw["metonyms"]) | set(data.raw["organizations"])
        extra = {n.replace("é", "e").replace("É", "E") for n in names}
        matcher.add("GAZ", [tokenizer(n) for n in sorted(names | extra)])
        _MATCHERS[id(vocab)] = matcher
    return matcher


def _initials_match(words: list[str], candidate: list[str]) -> bool:
    """"B. Obama" / "Barack Obama": same words, where an initial stands for a word with that first letter."""
    for short, long in zip(words, candidate):
        short = short.rstrip(".")
        if len(short) == 1 and short.isupper():
            if fold(long)[:1] != fold(short):
                return False
        elif fold(short) != fold(long):
            return False
    return any(len(w.rstrip(".")) == 1 for w in words)


def sentence_of(token: Token) -> Span:
    """``token.sent``, from a per-doc index (spaCy's ``Token.sent`` walks every sentence of the doc each time)."""
    doc = token.doc
    index = doc.user_data.get("ng_sentence_index")
    if index is None or index[0] != len(doc):
        sentences = list(doc.sents)
        by_token = [0] * len(doc)
        for number, sentence in enumerate(sentences):
            for i in range(sentence.start, sentence.end):
                by_token[i] = number
        index = (len(doc), sentences, by_token)
        doc.user_data["ng_sentence_index"] = index
    return index[1][index[2][token.i]]


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins every token again on each access)."""
    text = doc.user_data.get("ng_text")
    if text is None:
        text = doc.text
        doc.user_data["ng_text"] = text
    return text


def sentences_of(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, from the same per-doc index."""
    return sentence_of(doc[0]) and doc.user_data["ng_sentence_index"][1] if len(doc) else []


def _unique(keys: list[str]) -> list[str]:
    seen: list[str] = []
    for key in keys:
        if key not in seen:
            seen.append(key)
    return seen
