"""Parser repairs for relation triggers and their arguments.

Split from ``extractors.relations``: a trigger verb the tagger took for a noun or lemmatised badly, the thing a
transfer verb hands over under a negation, and arguments the parser hung in the wrong place (a bare object after an
adverbial, the antecedent of an object relative, a recipient or partner stranded inside another phrase).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from extractors.dates import MONTHS_FR
from extractors.entities import ArticleActors, sentence_of
from extractors.events import Triggers, negated
from extractors.lang import fold
from extractors.token_table import token_table
from extractors.relation_args import DE_WORDS, actor_keys, comma_relative_antecedent, has_case
from extractors.relation_subjects import is_passive, time_stranded_objects


#: Every ending ``_mistagged_verb`` may strip to find a first-group verb (a cheap test before the parse tree).
_VERB_ENDINGS = ("ees", "ee", "es", "e", "ent")


@lru_cache(maxsize=None)
def _verb_forms(trig: Triggers) -> frozenset[str]:
    """Every form a first-group trigger verb takes with one of ``_VERB_ENDINGS`` ("critiqu" + "ent"), made once per
    ``Triggers``: one set test instead of five slices and look-ups for each noun and adjective."""
    return frozenset(verb[:-2] + e for verb in trig.verbs if verb.endswith("er") for e in _VERB_ENDINGS)


def _mistagged_verb(token: Token, trig: Triggers) -> str | None:
    """Parser repair: a first-group trigger verb tagged as a noun ("Le chancelier a téléphoné à X", "Moscou et Pékin
    commercent"): its infinitive when the form is a participle with an auxiliary, or a third person plural with no
    determiner; None for anything else (event nouns included)."""
    table = token_table(token.doc)  # the doc's columns: no string look-up for the many words that are no verb
    if table.pos[token.i] not in {"NOUN", "ADJ"}:
        return None
    text = table.folded[token.i]
    if text not in _verb_forms(trig):
        return None  # no ending below can give a trigger verb: skip the tree (most nouns and adjectives)
    if any(c.dep_ == "det" for c in token.children):
        return None
    # "La CGT critique la France" with "critique" tagged as an adjective: a subject before and a direct object after
    # or "Le secrétaire général demande au gouvernement des mesures" with "demande" a noun at the root
    verbal = any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) and any(
        c.i > token.i and c.pos_ in {"NOUN", "PROPN"} and (c.dep_ == "obj" or (c.dep_ == "obl:arg" and token.dep_ == "ROOT"))
        for c in token.children)
    if (text in trig.nouns or fold(token.lemma_) in trig.nouns or text in trig.light_nouns) and not verbal:
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    has_aux = any(c.dep_ in {"aux", "aux:tense", "aux:pass"} for c in token.children) or (
        before is not None and before.pos_ == "AUX" and fold(before.lemma_) in {"avoir", "etre"}) or (
        token.i == sentence_of(token).start and is_passive(token))  # "Sanctionnée par Washington, la Chine …"
    endings = ("ees", "ee", "es", "e") if has_aux else ("ent", "es", "e") if verbal else ("ent",) if not text.endswith("ment") else ()
    for ending in endings:
        if text.endswith(ending) and text[:-len(ending)] + "er" in trig.verbs:
            return text[:-len(ending)] + "er"
    return None


def _repaired_lemma(lemma: str, verb: Token, trig: Triggers) -> str:
    """Lemmatiser repair: "il lui reproche" lemmatised as the noun "reproche"; "-e"/"-es"/"-ent" forms of a
    first-group trigger give its infinitive when the lemma itself is no verb."""
    if lemma in trig.verbs or lemma.endswith("er") or lemma.endswith("ir") or lemma.endswith("re"):
        return lemma
    text = fold(verb.text)
    for stem in (lemma, text[:-1] if text.endswith("e") else None, text[:-2] if text.endswith("es") else None,
                 text[:-3] if text.endswith("ent") else None):
        if stem and (stem.rstrip("e") + "er") in trig.verbs:
            return stem.rstrip("e") + "er"
    return lemma


def _theme(verb: Token) -> Token | None:
    """What a transfer verb hands over: its direct object, or the "de" + noun of a negation ("ne livrera plus
    d'armes", "n'a pas fourni de munitions"), which the parser may hang on the negation adverb."""
    for child in verb.children:
        if child.dep_ in {"obj", "nsubj:pass"} and child.pos_ in {"NOUN", "PROPN"}:
            return child  # "des armes ont été livrées à X": the passive's subject is what is handed over
        holders = [child] + [g for g in child.children] if child.dep_ == "advmod" else [child]
        for node in holders:
            case = {fold(c.text) for c in node.children if c.dep_ == "case"}
            if node.dep_ in {"obl:arg", "obl", "obj", "nmod"} and node.pos_ == "NOUN" and case & DE_WORDS and negated(verb, verb):
                return node
    return None


def _stranded_partner(first: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: "la guerre entre Israël et le Hamas a fait…" parsed with "le Hamas" as the verb's subject: the
    actor right after "et" that follows the first partner of "entre", when it has no conjunct of its own."""
    if any(c.dep_ == "conj" for c in first.children):
        return []
    doc = first.doc
    i = first.right_edge.i + 1
    if i >= len(doc) or fold(doc[i].text) != "et":
        return []
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    key = actors.actor_at(doc[j]) if j < len(doc) else None
    return [key] if key else []


def _relative_antecedent(verb: Token, actors: ArticleActors) -> list[str]:
    """"le Venezuela, que Moscou soutient": the antecedent of an object relative "que" is the verb's object (the
    parser may attach the clause to the antecedent as a relative or a complement clause)."""
    que = next((c for c in verb.children if fold(c.text) in {"que", "qu'"} and c.pos_ in {"PRON", "SCONJ"} and c.i < verb.i), None)
    if que is None or any(c.dep_ == "obj" for c in verb.children if c is not que):
        return []
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < que.i]
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == que.i + 1]
    if before and after:  # parser: "Le Venezuela, que Moscou soutient, …" with both nouns subjects of "soutient"
        return actor_keys(before[0], actors)
    antecedent = comma_relative_antecedent(verb, actors) if verb.dep_ in {"ccomp", "acl"} else None
    if antecedent is not None:  # "… du PKK, que la Turquie bombarde" read as a complement clause of the main verb
        return actor_keys(antecedent, actors)
    if (que.pos_ != "PRON" and verb.dep_ != "acl:relcl") or verb.dep_ not in {"acl:relcl", "acl", "ccomp"}:
        return []  # "Nicolas Maduro, que les États-Unis accusent de fraude": "que" tagged SCONJ in a relative clause
    head = verb.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.i > que.i:
        return []
    return actor_keys(head, actors)


def _cased_name_tail(child: Token) -> bool:
    """The last part of a hyphenated name the parser split, whose first part has a preposition ("vers El-Facher")."""
    start = child.i
    while start >= 2 and child.doc[start - 1].text == "-":
        start -= 2
    return start != child.i and has_case(child.doc[start])


def _bare_object(child: Token, case: set[str], verb: Token) -> bool:
    """Parser repair: a noun phrase with no preposition after a verb that has no direct object is that object:
    a name set off by commas and parsed as a modifier ("a exclu, hier, Antoni Pastor"), a name parsed as a
    predicate ("a appelé Israël à cesser le feu", "nie avoir attaqué Israël"), a noun phrase after an adverbial
    parsed as a coordinated clause ("a attaqué, dans la nuit, la ville d'Odessa")."""
    if not case and child.dep_ == "conj" and child.pos_ == "PROPN" and verb.pos_ == "VERB" and _second_object(child, verb):
        return True  # "a exhorté l'Allemagne et l'Espagne à payer" with "l'Espagne" hung on the verb
    if case or child.i < verb.i or verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in verb.children):
        return False
    if _cased_name_tail(child):
        return False  # "couloirs vers El-Facher" split by the parser: "Facher" is the tail of a name after "vers"
    if child.dep_ in {"obl", "obl:mod", "xcomp"}:
        return child.pos_ == "PROPN" or (child.pos_ == "X" and child.dep_ == "xcomp")  # "a critiqué Donald Trump"
    if child.dep_ == "nsubj":  # "A a rencontré B" parsed with B as a second subject after the verb
        return child.pos_ == "PROPN" and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    comma = child.doc[child.left_edge.i - 1].text == "," or any(c.text == "," and c.i < child.i for c in child.children)
    return child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"} and comma and not any(c.dep_ == "cc" for c in child.children)


def _second_object(name: Token, verb: Token) -> bool:
    """A name coordinated with "et" right after the verb's direct object, with no clause of its own."""
    doc = name.doc
    objects = [c for c in verb.children if c.i < name.i and (c.dep_ == "obj" or (  # "a exhorté Islamabad et Téhéran":
        c.dep_ in {"xcomp", "obl", "obl:mod"} and c.pos_ == "PROPN" and not has_case(c)))]  # a name read as predicate
    if not objects or any(c.dep_ in {"nsubj", "obj", "cop", "aux", "aux:tense"} for c in name.children):
        return False
    after = objects[-1].right_edge.i + 1
    return after < name.i and fold(doc[after].text) == "et" and name.left_edge.i == after + 1 or (
        name.left_edge.i == after and any(c.dep_ == "cc" and fold(c.text) == "et" and c.i == after for c in name.children))


def _stranded_recipients(obj: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: the "à X" recipient of a transfer hung inside the object's phrase ("des hélicoptères de combat
    à Damas", "des sanctions économiques à la Russie"): the last actor after "à" in the object's subtree."""
    found: list[str] = []
    for token in obj.subtree:
        if token is obj or token.dep_ not in {"nmod", "obl", "obl:arg"} or token.head.i < obj.i:
            continue
        if _in_a_clause(token, obj):
            continue  # "reconnaître le président X, qui avait succédé à Y": the relative clause's own object
        case = {fold(c.text) for c in token.children if c.dep_ == "case"}
        if case & {"a", "au", "aux"}:
            found = actor_keys(token, actors) or found
    return found


def _in_a_clause(token: Token, obj: Token) -> bool:
    """Does ``token`` hang inside a relative clause of ``obj``'s phrase ("…, qui avait succédé à Y") rather than on its
    nouns or a participle ("des armes destinées à l'Ukraine" keeps its recipient)?"""
    head = token.head
    while head.i != obj.i and head.head.i != head.i:
        if head.dep_ == "acl:relcl":
            return True
        head = head.head
    return False


def _subject_of_conjunct(verb: Token) -> list[Token]:
    """Parser repair: "a rejeté ces accusations et dénoncé une décision" parsed with "ces accusations" as the subject
    of the coordinated verb: a noun between a verb with no object and "et" + its conjunct is that verb's object."""
    if verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in verb.children):
        return []
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB":
            continue
        found += [c for c in conj.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and verb.i < c.left_edge.i
                  and c.right_edge.i + 1 < conj.i and fold(c.doc[c.right_edge.i + 1].text) == "et"]
    return found


def _only_object(child: Token) -> bool:
    """"n'a soutenu que la Russie": the object of "ne … que", parsed as a clause."""
    return child.dep_ == "ccomp" and child.pos_ in {"NOUN", "PROPN"} and any(
        fold(g.text) in {"que", "qu'"} for g in child.children if g.dep_ == "mark")


#: Adverbial nouns the parser takes as the head of the object that follows them: "a annoncé vendredi des sanctions",
#: "ont frappé à plusieurs reprises des positions des Houthis".
_ADVERBIAL_HEADS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "reprise", "reprises",
                    "fois", "nuit", "soir", "matin", "semaine", "mois", "lendemain", "veille"} \
    | {fold(month) for month in MONTHS_FR}  # "doivent tenir en décembre des consultations"


def _weekday_stranded(noun: Token) -> Token | None:
    """Parser repair: "a annoncé vendredi des sanctions contre X" parsed with "des sanctions" under "vendredi"; the
    verb the noun is really the direct object of, or None."""
    head = noun.head
    if noun.dep_ in {"obl:arg", "obl"} and head.pos_ == "VERB" and not any(c.dep_ == "obj" and fold(c.text) not in _ADVERBIAL_HEADS
                                                                          for c in head.children):
        # "a annoncé lundi de nouvelles sanctions" parsed with "lundi" as the object and "de … sanctions" as an oblique
        weekday = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        marks = [c for c in noun.children if c.dep_ in {"case", "det"} and c.i == noun.left_edge.i]
        if weekday is not None and weekday.dep_ in {"obj", "obl:mod", "obl"} and weekday.head == head and fold(weekday.text) in _ADVERBIAL_HEADS \
                and marks and fold(marks[0].text) in {"des", "de", "d'", "du"}:
            return head
        return None
    if noun.dep_ != "nmod" or head == noun or fold(head.text) not in _ADVERBIAL_HEADS or head.dep_ not in {"obl:mod", "obl", "obj", "obl:arg"}:
        return None  # the weekday itself can be taken as the object: "a annoncé lundi des sanctions"
    case = [c for c in noun.children if c.dep_ == "case"]
    if head.head.pos_ != "VERB" or len(case) != 1 or case[0].i != head.i + 1 or fold(case[0].text) not in {"des", "du", "de", "d'"}:
        return None
    return None if any(c.dep_ == "obj" and c != head for c in head.head.children) else head.head


def _weekday_objects(verb: Token) -> list[Token]:
    """The objects ``_weekday_stranded`` finds under the adverbials of ``verb``."""
    return [n for adverbial in verb.children if adverbial.dep_ in {"obl:mod", "obl", "obj"}
            for n in adverbial.children if _weekday_stranded(n) == verb] + time_stranded_objects(verb)


#: Nouns after "appeler X à/au" that are the way or time of a phone call, not what X is called to.
_CALL_WAYS = {"telephone", "occasion", "veille", "lendemain", "matin", "soir", "moment", "heure", "reprise", "debut", "fin"}


def _resumption(noun: Token) -> bool:
    """"à la reprise du dialogue": the resumption of something called for ("à plusieurs reprises" is a time)."""
    return fold(noun.lemma_) == "reprise" and noun.morph.get("Number") == ["Sing"] and any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" for c in noun.children)


def _called_to(verb: Token, actors: ArticleActors) -> bool:
    """"appeler X à la retenue", "appeler X à accélérer" (the infinitive hung on X): a call on X, not a phone call.
    Needs an actor object; "à" + an actor or a place stays the partner or the venue of a call."""
    called = [c for c in verb.children if (c.dep_ == "obj" or (c.dep_ == "xcomp" and c.pos_ == "PROPN" and not has_case(c)))
              and actor_keys(c, actors)]  # "a appelé Islamabad et New Delhi à la retenue": the name read as predicate
    if not called:
        return False
    if any(c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > called[0].i and any(
            fold(m.text) == "a" and m.dep_ == "mark" for m in c.children) for c in verb.children):
        return True  # "a appelé Kiev et Moscou à négocier" with the infinitive hung on the verb as an adverbial
    if any(c.dep_ == "acl" and c.pos_ == "VERB" and any(fold(m.text) in {"a", "de", "d'"} and m.dep_ == "mark" for m in c.children)
           for o in called for c in o.children):
        return True  # "a appelé les alliés occidentaux à accélérer les livraisons"
    attached = [c for c in verb.children if c.dep_.startswith("obl") and c.i > called[0].i]
    attached += [c for o in called for c in o.children if c.dep_ == "nmod"]  # "les deux pays à la retenue", hung on the object
    return any(c.pos_ == "NOUN" and not actor_keys(c, actors) and (fold(c.lemma_) not in _CALL_WAYS or _resumption(c))
               and any(fold(g.text) in {"a", "au", "aux"} and g.dep_ == "case" for g in c.children) for c in attached)


def _stranded_names(noun: Token, preps: set[str], actors: ArticleActors) -> list[str]:
    """Parser repair: "des sanctions contre les groupes de défense Lockheed Martin et Raytheon" with the names hung on
    "sanctions" as an apposition, or on "groupes" with no preposition: the names, when a target with a fitting preposition comes before them and names
    no actor itself."""
    children = list(noun.children)
    for k, child in enumerate(children):
        case = {fold(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ != "nmod" or not case & preps or actor_keys(child, actors):
            continue
        names = [g for g in child.children if g.dep_ in {"nmod", "appos"} and g.pos_ == "PROPN" and g.i > child.i
                 and not any(c.dep_ == "case" for c in g.children)]  # "contre les entreprises américaines Boeing et Intel"
        names += [later for later in children[k + 1:] if later.dep_ == "appos" and later.i > child.i]
        names += [g for g in child.children if g.dep_ == "nmod" and g.i > child.i and case & preps & {
            fold(c.text) for c in g.children if c.dep_ == "case"}]  # "contre les deux pays, en particulier contre Moscou"
        return [key for name in names for key in actor_keys(name, actors)]
    return []


def _carried(noun: Token, trig: Triggers) -> Token | None:
    """Parser repair: "a annoncé une enveloppe d'aide" parsed with "d'aide" as a second argument of the verb, not
    under the carrier noun: the verb, when its object is a carrier ("enveloppe", "paquet") just before the noun."""
    verb = noun.head
    if noun.dep_ not in {"obl:arg", "obl", "obl:mod"} or verb.pos_ != "VERB" or not any(
            fold(c.text) in {"de", "d'", "des", "du"} and c.dep_ == "case" for c in noun.children):
        return None
    carrier = [c for c in verb.children if c.dep_ == "obj" and fold(c.text) in trig.carriers and c.right_edge.i + 1 == noun.left_edge.i]
    return verb if carrier else None
