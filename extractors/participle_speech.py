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
    saying = _reflexive_saying(participle, lemma, sentence)
    if saying is not None:
        return saying  # "X a quitté la réunion, se disant « profondément déçu »"
    if absolute_subject(participle) is not None:
        content = complement(participle) or _clause_rest(participle)  # "…, Alger reprochant à Rabat des actes hostiles"
        return (participle, content) if content is not None else None
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
    """"X a fermé sa frontière, accusant le Bénin d'abriter des terroristes", "…, appelant Y à cesser…", "X a
    répliqué en accusant Y de…": after a comma or "en", a participle of accusing or urging
    (``participle_object_speech_verbs``) with a noun object, hung on the main verb, reports the speech of that verb's
    subject; the content is the object and what follows it. Also with an object clitic ("X a expulsé six
    diplomates, les accusant d'être impliqués…": the content starts at the clitic) and when the parser hung the
    participle on a noun of the main verb's object (``_verb_over_object``)."""
    doc, head = participle.doc, participle.head
    clitic = clitic_before(participle)
    before = doc[participle.i - (2 if clitic else 1)] if participle.i > 1 else None  # before the participle and its clitic: ",", "en"
    if participle.dep_ == "acl" and before is not None and before.text == ",":
        head = _verb_over_object(participle, clitic)  # "X a fermé le point de passage avec Y, accusant Z de…"
        if head is None:
            return None
    elif before is None or (before.text != "," and fold(before.text) != "en") or participle.dep_ not in {"advcl", "xcomp"}:
        return None
    if head.i >= participle.i or head.pos_ not in {"VERB", "AUX"} \
            or lemma not in language_data("fr").words("participle_object_speech_verbs"):
        return None
    if clitic:
        content = complement(participle)  # "X a expulsé six diplomates, les accusant d'être impliqués…"
        return (head, (doc[participle.i - 1].idx, content[1], content[2])) if content is not None and content[2] in {"inf", "nominal"} else None
    if not any(c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} for c in participle.children):
        return None
    content = complement(participle)
    return (head, content) if content is not None and content[2] == "nominal" else None


def clitic_before(participle: Token) -> bool:
    """"…, les accusant de…": an object clitic pronoun right before the participle."""
    before = participle.doc[participle.i - 1]
    return before.dep_ == "obj" and before.pos_ == "PRON" and before.head.i == participle.i \
        and fold(before.text) in {"le", "la", "les", "l'"}


def _verb_over_object(participle: Token, clitic: bool) -> Token | None:
    """The main verb when the parser hung a detached participle of accusing (after a comma) on a noun of the main
    verb's object rather than on the verb: "Le Pakistan a fermé le point de passage avec l'Afghanistan, accusant
    Kaboul d'abriter…" (acl of "point"), "Le Canada a expulsé six diplomates, dont le haut-commissaire, les
    accusant d'être impliqués…". The noun must be the object (or inside it) of a verb of the sentence; without a
    clitic, the participle's own object must be a name and the noun no person or document ("un rapport,
    accusant X": the report accuses)."""
    data = language_data("fr")
    noun, hops = participle.head, 0
    while noun.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and noun.dep_ in {"nmod", "acl:relcl", "appos", "conj"} and hops < 4:
        noun, hops = noun.head, hops + 1
    if noun.pos_ != "NOUN" or noun.dep_ != "obj" or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    if not clitic:
        if not any(c.dep_ == "obj" and c.pos_ == "PROPN" for c in participle.children):
            return None
        if participle.head.pos_ != "NOUN" or participle.head.ent_type_ == "PER" \
                or fold(participle.head.lemma_) in data.words("document_nouns"):
            return None
    return noun.head


#: How the parser hangs the subject of an absolute participle clause on the sentence ("…, Alger reprochant…").
_ABSOLUTE_SUBJECT_DEPS = frozenset({"obl:mod", "obl", "nmod", "appos", "dep"})


def absolute_subject(participle: Token) -> Token | None:
    """"Les deux pays ont rompu, Alger reprochant à Rabat des « actes hostiles »", "Le sommet s'est achevé, la France
    estimant que…": after a comma, a noun or name right before a present participle (not a gerund) is that clause's
    own subject, whether the parser makes it the participle's subject or hangs the participle on it (acl). Returns it,
    or None."""
    doc = participle.doc
    if participle.i < 3 or participle.dep_ not in {"acl", "advcl"} or fold(doc[participle.i - 1].text) == "en":
        return None
    subject = doc[participle.i - 1]
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    if participle.dep_ == "acl":
        if participle.head.i != subject.i or subject.dep_ not in _ABSOLUTE_SUBJECT_DEPS | {"conj"}:
            return None
    elif not (subject.dep_ == "nsubj" and subject.head.i == participle.i
              or subject.dep_ in _ABSOLUTE_SUBJECT_DEPS and subject.head.i == participle.head.i):
        return None  # (the parser may also hang both on the main verb: "…, Alger/obl:mod reprochant/advcl")
    first = subject.head if subject.dep_ == "conj" and subject.head.i < subject.i else subject  # "la Chine et la Russie"
    start = first.i
    while start > first.i - 2 and start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    return first if start > 0 and doc[start - 1].text == "," else None


def _clause_rest(participle: Token) -> tuple[int, int, str] | None:
    """The words after a participle that has a noun object or argument, to the end of its clause (kind "nominal"), for
    a parse that gives no complement ("reprochant à Rabat des actes hostiles" with "actes" hung on "Rabat")."""
    if not any(c.dep_ in {"obj", "obl:arg"} and c.pos_ in {"NOUN", "PROPN"} and c.i > participle.i for c in participle.children):
        return None
    last = max((t for t in participle.subtree if not t.is_punct), key=lambda t: t.i)
    after = participle.doc[participle.i + 1]
    return (after.idx, last.idx + len(last.text), "nominal") if last.i > participle.i else None


def _reflexive_saying(participle: Token, lemma: str, sentence: Span) -> tuple[Token, tuple[int, int, str]] | None:
    """"X a refusé de commenter, se disant concentré sur…", ", se déclarant prêt à…": after a comma, "se disant" /
    "se déclarant" and an attribute report what the subject of the sentence's main verb says of itself (like "s'est
    dit prêt à"), however the parser hangs the participle. Returns that verb and the attribute to the clause's end."""
    doc = participle.doc
    if lemma not in {"dire", "declarer"} or participle.i < 3 or fold(doc[participle.i - 1].text) not in {"se", "s'"} \
            or doc[participle.i - 2].text != ",":
        return None
    root = sentence.root
    if root.pos_ not in {"VERB", "AUX"} or root.i >= participle.i - 2:
        return None
    after = participle.i + 1
    while after < sentence.end and doc[after].text in {"«", "\u201c", '"'}:
        after += 1
    if after >= sentence.end or doc[after].pos_ not in {"ADJ", "VERB", "ADV"}:
        return None  # an attribute ("prêt", "déçu", "profondément déçu") must follow
    stops = {",", ";", ".", "!", "?"} | ({"»", "\u201d", '"'} if after > participle.i + 1 else set())
    end = next((t for t in doc[after: sentence.end] if t.text in stops), None)  # a quoted attribute ends at its mark
    last = doc[end.i - 1] if end is not None else doc[sentence.end - 1]
    return root, (doc[after].idx, last.idx + len(last.text), "nominal")
