"""Who acts and who undergoes: the subject, agent and patient of a relation trigger.

Split from ``extractors.relations``: the subject of a verb (through infinitives, coordinations, object control
"accuser X de", present participles and parser repairs), the agent and patient of a passive, the subject of a "que"
clause a Demand verb governs, and the person a clitic object ("lui", "l'") stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.events import INITIATIVES, OBJECT_CONTROL, REFLEXIVE, _intent_holders, denied_by, is_reflexive
from extractors.lang import fold, language_data
from extractors.passive_speech import presented_document_speakers
from extractors.relation_proposals import proposal_authors
from extractors.relation_args import A_WORDS, DE_WORDS, arguments_of, comma_relative_antecedent, enumerated, has_case, actor_keys, _left_conjunct, _named_before
from extractors.relation_attachment import imperfect_read_as_participle, shared_auxiliary_verb, stranded_clause_subject
from extractors.model import ACTOR_KINDS
from extractors.relation_purpose import dispatched_agents, summoner_verb
from extractors.relation_name_conjuncts import name_conjuncts
from extractors.relation_clitics import clitic_person
from extractors.relation_clause_pronouns import governing_subject
from extractors.token_table import morph_get

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_FR = language_data("fr")

def _clause_subjects(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """The subject of a "que" clause a Demand verb governs: "exiger que X …", "appeler à ce que X …"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX", "ADJ"}]
    clauses += [g for c in verb.children if c.dep_ == "obl:arg" and fold(c.text) == "ce" for g in c.children if g.dep_ in {"acl", "acl:relcl", "ccomp"}]
    keys: list[str] = []
    for clause in clauses:
        if any(fold(m.text) in {"que", "qu'"} for m in clause.children if m.dep_ == "mark") \
                and comma_relative_antecedent(clause, actors) is None:  # "…du PKK, que la Turquie bombarde": a relative
            keys += [k for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ != "PRON" for k in actor_keys(c, actors)]
    return keys


def is_passive(verb: Token) -> bool:
    """"a été attaqué (par Y)", "soutenu par le PASOK" (a participle modifying a noun)."""
    if is_reflexive(verb) or any(c.dep_ == "mark" and c.pos_ == "PRON" and fold(c.text) in REFLEXIVE for c in verb.children):
        return False  # "se sont entretenus": "être" of a pronominal verb, not a passive ("s'en est pris": "s'" as "mark")
    if _active_compound(verb):
        return False
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
        return True
    if verb.dep_ in {"advcl", "obl:mod", "obl"} and verb.i < verb.head.i and verb.pos_ != "VERB":
        return bool(agent_tokens(verb))  # parser repair: "Sanctionnée par Washington, la Chine …" tagged as a noun
    return verb.dep_ in {"acl", "advcl"} and morph_get(verb, "VerbForm") == ["Part"] and morph_get(verb, "Tense") == ["Past"] \
        and (any(c.dep_ == "obl:agent" for c in verb.children) or bool(agent_tokens(verb)))


_ETRE_VERBS = language_data("fr").words("relation_etre_verbs")


def _active_compound(verb: Token) -> bool:
    """An active compound tense the parser labels as a passive: "les deux hommes sont convenus de" ("être" of a verb
    conjugated with it), "X n'a pas condamné Y" with X tagged ``nsubj:pass`` but "avoir" as the only auxiliary."""
    if agent_tokens(verb):
        return False
    children = list(verb.children)
    if fold(verb.lemma_) in _ETRE_VERBS and any(c.dep_ in {"nsubj", "nsubj:pass"} for c in children) and all(fold(c.text) != "ete" for c in children):
        return True
    return not any(c.dep_ == "aux:pass" for c in children) and any(c.dep_ == "nsubj:pass" for c in children) \
        and any(c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in children) and (
            any(c.dep_ == "obj" for c in children) or not any(fold(c.lemma_) == "etre" for c in children))
    # (no object: "ont vivement critiqué mardi la hausse" with the object parsed as a time modifier)


def agent_tokens(verb: Token) -> list[Token]:
    deps = {"obl", "obl:arg", "obl:mod"} | ({"nmod"} if verb.pos_ != "VERB" else set())
    agents = [c for c in verb.children if c.dep_ == "obl:agent"
              or (c.dep_ in deps and any(fold(g.text) == "par" for g in c.children if g.dep_ == "case"))]
    for adverbial in verb.children:  # "rejetée à la fois par X et par Y": the agent hung on "fois"
        if adverbial.dep_ in deps and fold(adverbial.text) == "fois":
            agents += [g for g in adverbial.children if g.dep_ in {"nmod", "obl:agent"} and any(fold(c.text) == "par" for c in g.children)]
    return agents


def patient_actors(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    """The grammatical subject of a passive, or the noun a passive participle modifies."""
    patients = [c for c in verb.children if c.dep_ in {"nsubj:pass", "nsubj"} and not has_case(c)]
    if patients:  # (a subject has no preposition: "D'après l'association, vingt bateaux ont été arraisonnés")
        return [k for p in patients for k in actor_keys(p, actors, context=context)]
    if verb.dep_ in {"acl", "acl:relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "Ana Pastor, vouée aux gémonies par le PP"; "X a proposé …, une idée rejetée par Y": the proposal's author
        return actor_keys(verb.head, actors) or proposal_authors(verb.head, actors)
    if verb.dep_ in {"advcl", "obl:mod", "obl"} and verb.i < verb.head.i:
        # "Soutenue par la Chine, la Russie …": a fronted participle is said of the main clause's subject
        return [k for c in verb.head.children if c.dep_ in {"nsubj", "nsubj:pass"} for k in actor_keys(c, actors, context=context)]
    if verb.dep_ == "conj":
        return patient_actors(verb.head, actors, context)
    return []


def subject_actors(verb: Token, actors: ArticleActors, context: list[str]) -> list[str]:
    if not any(c.dep_ in _SUBJECT_DEPS and actor_keys(c, actors) for c in verb.children):
        presenters = presented_document_speakers(verb, actors, _FR)
        if presenters:  # "La résolution, présentée par Paris et Londres, reproche à l'Iran …": the presenters act
            return presenters
    node = verb
    subjects: list[Token] = []
    for _ in range(5):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS] or [
            g for a in node.children if a.dep_.startswith("aux") for g in a.children if g.dep_ in _SUBJECT_DEPS]
        # (parser: "Kim Jong-un a quant à lui reçu …" with the subject hung on the auxiliary)
        if any(c.i < node.i for c in subjects):  # parser: "A a rencontré B" with B a second subject
            subjects = [c for c in subjects if c.i < node.i]
        if subjects or node.head == node:
            break
        infinitive = morph_get(node, "VerbForm") == ["Inf"]
        if _intent_holders(node):  # "X n'a pas l'intention de rompre": the one who has the intention
            node = _intent_holders(node)[-1]
            continue
        compound = _compound_clause_subject(node, actors)
        if compound:  # "L'ambassadeur soudanais à l'ONU, Al-Harith Idriss, a demandé …" parsed as a clause on the noun
            return compound
        if node.dep_ == "acl" and node.morph.get("VerbForm") == ["Fin"] and node.head.pos_ in {"NOUN", "PROPN"}:
            # "les États-Unis et leurs alliés imposaient …" parsed as a clause modifying "alliés"
            head = node.head
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            subjects = [head]
            break
        controlling = fold(node.head.lemma_) in OBJECT_CONTROL or fold(node.head.lemma_) + "r" in OBJECT_CONTROL
        # (lemmatiser: the present "reproche" is lemmatised as the noun)
        if node.dep_ == "xcomp" and controlling and _controller_tokens(node.head):
            return _controllers(node.head, actors)  # "accuser Rajoy de purger TVE": Rajoy purges (unknown: none)
        if node.dep_ == "xcomp" and _accused_unseen(node.head):
            return []  # "a accusé Budapest d'utiliser …" with "Budapest" misparsed: the accuser is not the doer
        participle = morph_get(node, "VerbForm") == ["Part"] and morph_get(node, "Tense") == ["Pres"]
        if participle and node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN"}:
            keys = _participle_subjects(node.head, actors)  # "une résolution du Conseil condamnant X"
            clause = None if keys else _comma_participle_clause(node)
            if clause is None:
                return keys
            node = clause  # "X ont critiqué la hausse des droits, accusant Y": the main verb's subject accuses
            continue
        if (dispatched := dispatched_agents(node, actors)) is not None:  # "l'envoi de soldats nord-coréens pour combattre X"
            return dispatched
        if (summoner := summoner_verb(node)) is not None:  # "a convoqué l'ambassadeur de Croatie pour protester": the summoner
            node = summoner
            continue
        effort = _effort_before(node, actors) if node.dep_ == "advcl" and infinitive else None
        if effort is not None:  # "a salué les efforts de Moscou et de Pékin pour contrer …" (attached to "salué")
            owner = next(c for c in effort.children if c.dep_ == "nmod" and actors.resolve(c))
            return [k for k in enumerated(owner, actors) if actors.actors[k].kind in ACTOR_KINDS]
        infinitive = infinitive or any(a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Inf"] for a in node.children)
        # "avant d'avoir détruit X": a past infinitive
        auxiliary = _stranded_auxiliary(node)
        if auxiliary is not None:  # "Washington a pour sa part menacé de …" parsed with "menacé" on "part"
            node = auxiliary
            continue
        shared = shared_auxiliary_verb(node)
        if shared is not None:  # "X a jugé que l'Arctique devait rester … et accusé l'Otan de …": X accuses
            node = shared
            continue
        if node.dep_ == "conj" and _disagrees_with_clause(node):
            node = node.head.head  # "X a répété que les États-Unis avaient … et n'a pas exclu …": X's second verb
            continue
        main = _main_verb_in_tense(node) if node.dep_ == "conj" else None
        if main is not None:  # "X a affirmé que la situation était grave et a appelé Y à …": X calls
            node = main
            continue
        if node.dep_ == "conj" and infinitive and node.head.dep_ == "obj" and node.head.head.pos_ == "VERB":
            node = node.head.head  # parser: "continue d'occuper X et de bombarder Y" with "bombarder" hung on "X"
            continue
        if node.dep_ == "xcomp" and stranded_clause_subject(node):
            break  # "a expliqué que Bruxelles avait « unilatéralement » relevé X sans consulter Y": Bruxelles
        if node.dep_ in {"xcomp", "conj"} or (node.dep_ == "advcl" and (infinitive or participle)):
            node = node.head  # "veulent travailler", "pour contrer": the subject of the governing verb
            continue
        if denied_by(node) is not None and node.dep_ == "acl":
            node = denied_by(node)  # "a nié à plusieurs reprises avoir attaqué X" ("avoir" hung on "reprises")
            continue
        if infinitive and node.dep_ in {"acl", "nmod", "advcl"} and node.head.pos_ == "NOUN":
            # "les efforts de Moscou et de Pékin pour contrer …"
            owner = [c for c in node.head.children if c.dep_ == "nmod" and actors.resolve(c)]
            if owner:
                keys = enumerated(owner[0], actors)
                return [k for k in keys if actors.actors[k].kind in ACTOR_KINDS]
        break
    if not subjects:
        subjects = [c for c in node.children if c.dep_ == "dep" and (c.i < node.i or c.text.startswith("-")) and actors.resolve(c)]
        # "affirme-t-il, tout en appelant X à …": the inverted clitic of the governing verb
    if not subjects:  # "a rappelé que Poutine et Aliev s'étaient entretenus" with the subject hung on "rappelé"
        subjects = stranded_clause_subject(node)
    if not subjects:  # parser repair: "il lui reproche" with "il" tagged as a copula
        subjects = [c for c in node.children if c.dep_ in {"cop", "expl", "expl:pv"} and c.pos_ == "PRON" and c.i < node.i
                    and fold(c.text) in _SUBJECT_PRONOUNS]
    keys: list[str] = []
    datelines = [s for s in subjects if _dateline(s)]
    if datelines and any(actor_keys(s, actors, context=context) for s in subjects if s not in datelines):
        subjects = [s for s in subjects if s not in datelines]  # "Genève (AFP) – Des diplomates … se sont réunis"
    for subject in subjects:
        keys += _left_conjunct(subject, actors) + (_named_before(subject, actors) or _bracketed_acronym(subject, actors)
                                                   or governing_subject(subject, actors, lambda t: actor_keys(t, actors, context=context))
                                                   or actor_keys(subject, actors, context=context)
                                                   or _after_colon(subject, actors) or _buried_apposition(subject, actors))
        keys += _comitative(subject, actors) + _listed(subject, actors) + name_conjuncts(subject, actors)
    if not keys and hasattr(context, "first_person"):  # "« Nous soutiendrons X », a dit le ministre": his state
        keys = [k for s in subjects if s.pos_ == "PRON" for k in context.first_person(s)]
    if not subjects and (node.dep_ == "ROOT" or (node is verb and verb.pos_ != "VERB")):  # (or a verb tagged as a noun)
        keys = _nearest_actor_left(node, actors)  # "Paris et Berlin ont condamné": subject tagged as something else
    return [k for k in keys if actors.actors[k].kind in ACTOR_KINDS]


_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}


def _compound_clause_subject(verb: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: a verb in a compound tense ("a demandé") hung as a clause on the noun before it, with a name in
    apposition between them ("Le ministre X, Y Z, a demandé"): the person named last before the verb, after a comma."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or verb.head.i > verb.i or verb.pos_ != "VERB" \
            or not any(c.dep_ == "aux:tense" and c.i < verb.i for c in verb.children):
        return []
    doc = verb.doc
    start = min(c.i for c in verb.children if c.dep_ == "aux:tense")
    if start < 1 or doc[start - 1].text != ",":
        return []
    people = [m.key for m in actors.mentions if verb.head.i < m.start and m.end <= start - 1
              and doc[m.start - 1].text == "," and actors.actors[m.key].kind == "Person"]
    return people[-1:]


def _buried_apposition(subject: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: "Le vice-ministre iranien des Affaires étrangères, Kazem Gharibabadi, a rencontré …" with the
    name hung on "Affaires": the one person set off by commas at the end of an unresolved subject noun phrase."""
    if subject.pos_ != "NOUN":
        return []
    doc = subject.doc
    people = {actors.actor_at(t) for t in subject.subtree if t.i > subject.i and doc[t.i - 1].text == ","
              and t.right_edge.i >= subject.right_edge.i - 1  # the name closes the noun phrase
              and actors.actor_at(t) and actors.actors[actors.actor_at(t)].kind == "Person"}
    return list(people) if len(people) == 1 else []


def _dateline(subject: Token) -> bool:
    """"Genève (AFP) – Des diplomates … se sont réunis": the dateline's place the parser takes for a subject."""
    marks = [c.text for c in subject.children if c.dep_ == "punct" and c.i > subject.i]
    return "(" in marks and any(m in {"–", "—", "-"} for m in marks)


def _after_colon(subject: Token, actors: ArticleActors) -> list[str]:
    """Parser repair for a headline "Nucléaire iranien : Téhéran et les Européens renouent …": the topic before the
    colon taken for the subject, the actors after it hung on the topic."""
    colon = next((c for c in subject.children if c.dep_ == "punct" and c.text == ":" and c.i > subject.i), None)
    if colon is None:
        return []
    return [k for c in subject.children if c.dep_ in {"nmod", "appos"} and c.i == colon.i + 1 and not has_case(c)
            for k in enumerated(c, actors)]


def _listed(subject: Token, actors: ArticleActors) -> list[str]:
    """Parser repair: "Washington, Tokyo et Séoul doivent tenir …" parsed with "Tokyo" as a bare ``nmod`` of
    "Washington" (no preposition, after a comma) and "Séoul" its conjunct: every actor of the list is a subject."""
    keys: list[str] = []
    doc = subject.doc
    for child in subject.children:
        if child.dep_ != "nmod" or child.i <= subject.i or child.pos_ != "PROPN" or doc[child.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ in {"case", "fixed"} for c in child.children) or not actors.actor_at(child) \
                or not any(c.dep_ == "conj" for c in child.children):
            continue  # only a list closed by "et": "A, B, a reçu" is an apposition
        keys += enumerated(child, actors)
    return keys


def _comitative(subject: Token, actors: ArticleActors) -> list[str]:
    """"L'opposition, avec Alfredo Pérez Rubalcaba (PSOE), demanda …": the actors joined to the subject by "avec"
    act with it (a name and the party in brackets after it both count)."""
    keys: list[str] = []
    for child, case in arguments_of(subject):
        if child.dep_ == "nmod" and case == {"avec"} and child.i > subject.i:
            keys += enumerated(child, actors)
    return keys
_DOCUMENTS = language_data("fr").words("document_nouns") | language_data("fr").words("statement_nouns")


def _effort_before(verb: Token, actors: ArticleActors) -> Token | None:
    """Parser repair: the object noun of an initiative ("efforts", "plan") that ends right before "pour" + infinitive
    and names its owner: the purpose is the initiative's, not the governing verb's."""
    obj = next((c for c in verb.head.children if c.dep_ == "obj" and c.i < verb.i), None)
    mark = verb.left_edge
    if obj is None or fold(obj.text) not in INITIATIVES or fold(mark.text) != "pour" or obj.right_edge.i + 1 != mark.i:
        return None
    return obj if any(c.dep_ == "nmod" and c.i < verb.i and actors.resolve(c) for c in obj.children) else None


def _bracketed_acronym(subject: Token, actors: ArticleActors) -> list[str]:
    """"Le Groupe de soutien à l'islam et aux musulmans (GSIM), lié à Al-Qaïda, a multiplié …": a subject noun whose
    name was not found as a name, with its acronym in parentheses, is the actor of that acronym (not a "groupe"
    named earlier), when the noun is capitalised as a name is."""
    if subject.pos_ != "NOUN" or not subject.text[:1].isupper() or actors.actor_at(subject):
        return []  # (a long name found as such keeps its own actor: "la Communauté économique … (CEDEAO)")
    doc = subject.doc
    clauses = {t.i for c in subject.children if c.dep_ in {"acl", "acl:relcl", "appos"} and c.pos_ != "PROPN" for t in c.subtree}
    for token in subject.subtree:
        if token.i in clauses:
            continue  # "…, lié à Al-Qaïda (AQ)": not the subject's own name
        if token.dep_ == "appos" and token.pos_ == "PROPN" and token.i > 0 and doc[token.i - 1].text == "(" \
                and token.text.isupper() and token.head.i >= subject.i:
            return actors.resolve(token)
    return []


def _stranded_auxiliary(participle: Token) -> Token | None:
    """Parser repair: "X a pour sa part menacé …", "X a de son côté dénoncé …": the past participle hung on the
    noun of the inserted adverbial, the auxiliary "avoir" left as the root with the subject. The auxiliary."""
    if participle.dep_ != "acl" or participle.morph.get("VerbForm") != ["Part"] or participle.morph.get("Tense") != ["Past"]:
        return None
    adverbial = participle.head
    auxiliary = adverbial.head
    if adverbial.dep_ not in {"obl:mod", "obl", "obl:arg"} or auxiliary.pos_ not in {"AUX", "VERB"} or fold(auxiliary.lemma_) != "avoir" \
            or not auxiliary.i < adverbial.i < participle.i:
        return None
    return auxiliary if any(c.dep_ in _SUBJECT_DEPS for c in auxiliary.children) else None


def _finite_number(verb: Token) -> list[str]:
    """The grammatical number of ``verb``'s finite form (its own, or its finite auxiliary's)."""
    forms = [verb] + [a for a in verb.children if a.dep_.startswith("aux")]
    return next((f.morph.get("Number") for f in forms if f.morph.get("VerbForm") == ["Fin"] and f.morph.get("Number")), [])


def _disagrees_with_clause(conjunct: Token) -> bool:
    """Parser repair: a coordinated verb hung on the "que" clause of the verb before it, though its number says it
    goes with the main verb: "Il a répété que les États-Unis avaient besoin de l'île et n'a pas exclu de …"."""
    clause = conjunct.head
    if clause.dep_ != "ccomp" or clause.head == clause or not any(fold(m.text) in {"que", "qu'"} for m in clause.children
                                                               if m.dep_ == "mark"):
        return False
    mine, theirs, main = _finite_number(conjunct), _finite_number(clause), _finite_number(clause.head)
    return bool(mine and theirs and main) and mine != theirs and mine == main


def _finite_tense(verb: Token) -> list[str]:
    """The tense of ``verb``'s finite form (its own, or its finite auxiliary's or copula's)."""
    forms = [verb] + [a for a in verb.children if a.dep_.startswith("aux") or a.dep_ == "cop"]
    return next((f.morph.get("Tense") for f in forms if f.morph.get("VerbForm") == ["Fin"] and f.morph.get("Tense")),
                imperfect_read_as_participle(verb))


def _main_verb_in_tense(conjunct: Token) -> Token | None:
    """Parser repair: a coordinated compound past hung on an imperfect "que" clause (or its infinitive), though its
    auxiliary is the main verb's: "X a affirmé que la situation était grave et a appelé Y à …", "X a rappelé que la
    guerre devait cesser et a pressé Y de …". The main verb whose subject it shares, or None."""
    clause = conjunct.head
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head == clause or not any(fold(m.text) in {"que", "qu'"} for m in clause.children
                                                               if m.dep_ == "mark"):
        return None
    own = [a for a in conjunct.children if a.dep_ == "aux:tense"]
    main = [a for a in clause.head.children if a.dep_ == "aux:tense"]
    if not own or not main or fold(own[0].text) != fold(main[0].text):
        return None
    theirs = _finite_tense(clause)
    return clause.head if theirs and theirs != own[0].morph.get("Tense") and theirs != ["Pres"] else None


def _comma_participle_clause(participle: Token) -> Token | None:
    """Parser repair: a present participle after a comma, hung on a noun object of the main verb ("ont critiqué la
    hausse des droits, accusant X de …"): the finite verb governing that noun, before the participle, whose subject
    the participle shares. None when no comma precedes or no such verb governs the noun."""
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return None
    node = participle.head
    for _ in range(6):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.i < participle.i:
            finite = node.morph.get("VerbForm") == ["Fin"] or any(
                a.dep_.startswith("aux") and a.morph.get("VerbForm") == ["Fin"] for a in node.children)
            return node if finite else None
    return None


def _participle_subjects(head: Token, actors: ArticleActors) -> list[str]:
    """Who acts in a present participle modifying ``head``: the actor it names ("les États-Unis, accusant X"), or the
    author of a document ("une résolution du Conseil de sécurité condamnant X", "un communiqué du Kremlin dénonçant")."""
    keys = actor_keys(head, actors)
    if not keys and (fold(head.text) in _DOCUMENTS or fold(head.lemma_) in _DOCUMENTS):
        keys = [k for child, case in arguments_of(head) if child.dep_ == "nmod" and case & DE_WORDS
                for k in actor_keys(child, actors)]
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in ACTOR_KINDS]


#: Verbs of accusation: the one accused, never the accuser, does their infinitive.
_ACCUSATIONS = {"accuser", "soupconner", "reprocher"}


def _accused_unseen(verb: Token) -> bool:
    """An active verb of accusation whose object the parser missed: the doer of its infinitive is unknown."""
    lemma = fold(verb.lemma_)
    return (lemma in _ACCUSATIONS or lemma + "r" in _ACCUSATIONS) and not _controller_tokens(verb) \
        and not any(c.dep_ == "aux:pass" for c in verb.children)


def _controller_tokens(verb: Token) -> list[Token]:
    """The object of an object-control verb: "accuser X de", "demander à X de", "appeler X à"."""
    return [child for child, case in arguments_of(verb)
            if ((child.dep_ in {"obj", "iobj"} and child.pos_ in {"NOUN", "PROPN", "PRON"})
                or (child.dep_ in {"obl:arg", "obl"} and case & A_WORDS))
            and fold(child.text) not in _TIME_NOUNS] + time_stranded_objects(verb)


def time_stranded_objects(verb: Token) -> list[Token]:
    """Parser repair: "a accusé jeudi la Corée du Nord de …" parsed with the object under the weekday (hung on the
    verb as a complement): the object that time noun holds."""
    return [g for c in verb.children if c.dep_ in {"xcomp", "obl:mod", "obl", "obj"} and c.pos_ == "NOUN"
            and fold(c.text) in _TIME_NOUNS for g in c.children if g.dep_ == "obj" and g.pos_ in {"NOUN", "PROPN"}]


#: Nouns of time the parser takes for an object: "appelle cet après-midi à voter pour X".
_TIME_NOUNS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "apres-midi",
               "nuit", "semaine", "mois", "annee", "jour", "veille", "lendemain", "week-end"}


def _controllers(verb: Token, actors: ArticleActors) -> list[str]:
    keys = [k for child in _controller_tokens(verb) for k in actor_keys(child, actors)]
    return [k for k in dict.fromkeys(keys) if actors.actors[k].kind in ACTOR_KINDS]


def _demand_addressees(verb: Token, actors: ArticleActors) -> list[str]:
    """"dire à X de faire", "ordonner à X de": the addressee of an order (an infinitive with "de")."""
    if not any(c.dep_ in {"xcomp", "ccomp"} and c.morph.get("VerbForm") == ["Inf"]
               and any(fold(g.text) in {"de", "d'"} for g in c.children if g.dep_ == "mark") for c in verb.children):
        return []
    keys = _controllers(verb, actors)
    if not keys:  # "il lui a ordonné de partir": the dative clitic is the last person named
        subjects = subject_actors(verb, actors, [])
        keys = [k for c in _controller_tokens(verb) for k in clitic_person(c, actors, subjects)]
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


def collective_sides(verb: Token, actors: ArticleActors) -> list[set[str]]:
    """The groups among the subjects of ``verb`` that one noun phrase names: "les Européens" (the bloc's members the
    article lists), "des diplomates iraniens et européens" (one group per adjective). "Téhéran et les Européens se
    réunissent" is a meeting of Tehran with each European state, not of the Europeans with each other."""
    for _ in range(4):  # "se sont réunis pour tenter de relancer les discussions": the governing verb's subjects
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.dep_ not in {"xcomp", "advcl"} or verb.head == verb:
            break
        verb = verb.head
    heads = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    heads += [c for h in heads for c in h.children if c.dep_ in {"nmod", "appos"} and c.i > 0 and c.doc[c.i - 1].text == ":"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    sides: list[set[str]] = []
    for head in heads:
        sides.append(set(actors.bloc_members(head)))
        if head.morph.get("Number") == ["Plur"]:
            adjectives = [c for c in head.children if c.dep_ == "amod"]
            adjectives += [c for a in adjectives for c in a.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
            sides += [set(actors.demonym_members(a)) for a in adjectives]
    return [side for side in sides if len(side) >= 2]
