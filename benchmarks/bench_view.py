"""Time of each HTML view (kg.view) on a built output folder: reading graph.trig, choosing and laying out
the nodes, rendering the page; with the node counts and page sizes.

Usage:
    .venv/bin/python ../shared/tools/make_corpus.py /tmp/corpus --docs 300
    .venv/bin/python -m kg build /tmp/corpus -o /tmp/out --no-store
    .venv/bin/python benchmarks/bench_view.py /tmp/out [--focus NAME] [--doc ID]

Targets: the whole view of a few hundred documents in a few seconds; every page stable in a browser
within 5 s (views over kg.view.LAYOUT_LIMIT nodes carry precomputed positions and run no physics).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import view as kv  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--focus", help="a person, organisation or team for the ego view")
    parser.add_argument("--doc", help="a document id for the document view (default: the first)")
    args = parser.parse_args()

    start = time.perf_counter()
    kg = kv.read_graph(args.outdir)
    read = time.perf_counter() - start
    print(f"read graph.trig: {read:.2f} s, {len(kg.nodes)} nodes, {len(kg.edges)} edges")
    views = {"whole": {}, "inspections": {"inspection": ""}, "doc": {"doc": args.doc or min(kg.doc_ids.values())}}
    if args.focus:
        views["focus"] = {"focus": args.focus, "depth": 2}
    print(f"{'view':12} {'nodes':>6} {'edges':>6} {'layout':>7} {'build s':>8} {'render s':>9} {'page MB':>8}")
    for name, options in views.items():
        start = time.perf_counter()
        view = kv.build_view(args.outdir, **options)
        built = time.perf_counter() - start  # reading graph.trig included
        start = time.perf_counter()
        page = kv.render_html(view)
        rendered = time.perf_counter() - start
        layout = "python" if view.positions else "browser"
        print(f"{name:12} {len(view.nodes):6} {len(view.edges):6} {layout:>7} {built:8.2f} {rendered:9.2f} "
              f"{len(page.encode()) / 1e6:8.1f}")


if __name__ == "__main__":
    main()
