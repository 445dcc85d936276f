"""Canned-query latency at ≥ 1 M triples: the Oxigraph store (kg.graph.store) against rdflib's in-memory store.

Usage:
    .venv/bin/python benchmarks/bench_queries.py [--triples 1000000] [--runs 20] [--rdflib-runs 3]
        [--keep DIR | --reuse DIR] [--only NAME …] [--queries DIR]

``--keep DIR`` keeps the replicated graph and its store in DIR; ``--reuse DIR`` times the queries on such a
DIR (or any build's output folder) without building anything, so that two versions of the queries can be
timed one after the other on the same store (``--queries DIR``: the .rq files to time, default
ontology/queries; ``--only``: those names only).

Each query is timed as `kg query --name` runs it: its first page (LIMIT 100, kg.graph.query.CANNED_PAGE).
``--rdflib-runs 0`` skips rdflib (and its slow load). rdflib cannot parse LATERAL, which some canned
queries use (an Oxigraph extension): those show "rdflib failed".

The graph: the bundled samples are built once (rules pipeline) and their TriG is
replicated with renamed IRIs until it holds the requested number of quads.
Copy k mints its nodes under …/id/c<k>/ and suffixes their names with " #k",
so every copy is a distinct set of documents, people and organisations, while
roles (组长 …) and issue categories stay shared, as in a real collection.
Copy 0 keeps the original names, so the parameterised queries (a person, an
organisation) pick out one document's entities, as a user would.

Prints the load times, then p50/p95 per canned query for both stores, the
rdflib/Oxigraph ratio of the p50s, and the number of rows (which must match).
Targets: p50 ≤ 100 ms per query on Oxigraph, ≥ 10× faster than rdflib.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.build.builder import build  # noqa: E402
from kg.graph.query import CANNED_PAGE, load_canned, paged, parse_params  # noqa: E402
from kg.graph.rdf import ID, RDFS, SKOS  # noqa: E402
from kg.graph.store import KnowledgeStore, write_store  # noqa: E402

SHARED = (ID + "role/", ID + "category/")  # vocabulary-like nodes every document shares
NAME_PREDICATES = {RDFS + "label", SKOS + "altLabel", "http://purl.org/dc/terms/identifier"}
PARAMS = {"org": "长兴岛经济技术开发区党工委", "name": "顾崇豪", "label": "乔树军", "document": "002_dc5af87add2ce3ac"}


def renamer(k: int) -> Callable[[ox.Quad], ox.Quad]:
    """The quad mapping of copy ``k``: minted IRIs under …/id/c<k>/, names suffixed " #k"."""

    def node(term: ox.NamedNode) -> ox.NamedNode:
        v = term.value
        return ox.NamedNode(f"{ID}c{k}/{v[len(ID):]}") if v.startswith(ID) and not v.startswith(SHARED) else term

    def quad(q: ox.Quad) -> ox.Quad:
        s, p, o, g = q.subject, q.predicate, q.object, q.graph_name
        if isinstance(o, ox.Literal) and p.value in NAME_PREDICATES and not s.value.startswith(SHARED):
            o = ox.Literal(f"{o.value} #{k}", datatype=o.datatype)
        elif isinstance(o, ox.NamedNode):
            o = node(o)
        return ox.Quad(node(s), p, o, node(g) if isinstance(g, ox.NamedNode) else g)

    return quad


def replicate(trig: Path, target: int) -> list[ox.Quad]:
    """The TriG's quads, copy 0 unchanged, then renamed copies until there are ``target`` quads."""
    base = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    quads = list(base)
    k = 1
    while len(quads) < target:
        rename = renamer(k)
        quads += [rename(q) for q in base]
        k += 1
    print(f"graph: {len(base):,} sample quads × {k} copies = {len(quads):,} quads")
    return quads


def timings(run: Callable[[], int], runs: int, limit: float) -> tuple[list[float], int]:
    """Seconds of up to ``runs`` runs of ``run`` (fewer once ``limit`` seconds are spent) and the row count."""
    times: list[float] = []
    rows = 0
    while len(times) < runs and sum(times) < limit:
        t0 = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - t0)
    return times, rows


def timings_forked(run: Callable[[], int], runs: int, limit: float) -> tuple[list[float], int, bool]:
    """As :func:`timings`, in a forked child killed after ``limit`` seconds (an rdflib query cannot be
    interrupted otherwise); also says whether the limit cut the runs short. Fork keeps the parent's
    in-memory rdflib graph without copying it."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        spent = 0.0
        for _ in range(runs):
            t0 = time.perf_counter()
            try:
                rows = run()
            except Exception as e:  # an rdflib evaluation bug: report it, keep benchmarking
                send.send(f"{type(e).__name__}: {e}")
                break
            took = time.perf_counter() - t0
            send.send((took, rows))
            spent += took
            if spent > limit / 2:  # another run would likely not finish in time
                break
        send.send(None)

    proc = ctx.Process(target=child)
    proc.start()
    send.close()
    times: list[float] = []
    rows, cut = 0, False
    deadline = time.perf_counter() + limit
    while True:
        if not receive.poll(max(0.0, deadline - time.perf_counter())):
            cut = True
            break
        message = receive.recv()
        if message is None:
            break
        if isinstance(message, str):
            print(f"  rdflib failed: {message}", flush=True)
            continue
        times.append(message[0])
        rows = message[1]
    proc.kill()
    proc.join()
    return times, rows, cut


def p(times: list[float], q: float) -> float:
    """The q-quantile (nearest rank) in milliseconds."""
    ordered = sorted(times)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="quads to reach (default 1 000 000)")
    ap.add_argument("--runs", type=int, default=20, help="runs per query on Oxigraph (default 20)")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="runs per query on rdflib (default 3)")
    ap.add_argument("--limit", type=float, default=60.0,
                    help="seconds allowed per query and store, all runs together (default 60)")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep the replicated graph and its store in DIR")
    ap.add_argument("--reuse", type=Path, metavar="DIR",
                    help="time the queries on the store in DIR (a --keep folder or a build's output); builds nothing")
    ap.add_argument("--queries", type=Path, metavar="DIR", help="the .rq files to time (default ontology/queries)")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="time these canned queries only")
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                    help="bind a parameter to another value than the default (for a --reuse store of other names)")
    a = ap.parse_args()
    PARAMS.update(parse_params(a.param))
    queries = load_canned(a.queries) if a.queries else load_canned()
    if a.only:
        queries = {name: queries[name] for name in a.only}
    if a.reuse:
        if a.rdflib_runs:
            ap.error("--reuse times Oxigraph only: add --rdflib-runs 0")
        store = KnowledgeStore(a.reuse)
        print(f"oxigraph: {len(store):,} quads in {a.reuse}")
        report(queries, store, None, a)
        return

    import rdflib

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        samples, big = Path(tmp) / "samples", a.keep or Path(tmp) / "big"
        t0 = time.perf_counter()
        build(out_dir=samples, view=False, store=False)
        print(f"built the samples in {time.perf_counter() - t0:.1f} s")
        quads = replicate(samples / "graph.trig", a.triples)
        big.mkdir(parents=True, exist_ok=bool(a.keep))
        (big / "graph.trig").write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
        nquads = big / "graph.nq"
        nquads.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        del quads

        t0 = time.perf_counter()
        write_store(big)
        store = KnowledgeStore(big)
        print(f"oxigraph: loaded {len(store):,} quads in {time.perf_counter() - t0:.1f} s")
        dataset = rdflib.Dataset(default_union=True)
        if a.rdflib_runs:
            t0 = time.perf_counter()
            dataset.parse(nquads, format="nquads")
            print(f"rdflib:   loaded {len(dataset):,} triples (union) in {time.perf_counter() - t0:.1f} s\n")
        report(queries, store, dataset, a)


def report(queries: dict, store: KnowledgeStore, dataset, a: argparse.Namespace) -> None:
    """Time each query on Oxigraph (and on rdflib's ``dataset`` unless --rdflib-runs 0) and print the table."""
    header = (f"{'query':34} {'ox p50':>8} {'ox p95':>8} {'rdf p50':>9} {'rdf p95':>9} {'ratio':>7} "
              f"{'rows':>7}  check")
    print(header + "\n" + "-" * len(header))
    ox_p50s, ratios = [], []
    for name, q in queries.items():
        sparql = paged(q.bind({k: PARAMS[k] for k in q.params}), CANNED_PAGE)
        ox_times, ox_rows = timings(lambda: len(store.select(sparql)), a.runs, a.limit)
        rdf_times, rdf_rows, cut = timings_forked(lambda: len(list(dataset.query(sparql))), a.rdflib_runs,
                                                  a.limit) if a.rdflib_runs else ([], 0, False)
        ox50 = p(ox_times, 0.5)
        ox_p50s.append(ox50)
        if rdf_times:
            rdf50, rdf95 = f"{p(rdf_times, .5):9.1f}", f"{p(rdf_times, .95):9.1f}"
            ratios.append(p(rdf_times, 0.5) / ox50)
            ratio = f"{ratios[-1]:6.0f}×"
            check = "ok" if ox_rows == rdf_rows else f"rows differ (rdflib {rdf_rows})"
        elif not a.rdflib_runs:
            rdf50, rdf95, ratio, check = f"{'-':>9}", f"{'':>9}", f"{'':>7}", "rdflib skipped"
        elif not cut:
            rdf50, rdf95, ratio, check = f"{'error':>9}", f"{'':>9}", f"{'':>7}", "rdflib failed"
        else:  # not one rdflib run finished in time: the ratio is at least limit / p50
            rdf50, rdf95 = f"{'>' + format(a.limit * 1000, '.0f'):>9}", f"{'':>9}"
            ratios.append(a.limit * 1000 / ox50)
            ratio = f">{ratios[-1]:5.0f}×"
            check = "rdflib timed out"
        runs = f"{len(ox_times)}/{len(rdf_times)} runs" + (" (cut)" if cut and rdf_times else "")
        print(f"{name:34} {ox50:8.1f} {p(ox_times, .95):8.1f} {rdf50} {rdf95} {ratio} {ox_rows:7d}  {check}, {runs}",
              flush=True)
    print(f"\nall times in ms; Oxigraph p50: median {statistics.median(ox_p50s):.1f}, max {max(ox_p50s):.1f} "
          f"(target ≤ 100); rdflib/Oxigraph p50: "
          + (f"min {min(ratios):.0f}×, median {statistics.median(ratios):.0f}× " if ratios else "not run ")
          + f"(target ≥ 10×); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
