"""Pronouns of one article resolved to its actors (a mixin of ``extractors.entities.ArticleActors``).

- "qui" is the noun its relative clause hangs on; after an apposition the parser
  could not resolve ("Bernard Bonnet, le successeur de Claude Erignac, qui…"),
  the name the apposition describes.
- "il"/"elle" as subject of a complement clause is the subject of the governing
  clause when number and gender agree ("X a déclaré qu'il…"); otherwise the most
  recent subject that agrees (``context``), then the last person or organisation named.
- "lui" is a source only after "pour"/"selon"/"d'après" ("Pour lui, …", "Selon lui, …").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.apposed_relatives import apposed_relative_anchor
from extractors.country_pronouns import country_subject_just_before, sentence_before
from extractors.lang import fold
from extractors.roles import role_word


#: Determiners and contractions before a title, and the gender they give the name after it.
_GENDERED = {"le": "Masc", "du": "Masc", "au": "Masc", "ce": "Masc", "un": "Masc", "la": "Fem", "cette": "Fem",
             "une": "Fem"}


#: The prepositions that make "lui" / "elle" a source: "Pour lui, …", "Selon elle, …", "D'après lui, …".
_SOURCE_PREPOSITIONS = frozenset({"pour", "selon", "apres"})
#: Feminine and masculine endings of role nouns (folded): "avocate"/"avocat", "rectrice"/"recteur".
_FEMININE_ENDINGS = (("trice", "teur"), ("euse", "eur"), ("ienne", "ien"), ("ere", "er"), ("e", ""))


class PronounResolution:
    """Pronoun resolution for ``ArticleActors`` (see the module docstring)."""

    def _agrees(self, key: str, gender: str) -> bool:
        """Can a pronoun of this gender refer to the actor? People only when their gender is unknown or the same."""
        actor = self.actors[key]
        if actor.kind == "Country":
            return self._institution_agrees(key, gender)  # "Le gouvernement grec … Il a déclaré"
        if actor.kind != "Person":
            return actor.kind == "Organization" and actor.gender in {None, gender}  # gender of an unnamed institution's noun
        return self._fits(key, gender, strict=False)

    def _fits(self, key: str, gender: str, *, strict: bool) -> bool:
        """Can "il"/"elle" be this person? ``strict``: "elle" only for a person known to be a woman (first name,
        "Mme", agreement, "la ministre X"); a person of unknown gender is more often a man in the news."""
        known = self._gender_of(key)
        return known == gender or (known is None and (gender == "Masc" or not strict))

    def _gender_of(self, key: str) -> str | None:
        """The gender the text gives a person, else the one of the determiner of a title before a mention of the
        name ("la ministre Ama Ofori", "le chancelier Friedrich Merz", "de la présidente X")."""
        if self.actors[key].gender:
            return self.actors[key].gender
        cache = self.__dict__.setdefault("_title_genders", {})
        if key not in cache and self.actors[key].roles:
            # "Son avocate, Me Kerlan": a role learned in a gendered form ("avocate", "rectrice", "procureur")
            genders = {g for r in self.actors[key].roles if r.split() and (g := self._role_gender(r.split()[0]))}
            if len(genders) == 1:
                cache[key] = genders.pop()
        if key not in cache:
            votes = {"Masc": 0, "Fem": 0}
            for mention in self.mentions:
                if mention.key != key:
                    continue
                i = mention.start - 1
                while i >= 0 and self.doc[i].pos_ in {"NOUN", "ADJ"} and i > mention.start - 5:
                    i -= 1
                determiner = self.doc[i] if 0 <= i < mention.start - 1 else None
                if determiner is not None and determiner.pos_ in {"DET", "ADP"} and fold(determiner.text) in _GENDERED:
                    votes[_GENDERED[fold(determiner.text)]] += 1
            cache[key] = None if votes["Masc"] == votes["Fem"] else max(votes, key=votes.get)
        return cache[key]

    def _role_gender(self, role: str) -> str | None:
        """The gender of a role noun that has a masculine and a feminine form among the role words ("avocat" /
        "avocate", "recteur" / "rectrice", "historien" / "historienne"); None for "ministre", "juge"."""
        heads = self._role_heads
        word = fold(role)
        for feminine, masculine in _FEMININE_ENDINGS:
            if word.endswith(feminine) and word[: len(word) - len(feminine)] + masculine in heads:
                return "Fem"
            if word.endswith(masculine) and word[: len(word) - len(masculine)] + feminine in heads:
                return "Masc"
        return None

    def _previous_clause_antecedent(self, pronoun: Token, gender: str, speaker: list[str]) -> list[str] | None:
        """The main clause of the sentences before the pronoun's (at most three, newest first, quotations left out):
        its subject when a person of this gender; else a person of this gender it acts on ("Le Parti conservateur a
        critiqué X. Il a répondu": X; "Son parti lui reprochait…": the person of "lui"); else an organisation or
        state subject that agrees ("Le nouveau gouvernement s'est donné… Il a déclaré"). None when the sentences
        tell nothing, or their subject is itself a pronoun (the context decides). A medium is a subject only as the
        last ``speaker`` ("…, a déclaré le radiodiffuseur. « … », a-t-il ajouté"), never when it relays."""
        from extractors.entities import sentence_of, sentences_of
        sentences = sentences_of(self.doc)
        number = sentences.index(sentence_of(pronoun))
        for sentence in reversed(sentences[max(number - 3, 0): number]):
            subjects, objects = self._main_clause_actors(sentence, unnamed=sentence.end == sentences[number].start)
            if subjects is None:
                return None
            people = [k for k in subjects if self.actors[k].kind == "Person"]
            fitting = [k for k in people if self._fits(k, gender, strict=True)]
            if fitting:
                return fitting[:1]
            acted_on = [] if self._object_clitic(pronoun) else [k for k in objects if k not in subjects and self.actors[k].kind == "Person" and self._fits(k, gender, strict=True)]
            if acted_on:
                return acted_on[:1]
            bodies = [k for k in subjects if self.actors[k].kind in {"Organization", "Country"} and self._agrees(k, gender)
                      and (not self.actors[k].medium or k in speaker)]
            if bodies and not people:
                return bodies[:1]
            spoken_for = self._role_subject_states(sentence, gender) if not people else []
            if spoken_for:
                return spoken_for  # "Le président japonais a dénoncé… Il a ajouté": the unnamed official's state
        return None

    def _role_subject_states(self, sentence, gender: str) -> list[str]:
        """The state an unnamed official subject of the sentence's main clause speaks for, when the determiner of
        the role noun agrees with the pronoun ("Le président japonais", "La ministre chinoise des Affaires
        étrangères" → Japon, Chine; the state itself need not agree: "le président philippin … Il")."""
        root = sentence.root
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ not in {"nsubj", "nsubj:pass"} or child.pos_ != "NOUN" or self._quoted(child) \
                        or fold(child.text) not in self._role_heads or child.morph.get("Number") == ["Plur"]:
                    continue
                determiner = next((c for c in child.children if c.dep_ == "det"), None)
                if determiner is None or _GENDERED.get(fold(determiner.text)) != gender:
                    continue
                keys = self.resolve(child)
                if len(keys) == 1 and self.actors[keys[0]].kind == "Country":
                    return keys
        return []

    def _object_clitic(self, pronoun: Token) -> bool:
        """"Il lui reproche…": the person acted on before is the clitic's referent, not the subject's."""
        return any(fold(c.text) in {"lui", "le", "la", "l'"} and c.pos_ == "PRON" and c.i < pronoun.head.i
                   and c.dep_ in {"obj", "iobj", "obl:arg", "expl:comp"} for c in pronoun.head.children)

    def _main_clause_actors(self, sentence, *, unnamed: bool = False) -> tuple[list[str] | None, list[str]]:
        """(subjects, others) of a sentence's main clause: the actors subject of the root verb or its conjuncts, and
        the people named as its objects or complements (or a personal clitic, "lui reprochait"); subjects None when
        one is a personal pronoun. Names inside a quotation or a subordinate clause do not count. ``unnamed`` (the
        sentence right before the pronoun only): an unnamed role, state office or institution subject counts too."""
        root = sentence.root
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        subjects: list[str] = []
        for verb in verbs:
            for child in verb.children:
                if child.dep_ not in {"nsubj", "nsubj:pass"} or self._quoted(child):
                    continue
                if child.pos_ == "PRON" and fold(child.text) in {"il", "elle", "ils", "elles"}:
                    return None, []
                keys = self.resolve(child) or self._bare_institution_state(child)
                if not keys and unnamed:  # "Le procureur a requis… Il a estimé", "La préfecture a fermé… Elle"
                    keys = self.unnamed_role(child) or self.unnamed_state_office(child) or self.unnamed_institution(child)
                subjects += [k for k in keys if k not in subjects]
        others: list[str] = []
        for token in sentence:
            key = self._by_token.get(token.i)
            if key is not None and key not in others and not self._quoted(token) and self._in_main_clause(token, verbs):
                others.append(key)
            elif fold(token.text) in {"lui", "le", "la", "l'"} and token.pos_ == "PRON" and token.head in verbs \
                    and token.dep_ in {"obj", "iobj", "obl:arg", "expl:comp"}:
                before = [m for m in self.mentions if m.end <= token.i and self.actors[m.key].kind == "Person"
                          and m.key not in subjects]
                if before:
                    others.append(before[-1].key)  # "Son parti lui reprochait…": the person last named
        return subjects, others

    def _institution_just_before(self, pronoun: Token, gender: str) -> list[str]:
        """"Le nouveau gouvernement s'est donné… Il a cependant déclaré": a subject pronoun right after a sentence
        whose main subject is a bare state institution noun of its gender is that state, before any person."""
        previous = sentence_before(pronoun) if pronoun.dep_ in {"nsubj", "nsubj:pass"} else None
        if previous is None:
            return []
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is None or self.resolve(subject) or \
                self.data.table("state_institution_nouns").get(fold(subject.text)) != gender:
            return []
        return self._bare_institution_state(subject, before=pronoun.i)

    def _bare_institution_state(self, subject: Token, before: int | None = None) -> list[str]:
        """"Le nouveau gouvernement s'est donné…" (a definite state institution noun with no demonym nor complement,
        ``state_institution_nouns``, singular): the country named most before it (or before ``before``), remembered with the noun's gender
        so that the next sentence's "Il a déclaré…" can be that state."""
        gender = self.data.table("state_institution_nouns").get(fold(subject.text))
        if subject.pos_ != "NOUN" or gender not in {"Masc", "Fem"} or not self._article_country(subject, before):
            return []
        country = self._article_country(subject, before)
        self._institutions.setdefault(country, gender)
        return [country]

    def _in_main_clause(self, token: Token, verbs: list[Token]) -> bool:
        """Does a name hang on a main verb through objects, complements and noun modifiers only?"""
        if token.i > 0 and self.doc[token.i - 1].text == "(":
            return False
        node = token
        for _ in range(8):
            if node in verbs:
                return True
            if node.dep_ not in {"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "appos", "flat", "flat:name",
                                 "conj", "nsubj", "nsubj:pass", "dep"} or node.head == node:
                return False
            node = node.head
        return False

    def _quoted(self, token: Token) -> bool:
        from extractors.speakers import quote_spans
        return any(q.start <= token.idx < q.end for q in quote_spans(self.doc))

    def _last_pair(self, pronoun: Token, gender: str) -> list[str]:
        """"X a reçu Y mercredi. Ils ont affirmé…": the two people of the main clause before, one its subject."""
        previous = sentence_before(pronoun)
        if previous is None:
            return []
        subjects, others = self._main_clause_actors(previous)
        people = [k for k in (subjects or []) + others if self.actors[k].kind == "Person"]
        people = list(dict.fromkeys(people))
        if len(people) != 2 or not any(k in (subjects or []) for k in people):
            return []
        return people if gender == "Masc" or all(self._fits(k, "Fem", strict=True) for k in people) else []

    def _resolve_pronoun(self, token: Token, context: list[str] | None) -> list[str]:
        text = fold(token.text).lstrip("-")
        if text in {"qui", "lequel", "laquelle"} and token.head.dep_ in {"acl:relcl", "acl"}:
            if anchor := apposed_relative_anchor(token, self):
                return anchor  # "Kim Yo-jong, sœur du dirigeant Kim Jong-un, qui a qualifié…": Kim Yo-jong
            antecedent = token.head.head
            if antecedent.dep_ == "nmod" and self.state_body_country(antecedent.head):
                antecedent = antecedent.head  # "le ministère français des Armées, qui dit…": the ministry
            keys = self.resolve(antecedent, context=context) or self._apposition_anchor(antecedent)
            if not keys and token.i > 0:
                # "…un sujet sensible pour Pékin, qui a cherché": the relative hung on the wrong noun
                before = self.doc[token.i - 1]
                before = self.doc[token.i - 2] if before.text == "," and token.i > 1 else before
                keys = [self._by_token[before.i]] if before.i in self._by_token else []
                state = self.state_body_country(before.head) if keys and before.dep_ == "nmod" else None
                keys = [state] if state else keys  # "le ministère français des Armées, qui…": the state
            return keys
        if text in {"il", "elle", "celui-ci", "celle-ci", "ils", "elles"}:
            governing = self._governing_subject(token)
            if governing:
                return governing
        if text in {"ils", "elles"} and token.dep_ in {"nsubj", "nsubj:pass"}:
            # "X et Y se sont parlé. Ils ont souligné…", "Les talibans… Ils", "X a reçu Y. Ils ont affirmé…"
            return self._coordinated_antecedent(token) or self._plural_antecedent(token) or \
                self._last_pair(token, "Fem" if text == "elles" else "Masc")
        if text in {"lui", "eux", "elles"} and \
                not any(fold(c.text) in _SOURCE_PREPOSITIONS for c in token.children):
            return []  # "lui" is a source only in "Pour lui, …", "Selon elle" (not the clitic of "lui avait dit")
        if text in {"eux", "elles"}:
            return self._plural_antecedent(token)  # "selon eux, …": the last plural subject
        if text in {"il", "elle", "celui-ci", "celle-ci", "lui"}:
            gender = "Fem" if text in {"elle", "celle-ci"} else "Masc"
            return self._singular_antecedent(token, context or [], gender)
        return []

    def _singular_antecedent(self, token: Token, context: list[str], gender: str) -> list[str]:
        """"il"/"elle", in order: the newest context person (the last speaker) of that gender; the main-clause
        subject of the sentences before, or the person it acts on when that subject is an organisation or of the
        other gender; an older context person; an organisation; the last actor named that agrees."""
        if state := self._institution_just_before(token, gender) or country_subject_just_before(self, token, gender, context):
            return state  # "Le nouveau gouvernement s'est donné… Il", "La France a convoqué… Elle a dénoncé"
        if context and self._named_before_in_sentence(context[-1], token) and self.actors[context[-1]].kind == "Person" \
                and self._fits(context[-1], gender, strict=True):
            return context[-1:]  # "X a dit…. Pour l'analyste Y, … « … », estime-t-il" read as one sentence: Y
        role_holder = self._role_subject_just_before(token, gender, context)
        if role_holder is not None:
            return role_holder
        if context and self.actors[context[-1]].kind == "Person" and self._fits(context[-1], gender, strict=True):
            return context[-1:]
        found = self._previous_clause_antecedent(token, gender, context[-1:])
        if found is not None:
            return found
        for strict in (True, False):
            for key in reversed(context):
                if self.actors[key].kind == "Person" and self._fits(key, gender, strict=strict):
                    return [key]
        for key in reversed(context):
            if self.actors[key].kind != "Person" and self._agrees(key, gender) and not self.actors[key].medium:
                return [key]
        previous = [m for m in self.mentions if m.end <= token.i and self.actors[m.key].kind in {"Person", "Organization"}
                    and self._agrees(m.key, gender)
                    and not self._addressed_outlet(m)]
        salient = [m for m in previous if not self._in_complement(self.doc[m.start])]
        return [(salient or previous)[-1].key] if previous else []

    def _named_before_in_sentence(self, key: str, pronoun: Token) -> bool:
        """Is this actor named in the pronoun's own sentence, before it?"""
        from extractors.entities import sentence_of
        start = sentence_of(pronoun).start
        return any(m.key == key and start <= m.start < pronoun.i for m in self.mentions)

    def _role_subject_just_before(self, pronoun: Token, gender: str, context: list[str]) -> list[str] | None:
        """"Le ministre français des Armées a salué… Le calendrier a été fixé, a-t-il précisé": a subject pronoun
        right after a sentence whose main subject is a singular role noun of its gender ("le ministre", "le chef
        de la mission de l'UE", "la porte-parole du ministère") is that role's holder, before the last speaker
        named: the person when the phrase names one, else the state or body it speaks for, else nobody ([]).
        None when the sentence before has no such subject, or when it may be the last speaker again ("Emmanuel Macron
        a dit… Le chef de l'État a ensuite… Il": a state his nationality; "le ministre" when a named actor is one):
        the usual order decides."""
        source = any(fold(c.text) in _SOURCE_PREPOSITIONS for c in pronoun.children)  # "Selon elle, …"
        if (pronoun.dep_ not in {"nsubj", "nsubj:pass", "expl:subj"} and not pronoun.text.startswith("-") and not source) \
                or self._quoted(pronoun):
            return None  # a subject (the parser takes "Il a promis que" for impersonal), or the "-il" of "a-t-il précisé"
        previous = sentence_before(pronoun)
        if previous is None:
            return None
        root = previous.root
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        candidates = [c for verb in verbs for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if root.pos_ == "NOUN" and root.left_edge.i == previous.start and any(
                c.dep_ == "acl:relcl" or (c.dep_ == "acl" and any(a.dep_.startswith("aux") for a in c.children)) for c in root.children):
            candidates.append(root)  # "Le président X, qui recevait…, a pour sa part appelé…", "Le dirigeant, élu…, était connu"
        human_nouns = self.data.words("human_subject_nouns")
        for subject in candidates:
            human = fold(subject.text) in human_nouns and subject.dep_ != "nsubj:pass" \
                and fold(pronoun.head.lemma_) not in self.data.words("continuation_speech_verbs")  # "La mère d'une victime a témoigné. « … », a-t-elle dit"
            if subject.pos_ != "NOUN" or self._quoted(subject) \
                    or (fold(subject.text) not in self._role_heads and not human) or subject.morph.get("Number") == ["Plur"] \
                    or fold(subject.text) in self.data.words("collective_role_heads"):
                continue  # a person's role, not a body ("Son parti lui reprochait… Il": not the party)
            determiner = next((c for c in subject.children if c.dep_ == "det"), None)
            if determiner is None or fold(determiner.text) not in {"le", "la", "l'"}:
                continue
            noun_gender = _GENDERED.get(fold(determiner.text)) or next(iter(subject.morph.get("Gender")), None)
            if noun_gender != gender:
                continue
            keys = self.resolve(subject) or self.unnamed_state_office(subject) or self.unnamed_role(subject)
            people = [k for k in keys if self.actors[k].kind == "Person"]
            if people:
                return people[:1]
            last = self.actors[context[-1]] if context else None
            if not keys and human:
                return []  # an unnamed relative, witness or athlete: nobody, not the last speaker
            if not keys:  # "Le ministre de la Santé s'est rendu… Il a promis": nobody, not the last speaker
                word = role_word(subject.text)
                offices = self.data.words("unnamed_state_offices") | self.data.words("unnamed_speaker_roles")
                described = word in offices or (self._role_gender(word) is not None and any(
                    c.dep_ == "nmod" and c.i > subject.i and not self.resolve(c) for c in subject.subtree))
                return [] if described and not self._role_held(word) else None  # "le directeur du club": nobody named
            if last is not None and last.kind == "Person" and last.nationality == self.actors[keys[0]].label:
                return None
            return keys[:1]
        return None

    def _addressed_outlet(self, mention) -> bool:
        """"a expliqué à RFI le ministre X": an outlet spoken to is never the "lui" of "Selon lui" after it."""
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        return self.actors[mention.key].kind == "Organization" and self.actors[mention.key].medium \
            and before is not None and fold(before.text) in {"a", "au", "aupres"}

    def _in_complement(self, token: Token) -> bool:
        """Is this name only the complement of a noun or a preposition ("une édition du Trophée Jules Verne", "à
        Paul", a sponsor in brackets "Luc Fontaine (Aréva)")? Such a name is a poor antecedent for "il"/"elle": the
        name heading its own clause is preferred."""
        if token.i > 0 and token.doc[token.i - 1].text == "(":
            return True
        while token.dep_ in {"flat:name", "flat", "appos"} and token.head != token:
            token = token.head
        return token.dep_ in {"nmod", "obl", "obl:arg", "obl:mod", "obl:agent"} or any(
            c.dep_ == "case" for c in token.children)

    def _coordinated_antecedent(self, pronoun: Token) -> list[str]:
        """"ils"/"elles": the last coordinated subject ("Joe Biden et Xi Jinping") of the two sentences before; never
        one organisation or medium alone (a plural pronoun names a group)."""
        sentence_starts = [t.i for t in self.doc[: pronoun.i] if t.is_sent_start]
        window = sentence_starts[-2] if len(sentence_starts) >= 2 else 0
        for token in reversed(self.doc[window: pronoun.i]):
            if token.dep_ in {"nsubj", "nsubj:pass"} and any(c.dep_ == "conj" for c in token.children):
                keys = self.resolve(token)
                if len(keys) >= 2 and all(self.actors[k].kind in {"Person", "Country", "Organization"} for k in keys):
                    return keys
        return []

    def _plural_antecedent(self, pronoun: Token) -> list[str]:
        """"Les talibans ont visé l'hôtel car selon eux, …": the last subject of the two sentences before that is
        plural (a coordination, or a plural noun naming an organisation or group)."""
        sentence_starts = [t.i for t in self.doc[: pronoun.i] if t.is_sent_start]
        window = sentence_starts[-2] if len(sentence_starts) >= 2 else 0
        for token in reversed(self.doc[window: pronoun.i]):
            if token.dep_ not in {"nsubj", "nsubj:pass"} or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            keys = self.resolve(token)
            coordinated = any(c.dep_ == "conj" for c in token.children)
            if keys and (len(keys) >= 2 or (coordinated is False and token.morph.get("Number") == ["Plur"]
                                            and self.actors[keys[0]].kind in {"Organization", "Country"})):
                return keys
        return []

    def _apposition_anchor(self, noun: Token) -> list[str]:
        """"Bernard Bonnet, le successeur de Claude Erignac, qui…": the name an unresolved apposition describes."""
        first = noun.left_edge.i
        if noun.pos_ != "NOUN" or first < 2 or self.doc[first - 1].text != "," or (first - 2) not in self._by_token:
            return []
        return [self._by_token[first - 2]]

    def _object_relative_subject(self, pronoun: Token) -> list[str]:
        """", qu'il accuse de…", ", qu'elle juge responsable": in an object relative set off by a comma, "il"/"elle"
        is the subject of the clause before the comma (its nearest subject), when it agrees."""
        from extractors.entities import sentence_of
        doc, i = pronoun.doc, pronoun.i
        if fold(pronoun.text) not in {"il", "elle"} or i < 3 or fold(doc[i - 1].text) != "qu'" or doc[i - 2].text != ",":
            return []
        sentence = sentence_of(pronoun)
        subject = next((t for t in reversed(doc[sentence.start: i - 2]) if t.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is None and sentence.root.i < i - 2 and (sentence.root.pos_ in {"PROPN", "NOUN"} or sentence.root.i in self._by_token) \
                and sentence.root.left_edge.i == sentence.start:
            subject = sentence.root  # a parse that took the subject "Quito" for the root
        keys = self.resolve(subject) if subject is not None and subject.pos_ != "PRON" else []
        if len(keys) != 1:
            return []
        actor, gender = self.actors[keys[0]], "Fem" if fold(pronoun.text) == "elle" else "Masc"
        agrees = actor.kind in {"Country", "Organization"} or (actor.kind == "Person" and self._fits(keys[0], gender, strict=False))
        return keys if agrees else []

    def _governing_subject(self, pronoun: Token) -> list[str]:
        """"X a déclaré qu'il…", "X et Y ont dit qu'ils…": a subject pronoun of a complement clause is the
        subject of the clause that governs it, when number and gender agree."""
        if pronoun.dep_ not in {"nsubj", "nsubj:pass"} or pronoun.text.startswith("-"):
            return []  # "« L'UE paiera », affirmait-elle": an inverted attribution governs the quote, not the reverse
        if keys := self._object_relative_subject(pronoun):
            return keys  # "Quito a déposé une plainte contre le Mexique, qu'il accuse d'ingérence": Quito
        clause = pronoun.head
        plural = fold(pronoun.text) in {"ils", "elles"}
        gender = "Fem" if fold(pronoun.text) in {"elle", "elles"} else "Masc"
        for _ in range(3):
            if clause.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or clause.head == clause:
                return []
            clause = clause.head
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} and c is not pronoun]
            if not subjects:
                continue
            if subjects[0].pos_ == "PRON":
                return []
            keys = self.resolve(subjects[0])
            if plural and len(keys) >= 2:
                return keys
            if not plural and len(keys) == 1:
                actor = self.actors[keys[0]]
                if actor.kind in {"Country", "Organization"} or (actor.kind == "Person" and actor.gender in {None, gender}):
                    return keys
            return []
        return []
