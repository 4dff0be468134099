"""Event triggers, polarity and modality for relations (language data in ``lang/<language>.json``).

A trigger is a verb ("sanctionner"), a reflexive verb listed with its clitic
("se battre": only with "se"), a fixed verb phrase ("mettre en cause", "ouvrir
le feu"), or an event noun ("sanctions") carried by a light verb ("imposer des
sanctions") or standing alone. The event type is the name of the list the
trigger is in, a class of ontology.ttl (aligned with PLOVER).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from extractors.entities import folded_lemmas, sentence_of, tokens_of
from extractors.lang import fold, language_data
from extractors.token_table import children_of, morph_get, token_table

#: Clitics that make a verb reflexive or reciprocal ("se sont rencontrés", "s'accordent").
REFLEXIVE = {"se", "s'"}
#: Verbs whose infinitive complement carries the event while they set its type:
#: "a refusé de soutenir X" is a Reject of X, "a menacé d'envahir X" a Threaten of X.
GOVERNORS = {"refuser": "Reject", "rejeter": "Reject", "menacer": "Threaten"}
#: Verbs that deny their infinitive complement: "a nié avoir attaqué X" is a negated Assault.
DENIALS = {"nier", "dementir", "contester"}
#: Verbs that rule out their infinitive: "a exclu de sanctionner X" is negated, "n'a pas exclu de recourir à des
#: pressions contre X" a possibility.
EXCLUSIONS = {"exclure", "ecarter"}
#: Speech verbs that become a Demand with an addressee and "de" + infinitive: "a dit à X de négocier".
DEMAND_SPEECH = {"dire", "ecrire", "repeter", "conseiller", "recommander", "ordonner", "intimer"}
#: Verbs whose object is the subject of their infinitive (object control):
#: "accuser X de purger Y" (X purges), "demander à X de livrer" (X delivers).
OBJECT_CONTROL = {
    "accuser", "demander", "exhorter", "appeler", "inviter", "pousser", "aider", "autoriser", "dire", "ordonner",
    "enjoindre", "sommer", "conseiller", "presser", "encourager", "inciter", "contraindre", "forcer", "obliger",
    "convaincre", "persuader", "charger", "prier", "supplier", "soupconner", "recommander", "intimer", "reprocher",
}
#: Verbs of request whose infinitive is an act asked for, not one done: "a demandé au Conseil de sanctionner X" is a
#: Demand toward the Conseil, no Coerce of X (the accusation verbs of ``OBJECT_CONTROL`` report a deed).
REQUESTS = {
    "demander", "exhorter", "appeler", "inviter", "pousser", "dire", "ordonner", "enjoindre", "sommer", "conseiller",
    "presser", "encourager", "inciter", "prier", "supplier", "recommander", "intimer", "reclamer", "exiger",
}
#: Objects of "bloquer", "contrer", "torpiller" that make the act a Reject of their owner:
#: "bloquer les efforts du Conseil de sécurité" (vs "bloquer les routes d'Alep", a Coerce).
INITIATIVES = {
    "effort", "efforts", "initiative", "initiatives", "proposition", "propositions", "resolution", "resolutions",
    "projet", "projets", "plan", "plans", "demande", "demandes", "candidature", "adhesion", "texte", "offre",
}
_NEGATORS = {"ne", "n'", "pas", "jamais", "aucun", "aucune", "nullement", "guere"}
#: Speech verbs after which a conditional is a future in the past ("ont promis qu'ils se soutiendraient").
_FUTURE_IN_PAST = {"promettre", "declarer", "affirmer", "assurer", "annoncer", "dire", "jurer", "garantir", "indiquer",
                   "ajouter", "prevenir", "avertir", "confirmer", "expliquer", "preciser"}
#: Marks of a time clause whose infinitive the parser may hang as a complement: "avant de", "après".
_TEMPORAL_MARKS = {"avant", "apres"}
#: Verbs of wishing or requiring whose "que" clause (in the subjunctive) is wanted, not done: "La France souhaite que
#: l'UE impose des sanctions" -> intention (like "vouloir" + infinitive).
_WISHED_CLAUSES = {"souhaiter", "vouloir", "desirer", "exiger", "demander", "reclamer", "preferer", "attendre"}
#: Marks of a purpose clause: "pour capturer X", "afin de", "en vue de" -> intention.
_PURPOSE = {"pour", "afin", "vue"}


@dataclass(frozen=True)
class Phrase:
    """A fixed verb phrase: "mettre en cause" -> head "mettre", tail ("en", "cause")."""

    head: str
    tail: tuple[str, ...]
    event_type: str
    text: str
    reflexive: bool = False  # "s'aligner sur X": only with the reflexive clitic ("aligner ses prix sur" is none)


class Triggers:
    """The trigger lists of one language, folded for matching."""

    def __init__(self, language: str) -> None:
        data = language_data(language)
        self.verbs: dict[str, str] = {}
        self.reflexive_only: set[str] = set()
        self.phrases: dict[str, list[Phrase]] = {}
        self.nouns: dict[str, str] = {}
        self.light_nouns: dict[str, str] = {}
        self.noun_phrases: dict[str, list[Phrase]] = {}
        self.en_verbs: dict[str, str] = {}  # "s'en prendre à X": the verb with the clitic "en"
        self.naming_verbs: set[str] = set()  # "appeler / traiter / qualifier X « … »": name-calling
        self.friendly_names: set[str] = set()  # "amis", "partenaire": a naming that is no accusation
        bare: set[str] = set()
        reflexive: set[str] = set()
        for event_type, lists in sorted(data.raw["event_triggers"].items()):
            for verb in lists["verbs"]:
                folded = fold(verb)
                is_reflexive = folded.startswith(("s'", "se "))
                folded = folded.removeprefix("s'").removeprefix("se ")
                if folded.startswith("en "):
                    self.en_verbs.setdefault(folded.removeprefix("en "), event_type)
                    continue
                words = _words(folded)
                if len(words) > 1:
                    phrase = Phrase(words[0], tuple(words[1:]), event_type, folded, is_reflexive)
                    self.phrases.setdefault(words[0], []).append(phrase)
                    continue
                self.verbs.setdefault(folded, event_type)
                (reflexive if is_reflexive else bare).add(folded)
            for noun in lists["nouns"]:
                words = _words(fold(noun))
                if len(words) > 1:  # "prise de bec", "opération militaire"
                    self.noun_phrases.setdefault(words[0], []).append(Phrase(words[0], tuple(words[1:]), event_type, fold(noun)))
                self.nouns.setdefault(fold(noun), event_type)
            self.naming_verbs |= {fold(v) for v in lists.get("naming_verbs", ())}
            self.friendly_names |= {fold(n) for n in lists.get("naming_nouns", ())}
            for noun in lists.get("light_nouns", ()):
                self.light_nouns.setdefault(fold(noun), event_type)
        self.reflexive_only = reflexive - bare
        self.light_verbs = data.words("light_verbs")
        self.dative_targets = data.words("relation_dative_targets")  # "reprocher à X": "à" names the one blamed
        self.preps = {k: {fold(p) for p in v} for k, v in data.raw["relation_object_preps"].items()}
        # "sa solidarité avec X", "une protestation à X": a noun's own prepositions for its target
        self.noun_preps = {fold(k): {fold(p) for p in v} for k, v in data.raw.get("relation_noun_preps", {}).items()}
        self.implicit_accusations = data.words("relation_implicit_accusation_verbs")  # "dénonce un « coup d'État »"
        self.summon_verbs = data.words("relation_summon_verbs")  # "a convoqué l'ambassadeur de X": a Protest toward X
        self.summoned_envoys = data.words("relation_summoned_envoys")
        self.guest_nouns = data.words("relation_guest_nouns")  # "a reçu une délégation russe": a meeting
        self.prep_light_verbs = data.words("relation_prep_light_verbs")  # "recourir à des pressions contre X"
        self.tie_nouns = data.words("relation_tie_nouns")  # "rompre ses relations avec X": the partner after "avec"
        self.strengthen_verbs = data.words("relation_strengthen_verbs")  # "renforcer ses échanges avec X": Cooperate
        self.carriers = data.words("event_carrier_nouns")  # "un paquet de sanctions", "une enveloppe d'aide"
        self.modal = {fold(k).removeprefix("s'").removeprefix("se "): v for k, v in data.raw["modal_verbs"].items()}

    def phrase_at(self, verb: Token) -> tuple[Phrase, list[Token]] | None:
        """The fixed phrase headed by ``verb`` and the tokens of its tail ("met également en cause")."""
        for phrase in self.phrases.get(folded_lemmas(verb.doc)[verb.i], ()) or self.phrases.get(verb_lemma(verb), ()):  # "reste aux côtés"
            tokens = _tail_tokens(verb, phrase.tail)
            if tokens and (not phrase.reflexive or is_reflexive(verb)):
                return phrase, tokens
        return None


    def noun_type(self, noun: Token) -> str | None:
        """The event type a trigger noun names, by its lemma or its form ("sanctions" lemmatised or not)."""
        return self.nouns.get(fold(noun.lemma_)) or self.nouns.get(fold(noun.text))

    def noun_phrase_at(self, noun: Token) -> Phrase | None:
        """The event noun phrase starting at ``noun`` ("prise de bec", "opération militaire")."""
        texts, lemmas = token_table(noun.doc).folded, folded_lemmas(noun.doc)  # the doc's columns: no Span nor Token
        for phrase in [*self.noun_phrases.get(texts[noun.i], []), *self.noun_phrases.get(lemmas[noun.i], [])]:
            start = noun.i + 1
            if start + len(phrase.tail) <= len(texts) and all(texts[i] == w or lemmas[i] == w
                                                              for i, w in enumerate(phrase.tail, start)):
                return phrase
        return None


@lru_cache(maxsize=None)
def triggers(language: str) -> Triggers:
    return Triggers(language)


def is_reflexive(verb: Token) -> bool:
    return any(fold(c.text) in REFLEXIVE and (c.dep_.startswith("expl") or c.dep_ in {"obj", "iobj"}) for c in children_of(verb))


def instrument_type(verb: Token, event_type: str, triggers: Triggers) -> str:
    """"L'UE a frappé la Russie de nouvelles sanctions": a blow dealt with a Coerce noun ("de" + noun, however the parser
    hangs it: on the verb or on its object) is that Coerce, not an Assault ("frapper la Russie" alone stays one).
    "échanger des tirs / des accusations" is the hostile act exchanged, not a Consult (``exchanged_type``)."""
    if event_type == "Consult":
        return exchanged_type(verb, triggers) or event_type
    if event_type == "Cooperate":
        return handed_over_type(verb, triggers) or event_type
    if event_type != "Assault":
        return event_type
    doc = verb.doc
    holders = [verb, *(c for c in verb.children if c.dep_ == "obj")]
    for noun in (c for holder in holders for c in holder.children):
        if noun.pos_ == "NOUN" and fold(doc[noun.left_edge.i].text) in {"de", "d'"} and "Coerce" in {
                triggers.nouns.get(fold(noun.lemma_)), triggers.nouns.get(fold(noun.text))}:
            return "Coerce"
    return event_type


#: Verbs of handing over whose object sets the act: "a remis une note de protestation à X" (``relation_handover_verbs``).
HANDOVER_VERBS = language_data("fr").words("relation_handover_verbs")
_HANDED_TYPES = {"Protest", "Threaten", "Demand", "Accuse", "Support"}


def handed_over_type(verb: Token, triggers: Triggers) -> str | None:
    """The act a handover verb's object names ("Hanoï a remis une note de protestation à X" -> Protest, "a remis une
    aide à X" -> Support); None for anything else handed over ("a remis les clés de la base à X" stays a Cooperate)."""
    if fold(verb.lemma_) not in HANDOVER_VERBS:
        return None
    for noun in (c for c in children_of(verb) if c.dep_ == "obj" and c.pos_ == "NOUN"):
        for word in [noun, *(c for c in children_of(noun) if c.dep_ == "nmod" and c.pos_ == "NOUN")]:  # "note de protestation"
            phrase = triggers.noun_phrase_at(word)  # "une note diplomatique", "une note verbale"
            found = (phrase.event_type if phrase else None) or triggers.noun_type(word)
            if found in _HANDED_TYPES:
                return found
    return None


#: Verbs of exchange whose object sets the act exchanged: "ont échangé des tirs" (``relation_exchange_verbs``).
EXCHANGE_VERBS = language_data("fr").words("relation_exchange_verbs")
#: Objects of an exchange verb that are blows or insults besides the event nouns: "échanger des coups de feu".
_EXCHANGED_ACTS = language_data("fr").table("relation_exchanged_acts")
_HOSTILE_TYPES = {"Assault", "Accuse", "Threaten"}


def exchanged_type(verb: Token, triggers: Triggers) -> str | None:
    """The hostile act an exchange verb's object names ("la Thaïlande et le Cambodge échangent des tirs" -> Assault,
    "ont échangé des accusations" -> Accuse); None for any other exchange ("échanger des vues" stays a Consult)."""
    if fold(verb.lemma_) not in EXCHANGE_VERBS:
        return None
    for noun in (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"):
        for word in (fold(noun.lemma_), fold(noun.text)):
            found = triggers.nouns.get(word) or _EXCHANGED_ACTS.get(word)
            if found in _HOSTILE_TYPES:
                return found
    return None


def requested_by(verb: Token) -> Token | None:
    """The request verb ``verb`` is the infinitive complement of, through coordinated infinitives: "demande aux pays
    de « ne pas regarder ailleurs » et de reconnaître X" (an act asked of others, not done by the one who asks)."""
    node = verb
    while node.dep_ == "conj" and node.head != node and morph_get(node, "VerbForm") == ["Inf"]:
        node = node.head
    lemma = fold(node.head.lemma_)  # (lemmatiser: present "demande" lemmatised as the noun)
    complement = node.dep_ == "xcomp" or (node.dep_ == "advcl" and morph_get(node, "VerbForm") == ["Inf"] and any(
        c.dep_ == "mark" and fold(c.text) in {"a", "de", "d'"} for c in node.children))  # (parser: after a relative clause)
    return node.head if complement and (lemma in REQUESTS or lemma + "r" in REQUESTS) else None


#: Verbs that stop or forgo their infinitive: "a cessé de soutenir X" asserts no Support (gold NOTES).
STOPPERS = language_data("fr").words("relation_stopping_verbs")


def stopped_by(verb: Token) -> Token | None:
    """The verb of stopping whose infinitive ``verb`` is (through coordinated infinitives): "doivent cesser de
    contenir la Chine", "a renoncé à sanctionner X", "s'est abstenu de condamner X"; None for any other verb."""
    node = verb
    while node.dep_ == "conj" and node.head != node and morph_get(node, "VerbForm") == ["Inf"]:
        node = node.head
    head = node.head
    if node.dep_ != "xcomp" or head == node or not _participle_lemmas(head) & STOPPERS or _negated_itself(head):
        return None  # "ne cesse de soutenir X" goes on doing it
    if any(c.dep_ == "mark" and fold(c.text) in _TEMPORAL_MARKS for c in node.children):
        return None  # "ne s'arrêtera pas avant d'avoir détruit X": a time clause, not the thing stopped
    return head


def _participle_lemmas(verb: Token) -> set[str]:
    """The lemma and the infinitives a participle the lemmatiser kept may stand for: "abstenue" -> "abstenir",
    "cessée" -> "cesser"."""
    text = fold(verb.text).removesuffix("s").removesuffix("e")
    found = {fold(verb.lemma_), verb_lemma(verb)}
    if text.endswith("u"):
        found.add(text[:-1] + "ir")
    elif text.endswith("e"):
        found.add(text[:-1] + "er")
    return found


def denied_by(verb: Token) -> Token | None:
    """The denial verb whose infinitive ``verb`` is: "a nié avoir attaqué X" (xcomp), also after an adverbial the
    parser takes for the infinitive's head: "a nié à nouveau avoir attaqué" (advcl), "a nié à plusieurs reprises
    avoir …" (acl of "reprises"). None for a marked infinitive ("pour", "avant de") or any other verb."""
    infinitive = morph_get(verb, "VerbForm") == ["Inf"] or any(
        a.dep_.startswith("aux") and morph_get(a, "VerbForm") == ["Inf"] for a in verb.children)
    if not infinitive or any(c.dep_ == "mark" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "obl:mod" and head.pos_ == "NOUN":
        head = head.head
    elif verb.dep_ not in {"xcomp", "advcl"}:
        return None
    return head if head.pos_ == "VERB" and head.i < verb.i and fold(head.lemma_) in DENIALS else None


def negated(verb: Token, trigger: Token) -> bool:
    """"n'a imposé aucune sanction", "ne soutient pas", "n'a jamais menacé", "sans sanctionner", "ne veut pas
    sanctionner" (the negation of a governing modal); "refuser de" is a Reject, not a negation. The negation of a
    governing speech verb ("n'a pas dit que…") is not the event's."""
    nodes = [verb, trigger, *_intent_holders(verb)]  # "n'a pas l'intention de rompre avec X"
    node = verb
    while node.dep_ == "xcomp" and node.head != node and fold(node.head.lemma_) not in GOVERNORS \
            and not any(c.dep_ == "mark" and fold(c.text) in _TEMPORAL_MARKS for c in node.children) \
            and not _participle_lemmas(node.head) & STOPPERS:  # "ne cesse de soutenir X": it goes on
        if fold(node.head.lemma_) in EXCLUSIONS:  # "a exclu de …" negates, "n'a pas exclu de …" does not
            return not _negated_itself(node.head) and not any(_negated_itself(n) for n in nodes)
        node = node.head  # (not "ne s'arrêtera pas avant d'avoir détruit X": the destruction is not negated)
        nodes.append(node)
    for holder in nodes:
        for child in children_of(holder):
            if child.dep_ in {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "conj", "parataxis"}:
                continue
            if morph_get(child, "Polarity") == ["Neg"] or fold(child.text) in _NEGATORS:
                if fold(child.text) in {"ne", "n'"} and _restrictive(holder):
                    continue  # "ne … que": only, not a negation
                return True
            if child.dep_ == "mark" and fold(child.text) == "sans" and holder is verb:
                return True
    return False


def modality(verb: Token, triggers: Triggers) -> str | None:
    """A modal verb or adjective governing the trigger ("veut renforcer", "pourrait sanctionner", "prête à"),
    a purpose clause ("pour capturer X"), else the conditional or future of the trigger's own clause.
    "devoir" is an intention in the indicative and a conditional in the conditional (gold NOTES)."""
    chain = [verb]
    purpose = False
    while len(chain) < 5:
        node = chain[-1]
        if node.head == node:
            break
        if node.dep_ == "xcomp":
            chain.append(node.head)
        elif node.dep_ == "advcl" and node.morph.get("VerbForm") == ["Inf"]:
            purpose = purpose or any(fold(c.text) in _PURPOSE for c in node.children if c.dep_ in {"mark", "case"})
            chain.append(node.head)
        elif _intent_holders(node):  # "a l'intention de rompre": the noun is the modal
            chain.append(node.head)
            break
        else:
            break
    for node in chain[1:]:
        if fold(node.lemma_) in EXCLUSIONS and _negated_itself(node):
            return "possibility"  # "n'a pas exclu de recourir à des pressions"
        modal = triggers.modal.get(verb_lemma(node)) or triggers.modal.get(_participle(node))  # "est disposée à"
        if modal == "obligation":
            return "conditional" if _conditional(node) else "intention"
        if modal:
            return modal
    if purpose or _wished(chain[-1]):
        return "intention"
    for node in chain:
        if _conditional(node):
            governor = chain[-1].head if chain[-1].dep_ == "ccomp" else None
            if governor is not None and fold(governor.lemma_) in _FUTURE_IN_PAST and governor.morph.get("Mood") != ["Cnd"]:
                return "future"
            return "conditional"
        if any(morph_get(a, "Tense") == ["Fut"] for a in node.children if a.dep_.startswith("aux")):
            return "future"
        if morph_get(node, "Tense") == ["Fut"] and morph_get(node, "Mood") == ["Ind"]:
            return "future"
        if node is verb and _future_form(node):
            return "future"
    return None


def _wished(node: Token) -> bool:
    """"souhaite que l'UE impose …": a "que" clause of a wish or requirement verb (the subjunctive they govern)."""
    return node.dep_ == "ccomp" and fold(node.head.lemma_) in _WISHED_CLAUSES \
        and any(c.dep_ == "mark" and fold(c.text) in {"que", "qu'"} for c in node.children)


#: Nouns of intent whose "de" + infinitive is planned, not done: "n'a pas l'intention de rompre avec X".
_INTENT_NOUNS = {"intention"}


def _intent_holders(verb: Token) -> list[Token]:
    """The intent noun of "(avoir) l'intention de" + ``verb`` and the verb "avoir" holding it ([] for anything else)."""
    noun = verb.head
    if verb.dep_ != "acl" or morph_get(verb, "VerbForm") != ["Inf"] or fold(noun.lemma_) not in _INTENT_NOUNS:
        return []
    have = noun.head
    if noun.dep_ != "obj" or fold(have.lemma_) != "avoir":
        return [noun]
    if have.dep_.startswith("aux") and have.head.i > have.i:  # parser: "X n'a pas l'intention de …, a assuré Y" with
        return [noun, have, have.head]  # "a" taken for the auxiliary of "assuré" (and X for its subject)
    return [noun, have]


#: Endings of the simple future added to the infinitive ("rester" -> "resterons", "finir" -> "finira").
_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


def _future_form(node: Token) -> bool:
    """Tagger repair: a future tagged as a present ("Nous resterons aux côtés de X"): the infinitive plus a future
    ending ("déclarons" is no "déclarer" + "ons")."""
    lemma, text = fold(node.lemma_), fold(node.text)
    return node.pos_ == "VERB" and morph_get(node, "VerbForm") == ["Fin"] and lemma.endswith(("er", "ir")) \
        and node.morph.get("Tense") != ["Fut"] and any(text == lemma + ending for ending in _FUTURE_ENDINGS)


def _participle(node: Token) -> str:
    """The masculine singular of a past participle ("disposée" -> "dispose", "résolues" -> "resolu"), for the modal
    adjectives of ``modal_verbs`` ("disposé à") the tagger reads as passive verbs; "" for anything else."""
    if node.morph.get("VerbForm") != ["Part"] or not any(c.dep_ in {"aux:pass", "cop"} for c in node.children):
        return ""  # "est disposée à", not "a décidé de" (décider is no modal)
    text = fold(node.text).removesuffix("s")
    return text[:-1] if len(text) > 3 and text.endswith("e") and text[-2] in "eui" else text


def verb_lemma(node: Token) -> str:
    """The folded lemma, repaired when the lemmatiser kept an inflected form of a first-group verb ("tente" for
    "tenter", "envisagent" for "envisager")."""
    lemma = fold(node.lemma_)
    if node.pos_ == "VERB" and not lemma.endswith(("er", "ir", "re")):
        text = fold(node.text)
        for ending in ("ent", "es", "e"):
            if text.endswith(ending):
                return text[:-len(ending)] + "er"
    return lemma


def _conditional(node: Token) -> bool:
    return morph_get(node, "Mood") == ["Cnd"] or any(morph_get(a, "Mood") == ["Cnd"] for a in node.children if a.dep_.startswith("aux"))


def _negated_itself(verb: Token) -> bool:
    """A negator among ``verb``'s own dependents ("n'a pas exclu")."""
    return any(c.morph.get("Polarity") == ["Neg"] or fold(c.text) in _NEGATORS for c in verb.children
               if c.dep_ not in {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "conj", "parataxis"})


def _restrictive(verb: Token) -> bool:
    """"n'a soutenu que la Russie": "ne" with "que" and no other negator."""
    children = list(verb.children)
    has_que = any(fold(c.text) in {"que", "qu'"} and c.dep_ in {"advmod", "fixed", "mark", "cc"} for c in children)
    has_que = has_que or any(c.dep_ == "ccomp" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i
                             and any(fold(g.text) in {"que", "qu'"} for g in c.children if g.dep_ == "mark") for c in children)
    other = any(fold(c.text) in _NEGATORS - {"ne", "n'"} for c in children)
    return has_que and not other


def _words(phrase: str) -> list[str]:
    """"mettre d'accord" -> ["mettre", "d'", "accord"] (tokens as spaCy splits French elisions)."""
    return re.findall(r"[^\s']+'|[^\s']+", phrase)


def _tail_tokens(verb: Token, tail: tuple[str, ...]) -> list[Token]:
    """The tail of a fixed phrase right after its verb, adverbs and clitics allowed in between."""
    doc = verb.doc
    texts, lemmas = token_table(doc).folded, folded_lemmas(doc)  # the doc's columns: no Span nor Token per window
    end = min(sentence_of(verb).end, verb.i + 14 + len(tail))  # a direct object may stand before the tail
    for start in range(verb.i + 1, end):
        if start + len(tail) <= len(texts) and all(texts[i] == w or lemmas[i] == w for i, w in enumerate(tail, start)):
            between = doc[verb.i + 1:start]
            if all(t.pos_ in {"ADV", "AUX", "PRON"} for t in between) or (len(tail) > 1 and _object_between(verb, between, start)):
                return tokens_of(doc)[start:start + len(tail)]
    return []


def _object_between(verb: Token, between, tail_start: int) -> bool:
    """The words between a phrase's verb and its tail are the verb's direct object: "a attaqué Samsung en justice",
    "a mis l'ancien ministre en examen" (an object of a few words only; a tail of two words or more, since a bare
    preposition is no tail to wait for: "a tiré des gaz sur X" is no "tirer sur X"). A time adverbial of the verb may
    stand before the object ("a mis mardi X en examen"), and a tail the parser hangs on the object as an apposition
    may follow its named apposition and a quotation mark: "a déclaré l'ambassadeur de Suède, Anders Berg, « persona
    non grata »"."""
    objects = [c for c in children_of(verb) if c.dep_ == "obj"]
    if len(objects) != 1 or not between:
        return False
    span = objects[0]
    timed = {t.i for c in children_of(verb) if c.dep_ in {"obl:mod", "advmod"} and c.i < span.i for t in c.subtree}
    words = [t for t in between if t.i not in timed]
    if not words or span.left_edge.i != words[0].i:
        return False
    if span.right_edge.i == words[-1].i:
        return len(words) <= 6
    content = [t for t in words if not t.is_punct]
    return span.i < tail_start <= span.right_edge.i and 0 < len(content) <= 8  # "…, Anders Berg, « persona non grata »"
