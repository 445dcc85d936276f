"""The `kg` command line: a thin layer over the Python API.

Each command is one function ``cmd_NAME(args) -> int`` and one entry in
:data:`COMMANDS`; heavy modules are imported inside the command, so that
``kg --help`` and ``kg build`` stay fast and never import torch.
"""
from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from kg import __version__
from kg.errors import KgError, command_line

DEFAULT_OUT = Path("output")

log = logging.getLogger("kg")


def cmd_build(args: argparse.Namespace) -> int:
    from kg.api import build

    report = build(
        args.paths,
        out_dir=args.output,
        strict=args.strict,
        ner=args.ner,
        hanlp_model=args.hanlp_model,
        max_size_mb=args.max_size_mb,
        timeout=args.timeout,
        view=not args.no_view,
        store=not args.no_store,
        progress=not args.quiet,
        jobs=args.jobs,
        executor=args.executor,
        scheduler=args.scheduler,
    ).report
    for line in report.error_lines():
        print(line, file=sys.stderr)
    if not args.quiet:
        print(report.summary() + ("; outputs up to date (nothing changed since the last build)"
                                  if report.up_to_date else ""))
    return 1 if report.failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.graph.export import export

    written = export(args.outdir, args.format, args.output)
    if not args.quiet:
        print(f"wrote {written}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.graph.validate import validate

    violations = validate(args.outdir)
    for v in violations:
        print(v)
    if not args.quiet:
        print("conforms" if not violations else f"{len(violations)} violation(s)")
    return 1 if violations else 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.graph.query import run_query_command

    return run_query_command(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.graph.serve import serve

    return serve(args.outdir, host=args.host, port=args.port, writable=args.writable)


def cmd_push(args: argparse.Namespace) -> int:
    from kg.graph.push import push

    pushed = push(args.outdir, args.endpoint, user_env=args.user_env, password_env=args.password_env)
    if not args.quiet:
        print(f"pushed {pushed} document graph(s) to {args.endpoint}")
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.views.view import write_view

    path = write_view(args.outdir, args.output, focus=args.focus, depth=args.depth, doc=args.doc,
                      inspection=args.inspection)
    if not args.quiet:
        print(f"wrote {path}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from kg.graph.explain import explain_text

    print(explain_text(args.outdir, args.name))
    return 0


def cmd_train_ner(args: argparse.Namespace) -> int:
    from kg.extract.train_ner import train_ner

    train_ner(args.gold, args.corpus, args.out, templates=args.templates, epochs=args.epochs, quiet=args.quiet)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.evaluation import run_eval_command

    return run_eval_command(args)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("-v", "--verbose", action="count", default=0, help="say more (repeat for debug output)")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def _outdir(p: argparse.ArgumentParser) -> None:
    p.add_argument("outdir", nargs="?", type=Path, default=DEFAULT_OUT,
                   help=f"a folder written by `kg build` (default {DEFAULT_OUT}/)")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph from Chinese Party inspection documents (巡视/巡察).",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("build", help="extract facts from documents and write the graph, store and view",
                       description="Read .txt/.text/.html/.htm files (folders are searched recursively, globs "
                                   "expanded) and write graph.ttl, graph.trig, the store and graph.html. With no "
                                   "PATH, builds the bundled sample documents.")
    p.add_argument("paths", nargs="*", help="files, folders or globs (default: the bundled samples)")
    p.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT}/)")
    p.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    p.add_argument("--ner", choices=("rules", "hanlp"), default="rules",
                   help="mention finder: rules only (default), or rules plus a HanLP model")
    p.add_argument("--hanlp-model", metavar="NAME|PATH", help="HanLP model name or folder, with --ner hanlp")
    p.add_argument("--max-size-mb", type=float, default=20.0, help="skip files larger than this (default 20 MB)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds allowed to extract one document (default 60)")
    p.add_argument("--no-view", action="store_true", help="do not write graph.html")
    p.add_argument("--no-store", action="store_true", help="do not write the Oxigraph store")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="extract in N processes (default: one per core; 1: in this process)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="where extraction runs: local processes (default) or a Dask cluster (needs the dask extra)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --executor dask: the cluster's scheduler (tcp://host:8786); default a local cluster")
    _common(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("export", help="write the built graph in another format",
                       description="Formats: ttl nt trig nq jsonld graphml gexf neo4j-csv cytoscape.")
    _outdir(p)
    p.add_argument("-f", "--format", required=True,
                   choices=("ttl", "nt", "trig", "nq", "jsonld", "graphml", "gexf", "neo4j-csv", "cytoscape"),
                   help="RDF (ttl nt trig nq jsonld) or a property graph (graphml gexf neo4j-csv cytoscape)")
    p.add_argument("-o", "--output", type=Path, help="file (folder for neo4j-csv); default OUTDIR/export/…")
    _common(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check the built graph against the SHACL shapes")
    _outdir(p)
    _common(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("query", help="run SPARQL (text, file or a canned query) on the built store")
    p.add_argument("first", nargs="?", metavar="DIR",
                   help=f"the folder written by `kg build` (default {DEFAULT_OUT}/); before or after SPARQL")
    p.add_argument("second", nargs="?", metavar="SPARQL",
                   help="a SPARQL query; the vocabulary's prefixes (xs: org: prov: dcterms: foaf: skos: …) are "
                        "predeclared")
    p.add_argument("-f", "--file", type=Path, help="read the query from a .rq file")
    p.add_argument("-n", "--name", help="run a canned query (see --list)")
    p.add_argument("--limit", type=int, metavar="N",
                   help="rows of a SELECT to return (default 100 for a canned query, all for others; 0: all)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N rows (with --limit: pages)")
    p.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a parameter of a canned query (repeatable)")
    p.add_argument("--list", action="store_true", help="list the canned queries")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                   help="output format: an aligned table (default) or SPARQL results as CSV, TSV or JSON")
    p.add_argument("-d", "--dir", dest="outdir", type=Path, metavar="DIR",
                   help="the built output folder, as the positional DIR")
    _common(p)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("serve", help="serve the store as a SPARQL endpoint (read-only by default)")
    _outdir(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    p.add_argument("--writable", action="store_true", help="accept SPARQL UPDATE and Graph Store writes")
    _common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("push", help="send each document's named graph to a SPARQL 1.1 Graph Store endpoint")
    _outdir(p)
    p.add_argument("--endpoint", required=True, help="Graph Store endpoint URL, e.g. http://host:7878/store")
    p.add_argument("--user-env", default="KG_PUSH_USER", help="environment variable holding the user name")
    p.add_argument("--password-env", default="KG_PUSH_PASSWORD", help="environment variable holding the password")
    _common(p)
    p.set_defaults(func=cmd_push)

    p = sub.add_parser("viz", help="write an interactive HTML view of the built graph")
    _outdir(p)
    p.add_argument("-o", "--output", type=Path, help="HTML file (default OUTDIR/graph.html or a name per view)")
    p.add_argument("--focus", metavar="NAME", help="ego view around a person, organisation or team")
    p.add_argument("--depth", type=int, default=2, help="hops around --focus (default 2)")
    p.add_argument("--doc", metavar="ID", help="one document's facts")
    p.add_argument("--inspection", nargs="?", const="", metavar="NAME",
                   help="one inspection cycle: team → target → feedback → issues → measures")
    _common(p)
    p.set_defaults(func=cmd_viz)

    p = sub.add_parser("explain", help="which nodes carry a name, what each was merged from, and why",
                       description="For a team, organisation or person name (rdfs:label or skos:altLabel): each "
                                   "node carrying it, the documents and surface forms it was merged from, the "
                                   "identity basis and evidence each document gave, and why the nodes are one or "
                                   "several.")
    p.add_argument("name", help="a name as written (Simplified or Traditional)")
    _outdir(p)
    _common(p)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("train-ner", help="train a HanLP NER model offline from gold facts and texts")
    p.add_argument("--gold", type=Path, required=True, help="folder of NAME.gold.json files")
    p.add_argument("--corpus", type=Path, required=True, help="folder of NAME.txt files")
    p.add_argument("--out", type=Path, required=True, help="folder to save the model in")
    p.add_argument("--templates", type=int, default=0, help="add this many template sentences to the training data")
    p.add_argument("--epochs", type=int, default=10, help="training passes over the data (default 10)")
    _common(p)
    p.set_defaults(func=cmd_train_ner)

    p = sub.add_parser("eval", help="measure a build against hand-made gold facts (precision, recall, F1)",
                       description="Score the graph of INPUT (documents to build; default: the NAME.txt beside each "
                                   "NAME.gold.json in GOLD_DIR) or of a build (-d DIR, or a folder holding "
                                   "graph.trig) against GOLD_DIR's gold files (format: kg/GOLD.md).")
    p.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of NAME.gold.json files")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="documents (files, folders, globs) to build, or a built output folder or graph file")
    p.add_argument("-d", "--dir", type=Path, help="score the graph a build wrote in this folder (no build)")
    p.add_argument("-o", "--output", type=Path, help="build into this folder and keep it (default: a temporary one)")
    p.add_argument("--part", metavar="NAME", help="score only the documents GOLD_DIR/SPLIT.tsv puts in this part")
    p.add_argument("--detail", action="store_true", help="list every missed and invented fact and every wrong value")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--min", type=float, metavar="SCORE", help="exit status 1 when the score is below this")
    p.add_argument("--ner", choices=("rules", "hanlp"), default="rules", help="mention finder for the build")
    p.add_argument("--hanlp-model", metavar="NAME|PATH", help="HanLP model name or folder, with --ner hanlp")
    _common(p)
    p.set_defaults(func=cmd_eval)
    return parser


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so that it unwinds like Ctrl-C: temporary outputs are removed
    and the previous ones stay (a BaseException, so no per-document ``except Exception`` swallows it)."""


def _terminate(_signum: int, _frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args, extra = parser.parse_known_args(argv)
    # argparse fills two optional positionals from one run of words, so `kg query DIR --format json 'SELECT …'`
    # leaves the query over: it takes the free positional of query (DIR, SPARQL) all the same.
    for slot in ("first", "second") if args.command == "query" else ():
        if extra and not extra[0].startswith("-") and getattr(args, slot) is None:
            setattr(args, slot, extra.pop(0))
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    level = logging.ERROR if args.quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s")
    handler: Callable[[argparse.Namespace], int] = args.func
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with command_line():  # messages name settings as options (--timeout), not keywords (timeout=)
            return handler(args)
    except KgError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return 1
    except OSError as e:  # an output that cannot be written (no such folder, disk full …), said in one line
        log.debug("%s failed", args.command, exc_info=True)
        print(f"kg: error: {e.filename}: {e.strerror}" if e.filename and e.strerror else f"kg: error: {e}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("kg: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    finally:
        signal.signal(signal.SIGTERM, previous)
