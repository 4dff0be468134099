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

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from extractors.entities import ArticleActors, sentence_of
from extractors.events import (
    DEMAND_SPEECH, DENIALS, GOVERNORS, INITIATIVES, OBJECT_CONTROL, Triggers, is_reflexive, modality, negated, triggers,
)
from extractors.lang import fold
from extractors.model import Relation
from extractors.relation_args import (
    _DE, _VENUE_PREPS, _arguments, _is_venue, _keys, _left_conjunct, _name_given, _named_before, _owner,
    _sentence_evidence,
)

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_OBJECT_DEPS = {"obj", "obl", "obl:arg", "obl:mod", "iobj", "nmod"}
_ACTOR_KINDS = {"Person", "Organization", "Country", "Place"}


def extract_relations(doc: Doc, actors: ArticleActors, *, language: str = "fr") -> Iterator[Relation]:
    """Yield one ``Relation`` per (subject, object) pair of each event in ``doc``."""
    trig = triggers(language)
    seen: set[tuple] = set()
    context = _Context()
    for sentence in doc.sents:
        for token in sentence:
            for relation in _relations_at(token, actors, trig, context):
                key = (relation.subject, relation.object, relation.event_type, relation.evidence.start, relation.negated)
                if key not in seen:
                    seen.add(key)
                    context.events[relation.event_type] = relation.subject
                    yield relation
        for token in sentence:
            if token.dep_ in _SUBJECT_DEPS and token.pos_ in {"PROPN", "NOUN"}:
                context.extend(actors.resolve(token))


class _Context(list):
    """Actors recently in subject position (newest last, for pronouns) and the last subject of each event type
    (for event anaphors: "Amnesty a condamné ces attaques" -> the authors of the attacks)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: dict[str, str] = {}


def _relations_at(token: Token, actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    lemma = fold(token.lemma_)
    if token.pos_ == "VERB":
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
        if lemma not in trig.verbs or (lemma in trig.reflexive_only and not is_reflexive(token)):
            return
        event_type = trig.verbs[lemma]
        if lemma == "appeler":
            if any(c.dep_ in {"xcomp", "obl:arg"} and (c.pos_ == "VERB" or any(g.dep_ == "mark" for g in c.children)) for c in token.children):
                event_type = "Demand"  # "appeler X à faire"
            elif _calls_something(token):
                return  # "a appelé Poutine « mon ami »", "se sont appelés « amis »": naming, not a call
        if lemma in _NEEDS_RECIPIENT and not any(c.dep_ in {"obl:arg", "iobj", "obl:mod", "obl"} and _keys(c, actors) for c in token.children):
            return  # "livrer des armes à X", "transférer le contrôle aux forces afghanes": only with a recipient
        if lemma in _NEEDS_RECIPIENT and (any(c.dep_ in {"ccomp", "parataxis"} or c.text in {"«", "“", ":"} for c in token.children)
                                          or not any(c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children)):
            return  # "il confie au Figaro que …": a confidence (speech); a transfer hands over something
        if lemma in _PERSON_GUESTS and not any(c.dep_ == "obj" and any(actors.actors[k].kind == "Person" for k in _keys(c, actors, context=context))
                                               for c in token.children):
            return  # "a reçu Joe Biden" is a meeting; "reçoit la Défense" (a portfolio) is none
        if (lemma in GOVERNORS or lemma in DENIALS) and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
            return  # "refuser de soutenir X", "menacer d'envahir X": the embedded verb carries the event
        targets = _clause_subjects(token, actors, context) if event_type in {"Demand", "Consult"} else []
        if targets:  # "exige que la Syrie libère…", "a appelé à ce que les rebelles soient tenus responsables"
            yield from _verbal(token, token, "Demand", token.lemma_.lower(), actors, trig, context, objects=targets)
            return
        if lemma in {"bloquer", "contrer", "torpiller", "entraver", "saboter"} and any(
                c.dep_ == "obj" and fold(c.text) in INITIATIVES for c in token.children):
            event_type = "Reject"  # "ont bloqué les efforts du Conseil de sécurité"
        yield from _verbal(token, token, event_type, token.lemma_.lower(), actors, trig, context)
    elif token.pos_ == "NOUN":
        phrase = trig.noun_phrase_at(token)
        event_type = (phrase.event_type if phrase else None) or trig.nouns.get(lemma) or trig.nouns.get(fold(token.text))
        standalone = event_type is not None
        event_type = event_type or trig.light_nouns.get(lemma) or trig.light_nouns.get(fold(token.text))
        if event_type is None:
            return
        action = phrase.text if phrase else token.lemma_.lower()
        verb = token.head
        if token.dep_ == "nmod" and fold(verb.text) in _CARRIERS and verb.dep_ == "obj" and not _keys(token, actors):
            token, verb = verb, verb.head  # "continuer les projets d'aide": the carrier noun stands in
        if verb.pos_ == "VERB" and fold(verb.lemma_) in trig.light_verbs and (
                token.dep_ == "obj" or (token.dep_ == "nsubj:pass" and _agents(verb))):
            yield from _verbal(verb, token, event_type, action, actors, trig, context)  # "imposer des sanctions à X"
        elif standalone:
            yield from _nominal(token, event_type, action, actors, trig, context)


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


#: Transfer verbs that are an event only with a recipient actor.
_NEEDS_RECIPIENT = {"livrer", "fournir", "transferer", "remettre", "retroceder", "confier"}
#: Consult verbs that are a meeting only with a person as guest ("recevoir", "accueillir").
_PERSON_GUESTS = {"recevoir", "accueillir"}
#: Generic nouns through which a light verb carries an event noun: "continuer les projets d'aide".
_CARRIERS = {"projet", "projets", "programme", "programmes", "plan", "plans", "mission", "missions", "politique"}


def _naming(verb: Token, name: list[Token], actors: ArticleActors, trig: Triggers, context: list[str]) -> Iterator[Relation]:
    """Name-calling is an Accuse of the one named (gold NOTES: "appelé", "décrit ... comme « petite-bourgeoise »");
    a friendly name ("amis", "partenaire") is none, except a reciprocal one: "se sont appelés « amis »" (Cooperate)."""
    friendly = any(fold(t.text) in trig.friendly_names or fold(t.lemma_) in trig.friendly_names for t in name)
    if friendly:
        if is_reflexive(verb):
            yield from _verbal(verb, verb, "Cooperate", verb.lemma_.lower(), actors, trig, context, objects=[])
        return
    inside = {t.i for t in name}
    named = [k for c in verb.children if c.dep_ in {"obj", "iobj"} and c.i not in inside
             for k in (_keys(c, actors, context=context) or _clitic_person(c, actors, _subjects(verb, actors, context)))]
    if named:
        yield from _verbal(verb, verb, "Accuse", verb.lemma_.lower(), actors, trig, context, objects=list(dict.fromkeys(named)))


def _verbal(verb: Token, trigger: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
            context: list[str], *, holders: list[Token] = (), objects: list[str] | None = None) -> Iterator[Relation]:
    governor = verb.head if verb.dep_ == "xcomp" and verb.head is not verb and fold(verb.head.lemma_) in GOVERNORS else None
    if governor is not None:  # "a refusé de soutenir l'Ukraine" -> Reject; "a menacé d'envahir X" -> Threaten
        event_type, action = GOVERNORS[fold(governor.lemma_)], governor.lemma_.lower()
    if _passive(verb):
        subjects = [k for a in _agents(verb) for k in _keys(a, actors)]
        patients = _patients(verb, actors, context)
        objects = patients + (objects or _objects(verb, trigger, event_type, actors, trig, exclude=subjects, holders=holders, direct=False))
        objects = [k for k in dict.fromkeys(objects) if k not in subjects]
    else:
        subjects = _subjects(verb, actors, context)
        if objects is None:
            objects = _objects(verb, trigger, event_type, actors, trig, exclude=subjects, holders=holders, context=context)
    subjects = [k for k in subjects if actors.actors[k].kind in _ACTOR_KINDS]
    contrast, same = _compared(verb, actors, subjects)
    objects = [k for k in objects if k not in contrast and k not in same]
    reciprocal = is_reflexive(verb)
    polarity = negated(governor or verb, trigger)
    if verb.dep_ == "xcomp" and fold(verb.head.lemma_) in DENIALS:
        polarity = not negated(verb.head, verb.head)  # "a nié avoir attaqué X": a negated Assault
    mode = modality(governor or verb, trig)
    evidence = _sentence_evidence(verb)
    if (reciprocal or event_type in {"Consult", "Cooperate", "Agree"}) and len(subjects) >= 2 and not objects:
        yield Relation(subjects[0], subjects[1], action, event_type, evidence, polarity, mode, symmetric=True)
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


#: Sentence openers that compare other actors with the subject: "Contrairement à X, …" (X did the opposite),
#: "À l'instar de X, …" (X did the same).
_CONTRAST_OPENERS = {"contrairement"}
_LIKE_OPENERS = {"instar"}


def _compared(verb: Token, actors: ArticleActors, subjects: list[str]) -> tuple[list[str], list[str]]:
    """The actors named between a comparing opener ("Contrairement aux États-Unis, au Canada …,") and the subject of
    ``verb``: (contrasted, alike). Only when the opener starts the sentence and the subject follows it; the search
    crosses the sentence splits a long list of countries provokes, not a full stop."""
    if not subjects:
        return [], []
    doc = verb.doc
    subject_start = max((m.start for m in actors.mentions if m.key in subjects and m.start <= verb.i
                         and m.start >= sentence_of(verb).start - 60), default=None)
    if subject_start is None:
        return [], []
    opener = None
    for k in range(subject_start - 1, max(-1, subject_start - 60), -1):
        token = doc[k]
        if token.text in {".", "!", "?", ";"} or "\n" in token.text_with_ws[:-1] or "\n" in token.text:
            break
        if fold(token.text) in _CONTRAST_OPENERS | _LIKE_OPENERS:
            before = doc[k - 1] if k > 0 else None
            before = doc[k - 2] if before is not None and fold(before.text) in {"a", "à"} and k > 1 else before
            if before is None or before.text in {".", "!", "?", "–", "-"} or "\n" in before.text_with_ws:
                opener = token
            break
    if opener is None:
        return [], []
    keys = [m.key for m in actors.mentions if opener.i < m.start and m.end <= subject_start and m.key not in subjects]
    keys = list(dict.fromkeys(keys))
    return (keys, []) if fold(opener.text) in _CONTRAST_OPENERS else ([], keys)


def _nominal(noun: Token, event_type: str, action: str, actors: ArticleActors, trig: Triggers,
             context: list[str]) -> Iterator[Relation]:
    """"l'offensive de Moscou en Ukraine", "le soutien de Pékin à Moscou", "l'entretien entre A et B",
    "les sanctions américaines contre l'Iran", "l'invasion du Koweït par l'Irak", "les sanctions imposées par
    les États-Unis à l'Iran", "son soutien à la Russie"."""
    subject: list[str] = []
    objects: list[str] = []
    between: list[str] = []
    preps = trig.preps.get(event_type, trig.preps["default"])
    agent: list[str] = []
    holders = [noun] + [c for c in noun.children if c.dep_ in {"acl", "acl:relcl"} and c.morph.get("VerbForm") == ["Part"]]
    for holder in holders:
        for child in holder.children:
            case = {fold(c.text) for c in child.children if c.dep_ == "case"}
            if child.dep_ == "obl:agent" or (child.dep_ in {"nmod", "obl", "obl:arg", "obl:mod"} and "par" in case):
                agent += _keys(child, actors)
    for holder in holders:
        participle = holder is not noun
        for child, case in _arguments(holder):
            if child.dep_ == "amod" and not subject and not participle:
                subject = actors.mentions_in(child.idx, child.idx + len(child.text))  # "les sanctions américaines"
                continue
            if child.dep_ not in {"nmod", "obl", "obl:arg", "obl:mod", "det"}:
                continue
            if child.dep_ == "det" and child.morph.get("Poss") == ["Yes"]:
                if not subject:
                    subject = _possessor(noun, child, actors, context)  # "son soutien à la Russie"
                continue
            keys = _keys(child, actors)
            if "entre" in case:
                between = keys
            elif "par" in case:
                continue
            elif case & _DE and not participle and not subject and not agent:
                subject = keys
            elif case & _DE and agent and not participle:
                objects += keys  # "l'invasion du Koweït par l'Irak"
            elif case & preps:
                objects += keys
    if agent:
        subject = agent
    evidence = _sentence_evidence(noun)
    polarity = negated(noun.head, noun) if noun.dep_ == "obj" else False
    if len(between) >= 2 and not subject and event_type in {"Consult", "Cooperate", "Agree"}:
        for other in between[1:]:  # "accord entre la Grèce et la BCE, la Commission et le FMI": one per partner
            yield Relation(between[0], other, action, event_type, evidence, polarity, None, symmetric=True)
        return
    if len(between) == 1 and len(subject) == 1 and event_type in {"Consult", "Cooperate", "Agree"}:
        objects += between
    for s in subject:
        for o in dict.fromkeys(objects):
            if s != o and actors.actors[s].kind in _ACTOR_KINDS:
                yield Relation(s, o, action, event_type, evidence, polarity, None)


def _clause_subjects(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """The subject of a "que" clause a Demand verb governs: "exiger que X …", "appeler à ce que X …"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX", "ADJ"}]
    clauses += [g for c in verb.children if c.dep_ == "obl:arg" and fold(c.text) == "ce" for g in c.children if g.dep_ in {"acl", "acl:relcl", "ccomp"}]
    keys: list[str] = []
    for clause in clauses:
        if any(fold(m.text) in {"que", "qu'"} for m in clause.children if m.dep_ == "mark"):
            keys += [k for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ != "PRON" for k in _keys(c, actors)]
    return keys


def _passive(verb: Token) -> bool:
    """"a été attaqué (par Y)", "soutenu par le PASOK" (a participle modifying a noun)."""
    if is_reflexive(verb):
        return False  # "se sont entretenus": "être" of a pronominal verb, not a passive
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Past"] \
        and any(c.dep_ == "obl:agent" for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "obl:agent"
            or (c.dep_ in {"obl", "obl:arg", "obl:mod"} and any(fold(g.text) == "par" for g in c.children if g.dep_ == "case"))]


def _patients(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """The grammatical subject of a passive, or the noun a passive participle modifies."""
    patients = [c for c in verb.children if c.dep_ in {"nsubj:pass", "nsubj"}]
    if patients:
        return [k for p in patients for k in _keys(p, actors, context=context)]
    if verb.dep_ in {"acl", "acl:relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return _keys(verb.head, actors)  # "Ana Pastor, vouée aux gémonies par le PP"
    if verb.dep_ == "conj":
        return _patients(verb.head, actors, context)
    return []


def _subjects(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    node = verb
    subjects: list[Token] = []
    for _ in range(5):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
        if subjects or node.head is node:
            break
        infinitive = node.morph.get("VerbForm") == ["Inf"]
        if node.dep_ == "acl" and node.morph.get("VerbForm") == ["Fin"] and node.head.pos_ in {"NOUN", "PROPN"}:
            # "les États-Unis et leurs alliés imposaient …" parsed as a clause modifying "alliés"
            head = node.head
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            subjects = [head]
            break
        if node.dep_ == "xcomp" and fold(node.head.lemma_) in OBJECT_CONTROL and _controller_tokens(node.head):
            return _controllers(node.head, actors)  # "accuser Rajoy de purger TVE": Rajoy purges (unknown: none)
        if node.dep_ in {"xcomp", "conj"} or (node.dep_ == "advcl" and infinitive):
            node = node.head  # "veulent travailler", "pour contrer": the subject of the governing verb
            continue
        if infinitive and node.dep_ in {"acl", "nmod"} and node.head.pos_ == "NOUN":
            # "les efforts de Moscou et de Pékin pour contrer …"
            owner = [c for c in node.head.children if c.dep_ == "nmod" and actors.resolve(c)]
            if owner:
                keys = actors.resolve(owner[0])
                return [k for k in keys if actors.actors[k].kind in _ACTOR_KINDS]
        break
    if not subjects:
        subjects = [c for c in node.children if c.dep_ == "dep" and c.i < node.i and actors.resolve(c)]
    if not subjects:  # parser repair: "il lui reproche" with "il" tagged as a copula
        subjects = [c for c in node.children if c.dep_ in {"cop", "expl", "expl:pv"} and c.pos_ == "PRON" and c.i < node.i
                    and fold(c.text) in _SUBJECT_PRONOUNS]
    keys: list[str] = []
    for subject in subjects:
        keys += _left_conjunct(subject, actors) + (_named_before(subject, actors) or _keys(subject, actors, context=context))
    if not subjects and node.dep_ == "ROOT":
        keys = _nearest_actor_left(node, actors)  # "Paris et Berlin ont condamné": subject tagged as something else
    return [k for k in keys if actors.actors[k].kind in _ACTOR_KINDS]


_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}


def _controller_tokens(verb: Token) -> list[Token]:
    """The object of an object-control verb: "accuser X de", "demander à X de", "appeler X à"."""
    return [child for child, case in _arguments(verb)
            if (child.dep_ in {"obj", "iobj"} and child.pos_ in {"NOUN", "PROPN", "PRON"})
            or (child.dep_ in {"obl:arg", "obl"} and case & {"a", "au", "aux"})]


def _controllers(verb: Token, actors: ArticleActors) -> list[str]:
    keys = [k for child in _controller_tokens(verb) for k in _keys(child, actors)]
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in _ACTOR_KINDS]


def _demand_addressees(verb: Token, actors: ArticleActors) -> list[str]:
    """"dire à X de faire", "ordonner à X de": the addressee of an order (an infinitive with "de")."""
    if not any(c.dep_ in {"xcomp", "ccomp"} and c.morph.get("VerbForm") == ["Inf"]
               and any(fold(g.text) in {"de", "d'"} for g in c.children if g.dep_ == "mark") for c in verb.children):
        return []
    keys = _controllers(verb, actors)
    if not keys:  # "il lui a ordonné de partir": the dative clitic is the last person named
        subjects = _subjects(verb, actors, [])
        keys = [k for c in _controller_tokens(verb) for k in _clitic_person(c, actors, subjects)]
    return keys


def _nearest_actor_left(verb: Token, actors: ArticleActors) -> list[str]:
    """Parser fallback for a main verb without a subject: the actor (and its conjuncts) just before it in the clause."""
    i = verb.i - 1
    while i >= sentence_of(verb).start:
        token = verb.doc[i]
        if token.is_punct or token.pos_ in {"VERB", "SCONJ"} or fold(token.text) in {"que", "qu'", "qui"}:
            return []
        if actors.actor_at(token):
            head = token
            while head.dep_ in {"conj", "flat:name", "flat"} and head.head.i < head.i and actors.actor_at(head.head):
                head = head.head
            return actors.resolve(head)
        i -= 1
    return []


def _objects(verb: Token, trigger: Token, event_type: str, actors: ArticleActors, trig: Triggers, *,
             exclude: list[str], holders: list[Token] = (), direct: bool = True, context: list[str] | None = None) -> list[str]:
    preps = trig.preps.get(event_type, trig.preps["default"])
    keys: list[str] = []
    for holder in [verb] + ([] if trigger is verb else [trigger]) + list(holders):
        for child, case in _arguments(holder):
            if (child.dep_ not in _OBJECT_DEPS and not _only_object(child)) or child is trigger or child in holders:
                continue
            is_direct = child.dep_ == "obj" or (child.dep_ == "nmod" and not case and holder.pos_ == "VERB") or _only_object(child)
            if is_direct and trigger is verb:
                if direct:
                    owned = _owner(child, actors, event_type) if child.pos_ == "NOUN" and not actors.actor_at(child) else []
                    # "l'ingérence des pays occidentaux et notamment des États-Unis": the owner and the conjunct
                    keys += (_keys(child, actors) + owned) or _event_author(child, event_type, trig, context) \
                        or _clitic_person(child, actors, exclude)
            elif case & preps or (child.dep_ == "iobj"):
                if holder is trigger and child.dep_ == "nmod" and case & _DE and event_type not in {"Coerce", "Assault", "Accuse"}:
                    continue
                if case & _VENUE_PREPS and _is_venue(child, actors):
                    continue  # "a rencontré Modi à New Delhi": the place of the meeting
                keys += _keys(child, actors) or _owner(child, actors, event_type) or _clitic_person(child, actors, exclude)
    return [k for k in dict.fromkeys(keys) if k not in exclude]


def _clitic_person(pronoun: Token, actors: ArticleActors, exclude: list[str]) -> list[str]:
    """"il lui reproche de …", "lui faisait grief de", "l'avait critiqué": the clitic object of a subject-resolved
    event stands for the last person named before it, in this sentence or the one before, who is not the subject."""
    if pronoun.pos_ != "PRON" or not exclude or not (
            (pronoun.dep_ == "iobj" and fold(pronoun.text) == "lui")
            or (pronoun.dep_ == "obj" and fold(pronoun.text) in {"le", "la", "l'", "l’"} and pronoun.i < pronoun.head.i)):
        return []
    sentence = sentence_of(pronoun)
    floor = sentence.start
    if floor > 0:
        floor = sentence_of(pronoun.doc[floor - 1]).start
    previous = [m for m in actors.mentions if floor <= m.start and m.end <= pronoun.i
                and actors.actors[m.key].kind == "Person" and m.key not in exclude]
    return [previous[-1].key] if previous else []


def _only_object(child: Token) -> bool:
    """"n'a soutenu que la Russie": the object of "ne … que", parsed as a clause."""
    return child.dep_ == "ccomp" and child.pos_ in {"NOUN", "PROPN"} and any(
        fold(g.text) in {"que", "qu'"} for g in child.children if g.dep_ == "mark")


def _possessor(noun: Token, det: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """Who "son"/"leur" points to in a nominal event: the object of an accusation it explains ("a dénoncé l'Iran
    pour son soutien"), else the subject of the governing verb ("Elle était connue pour sa prise de bec")."""
    node = noun
    while node.pos_ != "VERB" and node.head is not node and node.dep_ in {"nmod", "obl", "obl:arg", "obl:mod", "obj", "nsubj", "appos"}:
        node = node.head
    if node.pos_ not in {"VERB", "ADJ"} and not any(c.dep_ == "cop" for c in node.children):
        return []
    keys: list[str] = []
    case = {fold(c.text) for c in noun.children if c.dep_ == "case"}
    if noun.dep_.startswith("obl") and case & {"pour", "par"}:
        # "a dénoncé l'Iran pour son soutien", "sanctions à la Russie pour son opération": the one blamed
        keys = [k for c in _controller_tokens(node) for k in _keys(c, actors)]
        if not keys and not any(c.dep_ == "obj" for c in node.children):
            keys = _subjects(node, actors, context)  # "connue pour sa prise de bec avec X": the one described
    elif noun.dep_ == "obj" and fold(node.lemma_) in _OWN_ACTS:
        keys = _subjects(node, actors, context)  # "a réaffirmé son soutien", "poursuit sa coopération"
    plural = fold(det.text) in {"leur", "leurs"}
    if not plural and len(keys) == 1:
        return keys
    if plural and (len(keys) >= 2 or (len(keys) == 1 and actors.actors[keys[0]].kind in {"Organization", "Country"})):
        return keys
    return []


#: Verbs after which "son X" is the subject's own act: "a réaffirmé son soutien à Kiev" (not light verbs: the
#: light-verb path already takes the subject).
_OWN_ACTS = {"reaffirmer", "rappeler", "confirmer", "annoncer", "intensifier", "poursuivre", "justifier", "expliquer"}


def _event_author(noun: Token, event_type: str, trig: Triggers, context) -> list[str]:
    """"a condamné ces attaques": a demonstrative event noun stands for the author of the last such event."""
    if event_type not in {"Accuse", "Protest", "Reject"} or not hasattr(context, "events"):
        return []
    kind = trig.nouns.get(fold(noun.lemma_)) or trig.nouns.get(fold(noun.text))
    if not any(c.dep_ == "det" and c.morph.get("PronType") == ["Dem"] for c in noun.children):
        return []
    if event_type == "Reject" and kind in {None, "Demand"}:
        kind = "Demand"  # "ont refusé cet accès", "a rejeté cette demande": the one who asked (gold NOTES)
    if kind is None:
        return []
    author = context.events.get(kind)
    return [author] if author else []


def _calls_something(verb: Token) -> bool:
    """"appeler X « ami »": an object plus a name or attribute for it."""
    doc = verb.doc
    after = doc[verb.i + 1: min(verb.i + 6, sentence_of(verb).end)]
    return any(t.text in {"«", "“", '"'} for t in after) or any(c.dep_ in {"xcomp", "acl"} and c.pos_ in {"NOUN", "ADJ"} for c in verb.children)


