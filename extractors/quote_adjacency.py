"""Where a quotation stands relative to its speech verb, for ``extractors.quotes``.

A quotation right before the attribution clause ("« … », a déclaré X") or right after the verb ("X a déclaré :
« … »", "X a qualifié Y de « … »") is the verb's content; a quotation followed by a new sentence, a lone quoted
adverb ("a condamné « fermement »") or a quotation opened in an earlier sentence is not.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from extractors.contents import clause_start as _clause_start
from extractors.entities import text_of, tokens_of
from extractors.lang import fold, language_data
from extractors.quotespans import QuoteSpan


def continues_quote(sentence: Span, quotes) -> bool:
    """Does this sentence start inside a quotation that opened in an earlier sentence?"""
    return any(q.start < sentence.start_char < q.end - 1 for q in quotes)  # (a sentence cut at the closing "»" is out)


def full_stop_between(doc: Doc, start: int, end: int) -> bool:
    """Does a sentence end (". ", "! ", "? ") between two tokens that the parser kept in one sentence?"""
    return any(t.text in {".", "!", "?"} for t in doc[start:end])


def quoted_infinitive(doc: Doc, quote: QuoteSpan) -> bool:
    """Does the quotation open on a lower-case infinitive ("« vouloir procéder… »")? (tests/gold/NOTES.md, Mode)"""
    first = next((t for t in doc if t.idx >= quote.start and t.is_alpha), None)
    return first is not None and first.idx < quote.end and first.text.islower() and first.morph.get("VerbForm") == ["Inf"]


def is_inverted(verb: Token, direct: QuoteSpan | None, inverted) -> bool:
    """The content comes before the attribution clause ("« … », affirme X")."""
    return inverted is not None or (direct is not None and direct.end <= _clause_start(verb).idx)


def adjacent_quote(verb: Token, sentence: Span, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """A quotation right before the attribution clause, or right after "X a déclaré :"."""
    clause_start = _clause_start(verb)
    for quote in quotes:
        gap_before = text_of(verb.doc)[quote.end:clause_start.idx]
        if quote.end <= clause_start.idx and len(gap_before.strip(" ,.\n")) == 0 and clause_start.idx - quote.end < 6 \
                and not _new_sentence(quote, gap_before, clause_start) and not _inside_clause(quote, gap_before, verb):
            return quote
        if quote.start >= verb.idx and quote.start - (verb.idx + len(verb.text)) < 40:
            between = text_of(verb.doc)[verb.idx + len(verb.text):quote.start]
            if _quoted_adverb(verb, quote):
                continue  # "ont condamné « fermement » ce lancement": the object after is the content
            if ":" in between or "," in between or between.strip() == "" or _names_object(verb, quote):
                return quote
        if quote.start >= verb.idx and _colon_introduced(verb, quote):
            return quote
    return None


def _inside_clause(quote: QuoteSpan, gap_before: str, verb: Token) -> bool:
    """"a expliqué que Bruxelles avait « unilatéralement » relevé sa part": a quotation with no comma after it, set
    between the verb's own subject or auxiliary and the verb, is part of that clause, not the quotation an attribution
    clause after it reports ("« … », a déclaré X", "Le texte est « inacceptable » a estimé X" keep theirs)."""
    if "," in gap_before or quote.text.rstrip().endswith((".", "!", "?", "…")):
        return False
    if verb.morph.get("VerbForm") == ["Part"] and not any(t.pos_ == "AUX" for t in tokens_of(verb.doc)[_token_at(verb.doc, quote.end):verb.i]):
        return True  # "avait « unilatéralement » relevé": the participle's auxiliary stands before the quotation
    return any(c.dep_ in {"nsubj", "nsubj:pass", "aux:tense", "aux:pass", "aux"} and c.idx < quote.start for c in verb.children)


def _quoted_adverb(verb: Token, quote: QuoteSpan) -> bool:
    """A quotation of one adverb ("« fermement »", "« vivement »") with the verb's object after it: a manner (also when
    the parser hangs that object as a modifier)."""
    doc = verb.doc
    inside = [t for t in tokens_of(doc)[_token_at(doc, quote.start):_token_at(doc, quote.end)] if t.is_alpha]
    if len(inside) != 1 or not (inside[0].pos_ == "ADV" or (inside[0].text.endswith("ment") and inside[0].text.islower()
                                                            and not any(c.dep_ == "det" for c in inside[0].children))):
        return False  # (the tagger often reads a lone "fermement" as a noun)
    return any(c.idx >= quote.end and (c.dep_ == "obj" or _caseless_object(c)) for c in verb.children)


def _caseless_object(noun: Token) -> bool:
    """The object the parser hangs as a modifier after a quoted adverb: "qu'il soutenait « pleinement » les autorités
    de Gibraltar" ("les autorités": a determined noun with no preposition)."""
    kids = list(noun.children)
    return noun.pos_ == "NOUN" and noun.dep_ in {"obl:mod", "obl", "obl:arg", "nmod"} \
        and any(c.dep_ == "det" for c in kids) and not any(c.dep_ == "case" for c in kids)


def _colon_introduced(verb: Token, quote: QuoteSpan) -> bool:
    """"X a insisté sur les faiblesses du projet de loi présenté hier : « … »": the verb's complement, then a colon
    right before the quotation, with no other finite verb nor sentence break between (up to 160 characters)."""
    doc = verb.doc
    between = text_of(doc)[verb.idx + len(verb.text):quote.start]
    if len(between) > 160 or not between.rstrip().endswith(":") or between.count(":") > 1 or any(p in between for p in ".;!?\n«»“”"):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") == ["Fin"]
                   for t in tokens_of(doc)[verb.i + 1:_token_at(doc, quote.start)])


def _names_object(verb: Token, quote: QuoteSpan) -> bool:
    """"a appelé Marine Le Pen « la bourgeoise »", "l'a qualifié de « traître »": a naming verb whose object (or
    a determiner, "de", "comme") is all that stands between it and the quotation."""
    if fold(verb.lemma_) not in language_data("fr").words("speech_verbs_naming"):
        return False
    objects = {t.i for c in verb.children if c.dep_ in {"obj", "obl:arg", "xcomp"} for t in c.subtree}
    between = tokens_of(verb.doc)[verb.i + 1:_token_at(verb.doc, quote.start)]
    return all(t.i in objects or fold(t.text) in {"de", "d'", "comme", "etant", "la", "le", "les", "l'", "un", "une", "en"}
               for t in between)


def _new_sentence(quote: QuoteSpan, gap: str, clause_start: Token) -> bool:
    """"« C'est inacceptable. » Renault a annoncé…" / "…».\n\nHP accuse…": the clause after the quotation starts a
    new sentence, so it does not attribute it (an attribution follows a comma or starts in lower case)."""
    if "\n" in gap or "." in gap:
        return True
    return "," not in gap and quote.text[-1:] in {".", "!", "?", "…"} and clause_start.text[:1].isupper()


def inside_quote(token: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.start < token.idx < q.end for q in quotes)


def _token_at(doc: Doc, char: int) -> int:
    """The index of the first token of ``doc`` starting at or after character ``char`` (``len(doc)`` if none): the
    tokens before a character offset are a slice of ``tokens_of``, not a pass over the whole doc."""
    starts = doc.user_data.get("ng_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        doc.user_data["ng_token_starts"] = starts
    return bisect_left(starts, char)
