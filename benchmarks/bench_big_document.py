"""Time of each pipeline stage on one big document, at growing sizes: shows which step is not linear.

Usage:
    .venv/bin/python benchmarks/bench_big_document.py [--sizes 1 2 4] [--shape lines|one-line]

The document is the bundled samples over and over (``lines``: as written; ``one-line``: their line
breaks removed, as in a page saved without any), the way a folder concatenated into one file looks.
Prints seconds per stage and size, and each stage's growth from one size to the next (2.0 for a
doubling is linear; 4.0 is quadratic).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_corpus import MB, big_text, one_line  # noqa: E402
from kg.extract.pipeline import DEFAULT_PIPELINE, Pipeline  # noqa: E402
from kg.graph import rdf  # noqa: E402
from kg.ingest.files import read_document  # noqa: E402


def time_stages(path: Path, out: Path) -> dict[str, float]:
    """Seconds of reading, each stage and writing the graph, for one file."""
    times: dict[str, float] = {}
    start = time.perf_counter()
    doc = read_document(path)
    times["read"] = time.perf_counter() - start
    pipeline = Pipeline(DEFAULT_PIPELINE)
    for name, stage in zip(pipeline.names, pipeline.stages):
        start = time.perf_counter()
        doc = stage(doc)
        times[name] = time.perf_counter() - start
    start = time.perf_counter()
    rdf.write_graphs([doc], out)
    times["rdf"] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4], help="document sizes in MB")
    parser.add_argument("--shape", choices=("lines", "one-line"), default="lines")
    args = parser.parse_args()
    rows: dict[float, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"big-{size:g}.txt"
            if args.shape == "lines":
                path.write_bytes(big_text(int(size * MB)))
            else:
                path.write_text(one_line(int(size * MB)), encoding="utf-8")
            rows[size] = time_stages(path, Path(tmp) / "out")
    stages = list(next(iter(rows.values())))
    print(f"{'stage':<16}" + "".join(f"{s:>9g} MB" for s in rows) + "   growth per step")
    for stage in stages:
        seconds = [rows[s][stage] for s in rows]
        growth = " ".join(f"{b / a:4.1f}" if a > 0.01 else "   -" for a, b in zip(seconds, seconds[1:]))
        print(f"{stage:<16}" + "".join(f"{t:10.2f}s" for t in seconds) + f"   {growth}")
    print(f"{'total':<16}" + "".join(f"{sum(rows[s].values()):10.2f}s" for s in rows))


if __name__ == "__main__":
    main()
