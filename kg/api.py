"""The Python API: build a graph from documents, open a built one, query, export and view it.

    import kg
    graph = kg.build(["docs/"], out_dir="output")   # or kg.open("output") for an existing build
    graph.query("SELECT ?name WHERE { ?t a xs:InspectionTeam ; rdfs:label ?name }")
    graph.canned("teams-targets")
    graph.export("graphml")
    facts = kg.extract("2020年8月22日至10月15日，市委第四巡察组对……开展了常规巡察。")

A :class:`KnowledgeGraph` is a handle on one output folder: every method reads
what `kg build` wrote there (graph.trig, the Oxigraph store), so the CLI and
the API always see the same graph. Heavy modules (rdflib, pyoxigraph, the
view renderer) are imported on first use, which keeps ``import kg`` instant.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError, build_first
from kg.facts import DocumentFacts
from kg.ingest.document import Document

if TYPE_CHECKING:
    import rdflib

    from kg.build.builder import BuildReport
    from kg.evaluation import Evaluation
    from kg.extract.pipeline import Pipeline
    from kg.graph.store import KnowledgeStore, Rows

PathLike = str | Path

# Shown in place of a full IRI in notebook tables (the query results themselves keep full IRIs).
_SHORT_IRIS: dict[str, str] = {"https://w3id.org/xunshi/id/": "xsr:", "https://w3id.org/xunshi/ontology#": "xs:"}


class Table(list[dict[str, Any]]):
    """Rows of a SELECT query: a list of dicts (variable → plain Python value, None when unbound).

    IRIs and strings are ``str``, ``xsd:integer``/``xsd:decimal`` numbers; dates
    stay ISO strings. In a notebook it shows as an HTML table.
    """

    def __init__(self, columns: Sequence[str], rows: Sequence[dict[str, Any]] = ()):
        super().__init__(rows)
        self.columns = list(columns)

    @classmethod
    def from_rows(cls, rows: Rows) -> Table:
        return cls(rows.variables, rows.records())

    def column(self, name: str) -> list[Any]:
        """One variable's values, in row order."""
        if name not in self.columns:
            raise KeyError(f"no column {name!r}; columns: {', '.join(self.columns)}")
        return [row[name] for row in self]

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (pandas is not a dependency: install it to use this)."""
        try:
            import pandas
        except ImportError as e:
            raise KgError("to_dataframe() needs pandas: pip install pandas") from e
        return pandas.DataFrame(list(self), columns=self.columns)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(row[c]))}</td>" for c in self.columns) + "</tr>"
                       for row in self)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table><p>{len(self)} row(s)</p>"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    for iri, prefix in _SHORT_IRIS.items():
        if text.startswith(iri):
            return prefix + text[len(iri):]
    return text


@dataclass(frozen=True)
class InlineView:
    """An HTML view page that Jupyter shows inline (``_repr_html_``); ``.page`` is the full HTML."""

    page: str
    height: int = 600

    def __repr__(self) -> str:  # the page is a megabyte: the notebook's text/plain output gives only its size
        return f"InlineView(page=<{len(self.page) // 1024} KB of HTML>, height={self.height})"

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts" '
                f'style="display:block;box-sizing:border-box;width:100%;max-width:100%;height:{self.height}px;'
                f'border:1px solid #ddd"></iframe>')  # border inside the width: no wider than its cell


@dataclass(frozen=True)
class DocumentInfo:
    """One source document as recorded in the graph."""

    id: str  # dcterms:identifier: the file name without extension
    iri: str
    type: str  # FeedbackReport, RectificationReport or Document
    title: str | None = None
    issued: str | None = None  # ISO date
    source: str | None = None  # the publisher as written


_DOCUMENTS_QUERY = """
SELECT ?iri ?id (SAMPLE(?t) AS ?type) (SAMPLE(?ti) AS ?title) (SAMPLE(?is) AS ?issued) (SAMPLE(?so) AS ?source)
WHERE {
  ?iri a xs:Document ; dcterms:identifier ?id .
  OPTIONAL { ?iri a ?t . FILTER(?t IN (xs:FeedbackReport, xs:RectificationReport)) }
  OPTIONAL { ?iri dcterms:title ?ti }
  OPTIONAL { ?iri dcterms:issued ?is }
  OPTIONAL { ?iri dcterms:source ?so }
}
GROUP BY ?iri ?id
ORDER BY ?id
"""


class KnowledgeGraph:
    """A built output folder (graph.ttl, graph.trig, store/, graph.html) and what can be done with it."""

    def __init__(self, out_dir: PathLike, report: BuildReport | None = None):
        self.out_dir = Path(out_dir)
        self.report = report  # the build's documents and per-file errors; None when opened with kg.open
        self._store: KnowledgeStore | None = None
        self._graph: rdflib.Dataset | None = None

    def __repr__(self) -> str:
        built = f", {len(self.report.documents)} document(s), {len(self.report.errors)} error(s)" if self.report else ""
        return f"KnowledgeGraph({str(self.out_dir)!r}{built})"

    def _built_dir(self) -> Path:
        """The output folder; an error when this graph's build wrote nothing (every input failed), rather
        than answering from whatever an earlier build left there."""
        if self.report is not None and not self.report.documents:
            raise KgError(f"the build wrote no graph: all {len(self.report.errors)} input file(s) failed "
                          "(see .report.errors)")
        return self.out_dir

    @property
    def store(self) -> KnowledgeStore:
        """The Oxigraph store (read-only): SPARQL over the union of the per-document graphs."""
        if self._store is None:
            from kg.graph.store import KnowledgeStore

            self._store = KnowledgeStore(self._built_dir())
        return self._store

    @property
    def graph(self) -> rdflib.Dataset:
        """graph.trig as an in-memory rdflib Dataset (one named graph per document; the default graph is their
        union). A copy: changing it does not change the build. Loading is slow beyond ~100 k triples; prefer
        :meth:`query` there."""
        if self._graph is None:
            import rdflib

            from kg.graph.store import PREFIXES

            trig = self._built_dir() / "graph.trig"
            if not trig.is_file():
                raise KgError(f"{trig} not found: {build_first(self.out_dir)}")
            dataset = rdflib.Dataset(default_union=True)
            dataset.parse(trig, format="trig")
            for prefix, iri in PREFIXES.items():
                dataset.bind(prefix, iri, override=True)
            self._graph = dataset
        return self._graph

    def query(self, sparql: str) -> Table:
        """Run a SELECT query on the store; the vocabulary's prefixes (xs:, org:, prov: …) need no declaring."""
        return Table.from_rows(self.store.select(sparql))

    def explain(self, name: str) -> str:
        """Which nodes carry ``name``, what each was merged from and why (the text of ``kg explain``)."""
        from kg.graph.explain import explain, render

        return render(name, explain(self.store, name))

    def canned(self, name: str, /, **params: str) -> Table:
        """Run a canned query from ontology/queries (see :meth:`canned_queries`) with its parameters
        (``name`` is positional, so a query may take a parameter called ``name``)."""
        from kg.graph.query import run_canned

        return Table.from_rows(run_canned(self.store, name, **params))

    @staticmethod
    def canned_queries() -> dict[str, str]:
        """Every canned query: name → what it answers, then each parameter it takes and what it means
        (pass them as keywords: ``canned("evidence", label="乔树军")``)."""
        from kg.graph.query import load_canned

        return {name: q.purpose + "".join(f" Parameter {p}: {meaning}." if meaning else f" Parameter {p}."
                                          for p, meaning in q.params.items())
                for name, q in load_canned().items()}

    @property
    def documents(self) -> list[DocumentInfo]:
        """The documents in the graph, by id."""
        return [DocumentInfo(id=r["id"], iri=r["iri"], type=(r["type"] or "Document").rsplit("#", 1)[-1],
                             title=r["title"], issued=r["issued"], source=r["source"])
                for r in self.query(_DOCUMENTS_QUERY)]

    def export(self, format: str, path: PathLike | None = None) -> Path:
        """Write the graph as ttl, nt, trig, nq, jsonld, graphml, gexf, neo4j-csv or cytoscape; return the path
        (default OUT_DIR/export/graph.<ext>, a folder for neo4j-csv)."""
        from kg.graph.export import export

        return export(self._built_dir(), format, Path(path) if path is not None else None)

    def view(self, output: PathLike | None = None, *, focus: str | None = None, depth: int = 2,
             doc: str | None = None, inspection: str | None = None) -> Path:
        """Write an interactive HTML view and return its path: the whole graph, or the ego graph around
        ``focus`` (a person, organisation or team), one ``doc``'s facts or one ``inspection`` cycle
        (``""`` for all cycles)."""
        from kg.views.view import write_view

        return write_view(self._built_dir(), Path(output) if output is not None else None, focus=focus, depth=depth,
                          doc=doc, inspection=inspection)

    def view_html(self, *, focus: str | None = None, depth: int = 2, doc: str | None = None,
                  inspection: str | None = None, height: int = 600) -> InlineView:
        """The same view for a notebook cell: the page inside an iframe (``srcdoc``), so the output still
        shows when the notebook is opened elsewhere; nothing is written to disk."""
        from kg.views.view import build_view, render_html

        page = render_html(build_view(self._built_dir(), focus=focus, depth=depth, doc=doc, inspection=inspection))
        return InlineView(page, height)

    def validate(self) -> list[str]:
        """SHACL violations of the graph against the project's shapes (empty when it conforms)."""
        from kg.graph.validate import validate

        return validate(self._built_dir())


def build(paths: PathLike | Sequence[PathLike] = (), out_dir: PathLike = "output", *, strict: bool = False,
          ner: str = "rules", hanlp_model: str | None = None, max_size_mb: float = 20.0, timeout: float = 60.0,
          view: bool = True, store: bool = True, progress: bool = False, jobs: int | None = None,
          executor: str = "local", scheduler: str | None = None) -> KnowledgeGraph:
    """Build a graph from files, folders or globs (none: the bundled samples) into ``out_dir``.

    Extraction runs in ``jobs`` processes (default: one per core) or on a Dask cluster (``executor="dask"``,
    ``scheduler``: its address, none for a local one); a rebuild extracts only the files that changed.

    Files that cannot be used are skipped and listed in ``.report.errors`` (with ``strict=True`` the first
    one raises :class:`~kg.errors.KgError`). ``ner="hanlp"`` adds a HanLP model to the rule-based
    mention finder (needs the ``hanlp`` extra and ``hanlp_model``).
    """
    from kg.build.builder import build as run_build

    report = run_build([paths] if isinstance(paths, (str, Path)) else list(paths), out_dir=Path(out_dir),
                       strict=strict, ner=ner, hanlp_model=hanlp_model, max_bytes=int(max_size_mb * 1024 * 1024),
                       timeout=timeout, view=view, store=store, progress=progress,
                       jobs=jobs, executor=executor, scheduler=scheduler)
    return KnowledgeGraph(out_dir, report)


def open(out_dir: PathLike = "output") -> KnowledgeGraph:  # noqa: A001 - kg.open reads as intended
    """A graph built earlier (by `kg build` or :func:`build`) in ``out_dir``."""
    out_dir = Path(out_dir)
    if not (out_dir / "graph.trig").is_file():
        raise KgError(f"no graph in {out_dir}/ (graph.trig missing): {build_first(out_dir)}")
    return KnowledgeGraph(out_dir)


def evaluate(gold_dir: PathLike, graph: KnowledgeGraph | PathLike = "output", *, part: str | None = None) -> Evaluation:
    """Score a graph (a :class:`KnowledgeGraph`, a folder written by a build, or an RDF file) against the
    ``NAME.gold.json`` files of ``gold_dir`` (format: kg/GOLD.md), only those of ``part`` in its SPLIT.tsv
    when given: ``.score``, ``.counts`` (precision, recall, F1 per fact type), ``.accuracies``, ``.report()``."""
    from kg.evaluation import evaluate_graph

    source = graph._built_dir() if isinstance(graph, KnowledgeGraph) else Path(graph)
    return evaluate_graph(gold_dir, source, part)


def extract(text: str, doc_id: str = "text", *, ner: str = "rules", hanlp_model: str | None = None) -> DocumentFacts:
    """The typed facts of one text (teams, organisations, people, posts, inspections, feedback, issues …).

    Runs the same pipeline as a build on an in-memory document; nothing is written.
    """
    if not text.strip():
        raise KgError("no text to extract from")
    return _pipeline(ner, hanlp_model)(Document(id=doc_id, original=text)).facts


@lru_cache(maxsize=4)
def _pipeline(ner: str, hanlp_model: str | None) -> Pipeline:
    """Stages are stateless, so one pipeline per configuration serves every call (a model loads once)."""
    from kg.extract.pipeline import Pipeline, pipeline_for

    config = {"mentions.hanlp": {"model": hanlp_model}} if ner == "hanlp" else {}
    return Pipeline(pipeline_for(ner), config)
