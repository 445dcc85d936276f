"""The order of a build's steps, a batch of documents at a time.

1. Find the inputs; read and hash each file. A file whose bytes, id and pipeline version the state
   (:mod:`kg.build.state`) has seen is not extracted again: its facts come from the state.
2. Extract the others in batches on an executor (:mod:`kg.build.executors`): this process, ``jobs``
   processes, or a Dask cluster. Workers send back slim documents (facts, no text) pickled, with what the
   cross-document passes take from each (:mod:`kg.build.work`); they go to the state a batch at a time, and the
   driver keeps none of them: its memory does not grow with the documents' facts.
3. When the inputs, the pipeline version and the output settings are those the outputs were written
   from, stop: the outputs are up to date.
4. Else run the cross-document identity pass (:class:`kg.graph.identity.Registry`) and the inspection-cycle links
   (:func:`kg.graph.cycle.link_pairs`) over what the state keeps of each document (:mod:`kg.build.crossdoc`: facts
   are read back only for the documents whose graphs are mapped again), linking again only the pairs with a document
   whose graph changed. Each document's named graph (with the links stated in it) is taken from the state when its
   document, its joined identities, the labels it read and its links are those it was written from, else mapped
   again; graph.trig is written as the graphs come and graph.ttl from sorted runs of their lines
   (:mod:`kg.build.serialise`). When the store is the one the state describes and few graphs changed, the store is
   updated in place in one transaction and graph.ttl and graph.trig are patched (nothing is written when no triple
   changed); else a new Oxigraph store loads the named graphs and their union (as the default graph) from the files
   that pass writes, and is swapped in. Then the view is drawn (not when no triple changed).

Every output is replaced atomically, so a killed build leaves the previous ones usable; what it left
behind (``.store.*.tmp``, ``.graph.ttl.*.tmp``) is removed by the next build.
"""
from __future__ import annotations

import gc
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kg.atomic import clear_leftovers, current_umask
from kg.build.executors import Helper, default_jobs, run_batches
from kg.build.progress import Progress, is_large, write_line
from kg.build.state import BuildState, content_hash, inputs_digest, pipeline_version, source, stamp
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
    real = _Resolved()
    for p in clear_leftovers(out_dir):
        log.info("removed %s, left by an interrupted build", p)
    settings = Settings(ner, hanlp_model, timeout)
    # Forked before the state is opened: it loads the pipeline while the files are read (see Helper).
    helper = Helper(settings) if len(files) >= MIN_PARALLEL and Helper.usable(executor, jobs, settings) else None
    # No state (and no folder) before there is something to write: a build whose every file fails writes nothing.
    state = BuildState(out_dir) if out_dir.is_dir() else None
    version = pipeline_version(ner, hanlp_model)
    facts: dict[Path, int] = {}  # the files with facts, in the state: how many
    characters = 0  # of the documents extracted (not those from the state)
    failed: dict[Path, InputError] = {}  # reported in the files' order, whichever batch finds them first
    hashes: dict[Path, str] = {}
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
                    kept = state and state.facts(real(path), ids[path], hashes[path], version)
                    if kept is not None:
                        facts[path] = kept
                        shown.document_done(len(data))
                        continue
                    batch.append(Task(path, ids[path], data))
                    if len(batch) >= BATCH:
                        yield batch
                        batch = []
                if batch:
                    yield batch

            for outcomes in run_batches(batches(), settings, executor=executor, jobs=jobs, scheduler=scheduler,
                                        listen=shown.stage_listener, helper=helper):
                fresh = []  # written to the state a batch at a time: the driver keeps none of it
                for o in outcomes:
                    for stage, seconds in o.seconds.items():
                        shown.seconds[stage] += seconds
                    if o.error is not None:
                        fail(o.path, o.error)
                    elif o.extracted is not None:
                        facts[o.path] = o.extracted.facts
                        characters += o.characters
                        fresh.append((real(o.path), o.doc_id, hashes[o.path], version, o.extracted))
                    shown.document_done(o.size)
                if fresh:
                    if state is None:
                        out_dir.mkdir(parents=True, exist_ok=True)
                        state = BuildState(out_dir)
                    state.remember(fresh)
        if helper is not None:
            helper.close()  # not needed (nothing to extract), or done
        report.errors += [failed[p] for p in files if p in failed]
        report.seconds.update(shown.seconds)
        report.seconds["extract"] = time.perf_counter() - start
        if not facts:
            if not report.errors:
                raise KgError("no input documents found (.txt, .text, .html, .htm)")
            return report
        assert state is not None  # made with the first document's facts
        state.forget_others(real(p) for p in facts)
        digest = inputs_digest(((real(p), ids[p], hashes[p]) for p in facts), version,
                               f"view={view} store={store}")
        wanted = [out_dir / "graph.ttl", out_dir / "graph.trig"] + ([out_dir / "store"] if store else []) + \
                 ([out_dir / "graph.html"] if view else [])
        if state.outputs_digest() == digest and all(p.exists() for p in wanted):
            log.info("outputs up to date: nothing to write")
            report.outputs += wanted
            report.up_to_date = True
            report.documents = LazyDocuments([p for p in files if p in facts], state.path)
            report.facts = sum(facts.values())
            return report
        from kg.build.crossdoc import CrossDocs

        given = {real(p): p for p in files if p in facts}

        def load(path: Path) -> Document:
            """A document's facts read back from the state (extracted again, here, when they cannot be)."""
            p = given[path]
            doc = state.load(path)
            if doc is None:  # unreadable: extract it again, here
                from kg.build.work import extract_one

                outcome = extract_one(Task(p, ids[p], read_file(p)), settings)
                if outcome.error is not None or outcome.extracted is None:
                    raise KgError(f"{p}: {outcome.error}")
                doc = outcome.extracted.document()
                # committed with the outputs
                state.remember([(path, ids[p], hashes[p], version, outcome.extracted)], commit=False)
            doc.path = p
            return doc

        entries = [(real(p), ids[p], source(real(p), ids[p], hashes[p], version)) for p in files if p in facts]
        cross = CrossDocs(state, entries, load)
        report.documents = LazyDocuments([p for p in files if p in facts], state.path)
        report.facts = sum(facts.values())
        state.set_outputs_digest(None)
        pages, views = state.pages(), state.view_stamp()
        state.set_pages({})
        # After a large extraction each output takes a while too: say which one is being written.
        announce = progress and is_large(characters)
        with _gc_paused():
            written, touched, done = write_outputs(cross, out_dir, report.seconds, state, store=store,
                                                   announce=announce)
        del cross  # the records of every document (≈ 15 kB each, in cycles through their loaders): not the view's
        gc.collect()
        report.outputs += written
        drawn_pages = None
        try:
            if view and touched == set() and views is not None and views == _view_stamp(out_dir, pages):
                # The store was updated in place and no triple changed: the view drawn from it last is this one's.
                report.outputs.append(out_dir / "graph.html")
                drawn_pages = pages
            elif view:
                from kg.views.view import DetailPages, write_build_view

                _say(announce, "writing graph.html")
                t = time.perf_counter()
                drawn = DetailPages(pages, touched)
                report.outputs.append(write_build_view(out_dir, len(report.documents), pages=drawn,  # a summary
                                                       jobs=jobs if executor == "local" else 1))  # when big
                report.seconds["view"] = time.perf_counter() - t
                drawn_pages = drawn.drawn
        finally:
            done()
        if drawn_pages is not None:
            state.set_pages(drawn_pages, _view_stamp(out_dir, drawn_pages))
        state.set_outputs_digest(digest)
    except BaseException:
        # (a signal between a temporary file's creation and the block that removes it on failure: none is left)
        for p in clear_leftovers(out_dir):
            log.debug("removed %s, left by this build", p)
        raise
    finally:
        if helper is not None:
            helper.close()
        if state is not None:
            state.close()
    log.info("time per stage: %s", ", ".join(f"{stage} {s:.2f} s" for stage, s in report.seconds.items()))
    return report


def write_outputs(cross, out_dir: Path, seconds: dict[str, float], state: BuildState, *, store: bool = True,
                  announce: bool = False) -> tuple[list[Path], set[str] | None, Callable[[], None]]:
    """graph.ttl, graph.trig and (with ``store``) the store, from the documents of ``cross`` (a
    kg.build.crossdoc.CrossDocs); ``announce`` each step on stderr. Returns the files written, the nodes whose triples
    changed when the store was updated in place (else None), and what to call once the store is no longer needed by
    the build alone (after the view): it waits for graph files still being patched and records in the state what the
    outputs now are. The graph files are written from each graph's N-Triples lines (:mod:`kg.build.serialise`), mapped again
    only where the state's record of the last build does not hold (:class:`_Graphs`). When the store is the one the
    state describes and few graphs changed, it is updated in place, in one transaction (:func:`_update_store`), and
    graph.ttl and graph.trig are patched (:func:`_patch_files`); else a new store loads the files that pass writes, in
    a thread of its own (Oxigraph releases the GIL while it loads), so loading overlaps writing graph.ttl."""
    from kg.build.serialise import patchable
    from kg.graph.store import store_path

    files = [out_dir / "graph.ttl", out_dir / "graph.trig"]
    described, files_described = state.store_described(), state.files_described(stamp(files))
    state.forget_store()  # until the store and graph files are again those the state describes
    t = time.perf_counter()
    cross.identities()
    seconds["identity"] = time.perf_counter() - t
    t = time.perf_counter()
    committed = state.committed()
    relinked = cross.links(committed)
    seconds["link"] = time.perf_counter() - t
    graphs = _Graphs(cross, relinked, committed, state, seconds)
    existing = _writable(store_path(out_dir)) if store and described and graphs.few_changed() else None
    # Patched when the store is updated in place (it tells which triples other graphs hold) and the files are those
    # the state describes; else written anew.
    sizes = state.block_sizes() if existing is not None and files_described else None
    patch = sizes is not None and patchable(files, sizes)
    graphs.changes = [] if existing is not None else None
    pending = None
    if patch:
        pending = _patch_files(graphs, existing, files, sizes, seconds, announce)
        written = list(files)
    else:
        written, existing = _write_files(graphs, out_dir, existing, seconds, store, announce)
    try:
        if existing is not None:
            _say(announce, "updating the store")
            t = time.perf_counter()
            _update_store(existing, graphs.changes)
            del existing
            seconds["store"] = time.perf_counter() - t
            written.append(store_path(out_dir))
    except BaseException:
        if pending is not None:
            pending.thread.join()  # its files are whole or not renamed; the state describes neither now
        raise

    kept, labels = set(graphs.order), cross.registry.labels  # (held apart: the passes' records are let go before the view)

    def done() -> None:
        """Wait for the graph files; then the state describes the outputs again."""
        if pending is not None:
            pending.wait()
        state.keep_graphs(kept, store=store, files=stamp(files), labels=labels)

    return written, None if graphs.changes is None else _nodes(graphs.changes), done


def _patch_files(graphs: "_Graphs", db, files: list[Path], sizes: dict[str, int], seconds: dict[str, float],
                 announce: bool) -> "_Pending":  # db: pyoxigraph.Store
    """graph.ttl and graph.trig patched (:func:`kg.build.serialise.patch_trig`, :func:`kg.build.serialise.patch_turtle`)
    with the graphs mapped again (``sizes``: the old graph.trig's blocks' sizes), in a thread: copying the files is
    done in the kernel and Oxigraph answers the view's queries without the GIL, so the view is drawn meanwhile.
    ``db``, the store the state describes (not yet updated), tells first which of the triples the changed graphs no
    longer hold another graph still does (those stay in the union)."""
    import pyoxigraph as ox

    from kg.build.serialise import patch_trig, patch_turtle

    ttl, trig = files
    blocks = graphs.changed()
    old: set[bytes] = set()
    new: set[bytes] = set()
    for _, before, after in graphs.changes:
        old.update(before.splitlines(True))
        new.update(after.splitlines(True))
    dropped = sorted(old - new)
    changed = {graph for graph, _, _ in graphs.changes}
    gone = [line for line, triple in zip(dropped, ox.parse(b"".join(dropped), format=ox.RdfFormat.N_TRIPLES))
            if not any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in changed
                       for q in db.quads_for_pattern(triple.subject, triple.predicate, triple.object))]
    order = list(graphs.order)

    def patch() -> None:
        t = time.perf_counter()
        if blocks or graphs.gone:  # else every graph mapped again has the lines it had: the files stay as they are
            _say(announce, "patching graph.trig")
            patch_trig(trig, sizes, order, blocks)
        if gone or new - old:
            _say(announce, "patching graph.ttl")
            patch_turtle(ttl, new - old, gone)
        seconds["graph files"] = time.perf_counter() - t

    return _Pending(patch)


class _Pending:
    """A step run in a thread of its own; :meth:`wait` for it (what it raised is raised there)."""

    def __init__(self, step: Callable[[], None]) -> None:
        import threading

        self.error: BaseException | None = None

        def run() -> None:
            try:
                step()
            except BaseException as e:  # raised again in the driver's thread
                self.error = e

        self.thread = threading.Thread(target=run, name="kg-graph-files")
        self.thread.start()

    def wait(self) -> None:
        self.thread.join()
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def _write_files(graphs: "_Graphs", out_dir: Path, existing, seconds: dict[str, float], store: bool, announce: bool
                 ) -> tuple[list[Path], object]:
    """graph.trig and graph.ttl written anew from every graph's lines, and (unless ``existing``, the store to update
    in place, is given) a new store loaded from the files this writes, alongside, and swapped in. The files written and
    the store still to update (``existing``)."""
    import pyoxigraph as ox

    from kg.build.serialise import write_trig, write_turtle
    from kg.graph.store import _swap, store_path

    work = Path(tempfile.mkdtemp(prefix=".sort.", suffix=".tmp", dir=out_dir))
    tmp = db = loader = None
    try:
        if store and existing is None:
            tmp = Path(tempfile.mkdtemp(prefix=".store.", suffix=".tmp", dir=out_dir))
            tmp.chmod(0o777 & ~current_umask())  # mkdtemp makes 0700; the store is as shareable as graph.ttl
            db = ox.Store(str(tmp))
            loader = _Loader(db)
        load = loader.put if loader else None
        _say(announce, "writing graph.trig")
        t = time.perf_counter()
        runs = write_trig(graphs, out_dir / "graph.trig", work, load)
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
    return written, existing


def _nodes(changes: list[tuple[str, bytes, bytes]]) -> set[str]:
    """The nodes a view's detail page must have read to change with the triples the graphs gained or lost: their
    subjects (a page reads a node's triples as subject), and the objects of the predicates a page walks backwards
    (kg.views.view.DETAIL_INTO: it reads a drawn node's incoming edges of these). Not every object: a membership
    moved from one team to another changes the triples of the role it points to for no page."""
    from kg.views.view import DETAIL_INTO

    into = {f"<{p}>".encode("utf-8") for p in DETAIL_INTO}
    nodes: set[str] = set()
    for _, before, after in changes:
        for line in set(before.splitlines()) ^ set(after.splitlines()):  # "<s> <p> <o> ." or "<s> <p> "…"… ."
            s, p, o = line.split(b" ", 2)
            nodes.add(s[1:-1].decode("utf-8"))
            if p in into and o.startswith(b"<"):
                nodes.add(o[1:o.index(b">")].decode("utf-8"))
    return nodes


IN_PLACE = 100  # graphs changed or gone up to which the store is updated in place rather than loaded anew


class _Graphs:
    """The documents' named graphs in IRI order, each as (IRI, sorted distinct N-Triples lines, graph.trig
    block): from the state where it was written from the same source and joined identities, no label it read changed
    and its links are the same (see :mod:`kg.build.crossdoc`), else mapped again and recorded. (Mapping in forked
    processes at -j2 was measured: on 2 cores it only took CPU from the store's loading thread, the build was no
    faster.) The time spent is added to ``seconds["map"]``. With ``changes`` set to a list, each graph mapped again or
    gone adds (IRI, its old lines, its new lines) to it."""

    def __init__(self, cross, relinked: set[str], committed: dict[str, tuple[str, str]], state: BuildState,
                 seconds: dict[str, float]) -> None:  # cross: kg.build.crossdoc.CrossDocs
        from kg.build.state import label_key
        from kg.graph import rdf

        t = time.perf_counter()
        self.cross, self.registry, self.relinked, self.state, self.seconds = cross, cross.registry, relinked, state, seconds
        self.order = dict(sorted((rdf.graph_iri(doc_id).value, (path, doc_id, source))
                                 for path, doc_id, source in cross.entries))
        before, now = state.labels(), self.registry.labels
        relabelled = state.label_users(label_key(*k) for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        self.kept: set[str] = set()
        for graph, (_, doc_id, source) in self.order.items():
            if committed.get(graph) == (source, cross.joined[doc_id]) and graph not in relabelled and (
                    graph not in relinked or cross.links_of(graph) == state.graph_links(graph)):
                self.kept.add(graph)
        self.gone = sorted(set(committed) - set(self.order))
        self.changes: list[tuple[str, bytes, bytes]] | None = None
        seconds["map"] = time.perf_counter() - t

    def few_changed(self) -> bool:
        return len(self.order) - len(self.kept) + len(self.gone) <= IN_PLACE

    def __iter__(self) -> Iterator[tuple[str, list[bytes], bytes]]:
        if self.changes is not None:
            self.changes += [(graph, self.state.lines(graph), b"") for graph in self.gone]
        for graph in self.order:
            t = time.perf_counter()
            if graph in self.kept:
                lines, block = self.state.lines(graph), self.state.block(graph)
            else:
                lines, block = self._remap(graph)
            self.seconds["map"] += time.perf_counter() - t
            yield graph, [line + b"\n" for line in lines.split(b"\n")[:-1]], block

    def changed(self) -> dict[str, bytes]:
        """Map again the graphs not kept, recording each (and, in ``changes``, each one mapped again or gone);
        their graph.trig blocks, by IRI."""
        t = time.perf_counter()
        self.changes = [(graph, self.state.lines(graph), b"") for graph in self.gone]
        for graph in self.order:
            if graph not in self.kept:
                self._remap(graph)
        self.seconds["map"] += time.perf_counter() - t
        return {graph: self.state.block(graph) for graph, _, lines in self.changes if lines}

    def _remap(self, graph: str) -> tuple[bytes, bytes]:
        """Map a graph again and record it (in the state, and in ``changes``)."""
        from kg.build.state import MappedGraph, label_key

        lines, block, lookups, links = self.mapped(graph)
        if self.changes is not None and (old := self.state.lines(graph)) != lines:  # the same lines: no change
            self.changes.append((graph, old, lines))
        _, doc_id, source = self.order[graph]
        labels = sorted({label_key(i.kind, i.parts) for i, _ in lookups.values() if not i.scoped})
        self.state.remember_graph(MappedGraph(graph, source, self.cross.joined[doc_id], labels, links, lines, block))
        return lines, block

    def mapped(self, graph: str) -> tuple[bytes, bytes, dict, bytes]:
        """One graph mapped: its sorted distinct N-Triples lines (its links too), its graph.trig block, the
        lookups its mapping made across documents, and its links."""
        from kg.build.serialise import trig_block
        from kg.graph import rdf

        path, _, _ = self.order[graph]
        mapping = rdf.DocumentGraph(self.cross.doc(path), self.registry)
        own = "".join(mapping.map()).encode("utf-8").splitlines(True)
        links = self.cross.links_of(graph) if graph in self.relinked else self.state.graph_links(graph)
        lines = sorted(set(own).union(links.splitlines(True)))
        return b"".join(lines), trig_block(graph, lines), mapping.lookups, links


def _writable(path: Path):  # -> pyoxigraph.Store | None
    """The store at ``path`` opened for writing; None when there is none or another process holds it."""
    import pyoxigraph as ox

    if not path.is_dir():
        return None
    try:
        return ox.Store(str(path))
    except OSError as e:
        log.info("the store at %s cannot be updated in place (%s): loading a new one", path, e)
        return None


def _update_store(db, changes: list[tuple[str, bytes, bytes]]) -> None:  # db: pyoxigraph.Store
    """Replace the changed named graphs (IRI, old lines, new lines) and their part of the union, the default
    graph, in one SPARQL update (a transaction: a killed build leaves the store as it was): a triple leaves the
    union only when no named graph holds it any more."""
    ops: list[str] = []
    old: set[bytes] = set()
    new: set[bytes] = set()
    for graph, before, after in changes:
        ops.append(f"DROP SILENT GRAPH <{graph}>")
        if after:
            ops.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{after.decode('utf-8')}}} }}")
        old.update(before.splitlines(True))
        new.update(after.splitlines(True))
    if new:
        ops.append("INSERT DATA {\n" + b"".join(sorted(new)).decode("utf-8") + "}")
    if gone := old - new:
        rows = "".join(f"({line[:-3].decode('utf-8')})\n" for line in sorted(gone))
        ops.append("DELETE { ?s ?p ?o } WHERE { VALUES (?s ?p ?o) {\n" + rows
                   + "} FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
    if ops:
        db.update(" ;\n".join(ops))
        db.flush()


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


def _view_stamp(out_dir: Path, pages: dict) -> str:
    """The :func:`kg.build.state.stamp` of graph.html and its detail ``pages`` (file name → …)."""
    return stamp([out_dir / "graph.html", *(out_dir / page for page in sorted(pages))])


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cycle collector off: the cross-document passes and the mapping read back and make hundreds of
    thousands of small objects (records, identities, lines), few of them in cycles, and each collection walks every
    object the process holds (the pipeline's too): at 2,000 documents, unpickling the records alone took 0.3–0.6 s
    of CPU with it on, 0.06 s off. The garbage of cycles made meanwhile is collected once it is on again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _say(announce: bool, step: str) -> None:
    if announce:
        write_line(sys.stderr, f"{step} …")


class LazyDocuments(Sequence[Document]):
    """The documents of a build: their facts stay in the state file until one is asked for (the driver holds none,
    and reading 2,000 documents' facts back takes longer than the rest of an up-to-date rebuild)."""

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


class _Resolved:
    """``path.resolve()`` of input files, each resolved once and their folders once (a file that is no symbolic link
    resolves to its resolved folder and its name): resolving every path component of 2,000 files, several times over,
    took a tenth of a rebuild."""

    def __init__(self) -> None:
        self.files: dict[Path, Path] = {}
        self.folders: dict[Path, Path] = {}

    def __call__(self, path: Path) -> Path:
        if path not in self.files:
            if path.is_symlink() or path.name in ("", ".", ".."):
                self.files[path] = path.resolve()
            else:
                if path.parent not in self.folders:
                    self.folders[path.parent] = path.parent.resolve()
                self.files[path] = self.folders[path.parent] / path.name
        return self.files[path]
