"""Checks of ``extractors.relations`` on a trigger verb that decide whether it is an event of its own.

A transfer needs a recipient ("livrer des armes à X"), "voter" needs "pour", "recevoir" a person or a
delegation as guest; "appeler" is a demand with "à" + an infinitive or a thing, a naming with « … »; a request
addressed to another ("demander au Conseil de sanctionner X") is no act of the asker; a denial with an infinitive
leaves the event to the infinitive.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.events import Triggers, denied_by, is_reflexive, requested_by, stopped_by
from extractors.lang import fold, language_data
from extractors.relation_args import A_WORDS, _LEADERS, actor_keys, has_case
from extractors.relation_subjects import is_passive, patient_actors
from extractors.relation_verbal import guest_senders

#: Verbs of urging that are a Demand only with "X à" + an infinitive (fr.json ``relation_urging_verbs``).
URGING_VERBS = language_data("fr").words("relation_urging_verbs")


def denies_infinitive(verb: Token) -> bool:
    """"a nié à plusieurs reprises avoir attaqué X": the denial has an infinitive (however parsed), no Reject of its own."""
    return any(t.pos_ in {"VERB", "AUX"} and getattr(denied_by(t), "i", None) == verb.i for t in verb.subtree)


def caseless_object(noun: Token) -> bool:
    """Parser repair: "doivent tenir vendredi une réunion d'urgence de leurs représentants" parsed with "une réunion"
    as an ``obl:arg`` though no preposition introduces it: a determined noun with no case is the direct object."""
    return noun.dep_ in {"obl:arg", "obl"} and not has_case(noun) \
        and any(c.dep_ == "det" for c in noun.children)


#: Transfer verbs that are an event only with a recipient actor.
NEEDS_RECIPIENT = {"livrer", "fournir", "transferer", "remettre", "retroceder", "confier"}


#: Trigger verbs that are an event only with their preposition: "voter pour X".
PREPOSITION_ONLY = {"voter": "pour"}


#: Consult verbs that are a meeting only with a person as guest ("recevoir", "accueillir").
PERSON_GUESTS = {"recevoir", "accueillir"}


def person_guest(verb: Token, actors: ArticleActors, context: list[str]) -> bool:
    """The guest of "recevoir"/"accueillir" is a person: the object, or the subject of the passive ("a été reçu par")."""
    if is_passive(verb):
        guests = patient_actors(verb, actors, context)
    else:
        objects = [c for c in verb.children if c.dep_ == "obj"]
        guests = [k for c in objects for k in actor_keys(c, actors, context=context)]
        if any(fold(c.text) in _LEADERS and actor_keys(c, actors, context=context) for c in objects):
            return True  # "a reçu son homologue japonais": a leader stands for the state, and is still a person
    return any(actors.actors[k].kind == "Person" for k in guests)


def delegation_guest(verb: Token, actors: ArticleActors, trig: Triggers) -> bool:
    """"a reçu une délégation russe / du Hamas": a delegation or an envoy of an actor is a guest too."""
    return any(c.dep_ == "obj" and guest_senders(c, actors, trig) for c in verb.children)


def infinitive_on_object(verb: Token) -> bool:
    """"appelle les deux belligérants à garantir …" parsed with the infinitive hung on the object."""
    return any(c.dep_ == "obj" and any(g.dep_ in {"acl", "xcomp"} and g.pos_ == "VERB" and any(
        m.dep_ == "mark" and fold(m.text) == "a" for m in g.children) for g in c.children) for c in verb.children)


def request_addressed(request: Token, act: Token, actors: ArticleActors) -> bool:
    """Does a request verb name whom it asks ("demander au Conseil de …", "appeler Téhéran à …", "lui demander de")?
    A time noun the parser takes for an object is no one ("appelle cet après-midi à voter pour X"); an unnamed group
    after "à" is someone ("demande aux pays de la région de reconnaître X")."""
    return any(c.i != act.i and (c.pos_ == "PRON" or actor_keys(c, actors) or (c.pos_ == "NOUN" and c.dep_ != "obj")) and (
        c.dep_ in {"obj", "iobj"} or (
        c.dep_ in {"obl:arg", "obl"} and any(fold(g.text) in A_WORDS for g in c.children if g.dep_ == "case")))
        for c in request.children) or any(c.dep_ == "xcomp" and c.pos_ == "PROPN" and request.i < c.i < act.i
                                          and actor_keys(c, actors) for c in request.children)
    # (parser: "a appelé Washington et Paris, qui …, à faire pression" with the name hung as a predicate)


def act_not_done(act: Token, actors: ArticleActors) -> bool:
    """An infinitive whose act is stopped or forgone ("a renoncé à faire pression sur X") or asked of another
    ("a appelé Washington à faire pression sur X", "a demandé à Berlin de") asserts no act of the subject."""
    request = requested_by(act)
    return stopped_by(act) is not None or (request is not None and request_addressed(request, act, actors))


def is_appeal(verb: Token, actors: ArticleActors) -> bool:
    """"Le Mexique et le Brésil ont appelé à la levée de l'embargo": no object and "à" + a thing (not an actor) is an
    appeal, never a phone call between the coordinated subjects."""
    if is_reflexive(verb) or any(c.dep_ == "obj" for c in verb.children):
        return False
    return any(c.dep_ in {"obl:arg", "obl"} and c.pos_ == "NOUN" and not actor_keys(c, actors)
               and any(g.dep_ == "case" and fold(g.text) in A_WORDS for g in c.children) for c in verb.children)


def calls_something(verb: Token) -> bool:
    """"appeler X « ami »": an object plus a name or attribute for it."""
    doc = verb.doc
    after = doc[verb.i + 1: min(verb.i + 6, sentence_of(verb).end)]
    return any(t.text in {"«", "“", '"'} for t in after) or any(c.dep_ in {"xcomp", "acl"} and c.pos_ in {"NOUN", "ADJ"} for c in verb.children)


def participle_read_as_finite(verb: Token) -> bool:
    """Parser repair: "… le chalutage de fond, interdit au Sri Lanka depuis 2017" parsed with "interdit" as a passé
    simple conjoined to the main verb. News French does not narrate in the passé simple: a bare past finite verb after
    a comma, with no subject or auxiliary of its own, under a verb that is not itself a passé simple, is a participle
    describing the noun before it, not a second act of the main subject."""
    if verb.dep_ != "conj" or verb.morph.get("VerbForm") != ["Fin"] or verb.morph.get("Tense") != ["Past"] \
            or fold(verb.text).endswith(("a", "as", "rent")):
        return False  # "attaqua", "menacèrent": forms no participle has
    if any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in verb.children) or verb.i == 0:
        return False
    head = verb.head
    head_simple_past = head.morph.get("VerbForm") == ["Fin"] and head.morph.get("Tense") == ["Past"] \
        and not any(c.dep_.startswith("aux") for c in head.children)
    return verb.doc[verb.i - 1].text == "," and not head_simple_past


def urges_without_infinitive(verb: Token) -> bool:
    """"pousser / inciter X à faire" is a Demand only with its "à" + infinitive ("Washington a poussé les deux pays à
    conclure l'accord"); "pousser ses pions", "encourager les efforts de X" ask nothing of anyone."""
    return fold(verb.lemma_) in URGING_VERBS and not asks_infinitive(verb)


#: What one is invited to as a guest (fr.json ``relation_invitation_occasions``).
INVITATION_OCCASIONS = language_data("fr").words("relation_invitation_occasions")


def invites_to_occasion(verb: Token) -> bool:
    """"a invité son homologue Scholz à un dîner / à la cérémonie": an invitation to a social occasion asks nothing
    of the guest, no Demand; "inviter X au sommet", "inviter X à venir", "à la retenue" still ask something."""
    if fold(verb.lemma_) != "inviter" or asks_infinitive(verb):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ == "obj")]
    return any(c.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"} and c.pos_ == "NOUN" and fold(c.text) in INVITATION_OCCASIONS
               and any(g.dep_ == "case" and fold(g.text) in A_WORDS for g in c.children) for h in holders for c in h.children)


def asks_infinitive(verb: Token) -> bool:
    """"appeler / pousser X à faire …": an "à" + infinitive on the verb or on its object (so "a appelé Washington à
    respecter « le droit … »" asks something; the quotation is no name given to Washington)."""
    return infinitive_on_object(verb) or any(
        c.dep_ in {"xcomp", "obl:arg", "advcl"} and c.pos_ == "VERB" and any(m.dep_ == "mark" and fold(m.text) == "a"
                                                                       for m in c.children) for c in verb.children)


#: What a prosecutor or a judge hands over to investigators (fr.json ``relation_case_file_nouns``).
CASE_FILE_NOUNS = language_data("fr").words("relation_case_file_nouns")


def entrusts_case_file(verb: Token) -> bool:
    """"La procureure a confié l'enquête à l'Office central …": handing an inquiry to investigators is the routine
    of a case, no cooperation between the two (gold NOTES: no relation for a police inquiry)."""
    return fold(verb.lemma_) == "confier" and any(
        c.dep_ == "obj" and fold(c.text) in CASE_FILE_NOUNS for c in verb.children)


#: Verbs of command that, with an act noun as object and no one addressed, are the act itself (fr.json
#: ``relation_order_verbs``).
ORDER_VERBS = language_data("fr").words("relation_order_verbs")


def orders_own_act(verb: Token, trig: Triggers) -> bool:
    """"La Somalie a ordonné l'expulsion de l'ambassadeur du Kenya": an order with an event noun as object and no
    addressee ("à X", an infinitive) is carried out by the subject's own agents, so the noun's act (here a Coerce,
    read through the light verb) is the subject's, and there is no Demand of the expelled. "a ordonné à la Russie de
    retirer ses troupes" stays a Demand. An order asked about (``asked_order``) is no act at all."""
    if fold(verb.lemma_) not in ORDER_VERBS:
        return False
    if asked_order(verb):
        return True  # "La Somalie a-t-elle ordonné l'expulsion … ?": a question gives nothing
    # an addressee: "à X" or an infinitive ("a ordonné jeudi l'expulsion": a weekday hung as a nominal xcomp is none)
    if any(c.dep_ == "iobj" or (c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB")
           or (c.dep_.startswith("obl") and any(g.dep_ == "case" and fold(g.text) in A_WORDS for g in c.children))
           for c in verb.children):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and trig.noun_type(c) is not None for c in verb.children)


def asked_order(verb: Token) -> bool:
    """"La Somalie a-t-elle ordonné l'expulsion de l'ambassadeur du Kenya ?": an order asked about is no act, neither
    of the verb nor of the event noun it carries."""
    from extractors.relation_reproaches import asked
    return verb.pos_ == "VERB" and fold(verb.lemma_) in ORDER_VERBS and asked(verb)
