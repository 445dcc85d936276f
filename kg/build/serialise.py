"""graph.trig, graph.ttl and the files the store loads, written as the documents' graphs are mapped, sorted, in
bounded memory.

The output is the same as :func:`kg.graph.rdf.to_trig` / :func:`kg.graph.rdf.to_turtle` of the same quads (sorted
by graph, then by each triple's N-Triples form; no blank nodes), so builds stay byte-identical whatever the number
of processes. The driver hands over each named graph, in graph IRI order, as its sorted N-Triples lines and its
TriG block (:func:`trig_block`: the Turtle of its lines, indented, in the graph's braces: what the TriG writer
writes; kept in the build state, so a rebuild serialises again only the graphs that changed). Turtle is the union:
the lines are sorted in runs of :data:`RUN` lines spilled to temporary files and merged, then serialised a few
thousand subjects at a time; pyoxigraph writes each chunk, and chunks cut between subjects concatenate to what one
call would write. When the store is loaded anew, the same pass writes the N-Quads of the named graphs and the
N-Triples of the union in parts of about :data:`PART` lines, each handed to ``load`` when it is whole: the store
loads them (:func:`kg.build.driver.write_outputs`) while the rest is written, and nothing is read back out of the
store, whose dumps cost more than writing these files. (Oxigraph's bulk load holds what it loads in memory: one
file of a whole corpus took 1.9 GB at 2,000 documents.)
"""
from __future__ import annotations

import heapq
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.atomic import atomic_open
from kg.graph.rdf import PREFIXES

RUN = 500_000  # lines sorted in memory at a time (≈ 100 MB of N-Triples text)
CHUNK = 20_000  # triples serialised per call
PART = 250_000  # lines per file the store loads (Oxigraph holds a loaded file's quads in memory, ≈ 0.5 kB each)
Load = Callable[[Path, ox.RdfFormat], None]  # takes a whole part for the store: N-Quads, or the union's N-Triples


def _split_header(data: bytes) -> tuple[list[bytes], bytes]:
    """The serialiser's @prefix lines and the rest."""
    lines = data.split(b"\n")
    n = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
    return lines[:n], b"\n".join(lines[n:])


def _turtle_body(lines: list[bytes]) -> bytes:
    """Sorted N-Triples lines as Turtle, without the @prefix lines (the serialiser writes every prefix it is
    given whatever the triples: :data:`HEADER`)."""
    return _split_header(ox.serialize(ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES),
                                      format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))[1]


# The @prefix lines of graph.ttl and graph.trig, sorted, so the header never depends on the serialiser's map order.
HEADER = b"\n".join(sorted(_split_header(ox.serialize(
    [ox.Triple(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), ox.NamedNode("urn:x"))],
    format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))[0])) + b"\n"


def trig_block(graph: str, lines: list[bytes]) -> bytes:
    """One named graph's block of graph.trig: the Turtle of its lines, indented, in the graph's braces (what the
    TriG writer writes)."""
    body = _turtle_body(lines)
    return b"<" + graph.encode("utf-8") + b"> {\n" + b"".join(b"\t" + line for line in body.splitlines(True)) + b"}\n"


def write_trig(graphs: Iterable[tuple[str, list[bytes], bytes]], path: Path, work: Path, load: Load | None
               ) -> list[Path]:
    """graph.trig from ``graphs`` ((graph IRI, its sorted distinct N-Triples lines, its :func:`trig_block`), in
    IRI order); in ``work``, the graphs' lines in sorted runs for :func:`write_turtle`, and (given ``load``) their
    N-Quads in parts handed to ``load``. Returns the runs."""
    runs: list[Path] = []
    run: list[bytes] = []
    parts, lines_in_part = 0, 0
    previous = ""
    quads = (work / "graphs0.nq").open("wb") if load else None
    with atomic_open(path) as f, _closing_on_error(lambda: quads):
        for graph, lines, block in graphs:
            if graph <= previous:
                raise ValueError(f"graphs out of order: {graph} after {previous}")
            f.write(block if previous else HEADER + block)
            previous = graph
            if quads is not None:
                suffix = b" <" + graph.encode("utf-8") + b"> .\n"
                quads.writelines(line[:-3] + suffix for line in lines)  # "<s> <p> <o> .\n" → "<s> <p> <o> <g> .\n"
                lines_in_part += len(lines)
                if lines_in_part >= PART:
                    parts, lines_in_part = parts + 1, 0
                    quads = _handed(quads, load, ox.RdfFormat.N_QUADS, work / f"graphs{parts}.nq")
            run.extend(lines)
            if len(run) >= RUN:
                runs.append(_spill(run, work, len(runs)))
                run = []
    if run:
        runs.append(_spill(run, work, len(runs)))
    if quads is not None:
        _handed(quads, load, ox.RdfFormat.N_QUADS)
    return runs


@contextmanager
def _closing_on_error(part: Callable[[], BinaryIO | None]) -> Iterator[None]:
    """Close the part being written (whichever it is by then, if any) when the body fails."""
    try:
        yield
    except BaseException:
        if (f := part()) is not None:
            f.close()
        raise


def _handed(part: BinaryIO, load: Load, fmt: ox.RdfFormat, following: Path | None = None) -> BinaryIO | None:
    """Close a part, hand it to ``load`` (unless empty) and open the ``following`` one."""
    part.close()
    done = Path(part.name)
    if done.stat().st_size:
        load(done, fmt)
    return following.open("wb") if following else None


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


def write_turtle(runs: list[Path], path: Path, work: Path, load: Load | None) -> Path:
    """graph.ttl, the union of the graphs whose lines are in ``runs`` (sorted, distinct), written a few thousand
    subjects at a time; given ``load``, the same lines go to it in parts of about :data:`PART` lines. The runs are
    removed."""
    parts, lines = 0, 0
    union = (work / "union0.nt").open("wb") if load else None
    with atomic_open(path) as f, _closing_on_error(lambda: union):
        chunk: list[bytes] = []
        subject, head = None, HEADER  # the header goes before the first chunk
        for line in _merged(runs):
            s = line.split(b" ", 1)[0]
            if len(chunk) >= CHUNK and s != subject:
                f.write(head + _turtle_body(chunk))
                head, lines = b"", lines + len(chunk)
                if union is not None:
                    union.writelines(chunk)
                    if lines >= PART:
                        parts, lines = parts + 1, 0
                        union = _handed(union, load, ox.RdfFormat.N_TRIPLES, work / f"union{parts}.nt")
                chunk = []
            subject = s
            chunk.append(line)
        if chunk:
            f.write(head + _turtle_body(chunk))
            if union is not None:
                union.writelines(chunk)
    if union is not None:
        _handed(union, load, ox.RdfFormat.N_TRIPLES)
    for run in runs:
        run.unlink()
    return path
