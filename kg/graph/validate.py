"""`kg validate`: check a built graph against the SHACL shapes, and say in words what is wrong.

The shapes (``ontology/shapes.ttl``) are checked with the ontology's class
hierarchy added, so that a team counts as an organisation
(``xs:InspectionTeam ⊑ org:Organization``).
Violations fail validation; warnings (an inspection whose text names no team)
are logged only.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.term import Node

from kg.errors import KgError, build_first
from kg.paths import ontology_dir

ONTOLOGY_DIR = ontology_dir()
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY = ONTOLOGY_DIR / "xunshi.ttl"
XSH = Namespace("https://w3id.org/xunshi/shapes#")
MAX_WARNINGS = 20  # warnings logged in full; the rest are counted

log = logging.getLogger(__name__)


def load_graph(outdir: Path) -> Graph:
    """The union of all document graphs of a build (its graph.ttl)."""
    path = Path(outdir) / "graph.ttl"
    if not path.is_file():
        raise KgError(f"{path} not found: {build_first(outdir)}")
    return Graph().parse(path, format="turtle")


def check(data: Graph) -> tuple[list[str], list[str]]:
    """Validate ``data`` (adding the class hierarchy to it); return the violations and warnings, one line each."""
    from pyshacl import validate as shacl

    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    # Only the class hierarchy matters to the shapes: adding it in place is far cheaper than
    # pySHACL's ont_graph mix-in, which clones the whole data graph.
    data += ontology.triples((None, RDFS.subClassOf, None))
    _conforms, report, _text = shacl(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    violations, warnings = [], []
    for result in report.subjects(SH.resultSeverity, None):
        line = _describe(data, shapes, report, result)
        (violations if report.value(result, SH.resultSeverity) == SH.Violation else warnings).append(line)
    return sorted(violations), sorted(warnings)


def _describe(data: Graph, shapes: Graph, report: Graph, result: Node) -> str:
    """``<label> <iri>: <shape> <path>: <message> (value …)``."""
    focus = report.value(result, SH.focusNode)
    label = data.value(focus, RDFS.label)
    shape = report.value(result, SH.sourceShape)
    owner = shapes.value(None, SH.property, shape) if shape is not None else None
    shape_name = _short(owner if owner is not None else shape)
    path = report.value(result, SH.resultPath)
    message = report.value(result, SH.resultMessage) or report.value(result, SH.sourceConstraintComponent)
    value = report.value(result, SH.value)
    parts = [f"{label} <{focus}>" if label is not None else f"<{focus}>", ": ", shape_name]
    if path is not None:
        parts.append(f" {_short(path)}")
    parts.append(f": {message}")
    if value is not None and value != focus:
        shown = json.dumps(str(value), ensure_ascii=False) if isinstance(value, Literal) else f"<{value}>"
        parts.append(f" (value {shown})")
    return "".join(parts)


def _short(node: Node | None) -> str:
    if isinstance(node, URIRef):
        for prefix, ns in (("xsh", str(XSH)), ("xs", "https://w3id.org/xunshi/ontology#"),
                           ("org", "http://www.w3.org/ns/org#"), ("prov", "http://www.w3.org/ns/prov#"),
                           ("rdfs", str(RDFS)), ("skos", "http://www.w3.org/2004/02/skos/core#"),
                           ("dcterms", "http://purl.org/dc/terms/")):
            if node.startswith(ns):
                return f"{prefix}:{node[len(ns):]}"
        return f"<{node}>"
    return "shape" if node is None else str(node)


def validate(outdir: Path) -> list[str]:
    """Check OUTDIR/graph.ttl; log warnings and return one line per violation (empty: the graph conforms)."""
    violations, warnings = check(load_graph(outdir))
    for line in warnings[:MAX_WARNINGS]:
        log.warning("%s", line)
    if len(warnings) > MAX_WARNINGS:
        log.warning("… and %d more warning(s)", len(warnings) - MAX_WARNINGS)
    return violations
