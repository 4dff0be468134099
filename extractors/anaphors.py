"""Actors a statement is about that its words point to without naming them.

- "nous", "notre pays" in the quoted words of a state official stand for the state they speak for
  ("« Nous ne céderons pas », a déclaré le Premier ministre japonais" -> Japon; tests/gold/NOTES.md:
  Cahuzac's "nous" -> France). A speaker with no state office (a witness, a union) is left alone.
- "son pays", "leur pays": the country of the person the possessive refers to (the subject of the clause).
- "ces frappes", "ces accusations": an event anaphor stands for the author of the event it takes up
  (tests/gold/NOTES.md: "ont condamné ces attaques" -> the attackers), found by the same word stem
  ("frappes" / "ont frappé", "accusations" / "accusant") in the sentence or the two before.

It is a mixin of ``extractors.entities.ArticleActors``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from spacy.tokens import Token

from extractors.lang import fold
from extractors.bare_event_anaphors import bare_event_authors
from extractors.roles import SEAT_COUNTRY, role_word
from extractors.self_reference import of_non_state_body, serves_state_body
from extractors.token_table import children_of, morph_get

#: Determiners that make a noun an anaphor of something the article said before.
_DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
#: Endings cut from nouns and verbs before their stems are compared ("accusation" / "accuser" -> "accus").
_NOUN_ENDINGS = ("ations", "ation", "ements", "ement", "ments", "ment", "tions", "tion", "ions", "ion", "es", "e", "s")
_VERB_ENDINGS = ("er", "ir", "re")
_MIN_STEM = 4
#: How many sentences before the anaphor's own one are searched for the event.
_SENTENCES_BACK = 2
_SUBJECTS = {"nsubj", "nsubj:pass"}
#: A lawyer's word for the person they defend ("mon client").
_CLIENT_NOUNS = {"client", "cliente", "clients", "clientes"}
_FIRST_PERSON_POSSESSIVES = {"mon", "ma", "mes"}
#: How many sentences after "les Européens" the members it stands for may be listed ("named in the next sentence").
_LISTED_LATER_SENTENCES = 3


class AnaphorResolution:
    """First-person, possessive and event anaphors for ``ArticleActors`` (see the module docstring)."""

    def speaker_state(self, speaker: str, start_char: int, end_char: int) -> list[str]:
        """The state a speaker with a state office stands for, when their words say "nous" / "notre" / "nos"; with no
        "nous", the client a lawyer's "mon client" stands for (``_lawyer_client``)."""
        actor = self.actors.get(speaker)
        if actor is None or actor.kind != "Person":
            return []
        offices = self.data.words("state_office_roles")
        words = self.data.words("first_person_plural")
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand") or ()
        first = next((t for t in span if fold(t.text) in words and t.pos_ in {"PRON", "DET"}), None)
        if first is None:  # (the client only then: callers also read this as the referent of "nous")
            return self._lawyer_client(speaker, span)  # "« Mon client n'a jamais siégé… », a affirmé son avocate"
        organisation = self._speaks_for_organisation(actor)
        if organisation:
            return [organisation]  # Ole Solvang's "nous" -> Human Rights Watch (tests/gold/NOTES.md)
        if not any(role_word(r.split()[0]) in offices and not of_non_state_body(r, self.data) for r in actor.roles):
            body_state = serves_state_body(actor.roles, self.data, self._demonyms)  # "le commandant des forces ukrainiennes"
            return [self._ensure_country(body_state, first)] if body_state else []  # the chamber of commerce: no state
        nationality = actor.nationality or self._nationality_named_here(actor)
        if nationality:
            return [self._ensure_country(nationality, first)]
        if nationality == "":
            return []  # "la ministre congolaise" of a Congo the article does not name: not the main country
        main = self._main_country()
        return [main] if main else []  # "le Premier ministre X" of the country the article is about

    def _lawyer_client(self, speaker: str, span) -> list[str]:
        """"mon client", "ma cliente" in the words of a lawyer (``client_roles``) that say no "nous": the person the
        lawyer acts for, when the article says whose lawyer they are: a person named in the role ("l'avocate de X"), or, for "son avocate,
        Me Y", the person the article named most before it, the first named on a tie (the accused the article is
        about, named in its lead)."""
        actor = self.actors[speaker]
        if not any(fold(t.text) in _CLIENT_NOUNS and any(c.dep_ == "det" and fold(c.text) in _FIRST_PERSON_POSSESSIVES
                                                         for c in t.children) for t in span):
            return []
        lawyer_roles = self.data.words("client_roles")
        if not any(role_word(r.split()[0]) in lawyer_roles for r in actor.roles if r.split()):
            return []
        named = [k for k, a in self.actors.items() if a.kind == "Person" and k != speaker
                 and any(a.label in r for r in actor.roles)]
        if len(named) == 1:
            return named
        for mention in self.mentions:
            if mention.key != speaker:
                continue
            before = [fold(t.text) for t in self.doc[max(mention.start - 5, 0): mention.start]]
            if not any(w in {"son", "sa"} for w in before) or not any(role_word(w) in lawyer_roles for w in before):
                continue
            counts = Counter(m.key for m in self.mentions if m.end <= mention.start and m.key != speaker
                             and self.actors[m.key].kind == "Person")
            if not counts:
                return []
            best = max(counts.values())
            return [next(m.key for m in self.mentions if counts.get(m.key) == best)]
        return []

    def _nationality_named_here(self, actor) -> str | None:
        """"la ministre congolaise des Affaires étrangères": a demonym of several states (``ambiguous_demonyms``) in a
        role is the one of those states the article names; "" when it names none or several of them (the nationality
        is then known to be none of the others); None when no role holds such a demonym."""
        table = self.data.raw.get("ambiguous_demonyms", {})
        found = None
        for role in actor.roles:
            for word in role.split():
                states = table.get(word.lower()) or ()
                if not states:
                    continue
                named = {a.label for a in self.actors.values() if a.kind == "Country" and a.count and a.label in states}
                if len(named) == 1:
                    return named.pop()
                found = ""
        return found

    def office_state(self, key: str, token: Token) -> str | None:
        """The country a person with a state office and a known nationality stands for ("la ministre japonaise des
        Affaires étrangères" -> Japon), else the country the article names most; None for anyone else."""
        actor = self.actors.get(key)
        if actor is None or actor.kind != "Person":
            return None
        offices = self.data.words("state_office_roles") | {"homologue"}  # "son homologue chinois"
        if not any(role_word(r.split()[0]) in offices for r in actor.roles if r):
            return None
        nationality = actor.nationality or self._nationality_named_here(actor)
        if nationality:
            return self._ensure_country(nationality, token)
        if nationality == "":
            return None  # "la ministre congolaise" of a Congo the article does not name
        return self._main_country()  # "la ministre des Affaires étrangères" of the country the article is about

    def _speaks_for_organisation(self, actor) -> str | None:
        """"la présidente de la Banque centrale européenne": her "nous" is the bank, not a state; None for a medium or a
        seat of power ("le porte-parole du Kremlin" speaks for the state)."""
        heads = self._leader_heads | {"porte-parole", "directeur", "directrice", "secretaire"}
        roles = " | ".join(fold(r) for r in actor.roles if role_word(r.split()[0]) in heads)  # not "professeure à l'université"
        found = [other.key for other in self.actors.values() if other.kind == "Organization" and not other.medium
                 and other.label not in SEAT_COUNTRY
                 and any(re.search(r"\b(de|du|des|d)['’ ]\s*(la |l['’]|les )?" + re.escape(fold(name)) + r"($|\s)", roles)
                         for name in other.aliases | {other.label} if len(name) >= 2)]
        return found[0] if len(found) == 1 else None

    def possessive_epithet(self, token: Token) -> list[str]:
        """"son allié", "sa voisine", "son ennemi juré" (``relation_possessive_epithets``, singular possessive): the
        country the article names most ([] when none stands out)."""
        if token.pos_ != "NOUN" or fold(token.text) not in self.data.words("relation_possessive_epithets") \
                or not any(c.dep_ == "det" and fold(c.text) in {"son", "sa"} for c in token.children):
            return []
        main = self._main_country()
        return [main] if main else []

    def content_epithet(self, token: Token) -> list[str]:
        """"de frapper les installations de son ennemi juré", "user de son influence sur son voisin" in reported
        content: ``possessive_epithet`` (the country the article names most), unless that is the state of the
        clause's subject, who owns the epithet ("Israël menace son ennemi" is never Israël)."""
        found = self.possessive_epithet(token)
        if not found:
            return []
        subject, head = None, token
        while subject is None and head.head.i != head.i:
            head = head.head
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i != token.i), None)
        owners = self.resolve(subject) if subject is not None else []
        states = {k for k in owners if self.actors[k].kind == "Country"}
        states |= {self._ensure_country(self.actors[k].nationality, token) for k in owners
                   if self.actors[k].kind == "Person" and self.actors[k].nationality}
        return [] if not owners or set(found) & states else found

    def _main_country(self) -> str | None:
        """The country the article names most, when one is named more often than any other."""
        counts = Counter(m.key for m in self.mentions if self.actors[m.key].kind == "Country")
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _possessor_country(self, token: Token) -> list[str]:
        """"son pays" / "leur pays": the country of the clause's subject (a state, or a person with a nationality);
        "son gouvernement", "son armée" (``state_nouns_in_content``, singular): that state, or the state a subject
        holding a state office stands for (``office_state``)."""
        state_noun = fold(token.text) in self.data.words("state_nouns_in_content") and token.morph.get("Number") != ["Plur"]
        if (fold(token.text) != "pays" and not state_noun) \
                or not any(c.dep_ == "det" and fold(c.text) in {"son", "sa", "leur"} for c in token.children):
            return []
        subject, head = None, token
        while subject is None and head.head.i != head.i:
            head = head.head  # up to the nearest clause with a subject other than "son pays" itself
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i != token.i), None)
        owners = self.resolve(subject) if subject is not None else []
        if len(owners) != 1:
            return []
        actor = self.actors[owners[0]]
        if actor.kind == "Country":
            return [actor.key]
        if state_noun:
            state = self.office_state(actor.key, token)  # "le ministre X a affirmé que son gouvernement…"
            return [state] if state else []
        return [self._ensure_country(actor.nationality, token)] if actor.kind == "Person" and actor.nationality else []

    def earlier_event_authors(self, token: Token) -> list[str]:
        """"ces frappes" -> who struck, "ces accusations" -> who accused: the author of the earlier event with the same
        stem (or, failing that, of the one earlier event of the same type). For "about" and for relation objects."""
        if token.pos_ != "NOUN":
            return []
        if not any(c.dep_ == "det" and fold(c.text) in _DEMONSTRATIVES for c in children_of(token)):
            return bare_event_authors(self, token)  # "L'Union européenne a salué la rencontre."
        stem = _stem(fold(token.lemma_ or token.text), _NOUN_ENDINGS)
        if len(stem) < _MIN_STEM:
            return []
        starts = 0
        for earlier in reversed(self.doc[: token.i]):
            if earlier.pos_ in {"VERB", "NOUN"}:
                other = _stem(fold(earlier.lemma_ or earlier.text), _VERB_ENDINGS if earlier.pos_ == "VERB" else _NOUN_ENDINGS)
                if len(other) >= _MIN_STEM and (other.startswith(stem) or stem.startswith(other)):
                    return self.author_of(earlier)
            if earlier.is_sent_start:
                starts += 1
                if starts > _SENTENCES_BACK:
                    break
        return self._same_type_event_authors(token)

    def _same_type_event_authors(self, token: Token) -> list[str]:
        """"ce rapprochement" after "un renforcement de la coopération entre la Russie et le Niger": with no shared
        stem, the one earlier event of the same type (``event_triggers``) in the window, when exactly one fits."""
        noun = fold(token.lemma_ or token.text)
        stem = _stem(noun, _NOUN_ENDINGS)
        # the trigger words of each event type the noun belongs to (by its own form or its verb's stem)
        types = [words for nouns, stems, words in self.data.derived("anaphor_trigger_sets", _trigger_sets)
                 if noun in nouns or stem in stems]
        if len(types) != 1:
            return []
        words = types[0]
        found, starts = [], 0
        for earlier in reversed(self.doc[: token.sent.start]):
            if earlier.pos_ in {"VERB", "NOUN"} and fold(earlier.lemma_) in words:
                found.append(earlier)
            if earlier.is_sent_start:
                starts += 1
                if starts >= _SENTENCES_BACK:
                    break
        return self.author_of(found[0]) if len(found) == 1 else []

    def author_of(self, event: Token) -> list[str]:
        """Who did the event: the verb's subject (or agent, or its governing verb's subject for a participle),
        the noun's "de" complement or demonym, or the subject of the verb the noun is the object of."""
        if event.pos_ == "VERB":
            agent = next((c for c in event.children if c.dep_ == "obl:agent"), None)
            subject = agent or next((c for c in event.children if c.dep_ == "nsubj"), None)
            if subject is None and event.dep_ in {"advcl", "xcomp", "conj"}:
                subject = next((c for c in event.head.children if c.dep_ == "nsubj"), None)
            if subject is None and event.dep_ == "acl" and any(fold(c.text) == "pour" for c in event.children if c.dep_ == "mark"):
                verb = event.head.head  # "a convoqué l'ambassadeur pour protester": the subject of "convoqué"
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
            return self.resolve(subject) if subject is not None else []
        around = list(event.children) + (list(event.head.children) if event.dep_ == "nmod" and event.head.pos_ == "NOUN" else [])
        partners = [c for c in around if c.dep_ == "nmod" and c.i in self._by_token
                    and any(fold(c2.text) == "entre" for c2 in c.children)]  # "un renforcement de la coopération entre"
        if partners:  # "la coopération entre la Russie et le Niger": both
            return [k for p in partners for k in self.resolve(p)]
        for child in event.children:
            if child.dep_ == "nmod" and child.i in self._by_token and any(fold(c.text) in {"de", "du", "des", "d'"} for c in child.children):
                return [self._by_token[child.i]]
            if child.dep_ == "amod" and self._demonym(child):
                return [self._ensure_country(self._demonym(child), child)]
        if event.dep_ == "obj":
            subject = next((c for c in event.head.children if c.dep_ == "nsubj"), None)
            return self.resolve(subject) if subject is not None else []
        return []


    def bloc_members(self, token: Token) -> list[str]:
        """"les Européens", "les pays européens": the members of the bloc that the article lists together ("la France,
        le Royaume-Uni et l'Allemagne"; tests/gold/NOTES.md, invented set 2); [] when it lists none."""
        text = fold(token.text)
        if token.text[:1].isupper() and morph_get(token, "Number") != ["Sing"] and text in self.data.words("demonym_plural_only"):
            bloc = self._demonyms.get(text)  # "les Européens"
        elif text == "pays" and token.morph.get("Number") != ["Sing"]:
            bloc = next((self._demonym(c) for c in token.children if c.dep_ == "amod" and self._demonym(c)), None)
        else:
            return []
        members = self._listed_members(bloc or "", token.i)
        if bloc == "Occident" and not members and text != "pays":
            return [self._ensure_country(bloc, token)]  # "les Occidentaux": the bloc itself (tests/gold/FORMAT.md)
        if members or text == "pays" or token.dep_ not in {"nsubj", "obj", "iobj"} \
                or not self.data.raw.get("bloc_members", {}).get(bloc or ""):
            return members  # "les Américains" are no bloc
        # "M. Xi a exhorté les Européens": with no member listed, the bloc itself when the article names it
        return [key for key, actor in self.actors.items() if actor.label == bloc and actor.count][:1]

    def demonym_members(self, adjective: Token) -> list[str]:
        """"des diplomates iraniens et européens", "ses homologues européens": the states an adjective of nationality
        stands for: its country, or the members of its bloc that the article lists together ([] when it lists none)."""
        country = self._demonym(adjective) or (self._demonyms.get(fold(adjective.text)[:-1]) if adjective.pos_ == "ADJ"
                                               and fold(adjective.text).endswith("s") else None)  # the plural "iraniens"
        if not country:
            return []
        if country in self.data.raw.get("bloc_members", {}):
            return self._listed_members(country, adjective.i)
        return [self._ensure_country(country, adjective)]

    def _listed_members(self, bloc: str, before: int) -> list[str]:
        """The members of ``bloc`` the article names together: the last run before token ``before``, else the first."""
        members = set(self.data.raw.get("bloc_members", {}).get(bloc, ()))
        if not members:
            return []
        runs = [keys for keys in self.named_together("Country")
                if len(keys) >= 2 and all(self.actors[k].label in members for k in keys)]
        earlier = [keys for keys in runs if self.mentions and self._first_token(keys) < before]
        if earlier:
            return earlier[-1]
        later = [keys for keys in runs if self._sentence_number(self._first_token(keys)) - self._sentence_number(before)
                 <= _LISTED_LATER_SENTENCES]  # "les Européens" long before any list of members: the bloc (NOTES: UE)
        return later[0] if later else []

    def demonym_epithet(self, token: Token) -> list[str]:
        """"Le directeur de l'AIEA, Rafael Grossi, … Dans un entretien, l'Argentin estime": a capitalised singular demonym
        with a definite article and no name after it is the person named last in this sentence or the one before,
        when their nationality is unknown or the same."""
        text = fold(token.text)
        if not token.text[:1].isupper() or morph_get(token, "Number") == ["Plur"] or text not in self._demonyms \
                or text in self.data.words("demonym_plural_only"):
            return []
        if not any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'"} for c in token.children):
            return []
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].i in self._by_token:
            return []  # "le Colombien Gustavo Petro": a title
        country = self._demonyms[text]
        start = self.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        people = [m.key for m in self.mentions if start <= m.start < token.i and self.actors[m.key].kind == "Person"
                  and self.actors[m.key].nationality in {None, country}]
        return people[-1:]

    def _sentence_number(self, token_index: int) -> int:
        from extractors.entities import sentences_of  # (entities imports this module)
        return bisect_right([sentence.start for sentence in sentences_of(self.doc)], token_index) - 1

    def _first_token(self, keys: list[str]) -> int:
        return min(m.start for m in self.mentions if m.key in keys)


def _trigger_sets(data) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """Per event type of ``event_triggers``, in order: its folded nouns, the stems of its one-word verbs, and its
    folded one-word nouns and verbs (what ``_same_type_event_authors`` reads, made once per language)."""
    return tuple((frozenset(fold(w) for w in words.get("nouns", ())),
                  frozenset(_stem(fold(w), _VERB_ENDINGS) for w in words.get("verbs", ()) if " " not in w),
                  frozenset(fold(w) for w in [*words.get("nouns", ()), *words.get("verbs", ())] if " " not in w))
                 for words in data.raw.get("event_triggers", {}).values())


def _stem(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word
