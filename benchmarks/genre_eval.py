"""How well the extractor generalises: score the held-out genre set (tests/genre) against its gold.

Usage:
    .venv/bin/python benchmarks/genre_eval.py [--keep DIR]

tests/genre/corpus holds texts written the way the genre's sites publish them (central,
provincial, city, county, university and enterprise inspections; feedback news and
rectification reports; Traditional script, inline pinyin, an HTML page) and negative texts
on which nothing may be invented; tests/genre/gold their gold, per ../shared/gold/SCHEMA.md.
None of them is one of the five samples, so this score says how the rules carry over.

Builds the corpus with kg.build.builder (no store, no view) into a temporary folder, then runs
../shared/tools/score.py --detail on it and prints its output (every measure, every miss).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.build.builder import build  # noqa: E402

GENRE = REPO / "tests" / "genre"
SCORER = REPO.parent / "shared" / "tools" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temporary folder)")
    a = ap.parse_args()
    if not SCORER.is_file():
        print(f"genre_eval: skipped: no scorer at {SCORER}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = a.keep or Path(tmp)
        t0 = time.perf_counter()
        report = build([GENRE / "corpus"], out_dir=out, view=False, store=False)
        print(f"{report.summary()} in {time.perf_counter() - t0:.1f} s")
        for line in report.error_lines():
            print(line)
        done = subprocess.run([sys.executable, str(SCORER), str(out / "graph.ttl"), "--gold", str(GENRE / "gold"),
                               "--detail"], capture_output=True, text=True)
        print(done.stdout, end="")
        print(done.stderr, end="", file=sys.stderr)
        return done.returncode


if __name__ == "__main__":
    sys.exit(main())
