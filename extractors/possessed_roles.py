"""A body's officer named by a possessive: "La CEDEAO a menacé le Niger. Son président a affirmé…".

"Son président", "sa secrétaire générale", "leur porte-parole" as the subject of a sentence stand for the
organisation that was the subject just before (tests/gold/NOTES.md: spokespeople and role nouns speak for their body;
"leur direction" -> the company). The person named in the article with that role of that body wins when there is
one. Precision first: only a subject noun, a role of ``possessed_body_roles`` with no complement of its own, a
possessive that agrees in number with the antecedent subject, and an antecedent that is an organisation (a
country's "son président" is a head of state, resolved elsewhere).

It is a mixin of ``extractors.entities.ArticleActors``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold
from extractors.roles import role_word

_SINGULAR_POSSESSIVES = {"son", "sa"}
_PLURAL_POSSESSIVES = {"leur"}
_SUBJECTS = {"nsubj", "nsubj:pass"}


def possessive_of(noun: Token) -> str | None:
    """The folded possessive determiner of ``noun`` ("son", "leurs"), None without one (also possessed_staff.py)."""
    return next((fold(c.text) for c in noun.children if c.dep_ == "det" and c.morph.get("Poss") == ["Yes"]), None)


def plural_owner(subject: Token) -> bool:
    """Whether a possessive's antecedent subject is plural ("leur"); the tagger makes "Greenpeace" Plur, not a name."""
    return subject.morph.get("Number") == ["Plur"] and not subject.text[:1].isupper()


class PossessedRoles:
    """"Son président" -> the organisation subject before it, for ``ArticleActors`` (see the module docstring)."""

    def possessed_role_body(self, token: Token) -> list[str]:
        """The organisation a possessive role subject stands for ("Son président" after "La CEDEAO a menacé…"), or
        the person named with that role of it; [] when the rule does not apply."""
        if token.pos_ != "NOUN" or token.dep_ not in _SUBJECTS or token.morph.get("Number") == ["Plur"] \
                or fold(token.text) not in self.data.words("possessed_body_roles"):
            return []
        possessive = possessive_of(token)
        if possessive not in _SINGULAR_POSSESSIVES | _PLURAL_POSSESSIVES \
                or any(c.dep_ in {"nmod", "appos", "flat:name", "acl", "acl:relcl"} for c in token.children):
            return []
        antecedent = self.previous_subject(token)
        if antecedent is None:
            return []
        if plural_owner(antecedent) != (possessive in _PLURAL_POSSESSIVES):
            return []
        key = self._by_token.get(antecedent.i) or next((self._by_token[c.i] for c in antecedent.children if c.i in self._by_token
                                                        and c.dep_ in {"appos", "flat:name"}), None)  # "Le syndicat CFDT"
        if key is None or self.actors[key].kind != "Organization":
            return []
        holder = self._body_role_holder(role_word(token.text), key)
        return [holder] if holder else [key]

    def previous_subject(self, token: Token) -> Token | None:
        """The main subject of the sentence before the one of ``token`` (its root's subject)."""
        from extractors.entities import sentence_of  # the helpers live with ArticleActors

        sentence = sentence_of(token)
        if any(t.dep_ in _SUBJECTS and t.i < token.i for t in sentence) or sentence.start == 0:
            return None  # another subject in the same sentence comes first: its "son" may be that one's
        previous = sentence_of(self._tokens[sentence.start - 1])
        return next((t for t in previous if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)

    def _body_role_holder(self, word: str, body: str) -> str | None:
        """The one person of the article whose role is ``word`` of this body ("président de la CEDEAO")."""
        names = {fold(self.actors[body].label)} | {fold(a) for a in self.actors[body].aliases}
        holders = sorted({a.key for a in self.actors.values() if a.kind == "Person" and any(
            r.split() and role_word(r.split()[0]) == word and any(n and n in fold(r) for n in names) for r in a.roles)})
        return holders[0] if len(holders) == 1 else None
