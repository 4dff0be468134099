"""``newsgraph`` command line: thin argument parsing over the library API.

Exit status: 0 all good; 1 the command failed (one-line message); 2 usage
error; 3 the build finished but some inputs were skipped (each named).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from graph.errors import NewsgraphError, UsageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except NewsgraphError as error:
        if args.debug:
            raise
        print(f"newsgraph: error: {error}", file=sys.stderr)
        return error.exit_code
    except (OSError, LookupError) as error:
        if args.debug:
            raise
        print(f"newsgraph: error: {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsgraph: interrupted; files already written are intact", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, the traceback on request
        if args.debug:
            raise
        print(f"newsgraph: internal error: {error.__class__.__name__}: {_one_line(error)} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_FAILED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsgraph", description="Who said what about whom, and who did what to whom, in news articles.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="extract facts from articles into out/graph.trig and out/graph.html")
    build.add_argument("paths", nargs="*", default=["seeds"], help="files or folders (.txt with manifest.csv, .jsonl); default: seeds/")
    build.add_argument("-o", "--out", default="out", help="output folder (default: out/)")
    build.add_argument("--model", default="fr_core_news_md", help="spaCy model (default: fr_core_news_md; fr_core_news_sm is faster)")
    build.add_argument("--date", help="publication date of a single-file build (YYYY, YYYY-MM or YYYY-MM-DD)")
    build.add_argument("--workers", type=int, default=1, help="parser processes (default: 1)")
    build.add_argument("--dask", metavar="SCHEDULER", help="extract on a Dask cluster (e.g. tcp://127.0.0.1:8786) instead of locally")
    build.add_argument("--batch-size", type=int, default=32, help="articles per parser batch (default: 32)")
    build.add_argument("--store", metavar="DIR", help="also write an on-disk Oxigraph store (query/serve accept it)")
    build.add_argument("--no-html", action="store_true", help="do not render graph.html")
    build.add_argument("--no-cache", action="store_true", help="parse every article again")
    build.add_argument("--strict", action="store_true", help="stop at the first bad input or article the rules cannot read")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.set_defaults(run=_run_build)

    query = commands.add_parser("query", help="run a SPARQL query (or a named question) on a graph")
    query.add_argument("graph", nargs="?", default="out/graph.trig", help="TriG file or Oxigraph store folder")
    query.add_argument("query", nargs="?", help="SPARQL text, or a path to a .rq file")
    query.add_argument("-f", "--file", help="read the query from this file")
    query.add_argument("--named", help="run a ready question by name (see --list)")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="parameter of a named question")
    query.add_argument("--list", action="store_true", help="list the ready questions")
    query.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json", "turtle"])
    query.add_argument("--allow-update", action="store_true", help="allow SPARQL UPDATE and save it into GRAPH (off by default)")
    query.set_defaults(run=_run_query)

    render = commands.add_parser("render", help="render a graph as an interactive HTML page")
    render.add_argument("graph", nargs="?", default="out/graph.trig")
    render.add_argument("-o", "--out", default="out/graph.html")
    render.add_argument("--from", dest="since", metavar="PERIOD", help="only articles published from this period on (2022, 2024-02, 2024-02-08)")
    render.add_argument("--to", dest="until", metavar="PERIOD", help="only articles published up to the end of this period")
    render.set_defaults(run=_run_render)

    diff = commands.add_parser("diff", help="what changed between two periods: facts added, removed and kept")
    diff.add_argument("graph", nargs="?", default="out/graph.trig", help="TriG file or Oxigraph store folder")
    diff.add_argument("--from", dest="before", required=True, metavar="PERIOD", help="first period: 2022, 2024-02, 2024-02-08 or A..B")
    diff.add_argument("--to", dest="after", required=True, metavar="PERIOD", help="second period, same forms")
    diff.add_argument("--cumulative", action="store_true", help="each side runs from the beginning of time to the end of its period")
    diff.add_argument("--format", default="text", choices=["text", "json", "trig", "html"])
    diff.add_argument("-o", "--out", help="write to this file (default: standard output)")
    diff.set_defaults(run=_run_diff)

    serve = commands.add_parser("serve", help="serve a graph over the SPARQL 1.1 Protocol (read-only) with its explorer")
    serve.add_argument("graph", nargs="?", default="out/graph.trig", help="TriG file or Oxigraph store folder")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=7878)
    serve.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default: 10)")
    serve.add_argument("--max-rows", type=int, default=100_000, help="largest result returned (default: 100000)")
    serve.set_defaults(run=_run_serve)

    score = commands.add_parser("score", help="score a built graph against gold annotations")
    score.add_argument("graph", nargs="?", default="out/graph.trig")
    score.add_argument("--gold", default="tests/gold/seeds", help="gold prefix: PREFIX.statements.jsonl / PREFIX.relations.jsonl")
    score.add_argument("--texts", default="seeds", help="folder of the gold articles")
    score.add_argument("--misses", action="store_true", help="list misses and false positives")
    score.set_defaults(run=_run_score)

    push = commands.add_parser("push", help="load a graph into a SPARQL store (Graph Store Protocol: one PUT per article graph)")
    push.add_argument("graph", nargs="?", default="out/graph.trig")
    push.add_argument("--endpoint", required=True, help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph) "
                      "or http://localhost:3030/DATASET/data (Fuseki)")
    push.add_argument("--default-graph", metavar="IRI", help="put actors and article metadata in this named graph instead of the default graph")
    push.add_argument("--no-prune", action="store_true", help="keep article graphs of an earlier push that the graph no longer has")
    push.add_argument("--timeout", type=float, default=60.0, help="seconds per HTTP request (default: 60)")
    push.set_defaults(run=_run_push)
    return parser


def _run_build(args) -> int:
    from graph.build import build

    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    report = build(
        args.paths, out_dir=args.out, model=args.model, date=args.date, workers=args.workers,
        batch_size=args.batch_size, render=not args.no_html, strict=args.strict, use_cache=not args.no_cache,
        progress=progress, extractor=_dask_extractor(args), store_dir=args.store,
    )
    for problem in report.problems:
        print(f"newsgraph: skipped {problem}", file=sys.stderr)
    for article_id in report.undated:
        print(f"newsgraph: note: {article_id}: no trustworthy publication date; left undated", file=sys.stderr)
    for note in report.ambiguous:
        print(f"newsgraph: note: {note}", file=sys.stderr)
    print(
        f"{report.articles} articles ({report.parsed} parsed, {report.from_cache} from cache), "
        f"{report.statements} statements, {report.relations} relations, {report.actors} actors, "
        f"{len(report.problems)} skipped"
    )
    print(f"graph: {report.trig}")
    if report.html:
        print(f"html:  {report.html}  (open it in a browser)")
    if report.articles == 0:
        print("newsgraph: error: no article could be read", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if report.problems else EXIT_OK


def _run_query(args) -> int:
    from graph import query as q

    if args.list:
        for name, named in sorted(q.named_queries().items()):
            params = " ".join(f"{p.name}=" + ("…" if p.required else repr(p.default)) for p in named.params)
            print(f"{name:18} {named.description}" + (f"\n{'':18} params: {params}" if params else ""))
        return EXIT_OK
    params = dict(_split_param(p) for p in args.param)
    if args.named:
        store = q.open_store(args.graph)
        result = q.run_named(store, args.named, params)
    else:
        if args.file:
            text = _read(args.file)
        elif args.query:
            text = _read(args.query) if args.query.endswith(".rq") and Path(args.query).is_file() else args.query
        else:
            raise UsageError("give a query, -f FILE, --named NAME or --list")
        if args.allow_update and q.is_update(text):
            store, result = None, q.update_graph(args.graph, text, params=params)
        else:
            store = q.open_store(args.graph)
            result = q.run_query(store, text, params=params, allow_update=args.allow_update)
    sys.stdout.write(q.format_result(result, args.format, store=store))
    return EXIT_OK


def _run_render(args) -> int:
    from graph.project import view_from_store
    from graph.query import open_store
    from graph.rdf import atomic_write_bytes
    from graph.render import render_html

    from graph.diffview import period_view
    from graph.periods import period_between

    period = period_between(args.since, args.until)
    store = open_store(args.graph)
    view = period_view(store, period) if period else view_from_store(store)
    try:
        atomic_write_bytes(Path(args.out), render_html(view).encode("utf-8"))
    except OSError as error:
        raise NewsgraphError(f"{args.out}: cannot write ({_one_line(error)})") from None
    print(f"html: {args.out}")
    return EXIT_OK


def _run_diff(args) -> int:
    from graph.diff import diff, format_diff
    from graph.periods import parse_period
    from graph.query import open_store
    from graph.rdf import atomic_write_bytes

    before, after = parse_period(args.before), parse_period(args.after)
    store = open_store(args.graph)
    text = format_diff(diff(store, before, after, cumulative=args.cumulative), args.format, store=store)
    if args.out:
        atomic_write_bytes(Path(args.out), text.encode("utf-8"))
        print(f"{args.format}: {args.out}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _dask_extractor(args):
    if not args.dask:
        return None
    from graph.distributed import dask_extractor

    return dask_extractor(args.dask, model=args.model, batch_size=args.batch_size)


def _run_push(args) -> int:
    from graph.push import push

    report = push(args.graph, args.endpoint, default_graph=args.default_graph, prune=not args.no_prune, timeout=args.timeout)
    print(f"pushed {report.graphs} article graphs and the default graph ({report.triples} triples) to {report.endpoint} "
          f"in {report.seconds:.1f} s" + (f"; removed {len(report.deleted)} old article graphs" if report.deleted else ""))
    return EXIT_OK


def _run_serve(args) -> int:
    from graph.serve import ServerSettings, serve

    serve(args.graph, ServerSettings(host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows))
    return EXIT_OK


def _run_score(args) -> int:
    from graph.score import format_scores, held_out_sets, score_graph

    held_out = held_out_sets(args.gold) if args.misses else []
    if held_out:
        raise UsageError(f"{args.gold}: shares articles with the held-out set {', '.join(held_out)} "
                         f"(see HELD-OUT beside it); --misses is refused for held-out data, the score lines are not")
    scores = score_graph(args.graph, gold_prefix=args.gold, texts=args.texts)
    print(format_scores(scores, misses=args.misses))
    return EXIT_OK


def _split_param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise UsageError(f"--param {text!r}: expected NAME=VALUE")
    name, value = text.split("=", 1)
    return name.strip(), value


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{path}: cannot read query file ({error.strerror})") from None


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror and error.filename:
        return f"{error.filename}: {error.strerror}"  # not "[Errno 13] Permission denied: '...'"
    return " ".join(str(error).split()) or error.__class__.__name__


if __name__ == "__main__":
    sys.exit(main())
