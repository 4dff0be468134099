"""Unnamed office holders and bodies that speak: "le recteur", "son avocate", "les autorités locales".

Wikinews-style general news often quotes a person by their role only ("Le recteur de son université à Tokyo
menace de…", "…, a révélé son avocate") or a described body ("Les autorités locales ont décrit…"). The gold keeps
them as actors labelled by the role phrase (tests/gold/NOTES.md: "recteur", "avocate", "autorités locales").

The rule is strict, precision first:

- the noun is in ``unnamed_speaker_roles`` (one person) or ``unnamed_speaker_bodies`` (one body) of the language
  data; never a generic plural ("des analystes", "les experts") nor an indefinite ("un avocat");
- it has a definite article or a possessive ("le", "la", "son", "leur"); a person role is singular; a body noun
  needs an adjective that is not a demonym ("les autorités locales", but "les autorités chinoises" is China);
- no actor of the article holds that role (then the role is theirs, resolved elsewhere), and it is no former
  holder ("l'ancien procureur").

It is a mixin of ``extractors.entities.ArticleActors``; it is only asked for speakers (and for the subject of the
sentence right before a speaking pronoun), after every other resolution failed, so the actors it creates never
change how other noun phrases resolve. Roles that may be an epithet of a person just named (``unnamed_epithet_roles``:
"le réalisateur", "le capitaine") are unnamed only when no person is named before; an unnamed head of government
or minister (``unnamed_state_offices``) speaks for its state (``unnamed_state_office``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.model import UNNAMED_KEY_PREFIX
from extractors.possessed_staff import possessed_staff_owner
from extractors.public_services import public_service
from extractors.role_hypernyms import generic_role_holder
from extractors.roles import role_word
from extractors.token_table import children_of, entities_of, morph_get

_CONTRACTED = {"du", "des", "au", "aux"}
_DEFINITE = {"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs"}
#: Offices read as the country named most (the latest on a tie); the other offices need a dominant country.
_FIRST_STATE_OFFICES = {"ministre", "president", "presidente", "chancelier", "chanceliere"}


def _phrase_end(head: Token, phrases) -> int | None:
    """The index of the token right after one of ``phrases`` written right after ``head``, ending on a token boundary
    ("le président de la République." but not "… de la Républiquette"); None when none is."""
    doc = head.doc
    for phrase in phrases:
        wanted, text = fold(phrase), ""
        for j in range(head.i + 1, min(len(doc), head.i + 9)):
            text += doc[j].text_with_ws
            written = fold(text).rstrip()
            if written == wanted:
                return j + 1
            if len(written) >= len(wanted):
                break
    return None


def _name_after(noun: Token) -> str | None:
    """"l'hôpital Necker", "l'hôpital Georges-Pompidou": the capitalised name the NER tags with the institution noun
    right before it (one entity holding both), else None."""
    doc = noun.doc
    ent = next((e for e in entities_of(doc) if e.start <= noun.i < e.end), None)
    if ent is None or ent.end <= noun.i + 1 or not doc[noun.i + 1].text[:1].isupper() \
            or not all(t.text[:1].isupper() or t.text in {"-", "‑"} for t in doc[noun.i + 1: ent.end]):
        return None
    return doc[noun.i + 1: ent.end].text


class UnnamedRoles:
    """Unnamed role speakers for ``ArticleActors`` (see the module docstring)."""

    def unnamed_role(self, head: Token) -> list[str]:
        """The actor an unnamed role or body noun phrase stands for, created on first use; [] when the rule does
        not apply. "Le recteur de son université" -> "recteur"; "les autorités locales" -> "autorités locales"."""
        if head.pos_ != "NOUN" or head.i in self._by_token:
            return []
        staff = possessed_staff_owner(head, self)
        if staff:
            return staff  # "Selon son bureau, …", "Son porte-parole a affirmé": the owner named just before
        seat = self._state_seat(head)
        if seat is not None:
            return seat  # "La présidence a indiqué…", "Le palais présidentiel a salué…": the state
        word = role_word(head.text)
        people = self.data.words("unnamed_speaker_roles")
        bodies = self.data.words("unnamed_speaker_bodies")
        if word not in people and word not in bodies:
            return []
        determiners = [fold(c.text) for c in head.children if c.dep_ == "det"]
        contracted = any(c.dep_ == "case" and fold(c.text) in _CONTRACTED for c in head.children)  # "des autorités"
        if not (determiners or contracted) or not set(determiners) <= _DEFINITE or fold(head.text).startswith("ex-"):
            return []
        adjectives = [c for c in head.children if c.dep_ == "amod" and c.i > head.i and c.pos_ == "ADJ"]
        before = {fold(c.text) for c in head.children if c.dep_ == "amod" and c.i < head.i}
        if before & self.data.words("former_role_modifiers") or any(fold(c.text) in self.data.words("former_role_modifiers")
                                                                     for c in adjectives):
            return []
        if any(self._demonym(c) for c in adjectives):
            return []  # "le procureur américain", "les autorités chinoises": the state's, resolved elsewhere
        if word in people:
            if head.morph.get("Number") == ["Plur"] or self._role_held(word):
                return []
            if word in self.data.words("unnamed_epithet_roles") and any(
                    self.actors[m.key].kind == "Person" for m in self.mentions if m.end <= head.i):
                return []  # "Jean Dupont a visité le site. Le chercheur a estimé…": maybe Dupont, an epithet
            offices = self._offices_named(word)
            if offices:  # "le procureur fédéral" after "Le Parquet fédéral annonce": the office speaks
                return offices if len(offices) == 1 else []  # two "parquets": whose is not said
            label, kind = head.text.lower(), "Person"
        else:
            if not adjectives:  # "selon les informations des autorités": the state the article is set in
                country = self.country_named_most_before(head.i) if word in self.data.words("unnamed_state_bodies") else None
                return [country] if country else []
            label, kind = " ".join([head.text.lower()] + [a.text.lower() for a in adjectives]), "Organization"
        key = self._ensure(UNNAMED_KEY_PREFIX + fold(label), label, kind, head.i)
        return [key]

    def _state_seat(self, head: Token) -> list[str] | None:
        """"La présidence", "le palais présidentiel", "la présidence de la République": a definite singular seat of a state's
        head (``unnamed_state_seats``: the noun with its lower-case adjectives) speaks for the state of the one president
        its sentence names, else for the country the article names most before it (like "le gouvernement",
        "l'armée"); None when the phrase is no such seat ("la présidence du
        club", "le palais des sports"), [] when no country is named."""
        if fold(head.text) not in self.data.words("unnamed_state_seat_nouns") or head.morph.get("Number") == ["Plur"] \
                or not any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'"} for c in head.children):
            return None
        adjectives = [c.text for c in children_of(head) if c.dep_ == "amod" and c.i > head.i and c.text.islower()]
        if fold(" ".join([head.text] + adjectives)) not in self.data.words("unnamed_state_seats"):
            return None
        complements = [c for c in children_of(head) if c.dep_ == "nmod" and c.i > head.i]
        if complements:
            end = _phrase_end(head, ["de la République"])
            if end is None:
                return None
            epithet = self._epithet_state(head, end)
            if epithet is not None:
                return epithet  # "la présidence de la République tchèque": that state's; "… islamique": not said
        # the one president the sentence names ("Le président égyptien X recevra le roi de Jordanie, a indiqué la
        # présidence"), else the country named most before ("… avec le Niger. Le palais présidentiel…": not on a tie)
        return self._head_of_state_here(head) or self._dominant_country_before(head.i)

    def _head_of_state_here(self, head: Token) -> list[str]:
        """"Le président égyptien X doit recevoir…, a indiqué la présidence": the state of the one president (of a known
        nationality) the sentence of the seat names; [] otherwise."""
        sentence = head.sent
        states = set()
        for mention in self.mentions:
            actor = self.actors[mention.key]
            if not (sentence.start <= mention.start and mention.end <= sentence.end) or actor.kind != "Person" \
                    or not actor.nationality or not any(fold(role_word(r.split()[0])) in {"president", "presidente"}
                                                        for r in actor.roles if r):
                continue
            states.add(self.office_state(mention.key, head.doc[mention.start]))
        return [states.pop()] if len(states) == 1 and None not in states else []

    def _dominant_country_before(self, index: int) -> list[str]:
        """The country named before token ``index`` more often than all the other countries together, with no
        organisation named between its last mention and ``index`` ("L'Italie et le club ont signé. La présidence…"
        is the club's); [] otherwise."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for mention in self.mentions:
            if mention.end <= index and self.actors[mention.key].kind == "Country":
                counts[mention.key] = counts.get(mention.key, 0) + 1
                last[mention.key] = max(last.get(mention.key, 0), mention.end)
        if not counts:
            return []
        top = max(counts, key=counts.__getitem__)
        if 2 * counts[top] <= sum(counts.values()):
            return []
        if any(last[top] <= m.start and m.end <= index and self.actors[m.key].kind == "Organization" for m in self.mentions):
            return []
        return [top]

    def _epithet_state(self, head: Token, end: int) -> list[str] | None:
        """The word right after an office's complement ("le chef de l'État malien"): a demonym gives that state, another
        adjective an office that is not said to be a state's ([]); None when nothing qualifies it (a noun after it, such as
        a weekday in "a déclaré le chef de l'État lundi", does not)."""
        if end >= len(head.doc):
            return None
        after = head.doc[end]
        state = self._demonym(after) if after.text.islower() else None
        if state:
            return [self._ensure_country(state, head)]
        return [] if after.pos_ == "ADJ" and after.text.islower() else None  # "… hébreu": not said; "… lundi": nothing

    def unnamed_state_office(self, head: Token) -> list[str]:
        """"Le Premier ministre a assuré…", "le ministre de l'Intérieur", "le président de la République": a definite
        singular head of government or minister no actor of the article holds speaks for the country the article
        names most before it (tests/gold/NOTES.md: an unnamed minister speaks for the state); [] otherwise. Some
        offices count only with their complement (``unnamed_state_office_complements``): "le président de la
        République", "le chef de l'État", "le porte-parole du gouvernement" ("le président du club" is no state office)."""
        word = role_word(head.text)
        first = any(c.dep_ == "amod" and fold(c.text) in {"premier", "premiere"} for c in head.children)
        if head.pos_ not in {"NOUN", "PROPN"} or head.morph.get("Number") == ["Plur"] or head.i in self._by_token \
                or word not in self.data.words("unnamed_state_offices") or self._role_held(word) \
                or (first and self._role_held("premier")):
            return []  # "le Premier ministre" when "le Premier ministre X" is named: X's role, resolved elsewhere
        if not any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'"} for c in head.children):
            return []
        modifiers = {fold(c.text) for c in head.children if c.dep_ == "amod"}
        if modifiers & self.data.words("former_role_modifiers"):
            return []
        required = self.data.table("unnamed_state_office_complements").get(word)
        if required is not None:
            end = _phrase_end(head, required)
            if end is None:
                return []  # "le président chilien" beside two untitled presidents, "le chef du parti": no state office
            epithet = self._epithet_state(head, end)
            if epithet is not None:
                return epithet  # "le chef de l'État malien": Mali; "le chef de l'État hébreu": not said which
        demonyms = {self._demonym(c) for c in head.children if c.dep_ == "amod" and c.i > head.i and self._demonym(c)}
        if len(demonyms) == 1 and not any(c.dep_ == "nmod" and c.i > head.i for c in head.children):
            return [self._ensure_country(demonyms.pop(), head)]  # "Le Premier ministre britannique a affirmé…"
        if any(self._demonym(c) for c in head.children):
            return []
        complements = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i]
        if required is None and any(c.i in self._by_token or c.pos_ == "PROPN" for c in complements):
            return []  # "le ministre de la Santé de X", "le ministre Y": named elsewhere
        if word not in _FIRST_STATE_OFFICES:
            return self._dominant_country_before(head.i)  # "Le Mali et le Niger… Le chef de l'État": whose is not said
        country = self.country_named_most_before(head.i)
        return [country] if country else []

    def political_opposition(self, head: Token) -> list[str]:
        """"L'opposition péroniste a critiqué…", "l'opposition de droite", "l'opposition": the definite singular
        opposition noun (``opposition_nouns``) speaks as one group, labelled with its adjectives (demonyms too: NOTES
        keeps "opposition syrienne" apart from the state) and a bare "de droite" / "de gauche" complement."""
        if head.pos_ != "NOUN" or fold(head.text) not in self.data.words("opposition_nouns") or head.i in self._by_token \
                or head.morph.get("Number") == ["Plur"] \
                or not any(c.dep_ == "det" and fold(c.text) in {"l'", "la"} for c in head.children):
            return []
        words = [head.text.lower()]
        for child in children_of(head):
            if child.i > head.i and child.dep_ == "amod" and child.pos_ == "ADJ" and child.text.islower():
                words.append(child.text)
            elif child.i == head.i + 2 and child.dep_ == "nmod" and child.text.islower() and fold(head.doc[head.i + 1].text) == "de" \
                    and not any(c.dep_ == "det" for c in child.children):
                words += ["de", child.text]  # "l'opposition de droite", not "l'opposition du président"
        if any(fold(c.text) in self.data.words("former_role_modifiers") for c in children_of(head) if c.dep_ == "amod"):
            return []
        label = " ".join(words)
        return [self._ensure(UNNAMED_KEY_PREFIX + fold(label), label, "Organization", head.i)]

    def known_unnamed_role(self, head: Token) -> list[str]:
        """"Le recteur de son université menace… Le recteur détracteur classe…": a definite singular role noun whose
        unnamed holder already spoke in the article is that holder (not an expert named since)."""
        if head.pos_ != "NOUN" or morph_get(head, "Number") == ["Plur"] \
                or not any(c.dep_ == "det" and fold(c.text) in _DEFINITE for c in head.children):
            return []
        key = generic_role_holder(head, self) or UNNAMED_KEY_PREFIX + role_word(head.text)  # "La magistrate": role_hypernyms.py
        if key not in self.actors and not any(c.dep_ == "nmod" for c in head.children):
            placed = [k for k, a in self.actors.items() if k.startswith(key + " ") and a.kind == "Person" and a.first < head.i]
            key = placed[0] if len(placed) == 1 else key  # "Le maire de Grenoble a dit… Le maire a ajouté…"
        return [key] if key in self.actors and self.actors[key].kind == "Person" and self.actors[key].first < head.i else []

    def unnamed_institution(self, noun: Token) -> list[str]:
        """"un porte-parole de la préfecture": the definite singular institution noun (``unnamed_institutions``)
        that a spokesperson speaks for, as an actor labelled by the noun; [] otherwise. "selon les pompiers", "la
        police": a public service (extractors/public_services.py)."""
        if (service := public_service(noun, self)) is not None:
            return service
        if noun.pos_ != "NOUN" or fold(noun.text) not in self.data.words("unnamed_institutions") \
                or noun.morph.get("Number") == ["Plur"] or noun.i in self._by_token:
            return []
        determiners = {fold(c.text) for c in noun.children if c.dep_ == "det"}
        contracted = any(c.dep_ == "case" and fold(c.text) in {"du", "au"} for c in noun.children)
        if not (determiners & {"le", "la", "l'", "l’"} or contracted) or any(self._demonym(c) for c in noun.children
                                                                                if c.dep_ == "amod"):
            return []
        place = self._place_complement(noun) or _name_after(noun)  # "préfecture des Bouches-du-Rhône", "hôpital Necker"
        adjectives = [c.text for c in children_of(noun) if c.dep_ == "amod" and c.i > noun.i and c.text.islower()]
        required = self.data.table("unnamed_institutions_with_adjective").get(fold(noun.text))
        if required is not None and not {fold(a) for a in adjectives} & {fold(r) for r in required}:
            return []  # "le conseil départemental", but not "le conseil d'administration"
        if place is None and required is not None:
            place = " ".join(adjectives)  # "conseil municipal"
        label = noun.text.lower() + (" " + place if place else "")  # "préfecture des Bouches-du-Rhône"
        key = self._ensure(UNNAMED_KEY_PREFIX + fold(label), label, "Organization", noun.i)
        if noun.morph.get("Gender") in (["Masc"], ["Fem"]):
            if self.actors[key].gender is None:
                self.actors[key].gender = noun.morph.get("Gender")[0]  # "le parquet … Elle": not it
                self._touch()  # resolve() reads genders (extractors/resolve_memo.py)
        return [key]

    def placed_institution(self, noun: Token) -> list[str]:
        """"Le parquet de Marseille a requis…": an institution noun with a named place complement speaks as the
        institution of that place; [] without the place ("la préfecture" alone speaks only as the subject or the
        inverted subject of a speech verb: extractors/speakers.py, extractors/attribution.py)."""
        if noun.pos_ != "NOUN" or self._place_complement(noun) is None or public_service(noun, self) is not None:
            return []  # "les pompiers du Var" resolve only where they speak (extractors/public_services.py)
        return self.unnamed_institution(noun)

    def _place_complement(self, noun: Token) -> str | None:
        """"de Marseille", "des Bouches-du-Rhône": the text of a "de" complement right after the noun that names a
        place (with its preposition), else None."""
        for child in children_of(noun):
            key = self._by_token.get(child.i)
            if child.dep_ != "nmod" or (not self._local_place(child) if key else child.pos_ != "PROPN"):
                continue  # a place of the article (a capital too), or a proper name no actor holds ("des Bouches-du-Rhône")
            case = [t for t in child.children if t.dep_ == "case"]
            if len(case) == 1 and fold(case[0].text) in {"de", "du", "des", "d'"} and self._qualifiers_only(noun, case[0].i):
                end = max([child.right_edge.i + 1] + [m.end for m in self.mentions if m.start <= child.i < m.end])
                while end + 1 < len(noun.doc) and noun.doc[end].text == "-" and not noun.doc[end - 1].whitespace_:
                    end += 2  # "de Seine-Maritime" split by the parser: the whole hyphenated name
                return noun.doc[noun.i + 1: end].text
        return None

    def _qualifiers_only(self, noun: Token, end: int) -> bool:
        """Between the institution noun and its place only lower-case qualifiers of the noun: nothing, adjectives
        ("tribunal correctionnel de Paris") or one short "de" noun ("cour d'appel de Lyon"), at most three words."""
        between = noun.doc[noun.i + 1: end]
        if len(between) > 3:
            return False
        return all(t.text.islower() and ((t.dep_ == "amod" and t.head.i == noun.i) or (t.dep_ == "nmod" and t.head.i == noun.i)
                                         or (t.dep_ == "case" and t.head.i in {b.i for b in between})) for t in between)

    def local_office(self, head: Token) -> list[str] | None:
        """"le maire de Grenoble", "la maire de Paris": a local office (``local_office_roles``) of a named city or
        region is its holder, never the place (nor the state a capital stands for). The person named with that
        office in the article, else the unnamed role actor "maire de Grenoble"; None when the phrase is no such office."""
        if head.pos_ != "NOUN" or role_word(head.text) not in self.data.words("local_office_roles") \
                or head.morph.get("Number") == ["Plur"] or any(c.dep_ in {"appos", "flat:name"} and c.i in self._by_token
                                                                for c in head.children):
            return None  # "le maire de Grenoble Éric Piolle" (parsed as the role's apposition): the name resolves
        place = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.i in self._by_token
                      and self._local_place(c)), None)
        if place is None or not any(c.dep_ == "case" and fold(c.text) in {"de", "du", "d'"} for c in place.children):
            return None
        if any(fold(c.text) in self.data.words("former_role_modifiers") for c in head.children if c.dep_ == "amod"):
            return []  # "l'ancien maire de Grenoble": not the office
        named = self._name_glued_to(place, self._by_token[place.i])
        if named:
            return [named]  # "le maire de Grenoble Éric Piolle"
        place_end = max((m.end for m in self.mentions if m.start <= place.i < m.end), default=place.i + 1)
        word, town = role_word(head.text), fold(head.doc[place.i: place_end].text)  # "La Garde-Freinet": the whole name
        holders = sorted({a.key for a in self.actors.values() if a.kind == "Person" and any(
            role_word(r.split()[0]) == word and town in fold(r) for r in a.roles if r.split())})
        if holders:
            return holders if len(holders) == 1 else []
        label = f"{head.text.lower()} {head.doc[head.i + 1: place_end].text}"  # "maire de Grenoble", "préfet de la Gironde"
        return [self._ensure(UNNAMED_KEY_PREFIX + fold(label), label, "Person", head.i)]

    def _local_place(self, token: Token) -> bool:
        """A city or region of the article: a Place actor, or a capital written for its state ("Paris" -> France)."""
        actor = self.actors[self._by_token[token.i]]
        return actor.kind == "Place" or (actor.kind == "Country" and self.is_metonym(token.text) and token.text[:1].isupper())

    def client_role(self, head: Token) -> list[str] | None:
        """"l'avocat de Jean Dupont": a role that acts for the person of its "de" complement (``client_roles``) is
        never that person; the named holder of the role, else the unnamed role ([] when neither). None when the
        phrase is no such role."""
        if head.pos_ != "NOUN" or role_word(head.text) not in self.data.words("client_roles"):
            return None
        clients = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.i in self._by_token
                   and self.actors[self._by_token[c.i]].kind == "Person"]
        if not clients:
            return None
        return self._resolve_role(head) or self.unnamed_role(head)

    def _role_held(self, word: str) -> bool:
        """Does a named actor of the article hold this role ("le procureur X", "X, l'avocate de Y")?"""
        return any(role_word(r.split()[0]) == word for a in self.actors.values() for r in a.roles if r.split())

    def _offices_named(self, word: str) -> list[str]:
        """The organisations of the article named by the office this role heads (``role_offices``: "procureur"
        -> "parquet")."""
        office = self.data.table("role_offices").get(word)
        return sorted({a.key for a in self.actors.values() if office and a.kind != "Person"
                       and not a.key.startswith(UNNAMED_KEY_PREFIX) and fold(a.label).split()[0] == office})
