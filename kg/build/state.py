"""Incremental state: what the last build of an output folder saw, so the next one redoes only what changed.

Kept in ``OUTDIR/build-state.sqlite`` (sqlite3: each commit is atomic, a killed build leaves it usable):

- per input file, its document id, the SHA-256 of its bytes, the pipeline version it was extracted with and
  the slim document (facts) that came out (pickled); a file whose bytes, id and version are unchanged is
  not extracted again;
- the digest of the inputs and settings the current outputs were written from: when a rebuild finds the
  same, nothing is written at all.

The pipeline version is a hash of the package's source and lexicons (and the NER settings): any change to
the code or a lexicon invalidates every cached document. Files no longer among the inputs are dropped
from the state and from the outputs (the outputs always describe exactly the inputs of the last build).
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kg.ingest.document import Document

STATE_FILE = "build-state.sqlite"
PACKAGE = Path(__file__).resolve().parent.parent
# What the facts depend on: the code and the lexicons (not the views' assets or the samples).
VERSIONED = ("**/*.py", "lexicon/*")


@lru_cache(maxsize=4)
def pipeline_version(ner: str = "rules", hanlp_model: str | None = None) -> str:
    """A hash of every source file and lexicon of the package, and the NER settings."""
    h = hashlib.sha256(f"{ner}\0{hanlp_model}\0".encode())
    files = sorted({p for pattern in VERSIONED for p in PACKAGE.glob(pattern) if p.is_file()
                    and "__pycache__" not in p.parts})
    for p in files:
        h.update(p.relative_to(PACKAGE).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:32]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BuildState:
    """The state file of one output folder."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / STATE_FILE
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:  # damaged (not a killed build: sqlite survives those): start afresh
            self.path.unlink(missing_ok=True)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS documents_v2 (path TEXT PRIMARY KEY, doc_id TEXT, hash TEXT, "
                   "version TEXT, facts INTEGER, doc BLOB)")
        db.execute("CREATE TABLE IF NOT EXISTS outputs (key TEXT PRIMARY KEY, value TEXT)")
        db.commit()
        return db

    def facts(self, path: Path, doc_id: str, digest: str, version: str) -> int | None:
        """The number of facts extracted last time from these very bytes, with this id and pipeline version;
        None when they were not (the document itself is loaded only when the outputs must be written)."""
        row = self.db.execute("SELECT facts FROM documents_v2 WHERE path = ? AND doc_id = ? AND hash = ? "
                              "AND version = ?", (str(path), doc_id, digest, version)).fetchone()
        return None if row is None else row[0]

    def load(self, path: Path) -> Document | None:
        """The slim document recorded for ``path``; None when it cannot be read back."""
        row = self.db.execute("SELECT doc FROM documents_v2 WHERE path = ?", (str(path),)).fetchone()
        try:
            return pickle.loads(row[0]) if row else None
        except Exception:  # written by another version of the classes: extract again
            return None

    def remember(self, entries: Iterable[tuple[Path, str, str, str, Document]]) -> None:
        """Record freshly extracted documents (path, id, hash, version, slim document)."""
        from kg.build.builder import _count_facts

        self.db.executemany("INSERT OR REPLACE INTO documents_v2 VALUES (?, ?, ?, ?, ?, ?)",
                            [(str(p), i, h, v, _count_facts(d), pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL))
                             for p, i, h, v, d in entries])
        self.db.commit()

    def forget_others(self, paths: Iterable[Path]) -> int:
        """Drop every file not in ``paths`` (gone, or no longer given); how many were dropped."""
        keep = {str(p) for p in paths}
        gone = [(p,) for (p,) in self.db.execute("SELECT path FROM documents_v2") if p not in keep]
        self.db.executemany("DELETE FROM documents_v2 WHERE path = ?", gone)
        self.db.commit()
        return len(gone)

    def outputs_digest(self) -> str | None:
        row = self.db.execute("SELECT value FROM outputs WHERE key = 'digest'").fetchone()
        return row[0] if row else None

    def set_outputs_digest(self, digest: str | None) -> None:
        """The digest of what the outputs now hold (None while they are being replaced)."""
        if digest is None:
            self.db.execute("DELETE FROM outputs WHERE key = 'digest'")
        else:
            self.db.execute("INSERT OR REPLACE INTO outputs VALUES ('digest', ?)", (digest,))
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def inputs_digest(entries: Iterable[tuple[Path, str, str]], version: str, settings: str) -> str:
    """The digest of a build's inputs (path, id, hash, sorted), pipeline version and output settings."""
    h = hashlib.sha256(f"{version}\0{settings}\0".encode())
    for path, doc_id, digest in sorted((str(p), i, d) for p, i, d in entries):
        h.update(f"{path}\0{doc_id}\0{digest}\n".encode())
    return h.hexdigest()
