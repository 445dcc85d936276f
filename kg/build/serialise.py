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
file of a whole corpus took 1.9 GB at 2,000 documents.) A rebuild that changes few graphs patches both files instead
(:func:`patch_trig`, :func:`patch_turtle`).
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


# -- patching the graph files of the last build ---------------------------------------------------------------------
#
# A rebuild that maps few graphs again need not write graph.trig and graph.ttl anew: graph.trig is the header and each
# graph's block in IRI order, so the kept graphs' blocks are copied from the old file (their sizes are in the state) and
# only the changed ones written; graph.ttl is the header and one block per subject in the order of the subjects'
# N-Triples form (``<iri> ``, no other lines start with ``<``), so each subject whose triples changed is found in the
# old file by bisection, its block parsed, changed and serialised again, and the rest copied. Copies are made in the
# kernel (``os.copy_file_range``) where it can.


class Stale(Exception):
    """An old graph file is not the one the state describes (checked by :func:`patchable` first)."""


def patchable(files: Iterable[Path], sizes: dict[str, int]) -> bool:
    """Whether graph.ttl and graph.trig (``files``) can be patched: each starts with the header, and graph.trig is as
    long as the header and the blocks of ``sizes`` (graph IRI → size of its block, as the state has them)."""
    try:
        for path in files:
            with _opened(path) as (f, size):
                if f.read(len(HEADER)) != HEADER or path.suffix == ".trig" and size != len(HEADER) + sum(sizes.values()):
                    return False
    except Stale:
        return False
    return True


def patch_trig(path: Path, sizes: dict[str, int], order: Iterable[str], blocks: dict[str, bytes]) -> Path:
    """graph.trig again from the old one at ``path``, whose graphs had blocks of ``sizes`` bytes (graph IRI → size):
    the graphs of ``order`` (IRI order), each one of ``blocks`` written, the others copied."""
    offsets: dict[str, int] = {}
    pos = len(HEADER)
    for graph in sorted(sizes):
        offsets[graph] = pos
        pos += sizes[graph]
    with _opened(path) as (old, size):
        if pos != size or (size and old.read(len(HEADER)) != HEADER):
            raise Stale(path)
        with atomic_open(path) as f:
            f.write(HEADER)
            copy: list[int] | None = None  # a run of kept blocks, [start, end)
            for graph in order:
                if graph in blocks or graph not in offsets:
                    if copy is not None:
                        _copy(old, f, *copy)
                        copy = None
                    f.write(blocks[graph])
                elif copy is not None and copy[1] == offsets[graph]:
                    copy[1] += sizes[graph]
                else:
                    if copy is not None:
                        _copy(old, f, *copy)
                    copy = [offsets[graph], offsets[graph] + sizes[graph]]
            if copy is not None:
                _copy(old, f, *copy)
    return path


def patch_turtle(path: Path, added: Iterable[bytes], removed: Iterable[bytes]) -> Path:
    """graph.ttl again from the old one at ``path``, with the union's N-Triples ``added`` (a line already there changes
    nothing) and ``removed``: the block of each subject they touch serialised again, the rest copied."""
    import mmap

    edits: dict[bytes, tuple[set[bytes], set[bytes]]] = {}
    for n, lines in enumerate((added, removed)):
        for line in lines:
            edits.setdefault(line[:line.index(b" ") + 1], (set(), set()))[n].add(line)
    with _opened(path) as (old, size):
        if size < len(HEADER) or old.read(len(HEADER)) != HEADER:
            raise Stale(path)
        view = mmap.mmap(old.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            spans = []
            for key in sorted(edits):
                start = _find_block(view, key, len(HEADER), size)
                end = _next_block(view, start + 1, size) if view[start:start + len(key)] == key else start
                plus, minus = edits[key]
                lines = sorted((_block_lines(view[start:end]) | plus) - minus)
                spans.append((start, end, _turtle_body(lines) if lines else b""))
            with atomic_open(path) as f:
                pos = 0
                for start, end, block in spans:
                    _copy(old, f, pos, start)
                    f.write(block)
                    pos = end
                _copy(old, f, pos, size)
        finally:
            view.close()
    return path


@contextmanager
def _opened(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    try:
        f = path.open("rb")
    except FileNotFoundError as e:
        raise Stale(path) from e
    with f:
        yield f, __import__("os").fstat(f.fileno()).st_size


def _next_block(view, pos: int, size: int) -> int:  # view: mmap
    """The first subject's block starting at or after ``pos`` (a line that starts with ``<``); ``size`` if none."""
    i = view.find(b"\n<", pos - 1)
    return size if i < 0 else i + 1


def _find_block(view, key: bytes, lo: int, hi: int) -> int:  # view: mmap
    """The start of the first block in [lo, hi) whose subject (``<iri> ``) is not below ``key``; ``hi`` if none.
    ``lo`` is a block's start (or the end of the header)."""
    size = hi
    while lo < hi:
        mid = (lo + hi) // 2
        start = _next_block(view, mid, size) if mid > lo else lo
        if start >= hi:
            hi = mid
            continue
        if view[start:view.find(b" ", start) + 1] < key:
            lo = _next_block(view, start + 1, size)
        else:
            hi = start
    return lo


def _block_lines(block: bytes) -> set[bytes]:
    """A subject's Turtle block as N-Triples lines."""
    if not block:
        return set()
    return {f"{t} .\n".encode("utf-8") for t in ox.parse(HEADER + block, format=ox.RdfFormat.TURTLE)}


def _copy(old: BinaryIO, f: BinaryIO, start: int, end: int) -> None:
    """Bytes [start, end) of ``old`` appended to ``f``."""
    import os

    if end <= start:
        return
    f.flush()
    try:
        while start < end:
            n = os.copy_file_range(old.fileno(), f.fileno(), end - start, start)
            if n <= 0:
                raise OSError("copy_file_range copied nothing")
            start += n
        return
    except (OSError, AttributeError):  # another file system, an old kernel, not Linux: through Python
        pass
    old.seek(start)
    while start < end:
        data = old.read(min(end - start, 1 << 24))
        if not data:
            raise Stale(old.name)
        f.write(data)
        start += len(data)
