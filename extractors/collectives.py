"""Collective actors of an article: acronyms of known organisations, named groups, state institutions.

- "HRW" after "Human Rights Watch": an acronym the NER missed still names the organisation.
- "les rebelles", "les rebelles de Homs": a group the article names by a noun becomes an actor
  (``group_nouns`` in the language data), labelled by the noun and its place ("rebelles de Homs").
- "le gouvernement malien", "l'armée syrienne", "les autorités chinoises" stand for the state
  (tests/gold/NOTES.md: armies and governments -> the state); a later "il"/"elle" can refer back to them.
  A bare "le gouvernement" stands for the country the article names most.
- One organisation, several names: "Samsung" / "Samsung Electronics", "SUD" / "SUD-PTT", "PP" / "Parti
  populaire" are merged; "de La Poste", "le général De Gaulle" keep their capitalised article as an alias,
  and "le Parquet fédéral" its institutional adjective.

It is a mixin of ``extractors.entities.ArticleActors``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.names import introduced_acronym


class CollectiveActors:
    """Acronyms, groups and state institutions for ``ArticleActors`` (see the module docstring)."""

    def _find_collectives(self) -> None:
        self._institutions: dict[str, str] = {}  # country key -> grammatical gender of the noun that stood for it
        groups = self.data.words("group_nouns")
        plain: dict[str, list[Token]] = {}
        qualified: dict[str, list[str]] = {}
        for i, text in enumerate(self._texts):  # tokens read from the list ArticleActors made once
            if i in self._by_token:
                continue
            text = text.replace(".", "")
            if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()) and fold(self._texts[i]) not in groups:
                continue  # neither an acronym nor a group noun: the cheap tests first
            token = self._tokens[i]
            if 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and token.pos_ in {"PROPN", "NOUN", "X"}:
                key = self._acronym_of(self.doc[token.i: token.i + 1])
                if key:
                    self.actors[key].aliases.add(token.text)
                    self._add_mention(self.doc[token.i: token.i + 1], key)
                continue
            if fold(token.text) in groups and token.pos_ == "NOUN" and token.morph.get("Number") != ["Sing"]:
                if self._coded_group(token):
                    continue
                named = self._by_token.get(i + 1)
                if named is not None and named.startswith("org:") and self._tokens[i + 1].head.i == i:
                    self._add_mention(self.doc[i: i + 1], named)  # "les rebelles houthis": the group named
                    continue
                place = self._group_place(token)
                if place is None:
                    plain.setdefault(fold(token.text), []).append(token)
                    continue
                label = f"{token.text.lower()} de {self.actors[place].label}"
                key = self._ensure("group:" + fold(label), label, "Organization", token.i)
                self.actors[key].aliases.update({label, token.text.lower()})
                self._add_mention(self.doc[token.i: token.i + 1], key)
                qualified.setdefault(fold(token.text), []).append(key)
        for noun, tokens in plain.items():
            keys = list(dict.fromkeys(qualified.get(noun, [])))
            key = keys[0] if len(keys) == 1 else self._ensure("group:" + noun, tokens[0].text.lower(), "Organization", tokens[0].i)
            for token in tokens:
                self._add_mention(self.doc[token.i: token.i + 1], key)
        self._find_named_groups()

    def _find_named_groups(self) -> None:
        """"un collectif de défense des droits des femmes", "la police fédérale", "les syndicats de l'usine":
        organisations named by a group noun and its modifiers; a later "le collectif (de …)" is the same one. A bare
        plural ("les syndicats craignent") identifies no body and is no actor."""
        heads = self.data.words("organisation_group_heads")
        seen: dict[str, str] = {}  # head noun (folded, singular) -> key
        for i, text in enumerate(self._texts):
            if fold(text) not in heads or i in self._by_token or self._tokens[i].pos_ != "NOUN":
                continue
            token = self._tokens[i]
            end = _group_end(token)
            if any(c.dep_ in {"appos", "flat:name", "flat"} and c.i in self._by_token for c in token.children) \
                    or token.i + 1 in self._by_token or (end + 1 < len(self.doc) and self.doc[end].text == "," and end + 1 in self._by_token):
                continue  # "le syndicat SUD-PTT", "la fédération des banques, Febelfin,": the name is the actor
            if _activity_reading(token, end):
                continue  # "une coordination stratégique étroite", "la coordination entre les deux pays": no body
            noun = fold(token.text).rstrip("s")
            definite = any(fold(c.text) in {"le", "la", "les", "l'"} for c in token.children if c.dep_ == "det")
            plural = token.morph.get("Number") == ["Plur"]
            seen_label = fold(self.actors[seen[noun]].label) if noun in seen else ""
            bare_plural = " " not in seen_label and seen_label.endswith("s")  # "les syndicats", not "le collectif de …"
            if noun in seen and definite and (plural or not bare_plural):
                key = seen[noun]  # (a singular "le syndicat" never takes up the bare plural "les syndicats")
            elif end > token.i + 1:  # a bare "les syndicats" names no union (tests/gold/NOTES.md: PSA, 44555)
                label = self.doc[token.i:end].text
                key = self._ensure("group:" + fold(label), label, "Organization", token.i)
                seen.setdefault(noun, key)
            else:
                continue
            span = self.doc[token.i:end]
            if any(i in self._by_token for i in range(span.start, span.end)):
                span = self.doc[token.i: token.i + 1]
            self.actors[key].aliases.add(span.text)
            self._add_mention(span, key)

    def _coded_group(self, token: Token) -> bool:
        """"les rebelles du M23": a group noun whose "de" complement is a code of capitals and digits names that
        group; every later "le M23" is the same actor. False when there is no such code."""
        code = next((c for c in token.children if c.dep_ in {"nmod", "appos", "flat:name"} and c.i > token.i
                     and c.i not in self._by_token and _group_code(c.text)), None)
        if code is None:
            return False
        key = self._ensure("org:" + fold(code.text), code.text, "Organization", code.i)
        for i, text in enumerate(self._texts):
            if text == code.text and i not in self._by_token:
                self._add_mention(self.doc[i: i + 1], key)
        return True

    def _group_place(self, token: Token) -> str | None:
        """"les rebelles de Homs": the place that qualifies the group."""
        for child in token.children:
            if child.dep_ == "nmod" and child.i in self._by_token and any(fold(c.text) == "de" for c in child.children):
                key = self._by_token[child.i]
                if self.actors[key].kind == "Place":
                    return key
        return None

    def stands_for_state(self, token: Token) -> bool:
        """Is this subject noun an institution that stands for its state ("le gouvernement grec")?"""
        return fold(token.text) in self.data.words("state_institution_nouns")  # the table's folded keys, not copied per call

    def state_body_country(self, token: Token) -> str | None:
        """"le ministère russe de la Défense", "l'état-major sud-coréen", "la police géorgienne": a state body
        (``state_body_nouns``) qualified by a demonym speaks for its state (tests/gold/NOTES.md, invented set)."""
        doc = self.doc
        parts = [token]
        if fold(token.text) in {"etat", "major"}:  # "état-major" is split into "état", "-", "major"
            first = token.i if fold(token.text) == "etat" else token.i - 2
            if first < 0 or first + 2 >= len(doc) or doc[first + 1].text != "-" or fold(doc[first + 2].text) != "major":
                return None
            parts, text = [doc[first], doc[first + 1], doc[first + 2]], "etat-major"
        else:
            text = fold(token.text)
        if text not in self.data.words("state_body_nouns"):
            return None
        nearby = [c for p in parts for c in p.children if c.dep_ in {"amod", "flat:name", "nmod"}]
        # "le département du Trésor américain": the demonym hangs on the capitalised portfolio
        nearby += [g for c in nearby if c.dep_ == "nmod" and c.text[:1].isupper() for g in c.children if g.dep_ == "amod"]
        after = parts[-1].i + 1
        if after < len(doc):
            nearby.append(doc[after])  # the demonym right after the noun, however it was attached
        # a lower-case demonym the tagger read as a name ("la présidence kényane", PROPN) is still an adjective
        country = next((self._demonym(c) for c in nearby if c.i > token.i - 1 and (c.pos_ == "ADJ" or (
            c.pos_ == "PROPN" and c.text.islower())) and self._demonym(c)), None)
        if country:
            return self._institution_country(token, country)
        for other in doc[parts[-1].i + 1: min(parts[-1].i + 7, len(doc))]:  # "la junte au pouvoir au Niger"
            key = self._by_token.get(other.i)
            if key and self.actors[key].kind == "Country" and fold(doc[other.i - 1].text) in {"au", "du", "de", "d'", "en"}:
                return key
            if key and self.actors[key].kind == "Country" and fold(doc[other.i - 1].text) == "a" and other.head.i == token.i \
                    and self.is_metonym(other.text) and text in {"junte", "gouvernement"}:
                return key  # "la junte à Niamey": the rulers at their seat ("l'armée à Kaboul" is where it is)
            if other.is_punct or other.pos_ in {"VERB", "AUX"} and other.dep_ != "acl":
                break
        return None

    def _institution_country(self, token: Token, country: str) -> str:
        """The country key for "le gouvernement malien", remembering the noun's gender for later pronouns."""
        key = self._ensure_country(country, token)
        gender = self.data.table("state_institution_nouns").get(fold(token.text))
        if gender in {"Masc", "Fem"}:
            self._institutions.setdefault(key, gender)
        return key

    def _institution_agrees(self, key: str, gender: str) -> bool:
        return self._institutions.get(key) == gender

    def _article_country(self, token: Token, before: int | None = None, *, in_content: bool = False) -> str | None:
        """The country a definite, unqualified "le gouvernement" stands for: the one named most often before it
        (or before token ``before``; the latest on a tie); none for "un gouvernement" or when the noun has a
        complement of its own. ``in_content`` (reported words): a demonstrative ("ce nouveau gouvernement") and a
        relative clause ("le gouvernement qui doit montrer…") keep the reading."""
        determiners = {"le", "la", "l'"} | ({"ce", "cet", "cette"} if in_content else set())
        if not any(c.dep_ == "det" and fold(c.text) in determiners for c in token.children) \
                and not _dative_definite(token):  # "a reproché au gouvernement"
            return None
        if fold(token.text) in self.data.words("capitalised_state_nouns") and not _blamed_state(token, self.data):
            return None  # "a accusé l'État de …"; not "en l'état", "l'État serbe", "rapporterait des milliards à l'État"
        if in_content and (adjective := next((c for c in token.children if c.dep_ == "amod" and self._demonym(c)), None)):
            return self._ensure_country(self._demonym(adjective), adjective)  # "le gouvernement slovaque": the state its adjective names
        complements = {"nmod", "appos", "acl"} | (set() if in_content else {"acl:relcl"})
        de_infinitive = in_content and fold(token.text) in self.data.words("de_infinitive_state_nouns")
        if any(c.dep_ in complements and not (de_infinitive and _de_infinitive(c)) for c in token.children):
            return None
        return self.country_named_most_before(token.i if before is None else before)

    def country_named_most_before(self, index: int) -> str | None:
        """The country named most often before token ``index`` (the latest named on a tie); None when none is."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            if mention.end <= index and self.actors[mention.key].kind == "Country":
                counts[mention.key] = counts.get(mention.key, 0) + 1
        if not counts:  # no country named: the one inside organisation names before it ("Air France"), if only one
            hinted = {country for end, country in self._org_name_countries if end <= index}
            return self._ensure_country(hinted.pop(), self.doc[index - 1]) if len(hinted) == 1 and index > 0 else None
        best = max(counts.values())
        latest = [m.key for m in self.mentions if m.end <= index and counts.get(m.key) == best]
        return latest[-1]

    def content_country(self, token: Token) -> str | None:
        """"l'économie du pays", "la nation" (``country_nouns_in_content``, singular, definite, no complement): the
        country the article names most, counting its demonym adjectives ("le candidat américain"); None on a tie."""
        if token.pos_ != "NOUN" or fold(token.text) not in self.data.words("country_nouns_in_content") \
                or token.morph.get("Number") == ["Plur"]:
            return None
        definite = any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'"} for c in token.children) or \
            any(c.dep_ == "case" and fold(c.text) == "du" for c in token.children)
        if not definite or any(c.dep_ in {"nmod", "amod", "appos", "acl:relcl", "acl", "nummod"} for c in token.children):
            return None
        country = self._country_named_most()
        return self._ensure_country(country, token) if country else None

    def armed_group(self, token: Token) -> list[str]:
        """"les paramilitaires", "la milice" -> the one armed group the article names; "les deux belligérants" -> that
        group and the country the article names most ([] when the article names no armed group, or several)."""
        text = fold(token.text)
        if token.pos_ != "NOUN" or text not in self.data.words("armed_group_nouns") | self.data.words("belligerent_nouns") \
                or any(c.dep_ == "nmod" for c in token.children):
            return []
        heads = self.data.words("armed_group_name_heads")
        groups = [key for key, actor in self.actors.items() if actor.kind == "Organization" and actor.count
                  and fold(actor.label.split()[0]) in heads and len(actor.label.split()) > 1
                  and not any(fold(w) in self._demonyms for w in actor.label.split())]
        if len(groups) != 1:
            return []
        if text not in self.data.words("belligerent_nouns"):
            return groups
        country = self._country_named_most()
        paired = any(fold(c.text) == "deux" for c in token.children)
        return [self._ensure_country(country, token), groups[0]] if country and paired else []

    def medium_anaphor(self, token: Token) -> list[str]:
        """"la chaîne", "le quotidien" (a singular definite ``media_heads`` noun with no name of its own): the one medium
        the article named before it ([] when it named none or several)."""
        if token.pos_ != "NOUN" or fold(token.text) not in self._media_heads or fold(token.text) in {"presse", "site", "medias", "media"} \
                or token.morph.get("Number") == ["Plur"] or not any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'"} for c in token.children) \
                or any(c.i in self._by_token for c in token.children) or token.i + 1 in self._by_token:
            return []
        media = {m.key for m in self.mentions if m.end <= token.i and self.actors[m.key].medium
                 and self.actors[m.key].kind == "Organization" and not self._dateline_credit(m)}
        return sorted(media) if len(media) == 1 else []

    def _dateline_credit(self, mention) -> bool:
        """"Addis-Abeba, 14 mars (RFI) -": the agency credited in a dateline wrote the article; "la télévision" of the
        article is never that agency."""
        doc = self.doc
        return 0 < mention.start and mention.end + 1 < len(doc) and doc[mention.start - 1].text == "(" \
            and doc[mention.end].text == ")" and doc[mention.end + 1].text in {"-", "–", "—"}

    def _country_named_most(self) -> str | None:
        """The label of the country named most in the article, names and demonym adjectives together (computed once)."""
        if not hasattr(self, "_named_most"):
            counts: dict[str, int] = {}
            for mention in self.mentions:
                if self.actors[mention.key].kind == "Country":
                    counts[self.actors[mention.key].label] = counts.get(self.actors[mention.key].label, 0) + 1
            blocs = self.data.raw.get("bloc_members", {})
            for other in self._tokens:
                country = self._demonym(other) if other.pos_ == "ADJ" and other.text.islower() else None
                if country and country != "Occident" and country not in blocs:
                    counts[country] = counts.get(country, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: -item[1])
            tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
            self._named_most = ranked[0][0] if ranked and not tie else None
        return self._named_most

    def _merge_introduced_acronyms(self) -> None:
        """"les Forces de soutien rapide (FSR)": the acronym in brackets and the name before it are one actor, labelled
        by the name unless the acronym is a known organisation ("l'Agence internationale de l'énergie atomique (AIEA)")."""
        texts = self._texts
        for i in range(1, len(texts) - 1):
            if texts[i - 1] != "(" or texts[i + 1] != ")":
                continue  # introduced_acronym wants "(" ACRONYM ")": a cheap test before it
            token = self.doc[i]
            name = introduced_acronym(token)
            if name is None:
                continue
            acronym_key, name_key = self._by_token.get(token.i), self._by_token.get(name.start)
            if any(key and self.actors[key].kind == "Person" for key in (acronym_key, name_key)):
                continue
            if fold(token.text) in self._orgs and acronym_key:
                target, other = acronym_key, name_key
            elif name_key:
                target, other = name_key, acronym_key
            else:
                target = self._ensure("org:" + fold(name.text), name.text, "Organization", name.start)
                other = acronym_key
            if other and other != target and self.actors[other].kind != "Country":
                self._merge_actor(other, target)
            self.actors[target].aliases.update({name.text, token.text})
            if not any(i in self._by_token for i in range(name.start, name.end)):
                self._add_mention(name, target)
            for same, text in enumerate(texts):  # every later "FSR" the NER missed
                if text == token.text and same not in self._by_token:
                    self._add_mention(self.doc[same: same + 1], target)
        self.mentions.sort(key=lambda m: (m.start, m.end))

    def _merge_organisation_names(self) -> None:
        """Merge the short and long names of one organisation and keep capitalised articles ("La Poste")."""
        self._merge_introduced_acronyms()
        orgs = [a for a in self.actors.values() if a.kind == "Organization" and not a.key.startswith("group:")]
        for short in orgs:
            longer = [a for a in orgs if a is not short and a.key in self.actors
                      and (_shorter_name(short.label, a.label) or _is_acronym(short.label, a.label)
                           or _is_syllable_acronym(short.label, a.label))]
            if len(longer) == 1 and short.key in self.actors:  # "Parti" next to two parties stays apart
                self._merge_actor(short.key, longer[0].key)
        for short_name, labels in self.data.table("organisation_short_names").items():
            named = [key for key in ("org:" + fold(label) for label in labels) if key in self.actors]
            for short_key in ("org:" + short_name, "place:" + short_name):  # "l'Union" is often tagged a place
                if short_key in self.actors and len(named) == 1:
                    self._merge_actor(short_key, named[0])  # "l'Alliance" after "l'OTAN", "l'Union" after "l'UE"
        for mention in self.mentions:
            if mention.start < 2:
                continue
            before = self.doc[mention.start - 1]
            if before.text in {"La", "Le", "Les", "De", "Du"} and not before.is_sent_start and \
                    self.actors[mention.key].kind in {"Organization", "Person"}:
                self.actors[mention.key].aliases.add(f"{before.text} {self.doc[mention.start:mention.end].text}")
        adjectives = self.data.words("institutional_adjectives")
        for mention in self.mentions:
            after = self.doc[mention.end] if mention.end < len(self.doc) else None
            if after is not None and after.pos_ == "ADJ" and fold(after.text) in adjectives and \
                    self.actors[mention.key].kind == "Organization":
                self.actors[mention.key].aliases.add(self.doc[mention.start:mention.end + 1].text)  # "Parquet fédéral"

    def _merge_actor(self, old: str, new: str) -> None:
        """Point every mention of ``old`` to ``new`` and keep its names as aliases."""
        self.actors[new].aliases |= self.actors[old].aliases
        self.actors[new].count += self.actors[old].count
        self.actors[new].first = min(self.actors[new].first, self.actors[old].first)
        self.mentions = [type(m)(m.start, m.end, new) if m.key == old else m for m in self.mentions]
        for i, key in list(self._by_token.items()):
            if key == old:
                self._by_token[i] = new
        del self.actors[old]


def _shorter_name(short: str, long: str) -> bool:
    """"Samsung" in "Samsung Electronics", "SUD" in "SUD-PTT": the first word(s) of a longer organisation name."""
    if len(short) < 3 or len(long) <= len(short):
        return False
    return long.startswith(short) and long[len(short)] in {" ", "-"} and short[:1].isupper()


def _is_acronym(short: str, long: str) -> bool:
    """"PP" for "Parti populaire": the initials of the longer name's words (small words skipped)."""
    text = short.replace(".", "")
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return False
    words = [w for w in long.replace("-", " ").split() if len(w) > 3 or w[:1].isupper()]
    if len(words) >= 2 and "".join(w[0].upper() for w in words) == text:
        return True
    # "PP" for "Parti populaire espagnol": the initials of the capitalised name, a trailing adjective left out
    head = len(text)
    return 2 <= head < len(words) and "".join(w[0].upper() for w in words[:head]) == text and words[0][:1].isupper() \
        and all(w.islower() for w in words[head:])


def _is_syllable_acronym(short: str, long: str) -> bool:
    """"Febelfin" for "Fédération belge du secteur financier": the first syllables of the longer name's words, in order
    (small words and some content words skipped, the first word always used)."""
    text = fold(short)
    if " " in short or len(text) < 5 or not short[:1].isupper() or not text.isalpha():
        return False
    words = [fold(w) for w in long.replace("-", " ").split() if len(w) > 3]
    if len(words) < 2 or not text.startswith(words[0][:2]):
        return False

    def consume(rest: str, index: int, used: int) -> bool:
        if not rest:
            return used >= 2
        for i in range(index, len(words)):
            for size in range(min(len(rest), len(words[i]), 5), 1, -1):
                if words[i][:size] == rest[:size] and consume(rest[size:], i + 1, used + 1):
                    return True
            if i == 0:
                return False
        return False

    return consume(text, 0, 0)


def _group_code(text: str) -> bool:
    """"M23", "FDLR", "PKK": capitals, with digits allowed, two to six characters, a capital first."""
    return 2 <= len(text) <= 6 and text[:1].isupper() and text.isalnum() and text.upper() == text


def _activity_reading(head: Token, end: int) -> bool:
    """Is a group noun used for an activity, not a body: "entre"/"avec" parties ("la coordination entre les deux
    pays", "en association avec l'ONU"), or an indefinite phrase qualified by adjectives only, which identifies no
    organisation ("une coordination stratégique étroite"; "un collectif de défense des femmes" keeps its complement)?"""
    for child in head.children:
        cases = {fold(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ == "nmod" and child.i > head.i and cases & {"entre", "avec"}:
            return True
    indefinite = any(c.dep_ == "det" and fold(c.text) in {"un", "une"} for c in head.children)
    complement = any(c.dep_ == "nmod" and head.i < c.i < end for c in head.children)
    return indefinite and end > head.i + 1 and not complement


def _group_end(head: Token) -> int:
    """End of "collectif de défense des droits des femmes" / "police fédérale": adjectives and "de" complements
    right after the head, contiguous."""
    end = head.i + 1
    for child in sorted(head.children, key=lambda c: c.i):
        if child.i < head.i:
            continue
        cases = {fold(c.text) for c in child.children if c.dep_ == "case"}
        if child.i == end and child.dep_ == "amod" and child.pos_ == "ADJ":
            end = child.i + 1
        elif child.dep_ == "nmod" and cases & {"de", "d'", "des", "du"} and child.left_edge.i == end:
            end = _group_end(child)
        else:
            break
    return end


def _dative_definite(token: Token) -> bool:
    """"au gouvernement": the contracted definite article, tagged "case", with no determiner or adjective of its own
    ("au gouvernement fédéral" of a regional leader is not the state the article names most)."""
    return any(c.dep_ == "case" and fold(c.text) == "au" for c in token.children) and not any(
        c.dep_ in {"det", "amod"} for c in token.children)


def _blamed_state(token: Token, data) -> bool:
    """"a accusé l'État", "reproche à l'État": a capitalised, unqualified "État" that is the object of a verb of
    blame or demand (``state_noun_blame_verbs``) is the state; elsewhere the word is too often another state's."""
    return token.text[:1].isupper() and token.dep_ in {"obj", "obl:arg", "iobj"} and token.head.pos_ == "VERB" \
        and fold(token.head.lemma_) in data.words("state_noun_blame_verbs") and not any(c.dep_ == "amod" for c in token.children)


def _de_infinitive(child: Token) -> bool:
    """"accuse l'État d'avoir abandonné …": the parser hangs the de-infinitive of the verb on its object."""
    return child.dep_ == "acl" and any(c.dep_ == "mark" and fold(c.text) in {"de", "d'"} for c in child.children)
