"""Judging an act: the author of a denounced or name-called act that the object only refers to.

"X a qualifié ces mesures de « chantage »", "Son porte-parole les a qualifiées de « campagne de désinformation »",
"Le sénateur l'a qualifiée de « dangereuse »", "Pékin a dénoncé ces mesures": the object is an act (a demonstrative
act noun, or a clitic standing for the act named in the sentence before), and the Accuse goes to the act's author.
A naming counts only with a negative judgement word (``relation_negative_judgements``): praise gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.events import negated
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_enacted_texts import enacted_text_authors
from extractors.relation_args import DE_WORDS, arguments_of, actor_keys, sentence_evidence
from extractors.relation_subjects import agent_tokens, is_passive, subject_actors
from extractors.token_table import morph_get

_DATA = language_data("fr")
#: Words of a negative judgement: "qualifié de « chantage »", "jugé « inacceptable »" (folded lemmas or forms).
NEGATIVE_JUDGEMENTS = _DATA.words("relation_negative_judgements")
#: Qualities that "peu" turns into a negative judgement ("peu réaliste", "peu crédible").
_FAINT_QUALITIES = _DATA.words("relation_faint_qualities")
#: Generic nouns of an act that a demonstrative takes up: "ces mesures", "cette décision".
ACT_NOUNS = _DATA.words("relation_act_nouns")
#: Nouns of an act whose "de" complement is its author, judged by a reaction: "le tir de missile nord-coréen".
REACTION_ACT_NOUNS = _DATA.words("relation_reaction_act_nouns")
#: Every act noun a judgement may take (generic acts and acts whose "de" complement is the author).
JUDGED_ACT_NOUNS = ACT_NOUNS | REACTION_ACT_NOUNS
#: Relation types whose object is the author of the act the next sentence may judge again ("ces accusations" rejected,
#: then "les a qualifiées de …" -> the accuser).
JUDGED_TYPES = {"Accuse", "Reject", "Protest"}
#: Acts whose author a later "ces mesures" judges: "Washington a imposé des sanctions à Moscou. Pékin a dénoncé ces mesures."
ACT_TYPES = {"Coerce", "Threaten", "Assault"}
_AUTHOR_TYPES = JUDGED_TYPES | ACT_TYPES
_CLITICS = {"le", "la", "l'", "les"}
#: Verbs of liking an act whose negation judges it: "Cette baisse n'a pas été appréciée par X" (X accuses its author).
_UNWELCOME = _DATA.words("relation_appreciation_verbs")
_AGENT_PREPS = {"par"}


def negative_name(name: list[Token]) -> bool:
    """A name or epithet that judges badly: "« chantage économique »", "« dangereuse et humiliante »", or a quality
    denied by "peu" ("« peu réaliste »", "peu crédible")."""
    return any(fold(t.lemma_) in NEGATIVE_JUDGEMENTS or fold(t.text) in NEGATIVE_JUDGEMENTS or _faint(t) for t in name)


def _faint(word: Token) -> bool:
    """"peu réaliste": "peu" right before a quality of ``relation_faint_qualities``."""
    return fold(word.text) == "peu" and word.i + 1 < len(word.doc) and fold(word.doc[word.i + 1].text) in _FAINT_QUALITIES


def judged_act_authors(verb: Token, subjects: list[str], actors: ArticleActors, context: list) -> list[str]:
    """The author of the act that ``verb``'s direct object refers to: its owner or agent ("la sortie de M. Trump",
    "la hausse annoncée par Donald Trump"), else, for a demonstrative act noun or an object clitic, the actor the
    previous sentence accused, rejected or protested against (exactly one), or the owner of the act noun that is
    the previous sentence's main object ("… ont critiqué la sortie de M. Trump. Le sénateur l'a qualifiée de …")."""
    objects = [c for c in verb.children if c.dep_ == "obj"] or _bare_act_objects(verb)
    if len(objects) != 1:
        return []
    obj = objects[0]
    if obj.pos_ == "NOUN":
        if not {fold(obj.lemma_), fold(obj.text)} & JUDGED_ACT_NOUNS:
            return enacted_text_authors(obj, subjects, actors)  # "a dénoncé un texte « liberticide »"
        owners = _act_owners(obj, actors, subjects)
        if owners or not (demonstrative(obj) or judged_indefinite(obj)):
            return owners or enacted_text_authors(obj, subjects, actors)
        return demonstrative_act_authors(obj, verb, subjects, actors, context)
    elif not (obj.pos_ == "PRON" and fold(obj.text) in _CLITICS and obj.i < verb.i):
        return []
    return _previous_target(verb, subjects, actors, context)


def demonstrative(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.morph.get("PronType") == ["Dem"] for c in noun.children)


def demonstrative_act_authors(noun: Token, verb: Token, subjects: list[str], actors: ArticleActors, context) -> list[str]:
    """"ce lancement" after "X a lancé un missile" (the earlier event of the same stem), else "cette décision": the
    actor the previous sentence acted on or its main clause's subject (``_previous_target``)."""
    earlier = [k for k in actors.earlier_event_authors(noun) if k not in subjects]
    return earlier or _previous_target(verb, subjects, actors, context)


def judged_indefinite(noun: Token) -> bool:
    """"dénonce une décision « unilatérale »": an indefinite act noun with a negative epithet and no complement judges
    an act the text already told of, like "cette décision" ("une nouvelle décision" or "une décision de justice" do not)."""
    epithets = [c for c in noun.children if c.dep_ == "amod" or (c.dep_ == "acl" and not any(
        g.dep_ != "punct" for g in c.children))]  # "une décision injustifiée" (a bare participle)
    return any(c.dep_ == "det" and morph_get(c, "Definite") == ["Ind"] for c in noun.children) \
        and not any(c.dep_ in {"nmod", "acl", "acl:relcl"} and c not in epithets for c in noun.children) \
        and any(negative_name([c]) for c in epithets)


def _act_owners(noun: Token, actors: ArticleActors, subjects: list[str]) -> list[str]:
    """"la sortie de M. Trump", "la décision des États-Unis", "la hausse annoncée par Donald Trump", "la hausse des
    droits annoncée par Donald Trump" (a participle on a complement that names no actor)."""
    found = [k for c, case in arguments_of(noun) if c.dep_ == "nmod" and case & DE_WORDS for k in actor_keys(c, actors)]
    holders = [noun, *(c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and not actors.resolve(c))]
    for participle in (c for h in holders for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        found += [k for c, case in arguments_of(participle) if case & _AGENT_PREPS for k in actor_keys(c, actors)]
    return [k for k in dict.fromkeys(found) if k not in subjects]


def _bare_act_objects(verb: Token) -> list[Token]:
    """Parser repair: the object of a judging verb taken for an adverbial ("ont critiqué mardi la nouvelle hausse …"
    parsed with "hausse" an obl:mod): a bare act noun after the verb, with no preposition."""
    return [c for c in verb.children if c.dep_ in {"obl", "obl:mod"} and c.pos_ == "NOUN" and c.i > verb.i
            and (fold(c.lemma_) in ACT_NOUNS or fold(c.text) in ACT_NOUNS) and not any(g.dep_ == "case" for g in c.children)]


def _previous_target(verb: Token, subjects: list[str], actors: ArticleActors, context: list) -> list[str]:
    sentence = getattr(context, "sentence", None)
    acts = getattr(context, "acts", None)
    if sentence is None or acts is None:
        return []
    targets = [r.object if r.event_type in JUDGED_TYPES else r.subject for n, r in acts
               if n == sentence - 1 and r.event_type in _AUTHOR_TYPES and not r.negated]
    targets = [k for k in dict.fromkeys(targets) if k not in subjects]
    if len(targets) == 1:
        return targets
    start = sentence_of(verb).start
    if start == 0:
        return []
    root = sentence_of(verb.doc[start - 1]).root
    nouns = [c for c in root.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    owners = _act_owners(nouns[0], actors, subjects) if len(nouns) == 1 else []
    if owners or root.pos_ != "VERB":
        return owners
    # "La Turquie a fermé sa frontière. Erevan a dénoncé cette décision": the one actor subject of the main clause
    authors = [k for c in root.children if c.dep_ == "nsubj" for k in actor_keys(c, actors) if k not in subjects]
    return authors if len(authors) == 1 else []


def unwelcome_relations(verb: Token, actors: ArticleActors, context: list) -> list[Relation]:
    """"Cette nouvelle baisse n'a pas été appréciée par la Commission", "Pékin n'a pas apprécié la sortie de M. X":
    a negated liking of an act is an Accuse of the act's author by the one who disliked it ([] for anything else:
    "n'a pas apprécié le repas", a liking not negated)."""
    if fold(verb.lemma_) not in _UNWELCOME or not negated(verb, verb):
        return []
    passive = is_passive(verb)
    subjects = [k for a in agent_tokens(verb) for k in actor_keys(a, actors)] if passive else subject_actors(verb, actors, context)
    things = [c for c in verb.children if c.dep_ == ("nsubj:pass" if passive else "obj") and c.pos_ == "NOUN"]
    if not subjects or len(things) != 1:
        return []
    thing = things[0]
    authors = _act_owners(thing, actors, subjects)
    if not authors and any(c.dep_ == "det" and c.morph.get("PronType") == ["Dem"] for c in thing.children):
        authors = _previous_target(verb, subjects, actors, context)  # "Cette nouvelle baisse": the last act's author
    evidence = sentence_evidence(verb)
    return [Relation(s, o, "ne pas " + verb.lemma_.lower(), "Accuse", evidence, False, None)
            for s in subjects for o in authors if s != o]
