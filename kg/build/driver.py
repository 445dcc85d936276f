"""The order of a build's steps, a batch of documents at a time.

1. Find the inputs; read and hash each file. A file whose bytes, id and pipeline version the state
   (:mod:`kg.build.state`) has seen is not extracted again: its facts come from the state.
2. Extract the others in batches on an executor (:mod:`kg.build.executors`): this process, ``jobs``
   processes, or a Dask cluster. Workers send back slim documents (facts, no text).
3. When the inputs, the pipeline version and the output settings are those the outputs were written
   from, stop: the outputs are up to date.
4. Else run the cross-document identity pass (:class:`kg.graph.identity.Registry`) and the inspection-cycle links
   (:func:`kg.graph.cycle.link`) over every document's facts, map each document's facts (and the links stated in
   its graph) to its named graph one document at a time, writing graph.trig as they come and graph.ttl from
   sorted runs of their lines (:mod:`kg.build.serialise`); a new Oxigraph store loads the named graphs and
   their union (as the default graph) from the files that pass writes; swap the store in, draw the view.

Every output is replaced atomically, so a killed build leaves the previous ones usable; what it left
behind (``.store.*.tmp``, ``.graph.ttl.*.tmp``) is removed by the next build.
"""
from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.atomic import clear_leftovers, current_umask
from kg.build.executors import default_jobs, run_batches
from kg.build.progress import Progress, is_large, write_line
from kg.build.state import BuildState, content_hash, inputs_digest, pipeline_version
from kg.build.work import Settings, Task
from kg.errors import InputError, KgError, setting
from kg.ingest.document import Document
from kg.ingest.files import find_files, read_file, sample_dir

log = logging.getLogger("kg.build")

BATCH = 16  # documents per extraction task
MIN_PARALLEL = 16  # fewer input files than this are extracted in this process (a pool costs more than it saves)


def run(paths: Sequence[str | Path], out_dir: Path, *, strict: bool = False, ner: str = "rules",
        hanlp_model: str | None = None, max_bytes: int = 20 * 1024 * 1024, timeout: float = 60.0,
        view: bool = True, store: bool = True, progress: bool = False, jobs: int | None = None,
        executor: str = "local", scheduler: str | None = None):  # -> kg.build.builder.BuildReport
    """A build (see the module's docstring); the settings are :func:`kg.build.builder.build`'s."""
    from kg.build.builder import BuildReport, document_ids

    if out_dir.exists() and not out_dir.is_dir():  # said now, not after minutes of extraction
        raise KgError(f"output folder {out_dir} is a file: choose another with -o")
    files, errors = find_files(list(paths) or [sample_dir()])
    report = BuildReport(errors=list(errors))
    if strict and errors:
        raise KgError(str(errors[0]))
    ids = document_ids(files)
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if len(files) < MIN_PARALLEL and executor == "local":
        jobs = 1
    for p in clear_leftovers(out_dir):
        log.info("removed %s, left by an interrupted build", p)
    # No state (and no folder) before there is something to write: a build whose every file fails writes nothing.
    state = BuildState(out_dir) if out_dir.is_dir() else None
    fresh: list[tuple[Path, str, str, str, Document]] = []  # extracted, not yet in the state
    version = pipeline_version(ner, hanlp_model)
    docs: dict[Path, Document | None] = {}
    cached_facts: dict[Path, int] = {}  # files the state has the facts of: how many
    characters = 0  # of the documents extracted (not those from the state)
    failed: dict[Path, InputError] = {}  # reported in the files' order, whichever batch finds them first
    hashes: dict[Path, str] = {}
    settings = Settings(ner, hanlp_model, timeout)
    start = time.perf_counter()
    try:
        with Progress(len(files), enabled=progress) as shown:
            def fail(path: Path, reason: str) -> None:
                err = InputError(path, reason)
                failed[path] = err
                if strict:
                    raise KgError(str(err))

            def batches() -> Iterator[list[Task]]:
                batch: list[Task] = []
                for path in files:
                    try:
                        size = path.stat().st_size if path.is_file() else 0
                        if size > max_bytes:
                            raise InputError(path, f"file is {size / 1048576:.1f} MB, over the "
                                                   f"{max_bytes / 1048576:g} MB limit (raise {setting('max_size_mb')}"
                                                   " to allow it)")
                        data = read_file(path)
                    except InputError as e:
                        fail(path, e.reason)
                        shown.document_done()
                        continue
                    except OSError as e:
                        fail(path, f"cannot read: {e.strerror or e}")
                        shown.document_done()
                        continue
                    hashes[path] = content_hash(data)
                    facts = state and state.facts(path.resolve(), ids[path], hashes[path], version)
                    if facts is not None:
                        docs[path] = None  # loaded from the state only if the outputs must be written again
                        cached_facts[path] = facts
                        shown.document_done(len(data))
                        continue
                    batch.append(Task(path, ids[path], data))
                    if len(batch) >= BATCH:
                        yield batch
                        batch = []
                if batch:
                    yield batch

            for outcomes in run_batches(batches(), settings, executor=executor, jobs=jobs, scheduler=scheduler,
                                        listen=shown.stage_listener):
                for o in outcomes:
                    for stage, seconds in o.seconds.items():
                        shown.seconds[stage] += seconds
                    if o.error is not None:
                        fail(o.path, o.error)
                    else:
                        docs[o.path] = o.doc
                        characters += o.characters
                        fresh.append((o.path.resolve(), o.doc_id, hashes[o.path], version, o.doc))
                    shown.document_done(o.size)
                if state is not None:
                    state.remember(fresh)
                    fresh.clear()
        report.errors += [failed[p] for p in files if p in failed]
        report.seconds.update(shown.seconds)
        report.seconds["extract"] = time.perf_counter() - start
        if not docs:
            if not report.errors:
                raise KgError("no input documents found (.txt, .text, .html, .htm)")
            return report
        if state is None:
            out_dir.mkdir(parents=True, exist_ok=True)
            state = BuildState(out_dir)
            state.remember(fresh)
        state.forget_others(p.resolve() for p in docs)
        digest = inputs_digest(((p.resolve(), ids[p], hashes[p]) for p in docs), version,
                               f"view={view} store={store}")
        wanted = [out_dir / "graph.ttl", out_dir / "graph.trig"] + ([out_dir / "store"] if store else []) + \
                 ([out_dir / "graph.html"] if view else [])
        if state.outputs_digest() == digest and all(p.exists() for p in wanted):
            log.info("outputs up to date: nothing to write")
            report.outputs += wanted
            report.up_to_date = True
            report.documents = LazyDocuments([p for p in files if p in docs], state.path)
            report.facts = sum(cached_facts.values())
            return report
        for p in cached_facts:
            doc = state.load(p.resolve())
            if doc is None:  # unreadable: extract it again, here
                from kg.build.work import extract_one

                outcome = extract_one(Task(p, ids[p], read_file(p)), settings)
                if outcome.error is not None:
                    raise KgError(f"{p}: {outcome.error}")
                doc = outcome.doc
                state.remember([(p.resolve(), ids[p], hashes[p], version, doc)])
            doc.path = p
            docs[p] = doc
        report.documents = [docs[p] for p in files if p in docs]
        state.set_outputs_digest(None)
        # After a large extraction each output takes a while too: say which one is being written.
        announce = progress and is_large(characters)
        report.outputs += write_outputs(report.documents, out_dir, report.seconds, store=store, announce=announce)
        if view:
            from kg.views.view import write_build_view

            _say(announce, "writing graph.html")
            t = time.perf_counter()
            report.outputs.append(write_build_view(out_dir, len(report.documents)))  # a summary when big
            report.seconds["view"] = time.perf_counter() - t
        state.set_outputs_digest(digest)
    finally:
        if state is not None:
            state.close()
    log.info("time per stage: %s", ", ".join(f"{stage} {s:.2f} s" for stage, s in report.seconds.items()))
    return report


def write_outputs(docs: list[Document], out_dir: Path, seconds: dict[str, float], *, store: bool = True,
                  announce: bool = False) -> list[Path]:
    """graph.ttl, graph.trig and (with ``store``) the store, from the documents' facts; ``announce`` each step
    on stderr. The graph files are written from the mapped quads' N-Triples lines (:mod:`kg.build.serialise`),
    and the store loads the files that pass writes, in a thread of its own (Oxigraph releases the GIL while it
    loads), so loading overlaps writing graph.ttl."""
    import pyoxigraph as ox

    from kg.build.serialise import write_trig, write_turtle
    from kg.graph.cycle import link
    from kg.graph.identity import Registry
    from kg.graph.store import _swap, store_path

    t = time.perf_counter()
    registry = Registry(docs)
    seconds["identity"] = time.perf_counter() - t
    t = time.perf_counter()
    links: dict[str, set] = {}
    for q in link(docs, registry):
        links.setdefault(q.graph_name.value, set()).add(q)
    seconds["link"] = time.perf_counter() - t
    work = Path(tempfile.mkdtemp(prefix=".sort.", suffix=".tmp", dir=out_dir))
    tmp = db = loader = None
    try:
        if store:
            tmp = Path(tempfile.mkdtemp(prefix=".store.", suffix=".tmp", dir=out_dir))
            tmp.chmod(0o777 & ~current_umask())  # mkdtemp makes 0700; the store is as shareable as graph.ttl
            db = ox.Store(str(tmp))
            loader = _Loader(db)
        load = loader.put if loader else lambda part, fmt: None
        _say(announce, "writing graph.trig")
        t = time.perf_counter()
        runs = write_trig(_mapped(docs, registry, links, seconds), out_dir / "graph.trig", work, load)
        seconds["graph files"] = time.perf_counter() - t - seconds["map"]
        _say(announce, "writing graph.ttl")
        t = time.perf_counter()
        written = [write_turtle(runs, out_dir / "graph.ttl", work, load), out_dir / "graph.trig"]
        seconds["graph files"] += time.perf_counter() - t
        if loader is not None:
            _say(announce, "loading the store")
            t = time.perf_counter()
            loader.close()
            db.flush()
            db.optimize()
            del db, loader.db  # closes the database before its folder moves
            _swap(tmp, store_path(out_dir))
            seconds["store"] = time.perf_counter() - t  # what the store added to the build (it loads alongside)
            seconds["store load"] = loader.seconds
            written.append(store_path(out_dir))
    except BaseException:
        if loader is not None:
            loader.stop()  # the store's files are open until its thread is done
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


class _Loader:
    """Loads the parts :mod:`kg.build.serialise` hands over (N-Quads of named graphs, N-Triples of their union
    into the default graph) into a store, one after another, in a thread: Oxigraph's bulk load runs without the
    GIL, so the store fills while the graph files are written. Each part is removed once loaded."""

    def __init__(self, db) -> None:  # db: pyoxigraph.Store
        import queue
        import threading

        self.db, self.error, self.seconds = db, None, 0.0
        self.parts: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="kg-store-load", daemon=True)
        self.thread.start()

    def put(self, part: Path, fmt) -> None:  # fmt: pyoxigraph.RdfFormat
        if self.error is not None:
            raise self.error
        self.parts.put((part, fmt))

    def _run(self) -> None:
        import pyoxigraph as ox

        while (item := self.parts.get()) is not None:
            if self.error is not None:
                continue  # drained until the driver closes or stops
            part, fmt = item
            t = time.perf_counter()
            try:
                graph = ox.DefaultGraph() if fmt == ox.RdfFormat.N_TRIPLES else None
                self.db.bulk_load(path=str(part), format=fmt, to_graph=graph)
                part.unlink()
            except BaseException as e:  # raised again in the driver's thread
                self.error = e
            self.seconds += time.perf_counter() - t

    def close(self) -> None:
        """Wait for every part to be loaded; raise what failed."""
        self.stop()
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        self.parts.put(None)
        self.thread.join()


def _say(announce: bool, step: str) -> None:
    if announce:
        write_line(sys.stderr, f"{step} …")


def _mapped(docs: list[Document], registry: object, links: dict[str, set], seconds: dict[str, float]
            ) -> Iterator[tuple[str, list[bytes]]]:
    """Each document's named graph (with the cross-document links stated in it) as its sorted distinct
    N-Triples lines, in graph IRI order; the time spent mapping is added to ``seconds["map"]``. (Mapping in
    worker processes was tried: pickling pyoxigraph terms back costs three times the mapping itself.)"""
    from kg.graph import rdf

    seconds["map"] = 0.0
    graphs = sorted((rdf.graph_iri(doc.id).value, i) for i, doc in enumerate(docs))
    for graph, i in graphs:
        t = time.perf_counter()
        quads = rdf.document_quads(docs[i], registry) | links.pop(graph, set())
        cut = len(graph) + 3  # str(quad) is "<s> <p> <o> <graph>"
        lines = sorted({(str(q)[:-cut] + " .\n").encode("utf-8") for q in quads})
        seconds["map"] += time.perf_counter() - t
        yield graph, lines


class LazyDocuments(Sequence[Document]):
    """The documents of an up-to-date build: their facts stay in the state file until one is asked for
    (reading 2,000 documents' facts back takes longer than the rest of such a rebuild)."""

    def __init__(self, paths: list[Path], state_file: Path) -> None:
        self.paths, self.state_file = paths, state_file

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        import pickle
        import sqlite3

        path = self.paths[index]
        with sqlite3.connect(self.state_file) as db:
            (blob,) = db.execute("SELECT doc FROM documents_v2 WHERE path = ?", (str(path.resolve()),)).fetchone()
        doc = pickle.loads(blob)
        doc.path = path
        return doc
