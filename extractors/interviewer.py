"""The outlet that interviewed a speaker: the addressee of the answer and, as it carries it, its relay.

"Interrogé par la chaîne CNBC, M. Bessent a assuré…", "a répondu … à une question de la RTBF", "a expliqué X au
quotidien O Globo" (tests/gold/NOTES.md, "`reported_by` and `addressee`").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of, tokens_in
from extractors.lang import LanguageData, fold
from extractors.quote_adjacency import full_stop_between

_TO = {"a", "au", "aux"}  # folded "à"
_OF = {"de", "d'", "d’", "du", "des"}


def interviewing_outlet(verb: Token, actors: ArticleActors, speakers: list[str] | tuple[str, ...], data: LanguageData) -> str | None:
    """The actor that put the question this speech verb answers, or None. Only an interviewer that is named: the
    agent of "interrogé par", the "de" of "une question de", or a medium after "au quotidien" / "à la chaîne"."""
    participles, questions = data.words("interview_participles"), data.words("interview_nouns")
    media_heads = data.words("media_heads")
    doc = verb.doc
    for token in tokens_in(sentence_of(verb)):  # the per-doc token list: no new Token objects
        folded = fold(token.text)
        if folded in participles and token.i < verb.i:  # "Interrogé par l'agence Tass, X a jugé…"
            found = _named_after(token, doc, actors) if token.i + 1 < len(doc) and fold(doc[token.i + 1].text) == "par" else []
        elif folded in questions and token.i > verb.i and _after(token, _TO):  # "à une question de la RTBF"
            found = _named_after(token, doc, actors) if token.i + 1 < len(doc) and fold(doc[token.i + 1].text) in _OF else []
        elif folded in media_heads and token.i > verb.i and _after(token, _TO) and not full_stop_between(verb.doc, verb.i + 1, token.i):
            found = _named_after(token, doc, actors)  # "a dit X au quotidien O Globo" (not the next sentence's, glued)
        else:
            continue
        found = [k for k in found if k not in speakers and actors.actors[k].kind not in {"Place", "Country"}]
        if found:
            return found[0]
    return None


def _named_after(token: Token, doc, actors: ArticleActors) -> list[str]:
    """Actors named in the few words after this one, up to a punctuation mark ("par la chaîne CNBC,")."""
    found = []
    for other in doc[token.i + 1: min(token.i + 6, len(doc))]:
        if other.is_punct:
            break
        key = actors.actor_at(other)
        if key is not None and key not in found:
            found.append(key)
    return found



def _after(token: Token, preps: set[str]) -> bool:
    """Is the noun introduced by one of these prepositions ("à une question", "au quotidien")?"""
    doc = token.doc
    before = [fold(t.text) for t in doc[max(token.i - 3, 0): token.i]]
    return bool(before) and (before[-1] in preps or (len(before) >= 2 and before[-2] in preps and before[-1] in _ARTICLES))


_ARTICLES = {"la", "l'", "l’", "le", "une", "un", "son", "sa"}


def without_participle_agents(keys: list[str], aux: Token, actors: ArticleActors) -> list[str]:
    """Drop the actors named before the auxiliary only inside a participle's prepositional phrase: "Le Premier
    ministre, interrogé par la radio NRK, a assuré" (the radio asked; it does not speak), unlike the apposition "Le
    Premier ministre, Garry Conille, a assuré"."""
    before = aux.doc[sentence_of(aux).start: aux.i]
    return [k for k in keys if not (named := [t for t in before if actors.actor_at(t) == k])
            or not all(_in_participle_phrase(t) for t in named)]  # ("Il a de son côté …": a pronoun's antecedent stays)


def _in_participle_phrase(token: Token) -> bool:
    node = token
    for _ in range(6):
        if node.head == node or node.dep_ in {"nsubj", "nsubj:pass", "appos"}:
            return False
        if node.dep_ in {"obl:agent", "obl", "obl:arg", "obl:mod"} and node.head.dep_ == "acl" \
                and node.head.morph.get("VerbForm") == ["Part"]:
            return True
        node = node.head
    return False
