"""Who did what to whom: actor - action - actor relations with event types.

Triggers, polarity and modality come from ``extractors.events``; this module
finds the two sides of each event: the subject (the agent, "par" of a passive:
"X a été attaqué par Y" gives Y -> X) and the objects (direct object, or a
prepositional one whose preposition fits the event type), for verbs, fixed
phrases, light verb + noun ("lancer une offensive contre") and nominal events
("l'attaque des rebelles contre l'armée"). A side that does not resolve to an
actor gives no relation.

This module is the dispatcher: for each trigger token it picks the rule that
reads it (the ``relation_*`` modules); the sides of a verbal event are found by
``extractors.relation_verbal``, and the checks that decide whether a trigger
verb is an event of its own live in ``extractors.relation_gates``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from extractors.entities import ArticleActors, folded_lemmas, sentences_of, tokens_of
from extractors.events import (
    DEMAND_SPEECH, DENIALS, GOVERNORS, INITIATIVES, Triggers, instrument_type, is_reflexive, triggers,
)
from extractors.lang import fold
from extractors.model import Relation, Statement
from extractors.relation_background import background_event, lifted_event, sports_match
from extractors.relation_called_protests import CALL_VERBS, called_protests
from extractors.relation_cancelled import cancelled_meeting
from extractors.relation_candidates import candidate_words
from extractors.relation_charges import legal_action
from extractors.relation_context import RelationContext
from extractors.relation_excluded import excluded_event
from extractors.relation_fire import fired_at
from extractors.relation_targeted import targeted
from extractors.relation_tariffs import tariffed_states
from extractors.relation_gates import (
    NEEDS_RECIPIENT, PERSON_GUESTS, PREPOSITION_ONLY, act_not_done, calls_something, caseless_object, delegation_guest,
    asks_infinitive, denies_infinitive, entrusts_case_file, infinitive_on_object, is_appeal, participle_read_as_finite, person_guest,
    invites_to_occasion, orders_own_act, urges_without_infinitive, asked_order,
)
from extractors.relation_judged_relatives import CLAIM_NOUNS, judged_by_participle, judged_in_relative
from extractors.relation_judged_acts import judged_acts
from extractors.relation_joint_acts import joint_act_type, joint_adjectives
from extractors.relation_instrument_targets import means_holders
from extractors.relation_subjected import undergone
from extractors.relation_attributed import attributed
from extractors.relation_listed import listed
from extractors.relation_judgements import judged_act_authors, negative_name, unwelcome_relations
from extractors.relation_outcries import outcry
from extractors.relation_suspended import ended_tie, put_to_end, suspended_ties
from extractors.relation_nominal import MUTUAL_TYPES, between_actors, _nominal
from extractors.relation_args import A_WORDS, DE_WORDS, arguments_of, actor_keys, owner_actors, _name_given
from extractors.relation_asked_audience import asked_audience
from extractors.relation_pressed import pressed
from extractors.relation_stop_demands import demanded_stop
from extractors.relation_reproaches import reproached
from extractors.relation_denounced_quotes import denounced_quote
from extractors.relation_counter_claims import CLAIM_VERBS, counter_claimed
from extractors.relation_warnings import warned_consequences
from extractors.relation_ratings import downgrade_relations
from extractors.relation_refused_talks import refused_talks
from extractors.relation_resisted import resisted_pressure
from extractors.relation_stances import stance_relations
from extractors.relation_states import measured
from extractors.relation_received import _ADVERBIAL_TYPES, _RECEIVERS, _adverbial, _adverbial_head, _received, sum_receiver
from extractors.relation_repairs import (
    _called_to, _carried, _mistagged_verb, _repaired_lemma, _stranded_recipients, _theme, _weekday_stranded,
)
from extractors.relation_ties import founded_with, threatened_partners, tie_objects
from extractors.relation_verbal import verbal_relations
from extractors.relation_visits import visited
from extractors.relation_withdrawals import withdrawn
from extractors.relation_denied_claims import denied_claim
from extractors.relation_conditional_threats import conditional_threats
from extractors.relation_added_targets import added_targets
from extractors.relation_supplied import SUPPLY_VERBS, supplied
from extractors.relation_denounced_events import DENOUNCING_VERBS, denounced_events
from extractors.relation_held_responsible import held_responsible
from extractors.relation_pledged_funds import pledged_funds
from extractors.relation_envoys import envoy_objects, with_envoy_states
from extractors.relation_headline_verbs import modifier_verb_relations
from extractors.relation_object_acts import object_acts
from extractors.relation_supply_acts import supply_acts
from extractors.relation_closed_borders import closed_borders
from extractors.relation_revoked_permits import revoked_permits
from extractors.relation_withheld_aid import withheld_aid
from extractors.relation_recalled_envoys import recalled_envoys
from extractors.relation_reminded_duties import reminded_duties
from extractors.relation_joint_decisions import joint_decisions
from extractors.relation_durations import duration_stranded
from extractors.relation_judged_claims import judged_claims
from extractors.relation_advances import military_advance
from extractors.relation_anticausative import anticausative
from extractors.relation_quoted_verdicts import NEGATIVE_JUDGEMENTS, quoted_verdicts
from extractors.token_table import token_table
from extractors.relation_clitics import clitic_person
from extractors.relation_subjects import agent_tokens, _clause_subjects, _demand_addressees, subject_actors

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
#: Parts of speech ``_relations_at`` reads an event from (verbs, event nouns, verbs mistagged as nouns or adjectives).
_TRIGGER_POS = {"VERB", "NOUN", "ADJ"}


def extract_relations(doc: Doc, actors: ArticleActors, *, language: str = "fr",
                      statements: Iterable[Statement] = ()) -> Iterator[Relation]:
    """Yield one ``Relation`` per (subject, object) pair of each event in ``doc``. The article's ``statements`` tell
    who speaks in a quote, for its "nous" ("« Nous soutiendrons l'Ukraine », a dit le ministre X" -> X's state)."""
    trig = triggers(language)
    seen: set[tuple] = set()
    context = RelationContext(actors, statements)
    tokens, table = tokens_of(doc), token_table(doc)
    for number, sentence in enumerate(sentences_of(doc)):
        context.sentence = number
        pairs: set[tuple[str, str]] = set()  # one relation per (subject, object) pair per sentence: the first event
        for i in range(sentence.start, sentence.end):
            if table.pos[i] not in _TRIGGER_POS:
                continue  # no event is triggered on any other part of speech (see _relations_at): skip the calls
            for relation in _relations_at(tokens[i], actors, trig, context):
                key = (relation.subject, relation.object, relation.event_type, relation.evidence.start, relation.negated)
                pair = (relation.subject, relation.object)
                if key not in seen and relation.subject != relation.object and pair not in pairs \
                        and not (relation.symmetric and pair[::-1] in pairs):  # no actor acts on itself
                    seen.add(key)
                    pairs.add(pair)
                    context.record(relation)
                    yield relation
        subjects = [tokens[i] for i in range(sentence.start, sentence.end)
                    if table.dep[i] in _SUBJECT_DEPS and table.pos[i] in {"PROPN", "NOUN"}]
        for token in sorted(subjects, key=lambda t: (t.head.dep_ == "ROOT", t.i)):
            context.extend(actors.resolve(token))  # the main clause's subject last: the likeliest antecedent of "il"


def _relations_at(token: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    table = token_table(token.doc)
    lemma, text, pos = folded_lemmas(token.doc)[token.i], table.folded[token.i], table.pos[token.i]  # token.pos_, read once
    is_verb = pos == "VERB"
    candidates = candidate_words(trig)  # each check below fires only on its own words: skip it on any other
    if is_verb and trig.verbs.get(lemma) == "Accuse":
        yield from denied_claim(token, actors, trig, context)  # "X accuse Y de …, ce que Y nie": Y rejects X, besides
    if is_verb and trig.verbs.get(lemma) == "Threaten":
        yield from conditional_threats(token, actors, trig, context)  # "menace de rompre … si le Kosovo maintient …"
    if is_verb and lemma in DENOUNCING_VERBS:
        yield from denounced_events(token, actors, trig, context)  # "dénonce l'attaque de … par X": X accused, besides
    if is_verb and lemma in CALL_VERBS:
        yield from called_protests(token, actors, trig, context)  # "a appelé à la grève contre la réforme de X"
    if is_verb and lemma in SUPPLY_VERBS:
        yield from supplied(token, actors, trig)  # "des armes ont été livrées à X par Y": Y supports X
    if is_verb and lemma in CLAIM_VERBS:
        yield from counter_claimed(token, actors, context)  # "X dément et affirme que Y …": X accuses Y
    if lemma in candidates.reproaches or text in candidates.reproaches:
        yield from reproached(token, actors, context)  # "« La Russie viole les traités », a dit X": X accuses, besides
    if is_verb:
        yield from denounced_quote(token, actors, context)  # "« Le Brésil a choisi de … », a dénoncé X": X accuses
    if lemma in NEGATIVE_JUDGEMENTS or text in NEGATIVE_JUDGEMENTS:
        yield from quoted_verdicts(token, actors, trig, context)  # "« Ces sanctions sont illégales », a dit X": X accuses
    repaired = (lemma in candidates.repairs or text in candidates.repairs) and (
        downgrade_relations(token, actors, trig, context) or pressed(token, actors, trig)
        or demanded_stop(token, actors, context) or warned_consequences(token, actors, context)
        or outcry(token, actors, trig, context) or suspended_ties(token, actors, trig, context)
        or fired_at(token, actors, trig, context) or targeted(token, actors, trig, context)
        or withdrawn(token, actors, trig, context)
        or held_responsible(token, actors, trig, context) or pledged_funds(token, actors, trig, context)
        or supply_acts(token, actors, trig, context)  # "a livré à la Syrie des systèmes de défense"
        or closed_borders(token, actors, trig, context)  # "a fermé sa frontière avec le Bénin"
        or revoked_permits(token, actors, trig, context)  # "a retiré son permis au groupe Orano"
        or withheld_aid(token, actors, trig, context)  # "retient 10 milliards d'euros destinés à la Hongrie"
        or recalled_envoys(token, actors, trig, context)  # "a rappelé son ambassadeur à Téhéran"
        or reminded_duties(token, actors, trig, context)  # "a rappelé à la Turquie ses obligations"
        or joint_decisions(token, actors, trig, context)  # "A et B ont décidé de retirer leurs troupes"
        or object_acts(token, actors, trig, context)  # "a partagé ses renseignements avec X"
        or attributed(token, actors, trig, context) or listed(token, actors, trig, context)  # "attribue l'attaque à X",
        # "a inscrit X sur sa liste noire"
        or judged_claims(token, actors, trig, context) or judged_acts(token, actors, trig, context))
    # "« X doit cesser de … »", "s'est insurgé contre les frappes de X", "a gelé ses relations avec X"
    # "a tiré des roquettes sur X", "X a été frappée par des missiles russes"
    # "Le Mali a quitté la CEDEAO", "tient X pour responsable de",
    # "a promis 500 millions d'euros à X", "a jugé absurdes les accusations de X"
    if repaired:  # "Moody's a abaissé la note de l'Espagne", "Washington presse Israël de" ("presse" tagged a noun)
        if not is_verb or not act_not_done(token, actors):  # "a exhorté l'UE à suspendre son aide à X"
            yield from repaired
        return
    mistagged = _mistagged_verb(token, trig)
    if is_verb or mistagged:
        lemma = mistagged or lemma
        phrase = trig.phrase_at(token)
        if phrase:  # "met en cause X", "ouvrir le feu sur X"
            if act_not_done(token, actors):
                return  # "a appelé Washington à faire pression sur X", "a renoncé à faire pression sur X": not done
            found, tail = phrase
            holders = [t for t in tail if t.pos_ == "NOUN"]
            found_relations = list(verbal_relations(token, token, found.event_type, found.text, actors, trig, context, holders=holders))
            if not found_relations and len(tail) == 1 and tail[0].dep_ == "case" and tail[0].head.head == token:
                governed = tail[0].head  # "s'aligner sur (la politique de) Washington": the tail's own noun is the target
                objects = actor_keys(governed, actors, context=context) or owner_actors(governed, actors, found.event_type)
                found_relations = list(verbal_relations(token, token, found.event_type, found.text, actors, trig, context,
                                                        objects=objects)) if objects else []
            yield from with_envoy_states(iter(found_relations), token, found.event_type, found.text, actors, trig, context)
            return
        if lemma in trig.naming_verbs and not (lemma == "appeler" and asks_infinitive(token)):
            name = _name_given(token, actors)
            if name:  # "a appelé X « la bourgeoise »", "traite X de menteur", "décrit X comme « petite-bourgeoise »"
                yield from _naming(token, name, actors, trig, context)
            if name or trig.verbs.get(lemma) == "Accuse":  # "a qualifié l'Italie pour la finale": no name, no Accuse
                return
        if lemma in trig.en_verbs and any(fold(c.text) == "en" for c in token.children):
            targets = [k for c, case in arguments_of(token) if c.dep_.startswith("obl") and case & A_WORDS
                       for k in actor_keys(c, actors, context=context)]
            yield from verbal_relations(token, token, trig.en_verbs[lemma], "s'en " + token.lemma_.lower(), actors, trig, context,
                               objects=targets)
            return  # "s'en est pris à X"
        if lemma in DEMAND_SPEECH and lemma not in trig.verbs:
            addressees = _demand_addressees(token, actors)
            if addressees:  # "a dit au président chinois d'entamer des négociations"
                yield from verbal_relations(token, token, "Demand", token.lemma_.lower(), actors, trig, context, objects=addressees)
            return
        lemma = _repaired_lemma(lemma, token, trig)
        places = visited(token, actors, trig)
        if places:  # "s'est rendu à Bamako puis à Ouagadougou": a visit, a Consult of the states
            yield from verbal_relations(token, token, "Consult", "se rendre", actors, trig, context, objects=places)
            return
        legal = legal_action(token, actors)
        if legal is not None:  # "a requis dix-huit mois de prison contre X", "a perquisitionné les locaux de X"
            yield from verbal_relations(token, token, legal[0], token.lemma_.lower(), actors, trig, context, objects=legal[1])
            return
        if lemma in trig.summon_verbs:
            yield from _summoned(token, actors, trig, context)
            return
        inverted = modifier_verb_relations(token, actors, trig) if token.dep_ in {"amod", "nmod"} else []
        if inverted:  # headline "Le Pérou expulse l'ambassadeur du Mexique" parsed with "expulse" on "Pérou"
            yield from inverted
            return
        if act_not_done(token, actors):
            return  # "a renoncé à sanctionner X", "a demandé au Conseil de sanctionner X" ("appelle à voter pour X" is done)
        disliked = unwelcome_relations(token, actors, context) or refused_talks(token, actors, trig, context) \
            or excluded_event(token, actors, trig, context) or asked_audience(token, actors, trig, context)
        # "n'a pas exclu de nouvelles sanctions contre X"; "a demandé à être reçu par X" (a Demand toward X)
        if disliked:  # "Cette nouvelle baisse n'a pas été appréciée par X": X accuses the author of the act
            yield from disliked
            return
        if lemma not in trig.verbs or (lemma in trig.reflexive_only and not is_reflexive(token)) or sports_match(token):
            return  # "Le PSG affrontera Manchester City en quart de finale": a match
        if military_advance(token, actors) or anticausative(token):
            return  # "les forces russes se sont rapprochées de Kharkiv": an advance; "les relations se sont dégradées"
        if participle_read_as_finite(token) or urges_without_infinitive(token) or entrusts_case_file(token) \
                or invites_to_occasion(token) or orders_own_act(token, trig):
            return  # "…, interdit au Sri Lanka": a participle; "pousser ses pions"; "a confié l'enquête à la police";
            # "a ordonné l'expulsion de l'ambassadeur de X": the expulsion is the act (light verb)
        event_type = instrument_type(token, trig.verbs[lemma], trig)  # "frapper X de sanctions": a Coerce
        partners = founded_with(token, actors)
        if partners is not None:  # "ont formé avec le Mali l'Alliance des États du Sahel": no Support of the alliance
            if partners:
                yield from verbal_relations(token, token, "Cooperate", token.lemma_.lower(), actors, trig, context, objects=partners)
            return
        if lemma == "appeler":
            if any(c.dep_ in {"xcomp", "obl:arg"} and (c.pos_ == "VERB" or any(g.dep_ == "mark" for g in c.children)) for c in token.children) \
                    or _called_to(token, actors) or infinitive_on_object(token) or is_appeal(token, actors):
                event_type = "Demand"  # "appeler X à faire", "appeler X à la retenue", "ont appelé à la levée de …"
            elif calls_something(token):
                return  # "a appelé Poutine « mon ami »", "se sont appelés « amis »": naming, not a call
        if lemma in NEEDS_RECIPIENT and not any(c.dep_ in {"obl:arg", "iobj", "obl:mod", "obl"} and actor_keys(c, actors) for c in token.children) \
                and not any(_stranded_recipients(c, actors) for c in token.children if c.dep_ == "obj"):
            return  # "livrer des armes à X", "transférer le contrôle aux forces afghanes": only with a recipient
        if lemma in NEEDS_RECIPIENT and (any(c.dep_ in {"ccomp", "parataxis"} or c.text in {"«", "“", ":"} for c in token.children)
                                          or not _theme(token)):
            return  # "il confie au Figaro que …": a confidence (speech); a transfer hands over something
        if lemma in PREPOSITION_ONLY and not any(PREPOSITION_ONLY[lemma] in case for _, case in arguments_of(token)):
            return  # "voter pour X" backs X; "voter une résolution" backs a text, no actor
        if lemma in PERSON_GUESTS and not person_guest(token, actors, context) and not delegation_guest(token, actors, trig):
            return  # "a reçu Joe Biden" is a meeting; "reçoit la Défense" (a portfolio) is none
        if (lemma in GOVERNORS or lemma in DENIALS) and (any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children)
                                                         or (lemma in DENIALS and denies_infinitive(token))):
            partners = threatened_partners(token, trig, actors) if GOVERNORS.get(lemma) == "Threaten" else []
            if partners:  # "a menacé de revoir sa coopération avec X": "revoir" is no trigger, the threat is
                yield from verbal_relations(token, token, "Threaten", token.lemma_.lower(), actors, trig, context, objects=partners)
            return  # "refuser de soutenir X", "menacer d'envahir X": the embedded verb carries the event
        targets = _clause_subjects(token, actors, context) if event_type in {"Demand", "Consult"} else []
        if targets:  # "exige que la Syrie libère…", "a appelé à ce que les rebelles soient tenus responsables"
            yield from verbal_relations(token, token, "Demand", token.lemma_.lower(), actors, trig, context, objects=targets)
            return
        if lemma in {"bloquer", "contrer", "torpiller", "entraver", "saboter"} and any(
                c.dep_ == "obj" and fold(c.text) in INITIATIVES for c in token.children):
            event_type = "Reject"  # "ont bloqué les efforts du Conseil de sécurité"
        action = mistagged or (lemma if lemma != fold(token.lemma_) else token.lemma_.lower())  # "reproche" -> "reprocher"
        ties = tie_objects(token, trig)  # "rompre ses relations avec X"
        yield from with_envoy_states(verbal_relations(token, token, event_type, action, actors, trig, context, holders=ties),
                                     token, event_type, action, actors, trig, context)  # "a expulsé l'ambassadeur de X"
    elif pos == "NOUN":
        phrase = trig.noun_phrase_at(token)
        event_type = (phrase.event_type if phrase else None) or trig.nouns.get(lemma) or trig.nouns.get(fold(token.text)) \
            or joint_act_type(token)  # "des exercices militaires conjoints": a Cooperate
        standalone = event_type is not None
        event_type = event_type or trig.light_nouns.get(lemma) or trig.light_nouns.get(fold(token.text))
        judged = (judged_in_relative(token, actors, context) or judged_by_participle(token, actors, trig, context)
                  or resisted_pressure(token, actors, trig, context) or cancelled_meeting(token, actors, trig, context)) \
            if lemma in candidates.judged_nouns or text in candidates.judged_nouns else []
        if event_type is None or judged or measured(token):  # "les échanges entre A et B dépassent 13 milliards": a state
            yield from judged
            return
        if background_event(token) or lifted_event(token) or sports_match(token):
            return  # "après la rencontre entre A et B", "les sanctions contre X ont été levées", "a violé la trêve"
        action = phrase.text if phrase else token.lemma_.lower()
        subjected = undergone(token, event_type, action, actors, trig, context) if standalone else []
        if subjected:  # "la Chine fait l'objet de sanctions européennes": the subject is the target
            yield from subjected
            return
        if ended_tie(token, event_type) or event_type == "Support" and put_to_end(token):
            return  # "a menacé de suspendre la coopération entre A et B", "a mis fin aux livraisons": not asserted
        verb = token.head
        if event_type == "Consult" and fold(token.text) in trig.tie_nouns and fold(verb.lemma_) in trig.strengthen_verbs:
            event_type = "Cooperate"  # "renforcer ses échanges avec X": closer ties, not a meeting
        if token.dep_ == "nmod" and fold(verb.text) in trig.carriers and verb.dep_ == "obj" and not actor_keys(token, actors):
            token, verb = verb, verb.head  # "continuer les projets d'aide": the carrier noun stands in
        stranded = _weekday_stranded(token) or _carried(token, trig) or duration_stranded(token)  # "prolongé de six mois ses sanctions"
        if stranded is not None:  # "a annoncé vendredi des sanctions": the parser hangs the object on the weekday
            verb = stranded
        if asked_order(verb):
            return  # "La Somalie a-t-elle ordonné l'expulsion de l'ambassadeur du Kenya ?"
        if verb.pos_ == "VERB" and token.dep_ == "obj" and verb.dep_ in {"xcomp", "conj", "advcl"} and act_not_done(verb, actors):
            return  # "a appelé Washington à faire pression sur X", "a renoncé à imposer des sanctions à X": not done
        paid = sum_receiver(token) if standalone and verb.pos_ == "NOUN" else None
        if paid or verb.pos_ == "VERB" and fold(verb.lemma_) in _RECEIVERS and standalone:
            received = list(_received(paid[0], token, event_type, action, actors, trig, context, carrier=paid[1]) if paid
                            else _received(verb, token, event_type, action, actors, trig, context))
            if received:  # "Assange a obtenu l'asile de l'Équateur": the giver acts on the receiver
                yield from received
                return
        if verb.pos_ == "VERB" and ((fold(verb.lemma_) in trig.light_verbs and (
                token.dep_ == "obj" or stranded is not None or (token.dep_ == "nsubj:pass" and agent_tokens(verb))
                or caseless_object(token))) or (fold(verb.lemma_) in trig.prep_light_verbs and token.dep_ in {"obl:arg", "obl"})):
            if standalone and event_type in MUTUAL_TYPES and len(between_actors(token, actors)) >= 2:
                yield from _nominal(token, event_type, action, actors, trig, context, carrier=verb)  # "la coopération entre A et B"
                return
            kinds = [c for c, case in arguments_of(token) if c.dep_ == "nmod" and case & DE_WORDS and c.pos_ == "NOUN"
                     and (fold(c.lemma_) in trig.nouns or fold(c.text) in trig.nouns)]  # "un accord de coopération avec X"
            kinds += joint_adjectives(token) + means_holders(token, actors)  # "des exercices conjoints avec X",
            # "une attaque de drones et de missiles contre X": the partner or target hung on an adjective or the means
            taxed = tariffed_states(token, actors) if event_type == "Coerce" else []  # "des droits de douane sur l'acier canadien"
            yield from verbal_relations(verb, token, event_type, action, actors, trig, context, holders=kinds, objects=taxed or None)  # "imposer des sanctions à X"
            if added := added_targets(token, actors):  # "des sanctions contre X, qu'il accuse de …, ainsi que contre Y"
                yield from verbal_relations(verb, token, event_type, action, actors, trig, context, objects=added)
        elif standalone and event_type in _ADVERBIAL_TYPES and _adverbial_head(token, event_type) is not None:
            yield from _adverbial(_adverbial_head(token, event_type), token, event_type, action, actors, trig, context)
        elif standalone:
            yield from _nominal(token, event_type, action, actors, trig, context)
    elif pos == "ADJ":  # "la Hongrie est hostile à l'Ukraine", "s'est montré favorable à X"
        yield from stance_relations(token, actors, trig, context)


def _naming(verb: Token, name: list[Token], actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    """Name-calling is an Accuse of the one named (gold NOTES: "appelé", "décrit ... comme « petite-bourgeoise »");
    a friendly name ("amis", "partenaire") is none, except a reciprocal one: "se sont appelés « amis »" (Cooperate)."""
    friendly = any(fold(t.text) in trig.friendly_names or fold(t.lemma_) in trig.friendly_names for t in name)
    if friendly and not negative_name(name):  # "« humiliante pour un allié »" is no friendly name
        if is_reflexive(verb):
            yield from verbal_relations(verb, verb, "Cooperate", verb.lemma_.lower(), actors, trig, context, objects=[])
        return
    inside = {t.i for t in name}
    named = [k for c in verb.children if c.dep_ in {"obj", "iobj"} and c.i not in inside
             for k in (actor_keys(c, actors, context=context) or clitic_person(c, actors, subject_actors(verb, actors, context)))]
    if not named and negative_name(name) and not any(c.dep_ == "obj" and fold(c.lemma_) in CLAIM_NOUNS for c in verb.children):
        # "a qualifié ces mesures de « chantage »" (not "ces accusations de « mensonges »": a Reject, relation_judged_claims)
        named = judged_act_authors(verb, subject_actors(verb, actors, context), actors, context)
    if named:
        yield from verbal_relations(verb, verb, "Accuse", verb.lemma_.lower(), actors, trig, context, objects=list(dict.fromkeys(named)))


def _summoned(verb: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    """"Le Japon a convoqué l'ambassadeur de Chine": a Protest toward the envoy and the state the envoy stands for;
    a summoned envoy of no named state, or anything else summoned ("une réunion"), is none."""
    keys = envoy_objects(verb, actors, trig)
    if keys:
        yield from verbal_relations(verb, verb, "Protest", verb.lemma_.lower(), actors, trig, context, objects=keys)
