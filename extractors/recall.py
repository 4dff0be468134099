"""More actor mentions than the NER gives (a mixin of ``extractors.entities.ArticleActors``).

- "Moody's" / "Moody’s": a capitalised word with an English possessive is an organisation.
- Known media ("France 24", "au Figaro" for "Le Figaro") are organisations, before the
  country gazetteer takes "France".
- "le site RealClearPolitics", "le quotidien Kathimerini": a proper noun after a media noun
  is a medium, even when the NER read it as a person.
- "le président Obama" (NER span "président Obama", or "Obama" tagged ADJ), "B. Obama":
  a capitalised word that is the surname of a person the article names in full is that person.
- "Parti populaire espagnol" is also "Parti populaire".
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.body_names import descriptor_name_end, ministry_name_end
from extractors.company_titles import titled_company
from extractors.lang import fold
from extractors.token_table import entities_of, token_table

#: Capitalised words that follow a media noun without naming a medium ("le site Internet").
_NOT_MEDIA_NAMES = {"internet", "web", "officiel", "officielle"}


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("’", "").replace("'", "").isalpha() and not text.isupper()


def _inside_person(span: Span) -> bool:
    """Is this span part of a longer person name ("Bloomberg" in "Michael Bloomberg")?"""
    doc = span.doc
    if any(t.ent_type_ == "PER" for t in span) and (
            (span.start > 0 and doc[span.start - 1].ent_type_ == "PER" and doc[span.start].ent_iob_ == "I")
            or (span.end < len(doc) and doc[span.end].ent_iob_ == "I")):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and _capitalised(before.text) and not before.is_sent_start and not before.is_stop


#: Kinship nouns: "sa fille" is the person of the possessor's family the article names.
_KIN = {"fille", "fils", "pere", "mere", "frere", "soeur", "sœur", "epouse", "mari", "epoux", "niece", "neveu", "oncle", "tante"}
#: The gender a kin noun gives the relative it names.
_KIN_GENDER = {**{k: "Fem" for k in ("fille", "mere", "soeur", "sœur", "epouse", "niece", "tante")},
               **{k: "Masc" for k in ("fils", "pere", "frere", "mari", "epoux", "neveu", "oncle")}}


def person_name_words(doc) -> set[str]:
    """Folded words of the full person names (two words or more) the NER found ("marine", "le", "pen")."""
    return {fold(t.text) for ent in entities_of(doc) if ent.label_ == "PER" and len(ent) >= 2 for t in ent if t.text[:1].isupper()}


#: Lower-case nouns before a place name that make it a street or square, never an actor ("la place Tahrir").
_STREET_NOUNS = {"place", "rue", "avenue", "boulevard", "quai", "pont", "square", "esplanade", "parvis", "allee"}


def street_name(span: Span) -> bool:
    """"place Tahrir", "boulevard Saint-Michel": a place name that names a street or square."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text.islower() and fold(before.text) in _STREET_NOUNS


def facility_name(span: Span, facility_nouns: frozenset[str]) -> bool:
    """"la centrale de Fukushima Daiichi", "le boson de Higgs", "leurs ministères de la Défense": a name after "de"
    that names a facility, a work or a portfolio (``facility_nouns``), never an actor there."""
    at = span.start - 1
    if at > 0 and fold(span.doc[at].text) in {"la", "l'"}:
        at -= 1  # "leurs ministères de la Défense"
    if at < 1 or fold(span.doc[at].text) not in {"de", "d'", "du"}:
        return False
    noun = span.doc[at - 1]
    return noun.pos_ == "NOUN" and noun.text.islower() and fold(noun.text) in facility_nouns


class NameRecall:
    """Extra mentions for ``ArticleActors`` (see the module docstring)."""

    def _kin(self, token) -> list[str]:
        """"sa fille" (possessor Jean-Marie Le Pen) -> the other person named Le Pen, when there is one."""
        if token.pos_ != "NOUN" or fold(token.text) not in _KIN or \
                not any(fold(c.text) in {"sa", "son", "ses", "leur"} and c.dep_ == "det" for c in token.children):
            return []
        families: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            words = actor.label.split()
            if actor.kind == "Person" and len(words) >= 2:
                families.setdefault(fold(" ".join(words[1:] if len(words) > 2 and words[1][:1].isupper() and words[1] in {"Le", "La", "De", "Van", "Von"} else words[-1:])), []).append(key)
        wanted = _KIN_GENDER.get(fold(token.text))

        def relative(key: str) -> list[str]:
            for members in families.values():
                if key in members and len(members) == 2:
                    other = [m for m in members if m != key]  # "sa fille" is a woman: never the father
                    return [] if wanted and self.actors[other[0]].gender not in {None, wanted} else other
            return []
        # "Le président français et son épouse ont visité": resolving the subject resolves its conjuncts, this
        # noun among them; a noun already being looked up here owns nothing (no endless recursion)
        if token.i in self._kin_in_progress:
            return []
        self._kin_in_progress.add(token.i)
        try:
            owner = self._kin_from_subjects(token, relative)
        finally:
            self._kin_in_progress.discard(token.i)
        if owner:
            return owner
        before = [m for m in self.mentions if m.end <= token.i and relative(m.key)]
        return relative(before[-1].key) if before else []

    def _kin_from_subjects(self, token, relative) -> list[str]:
        """The relative of the subject of the kin noun's clause (or of the clause it depends on), if any."""
        head = token.head
        for _ in range(4):
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i != token.i]
            for subject in subjects:
                for key in self.resolve(subject):
                    if relative(key):
                        return relative(key)
            if head.head == head:
                break
            head = head.head
        return []

    def _early_mentions(self, taken: set[int]) -> None:
        """Possessive organisations, known media and names after a media noun; before the gazetteer."""
        from extractors.entities import text_of

        doc = self.doc
        tokens, texts = self._tokens, self._texts
        for i, text in enumerate(texts):
            if text[-1:] not in {"'", "’"} or i in taken or i + 1 >= len(tokens):
                continue
            if text[:1].isupper() and len(text) > 2 and texts[i + 1] == "s" and not tokens[i].whitespace_:
                span = doc[i: i + 2]
                label = span.text
                key = self._ensure("org:" + fold(label.replace("’", "'")), label, "Organization", span.start)
                self.actors[key].aliases.update({label, label.replace("’", "'"), label.replace("'", "’")})
                self._add_mention(span, key)
                taken.update(range(span.start, span.end))
        self._body_name_mentions(taken)
        media = self.data.derived("media_names", lambda _: self._media_names())  # the same for every article
        capitalised = [i for i, t in enumerate(texts) if t[:1].isupper()]  # tested before a Span is made: most are not
        whole, starts = text_of(doc), token_table(doc).starts
        for length in (3, 2, 1):
            for start in capitalised:
                if start > len(tokens) - length:
                    break
                if not taken.isdisjoint(range(start, start + length)):
                    continue
                last = start + length - 1  # the span's text, read from the doc's text: no Span made
                prefix = media.get(fold(whole[starts[start]: starts[last] + len(texts[last])]))
                if prefix is None:
                    continue
                span = doc[start: start + length]
                if _inside_person(span):
                    continue  # "Michael Bloomberg" is not the medium Bloomberg
                label = prefix + span.text
                key = self._ensure("org:" + fold(label), label, "Organization", span.start)
                self.actors[key].aliases.update({label, span.text})
                self.actors[key].medium = True
                self._add_mention(span, key)
                taken.update(range(span.start, span.end))
        folded = token_table(doc).folded
        for i in range(1, len(tokens)):
            if folded[i - 1] not in self._media_heads:  # the cheapest test first: a media noun right before
                continue
            token = tokens[i]
            if i in taken or token.pos_ not in {"PROPN", "X"} or not _capitalised(token.text) or fold(token.text) in _NOT_MEDIA_NAMES:
                continue
            if fold(token.text) in self._countries or fold(token.text) in self._demonyms or token.is_stop:
                continue
            end = i + 1
            while end < len(tokens) and end not in taken and _capitalised(texts[end]) and tokens[end].pos_ in {"PROPN", "X"}:
                end += 1
            span = doc[i: end]
            key = self._ensure("org:" + fold(span.text), span.text, "Organization", span.start)
            self.actors[key].medium = True
            self._add_mention(span, key)
            taken.update(range(span.start, span.end))

    def _body_name_mentions(self, taken: set[int]) -> None:
        """"le ministère des Transports", "l'équipementier automobile Vartel": bodies the NER cuts or misreads
        (extractors/body_names.py); a known organisation or medium is left to the gazetteer."""
        doc, nouns = self.doc, self.data.words("descriptor_org_nouns")
        places = self._countries.keys() | self._metonyms.keys()
        is_demonym = lambda t: bool(self._demonym(t))
        folded, ministry = token_table(doc).folded, fold("ministère")
        for i, text in enumerate(self._texts):
            if folded[i] != ministry and folded[i] not in nouns:
                continue  # the cheapest test first: neither "ministère" nor a descriptor noun
            if i in taken or not text.islower():
                continue
            end = ministry_name_end(doc, i, is_demonym)
            if end is None:
                end = descriptor_name_end(doc, i, nouns, is_demonym, lambda name: fold(name) in places)
                name = i + 1 if end is not None else i
                while end is not None and not doc[name].text[:1].isupper():
                    name += 1  # the name after the noun's adjectives
            else:
                name = i
            if end is None or not taken.isdisjoint(range(i, end)):
                continue
            span = doc[name:end]
            if fold(span.text) in self._orgs and name > i or fold(span.text) in self._media:
                continue
            label = self._orgs.get(fold(span.text), span.text)
            key = self._ensure("org:" + fold(label), label, "Organization", span.start)
            self.actors[key].aliases.add(span.text)
            self._add_mention(doc[i:end], key)  # the noun too: "L'équipementier ... Vartel" (name tagged ADV) speaks
            taken.update(range(i, end))
        self._titled_company_mentions(taken)

    def _titled_company_mentions(self, taken: set[int]) -> None:
        """"le fabricant de pneumatiques Dorval", "la mutuelle Armor Santé": a company named after its descriptor,
        whatever the NER tagged (extractors/company_titles.py); the descriptor is the company's role."""
        doc, nouns, folded = self.doc, self.data.words("descriptor_org_nouns"), token_table(self.doc).folded
        candidates = [i for i, text in enumerate(self._texts) if folded[i] in nouns and i not in taken and text.islower()]
        if not candidates:
            return  # the cheapest test first: no descriptor noun in the article
        first_names = self.data.words("common_first_names") | self.data.words("female_first_names") | \
            self.data.words("male_first_names_in_a")
        places = self._countries.keys() | self._metonyms.keys() | self._not_actor
        person_nouns = self.data.words("descriptors_of_people_too")  # "le géant Teddy Riner"
        for i in candidates:
            if i in taken or (found := titled_company(
                    doc, i, nouns, first_names, lambda name: fold(name) in places, person_nouns=person_nouns)) is None:
                continue
            start, end = found
            if not taken.isdisjoint(range(i, end)) or fold(doc[start:end].text) in self._media:
                continue
            span = doc[start:end]
            label = self._orgs.get(fold(span.text), span.text)
            key = self._ensure("org:" + fold(label), label, "Organization", span.start)
            self.actors[key].aliases.add(span.text)
            self.actors[key].roles.add(doc[i:start].text)  # "fabricant de pneumatiques": a company (org_anaphor_kinds.py)
            self._add_mention(doc[i:end], key)
            taken.update(range(i, end))

    def _media_names(self) -> dict[str, str]:
        """Folded known-media names -> the article to put before the text ("figaro" -> "Le "); gazetteer names excluded."""
        names: dict[str, str] = {}
        for name in self._media:
            words = name.split()
            if len(name) <= 4 or name in self._orgs:
                continue  # acronyms and gazetteer names: the NER and the gazetteer find them
            names[fold(name)] = ""
            if words[0] in {"le", "la", "les"} and len(words) > 1:
                names.setdefault(fold(" ".join(words[1:])), words[0].capitalize() + " ")
        return names

    def _full_names_of(self, person_spans: list[Span], taken: set[int]) -> list[Span]:
        """"Navi Pillay" the NER missed (ADJ "Pillay") when it tagged "Pillay" alone as a person elsewhere."""
        doc = self.doc
        used = {i for span in person_spans for i in range(span.start, span.end)} | taken
        singles = {fold(span.text) for span in person_spans if len(span) == 1 and _capitalised(span.text)}
        found = []
        for i in range(1, len(self._texts)) if singles else ():
            if i in used or fold(self._texts[i]) not in singles or not _capitalised(self._texts[i]):
                continue
            token, before = self._tokens[i], self._tokens[i - 1]
            folded = fold(before.text)
            if before.i in used or not _capitalised(before.text) or before.is_stop or len(before.text) < 2 \
                    or folded in self._countries or folded in self._demonyms or folded in self._titles or folded in self._media_heads:
                continue
            found.append(doc[before.i: token.i + 1])
            used.update({before.i, token.i})
        return found

    def _late_mentions(self) -> None:
        """Known surnames the NER or the tagger missed; organisation names without their demonym."""
        doc = self.doc
        surnames: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            words = actor.label.split()
            if actor.kind == "Person" and len(words) >= 2 and len(words[-1]) >= 3:
                surnames.setdefault(fold(words[-1]), []).append(key)
        alias_only: set[str] = set()  # "Xi" the NER found alone elsewhere: a family name written first
        for key, actor in self.actors.items():
            if actor.kind == "Person" and len(actor.label.split()) >= 2:
                for alias in actor.aliases:
                    word = fold(alias)
                    if " " in alias or len(alias) < 2 or key in surnames.get(word, ()):
                        continue
                    if word not in surnames:
                        alias_only.add(word)
                    surnames.setdefault(word, []).append(key)
        for i, text in enumerate(self._texts) if surnames else ():
            if i in self._by_token or not _capitalised(text):
                continue
            keys = surnames.get(fold(text))
            if not keys or len(keys) > 1 or self._tokens[i].is_stop:
                continue
            if fold(text) in alias_only and self._tokens[i].pos_ != "PROPN":
                continue  # a word the tagger did not read as a name (and whose verb may teach a wrong gender)
            token = self._tokens[i]
            if token.i + 1 < len(doc) and _capitalised(doc[token.i + 1].text) and doc[token.i + 1].i not in self._by_token:
                continue  # "Michelle Obama": another full name
            start = token.i
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and len(before.text.rstrip(".")) == 1 and before.text[:1].isupper() and before.i not in self._by_token:
                start = before.i  # "B. Obama"
            elif before is not None and _capitalised(before.text) and not before.is_sent_start and before.i not in self._by_token:
                continue
            elif before is not None and before.text == "-" and not before.whitespace_:
                continue  # "Brout-Englert-Higgs" is not Peter Higgs
            span = doc[start: token.i + 1]
            if facility_name(span, self.data.words("facility_nouns")):
                continue  # "le boson de Higgs"
            self.actors[keys[0]].aliases.add(span.text)
            self._add_mention(span, keys[0])
        self._organisation_head_words()
        self._region_names()
        for actor in self.actors.values():
            words = actor.label.split()
            if actor.kind == "Organization" and len(words) >= 3 and fold(words[-1]) in self._demonyms:
                actor.aliases.add(" ".join(words[:-1]))  # "Parti populaire espagnol" -> "Parti populaire"

    def _organisation_head_words(self) -> None:
        """"la Commission européenne …, la Commission": a capitalised word after a definite article, that opens the
        name of one organisation named before (and of no other), is that organisation; not when a qualifier follows
        ("la Commission électorale" is another one). A mention only, no alias: elsewhere "la Commission" may be
        another body."""
        heads: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            words = actor.label.split()
            if actor.kind == "Organization" and not key.startswith("group:") and len(words) >= 2 \
                    and len(words[0]) >= 4 and _capitalised(words[0]):
                heads.setdefault(fold(words[0]), []).append(key)
        doc = self.doc
        for i, text in enumerate(self._texts) if heads else ():
            keys = heads.get(fold(text))
            if not keys or len(keys) > 1 or i in self._by_token or i == 0 or not _capitalised(text):
                continue
            token, after = self._tokens[i], doc[i + 1] if i + 1 < len(doc) else None
            if token.is_sent_start or fold(doc[i - 1].text) not in _DEFINITE or self.actors[keys[0]].first >= i:
                continue
            if after is not None and (after.pos_ in {"ADJ", "PROPN"} or _capitalised(after.text)):
                continue
            self._add_mention(doc[i: i + 1], keys[0])


    def _region_names(self) -> None:
        """"des conflits au Moyen-Orient" read by the NER as one MISC name: a capitalised region name of
        ``region_names`` (one token) that no mention covers is a place."""
        regions = self.data.table("region_names")
        for i, text in enumerate(self._texts):
            label = regions.get(fold(text)) if _capitalised(text) else None
            if label is None or i in self._by_token:
                continue
            key = self._ensure("place:" + fold(label), label, "Place", i)
            self._add_mention(self.doc[i: i + 1], key)


#: Definite articles (and "du", "au") before the short name of an organisation named before.
_DEFINITE = {"la", "le", "l'", "du", "au"}
