"""Pairs and groups of actors: "les deux dirigeants", "les deux pays", "les deux délégations", "les trois pays",
"les Alliés".

One resolver for every reader (speakers, about, relation arguments): ``PairResolution._resolve_pair`` gives the
pair a definite pair phrase refers to, from the nearest candidate pair before it: a coordination "X et Y" or a
title compound "X-Y" in the same sentence, the two sides or the two states (names and demonyms: "Kim Jong-un a
reçu à Pyongyang une délégation russe") of the sentence before, the states of two leaders, "entre X et Y", then
the pair in dispute (the two states of the first sentence: "Athènes menace Skopje … aux deux voisins"), then
the article. The last two of a longer list are no pair ("au Mali, au Niger et au Burkina Faso"). The head noun
must fit the members (``pair_state_nouns``, ``pair_people_nouns``, ``pair_side_nouns`` of
``extractors/lang/fr.json``); a pair holding the state of the subject the phrase is the object of is skipped ("le
Premier ministre arménien a appelé les deux pays": not Armenia); an indefinite "deux hommes" is no pair.
``_resolve_group`` does the same for "les trois pays" with a listed run of actors (also with repeated
prepositions: "au Mali, au Niger et au Burkina Faso"), and reads a capitalised group name as its organisation
("les Alliés" -> OTAN, ``capitalised_group_bodies``).

It is a mixin of ``extractors.entities.ArticleActors``, whose mentions and word lists it reads.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from extractors.lang import fold
from extractors.token_table import children_of

#: Words between the items of a list of actors: "la France, du Royaume-Uni et de l'Allemagne".
_LIST_LINKS = {"le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’"}
#: Prepositions that repeat before each item of a list of places ("au Mali, au Niger et au Burkina Faso", "en France
#: et en Allemagne"): a link only beside a comma or a conjunction ("de la France à l'Allemagne" is a range, no list).
_PLACE_LINKS = {"a", "au", "aux", "en"}  # folded ("à" -> "a")
_ARTICLES = {"le", "la", "les", "l'"}
#: Words that may stand between a list's comma or "et" and its next item: articles and repeated prepositions.
_ITEM_LEADS = _ARTICLES | _PLACE_LINKS | {"de", "du", "des", "d'", "d’", "l’"}
_THEIR = {"leur", "leurs"}
_SUBJECTS = {"nsubj", "nsubj:pass"}


def _dative(noun: Token) -> bool:
    """Is ``noun`` an "à" phrase ("exhorté les deux gouvernements au compromis", the verb's complement hung on the
    pair noun), no complement saying whose pair it is?"""
    return any(c.dep_ == "case" and fold(c.text) in {"a", "au", "aux"} for c in noun.children)


def _sentence(token: Token) -> Span:
    """``extractors.entities.sentence_of`` (imported here: that module imports this one)."""
    from extractors.entities import sentence_of

    return sentence_of(token)


class PairResolution:
    """Pair and group resolution for ``ArticleActors`` (see the module docstring)."""

    def _resolve_pair(self, token: Token) -> list[str] | None:
        """"les deux dirigeants" -> the two leaders; "les deux pays" -> the two countries named before: the nearest
        candidate pair (this sentence, then the one before, then the article), never one holding the state of the
        subject the phrase is the object of ("Pachinian a appelé les deux pays": not Armenia)."""
        state_nouns, side_nouns = self.data.words("pair_state_nouns"), self.data.words("pair_side_nouns")
        head = fold(token.text)
        words = {head} | {fold(c.text) for c in children_of(token)}
        pair_complements = set()  # "les dirigeants des deux pays": the pair is the complement's
        for complement in (c for c in children_of(token) if c.dep_ == "nmod" and fold(c.text) in state_nouns):
            below = {fold(c.text) for c in complement.children}
            words |= {fold(complement.text)} | below
            if "deux" in below:
                pair_complements.add(complement.i)
        if head in self.data.words("pair_deux_only_nouns") and ("deux" not in words or any(
                c.dep_ == "nmod" and c.i not in pair_complements and not _dative(c) for c in children_of(token))):
            return None  # "leurs gouvernements", "des deux côtés de la frontière", "les deux adversaires de Washington"
        if words & (state_nouns | side_nouns):
            kind = "Country"  # "les deux parties" of a bilateral call are its two states (tests/gold/NOTES.md)
        elif head in self.data.words("pair_people_nouns"):
            kind = "Person"
        else:
            return None  # "les États-Unis et leurs alliés qui imposaient des sanctions contre les deux pays": no pair
        if kind == "Person":
            nationalities = {self._demonym(t) for t in token.subtree if t.dep_ in {"amod", "conj"} and self._demonym(t)}
            for t in self.doc[token.i + 1: token.i + 6]:  # "les dirigeants russe et chinois" with "chinois" hung elsewhere
                if not (self._demonym(t) or t.text in {",", "et"}):
                    break
                nationalities |= {self._demonym(t)} - {None}
            if len(nationalities) >= 2:  # "les dirigeants russe et chinois"
                leaders = [a for a in self.actors.values() if a.kind == "Person" and a.leader and a.nationality in nationalities]
                if len(leaders) == len(nationalities):
                    return sorted((a.key for a in leaders), key=lambda k: self.actors[k].first)
        if not ({"deux", "nos", "leurs", "ces"} & words) or not self._definite(token):
            return None  # "les pays", "les dirigeants européens", "ce sont deux hommes à moto": not a pair named before
        own = self._subject_states(token)
        for candidate in self._pair_candidates(token, kind, words):
            if candidate and not own & {self.actors[k].label for k in candidate}:
                return candidate
        return None

    def _pair_candidates(self, token: Token, kind: str, words: set[str]):
        """Candidate pairs for a pair phrase, nearest first (a generator: each is computed only when needed)."""
        if kind == "Person":
            named = self._pair_of_previous_sentence(token, {"Person"})
            yield sorted(named, key=lambda k: self.actors[k].first) if named else None  # "X a reçu Y. Les deux hommes"
            leaders = [a for a in self.actors.values() if a.kind == "Person" and a.leader and a.first < token.i]
            yield sorted((a.key for a in leaders), key=lambda k: self.actors[k].first) if len(leaders) == 2 else None
        else:
            yield self._coordinated_pair(kind, token.i, since=_sentence(token).start)  # "La Chine et la Russie …, les deux pays"
        if kind == "Country":
            yield self._earlier_pair_phrase(token)  # "les relations entre les deux capitales … Les deux gouvernements"
        if kind == "Country" and "delegations" not in words:
            states_only = bool(words & self.data.words("pair_state_nouns")) and not words & self.data.words("pair_side_nouns")
            # "Le Hamas accuse Israël … Selon X, les deux parties …"; "les deux pays" are two states, never a court
            yield self._pair_of_previous_sentence(token, {"Country"} if states_only else {"Country", "Organization"})
            yield self._countries_of_two_leaders(token)  # "Xi a reçu le président russe V. Poutine … les deux pays"
            if "deux" in words:
                yield self._two_states_in(self.doc[_sentence(token).start: token.i], token)  # "tchèque … slovaque …"
                yield self._states_of_previous_sentence(token)  # "Kim Jong-un a reçu à Pyongyang une délégation russe"
        if words & self.data.words("pair_side_nouns"):
            yield self._sides_between(token.i)  # "Le sommet entre l'UE et la Chine … Les deux délégations"
        if "delegations" in words:
            # "Le Premier ministre grec X et le président turc Y … les deux délégations": their states; never the last
            # two names (a summit's delegations are not two states merely named)
            yield self._countries_of_two_leaders(token)
            return
        yield self._coordinated_pair(kind, token.i)
        if kind == "Country" and _sentence(token).start:
            # the pair in dispute: the two states of the headline ("Ottawa expulse six diplomates indiens … Les échanges
            # entre les deux pays", "Athènes menace Skopje … La Commission a rappelé aux deux voisins"), before the
            # last two states merely named
            yield self._two_states_in(_sentence(self.doc[0]), token)
        if kind == "Country" and not words & {"pays", "parties", "camps"}:
            return  # "les deux capitales", "les deux voisins": only a pair named together or in dispute
        recent: list[str] = []
        for mention in sorted(self.mentions, key=lambda m: -m.start):
            if mention.start >= token.i:
                continue
            if self.actors[mention.key].kind == kind and mention.key not in recent:
                recent.append(mention.key)
            if len(recent) == 2:
                if any(len(run) > 2 and set(recent) <= set(run) for run in self.named_together(kind, before=token.i)):
                    return  # "à Madrid, à Rome et à Athènes. Les deux pays": the tail of a list is no pair
                yield sorted(recent, key=lambda k: self.actors[k].first)
                break
        counts = Counter(m.key for m in self.mentions if self.actors[m.key].kind == kind and m.start < token.i)
        top = [k for k, _ in counts.most_common(2)]
        yield sorted(top, key=lambda k: self.actors[k].first) if len(top) == 2 else None

    def shared_possessive(self, token: Token) -> list[str]:
        """"Mitsotakis et Erdogan s'engagent à relancer le dialogue malgré leurs différends", "Madrid et Rabat saluent
        leur nouvelle relation": a "leur" / "leurs" noun of what ties two sides (``shared_relation_nouns``: not "leur
        préoccupation", their own) whose owners are the coordinated subject of the clause it is in stands for every one
        of them. [] when the verb has an object, who then owns it ("Paris et Berlin appellent
        Téhéran à respecter ses engagements" / "les Iraniens à respecter leurs engagements")."""
        if token.pos_ != "NOUN" or fold(token.text) not in self.data.words("shared_relation_nouns") \
                or not any(c.dep_ == "det" and fold(c.text) in _THEIR for c in token.children):
            return []
        subject, below, head = None, token, token
        while subject is None and head.head.i != head.i:
            below, head = head, head.head
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i != token.i), None)
        if subject is not None and subject.i + 1 < len(self.doc) and self.doc[subject.i + 1].text == ":":
            # a headline's topic taken for the subject ("Égée : Mitsotakis et Erdogan s'engagent…"): what follows it
            subject = next((c for c in subject.children if c.i > subject.i + 1 and c.pos_ in {"PROPN", "NOUN"}), None)
        if subject is None or subject.pos_ == "PRON" or subject.left_edge.i <= token.i <= subject.right_edge.i:
            return []  # "Les États-Unis et leurs alliés ont…": the possessive is in the subject
        if below.dep_ in {"xcomp", "ccomp"} and any(c.dep_ in {"obj", "iobj"} for c in head.children):
            return []  # object control: "appellent les Iraniens à respecter leurs engagements"
        first = head.head  # "Washington et Séoul promettent…" parsed with "Washington" as the root, the verb its conj
        if head.dep_ == "conj" and first.pos_ in {"PROPN", "NOUN"} and first.i < subject.i \
                and fold(self.doc[subject.left_edge.i - 1].text) == "et" and subject.left_edge.i - 1 > first.i:
                owners = list(dict.fromkeys(self.resolve(first) + self.resolve(subject)))
        elif any(c.dep_ == "conj" for c in subject.children):
            owners = self.resolve(subject)
        elif len(subjects := [c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i]) > 1 \
                and all(fold(t.text) in {"et", ","} or t.dep_ in {"cc", "det"} or t in subjects
                        for t in self.doc[subjects[0].i: subjects[-1].i]):
            owners = list(dict.fromkeys(k for c in subjects for k in self.resolve(c)))  # "X et Y" parsed as two subjects
        else:
            return []
        return owners if len(owners) >= 2 else []

    def _definite(self, token: Token) -> bool:
        """Is a "deux X" phrase definite ("les deux pays", "des deux pays", "nos pays"), so an anaphor?"""
        return any(c.dep_ in {"det", "case"} and fold(c.text) in {"les", "des", "aux", "ces", "nos", "leurs"}
                   for c in token.children)

    def _subject_states(self, token: Token) -> set[str]:
        """The states of the subject a pair phrase is the object of ("le Premier ministre arménien … a appelé les deux
        pays" -> {"Arménie"}); empty when it is no object or the subject has no known state."""
        if token.dep_ not in {"obj", "iobj", "obl:arg"}:
            return set()
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "Le Soudan a exprimé son inquiétude et exhorté les deux pays": the first verb's subject
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return set()
        actors = [self.actors[k] for k in self._resolve_one(subject, None)]
        return {a.label if a.kind == "Country" else a.nationality for a in actors} - {None}

    def _earlier_pair_phrase(self, token: Token) -> list[str] | None:
        """The pair the last "deux" pair phrase of states or sides before ``token`` (in its sentence or the one before)
        stands for: a second pair phrase names the same pair ("les relations entre les deux capitales se sont
        dégradées. L'UA a invité les deux gouvernements…")."""
        sentence = _sentence(token)
        start = _sentence(self.doc[sentence.start - 1]).start if sentence.start else sentence.start
        nouns = self.data.words("pair_state_nouns") | self.data.words("pair_side_nouns")
        memo = self.__dict__.setdefault("_earlier_pairs", {})
        for earlier in reversed(self.doc[start: token.i]):
            if earlier.pos_ == "NOUN" and fold(earlier.text) in nouns and any(fold(c.text) == "deux" for c in earlier.children):
                if earlier.i not in memo:
                    memo[earlier.i] = None  # (no cycle: an earlier phrase only reads what is before it)
                    memo[earlier.i] = self._resolve_pair(earlier)
                return memo[earlier.i]
        return None

    def _states_of_previous_sentence(self, token: Token) -> list[str] | None:
        """The two states of the sentence before, named or by a demonym adjective ("Kim Jong-un a reçu à Pyongyang une
        délégation militaire russe"), when it holds exactly two."""
        start = _sentence(token).start
        return self._two_states_in(_sentence(self.doc[start - 1]), token) if start else None

    def _two_states_in(self, span, token: Token) -> list[str] | None:
        """The two states of ``span``, named or by a demonym adjective, when it holds exactly two ("Le ministre tchèque
        … a accusé le gouvernement slovaque … entre les deux pays"); None otherwise."""
        labels = {self.actors[m.key].label: m.key for m in self.mentions
                  if span.start <= m.start < span.end and self.actors[m.key].kind == "Country" and not self._seat_in_a_name(m)}
        for t in span:
            country = self._demonym(t) if t.pos_ == "ADJ" and t.text.islower() else None
            if country and country not in labels:
                labels[country] = None
        if len(labels) != 2:
            return None
        return [key or self._ensure_country(label, token) for label, key in labels.items()]

    def _countries_of_two_leaders(self, token: Token) -> list[str] | None:
        """The states of the two people of known, different nationalities named in this sentence before ``token``
        (else in the sentence before): "les deux pays" after a meeting of two heads of state. None otherwise."""
        sentence = _sentence(token)
        before = _sentence(self.doc[sentence.start - 1]).start if sentence.start else sentence.start
        for start, end in ((sentence.start, token.i), (before, sentence.start)):
            people = {m.key for m in self.mentions if start <= m.start < end and self.actors[m.key].kind == "Person"}
            nationalities = {self.actors[k].nationality for k in people} - {None}
            if len(people) == 2 and len(nationalities) == 2:
                ordered = sorted(people, key=lambda k: self.actors[k].first)
                return [self._ensure_country(self.actors[k].nationality, token) for k in ordered]
        return None

    def _resolve_group(self, token: Token) -> list[str]:
        """"les trois pays" -> the last three countries named together before it ("Washington, Tokyo et Séoul");
        "les quatre dirigeants" -> the last four leaders named together. [] when no such list."""
        if body := self._group_body(token):
            return body
        if token.pos_ != "NOUN":
            return []  # tested before the children are read: most words of a content are no noun
        word = fold(token.text)  # the word before the children: most nouns are no group noun
        kind = "Country" if word in {"pays", "etats", "gouvernements", "capitales", "parties"} else \
            "Person" if word in {"dirigeants", "presidents", "hommes", "leaders", "chefs", "ministres", "responsables"} else None
        if kind is None:
            return []
        numerals = self.data.table("group_numerals")
        size = next((int(numerals[fold(c.text)]) for c in token.children if fold(c.text) in numerals and c.dep_ == "nummod"), None)
        if size is None:
            return []
        for keys in reversed(self.named_together(kind, before=token.i)):
            if len(keys) == size:
                return keys
        return []

    def _group_body(self, token: Token) -> list[str]:
        """"les Alliés" (capitalised, plural, definite) -> the organisation of its members (``capitalised_group_bodies``)
        when the article names it; [] otherwise ("nos alliés", or no OTAN in the article)."""
        if not token.text[:1].isupper():
            return []
        label = self.data.table("capitalised_group_bodies").get(fold(token.text))
        if label is None or not any(c.dep_ in {"det", "case"} and fold(c.text) in {"les", "des", "aux"} for c in token.children):
            return []
        named = [key for key, actor in self.actors.items() if actor.label == label and actor.count]
        return named[:1]

    def named_together(self, kind: str, *, before: int | None = None) -> list[list[str]]:
        """Runs of actors of ``kind`` listed together ("Washington, Tokyo et Séoul", "de la France, du Royaume-Uni et de
        l'Allemagne"), read on the surface (the parse of a list is often broken), in text order."""
        runs: list[list] = []
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if (before is not None and mention.start >= before) or self.actors[mention.key].kind != kind:
                continue
            gap = self.doc[runs[-1][-1].end: mention.start] if runs else []
            listed = any(t.text in {",", "et", "ou"} for t in gap)
            joined = runs and all(t.text in {",", "et", "ou"} or fold(t.text) in _LIST_LINKS
                                  or (listed and fold(t.text) in _PLACE_LINKS) for t in gap)
            if joined:
                runs[-1].append(mention)
            else:
                runs.append([mention])
        return [list(dict.fromkeys(m.key for m in run)) for run in runs]

    def _pair_of_previous_sentence(self, token: Token, kinds: set[str] = frozenset({"Country", "Organization"})
                                   ) -> list[str] | None:
        """The two sides (of ``kinds``, not media) of the sentence before, when it names exactly two."""
        start = _sentence(token).start
        if start == 0:
            return None
        previous = _sentence(self.doc[start - 1])
        keys = list(dict.fromkeys(m.key for m in self.mentions if previous.start <= m.start < previous.end
                                  and self.actors[m.key].kind in kinds and not self.actors[m.key].medium
                                  and not self._seat_in_a_name(m)))
        return keys if len(keys) == 2 else None

    def _seat_in_a_name(self, mention) -> bool:
        """Is a state's mention only a city in the "de" complement of a common noun that is no state body ("la
        juridiction de La Haye", "les accords de Minsk", "le sommet de Genève"): a place naming a thing, no side of
        the pair? Not "le gouvernement de Kaboul" (``leader_body_nouns``), "l'adhésion de Skopje"
        (``accession_nouns``: who joins is a state) nor the state's own name ("la compétence de la France")."""
        actor = self.actors[mention.key]
        span = self.doc[mention.start: mention.end]
        if actor.kind != "Country" or fold(span.text).removeprefix("le ").removeprefix("la ") == fold(actor.label):
            return False
        root = span.root
        return root.dep_ == "nmod" and root.head.pos_ == "NOUN" \
            and any(fold(c.text) in {"de", "d'", "d’"} for c in root.children if c.dep_ == "case") \
            and fold(root.head.text) not in self.data.words("leader_body_nouns") \
            and fold(root.head.text) not in self.data.words("accession_nouns")  # "l'adhésion de Skopje": the member

    def _sides_between(self, before: int) -> list[str] | None:
        """The two sides of the last "entre X et Y" before token ``before`` (states or organisations, not media)."""
        by_start = {m.start: m.key for m in self.mentions}
        sides_kinds = {"Country", "Organization"}
        for token in reversed(self.doc[:before]):
            if fold(token.text) != "entre":
                continue
            keys: list[str] = []
            for t in self.doc[token.i + 1: min(token.i + 12, before)]:
                key = by_start.get(t.i)
                if key and key not in keys and self.actors[key].kind in sides_kinds and not self.actors[key].medium:
                    keys.append(key)
                if t.is_punct or (len(keys) == 2 and fold(t.text) != "et"):
                    break
            words = [fold(t.text) for t in self.doc[token.i + 1: min(token.i + 12, before)]]
            if len(keys) == 2 and "et" in words:
                return keys
        return None

    def _after_a_comma(self, first: int | None) -> bool:
        """Does the mention starting at token ``first`` follow a comma (past its articles), as the middle of a list of
        three or more ("A, B et C")?"""
        if first is None:
            return False
        before = first - 1
        while before > 0 and fold(self.doc[before].text) in _ITEM_LEADS:  # "au Mali, au Niger et au Burkina Faso"
            before -= 1
        return before >= 0 and self.doc[before].text == ","

    def _coordinated_pair(self, kind: str, before: int, *, since: int = 0) -> list[str] | None:
        """The last two actors of ``kind`` named together ("la Chine et la Russie") before token ``before`` (and from
        token ``since`` on)."""
        by_start = {m.start: m.key for m in self.mentions}
        by_end = {m.end: m.key for m in self.mentions}
        start_by_end: dict[int, int] = {}  # the first mention ending at a token (as a scan of the mentions finds it)
        for m in self.mentions:
            start_by_end.setdefault(m.end, m.start)
        for mention in sorted(self.mentions, key=lambda m: -m.start):
            if mention.start >= before or mention.start < since or self.actors[mention.key].kind != kind:
                continue
            token = self.doc[mention.start]
            link = mention.start - 1
            while link > since and fold(self.doc[link].text) in _ITEM_LEADS:
                link -= 1  # "la Chine et la Russie", "au Niger et au Burkina Faso"
            left = by_end.get(link) if link >= since and self.doc[link].lower_ in {"et", "-"} else None
            if left and self._after_a_comma(start_by_end.get(link)):
                continue  # "les Pays-Bas, le Danemark et le Canada": the tail of a list is no pair
            if left and left != mention.key and self.actors[left].kind == kind:
                # "Moscou et Pyongyang", "la Chine et la Russie" (parse broken), "Canada-Inde" (a title's pair)
                return sorted([left, mention.key], key=lambda k: self.actors[k].first)
            if token.dep_ == "conj" and token.head.i in self._by_token:
                other = self._by_token[token.head.i]
                if other != mention.key and self.actors[other].kind == kind and token.head.i in by_start \
                        and not self._after_a_comma(token.head.i):
                    return sorted([other, mention.key], key=lambda k: self.actors[k].first)
        return None
