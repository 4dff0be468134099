"""Who did what to whom: actor - action - actor relations with event types.

A trigger is a verb ("sanctionner", "soutenir") or an event noun carried by
a light verb ("imposer des sanctions à", "offrir un soutien à", "faire
pression sur") or standing alone with its arguments ("l'offensive de Moscou
en Ukraine"). The event type comes from the trigger lists in the language
data, whose names are classes of ontology.ttl (aligned with PLOVER).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.model import Evidence, Relation

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_OBJECT_DEPS = {"obj", "obl", "obl:arg", "obl:mod", "iobj", "nmod"}
_RECIPROCAL = {"se", "s'", "s’"}


class _Triggers:
    def __init__(self, language: str) -> None:
        data = language_data(language)
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        for event_type, lists in sorted(data.raw["event_triggers"].items()):
            for verb in lists["verbs"]:
                self.verbs.setdefault(fold(verb).removeprefix("s'").removeprefix("se "), event_type)
            for noun in lists["nouns"]:
                self.nouns.setdefault(fold(noun), event_type)
        self.light_verbs = data.words("light_verbs")
        self.preps = {k: {fold(p) for p in v} for k, v in data.raw["relation_object_preps"].items()}
        self.modal = {fold(k): v for k, v in data.raw["modal_verbs"].items()}
        self.speech = data.words("speech_verbs")


def extract_relations(doc: Doc, actors: ArticleActors, *, language: str = "fr") -> Iterator[Relation]:
    """Yield one ``Relation`` per (subject, object) pair of each event in ``doc``."""
    triggers = _Triggers(language)
    seen: set[tuple] = set()
    context: list[str] = []
    for sentence in doc.sents:
        for token in sentence:
            for relation in _relations_at(token, actors, triggers, context):
                key = (relation.subject, relation.object, relation.event_type, relation.evidence.start, relation.negated)
                if key not in seen:
                    seen.add(key)
                    yield relation
        for token in sentence:
            if token.dep_ in _SUBJECT_DEPS and token.pos_ in {"PROPN", "NOUN"}:
                context.extend(actors.resolve(token))


def _relations_at(token: Token, actors: ArticleActors, triggers: _Triggers, context: list[str]) -> Iterator[Relation]:
    lemma = fold(token.lemma_)
    if token.pos_ == "VERB" and lemma in triggers.verbs:
        event_type = triggers.verbs[lemma]
        if lemma == "appeler":
            if any(c.dep_ in {"xcomp", "obl:arg"} and (c.pos_ == "VERB" or any(g.dep_ == "mark" for g in c.children)) for c in token.children):
                event_type = "Demand"  # "appeler X à faire"
            elif _calls_something(token):
                return  # "a appelé Poutine « mon ami »", "se sont appelés « amis »": naming, not a call
        if lemma in {"livrer", "fournir"} and not any(c.dep_ in {"obl:arg", "iobj", "obl:mod", "obl"} and actors.resolve(c) for c in token.children):
            return  # "livrer des armes à X": only with a recipient
        yield from _verbal(token, token, event_type, token.lemma_.lower(), actors, triggers, context)
    elif token.pos_ == "NOUN" and (lemma in triggers.nouns or fold(token.text) in triggers.nouns):
        event_type = triggers.nouns.get(lemma) or triggers.nouns[fold(token.text)]
        verb = token.head
        if token.dep_ == "obj" and verb.pos_ == "VERB" and fold(verb.lemma_) in triggers.light_verbs:
            yield from _verbal(verb, token, event_type, token.lemma_.lower(), actors, triggers, context)
        else:
            yield from _nominal(token, event_type, token.lemma_.lower(), actors, triggers)


def _verbal(verb: Token, trigger: Token, event_type: str, action: str, actors, triggers, context) -> Iterator[Relation]:
    subjects = _subjects(verb, actors, context)
    reciprocal = any(fold(c.text) in _RECIPROCAL and c.dep_.startswith("expl") or (fold(c.text) in _RECIPROCAL and c.dep_ == "obj") for c in verb.children)
    objects = _objects(verb, trigger, event_type, actors, triggers, exclude=subjects)
    negated = _negated(verb, trigger)
    modality = _modality(verb, triggers)
    evidence = _sentence_evidence(verb)
    if (reciprocal or event_type in {"Consult", "Cooperate", "Agree"}) and len(subjects) >= 2 and not objects:
        first, second = subjects[0], subjects[1]
        yield Relation(first, second, action, event_type, evidence, negated, modality, symmetric=True)
        return
    for subject in subjects:
        for obj in objects:
            if obj != subject:
                yield Relation(subject, obj, action, event_type, evidence, negated, modality)


def _nominal(noun: Token, event_type: str, action: str, actors, triggers) -> Iterator[Relation]:
    """"l'offensive de Moscou en Ukraine", "le soutien de Pékin à Moscou", "l'entretien entre A et B",
    "les sanctions américaines contre l'Iran", "l'invasion du Koweït par l'Irak"."""
    subject: list[str] = []
    objects: list[str] = []
    between: list[str] = []
    preps = triggers.preps.get(event_type, triggers.preps["default"])
    agent = None
    for child in noun.children:
        case = {fold(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ in {"nmod", "obl", "obl:arg", "obl:mod", "acl"} and "par" in case:
            agent = actors.resolve(child)
    for child in noun.children:
        if child.dep_ == "amod" and not subject:
            subject = actors.mentions_in(child.idx, child.idx + len(child.text))  # "les sanctions américaines"
            continue
        if child.dep_ not in {"nmod", "obl", "obl:arg", "obl:mod", "det"}:
            continue
        if child.dep_ == "det" and child.morph.get("Poss") == ["Yes"]:
            continue
        case = {fold(c.text) for c in child.children if c.dep_ == "case"}
        keys = actors.resolve(child)
        if "entre" in case:
            between = keys
        elif "par" in case:
            continue
        elif case & {"de", "du", "des", "d'"} and not subject and not agent:
            subject = keys
        elif case & {"de", "du", "des", "d'"} and agent:
            objects += keys  # "l'invasion du Koweït par l'Irak"
        elif case & preps:
            objects += keys
    if agent:
        subject = agent
    evidence = _sentence_evidence(noun)
    negated = _negated(noun.head, noun) if noun.dep_ == "obj" else False
    if len(between) >= 2 and not subject and event_type in {"Consult", "Cooperate", "Agree"}:
        yield Relation(between[0], between[1], action, event_type, evidence, negated, None, symmetric=True)
        return
    for s in subject:
        for o in objects:
            if s != o:
                yield Relation(s, o, action, event_type, evidence, negated, None)


def _subjects(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    node = verb
    subjects: list[Token] = []
    for _ in range(5):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
        if subjects or node.head is node:
            break
        infinitive = node.morph.get("VerbForm") == ["Inf"]
        if node.dep_ in {"xcomp", "conj"} or (node.dep_ == "advcl" and infinitive):
            node = node.head  # "veulent travailler", "pour contrer": the subject of the governing verb
            continue
        if infinitive and node.dep_ in {"acl", "nmod"} and node.head.pos_ == "NOUN":
            # "les efforts de Moscou et de Pékin pour contrer …"
            owner = [c for c in node.head.children if c.dep_ == "nmod" and actors.resolve(c)]
            if owner:
                keys = actors.resolve(owner[0])
                return [k for k in keys if actors.actors[k].kind in {"Person", "Organization", "Country", "Place"}]
        break
    keys: list[str] = []
    for subject in subjects:
        keys += actors.resolve(subject, context=context)
    return [k for k in keys if actors.actors[k].kind in {"Person", "Organization", "Country", "Place"}]


def _objects(verb: Token, trigger: Token, event_type: str, actors, triggers, *, exclude: list[str]) -> list[str]:
    preps = triggers.preps.get(event_type, triggers.preps["default"])
    keys: list[str] = []
    holders = [verb] if trigger is verb else [verb, trigger]
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in _OBJECT_DEPS or child is trigger:
                continue
            case = {fold(c.text) for c in child.children if c.dep_ == "case"}
            if child.dep_ == "obj" and trigger is verb:
                keys += actors.resolve(child) or _owner(child, actors, event_type)
            elif case & preps or (child.dep_ == "iobj"):
                if holder is trigger and child.dep_ == "nmod" and case & {"de", "du", "des", "d'"} and event_type not in {"Coerce", "Assault", "Accuse"}:
                    continue
                keys += actors.resolve(child) or _owner(child, actors, event_type)
    return [k for k in dict.fromkeys(keys) if k not in exclude]


#: Event types whose object can be the owner of a non-actor noun ("dénoncer l'ingérence des pays occidentaux").
_OWNER_TYPES = {"Accuse", "Reject", "Support", "Protest", "Threaten"}


def _owner(noun: Token, actors: ArticleActors, event_type: str) -> list[str]:
    """"l'ingérence occidentale" / "les actions du Kremlin" / "la politique de la Chine" -> the actor behind the thing."""
    if noun.pos_ != "NOUN" or event_type not in _OWNER_TYPES:
        return []
    keys: list[str] = []
    for child in noun.children:
        if child.dep_ == "amod":
            keys += actors.mentions_in(child.idx, child.idx + len(child.text))
        elif child.dep_ == "nmod" and any(fold(c.text) in {"de", "du", "des", "d'"} for c in child.children if c.dep_ == "case"):
            keys += actors.resolve(child) or [k for g in child.children if g.dep_ == "amod" for k in actors.mentions_in(g.idx, g.idx + len(g.text))]
    return list(dict.fromkeys(keys))


def _calls_something(verb: Token) -> bool:
    """"appeler X « ami »": an object plus a name or attribute for it."""
    doc = verb.doc
    after = doc[verb.i + 1: min(verb.i + 6, verb.sent.end)]
    return any(t.text in {"«", "“", '"'} for t in after) or any(c.dep_ in {"xcomp", "acl"} and c.pos_ in {"NOUN", "ADJ"} for c in verb.children)


def _negated(verb: Token, trigger: Token) -> bool:
    """"n'a imposé aucune sanction", "ne soutient pas", "n'a jamais menacé"."""
    for child in list(verb.children) + list(trigger.children):
        if child.morph.get("Polarity") == ["Neg"] or fold(child.text) in {"ne", "n'", "pas", "jamais", "aucun", "aucune", "nullement"}:
            return True
    return False


def _modality(verb: Token, triggers: _Triggers) -> str | None:
    """Conditional, future, or a modal verb governing the trigger ("veut renforcer")."""
    node = verb
    for _ in range(3):
        mood = node.morph.get("Mood")
        tense = node.morph.get("Tense")
        for aux in (c for c in node.children if c.dep_.startswith("aux")):
            if aux.morph.get("Mood") == ["Cnd"]:
                return "conditional"
            if aux.morph.get("Tense") == ["Fut"]:
                return "future"
        if mood == ["Cnd"]:
            return "conditional"
        if tense == ["Fut"] and mood == ["Ind"]:
            return "future"
        if node is not verb:
            modal = triggers.modal.get(fold(node.lemma_))
            if modal and modal != "obligation":
                return modal
        if node.dep_ != "xcomp" or node.head is node:
            break
        node = node.head
    return None


def _sentence_evidence(token: Token) -> Evidence:
    sentence = token.sent
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    return Evidence(token.doc.text[start:end], start, end)
