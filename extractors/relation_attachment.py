"""Where an argument of a relation really hangs: parser repairs and antecedents for ``extractors.relation_subjects``.

A bare past participle coordinated with "et" but attached below a "que" clause shares the main verb's auxiliary and
subject ("X a jugé que … et accusé Y"); a clitic "lui" after the verb may stand for the body named between the subject
and it ("X a salué la fermeté de la Commission tout en lui reprochant …").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors
from extractors.lang import fold

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}


def shared_auxiliary_verb(participle: Token) -> Token | None:
    """Parser repair: a bare past participle coordinated with "et" ("… et accusé l'Otan", "… et demandé au ministre de")
    but hung on a verb that cannot share its auxiliary (a finite verb or infinitive of a "que" clause, a participle
    modifying a noun): the nearest compound verb above it ("a jugé"), whose auxiliary "avoir" and subject it shares.
    None otherwise, and for an agreeing or agentive participle, rather a passive ("une loi adoptée et critiquée par Y")."""
    if participle.dep_ != "conj" or participle.morph.get("VerbForm") != ["Part"] or participle.morph.get("Tense") != ["Past"]:
        return None
    children = list(participle.children)
    if any(c.dep_.startswith("aux") or c.dep_ in _SUBJECT_DEPS for c in children) or _has_agent(participle) \
            or not any(c.dep_ == "cc" and fold(c.text) == "et" for c in children) \
            or participle.morph.get("Gender") == ["Fem"] or participle.morph.get("Number") == ["Plur"]:
        return None
    head = participle.head
    if head.morph.get("VerbForm") not in (["Fin"], ["Inf"]) and not (head.dep_ == "acl" and head.morph.get("VerbForm") == ["Part"]):
        return None
    node = head
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.morph.get("VerbForm") == ["Part"] and node.i < participle.i and any(
                c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in node.children):
            return node if any(c.dep_ in _SUBJECT_DEPS for c in node.children) else None
    return None


def _has_agent(verb: Token) -> bool:
    """"critiquée par l'ONU": an agent phrase, so a passive participle."""
    return any(c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and any(fold(g.text) == "par" for g in c.children if g.dep_ == "case"))
               for c in verb.children)


def sentence_organizations(pronoun: Token, start: int, actors: ArticleActors, exclude: list[str]) -> list[str]:
    """The organisations named by a noun (not an adjective) between the subject and the clitic in its sentence."""
    start = max([m.end for m in actors.mentions if start <= m.start and m.end <= pronoun.i and m.key in exclude], default=start)
    clause = pronoun.head
    for _ in range(4):  # after the verb whose subject acts, not in the subject's apposition ("X, coprésidente des Verts,")
        if clause.head == clause or any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
            break
        clause = clause.head
    if clause.i < pronoun.i:
        start = max(start, clause.i)
    keys = {m.key for m in actors.mentions if start <= m.start and m.end <= pronoun.i and m.key not in exclude
            and actors.actors[m.key].kind == "Organization" and pronoun.doc[m.start].pos_ in {"NOUN", "PROPN"}}
    return sorted(keys)


def stranded_clause_subject(verb: Token) -> list[Token]:
    """Parser repair: the subject of a finite "que" clause hung on the main verb as ``dep`` ("Il a rappelé que
    Vladimir Poutine et Ilham Aliev s'étaient entretenus …": "Vladimir" a ``dep`` of "rappelé", "entretenus" an
    ``advcl``). Only a name or noun right after "que", between the main verb and the clause verb; [] otherwise."""
    head = verb.head
    participle = verb.dep_ == "xcomp" and verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Past"]
    # ("a expliqué que Bruxelles avait « unilatéralement » relevé …": the participle an ``xcomp``, its auxiliary astray)
    if head == verb or not participle and (verb.dep_ not in {"advcl", "ccomp"} or verb.morph.get("VerbForm") != ["Fin"] and not any(
            a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Fin"] for a in verb.children)):
        return []
    return [c for c in head.children if c.dep_ == "dep" and c.pos_ in {"PROPN", "NOUN"} and head.i < c.i < verb.i
            and c.i > 0 and fold(c.doc[c.i - 1].text) in {"que", "qu'"}]


#: Past participles that end like an imperfect ("fait", "satisfait", "extrait", "distrait").
_PARTICIPLE_ENDINGS = ("fait", "trait")


def imperfect_read_as_participle(verb: Token) -> list[str]:
    """Parser repair: an imperfect or conditional of a "que" clause tagged as a past participle ("estimé que l'accord
    ouvrait …"): ["Imp"] when its form ends in "-ait"/"-aient" (no French past participle does, bar "fait" and
    "-trait"), else []."""
    text = verb.text.lower()
    if verb.morph.get("VerbForm") != ["Part"] or not text.endswith(("ait", "aient")) or text.endswith(_PARTICIPLE_ENDINGS):
        return []
    return ["Imp"]


def bare_conjuncts(name: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: the names coordinated with "et"/"ou" to a name the parser hung as a predicate or modifier of the
    verb rather than its object ("a appelé Washington et Paris à …"): the actors they name, in text order."""
    if name.dep_ == "conj" or name.pos_ != "PROPN":
        return []
    return [key for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN"
            and any(g.dep_ == "cc" and fold(g.text) in {"et", "ou"} for g in c.children)
            for key in [actors.actor_at(c)] if key]
