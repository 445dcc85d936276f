"""The cross-document passes of a build (identity, inspection-cycle links) over what the state keeps of each document,
so that a rebuild reads back the facts of the few documents it needs, not of every document.

What the passes take from a document alone is kept per file in the state (:class:`Record`): the input of its
identities (:class:`kg.graph.identity.IdentityInput`), its occurrences (:func:`kg.graph.cycle.occurrences`: they also
depend on how teams were joined across documents, so they are kept with the digest of its joined identities and found
again when that changes), its date and type, its issues' ``xs:statedOn`` lines, and its issues (read only when a pair
of documents is compared on its problems). Links are kept per pair of documents (:func:`kg.graph.cycle.link_pairs`):
a rebuild links again only the pairs with a document whose graph is not the one last written from the same source and
joined identities, and the graphs whose links changed are the other documents of those pairs.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.build.state import BuildState
from kg.graph.cycle import Occurrence, Problems, link_pairs, occurrences, stated_on
from kg.graph.identity import IdentityInput, Registry
from kg.graph.rdf import graph_iri
from kg.ingest.document import Document


@dataclass
class Record:
    """What the cross-document passes take from one document alone (see the module's docstring)."""

    source: str  # the document's kg.build.state.source
    identity: IdentityInput
    issued: str | None
    doc_type: str
    stated: bytes  # its issues' xs:statedOn, sorted N-Triples lines
    joined: str = ""  # the digest of its joined identities its occurrences were found under
    occurrences: list[tuple] | None = None  # Occurrence fields but the document


_FIELDS = ("inspection", "feedback", "team", "dispatcher", "ordinal", "kind", "units", "start", "feedback_dates",
           "references", "round", "mode", "start_year")


class Issue:
    """An issue as the problems' comparison reads it."""

    __slots__ = ("key", "text")

    def __init__(self, key: str, text: str) -> None:
        self.key, self.text = key, text


class _Facts:
    __slots__ = ("doc_type", "_issues", "_load")

    def __init__(self, doc_type: str, load) -> None:
        self.doc_type, self._issues, self._load = doc_type, None, load

    @property
    def issues(self) -> list[Issue]:
        if self._issues is None:
            self._issues = self._load()
        return self._issues


class _Metadata:
    __slots__ = ("issued",)

    def __init__(self, issued: str | None) -> None:
        self.issued = issued


class Stand:
    """Stands for a document in its occurrences: its id, date and type; its issues read from the state when asked."""

    __slots__ = ("id", "metadata", "facts")

    def __init__(self, doc_id: str, issued: str | None, doc_type: str, load) -> None:
        self.id, self.metadata, self.facts = doc_id, _Metadata(issued), _Facts(doc_type, load)


def lines_of(quads: Iterable) -> bytes:  # quads: pyoxigraph.Quad
    """Quads as sorted distinct N-Triples lines (their graph left out)."""
    return b"".join(sorted({f"{q.subject} {q.predicate} {q.object} .\n".encode("utf-8") for q in quads}))


class CrossDocs:
    """The documents of a build for the cross-document passes: ``entries`` (path, document id, source) in the files'
    order, ``loaded`` the documents at hand (extracted by this build), the others read from the state (``load``: a
    path → its document) as needed."""

    def __init__(self, state: BuildState, entries: Sequence[tuple[Path, str, str]], loaded: dict[Path, Document],
                 load: Callable[[Path], Document]) -> None:
        self.state, self.load = state, load
        self.entries = list(entries)
        self.loaded = dict(loaded)
        self.by_id = {doc_id: (path, source) for path, doc_id, source in self.entries}

    def identities(self) -> None:
        """The identity pass (``registry``), each document's joined identities' digest (``joined``) and occurrences;
        the records of documents at hand recorded in the state (committed with the graphs)."""
        kept = self.state.records({str(path): (path, source) for path, _, source in self.entries
                                   if path not in self.loaded})
        for path, doc_id, source in self.entries:
            if path not in self.loaded and path not in kept:
                self.doc(path)  # no record (an older state): its facts are read back
        self.records: dict[str, Record] = {}
        inputs = {}
        for path, doc_id, source in self.entries:
            if path not in self.loaded:
                self.records[doc_id] = kept[path]
                inputs[doc_id] = kept[path].identity
        docs = [self.loaded[path] for path, _, _ in self.entries if path in self.loaded]
        self.registry = Registry(docs, inputs)
        new: dict[Path, Record] = {}
        for doc in docs:
            path = self.by_id[doc.id][0]
            new[path] = self.records[doc.id] = Record(self.by_id[doc.id][1], self.registry.inputs[doc.id],
                                                      doc.metadata.issued, doc.facts.doc_type,
                                                      lines_of(stated_on(doc)))
        self.joined = {doc_id: self._digest(doc_id) for _, doc_id, _ in self.entries}
        self.occurrences: dict[str, list[Occurrence]] = {}
        for path, doc_id, _ in self.entries:
            rec = self.records[doc_id]
            if rec.joined == self.joined[doc_id] and rec.occurrences is not None:
                stand = Stand(doc_id, rec.issued, rec.doc_type, self._issues_loader(path))
                self.occurrences[doc_id] = [Occurrence(stand, *fields) for fields in rec.occurrences]
            else:
                found = self.occurrences[doc_id] = occurrences(self.doc(path), self.registry)
                rec.joined, rec.occurrences = self.joined[doc_id], [tuple(getattr(o, f) for f in _FIELDS)
                                                                     for o in found]
                new[path] = rec
        self.state.remember_records([(path, rec, self._issues(path) if path in self.loaded else None)
                                     for path, rec in new.items()])

    def doc(self, path: Path) -> Document:
        """A document's facts: at hand, or read back from the state."""
        if path not in self.loaded:
            self.loaded[path] = self.load(path)
        return self.loaded[path]

    def _issues(self, path: Path) -> list[tuple[str, str]]:
        return [(x.key, x.text) for x in self.doc(path).facts.issues]

    def _issues_loader(self, path: Path) -> Callable[[], list]:
        def load() -> list:
            if path in self.loaded:
                return self.loaded[path].facts.issues
            found = self.state.issues(path)
            return self.doc(path).facts.issues if found is None else [Issue(k, t) for k, t in found]
        return load

    def _digest(self, doc_id: str) -> str:
        """What a document's occurrences and graph take from the other documents' identities: its teams' and people's
        keys as joined (their labels are checked apart)."""
        return hashlib.blake2b(repr(self.registry.roots(doc_id)).encode("utf-8"), digest_size=16).hexdigest()

    def links(self, committed: dict[str, tuple[str, str]]) -> dict[str, bytes]:
        """The links of each graph whose links may have changed since the graphs ``committed`` (graph → the source and
        joined digest it was written from): sorted N-Triples lines, by graph. Only the pairs with a document whose graph
        is not the one committed from the same source and digest are linked again; the others' links come from the
        state, where the new pairs replace the old (committed with the graphs)."""
        graphs = {graph_iri(doc_id).value: doc_id for _, doc_id, _ in self.entries}
        dirty = {doc_id for graph, doc_id in graphs.items()
                 if committed.get(graph) != (self.by_id[doc_id][1], self.joined[doc_id])}
        gone = set(committed) - set(graphs)
        every = len(dirty) == len(graphs)
        pairs = link_pairs(self.occurrences, None if every else dirty, Problems())
        rows = {(graph_iri(later).value, graph_iri(other).value): lines_of(quads)
                for (later, other), quads in pairs.items()}
        touched = {graph_iri(d).value for d in dirty} | gone
        affected = self.state.replace_links(touched, rows, every=every)
        affected = (affected | touched | {g for pair in rows for g in pair}) & set(graphs)
        return {graph: b"".join(sorted(set(self.records[graphs[graph]].stated.splitlines(True)) | found))
                for graph, found in self.state.links_of(affected).items()}
