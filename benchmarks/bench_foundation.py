"""Throughput of the first three steps (ingest → normalise → structure) on a generated corpus.

Usage:
    .venv/bin/python benchmarks/bench_foundation.py [--docs 500] [--corpus DIR] [--encoding gb18030]

Without --corpus, ``shared/tools/make_corpus.py`` writes --docs varied copies of the samples to a
temporary folder. With --encoding, the files are re-encoded first, to time detection (charset-normalizer)
as well. Prints characters per second for each step, and how many documents got a publication date,
a title and numbered sections.
"""
from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.extract.normalise import normalise  # noqa: E402
from kg.extract.structure import structure  # noqa: E402
from kg.ingest.files import find_files, read_document  # noqa: E402

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "tools" / "make_corpus.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--corpus", type=Path, help="a folder of documents (default: generate one)")
    parser.add_argument("--encoding", help="re-encode the corpus first (e.g. gb18030, utf-16)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "--docs", str(args.docs)], check=True,
                           stdout=subprocess.DEVNULL)
        if args.encoding:
            encoded = Path(tmp) / "encoded"
            encoded.mkdir()
            for f in find_files([corpus])[0]:
                (encoded / f.name).write_bytes(f.read_text(encoding="utf-8").encode(args.encoding, errors="replace"))
            corpus = encoded
        files, _ = find_files([corpus])
        seconds = {"ingest": 0.0, "normalise": 0.0, "structure": 0.0}
        chars = dated = titled = sectioned = 0
        for path in files:
            t0 = time.perf_counter()
            doc = read_document(path)
            t1 = time.perf_counter()
            normalise(doc)
            t2 = time.perf_counter()
            structure(doc)
            t3 = time.perf_counter()
            seconds["ingest"] += t1 - t0
            seconds["normalise"] += t2 - t1
            seconds["structure"] += t3 - t2
            chars += len(doc.original)
            dated += doc.metadata.issued is not None
            titled += doc.metadata.title is not None
            sectioned += bool(doc.sections)
    print(f"{len(files)} documents, {chars / 1e6:.2f} M characters{f' ({args.encoding})' if args.encoding else ''}")
    for step, s in seconds.items():
        print(f"  {step:<10} {s:6.2f} s  {chars / s / 1e6:6.2f} M chars/s")
    total = sum(seconds.values())
    print(f"  {'total':<10} {total:6.2f} s  {len(files) / total:6.0f} docs/s")
    print(f"  publication date: {dated}/{len(files)}, title: {titled}/{len(files)}, sections: {sectioned}/{len(files)}")


if __name__ == "__main__":
    main()
