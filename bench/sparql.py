"""Benchmark the SPARQL back-ends on a generated graph: rdflib vs Oxigraph in memory vs Oxigraph on disk.

    .venv/bin/python bench/sparql.py                     # 10,000 articles, all three back-ends
    .venv/bin/python bench/sparql.py --articles 1000 --backends oxigraph,oxigraph-disk

The graph is generated directly as facts (``extractors.model`` dataclasses)
and turned into quads by the build's own RDF code (``graph.rdf``), so it
follows the output contract exactly: actors with labels and alternative
names, one named graph per article, statements with speakers, targets, cues,
modes and evidence, relations with event types, negation and modality. The
distributions are those of the real extraction of the seeds and the Wikinews
sets (targets per statement, modes, event types, date precision), with actor
popularity following a Zipf law, so a few actors are in thousands of facts as
in real news. Same seed, same graph.

Each back-end runs in a fresh process (peak memory is its own): load the
TriG (for Oxigraph on disk: open the store folder, bulk-loaded beforehand as
``build --store`` does; "load s" is that bulk load), then every named
question with its parameters bound to the busiest actors, median of
``--runs`` runs after one warm-up. A query that overruns ``--timeout`` is
reported as ``>T``. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.model import Actor, Article, ArticleDate, ArticleFacts, Evidence, Relation, Statement  # noqa: E402
from graph.resolve import CorpusActor, Resolution  # noqa: E402

BACKENDS = ("rdflib", "oxigraph", "oxigraph-disk")

# -- distributions (from the real extraction of seeds + Wikinews dev sets) ------------------

#: Targets per statement: 0 (41%), 1 (27%), 2 (14%) ...
ABOUT_COUNTS = {0: 41, 1: 27, 2: 14, 3: 10, 4: 4, 5: 2, 6: 2}
MODES = {"IndirectSpeech": 64, "DirectQuote": 26, "AccordingTo": 10}
EVENT_TYPES = {"Accuse": 15, "Coerce": 12, "Consult": 12, "Reject": 11, "Cooperate": 10, "Support": 9,
               "Assault": 5, "Agree": 3, "Demand": 3, "Threaten": 3, "Protest": 2}
ACTIONS = {"Accuse": "accuser", "Coerce": "sanctionner", "Consult": "rencontrer", "Reject": "rejeter",
           "Cooperate": "coopérer", "Support": "soutenir", "Assault": "attaquer", "Agree": "signer",
           "Demand": "exiger", "Threaten": "menacer", "Protest": "manifester"}
CUES = {"déclarer": 30, "affirmer": 15, "dire": 15, "estimer": 10, "selon": 10, "ajouter": 8, "indiquer": 6,
        "annoncer": 4, "souligner": 2}
KINDS = {"Person": 55, "Country": 15, "Organization": 22, "Place": 8}
#: Publication date precision: day, month, year, none.
DATE_PRECISION = {10: 85, 7: 10, 4: 3, 0: 2}
FIRST = ("Marie", "Jean", "Ahmed", "Li", "Olga", "Pedro", "Fatou", "Hans", "Yuki", "Ana", "Ivan", "Sara",
         "Omar", "Wei", "Lucie", "Karim", "Elena", "Paul", "Amina", "Igor", "Chen", "Nadia", "Luis", "Aya",
         "Tom", "Zhou", "Irina", "Malik", "Rosa", "Sven", "Hugo", "Leila", "Dmitri", "Inès", "Kofi", "Mei",
         "Youri", "Clara", "Samir", "Eva")
LAST = ("Dubois", "Martin", "Petrov", "Wang", "Diallo", "Garcia", "Müller", "Tanaka", "Silva", "Ivanova",
        "Haddad", "Zhang", "Lefèvre", "Nkosi", "Kowalski", "Rossi", "Novak", "Benali", "Okafor", "Sato",
        "Moreau", "Kuznetsov", "Liu", "Traoré", "Fernandes", "Schmidt", "Yilmaz", "Hosseini", "Larsen",
        "Kim", "Mendes", "Popescu", "Ouchakov", "Bernard", "Castro", "Nguyen", "Fischer", "Mbeki", "Horvat",
        "Lambert", "Said", "Park", "Volkov", "Costa", "Keller", "Abe", "Roux", "Sokolov", "Ortiz", "Ba")
WORDS = ("la coopération", "les sanctions", "le dialogue", "la sécurité", "les échanges", "la crise",
         "le partenariat", "les négociations", "la frontière", "l'énergie", "le commerce", "la paix")


@dataclass(frozen=True)
class GeneratedGraph:
    """A generated dataset: its TriG file and the actors to bind the questions to."""

    trig: Path
    articles: int
    quads: int
    busiest: tuple[str, str]  # labels of the two actors in the most facts


# -- generating the graph --------------------------------------------------------------------


def generate_facts(articles: int, *, seed: int = 7) -> tuple[list[ArticleFacts], Resolution]:
    """``articles`` articles of facts and the corpus actors they refer to (deterministic for a seed)."""
    rng = random.Random(seed)
    actors = _corpus_actors(max(50, articles // 3), rng)
    ids = list(actors)
    popularity = [1 / rank for rank in range(1, len(ids) + 1)]  # Zipf, s = 1
    facts, local = [], {}
    for number in range(articles):
        article = _article(number, rng)
        cast = _pick_cast(ids, popularity, rng)
        facts.append(ArticleFacts(
            article=article,
            actors=tuple(Actor(key=i, label=actors[i].label, kind=actors[i].kind) for i in cast),
            statements=tuple(_statement(cast, n, rng) for n in range(_count(rng, 8))),
            relations=tuple(_relation(cast, n, rng) for n in range(_count(rng, 5)) if len(cast) > 1),
        ))
        local.update({(article.id, i): i for i in cast})
    return facts, Resolution(actors=actors, local_to_corpus=local)


def write_generated(articles: int, folder: Path, *, seed: int = 7) -> GeneratedGraph:
    """Generate, build the quads with ``graph.rdf`` and write ``folder/graph.trig``."""
    from graph.rdf import dataset_quads, write_trig

    facts, resolution = generate_facts(articles, seed=seed)
    quads = dataset_quads(facts, resolution)
    trig = Path(folder) / "graph.trig"
    write_trig(quads, trig)
    return GeneratedGraph(trig=trig, articles=articles, quads=len(quads), busiest=_busiest(facts, resolution))


def _corpus_actors(count: int, rng: random.Random) -> dict[str, CorpusActor]:
    """``count`` actors, most popular first; persons carry "M. X" / surname alternative names."""
    kinds = rng.choices(list(KINDS), weights=list(KINDS.values()), k=count)
    names = [f"{first} {last}" for last in LAST for first in FIRST]
    rng.shuffle(names)
    actors: dict[str, CorpusActor] = {}
    for rank, kind in enumerate(kinds):
        if kind == "Person":
            label = names[rank % len(names)] + ("" if rank < len(names) else f" {rank // len(names) + 1}")
            surname = label.split()[1]
            alt = (f"M. {surname}", surname) if rng.random() < 0.6 else ()
        else:
            label = f"{_KIND_NAMES[kind]} {rank:04d}"
            alt = (f"{_KIND_NAMES[kind]} n° {rank}",) if rng.random() < 0.3 else ()
        actor_id = f"a{rank:05d}"
        actors[actor_id] = CorpusActor(id=actor_id, label=label, kind=kind, alt_labels=alt)
    return actors


_KIND_NAMES = {"Country": "Pays", "Organization": "Organisation", "Place": "Lieu"}


def _article(number: int, rng: random.Random) -> Article:
    precision = rng.choices(list(DATE_PRECISION), weights=list(DATE_PRECISION.values()))[0]
    day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    date = ArticleDate(day[:precision], "jsonl") if precision else None
    publisher = rng.choice(("AFP", "Reuters", "Le Monde", "RFI", "Xinhua", "TASS", None))
    return Article(id=f"gen/{number:06d}", text="", date=date, publisher=publisher, title=f"Dépêche {number}")


def _pick_cast(ids: list[str], popularity: list[float], rng: random.Random) -> list[str]:
    """The actors of one article (2 to ~15, popular ones more often), in a stable order."""
    wanted = 2 + _count(rng, 4)
    return list(dict.fromkeys(rng.choices(ids, weights=popularity, k=wanted)))


def _statement(cast: list[str], n: int, rng: random.Random) -> Statement:
    speaker = rng.choice(cast)
    others = [a for a in cast if a != speaker]
    about = rng.choices(list(ABOUT_COUNTS), weights=list(ABOUT_COUNTS.values()))[0]
    start = 200 * n + rng.randint(0, 50)
    quote = f"{rng.choice(WORDS)} doit progresser avec {rng.choice(WORDS)}, a-t-il dit ({n})"
    evidence = Evidence(f"Le responsable a déclaré que {quote}.", start, start + len(quote) + 30)
    return Statement(
        speaker=speaker, cue=_pick(CUES, rng), quote=quote, mode=_pick(MODES, rng), evidence=evidence,
        about=tuple(rng.sample(others, min(about, len(others)))),
        addressee=rng.choice(others) if others and rng.random() < 0.07 else None,
        reported_by=rng.choice(others) if others and rng.random() < 0.04 else None,
        quote_start=start + 29, quote_end=start + 29 + len(quote),
        event_time=None if rng.random() > 0.05 else f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}",
    )


def _relation(cast: list[str], n: int, rng: random.Random) -> Relation:
    subject, obj = rng.sample(cast, 2)
    event_type = _pick(EVENT_TYPES, rng)
    start = 100 + 200 * n + rng.randint(0, 50)
    text = f"Le pays a décidé de {ACTIONS[event_type]} son voisin sur {rng.choice(WORDS)} ({n})."
    return Relation(
        subject=subject, object=obj, action=ACTIONS[event_type], event_type=event_type,
        evidence=Evidence(text, start, start + len(text)), negated=rng.random() < 0.05,
        modality=rng.choice(("conditional", "future", "intention")) if rng.random() < 0.15 else None,
        symmetric=event_type in {"Consult", "Cooperate", "Agree"} and rng.random() < 0.5,
    )


def _count(rng: random.Random, mean: float) -> int:
    """A skewed count with the given mean (most articles short, a few long)."""
    return min(int(rng.expovariate(1 / mean)), 12 * int(mean))


def _pick(weights: dict[str, int], rng: random.Random) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _busiest(facts: list[ArticleFacts], resolution: Resolution) -> tuple[str, str]:
    """Labels of the two actors in the most facts (as speaker, target, subject or object)."""
    counts: Counter[str] = Counter()
    for article in facts:
        for s in article.statements:
            counts.update([s.speaker, *s.about])
        for r in article.relations:
            counts.update([r.subject, r.object])
    (first, _), (second, _) = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return resolution.actors[first].label, resolution.actors[second].label


# -- measuring one back-end (in a child process) ---------------------------------------------


def questions(busiest: tuple[str, str]) -> dict[str, dict[str, str]]:
    """Each named question with its parameters bound to the busiest actors (the heaviest case)."""
    first, second = busiest
    return {"said-about": {"actor": first}, "said-by-month": {"actor": first}, "top-pairs": {},
            "relations-between": {"actor1": first, "actor2": second}, "first-last": {"actor": first},
            "stance-change": {"actor": first}}


def measure(backend: str, trig: Path, busiest: tuple[str, str], *, runs: int, timeout: float,
            store_dir: Path | None = None) -> dict[str, Any]:
    """Load ``trig`` into ``backend``, then time every named question (median of ``runs`` after a warm-up)."""
    loader = {"rdflib": _load_rdflib, "oxigraph": _load_oxigraph, "oxigraph-disk": _load_oxigraph_disk}[backend]
    began = time.perf_counter()
    run, opened = loader(trig, store_dir)
    loaded = time.perf_counter() - began
    latency: dict[str, Any] = {}
    for name, params in questions(busiest).items():
        latency[name] = _time_question(run, name, params, runs=runs, timeout=timeout)
    return {"backend": backend, "load_s": loaded, "open_s": opened, "rss_mb": _peak_rss_mb(), "queries": latency}


def _load_oxigraph(trig: Path, _store_dir: Path | None):
    from graph.query import open_store, run_named

    store = open_store(trig)
    return (lambda name, params: len(run_named(store, name, params).rows)), 0.0


def write_disk_store(trig: Path, folder: Path) -> float:
    """Bulk-load an on-disk Oxigraph store from ``trig`` (as ``build --store`` does); returns the seconds taken."""
    import pyoxigraph as ox

    began = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    writer = ox.Store(str(folder))
    writer.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    writer.flush()
    del writer
    return time.perf_counter() - began


def _load_oxigraph_disk(trig: Path, store_dir: Path | None):
    """Open the store the parent wrote, read-only, as ``query``/``serve`` do."""
    from graph.query import open_store, run_named

    began = time.perf_counter()
    store = open_store(store_dir)
    opened = time.perf_counter() - began
    return (lambda name, params: len(run_named(store, name, params).rows)), opened


def _load_rdflib(trig: Path, _store_dir: Path | None):
    """An rdflib Dataset whose default graph is the union, queried with the same bound text."""
    import rdflib

    from graph.query import PREFIXES, bind_params, named_queries

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(str(trig), format="trig")

    def run(name: str, params: dict[str, str]) -> int:
        named = named_queries()[name]
        return len(list(dataset.query(bind_params(named.text, named.bind(params)), initNs=PREFIXES)))

    return run, 0.0


def _time_question(run, name: str, params: dict[str, str], *, runs: int, timeout: float) -> dict[str, Any]:
    """Median wall and CPU seconds of ``runs`` runs after one warm-up; stops at ``timeout`` seconds."""
    walls, cpus, rows = [], [], 0
    for attempt in range(runs + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            with _time_limit(timeout):
                rows = run(name, params)
        except TimeoutError:
            return {"wall": None, "cpu": None, "rows": None, "timeout": timeout}
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if attempt or runs == 1 and wall > timeout / 4:  # keep the warm-up of a slow engine rather than wait again
            walls.append(wall)
            cpus.append(cpu)
        if wall > timeout / 4:
            break
    return {"wall": statistics.median(walls or [wall]), "cpu": statistics.median(cpus or [cpu]), "rows": rows}


class _time_limit:
    """Raise TimeoutError in the main thread after ``seconds`` (pure-Python engines stop at once)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        signal.signal(signal.SIGALRM, self._expired)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)

    @staticmethod
    def _expired(*_) -> None:
        raise TimeoutError


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the report --------------------------------------------------------------------------------


def report(graph: GeneratedGraph, results: list[dict[str, Any]], generated_s: float) -> str:
    """A Markdown table: load, memory and the latency of each named question, per back-end."""
    names = list(questions(graph.busiest))
    lines = [f"Generated graph: {graph.articles:,} articles, {graph.quads:,} quads "
             f"(generated and written in {generated_s:.0f} s); questions bound to {graph.busiest[0]!r} "
             f"(the actor in the most facts) and {graph.busiest[1]!r}.",
             "Latency: wall ms / CPU ms of the process, median after a warm-up (CPU is the steadier figure on a "
             "shared machine).", ""]
    header = ["back-end", "load s", "open s", "peak RSS MB", *names]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---" for _ in header) + "|")
    for result in results:
        cells = [result["backend"], f"{result['load_s']:.1f}", f"{result['open_s']:.2f}", f"{result['rss_mb']:,.0f}"]
        cells += [_latency(result["queries"][name]) for name in names]
        lines.append("| " + " | ".join(cells) + " |")
    rows = {name: {r["queries"][name]["rows"] for r in results if r["queries"][name]["rows"] is not None} for name in names}
    disagree = [name for name, counts in rows.items() if len(counts) > 1]
    lines += ["", "Rows per question: " + ", ".join(f"{n} {min(c) if c else '—'}" for n, c in rows.items()) + "."]
    if disagree:
        lines.append("WARNING: the back-ends disagree on the number of rows of " + ", ".join(disagree) + ".")
    return "\n".join(lines)


def _latency(query: dict[str, Any]) -> str:
    if query.get("timeout"):
        return f">{query['timeout']:g} s"
    return f"{query['wall'] * 1000:,.0f} / {query['cpu'] * 1000:,.0f}"


# -- command line ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        busiest = tuple(json.loads(args.busiest))
        result = measure(args.child, Path(args.trig), busiest, runs=args.runs, timeout=args.timeout,
                         store_dir=Path(args.work) / "store" if args.work else None)
        print(json.dumps(result))
        return 0
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsgraph-bench-sparql-"))
    work.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    graph = write_generated(args.articles, work, seed=args.seed)
    generated_s = time.perf_counter() - began
    print(f"# {graph.quads:,} quads in {graph.trig} ({generated_s:.0f} s)", file=sys.stderr)
    results = []
    for backend in args.backends.split(","):
        if backend not in BACKENDS:
            raise SystemExit(f"bench: unknown back-end {backend!r} (known: {', '.join(BACKENDS)})")
        written = write_disk_store(graph.trig, work / "store") if backend == "oxigraph-disk" else None
        results.append(_child(backend, graph, work, args))
        if written is not None:  # the store is written once, beforehand: its load time is the bulk load
            results[-1]["load_s"] = written
        print(f"#   {backend}: loaded in {results[-1]['load_s']:.1f} s", file=sys.stderr)
    print(report(graph, results, generated_s))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _child(backend: str, graph: GeneratedGraph, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", backend, "--trig", str(graph.trig),
               "--busiest", json.dumps(list(graph.busiest)), "--runs", str(args.runs),
               "--timeout", str(args.timeout), "--work", str(work)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"bench: {backend} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the generated graph (default 10,000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generator (default 7)")
    parser.add_argument("--backends", default=",".join(BACKENDS), help=f"comma-separated, from {', '.join(BACKENDS)}")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per question after a warm-up (default 5)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a question may take (default 60)")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated graph and store in DIR")
    parser.add_argument("--child", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--trig", help=argparse.SUPPRESS)
    parser.add_argument("--busiest", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
