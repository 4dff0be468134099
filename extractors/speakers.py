"""Who speaks: the subject of a speech verb resolved to actors, and who is spoken to.

``extractors.quotes`` finds the speech acts; this module answers, for one verb, which actors are its speakers:

- the grammatical subject, resolved through names, roles and pronouns, with
  the first conjuncts of a list the parser left out ("Les États-Unis, le
  Canada et l'Australie ont déclaré"), a dateline place skipped ("Moscou
  (AFP) – Le dirigeant russe …") and "Name, le président de X," read as Name;
- the inverted subject ("…, a affirmé mercredi le ministre X", "a-t-il dit");
- a parser fallback: the nearest actor on the left in the same clause, or the
  whole coordinated subject that actor belongs to.

The addressee ("à X", "lui avait dit") is found by ``extractors.addressees``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.attribution import actor_right, inverted_pronoun, subject_parsed_as_object
from extractors.contents import glued_clause
from extractors.dateline_subjects import dateline_subject
from extractors.entities import ArticleActors, sentence_of, text_of, tokens_in
from extractors.subject_anaphors import clause_subject, dislocated_subject, governing_speech_conjunct, latest_named, voiceless_complements, without_venue_apposition
from extractors.lang import fold, language_data
from extractors.nickname_cues import subjects_across_nickname
from extractors.participle_apposition import subject_before_participle_apposition
from extractors.press_cues import speaker_after_medium
from extractors.quotespans import find_quote_spans
from extractors.token_table import morph_get

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}


def speakers_of(verb: Token, actors: ArticleActors, context: list[str], *, inverted: bool = False) -> list[str]:
    """The subject of a speech verb, resolved; inherited through xcomp/conj chains."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if (c.dep_ in _SUBJECT_DEPS or name_as_aux(c)) and fold(c.text) not in {"-t", "t"}
                    and not _quoted_before(c, verb)]
        if _finite_advcl(node) and not subjects and _absolute_participle_object(node) is not None:
            subjects = [_absolute_participle_object(node)]  # "X n'ayant pas ratifié Y, l'ONG Z a demandé…"
        if (node.dep_ in {"xcomp", "conj"} or _finite_advcl(node)) and not subjects:
            node = node.head  # (a finite "a accusé" hung as advcl: "X, dont la réélection a été contestée, a accusé")
            if _content_conjunct(verb, node) or governing_speech_conjunct(verb, node, actors.data.words("speech_verbs")):
                node = node.head  # "il a promis que Washington continuerait son aide, et a dénoncé…": X dénonce
            continue
        if node.dep_ == "conj" and node.head.i < node.i and all(node.head.i < s.i < node.i and not _names_actor(s, actors) for s in subjects) \
                and any(c.dep_ in _SUBJECT_DEPS for c in node.head.children):
            node = node.head  # "Le Kremlin a rejeté ces accusations et dénoncé…": "accusations" is no subject
            continue
        break
    if not subjects:  # "Séoul et Washington s'inquiètent…": the parser left the sentence-initial subject as "dep"
        subjects = [c for c in node.children if c.dep_ == "dep" and c.pos_ == "PROPN" and c.i < node.i
                    and c.left_edge.i == sentence_of(node).start and any(g.dep_ == "conj" for g in c.children)] or subjects_across_nickname(node)
    topics = [s for s in subjects if _topic_label(s, actors)]
    subjects = [s for s in subjects if s not in topics]
    if inverted:  # "Le Niger n'a pas l'intention de rompre…, a assuré le Premier ministre": that subject is content
        subjects = [s for s in subjects if not glued_clause(s, verb)]
    object_speaker = bool(subjects) and node is verb and subject_parsed_as_object(verb, subjects[0], inverted) \
        and bool(actor_right(verb, sentence_of(verb), actors))
    if object_speaker:
        subjects = [s for s in subjects if s.i > verb.i]  # "…, a annoncé le ministère X": the object is the speaker
    clitic = inverted_pronoun(verb)
    if clitic is not None:
        # "Il est, disent-ils, la langue…", "La Russie…, a-t-il ajouté": the subject is the hyphenated pronoun; a
        # subject the parser found before it belongs to the content
        subjects = [s for s in subjects if s.i >= clitic.i]
    elif any(s.pos_ != "PRON" for s in subjects) and any(s.pos_ == "PRON" for s in subjects):
        # "Myriam X, de la CGT, a elle relevé": "elle" doubles X (but "Kiev" mistagged PRON is a name)
        subjects = [s for s in subjects if s.pos_ != "PRON" or actors.actor_at(s)]
    subjects = [_subject_after_absolute_object(s) or s for s in without_venue_apposition(_without_role_apposition(subjects, actors))]
    if not subjects and clitic is None and node is verb:
        subjects = _initial_apposed_subject(verb, actors) or _subject_in_fronted_adjunct(verb) or _fronted_comme_subject(verb) \
            or subject_before_participle_apposition(verb, actors) or speaker_after_medium(verb, actors)
    keys: list[str] = []
    for subject in subjects:
        keys += [k for k in _resolve_subject(subject, actors, context) if k not in keys]
    if subjects and keys:
        keys = [k for k in _left_conjuncts(min(subjects, key=lambda t: t.left_edge.i), actors) if k not in keys] + keys
    if not keys and topics and not subjects:
        keys = _after_topic_colon(topics[0], actors, context)  # "Énergie : Berlin et Paris dénoncent…"
    pronoun = inverted_pronoun(verb) if not keys else None
    if pronoun is not None:
        keys = actors.resolve(pronoun, context=context)  # "…, indique-t-il", "…, a-t-elle ajouté"
    elif not keys and (inverted or object_speaker):
        keys = actor_right(verb, sentence_of(verb), actors)  # "…, a affirmé mercredi le ministre X"
    if not keys and not subjects and clitic is None:
        keys = nearest_actor_left(verb, actors)
    return [k for k in keys if actors.actors[k].kind in {"Person", "Organization", "Country", "Place"}]


def _content_conjunct(verb: Token, head: Token) -> bool:
    """"…, où il a promis que Washington continuerait son aide, et a dénoncé les frappes": a compound past after ", et"
    that the parser hung on the simple verb of a que-clause coordinates with the verb that governs the clause."""
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or not any(fold(m.text) in {"que", "qu'"} for m in head.children
                                                              if m.dep_ == "mark"):
        return False
    own_aux = any(c.dep_ == "aux:tense" for c in verb.children)
    comma_before = verb.doc[verb.left_edge.i - 1].text == "," if verb.left_edge.i > 0 else False
    return own_aux and comma_before and not any(c.dep_.startswith("aux") for c in head.children)


def _topic_label(subject: Token, actors: ArticleActors) -> bool:
    """"Égée : Mitsotakis et Erdogan s'engagent…", "Haïti : « … », plaide…": a name opening the sentence and
    followed by a colon is a headline's topic label, never the subject."""
    doc, sentence = subject.doc, sentence_of(subject)
    first = next((t for t in tokens_in(sentence) if not (t.is_punct or t.is_space)), None)
    if first is None or subject.left_edge.i != first.i:
        return False
    end = subject.i + 1
    key = actors.actor_at(subject)
    while end < sentence.end and key and actors.actor_at(doc[end]) == key:
        end += 1
    return end < sentence.end and doc[end].text == ":" and end - first.i <= 4


def name_as_aux(token: Token) -> bool:
    """"…, Budapest crie à la discrimination": a proper name before its verb mistagged as an auxiliary."""
    return token.dep_.startswith("aux") and token.pos_ == "PROPN" and token.i < token.head.i


def _absolute_participle_object(verb: Token) -> Token | None:
    """"La Syrie n'ayant pas ratifié la convention, l'ONG a demandé…": the parser makes the absolute participle
    ("ayant"/"étant" + participle) the root and the real subject ("l'ONG", after the comma) its object. Returns that
    noun: a child of the participle between the comma and the finite verb."""
    head = verb.head
    if not any(c.dep_.startswith("aux") and fold(c.text) in {"ayant", "etant"} and c.i < head.i for c in head.children):
        return None
    comma = next((t for t in reversed(verb.doc[head.i: verb.i]) if t.text == ","), None)
    if comma is None:
        return None
    return next((c for c in head.children if c.dep_ in {"obj", "nsubj"} and comma.i < c.i < verb.i
                 and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)


def _subject_after_absolute_object(subject: Token) -> Token | None:
    """"X n'ayant pas ratifié la convention, l'ONG a demandé…" parsed with "la convention" as subject and "l'ONG" its
    nmod: the object of an absolute participle right before it is no subject; the noun after the comma is."""
    participle = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if participle is None or participle.dep_ != "advcl" or participle.head.i != subject.head.i or any(
            c.dep_ == "obj" for c in participle.children) or not any(
            fold(c.text) in {"ayant", "etant"} for c in participle.children if c.dep_.startswith("aux")):
        return None
    return next((c for c in subject.children if c.dep_ in {"nmod", "appos"} and c.pos_ in {"NOUN", "PROPN"}
                 and c.i > subject.i and subject.doc[c.left_edge.i - 1].text == ","), None)


def _finite_advcl(verb: Token) -> bool:
    """A compound past hung as an adverbial clause with no subject of its own: a parse slip, the subject is above."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux:tense" for c in verb.children) and not any(
        c.dep_ == "mark" for c in verb.children)


def by_salience(subjects: list[str], actors: ArticleActors) -> list[str]:
    """Recent subjects ordered for "il"/"elle" (read newest last): a person or state named as subject beats an
    organisation named since ("X a dit… Son parti lui faisait grief… Il déclara": X), newest first within each."""
    organisations = [k for k in subjects if actors.actors[k].kind == "Organization"]
    return organisations + [k for k in subjects if k not in organisations]


def pronoun_antecedents(candidates: list, actors: ArticleActors) -> list[str]:
    """The speakers a later "a-t-il ajouté" may refer to, newest last: the speakers of speech verbs and the people
    of "Selon X, …" / "Pour X, …" ("Pour Kenji Sato, … « … », explique-t-il"); never a medium that only relays
    another speaker ("X a averti que…, a rapporté l'agence IRNA. « … », a-t-il assuré": X)."""
    relays = {c.reported_by for c in candidates if c.reported_by}
    people = []
    for candidate in candidates:
        for key in candidate.speakers:
            kind = actors.actors[key].kind
            if key in relays or kind not in {"Person", "Organization"} or (candidate.mode == "AccordingTo" and kind != "Person"):
                continue
            people.append(key)
    # a person speaking beats an organisation in the same sentence ("Maduro, dont la réélection a été proclamée par
    # le CNE, a accusé… « … », a-t-il martelé": Maduro)
    return [k for k in people if actors.actors[k].kind != "Person"] + [k for k in people if actors.actors[k].kind == "Person"]


def _names_actor(subject: Token, actors: ArticleActors) -> bool:
    """An actor's name, a role noun with the name in apposition ("l'entraîneur X"), or ", les syndicats dénoncent"?"""
    return bool(actors.actor_at(subject)) or clause_subject(subject) or any(c.dep_ in {"appos", "flat:name"} and actors.actor_at(c) for c in subject.children)


def _without_role_apposition(subjects: list[Token], actors: ArticleActors) -> list[Token]:
    """"le directeur général du Council X, John Womersley a déclaré" parsed with two subjects: a person named right
    after a comma, with no "et" between, is the apposition of the role phrase before it, and alone speaks."""
    if len(subjects) < 2:
        return subjects
    doc = subjects[0].doc
    ordered = sorted(subjects, key=lambda t: t.i)
    last = ordered[-1]
    key = actors.actor_at(last) or next((actors.actor_at(t) for t in last.children if t.dep_ == "flat:name"), None)  # "le général X"
    first_of_last = min(t.i for t in last.subtree)
    if key is None or actors.actors[key].kind != "Person" or first_of_last < 1 or doc[first_of_last - 1].text != ",":
        return subjects
    before = ordered[0]
    if any(t.pos_ == "CCONJ" for t in doc[before.i: first_of_last]) or any(
            (k := actors.actor_at(t)) and actors.actors[k].kind == "Person" for t in doc[before.i: first_of_last]):
        return subjects  # a list of speakers, "A, B et C ont dit"
    return [s for s in subjects if s.i >= first_of_last]


def _initial_apposed_subject(verb: Token, actors: ArticleActors) -> list[Token]:
    """"Joji Otaki, auteur de l'étude ayant fourni ces résultats, précise que…" parsed with the name as the subject of
    the participle inside the apposition: a name opening the sentence and followed by a comma is the subject of the
    first finite verb after the apposition."""
    sentence = sentence_of(verb)
    first = next((t for t in tokens_in(sentence) if not (t.is_punct or t.is_space)), None)
    compound = verb.morph.get("VerbForm") == ["Part"] and any(c.dep_ == "aux:tense" for c in verb.children)
    if first is None or first.i >= verb.i or (verb.morph.get("VerbForm") != ["Fin"] and not compound):
        return []
    key = actors.actor_at(first)
    if key is None or actors.actors[key].kind not in {"Person", "Organization"}:
        return []
    end = first.i
    while end + 1 < verb.i and actors.actor_at(verb.doc[end + 1]) == key:
        end += 1
    aux_start = min([c.i for c in verb.children if c.dep_.startswith("aux")] + [verb.i])
    if verb.doc[end + 1].text != "," or verb.doc[aux_start - 1].text != ",":
        return []
    if fold(verb.doc[end + 2].text) in _RELATIVE_OPENERS and first.dep_ in {"nsubj", "obl:mod", "obl", "nmod", "dep"}:
        return [first]  # "Recep Tayyip Erdogan, dont le pays est membre de l'OTAN, a affirmé…" (parsed into the relative)
    if verb.morph.get("VerbForm") != ["Fin"]:
        return []
    if any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") == ["Fin"] for t in verb.doc[end + 1: verb.i]):
        return []  # another finite verb between: the name is its subject
    return [first] if first.dep_ in {"nsubj", "nsubj:pass"} else []


_RELATIVE_OPENERS = {"dont", "qui", "ou"}  # folded ("où" -> "ou")


def _subject_in_fronted_adjunct(verb: Token) -> list[Token]:
    """"Selon le conseiller de X, Y, les dirigeants russe et chinois ont évoqué…" parsed with the subject as the
    last conjunct of the fronted "Selon" phrase: a noun phrase set off by a comma at the end of a fronted adjunct,
    right before the finite verb (and its auxiliaries), is the verb's subject."""
    if verb.morph.get("VerbForm") != ["Fin"] and not any(c.dep_.startswith("aux") for c in verb.children):
        return []
    doc = verb.doc
    for adjunct in (c for c in verb.children if c.dep_ in {"obl", "obl:mod"} and c.i < verb.i):
        end = adjunct.right_edge.i
        if any(t.pos_ not in {"AUX", "ADV", "PART"} and fold(t.text) not in {"ne", "n'"} for t in doc[end + 1: verb.i]):
            continue
        for token in adjunct.subtree:
            if token.dep_ in {"conj", "appos"} and token.pos_ in {"NOUN", "PROPN"} and token.i > adjunct.i \
                    and doc[token.i - 1].pos_ == "DET" and token.i - 2 > adjunct.i and doc[token.i - 2].text == "," \
                    and not any(t.is_punct or t.pos_ in {"VERB", "AUX", "ADP"} for t in doc[token.i: end + 1]):
                return [token]
    return []


_CLITIC_OBJECTS = {"l'", "le", "la", "les", "lui", "leur", "y", "en", "ne", "n'"}


def _fronted_comme_subject(verb: Token) -> list[Token]:
    """"Tout comme Nadine Morano, ex-députée UMP, l'avait appelé…": a sentence-initial "(tout) comme X," read as an
    adjunct of a finite verb with no subject, with only clitics and auxiliaries between: X is that verb's subject."""
    if verb.morph.get("VerbForm") != ["Fin"] and not any(c.dep_.startswith("aux") for c in verb.children):
        return []
    doc = verb.doc
    first = sentence_of(verb).start
    for adjunct in (t for t in doc[first: verb.i] if t.pos_ == "PROPN" and t.dep_ in {"obl", "obl:mod", "nmod", "dep"}):
        case = [c for c in adjunct.children if c.dep_ in {"case", "mark"}]
        start = adjunct.left_edge.i
        if not case or fold(case[0].text) != "comme" or not (start == first or start == first + 1 and fold(doc[first].text) == "tout"):
            continue
        between = doc[adjunct.right_edge.i + 1: verb.i]
        if between and between[0].text == "," and all(t.pos_ == "AUX" or fold(t.text) in _CLITIC_OBJECTS for t in between[1:]):
            return [adjunct]
    return []


def _quoted_before(subject: Token, verb: Token) -> bool:
    """"« L'UE paiera », affirmait-elle" / "« … Il y a trois fois plus… », a expliqué X": a subject the parser found
    inside a quotation closed before the verb belongs to the quoted words, not to the attribution."""
    return any(q.start < subject.idx < q.end <= verb.idx for q in quote_spans(verb.doc))


def quote_spans(doc) -> list:
    """The quotations of a document, found once per doc."""
    quotes = doc.user_data.get("ng_quote_spans")
    if quotes is None:
        quotes = doc.user_data["ng_quote_spans"] = find_quote_spans(text_of(doc))
    return quotes


def _left_conjuncts(subject: Token, actors: ArticleActors) -> list[str]:
    """"Les États-Unis, le Canada et l'Australie ont déclaré" / "…, Poutine et Xi ont promis" parsed with only the
    last names as subject: the names joined to the subject by "et" or by the commas of a list, on its left."""
    doc = subject.doc
    listed = any(c.dep_ == "conj" for c in subject.children)  # a list of three or more ("A, B et C")
    found: list[str] = []
    i = subject.left_edge.i
    start = sentence_of(subject).start
    while i - 2 >= start:
        separator = doc[i - 1]
        if fold(separator.text) != "et" and not (separator.text == "," and (listed or found)):
            break
        j = i - 2
        key = actors.actor_at(doc[j])
        if key is None or actors.actors[key].kind not in {"Person", "Organization", "Country"}:
            break
        while j > start and actors.actor_at(doc[j - 1]) == key:
            j -= 1
        if doc[j].dep_ in {"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"} or in_prepositional_phrase(doc[j], actors):
            break  # "Après avoir rencontré Biden, Xi a dit", "avec Biden et Xi"
        while j > start and doc[j - 1].pos_ == "DET":
            j -= 1
        found.insert(0, key)
        listed = listed or fold(separator.text) == "et"
        i = j
    return found


def _resolve_subject(subject: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    subject = dislocated_subject(subject) or subject  # "Les autorités soudanaises, elles, accusent…"
    if latest := latest_named(subject, actors):
        return latest  # "…, Djeyhoun Baïramov. Ce dernier a confirmé…"
    topical = _after_topic_colon(subject, actors, context)
    if topical:
        return topical  # "Droits de douane : Moscou et Pékin dénoncent…": not the topic before the colon
    dateline = dateline_subject(subject, actors)
    if dateline is not None:
        return dateline  # "Moscou (AFP) – Le dirigeant russe Vladimir Poutine a déclaré": not Moscou
    named = _name_before_role(subject, actors)
    if named:
        return named  # "Barroso, le président de la Commission, a affirmé": Barroso, not the Commission
    listed = _listed_after_plural_title(subject, actors)
    if len(listed) >= 2:
        return listed  # "Les ministres A et B ont estimé": both speak
    keys = actors.known_unnamed_role(subject) or actors.resolve(subject, context=context)  # "Le recteur … Le recteur"
    if keys:
        return keys
    # "Un des chercheurs de HRW, Ole Solvang, précise": the person set off by commas speaks
    for token in subject.subtree:
        key = actors.actor_at(token)
        if key and token.i > subject.i and actors.actors[key].kind == "Person" and token.doc[token.i - 1].text == ",":
            return [key]
    # "un communiqué du Kremlin", "le service de presse du Kremlin": the organisation speaks (not "de Croatie" in
    # "la minorité serbe de Croatie": a population speaks for itself)
    for token in () if voiceless_complements(subject, actors) else subject.subtree:
        key = actors.actor_at(token)
        if key and token.i > subject.i and token.i - subject.i <= 5 and actors.actors[key].kind != "Place" \
                and not _locative(token):
            return [key]  # but "les témoignages venant de la place Tahrir": a place does not speak
    # "Le recteur de son université a menacé…": the unnamed role speaks; "Le parquet de Marseille a requis…"
    # "La préfecture a précisé…", "Le tribunal a estimé…": the definite institution noun speaks as itself
    return actors.unnamed_role(subject) or actors.placed_institution(subject) or actors.unnamed_institution(subject) \
        or actors.unnamed_state_office(subject) or actors.political_opposition(subject)  # "Le Premier ministre a assuré…"


def _listed_after_plural_title(subject: Token, actors: ArticleActors) -> list[str]:
    """"Les ministres A et B ont estimé": a plural title whose names are coordinated after it: every name speaks."""
    if subject.pos_ != "NOUN" or morph_get(subject, "Number") != ["Plur"]:
        return []
    keys: list[str] = []
    for name in (c for c in subject.children if c.dep_ in {"nmod", "appos", "flat:name"} and c.i == subject.i + 1):
        for token in [name] + [c for c in name.children if c.dep_ == "conj" and any(g.dep_ == "cc" for g in c.children)]:
            key = actors.actor_at(token)
            if key and actors.actors[key].kind == "Person" and key not in keys:
                keys.append(key)
    return keys


def _after_topic_colon(subject: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """"Droits de douane : Moscou et Pékin dénoncent…" parsed with the headline's topic as the subject and the names
    after the colon hung on it: the names after the colon (each conjunct) speak."""
    colon = next((t for t in subject.subtree if t.text == ":"), None)
    if colon is None or colon.i - sentence_of(subject).start > 6:
        return []  # a headline's short topic only, not a list after a colon deep in the sentence
    keys: list[str] = []
    for head in (t for t in subject.subtree if t.i > colon.i and t.head.i <= colon.i and t.left_edge.i == colon.i + 1):
        for token in [head] + [c for c in head.children if c.dep_ == "conj"]:
            keys += [k for k in actors.resolve(token, context=context) if k not in keys]
    return keys


def _locative(token: Token) -> bool:
    """"le recteur de son université à Tokyo", "le maire en Bretagne": a name after "à"/"en"/"dans" is where the
    subject is, not whom it speaks for (unlike "un communiqué du Kremlin")."""
    while token.dep_ in {"flat:name", "flat", "fixed"} and token.head != token:
        token = token.head
    return any(c.dep_ == "case" and fold(c.text) in {"a", "en", "dans", "au", "aux", "sur", "pres"} for c in token.children)


def _name_before_role(subject: Token, actors: ArticleActors) -> list[str]:
    """"Name, le président de X, a dit" parsed with the role noun as subject: the person before the comma."""
    if fold(subject.text) not in language_data("fr").words("role_heads"):
        return []
    if any(c.dep_ in {"appos", "flat:name"} and actors.actor_at(c) for c in subject.children):
        return []  # "…, mais l'entraîneur Jesse Marsch a mentionné": the role names its own person
    # the subject's first word, a coordinating conjunction or comma the parser hung on it left out
    first = min(t.i for t in subject.subtree if t.dep_ not in {"cc", "punct"} or t.i == subject.i)
    if first < 2 or subject.doc[first - 1].text != ",":
        return []
    name = subject.doc[first - 2]
    key = actors.actor_at(name)
    if key is None or actors.actors[key].kind != "Person" or in_prepositional_phrase(name, actors):
        return []  # "…à l'arrivée du gardien X, mais l'entraîneur a dit": X is no subject
    return [key]


def nearest_actor_left(verb: Token, actors: ArticleActors) -> list[str]:
    """Parser fallback: the closest actor name before the verb in the same clause."""
    i = verb.i - 1
    sentence_start = sentence_of(verb).start
    while i >= sentence_start:
        token = verb.doc[i]
        if token.text in {",", ";", ":", "«", "»", "“", "”", '"'} or fold(token.text) in {"que", "qu'"}:
            return []
        key = actors.actor_at(token)
        if key and not in_prepositional_phrase(token, actors) and actors.actors[key].kind != "Place":
            # a place never speaks ("la place Tahrir faisant état de")
            return _whole_subject(token, actors) or _coordinated_before(token, key, actors) + [key]
        i -= 1
    return []


def _coordinated_before(token: Token, key: str, actors: ArticleActors) -> list[str]:
    """"Dans une déclaration commune, Paris et Berlin ont appelé…" (the names parsed as conjuncts of the adjunct):
    the actor named right before "et" and the name found is a speaker too."""
    doc, i = token.doc, token.i
    while i > 0 and actors.actor_at(doc[i - 1]) == key:
        i -= 1
    i -= 1
    while i > 0 and fold(doc[i].text) in {"le", "la", "les", "l'"}:
        i -= 1
    if i < 1 or fold(doc[i].text) != "et":
        return []
    other = actors.actor_at(doc[i - 1])
    if other is None or other == key or in_prepositional_phrase(doc[i - 1], actors) \
            or actors.actors[other].kind not in {"Person", "Organization", "Country"}:
        return []
    return [other]


def _whole_subject(token: Token, actors: ArticleActors) -> list[str]:
    """"Le président X et le président Y se sont entretenus … et ont rejeté": the name found is part of a subject
    noun phrase that is coordinated; every actor of that subject speaks."""
    node = token
    for _ in range(4):
        if node.dep_ in {"nsubj", "nsubj:pass"}:
            keys = actors.resolve(node)
            if len(keys) <= 1 and any(fold(t.text) == "et" for t in node.subtree):
                # "Le président X et le chancelier Y" parsed as an apposition: every person named in the subject
                keys = list(dict.fromkeys(k for t in node.subtree if (k := actors.actor_at(t))
                                          and actors.actors[k].kind == "Person" and not in_prepositional_phrase(t, actors)))
            return keys if len(keys) > 1 else []
        if node.dep_ not in {"flat:name", "flat", "conj", "appos"} or node.head == node:
            return []
        node = node.head
    return []


def in_prepositional_phrase(token: Token, actors: ArticleActors) -> bool:
    """"le blocage de Rouen", "aux parents de Renault": an actor after a preposition is no subject."""
    key = actors.actor_at(token)
    i = token.i
    while i > 0 and actors.actor_at(token.doc[i - 1]) == key:
        i -= 1
    while i > 0 and token.doc[i - 1].pos_ == "DET":
        i -= 1
    return i > 0 and (token.doc[i - 1].pos_ == "ADP" or fold(token.doc[i - 1].text) in {"du", "des", "au", "aux"})


def subject_before_aux(aux: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """"Le Premier ministre, Garry Conille, a de son côté appelé…": the parse lost the subject of the participle;
    the actor named right before the auxiliary (an apposition's comma skipped) is the speaker."""
    sentence = sentence_of(aux)
    if any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") == ["Fin"] for t in aux.doc[sentence.start: aux.i]):
        return []  # "L'OTAN ne livrera pas d'avions à l'Ukraine, a de son côté assuré X": the clause before is content
    i = aux.i - 1
    while i > sentence.start and aux.doc[i].text == ",":
        i -= 1
    token = aux.doc[i]
    key = actors.actor_at(token)
    if key is None:
        return [k for k in actors.resolve(token, context=context) if actors.actors[k].kind in {"Person", "Organization", "Country"}] \
            if token.pos_ in {"NOUN", "PRON"} and token.dep_ in _SUBJECT_DEPS else []
    if actors.actors[key].kind not in {"Person", "Organization", "Country"}:
        return []
    return _whole_subject(token, actors) or [key]
