"""The persistent Oxigraph store: OUTDIR/graph.trig loaded once, queried many times.

`kg build` writes the store next to graph.trig; `kg query`, `kg serve`,
`kg push` and the Python API read it. The store holds each document's named
graph (for provenance and `kg push`) and, as its default graph, their union
(the RDF merge), so users write plain SPARQL without GRAPH clauses. The union
is materialised rather than asked for with Oxigraph's union-default-graph
option, because that option yields a triple once per graph holding it: a role
or category named in every document multiplied the rows of a join by the
number of documents (a canned query took 15 s on 100 k quads instead of 0.1 s).
The store is built in a temporary folder and swapped in by rename, so an
interrupted build leaves the previous store whole.
"""
from __future__ import annotations

import datetime
import json
import logging
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.atomic import current_umask
from kg.errors import KgError, build_first

if TYPE_CHECKING:
    import rdflib

log = logging.getLogger(__name__)

STORE_DIR = "store"
TRIG_FILE = "graph.trig"

# Prefixes every query may use without declaring them: the public vocabulary (../VOCABULARY.md).
PREFIXES: dict[str, str] = {
    "xs": "https://w3id.org/xunshi/ontology#",
    "xsr": "https://w3id.org/xunshi/id/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Value = str | int | float | bool | None

_XSD = PREFIXES["xsd"]
# XSD datatypes returned as Python numbers / booleans by :meth:`Rows.records`; others stay strings.
_PYTHON_TYPES: dict[str, type] = {
    _XSD + "integer": int, _XSD + "int": int, _XSD + "long": int, _XSD + "nonNegativeInteger": int,
    _XSD + "decimal": float, _XSD + "double": float, _XSD + "float": float,
}


def store_path(out_dir: Path | str) -> Path:
    """Where a build keeps its store: OUTDIR/store/."""
    return Path(out_dir) / STORE_DIR


def write_store(out_dir: Path | str) -> Path:
    """Load OUTDIR/graph.trig into OUTDIR/store/, replacing the previous store only once the new one is whole."""
    out_dir = Path(out_dir)
    trig = out_dir / TRIG_FILE
    if not trig.is_file():
        raise KgError(f"{trig} not found: {build_first(out_dir)}")
    target = store_path(out_dir)
    tmp = Path(tempfile.mkdtemp(prefix=".store.", suffix=".tmp", dir=out_dir))
    tmp.chmod(0o777 & ~current_umask())  # mkdtemp makes 0700; the store is as shareable as graph.ttl
    try:
        store = ox.Store(str(tmp))
        try:
            store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                              for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
        except SyntaxError as e:
            raise KgError(f"cannot load {trig}: {_one_line(e)}") from e
        store.flush()
        store.optimize()
        del store  # closes the database before its folder moves
        _swap(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; the old store is moved aside first and restored if the move fails."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.{datetime.datetime.now():%Y%m%d%H%M%S%f}.old")
        target.rename(old)
    try:
        new.rename(target)
    except BaseException:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@dataclass
class Rows:
    """The answer to a SELECT query: variable names and one tuple of terms (None = unbound) per solution."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Term | None, ...]]:
        return iter(self.rows)

    def column(self, name: str) -> list[Value]:
        """One variable's plain values, in row order."""
        i = self.variables.index(name)
        return [python_value(row[i]) for row in self.rows]

    def records(self) -> list[dict[str, Value]]:
        """Rows as dicts of plain Python values: IRIs and strings as str, numbers as numbers."""
        return [{v: python_value(t) for v, t in zip(self.variables, row)} for row in self.rows]


def python_value(term: Term | None) -> Value:
    """A term as a plain Python value (IRI → str, xsd:integer → int, xsd:boolean → bool …)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = _PYTHON_TYPES.get(term.datatype.value)
        try:
            if kind is not None:
                return kind(term.value)
        except ValueError:
            return term.value
        if term.datatype.value == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


class KnowledgeStore:
    """A built store opened read-only: SPARQL over the union of the document graphs (the default graph).

    Read-only opening takes no lock, so several readers and a read-only
    `kg serve` can use the same store at once.
    """

    def __init__(self, out_dir: Path | str):
        self.out_dir = Path(out_dir)
        path = store_path(self.out_dir)
        if not path.is_dir():
            raise KgError(f"no store at {path}: {build_first(self.out_dir)}")
        try:
            self._store = ox.Store.read_only(str(path))
        except OSError as e:
            raise KgError(f"cannot open the store at {path}: {e}") from e

    def execute(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run any query; the result is pyoxigraph's (solutions, boolean or triples)."""
        try:
            return self._store.query(sparql, prefixes=PREFIXES)
        except SyntaxError as e:
            if is_update(sparql):
                raise KgError(UPDATE_REFUSED) from e
            raise KgError(f"bad SPARQL: {readable_syntax_error(str(e), sparql)}") from e
        except OSError as e:
            raise KgError(f"query failed: {_one_line(e)}") from e

    def select(self, sparql: str) -> Rows:
        """Run a SELECT query and collect its solutions."""
        result = self.execute(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise KgError("expected a SELECT query")
        variables = [v.value for v in result.variables]
        return Rows(variables, [tuple(s[v] for v in variables) for s in result])

    def query(self, sparql: str) -> list[dict[str, Value]]:
        """Run a SELECT query; one dict of plain Python values per solution."""
        return self.select(sparql).records()

    def named_graphs(self) -> list[ox.NamedNode]:
        """The document graphs, sorted by IRI."""
        return sorted((g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)

    def dump_graph(self, graph: ox.NamedNode, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
        """One named graph serialised as triples."""
        return self._store.dump(format=format, from_graph=graph)

    def __len__(self) -> int:
        """The number of triples (in the union of the document graphs)."""
        (solution,) = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(solution["n"].value)

    def rdflib_dataset(self) -> "rdflib.Dataset":
        """The store as an rdflib Dataset (through oxrdflib, no copy; read-only; default graph = the union)."""
        import rdflib
        from oxrdflib import OxigraphStore

        dataset = rdflib.Dataset(store=OxigraphStore(store=self._store))
        for prefix, iri in PREFIXES.items():
            dataset.bind(prefix, iri, override=True)
        return dataset


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())


UPDATE_REFUSED = ("SPARQL updates (INSERT, DELETE, LOAD, CLEAR …) are not allowed: the store is read-only; "
                  "change the documents and build again")
# The prologue (comments, BASE and PREFIX declarations) and then an update operation's first keyword.
_UPDATE = re.compile(r"(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
# Oxigraph lists the characters it expected as Rust ranges (['A' ..= 'Z' | '\u{00C0}'..= …]); a class
# of one character is shown as that character, a range of letters as "a name", of digits as "a number".
_CHAR_CLASS = re.compile(r"\[(?:[^\[\]']|'[^']*')*\]")
_SINGLE_CHAR = re.compile(r"\['(.|\\\\)'\]")
MAX_EXPECTED = 8  # tokens listed after "expected one of"
MAX_NEAR = 20  # characters of the query shown where the error is
CLOSERS = ('"}"', '")"', '"]"')


def is_update(sparql: str) -> bool:
    """The text is a SPARQL Update request (INSERT DATA …), not a query."""
    return _UPDATE.match(sparql) is not None


def readable_syntax_error(message: str, sparql: str = "") -> str:
    """Oxigraph's parse error on one line a person can read: position (and the text there, given the query),
    and what was expected, the Unicode ranges of its grammar told as "a name" or "a number" (the raw
    message runs to 600 characters over several lines)."""
    m = _SYNTAX_ERROR.match(message.strip())
    if m is None:
        return " ".join(message.split())
    line, column, rest = m.groups()
    where = f"line {line}, column {column}"
    lines = sparql.splitlines()
    if 0 < int(line) <= len(lines):
        near = " ".join(lines[int(line) - 1][int(column) - 1:].split())
        where += f" (near {json.dumps(near[:MAX_NEAR] + ('…' if len(near) > MAX_NEAR else ''), ensure_ascii=False)})" \
            if near else " (at the end of the query)" if int(line) == len(lines) else " (at the end of the line)"
    if rest.strip() == "expected CONSTRUCT":  # the parser's last alternative for the query form
        return f"{where}: expected SELECT, CONSTRUCT, ASK or DESCRIBE"
    if "Prefix not found" in rest:
        before = lines[int(line) - 1][:int(column) - 1] if 0 < int(line) <= len(lines) else ""
        name = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
        if name:
            return f"{where}: unknown prefix {name.group(1) or ''}: (declare it with PREFIX; predeclared: " \
                   f"{' '.join(p + ':' for p in PREFIXES)})"
        return f"{where}: unknown prefix (declare it with PREFIX; predeclared: {' '.join(p + ':' for p in PREFIXES)})"
    if not rest.startswith("expected one of "):
        return f"{where}: {' '.join(rest.split())}"

    def token(cls: re.Match[str]) -> str:
        single = _SINGLE_CHAR.fullmatch(cls.group())
        if single:
            return json.dumps(single.group(1))
        return "a name" if "'A'" in cls.group() else "a number" if "'0'" in cls.group() else "a character"

    items = [t.strip() for t in _CHAR_CLASS.sub(token, rest[len("expected one of "):]).split(", ")]
    # What closes a group first (an unclosed { is the commonest slip), then words, then other punctuation.
    expected = sorted(dict.fromkeys(t for t in items if t),
                      key=lambda t: (t not in CLOSERS, not t.strip('"').isalpha() and not t.startswith("a ")))
    shown = ", ".join(expected[:MAX_EXPECTED]) + (", …" if len(expected) > MAX_EXPECTED else "")
    return f"{where}: expected one of {shown}"
