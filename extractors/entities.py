"""Mentions -> local actors of one article, and resolution of noun phrases to them.

``ArticleActors(doc)`` finds every actor mention (``extractors.mentions``:
named entities and gazetteer matches: countries, capital metonyms,
organisations), groups the mentions of one actor ("Vladimir Poutine",
"Poutine", "M. Poutine"), learns
the roles the article gives them (``extractors.roles``) and then answers ``resolve(token)``:
which actors a subject, object or "selon" complement refers to, through
names, role nouns ("le chef du Kremlin"), pairs ("les deux dirigeants"),
pronouns and relative pronouns.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from extractors.anaphors import AnaphorResolution
from extractors.collectives import CollectiveActors
from extractors.content_epithets import kind_epithet_referents
from extractors.defence_counsel import defence_counsel
from extractors.lang import fold, language_data
from extractors.led_states import epithet_state, led_by_person
from extractors.mentions import Mention, MentionFinding, _ActorInfo
from extractors.model import Actor
from extractors.owned_state_bodies import owned_state_bodies
from extractors.names import inflected_demonyms, language_word, misc_person_name  # noqa: F401 (misc_person_name re-exported)
from extractors.pairs import PairResolution
from extractors.populations import population_word
from extractors.possessed_roles import PossessedRoles
from extractors.pronouns import PronounResolution
from extractors.resolve_memo import ResolveMemo
from extractors.recall import NameRecall
from extractors.water_names import names_sea
from extractors.roles import SEAT_COUNTRY, RoleResolution, role_word
from extractors.media_mentions import mark_named_media
from extractors.state_media import find_state_media
from extractors.token_table import children_of, folded_strings_of, morph_get, token_table, tokens_of  # noqa: F401 (tokens_of re-exported)
from extractors.unnamed_roles import UnnamedRoles


class ArticleActors(ResolveMemo, MentionFinding, CollectiveActors, RoleResolution, PairResolution, PronounResolution, NameRecall,
                    AnaphorResolution, UnnamedRoles, PossessedRoles):
    """The actors of one parsed article and how its noun phrases refer to them."""

    def __init__(self, doc: Doc, language: str = "fr") -> None:
        self.doc = doc
        self.data = language_data(language)
        self._kin_in_progress: set[int] = set()  # kin nouns being looked up (NameRecall._kin): no endless recursion
        self._countries = self.data.table("countries")
        self._metonyms = self.data.table("metonyms")
        self._orgs = self.data.table("organizations")
        self._demonyms = dict(self.data.derived("inflected_demonyms", lambda d: inflected_demonyms(d.table("demonyms"))))  # "iraniens", "syriennes" too
        self._media = self.data.words("known_media")
        self._media_heads = self.data.words("media_heads")
        self._role_heads = self.data.words("role_heads") | self.data.words("profession_nouns") | frozenset(self.data.table("role_epithets")) \
            | self.data.words("defendant_nouns")  # "le prévenu": the defendant (extractors/defendant_anaphors.py)
        self._leader_heads = self.data.words("leader_heads")
        self._titles = self.data.words("titles")
        self._not_actor = self.data.words("place_not_actor")
        self.actors: dict[str, _ActorInfo] = {}
        self.mentions: list[Mention] = []
        self._by_token: dict[int, str] = {}
        self._tokens = tokens_of(doc)  # made once: each doc[i] or pass over the doc makes new Token objects
        self._texts = list(token_table(doc).texts)  # the doc's column, read once (no ``token.text`` per word)
        self._find_mentions()
        self._surnames_taken_as_places()
        self._ministries_of_states()
        self._find_collectives()
        find_state_media(self)  # "la télévision publique nigérienne" (extractors/state_media.py)
        mark_named_media(self)  # "la radio publique NRK" (extractors/media_mentions.py)
        self._merge_organisation_names()
        self._learn_roles()
        self._start_memo()  # resolve() answers repeated calls from here on (extractors/resolve_memo.py)

    def _surnames_taken_as_places(self) -> None:
        """"Égée : Mitsotakis et Erdogan s'engagent…" (tagged LOC): a one-word place that is the surname of exactly
        one person of the article is that person, whatever the tagger says."""
        surnames: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            if actor.kind == "Person" and len(actor.label.split()) > 1:
                surnames.setdefault(fold(actor.label.split()[-1]), []).append(key)
        moved = {key: surnames[fold(a.label)][0] for key, a in self.actors.items()
                 if a.kind == "Place" and " " not in a.label and len(surnames.get(fold(a.label), ())) == 1}
        self._move_actors(moved)

    def _ministries_of_states(self) -> None:
        """"le ministère des Affaires étrangères russe", "le ministère de la Défense du Japon": a known ministry
        name with its state speaks for that state (tests/gold/NOTES.md); "le ministère de l'Intérieur" alone stays."""
        bodies = self.data.words("state_body_nouns")
        for index, mention in enumerate(self.mentions):
            actor = self.actors[mention.key]
            if actor.kind != "Organization" or fold(actor.label).split()[0] not in bodies:
                continue
            country = self.state_body_country(self._tokens[mention.start])
            if country:
                self.mentions[index] = Mention(mention.start, mention.end, country)
                self.actors[country].count += 1
                self.actors[mention.key].count -= 1
                for i in range(mention.start, mention.end):
                    self._by_token[i] = country

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
        return _unique(self._scan(start_char, end_char, demonyms)[0])

    def mentions_with_and_without_demonyms(self, ranges: list[tuple[int, int]]) -> tuple[list[list[str]], list[list[str]]]:
        """``[mentions_in(a, b) for a, b in ranges]`` and then ``[mentions_in(a, b, demonyms=False) ...]``, what those
        calls in that order give, with each word resolved once: the second lists come from the first pass when it
        changed nothing a resolver reads (no actor, mention, alias or role added), else from the second calls."""
        before = self._resolution_state()
        scans = [self._scan(start, end, True) for start, end in ranges]
        if self._resolution_state() != before:
            return [_unique(keys) for keys, _ in scans], [self.mentions_in(a, b, demonyms=False) for a, b in ranges]
        return [_unique(keys) for keys, _ in scans], [_unique(plain) for _, plain in scans]

    def _scan_fresh(self, start_char: int, end_char: int, demonyms: bool) -> tuple[list[str], list[str]]:
        """The keys ``mentions_in`` finds in a char range, in order, with repeats; and the same without the countries
        of demonyms (as ``demonyms=False`` finds them when this pass changed nothing)."""
        keys = [key for start, end, key in self._mention_chars(start_char, end_char) if start >= start_char and end <= end_char]
        plain = list(keys)
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        table, content_words = token_table(self.doc), self.data.derived("content_words", _content_words)
        for token in tokens_in(span) if span is not None else ():  # the kept tokens: no new Token per word
            if token.i in self._by_token:
                continue
            referents = self._content_referents(token) \
                if table.pos[token.i] == "NOUN" or table.folded[token.i] in content_words else None
            if referents is not None:
                keys.extend(referents)
                plain.extend(referents)
            elif demonyms and token.pos_ in {"ADJ", "NOUN", "PROPN"}:
                country = None if language_word(token) else self._demonym(token)
                bloc = country in self.data.raw.get("bloc_members", {}) or country == "Occident"
                if country and population_word(token, self._demonyms, self.data, bloc):
                    country = None  # "les Espagnols", "les survivants polonais", "ses clients européens": a population
                if country and not self._role_resolves(token.head) and not self._names_water(token):
                    keys.append(self._ensure_country(country, token))
            if fold(token.text) == "occident":
                key = self._ensure_country("Occident", token)
                keys.append(key)
                plain.append(key)
        return keys, plain

    def _names_water(self, token: Token) -> bool:
        """"l'océan Indien", "la mer Arabique": a demonym-looking word that names a sea with its head noun
        (``sea_nouns``, capitalised, as place names are) points to no state."""
        return token.i > 0 and token.text[:1].isupper() and fold(self.doc[token.i - 1].text) in self.data.words("sea_nouns")

    def _resolution_state(self) -> tuple[int, ...]:
        """Sizes of what resolving a word may add to (equal before and after: nothing was added)."""
        return (len(self.actors), len(self.mentions), len(self._by_token), len(getattr(self, "_institutions", ())),
                sum(len(a.aliases) + len(a.roles) for a in self.actors.values()))

    def _content_referents(self, token: Token) -> list[str] | None:
        """The actors a common word of reported content stands for, each resolver tried once, in order: kin ("sa
        fille"), role nouns, "les deux pays", "les trois pays" / "les Européens", "son pays", "la chaîne", "les
        paramilitaires", "ces frappes", "le gouvernement", "l'économie du pays". None when no resolver claims the word."""
        if token.pos_ != "NOUN" and fold(token.text) in self.data.table("content_kind_epithets"):
            return kind_epithet_referents(token, self) or None  # "l'île", "le royaume" tagged PROPN: only this reads them
        if found := self._kin(token):
            return found
        if token.pos_ == "NOUN" and fold(token.text) in self._role_heads and (found := self._resolve_role(token)):
            return found
        if token.pos_ == "NOUN" and fold(token.text) in self.data.derived("pair_nouns_in_content", _pair_nouns_in_content) \
                and any(fold(c.text) in {"deux", "nos", "leurs"} for c in token.children):
            return self._resolve_pair(token) or owned_state_bodies(token, self)  # "les deux pays", "nos pays", "les deux capitales": claimed even when unresolved
        for resolver in (lambda t: self._resolve_group(t) or self.bloc_members(t), self._possessor_country,
                         self.shared_possessive, lambda t: owned_state_bodies(t, self), self.medium_anaphor, self.armed_group, self.earlier_event_authors,
                         lambda t: epithet_state(t, self),
                         self.content_epithet,
                         lambda t: kind_epithet_referents(t, self)):
            if found := resolver(token):
                return found
        if token.pos_ == "NOUN" and fold(token.text) in self.data.words("state_nouns_in_content") and \
                (country := self._article_country(token, in_content=True)):
            return [country]
        if country := self.content_country(token):
            return [country]
        return None

    def _mention_chars(self, start_char: int, end_char: int) -> list[tuple[int, int, str]]:
        """Mentions as (start, end, key) char ranges starting in [start_char, end_char) (sorted once; bisect per call)."""
        if len(self.mentions) != getattr(self, "_chars_for", -1):
            doc = self.doc
            self._chars = sorted((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), m.key) for m in self.mentions
                                 if not names_sea(doc, m.start, self.data.words("sea_named_after_nouns")))  # "mer de Chine"
            self._char_starts = [c[0] for c in self._chars]
            self._chars_for = len(self.mentions)
        return self._chars[bisect_left(self._char_starts, start_char): bisect_left(self._char_starts, end_char)]

    def _resolve_fresh(self, token: Token, *, context: list[str] | None = None) -> list[str]:
        """Actors a noun phrase (given by its head token) refers to; [] when unknown (``resolve`` remembers them).

        ``context`` is the list of actors recently in subject position, newest
        last, used for personal pronouns.
        """
        keys = self._resolve_one(token, context)
        for conj in children_of(token):
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

    # -- resolution ---------------------------------------------------------------

    def _resolve_one(self, token: Token, context: list[str] | None) -> list[str]:
        if token.i in self._by_token:
            return [self._by_token[token.i]]
        person = self.apposed_person(token)
        if person:
            return [person]  # "le directeur de l'Institut Pasteur, Amadou Sall": the person, not the institute
        lawyer = self.client_role(token)
        if lawyer is not None:
            return lawyer  # "l'avocat de Jean Dupont": not Jean Dupont (extractors/unnamed_roles.py)
        named = self._name_after_title(token)
        if named:
            return [named]  # "la présidente de la Commission européenne Ursula von der Leyen" (two subjects parsed)
        named = self._name_after_body_noun(token)
        if named:
            return [named]  # "le président du groupe Renault Jean-Dominique Senard": Senard, not Renault
        office = self.local_office(token) if token.i not in self._by_token else None
        if office is not None:
            return office  # "le maire de Grenoble": the mayor, not the city (extractors/unnamed_roles.py)
        placed = self.placed_institution(token)
        if placed:
            return placed  # "le tribunal correctionnel de Paris": the court, not the city or France
        state = self.state_body_country(token)
        if state:
            return [state]  # "le ministère russe de la Défense", "l'état-major sud-coréen" speak for the state
        if led := epithet_state(token, self):
            return led  # "le gouvernement de François Bayrou", "le pays voisin" (led_states.py), "le club stéphanois"
        if led_by_person(token, self):
            return []  # "le gouvernement de Narendra Modi", his state not given: a state, not the person
        # a name in the noun phrase ("le président Xi Jinping", "le service de presse du Kremlin")
        # a name in apposition wins over the organisation in a "de" complement ("le président de l'UE, X")
        for child in sorted(children_of(token), key=lambda c: c.dep_ == "nmod"):
            if child.dep_ in {"appos", "flat:name", "nmod", "flat"} and child.i in self._by_token:
                key = self._by_token[child.i]
                if child.dep_ == "nmod" and not _de_complement(child):
                    continue  # "son avocate à l'AFP": the medium she spoke to, not her employer
                named = self._name_glued_to(child, key) if child.dep_ == "nmod" and token.pos_ == "NOUN" else None
                if named:
                    return [named]  # "la présidente du Parlement Yaël Braun-Pivet" (the name parsed below "Parlement")
                if child.dep_ == "nmod" and child.i > token.i and self.actors[key].kind == "Person" and token.pos_ == "NOUN" \
                        and not any(c.dep_ == "case" for c in child.children):
                    return [key]  # "l'ambassadrice américaine à l'ONU Linda Thomas-Greenfield": the name after the title
                if child.dep_ == "nmod" and fold(token.text) in self._role_heads and self._state_or_seat(key):
                    person = self._resolve_role(token)  # "le chef du Kremlin", "le président de la Russie"
                    if person and all(self.actors[k].kind == "Person" for k in person):
                        return person
                state = next((self._demonym(c) for c in token.children if c.dep_ == "amod" and c.i < child.i
                              and self._demonym(c)), None)
                if child.dep_ == "nmod" and fold(token.text) in self.data.words("state_office_roles") and child.i > token.i \
                        and state:
                    # "le ministre français de l'Économie": the portfolio never speaks; the minister named with
                    # that role does, else the state (tests/gold/NOTES.md: an unnamed minister speaks for it)
                    holder = self._resolve_role(token)
                    if holder and all(self.actors[k].kind == "Person" for k in holder):
                        return holder
                    return [self._ensure_country(state, token)]
                if fold(token.text) in self._role_heads or fold(token.text) in {"communique", "service", "porte-parole", "gouvernement", "presidence", "ministere", "diplomatie", "bureau"} or child.dep_ != "nmod":
                    return [key]
        text = fold(token.text)
        if token.pos_ == "PRON" or (token.text.startswith("-") and text.lstrip("-") in {"il", "elle", "ils", "elles"}):
            return self._resolve_pronoun(token, context)  # "-elle" of "ajoute-t-elle" is often tagged INTJ
        body = self._spokesperson_body(token, context)
        if body:
            return body  # "la porte-parole de la fédération" speaks for the federation
        country = next((self._demonym(c) for c in children_of(token) if c.dep_ == "amod" and self._demonym(c)), None) \
            or next((self._demonym(c) for c in _agreeing_below(token) if self._demonym(c)), None)  # "l'armée de l'air ukrainienne"
        if country and token.pos_ == "NOUN" and self.stands_for_state(token):
            return [self._institution_country(token, country)]  # "le gouvernement malien", "l'armée syrienne"
        group = self._resolve_group(token) or self.bloc_members(token)
        if group:
            return group  # "les trois pays", "les Européens"
        epithet = self.demonym_epithet(token)
        if epithet:
            return epithet  # "l'Argentin estime": the person just named
        if country and token.pos_ == "NOUN" and text in {"pays", "allie", "allies", "partenaire", "partenaires", "voisin", "etat"}:
            return [self._ensure_country(country, token)]  # "les pays occidentaux", "son allié russe"
        if text in {"deux", "dirigeants", "presidents", "hommes", "leaders", "chefs", "parties", "pays"} or (token.pos_ == "NOUN" and morph_get(token, "Number") == ["Plur"]):
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
            # "le président chinois", "la direction" (of the company named); "Son président" (of the body just before)
            return self._resolve_role(token) or self.possessed_role_body(token)
        if counsel := defence_counsel(token, self):
            return counsel  # "Selon la défense": the defendant's lawyer named before (extractors/defence_counsel.py)
        return self._kin(token)

    def _name_after_title(self, role: Token) -> str | None:
        """The person named right after a role noun and its complement, parsed as a second dependent of the same
        verb ("La présidente de la Commission européenne Ursula von der Leyen a annoncé": two ``nsubj``)."""
        after = role.right_edge.i + 1
        if role.pos_ != "NOUN" or role_word(role.text) not in self._role_heads or after >= len(role.doc) \
                or after not in self._by_token:
            return None
        name = role.doc[after]
        key = self._by_token[after]
        same_slot = name.dep_ == role.dep_ and name.head.i == role.head.i
        return key if same_slot and self.actors[key].kind == "Person" and self._by_token.get(after - 1) != key else None

    def _name_after_body_noun(self, role: Token) -> str | None:
        """"le président du groupe Renault Jean-Dominique Senard": a role noun whose "de" complement is a common noun
        with the body's name in apposition, the person's name glued after it (the name is the role's holder)."""
        if role.pos_ != "NOUN" or role_word(role.text) not in self._role_heads:
            return None
        for noun in role.children:
            if noun.dep_ != "nmod" or noun.i < role.i or noun.i in self._by_token or not _de_complement(noun):
                continue
            named = [c for c in noun.children if c.i > noun.i and c.i in self._by_token and c.dep_ in {"appos", "flat:name", "nmod"}]
            people = [c for c in named if c.dep_ != "nmod" and self.actors[self._by_token[c.i]].kind == "Person"
                      and not self.doc[c.i - 1].is_punct]
            if people and any(self.actors[self._by_token[c.i]].kind == "Organization" for c in named):
                return self._by_token[people[0].i]  # "du groupe Michelin Florent Menegaux" (both below "groupe")
            for name in named:
                if name.dep_ != "nmod":
                    return self._name_glued_to(name, self._by_token[name.i])
        return None

    def _name_glued_to(self, complement: Token, key: str) -> str | None:
        """The person named right after a title's complement, parsed below it as a ``flat:name`` or an
        apposition without a comma ("du Parlement Yaël Braun-Pivet", "du groupe Renault Jean-Dominique Senard")."""
        doc = complement.doc
        for word in complement.subtree:
            found = self._by_token.get(word.i)
            if word.i <= complement.i or found is None or found == key or self.actors[found].kind != "Person" \
                    or self._by_token.get(word.i - 1) == found:
                continue
            glued = word.dep_ in {"flat:name", "appos"} and not doc[word.i - 1].is_punct
            return found if glued and not any(c.dep_ == "case" for c in word.children) else None
        return None

    def _state_or_seat(self, key: str) -> bool:
        return self.actors[key].kind == "Country" or self.actors[key].label in SEAT_COUNTRY


# -- helpers ------------------------------------------------------------------------




#: Plural nouns for a group of officials that, with a demonym, speak for the state ("des responsables américains").
_COLLECTIVE_LEADERS = {"dirigeants", "responsables", "leaders", "chefs", "officiels", "diplomates", "dirigeantes", "sources", "ministres"}


#: Singular officials who, unnamed ("un responsable américain"), speak for their state (tests/gold/NOTES.md).
_UNNAMED_OFFICIALS = {"responsable", "officiel", "diplomate", "haut-fonctionnaire", "fonctionnaire", "source"}  # "une source diplomatique russe"


def _content_words(data) -> frozenset[str]:
    """The words other than nouns that ``_content_referents`` can claim (group bodies "les Alliés", "les Européens",
    "pays", "son gouvernement" tagged otherwise): every other resolver of it reads nouns only, so any other word skips
    them all (folded once per language)."""
    bodies = {fold(k) for k in data.table("capitalised_group_bodies")}
    return frozenset(bodies) | data.words("demonym_plural_only") | data.words("state_nouns_in_content") | {"pays"} \
        | set(data.table("content_kind_epithets"))  # "l'île", "le royaume" tagged PROPN


def _pair_nouns_in_content(data) -> frozenset[str]:
    """Plural nouns that, with "deux"/"nos"/"leurs", name a pair in reported content (folded once per language)."""
    return data.words("pair_state_nouns") | data.words("pair_side_nouns") | data.words("pair_people_nouns")  # "les deux hommes"


def _agreeing_below(noun: Token) -> list[Token]:
    """"l'armée de l'air ukrainienne": adjectives the parser hung on a "de" complement that agree in gender with the
    head noun and not with the complement (so they qualify the head)."""
    complements = [c for c in children_of(noun) if c.dep_ == "nmod" and c.pos_ == "NOUN"]
    if not complements:
        return []  # the tree first: most heads have no noun complement, and reading morphology costs more
    gender, number = morph_get(noun, "Gender"), morph_get(noun, "Number")
    if not gender or not number:
        return []
    return [a for c in complements if (morph_get(c, "Gender") != gender or morph_get(c, "Number") != number)
            for a in children_of(c) if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i
            and morph_get(a, "Gender") == gender and morph_get(a, "Number") == number]


def _de_complement(token: Token) -> bool:
    """Is this nominal complement introduced by "de" ("le président de l'UE"), not "à" ("son avocate à l'AFP")?"""
    cases = {fold(c.text) for c in token.children if c.dep_ == "case"}
    return not cases or bool(cases & {"de", "d'", "du", "des"})


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
    """``doc.text``, computed once per doc (spaCy joins every token again on each access), from ``token_table``."""
    text = doc.user_data.get("ng_text")
    if text is None:
        table = token_table(doc)
        text = "".join([word + " " if space else word for word, space in zip(table.texts, table.spaces)])
        doc.user_data["ng_text"] = text
    return text


def tokens_in(span: Span) -> list[Token]:
    """The tokens of ``span`` (a sentence), sliced from ``tokens_of``: no new ``Token`` objects."""
    return tokens_of(span.doc)[span.start: span.end]


def folded_lemmas(doc: Doc) -> list[str]:
    """``fold(token.lemma_)`` of every token of ``doc``, read once per doc from its arrays (no ``Token`` objects)."""
    last = _LAST_LEMMAS  # (doc, lemmas, len(doc)) of the last call, as token_table keeps its last doc
    if last[0] is doc and last[2] == len(doc):
        return last[1]
    lemmas = doc.user_data.get("ng_folded_lemmas")
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = folded_strings_of(doc, doc.to_array(LEMMA).tolist()) if len(doc) else []
        doc.user_data["ng_folded_lemmas"] = lemmas
    last[:] = doc, lemmas, len(doc)
    return lemmas


_LAST_LEMMAS: list = [None, None, -1]


def sentences_of(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, from the same per-doc index."""
    return sentence_of(doc[0]) and doc.user_data["ng_sentence_index"][1] if len(doc) else []


def _unique(keys: list[str]) -> list[str]:
    seen: list[str] = []
    for key in keys:
        if key not in seen:
            seen.append(key)
    return seen
