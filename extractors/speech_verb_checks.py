"""Yes/no checks on a speech verb's form, for ``extractors.quotes``: is it negated or unrealised ("n'a pas dit",
"pour dire"), passive, impersonal ("il a été décidé"), an infinitive, reflexive, set in an incise (", estime X,"),
separated from its auxiliary by an interpolation ("X a de son côté appelé"), or relayed ("cité par X", "citant X")?
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractors.attribution import cue_words
from extractors.date_objects import object_under_date
from extractors import events
from extractors.entities import sentence_of
from extractors.lang import LanguageData, fold
from extractors.token_table import children_of, morph_get, token_table

if TYPE_CHECKING:
    from extractors.entities import ArticleActors

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}


def passive_agent(verb: Token, actors: ArticleActors) -> str | None:
    """"X a été cité par CCTV": CCTV relays X."""
    for child in verb.children:
        if child.dep_ in {"obl:agent", "obl:mod", "obl"} and any(fold(c.text) == "par" for c in child.children):
            keys = actors.resolve(child)
            if keys and fold(verb.lemma_) in {"citer", "rapporter", "relayer", "traduire", "publier"}:
                return keys[0]
    return None


def citing(verb: Token, actors: ArticleActors) -> str | None:
    """"…, a déclaré M. Xi, citant le journal Xinhua": the medium relays."""
    folded, end = token_table(verb.doc).folded, sentence_of(verb).end  # the doc's column: no Token per word
    for i in range(verb.i + 1, end):
        if folded[i] == "citant":
            for other in verb.doc[i + 1: min(i + 6, end)]:
                key = actors.actor_at(other)
                if key:
                    return key
    return None


def non_speech_object(verb: Token, lemma: str, data, *, quoted: bool = False) -> bool:
    """"accuser une baisse", "annoncer une perte" in a results report: the object makes it no speech act (a verb that
    needs a preposition, "justifier … par", needs none with a quotation: "« … », a justifié X")."""
    objects = {fold(w) for w in data.raw["speech_verb_non_speech_objects"].get(lemma, ())}
    if objects and any(c.dep_ == "obj" and fold(c.lemma_) in objects for c in verb.children):
        return True
    if not spoken_object(verb, lemma, data) and not (quoted and events.is_reflexive(verb)):
        return True  # "la tempête a balayé la côte" (but "a balayé ces accusations"; "« … », s'est défendu X")
    prepositions = data.raw["speech_verbs_need_preposition"].get(lemma)  # "requérir … contre X"
    return prepositions is not None and not quoted and not _has_complement_of(verb, prepositions)


def spoken_object(verb: Token, lemma: str, data) -> bool:
    """False for a verb that speaks only of words or ideas (``speech_verbs_need_speech_object``: "balayer",
    "repousser") when its object, or the noun after it, is not one of them."""
    words = data.table("speech_verbs_need_speech_object").get(lemma)
    if words is None:
        return True
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "Ankara conteste que…": a que-clause is words
    folded = {fold(w) for w in words}
    objects = [c for c in verb.children if c.dep_ in {"obj", "obl:arg", "nsubj:pass"}]
    objects += [o for c in verb.children if (o := object_under_date(c, verb)) is not None]  # "a manifesté jeudi son…"
    return any(fold(o.lemma_) in folded or fold(o.text) in folded for o in objects)


def court_sentence(verb: Token, lemma: str, data) -> bool:
    """"Le tribunal a condamné X à deux ans de prison", "condamnée à verser 1 000 euros": a sentence passed, not a
    speech act ("X a condamné l'attaque" stays one)."""
    if lemma not in {fold(w) for w in data.raw["sentencing_verbs"]}:
        return False
    words = {fold(w) for w in data.raw["sentencing_words"]}
    objects = [c for c in verb.children if c.dep_ == "obj"]
    for child in [*verb.children, *(g for o in objects for g in o.children if g.dep_ == "nmod" and g.i > o.i)]:
        if child.dep_ not in {"nmod", "xcomp", "advcl"} and not child.dep_.startswith("obl"):
            continue  # "condamné X à deux ans": the parser may hang the sentence on the object
        marks = {fold(t.text) for t in child.children if t.dep_ in {"case", "mark"} and t.i < child.i}
        if "a" not in marks:
            continue
        if fold(child.lemma_) in words or fold(child.text) in words or any(
                g.dep_ == "nmod" and (fold(g.lemma_) in words or fold(g.text) in words) for g in child.children):
            return True
    return False


def _has_complement_of(verb: Token, prepositions: list[str]) -> bool:
    """Does the verb govern a que-clause or a complement opened by one of ``prepositions`` ("contre X", or a
    preposition and its noun: "au rang"), on the verb or on its object ("a requis deux ans de prison contre X")?"""
    for child in verb.children:
        if child.dep_ == "ccomp" and any(fold(m.text) in {"que", "qu'"} for m in child.children if m.dep_ == "mark"):
            return True
        nouns = [child]
        if child.dep_ in {"obj", "dep"}:  # "deux ans de prison et cinq ans d'inéligibilité contre X"
            heads = [child] + [c for c in child.children if c.dep_ == "conj"]
            nouns += [g for h in heads for g in h.children if g.dep_ == "nmod"]
        for noun in nouns:
            case = " ".join(fold(t.text) for t in noun.children if t.dep_ in {"case", "fixed"} and t.i < noun.i)
            if (noun.dep_.startswith("obl") or noun.dep_ == "nmod") and (case in prepositions or f"{case} {fold(noun.text)}" in prepositions):
                return True
    return False


#: Negative adverbs that, with "ne", deny a speech act ("n'a pas confirmé", "n'a jamais dit") (folded).
_NEGATIVE_ADVERBS = {"pas", "jamais", "guere", "point", "nullement", "plus"}


_UNREALISED_MARKS = {"afin", "pour", "avant", "sans"}  # "afin que", "pour que", "avant que", "sans que"


def negated_speech(verb: Token, lemma: str, data) -> bool:
    """"L'armée n'a pas confirmé la perte", "n'a cependant pas annoncé de date", and a speech act wished or not yet
    made ("afin qu'il explique", "sans qu'il le dise"): a denied or unrealised speech act reports no
    words (no gold statement has a negated cue); "ne cache pas son inquiétude", "n'a pas exclu de…" still speak
    (``speech_verbs_negation_kept``)."""
    marks = {fold(c.text) for c in verb.children if c.dep_ == "mark"}
    if marks & {"que", "qu'"} and (marks & _UNREALISED_MARKS or fold(verb.head.text) in _UNREALISED_MARKS):
        return True  # "demanda sa comparution afin qu'il expliquât ces changements": asked for, not said
    if lemma in data.words("speech_verbs_negation_kept"):
        return False
    children = [c for c in verb.children if c.dep_ == "advmod" or c.dep_.startswith("aux") or c.dep_ == "det"]
    has_ne = any(fold(c.text) in {"ne", "n'"} for c in verb.children if c.dep_ == "advmod")
    if not has_ne:
        return False
    if any(fold(c.text) in _NEGATIVE_ADVERBS for c in children if c.dep_ == "advmod"):
        return True
    if _negative_adverb_before(verb):
        return True  # "n'a pas encore dit si…": the parser hung "pas" on "encore" or on the auxiliary
    return any(c.dep_ == "obj" and any(fold(d.text) in {"aucun", "aucune"} for d in c.children) for c in verb.children)


def _negative_adverb_before(verb: Token) -> bool:
    """A negative adverb between "ne" and the verb ("n'a pas encore dit", "n'a toujours pas précisé") that the
    parser attached to another adverb or to the auxiliary."""
    ne = next((c for c in verb.children if c.dep_ == "advmod" and fold(c.text) in {"ne", "n'"}), None)
    if ne is None or ne.i > verb.i:
        return False
    between = verb.doc[ne.i + 1: verb.i]
    if any(fold(t.text) in _NOT_ONLY for t in between):
        return False  # "n'a pas seulement critiqué…, il a aussi dénoncé": "not only" still speaks
    return any(fold(t.text) in _NEGATIVE_ADVERBS and t.head.i != verb.i and t.head.head.i == verb.i for t in between)


_NOT_ONLY = {"seulement", "uniquement", "simplement", "que", "qu'"}


def future_nominal(verb: Token, kind: str | None, data) -> bool:
    """"Le CERN annoncera mercredi l'état de la traque", "présentera jeudi son plan": a speech act in the future whose
    object only names words not yet known (``speech_future_pending_objects``) has no content yet (but "annoncera
    que…", "annoncera de nouvelles sanctions contre X" or a quotation report what will be said)."""
    if kind != "nominal" or verb.morph.get("Tense") != ["Fut"]:
        return False
    pending = data.words("speech_future_pending_objects")
    return any(c.dep_ == "obj" and fold(c.lemma_) in pending for c in verb.children)


def impersonal_passive(verb: Token) -> bool:
    """"Il est prévu que…", "il a été annoncé que…": an impersonal passive has no speaker."""
    passive = any(c.dep_ in {"aux:pass", "cop"} for c in verb.children) or (morph_get(verb, "Voice") == ["Pass"] and not any(
        c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in verb.children))  # "Il a toutefois assuré que"
    if not passive or any(c.dep_ in {"obl:agent"} for c in verb.children):
        return False
    if not any(c.dep_ in _SUBJECT_DEPS and fold(c.text) == "il" and c.i < verb.i for c in verb.children):
        return False
    return any(fold(t.text) in {"que", "qu'"} for t in verb.doc[verb.i + 1: verb.i + 4])


def patient_passive(verb: Token, lemma: str) -> bool:
    """"La société a été condamnée à verser…", "X a été critiqué": the subject of a personal passive undergoes the
    act, it does not speak (but "X a été cité par Reuters" reports X's words)."""
    return lemma not in {"citer"} and any(c.dep_ == "aux:pass" for c in verb.children) \
        and any(c.dep_ == "nsubj:pass" and c.i < verb.i for c in verb.children)


def object_infinitive(verb: Token) -> bool:
    """"presse l'Algérie de libérer X": an infinitive with "de" the parser hung on the verb's object."""
    return any(c.dep_ == "obj" and any(g.dep_ in {"acl", "xcomp"} and g.morph.get("VerbForm") == ["Inf"]
                                       and any(fold(m.text) in {"de", "d'"} for m in g.children if m.dep_ == "mark")
                                       for g in c.children) for c in verb.children)


def has_reflexive(token: Token) -> bool:
    return any(c.dep_ in {"expl:comp", "expl:pv", "expl:pass", "obj", "expl"} and fold(c.text) in {"s'", "se"} for c in token.children)


def is_infinitive(token: Token) -> bool:
    """An infinitive, not a passé simple the tagger took for one: "il déclara : « … »", "elle répondit que…" are
    tagged ``VerbForm=Inf``, but a French infinitive ends in -er, -ir or -re (-oir, -ïr)."""
    return morph_get(token, "VerbForm") == ["Inf"] and fold(token.text).endswith(("er", "ir", "re"))


def periphrastic_infinitive(token: Token, data: LanguageData) -> bool:
    """"X vient d'annoncer que…", "X a tenu à préciser que…": an infinitive under a verb that only marks tense or
    emphasis (``speech_infinitive_governors``: verb -> its preposition) is the subject's own speech act."""
    head = token.head
    governors = data.table("speech_infinitive_governors")
    # (the lemmatiser leaves some inverted forms as they are: "tente-t-il de corriger" -> "tente")
    preposition = governors.get(fold(head.lemma_)) or (governors.get(fold(head.lemma_) + "r") if head.lemma_.endswith("e") else None)
    return token.dep_ == "xcomp" and head.i < token.i and preposition is not None \
        and any(c.dep_ == "mark" and fold(c.text).rstrip("'’") in preposition for c in token.children)


def has_aux(token: Token) -> bool:
    return any(c.dep_.startswith("aux") for c in children_of(token))


def reflexive_cue_as_adverb(token: Token) -> Token | None:
    """"Le Japon et la Corée du Sud se sont dits préoccupés": the parser hangs "dits" as an adverb of the participle,
    which carries the reflexive pronoun and the subject. Returns that participle (or adjective)."""
    head = token.head
    if token.dep_ != "advmod" or head == token or head.i != token.i + 1 or head.pos_ not in {"VERB", "ADJ"} \
            or not fold(token.text).startswith("dit"):
        return None
    # the auxiliary hangs on the participle or on "dits" itself ("se sont dits prêts à …")
    return head if has_reflexive(head) and any(c.dep_.startswith("aux") and fold(c.lemma_) == "etre"
                                               for c in [*head.children, *token.children]) else None


def is_reflexive(token: Token) -> bool:
    """"s'est dit satisfait": a reflexive speech verb with an adjective complement."""
    return any(c.dep_ in {"expl:comp", "expl:pv", "obj"} and fold(c.text) in {"s'", "se"} for c in token.children) and any(
        c.dep_ in {"xcomp", "acomp"} for c in token.children
    )


def has_infinitive_a(token: Token) -> bool:
    """"appeler X à faire": an infinitive complement (also when the parser hung it on the object: "a appelé les
    alliés à accélérer" read as "alliés" + acl, "les dirigeants du G20 à agir" as "G20" + acl)."""
    return any(c.dep_ in {"xcomp", "obl:arg", "ccomp"} and (c.pos_ == "VERB" or any(g.pos_ == "VERB" for g in c.subtree)) for c in token.children) \
        or any(c.dep_ == "obj" and any(g.dep_ == "acl" and g.pos_ == "VERB" and g.morph.get("VerbForm") == ["Inf"]
                                       and any(fold(m.text) == "a" for m in g.children if m.dep_ in {"mark", "case"})
                                       for g in c.subtree) for c in token.children) \
        or any(c.dep_ in {"obl:arg", "obl:mod", "obl"} and c.i > token.i and _call_noun(c) for c in token.children) \
        or any(c.dep_ == "obj" and any(g.dep_ == "nmod" and g.i > c.i and _call_noun(g) for g in c.children) for c in token.children)


def _call_noun(noun: Token) -> bool:
    """"à la retenue", "au calme": a noun the call is to (the parser may hang it on the object: "a appelé les deux
    pays à la retenue" read as "pays" + nmod), not "au téléphone"."""
    return noun.pos_ == "NOUN" and fold(noun.text) not in _NOT_A_CALL_AIM \
        and any(fold(m.text) in {"a", "au", "aux"} for m in noun.children if m.dep_ == "case")


#: "à" nouns that are no aim of a call: "appeler X au téléphone", "à plusieurs reprises" (not "à la retenue"; folded).
_NOT_A_CALL_AIM = {"telephone", "telephones", "portable", "fixe", "numero",
                # adverbial "à" phrases of time and number: "a appelé à plusieurs reprises son homologue"
                "reprise", "reprises", "fois", "heure", "heures", "midi", "minuit", "aube", "moment", "occasion"}


_INCISE_WORDS = {"PROPN", "NOUN", "DET", "ADJ", "ADP", "ADV", "PRON", "INTJ", "X"}


def incise(verb: Token, sentence: Span) -> tuple[int, int] | None:
    """"La réforme, estime X, est injuste" / "Par ailleurs, poursuit-il, …": a speech verb with its inverted subject
    set between two commas inside the sentence (an incise). Returns the char range of ", estime X," so the content
    is the sentence on both sides of it."""
    doc = verb.doc
    first = verb.i
    while first - 1 > sentence.start and doc[first - 1].pos_ == "AUX" and doc[first - 1].head.i == verb.i:
        first -= 1  # ", a estimé X," / ", avait-il dit,"
    before = doc[first - 1] if first > sentence.start else None
    if before is None or before.text != "," or not any(t.is_alpha for t in doc[sentence.start: before.i]):
        return None
    closing = next((t for t in doc[verb.i + 1: min(verb.i + 12, sentence.end)] if t.is_punct and t.text != "-"), None)
    if closing is None or closing.text != "," or closing.i == verb.i + 1:
        return None
    subject = doc[verb.i + 1: closing.i]
    if any(t.pos_ not in _INCISE_WORDS and not t.text.startswith("-") for t in subject) or \
            any(fold(t.text) in {"que", "qu'", "si", "de", "d'", "a"} for t in subject[:1]):
        return None  # "…, estime que", "…, indique à la presse": not an inverted subject
    if sum(t.is_alpha for t in doc[closing.i + 1: sentence.end]) < 3:
        return None  # "…, a-t-il dit, hier.": nothing reported after it
    return before.idx, closing.idx + 1


#: Finite forms of the auxiliaries of a compound past (folded).
_FINITE_AUX = {"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "etait", "etaient"}


def interpolated_aux(verb: Token, data: LanguageData) -> Token | None:
    """"X a de son côté appelé…", "X a quant à lui menacé…": the auxiliary of a participle separated from it by an
    interpolation (fr.json ``speech_interpolations``), which the parser reads as a noun with an ``acl``."""
    phrases = data.derived("speech_interpolation_words",
                           lambda d: sorted((cue_words(p) for p in d.raw["speech_interpolations"]), key=len, reverse=True))
    doc, i, skipped = verb.doc, verb.i - 1, False
    while i > 0:
        if doc[i].text == ",":
            i -= 1
            continue
        last = fold(doc[i].text)  # a phrase can match only if its last word is this one: the cheap test first
        match = next((w for w in phrases if w[-1] == last and i - len(w) + 1 >= 0
                      and [fold(t.text) for t in doc[i - len(w) + 1: i + 1]] == w), None)
        if match is None:
            break
        i -= len(match)
        skipped = True
    if skipped and fold(doc[i].text) in _FINITE_AUX and verb.morph.get("VerbForm") == ["Part"]:
        return doc[i]
    return None


def bare_attitude(verb: Token, lemma: str) -> bool:
    """"La CFDT s'est montrée plus mesurée": "se montrer" with an attitude and nothing it is about reports no words
    (but "s'est montré optimiste quant à l'issue", "s'est montré prudent sur ce dossier" tell a position)."""
    if lemma != "montrer":
        return False
    attributes = [c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "obj" and c.pos_ == "ADJ")]
    told = {"obl", "obl:mod", "obl:arg", "ccomp", "obj", "advcl"}
    return bool(attributes) and not any(c.dep_ in told and c not in attributes for c in verb.children) \
        and not any(c.dep_ in told | {"nmod", "acl"} for a in attributes for c in a.children)
