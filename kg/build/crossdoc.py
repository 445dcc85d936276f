"""The cross-document passes of a build (identity, inspection-cycle links) over what the state keeps of each document,
so that a rebuild reads back the facts of the few documents it needs, not of every document.

What the passes take from a document alone (:class:`Record`) is found where it is extracted, in the worker, and kept
per file in the state: the input of its identities (:class:`kg.graph.identity.IdentityInput`), its occurrences
(:func:`kg.graph.cycle.occurrences`, their teams' keys joined across documents here), its date and type, its issues'
``xs:statedOn`` lines, and its issues (read only when a pair of documents is compared on its problems). So the
driver's memory holds records, not facts: a document's facts are read back only to map its graph. Links are kept per pair of documents (:func:`kg.graph.cycle.link_pairs`):
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
from kg.graph.identity import DocumentIdentities, IdentityInput, Registry
from kg.graph.rdf import graph_iri
from kg.ingest.document import Document

_FIELDS = ("inspection", "feedback", "team", "dispatcher", "ordinal", "kind", "units", "start", "feedback_dates",
           "references", "round", "mode", "start_year")


@dataclass
class Record:
    """What the cross-document passes take from one document alone (see the module's docstring), found where the
    document is extracted (:func:`record_of`)."""

    identity: IdentityInput
    issued: str | None
    doc_type: str
    stated: bytes  # its issues' xs:statedOn, sorted N-Triples lines
    occurrences: list[tuple]  # Occurrence fields but the document, its team's key the document's alone


def record_of(doc: Document) -> Record:
    """A document's record (its identities and occurrences as the document alone gives them)."""
    ids = DocumentIdentities.of(doc)
    identity = IdentityInput.of(ids)
    return Record(identity, doc.metadata.issued, doc.facts.doc_type, lines_of(stated_on(doc)),
                  [tuple(getattr(o, f) for f in _FIELDS) for o in occurrences(doc, ids)])


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
    order, their records read from the state, each document's facts read back (``load``: a path → its document)
    only when asked for (:meth:`doc`): the driver's memory holds records, not facts."""

    def __init__(self, state: BuildState, entries: Sequence[tuple[Path, str, str]],
                 load: Callable[[Path], Document]) -> None:
        self.state, self.load = state, load
        self.entries = list(entries)
        self.by_id = {doc_id: (path, source) for path, doc_id, source in self.entries}
        self.by_graph = {graph_iri(doc_id).value: doc_id for _, doc_id, _ in self.entries}

    def identities(self) -> None:
        """The identity pass (``registry``), each document's joined identities' digest (``joined``) and occurrences
        (their teams joined)."""
        records = self.state.records({str(path): (path, source) for path, _, source in self.entries})
        missing = [(path, record_of(doc), [(x.key, x.text) for x in doc.facts.issues], source)
                   for path, _, source in self.entries if path not in records for doc in [self.doc(path)]]
        self.state.remember_records(missing)  # an older state's documents, or ones extracted again (committed with
        records.update((path, record) for path, record, _, _ in missing)  # the graphs)
        self.records = {doc_id: records[path] for path, doc_id, _ in self.entries}
        self.registry = Registry((), {doc_id: rec.identity for doc_id, rec in self.records.items()})
        self.joined = {doc_id: self._digest(doc_id) for _, doc_id, _ in self.entries}
        find = self.registry.teams.find
        self.occurrences: dict[str, list[Occurrence]] = {}
        for path, doc_id, _ in self.entries:
            rec = self.records[doc_id]
            stand = Stand(doc_id, rec.issued, rec.doc_type, self._issues_loader(path))
            self.occurrences[doc_id] = [Occurrence(stand, inspection, feedback, team and find(team), *rest)
                                        for inspection, feedback, team, *rest in rec.occurrences]

    def doc(self, path: Path) -> Document:
        """A document's facts, read back from the state."""
        return self.load(path)

    def _issues_loader(self, path: Path) -> Callable[[], list]:
        def load() -> list:
            found = self.state.issues(path)
            return self.doc(path).facts.issues if found is None else [Issue(k, t) for k, t in found]
        return load

    def _digest(self, doc_id: str) -> str:
        """What a document's occurrences and graph take from the other documents' identities: its teams' and people's
        keys as joined (their labels are checked apart)."""
        return hashlib.blake2b(repr(self.registry.roots(doc_id)).encode("utf-8"), digest_size=16).hexdigest()

    def links(self, committed: dict[str, tuple[str, str]]) -> set[str]:
        """Link the documents again where their links may have changed since the graphs ``committed`` (graph → the
        source and joined digest it was written from): only the pairs with a document whose graph is not the one
        committed from the same source and digest are linked again; the others' links stay in the state, where the new
        pairs replace the old (committed with the graphs). The graphs whose links may have changed: their links are
        read with :meth:`links_of`."""
        graphs = {graph_iri(doc_id).value: doc_id for _, doc_id, _ in self.entries}
        dirty = {doc_id for graph, doc_id in graphs.items()
                 if committed.get(graph) != (self.by_id[doc_id][1], self.joined[doc_id])}
        gone = set(committed) - set(graphs)
        every = len(dirty) == len(graphs)
        touched = {graph_iri(d).value for d in dirty} | gone
        affected = self.state.clear_links(touched, every=every) | touched
        rows: list[tuple[str, str, bytes]] = []
        for (later, other), lines in link_pairs(self.occurrences, None if every else dirty, Problems()):
            rows.append((graph_iri(later).value, graph_iri(other).value, b"".join(sorted(lines))))
            affected.update(rows[-1][:2])
            if len(rows) >= 1000:  # written as they come: the links of a big corpus are not all held at once
                self.state.add_links(rows)
                rows = []
        self.state.add_links(rows)
        return affected & set(graphs)

    def links_of(self, graph: str) -> bytes:
        """A graph's links (those stated in it with every other graph, and its issues' xs:statedOn): sorted
        N-Triples lines."""
        stated = self.records[self.by_graph[graph]].stated.splitlines(True)
        return b"".join(sorted(self.state.links_of(graph).union(stated)))
