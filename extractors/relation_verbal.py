"""The relations of one event found on a verb: its subjects (or the agents of a passive) act on its objects.

``extractors.relations`` finds the trigger and the event type; ``verbal_relations`` takes the verb (or the light
verb of an event noun: "imposer des sanctions à X"), finds both sides (direct objects, prepositions that fit the
event type, owners and authors of object nouns, recipients of transfers), its polarity and modality, and yields one
``Relation`` per subject and object ("A et B se sont rencontrés": one symmetric relation per pair).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.events import EXCHANGE_VERBS, GOVERNORS, HANDOVER_VERBS, Triggers, denied_by, is_reflexive, modality, negated
from extractors.lang import fold
from extractors.model import ACTOR_KINDS, Relation
from extractors.relation_args import STATELESS_HEADS, A_WORDS, DE_WORDS, _VENUE_PREPS, NEAR, arguments_of, has_case, is_venue, actor_keys, owner_actors, sentence_evidence
from extractors.relation_compared import compared_actors
from extractors.relation_context import TOPIC_TYPES, denounced_authors, event_author, headline_topic
from extractors.relation_judgements import judged_act_authors
from extractors.relation_nominal import BLAME_TYPES, aimed_objects, event_authors, participle_agents
from extractors.relation_proposals import PROPOSAL_VERBS
from extractors.relation_refused_acts import pressure_owners, refusal_turned
from extractors.relation_attachment import bare_conjuncts
from extractors.relation_repairs import (
    _bare_object, _only_object, _relative_antecedent, _repaired_lemma, _stranded_names, _stranded_recipients,
    _subject_of_conjunct, _weekday_objects,
)
from extractors.relation_clitics import clitic_person
from extractors.relation_appositions import apposed_pair
from extractors.relation_stray_objects import interjected_datives, quoted_adverb_objects, stray_demonstrative_objects
from extractors.relation_subjects import agent_tokens, is_passive, patient_actors, subject_actors, collective_sides

#: Dependencies of a verb's (or an event noun's) arguments that can name the object of the event.
_OBJECT_DEPS = {"obj", "obl", "obl:arg", "obl:mod", "iobj", "nmod"}
#: Kinds of actor that can be the subject of a relation.
#: Event types whose reflexive verbs are inherent, not reciprocal ("s'opposer à", "s'abstenir"), unless "mutuellement".
_ONE_WAY_TYPES = {"Reject", "Demand", "Protest"}
#: Adverbs that make a reflexive verb reciprocal: "se soutenir mutuellement".
_MUTUALLY = {"mutuellement", "reciproquement", "l'un", "l'une", "les uns", "les unes"}
#: Consult verbs whose partner is the direct object ("rencontrer X", "recevoir X"): "à" after them is a place.
_GUEST_VERBS = {"rencontrer", "recevoir", "accueillir", "visiter", "consulter", "reunir"}
#: Event types whose verb hands something over to a recipient ("livrer des armes à X", "imposer des sanctions à X").
_TRANSFER_TYPES = {"Support", "Coerce", "Cooperate"}
#: Nouns of a fronted topic adverbial that names the side acting: "Du côté croate, …", "De son côté, …".
_TOPIC_NOUNS = {"cote"}


def verbal_relations(verb: Token, trigger: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
            context: list[str], *, holders: list[Token] = (), objects: list[str] | None = None) -> Iterator[Relation]:
    """One ``Relation`` per subject and object of the event ``event_type`` on ``verb`` (``trigger``: its event noun,
    or the verb itself); ``objects`` given replace the ones found, ``holders`` are nouns whose arguments count too."""
    governor = verb.head if verb.dep_ == "xcomp" and verb.head != verb and fold(verb.head.lemma_) in GOVERNORS else None
    own_type = event_type  # "a refusé de coopérer avec X": the refused act's prepositions find X
    if governor is not None:  # "a refusé de soutenir l'Ukraine" -> Reject; "a menacé d'envahir X" -> Threaten
        if refusal_turned(governor, event_type):  # "a refusé de sanctionner X malgré la pression de Y": Reject of Y
            objects = pressure_owners(governor, verb, actors, trig)
            if not objects:
                return
        event_type, action = GOVERNORS[fold(governor.lemma_)], governor.lemma_.lower()
    if is_passive(verb):
        subjects = [k for a in agent_tokens(verb) for k in actor_keys(a, actors)]
        patients = patient_actors(verb, actors, context) or [
            k for c in verb.children if c.dep_ == "nsubj:pass" and not has_case(c)
            for k in event_author(c, event_type, trig, context, actors, subjects)]
        # "Ces frappes ont été condamnées par la Russie": the authors of the strikes
        objects = patients + (objects or _objects(verb, trigger, event_type, actors, trig, exclude=subjects, holders=holders, direct=False))
        objects = [k for k in dict.fromkeys(objects) if k not in subjects]
    else:
        subjects = subject_actors(verb, actors, context)
        if objects is None:
            objects = _objects(verb, trigger, own_type, actors, trig, exclude=subjects, holders=holders, context=context)
            if not objects and trigger is verb:
                antecedent = _relative_antecedent(verb, actors)
                subjects = [k for k in subjects if k not in antecedent]
                objects = antecedent
            if not objects and event_type in TOPIC_TYPES:
                objects = [k for k in headline_topic(verb, actors) if k not in subjects]
            if not objects and event_type == "Accuse" and trigger is verb:
                objects = denounced_authors(verb, subjects, trig, context, actors)  # "dénonce un « coup d'État »"
            if not objects and event_type == "Accuse" and trigger is verb and fold(verb.lemma_) not in trig.naming_verbs:
                objects = judged_act_authors(verb, subjects, actors, context)  # "a dénoncé ces mesures"
    subjects = [k for k in subjects if actors.actors[k].kind in ACTOR_KINDS]
    contrast, same = compared_actors(verb, actors, subjects)
    objects = [k for k in objects if k not in contrast and k not in same]
    reciprocal = is_reflexive(verb) and (event_type not in _ONE_WAY_TYPES or any(fold(t.text) in _MUTUALLY for t in verb.subtree))
    # "se sont rencontrés", "se sont affrontés"; "les deux pays s'opposent à X" is no Reject of each other
    polarity = negated(governor or verb, trigger)
    denial = denied_by(verb)
    if denial is not None:
        polarity = not negated(denial, denial)  # "a nié avoir attaqué X": a negated Assault
    mode = modality(governor or verb, trig)
    evidence = sentence_evidence(verb)
    exchange = fold(verb.lemma_) in EXCHANGE_VERBS  # "A et B échangent des tirs": each fires on the other
    if (reciprocal or exchange or event_type in {"Consult", "Cooperate", "Agree"}) and len(subjects) >= 2 and not objects \
            and not _partnered(verb, trigger):
        sides = [side for side in collective_sides(verb, actors) if not set(subjects) <= side]
        for i, first in enumerate(subjects):  # "Washington, Tokyo et Séoul se sont réunis": every pair
            for second in subjects[i + 1:]:
                if any(first in side and second in side for side in sides) or apposed_pair(verb, first, second, actors):
                    continue  # "Téhéran et les Européens": the Europeans do not meet each other
                yield Relation(first, second, action, event_type, evidence, polarity, mode, symmetric=True)
        return
    for subject in subjects:
        for obj in objects:
            if obj != subject:
                yield Relation(subject, obj, action, event_type, evidence, polarity, mode)
    if subjects:  # "Contrairement aux États-Unis, la Chine n'a imposé aucune sanction à la Russie": the US did
        for other, flipped in [(k, not polarity) for k in contrast] + [(k, polarity) for k in same]:
            for obj in objects:
                if obj != other and actors.actors[other].kind in ACTOR_KINDS:
                    yield Relation(other, obj, action, event_type, evidence, flipped, mode)


def _apposed_object(child: Token, holder: Token) -> bool:
    """Parser repair: a second direct object set off by a comma after the first is an apposition to it ("a défendu
    le droit d'asile, « une tradition de la diplomatie mexicaine »"), not a second target."""
    if not any(c.dep_ == "obj" and c.i < child.i for c in holder.children):
        return False
    before = child.left_edge.i - 1
    while before > 0 and child.doc[before].text in {"«", "“", '"'}:
        before -= 1
    return before >= 0 and child.doc[before].text == ","


def _warned_party(verb: Token, holders, actors: ArticleActors) -> bool:
    """A warning with its addressee as a caseless object ("mettre en garde Lima", "avertir Séoul")."""
    return any(actor_keys(c, actors) for h in [verb, *holders] for c in h.children
               if c.dep_ == "obj" or (c.dep_ == "nmod" and h.pos_ == "NOUN" and not has_case(c)))


def guest_senders(noun: Token, actors: ArticleActors, trig: Triggers) -> list[str]:
    """Who sent a delegation or an envoy: "une délégation russe" -> Russie, "une délégation du Hamas" -> Hamas."""
    if fold(noun.lemma_) not in trig.guest_nouns and fold(noun.text) not in trig.guest_nouns:
        return []
    return actor_keys(noun, actors) or [k for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & DE_WORDS for k in actor_keys(c, actors)]


def _objects(verb: Token, trigger: Token, event_type: str, actors: ArticleActors, trig: Triggers, *,
             exclude: list[str], holders: list[Token] = (), direct: bool = True, context: list[str] | None = None) -> list[str]:
    preps = trig.preps.get(event_type, trig.preps["default"])
    own = trig.noun_preps.get(fold(trigger.lemma_)) or trig.noun_preps.get(fold(trigger.text), set())
    preps = preps | own  # "exprimer sa solidarité avec X", "adresser une protestation à X", "rompre avec X"
    keys: list[str] = []
    backed_owner = event_type == "Support" and trigger is verb and any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and not actors.actor_at(c) and owner_actors(c, actors, event_type) for c in verb.children)
    for holder in [verb] + ([] if trigger is verb else [trigger]) + list(holders):
        for child, case in arguments_of(holder):
            if child.i < verb.i and fold(child.text) in _TOPIC_NOUNS:
                continue  # "Du côté croate, le Premier ministre a rejeté …": the side speaking, no target
            if child.i < verb.i and case and case <= A_WORDS and (child.right_edge.text == "," or (
                    child.right_edge.i + 1 < len(child.doc) and child.doc[child.right_edge.i + 1].text == ",")):
                continue  # "À Washington, la Maison Blanche a défendu sa décision": where, not to whom
            if backed_owner and holder is verb and case & A_WORDS:
                continue  # "soutient la candidature du Brésil au Conseil de sécurité": the owner is backed, "à" is where to
            if event_type == "Accuse" and "contre" in case and fold(child.text) in STATELESS_HEADS:
                continue  # "a dénoncé une mesure punitive contre les commerçants des deux pays": the victims
            if child.dep_ == "obj" and _apposed_object(child, holder):
                continue  # "a défendu le droit d'asile, « une tradition de la diplomatie mexicaine »": what it is
            bare = _bare_object(child, case, holder)
            if (child.dep_ not in _OBJECT_DEPS and not _only_object(child) and not bare) or child is trigger or child in holders:
                continue
            if bare and trigger is verb:
                if direct:
                    keys += [actors.actor_at(child)] if actors.actor_at(child) else (actor_keys(child, actors) or owner_actors(child, actors, event_type)) if child.dep_ == "conj" else []
                    keys += bare_conjuncts(child, actors)  # "a appelé Washington et Paris à …" (names hung as a predicate)
                continue
            is_direct = child.dep_ == "obj" or (child.dep_ == "nmod" and not case and holder.pos_ == "VERB") or _only_object(child) \
                or _phrase_object(child, case, holder, holders)
            if is_direct and trigger is verb:
                if direct:
                    owned = owner_actors(child, actors, event_type) if child.pos_ == "NOUN" and not actors.actor_at(child) else []
                    # "l'ingérence des pays occidentaux et notamment des États-Unis": the owner and the conjunct
                    if event_type == "Consult":
                        owned += guest_senders(child, actors, trig)  # "a reçu une délégation du Hamas"
                    authors = event_authors(child, actors, trig, context) if event_type in BLAME_TYPES else \
                        participle_agents(child, actors, _asked_for(trig)) if event_type == "Reject" else []
                    # "rejette un cessez-le-feu exigé par X": what X asked for or proposed
                    keys += authors or (actor_keys(child, actors) + owned) or event_author(child, event_type, trig, context, actors, exclude) \
                        or clitic_person(child, actors, exclude) or (context.our_owner(child) if hasattr(context, "our_owner") else [])
                    if (event_type in _TRANSFER_TYPES or fold(verb.lemma_) in HANDOVER_VERBS) and child.pos_ == "NOUN" \
                            and not actors.actor_at(child) \
                            and not (event_type == "Support" and (owned or _hostile_measure(child, trig))):
                        keys += _stranded_recipients(child, actors)  # "a livré des hélicoptères de combat à Damas"
                        # ("a soutenu les sanctions imposées au Niger" backs the measure, not Niger; "soutenir la
                        # candidature de l'Inde au Conseil de sécurité" backs its owner, not the Conseil)
            elif (case & preps or child.dep_ == "iobj" or _blamed_dative(holder, child, case, trig)
                  or (holder in holders and holder.pos_ == "NOUN" and holder.i > verb.i and child.dep_ == "nmod"
                      and case & DE_WORDS and not _ownerless_tail(holder)
                      and not any(c.dep_ == "obj" and c not in holders for c in verb.children))) and not case & NEAR \
                    and not _complaint_addressee(event_type, case):
                # "rester aux côtés de X", "prendre le parti de X": the "de" of the phrase's own noun names the target
                # (not with a direct object: "met en cause les organismes de renseignement syriens")
                if holder is trigger and child.dep_ == "nmod" and case & DE_WORDS and event_type not in {"Coerce", "Assault", "Accuse"}:
                    continue
                ties_venue = event_type == "Cooperate" and holder is trigger and trigger is not verb
                if case & _VENUE_PREPS and is_venue(child, actors) and (ties_venue or not _dative(child, case, event_type)) \
                        and not case & own and not (_blamed_dative(holder, child, case, trig)  # "reproche à Paris de"
                                                    and (child.left_edge.i == 0 or child.doc[child.left_edge.i - 1].text != ",")):  # not ", à Genève,"
                    continue  # "a rencontré Modi à New Delhi", "renforcer la coopération portuaire à Arica": the place
                if event_type == "Consult" and fold(holder.lemma_) in _GUEST_VERBS and case & A_WORDS:
                    continue  # "a reçu Modi à l'Élysée": a verb of a guest takes its partner directly, "à" is the place
                if event_type == "Threaten" and "contre" in case and _warned_party(verb, holders, actors):
                    continue  # "a mis en garde Lima contre les prêts de Pékin": Lima is warned, Pékin is the danger
                keys += actor_keys(child, actors) or owner_actors(child, actors, event_type) or clitic_person(child, actors, exclude)
    if not keys and trigger is verb and direct:  # "ont frappé à plusieurs reprises des positions des Houthis"
        keys += [k for n in _weekday_objects(verb) for k in (actor_keys(n, actors) or owner_actors(n, actors, event_type))]
    if not keys and trigger is verb and direct:  # "a rejeté ces accusations et dénoncé …" ("accusations" parsed as the
        keys += [k for n in _subject_of_conjunct(verb) + stray_demonstrative_objects(verb)  # subject of "dénoncé";
                 # "a rejeté « catégoriquement » ces accusations" hung as a modifier)
                 for k in (actor_keys(n, actors) or event_author(n, event_type, trig, context, actors, exclude))]
    if not keys and trigger is verb and direct:  # "qu'il soutenait « pleinement » les autorités de Gibraltar"
        keys += [k for n in quoted_adverb_objects(verb) for k in (actor_keys(n, actors) or owner_actors(n, actors, event_type))]
    if not keys and trigger is verb and direct and _repaired_lemma(fold(verb.lemma_), verb, trig) in trig.dative_targets:
        # "reproche en retour à Paris de …": the "à" phrase hung on the interjected adverbial
        keys += [k for n in interjected_datives(verb) for k in actor_keys(n, actors)]
    if not keys and trigger is not verb:
        keys += aimed_objects(trigger, actors)  # "a infligé des sanctions visant la Russie"
        keys += _stranded_names(trigger, preps, actors)  # "des sanctions contre les groupes X et Y" (X hung on "sanctions")
        if event_type in _TRANSFER_TYPES:
            venues = _venues_under(trigger, actors) if event_type == "Cooperate" else set()
            keys += [k for k in _stranded_recipients(trigger, actors) if k not in venues]
            # "une enveloppe d'aide de 2 milliards à l'Ukraine"; "la coopération portuaire à Arica" is where, not with whom
    return [k for k in dict.fromkeys(keys) if k not in exclude]


#: Event types of a measure taken against someone: backing it is no Support of its target.
_HOSTILE_MEASURES = {"Coerce", "Assault", "Threaten", "Accuse"}


def _hostile_measure(noun: Token, trig: Triggers) -> bool:
    """Is ``noun`` a hostile measure ("les sanctions imposées au Niger", "les frappes contre X")?"""
    return trig.noun_type(noun) in _HOSTILE_MEASURES


def _venues_under(noun: Token, actors: ArticleActors) -> set[str]:
    """The cities named as a place ("à Arica", "à Dakar") inside an event noun's phrase."""
    return {k for t in noun.subtree if t is not noun and t.dep_ in {"nmod", "obl"} and is_venue(t, actors)
            and {fold(c.text) for c in t.children if c.dep_ == "case"} & _VENUE_PREPS for k in actor_keys(t, actors)}


def _phrase_object(child: Token, case: set[str], holder: Token, holders: list[Token]) -> bool:
    """Parser repair: a name right after a fixed phrase, hung on the phrase's noun with no preposition, is the
    phrase's direct object ("a mis en garde Pyongyang contre …", "Pyongyang" parsed as a modifier of "garde";
    "a pointé du doigt la Russie")."""
    return not case and child.dep_ == "nmod" and child.pos_ == "PROPN" and holder in holders \
        and child.left_edge.i == holder.i + 1  # "a pointé du doigt la Russie": its article may come between


def _complaint_addressee(event_type: str, case: set[str]) -> bool:
    """"s'est plaint auprès de l'ONU", "a dénoncé auprès de Bruxelles": "auprès de" names whom an accusation is
    addressed to, not its target."""
    return event_type == "Accuse" and "aupres" in case


def _partnered(verb: Token, trigger: Token) -> bool:
    """"A et B ont signé avec lui un pacte": a partner after "avec" that names no actor; A and B did not act on each
    other."""
    return any("avec" in case for holder in {verb, trigger} for _, case in arguments_of(holder))


def _ownerless_tail(noun: Token) -> bool:
    """A phrase noun whose "de" is no target: "le feu de ses canons" (a possessive determiner already owns it)."""
    return any(c.dep_ == "det" and fold(c.text) in {"son", "sa", "ses", "leur", "leurs"} for c in noun.children)


def _blamed_dative(holder: Token, child: Token, case: set[str], trig: Triggers) -> bool:
    """"reprocher à la Cédéao son manque de soutien", "faire grief à X de": the "à" argument is the one blamed."""
    if child.dep_ not in {"obl:arg", "obl", "iobj", "obl:mod"} or not case & A_WORDS:
        return False  # ("La Chine reproche au Japon sa politique": the parser may take "au Japon" for a modifier)
    phrase = trig.phrase_at(holder) if holder.pos_ == "VERB" else None
    lemma = _repaired_lemma(fold(holder.lemma_), holder, trig) if holder.pos_ == "VERB" else fold(holder.lemma_)
    return lemma in trig.dative_targets or (phrase is not None and phrase[0].text in trig.dative_targets)


def _dative(child: Token, case: set[str], event_type: str) -> bool:
    """"a demandé à Berlin de livrer", "a livré des armes à Kiev": a city after "à" as the argument of a non-meeting
    verb is its state acting (a venue only for a meeting: "a rencontré Modi à New Delhi")."""
    if event_type == "Consult" or not case & {"a"}:
        return False
    # "a promis de livrer des chars à Kiev": after a transfer with its thing handed over, "à" names the recipient
    return child.dep_ in {"obl:arg", "iobj"} or (event_type in _TRANSFER_TYPES and (any(
        c.dep_ == "obj" and c.pos_ == "NOUN" for c in child.head.children) or (child.head.dep_ == "obj" and child.head.pos_ == "NOUN")))


def _asked_for(trig: Triggers) -> set[str]:
    """Verbs of asking and proposing: a rejected thing they carry rejects their agent."""
    return {lemma for lemma, kind in trig.verbs.items() if kind == "Demand"} | PROPOSAL_VERBS
