"""Time and peak memory of the HTML views (kg.views.view) on a built output folder: graph.html as `kg build` writes
it (the whole graph, or above kg.views.view.SUMMARY_DOCUMENTS documents a summary and its detail pages, from the
store), and on request the whole view `kg viz` writes and a table of each view's steps.

Usage:
    .venv/bin/python ../shared/tools/make_corpus.py /tmp/corpus --docs 2000
    .venv/bin/python -m kg build /tmp/corpus -o /tmp/out --no-view
    .venv/bin/python benchmarks/bench_view.py /tmp/out [--whole] [--views [--focus NAME] [--doc ID]]

Each page is written in a process of its own, so its peak RSS is that of the view alone (the build's is not
mixed in). Targets: the build's graph.html at 2,000 documents in seconds and a few hundred MB, not growing
faster than the graph; the whole view of a few hundred documents in a few seconds; every page stable in a
browser within 5 s (views over kg.views.view.LAYOUT_LIMIT nodes carry precomputed positions and run no physics).

Measured at 2,000 make_corpus.py documents (2-core machine, 122 MB graph.trig): before the summary, the build's
graph.html was the whole view, 25–28 s and 1,100–1,120 MB peak RSS (a 21 MB page); as a summary with 10 detail
pages it takes 10–17 s (the summary itself 0.6–1.3 s) and 220 MB.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.views import view as kv  # noqa: E402

FULL_VIEW = "graph-full.html"  # where --whole writes the whole view, beside the build's graph.html


def documents(outdir: Path) -> int:
    """The number of documents of the build, from its store (as the build knows it)."""
    with kv._open_store(outdir) as db:
        rows = kv._select(db, kv.COUNTS_QUERY)
    return next((int(r["n"]) for r in rows if r["class"].endswith("#Document")), 0)


def measure(outdir: Path, page: str) -> None:
    """In a child process: write one page and print its seconds, peak RSS and sizes as JSON."""
    start = time.perf_counter()
    if page == "build":
        path = kv.write_build_view(outdir, documents(outdir))
    else:
        path = kv.write_view(outdir, outdir / FULL_VIEW)
    seconds = time.perf_counter() - start
    pages = sorted(outdir.glob(kv.PAGE_GLOB)) if page == "build" else []
    print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "page_mb": path.stat().st_size / 1e6, "detail_pages": len(pages),
                      "detail_mb": sum(p.stat().st_size for p in pages) / 1e6}))


def run_child(outdir: Path, page: str) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, str(outdir), "--child", page], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def view_table(outdir: Path, focus: str | None, doc: str | None) -> None:
    """Each view's steps (reading graph.trig whole, choosing and laying out, rendering), with node counts."""
    start = time.perf_counter()
    kg = kv.read_graph(outdir)
    read = time.perf_counter() - start
    print(f"read graph.trig: {read:.2f} s, {len(kg.nodes)} nodes, {len(kg.edges)} edges")
    views = {"whole": {}, "inspections": {"inspection": ""}, "doc": {"doc": doc or min(kg.doc_ids.values())}}
    if focus:
        views["focus"] = {"focus": focus, "depth": 2}
    print(f"{'view':12} {'nodes':>6} {'edges':>6} {'layout':>7} {'build s':>8} {'render s':>9} {'page MB':>8}")
    for name, options in views.items():
        start = time.perf_counter()
        view = kv.build_view(outdir, **options)
        built = time.perf_counter() - start  # reading graph.trig included
        start = time.perf_counter()
        page = kv.render_html(view)
        rendered = time.perf_counter() - start
        layout = "python" if view.positions else "browser"
        print(f"{name:12} {len(view.nodes):6} {len(view.edges):6} {layout:>7} {built:8.2f} {rendered:9.2f} "
              f"{len(page.encode()) / 1e6:8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--whole", action="store_true", help=f"also the whole view (kg viz), written to {FULL_VIEW}")
    parser.add_argument("--views", action="store_true", help="also each view's steps (reads graph.trig whole)")
    parser.add_argument("--focus", help="a person, organisation or team for the ego view (with --views)")
    parser.add_argument("--doc", help="a document id for the document view (with --views; default: the first)")
    parser.add_argument("--child", choices=["build", "whole"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure(args.outdir, args.child)
        return

    n = documents(args.outdir)
    kind = "summary" if n > kv.SUMMARY_DOCUMENTS else "whole graph"
    print(f"{n} documents; kg build's graph.html: the {kind} (kg.views.view.SUMMARY_DOCUMENTS = {kv.SUMMARY_DOCUMENTS})")
    print(f"{'page':28} {'seconds':>8} {'peak RSS MB':>12} {'page MB':>8} {'detail pages':>13} {'their MB':>9}")
    for page, name in [("build", "graph.html (kg build)"), *([("whole", f"{FULL_VIEW} (kg viz)")] * args.whole)]:
        m = run_child(args.outdir, page)
        print(f"{name:28} {m['seconds']:8.2f} {m['rss_mb']:12.0f} {m['page_mb']:8.1f} {m['detail_pages']:13.0f} "
              f"{m['detail_mb']:9.1f}")
    if args.views:
        view_table(args.outdir, args.focus, args.doc)


if __name__ == "__main__":
    main()
