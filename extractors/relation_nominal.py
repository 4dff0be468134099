"""Nominal events: the two sides of an event noun ("l'offensive de Moscou en Ukraine", "le soutien de Pékin à
Moscou", "l'entretien entre A et B") and whom a possessive ("son soutien") points to."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import Triggers, modality, negated
from extractors.lang import fold, language_data
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_endured import ENDURED_TYPES, endured_patients
from extractors.relation_args import DE_WORDS, _HELD_PLACES, arguments_of, enumerated, actor_keys, sentence_evidence, place_not_author, patient_noun
from extractors.relation_repairs import _stranded_partner
from extractors.relation_subjects import _controller_tokens, subject_actors
from extractors.token_table import children_of, morph_get


#: Event types that join their participants both ways: "la coopération entre A et B".
MUTUAL_TYPES = {"Consult", "Cooperate", "Agree"}

def between_actors(noun: Token, actors: ArticleActors) -> list[str]:
    """The actors of "entre A et B" under an event noun."""
    return [k for child, case in arguments_of(noun) if "entre" in case for k in enumerated(child, actors)]


def _presupposed(noun: Token) -> bool:
    """A definite, demonstrative or possessive event noun: under a negated verb the event still happened ("n'a pas
    apprécié la visite de X à Y"); only "pas de", "aucun" ("n'a décidé aucune sanction") deny it."""
    return any(d.morph.get("Definite") == ["Def"] or d.morph.get("PronType") == ["Dem"] or d.morph.get("Poss") == ["Yes"]
               for d in noun.children if d.dep_ == "det")


def _nominal(noun: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
             context: list[str], *, carrier: Token | None = None) -> Iterator[Relation]:
    """"l'offensive de Moscou en Ukraine", "le soutien de Pékin à Moscou", "l'entretien entre A et B",
    "les sanctions américaines contre l'Iran", "l'invasion du Koweït par l'Irak", "les sanctions imposées par
    les États-Unis à l'Iran", "son soutien à la Russie". A light verb ``carrier`` ("veut renforcer la coopération
    entre A et B") gives its polarity and modality."""
    subject, objects, between = nominal_sides(noun, event_type, actors, trig, context)
    evidence = sentence_evidence(noun)
    polarity = noun.dep_ == "obj" and negated(noun.head, noun) and not _presupposed(noun)
    mode = None
    if carrier is not None:
        polarity, mode = negated(carrier, noun), modality(carrier, trig)
    clause = noun.head.head if noun.dep_ == "nmod" else noun.head
    if carrier is None and len(between) >= 2 and not between_actors(noun, actors) and clause.pos_ == "VERB":
        polarity, mode = negated(clause, noun), modality(clause, trig)  # "aucun accord n'a été signé entre A et B"
    if len(between) >= 2 and not subject and event_type == "Assault":
        yield Relation(between[0], between[1], action, event_type, evidence, polarity, mode, symmetric=True)
        return  # "la guerre entre Israël et le Hamas", "les affrontements entre l'armée et les rebelles"
    if len(between) >= 2 and not subject and event_type in MUTUAL_TYPES:
        for other in between[1:]:  # "accord entre la Grèce et la BCE, la Commission et le FMI": one per partner
            yield Relation(between[0], other, action, event_type, evidence, polarity, mode, symmetric=True)
        return
    if len(between) == 1 and len(subject) == 1 and event_type in MUTUAL_TYPES:
        objects += between
    for s in subject:
        for o in dict.fromkeys(objects):
            if s != o and actors.actors[s].kind in ACTOR_KINDS:
                yield Relation(s, o, action, event_type, evidence, polarity, mode)


def nominal_sides(noun: Token, event_type: str, actors: ArticleActors, trig: Triggers,
                   context: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The (agents, targets, "entre" partners) of an event noun, before any relation is built."""
    subject: list[str] = []
    objects: list[str] = []
    between: list[str] = []
    preps = trig.preps.get(event_type, trig.preps["default"])
    agent: list[str] = []
    holders = [noun] + [c for c in noun.children if c.dep_ in {"acl", "acl:relcl"} and c.morph.get("VerbForm") == ["Part"]]
    phrase = trig.noun_phrase_at(noun)
    if phrase:  # "la vente d'armes à Taïwan": the target hangs on the last word of the phrase
        holders += [c for c in noun.children if c.dep_ == "nmod" and c.i <= noun.i + len(phrase.tail)
                    and fold(c.text) in phrase.tail]
    for holder in holders:
        for child in holder.children:
            case = {fold(c.text) for c in children_of(child) if c.dep_ == "case"}
            if child.dep_ == "obl:agent" or (child.dep_ in {"nmod", "obl", "obl:arg", "obl:mod"} and "par" in case):
                agent += actor_keys(child, actors)
    agent = agent or _blamed_for(noun, actors, trig)  # "a sanctionné la Russie pour l'annexion de la Crimée"
    for holder in holders:
        participle = holder is not noun
        for child, case in arguments_of(holder):
            if child.dep_ == "amod" and not subject and not participle:
                subject = actors.mentions_in(child.idx, child.idx + len(child.text))  # "les sanctions américaines"
                continue
            if child.dep_ not in {"nmod", "obl", "obl:arg", "obl:mod", "det"}:
                continue
            if child.dep_ == "det" and morph_get(child, "Poss") == ["Yes"]:
                if not subject:
                    subject = _possessor(noun, child, actors, context)  # "son soutien à la Russie"
                continue
            keys = actor_keys(child, actors)
            if "entre" in case:
                between = enumerated(child, actors) + _stranded_partner(child, actors)
                between = between or _our_countries(child, context)
            elif "par" in case:
                continue
            elif case & DE_WORDS and not participle and patient_noun(noun):
                objects += keys  # "l'invasion de l'Ukraine": what is invaded, never the invader
            elif case & DE_WORDS and not participle and not subject and not agent:
                # "la fourniture d'armes de l'Occident à Kiev"; "l'attentat de Kaboul" names a place, no author
                subject = place_not_author(noun, child, actors, keys) or _theme_owner(child, actors)
                # parser repair: "l'attaque du Hamas contre Israël" with "contre Israël" hung on "Hamas"
                objects += [k for g, g_case in arguments_of(child) if g.dep_ == "nmod" and g_case & preps
                            and not g_case & DE_WORDS for k in actor_keys(g, actors)]
            elif case & DE_WORDS and agent and not participle:
                objects += keys  # "l'invasion du Koweït par l'Irak"
            elif case & preps:
                objects += keys
    if not between and event_type in MUTUAL_TYPES:
        between = _clause_between(noun, actors, context)  # "un accord a été signé entre A et B"
    if agent:
        subject = agent
    elif not objects and event_type in ENDURED_TYPES:
        objects = endured_patients(noun, actors)  # "Frappée par des sanctions américaines, la Russie …"
    return subject, objects, between


#: Event types of a verb that blames its object for an act: "sanctionner X pour Y", "accuser X pour Y".
_BLAMING_TYPES = {"Coerce", "Accuse", "Protest", "Threaten"}


def _blamed_for(noun: Token, actors: ArticleActors, trig: Triggers) -> list[str]:
    """The author of an act named after "pour" by a verb that blames its object: "Les États-Unis ont sanctionné la
    Russie pour l'annexion de la Crimée" -> Russie (the act's "de" complement is then its target). Not with a
    possessive ("pour son annexion", see ``_possessor``) or a verb that does not blame ("a félicité X pour …")."""
    verb = noun.head
    if not noun.dep_.startswith("obl") or verb.pos_ != "VERB" or trig.verbs.get(fold(verb.lemma_)) not in _BLAMING_TYPES:
        return []
    if not any(c.dep_ == "case" and fold(c.text) == "pour" for c in noun.children) or any(
            c.dep_ == "det" and c.morph.get("Poss") == ["Yes"] for c in noun.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i < noun.i]
    if len(objects) != 1:
        return []
    end = objects[0].right_edge.idx + len(objects[0].right_edge.text)
    if actors.mentions_in(end, noun.idx):
        return []  # "a sanctionné la Chine pour … et sur la Russie pour l'annexion …": another actor comes between
    return actor_keys(objects[0], actors)


def _clause_between(noun: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """The "entre A et B" of the clause whose subject (or object) is the event noun (or the noun it complements):
    "un accord a été signé entre A et B", "un modèle de coopération s'est formé entre nos pays"."""
    node = noun
    for _ in range(2):
        if node.dep_ == "nmod" and node.head.pos_ == "NOUN":
            node = node.head
    if node.dep_ not in {"nsubj", "nsubj:pass", "obj"} or node.head.pos_ != "VERB":
        return []  # "obj": "l'Égypte a accueilli des pourparlers entre A et B" with "entre" hung on the verb
    for child, case in arguments_of(node.head):
        if "entre" in case:
            return enumerated(child, actors) + _stranded_partner(child, actors) or _our_countries(child, context)
    return []


def _our_countries(noun: Token, context: list[str]) -> list[str]:
    """"nos pays" in a quote told to an addressee: the speaker's and the addressee's states (``RelationContext``)."""
    return context.our_countries(noun) if hasattr(context, "our_countries") else []


def _possessor(noun: Token, det: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """Who "son"/"leur" points to in a nominal event: the object of an accusation it explains ("a dénoncé l'Iran
    pour son soutien"), else the subject of the governing verb ("Elle était connue pour sa prise de bec")."""
    node = noun
    while node.pos_ != "VERB" and node.head != node and node.dep_ in {"nmod", "obl", "obl:arg", "obl:mod", "obj", "nsubj", "appos"}:
        node = node.head
    if node.pos_ not in {"VERB", "ADJ"} and not any(c.dep_ == "cop" for c in node.children):
        return []
    keys: list[str] = []
    case = {fold(c.text) for c in noun.children if c.dep_ == "case"}
    if noun.dep_.startswith("obl") and case & {"pour", "par", "apres"}:  # "sanctionné X après son invasion de Y"
        # "a dénoncé l'Iran pour son soutien", "sanctions à la Russie pour son opération": the one blamed
        controllers = _controller_tokens(node)
        if "apres" in case:  # "sanctionné X après son invasion": the object; "rentré à Washington après sa visite": none
            controllers = [c for c in controllers if c.dep_ == "obj"]
        keys = [k for c in controllers for k in actor_keys(c, actors)]
        if not keys and not any(c.dep_ == "obj" for c in node.children):
            keys = subject_actors(node, actors, context)  # "connue pour sa prise de bec avec X": the one described
    elif noun.dep_ == "obj" and fold(node.lemma_) in _OWN_ACTS:
        keys = subject_actors(node, actors, context)  # "a réaffirmé son soutien", "poursuit sa coopération"
    plural = fold(det.text) in {"leur", "leurs"}
    if not plural and len(keys) == 1:
        return keys
    if plural and (len(keys) >= 2 or (len(keys) == 1 and actors.actors[keys[0]].kind in {"Organization", "Country"})):
        return keys
    return []


#: Verbs after which "son X" is the subject's own act: "a réaffirmé son soutien à Kiev" (not light verbs: the
#: light-verb path already takes the subject).
_OWN_ACTS = {"reaffirmer", "rappeler", "confirmer", "annoncer", "intensifier", "poursuivre", "justifier", "expliquer",
             "officialiser", "formuler", "deposer", "presenter", "renouveler", "reiterer", "maintenir", "adresser"}


def _theme_owner(theme: Token, actors: ArticleActors) -> list[str]:
    """The actor behind the thing an event moves or uses, when the parser hangs it on that thing: "la fourniture
    d'armes de l'Occident" (Occident), "les livraisons d'armes américaines" (États-Unis). Not for places, where
    "de" names the place itself ("l'attaque de la ville de Homs")."""
    if theme.pos_ != "NOUN" or fold(theme.text) in _HELD_PLACES or actors.resolve(theme):
        return []
    keys: list[str] = []
    for child, case in arguments_of(theme):
        if child.dep_ == "amod":
            keys += actors.mentions_in(child.idx, child.idx + len(child.text))
        elif child.dep_ == "nmod" and case & DE_WORDS and child.i > theme.i:
            keys += actor_keys(child, actors)
    return list(dict.fromkeys(keys))


#: Event types whose object, when it is an act, is the act's author: "a condamné l'invasion de l'Ukraine par la
#: Russie" accuses Russia, not Ukraine (gold: "a condamné la fourniture d'armes de l'Occident à Kiev" -> Occident).
BLAME_TYPES = {"Accuse", "Protest"}


def event_authors(act: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> list[str]:
    """The author of an act named by a noun: the agent of an event noun ("l'invasion de l'Ukraine par la Russie",
    "les frappes russes") or of a participle on it ("une démonstration de force menée par la Chine")."""
    if act.pos_ != "NOUN" or actors.resolve(act):
        return []
    event_type = trig.noun_type(act)
    if event_type is not None:
        subject, _, _ = nominal_sides(act, event_type, actors, trig, context)
        if subject:
            return subject
    return participle_agents(act, actors)


def participle_agents(act: Token, actors: ArticleActors, lemmas: set[str] | None = None) -> list[str]:
    """The agents of a participle on a noun or its complement: "un cessez-le-feu exigé par le Hamas" -> Hamas;
    with ``lemmas``, only participles of those verbs ("exigé", not "les attaques menées par X")."""
    if act.pos_ != "NOUN" or actors.resolve(act):
        return []
    participles = [c for n in [act, *(c for c in act.children if c.dep_ == "nmod")] for c in n.children
                   if c.dep_ in {"acl", "acl:relcl"} and c.morph.get("VerbForm") == ["Part"]
                   and (lemmas is None or fold(c.lemma_) in lemmas)]
    return [k for p in participles for c in p.children if c.dep_ == "obl:agent" for k in actor_keys(c, actors)]


_AIMING = language_data("fr").words("relation_aiming_participles")


def aimed_objects(noun: Token, actors: ArticleActors) -> list[str]:
    """"des sanctions visant la Russie", "des enquêtes ciblant X": the object of a present participle of aiming that
    modifies the event noun."""
    return [k for p in noun.children if p.dep_ == "acl" and p.pos_ == "VERB" and fold(p.lemma_) in _AIMING
            and p.morph.get("Tense") == ["Pres"] for c in p.children if c.dep_ == "obj" for k in actor_keys(c, actors)]
