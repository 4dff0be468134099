"""Speech acts whose speaker is an agent: "une idée rejetée par le gouvernement", "une démonstration de force
dénoncée par Taipei", "les îles Senkaku, que Pékin revendique".

Only verbs of judgement (``passive_speech_verbs`` in the language data) count, and only with an actor as agent
or relative subject, so "la motion a été rejetée par 300 voix" and "la ville que X a visitée" give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.attribution import cue_label, speech_lemma
from extractors.contents import clause_start
from extractors.entities import ArticleActors, tokens_in
from extractors.lang import LanguageData, fold
from extractors.token_table import token_table


@dataclass(frozen=True)
class AgentSpeech:
    """One speech act of an agent: the verb, its speakers, the content (chars) and an aside left out of it."""

    cue: Token
    speakers: tuple[str, ...]
    content_start: int
    content_end: int
    cue_text: str
    aside: tuple[int, int] | None = None


def agent_statements(sentence: Span, actors: ArticleActors, data: LanguageData) -> list[AgentSpeech]:
    """"une démonstration de force dénoncée par Taipei", "Ces frappes ont été condamnées par la Russie et la Chine":
    a verb of judgement (``passive_speech_verbs``) in the passive speaks through its agent; the content is the rest
    of the sentence, the verb and its agent left out."""
    verbs = data.words("passive_speech_verbs")
    result = []
    pos = token_table(sentence.doc).pos
    for token in tokens_in(sentence):
        if pos[token.i] != "VERB":
            continue  # only verbs are read below: skip the others without a look-up
        lemma = speech_lemma(token, verbs)
        relative = _relative_speaker(token, actors) if lemma is not None else None
        if relative is not None:
            result.append(relative)  # "les îles Senkaku, que Pékin revendique": Pékin speaks
            continue
        if lemma is None:
            lemma = _claim_emission(token, data)  # "L'hypothèse a été émise par A, B et C"
        if lemma is None or token.morph.get("VerbForm") != ["Part"] or _active_past(token):
            continue
        agent = _agent_of(token)
        if agent is None or any(fold(m.text) in {"a", "au", "aux"} for c in token.children if c.dep_ != "obl:agent" and c.i != agent.head.i
                                and fold(c.text) != "fois" for m in c.children if m.dep_ in {"case", "mark"}):
            continue  # "condamné par la Russie à dix ans de prison": a sentence, not a statement ("à la fois" is none)
        # "par le Japon et l'Australie" with the second name hung on the verb
        agents = [agent] + [c for c in token.children if c.dep_ == "conj" and c.i > agent.i and actors.actor_at(c)
                            and any(g.dep_ == "cc" and fold(g.text) == "et" for g in c.children)]
        speakers = [k for a in agents for k in actors.resolve(a) or actors.unnamed_role(a)  # "démenti par son avocate"
                    if actors.actors[k].kind in {"Person", "Organization", "Country"}]
        listed = _listed_agents(agent, actors)
        if len(listed) > len(speakers) and set(speakers) <= set(listed):
            speakers = listed  # "par le Japon, la Corée du Sud et Taïwan", "par les physiciens A, B et C"
        if not speakers:
            continue
        last = max((t for a in agents for t in a.subtree if t.dep_ != "acl:relcl"
                    and not any(p.dep_ == "acl:relcl" for p in t.ancestors if p.i > agent.i)), key=lambda t: t.i)
        aside = (clause_start(token).idx, last.idx + len(last.text))
        result.append(AgentSpeech(token, tuple(speakers), sentence.start_char, sentence.end_char, cue_label(lemma, data), aside))
    return result


def _active_past(verb: Token) -> bool:
    """"L'Inde n'a pas condamné l'invasion de l'Ukraine par la Russie": a participle with its own subject and
    "avoir" (no "être" of the passive) is an active past; its "par X" is the agent of the object noun, no speaker."""
    deps = {c.dep_ for c in verb.children}
    return "aux:pass" not in deps and "aux:tense" in deps and bool(deps & {"nsubj", "expl:subj"})


def _claim_emission(verb: Token, data: LanguageData) -> str | None:
    """"L'hypothèse a été émise par…", "la théorie formulée par…": a verb of putting forward (``claim_emission_verbs``)
    whose passive subject, or the noun it qualifies, is a claim noun (``claim_nouns``)."""
    lemma = speech_lemma(verb, data.words("claim_emission_verbs"))
    if lemma is None:
        return None
    claims = data.words("claim_nouns")
    nouns = [c for c in verb.children if c.dep_ == "nsubj:pass"] + ([verb.head] if verb.dep_ == "acl" else [])
    return lemma if any(fold(n.lemma_) in claims or fold(n.text) in claims for n in nouns) else None


def _listed_agents(agent: Token, actors: ArticleActors) -> list[str]:
    """The actors of a "par" list read word by word (the parser often breaks such lists): names joined by commas,
    "et" and determiners, after at most one plural class noun ("par les physiciens A, B et C")."""
    doc = agent.doc
    start = agent.left_edge.i
    if start == 0 or fold(doc[start - 1].text) != "par" and fold(doc[start].text) != "par":
        return []
    i = start + 1 if fold(doc[start].text) == "par" else start
    found: list[str] = []
    class_noun_seen = False
    while i < len(doc):
        token = doc[i]
        key = actors.actor_at(token)
        if key is not None:
            if actors.actors[key].kind not in {"Person", "Organization", "Country"}:
                break
            if key not in found:
                found.append(key)
        elif token.pos_ == "NOUN" and token.morph.get("Number") == ["Plur"] and not found and not class_noun_seen:
            class_noun_seen = True
        elif fold(token.text) not in _LIST_WORDS:
            break
        i += 1
    return found


def _agent_of(participle: Token) -> Token | None:
    """The "par X" agent of a participle, also when the parser hung it lower ("rejetée à la fois par X": on "fois")."""
    agent = next((c for c in participle.children if c.dep_ == "obl:agent" and c.i > participle.i), None)
    if agent is None:
        agent = next((t for c in participle.children if c.dep_ in {"obl:mod", "obl"} and c.i > participle.i
                      for t in c.children if t.dep_ == "obl:agent" or fold(c.text) == "fois" and t.dep_ == "nmod"
                      and any(fold(m.text) == "par" for m in t.children if m.dep_ == "case")), None)
    if agent is None:  # "des chiffres relativisés par Febelfin": the agent parsed as a modifier, "par" its first word
        agent = next((c for c in participle.children if c.dep_ in {"obl:mod", "obl"} and c.i > participle.i
                      and c.left_edge.i == participle.i + 1 and fold(c.left_edge.text) == "par"), None)
    return agent


def _relative_speaker(verb: Token, actors: ArticleActors) -> AgentSpeech | None:
    """"les îles Senkaku, que Pékin revendique", "une idée que Moscou dénonce": a verb of judgement in an object
    relative speaks through its subject; the content is the antecedent phrase."""
    if verb.dep_ != "acl:relcl":
        return None
    que = next((c for c in verb.children if c.i < verb.i and fold(c.text) in {"que", "qu'", "qu’"}
                and c.dep_ in {"obj", "mark"}), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), None)
    if que is None or subject is None or any(c.dep_ in {"obj", "ccomp"} and c.i > verb.i for c in verb.children):
        return None
    speakers = [k for k in actors.resolve(subject) if actors.actors[k].kind in {"Person", "Organization", "Country"}]
    if not speakers:
        return None
    start = verb.head.left_edge.idx
    return AgentSpeech(verb, tuple(speakers), start, que.idx, verb.lemma_.lower())


_LIST_WORDS = {",", "et", "le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "ainsi", "que"}  # folded


def presented_document_speakers(verb: Token, actors: ArticleActors, data: LanguageData) -> list[str]:
    """"La résolution, présentée par Paris, Londres et Berlin avec le soutien de Washington, reproche à l'Iran…": a
    document (``document_nouns``) set at the head of the sentence, then an apposed participle of presenting
    (``presenting_verbs``) with its "par" list, then the speech verb: the presenters speak (not the supporters
    after "avec"). Only a finite verb right after the apposition's closing comma."""
    doc = verb.doc
    texts, before = token_table(doc).texts, verb.i - 1
    while before >= 0 and texts[before].isspace():  # (``is_space``)
        before -= 1
    if before < 0 or texts[before] != ",":
        return []  # the cheap test first: no comma right before the verb (the first test below, without a Token made)
    sentence = verb.sent
    words = [t for t in doc[sentence.start: verb.i] if not t.is_space]
    if len(words) < 6 or words[-1].text != "," or verb.morph.get("VerbForm") not in (["Fin"], []):
        return []
    noun = next((t for t in words[:3] if t.pos_ == "NOUN"), None)
    if noun is None or fold(noun.lemma_) not in data.words("document_nouns") or doc[noun.i + 1].text != ",":
        return []
    participle = doc[noun.i + 2]
    if fold(participle.lemma_) not in data.words("presenting_verbs") or participle.morph.get("VerbForm") != ["Part"] \
            or fold(doc[participle.i + 1].text) != "par":
        return []
    speakers: list[str] = []
    for token in doc[participle.i + 2: verb.i]:
        key = actors.actor_at(token)
        if key is not None:
            if key not in speakers and actors.actors[key].kind in {"Person", "Organization", "Country"}:
                speakers.append(key)
        elif fold(token.text) not in _LIST_WORDS:
            break  # "avec le soutien de Washington", "en mars": the list of presenters is over
    return speakers
