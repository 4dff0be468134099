"""Where the reported content of a speech verb lies: its complement ("a déclaré que…", "a appelé X à…"), or the
clause before an inverted attribution ("La Russie soutient Pékin, a-t-il ajouté"), a dateline left out."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.date_objects import object_under_date
from extractors.speech_verb_checks import has_reflexive
from extractors.entities import sentence_of
from extractors.lang import fold, language_data
from extractors.token_table import children_of, morph_get
from extractors.content_tails import before_contrast as _before_contrast, judged_object_tail as _judged_object_tail, \
    past_interpolation as _past_interpolation, subtree_last as _subtree_last, topic_tail as _topic_tail, \
    NARRATOR_CONTRASTS, source_phrase

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_COMPLEMENT_DEPS = {"ccomp", "xcomp", "obj", "csubj", "advcl", "parataxis"}
#: Outcry verbs whose "contre" complement is what they say (``relation_outcry_verbs``; not "protester", often a
#: street protest); the reflexive-only ones count as reflexives ("s'insurger contre", not "élever des enfants").
_OUTCRY_VERBS = language_data("fr").words("relation_outcry_verbs")
_REFLEXIVE_OUTCRIES = {"insurger", "indigner", "elever", "eleve"}


def inverted_content(verb: Token, sentence: Span) -> tuple[int, int] | None:
    """"La Russie soutient Pékin, a-t-il ajouté" / "…, a rapporté Reuters": the clause before the attribution."""
    inverted_subject = any(
        (c.dep_ in {"nsubj", "nsubj:pass"} and c.i > verb.i) or (c.dep_ in {"expl:subj", "nsubj", "nsubj:pass"} and c.i < verb.i and c.text.startswith("-"))
        for c in verb.children)
    if not inverted_subject and not any(c.dep_ in _SUBJECT_DEPS and not glued_clause(c, verb) for c in verb.children):
        # "…, a rapporté CCTV": the parser often takes the inverted subject for an object
        # (but "…, a accusé les États-Unis de vouloir…" has its content after: that object is the target)
        inverted_subject = any(c.dep_ in {"obj", "nmod", "obl"} and c.i > verb.i and c.pos_ in {"PROPN", "NOUN"}
                               or _subject_apposed_to_adjunct(c, verb) for c in verb.children) and not any(
            c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i for c in verb.children)
    if not inverted_subject:
        return None
    start = clause_start(verb)
    i = start.i - 1
    while i >= sentence.start and verb.doc[i].is_space:
        i -= 1
    if i <= sentence.start or verb.doc[i].text not in {",", "—", "–"}:
        return None
    first = sentence[0]
    while first.i < i and (first.is_space or first.is_punct):
        first = verb.doc[first.i + 1]
    first = after_dateline(first, i)
    if i - first.i < 3:
        return None
    return first.idx, verb.doc[i].idx


def _subject_apposed_to_adjunct(child: Token, verb: Token) -> bool:
    """"…, a indiqué à l'AFP un haut responsable américain": the inverted subject parsed as an apposition of the
    adjunct before it."""
    return child.dep_.startswith("obl") and child.i > verb.i and any(
        g.dep_ == "appos" and g.i > child.i and g.pos_ == "NOUN" for g in child.children)


def glued_clause(subject: Token, verb: Token) -> bool:
    """"Le Niger n'a pas l'intention de…, a assuré X" parsed with "intention" as the verb's subject: a "subject"
    before the attribution's comma that has a subject or auxiliary of its own is the reported clause."""
    start = clause_start(verb)
    if not (subject.i < start.i and start.i > 0 and verb.doc[start.i - 1].text == ","):
        return False
    if any(g.dep_ in {"nsubj", "aux:tense", "cop"} for g in subject.children):
        return True
    # "Le Niger n'a toutefois pas…, a assuré X": a finite verb of its own between that subject and the comma
    return any(t.pos_ in {"AUX", "VERB"} and t.morph.get("VerbForm") == ["Fin"] and not _in_relative(t, verb)
               for t in verb.doc[subject.i + 1: start.i - 1])


def _in_relative(token: Token, verb: Token) -> bool:
    """Is this token inside a relative or participle clause ("X, qui était en visite, a déclaré")?"""
    node = token
    for _ in range(8):
        if node.dep_ in {"acl:relcl", "acl", "advcl", "parataxis"} or node.i == verb.i or node.head == node:
            return node.dep_ in {"acl:relcl", "acl", "advcl", "parataxis"}
        node = node.head
    return False


def after_dateline(first: Token, limit: int) -> Token:
    """"Séoul (AFP) – La Corée du Nord a tiré…": the content starts after the dateline's dash."""
    doc = first.doc
    for token in doc[first.i: min(first.i + 8, limit)]:
        if token.text in {"–", "—", "-"} and token.i + 1 < limit:
            before = doc[first.i: token.i]
            if any(t.text == "(" for t in before) and before[-1].text == ")":
                return doc[token.i + 1]
            break
    return first


_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
               "demain", "matin", "soir", "semaine", "mois", "annee", "jour", "veille", "lendemain"}


def complement(verb: Token) -> tuple[int, int, str] | None:
    """Char range and kind ("que", "inf", "nominal") of the reported content after the verb, its right edge carried
    over what the parser hung elsewhere (``extend_right``)."""
    found = _complement(verb)
    if found is None:
        return None
    start, end, kind = found
    return start, extend_right(verb.doc, end, sentence_of(verb).end), kind


def _complement(verb: Token) -> tuple[int, int, str] | None:
    hung = _de_phrase_on_interpolation(verb)
    if hung is not None:  # "s'inquiètent pour leur part de la suspension …, décidée par Oslo": not the participle
        return hung
    children = [c for c in verb.children if c.i > verb.i and (c.dep_ in _COMPLEMENT_DEPS or (
        c.dep_ == "obl:mod" and fold(c.text) in _TIME_WORDS and any(g.dep_ == "nmod" and g.pos_ == "NOUN" for g in c.children) or object_under_date(c, verb)))]
    for child in children:
        if child.dep_ == "obj" and child.pos_ == "PRON":
            continue
        if child.dep_ == "obj" and _manner_word(child) and any(c.dep_ == "obj" and c.i > child.i for c in children):
            continue  # "ont condamné « fermement » ce lancement": a manner adverb read as an object
        if fold(child.text) in _TIME_WORDS and len(list(child.subtree)) <= 3 and object_under_date(child, verb) is None:
            continue  # "a déclaré mercredi que…": a time, not the content
        if fold(child.text) in _TIME_WORDS:
            child = object_under_date(child, verb) or next((c for c in child.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), child)
            if fold(child.text) in _TIME_WORDS:
                continue
        tokens = list(child.subtree)
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        marks = {fold(t.text) for t in tokens[:3]}
        if marks & {"que", "qu'"} or any(fold(c.text) in {"que", "qu'", "si"} and c.dep_ == "mark" for c in child.children):
            kind = "que"
        elif child.pos_ in {"VERB", "AUX"} or any(fold(c.text) in {"de", "d'", "a"} and c.dep_ == "mark" for c in child.children):
            kind = "inf"  # "a demandé de partir" (but "à 75 000", "de la crise" are nominal)
        elif child.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            kind = "nominal"
        else:
            kind = "inf"
        if kind != "que":
            end = max(end, right_edge_end(verb, child))
        elif (split := _split_coordinated_subject(verb, child, tokens[-1])) is not None:
            end = max(end, split)
        elif (narrated := _narrated_conjunct(verb, child)) is not None:
            end = min(end, narrated)
        return start, end, kind
    # "a souligné que" where the parser hung the clause elsewhere: take the rest of the sentence
    # ("a déclaré mercredi à son homologue X lors d'un appel que…"): no verb may come between
    after = verb.doc[verb.i + 1: sentence_of(verb).end]
    for token in after[:20]:
        if fold(token.text) in {"que", "qu'"}:
            return token.idx, sentence_of(verb).end_char, "que"
        if _infinitive_after(token) or _bare_infinitive_on_adjunct(token, verb):
            # "a promis sur Facebook de « résister… »", "a menacé dimanche dans une vidéo de « faire payer »",
            # "a nié à plusieurs reprises avoir…"
            return token.idx, sentence_of(verb).end_char, "inf"
        if (token.pos_ in {"VERB", "AUX"} and not (token.dep_ in {"acl", "amod"} and token.morph.get("VerbForm") == ["Part"])) or token.text in {";", ":", "«", "»", "“", "”", '"'}:
            break
    dative = dative_content(verb)
    if dative is not None:
        return dative
    hung = _object_hung_as_adjunct(verb)
    if hung is not None:
        return hung
    plea = _plea_content(verb)
    if plea is not None:
        return plea
    # nominal object hung as obl: "a parlé de la crise", "a discuté de la situation", "s'alarme de la situation"
    de_object = fold(verb.lemma_) in {"parler", "discuter"} or has_reflexive(verb)
    against = fold(verb.lemma_) in _OUTCRY_VERBS and (has_reflexive(verb) or fold(verb.lemma_) not in _REFLEXIVE_OUTCRIES)
    for child in _past_interpolation(verb):
        if child.dep_ in {"obl:arg", "obl", "nmod", "obl:mod"} and child.i > verb.i and child.pos_ in {"NOUN", "PROPN"} and against \
                and any(fold(c.text) == "contre" for c in child.children if c.dep_ == "case"):
            tokens = list(child.subtree)  # "s'est insurgé contre les frappes israéliennes": the outcry's target
            return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "nominal"
        if child.dep_ in {"obl:arg", "obl", "nmod"} and child.i > verb.i and child.pos_ in {"NOUN", "PROPN"} and de_object:
            if any(fold(c.text) in {"de", "d'", "du", "des"} for c in child.children if c.dep_ == "case"):
                tokens = list(child.subtree)
                return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "nominal"
    return None


def _de_phrase_on_interpolation(verb: Token) -> tuple[int, int, str] | None:
    """The "de" phrase of a reflexive or "parler de" verb that the parser hung on "pour leur part" / "de son côté"."""
    if not (has_reflexive(verb) or fold(verb.lemma_) in {"parler", "discuter"}):
        return None
    children = set(verb.children)
    for child in _past_interpolation(verb):
        if child not in children and child.pos_ in {"NOUN", "PROPN"} \
                and any(fold(c.text) in {"de", "d'", "du", "des"} for c in child.children if c.dep_ == "case"):
            last = _subtree_last(child)
            return child.left_edge.idx, max(last.idx + len(last.text), right_edge_end(verb, child)), "nominal"
    return None


def _split_coordinated_subject(verb: Token, clause: Token, last: Token) -> int | None:
    """"a déclaré que Tokyo et Séoul devaient coopérer": the parser read "que Tokyo" as the whole clause (a noun with
    no verb) and hung "et Séoul devaient…" on the speech verb; the end char of that coordinated clause, else None."""
    if clause.pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} for t in clause.subtree):
        return None
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ in {"VERB", "AUX"} and conj.left_edge.i == last.i + 1 \
                and fold(conj.left_edge.text) in {"et", "ou"} and any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < conj.i for c in conj.children):
            right = conj.right_edge
            while right.i > conj.i and right.is_punct:
                right = right.doc[right.i - 1]
            return right.idx + len(right.text)
    return None


def _narrated_conjunct(verb: Token, clause: Token) -> int | None:
    """"a déclaré que Tokyo était prêt au dialogue, et Séoul a salué cette annonce": a clause coordinated to the
    reported one with its own subject, no "que", in the passé composé while the speech verb is past and the reported
    clause keeps the sequence of tenses (imperfect, pluperfect, conditional), is the narrator's; the end char of the
    reported clause before it, else None."""
    if not (_compound_past(verb) or set(verb.morph.get("Tense")) & {"Past", "Imp"}) or not _backshifted(clause):
        return None
    for conj in clause.children:
        if conj.dep_ == "conj" and conj.i > clause.i and _compound_past(conj) \
                and any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < conj.i for c in conj.children) \
                and not any(c.dep_ == "mark" for c in conj.children) \
                and not any(t.pos_ == "SCONJ" and fold(t.text) in {"que", "qu'"} for t in conj.doc[conj.left_edge.i: conj.i]):
            # ("et que Nairobi « n'a jamais reconnu … »": the "que" the parser hung on the subject keeps it reported)
            last = conj.doc[conj.left_edge.i - 1]
            while last.i > clause.i and (last.is_punct or fold(last.text) in {"et", "mais", "ou"}):
                last = conj.doc[last.i - 1]
            return last.idx + len(last.text)
    return None


def _compound_past(verb: Token) -> bool:
    """"a salué", "sont arrivés": a past participle with a present-tense auxiliary."""
    return verb.morph.get("VerbForm") == ["Part"] and any(
        c.dep_ in {"aux:tense", "aux:pass"} and c.morph.get("Tense") == ["Pres"] for c in verb.children)


def _backshifted(clause: Token) -> bool:
    """A reported clause in the imperfect, pluperfect or conditional ("était prêt", "avait quitté", "serait")."""
    finite = [clause] + [c for c in clause.children if c.dep_ in {"cop", "aux:tense", "aux:pass"}]
    return any(t.morph.get("Tense") == ["Imp"] or t.morph.get("Mood") == ["Cnd"] for t in finite)


#: Nouns of time, manner and occasion that are adjuncts, not objects, with no preposition ("cette fois", "ce moment").
_ADJUNCT_NOUNS = _TIME_WORDS | {"fois", "moment", "an", "ans", "heure", "heures", "minute", "minutes", "nuit", "apres-midi",
                                "week-end", "fin", "debut", "printemps", "ete", "automne", "hiver"}


#: Words that open an aside between dashes adding to what precedes ("– et notamment des États-Unis –").
_ASIDE_OPENERS = {"et", "ou", "notamment", "surtout", "en", "y", "dont", "mais", "voire", "ainsi", "particulierement"}
_DASHES = {"–", "—", "-"}


def extend_right(doc, end: int, sentence_end: int) -> int:
    """A content ending on a noun goes on over "en / au / aux" + a place name the parser hung on the verb ("ont
    discuté de la guerre en Ukraine") and over an aside between dashes ("« l'ingérence des pays occidentaux » – et
    notamment des États-Unis –"); never past the sentence, a verb or a comma."""
    last = _token_ending_at(doc, end)
    while last is not None and last.i + 2 < sentence_end:
        nxt = doc[last.i + 1]
        if nxt.text in {"»", "”"} and nxt.i + 3 < sentence_end and doc[nxt.i + 1].text in _DASHES:
            nxt = doc[nxt.i + 1]  # "« l'ingérence des pays occidentaux » – et notamment…"
        inner, mark = (doc[last.i - 1], last) if last.text in {"»", "”"} else (last, nxt)
        if mark.text in {"»", "”"} and inner.i > 0:
            tail = _clause_tail(doc, inner, mark, sentence_end)
            if tail is not None:  # "a jugé « inacceptable » qu'un État membre « prenne en otage » l'Union"
                last = tail
                continue
            topic = _topic_tail(doc, mark, sentence_end)
            if topic is not None:  # "que l'Alliance « n'a aucun projet » concernant le Svalbard"
                last = topic
                continue
            judged = _judged_object_tail(doc, inner, mark, sentence_end)
            if judged is not None:  # "a qualifié de « provocation » la visite du président taïwanais"
                last = judged
                continue
        if nxt.text in _DASHES and fold(doc[nxt.i + 1].text) in _ASIDE_OPENERS:
            close = next((t for t in doc[nxt.i + 2: min(nxt.i + 12, sentence_end)]
                          if t.text in _DASHES or t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"}), None)
            if close is None or close.text not in _DASHES or close.i - nxt.i < 3:
                break
            last = doc[close.i - 1]
            continue
        if last.pos_ in {"NOUN", "PROPN"}:
            if fold(nxt.text) in {"en", "au", "aux"} and nxt.pos_ == "ADP" and doc[nxt.i + 1].pos_ == "PROPN" \
                    and doc[nxt.i + 1].ent_type_ == "LOC":
                name = doc[nxt.i + 1]
                while name.i + 1 < sentence_end and doc[name.i + 1].dep_ == "flat:name":
                    name = doc[name.i + 1]
                last = name
                continue
            conjunct = _hung_de_conjunct(doc, nxt, sentence_end)
            if conjunct is not None:  # "de la situation en Ukraine et de la résolution des conflits au Moyen-Orient"
                last = conjunct
                continue
        break
    return end if last is None else max(end, last.idx + len(last.text))


def _hung_de_conjunct(doc, conjunction, sentence_end: int):
    """"… et de la résolution des conflits": a "de" phrase coordinated to the content that the parser hung elsewhere;
    its last word when its words follow the "et" with no verb or punctuation, else None."""
    if fold(conjunction.text) not in {"et", "ou"} or conjunction.i + 1 >= sentence_end \
            or fold(doc[conjunction.i + 1].text) not in {"de", "d'", "du", "des"}:
        return None
    head = conjunction.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.left_edge.i != conjunction.i or head.dep_ in _SUBJECT_DEPS:
        return None
    last = head
    for child in head.rights:  # the noun phrase only: "de X", "en Y", adjectives ("avec Z" is no part of it)
        cases = {fold(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ in {"amod", "flat:name", "nummod"} or (child.dep_ == "nmod" and cases & {"de", "d'", "d’", "du", "des", "en", "au", "aux"}):
            last = _subtree_last(child)
        else:
            break
    after = last.i + 1
    if last.i >= sentence_end or (after < sentence_end and doc[after].pos_ in {"VERB", "AUX"}) \
            or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[conjunction.i: last.i + 1]):
        return None
    return last


def _clause_tail(doc, last, mark, sentence_end: int):
    """The words after a quotation closed inside its clause: the right dependents of the quoted clause's head
    (the highest ancestor of the quote's last word that is in the quotation) past the closing mark, when no
    punctuation or verb of another clause comes first."""
    node, opening = last, None
    for token in reversed(doc[max(last.i - 40, 0): last.i]):
        if token.text in {"«", "“"}:
            opening = token
            break
    if opening is None:
        return None
    while node.head.i != node.i and opening.i < node.head.i <= last.i:
        node = node.head
    tail = None
    for child in node.rights:
        if child.i <= mark.i or child.dep_ in {"punct", "cc", "parataxis", "conj", "nsubj", "nsubj:pass", "advcl", "acl:relcl"}:
            continue
        end = _subtree_last(child)
        if end.i >= sentence_end:
            return None
        tail = end if tail is None or end.i > tail.i else tail
    if tail is None or tail.i - mark.i > 8 or any(
            t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[mark.i + 1: tail.i + 1]):
        return None
    return tail


def _token_ending_at(doc, end: int):
    """The token whose text ends at this character offset, if any."""
    token = doc.char_span(end - 1, end, alignment_mode="expand")
    if token is None or len(token) == 0:
        return None
    token = token[-1]
    return token if token.idx + len(token.text) == end else None


def _object_hung_as_adjunct(verb: Token) -> tuple[int, int, str] | None:
    """"ont vivement critiqué mardi la nouvelle hausse des droits" parsed with the object as an adjunct (obl:mod):
    a determined noun after the verb with no preposition of its own, not a time, is the object."""
    for child in verb.children:
        if child.dep_ not in {"obl:mod", "obl"} or child.i < verb.i or child.pos_ != "NOUN" \
                or fold(child.text) in _ADJUNCT_NOUNS or any(c.dep_ == "case" for c in child.children):
            continue
        tokens = list(child.subtree)
        if tokens[0].pos_ != "DET" or any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[verb.i + 1: tokens[0].i]):
            continue
        return tokens[0].idx, max(tokens[-1].idx + len(tokens[-1].text), right_edge_end(verb, child)), "nominal"
    return _object_hung_on_document(verb)


def _object_hung_on_document(verb: Token) -> tuple[int, int, str] | None:
    """"Moscou a dénoncé dans un communiqué la politique américaine" parsed with the object as a complement of the
    document noun (``speech_vehicle_nouns``): a determined noun with no preposition right after that adjunct."""
    vehicles = language_data("fr").words("speech_vehicle_nouns")
    for child in verb.children:
        if not child.dep_.startswith("obl") or child.i < verb.i or child.pos_ != "NOUN" or fold(child.text) not in vehicles:
            continue
        for noun in child.children:
            if noun.dep_ == "nmod" and noun.i > child.i and noun.pos_ in {"NOUN", "PROPN"} \
                    and not any(c.dep_ == "case" for c in noun.children) and any(c.dep_ == "det" for c in noun.children):
                tokens = list(noun.subtree)
                return tokens[0].idx, max(tokens[-1].idx + len(tokens[-1].text), right_edge_end(verb, noun)), "nominal"
    return None


def _plea_content(verb: Token) -> tuple[int, int, str] | None:
    """"a plaidé mercredi pour « une solution négociée »", "milite en faveur d'un cessez-le-feu": for a verb of
    pleading (``plea_verbs``), the "pour" / "en faveur de" phrase after it is what is said."""
    data = language_data("fr")
    pleading = fold(verb.lemma_) in data.words("plea_verbs")
    insisting = fold(verb.lemma_) in data.words("insistence_verbs")  # "a insisté sur la nécessité d'un dialogue"
    if not pleading and not insisting:
        return None
    for child in verb.children:
        if child.dep_ not in {"obl", "obl:mod", "obl:arg"} or child.i < verb.i or child.pos_ not in {"NOUN", "PROPN", "VERB"} \
                or fold(child.text) in _ADJUNCT_NOUNS:
            continue  # "a plaidé pour la première fois devant la cour": a lawyer's pleading, no content
        cases = [fold(c.text) for c in child.children if c.dep_ in {"case", "mark"}]
        pleaded = cases[:1] == ["pour"] or "faveur" in cases or (child.i >= 2 and fold(verb.doc[child.i - 2].text) == "faveur")
        if (pleading and pleaded) or (insisting and cases[:1] == ["sur"]):
            tokens = list(child.subtree)
            return tokens[0].idx, max(tokens[-1].idx + len(tokens[-1].text), right_edge_end(verb, child)), "nominal"
    return None


def _bare_infinitive_on_adjunct(token: Token, verb: Token) -> bool:
    """"a nié à plusieurs reprises avoir des plans": an infinitive with no preposition (a noun's own infinitive
    needs "à" or "de") hung on the noun of an adjunct of the verb: the verb's complement."""
    if morph_get(token, "VerbForm") != ["Inf"]:
        return False
    main = token.head if token.dep_.startswith("aux") and token.head.i > token.i else token  # "avoir visé"
    head = main.head
    return main.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in {"obl:mod", "obl"} and head.head.i == verb.i \
        and not any(c.dep_ == "mark" for c in main.children)


def _infinitive_after(token: Token) -> bool:
    """"de" / "à" followed by an infinitive (a quotation mark allowed between): an infinitive complement the
    parser hung on a noun of an adverbial."""
    if fold(token.text) not in {"de", "d'", "a"}:
        return False
    doc = token.doc
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].text in {"«", "“", '"'}:
        nxt += 1
    elif fold(token.text) != "a" and doc[token.i - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
        return False  # "s'opposait aux tentatives de toute force extérieure d'interférer": the noun's complement
    return nxt < len(doc) and doc[nxt].pos_ in {"VERB", "AUX"} and doc[nxt].morph.get("VerbForm") == ["Inf"]


def _manner_word(token: Token) -> bool:
    """A lone adverb in -ment the tagger may read as a noun ("fermement", "vivement")."""
    return token.pos_ == "ADV" or (token.text.islower() and token.text.endswith("ment") and not any(
        c.dep_ in {"det", "amod", "nmod"} for c in token.children))


def dative_content(verb: Token) -> tuple[int, int, str] | None:
    """"estime à 75 000 le nombre de…", "reproche à la Cédéao son manque de soutien", "demande au gouvernement des
    mesures": an "à" phrase the parser made the verb's only argument, with a number or the object hung on it."""
    for child in verb.children:
        if child.dep_ not in {"obl:arg", "obl:mod", "obl", "iobj"} or child.i < verb.i or child.pos_ not in {"NOUN", "PROPN", "NUM"}:
            continue
        if not any(fold(c.text) in {"a", "au", "aux"} for c in child.children if c.dep_ == "case"):
            continue
        number = child.pos_ == "NUM" or any(c.dep_ in {"det", "nummod"} and (c.like_num or c.pos_ == "NUM") for c in child.children)
        hung_object = any(c.dep_ in {"appos", "nmod"} and c.i > child.i and not any(
            cc.dep_ == "case" and fold(cc.text) not in {"des", "du"} for cc in c.children) for c in child.children)
        if number or hung_object:
            tokens = list(child.subtree)
            end = max(tokens[-1].idx + len(tokens[-1].text), right_edge_end(verb, child))
            return tokens[0].idx, end, "nominal"
        infinitive = next((c for c in child.children if c.dep_ == "acl" and c.i > child.i and c.morph.get("VerbForm") == ["Inf"]
                           and any(m.dep_ == "mark" and fold(m.text) in {"de", "d'"} for m in c.children)), None)
        if infinitive is not None:  # "demande aux autorités d'ouvrir une enquête": the infinitive hung on the dative
            tokens = list(infinitive.subtree)
            return tokens[0].idx, max(tokens[-1].idx + len(tokens[-1].text), right_edge_end(verb, child)), "inf"
    return None


def right_edge_end(verb: Token, complement: Token) -> int:
    """End of the verb phrase after a nominal or infinitive complement: its other right-hand dependents carry the
    content too ("a exprimé son mécontentement à l'égard de la politique américaine", "a salué les efforts de X
    pour contrer « … »"); a coordinated clause with its own subject does not."""
    end = 0
    for child in verb.children:
        if child.i <= complement.i or child.dep_ in {"punct", "cc", "parataxis", "nsubj", "nsubj:pass"} or source_phrase(child):
            continue
        if child.dep_ == "conj" and (child.pos_ in {"VERB", "AUX"} or any(c.dep_ in _SUBJECT_DEPS for c in child.children)):
            continue
        if child.dep_ == "advcl" and any(c.dep_ in _SUBJECT_DEPS for c in child.children) \
                and not any(c.dep_ == "mark" for c in child.children):
            continue  # "a annoncé des sanctions, Pékin a promis une riposte": a clause of its own, parsed as adverbial
        if child.dep_ == "advcl" and any(c.dep_ in _SUBJECT_DEPS for c in child.children) \
                and any(c.dep_ == "mark" and fold(c.text) in NARRATOR_CONTRASTS for c in child.children):
            continue  # "a proposé une médiation, tandis que les États-Unis …": the narrator's contrast, not the content
        last = _subtree_last(child)
        end = max(end, last.idx + len(last.text))
    return _before_contrast(verb.doc, complement, end)


def clause_start(verb: Token) -> Token:
    """First token of "a déclaré Poutine" / "a-t-il ajouté" (auxiliaries included)."""
    first = verb
    for child in children_of(verb):
        if child.i < verb.i and child.dep_ in {"aux:tense", "aux", "aux:pass", "advmod", "expl:subj", "nsubj", "dep", "expl:comp", "expl"} and verb.i - child.i <= 4:
            first = min(first, child, key=lambda t: t.i)
    hung = verb.head if verb.head.i < verb.i and verb.head.text.startswith("-") and verb.head.pos_ == "PRON" else None  # "a-t-elle ajouté"
    return min([first] + ([hung] + [c for c in children_of(hung) if c.i < hung.i and verb.i - c.i <= 4] if hung else []), key=lambda t: t.i)
