"""Who said what about whom: reported speech in a parsed French article.

Three shapes of attribution (Krestel et al. 2008 and the French quotation
studies of Sagot et al. name the same ones):

- a speech verb with a subject ("X a déclaré que…", "…, a-t-il ajouté",
  "X s'est dit satisfait", "X a été cité par CCTV"), the content being a
  quotation next to it or the verb's clausal complement;
- "selon X, …" / "d'après X, …" (mode ``AccordingTo``; the markers are found by
  ``extractors.according``);
- a document that speaks ("un communiqué du Kremlin indique que…").

Layered reporting is kept: a medium that relays ("selon CCTV", "a rapporté
CCTV", "citant Xinhua") becomes ``reported_by`` of the inner statement.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from extractors.according import marker_lemma, source_markers
from extractors.attribution import (actor_right, citing, compound_cues, cue_label, has_aux, has_infinitive_a, has_reflexive,
                                    impersonal_passive, inverted_pronoun, mistagged_speech_verb, is_reflexive, non_speech_object, passive_agent,
                                    speech_lemma)
from extractors.entities import ArticleActors, sentence_of, sentences_of, text_of
from extractors.lang import fold, language_data
from extractors.model import Evidence, Statement
from extractors.quotespans import QuoteSpan, find_quote_spans

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_COMPLEMENT_DEPS = {"ccomp", "xcomp", "obj", "csubj", "advcl", "parataxis"}
_REPORTING_CUES = {"rapporter", "citer", "indiquer", "ecrire", "relayer", "selon", "d'apres"}
_ADDRESS_PREPS = {"a", "au", "aux"}  # folded ("à" -> "a")


@dataclass(frozen=True)
class _Candidate:
    cue: Token
    speakers: tuple[str, ...]
    mode: str
    content_start: int
    content_end: int
    addressee: str | None
    sentence: Span
    reported_by: str | None = None
    cue_text: str | None = None  # the cue when it is not the cue token's lemma ("indiquer", "faire remarquer")


def extract_statements(doc: Doc, actors: ArticleActors, *, language: str = "fr") -> Iterator[Statement]:
    """Yield one ``Statement`` per speaker per reported speech act in ``doc``."""
    data = language_data(language)
    speech_verbs = data.words("speech_verbs")
    need_complement = data.words("speech_verbs_need_complement")
    markers = data.words("according_to_markers")
    quotes = find_quote_spans(text_of(doc))
    subjects: list[str] = []  # people and organisations in subject position, newest last
    last_speakers: list[str] = []
    last_index = -10
    for index, sentence in enumerate(doc.sents):
        # pronoun antecedents: the previous statement's speaker first, then recent subjects
        context = subjects[-6:] + (last_speakers if index - last_index <= 2 else [])
        candidates = list(_verb_statements(sentence, actors, quotes, speech_verbs, need_complement, context, data))
        candidates += _compound_statements(sentence, actors, quotes, context, data, candidates)
        candidates += _according_to(sentence, actors, markers, candidates, context)
        candidates = _layer(candidates, actors)
        for candidate in candidates:
            yield from _to_statements(candidate, doc, actors, quotes)
        people = [k for c in candidates if c.mode != "AccordingTo" for k in c.speakers
                  if actors.actors[k].kind in {"Person", "Organization"}]
        if people:
            last_speakers, last_index = people[-1:], index
        for token in sentence:
            if token.dep_ in {"nsubj", "nsubj:pass"} and token.pos_ in {"PROPN", "NOUN"}:
                for key in actors.resolve(token):
                    if actors.actors[key].kind in {"Person", "Organization"} or actors.stands_for_state(token):
                        subjects.append(key)


# -- speech verbs -------------------------------------------------------------------


def _verb_statements(sentence, actors, quotes, speech_verbs, need_complement, context, data) -> Iterator[_Candidate]:
    nominal_ok = data.words("speech_verbs_nominal")
    quote_only = data.words("speech_verbs_quote_only")
    reflexives = data.words("reflexive_speech_verbs")
    for token in sentence:
        lemma = speech_lemma(token, speech_verbs) if token.pos_ in {"VERB", "AUX"} else mistagged_speech_verb(token, speech_verbs)
        if lemma is None and token.pos_ == "VERB" and fold(token.lemma_) in reflexives and has_reflexive(token):
            lemma = fold(token.lemma_)  # "…, s'est réjoui le président"
        if lemma is None:
            continue
        if _inside_quote(token, quotes) or token.dep_ in {"amod"}:
            continue
        document_speakers = _document_author(token, actors, data)
        if not document_speakers and token.morph.get("VerbForm") == ["Part"] and not has_aux(token) and token.dep_ in {"acl", "amod"}:
            continue  # "publiés par le Kremlin"
        if document_speakers:
            pass  # "TVE a émis un communiqué affirmant que…": the document's author speaks
        elif token.morph.get("VerbForm") in (["Ger"],) or (token.text.endswith("ant") and token.morph.get("VerbForm") == ["Part"]):
            continue  # "citant Xinhua" is handled as a relay, "faisant référence"
        if token.morph.get("VerbForm") == ["Inf"] and token.dep_ != "ROOT":
            continue  # "pour dénoncer", "a refusé de commenter": no speech act of its own
        direct = _adjacent_quote(token, sentence, quotes)
        complement = _complement(token)
        inverted = _inverted_content(token, sentence) if direct is None else None
        reflexive = is_reflexive(token)
        kind = complement[2] if complement else None
        if direct is None and inverted is None:
            if kind == "que":
                pass
            elif kind in {"inf", "nominal"} and (lemma in nominal_ok or lemma not in need_complement) and lemma not in quote_only:
                pass
            elif reflexive and kind is None:
                pass
            elif reflexive and lemma in {"dire", "declarer", "montrer", "feliciter", "rejouir", "inquieter"}:
                pass
            else:
                continue
        if lemma == "appeler" and direct is None and not has_infinitive_a(token):
            continue  # "appeler" is a phone call unless "appeler X à faire"
        if non_speech_object(token, lemma, data) or impersonal_passive(token):
            continue  # "HP accuse une baisse de 3 %", "Il est prévu que…"
        speakers = document_speakers or _speakers(token, actors, context, inverted=_is_inverted(token, direct, inverted))
        if not speakers:
            continue
        if direct is not None:
            # "décrit sa fille, Marine Le Pen, comme « … »": the words between the verb and the quotation are content
            after_verb = token.idx + len(token.text)
            has_object = any(c.dep_ == "obj" and after_verb <= c.idx < direct.start for c in token.children)
            mode, start, end = "DirectQuote", after_verb if has_object else direct.start, direct.end
        elif inverted is not None:
            mode, (start, end) = "IndirectSpeech", inverted
        elif complement is not None:
            mode, start, end = "IndirectSpeech", complement[0], complement[1]
        else:
            mode, start, end = "IndirectSpeech", token.idx + len(token.text), sentence.end_char
        addressee = _addressee(token, actors, speakers)
        yield _Candidate(token, tuple(speakers), mode, start, end, addressee, sentence,
                         reported_by=passive_agent(token, actors) or citing(token, actors), cue_text=cue_label(lemma, data))


def _is_inverted(verb: Token, direct: QuoteSpan | None, inverted) -> bool:
    """The content comes before the attribution clause ("« … », affirme X")."""
    return inverted is not None or (direct is not None and direct.end <= _clause_start(verb).idx)


def _document_author(verb: Token, actors: ArticleActors, data) -> list[str]:
    """"un communiqué affirmant que…" / "un rapport dénonçant…": the author of the document right before the participle
    (its "de X", else the subject of the verb that issues it: "TVE a émis un communiqué")."""
    if not (verb.text.endswith("ant") and verb.morph.get("VerbForm") == ["Part"]) or verb.i == 0:
        return []
    documents = data.words("document_nouns")
    # the noun right before, or before its complement ("un communiqué de presse affirmant")
    noun = next((t for t in reversed(list(verb.doc[max(verb.i - 3, 0): verb.i]))
                 if fold(t.text) in documents or fold(t.lemma_) in documents), None)
    if noun is None or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in verb.doc[noun.i + 1: verb.i]):
        return []
    for child in noun.children:
        if child.dep_ == "nmod" and child.i > noun.i:
            keys = actors.resolve(child)
            if keys:
                return keys
    head = noun.head
    for _ in range(3):  # the verb that issues the document ("a émis le lendemain un communiqué")
        if head.pos_ in {"VERB", "AUX"}:
            return _speakers(head, actors, [])
        if head.head is head:
            break
        head = head.head
    return []


def _compound_statements(sentence, actors, quotes, context, data, found) -> list[_Candidate]:
    """"X fait remarquer que…", "X a fait état de…", "X met en cause…": a light verb and a word make the cue."""
    result = []
    taken = {c.cue.i for c in found}
    for first, last, cue in compound_cues(sentence, data):
        if first.i in taken or last.i in taken or _inside_quote(first, quotes):
            continue
        speakers: list[str] = []
        for node in (first, last, first.head, last.head):
            if any(c.dep_ in _SUBJECT_DEPS for c in node.children):
                speakers = _speakers(node, actors, context)
                break
        if not speakers:
            speakers = _nearest_actor_left(first, actors)
        if not speakers:
            continue
        direct = _adjacent_quote(first, sentence, quotes)
        if direct is not None and direct.end <= _clause_start(first).idx:
            mode, start, end = "DirectQuote", direct.start, direct.end
        else:
            mode, start, end = "IndirectSpeech", last.idx + len(last.text), sentence.end_char
        result.append(_Candidate(first, tuple(speakers), mode, start, end, _addressee(last, actors, speakers), sentence,
                                 cue_text=cue))
    return result


def _inverted_content(verb: Token, sentence: Span) -> tuple[int, int] | None:
    """"La Russie soutient Pékin, a-t-il ajouté" / "…, a rapporté Reuters": the clause before the attribution."""
    inverted_subject = any(
        (c.dep_ in {"nsubj", "nsubj:pass"} and c.i > verb.i) or (c.dep_ == "expl:subj" and c.i < verb.i and c.text.startswith("-"))
        for c in verb.children)
    if not inverted_subject:
        return None
    start = _clause_start(verb)
    i = start.i - 1
    while i >= sentence.start and verb.doc[i].is_space:
        i -= 1
    if i <= sentence.start or verb.doc[i].text not in {",", "—", "–"}:
        return None
    first = sentence[0]
    while first.i < i and (first.is_space or first.is_punct):
        first = verb.doc[first.i + 1]
    if i - first.i < 3:
        return None
    return first.idx, verb.doc[i].idx


def _speakers(verb: Token, actors: ArticleActors, context: list[str], *, inverted: bool = False) -> list[str]:
    """The subject of a speech verb, resolved; inherited through xcomp/conj chains."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and fold(c.text) not in {"-t", "t"}]
        if node.dep_ in {"xcomp", "conj"} and not subjects:
            node = node.head
            continue
        break
    keys: list[str] = []
    for subject in subjects:
        keys += _resolve_subject(subject, actors, context)
    pronoun = inverted_pronoun(verb) if not keys else None
    if pronoun is not None:
        keys = actors.resolve(pronoun, context=context)  # "…, indique-t-il", "…, a-t-elle ajouté"
    elif not keys and inverted:
        keys = actor_right(verb, sentence_of(verb), actors)  # "…, a affirmé mercredi le ministre X"
    if not keys and not subjects:
        keys = _nearest_actor_left(verb, actors)
    return [k for k in keys if actors.actors[k].kind in {"Person", "Organization", "Country", "Place"}]


def _resolve_subject(subject: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    named = _name_before_role(subject, actors)
    if named:
        return named  # "Barroso, le président de la Commission, a affirmé": Barroso, not the Commission
    keys = actors.resolve(subject, context=context)
    if keys:
        return keys
    # "Un des chercheurs de HRW, Ole Solvang, précise": the person set off by commas speaks
    for token in subject.subtree:
        key = actors.actor_at(token)
        if key and token.i > subject.i and actors.actors[key].kind == "Person" and token.doc[token.i - 1].text == ",":
            return [key]
    # "un communiqué du Kremlin", "le service de presse du Kremlin": the organisation speaks
    for token in subject.subtree:
        key = actors.actor_at(token)
        if key and token.i > subject.i and token.i - subject.i <= 5 and actors.actors[key].kind != "Place":
            return [key]  # but "les témoignages venant de la place Tahrir": a place does not speak
    return []


def _name_before_role(subject: Token, actors: ArticleActors) -> list[str]:
    """"Name, le président de X, a dit" parsed with the role noun as subject: the person before the comma."""
    if fold(subject.text) not in language_data("fr").words("role_heads"):
        return []
    first = subject.left_edge.i
    if first < 2 or subject.doc[first - 1].text != ",":
        return []
    key = actors.actor_at(subject.doc[first - 2])
    return [key] if key and actors.actors[key].kind == "Person" else []


def _nearest_actor_left(verb: Token, actors: ArticleActors) -> list[str]:
    """Parser fallback: the closest actor name before the verb in the same clause."""
    i = verb.i - 1
    sentence_start = sentence_of(verb).start
    while i >= sentence_start:
        token = verb.doc[i]
        if token.text in {",", ";", ":", "«", "»", "“", "”", '"'} or fold(token.text) in {"que", "qu'"}:
            return []
        key = actors.actor_at(token)
        if key and not _in_prepositional_phrase(token, actors) and actors.actors[key].kind != "Place":
            return [key]  # a place never speaks ("les témoignages venant de la place Tahrir faisant état de")
        i -= 1
    return []


def _in_prepositional_phrase(token: Token, actors: ArticleActors) -> bool:
    """"le blocage de Rouen", "aux parents de Renault": an actor after a preposition is no subject."""
    key = actors.actor_at(token)
    i = token.i
    while i > 0 and actors.actor_at(token.doc[i - 1]) == key:
        i -= 1
    while i > 0 and token.doc[i - 1].pos_ == "DET":
        i -= 1
    return i > 0 and (token.doc[i - 1].pos_ == "ADP" or fold(token.doc[i - 1].text) in {"du", "des", "au", "aux"})


_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
               "demain", "matin", "soir", "semaine", "mois", "annee", "jour", "veille", "lendemain"}


def _complement(verb: Token) -> tuple[int, int, str] | None:
    """Char range and kind ("que", "inf", "nominal") of the reported content after the verb."""
    children = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.i > verb.i]
    for child in children:
        if child.dep_ == "obj" and child.pos_ == "PRON":
            continue
        if fold(child.text) in _TIME_WORDS and len(list(child.subtree)) <= 3:
            continue  # "a déclaré mercredi que…": a time, not the content
        tokens = list(child.subtree)
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        marks = {fold(t.text) for t in tokens[:3]}
        if marks & {"que", "qu'"} or any(fold(c.text) in {"que", "qu'", "si"} and c.dep_ == "mark" for c in child.children):
            kind = "que"
        elif child.pos_ in {"VERB", "AUX"} or any(fold(c.text) in {"de", "d'", "a"} and c.dep_ in {"mark", "case"} for c in child.children):
            kind = "inf"
        elif child.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            kind = "nominal"
        else:
            kind = "inf"
        return start, end, kind
    # "a souligné que" where the parser hung the clause elsewhere: take the rest of the sentence
    after = verb.doc[verb.i + 1: sentence_of(verb).end]
    for token in after[:8]:
        if fold(token.text) in {"que", "qu'"}:
            return token.idx, sentence_of(verb).end_char, "que"
    # nominal object hung as obl: "a parlé de la crise", "a discuté de la situation"
    for child in verb.children:
        if child.dep_ in {"obl:arg", "obl"} and child.i > verb.i and child.pos_ in {"NOUN", "PROPN"} and fold(verb.lemma_) in {"parler", "discuter"}:
            if any(fold(c.text) in {"de", "d'", "du", "des"} for c in child.children if c.dep_ == "case"):
                tokens = list(child.subtree)
                return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "nominal"
    return None


def _adjacent_quote(verb: Token, sentence: Span, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """A quotation right before the attribution clause, or right after "X a déclaré :"."""
    clause_start = _clause_start(verb)
    for quote in quotes:
        gap_before = text_of(verb.doc)[quote.end:clause_start.idx]
        if quote.end <= clause_start.idx and len(gap_before.strip(" ,.\n")) == 0 and clause_start.idx - quote.end < 6 \
                and not _new_sentence(quote, gap_before, clause_start):
            return quote
        if quote.start >= verb.idx and quote.start - (verb.idx + len(verb.text)) < 40:
            between = text_of(verb.doc)[verb.idx + len(verb.text):quote.start]
            if ":" in between or "," in between or between.strip() == "":
                return quote
    return None


def _new_sentence(quote: QuoteSpan, gap: str, clause_start: Token) -> bool:
    """"« C'est inacceptable. » Renault a annoncé…" / "…».\n\nHP accuse…": the clause after the quotation starts a
    new sentence, so it does not attribute it (an attribution follows a comma or starts in lower case)."""
    if "\n" in gap or "." in gap:
        return True
    return "," not in gap and quote.text[-1:] in {".", "!", "?", "…"} and clause_start.text[:1].isupper()


def _clause_start(verb: Token) -> Token:
    """First token of "a déclaré Poutine" / "a-t-il ajouté" (auxiliaries included)."""
    first = verb
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"aux:tense", "aux", "aux:pass", "advmod", "expl:subj", "nsubj", "dep", "expl:comp", "expl"} and verb.i - child.i <= 4:
            first = min(first, child, key=lambda t: t.i)
    return first


def _addressee(verb: Token, actors: ArticleActors, speakers: list[str]) -> str | None:
    for child in verb.children:
        if child.dep_ in {"obl:arg", "obl:mod", "obl", "iobj"} and child.i > verb.i:
            cases = {fold(c.text) for c in child.children if c.dep_ == "case"}
            if cases & _ADDRESS_PREPS or fold(verb.doc[child.i - 1].text) in _ADDRESS_PREPS:
                keys = [k for k in actors.resolve(child) if k not in speakers]
                if keys:
                    return keys[0]
    return None


def _inside_quote(token: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.start < token.idx < q.end for q in quotes)


# -- "selon X" ---------------------------------------------------------------------------


def _according_to(sentence: Span, actors: ArticleActors, markers: frozenset[str], verb_candidates,
                  context: list[str] | None = None) -> list[_Candidate]:
    """"Selon X, …": X says it, unless a speech verb in the sentence has its own speaker (then X only relays).
    "Pour X, …" at the start of a sentence is the same attribution (cue "pour") but never a relay."""
    found = []
    for source in source_markers(sentence, actors, markers, context):
        keys = list(source.sources)
        if source.initial:
            if any(set(keys) & set(c.speakers) or c.cue.i > source.marker.i for c in verb_candidates):
                continue
        elif verb_candidates:
            # layered: "Selon CCTV, Xi a souligné…" -> Xi speaks, CCTV relays
            for candidate in list(verb_candidates):
                if candidate.reported_by is None and keys[0] not in candidate.speakers:
                    verb_candidates[verb_candidates.index(candidate)] = replace(candidate, reported_by=keys[0])
            continue
        found.append(_Candidate(source.marker, tuple(keys), "AccordingTo", source.content_start, source.content_end,
                                None, sentence))
    return found


# -- layering and output ------------------------------------------------------------------


def _layer(candidates: list[_Candidate], actors: ArticleActors) -> list[_Candidate]:
    """"…, a rapporté CCTV": a relaying medium whose content holds another cue becomes reported_by."""
    result = list(candidates)
    for outer in candidates:
        if fold(outer.cue.lemma_) not in _REPORTING_CUES or outer.mode == "AccordingTo":
            continue
        inner = [c for c in result if c is not outer and c.mode != "AccordingTo" and set(c.speakers) != set(outer.speakers)
                 and (outer.content_start <= c.cue.idx < outer.content_end or c.cue.i < outer.cue.i)]
        if not inner:
            continue
        for candidate in inner:
            result[result.index(candidate)] = replace(candidate, reported_by=outer.speakers[0])
        if all(actors.is_medium(k) for k in outer.speakers) and outer in result:
            result.remove(outer)
    return result


def _to_statements(candidate: _Candidate, doc: Doc, actors: ArticleActors, quotes) -> Iterator[Statement]:
    start, end = _trim(text_of(doc), candidate.content_start, candidate.content_end)
    if end <= start:
        return
    evidence = _evidence(candidate, doc, start, end)
    about = actors.mentions_in(start, end)
    named = set(actors.mentions_in(start, end, demonyms=False)) - {candidate.addressee}  # a speaker named in its own content
    if candidate.addressee and candidate.addressee not in about:
        about.append(candidate.addressee)
    for speaker in candidate.speakers:
        reported_by = candidate.reported_by if candidate.reported_by != speaker else None
        yield Statement(
            speaker=speaker,
            cue=marker_lemma(candidate.cue) if candidate.mode == "AccordingTo" else (candidate.cue_text or candidate.cue.lemma_.lower()),
            quote=text_of(doc)[start:end],
            mode=candidate.mode,
            evidence=evidence,
            about=tuple(k for k in about if k not in candidate.speakers or k in named),
            addressee=candidate.addressee,
            reported_by=reported_by,
            quote_start=start,
            quote_end=end,
        )


def _evidence(candidate: _Candidate, doc: Doc, start: int, end: int) -> Evidence:
    """The sentence, or every sentence from the quote's start to the attribution."""
    first = candidate.sentence.start_char
    last = candidate.sentence.end_char
    for sentence in sentences_of(doc):
        if sentence.start_char <= start < sentence.end_char:
            first = min(first, sentence.start_char)
        if sentence.start_char < end <= sentence.end_char:
            last = max(last, sentence.end_char)
    first, last = _trim(text_of(doc), first, last)
    return Evidence(text_of(doc)[first:last], first, last)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t,:«»“”\"":
        start += 1
    while end > start and text[end - 1] in " \n\t,:«»“”\"":
        end -= 1
    return start, end
