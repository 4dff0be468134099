"""Mention finding for one article: which spans name an actor, and which actor.

Named entities (persons grouped by full name: "Vladimir Poutine", "Poutine",
"M. Poutine"; organisations, acronyms, institutions such as "l'université de
Caen"), gazetteer matches (countries, capital metonyms, known organisations)
and the gender of people. No actor for peoples ("les Touareg"), codes tagged as
places ("Baa3") or capitalised common words opening a sentence; "The X" / "El X"
titles are organisations, "Prénom Nom" with a known first name a person, and
"X, dit « Y »" makes Y an alias of X. ``MentionFinding`` is a mixin of
``extractors.entities.ArticleActors``, which resolves noun phrases to them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extractors.lang import fold
from extractors.media_names import media_name
from extractors.names import acronym_expansion, across_line_break, after_possessive, common_word_at_start, country_word_in_name, \
    cut_at_possessive, cut_at_quote, dateline_place, foreign_title, has_digit, heads_org_name, looks_like_name, misc_person_name, \
    nickname_word, plausible_name, possessive_word, strip_determiners, strip_role_words, titled_name
from extractors.org_names import adjective_institution_name, agency_named_after_body, country_inside_org_name, glued_country_name, \
    ministry_portfolio, name_after_org_noun, organisation_tagged_place, place_in_treaty_name, with_coordinated_portfolio, with_name_complement
from extractors.other_bodies import other_body
from extractors.recall import facility_name, person_name_words, street_name
from extractors.titled import split_title, with_first_name, with_last_name
from extractors.token_table import entities_of, token_table
from extractors.work_names import work_name

#: A model designation: capitals, a hyphen, digits ("SM-6", "F-16", "S-400", "MiG-29").
_MODEL_CODE = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?$")

#: A civility glued to a surname, typos of "M. Houdré" ("M.Houdré", "Mme.Dupont"): a person whatever the tag.
_GLUED_TITLE = re.compile(r"^(M|Mme|Mlle)\.[A-ZÀ-Ý][a-zà-ÿ]+$")
_GLUED_PREFIX = re.compile(r"^(M|Mme|Mlle)\.(?=[A-ZÀ-Ý])")


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


class MentionFinding:
    """Mention finding for ``ArticleActors`` (see the module docstring)."""

    def _find_mentions(self) -> None:
        doc = self.doc
        taken: set[int] = set()
        self._org_name_countries: list[tuple[int, str]] = []  # (end, country) of "Air France": a hint of the setting
        self._early_mentions(taken)
        places = self._countries.keys() | self._metonyms.keys()
        for span in self._gazetteer_spans():
            if any(i in taken for i in range(span.start, span.end)) or heads_org_name(span) or country_word_in_name(span, places) or with_coordinated_portfolio(span, self.data.words("portfolio_office_nouns")) != span \
                    or agency_named_after_body(span, self.data.words("agency_name_heads")) or place_in_treaty_name(span, self.data, self._metonyms) or dateline_place(span):
                continue  # "le Haut-Commissariat des Nations unies pour les réfugiés": the agency, a NER name
            if country_inside_org_name(span, self.data.words("country_named_org_heads"), places,
                                       city_heads=self.data.words("institution_heads"), cities=self._metonyms.keys()):
                if fold(span.text) in self._countries:  # "Air France", "Banque de France": the organisation (org_names.py)
                    self._org_name_countries.append((span.end, self._countries[fold(span.text)]))
                continue
            span, key = other_body(self, span)  # "le Congrès des députés": not the table's Congrès (other_bodies.py)
            if key:
                self._add_mention(span, key)
                taken.update(range(span.start, span.end))
        person_spans, nicknames = [], []
        person_words = person_name_words(doc)
        entities = entities_of(doc)
        nickname_texts = {ent.text for ent in entities if nickname_word(ent) is not None}
        # "notre Soleil" once makes "du Soleil" a common noun everywhere in the article
        self._possessed = {fold(self._texts[i + 1]) for i, text in enumerate(self._texts[:-1])
                           if self._texts[i + 1][:1].isupper() and possessive_word(text)}  # after_possessive, no Span made
        for ent in entities:
            span = strip_determiners(ent)
            span = across_line_break(cut_at_quote(cut_at_possessive(span))) if span is not None else None  # "Alliance vers ses frontières"
            span = with_name_complement(name_after_org_noun(span, self.data.words("org_name_nouns")) or span, self.data) if span is not None and ent.label_ == "ORG" else span
            span = strip_role_words(span, self._titles | self._role_heads) if span is not None and ent.label_ == "PER" else span
            span = with_last_name(with_first_name(span, self._titles | self._role_heads)) if span is not None and ent.label_ == "PER" else span
            if span is not None and ent.label_ == "LOC" and len(span) > 1 and span[0].is_lower and \
                    fold(span[0].text) in self.data.words("place_name_heads"):
                span = span[1:]  # "îles Senkaku": the name is "Senkaku", "îles Senkaku" an alias
            if span is not None and ent.label_ == "MISC":
                span = titled_name(span, self._role_heads) or span  # "Premier ministre espagnol Pedro Sánchez"
            if span is not None and (titled := split_title(span, self._role_heads)) is not None:
                if titled.name is not None and not any(i in taken for i in range(titled.name.start, titled.name.end)):
                    person_spans.append(titled.name)  # "Présidente de la République Droupadi Murmu"
                continue  # "Première ministre italienne" (ORG): a title, no actor
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            medium = next((n for n in (2, 1) if len(span) >= n + 2 and fold(span[:n].text) in self._media
                           and all(t.text[:1].isupper() for t in span[n:])), 0)
            if medium and looks_like_name(span[medium:]):  # "l'agence Interfax Mikhaïl Orlov": the medium, then a person
                key = self._ensure("org:" + fold(span[:medium].text), span[:medium].text, "Organization", span.start)
                self.actors[key].medium = True
                self._add_mention(span[:medium], key)
                taken.update(range(span.start, span.start + medium))
                person_spans.append(span[medium:])
                continue
            if ent.label_ == "LOC" and len(span) == 1 and fold(span.text) in self._demonyms:
                continue  # "les Européens", "l'Argentin", "les Iraniens": people, resolved as such (extractors/anaphors.py)
            if self._no_actor(span, ent.label_):
                continue
            if ent.label_ in {"MISC", "LOC"} and (medium_span := media_name(span, self._media_heads)) is not None:
                span = medium_span
                key = self._ensure("org:" + fold(span.text), span.text, "Organization", span.start)
                self.actors[key].medium = True  # "à la chaîne CBC", "la télévision d'État AzTV" (extractors/media_names.py)
                self._add_mention(span, key)
                taken.update(range(span.start, span.end))
                continue
            if nickname_word(span) is not None or span.text in nickname_texts:
                nicknames.append(span)  # "Mohamed Hamdan Daglo, dit « Hemedti »": an alias of the person
                taken.update(range(span.start, span.end))
                continue
            if ent.label_ in {"PER", "MISC"} and foreign_title(span, self.data.words("foreign_articles")):
                end = span.end
                while end < len(doc) and end - span.start < 5 and end not in taken and _name_word(self._texts[end]):
                    end += 1
                span = doc[span.start: end]  # "The Boston" of "The Boston Reporter"
                key = self._ensure("org:" + fold(span.text), span.text, "Organization", span.start)
                self.actors[key].medium = fold(span[-1].text) in self.data.words("media_name_words")
                self._add_mention(span, key)  # "The Hollywood Reporter", "El Pais": a title, no person
                taken.update(range(span.start, span.end))
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
            if ent.label_ == "PER" and self._listed_company(span, person_words):
                key = self._ensure("org:" + fold(span.text), span.text, "Organization", span.start)
                self._add_mention(span, key)  # "les groupes Lockheed Martin et Raytheon": "Raytheon" is a company
                taken.update(range(span.start, span.end))
                continue
            if (ent.label_ == "PER" and looks_like_name(span)) or (ent.label_ == "MISC" and misc_person_name(span)) or \
                    (ent.label_ == "ORG" and all(fold(t.text) in person_words for t in span) and span[0].text[:1].isupper()) or \
                    (ent.label_ == "LOC" and all(fold(t.text) in person_words for t in span) and self._after_title(span)) or \
                    (ent.label_ in {"LOC", "ORG"} and self._first_name_first(span)) or _GLUED_TITLE.match(span.text):
                person_spans.append(span)  # "Marine" of "Marine Le Pen"; "le général Tiani" (tagged LOC) of "Abdourahamane Tiani"
            elif ent.label_ == "ORG":
                label = _FOOTNOTE.sub("", span.text)  # "Parti populaire espagnol[1]"
                key = self._acronym_of(span) or self._ensure("org:" + fold(label), label, "Organization", span.start)
                self.actors[key].aliases.add(label)
                self._add_mention(span, key)
            elif ent.label_ == "LOC" and fold(span.text) not in self._not_actor and span[0].is_title and not street_name(span):
                key = self._ensure("place:" + fold(span.text), span.text, "Place", span.start)
                head = doc[span.start - 1] if span.start > 0 else None
                if head is not None and head.is_lower and fold(head.text) in self.data.words("place_name_heads"):
                    self.actors[key].aliases.add(f"{head.text} {span.text}")  # "les îles Senkaku", later "les Senkaku"
                self._add_mention(span, key)
            else:
                continue
            taken.update(range(span.start, span.end))
        person_spans += self._first_name_spans(person_spans, taken)
        self._add_people(person_spans + self._full_names_of(person_spans, taken))
        self._add_nicknames(nicknames)
        self._people_named_as_organisations()
        self._late_mentions()
        self._learn_genders()
        for actor in self.actors.values():
            actor.medium = actor.medium or fold(actor.label) in self._media

    def _no_actor(self, span: Span, label: str) -> bool:
        """NER spans that name no actor: a people ("les Touareg"), a code with a digit tagged as a place ("Baa3"),
        a model code ("SM-6", "F-16"), one capitalised word after a possessive ("notre Soleil"), a capitalised common word opening a sentence tagged
        as a place or a person ("Bonjour à tous"; organisations such as "Greenpeace" often open a sentence untagged
        as proper nouns), a street or square ("place Tahrir", whatever its tag); gazetteer names excepted."""
        text = fold(span.text)
        if (text in self._countries or text in self._metonyms or text in self._orgs or text in self._media) and not dateline_place(span):
            return False
        if len(span) == 1 and text in self.data.words("ethnonyms"):
            return True
        possessed = len(span) == 1 and text in self._possessed  # "notre Soleil", then "du Soleil"
        if _MODEL_CODE.match(span.text):
            return True  # "des missiles Tomahawk et SM-6", "des F-16": a model, whatever its tag
        return (label == "LOC" and has_digit(span)) or after_possessive(span) or possessed or \
            (label in {"LOC", "PER"} and common_word_at_start(span)) or street_name(span) or dateline_place(span) or \
            facility_name(span, self.data.words("facility_nouns")) or work_name(span, label, self.data) or \
            ministry_portfolio(span, self.data.words("portfolio_office_nouns"))  # "la ministre du Travail" (LOC)

    def _listed_company(self, span: Span, person_words: set[str]) -> bool:
        """A one-word name tagged PER in a list opened by a company noun ("les groupes de défense X et Y"):
        no known person's word, and "groupes" within four words before the list's first name."""
        if len(span) != 1 or fold(span.text) in person_words:
            return False
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i == span.root.i:
            return False  # not in a list
        while first.i > 0 and self.doc[first.i - 1].text[:1].isupper():
            first = self.doc[first.i - 1]  # "Lockheed" of "Lockheed Martin"
        before = self.doc[max(first.i - 4, 0): first.i]
        return any(t.text.islower() and fold(t.text) in self.data.words("company_nouns") for t in before)

    def _first_name_first(self, span: Span) -> bool:
        """"Alar Karis" tagged LOC: two or three capitalised words, the first a known first name, none a country."""
        words = [t for t in span if t.text != "-"]
        if not 2 <= len(words) <= 3 or not all(_name_word(t.text) for t in words):
            return False
        first = fold(words[0].text)
        names = self.data.words("common_first_names") | self.data.words("female_first_names") | \
            self.data.words("male_first_names_in_a")
        return first in names and not any(fold(t.text) in self._countries or fold(t.text) in self._metonyms for t in words)

    def _first_name_spans(self, person_spans: list[Span], taken: set[int]) -> list[Span]:
        """"Gitanas Nausėda" the NER missed or cut ("Gitanas" LOC): a known first name and one or two capitalised
        words after it, none taken by another mention."""
        used = taken | {i for span in person_spans for i in range(span.start, span.end)}
        found = []
        for i, text in enumerate(self._texts):
            if i in used or not _name_word(text):
                continue
            end = i + 1
            while end < len(self._texts) and end - i < 3 and end not in used and _name_word(self._texts[end]) and \
                    not self._tokens[end].is_stop:
                end += 1
            span = self.doc[i: end]
            if end - i >= 2 and self._first_name_first(span):
                found.append(span)
                used.update(range(i, end))
        return found

    def _people_named_as_organisations(self) -> None:
        """A one-word "person" or "place" with the name of an organisation of the article ("Raytheon" in the title,
        "les groupes Lockheed Martin et Raytheon" below) is that organisation."""
        orgs = {fold(a.label): key for key, a in self.actors.items() if a.kind == "Organization"}
        moved = {key: orgs[fold(a.label)] for key, a in self.actors.items()
                 if a.kind in {"Person", "Place"} and len(a.label.split()) == 1 and fold(a.label) in orgs}
        self._move_actors(moved)

    def _move_actors(self, moved: dict[str, str]) -> None:
        """Point every mention of each ``old`` key of ``moved`` to its new key and drop the old actor (its count and
        first mention go to the new one; its names do not: a tagger's misreading is no alias)."""
        if not moved:
            return
        self.mentions = [Mention(m.start, m.end, moved.get(m.key, m.key)) for m in self.mentions]
        self._by_token = {i: moved.get(key, key) for i, key in self._by_token.items()}
        for old, new in moved.items():
            self.actors[new].count += self.actors[old].count
            self.actors[new].first = min(self.actors[new].first, self.actors[old].first)
            del self.actors[old]

    def _add_nicknames(self, spans: list[Span]) -> None:
        """"X, dit « Hemedti »": the nickname is an alias and a mention of the person named just before "dit"."""
        people: dict[str, str] = {}
        for span in spans:
            word = nickname_word(span)
            before = [m for m in self.mentions if word.i - 2 <= m.end <= word.i and self.actors[m.key].kind == "Person"] \
                if word is not None else []
            if before:
                people[span.text] = before[-1].key
                self.actors[before[-1].key].aliases.add(span.text)
        for span in spans:  # "Hemedti" again later: the same person
            if span.text in people:
                self._add_mention(span, people[span.text])

    def _after_title(self, span: Span) -> bool:
        """Does a title or a role noun come right before this span ("M. Tiani", "le général Tiani")?"""
        before = self.doc[span.start - 1] if span.start > 0 else None
        return before is not None and (fold(before.text) in self._titles or fold(before.text) in self._role_heads)

    def _institution_name(self, span: Span) -> bool:
        """An NER place or organisation that names an institution: a lower-case institution noun with its complement
        ("université de Caen", "musée du Louvre"), or an all-capitals acronym that is no country ("CERN"), "SNES-FSU"."""
        text = span.text.replace(".", "")
        if len(span) == 1 and 2 <= len(text) <= 6 and text.isalpha() and text.isupper():
            return fold(text) not in self._countries and fold(text) not in self._metonyms
        return organisation_tagged_place(span, self.data.words("sports_club_prefixes"), self._countries, self._metonyms) \
            or glued_country_name(span, self._countries) or adjective_institution_name(span, self.data.words("institution_heads"), self._demonym) \
            or len(span) >= 3 and span[0].is_lower and fold(span[0].text) in self.data.words("institution_heads") \
            and span[1].pos_ == "ADP" and not street_name(span)  # "Météo-France", "l'Agence spatiale européenne", "université de Caen"

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
        # the gazetteer keys are accent-folded: match them on the accent-folded words too
        index = _gazetteer_index(self.data)
        found = _phrase_matches(index, [text.lower() for text in self._texts],
                                [(folded or text).lower() for folded, text in zip(token_table(self.doc).folded, self._texts)])
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
            if len(span) > 1 and fold(span[0].text) in self._countries and \
                    (span.start == 0 or fold(self.doc[span.start - 1].text) not in self._media_heads):
                return None  # "l'agence Chine nouvelle" is Xinhua, "la Chine nouvelle qu'il veut" is China
            if fold(label) in self.data.words("membership_areas") and self._membership_place(span):
                return None  # "rester dans la zone euro": the place of membership, the member is the actor
            if len(span) > 1 and not label.islower() and (span.text.islower() or (fold(label) == text and span[-1].text.islower() and label.split()[-1][:1].isupper())):
                return None  # "tout le monde" / "Le monde ne peut pas" is not the newspaper Le Monde
            if label in self._countries.values():
                return self._ensure_country(label, span[0], alias=span.text)
            key = self._ensure("org:" + fold(label), label, "Organization", span.start)
            self.actors[key].aliases.add(span.text)
            return key
        return None

    def _membership_place(self, span: Span) -> bool:
        """Is this area the place one stays in, joins or leaves ("rester dans la zone euro", "sa sortie de la zone euro")?"""
        governor = span.root.head
        if span.root.dep_ not in {"obl", "obl:arg", "obl:mod", "obj", "nmod", "iobj"} or governor.i == span.root.i:
            return False
        if governor.pos_ == "PROPN" and governor.dep_ == "nmod":
            governor = governor.head  # "la sortie de la Grèce de la zone euro", parsed as "(la Grèce de la zone euro)"
        words = self.data.words("membership_words")
        return fold(governor.lemma_) in words or fold(governor.text) in words

    def _ensure_country(self, label: str, token: Token, alias: str | None = None) -> str:
        kind = "Place" if label == "Occident" else "Country"
        if label not in self._countries.values() and label in self._orgs.values():
            kind = "Organization"  # "européen", "Bruxelles" -> the Union, an organisation
        key = self._ensure(("org:" if kind == "Organization" else "country:") + fold(label), label, kind, token.i)
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
        names = [(span, _name_words(span, self._titles)) for span in spans]
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
                if first in female_names or first.split("-")[0] in female_names or (first.endswith("a") and first not in male_names):
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


_FOOTNOTE = re.compile(r"\[\d*\]?$")


def _gazetteer_index(data) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The gazetteer names (countries, metonyms, organisations, and each with "é" folded to "e") as tuples of
    lower-case words, as spaCy's French tokenizer splits them, keyed by their first word; made once per language."""
    def make(data) -> dict[str, tuple[tuple[str, ...], ...]]:
        from spacy.lang.fr import French

        tokenizer = French().tokenizer
        names = set(data.raw["countries"]) | set(data.raw["metonyms"]) | set(data.raw["organizations"])
        extra = {n.replace("é", "e").replace("É", "E") for n in names}
        index: dict[str, set[tuple[str, ...]]] = {}
        for name in names | extra:
            words = tuple(token.text.lower() for token in tokenizer(name))
            if words:
                index.setdefault(words[0], set()).add(words)
        return {first: tuple(sorted(phrases)) for first, phrases in index.items()}
    return data.derived("gazetteer_index", make)


def _phrase_matches(index: dict[str, tuple[tuple[str, ...], ...]], words: list[str], folded: list[str]) -> set[tuple[int, int]]:
    """Every (start, end) where a gazetteer phrase of ``index`` is ``words[start:end]`` or ``folded[start:end]``,
    overlapping ones too (what spaCy's ``PhraseMatcher`` on the LOWER attribute finds on each, in one pass)."""
    found = set()
    for start, (word, other) in enumerate(zip(words, folded)):
        for phrase in (index.get(word, ()) + index.get(other, ())) if other != word else index.get(word, ()):
            end = start + len(phrase)
            if end <= len(words) and (len(phrase) == 1 or tuple(words[start:end]) == phrase or tuple(folded[start:end]) == phrase):
                found.add((start, end))
    return found


def _name_words(span: Span, titles: set[str]) -> list[str]:
    """The words of a person's name without titles; "Kim Jong-un" (tokens "Jong", "-", "un") keeps its hyphenated word."""
    if any(t.text == "-" and not t.whitespace_ and t.i > span.start and not span.doc[t.i - 1].whitespace_ for t in span):
        return [w for w in span.text.split() if fold(w) not in titles]
    words = [_GLUED_PREFIX.sub("", t.text) for t in span]  # "M.Houdré" -> "Houdré"
    return [w for w in words if fold(w) not in titles and fold(w.rstrip(".")) not in titles and w not in {".", "-", ""}]


def _name_word(text: str) -> bool:
    return text[:1].isupper() and not text.isupper() and text.replace("-", "").isalpha()


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

