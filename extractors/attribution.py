"""Small attribution helpers for ``extractors.quotes``: cue lemmas, inverted subjects, compound cues.

- The lemmatiser leaves many present-tense speech verbs as they are
  ("indique", "précise"); ``speech_lemma`` recovers the infinitive from the form.
- Inverted attribution after a quote ("…, indique-t-il", "…, a-t-elle ajouté",
  "…, a affirmé mercredi le ministre X") puts the speaker after the verb, where
  the parser often labels it ``obj``, ``nmod`` or ``advmod``.
- Multiword cues ("fait remarquer que", "a fait état de", "met en cause") are
  a light verb plus a word; the cue is the whole phrase.

Yes/no checks on a speech verb's form (negation, passive, incise…) are in
``extractors.speech_verb_checks``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from extractors.entities import folded_lemmas, sentence_of
from extractors.lang import LanguageData, fold
from extractors.led_states import led_by_person
from extractors.token_table import token_table, tokens_of

_INVERTED_PRONOUNS = {"il", "elle", "ils", "elles"}
#: Form endings -> infinitive endings, tried in order ("indique" -> "indiquer", "conclut" -> "conclure").
_ENDINGS = (("aient", "er"), ("ait", "er"), ("ait", "aitre"), ("ent", "er"), ("ient", "enir"), ("ut", "ure"), ("it", "ire"),
            ("e", "er"), ("a", "er"), ("era", "er"), ("erait", "er"))
_STOP_RIGHT = {"a", "au", "aux", "dans", "lors", "en", "sur", "devant", "apres", "avant", "pendant", "que", "qu'", "qui"}


def speech_lemma(token: Token, speech_verbs: frozenset[str]) -> str | None:
    """The folded infinitive of a speech verb, from the lemma or, failing that, from the form."""
    doc = token.doc  # the doc's columns: token.lemma_ and token.text look their strings up again on each call
    return speech_lemma_of(folded_lemmas(doc)[token.i], token_table(doc).texts[token.i], speech_verbs)


@lru_cache(maxsize=1 << 14)
def speech_lemma_of(lemma: str, form: str, speech_verbs: frozenset[str]) -> str | None:
    """``speech_lemma`` of a folded lemma and a form, for a pass that reads the doc's columns once itself (kept: every
    verb of every article is tried against the endings, and the same words come back; the word lists are frozensets,
    hashed once)."""
    if lemma in speech_verbs:
        return lemma
    text = fold(form)
    for ending, infinitive in _ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 2:
            candidate = text[: -len(ending)] + infinitive
            if candidate in speech_verbs:
                return candidate
    return None


def mistagged_speech_verb(token: Token, speech_verbs: frozenset[str]) -> str | None:
    """A speech verb the tagger took for an adjective or a noun: "a nuancé les chiffres" (ADJ with an auxiliary),
    "« … », juge le ministère" (a lower-case NOUN right after a quotation and a comma)."""
    doc = token.doc
    if token.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in token.children):
        return speech_lemma(token, speech_verbs)
    if (token.pos_ == "NOUN" or token.pos_ in {"ADJ", "X"} and token.i + 1 < len(doc) and doc[token.i + 1].text[:1] == "-") \
            and token.i >= 2 and token.text.islower() and doc[token.i - 1].text == "," and doc[token.i - 2].text in {"»", "”", '"'}:
        return speech_lemma(token, speech_verbs)  # (also "« … », raconte-t-elle" tagged ADJ)
    if token.pos_ in {"X", "NOUN", "ADJ"} and token.i >= 1 and token.text.islower() and doc[token.i - 1].text == "," \
            and any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i > token.i for c in token.children):
        return speech_lemma(token, speech_verbs)  # "…, commente Song Myung-Sup" (tagged X, its subject after it)
    if token.pos_ in {"X", "PROPN", "NOUN", "ADJ"} and token.i >= 1 and token.text.islower() and token.text.endswith("é") \
            and fold(doc[token.i - 1].text) in _PERFECT_AUXILIARIES:
        return speech_lemma(token, speech_verbs)  # "a tweeté" (a verb the lemmatizer does not know, tagged X or PROPN)
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ in {"X", "NOUN", "ADJ"} and token.dep_ == "ROOT" and token.text.islower() and following is not None \
            and following.text in {":", "que", "qu'", "qu’"} and any(c.dep_ in {"nsubj", "nsubj:pass"} for c in token.children):
        return speech_lemma(token, speech_verbs)  # "Michel Guay, témoin de la scène, raconte : « … »" (tagged ADJ)
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.text.islower() and not any(
            c.dep_ in {"det", "case", "amod"} for c in token.children) \
            and any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < token.i for c in token.children):
        return speech_lemma(token, speech_verbs)  # "Le secrétaire général, X, demande au gouvernement…" (a bare NOUN root)
    return None


#: Forms of "avoir" before a past participle ("a tweeté", "avait posté").
_PERFECT_AUXILIARIES = {"a", "ont", "avait", "avaient", "aurait", "auraient", "aura"}

_INCISE_OPENERS = {"de", "pour", "quant", "selon", "a", "en", "lui", "elle", "eux", "aussi", "cependant", "toutefois"}


def speech_noun_after_name(token: Token, speech_verbs: frozenset[str], actors) -> str | None:
    """A present-tense speech verb the tagger took for a noun hung on the name before it: "l'ONU alerte sur la
    famine", "Israël, de son côté, menace de frapper" (the name, then at most an incise opened by a preposition or
    an adverb). A determiner or preposition on the word ("la menace de X") makes it a real noun."""
    doc = token.doc
    if token.pos_ not in {"NOUN", "ADJ", "X"} or not token.text.islower() or token.i == 0 or token.head.i >= token.i \
            or any(c.dep_ in {"det", "case"} for c in token.children):
        return None
    name = token.head
    if name.pos_ not in {"PROPN", "NOUN"} or actors.actor_at(name) is None \
            or token.dep_ not in {"amod", "nmod", "appos", "acl", "conj"}:
        return None
    if name.pos_ == "NOUN" and not any(c.dep_ == "ccomp" and any(fold(m.text) in {"que", "qu'"} for m in c.children
                                                               if m.dep_ == "mark") for c in token.children):
        return None  # "La Commission européenne juge que…": a common-noun name needs the que-clause to be a speaker
    end = name.i
    while end + 1 < token.i and actors.actor_at(doc[end + 1]) == actors.actor_at(name):
        end += 1
    between = doc[end + 1: token.i]
    if len(between) and not (len(between) >= 3 and between[0].text == "," and between[-1].text == ","
                             and fold(between[1].text) in _INCISE_OPENERS
                             and not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in between[1:-1])):
        return None
    return speech_lemma(token, speech_verbs)


def cue_label(folded: str, data: LanguageData) -> str:
    """The accented spelling of a folded cue, as the language data writes it."""
    for name in ("speech_verbs", "compound_speech_cues", "reflexive_speech_verbs", "claim_emission_verbs", "press_presentation_verbs"):
        for word in data.raw[name]:
            if fold(word) == folded:
                return word
    return folded


def inverted_pronoun(verb: Token) -> Token | None:
    """"indique-t-il", "a-t-elle ajouté": the hyphenated subject pronoun of the attribution clause."""
    doc = verb.doc
    for token in doc[max(verb.i - 3, 0): min(verb.i + 3, len(doc))]:
        if token.text.startswith("-") and fold(token.text[1:]) in _INVERTED_PRONOUNS:
            return token
    return None


def _controlled_object(token: Token, key: str, actors) -> bool:
    """"appelé Oslo à revenir", "exhorté Moscou à cesser", "accusé Kiev de mentir": an actor right after the verb
    and followed by "à"/"de" and an infinitive is the object the verb urges, not a subject set after the verb."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and actors.actor_at(doc[end + 1]) == key:
        end += 1
    return end + 2 < len(doc) and fold(doc[end + 1].text) in {"a", "de", "d'"} \
        and doc[end + 2].pos_ in {"VERB", "AUX"} and doc[end + 2].morph.get("VerbForm") == ["Inf"]


def actor_right(verb: Token, sentence: Span, actors) -> list[str]:
    """"…, a affirmé mercredi le Premier ministre X": the first actor after the verb, before a comma or a preposition
    that starts an adjunct ("à Tokyo", "lors de")."""
    role: list[str] = []
    head_noun: Token | None = None
    skip_until = verb.i
    for token in verb.doc[verb.i + 1: sentence.end]:
        if token.i < skip_until:
            continue
        if token.text == "," and head_noun is not None and token.i + 1 < sentence.end:
            key = actors.actor_at(verb.doc[token.i + 1])
            if key and actors.actors[key].kind == "Person" and fold(head_noun.text) in actors.data.words("role_heads"):
                return [key]  # "…, a assuré le Premier ministre nommé par la junte, Ali Zeine"
        if token.is_punct and token.text != "-":
            break
        if fold(token.text) in _STOP_RIGHT:
            person = _person_after_addressee(token, sentence, actors) if head_noun is None else None
            subject_start = _after_adjunct(token, sentence) if not person and not role else None
            if subject_start is not None:
                skip_until = subject_start  # "a lancé lundi à Kinshasa la ministre X", "a déclaré devant la presse le commissaire"
                continue
            return [person] if person else role  # "…, a expliqué à l'AFP Bernard Lenoir": Lenoir, not the agency
        if head_noun is None and not role and led_by_person(token, actors):
            return []  # "…, a répondu le gouvernement de Narendra Modi", his state not given: never the person
        key = actors.actor_at(token)
        if key and _controlled_object(token, key, actors):
            return []  # "Le commissaire X, a pour sa part appelé Oslo à revenir": Oslo is the verb's object
        if key:
            if head_noun is not None and (_complement_of(token, head_noun, actors) or actors.client_role(head_noun) is not None):
                return role  # "…, indique les services de Manuel Valls": the services speak, not Valls (nor his lawyer)
            apposed = _apposed_after(token, key, sentence, actors) if head_noun is not None else None
            apposed = apposed or (_person_after_body(token, key, sentence, actors) if head_noun is not None else None)
            return [apposed or key]  # "…, a déclaré le commissaire chargé de la Justice, Didier Reynders": Reynders
        if token.pos_ == "NOUN" and not role and (head_noun is None or fold(head_noun.text) not in actors.data.words("role_heads")):
            if head_noun is not None and _complement_of(token, head_noun, actors):
                return role  # "…, indique une analyse de l'ADN effectuée en Russie et aux États-Unis": no speaker
            person = actors.apposed_person(token)
            if person:
                return [person]  # "…, explique le président de la Fédération X, Alain Dufresne"
            role = actors.resolve(token) or actors.unnamed_role(token) or actors.unnamed_institution(token) or actors.political_opposition(token)
            # "…, a révélé son avocate", "…, a assuré la préfecture"
            head_noun = token
    return role


def _person_after_body(token: Token, key: str, sentence: Span, actors) -> str | None:
    """"…, s'est indigné le délégué CGT Karim Haddad": a person named right after the organisation of a role speaks."""
    if actors.actors[key].kind != "Organization":
        return None
    end = token.i
    while end < sentence.end and actors.actor_at(token.doc[end]) == key:
        end += 1
    person = actors.actor_at(token.doc[end]) if end < sentence.end else None
    return person if person and actors.actors[person].kind == "Person" else None


_ARTICLES = {"le", "la", "les", "l'"}
_ADJUNCT_PREPS = {"a", "au", "dans", "sur", "devant", "lors", "en", "apres", "avant", "pendant"}


def _after_adjunct(preposition: Token, sentence: Span) -> int | None:
    """"à Kinshasa la ministre", "devant la presse le commissaire", "sur X le ministre", "à l'AFP un haut
    responsable": a short place or time adjunct (preposition, article, one name or noun and its adjectives)
    followed by an article: the index where the inverted subject starts, or None."""
    if fold(preposition.text) not in _ADJUNCT_PREPS:
        return None
    doc, i = preposition.doc, preposition.i + 1
    if i < sentence.end and fold(doc[i].text) == "de":
        i += 1  # "lors de"
    while i < sentence.end and fold(doc[i].text) in _ARTICLES:
        i += 1
    if i >= sentence.end or doc[i].pos_ not in {"NOUN", "PROPN", "X"}:
        return None
    i += 1
    while i < sentence.end and (doc[i].pos_ == "ADJ" or doc[i].dep_ == "flat:name"):
        i += 1
    if fold(preposition.text) == "au" and i + 1 < sentence.end and fold(doc[i].text) in {"de", "d'"} \
            and doc[i + 1].text[:1].isupper():
        i += 2  # "au micro de France Inter le ministre"
        while i < sentence.end and doc[i].text[:1].isupper():
            i += 1
    return i if i < sentence.end and fold(doc[i].text) in _ARTICLES | {"un", "une"} else None  # "à l'AFP un responsable"


def _apposed_after(token: Token, key: str, sentence: Span, actors) -> str | None:
    """The person named after a comma right after this actor's name (the role phrase's apposition)."""
    doc, i = token.doc, token.i
    while i < sentence.end and actors.actor_at(doc[i]) == key:
        i += 1
    if i + 1 >= sentence.end or doc[i].text != ",":
        return None
    person = actors.actor_at(doc[i + 1])
    return person if person and actors.actors[person].kind == "Person" and person != key else None


def _person_after_addressee(preposition: Token, sentence: Span, actors) -> str | None:
    """"a expliqué à l'AFP Bernard Lenoir": a person named right after the organisation spoken to is the speaker."""
    if fold(preposition.text) not in {"a", "au", "aux"}:
        return None
    doc = preposition.doc
    i = preposition.i + 1
    while i < sentence.end and fold(doc[i].text) in {"l'", "la", "le", "les"}:
        i += 1
    spoken_to = actors.actor_at(doc[i]) if i < sentence.end else None
    if spoken_to is None or actors.actors[spoken_to].kind != "Organization":
        return None
    while i < sentence.end and actors.actor_at(doc[i]) == spoken_to:
        i += 1
    for token in doc[i: min(i + _ROLE_BEFORE_NAME, sentence.end)]:  # "à l'AFP son avocat, Me Jean Durand"
        person = actors.actor_at(token)
        if person:
            return person if actors.actors[person].kind == "Person" else None
        if (token.is_punct and token.text != ",") or token.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
            return None
    return None


#: How many tokens (determiner, role noun, adjective, comma, "Me") may stand between the outlet spoken to and the
#: speaker's name: "a déclaré à l'AFP son avocat, Me Jean Durand".
_ROLE_BEFORE_NAME = 6


def _complement_of(token: Token, noun: Token, actors) -> bool:
    """Is this actor the "de" complement of a common noun that is no role ("les services de X", not "le ministre X")?"""
    head = token
    while head.dep_ in {"flat:name", "flat"} and head.head != head:
        head = head.head
    return head.dep_ == "nmod" and head.head.i == noun.i and fold(noun.text) not in actors.data.words("role_heads") \
        and any(fold(c.text) in {"de", "d'", "du", "des"} for c in head.children if c.dep_ == "case")


def compound_cues(sentence: Span, data: LanguageData) -> list[tuple[Token, Token, str]]:
    """(light verb, last word, cue) for "fait remarquer", "a fait état de", "met également en cause"."""
    phrases = data.derived("compound_speech_cue_words", lambda d: [cue_words(p) for p in d.raw["compound_speech_cues"]])
    first_words = data.derived("compound_speech_cue_first_words", lambda d: frozenset(w[0] for w in phrases))
    found = []
    lemmas = folded_lemmas(sentence.doc)
    for index in range(sentence.start, sentence.end):
        lemma = lemmas[index]
        if lemma not in first_words:
            continue  # most words start no cue phrase: no Token made, no loop over the phrases
        token = sentence.doc[index]
        for words in phrases:
            if lemma != words[0]:
                continue
            i, rest, skipped = token.i + 1, list(words[1:]), 0
            while rest and i < sentence.end:
                current = sentence.doc[i]
                if fold(current.text) == rest[0] or fold(current.lemma_) == rest[0]:
                    rest.pop(0)
                elif current.pos_ == "ADV" and skipped < 2:
                    skipped += 1
                else:
                    break
                i += 1
            if not rest:
                found.append((token, sentence.doc[i - 1], " ".join(w for w in _accented(words, data))))
    return found


def _accented(words: list[str], data: LanguageData) -> list[str]:
    for phrase in data.raw["compound_speech_cues"]:
        if cue_words(phrase) == words:
            return [phrase]
    return words


def cue_words(phrase: str) -> list[str]:
    """Folded words of a cue phrase, an elided article being a word of its own ("mettre l'accent")."""
    return fold(phrase).replace("'", "' ").split()


def initial_marker(token: Token, sentence: Span, markers: frozenset[str]) -> bool:
    """"Pour X, …" at the start of a sentence (after at most a connective): a source marker.
    "pour" elsewhere is purpose or beneficiary ("des armes pour l'Ukraine")."""
    if fold(token.text) not in markers:
        return False
    before = 0  # at most three words before the marker, each a punctuation mark, a conjunction or an adverb
    for t in tokens_of(sentence.doc)[sentence.start: token.i]:  # (read up to the first other word only)
        if t.is_space:
            continue
        before += 1
        if before > 3 or not (t.is_punct or t.pos_ in {"CCONJ", "ADV"}):
            return False
    after = sentence.doc[token.i + 1: min(token.i + 14, sentence.end)]
    comma = next((t for t in after if t.text == ","), None)
    if comma is None or any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") != ["Part"]
                            for t in sentence.doc[token.i + 1: comma.i]):
        return False
    return True


def subject_parsed_as_object(verb: Token, subject: Token, inverted: bool) -> bool:
    """"L'Indonésie a convoqué l'ambassadeur de Chine…, a annoncé le ministère indonésien des Affaires étrangères":
    an attribution after a comma ("…, a annoncé") with no complement clause of its own, whose definite noun object
    follows it, has that object as its inverted subject; a "subject" the parser found before the comma is content
    (known when the attribution is inverted, or when a finite verb comes before that "subject" in its sentence)."""
    doc = verb.doc
    sentence_start = sentence_of(subject).start if not inverted else subject.i
    if not inverted and not any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") == ["Fin"]
                                for t in doc[sentence_start: subject.i]):
        return False
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i], key=lambda t: t.i)
    if first.i == 0 or doc[first.i - 1].text != "," or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}]
    if len(objects) != 1:
        return False
    determiners = {fold(c.text) for c in objects[0].children if c.dep_ == "det"}
    between = doc[verb.i + 1: objects[0].left_edge.i]
    return bool(determiners & {"le", "la", "l'"}) and all(not t.is_punct for t in between)


def object_speaker_content(verb: Token, speakers: list[str], sentence: Span, actors) -> tuple[int, int] | None:
    """The reported clause before the comma of "…, a annoncé le ministère X" when the speakers are that object (see
    ``subject_parsed_as_object``): from the sentence start (after a dateline) to the comma; None otherwise."""
    from extractors.contents import after_dateline
    doc = verb.doc
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i], key=lambda t: t.i)
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    if first.i <= sentence.start or doc[first.i - 1].text != "," or len(objects) != 1 \
            or actor_right(verb, sentence, actors) != list(speakers):
        return None
    start = after_dateline(sentence[0], first.i - 1)
    return (start.idx, doc[first.i - 1].idx) if start.i < first.i - 1 else None
