"""What a worker does with a batch of documents: decode, run the pipeline, keep only what the build needs.

A task carries the files' bytes, so a worker (another process, a Dask worker on another machine) needs the
package installed and nothing else. The result is a *slim* document: id, metadata, language and facts, and
of its text only the phrases the cross-document post-pass reads (:func:`kg.graph.cycle.references`, the rounds); the text,
sentences and mentions stay in the worker. It comes back pickled as the build's state stores it, with what the
cross-document passes take from it (:func:`kg.build.crossdoc.record_of`), so the driver writes it to the state and
keeps none of it in memory.
"""
from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError
from kg.extract.pipeline import StageListener
from kg.ingest.document import Document

Listen = Callable[[str, int], StageListener]  # (file name, characters) → listener of its stages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """How to extract: the same for every batch of a build."""

    ner: str = "rules"
    hanlp_model: str | None = None
    timeout: float = 60.0


@dataclass(frozen=True)
class Task:
    """One document to extract: its path (for messages and its suffix), id and bytes."""

    path: Path
    doc_id: str
    data: bytes


@dataclass
class Extracted:
    """An extracted document as the state stores it (see the module's docstring)."""

    doc: bytes  # the slim document, pickled
    facts: int  # how many
    record: bytes  # its kg.build.crossdoc.Record, pickled
    issues: bytes  # its issues' (key, text), pickled

    @classmethod
    def of(cls, doc: Document) -> "Extracted":
        from kg.build.builder import _count_facts
        from kg.build.crossdoc import record_of

        return cls(_pickled(doc), _count_facts(doc), _pickled(record_of(doc)),
                   _pickled([(x.key, x.text) for x in doc.facts.issues]))

    def document(self) -> Document:
        return pickle.loads(self.doc)


def _pickled(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


@dataclass
class Outcome:
    """A task's result: the extracted document, or the reason the file could not be used."""

    path: Path
    doc_id: str
    extracted: Extracted | None = None
    error: str | None = None  # InputError's reason
    size: int = 0  # bytes of the file
    characters: int = 0  # of its text
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage


_PIPELINES: dict[Settings, object] = {}  # one pipeline per worker process and settings (a model loads once)


def _pipeline(settings: Settings):  # -> kg.extract.pipeline.Pipeline
    if settings not in _PIPELINES:
        from kg.extract.pipeline import Pipeline, pipeline_for

        config = {"mentions.hanlp": {"model": settings.hanlp_model}} if settings.ner == "hanlp" else {}
        _PIPELINES[settings] = Pipeline(pipeline_for(settings.ner), config)
    return _PIPELINES[settings]


def warm(settings: Settings) -> None:
    """Load the pipeline (its stages and compiled patterns) and the script converters in this process, so that
    workers forked from it start with them instead of each loading its own (≈0.45 s of CPU a worker)."""
    from kg.extract.normalise import normalise_text

    _pipeline(settings)
    normalise_text("巡視組", traditional=True)


def slim(doc: Document) -> Document:
    """The part of an extracted document the driver needs (see the module's docstring)."""
    from kg.graph.cycle import REFERENCE, TERM_ROUND

    refs = "\n".join([m.group() for m in REFERENCE.finditer(doc.text)]  # with the word after a round (巡视)
                      + [doc.text[m.start():m.end() + 2] for m in TERM_ROUND.finditer(doc.text)])
    return Document(id=doc.id, original="", path=doc.path, text=refs, language=doc.language, metadata=doc.metadata,
                    facts=doc.facts, warnings=doc.warnings)


def extract_one(task: Task, settings: Settings, listen: Listen | None = None) -> Outcome:
    """Extract one document; a file that cannot be used becomes an Outcome with its reason. ``listen`` (in the
    driver's process only) gives the progress display's listener of a document's stages."""
    from kg.build.builder import time_limit
    from kg.ingest.files import document_from_bytes

    out = Outcome(task.path, task.doc_id, size=len(task.data))

    def on_stage(stage: str, seconds: float, _index: int, _count: int) -> None:
        out.seconds[stage] = out.seconds.get(stage, 0.0) + seconds

    pipeline = _pipeline(settings)  # built (patterns compiled, a model loaded) before the document's clock starts
    try:
        with time_limit(settings.timeout, task.path):
            start = time.perf_counter()
            doc = document_from_bytes(task.path, task.data)
            out.seconds["read"] = time.perf_counter() - start
            doc.id = task.doc_id
            out.characters = len(doc.original)
            done = slim(pipeline(doc, listen(task.path.name, len(doc.original)) if listen else on_stage))
            start = time.perf_counter()
            out.extracted = Extracted.of(done)
            out.seconds["record"] = time.perf_counter() - start
    except InputError as e:
        out.error = e.reason
    except KgError:  # a problem with the build itself (a missing model …), not with this file
        raise
    except Exception as e:  # a stage failing on one odd document must not cost the other documents
        log.debug("extraction of %s failed", task.path, exc_info=True)
        out.error = f"extraction failed ({type(e).__name__}: {e}); run with -vv for the traceback"
    return out


def extract_batch(tasks: list[Task], settings: Settings, listen: Listen | None = None) -> list[Outcome]:
    """The unit of work an executor runs: a batch of documents, in order."""
    return [extract_one(t, settings, listen) for t in tasks]

