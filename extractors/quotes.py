"""Who said what about whom: reported speech in a parsed French article.

Three shapes of attribution (Krestel et al. 2008 and the French quotation
studies of Sagot et al. name the same ones):

- a speech verb with a subject ("X a déclaré que…", "…, a-t-il ajouté",
  "X s'est dit satisfait", "X a été cité par CCTV"), the content being a
  quotation next to it or the verb's clausal complement;
- "selon X, …" / "d'après X, …" (mode ``AccordingTo``; the markers are found by
  ``extractors.according``);
- a document that speaks ("un communiqué du Kremlin indique que…").

Smaller shapes live in their own modules: an agent that speaks ("une idée
rejetée par X", "que Pékin revendique": ``extractors.passive_speech``), a
remark noun that attributes the sentence before ("C'est la remarque de X.") or
a speech noun as subject ("Les déclarations de X ont provoqué…":
``extractors.remarks``), and non-finite clauses that speak for the subject of
the clause they hang on ("…, indiquant que", "en proposant de", "pour lui
exprimer sa solidarité": ``extractors.participle_speech``).

Layered reporting is kept: a medium that relays ("selon CCTV", "a rapporté
CCTV", "citant Xinhua") becomes ``reported_by`` of the inner statement.

Where a quotation stands relative to its verb is decided in
``extractors.quote_adjacency``; found speech acts become ``Statement`` records
in ``extractors.speech_candidates``; checks on a speech verb's form are in
``extractors.speech_verb_checks``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extractors.according import opinion_holders, source_markers
from extractors.content_tails import before_source
from extractors.compound_inverted import inverted_compound
from extractors.self_reference import own_source
from extractors.attribution import actor_right, object_speaker_content, compound_cues, cue_label, inverted_pronoun, mistagged_speech_verb, speech_lemma_of, \
    speech_noun_after_name
from extractors.speech_verb_checks import (
    citing, court_sentence, has_aux, has_infinitive_a, has_reflexive, impersonal_passive, incise, interpolated_aux, is_infinitive,
    future_nominal, is_reflexive, negated_speech, non_speech_object, object_infinitive, passive_agent, patient_passive, periphrastic_infinitive,
    reflexive_cue_as_adverb,
)
from extractors.contents import clause_start as _clause_start, complement as _complement, extend_right as _extend_right, \
    inverted_content as _inverted_content
from extractors.entities import ArticleActors, folded_lemmas, sentences_of, text_of, tokens_in, tokens_of
from extractors.lang import fold, language_data
from extractors.model import Statement
from extractors.participle_speech import absolute_subject, clitic_before, participle_clause, purpose_speech_verb
from extractors.passive_speech import agent_statements, presented_document_speakers
from extractors.press_cues import press_presentation
from extractors.aside_subjects import parsed_aux_subject
from extractors.interviewer import interviewing_outlet, without_participle_agents
from extractors.impersonal_sources import impersonal_source_candidates
from extractors.relay_apposition import apposed_relay
from extractors.quote_adjacency import adjacent_quote, continues_quote, full_stop_between, inside_quote, is_inverted, quoted_infinitive
from extractors.speech_candidates import SpeechCandidate, layer_relays, to_statements, with_nested_addressees
from extractors.token_table import morph_get, token_table
from extractors.taken_up import TakenUpSpeech
from extractors.remarks import agent_speech_nouns, announced_quotes, pull_quotes, remarks, speech_noun_subjects
from extractors.addressees import addressee_of, addressees_of, clitic_addressee, clitic_object
from extractors.reciprocal import mutual_speech
from extractors.nickname_cues import is_nickname_participle, subjects_across_nickname, without_nickname_quotes
from extractors.speech_verb_checks import bare_attitude
from extractors.appeal_infinitives import object_to_infinitive
from extractors.alert_cues import alert_candidates
from extractors.light_verb_cues import light_verb_candidates
from extractors.cue_adjacent_content import partitive_object, que_right_after
from extractors.speakers import (by_salience, nearest_actor_left, pronoun_antecedents,
                                   name_as_aux, quote_spans, speakers_of, subject_before_aux)

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}


def extract_statements(doc: Doc, actors: ArticleActors, *, language: str = "fr") -> Iterator[Statement]:
    """Yield one ``Statement`` per speaker per reported speech act in ``doc``."""
    data = language_data(language)
    speech_verbs = data.words("speech_verbs")
    need_complement = data.words("speech_verbs_need_complement")
    markers = data.words("according_to_markers")
    quotes = without_nickname_quotes(doc, quote_spans(doc))  # the per-doc list speakers.quote_spans shares (no "dit « X »")
    subjects: list[str] = []  # people and organisations in subject position, newest last
    last_speakers: list[str] = []
    last_index = -10
    index = -1
    taken_up = TakenUpSpeech(actors)  # "Pékin a rejeté ces protestations": about whoever protested
    for sentence in sentences_of(doc):
        # sentences inside a quotation opened before them do not take the speaker out of reach ("« A. B. C »,
        # a-t-il précisé": "il" is still the speaker of the sentence before the quote)
        index += 0 if continues_quote(sentence, quotes) else 1
        # pronoun antecedents: the previous statement's speaker first, then recent subjects
        context = by_salience(subjects[-6:], actors) + (last_speakers if index - last_index <= 2 else [])
        candidates = list(_verb_statements(sentence, actors, quotes, speech_verbs, need_complement, context, data))
        candidates += _compound_statements(sentence, actors, quotes, context, data, candidates)
        taken = {c.cue.i for c in candidates}
        candidates += [SpeechCandidate(a.cue, a.speakers, "IndirectSpeech", a.content_start, a.content_end, None, sentence,
                                  cue_text=a.cue_text, aside=a.aside)
                       for a in agent_statements(sentence, actors, data) if a.cue.i not in taken]
        candidates += impersonal_source_candidates(sentence, actors, data, {c.cue.i for c in candidates})  # ", a-t-on appris auprès de X"
        candidates += light_verb_candidates(sentence, actors, data, context, {c.cue.i for c in candidates})  # "donne une autre version"
        candidates += alert_candidates(sentence, actors, data, context, {c.cue.i for c in candidates})  # "a placé X en vigilance"
        candidates += _according_to(sentence, actors, markers, candidates, context, data)
        candidates += [SpeechCandidate(r.noun, r.speakers, "IndirectSpeech", r.content_start, r.content_end, None, sentence,
                                  cue_text=r.cue) for r in remarks(sentence, actors, data)  # "C'est la remarque de X."
                       + speech_noun_subjects(sentence, actors, data)  # "Les déclarations de X ont provoqué…"
                       + [r for r in agent_speech_nouns(sentence, actors, data)  # "l'annonce des résultats par X"
                          if not any(set(r.speakers) & set(c.speakers) for c in candidates)]]
        candidates += [SpeechCandidate(r.noun, r.speakers, "DirectQuote", r.content_start, r.content_end, None, sentence,
                                  cue_text=r.cue) for r in pull_quotes(sentence, actors)  # "… —Sonia Dridi, journaliste"
                       + announced_quotes(sentence, actors, data, context)  # "les propos suivants : « … »"
                       if not any(c.content_start < r.content_end and r.content_start < c.content_end for c in candidates)]
        candidates = with_nested_addressees(layer_relays(candidates, actors))
        for candidate in candidates:
            yield from (taken_up.complete(s, candidate.cue, candidate.speakers) for s in to_statements(candidate, doc, actors, quotes))
        people = pronoun_antecedents(candidates, actors)
        if people:
            last_speakers, last_index = people[-1:], index
        table, tokens = token_table(doc), tokens_of(doc)
        for i in range(sentence.start, sentence.end):
            if table.dep[i] in {"nsubj", "nsubj:pass"} and table.pos[i] in {"PROPN", "NOUN"}:
                token = tokens[i]
                for key in actors.resolve(token):
                    if actors.actors[key].kind in {"Person", "Organization"} or actors.stands_for_state(token):
                        subjects.append(key)


# -- speech verbs -------------------------------------------------------------------


def _opens_with(sentence: Span, start_char: int, word: str) -> bool:
    """Does the content starting at ``start_char`` open with ``word`` (folded)?"""
    return any(t.idx == start_char and fold(t.text) == word for t in tokens_in(sentence))


#: Parts of speech a speech verb can carry: verbs, and what the tagger mistakes them for (mistagged_speech_verb).
_CUE_POS = {"VERB", "AUX", "ADJ", "NOUN", "X", "PROPN"}


def _verb_statements(sentence, actors, quotes, speech_verbs, need_complement, context, data) -> Iterator[SpeechCandidate]:
    nominal_ok = data.words("speech_verbs_nominal")
    quote_only = data.words("speech_verbs_quote_only")
    reflexives = data.words("reflexive_speech_verbs")
    sentence_context, earlier = context, []  # earlier: (cue index, person speakers) of this sentence's speech acts
    opinions = opinion_holders(sentence, actors, data, context)  # "Pour l'analyste X, … « … », estime-t-il": X
    pos, texts, lemmas = token_table(sentence.doc).pos, token_table(sentence.doc).texts, folded_lemmas(sentence.doc)
    presenting = data.words("press_presentation_verbs")  # press_presentation reads no other verb
    for token in tokens_in(sentence):
        if pos[token.i] not in _CUE_POS or (pos[token.i] == "PROPN" and not texts[token.i].islower()):
            continue  # no speech verb on any other part of speech, nor on a name ("a tweeté" is the lower-case PROPN)
        verbal = pos[token.i] in {"VERB", "AUX"}
        spoken = speech_lemma_of(lemmas[token.i], texts[token.i], speech_verbs)  # a mistagged verb or a verb after a name is a speech verb's form too
        lemma = spoken if verbal else spoken and mistagged_speech_verb(token, speech_verbs)
        after_name = lemma is None and not verbal and (speech_noun_after_name(token, speech_verbs, actors) if spoken else None)
        lemma = lemma or after_name or (press_presentation(token, data) if pos[token.i] == "VERB" and lemmas[token.i] in presenting
                                        else None) or None  # "a présenté en conférence de presse…"
        # a reflexive speech verb's lemma, from the columns read once (``attribution.speech_lemma`` on them)
        reflexive_lemma = speech_lemma_of(lemmas[token.i], texts[token.i], reflexives) if lemma is None else None
        if reflexive_lemma and (pos[token.i] == "VERB" or has_aux(token)) and has_reflexive(token):
            lemma = reflexive_lemma  # "…, s'est réjoui le président", "X s'alarme de…"
            lemma = lemma + "r" if token.pos_ != "VERB" and lemma + "r" in reflexives else lemma  # "félicités" (NOUN)
        if lemma is None or is_nickname_participle(token):
            continue  # no speech verb, or "Daglo, dit « Hemedti »" (a nickname)
        # "X a exigé « … ». « … », a-t-il déclaré" parsed as one sentence: X is the newest antecedent of "il"
        context = sentence_context + [k for i, keys in earlier for k in keys if full_stop_between(token.doc, i, token.i)]
        clitic = inverted_pronoun(token)  # "estime-t-il": also the participle check below
        context += [k for i, keys in opinions for k in keys if i < token.i] if clitic is not None else []
        if inside_quote(token, quotes) or (token.dep_ in {"amod"} and not after_name):
            continue
        hung = reflexive_cue_as_adverb(token)
        if hung is not None:  # "X et Y se sont dits préoccupés par…": the participle carries the subject
            speakers = speakers_of(hung, actors, context)
            end = max(t.idx + len(t.text) for t in hung.subtree if not t.is_punct)
            if speakers:
                yield SpeechCandidate(token, tuple(speakers), "IndirectSpeech", hung.idx, end, None, sentence, cue_text=cue_label(lemma, data))
            continue
        document_speakers = _document_author(token, actors, data)
        interpolated = interpolated_aux(token, data)
        if not document_speakers and morph_get(token, "VerbForm") == ["Part"] and not has_aux(token) and token.dep_ in {"acl", "amod"} \
                and interpolated is None and not (token.text.endswith("ant") and token.i > 0 and token.doc[token.i - 1].text == ",") \
                and not (token.text.endswith("ant") and token.i > 1 and token.doc[token.i - 2].text == "," and clitic_before(token)) \
                and not (clitic is not None and clitic.i == token.i - 1) \
                and not (token.text.endswith("ant") and absolute_subject(token) is not None):
            continue  # "publiés par le Kremlin" (but ", indiquant que…" is a participle clause)
        main_verb = None
        if document_speakers:
            pass  # "TVE a émis un communiqué affirmant que…": the document's author speaks
        elif morph_get(token, "VerbForm") in (["Ger"],) or (token.text.endswith("ant") and morph_get(token, "VerbForm") == ["Part"]) \
                or (token.text.endswith("ant") and morph_get(token, "VerbForm") == ["Inf"] and token.i > 1
                    and (token.doc[token.i - 1].text == "," or clitic_before(token))):  # "…, les accusant" tagged Inf
            clause = participle_clause(token, lemma, sentence)
            if clause is None:
                continue  # "citant Xinhua" is handled as a relay, "faisant référence"
            main_verb = clause[0]
        purpose = purpose_speech_verb(token, lemma) if main_verb is None else None
        if purpose is not None:
            main_verb, clause = purpose, (purpose, _complement(token))  # "a téléphoné à Y pour lui exprimer sa solidarité"
        elif is_infinitive(token) and token.dep_ != "ROOT" and not periphrastic_infinitive(token, data):
            continue  # "pour dénoncer", "a refusé de commenter": no speech act of its own
        direct = adjacent_quote(token, sentence, quotes)
        governor, governed_quote = _governor_after_quote(token, quotes, data) if direct is None and main_verb is None \
            else (None, None)
        direct = direct or governed_quote  # "« … », a tenu à préciser X", "« … », tente-t-il de corriger"
        complement = partitive_object(token, que_right_after(token, _complement(token))) if main_verb is None else clause[1]  # "a souhaité que X…", "a exigé des excuses"
        aside = incise(token, sentence) if direct is None and not after_name else None
        inverted = (sentence.start_char, sentence.end_char) if aside else _inverted_content(token, sentence) \
            if direct is None and not after_name and not subjects_across_nickname(token) else None
        reflexive = is_reflexive(token)
        kind = complement[2] if complement else None
        if direct is None and inverted is None:
            if kind == "que":
                pass
            elif kind in {"inf", "nominal"} and (lemma in nominal_ok or lemma not in need_complement) and lemma not in quote_only:
                pass
            elif kind == "nominal" and lemma in data.words("insistence_verbs") and _opens_with(sentence, complement[0], "sur"):
                pass  # "a alerté sur la propagation du choléra" (but "a alerté les autorités" reports nothing)
            elif lemma in data.words("speech_verbs_infinitive") and (kind == "inf" or object_infinitive(token)):
                pass  # "a reconnu avoir « commis des maladresses »", "presse l'Algérie de libérer"
            elif lemma in data.words("speech_verbs_object_to_infinitive") and object_to_infinitive(token):
                pass  # "a invité les autorités à moderniser…" (but "a invité X à un dîner")
            elif reflexive and kind is None:
                pass
            elif kind is None and mutual_speech(token):
                pass  # "Thaïlande et Cambodge s'accusent mutuellement après des tirs"
            elif reflexive and lemma in {"dire", "declarer", "montrer", "feliciter", "rejouir", "inquieter"}:
                pass
            elif after_name:
                pass  # "l'ONU alerte sur la famine": the parse gives no complement, the rest of the clause is the content
            elif kind is None and lemma == "appeler" and has_infinitive_a(token) \
                    and not any(fold(c.text) == "en" for c in token.children if c.i < token.i):  # "en appeler à": compound
                pass  # "a appelé au calme", "appelle à la grève": the call's aim hangs as an oblique
            elif kind is None and lemma in data.words("speech_verbs_person_object") and _object_clitic(token):
                pass  # "Il l'a remercié pour son aide": the object is a pronoun
            else:
                continue
        if lemma == "appeler" and direct is None and not has_infinitive_a(token) and not (interpolated is not None and kind == "inf"):
            continue  # "appeler" is a phone call unless "appeler X à faire"
        if non_speech_object(token, lemma, data, quoted=direct is not None) or impersonal_passive(token) or patient_passive(token, lemma) \
                or court_sentence(token, lemma, data) or (direct is None and bare_attitude(token, lemma)):
            continue  # "HP accuse une baisse de 3 %", "Il est prévu que…"
        if negated_speech(token, lemma, data) or (direct is None and inverted is None and future_nominal(token, kind, data)):
            continue  # "L'armée n'a pas confirmé la perte": no words reported; "annoncera mercredi l'état de…": not yet
        if main_verb is not None:
            speakers = speakers_of(main_verb, actors, context) if main_verb.i != token.i \
                else actors.resolve(absolute_subject(token))  # "X a donné des détails, indiquant que…" / "…, Alger reprochant…"
        else:
            # "La résolution, présentée par Paris, …, reproche": the presenters, before "un communiqué du Kremlin"
            speakers = presented_document_speakers(token, actors, data) or document_speakers \
                or (_governed_speakers(governor, token, sentence, actors, context) if governor is not None
                    else speakers_of(token, actors, context, inverted=is_inverted(token, direct, inverted)))
        if interpolated is not None and not speakers:
            # "X a de son côté appelé…" / "L'OTAN ne livrera pas…, a de son côté assuré son secrétaire général, X"
            own = parsed_aux_subject(interpolated, actors, context)  # "Le gouvernement malien a pour sa part accusé…"
            speakers = own if own is not None else without_participle_agents(subject_before_aux(interpolated, actors, context), interpolated, actors)
            comma = token.doc[interpolated.i - 1]
            if not speakers and comma.text == "," and direct is None and own is None:
                speakers = actor_right(token, sentence, actors)
                inverted = (sentence.start_char, comma.idx) if speakers else inverted
        if (after_name or (token.dep_ == "acl" and morph_get(token, "VerbForm") == ["Fin"] and token.head.i < token.i)) and not speakers:
            speakers = actors.resolve(token.head)  # "Israël, de son côté, menace de…", "Une professeure, Claire, raconte que"
        if direct is None and inverted is None and main_verb is None and speakers:
            inverted = object_speaker_content(token, speakers, sentence, actors)  # "…, a annoncé le ministère X"
        if not speakers:
            continue
        if direct is not None:
            # "décrit sa fille, Marine Le Pen, comme « … »": the words between the verb and the quotation are content
            after_verb = token.idx + len(token.text)
            has_object = any(c.dep_ == "obj" and after_verb <= c.idx < direct.start for c in token.children)
            mode, start, end = "DirectQuote", after_verb if has_object else direct.start, direct.end
            if direct.start > token.idx:  # "« l'ingérence des pays occidentaux » – et notamment des États-Unis –"
                end = _extend_right(token.doc, end, sentence.end)
            if direct.start > token.idx and quoted_infinitive(token.doc, direct):
                mode = "IndirectSpeech"  # "a indiqué « vouloir procéder… »": a quoted infinitive is reported speech
        elif inverted is not None:
            mode, (start, end) = "IndirectSpeech", inverted
        elif complement is not None and lemma not in data.raw["speech_verbs_need_preposition"]:
            mode, start, end = "IndirectSpeech", complement[0], complement[1]
        else:  # (and "a requis … deux ans … contre X": the whole rest of the sentence)
            mode, start, end = "IndirectSpeech", token.idx + len(token.text), before_source(token, sentence.end_char)
        outlet = interviewing_outlet(token, actors, speakers, data)  # "Interrogé par la chaîne CNBC, X…"
        relay = apposed_relay(sentence, speakers, actors, data) if outlet is None else None  # "a dit X, cité par Y"
        outlet = outlet or (relay.medium if relay is not None and relay.interviewed else None)
        addressed = addressees_of(token, actors, speakers)  # "a rappelé aux deux voisins": the group, in about
        addressee = addressee_of(token, actors, speakers, addressed) or clitic_addressee(token, actors, speakers, context) or outlet
        earlier.append((token.i, [k for k in speakers if actors.actors[k].kind == "Person"] if len(speakers) == 1 else []))
        yield SpeechCandidate(token, tuple(speakers), mode, start, end, addressee, sentence,
                         reported_by=passive_agent(token, actors) or citing(token, actors) or outlet
                         or (relay.medium if relay is not None else None)
                         or (addressee if addressee and actors.is_medium(addressee) else None),  # "a déclaré à l'AFP"
                         cue_text=cue_label(lemma, data),
                         aside=aside, spoken_to=tuple(addressed[1:]), target=clitic_object(
                             token, actors, speakers, data.words("speech_verbs_person_object"), data.words("taken_up_clitic_cues")))


def _object_clitic(verb: Token) -> bool:
    """"l'a remercié", "la félicite": an object pronoun before the verb (not "que")."""
    return any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < verb.i and fold(c.text) in {"l'", "le", "la", "les"}
               for c in verb.children)


def _governor_after_quote(token: Token, quotes, data) -> tuple[Token | None, object]:
    """"« … », a tenu à préciser X", "« … », tente-t-il de corriger": a speech infinitive under a verb of emphasis or
    attempt (``speech_infinitive_governors``) whose attribution clause starts right after a quotation. Returns the
    governing verb and the quotation (or None, None)."""
    if not is_infinitive(token) or not periphrastic_infinitive(token, data):
        return None, None
    governor = token.head
    first = governor  # with its auxiliary and reflexive pronoun right before it ("a tenu", "s'est empressé")
    while first.i > 0 and first.doc[first.i - 1].head.i == governor.i and (
            first.doc[first.i - 1].dep_.startswith("aux") or first.doc[first.i - 1].dep_ in {"expl:comp", "expl:pv"}):
        first = first.doc[first.i - 1]
    text = text_of(token.doc)
    # (the parser may take words inside the quotation for the governor's subject: read the characters between)
    quote = next((q for q in quotes if q.end <= first.idx and not text[q.end:first.idx].strip(" ,\n")), None)
    return (governor, quote) if quote is not None else (None, None)


def _governed_speakers(governor: Token, token: Token, sentence: Span, actors: ArticleActors, context) -> list[str]:
    """The speaker after "« … », a tenu à préciser": the hyphenated pronoun of the governing verb ("tente-t-il de
    corriger"), else the first actor after the infinitive ("a tenu à préciser le ministre X")."""
    if inverted_pronoun(governor) is not None:
        return speakers_of(governor, actors, context, inverted=True)
    return [k for k in actor_right(token, sentence, actors) if actors.actors[k].kind in {"Person", "Organization", "Country"}]


def _document_author(verb: Token, actors: ArticleActors, data) -> list[str]:
    """"un communiqué affirmant que…" / "un rapport dénonçant…": the author of the document right before the participle
    (its "de X", else the subject of the verb that issues it: "TVE a émis un communiqué")."""
    relative = verb.dep_ == "acl:relcl" and any(c.dep_ == "nsubj" and fold(c.text) == "qui" for c in verb.children)
    if not (relative or verb.text.endswith("ant") and verb.morph.get("VerbForm") == ["Part"]) or verb.i == 0:
        return []  # "un communiqué affirmant…", "une déclaration commune qui appelle…"
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
        if head.pos_ in {"VERB", "AUX"}:  # a relative clause needs an issuing verb ("a reçu une lettre qui appelle")
            return speakers_of(head, actors, []) if not relative or fold(head.lemma_) in data.words("document_issuing_verbs") else []
        if head.head == head:
            break
        head = head.head
    return []


def _compound_statements(sentence, actors, quotes, context, data, found) -> list[SpeechCandidate]:
    """"X fait remarquer que…", "X a fait état de…", "X met en cause…": a light verb and a word make the cue."""
    result = []
    taken = {c.cue.i for c in found}
    for first, last, cue in compound_cues(sentence, data):
        if first.i in taken or last.i in taken or inside_quote(first, quotes):
            continue
        if is_infinitive(first) and first.dep_ != "ROOT":
            continue  # "Plutôt que de mettre en avant…", "sans faire état de…": no speech act of its own
        inverted = inverted_compound(first, last, sentence, actors)  # "…, a fait savoir la préfecture"
        speakers: list[str] = list(inverted.speakers) if inverted is not None else []
        for node in (first, last, first.head, last.head) if inverted is None else ():
            if any(c.dep_ in _SUBJECT_DEPS or name_as_aux(c) for c in node.children):
                speakers = speakers_of(node, actors, context)
                break
        if not speakers:
            speakers = nearest_actor_left(first, actors)
        if not speakers:
            continue
        direct = adjacent_quote(first, sentence, quotes)
        if direct is not None and direct.end <= _clause_start(first).idx:
            mode, start, end = "DirectQuote", direct.start, direct.end
        elif inverted is not None:
            if inverted.content is None:
                continue
            mode, (start, end) = "IndirectSpeech", inverted.content
        else:
            mode, start, end = "IndirectSpeech", last.idx + len(last.text), before_source(first, sentence.end_char)
        result.append(SpeechCandidate(first, tuple(speakers), mode, start, end, addressee_of(last, actors, speakers), sentence,
                                 cue_text=cue))
    return result


# -- "selon X" ---------------------------------------------------------------------------


def _according_to(sentence: Span, actors: ArticleActors, markers: frozenset[str], verb_candidates,
                  context: list[str] | None = None, data=None) -> list[SpeechCandidate]:
    """"Selon X, …": X says it, unless a speech verb in the sentence has its own speaker (then X only relays).
    "Pour X, …" at the start of a sentence is the same attribution (cue "pour") but never a relay."""
    found = []
    for source in source_markers(sentence, actors, markers, (context or []) + _subjects_before_marker(sentence, actors, markers)):
        keys = list(source.sources)
        if source.initial:
            if any(set(keys) & set(c.speakers) or c.cue.i > source.marker.i for c in verb_candidates):
                continue
        elif any(source.content_start <= c.cue.idx < source.content_end for c in verb_candidates):
            # layered: "Selon CCTV, Xi a souligné…" -> Xi speaks, CCTV relays (not "Selon X, … ; Y a ajouté")
            for candidate in [c for c in verb_candidates if source.content_start <= c.cue.idx < source.content_end]:
                if candidate.reported_by is None and keys[0] not in candidate.speakers and not own_source(source.marker):
                    verb_candidates[verb_candidates.index(candidate)] = replace(candidate, reported_by=keys[0])
            continue
        elif any(set(keys) & set(c.speakers) for c in verb_candidates):
            continue  # "X a déclaré que selon lui, …": X's statement already
        relay = apposed_relay(sentence, keys, actors, data) if data is not None else None  # "Selon X, cité par Y, …"
        found.append(SpeechCandidate(source.marker, tuple(keys), "AccordingTo", source.content_start, source.content_end,
                                None, sentence, reported_by=relay.medium if relay is not None else None))
    return found


def _subjects_before_marker(sentence: Span, actors: ArticleActors, markers: frozenset[str]) -> list[str]:
    """"Le chancelier X a défendu une mesure destinée selon lui à…": the people named as subjects earlier in the
    sentence of a "selon lui" are its nearest antecedents (newest last)."""
    table = token_table(sentence.doc)
    last_marker = max((i for i in range(sentence.start, sentence.end) if table.folded[i] in markers), default=-1)
    keys: list[str] = []
    for token in tokens_in(sentence):
        if token.i >= last_marker:
            break
        if table.dep[token.i] == "nsubj" and table.pos[token.i] in {"PROPN", "NOUN"}:
            keys += [k for k in actors.resolve(token) if actors.actors[k].kind == "Person" and k not in keys]
    return keys
