"""Arguments of relation triggers: the actors a noun phrase stands for, prepositions, and parser repairs.

Split from ``extractors.relations`` (which finds the events): ``actor_keys`` resolves a noun phrase to actors (with state
organs: "l'armée syrienne" -> Syrie), ``owner_actors`` finds the actor behind a thing ("l'ingérence occidentale"),
``arguments_of`` yields dependents with their prepositions, and the repairs recover subjects the parser misplaces.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of, text_of
from extractors.lang import fold, language_data
from extractors.led_states import led_body_state, person_neighbour
from extractors.model import Evidence
from extractors.timeref import WEEKDAYS
from extractors.token_table import children_of, morph_get

#: The forms of the preposition "de" that mark a relation argument ("la décision de Washington").
DE_WORDS = {"de", "du", "des", "d'"}
#: The forms of the preposition "à" that mark a recipient or target ("a livré des armes à l'Ukraine").
A_WORDS = {"a", "au", "aux"}
_TITLES = language_data("fr").words("titles")


def _name_given(verb: Token, actors: ArticleActors) -> list[Token]:
    """The name a naming verb gives its object: the quoted words after it ("appelé X « la châtelaine »"), else the
    noun or adjective after "de" / "comme" ("traite X de menteur"); [] when the verb names nothing."""
    sentence = sentence_of(verb)
    window = verb.doc[verb.i + 1: min(verb.i + 10, sentence.end)]
    opening = next((t for t in window if t.text in {"«", "“", '"'}), None)
    if opening is not None:
        if opening.i > 0 and fold(verb.doc[opening.i - 1].text) in A_WORDS:
            return []  # "a appelé Washington à « renoncer … »": a call to act, no name
        name = []
        for t in verb.doc[opening.i + 1: sentence.end]:
            if t.text in {"»", "”", '"'}:
                break
            name.append(t)
        return name
    if fold(verb.lemma_) == "appeler":  # "appeler X Y" unquoted; "appeler X de ses vœux" is no name
        return [c for c in verb.children if c.dep_ in {"xcomp", "acl"} and c.pos_ in {"NOUN", "ADJ"}]
    if fold(verb.lemma_) == "decrire":  # "décrire X comme responsable" is a description: only a quoted name counts
        return []
    for t in window:
        if fold(t.text) in {"de", "d'", "comme"} and t.i + 1 < sentence.end:
            nxt = verb.doc[t.i + 1]
            if nxt.pos_ in {"NOUN", "ADJ"} and not actors.actor_at(nxt):
                return [nxt]
    return []


def _named_before(subject: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: "Jean-Luc Mélenchon, le candidat du Front de gauche, avait appelé …" parsed with the role noun
    as the subject and the name elsewhere: the person named just before the comma is the subject."""
    doc = subject.doc
    start = subject.left_edge.i
    sentence = sentence_of(subject)
    if subject.pos_ != "NOUN" or start - 2 < sentence.start or doc[start - 1].text != ",":
        return []
    key = actors.actor_at(doc[start - 2])
    if not key or actors.actors[key].kind != "Person" or key in actors.resolve(subject):
        return []
    i = start - 2
    while i - 1 >= sentence.start and actors.actor_at(doc[i - 1]) == key:
        i -= 1
    if i > sentence.start and not doc[i - 1].is_punct:
        return []  # only a name that opens the clause: "Jean-Luc Mélenchon, le candidat …"
    return [key]


def _left_conjunct(subject: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: "M. Poutine et M. Xi ont discuté" parsed with "M. Xi" alone as the subject and "M. Poutine"
    elsewhere; the actor just before "et", at the start of the clause, is a subject too."""
    doc = subject.doc
    start = subject.left_edge.i
    sentence = sentence_of(subject)
    if start - 2 < sentence.start or not actors.actor_at(doc[start - 2]):
        return []
    if doc[start - 1].text == "," and _heads_list(subject):
        return _list_opening(doc[start - 2], sentence, actors)  # "Les États-Unis, le Canada et l'Australie ont …"
    if fold(doc[start - 1].text) != "et":
        return []
    i = start - 2
    key = actors.actor_at(doc[i])
    while i - 1 >= sentence.start and (actors.actor_at(doc[i - 1]) == key or doc[i - 1].pos_ == "DET"
                                       or fold(doc[i - 1].text) in _TITLES):
        i -= 1  # "M. Poutine et M. Xi ont discuté": the title opens the first conjunct
    if i > sentence.start and not (doc[i - 1].is_punct or doc[i - 1].pos_ in {"SCONJ", "CCONJ"}):
        return []  # not the start of a clause: "la visite de A et B a ..." stays as parsed
    head = doc[i]
    while actors.actor_at(head.head) == key and head.head.i != head.i and head.head.i >= i:
        head = head.head
    if head.i >= start:
        return []
    keys = [k for k in actor_keys(head, actors) if k != actors.actor_at(subject)]
    while i - 2 >= sentence.start and doc[i - 1].text == "," and actors.actor_at(doc[i - 2]):
        i, key = i - 2, actors.actor_at(doc[i - 2])  # "Washington, Tokyo et Séoul doivent …": the earlier members
        while i - 1 >= sentence.start and (actors.actor_at(doc[i - 1]) == key or doc[i - 1].pos_ == "DET"):
            i -= 1
        if i > sentence.start and not doc[i - 1].is_punct:
            break
        keys = [key] + keys
    return keys


def _heads_list(subject: Token) -> bool:
    """``subject`` opens "A, B et C" as parsed: a conjunct after "et" hangs on it."""
    return any(c.dep_ == "conj" and any(fold(g.text) == "et" for g in c.children if g.dep_ == "cc") for c in subject.children)


def _list_opening(last: Token, sentence, actors: ArticleActors) -> list[str]:
    """Parser repair: the first member of a subject list that the parser hung elsewhere ("Les États-Unis, le Canada,
    l'Australie et la Grande-Bretagne ont déclaré …" with "Les États-Unis" an adverbial): only a bare actor (no
    preposition: not "En Europe, la France et …") that opens the sentence."""
    key = actors.actor_at(last)
    i = last.i
    while i - 1 >= sentence.start and (actors.actor_at(last.doc[i - 1]) == key or last.doc[i - 1].pos_ == "DET"):
        i -= 1
    head = last
    while actors.actor_at(head.head) == key and head.head.i != head.i:
        head = head.head
    if i != sentence.start or head.dep_ in {"nsubj", "nsubj:pass", "conj"} or any(c.dep_ == "case" for c in head.children):
        return []
    return actor_keys(head, actors)


_VENUE_PREPS = {"a", "au", "en", "dans"}


#: Words of a locative preposition whose "de" marks no object: "près d'Alep", "autour de Damas".
NEAR = {"pres", "loin", "autour", "proche", "lors"}


#: Adverbs that carry a prepositional object: "a protesté auprès de Tokyo", "vis-à-vis de Pékin".
_PREP_ADVERBS = {"aupres", "vis-a-vis"}  # not "face": "face à X" names an adversary (_LOCUTION_HEADS)
#: Nouns of manner idioms and channels that the parser makes the head of the partner: "main dans la main avec X",
#: "de concert avec X", "s'est entretenu au téléphone avec X", "par visioconférence avec X".
_CHANNEL_NOUNS = {"telephone", "visioconference", "videoconference", "video"}
_MANNER_NOUNS = {"main", "concert", "coude", "cote"} | _CHANNEL_NOUNS


#: Nouns of compound prepositions: "à l'égard de X", "à l'encontre de X", "à l'endroit de X" (treated as "contre").
_PREP_NOUNS = {"egard", "encontre", "endroit"}


#: "aux forces afghanes" is "à les forces", "du Kremlin" is "de le Kremlin".
_CONTRACTIONS = {"au": "a", "aux": "a", "du": "de", "des": "de"}


#: First words of prepositional locutions ending in "à" that name no partner or recipient: "renforcer leur
#: coopération face à Pyongyang" (the adversary), "grâce à Paris", "quant à Moscou".
_LOCUTION_HEADS = {"face", "grace", "quant"}


def has_case(token: Token) -> bool:
    """A preposition introduces ``token`` ("à Kiev", not the bare subject or object "Kiev")."""
    return any(c.dep_ == "case" for c in token.children)


def object_nouns_in(verb: Token, words) -> list[Token]:
    """The nouns that are ``verb``'s object or passive subject and whose form or lemma, folded, is one of ``words``
    ("a fermé sa frontière", "l'aide a été suspendue")."""
    return [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"} and c.pos_ == "NOUN"
            and (fold(c.text) in words or fold(c.lemma_) in words)]


def arguments_of(holder: Token) -> Iterator[tuple[Token, set[str]]]:
    """Dependents of a trigger with their prepositions, looking through "auprès de" and "à l'égard de"."""
    for child in children_of(holder):
        case = {fold(c.text) for c in children_of(child) if c.dep_ in {"case", "fixed"}
                or (c.dep_ == "advmod" and fold(c.text) in NEAR)}  # "près d'Alep" parsed with "près" as an adverb
        case |= {_CONTRACTIONS[c] for c in case if c in _CONTRACTIONS}
        case = case & _LOCUTION_HEADS or case  # "face à Pyongyang", "grâce à Paris": the locution, not "à"
        if child.pos_ == "NOUN" and fold(child.text) in _PREP_NOUNS and case & {"a", "au"}:
            for grandchild in child.children:
                if grandchild.dep_ == "nmod":
                    yield grandchild, {"contre", "envers"}
            continue
        yield child, case
        if child.pos_ == "NOUN" and fold(child.text) in _MANNER_NOUNS and not (
                fold(child.text) in _CHANNEL_NOUNS and any(c.dep_ == "conj" for c in child.children)):
            # (a channel with conjuncts already stands for the partners the parser listed under it)
            for grandchild in child.children:  # "travailler main dans la main / de concert avec X"
                if grandchild.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"}:
                    yield grandchild, {fold(c.text) for c in grandchild.children if c.dep_ == "case"}
        if child.dep_ in {"obl:mod", "obj"} and fold(child.text) in WEEKDAYS:  # "a réclamé vendredi à l'Allemagne des …"
            yield from ((g, {fold(c.text) for c in children_of(g) if c.dep_ == "case"}) for g in children_of(child)
                        if g.dep_ == "nmod" and ((g.left_edge.i == child.i + 1 and fold(g.left_edge.text) in A_WORDS)
                                                 or any(c.dep_ == "case" and fold(c.text) == "avec" for c in children_of(g))))
            # "s'est entretenu dimanche par téléphone avec X": the partner hung on the weekday
        if child.pos_ == "ADV" and fold(child.text) in _PREP_ADVERBS:
            for grandchild in child.children:
                if grandchild.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"}:
                    yield grandchild, {fold(child.text)} | {fold(c.text) for c in grandchild.children if c.dep_ == "case"}


#: Heads that stand for their state ("l'armée syrienne", "les forces armées de la Russie"; gold NOTES:
#: armies and governments -> the state).
_STATE_ORGANS = {
    "armee", "armees", "force", "forces", "troupe", "troupes", "soldat", "soldats", "militaires", "police",
    "gendarmerie", "marine", "aviation", "gouvernement", "autorites", "regime", "diplomatie", "justice",
    "garde-cotes", "services", "renseignement", "renseignements", "ministere", "executif", "pouvoir",
    "ambassade", "ambassadeur", "ambassadrice", "diplomate", "diplomates", "consulat",
    "representant", "representants", "representante", "representantes", "delegation", "delegations", "emissaire",
    "emissaires", "envoye", "envoyes", "negociateur", "negociateurs", "mediateur", "mediateurs",
    # plural officials of named states: "les directeurs politiques de la France, du Royaume-Uni et de l'Allemagne"
    "directeurs", "ministres", "responsables", "homologues", "conseillers", "ambassadeurs", "chefs",
    # crews of an armed or police service: "les gardes-frontières biélorusses", "des policiers français"
    "garde-frontieres", "gardes-frontieres", "policiers", "gendarmes",
} | language_data("fr").words("relation_armed_unit_nouns")  # "une patrouille pakistanaise", "des garde-côtes chinois"
#: Ships that act for their state as warships: "un navire de guerre russe" (a "navire russe" may be a trader's).
_WARSHIPS = language_data("fr").words("relation_warship_nouns")
#: Military craft that act for their state only as the agent ("des bombardiers russes ont frappé X", "frappé par
#: des drones russes"); as an object the demonym names the maker ("a abattu des drones iraniens" attacks no Iran).
_STATE_CRAFT = {
    "avion", "avions", "drone", "drones", "chasseur", "chasseurs", "bombardier", "bombardiers", "helicoptere",
    "helicopteres", "navire", "navires", "fregate", "fregates", "sous-marin", "sous-marins",
}
_AGENT_DEPS = {"nsubj", "obl:agent"}


#: Leader role nouns: when the leader is never named, "le président malien" stands for Mali (gold NOTES:
#: "le premier ministre britannique" -> Royaume-Uni).
_LEADERS = language_data("fr").words("leader_heads")


def actor_keys(token: Token, actors: ArticleActors, *, context: list[str] | None = None) -> list[str]:
    """The actors a noun phrase refers to: ``actors.resolve``, then a state organ named with its state."""
    keys = actors.resolve(token, context=context) or (
        [] if person_neighbour(token, actors) else actors.possessive_epithet(token))  # "à son allié"
    if keys and token.pos_ == "NOUN" and morph_get(token, "Number") == ["Plur"] and all(
            actors.actors[k].kind == "Country" for k in keys):
        keys = list(dict.fromkeys(keys + _coordinated_demonyms(token, actors)))  # "les ministres français et allemand"
    leader = fold(token.text) in _LEADERS or _head_of_government(token)
    craft = fold(token.text) in _STATE_CRAFT and (token.dep_ in _AGENT_DEPS or (
        token.dep_ == "conj" and token.head.dep_ in _AGENT_DEPS))
    warship = fold(token.text) in _WARSHIPS and any(c.dep_ == "nmod" and fold(c.text) == "guerre" for c in token.children)
    if token.pos_ != "NOUN" or not (leader or craft or warship or fold(token.text) in _STATE_ORGANS):
        return keys
    if keys and (leader or any(actors.actors[k].kind != "Country" for k in keys)):
        return keys  # "le président malien" named elsewhere is that person; only an unnamed one stands for Mali
    found: list[str] = []
    modifiers = [c for c in token.children if c.dep_ == "amod"]
    modifiers += [g for c in token.children if c.dep_ == "nmod" for g in c.children if g.dep_ == "amod"]
    modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj" and (c.pos_ == "ADJ" or (
        c.pos_ == "NOUN" and c.text.islower()))]  # "iraniens et européens"; "thaïlandais et cambodgiens" (tagged a noun)
    modifiers += [c for c in _adjective_conjuncts(token) if c not in modifiers]
    for modifier in modifiers:
        members = actors.demonym_members(modifier) if token.morph.get("Number") == ["Plur"] else []
        found += members or [k for k in actors.mentions_in(modifier.idx, modifier.idx + len(modifier.text))
                             if actors.actors[k].kind == "Country"]
    complements = [c for c in token.children if c.dep_ == "nmod"]
    complements += [g for c in complements if not actors.actor_at(c) for g in c.children if g.dep_ == "nmod"]
    for child in complements:  # "les ministres des Affaires étrangères de l'Inde et de la Chine": past the portfolio
        if child.dep_ == "nmod" and (any(fold(c.text) in DE_WORDS for c in child.children if c.dep_ == "case")
                                     or (actors.actor_at(child) and actors.actor_at(child) in found)):
            # a name the parser splits ("du Royaume - Uni et de l'Allemagne"): its later pieces carry the conjuncts
            found += [k for k in actors.resolve(child) if actors.actors[k].kind == "Country"]
    for conj in token.children:
        if conj.dep_ == "conj":
            found += actors.resolve(conj)
    if not found and not keys:
        found = _relative_owner(token, actors) or _home_state(token, actors)  # "X, dont le gouvernement …"
    return list(dict.fromkeys(found + keys))  # "les forces armées de la Russie et de la Chine": both


def _head_of_government(token: Token) -> bool:
    """"le Premier ministre britannique": "ministre" with "Premier / Première" before it is a leader noun too."""
    return fold(token.text) == "ministre" and any(
        c.dep_ == "amod" and c.i < token.i and fold(c.text) in {"premier", "premiere"} for c in token.children)


def _relative_owner(token: Token, actors: ArticleActors) -> list[str]:
    """"La Slovaquie, dont le gouvernement est critiqué": the state named just before ", dont" owns the organ."""
    relative = next((c for c in token.children if c.dep_ == "nmod" and fold(c.text) == "dont" and c.i < token.i), None)
    if relative is None or relative.i < 2 or relative.doc[relative.i - 1].text != ",":
        return []
    key = actors.actor_at(relative.doc[relative.i - 2])
    return [key] if key and actors.actors[key].kind == "Country" else []


def _coordinated_demonyms(token: Token, actors: ArticleActors) -> list[str]:
    """"les médiateurs égyptiens et qatariens": the state of each adjective of nationality coordinated with the first."""
    adjectives = [c for c in token.children if c.dep_ == "amod"]
    conjuncts = [c for a in adjectives for c in a.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    found: list[str] = []
    for conjunct in conjuncts + _adjective_conjuncts(token):
        members = actors.demonym_members(conjunct)
        if len(members) == 1 and actors.actors[members[0]].kind == "Country":
            found += members
    return found


def _adjective_conjuncts(token: Token) -> list[Token]:
    """Parser: the second adjective hung on the noun, not on the first ("les ministres français et allemand")."""
    first = next((c for c in token.children if c.dep_ == "amod"), None)
    return [] if first is None else [c for c in token.children if c.dep_ == "conj" and c.pos_ == "ADJ" and c.i > first.i]


#: Organs that, definite and unqualified, stand for the country the article is about (gold NOTES: "le gouvernement").
_HOME_ORGANS = {"gouvernement", "executif"}


def _home_state(token: Token, actors: ArticleActors) -> list[str]:
    """"au gouvernement", "le gouvernement" with no complement of its own: the country named most often before it
    (the latest on a tie). A "des" complement is let through: the parser hangs the demanded thing on the addressee
    ("demande au gouvernement des mesures")."""
    if fold(token.text) not in _HOME_ORGANS or token.morph.get("Number") == ["Plur"]:
        return []
    marks = {fold(c.text) for c in token.children if c.dep_ in {"det", "case"}}
    if not marks & {"le", "l'", "au"} or any(c.dep_ == "det" and fold(c.text) not in {"le", "l'"} for c in token.children):
        return []
    if any(c.dep_ in {"appos", "acl:relcl", "acl", "amod"} for c in token.children) or any(
            c.dep_ == "nmod" and not {fold(g.text) for g in c.children if g.dep_ == "case"} & {"des"} for c in token.children):
        return []
    country = actors.country_named_most_before(token.i)
    return [country] if country else []


def enumerated(token: Token, actors: ArticleActors) -> list[str]:
    """The actors of a list: ``actor_keys`` of ``token`` and of every actor linked to it by coordination or apposition
    ("entre la Grèce et la BCE, la Commission et le FMI" is parsed as a chain of "conj" and "appos")."""
    keys = list(actor_keys(token, actors))
    stack = [c for c in token.children if c.dep_ in {"conj", "appos"}]
    while stack:
        child = stack.pop(0)
        if actors.actor_at(child):
            keys += actor_keys(child, actors)
            stack += [c for c in child.children if c.dep_ in {"conj", "appos"}]
    return list(dict.fromkeys(keys))


def is_venue(token: Token, actors: ArticleActors) -> bool:
    """A city named as the place of the event ("à Pékin", "à Istanbul"), not a state acting."""
    keys = actors.resolve(token)
    if len(keys) != 1:
        return False
    if actors.actors[keys[0]].kind == "Place" and keys[0] != "country:occident":
        return True
    name = next((fold(t.text) for t in token.subtree if actors.actor_at(t) == keys[0]), "")
    return actors.is_metonym(name)


#: Event types whose object can be the owner of a non-actor noun ("dénoncer l'ingérence des pays occidentaux").
_OWNER_TYPES = {"Accuse", "Reject", "Support", "Protest", "Threaten", "Demand"}


#: Places and units an attack or blockade hits that stand for their owner: "a bombardé la ville de Homs", "ont
#: attaqué les positions de l'armée syrienne", "bloquer les routes d'Alep", "a abattu un drone russe".
_HELD_PLACES = {
    "ville", "villes", "village", "villages", "quartier", "quartiers", "province", "region", "capitale", "territoire",
    "positions", "position", "base", "bases", "bastion", "bastions", "fief", "convoi", "convois", "route", "routes",
    "voies", "frontiere", "frontieres", "port", "ports", "aeroport", "navire", "navires", "installations", "troupes",
    "soldats", "forces", "armee",
    # military hardware and men hit stand for the state that owns them: "a abattu un drone russe"
    "drone", "drones", "avion", "avions", "helicoptere", "helicopteres", "chasseur", "chasseurs", "char", "chars",
    "blindes", "fregate", "fregates", "patrouilleur", "patrouilleurs", "sous-marin", "sous-marins", "militaires",
    "caserne", "casernes", "soldat",
}
_HELD_PLACES |= language_data("fr").words("relation_held_territory_nouns")  # "a bombardé plusieurs régions du Liban"
#: Parts of a territory ("une partie du territoire ukrainien", "le nord de la Syrie"): their owner is the whole's.
_TERRITORY_PARTS = language_data("fr").words("relation_territory_part_nouns")
_HOSTILE_TO_LAND = {"Assault", "Coerce", "Threaten"}


#: Trade and holdings a Coerce verb cuts ("suspendre ses importations de produits japonais", "geler les avoirs russes",
#: "rompre les échanges avec X"): the partner is their complement or demonym.
_TRADE_NOUNS = language_data("fr").words("relation_trade_nouns")
_PARTNER_PREPS = {"avec", "vers", "envers"}
#: Heads whose adjective of nationality is no actor: populations, companies, media ("la population européenne").
STATELESS_HEADS = language_data("fr").words("relation_stateless_heads")
_PATIENT_NOUNS = language_data("fr").words("relation_patient_nouns")


def patient_noun(noun: Token) -> bool:
    """An act noun whose "de" complement is what is taken or struck: "l'annexion de la Crimée", "l'invasion de X"."""
    return fold(noun.text) in _PATIENT_NOUNS


#: Words of a negative judgement ("une manœuvre « dangereuse » des garde-côtes chinois").
_NEGATIVE_EPITHETS = language_data("fr").words("relation_negative_judgements")


def _judged_epithet_tails(noun: Token) -> list[Token]:
    """Parser repair: "une manœuvre « dangereuse » des garde-côtes chinois" parsed with "des garde-côtes" under the
    epithet; a judging adjective takes no "de" complement, so it is the noun's."""
    return [g for a in noun.children if a.dep_ == "amod" and a.i > noun.i and fold(a.text) in _NEGATIVE_EPITHETS
            for g in a.children if g.dep_ == "nmod" and g.i > a.i]


def owner_actors(noun: Token, actors: ArticleActors, event_type: str) -> list[str]:
    """"l'ingérence occidentale" / "les actions du Kremlin" / "la politique de la Chine" -> the actor behind the thing."""
    if led_body_state(noun, actors):
        return []  # "le gouvernement de François Bayrou": the state it stands for (actor_keys), not its leader
    if noun.pos_ == "NOUN" and fold(noun.text) in _TERRITORY_PARTS and event_type in _HOSTILE_TO_LAND:
        return _whole_owner(noun, actors, event_type)
    trade = event_type == "Coerce" and fold(noun.text) in _TRADE_NOUNS
    if noun.pos_ != "NOUN" or (event_type not in _OWNER_TYPES and fold(noun.text) not in _HELD_PLACES and not trade):
        return []
    keys: list[str] = []
    named: list[str] = []
    partner_cases = DE_WORDS | (_PARTNER_PREPS if trade else set())
    for child in [*noun.children, *_judged_epithet_tails(noun)]:
        if child.dep_ == "amod":
            if fold(noun.text) not in STATELESS_HEADS:  # "contre la population européenne": not the Union
                keys += actors.mentions_in(child.idx, child.idx + len(child.text))
        elif child.dep_ == "acl" and child.pos_ == "VERB" and child.i > noun.i:  # "la zone instaurée par Oslo"
            keys += [k for g in child.children if g.dep_ == "obl:agent" or g.dep_ in {"obl", "obl:mod"} and any(
                fold(c.text) == "par" for c in g.children if c.dep_ == "case") for k in actor_keys(g, actors)]
        elif child.dep_ == "nmod" and patient_noun(noun):  # "l'annexion de la Crimée par la Russie"
            keys += [k for c in child.children if c.dep_ == "case" and fold(c.text) == "par" for k in actor_keys(child, actors)]
        elif child.dep_ == "nmod" and any(fold(c.text) in partner_cases for c in child.children if c.dep_ == "case") \
                and not any(fold(c.text) in NEAR for c in child.children):
            owned = actor_keys(child, actors) or (_whole_owner(child, actors, event_type) if child.pos_ == "NOUN"
                                                  and fold(child.text) in _TERRITORY_PARTS
                                                  and event_type in _HOSTILE_TO_LAND else [])
            if fold(noun.text) not in _HELD_PLACES:
                owned = place_not_author(noun, child, actors, owned)  # "l'attentat de Kaboul": where, not who
            if trade and not owned and child.dep_ == "nmod" and any(fold(c.text) in DE_WORDS for c in child.children if c.dep_ == "case"):
                owned = [k for g, case in arguments_of(child) if g.dep_ == "nmod" and case & _PARTNER_PREPS
                         for k in actor_keys(g, actors)]  # "ses exportations d'armes vers Israël"
            named += owned
            keys += owned or [k for g in child.children if g.dep_ == "amod" or (g.dep_ == "nmod" and g.pos_ == "ADJ")
                              for k in actors.mentions_in(g.idx, g.idx + len(g.text))]  # "produits de la mer japonais"
    if named and fold(noun.text) in _HELD_PLACES:
        return list(dict.fromkeys(named))  # "la ville ukrainienne d'Odessa": the town named, not the state that holds it
    if not keys:  # "contrer des pressions et des provocations occidentales": the owner the coordinated noun names
        keys = [k for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and not actors.actor_at(c)
                and any(fold(g.text) == "et" for g in c.children if g.dep_ == "cc")
                for k in _owner_of_conjunct(c, actors, event_type)]
    # a town is where a thing is, not who is behind it: "au sommet de Rio", "la conférence de Genève"
    return [k for k in dict.fromkeys(keys) if not (actors.actors[k].kind == "Place" and k.startswith("place:"))]


def _whole_owner(part: Token, actors: ArticleActors, event_type: str) -> list[str]:
    """"une partie du territoire ukrainien" -> Ukraine, "le nord de la Syrie" -> Syrie: the state or place the "de"
    complement names, or the owner of a held place ("territoire", "régions") it names; [] for any other whole."""
    wholes = [c for c, case in arguments_of(part) if c.dep_ == "nmod" and case & DE_WORDS]
    keys = [k for w in wholes for k in actor_keys(w, actors) if actors.actors[k].kind in {"Country", "Place"}]
    return keys or [k for w in wholes if w.pos_ == "NOUN" and fold(w.text) in _HELD_PLACES
                    for k in owner_actors(w, actors, event_type)]


#: Events named after where they happen ("l'attentat de Kaboul", "le sommet de Munich", "les accords de Minsk").
_LOCATED_EVENTS = language_data("fr").words("relation_located_event_nouns")


def place_not_author(noun: Token, complement: Token, actors: ArticleActors, keys: list[str]) -> list[str]:
    """``keys`` of the "de X" complement of an event noun, without a town named as where it happened: a city is never
    the author ("le sommet de Munich"), a capital standing for its state only after an act a state carries out ("l'offensive
    de Moscou" -> Russie; "l'attentat de Kaboul" is a place)."""
    located = fold(noun.text) in _LOCATED_EVENTS or fold(noun.lemma_) in _LOCATED_EVENTS
    if located:  # only then can a capital be the place: look at the complement's names
        names = [fold(t.text) for t in complement.subtree if actors.actor_at(t)]
        if names and all(actors.is_metonym(n) for n in names):
            return []
    return [k for k in keys if not k.startswith("place:")]


def _owner_of_conjunct(noun: Token, actors: ArticleActors, event_type: str) -> list[str]:
    """``owner_actors`` of a coordinated noun, one level deep (its own conjuncts are not followed)."""
    return [k for k in owner_actors(noun, actors, event_type) if not any(c.dep_ == "conj" for c in noun.children)]


def sentence_evidence(token: Token) -> Evidence:
    sentence = sentence_of(token)
    text = text_of(token.doc)[sentence.start_char: sentence.end_char]  # sentence.text, without a Token per word
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    return Evidence(text_of(token.doc)[start:end], start, end)


def comma_relative_antecedent(clause: Token, actors: ArticleActors) -> Token | None:
    """Parser repair: "… des combattants du PKK, que la Turquie bombarde" parsed as a "que" complement clause of the
    main verb: a "que" right after a comma that follows a name or noun opens a relative clause on that noun (French
    sets no comma before a complement "que"); the noun, when it names an actor and the clause is no subjunctive
    ("a exigé, lors du sommet, que la Serbie reconnaisse …" stays a complement), or None."""
    if "Sub" in morph_get(clause, "Mood"):
        return None
    que = next((c for c in clause.children if c.dep_ in {"mark", "obj"} and fold(c.text) in {"que", "qu'"} and c.i < clause.i), None)
    if que is None or que.i < 2 or clause.doc[que.i - 1].text != ",":
        return None
    noun = clause.doc[que.i - 2]
    if noun.text == ")" and que.i >= 4 and clause.doc[que.i - 4].text == "(":
        noun = clause.doc[que.i - 3]  # "le Parti des travailleurs du Kurdistan (PKK), que …": the acronym
    while noun.dep_ == "flat:name" and noun.head.i < noun.i:
        noun = noun.head
    if noun.left_edge.i > 0 and clause.doc[noun.left_edge.i - 1].text == ",":
        return None  # "a exigé, à Bruxelles, que la Grèce retire …": a place set off by commas, no antecedent
    return noun if noun.pos_ in {"PROPN", "NOUN"} and actors.resolve(noun) else None
