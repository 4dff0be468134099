"""Non-finite clauses that report speech of the clause they hang on: "X a donné des détails, indiquant que…",
"Estimant que « … », il vota contre", "X a tendu la main, en proposant de renforcer la coopération", "X a
téléphoné à Y pour lui exprimer sa solidarité".

``extractors.quotes`` finds the speech verb; this module finds the verb whose subject speaks and the content.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.contents import complement
from extractors.entities import tokens_in
from extractors.lang import fold, language_data


def participle_clause(participle: Token, lemma: str, sentence: Span) -> tuple[Token, tuple[int, int, str]] | None:
    """"X a donné des détails, indiquant que…", "Estimant que « … », il vota contre": a participle clause with a
    que-clause reports the speech of the subject of the clause it modifies. Returns that clause's verb and the
    que-clause (char range, kind)."""
    if lemma in {"citer", "rapporter"}:
        return None
    doc = participle.doc
    first = next((t for t in tokens_in(sentence) if not (t.is_space or t.is_punct)), None)
    after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    if first is not None and participle.i == first.i and after is not None and fold(after.text) in {"que", "qu'"}:
        # sentence-initial: the que-clause runs to the first comma followed by a subject and its verb
        for comma in (t for t in doc[after.i: sentence.end] if t.text == ","):
            subject = next((t for t in doc[comma.i + 1: min(comma.i + 6, sentence.end)]
                            if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i > comma.i), None)
            if subject is not None and all(t.pos_ in {"DET", "NOUN", "PROPN", "PRON", "ADJ"} for t in doc[comma.i + 1: subject.i]):
                return subject.head, (after.idx, comma.idx, "que")
        return None
    if participle.dep_ == "acl" and doc[participle.i - 1].text == "," and participle.head.dep_ in {"obj", "obl", "obl:mod", "obl:arg"}:
        participle_head = participle.head.head  # "X a tenu une conférence de presse, indiquant que…"
    elif participle.dep_ in {"advcl", "conj"} and participle.head.i != participle.i:
        participle_head = participle.head
    else:
        return None
    if fold(doc[participle.i - 1].text) == "comme" or fold(participle_head.lemma_) in language_data("fr").words("speech_verbs"):
        return None  # "X a été cité par Reuters comme affirmant que…": the participle is the head verb's content
    content = complement(participle)
    if content is None or (content[2] != "que" and not (content[2] == "inf" and _gerund(participle, lemma))):
        return None
    return (participle_head, content) if participle_head.pos_ in {"VERB", "AUX", "ADJ"} else None


def _gerund(participle: Token, lemma: str) -> bool:
    """"…, en proposant de renforcer la coopération": a gerund ("en" + present participle) of a verb of proposing,
    promising or urging (``gerund_speech_verbs``: "en refusant de commenter" says nothing) hung on the main verb,
    whose infinitive is reported speech of the main verb's subject."""
    doc = participle.doc
    return participle.i > 0 and fold(doc[participle.i - 1].text) == "en" and participle.dep_ == "advcl" \
        and lemma in language_data("fr").words("gerund_speech_verbs")


def purpose_speech_verb(infinitive: Token, lemma: str) -> Token | None:
    """"X a téléphoné à Y pour lui exprimer sa « solidarité »": an infinitive of purpose ("pour" + a verb of
    ``purpose_speech_verbs``) with an object is a speech act of the subject of the verb it hangs on. Returns that
    verb, or None."""
    if lemma not in language_data("fr").words("purpose_speech_verbs") or infinitive.morph.get("VerbForm") != ["Inf"]:
        return None
    if not any(c.dep_ == "mark" and fold(c.text) == "pour" for c in infinitive.children):
        return None
    if not any(c.dep_ == "obj" and c.pos_ == "NOUN" for c in infinitive.children):
        return None
    head = infinitive.head
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in head.children):
        return None  # "Le musée a été conçu pour exprimer…": the subject of a passive does not act
    return head if head.i < infinitive.i and infinitive.dep_ in {"advcl", "obl:mod", "obl", "nmod"} else None
