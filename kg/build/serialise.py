"""graph.ttl and graph.trig streamed out of the Oxigraph store, sorted, in bounded memory.

The output is the same as :func:`kg.rdf.to_trig` / :func:`kg.rdf.to_turtle` of the same quads (sorted by
graph, then by each triple's N-Triples form; no blank nodes), so builds stay byte-identical whatever the
number of processes. TriG is written one named graph at a time (a document's graph is small). Turtle is
the union, the store's default graph: its N-Triples lines are sorted in runs of :data:`RUN` lines spilled
to temporary files and merged, then serialised a few thousand subjects at a time; pyoxigraph writes each
chunk, and chunks cut between subjects concatenate to what one call would write.
"""
from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.atomic import atomic_open
from kg.rdf import PREFIXES

RUN = 500_000  # lines sorted in memory at a time (≈ 100 MB of N-Triples text)
CHUNK = 20_000  # triples serialised per call


def _split_header(data: bytes) -> tuple[list[bytes], bytes]:
    """The serialiser's @prefix lines and the rest."""
    lines = data.split(b"\n")
    n = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
    return lines[:n], b"\n".join(lines[n:])


class _Writer:
    """A file being written, and whether its sorted @prefix header is written yet (once, before the first chunk)."""

    def __init__(self, f: BinaryIO, fmt: ox.RdfFormat) -> None:
        self.f, self.fmt, self.started = f, fmt, False


def _turtle_body(lines: list[bytes], out: _Writer) -> bytes:
    """Sorted N-Triples lines as Turtle, without the header (which ``out`` writes once)."""
    header, body = _split_header(ox.serialize(ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES),
                                              format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    if not out.started:
        out.f.write(b"\n".join(sorted(header)) + b"\n")
        out.started = True
    return body


def write_trig(store: ox.Store, path: Path) -> Path:
    """Every named graph of ``store``, sorted by graph IRI and within each by triple. Each graph is dumped
    and sorted as N-Triples lines (Oxigraph's own writer; far faster than a Python object per triple) and
    written as the Turtle of its triples, indented, in the graph's block: what the TriG writer writes."""
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    with atomic_open(path) as f:
        out = _Writer(f, ox.RdfFormat.TRIG)
        for g in graphs:
            lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)).splitlines(keepends=True)
            lines.sort()
            body = _turtle_body(lines, out)
            f.write(b"<" + g.encode("utf-8") + b"> {\n" + b"".join(b"\t" + line for line in body.splitlines(True))
                    + b"}\n")
    return path


def _sorted_runs(lines: Iterable[bytes], tmp: Path) -> list[Path]:
    """Sorted runs of at most RUN lines, each in a file of ``tmp``."""
    runs, run = [], []
    for line in lines:
        run.append(line)
        if len(run) >= RUN:
            runs.append(_spill(run, tmp, len(runs)))
            run = []
    if run:
        runs.append(_spill(run, tmp, len(runs)))
    return runs


def _spill(run: list[bytes], tmp: Path, n: int) -> Path:
    run.sort()
    path = tmp / f"run{n}.nt"
    path.write_bytes(b"".join(run))
    return path


def _merged(runs: list[Path]) -> Iterator[bytes]:
    files = [p.open("rb") for p in runs]
    try:
        last = None
        for line in heapq.merge(*files):
            if line != last:
                yield line
                last = line
    finally:
        for f in files:
            f.close()


def write_turtle(store: ox.Store, path: Path) -> Path:
    """The store's default graph (the union of all documents' graphs), sorted by triple: dumped as N-Triples,
    sorted in runs spilled to disk and merged, written a few thousand subjects at a time."""
    with tempfile.TemporaryDirectory(prefix=".sort.", suffix=".tmp", dir=path.parent) as tmp, atomic_open(path) as f:
        dump = Path(tmp) / "union.nt"
        store.dump(str(dump), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        with dump.open("rb") as lines:
            runs = _sorted_runs(lines, Path(tmp))
        dump.unlink()
        out = _Writer(f, ox.RdfFormat.TURTLE)
        chunk: list[bytes] = []
        subject = None
        for line in _merged(runs):
            s = line.split(b" ", 1)[0]
            if len(chunk) >= CHUNK and s != subject:
                f.write(_turtle_body(chunk, out))
                chunk = []
            subject = s
            chunk.append(line)
        if chunk:
            f.write(_turtle_body(chunk, out))
    return path
