"""Who did what to whom: actor - action - actor relations with event types.

Triggers, polarity and modality come from ``extractors.events``; this module
finds the two sides of each event: the subject (the agent, "par" of a passive:
"X a été attaqué par Y" gives Y -> X) and the objects (direct object, or a
prepositional one whose preposition fits the event type), for verbs, fixed
phrases, light verb + noun ("lancer une offensive contre") and nominal events
("l'attaque des rebelles contre l'armée"). A side that does not resolve to an
actor gives no relation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from extractors.entities import ArticleActors, sentence_of, sentences_of, tokens_in
from extractors.events import (
    DEMAND_SPEECH, DENIALS, GOVERNORS, denied_by, INITIATIVES, Triggers, instrument_type, is_reflexive, modality, negated,
    requested_by, triggers,
)
from extractors.lang import fold
from extractors.model import Relation, Statement
from extractors.relation_cancelled import cancelled_meeting
from extractors.relation_charges import legal_action
from extractors.relation_compared import compared_actors
from extractors.relation_context import TOPIC_TYPES, RelationContext, denounced_authors, event_author, headline_topic
from extractors.relation_excluded import excluded_event
from extractors.relation_judged_relatives import judged_by_participle, judged_in_relative
from extractors.relation_judgements import judged_act_authors, negative_name, unwelcome_relations
from extractors.relation_nominal import (
    _MUTUAL_TYPES, BLAME_TYPES, _between, _nominal, aimed_objects, event_authors, participle_agents,
)
from extractors.relation_args import (
    _DE, _VENUE_PREPS, NEAR, _arguments, _is_venue, _keys, _name_given, _owner, _sentence_evidence,
)
from extractors.relation_pressed import pressed
from extractors.relation_stop_demands import demanded_stop
from extractors.relation_warnings import warned_consequences
from extractors.relation_proposals import PROPOSAL_VERBS
from extractors.relation_ratings import downgrade_relations
from extractors.relation_refused_talks import refused_talks
from extractors.relation_resisted import resisted_pressure
from extractors.relation_stances import stance_relations
from extractors.relation_states import measured
from extractors.relation_received import _ADVERBIAL_TYPES, _RECEIVERS, _adverbial, _adverbial_head, _received
from extractors.relation_repairs import (
    _bare_object, _called_to, _carried, _mistagged_verb, _only_object, _relative_antecedent, _repaired_lemma,
    _stranded_names, _stranded_recipients, _subject_of_conjunct, _theme, _weekday_objects, _weekday_stranded,
)
from extractors.relation_ties import founded_with, threatened_partners, tie_objects
from extractors.relation_visits import visited
from extractors.relation_subjects import (
    _agents, _clause_subjects, _clitic_person, _demand_addressees, _passive, _patients, _subjects, collective_sides,
)

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_OBJECT_DEPS = {"obj", "obl", "obl:arg", "obl:mod", "iobj", "nmod"}
_ACTOR_KINDS = {"Person", "Organization", "Country", "Place"}
#: Parts of speech ``_relations_at`` reads an event from (verbs, event nouns, verbs mistagged as nouns or adjectives).
_TRIGGER_POS = {"VERB", "NOUN", "ADJ"}


def extract_relations(doc: Doc, actors: ArticleActors, *, language: str = "fr",
                      statements: Iterable[Statement] = ()) -> Iterator[Relation]:
    """Yield one ``Relation`` per (subject, object) pair of each event in ``doc``. The article's ``statements`` tell
    who speaks in a quote, for its "nous" ("« Nous soutiendrons l'Ukraine », a dit le ministre X" -> X's state)."""
    trig = triggers(language)
    seen: set[tuple] = set()
    context = RelationContext(actors, statements)
    for number, sentence in enumerate(sentences_of(doc)):
        context.sentence = number
        for token in tokens_in(sentence):
            if token.pos_ not in _TRIGGER_POS:
                continue  # no event is triggered on any other part of speech (see _relations_at): skip the calls
            for relation in _relations_at(token, actors, trig, context):
                key = (relation.subject, relation.object, relation.event_type, relation.evidence.start, relation.negated)
                if key not in seen and relation.subject != relation.object:  # no actor acts on itself
                    seen.add(key)
                    context.record(relation)
                    yield relation
        subjects = [t for t in tokens_in(sentence) if t.dep_ in _SUBJECT_DEPS and t.pos_ in {"PROPN", "NOUN"}]
        for token in sorted(subjects, key=lambda t: (t.head.dep_ == "ROOT", t.i)):
            context.extend(actors.resolve(token))  # the main clause's subject last: the likeliest antecedent of "il"


def _relations_at(token: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    repaired = downgrade_relations(token, actors, trig, context) or pressed(token, actors, trig) \
        or demanded_stop(token, actors, context) or warned_consequences(token, actors, context)  # "« X doit cesser de … »"
    if repaired:  # "Moody's a abaissé la note de l'Espagne", "Washington presse Israël de" ("presse" tagged a noun)
        yield from repaired
        return
    lemma = fold(token.lemma_)
    mistagged = _mistagged_verb(token, trig)
    if token.pos_ == "VERB" or mistagged:
        lemma = mistagged or lemma
        phrase = trig.phrase_at(token)
        if phrase:  # "met en cause X", "ouvrir le feu sur X"
            found, tail = phrase
            holders = [t for t in tail if t.pos_ == "NOUN"]
            yield from _verbal(token, token, found.event_type, found.text, actors, trig, context, holders=holders)
            return
        if lemma in trig.naming_verbs:
            name = _name_given(token, actors)
            if name:  # "a appelé X « la bourgeoise »", "traite X de menteur", "décrit X comme « petite-bourgeoise »"
                yield from _naming(token, name, actors, trig, context)
            if name or trig.verbs.get(lemma) == "Accuse":  # "a qualifié l'Italie pour la finale": no name, no Accuse
                return
        if lemma in trig.en_verbs and any(fold(c.text) == "en" for c in token.children):
            targets = [k for c, case in _arguments(token) if c.dep_.startswith("obl") and case & {"a", "au", "aux"}
                       for k in _keys(c, actors, context=context)]
            yield from _verbal(token, token, trig.en_verbs[lemma], "s'en " + token.lemma_.lower(), actors, trig, context,
                               objects=targets)
            return  # "s'en est pris à X"
        if lemma in DEMAND_SPEECH and lemma not in trig.verbs:
            addressees = _demand_addressees(token, actors)
            if addressees:  # "a dit au président chinois d'entamer des négociations"
                yield from _verbal(token, token, "Demand", token.lemma_.lower(), actors, trig, context, objects=addressees)
            return
        lemma = _repaired_lemma(lemma, token, trig)
        places = visited(token, actors, trig)
        if places:  # "s'est rendu à Bamako puis à Ouagadougou": a visit, a Consult of the states
            yield from _verbal(token, token, "Consult", "se rendre", actors, trig, context, objects=places)
            return
        legal = legal_action(token, actors)
        if legal is not None:  # "a requis dix-huit mois de prison contre X", "a perquisitionné les locaux de X"
            yield from _verbal(token, token, legal[0], token.lemma_.lower(), actors, trig, context, objects=legal[1])
            return
        if lemma in trig.summon_verbs:
            yield from _summoned(token, actors, trig, context)
            return
        if requested_by(token) is not None and _addressed(requested_by(token), token, actors):
            return  # "a demandé au Conseil de sanctionner X": an act asked of another, not done ("appelle à voter pour X" is)
        disliked = unwelcome_relations(token, actors, context) or refused_talks(token, actors, trig, context) \
            or excluded_event(token, actors, trig, context)  # "n'a pas exclu de nouvelles sanctions contre X"
        if disliked:  # "Cette nouvelle baisse n'a pas été appréciée par X": X accuses the author of the act
            yield from disliked
            return
        if lemma not in trig.verbs or (lemma in trig.reflexive_only and not is_reflexive(token)):
            return
        event_type = instrument_type(token, trig.verbs[lemma], trig)  # "frapper X de sanctions": a Coerce
        partners = founded_with(token, actors)
        if partners is not None:  # "ont formé avec le Mali l'Alliance des États du Sahel": no Support of the alliance
            if partners:
                yield from _verbal(token, token, "Cooperate", token.lemma_.lower(), actors, trig, context, objects=partners)
            return
        if lemma == "appeler":
            if any(c.dep_ in {"xcomp", "obl:arg"} and (c.pos_ == "VERB" or any(g.dep_ == "mark" for g in c.children)) for c in token.children) \
                    or _called_to(token, actors) or _infinitive_on_object(token) or _appeal(token, actors):
                event_type = "Demand"  # "appeler X à faire", "appeler X à la retenue", "ont appelé à la levée de …"
            elif _calls_something(token):
                return  # "a appelé Poutine « mon ami »", "se sont appelés « amis »": naming, not a call
        if lemma in _NEEDS_RECIPIENT and not any(c.dep_ in {"obl:arg", "iobj", "obl:mod", "obl"} and _keys(c, actors) for c in token.children) \
                and not any(_stranded_recipients(c, actors) for c in token.children if c.dep_ == "obj"):
            return  # "livrer des armes à X", "transférer le contrôle aux forces afghanes": only with a recipient
        if lemma in _NEEDS_RECIPIENT and (any(c.dep_ in {"ccomp", "parataxis"} or c.text in {"«", "“", ":"} for c in token.children)
                                          or not _theme(token)):
            return  # "il confie au Figaro que …": a confidence (speech); a transfer hands over something
        if lemma in _PREPOSITION_ONLY and not any(_PREPOSITION_ONLY[lemma] in case for _, case in _arguments(token)):
            return  # "voter pour X" backs X; "voter une résolution" backs a text, no actor
        if lemma in _PERSON_GUESTS and not _person_guest(token, actors, context) and not _delegation_guest(token, actors, trig):
            return  # "a reçu Joe Biden" is a meeting; "reçoit la Défense" (a portfolio) is none
        if (lemma in GOVERNORS or lemma in DENIALS) and (any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children)
                                                         or (lemma in DENIALS and _denies_infinitive(token))):
            partners = threatened_partners(token, trig, actors) if GOVERNORS.get(lemma) == "Threaten" else []
            if partners:  # "a menacé de revoir sa coopération avec X": "revoir" is no trigger, the threat is
                yield from _verbal(token, token, "Threaten", token.lemma_.lower(), actors, trig, context, objects=partners)
            return  # "refuser de soutenir X", "menacer d'envahir X": the embedded verb carries the event
        targets = _clause_subjects(token, actors, context) if event_type in {"Demand", "Consult"} else []
        if targets:  # "exige que la Syrie libère…", "a appelé à ce que les rebelles soient tenus responsables"
            yield from _verbal(token, token, "Demand", token.lemma_.lower(), actors, trig, context, objects=targets)
            return
        if lemma in {"bloquer", "contrer", "torpiller", "entraver", "saboter"} and any(
                c.dep_ == "obj" and fold(c.text) in INITIATIVES for c in token.children):
            event_type = "Reject"  # "ont bloqué les efforts du Conseil de sécurité"
        action = mistagged or (lemma if lemma != fold(token.lemma_) else token.lemma_.lower())  # "reproche" -> "reprocher"
        ties = tie_objects(token, trig)  # "rompre ses relations avec X"
        yield from _verbal(token, token, event_type, action, actors, trig, context, holders=ties)
    elif token.pos_ == "NOUN":
        phrase = trig.noun_phrase_at(token)
        event_type = (phrase.event_type if phrase else None) or trig.nouns.get(lemma) or trig.nouns.get(fold(token.text))
        standalone = event_type is not None
        event_type = event_type or trig.light_nouns.get(lemma) or trig.light_nouns.get(fold(token.text))
        judged = judged_in_relative(token, actors, context) or judged_by_participle(token, actors, trig, context) \
            or resisted_pressure(token, actors, trig, context) or cancelled_meeting(token, actors, trig, context)
        if event_type is None or judged or measured(token):  # "les échanges entre A et B dépassent 13 milliards": a state
            yield from judged
            return
        action = phrase.text if phrase else token.lemma_.lower()
        verb = token.head
        if event_type == "Consult" and fold(token.text) in trig.tie_nouns and fold(verb.lemma_) in trig.strengthen_verbs:
            event_type = "Cooperate"  # "renforcer ses échanges avec X": closer ties, not a meeting
        if token.dep_ == "nmod" and fold(verb.text) in trig.carriers and verb.dep_ == "obj" and not _keys(token, actors):
            token, verb = verb, verb.head  # "continuer les projets d'aide": the carrier noun stands in
        stranded = _weekday_stranded(token) or _carried(token, trig)
        if stranded is not None:  # "a annoncé vendredi des sanctions": the parser hangs the object on the weekday
            verb = stranded
        if verb.pos_ == "VERB" and fold(verb.lemma_) in _RECEIVERS and standalone:
            received = list(_received(verb, token, event_type, action, actors, trig, context))
            if received:  # "Assange a obtenu l'asile de l'Équateur": the giver acts on the receiver
                yield from received
                return
        if verb.pos_ == "VERB" and ((fold(verb.lemma_) in trig.light_verbs and (
                token.dep_ == "obj" or stranded is not None or (token.dep_ == "nsubj:pass" and _agents(verb))
                or _caseless_object(token))) or (fold(verb.lemma_) in trig.prep_light_verbs and token.dep_ in {"obl:arg", "obl"})):
            if standalone and event_type in _MUTUAL_TYPES and len(_between(token, actors)) >= 2:
                yield from _nominal(token, event_type, action, actors, trig, context, carrier=verb)  # "la coopération entre A et B"
                return
            kinds = [c for c, case in _arguments(token) if c.dep_ == "nmod" and case & _DE and c.pos_ == "NOUN"
                     and (fold(c.lemma_) in trig.nouns or fold(c.text) in trig.nouns)]  # "un accord de coopération avec X"
            yield from _verbal(verb, token, event_type, action, actors, trig, context, holders=kinds)  # "imposer des sanctions à X"
        elif standalone and event_type in _ADVERBIAL_TYPES and _adverbial_head(token, event_type) is not None:
            yield from _adverbial(_adverbial_head(token, event_type), token, event_type, action, actors, trig, context)
        elif standalone:
            yield from _nominal(token, event_type, action, actors, trig, context)
    elif token.pos_ == "ADJ":  # "la Hongrie est hostile à l'Ukraine", "s'est montré favorable à X"
        yield from stance_relations(token, actors, trig, context)



def _denies_infinitive(verb: Token) -> bool:
    """"a nié à plusieurs reprises avoir attaqué X": the denial has an infinitive (however parsed), no Reject of its own."""
    return any(t.pos_ in {"VERB", "AUX"} and getattr(denied_by(t), "i", None) == verb.i for t in verb.subtree)


def _caseless_object(noun: Token) -> bool:
    """Parser repair: "doivent tenir vendredi une réunion d'urgence de leurs représentants" parsed with "une réunion"
    as an ``obl:arg`` though no preposition introduces it: a determined noun with no case is the direct object."""
    return noun.dep_ in {"obl:arg", "obl"} and not any(c.dep_ == "case" for c in noun.children) \
        and any(c.dep_ == "det" for c in noun.children)


def _asked_for(trig: Triggers) -> set[str]:
    """Verbs of asking and proposing: a rejected thing they carry rejects their agent."""
    return {lemma for lemma, kind in trig.verbs.items() if kind == "Demand"} | PROPOSAL_VERBS


#: Event types whose reflexive verbs are inherent, not reciprocal ("s'opposer à", "s'abstenir"), unless "mutuellement".
_ONE_WAY_TYPES = {"Reject", "Demand", "Protest"}
#: Adverbs that make a reflexive verb reciprocal: "se soutenir mutuellement".
_MUTUALLY = {"mutuellement", "reciproquement", "l'un", "l'une", "les uns", "les unes"}


#: Transfer verbs that are an event only with a recipient actor.
_NEEDS_RECIPIENT = {"livrer", "fournir", "transferer", "remettre", "retroceder", "confier"}
#: Trigger verbs that are an event only with their preposition: "voter pour X".
_PREPOSITION_ONLY = {"voter": "pour"}
#: Consult verbs that are a meeting only with a person as guest ("recevoir", "accueillir").
_PERSON_GUESTS = {"recevoir", "accueillir"}
def _person_guest(verb: Token, actors: ArticleActors, context: list[str]) -> bool:
    """The guest of "recevoir"/"accueillir" is a person: the object, or the subject of the passive ("a été reçu par")."""
    if _passive(verb):
        guests = _patients(verb, actors, context)
    else:
        guests = [k for c in verb.children if c.dep_ == "obj" for k in _keys(c, actors, context=context)]
    return any(actors.actors[k].kind == "Person" for k in guests)


def _delegation_guest(verb: Token, actors: ArticleActors, trig: Triggers) -> bool:
    """"a reçu une délégation russe / du Hamas": a delegation or an envoy of an actor is a guest too."""
    return any(c.dep_ == "obj" and _guest_senders(c, actors, trig) for c in verb.children)


def _guest_senders(noun: Token, actors: ArticleActors, trig: Triggers) -> list[str]:
    """Who sent a delegation or an envoy: "une délégation russe" -> Russie, "une délégation du Hamas" -> Hamas."""
    if fold(noun.lemma_) not in trig.guest_nouns and fold(noun.text) not in trig.guest_nouns:
        return []
    return _keys(noun, actors) or [k for c, case in _arguments(noun) if c.dep_ == "nmod" and case & _DE for k in _keys(c, actors)]


#: Consult verbs whose partner is the direct object ("rencontrer X", "recevoir X"): "à" after them is a place.
_GUEST_VERBS = {"rencontrer", "recevoir", "accueillir", "visiter", "consulter", "reunir"}


def _naming(verb: Token, name: list[Token], actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    """Name-calling is an Accuse of the one named (gold NOTES: "appelé", "décrit ... comme « petite-bourgeoise »");
    a friendly name ("amis", "partenaire") is none, except a reciprocal one: "se sont appelés « amis »" (Cooperate)."""
    friendly = any(fold(t.text) in trig.friendly_names or fold(t.lemma_) in trig.friendly_names for t in name)
    if friendly and not negative_name(name):  # "« humiliante pour un allié »" is no friendly name
        if is_reflexive(verb):
            yield from _verbal(verb, verb, "Cooperate", verb.lemma_.lower(), actors, trig, context, objects=[])
        return
    inside = {t.i for t in name}
    named = [k for c in verb.children if c.dep_ in {"obj", "iobj"} and c.i not in inside
             for k in (_keys(c, actors, context=context) or _clitic_person(c, actors, _subjects(verb, actors, context)))]
    if not named and negative_name(name):  # "a qualifié ces mesures de « chantage »", "l'a qualifiée de « dangereuse »"
        named = judged_act_authors(verb, _subjects(verb, actors, context), actors, context)
    if named:
        yield from _verbal(verb, verb, "Accuse", verb.lemma_.lower(), actors, trig, context, objects=list(dict.fromkeys(named)))


def _verbal(verb: Token, trigger: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
            context: list[str], *, holders: list[Token] = (), objects: list[str] | None = None) -> Iterator[Relation]:
    governor = verb.head if verb.dep_ == "xcomp" and verb.head is not verb and fold(verb.head.lemma_) in GOVERNORS else None
    if governor is not None:  # "a refusé de soutenir l'Ukraine" -> Reject; "a menacé d'envahir X" -> Threaten
        event_type, action = GOVERNORS[fold(governor.lemma_)], governor.lemma_.lower()
    if _passive(verb):
        subjects = [k for a in _agents(verb) for k in _keys(a, actors)]
        patients = _patients(verb, actors, context) or [
            k for c in verb.children if c.dep_ == "nsubj:pass" for k in event_author(c, event_type, trig, context, actors, subjects)]
        # "Ces frappes ont été condamnées par la Russie": the authors of the strikes
        objects = patients + (objects or _objects(verb, trigger, event_type, actors, trig, exclude=subjects, holders=holders, direct=False))
        objects = [k for k in dict.fromkeys(objects) if k not in subjects]
    else:
        subjects = _subjects(verb, actors, context)
        if objects is None:
            objects = _objects(verb, trigger, event_type, actors, trig, exclude=subjects, holders=holders, context=context)
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
    subjects = [k for k in subjects if actors.actors[k].kind in _ACTOR_KINDS]
    contrast, same = compared_actors(verb, actors, subjects)
    objects = [k for k in objects if k not in contrast and k not in same]
    reciprocal = is_reflexive(verb) and (event_type not in _ONE_WAY_TYPES or any(fold(t.text) in _MUTUALLY for t in verb.subtree))
    # "se sont rencontrés", "se sont affrontés"; "les deux pays s'opposent à X" is no Reject of each other
    polarity = negated(governor or verb, trigger)
    denial = denied_by(verb)
    if denial is not None:
        polarity = not negated(denial, denial)  # "a nié avoir attaqué X": a negated Assault
    mode = modality(governor or verb, trig)
    evidence = _sentence_evidence(verb)
    if (reciprocal or event_type in {"Consult", "Cooperate", "Agree"}) and len(subjects) >= 2 and not objects \
            and not _partnered(verb, trigger):
        sides = [side for side in collective_sides(verb, actors) if not set(subjects) <= side]
        for i, first in enumerate(subjects):  # "Washington, Tokyo et Séoul se sont réunis": every pair
            for second in subjects[i + 1:]:
                if any(first in side and second in side for side in sides):
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
                if obj != other and actors.actors[other].kind in _ACTOR_KINDS:
                    yield Relation(other, obj, action, event_type, evidence, flipped, mode)


def _summoned(verb: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    """"Le Japon a convoqué l'ambassadeur de Chine": a Protest toward the envoy and the state the envoy stands for;
    a summoned envoy of no named state, or anything else summoned ("une réunion"), is none."""
    deps = {"nsubj:pass"} if _passive(verb) else {"obj"}
    envoys = [c for c in verb.children if c.dep_ in deps and (fold(c.text) in trig.summoned_envoys or fold(c.lemma_) in trig.summoned_envoys)]
    keys = [k for envoy in envoys for k in _keys(envoy, actors)]
    for envoy in envoys:  # "l'ambassadeur de Chine, Wu Jianghao": the named envoy and the state
        keys += [k for c in [*envoy.children, *(g for n in envoy.children if fold(n.text) == "affaires" for g in n.children)]
                 if (c.dep_ == "nmod" and any(fold(g.text) in _DE for g in c.children)) or c.dep_ == "amod"
                 for k in actors.mentions_in(c.idx, c.idx + len(c.text)) if actors.actors[k].kind == "Country"]
    if keys:
        yield from _verbal(verb, verb, "Protest", verb.lemma_.lower(), actors, trig, context, objects=list(dict.fromkeys(keys)))


def _partnered(verb: Token, trigger: Token) -> bool:
    """"A et B ont signé avec lui un pacte": a partner after "avec" that names no actor; A and B did not act on each
    other."""
    return any("avec" in case for holder in {verb, trigger} for _, case in _arguments(holder))


def _objects(verb: Token, trigger: Token, event_type: str, actors: ArticleActors, trig: Triggers, *,
             exclude: list[str], holders: list[Token] = (), direct: bool = True, context: list[str] | None = None) -> list[str]:
    preps = trig.preps.get(event_type, trig.preps["default"])
    own = trig.noun_preps.get(fold(trigger.lemma_)) or trig.noun_preps.get(fold(trigger.text), set())
    preps = preps | own  # "exprimer sa solidarité avec X", "adresser une protestation à X", "rompre avec X"
    keys: list[str] = []
    for holder in [verb] + ([] if trigger is verb else [trigger]) + list(holders):
        for child, case in _arguments(holder):
            bare = _bare_object(child, case, holder)
            if (child.dep_ not in _OBJECT_DEPS and not _only_object(child) and not bare) or child is trigger or child in holders:
                continue
            if bare and trigger is verb:
                if direct:
                    keys += [actors.actor_at(child)] if actors.actor_at(child) else (_keys(child, actors) or _owner(child, actors, event_type)) if child.dep_ == "conj" else []
                continue
            is_direct = child.dep_ == "obj" or (child.dep_ == "nmod" and not case and holder.pos_ == "VERB") or _only_object(child)
            if is_direct and trigger is verb:
                if direct:
                    owned = _owner(child, actors, event_type) if child.pos_ == "NOUN" and not actors.actor_at(child) else []
                    # "l'ingérence des pays occidentaux et notamment des États-Unis": the owner and the conjunct
                    if event_type == "Consult":
                        owned += _guest_senders(child, actors, trig)  # "a reçu une délégation du Hamas"
                    authors = event_authors(child, actors, trig, context) if event_type in BLAME_TYPES else \
                        participle_agents(child, actors, _asked_for(trig)) if event_type == "Reject" else []
                    # "rejette un cessez-le-feu exigé par X": what X asked for or proposed
                    keys += authors or (_keys(child, actors) + owned) or event_author(child, event_type, trig, context, actors, exclude) \
                        or _clitic_person(child, actors, exclude) or (context.our_owner(child) if hasattr(context, "our_owner") else [])
                    if event_type in _TRANSFER_TYPES and child.pos_ == "NOUN" and not actors.actor_at(child):
                        keys += _stranded_recipients(child, actors)  # "a livré des hélicoptères de combat à Damas"
            elif (case & preps or child.dep_ == "iobj" or _blamed_dative(holder, child, case, trig)
                  or (holder in holders and holder.pos_ == "NOUN" and holder.i > verb.i and child.dep_ == "nmod"
                      and case & _DE and not _ownerless_tail(holder)
                      and not any(c.dep_ == "obj" and c not in holders for c in verb.children))) and not case & NEAR:
                # "rester aux côtés de X", "prendre le parti de X": the "de" of the phrase's own noun names the target
                # (not with a direct object: "met en cause les organismes de renseignement syriens")
                if holder is trigger and child.dep_ == "nmod" and case & _DE and event_type not in {"Coerce", "Assault", "Accuse"}:
                    continue
                if case & _VENUE_PREPS and _is_venue(child, actors) and not _dative(child, case, event_type) and not case & own:
                    continue  # "a rencontré Modi à New Delhi": the place of the meeting
                if event_type == "Consult" and fold(holder.lemma_) in _GUEST_VERBS and case & {"a", "au", "aux"}:
                    continue  # "a reçu Modi à l'Élysée": a verb of a guest takes its partner directly, "à" is the place
                keys += _keys(child, actors) or _owner(child, actors, event_type) or _clitic_person(child, actors, exclude)
    if not keys and trigger is verb and direct:  # "ont frappé à plusieurs reprises des positions des Houthis"
        keys += [k for n in _weekday_objects(verb) for k in (_keys(n, actors) or _owner(n, actors, event_type))]
    if not keys and trigger is verb and direct:  # "a rejeté ces accusations et dénoncé …" ("accusations" parsed as the
        keys += [k for n in _subject_of_conjunct(verb)  # subject of "dénoncé")
                 for k in (_keys(n, actors) or event_author(n, event_type, trig, context, actors, exclude))]
    if not keys and trigger is not verb:
        keys += aimed_objects(trigger, actors)  # "a infligé des sanctions visant la Russie"
        keys += _stranded_names(trigger, preps, actors)  # "des sanctions contre les groupes X et Y" (X hung on "sanctions")
        if event_type in _TRANSFER_TYPES:
            keys += _stranded_recipients(trigger, actors)  # "une enveloppe d'aide de 2 milliards à l'Ukraine"
    return [k for k in dict.fromkeys(keys) if k not in exclude]


def _ownerless_tail(noun: Token) -> bool:
    """A phrase noun whose "de" is no target: "le feu de ses canons" (a possessive determiner already owns it)."""
    return any(c.dep_ == "det" and fold(c.text) in {"son", "sa", "ses", "leur", "leurs"} for c in noun.children)


def _blamed_dative(holder: Token, child: Token, case: set[str], trig: Triggers) -> bool:
    """"reprocher à la Cédéao son manque de soutien", "faire grief à X de": the "à" argument is the one blamed."""
    if child.dep_ not in {"obl:arg", "obl", "iobj"} or not case & {"a", "au", "aux"}:
        return False
    phrase = trig.phrase_at(holder) if holder.pos_ == "VERB" else None
    lemma = _repaired_lemma(fold(holder.lemma_), holder, trig) if holder.pos_ == "VERB" else fold(holder.lemma_)
    return lemma in trig.dative_targets or (phrase is not None and phrase[0].text in trig.dative_targets)


#: Event types whose verb hands something over to a recipient ("livrer des armes à X", "imposer des sanctions à X").
_TRANSFER_TYPES = {"Support", "Coerce", "Cooperate"}


def _dative(child: Token, case: set[str], event_type: str) -> bool:
    """"a demandé à Berlin de livrer", "a livré des armes à Kiev": a city after "à" as the argument of a non-meeting
    verb is its state acting (a venue only for a meeting: "a rencontré Modi à New Delhi")."""
    if event_type == "Consult" or not case & {"a"}:
        return False
    # "a promis de livrer des chars à Kiev": after a transfer with its thing handed over, "à" names the recipient
    return child.dep_ in {"obl:arg", "iobj"} or (event_type in _TRANSFER_TYPES and (any(
        c.dep_ == "obj" and c.pos_ == "NOUN" for c in child.head.children) or (child.head.dep_ == "obj" and child.head.pos_ == "NOUN")))


def _infinitive_on_object(verb: Token) -> bool:
    """"appelle les deux belligérants à garantir …" parsed with the infinitive hung on the object."""
    return any(c.dep_ == "obj" and any(g.dep_ in {"acl", "xcomp"} and g.pos_ == "VERB" and any(
        m.dep_ == "mark" and fold(m.text) in {"a", "à"} for m in g.children) for g in c.children) for c in verb.children)


def _addressed(request: Token, act: Token, actors: ArticleActors) -> bool:
    """Does a request verb name whom it asks ("demander au Conseil de …", "appeler Téhéran à …", "lui demander de")?
    A time noun the parser takes for an object is no one ("appelle cet après-midi à voter pour X"); an unnamed group
    after "à" is someone ("demande aux pays de la région de reconnaître X")."""
    return any(c.i != act.i and (c.pos_ == "PRON" or _keys(c, actors) or (c.pos_ == "NOUN" and c.dep_ != "obj")) and (
        c.dep_ in {"obj", "iobj"} or (
        c.dep_ in {"obl:arg", "obl"} and any(fold(g.text) in {"a", "au", "aux"} for g in c.children if g.dep_ == "case")))
        for c in request.children)


def _appeal(verb: Token, actors: ArticleActors) -> bool:
    """"Le Mexique et le Brésil ont appelé à la levée de l'embargo": no object and "à" + a thing (not an actor) is an
    appeal, never a phone call between the coordinated subjects."""
    if is_reflexive(verb) or any(c.dep_ == "obj" for c in verb.children):
        return False
    return any(c.dep_ in {"obl:arg", "obl"} and c.pos_ == "NOUN" and not _keys(c, actors)
               and any(g.dep_ == "case" and fold(g.text) in {"a", "au", "aux"} for g in c.children) for c in verb.children)


def _calls_something(verb: Token) -> bool:
    """"appeler X « ami »": an object plus a name or attribute for it."""
    doc = verb.doc
    after = doc[verb.i + 1: min(verb.i + 6, sentence_of(verb).end)]
    return any(t.text in {"«", "“", '"'} for t in after) or any(c.dep_ in {"xcomp", "acl"} and c.pos_ in {"NOUN", "ADJ"} for c in verb.children)


