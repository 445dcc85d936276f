"""Incremental state: what the last build of an output folder saw, so the next one redoes only what changed.

Kept in ``OUTDIR/build-state.sqlite`` (sqlite3: each commit is atomic, a killed build leaves it usable):

- per input file, its document id, the SHA-256 of its bytes, the pipeline version it was extracted with and
  the slim document (facts) that came out (pickled); a file whose bytes, id and version are unchanged is
  not extracted again;
- the digest of the inputs and settings the current outputs were written from: when a rebuild finds the
  same, nothing is written at all;
- per input file, what the cross-document passes take from its document alone (:class:`kg.build.crossdoc.Record`:
  the input of its identities, its occurrences, its date, type and issues), so that a rebuild joins identities and
  links documents without reading every document's facts back;
- per pair of documents, the cross-document links stated in one's graph about the other (``links``);
- per named graph of the last outputs, what it was mapped from (the document's file, bytes and pipeline version, the
  digest of its identities as joined across documents, the links stated in it, and in ``label_users`` the nodes
  whose labels it read) and what it is (its sorted N-Triples lines and its graph.trig block), and the labels of the
  nodes: a rebuild maps again only the graphs whose sources differ, and updates the store with the difference when
  the store is the one these rows describe (``store`` in ``outputs``), and patches graph.ttl and graph.trig when they
  are the files the rows describe (``files``: their size, modification time and inode);
- per detail page of the view's summary, its dispatcher, the nodes it read and its layout, and the stamp of graph.html
  and the pages: a rebuild that knows which nodes changed draws again only the pages that read them (none, and no
  summary, when no triple changed), and keeps the layout of a page whose nodes and links are the same.

Every row that describes the outputs is committed with them (:meth:`BuildState.keep_graphs`), after the keys that
say the store and files are described have been dropped (:meth:`BuildState.forget_store`): a build killed in between
leaves rows that describe no output, and the next build writes graph files and store anew.

The pipeline version is a hash of the package's source and lexicons (and the NER settings): any change to
the code or a lexicon invalidates every cached document. Files no longer among the inputs are dropped
from the state and from the outputs (the outputs always describe exactly the inputs of the last build).
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

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
        db.execute("DROP TABLE IF EXISTS graphs")  # an older layout: its graphs are mapped again
        db.execute("CREATE TABLE IF NOT EXISTS graphs_v3 (graph TEXT PRIMARY KEY, source TEXT, joined TEXT, "
                   "links BLOB, lines BLOB, block BLOB)")
        db.execute("CREATE TABLE IF NOT EXISTS label_users (key TEXT, graph TEXT)")
        db.execute("CREATE INDEX IF NOT EXISTS label_users_key ON label_users (key)")
        db.execute("CREATE INDEX IF NOT EXISTS label_users_graph ON label_users (graph)")
        db.execute("CREATE TABLE IF NOT EXISTS records (path TEXT PRIMARY KEY, source TEXT, record BLOB, issues BLOB)")
        db.execute("CREATE TABLE IF NOT EXISTS links (graph TEXT, other TEXT, lines BLOB, PRIMARY KEY (graph, other))")
        db.execute("CREATE INDEX IF NOT EXISTS links_other ON links (other)")
        db.execute("DROP TABLE IF EXISTS pages")  # an older layout: its pages are drawn again
        db.execute("CREATE TABLE IF NOT EXISTS pages_v2 (page TEXT PRIMARY KEY, record BLOB)")
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

    def remember(self, entries, *, commit: bool = True) -> None:  # entries: [(…, kg.build.work.Extracted)]
        """Record freshly extracted documents (path, id, hash, version, extracted) and their records; ``commit``: now
        (else with the next commit: while the outputs are written, nothing is committed before they are)."""
        entries = list(entries)
        self.db.executemany("INSERT OR REPLACE INTO documents_v2 VALUES (?, ?, ?, ?, ?, ?)",
                            [(str(p), i, h, v, x.facts, x.doc) for p, i, h, v, x in entries])
        self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                            [(str(p), source(p, i, h, v), x.record, x.issues) for p, i, h, v, x in entries])
        if commit:
            self.db.commit()

    def forget_others(self, paths: Iterable[Path]) -> int:
        """Drop every file not in ``paths`` (gone, or no longer given); how many were dropped."""
        keep = {str(p) for p in paths}
        gone = [(p,) for (p,) in self.db.execute("SELECT path FROM documents_v2") if p not in keep]
        self.db.executemany("DELETE FROM documents_v2 WHERE path = ?", gone)
        self.db.executemany("DELETE FROM records WHERE path = ?",
                            [(p,) for (p,) in self.db.execute("SELECT path FROM records") if p not in keep])
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

    def committed(self) -> dict[str, tuple[str, str]]:
        """Graph IRI → the source and joined-identities digest it was last written from."""
        return {g: (source, joined) for g, source, joined in self.db.execute("SELECT graph, source, joined FROM graphs_v3")}

    def graph_links(self, graph: str) -> bytes:
        row = self.db.execute("SELECT links FROM graphs_v3 WHERE graph = ?", (graph,)).fetchone()
        return row[0] if row else b""

    def block(self, graph: str) -> bytes:
        (block,) = self.db.execute("SELECT block FROM graphs_v3 WHERE graph = ?", (graph,)).fetchone()
        return block

    def lines(self, graph: str) -> bytes:
        """The lines ``graph`` had in the last outputs (empty when it had none)."""
        row = self.db.execute("SELECT lines FROM graphs_v3 WHERE graph = ?", (graph,)).fetchone()
        return row[0] if row else b""

    def graphs(self) -> set[str]:
        return {g for (g,) in self.db.execute("SELECT graph FROM graphs_v3")}

    def remember_graph(self, graph: "MappedGraph") -> None:
        """Record a graph just mapped, and the labels it read (committed with the next :meth:`keep_graphs`, or
        lost: then mapped again)."""
        self.db.execute("INSERT OR REPLACE INTO graphs_v3 VALUES (?, ?, ?, ?, ?, ?)",
                        (graph.graph, graph.source, graph.joined, graph.links, graph.lines, graph.block))
        self.db.execute("DELETE FROM label_users WHERE graph = ?", (graph.graph,))
        self.db.executemany("INSERT INTO label_users VALUES (?, ?)", [(key, graph.graph) for key in graph.labels])

    def label_users(self, keys: Iterable[str]) -> set[str]:
        """The graphs whose mapping read the label of one of the nodes ``keys`` (:func:`label_key`)."""
        keys, found = list(keys), set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            found.update(g for (g,) in self.db.execute(
                f"SELECT DISTINCT graph FROM label_users WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def labels(self) -> dict:
        """The nodes' labels of the last outputs (kg.graph.identity.Registry.labels), {} when unknown."""
        row = self.db.execute("SELECT value FROM outputs WHERE key = 'labels'").fetchone()
        try:
            return pickle.loads(row[0]) if row else {}
        except Exception:
            return {}

    def records(self, sources: dict[str, tuple[Path, str]]):  # -> dict[Path, kg.build.crossdoc.Record]
        """The cross-document records of the files (str(path) → (path, source)) whose source (:func:`source`) is
        still the one given, by path."""
        found = {}
        for path, source, blob in self.db.execute("SELECT path, source, record FROM records"):
            p, was = sources.get(path, (None, None))
            if was == source:
                try:
                    found[p] = pickle.loads(blob)
                except Exception:  # written by another version of the classes: found again
                    pass
        return found

    def remember_records(self, records) -> None:  # records: [(Path, kg.build.crossdoc.Record, issues, source)]
        """Record what the cross-document passes take from documents (``issues``: [(key, text)]), not yet committed."""
        self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                            [(str(path), source, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL),
                              pickle.dumps(issues, protocol=pickle.HIGHEST_PROTOCOL))
                             for path, record, issues, source in records])

    def issues(self, path: Path) -> list[tuple[str, str]] | None:
        row = self.db.execute("SELECT issues FROM records WHERE path = ?", (str(path),)).fetchone()
        return pickle.loads(row[0]) if row and row[0] is not None else None

    def clear_links(self, touched: set[str], *, every: bool = False) -> set[str]:
        """Drop the links of every pair of graphs with one of ``touched`` (``every``: all pairs), to be replaced
        (:meth:`add_links`); the graphs whose links lost a pair."""
        affected: set[str] = set()
        if every:
            self.db.execute("DELETE FROM links")
        else:
            for graph in touched:
                affected.update(g for (g,) in self.db.execute("SELECT graph FROM links WHERE other = ?", (graph,)))
                self.db.execute("DELETE FROM links WHERE graph = ? OR other = ?", (graph, graph))
        return affected

    def add_links(self, rows: list[tuple[str, str, bytes]]) -> None:
        """Record links: (graph stating them, the other graph, lines)."""
        self.db.executemany("INSERT INTO links VALUES (?, ?, ?)", rows)

    def links_of(self, graph: str) -> set[bytes]:
        """The lines of a graph's links with every other graph."""
        return {line for (lines,) in self.db.execute("SELECT lines FROM links WHERE graph = ?", (graph,))
                for line in lines.splitlines(True)}

    def block_sizes(self) -> dict[str, int]:
        """Graph IRI → the size of its block in the graph.trig the rows describe."""
        return dict(self.db.execute("SELECT graph, length(block) FROM graphs_v3"))

    def keep_graphs(self, graphs: set[str], *, store: bool, files: str | None = None, labels: dict | None = None
                    ) -> None:
        """The outputs now hold exactly ``graphs`` (the others' rows go); ``store``: and so does the store;
        ``files``: and graph.ttl and graph.trig are the files of this :func:`stamp` (so a rebuild may patch them);
        ``labels``: the nodes' labels they were mapped with."""
        gone = [(g,) for g in self.graphs() - graphs]
        self.db.executemany("DELETE FROM graphs_v3 WHERE graph = ?", gone)
        self.db.executemany("DELETE FROM label_users WHERE graph = ?", gone)
        if labels is not None:
            self.db.execute("INSERT OR REPLACE INTO outputs VALUES ('labels', ?)",
                            (pickle.dumps(labels, protocol=pickle.HIGHEST_PROTOCOL),))
        if store:
            self.db.execute("INSERT OR REPLACE INTO outputs VALUES ('store', 'graphs')")
        if files is not None:
            self.db.execute("INSERT OR REPLACE INTO outputs VALUES ('files', ?)", (files,))
        self.db.commit()

    def files_described(self, stamp: str) -> bool:
        """Whether graph.ttl and graph.trig, whose :func:`stamp` is ``stamp``, are the files the rows describe."""
        return self.db.execute("SELECT 1 FROM outputs WHERE key = 'files' AND value = ?", (stamp,)).fetchone() is not None

    def store_described(self) -> bool:
        """Whether the store holds exactly the graphs of the rows (so a rebuild may change it in place)."""
        return self.db.execute("SELECT 1 FROM outputs WHERE key = 'store'").fetchone() is not None

    def forget_store(self) -> None:
        """The store and the graph files are about to change (or to be left as they are while the rows change)."""
        self.db.execute("DELETE FROM outputs WHERE key IN ('store', 'files')")
        self.db.commit()

    def pages(self) -> dict[str, Any]:
        """The view's detail pages as the last outputs hold them: file name → the view's record of it (a
        kg.views.view.DrawnPage: its dispatcher, the nodes it read, its layout); none when a record no longer
        unpickles (its class changed), and the pages are drawn again."""
        try:
            return {page: pickle.loads(record) for page, record in self.db.execute("SELECT page, record FROM pages_v2")}
        except (pickle.UnpicklingError, AttributeError, ImportError, TypeError, EOFError):
            return {}

    def view_stamp(self) -> str | None:
        """The :func:`stamp` of graph.html and the detail pages the pages' rows describe (None: unknown)."""
        row = self.db.execute("SELECT value FROM outputs WHERE key = 'view'").fetchone()
        return row[0] if row else None

    def set_pages(self, pages: dict[str, Any], view: str | None = None) -> None:
        """Record the detail pages just drawn (none while the outputs are being replaced), and the :func:`stamp`
        of graph.html and these pages (``view``)."""
        self.db.execute("DELETE FROM pages_v2")
        self.db.execute("DELETE FROM outputs WHERE key = 'view'")
        if view is not None:
            self.db.execute("INSERT INTO outputs VALUES ('view', ?)", (view,))
        self.db.executemany("INSERT INTO pages_v2 VALUES (?, ?)",
                            [(page, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
                             for page, record in pages.items()])
        self.db.commit()

    def close(self) -> None:
        self.db.close()


@dataclass
class MappedGraph:
    """A document's named graph as written: what it was mapped from and what it is."""

    graph: str  # its IRI
    source: str  # the document's :func:`source`
    joined: str  # the digest of its document's identities as joined across documents (kg.build.crossdoc)
    labels: list[str]  # the nodes whose labels (from any document) its mapping read (:func:`label_key`)
    links: bytes  # the cross-document links stated in it: sorted N-Triples lines
    lines: bytes  # all its triples (links too): sorted distinct N-Triples lines
    block: bytes  # its block of graph.trig (kg.build.serialise.trig_block)


def source(path: Path, doc_id: str, digest: str, version: str) -> str:
    """What a document's facts come from: its file, id, bytes (hash) and the pipeline's version."""
    return f"{path}\0{doc_id}\0{digest}\0{version}"


def label_key(kind: str, parts: tuple[str, ...]) -> str:
    """A node's identity key (kg.graph.identity.Identity) as one string."""
    return "\x1f".join((kind, *parts))


def stamp(paths: Iterable[Path]) -> str:
    """What tells files apart from others written since: size, modification time and inode of each ("" if missing)."""
    out = []
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            out.append("")
            continue
        out.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}")
    return " ".join(out)


def inputs_digest(entries: Iterable[tuple[Path, str, str]], version: str, settings: str) -> str:
    """The digest of a build's inputs (path, id, hash, sorted), pipeline version and output settings."""
    h = hashlib.sha256(f"{version}\0{settings}\0".encode())
    for path, doc_id, digest in sorted((str(p), i, d) for p, i, d in entries):
        h.update(f"{path}\0{doc_id}\0{digest}\n".encode())
    return h.hexdigest()
