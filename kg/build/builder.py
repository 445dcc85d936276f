"""`kg build`: files → documents → facts → RDF → store and view.

Each document goes through the pipeline on its own; a file that fails is
reported (file and reason) and the others go on. Outputs are written
atomically, so an interrupted build leaves the previous outputs intact.
"""
from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.build.progress import Progress
from kg.errors import InputError, KgError, setting
from kg.extract.pipeline import Pipeline, pipeline_for
from kg.ingest.document import Document
from kg.ingest.files import find_files, read_document, sample_dir

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build did: the documents it processed, the files it could not, the files it wrote."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # time per pipeline stage and output, for -v
    up_to_date: bool = False  # nothing changed since the last build: no output was rewritten
    facts: int | None = None  # the number of facts, when known without counting the documents' (kg.build.state)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def error_lines(self) -> list[str]:
        return [f"kg: error: {e}" for e in self.errors]

    def summary(self) -> str:
        facts = self.facts if self.facts is not None else sum(_count_facts(d) for d in self.documents)
        wrote = ", ".join(str(p) for p in self.outputs) or "nothing"
        failed = f", {len(self.errors)} failed" if self.errors else ""
        return f"built {len(self.documents)} document(s){failed}; {facts} facts; wrote {wrote}"


def _count_facts(doc: Document) -> int:
    f = doc.facts
    return sum(len(x) for x in (f.organisations, f.teams, f.people, f.memberships, f.inspections, f.feedback,
                                f.issues, f.measures, f.recommendations))


@contextmanager
def time_limit(seconds: float, path: Path) -> Iterator[None]:
    """Raise InputError when the body runs longer than ``seconds`` (main thread, Unix); else no guard."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and _in_main_thread()
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise InputError(path, f"extraction took longer than {seconds:g} s (raise {setting('timeout')} to allow more)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def document_ids(files: Sequence[Path]) -> dict[Path, str]:
    """File → document id: its name without extension, unless other inputs share that name (index.html in
    every folder of a saved site, a.txt next to a.html); then its path from their common folder, so that
    two documents never merge into one graph."""
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    ids: dict[Path, str] = {}
    for stem, same in by_stem.items():
        if len(same) == 1:
            ids[same[0]] = stem
            continue
        root = os.path.commonpath([p.absolute().parent for p in same])
        paths = [p.absolute().relative_to(root) for p in same]
        short = [p.with_suffix("").as_posix() for p in paths]
        ids.update(zip(same, short if len(set(short)) == len(short) else [p.as_posix() for p in paths]))
    return ids


def extract_documents(paths: Sequence[str | Path], *, strict: bool = False, ner: str = "rules",
                      hanlp_model: str | None = None, max_bytes: int = 20 * 1024 * 1024, timeout: float = 60.0,
                      progress: bool = False) -> BuildReport:
    """Run the pipeline over every input file; collect documents and per-file errors."""
    files, errors = find_files(list(paths) or [sample_dir()])
    report = BuildReport(errors=list(errors))
    if strict and errors:
        raise KgError(str(errors[0]))
    config = {"mentions.hanlp": {"model": hanlp_model}} if ner == "hanlp" else {}
    pipeline = Pipeline(pipeline_for(ner), config)
    ids = document_ids(files)
    with Progress(len(files), enabled=progress) as shown:
        for path in files:
            try:
                size = path.stat().st_size if path.is_file() else 0
                if size > max_bytes:
                    raise InputError(path, f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB "
                                           f"limit (raise {setting('max_size_mb')} to allow it)")
                with time_limit(timeout, path):
                    start = time.perf_counter()
                    doc = read_document(path)
                    shown.seconds["read"] += time.perf_counter() - start
                    doc.id = ids[path]
                    doc = pipeline(doc, shown.stage_listener(path.name, len(doc.original)))
                    doc.drop_working_state()
                report.documents.append(doc)
            except InputError as e:
                report.errors.append(e)
                if strict:
                    raise KgError(str(e)) from e
            except OSError as e:
                err = InputError(path, f"cannot read: {e.strerror or e}")
                report.errors.append(err)
                if strict:
                    raise KgError(str(err)) from e
            except KgError:  # a problem with the build itself (a missing model …), not with this file
                raise
            except Exception as e:  # a stage failing on one odd document must not cost the other documents
                log.debug("extraction of %s failed", path, exc_info=True)
                err = InputError(path, f"extraction failed ({type(e).__name__}: {e}); run with -vv for the traceback")
                report.errors.append(err)
                if strict:
                    raise KgError(str(err)) from e
            finally:
                shown.document_done()
    report.seconds.update(shown.seconds)
    return report


def build(paths: Sequence[str | Path] = (), *, out_dir: Path = Path("output"), strict: bool = False,
          ner: str = "rules", hanlp_model: str | None = None, max_bytes: int = 20 * 1024 * 1024,
          timeout: float = 60.0, view: bool = True, store: bool = True, progress: bool = False,
          jobs: int | None = None, executor: str = "local", scheduler: str | None = None) -> BuildReport:
    """Extract every document and write graph.ttl, graph.trig, the store and graph.html to ``out_dir``:
    in batches, in ``jobs`` processes (default: one per core) or on a Dask cluster (``executor="dask"``,
    ``scheduler`` its address), redoing only what changed since the last build (:mod:`kg.build.driver`)."""
    from kg.build.driver import run

    return run(paths, out_dir, strict=strict, ner=ner, hanlp_model=hanlp_model, max_bytes=max_bytes, timeout=timeout,
               view=view, store=store, progress=progress, jobs=jobs, executor=executor, scheduler=scheduler)
