"""Accusations in the speaker's own words: "« La Russie viole les traités », a affirmé X", "Selon X, Pékin ment",
"X a affirmé que Washington cherchait à déstabiliser la région" are an Accuse of the speaker toward the actor their
words make the doer of a wrong (gold NOTES: "a quote that blames an actor → Accuse on the attribution sentence";
Romney's quote on Obama; Kim Yong-hyun's blaming quote).

The wrong is a verb of ``relation_wrongdoing_verbs`` ("violer", "mentir", "déstabiliser", "s'ingérer" …), a phrase of
``relation_wrongdoing_phrases`` ("jouer avec le feu", "porter atteinte à", "mettre en danger", "porter la
responsabilité de"), a negated verb of keeping one's word ("ne respecte pas ses engagements",
``relation_breach_verbs``), "coupable", or "responsable de" + a harm noun ("responsable de cette crise"; "responsable de la
coordination" is a duty, no blame). Its subject must name an actor, or be one act noun whose authors are named
("la politique américaine", "cette coopération entre Pyongyang et Moscou"); the relation goes from each speaker whose
statement's content holds the word, and sits on that statement's sentence (the attribution sentence).

Decided with precision first:
- Negation ("n'a pas violé", "ne ment jamais"): a defence, not an accusation: nothing (not a negated Accuse).
- Questions (a "?" in the sentence), conditionals ("violerait", "si la Russie violait"), bare infinitives ("il ne
  faut pas provoquer la Chine", "éviter de provoquer") and passives ("l'Ukraine a été occupée") give nothing. An
  infinitive under a verb of intent ("cherche à saboter", "veut déstabiliser") is an accusation of the intent.
- The speaker's own side ("nous", the speaker's state or organisation) is left out by ``toward_subjects``; a
  pronoun subject ("tant qu'elle occupera nos villes") is left out too: its antecedent is too often misread.
- Relays: a speaker who only reports or recalls ("a rapporté Reuters", "a rappelé le Pentagone";
  ``relation_relay_cues``) makes no accusation of their own.
- Only the speaker's Accuse comes from here: the wrong done to an object actor ("occuper la RDC", "menacer
  l'Ukraine") is a narrator-level Assault / Threaten read by the event triggers, not by this module.
- One relation per pair per sentence is kept by the dispatcher (``extract_relations``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import DENIALS, negated
from extractors.lang import fold, language_data
from extractors.model import Relation
from extractors.relation_act_anaphors import act_anaphor_authors
from extractors.relation_args import actor_keys, owner_actors
from extractors.relation_judgements import demonstrative
from extractors.relation_speaker_acts import toward_actors, toward_subjects

_FR = language_data("fr")
WRONGDOING_VERBS = _FR.words("relation_wrongdoing_verbs")
#: "jouer avec le feu" -> {"jouer": {"feu"}}: the verb and the noun of its object or oblique
WRONGDOING_PHRASES: dict[str, frozenset[str]] = _FR.derived("relation_wrongdoing_phrases", lambda data: {
    verb: frozenset(fold(p.split()[1]) for p in data.raw["relation_wrongdoing_phrases"] if fold(p.split()[0]) == verb)
    for verb in {fold(p.split()[0]) for p in data.raw["relation_wrongdoing_phrases"]}})
GUILT_WORDS = _FR.words("relation_guilt_words")
BLAME_WORDS = _FR.words("relation_blame_words")
HARM_NOUNS = _FR.words("relation_harm_nouns")
RELAY_CUES = _FR.words("relation_relay_cues")
HELD_GROUND = _FR.words("relation_held_ground_nouns")
BREACH_VERBS = _FR.words("relation_breach_verbs")
AROUSED_REACTIONS = _FR.words("relation_aroused_reaction_nouns")
INTENT_VERBS = _FR.words("relation_wrongdoing_intent_verbs")
WRONGDOING_ACT_NOUNS = _FR.words("relation_wrongdoing_act_nouns") | _FR.words("relation_act_nouns") \
    | _FR.words("relation_reaction_act_nouns")
#: every folded lemma or text a reproach can start from (for ``relation_candidates``)
REPROACH_WORDS = WRONGDOING_VERBS | BREACH_VERBS | frozenset(WRONGDOING_PHRASES) | GUILT_WORDS | BLAME_WORDS

#: cues whose speaker reports, recalls or denies: no charge of their own ("a rapporté Reuters", "a démenti que")
NOT_CHARGES = RELAY_CUES | DENIALS
_NEGATIONS = {"ne", "n'", "pas", "jamais", "nullement", "aucunement"}
_PHRASE_DEPS = {"obj", "obl", "obl:arg", "obl:mod"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


def reproached(token: Token, actors, context) -> list[Relation]:
    """The speakers' Accuse toward the actor their reported words make the doer of a wrong; [] for anything else."""
    if not hasattr(context, "statements_at"):
        return []
    breach = token.pos_ == "VERB" and fold(token.lemma_) in BREACH_VERBS
    clause = _breach_clause(token) if breach else _wrong_clause(token)
    if clause is None or _hedged(token, clause, breach) or _pronoun_subject(clause):
        return []
    statements = [s for s in context.statements_at(token.idx) if fold(s.cue) not in NOT_CHARGES]
    relations: list[Relation] = []
    for statement in statements:
        relations += toward_subjects(token, clause, actors, context, _action(token), "Accuse", speakers=[statement.speaker],
                                     evidence=statement.evidence) \
            or toward_actors(token, _act_authors(clause, actors) or _anaphor_authors(clause, statement.speaker, actors, context),
                             actors, _action(token), "Accuse", [statement.speaker], evidence=statement.evidence)
    return relations


def _breach_clause(verb: Token) -> Token | None:
    """"La Russie ne respecte pas ses engagements": a negated verb of keeping one's word, in a finite clause."""
    if not negated(verb, verb) or verb.morph.get("VerbForm") == ["Inf"]:
        return None
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
        return None
    return verb


def _wrong_clause(token: Token) -> Token | None:
    """The clause whose subject does the wrong ``token`` names (itself, or the verb of intent above an infinitive)."""
    lemma, text = fold(token.lemma_), fold(token.text)
    if lemma in WRONGDOING_VERBS and (token.pos_ == "VERB" or any(c.dep_ == "aux:tense" for c in token.children)):
        if lemma == "occuper" and not any(c.dep_ == "obj" and fold(c.text) in HELD_GROUND for c in token.children):
            return None  # "occupait le poste de ministre": a position held, no wrong
        if any(c.dep_ == "obj" and fold(c.text) in AROUSED_REACTIONS for c in token.children):
            return None  # "provoquant l'irritation de Nouakchott": a reaction caused, no wrong done
        if lemma == "menacer" and any(c.dep_ == "xcomp" for c in token.children):
            return None  # "l'Iran a menacé de fermer le détroit": a threat reported, not the speaker's charge
    elif token.pos_ in {"VERB", "NOUN"} and lemma in WRONGDOING_PHRASES:
        nouns = WRONGDOING_PHRASES[lemma]
        if not any(c.dep_ in _PHRASE_DEPS and fold(c.text) in nouns for c in token.children):
            return None
    elif text in GUILT_WORDS or (text in BLAME_WORDS and _harm_complement(token)):
        if not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return None  # "le responsable de la crise", "les coupables": a noun, no one blamed in the clause
        return token
    else:
        return None
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in token.children):
        return None  # "l'Ukraine a été occupée": the subject suffered the wrong
    if token.morph.get("VerbForm") == ["Inf"] and not any(c.dep_ == "aux:tense" for c in token.children):
        head = token.head  # ("Apple a abusé" is tagged an infinitive: its auxiliary tells)
        if token.dep_ != "xcomp" or not {fold(head.lemma_), fold(head.text)} & INTENT_VERBS:
            return None  # "il ne faut pas provoquer la Chine", "éviter de provoquer": no one does it
        return head
    return token


def _act_authors(clause: Token, actors) -> list[str]:
    """The named authors of an act noun subject: "la politique américaine", "les frappes d'Israël", "cette
    coopération entre Pyongyang et Moscou" (one act noun, no actor subject)."""
    acts = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
            and {fold(c.text), fold(c.lemma_)} & WRONGDOING_ACT_NOUNS and not actors.resolve(c)]
    if len(acts) != 1:
        return []
    between = [k for c in acts[0].children if c.dep_ == "nmod"
               and any(fold(g.text) == "entre" for g in c.children if g.dep_ == "case")
               for k in [*actor_keys(c, actors), *(k for j in c.children if j.dep_ == "conj" for k in actor_keys(j, actors))]]
    return list(dict.fromkeys(owner_actors(acts[0], actors, "Accuse") + between))


def _anaphor_authors(clause: Token, speaker: str, actors, context) -> list[str]:
    """"« Cette coopération militaire illégale menace la péninsule »": the authors of the act a demonstrative act noun
    subject takes up (``relation_act_anaphors``)."""
    acts = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and demonstrative(c)
            and {fold(c.text), fold(c.lemma_)} & WRONGDOING_ACT_NOUNS and not actors.resolve(c)]
    return act_anaphor_authors(acts[0], [speaker], actors, context) if len(acts) == 1 else []


def _pronoun_subject(clause: Token) -> bool:
    """"tant qu'elle occupera nos villes": a pronoun subject, too often resolved to the wrong actor to blame it."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS] or [
        g for a in clause.children if a.dep_.startswith("aux") for g in a.children if g.dep_ in _SUBJECT_DEPS]
    return any(c.pos_ == "PRON" and fold(c.text) not in {"qui"} for c in subjects)


def _harm_complement(word: Token) -> bool:
    """"responsable de cette crise": a "de" complement headed by a harm noun."""
    return any(fold(c.text) in HARM_NOUNS and any(fold(g.text) in {"de", "du", "des", "d'"} for g in c.children)
               for c in word.children if c.dep_ in {"obl", "obl:arg", "nmod"})


def _hedged(token: Token, clause: Token, breach: bool = False) -> bool:
    """Negated (a breach is negated by definition: only a negation above its clause counts), conditional
    ("violerait", "si … violait") or asked: no accusation made."""
    if not breach and (negated(token, token) or (clause.i != token.i and negated(clause, clause))):
        return True
    if _denied_above(clause):
        return True
    for node in (token, clause):
        forms = [node, *(c for c in node.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
        if any(f.morph.get("Mood") == ["Cnd"] for f in forms):
            return True
        if any(c.dep_ == "mark" and fold(c.text) in {"si", "s'"} for c in node.children):
            return True
    return asked(token)


def _denied_above(clause: Token) -> bool:
    """A negation on a word above the clause: "Ce n'est pas la France qui a provoqué cette crise"."""
    node = clause
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "advmod" and fold(c.text) in _NEGATIONS for c in node.children):
            return True
    return False


def asked(token: Token) -> bool:
    """A "?" after ``token`` before the closing quotation mark or the sentence end."""
    for t in token.doc[token.i + 1:token.i + 60]:
        if t.text in {"»", "”", "."} or t.is_sent_start:
            return False
        if t.text == "?":
            return True
    return False


def _action(token: Token) -> str:
    """The action lemma: the verb, or the predicate word ("coupable", "responsable")."""
    return fold(token.lemma_) if token.pos_ == "VERB" else fold(token.text)
