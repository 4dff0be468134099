"""A remark noun that attributes the sentence before: "C'est la remarque de X.", "Le constat est de X.".

Such a short copular sentence names the speaker of what the previous sentence
says; the cue is the verb of the noun (``remark_nouns`` in the language data:
"remarque" -> "remarquer", "constat" -> "constater"), the content the previous
sentence. Only verbless sentences are read, so "La remarque de X a choqué" is
left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.entities import ArticleActors, folded_lemmas, sentences_of, text_of, tokens_in, tokens_of
from extractors.lang import LanguageData, fold
from extractors.token_table import token_table
from extractors.speakers import quote_spans, speakers_of

_DE = {"de", "d'", "d’", "du", "des"}
_MAX_TOKENS = 14


@dataclass(frozen=True)
class Remark:
    """One attributing remark: the noun, its cue verb, the speakers and the content (chars of the sentence before)."""

    noun: Token
    cue: str
    speakers: tuple[str, ...]
    content_start: int
    content_end: int


def remarks(sentence: Span, actors: ArticleActors, data: LanguageData) -> list[Remark]:
    """The remark in ``sentence``, if it is "C'est la remarque de X" / "Le constat (amer) est de X"."""
    nouns = data.table("remark_nouns")
    table, lemmas, span = token_table(sentence.doc), folded_lemmas(sentence.doc), range(sentence.start, sentence.end)
    if len(sentence) > _MAX_TOKENS or "VERB" in table.pos[sentence.start: sentence.end]:
        return []
    if not any(table.dep[i] == "cop" and lemmas[i] == "etre" for i in span):
        return []
    previous = _previous_sentence(sentence)
    if previous is None:
        return []
    for i in span:
        cue = nouns.get(table.folded[i])
        if table.pos[i] != "NOUN" or cue is None:
            continue
        noun = tokens_of(sentence.doc)[i]
        speakers = _author(noun, sentence, actors)
        if speakers:
            return [Remark(noun, cue, tuple(speakers), previous.start_char, previous.end_char)]
    return []


def speech_noun_subjects(sentence: Span, actors: ArticleActors, data: LanguageData) -> list[Remark]:
    """"Les déclarations de Donald Trump sur le Groenland ont provoqué…": a speech noun (``speech_act_subject_nouns``,
    "déclarations" -> "déclarer") that is a clause's subject with a "de X" complement right after it is X's speech
    act; the content is the noun phrase. As an object ("a refusé de commenter les propos de X") it is not."""
    nouns = data.table("speech_act_subject_nouns")
    found = []
    table = token_table(sentence.doc)
    for i in range(sentence.start, sentence.end):
        cue = nouns.get(table.folded[i])
        if cue is None or table.pos[i] != "NOUN" or table.dep[i] not in {"nsubj", "nsubj:pass"}:
            continue
        noun = tokens_of(sentence.doc)[i]
        if noun.head.i < noun.i \
                or any(q.start <= noun.idx < q.end for q in quote_spans(noun.doc)):
            continue  # (inside a quotation, "Les accusations de Londres sont absurdes" are the quoted words)
        author = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
            m.dep_ == "case" and fold(m.text) in _DE for m in c.children)), None)
        keys = [k for k in actors.resolve(author) if actors.actors[k].kind in {"Person", "Organization", "Country"}] \
            if author is not None else []
        if not keys or noun.doc[author.left_edge.i - 1].i != noun.i and fold(noun.doc[author.left_edge.i - 1].text) not in _DE:
            continue
        last = list(noun.subtree)[-1]
        after_author = author.right_edge.i + 1  # the content is what the noun phrase says after "de X": "sur le Groenland"
        if after_author <= last.i:
            found.append(Remark(noun, cue, tuple(keys), noun.doc[after_author].idx, last.idx + len(last.text)))
        else:
            found.append(Remark(noun, cue, tuple(keys), noun.idx, noun.idx + len(noun.text)))
    return found


def agent_speech_nouns(sentence: Span, actors: ArticleActors, data: LanguageData) -> list[Remark]:
    """"À la suite de l'annonce des résultats par la commission électorale", "après l'annonce par Téhéran d'un
    essai": a speech noun (``agent_speech_nouns``: "annonce" -> "annoncer") with a determiner, then "par" and an
    actor within a few words (no verb or punctuation between), is that actor's speech act; the content is the noun's
    phrase. "l'annonce des résultats par téléphone" gives nothing (no actor)."""
    nouns = data.table("agent_speech_nouns")
    doc = sentence.doc
    found = []
    folded, tokens = token_table(doc).folded, tokens_of(doc)
    for i in range(sentence.start, sentence.end):
        cue = nouns.get(folded[i])  # the doc's folded column: a Token is read only for a speech noun
        if cue is None:
            continue
        noun = tokens[i]
        if noun.pos_ != "NOUN" or noun.i == 0 or fold(doc[noun.i - 1].text) not in _DETERMINERS \
                or any(q.start <= noun.idx < q.end for q in quote_spans(doc)):
            continue
        window = doc[noun.i + 1: min(noun.i + 8, sentence.end)]
        par = next((t for t in window if fold(t.text) == "par"), None)
        if par is None or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[noun.i + 1: par.i]):
            continue
        named = next((t for t in doc[par.i + 1: min(par.i + 4, sentence.end)] if actors.actor_at(t)), None)
        key = actors.actor_at(named) if named is not None else None
        if key is None or actors.actors[key].kind not in {"Person", "Organization", "Country"} \
                or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[par.i + 1: named.i]):
            continue
        end = named.i
        while end + 1 < sentence.end and actors.actor_at(doc[end + 1]) == key:
            end += 1  # the whole name of the agent
        last = max(noun.subtree, key=lambda t: t.i)
        if par.i > noun.i + 1 or last.i <= end:  # "l'annonce des résultats par X": the words before "par"
            start, stop = noun.idx, doc[par.i - 1].idx + len(doc[par.i - 1].text)
        else:  # "l'annonce par Téhéran d'un nouvel essai": the words after the agent
            start, stop = doc[end + 1].idx, last.idx + len(last.text)
        found.append(Remark(noun, cue, (key,), start, stop))
    return found


_DETERMINERS = {"l'", "l’", "la", "le", "une", "un", "cette", "cet", "ce", "sa", "son"}


def _author(noun: Token, sentence: Span, actors: ArticleActors) -> list[str]:
    """The actor of "de X" right after the noun ("la remarque de X") or after the copula ("le constat est du
    professeur X")."""
    doc = noun.doc
    after = doc[noun.i + 1: sentence.end]
    start = next((t.i for t in after if fold(t.text) in _DE), None)
    if start is None or any(t.pos_ in {"VERB"} or fold(t.text) in {"que", "qu'", "qui"} for t in doc[noun.i + 1: start]):
        return []
    for token in doc[start + 1: min(start + 6, sentence.end)]:
        key = actors.actor_at(token)
        if key and actors.actors[key].kind in {"Person", "Organization", "Country"}:
            return [key]
        if token.is_punct:
            break
    return []


def _previous_sentence(sentence: Span) -> Span | None:
    """The sentence before, when it holds words of its own (not a heading or a time stamp)."""
    before = [s for s in sentences_of(sentence.doc) if s.end <= sentence.start]
    if not before or sum(t.is_alpha for t in before[-1]) < 4:
        return None
    return before[-1]


_FOLLOWING = {"suivant", "suivante", "suivants", "suivantes"}


def _nominal(token: Token) -> bool:
    """A noun, or a participle-looking noun with its determiner ("une violente envolée" tagged as a verb)."""
    return token.pos_ == "NOUN" or token.pos_ in {"VERB", "ADJ"} and any(c.dep_ == "det" for c in token.children)


def _noun_before_colon(last: Token, nouns: frozenset[str]) -> Token | None:
    """The speech noun that ends the clause before a colon, itself or before one adjective ("une violente envolée",
    "un message sans ambiguïté" is not read): not the subject of its clause ("Le message est clair : « … »")."""
    doc = last.doc
    for token in (last, doc[last.i - 1] if last.i > 0 else last):
        if _nominal(token) and (fold(token.lemma_) in nouns or fold(token.text) in nouns):
            if token.dep_ in {"nsubj", "nsubj:pass"} or (token is not last and last.pos_ != "ADJ"):
                return None
            return token
    return None


def announced_quotes(sentence: Span, actors: ArticleActors, data: LanguageData, context: list[str]) -> list[Remark]:
    """"X s'est basé sur le raisonnement suivant : « … »", "X a tenu les propos suivants : « … »": a speech noun
    (``announced_speech_nouns``) with "suivant" and a colon right before a quotation is a direct quote of the
    subject of the verb the noun hangs on; the cue is the noun."""
    nouns = data.words("announced_speech_nouns")
    doc = sentence.doc
    found = []
    texts, tokens = token_table(doc).texts, tokens_of(doc)
    for i in range(sentence.start, sentence.end):
        if i + 2 >= len(texts) or texts[i + 1] != ":":
            continue  # the doc's text column: a Token is read only before a colon
        token = tokens[i]
        if fold(token.text) in _FOLLOWING:
            noun = token.head if token.head.i < token.i else doc[token.i - 1]
        else:
            noun = _noun_before_colon(token, nouns)  # "lors d'une violente envolée : « … »", "ce message : « … »"
            if noun is None:
                continue
        quote = next((q for q in quote_spans(doc) if 0 <= q.start - (doc[token.i + 1].idx + 1) <= 2), None)
        if quote is None or not _nominal(noun) or fold(noun.lemma_) not in nouns and fold(noun.text) not in nouns:
            continue
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb and verb.i > sentence.start:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i > noun.i:
            continue
        speakers = speakers_of(verb, actors, context)
        if speakers:
            cue = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text.lower()  # (not "envoler" for "envolée")
            found.append(Remark(noun, cue, tuple(speakers), quote.start, quote.end))
    return found


#: Dashes that sign a pull quote: "J'ai évité le pire —Sonia Dridi, journaliste".
_SIGNING_DASHES = {"—", "―"}


def pull_quotes(sentence: Span, actors: ArticleActors) -> list[Remark]:
    """A line signed with a dash glued to a person's name ("Le texte de la citation —Name, role" at the end of its
    line) quotes that person: cue "citer". A dash set off by spaces on both sides is a parenthesis, not a signature."""
    doc = sentence.doc
    if _SIGNING_DASHES.isdisjoint(token_table(doc).texts[sentence.start: sentence.end]):
        return []  # most sentences: no dash (one set test)
    text = text_of(doc)
    for dash in tokens_in(sentence):
        if dash.text not in _SIGNING_DASHES or dash.whitespace_ or dash.i + 1 >= sentence.end:
            continue
        speaker = actors.actor_at(doc[dash.i + 1])
        if speaker is None or actors.actors[speaker].kind != "Person":
            continue
        line_start = text.rfind("\n", 0, dash.idx) + 1
        line_end = text.find("\n", dash.idx)
        line_end = len(text) if line_end < 0 else line_end
        signature = text[dash.idx + 1: line_end].strip()
        content = text[line_start: dash.idx].strip(" «»\"“”")
        if len(content.split()) < 4 or len(signature.split()) > 8 or any(c in signature for c in ".!?«»:"):
            continue  # a signature is a name and a short role, alone at the end of its line
        return [Remark(dash, "citer", (speaker,), max(line_start, sentence.start_char), dash.idx)]
    return []
