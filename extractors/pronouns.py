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

from extractors.lang import fold


class PronounResolution:
    """Pronoun resolution for ``ArticleActors`` (see the module docstring)."""

    def _agrees(self, key: str, gender: str) -> bool:
        """Can a pronoun of this gender refer to the actor? People only when their gender is unknown or the same."""
        actor = self.actors[key]
        if actor.kind == "Country":
            return self._institution_agrees(key, gender)  # "Le gouvernement grec … Il a déclaré"
        if actor.kind != "Person":
            return actor.kind == "Organization"
        return actor.gender in {None, gender}

    def _resolve_pronoun(self, token: Token, context: list[str] | None) -> list[str]:
        text = fold(token.text).lstrip("-")
        if text in {"qui", "lequel", "laquelle"} and token.head.dep_ in {"acl:relcl", "acl"}:
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
            return self._coordinated_antecedent(token)  # "X et Y se sont parlé. Ils ont souligné…"
        if text in {"lui", "eux", "elles"} and \
                not any(fold(c.text) in {"pour", "selon", "apres"} for c in token.children):
            return []  # "lui" is a source only in "Pour lui, …", "Selon elle" (not the clitic of "lui avait dit")
        if text in {"eux", "elles"}:
            return self._plural_antecedent(token)  # "selon eux, …": the last plural subject
        if text in {"il", "elle", "celui-ci", "celle-ci", "lui"}:
            gender = "Fem" if text in {"elle", "celle-ci"} else "Masc"
            for key in reversed(context or []):
                if self._agrees(key, gender):
                    return [key]
            previous = [m for m in self.mentions if m.end <= token.i and self.actors[m.key].kind in {"Person", "Organization"}
                        and self._agrees(m.key, gender)]
            salient = [m for m in previous if not self._in_complement(self.doc[m.start])]
            return [(salient or previous)[-1].key] if previous else []
        return []

    def _in_complement(self, token: Token) -> bool:
        """Is this name only the complement of a noun or a preposition ("une édition du Trophée Jules Verne", "à
        Paul", a sponsor in brackets "Luc Fontaine (Aréva)")? Such a name is a poor antecedent for "il"/"elle": the
        name heading its own clause is preferred."""
        if token.i > 0 and token.doc[token.i - 1].text == "(":
            return True
        while token.dep_ in {"flat:name", "flat", "appos"} and token.head is not token:
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

    def _governing_subject(self, pronoun: Token) -> list[str]:
        """"X a déclaré qu'il…", "X et Y ont dit qu'ils…": a subject pronoun of a complement clause is the
        subject of the clause that governs it, when number and gender agree."""
        if pronoun.dep_ not in {"nsubj", "nsubj:pass"} or pronoun.text.startswith("-"):
            return []  # "« L'UE paiera », affirmait-elle": an inverted attribution governs the quote, not the reverse
        clause = pronoun.head
        plural = fold(pronoun.text) in {"ils", "elles"}
        gender = "Fem" if fold(pronoun.text) in {"elle", "elles"} else "Masc"
        for _ in range(3):
            if clause.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or clause.head is clause:
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
