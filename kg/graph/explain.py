"""`kg explain NAME`: which nodes carry a name, what each was merged from, and why.

A name (市委, 某某省委第九巡视组, 王伟) may label several nodes: one per thing the graph holds
(kg.graph.identity keeps 市委 of two unrelated documents apart, and joins 中共某某省委 and 某某省委).
For each node this reads, document by document (each document's named graph): the forms that
document wrote, the identity basis it gave (``xs:identityBasis``) and the sentences behind it,
then says why the nodes are one or several.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.graph.namespaces import ID
from kg.graph.store import KnowledgeStore

KINDS = {"http://www.w3.org/ns/org#Organization": "organisation",
         "https://w3id.org/xunshi/ontology#InspectionTeam": "team", "http://xmlns.com/foaf/0.1/Person": "person"}
MAX_EVIDENCE = 3  # sentences shown per node and document

NODES = """
SELECT DISTINCT ?node ?cls ?label ?doc ?form ?basis WHERE {
  VALUES ?name { %s }
  { ?node rdfs:label ?name } UNION { ?node skos:altLabel ?name }
  ?node a ?cls ; rdfs:label ?label .
  FILTER(?cls IN (org:Organization, xs:InspectionTeam, foaf:Person))
  GRAPH ?g {
    ?node prov:wasDerivedFrom ?d .
    OPTIONAL { ?node xs:identityBasis ?basis }
    OPTIONAL { { ?node rdfs:label ?form } UNION { ?node skos:altLabel ?form } }
  }
  ?d dcterms:identifier ?doc .
}"""

EVIDENCE = """
SELECT DISTINCT ?node ?doc ?start ?end ?text WHERE {
  VALUES ?node { %s }
  ?node xs:evidence ?e .
  ?e xs:text ?text ; xs:start ?start ; xs:end ?end ; xs:inDocument/dcterms:identifier ?doc .
} ORDER BY ?node ?doc ?start"""


@dataclass
class Source:
    """What one document says of a node."""

    forms: set[str] = field(default_factory=set)
    bases: set[str] = field(default_factory=set)
    evidence: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class NodeReport:
    iri: str
    kind: str
    label: str
    sources: dict[str, Source] = field(default_factory=dict)  # document id → what it says

    @property
    def scoped(self) -> bool:
        return self.iri.startswith(ID + "doc/")


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def explain(store: KnowledgeStore, name: str) -> list[NodeReport]:
    """The nodes labelled ``name`` (rdfs:label or skos:altLabel; a Traditional name is looked up in
    Simplified too), sorted: merged nodes first, then by IRI."""
    from kg.extract.normalise import to_simplified

    names = {name.strip(), to_simplified(name.strip())[0]}
    reports: dict[str, NodeReport] = {}
    for r in store.query(NODES % " ".join(_literal(n) for n in sorted(names))):
        node = reports.setdefault(r["node"], NodeReport(r["node"], KINDS[r["cls"]], r["label"]))
        source = node.sources.setdefault(r["doc"], Source())
        if r["form"]:
            source.forms.add(r["form"])
        if r["basis"]:
            source.bases.add(r["basis"])
    if reports:
        for r in store.query(EVIDENCE % " ".join(f"<{iri}>" for iri in sorted(reports))):
            source = reports[r["node"]].sources.get(r["doc"])
            if source is not None and len(source.evidence) < MAX_EVIDENCE:
                source.evidence.append((r["start"], r["end"], r["text"]))
    return sorted(reports.values(), key=lambda n: (-len(n.sources), n.iri))


def verdict(nodes: list[NodeReport]) -> str:
    """Why these nodes are one or several, in words."""
    if not nodes:
        return "no team, organisation or person carries this name"
    scoped = [n for n in nodes if n.scoped]
    merged = [n for n in nodes if len(n.sources) > 1]
    lines = []
    if merged:
        lines.append(f"{len(merged)} node(s) merge several documents: each document gave the same identity key "
                     "(its basis is listed per document)")
    if scoped:
        lines.append(f"{len(scoped)} node(s) are scoped to one document: the name stays unqualified there, so it "
                     "is never merged by its string with another document's")
    if len(nodes) - len(scoped) > 1:
        lines.append("the global nodes are kept apart because their keys differ (another place, dispatcher, "
                     "period or the organisations of a person's posts)")
    return "; ".join(lines)


def render(name: str, nodes: list[NodeReport]) -> str:
    """The explanation as text, for the command line."""
    out = [f"{name}: {len(nodes)} node(s)"]
    for n in nodes:
        scope = "document-scoped" if n.scoped else "global"
        out.append("")
        out.append(f"{n.kind} {n.label}  [{scope}, {len(n.sources)} document(s)]")
        out.append(f"  {n.iri}")
        for doc, s in sorted(n.sources.items()):
            out.append(f"  from {doc}: written as {', '.join(sorted(s.forms)) or n.label}")
            for basis in sorted(s.bases):
                out.append(f"    why: {basis}")
            for start, end, text in s.evidence:
                out.append(f"    evidence [{start}-{end}]: {text if len(text) <= 80 else text[:79] + '…'}")
    out.append("")
    out.append(verdict(nodes))
    return "\n".join(out)


def explain_text(out_dir: Path | str, name: str) -> str:
    return render(name, explain(KnowledgeStore(out_dir), name))
