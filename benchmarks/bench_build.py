"""End-to-end build benchmark (issue 14): throughput, time per step, memory, incremental rebuilds.

Usage:
    .venv/bin/python benchmarks/bench_build.py [--docs 2000] [--big] [--jobs 1 2] [--corpus DIR] [--keep DIR]

``shared/tools/make_corpus.py`` writes --docs varied copies of the samples (``--big``: 20,000). Each build
runs in a child process (``kg.build`` with ``jobs=N``), so its peak RSS is its own (``os.wait4``). Prints,
in one run: end-to-end MB/s and documents/s at each -j; extraction-only MB/s (read + pipeline, one process,
nothing written); seconds per step (extract, store, serialise, view); peak RSS; quad count; the time of a
rebuild after nothing changed, after one document changed (a sentence that states no fact appended) and after
one document's facts changed (its teams renumbered); and ``jieba.cut``'s MB/s on the same text
with the ratio (jieba is not a dependency of kg: install it into the venv to get that line).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE_CORPUS = ROOT.parent / "shared" / "tools" / "make_corpus.py"
MB = 1_000_000

# A child process: one build (or extraction alone), its report's time per step as JSON on stdout.
BUILD_CHILD = """
import inspect, json, sys, time, logging
logging.basicConfig(level=logging.ERROR)
sys.path.insert(0, {root!r})
from kg.build.builder import build
kwargs = dict(out_dir=__import__("pathlib").Path({out!r}), view={view!r}, progress=False)
if "jobs" in inspect.signature(build).parameters:
    kwargs["jobs"] = {jobs!r}
start = time.perf_counter()
report = build([{corpus!r}], **kwargs)
print(json.dumps({{"wall": time.perf_counter() - start, "seconds": dict(report.seconds),
                  "docs": len(report.documents) if report.documents else getattr(report, "built", 0)}}))
"""

EXTRACT_CHILD = """
import json, sys, time, logging
logging.basicConfig(level=logging.ERROR)
sys.path.insert(0, {root!r})
from kg.ingest.files import find_files, read_document
from kg.extract.pipeline import Pipeline
files, _ = find_files([{corpus!r}])
pipeline = Pipeline()
start = time.perf_counter()
for path in files:
    doc = read_document(path)
    doc.id = path.stem
    pipeline(doc)
print(json.dumps({{"wall": time.perf_counter() - start}}))
"""


def run_child(code: str) -> tuple[dict, float]:
    """Run ``code`` in a fresh interpreter; its JSON result (with ``cpu``, the seconds of CPU it and its
    threads used: on a shared machine wall-clock time says more about the neighbours) and its peak RSS in MB."""
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"child failed ({proc.returncode}):\n{err.decode()[-3000:]}")
    result = json.loads(out.decode().strip().splitlines()[-1])
    result["cpu"] = usage.ru_utime + usage.ru_stime
    return result, usage.ru_maxrss / 1024


def peak_of_tree(result_rss: float) -> float:
    """Children of the child (worker processes) are counted by RUSAGE_CHILDREN of this process."""
    import resource

    return max(result_rss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


# The driver's steps after extraction, as its report names them: cross-document identity and links, mapping
# facts to quads, writing graph.ttl/trig, what the store adds once they are written (it loads alongside them:
# "store load" is its thread's own time, overlapped), the view.
AFTER_EXTRACTION = ("identity", "link", "map", "store", "store load", "view")


def steps(seconds: dict[str, float]) -> dict[str, float]:
    """A report's times grouped into the issue's steps; the pipeline stages (and read) are extraction."""
    out = {"extract": 0.0, "serialise": 0.0}
    if "extract" in seconds:  # the driver's wall-clock time of extraction (its stage times are CPU, summed)
        seconds = {k: v for k, v in seconds.items() if k in ("extract", "graph files", *AFTER_EXTRACTION)}
    for key, value in seconds.items():
        if key in ("serialise", "graph files"):
            out["serialise"] += value
        elif key in ("extract", *AFTER_EXTRACTION):
            out[key] = out.get(key, 0.0) + value
        elif key not in ("incremental", "merge"):
            out["extract"] += value
    return out


def quad_count(out: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(out / "store")))


def jieba_speed(corpus: Path) -> float | None:
    """jieba.cut's MB/s over the corpus's text (UTF-8 bytes), dictionary loaded first; None without jieba."""
    try:
        import jieba
    except ImportError:
        return None
    import logging

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    start = time.perf_counter()
    for t in texts:
        for _ in jieba.cut(t):
            pass
    return sum(len(t.encode("utf-8")) for t in texts) / MB / (time.perf_counter() - start)


def first_pages(out: Path, runs: int = 5) -> list[tuple[str, float, int]]:
    """Each canned query's first page (``kg query --name``'s default 100 rows) on the build's store:
    (name, p50 ms, rows). Parameterised queries get a value from the graph."""
    import statistics

    from kg.graph.query import CANNED_PAGE, load_canned, paged
    from kg.graph.store import KnowledgeStore

    store = KnowledgeStore(out)
    person = store.query("SELECT ?n WHERE { ?p a foaf:Person ; rdfs:label ?n } LIMIT 1")[0]["n"]
    org = store.query("SELECT ?n WHERE { ?o a org:Organization ; rdfs:label ?n } LIMIT 1")[0]["n"]
    values = {"name": person, "person": person, "organisation": org, "org": org}
    out_rows = []
    for name, query in sorted(load_canned().items()):
        try:
            sparql = paged(query.bind({k: values.get(k, org) for k in query.params}), CANNED_PAGE)
        except Exception:  # a parameter this benchmark cannot guess
            continue
        times, rows = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            rows = len(store.select(sparql))
            times.append((time.perf_counter() - start) * 1000)
        out_rows.append((name, statistics.median(times), rows))
    return out_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--big", action="store_true", help="20,000 documents")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", type=Path, help="a folder of documents (default: generate one)")
    parser.add_argument("--keep", type=Path, help="keep the corpus and outputs here")
    parser.add_argument("--no-view", action="store_true", help="skip graph.html (time the rest)")
    args = parser.parse_args()
    docs = 20_000 if args.big else args.docs
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = args.corpus or work / f"corpus-{docs}"
        if args.corpus is None and not corpus.is_dir():
            subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "--docs", str(docs)], check=True,
                           stdout=subprocess.DEVNULL)
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm"))
        size = sum(p.stat().st_size for p in files) / MB
        print(f"corpus: {len(files)} documents, {size:.1f} MB ({corpus})")

        extract, rss = run_child(EXTRACT_CHILD.format(root=str(ROOT), corpus=str(corpus)))
        print(f"extraction only (-j1, read + pipeline): {extract['wall']:.1f} s, {size / extract['wall']:.2f} MB/s, "
              f"CPU {extract['cpu']:.1f} s ({size / extract['cpu']:.2f} MB per CPU second), peak RSS {rss:.0f} MB")
        one = None
        for jobs in args.jobs:
            out = work / f"out-j{jobs}"
            result, rss = run_child(BUILD_CHILD.format(root=str(ROOT), out=str(out), corpus=str(corpus),
                                                       jobs=jobs, view=not args.no_view))
            wall = result["wall"]
            one = one or wall
            per = ", ".join(f"{k} {v:.1f} s" for k, v in steps(result["seconds"]).items())
            print(f"build -j{jobs}: {wall:.1f} s, {size / wall:.2f} MB/s, {len(files) / wall:.0f} docs/s, "
                  f"CPU of the driver and its threads {result['cpu']:.1f} s"
                  f"{f', {one / wall:.2f}x -j1' if wall != one else ''}; peak RSS {peak_of_tree(rss):.0f} MB "
                  f"(driver {rss:.0f} MB); {per}")
        out = work / f"out-j{args.jobs[0]}"
        print(f"quads in the store: {quad_count(out):,}")
        rebuild = BUILD_CHILD.format(root=str(ROOT), out=str(out), corpus=str(corpus), jobs=args.jobs[-1],
                                     view=not args.no_view)
        result, _ = run_child(rebuild)
        print(f"rebuild, nothing changed: {result['wall']:.2f} s")
        changed = files[len(files) // 2]
        original = changed.read_bytes()
        try:
            changed.write_text(original.decode("utf-8") + "\n会议强调，要抓好巡察整改工作。\n", encoding="utf-8")
            result, _ = run_child(rebuild)
            print(f"rebuild, one document changed: {result['wall']:.2f} s (CPU {result['cpu']:.2f} s; "
                  + ", ".join(f"{k} {v:.2f} s" for k, v in steps(result["seconds"]).items() if v) + ")")
            # A change of facts: the document's teams renumbered (its team's nodes, people and links change, and
            # those of the documents it shared them with).
            text = original.decode("utf-8")
            moved = re.sub(r"第([一二三四五六七八九十]+)(巡[视察]组)", lambda m: "第" + ("九" if m.group(1) != "九"
                                                                                    else "八") + m.group(2), text)
            if moved != text:
                changed.write_text(moved, encoding="utf-8")
                result, _ = run_child(rebuild)
                print(f"rebuild, one document's facts changed (its teams renumbered): {result['wall']:.2f} s (CPU "
                      f"{result['cpu']:.2f} s; " + ", ".join(f"{k} {v:.2f} s" for k, v in
                                                             steps(result["seconds"]).items() if v) + ")")
        finally:
            changed.write_bytes(original)
        result, _ = run_child(rebuild)  # the queries below run on the corpus as it was
        print(f"rebuild, the document restored: {result['wall']:.2f} s")
        pages = first_pages(out)
        print(f"canned queries, first page (LIMIT {100}), p50 over 5 runs on these {quad_count(out):,} quads: "
              + ", ".join(f"{n} {ms:.0f} ms" for n, ms, _ in pages))
        speed = jieba_speed(corpus)
        if speed is None:
            print("jieba.cut: not installed (pip install jieba into the venv to compare; kg does not depend on it)")
        else:
            e2e = size / one
            print(f"jieba.cut: {speed:.2f} MB/s on the same text; kg build -j1 end to end is {e2e / speed:.2f}x "
                  f"jieba.cut, extraction alone {size / extract['wall'] / speed:.2f}x")


if __name__ == "__main__":
    main()
