"""Roles the article gives its actors, and resolution of role nouns and pairs to them.

An article introduces a person once with a title ("Le président russe Vladimir
Poutine") or an apposition ("CCTV, le radiodiffuseur d'Etat chinois", "Le
conseiller du Kremlin, Yury Ushakov,"), then refers to them by the role alone
("le président russe", "le chef du Kremlin", "le radiodiffuseur", "le
conseiller"). ``RoleResolution`` learns the roles, with the nationality and
leader/medium flags they imply, and resolves role nouns to them (pairs such as
"les deux dirigeants" are resolved in ``extractors.pairs``).

It is a mixin of ``extractors.entities.ArticleActors``, whose mentions and
word lists it reads.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from extractors.act_nouns import names_an_act
from extractors.lang import fold
from extractors.org_anaphor_kinds import kind_compatible
from extractors.defendant_anaphors import sole_defendant
from extractors.role_antecedents import sole_prior_leader
from extractors.role_tenses import same_tense, title_tense
from extractors.role_epithets import common_complement, complement_differs, epithet_covers
from extractors.token_table import morph_get
from extractors.qualified_bodies import names_own_body

# Organisations that stand for a state when a role says "du Kremlin".
SEAT_COUNTRY = {"Kremlin": "Russie", "Maison Blanche": "États-Unis", "Élysée": "France", "Pentagone": "États-Unis",
                "Matignon": "France", "Quai d'Orsay": "France"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "ce", "cet", "cette"}


def role_word(text: str) -> str:
    """Folded role noun without an "ex-" prefix: "l'ex-Président" holds the role "président" (of the past)."""
    word = fold(text)
    return word[3:] if word.startswith("ex-") and len(word) > 4 else word


class RoleResolution:
    """Role learning and role resolution for ``ArticleActors`` (see the module docstring)."""

    def _learn_roles(self) -> None:
        """Titles before a name and appositions around it give the actor a role."""
        self._title_tenses: dict[str, set[str]] = {}  # "l'ancien maire de Lunel, X": X's title is a past one
        for mention in self.mentions:
            span = self.doc[mention.start:mention.end]
            role = self._title_before(span) or self._apposition_of(span)
            if role is None:
                continue
            head, text = role
            actor = self.actors[mention.key]
            actor.roles.add(text)
            if tense := title_tense(head, self.data):
                self._title_tenses.setdefault(mention.key, set()).add(tense)
            nationality = self._nationality(head)
            if nationality and actor.nationality is None:
                actor.nationality = nationality
            if fold(head.text) in self._leader_heads or (head.i > 0 and fold(f"{self._texts[head.i - 1]} {head.text}")
                                                         in self._leader_heads):
                actor.leader = True  # "Premier ministre": a two-word leader title
            if fold(head.text) in self._media_heads:
                actor.medium = True
            if head.dep_ == "nmod" and role_word(head.head.text) in self._role_heads:
                head = head.head  # "le chef de la diplomatie russe, X": "chef" gives the gender, not "la diplomatie"
            if actor.kind == "Person" and actor.gender is None:
                determiner = next((c for c in head.children if c.dep_ == "det"), None)
                if determiner is not None and fold(determiner.text) in {"la"}:
                    actor.gender = "Fem"
                elif fold(head.text).endswith(("ente", "iere", "rice", "euse")):
                    actor.gender = "Fem"
        self._kinds_from_roles()

    def _kinds_from_roles(self) -> None:
        """A role corrects the NER's kind: "l'ambassadeur soudanais à l'ONU, Al-Harith Idriss" (tagged ORG) is a person,
        "l'ONG Provea" (tagged PER) an organisation, "la ministre bolivienne …, Celinda Sosa" (tagged LOC) a person. Gazetteer
        organisations and places keep their kind."""
        person_roles = self.data.words("state_office_roles") | self.data.words("profession_nouns")
        organisation_roles = self.data.words("organization_anaphors")
        for actor in list(self.actors.values()):
            # "la présidente de la Banque centrale européenne": a role ending in "de" is held by someone else
            heads = {role_word(r.split()[0]) for r in actor.roles if fold(r.split()[-1]) not in {"de", "du", "des", "d'", "d’"}}
            if not heads:
                continue
            if actor.kind == "Organization" and actor.key.startswith("org:") and fold(actor.label) not in self._orgs \
                    and heads <= person_roles and len(actor.label.split()) >= 2:
                kind, prefix = "Person", "person:"
            elif actor.kind == "Place" and actor.key.startswith("place:") and fold(actor.label) not in self._metonyms \
                    and fold(actor.label) not in self._countries and heads <= person_roles and len(actor.label.split()) >= 2:
                kind, prefix = "Person", "person:"  # "la ministre bolivienne des Affaires étrangères, Celinda Sosa" (LOC)
            elif actor.kind == "Person" and heads <= organisation_roles:
                kind, prefix = "Organization", "org:"
            else:
                continue
            key = self._ensure(prefix + fold(actor.label), actor.label, kind, actor.first)
            new = self.actors[key]
            new.roles |= actor.roles
            new.nationality, new.leader = new.nationality or actor.nationality, new.leader or actor.leader
            new.gender = new.gender or actor.gender
            self._merge_actor(actor.key, key)

    def apposed_person(self, role: Token) -> str | None:
        """"la présidente de la BCE, Christine Lagarde": a role noun whose "de" complement ends in ", Name" (the parser
        hangs the name on the organisation) names that person."""
        if role.pos_ != "NOUN" or role_word(role.text) not in self._role_heads:
            return None
        for token in role.subtree:
            if token.i <= role.i or token.dep_ not in {"appos", "conj", "flat:name", "nmod"} or self.doc[token.i - 1].text != ",":
                continue
            key = self._by_token.get(token.i)
            if key and self.actors[key].kind == "Person" and not any(c.dep_ == "cc" for c in token.children):
                return key
        return self._titled_apposition(role)

    def _titled_apposition(self, role: Token) -> str | None:
        """"le porte-parole de l'armée thaïlandaise, le général Somchai Kaew": an apposed title with its name (", le
        général X") names the person who holds the role, not the body of its "de" complement."""
        for token in role.children:
            if token.dep_ != "appos" or token.i <= role.i or role_word(token.text) not in self._role_heads \
                    or token.left_edge.i == 0 or self.doc[token.left_edge.i - 1].text != "," \
                    or not any(c.dep_ == "det" for c in token.children):
                continue
            names = [self._by_token[c.i] for c in token.children if c.dep_ in {"flat:name", "appos"} and c.i > token.i
                     and c.i in self._by_token and self.actors[self._by_token[c.i]].kind == "Person"]
            if names:
                return names[0]
        return None

    def _title_before(self, span: Span) -> tuple[Token, str] | None:
        """"Le président russe Vladimir Poutine": role noun phrase right before the name."""
        i = span.start - 1
        if len(span) == 1 and span[0].pos_ == "ADJ":
            return None  # "l'astronome suisse Michel Mayor": the demonym qualifies the title, it holds none
        doc = self._tokens  # the doc's kept Token objects: each self.doc[i] made a new one
        if i >= 0 and doc[i].pos_ == "ADP":
            return None  # "le chef du Kremlin": the Kremlin is the complement of the role, not its holder
        words: list[Token] = []
        while i >= 0 and (doc[i].pos_ in {"ADJ", "NOUN", "ADP", "DET", "PROPN", "X"}) \
                and (doc[i].i not in self._by_token or (doc[i].pos_ == "ADJ" and self._demonym(doc[i]))):
            if doc[i].is_punct or (doc[i].pos_ == "ADP" and fold(doc[i].text) not in {"de", "d'", "du", "des"}):
                break  # "la porte-parole de la fédération à une question de la RTBF": no title of the RTBF
            words.insert(0, doc[i])
            if role_word(doc[i].text) in self._role_heads and doc[i].pos_ in {"NOUN", "PROPN", "X"}:
                head = doc[i]
                tail = [w for w in words if w.pos_ != "DET"]
                return head, " ".join(w.text for w in tail)
            i -= 1
            if len(words) > 5:
                break
        return None

    def _apposition_of(self, span: Span) -> tuple[Token, str] | None:
        """"CCTV, le radiodiffuseur d'Etat chinois," / "Le conseiller du Kremlin, Yury Ushakov,"."""
        doc, texts = self.doc, self._texts  # texts: the doc's column (no Token made per word tested)
        after = span.end
        bare = after + 1 < len(doc) and doc[after].text in {",", "("} and doc[after + 1].pos_ == "NOUN" \
            and role_word(doc[after + 1].text) in self._role_heads and self.actors[self._by_token[span.start]].kind == "Person"
        if bare or (after + 2 < len(doc) and doc[after].text == "," and fold(doc[after + 1].text) in DETERMINERS):
            head = doc[after + 1] if bare else doc[after + 2]
            if after + 3 < len(doc) and fold(head.text) in self.data.table("role_tense_modifiers"):
                head = doc[after + 3]  # "X, l'ancien maire de Lunel,"
            if role_word(head.text) in self._role_heads:
                end = after + 2
                while end < len(doc) and texts[end] not in {",", ".", ";", "(", ")", ":", "«", "“"} and end - after < 10:
                    end += 1
                if not any(t.pos_ in {"VERB", "AUX"} for t in doc[head.i:end]):  # "la CPI, l'ONG a demandé": a clause
                    return head, doc[head.i:end].text
        before = span.start
        if before >= 2 and texts[before - 1] == ",":
            j, found = before - 2, None
            while j >= 0 and texts[j] not in {",", ".", ";"} and before - j < 10:
                if fold(texts[j]) in self._role_heads and doc[j].pos_ == "NOUN":
                    if j == 0 or fold(texts[j - 1]) in DETERMINERS or _tensed_title(doc, j, before, self.data):
                        found = doc[j], doc[j:before - 1].text  # the leftmost: "le porte-parole du ministère", not "ministère"
                    elif j >= 2 and fold(texts[j - 1]) in {"premier", "premiere"} and fold(texts[j - 2]) in DETERMINERS:
                        found = doc[j], doc[j - 1:before - 1].text  # "le Premier ministre éthiopien, Abiy Ahmed,"
                j -= 1
            return found
        return None

    def _nationality(self, head: Token) -> str | None:
        """The state a role noun belongs to: "président chinois", "chef du Kremlin"."""
        for token in head.subtree if head.dep_ != "ROOT" else head.children:
            if token.i == head.i:
                continue
            if token.i - head.i > 6:
                break
            country = self._country_of(token)
            if country:
                return country
        # flat fallback: the next few words, when the parse hung them elsewhere
        for token in self.doc[head.i + 1: head.i + 4]:
            if token.pos_ in {"VERB", "AUX"}:
                return None  # "Le dirigeant a appelé Le Caire": the verb's object qualifies no role
            country = self._country_of(token)
            if country or token.is_punct:
                return country
        return None

    def _country_of(self, token: Token) -> str | None:
        """A demonym's state, a country named, or the state of a seat of power (Kremlin -> Russie)."""
        country = self._demonym(token)
        if country:
            return country
        key = self._by_token.get(token.i)
        if key:
            label = self.actors[key].label
            return SEAT_COUNTRY.get(label) or (label if self.actors[key].kind == "Country" else None)
        return None


    def _spokesperson_body(self, token: Token, context: list[str] | None) -> list[str]:
        """"la porte-parole de la fédération", "un représentant du groupe", "la direction de la chaîne": an unnamed
        spokesperson speaks for the organisation in their "de" complement (tests/gold/NOTES.md, dev2)."""
        if fold(token.text) not in self.data.words("spokesperson_heads"):
            return []
        for child in token.children:
            if child.dep_ == "nmod" and child.i > token.i and any(fold(c.text) in {"de", "d'", "du", "des"} for c in child.children
                                                                   if c.dep_ == "case"):
                keys = self.resolve(child, context=context) or self.medium_anaphor(child)  # "la direction de la chaîne"
                if keys and all(self.actors[k].kind in {"Organization", "Country"} for k in keys):
                    return keys  # "un porte-parole de l'armée israélienne": armies and governments -> the state
                if not keys:
                    return self.unnamed_institution(child)  # "un porte-parole de la préfecture"
        return []

    def _role_resolves(self, token: Token) -> bool:
        return fold(token.text) in self._role_heads and bool(self._resolve_role(token))

    def _resolve_role(self, head: Token) -> list[str] | None:
        """"le président chinois" / "le chef du Kremlin" / "le radiodiffuseur" -> the actor it names here."""
        if names_an_act(head, self.data):
            return None  # "l'organisation d'élections régionales": the act, no body
        head_text = role_word(head.text)
        nationality = self._nationality(head)
        if head_text in {"chef", "cheffe"}:  # "le chef du gouvernement": the one leader titled "Premier ministre"
            phrase = fold(self.doc[head.i: head.i + 4].text)
            synonym = next((v for k, v in self.data.table("role_phrase_synonyms").items() if phrase.startswith(k)), None)
            if synonym:
                holders = [a for a in self.actors.values() if a.kind == "Person" and a.leader and a.first < head.i
                           and (nationality is None or a.nationality in {None, nationality})
                           and any(role_word(w) == role_word(synonym.split()[-1]) for r in a.roles for w in r.split())
                           and not self._former_title(a.key)]
                if len(holders) == 1:
                    return [holders[0].key]
        # a role noun takes up someone already named, never a person first named in a later sentence
        candidates = [a for a in self.actors.values() if a.roles and (a.kind != "Person" or a.first < head.sent.end)]
        if nationality and self._foreign_minister(" ".join(t.text for t in list(head.subtree)[:8])):
            # "le chef de la diplomatie russe" = "le ministre russe des Affaires étrangères, X"
            ministers = [a for a in candidates if a.nationality == nationality and any(self._foreign_minister(r) for r in a.roles)]
            if len(ministers) == 1:
                return [ministers[0].key]
        same_head = [a for a in candidates if any(role_word(r.split()[0]) == head_text for r in a.roles)]
        complement = common_complement(head)
        if complement is not None:  # "L'avocat de l'accusé" is not "Jean Dupont, avocat de la victime"
            same_head = [a for a in same_head if a.kind != "Person" or not all(complement_differs(complement, r) for r in a.roles
                                                                               if role_word(r.split()[0]) == head_text)]
        same_head = same_tense(head, same_head, self._title_tenses, self.data)  # "l'ancien maire": never "le maire actuel, X"
        if head_text in self.data.words("company_epithets") and not same_head:
            return self._company_epithet(head)
        if nationality:
            same_head = [a for a in same_head if a.nationality in {None, nationality}] or same_head
            if head_text in self._leader_heads:
                leaders = [a for a in candidates if a.leader and a.nationality == nationality]
                if len(leaders) == 1:
                    return [leaders[0].key]
            matches = [a for a in same_head if a.nationality == nationality]
            if len(matches) == 1:
                return [matches[0].key]
            return None if matches else self._unnamed_office_holder(head, head_text, nationality)
        if not same_head and (defendant := sole_defendant(head, self)):
            return defendant  # "… contre Paul Girard. « … », s'est défendu le prévenu"
        if not same_head and (leader := sole_prior_leader(head, head_text, candidates, self)):
            return leader  # "Selon le Premier ministre éthiopien, Abiy Ahmed, … Le dirigeant a appelé"
        if len(same_head) == 1:
            return [same_head[0].key]
        people = [a for a in same_head if a.kind == "Person"]
        if len(people) == 1 and head_text in self.data.words("profession_nouns"):
            return [people[0].key]  # "Le préfet de la Gironde, X … Le préfet": one person holds it (the place is no holder)
        epithets = self.data.table("role_epithets")
        definite = {fold(c.text) for c in head.children if c.dep_ == "det"} & {"le", "la", "l'"}
        if not same_head and head_text in epithets and definite and morph_get(head, "Number") != ["Plur"]:
            # "Le juge d'instruction X … Le magistrat a estimé" (never "un magistrat", "les magistrats")
            holders = [a for a in candidates if a.kind == "Person" and a.first < head.i and (
                epithet_covers(head_text, a.roles, epithets) or self._leader_epithet(head, head_text, a))]
            holders = same_tense(head, holders, self._title_tenses, self.data)  # "l'ancien élu"
            if len(holders) == 1:
                return [holders[0].key]
        professions = self.data.words("profession_nouns")
        if not same_head and head_text in epithets and head_text not in professions \
                and head_text not in self.data.words("relational_role_nouns") and (following := self._quote_continuation(head)):
            return following  # "« … » a indiqué V. Sapounov. « … » a poursuivi l'expert"
        if not same_head and head_text in professions:
            # "Le biologiste X … Selon le chercheur, …": an epithet for the one expert the article introduced
            posts = self.data.words("post_profession_nouns")  # "Le préfet X … L'entraîneur stéphanais": another post
            expert_words = professions - posts
            experts = [] if head_text in posts else [
                a for a in candidates if a.kind == "Person" and a.first < head.i
                and any(role_word(r.split()[0]) in expert_words for r in a.roles)]
            if experts:
                return [experts[0].key] if len(experts) == 1 else None
            previous = self._person_of_previous_sentence(head) or self._quote_continuation(head)  # "C'est la remarque de
            # X. La médaillée d'argent se plaint"; "« … » a indiqué X. « … » a poursuivi le chercheur"
            if previous and head_text in self.data.words("relational_role_nouns") and not self._titled_as(previous[0], head_text):
                return None  # "Marie Durand a gagné. L'entraîneur a affirmé": her coach, not her
            return previous
        if not same_head and head_text in self.data.words("organization_anaphors") and not _named_after(head) \
                and not names_own_body(head, self.data) and not _indefinite(head):  # "la direction régionale de l'environnement": a body of its own
            # "l'organisation", "l'ONG": the organisation named last before it (never "le syndicat Unifor")
            if head_text in self.data.words("owned_group_nouns") and any(
                    c.dep_ == "det" and fold(c.text) in {"son", "sa", "leur", "leurs", "ses"} for c in head.children):
                return None  # "Selon leur syndicat": the owners' own unnamed union, not the company named before
            singular = morph_get(head, "Number") != ["Plur"]  # "la direction" is no plural group ("les syndicats")
            previous = [m.key for m in self.mentions if m.end <= head.i and self.actors[m.key].kind == "Organization"
                        and not self.actors[m.key].medium
                        and not (singular and m.key.startswith("group:") and self.actors[m.key].label.islower())]
            previous = kind_compatible(head_text, previous, self.actors, self.data)  # "le groupe": not the union
            if not previous:
                return None
            sentence_start = head.sent.start
            host = [m.key for m in self.mentions if sentence_start <= m.start < head.i and m.start > 0
                    and fold(self.doc[m.start - 1].text) == "chez" and self.actors[m.key].kind == "Organization"]
            if host:
                return host[-1:]  # "Chez Renault, la direction a confirmé…": the company the sentence is set in
            prior = self.doc[sentence_start - 1].sent.start if sentence_start > 0 else 0
            just_before = {m.key for m in self.mentions if prior <= m.start < sentence_start and m.key in previous}
            if len(just_before) == 1:
                return list(just_before)  # "Selon un rapport de HRW, … . L'organisation demande …": the one just named
            counts = Counter(previous)  # the organisation the article is about, else the last one
            best = max(counts.values())
            return [next(k for k in reversed(previous) if counts[k] == best)]
        return None

    def _leader_epithet(self, head: Token, head_text: str, actor) -> bool:
        """"Le Premier ministre hongrois X … Le dirigeant populiste a affirmé": "le dirigeant" / "la dirigeante" (a leader
        head among ``role_epithets``) also takes up a person titled as a leader, of its gender, when its own "de"
        complement, if any, is in that person's title ("le dirigeant du Hamas" is not X)."""
        if head_text not in self._leader_heads or not actor.leader:
            return False
        gender = "Fem" if fold(head.text).endswith("e") else "Masc"
        if not self._fits(actor.key, gender, strict=gender == "Fem"):
            return False
        complements = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i]
        titles = " ".join(fold(r) for r in actor.roles)
        return all(fold(c.text) in titles for c in complements)

    def _person_of_previous_sentence(self, head: Token) -> list[str] | None:
        """A definite singular epithet opening its sentence refers to the one person (untitled) named in the sentence
        just before, when none is named between."""
        sentence = head.sent
        if morph_get(head, "Number") == ["Plur"] or sentence.start == 0 or head.left_edge.i != sentence.start \
                or not any(c.dep_ == "det" and fold(c.text) in {"le", "la", "l'"} for c in head.children):
            return None
        previous = self.doc[sentence.start - 1].sent
        people = {m.key for m in self.mentions if previous.start <= m.start < head.i and self.actors[m.key].kind == "Person"}
        if len(people) != 1 or any(previous.start <= m.start < head.i and self.actors[m.key].kind != "Person"
                                   and self.actors[m.key].kind != "Place" for m in self.mentions):
            return None
        key = people.pop()
        return [key] if not self.actors[key].roles else None

    def _quote_continuation(self, head: Token) -> list[str] | None:
        """"« … » a poursuivi l'expert": a definite singular epithet, inverted subject of the verb that closes a
        quotation, is the one person the article named before it, when that person has no title (a titled one is
        resolved by its role)."""
        verb = head.head  # ("a poursuivi l'expert" is often parsed with the expert as an object)
        if head.dep_ not in {"nsubj", "obj"} or verb.i >= head.i or morph_get(head, "Number") == ["Plur"] \
                or not {fold(c.text) for c in head.children if c.dep_ == "det"} & {"le", "la", "l'"} \
                or not any(t.text in {"»", "”", '"'} for t in self.doc[max(verb.i - 4, 0):verb.i]):
            return None
        people = list(dict.fromkeys(m.key for m in self.mentions if m.end <= head.i and self.actors[m.key].kind == "Person"))
        return people if len(people) == 1 and not self.actors[people[0]].roles else None

    def _titled_as(self, key: str, head_text: str) -> bool:
        """Is a mention of this actor right after a title the role noun covers ("Le docteur X" for "le médecin")?"""
        covered = {fold(w) for w in self.data.table("role_epithets").get(head_text) or ()} | {head_text}
        return any(m.start > 0 and fold(self.doc[m.start - 1].text) in covered for m in self.mentions if m.key == key)

    def _former_title(self, key: str) -> bool:
        """Is this actor titled as a former holder ("l'ancien Premier ministre X") before one of its mentions?"""
        former = self.data.words("former_role_modifiers")
        return any(fold(t.text) in former for m in self.mentions if m.key == key
                   for t in self.doc[max(m.start - 4, 0): m.start])

    def _unnamed_office_holder(self, head: Token, head_text: str, nationality: str) -> list[str] | None:
        """"le président américain" that no titled person of the article holds: the one person the article named
        before it, untitled ("Donald Trump … Le président américain a répété"). Only "le/la" + a leader title
        qualified by the demonym, never a former or future holder ("l'ancien président américain"). (Falling back
        to the state when nobody is named cost precision on other texts: not done.)"""
        determiners = {fold(c.text) for c in head.children if c.dep_ == "det"} | {
            "le" for c in head.children if c.dep_ == "case" and fold(c.text) in {"du", "au"}}  # "le porte-parole du président turc"
        modifiers = {fold(c.text) for c in head.children if c.dep_ == "amod"}
        leader = head_text in self._leader_heads
        if not (leader or head_text in self.data.words("state_office_roles")) or not determiners <= {"le", "la", "l'"} \
                or not determiners or morph_get(head, "Number") == ["Plur"] or fold(head.text).startswith("ex-") \
                or modifiers & self.data.words("former_role_modifiers"):
            return None
        if not self._office_demonym(head, nationality):
            return None  # "le chef de la mission kényane": the state qualifies a body, not the office
        holders = [a for a in self.actors.values() if a.kind == "Person" and a.nationality == nationality
                   and (a.roles or a.leader)]
        if holders:
            return None  # a titled person of that state is named: the role is theirs or another's, not guessed
        people = list(dict.fromkeys(m.key for m in self.mentions if m.end <= head.i and self.actors[m.key].kind == "Person"))
        untitled = [k for k in people if not self.actors[k].roles and self.actors[k].nationality is None]
        if leader and len(people) == 1 and untitled:
            return people  # the only person named so far, with no title: the leader the article is about
        union = nationality in self._orgs.values() and self._foreign_minister(" ".join(t.text for t in list(head.subtree)[:8]))
        if not untitled and (nationality in self._countries.values() or union) and not any(  # "chef de la diplomatie européenne"
                a.kind == "Person" and not a.roles and a.nationality is None and a.first > head.i for a in self.actors.values()):
            # no person named in the article who might hold it: the office is unnamed and speaks for its state
            # ("« Nous ne céderons pas », a lancé le président ukrainien"; tests/gold/NOTES.md)
            return [self._ensure_country(nationality, head)]
        if people and all(self.actors[k].roles and self.actors[k].nationality for k in people) \
                and nationality in self._countries.values():
            # "Le président français X … Le chancelier allemand a rappelé": everyone named before holds another
            # state's title, so the office is unnamed: it speaks for its state (tests/gold/NOTES.md, invented set 5)
            return [self._ensure_country(nationality, head)]
        return None

    def _office_demonym(self, head: Token, nationality: str) -> bool:
        """Does the demonym qualify the office itself: "le président ukrainien", or a word of the office's name
        (``state_office_complements``: "le secrétaire d'État américain", "le chef de la diplomatie russe",
        "le ministre des Affaires étrangères chinois")? Not a body the office heads ("le chef de la mission kényane")."""
        if any(c.dep_ == "amod" and self._demonym(c) == nationality for c in head.children):
            return True
        parts = self.data.words("state_office_complements")
        return any(c.dep_ in {"nmod", "obl:mod", "obl"} and c.i > head.i and fold(c.text) in parts
                   and any(a.dep_ == "amod" and self._demonym(a) == nationality for a in c.children) for c in head.children)

    def _company_epithet(self, head: Token) -> list[str] | None:
        """"Nintendo a présenté … Le géant japonais promet …": a definite company epithet (``company_epithets``) is the
        one organisation (not a medium) the article named before it; None when it named several."""
        if not {fold(c.text) for c in head.children if c.dep_ == "det"} & {"le", "la", "l'"}:
            return None
        named = {m.key for m in self.mentions if m.end <= head.i and self.actors[m.key].kind == "Organization"
                 and not self.actors[m.key].medium}
        named = set(kind_compatible("groupe", sorted(named), self.actors, self.data))  # a company: never the union
        return sorted(named) if len(named) == 1 else None

    def _foreign_minister(self, role: str) -> bool:
        """Does a role phrase name the foreign minister ("chef de la diplomatie", "ministre des Affaires étrangères")?"""
        folded = fold(role)
        return any(words in folded for words in self.data.words("foreign_minister_words"))


#: Determiners of a noun that takes up no one: "aucun groupe", "un groupe", "chaque organisation", "tout groupe".
_INDEFINITE = {"un", "une", "des", "aucun", "aucune", "nul", "nulle", "tout", "toute", "tous", "toutes", "chaque", "plusieurs",
               "certains", "certaines", "quelques", "quelque", "divers", "diverses"}


def _indefinite(head: Token) -> bool:
    """"ne permettait à aucun groupe d'utiliser son sol": an indefinite or negative noun phrase is no anaphor."""
    return any(c.dep_ == "det" and fold(c.text) in _INDEFINITE for c in head.children)


def _named_after(head: Token) -> bool:
    """"Le syndicat Unifor", "l'ONG Memorial": a class noun followed by its own capitalised name
    (French adjectives are lower case) names that body."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return following is not None and following.pos_ in {"PROPN", "ADJ", "NOUN"} and following.head.i == head.i \
        and following.text[:1].isupper() and following.text not in {"Nord", "Sud", "Est", "Ouest"} \
        and not any(c.dep_ == "case" for c in following.children)


def _tensed_title(doc, j: int, before: int, data) -> bool:
    """"l'ancien maire de Lunel, X": a determiner, then a tense adjective (``role_tense_modifiers``), before the role,
    and no verb between the role and the name ("l'ancien leader X décrit sa fille, Y": Y holds no title)."""
    return j >= 2 and fold(doc[j - 1].text) in data.table("role_tense_modifiers") and fold(doc[j - 2].text) in DETERMINERS \
        and not any(t.pos_ in {"VERB", "AUX"} for t in doc[j:before])
