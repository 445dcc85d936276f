"""`kg export`: the built graph (OUTDIR/graph.trig) in RDF formats and in property-graph formats.

RDF formats (ttl nt trig nq jsonld) keep every quad. Property-graph formats
(graphml gexf neo4j-csv cytoscape) turn the graph into nodes and edges: every
IRI that is a subject or an object is a node with a plain-string id (the IRI);
its literals become node attributes named by the predicate's local name
(several values joined with " | ", or an array in Neo4j; an attribute whose
every value is one xsd:integer is an integer, and in Neo4j one whose every
value is an xsd:date a ``date``: GraphML and GEXF have no date type, so dates
stay ISO 8601 strings there); its rdf:type values
become a ``type`` attribute; every other IRI-to-IRI triple is an edge whose
``label`` is the predicate's local name. Output is sorted: exports of the same
build are byte-identical (GEXF aside, whose header carries the day it was written).
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.graph.rdf import ID, PREFIXES, RDF, XSD, sorted_quads, sorted_triples, to_trig, to_turtle

if TYPE_CHECKING:  # networkx is imported only when an export needs it
    import networkx as nx

FILE_NAMES = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "nq": "graph.nq", "jsonld": "graph.jsonld",
              "graphml": "graph.graphml", "gexf": "graph.gexf", "neo4j-csv": "neo4j", "cytoscape": "graph.cyjs"}
JOIN = " | "  # several literal values of one attribute, in GraphML/GEXF/Cytoscape
TYPE = RDF + "type"
# JSON-LD @context: the Turtle prefixes plus the minted namespace (a compact IRI may contain '/').
CONTEXT = {**PREFIXES, "xsr": ID}
GEXF_RENAMED = {"start": "startOffset", "end": "endOffset"}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def read_quads(outdir: Path) -> list[Quad]:
    path = Path(outdir) / "graph.trig"
    if not path.is_file():
        raise KgError(f"{path} not found: run `kg build -o {outdir}` first")
    return list(parse(path=str(path), format=RdfFormat.TRIG))


# ---------------------------------------------------------------- RDF formats

def to_ntriples(quads: Iterable[Quad]) -> bytes:
    return serialize(sorted_triples(quads), format=RdfFormat.N_TRIPLES)


def to_nquads(quads: Iterable[Quad]) -> bytes:
    return serialize(sorted_quads(quads), format=RdfFormat.N_QUADS)


def _compact(iri: str) -> str:
    """An IRI as a compact IRI of CONTEXT where one fits, else in full."""
    for prefix, ns in sorted(CONTEXT.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def to_jsonld(quads: Iterable[Quad]) -> bytes:
    """Compact JSON-LD: one @graph object per named graph, properties as compact IRIs."""
    graphs: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for q in sorted_quads(quads):
        node = graphs[q.graph_name.value][q.subject.value]
        o = q.object
        if q.predicate.value == TYPE:
            node["@type"].append(_compact(o.value))
        elif isinstance(o, NamedNode):
            node[_compact(q.predicate.value)].append({"@id": _compact(o.value)})
        elif o.language:
            node[_compact(q.predicate.value)].append({"@value": o.value, "@language": o.language})
        elif o.datatype.value == XSD + "string":
            node[_compact(q.predicate.value)].append(o.value)
        else:
            node[_compact(q.predicate.value)].append({"@value": o.value, "@type": _compact(o.datatype.value)})
    doc = {"@context": CONTEXT, "@graph": [
        {"@id": _compact(g), "@graph": [{"@id": _compact(s), **props} for s, props in nodes.items()]}
        for g, nodes in graphs.items()]}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# ---------------------------------------------------------------- property graphs

@dataclass
class PropertyGraph:
    """Nodes with string attributes and labelled edges, from the union of all document graphs."""

    types: dict[str, list[str]] = field(default_factory=dict)  # node id → class local names
    attrs: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # node id → attribute → values
    datatypes: dict[str, set[str]] = field(default_factory=dict)  # attribute → XSD datatype local names
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (source, label, target), sorted


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def property_graph(quads: Iterable[Quad]) -> PropertyGraph:
    pg = PropertyGraph()
    edges: set[tuple[str, str, str]] = set()

    def node(iri: str) -> None:
        pg.types.setdefault(iri, [])
        pg.attrs.setdefault(iri, {})

    for t in sorted_triples(quads):
        s, p, o = t.subject.value, t.predicate.value, t.object
        node(s)
        if p == TYPE:
            pg.types[s].append(local_name(o.value))
        elif isinstance(o, Literal):
            key = local_name(p)
            pg.attrs[s].setdefault(key, []).append(o.value)
            pg.datatypes.setdefault(key, set()).add(local_name(o.datatype.value))
        else:
            node(o.value)
            edges.add((s, local_name(p), o.value))
    pg.edges = sorted(edges)
    return pg


def _multi_valued(pg: PropertyGraph) -> set[str]:
    """Attributes with more than one value on some node."""
    return {k for a in pg.attrs.values() for k, v in a.items() if len(v) > 1}


def _only(pg: PropertyGraph, datatype: str) -> set[str]:
    """Attributes whose every value, on every node, is one literal of ``datatype``: typed as such on export."""
    multi = _multi_valued(pg)
    return {k for k, types in pg.datatypes.items() if types == {datatype} and k not in multi}


def _flat(pg: PropertyGraph, iri: str, integers: set[str] = frozenset()) -> dict[str, str | int]:
    """A node's attributes as single values: the ``integers`` as int, all others as one string."""
    out: dict[str, str | int] = {"iri": iri, "type": JOIN.join(pg.types[iri])}
    out.update({k: int(v[0]) if k in integers else JOIN.join(v) for k, v in sorted(pg.attrs[iri].items())})
    out.setdefault("label", local_name(iri))
    return out


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped: they become U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


def to_networkx(pg: PropertyGraph) -> nx.MultiDiGraph:
    """A networkx MultiDiGraph with plain-string ids, integer attributes as int and the others as strings
    (what write_graphml/write_gexf accept, and type as long/string)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    integers = _only(pg, "integer")
    for iri in sorted(pg.types):
        g.add_node(iri, **{k: v if isinstance(v, int) else _xml_safe(v) for k, v in _flat(pg, iri, integers).items()})
    for n, (s, label, o) in enumerate(pg.edges):
        g.add_edge(s, o, key=f"e{n}", label=label)
    return g


def to_graphml(pg: PropertyGraph) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(to_networkx(pg), buf, encoding="utf-8")
    return buf.getvalue()


def to_gexf(pg: PropertyGraph) -> bytes:
    """GEXF 1.2. networkx reads node attributes named start/end as time spells: evidence offsets are renamed.
    Edges are told apart by their ids (e0, e1 …), so networkx's multigraph key is not written as an attribute."""
    from networkx.readwrite.gexf import GEXFWriter

    class Writer(GEXFWriter):
        def add_attributes(self, node_or_edge: str, xml_obj: object, data: dict, default: dict) -> dict:
            if node_or_edge == "edge":
                data = {k: v for k, v in data.items() if k != "key"}  # networkx would write it as networkx_key
            return super().add_attributes(node_or_edge, xml_obj, data, default)

    g = to_networkx(pg)
    for _, data in g.nodes(data=True):
        for old, new in GEXF_RENAMED.items():
            if old in data:
                data[new] = data.pop(old)
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key
    writer = Writer(encoding="utf-8")
    writer.add_graph(g)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def to_cytoscape(pg: PropertyGraph) -> bytes:
    """Cytoscape.js elements JSON: ``{"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}``."""
    integers = _only(pg, "integer")
    nodes = [{"data": {"id": iri, **_flat(pg, iri, integers)}} for iri in sorted(pg.types)]
    edges = [{"data": {"id": f"e{n}", "source": s, "target": o, "label": label}}
             for n, (s, label, o) in enumerate(pg.edges)]
    doc = {"data": {"name": "xunshi-kg"}, "elements": {"nodes": nodes, "edges": edges}}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")




def _csv(rows: list[list[str]]) -> bytes:
    """RFC 4180 CSV: CRLF row ends, so that a field holding a bare CR is quoted too."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def to_neo4j_csv(pg: PropertyGraph, folder: Path) -> Path:
    """nodes.csv and relationships.csv in neo4j-admin import format.

    Labels are the node's classes (``Resource`` for an untyped node); a property with several
    values on some node is a ``string[]`` array (';'-separated, neo4j-admin's default; a ';'
    inside a value becomes '；'); integer-only properties are ``long``, date-only ones ``date``. Evidence texts may hold
    line breaks, so load with ``neo4j-admin database import full --nodes=nodes.csv
    --relationships=relationships.csv --multiline-fields=true neo4j``.
    """
    keys = sorted({k for a in pg.attrs.values() for k in a})
    multi = _multi_valued(pg)
    typed = {**{k: "long" for k in _only(pg, "integer")}, **{k: "date" for k in _only(pg, "date")}}

    def header(k: str) -> str:
        if k in multi:
            return f"{k}:string[]"
        return f"{k}:{typed[k]}" if k in typed else k

    def cell(k: str, values: list[str]) -> str:
        if k in multi:
            return ";".join(v.replace(";", "；") for v in values)
        return values[0] if values else ""

    nodes = [["iri:ID", ":LABEL", *map(header, keys)]]
    for iri in sorted(pg.types):
        attrs = pg.attrs[iri]
        nodes.append([iri, ";".join(pg.types[iri]) or "Resource", *(cell(k, attrs.get(k, [])) for k in keys)])
    rels = [[":START_ID", ":END_ID", ":TYPE"], *([s, o, label] for s, label, o in pg.edges)]
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / "nodes.csv", _csv(nodes))
    atomic_write(folder / "relationships.csv", _csv(rels))
    return folder


# ---------------------------------------------------------------- entry point

def export(outdir: Path, fmt: str, out_path: Path | None = None) -> Path:
    """Write the build in OUTDIR as ``fmt`` to ``out_path`` (default OUTDIR/export/<name>); return the path."""
    if fmt not in FILE_NAMES:
        raise KgError(f"unknown export format {fmt!r}; known: {', '.join(FILE_NAMES)}")
    out_path = Path(out_path) if out_path else Path(outdir) / "export" / FILE_NAMES[fmt]
    quads = read_quads(Path(outdir))
    rdf_writers = {"ttl": to_turtle, "nt": to_ntriples, "trig": to_trig, "nq": to_nquads, "jsonld": to_jsonld}
    if fmt in rdf_writers:
        return atomic_write(out_path, rdf_writers[fmt](quads))
    pg = property_graph(quads)
    if fmt == "neo4j-csv":
        return to_neo4j_csv(pg, out_path)
    writers = {"graphml": to_graphml, "gexf": to_gexf, "cytoscape": to_cytoscape}
    return atomic_write(out_path, writers[fmt](pg))
