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
    if participle.head.i == participle.i and _judged_object(participle, lemma) is not None:
        return _fronted_gerund_clause(participle, lemma, sentence)  # "Tout en dénonçant X, le président Y a…" (root)
    accusing = _accusing_participle(participle, lemma)
    if accusing is not None:
        return accusing  # "X a rappelé son ambassadeur, accusant Y d'ingérence"
    if participle.dep_ == "acl" and doc[participle.i - 1].text == "," and participle.head.dep_ in {"obj", "obl", "obl:mod", "obl:arg"}:
        participle_head = participle.head.head  # "X a tenu une conférence de presse, indiquant que…"
    elif participle.dep_ in {"advcl", "conj"} and participle.head.i != participle.i:
        participle_head = participle.head
    else:
        return None
    data = language_data("fr")
    head_lemma = fold(participle_head.lemma_)
    if fold(doc[participle.i - 1].text) == "comme" or head_lemma in data.words("speech_verbs") and not (
            head_lemma in data.words("speech_verbs_quote_only") and _judged_object(participle, lemma) is not None) \
            and not _reports_nothing_itself(participle_head, participle):
        return None  # "X a été cité par Reuters comme affirmant que…": the participle is the head verb's content
        # (but "Tout en insistant sur…, X poursuit cette stratégie": "poursuivre" speaks only with a quotation)
    content = complement(participle)
    if content is None or content[2] == "nominal":
        judged = _judged_object(participle, lemma)  # "Tout en insistant sur le bilan de X, Y…", "En dénonçant X, Y…"
        return (participle_head, judged) if judged is not None and participle_head.pos_ in {"VERB", "AUX"} else None
    if content[2] != "que" and not (content[2] == "inf" and _gerund(participle, lemma)):
        return None
    return (participle_head, content) if participle_head.pos_ in {"VERB", "AUX", "ADJ"} else None


def _gerund(participle: Token, lemma: str) -> bool:
    """"…, en proposant de renforcer la coopération": a gerund ("en" + present participle) of a verb of proposing,
    promising or urging (``gerund_speech_verbs``: "en refusant de commenter" says nothing) hung on the main verb,
    whose infinitive is reported speech of the main verb's subject."""
    doc = participle.doc
    return participle.i > 0 and fold(doc[participle.i - 1].text) == "en" and participle.dep_ == "advcl" \
        and lemma in language_data("fr").words("gerund_speech_verbs")


def _judged_object(participle: Token, lemma: str) -> tuple[int, int, str] | None:
    """"(Tout) en dénonçant la politique de X, Y a…", "en insistant sur le bilan de X": a gerund of a verb of judging
    or stressing (``gerund_judging_verbs``) with its object (or its "sur" complement) reports speech of the main verb's
    subject; the content is that phrase (kind "nominal")."""
    doc = participle.doc
    if participle.i == 0 or fold(doc[participle.i - 1].text) != "en" or participle.dep_ not in {"advcl", "ROOT"} \
            or lemma not in language_data("fr").words("gerund_judging_verbs"):
        return None
    for child in participle.children:
        if child.i < participle.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        if child.dep_ == "obj" or child.dep_ in {"obl", "obl:arg", "obl:mod"} and any(
                c.dep_ == "case" and fold(c.text) == "sur" for c in child.children):
            last = max(child.subtree, key=lambda t: t.i)
            return child.left_edge.idx, last.idx + len(last.text), "nominal"
    return None


def _fronted_gerund_clause(participle: Token, lemma: str, sentence: Span) -> tuple[Token, tuple[int, int, str]] | None:
    """"Tout en dénonçant X, le président Y a maintenu…" parsed with the gerund as the root: at the start of the
    sentence, its object runs to the first comma followed by a subject whose verb comes after that comma."""
    doc = participle.doc
    first = next((t for t in tokens_in(sentence) if not (t.is_space or t.is_punct)), None)
    if first is None or first.i not in {participle.i - 1, participle.i - 2} or (first.i == participle.i - 2 and fold(first.text) != "tout"):
        return None
    content = _judged_object(participle, lemma)
    for comma in (t for t in doc[participle.i + 1: sentence.end] if t.text == ","):
        subject = next((t for t in doc[comma.i + 1: min(comma.i + 6, sentence.end)]
                        if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i > comma.i and t.head.pos_ in {"VERB", "AUX"}), None)
        if subject is not None and all(t.pos_ in {"DET", "NOUN", "PROPN", "ADJ"} for t in doc[comma.i + 1: subject.i]):
            return subject.head, (content[0], min(content[1], comma.idx), content[2])
    return None


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


def _reports_nothing_itself(head: Token, participle: Token) -> bool:
    """"X a justifié la mesure en affirmant que…", "X a minimisé l'affaire, assurant que…": a speech verb head whose
    own complement is a noun phrase (no que-clause, no infinitive, no quotation) leaves the participle's que-clause as
    the words reported; "X a déclaré que…, ajoutant que…" keeps the head's content."""
    if not (participle.dep_ == "advcl" and participle.head.i == head.i and participle.i > head.i):
        return False
    own = complement(head)
    if own is not None and own[2] != "nominal":
        return False
    return not any(t.text in {"«", "»", "\u201c", "\u201d", '"'} for t in head.doc[head.i: participle.i])


def _accusing_participle(participle: Token, lemma: str) -> tuple[Token, tuple[int, int, str]] | None:
    """"X a fermé sa frontière, accusant le Bénin d'abriter des terroristes", "…, appelant Y à cesser…": after a
    comma, a participle of accusing or urging (``participle_object_speech_verbs``) with a noun object hung on the
    main verb reports the speech of that verb's subject; the content is the object and what follows it."""
    doc, head = participle.doc, participle.head
    if participle.i == 0 or doc[participle.i - 1].text != "," or participle.dep_ not in {"advcl", "xcomp"} \
            or head.i >= participle.i or head.pos_ not in {"VERB", "AUX"} \
            or lemma not in language_data("fr").words("participle_object_speech_verbs"):
        return None
    if not any(c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} for c in participle.children):
        return None
    content = complement(participle)
    return (head, content) if content is not None and content[2] == "nominal" else None

