"""Interactive HTML views of the built graph: the whole graph, an ego view, one document, one inspection cycle;
and for big builds a summary with detail pages, computed from the store (see "summary" below).

Reads OUTDIR/graph.trig into a small typed graph (nodes with a class, labels, source documents and
evidence sentences; edges with a Chinese label and the English term), picks the nodes a view shows,
lays out big views beforehand with networkx, and writes one self-contained UTF-8 page: the
vis-network library shipped with pyvis inlined, no remote reference of any kind. Document text
travels only as JSON data (``<``, ``>``, ``&`` escaped) and reaches the page as DOM text nodes; a
Content-Security-Policy lets only the page's own scripts run, so a hostile document cannot execute.
"""
from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
import shlex
import shutil
import tempfile
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from itertools import islice
from pathlib import Path
from string import Template
from typing import NamedTuple

from kg.errors import KgError, given, setting
from kg.graph.namespaces import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XS

RDF_TYPE = RDF + "type"

NODE_BUDGET = 150  # above this the whole view folds classes into tooltips (FOLDS), so labels stay legible
LAYOUT_LIMIT = 300  # above this many nodes, positions come from networkx and the browser runs no physics
LAYOUT_UNIT = 90.0  # pixels between a node and its children in precomputed layouts
SPRING_LIMIT = 1500  # networkx's spring layout is O(n²) per step: bigger 2-cores get a radial tree layout
LABEL_CHARS = 16  # longer names are cut on the canvas; the tooltip has the full text
STATEMENT_CHARS = 12  # issues, measures and recommendations are sentences: shorter still
STATEMENTS = {"issue", "measure", "recommendation"}
EVIDENCE_SHOWN = 3  # evidence sentences per tooltip
EVIDENCE_CHARS = 240
FOLDED_SHOWN = 8  # folded measures/recommendations listed in their parent's tooltip
CANDIDATES_SHOWN = 12  # nodes listed when a --focus name matches several

# What the whole view folds, in turn, while it has more than NODE_BUDGET nodes: a class, and the link
# to the node whose tooltip lists the folded ones (documents need none: every tooltip names its sources).
FOLDS: tuple[tuple[str, str], ...] = (
    ("measure", "xs:addresses"),
    ("recommendation", "xs:madeAt"),
    ("issue", "xs:foundIn"),
    ("document", ""),
    ("feedback", "xs:ofInspection"),
)


@dataclass(frozen=True)
class NodeKind:
    """A class of node as drawn: legend name, vocabulary term, colour and vis-network shape."""

    key: str
    zh: str
    term: str
    color: str
    shape: str
    size: int
    font: int  # label size in screen pixels at any zoom (view.js draws labels), never under 12 so it reads
    rank: int  # label priority where labels compete for room: lower first (the picture's structure before detail)


# Legend order. Colours from the Tableau-10 palette (distinct, readable on white); shapes differ
# too, so the classes stay apart in print and for colour-blind readers. Sizes in pixels at zoom 1.
KINDS: tuple[NodeKind, ...] = (
    NodeKind("team", "巡视/巡察组", "xs:InspectionTeam", "#e15759", "diamond", 22, 15, 0),
    NodeKind("organisation", "组织", "org:Organization", "#4e79a7", "hexagon", 18, 14, 2),
    NodeKind("person", "人员", "foaf:Person", "#f28e2b", "dot", 14, 14, 3),
    NodeKind("inspection", "巡视/巡察", "xs:Inspection", "#b07aa1", "star", 24, 14, 1),
    NodeKind("feedback", "反馈", "xs:Feedback", "#76b7b2", "triangle", 16, 13, 4),
    NodeKind("issue", "问题", "xs:Issue", "#edc948", "square", 11, 12, 6),
    NodeKind("measure", "整改措施", "xs:Measure", "#59a14f", "dot", 7, 12, 8),
    NodeKind("recommendation", "意见建议", "xs:Recommendation", "#ff9da7", "triangleDown", 10, 12, 7),
    NodeKind("document", "文档", "xs:Document", "#9c755f", "box", 14, 13, 5),
)
KIND = {k.key: k for k in KINDS}
KIND_ORDER = {k.key: i for i, k in enumerate(KINDS)}

# rdf:type → kind, most specific first (a team is also an org:Organization, a report an xs:Document).
TYPE_KIND: tuple[tuple[str, str], ...] = (
    (XS + "FeedbackReport", "document"),
    (XS + "RectificationReport", "document"),
    (XS + "Document", "document"),
    (XS + "InspectionTeam", "team"),
    (XS + "Inspection", "inspection"),
    (XS + "Feedback", "feedback"),
    (XS + "Issue", "issue"),
    (XS + "Measure", "measure"),
    (XS + "Recommendation", "recommendation"),
    (FOAF + "Person", "person"),
    (ORG + "Organization", "organisation"),
)


@dataclass(frozen=True)
class LinkKind:
    """How a predicate is drawn: a Chinese edge label, the vocabulary term and an English gloss on hover."""

    zh: str
    term: str
    gloss: str


LINKS: dict[str, LinkKind] = {
    XS + "team": LinkKind("实施组", "xs:team", "the team that carried it out"),
    XS + "target": LinkKind("对象", "xs:target", "the organisation inspected / given feedback"),
    XS + "dispatchedBy": LinkKind("派出", "xs:dispatchedBy", "the party committee that sent the team"),
    ORG + "subOrganizationOf": LinkKind("隶属", "org:subOrganizationOf", "part of"),
    XS + "ofInspection": LinkKind("所属巡视", "xs:ofInspection", "the inspection this feedback reports on"),
    XS + "presidedBy": LinkKind("主持", "xs:presidedBy", "who presided over the meeting"),
    XS + "foundIn": LinkKind("发现于", "xs:foundIn", "the inspection that found the issue"),
    XS + "addresses": LinkKind("整改", "xs:addresses", "the issue this measure rectifies"),
    XS + "madeAt": LinkKind("提出于", "xs:madeAt", "the feedback where it was made"),
}
MEMBERSHIP = LinkKind("职务", "org:Membership", "a post held (org:member, org:role, org:organization)")
DERIVED = LinkKind("出自", "prov:wasDerivedFrom", "the document it was found in")

# Literal properties shown in tooltips, with their Chinese names.
ATTRS: dict[str, str] = {
    DCTERMS + "identifier": "编号",
    DCTERMS + "title": "标题",
    DCTERMS + "issued": "发布日期",
    DCTERMS + "source": "发布单位",
    DCTERMS + "creator": "作者",
    XS + "teamKind": "类型",
    XS + "ordinal": "序号",
    XS + "mode": "方式",
    XS + "round": "轮次",
    XS + "startDate": "开始",
    XS + "endDate": "结束",
    XS + "date": "日期",
    XS + "issuesReported": "反馈问题数",
    XS + "issuesRectified": "已整改数",
    XS + "issuesOngoing": "整改中数",
}
STATUS = {XS + "Rectified": "已整改", XS + "Ongoing": "整改中"}

# The predicates a view reads; the parser skips all others (most of a big graph's triples).
READ = {RDF_TYPE, RDFS + "label", SKOS + "altLabel", SKOS + "prefLabel", XS + "text", XS + "start", XS + "end",
        XS + "evidence", XS + "inDocument", PROV + "wasDerivedFrom", XS + "category", XS + "status",
        ORG + "member", ORG + "role", ORG + "organization", *ATTRS, *LINKS}


@dataclass
class Node:
    """One drawable resource and everything its tooltip says."""

    id: str
    kind: str
    label: str
    alt: list[str] = field(default_factory=list)
    attrs: list[tuple[str, str]] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)  # identifiers of the documents it was found in
    evidence: list[tuple[str, str, int, int]] = field(default_factory=list)  # text, document, start, end
    page: str = ""  # a summary's node: the detail page beside it (graph-dispatcher-….html) that draws it
    command: str = ""  # a summary's node: the `kg viz --focus` command that draws its neighbourhood
    unread_evidence: int = 0  # evidence a detail page did not read (it reads the EVIDENCE_SHOWN its tooltip shows)

    def names(self) -> list[str]:
        return [self.label, *self.alt]


@dataclass(frozen=True)
class Edge:
    """A drawn link, in RDF direction (subject → object)."""

    source: str
    target: str
    link: LinkKind
    label: str  # usually link.zh; a membership edge shows the post (组长, 区委书记)


@dataclass
class ViewGraph:
    """The built graph reduced to what views draw, with the named graphs each node and edge was stated in."""

    nodes: dict[str, Node]
    edges: list[Edge]
    edge_graphs: dict[Edge, set[str]]
    node_graphs: dict[str, set[str]]
    derived: dict[str, list[str]]  # node id → ids of the document nodes it was derived from
    doc_ids: dict[str, str]  # document node id → dcterms:identifier
    doc_graphs: dict[str, set[str]]  # document node id → its named graph(s)


Positions = dict[str, tuple[float, float]]


class Layout(NamedTuple):
    """Positions laid out for a view, and the digest of the nodes and links they were laid out for."""

    key: str
    positions: Positions


@dataclass
class View:
    """What one page draws. ``len(view.nodes)`` is the number of nodes the browser must render."""

    title: str
    nodes: list[Node]
    edges: list[Edge]
    notes: list[str] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)  # node ids drawn larger and selected first
    positions: Positions | None = None  # set above LAYOUT_LIMIT: physics off
    layout_key: str = ""  # with positions: the digest of the nodes and links they were laid out for (_layout_key)
    pages: list[tuple[str, str]] = field(default_factory=list)  # (name, file beside this one) listed as links


# ---------------------------------------------------------------------------------------------- reading


def read_graph(outdir: Path) -> ViewGraph:
    """Parse OUTDIR/graph.trig into nodes (with tooltips' content) and drawable edges."""
    import pyoxigraph as ox

    path = Path(outdir) / "graph.trig"
    if not path.is_file():
        raise KgError(f"{outdir} has no graph.trig: run `kg build -o {outdir}` first")
    try:
        return graph_of_quads(ox.parse(path=path, format=ox.RdfFormat.TRIG, lenient=True))
    except SyntaxError as e:
        raise KgError(f"{path}: not valid TriG ({e})") from e


def graph_of_quads(quads: Iterable) -> ViewGraph:  # quads: pyoxigraph.Quad or Triple
    """The view's graph of some quads: all of graph.trig for the views of `kg viz`, or the part of a store
    a detail page of the summary draws (:func:`dispatcher_view`)."""
    import pyoxigraph as ox

    types: dict[str, set[str]] = defaultdict(set)
    literals: dict[tuple[str, str], list[str]] = defaultdict(list)
    links: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    subject_graphs: dict[str, set[str]] = defaultdict(set)
    for quad in quads:
        p = quad.predicate.value
        if p not in READ:
            continue
        s, o = quad.subject.value, quad.object
        if isinstance(o, ox.Literal):
            literals[(s, p)].append(o.value)
            continue
        g = getattr(getattr(quad, "graph_name", None), "value", "")  # "" for the default graph (and triples)
        if p == RDF_TYPE:
            types[s].add(o.value)
            subject_graphs[s].add(g)  # every extracted node is typed in each graph it is found in
        else:
            links[(s, p, o.value)].add(g)

    def first(s: str, p: str) -> str | None:
        values = literals.get((s, p))
        return min(values) if values else None

    nodes: dict[str, Node] = {}
    for s, ts in types.items():
        kind = next((k for t, k in TYPE_KIND if t in ts), None)
        if kind is None:
            continue
        label = first(s, RDFS + "label")
        if kind == "document":
            label = first(s, DCTERMS + "title") or first(s, DCTERMS + "identifier") or label
        alt = sorted(set(literals.get((s, SKOS + "altLabel"), ())) - {label})
        attrs = [(name, v) for p, name in ATTRS.items() for v in sorted(set(literals.get((s, p), ()))) if v != label]
        nodes[s] = Node(s, kind, label or "", alt, attrs)

    doc_ids = {s: first(s, DCTERMS + "identifier") or n.label for s, n in nodes.items() if n.kind == "document"}
    derived: dict[str, list[str]] = defaultdict(list)
    evidence: dict[str, list[str]] = defaultdict(list)
    in_document: dict[str, str] = {}
    memberships: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    membership_graphs: dict[str, set[str]] = defaultdict(set)
    edge_graphs: dict[Edge, set[str]] = defaultdict(set)
    for (s, p, o), gs in links.items():
        if p == PROV + "wasDerivedFrom" and s in nodes and o in doc_ids:
            derived[s].append(o)
        elif p == XS + "evidence":
            evidence[s].append(o)
        elif p == XS + "inDocument":
            in_document[s] = o
        elif p in (ORG + "member", ORG + "role", ORG + "organization"):
            memberships[s][p].append(o)
            membership_graphs[s] |= gs
        elif p == XS + "category" and s in nodes:
            category = first(o, SKOS + "prefLabel") or first(o, RDFS + "label")
            if category:
                nodes[s].attrs.append(("问题类别", category))
        elif p == XS + "status" and s in nodes:
            nodes[s].attrs.append(("状态", STATUS.get(o, _local_name(o))))
        elif p in LINKS and s in nodes and o in nodes:
            edge_graphs[Edge(s, o, LINKS[p], LINKS[p].zh)] |= gs

    for s, node in nodes.items():
        node.evidence = sorted(
            ((_cut(first(e, XS + "text") or "", EVIDENCE_CHARS), doc_ids.get(in_document.get(e, ""), ""),
              _int(first(e, XS + "start")), _int(first(e, XS + "end")))
             for e in evidence.get(s, []) if first(e, XS + "text")),
            key=lambda ev: (ev[1], ev[2], ev[3]))  # document order
        node.docs = sorted({doc_ids[d] for d in derived.get(s, [])} | {d for _, d, _, _ in node.evidence if d})

    # A membership is drawn as an edge person → organisation labelled with the post; a post whose
    # organisation the text does not give is listed in the person's tooltip.
    posts: dict[tuple[str, str], list[str]] = defaultdict(list)
    post_graphs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m, props in memberships.items():
        roles = [first(r, RDFS + "label") or _local_name(r) for r in props.get(ORG + "role", [])]
        for person in props.get(ORG + "member", []):
            if person not in nodes:
                continue
            orgs = [o for o in props.get(ORG + "organization", []) if o in nodes]
            for o in orgs:
                posts[(person, o)] += roles
                post_graphs[(person, o)] |= membership_graphs[m]
            if not orgs:
                nodes[person].attrs += [("职务", r) for r in roles]
    for (person, o), roles in posts.items():
        label = "、".join(sorted(set(roles))) or MEMBERSHIP.zh
        edge_graphs[Edge(person, o, MEMBERSHIP, label)] |= post_graphs[(person, o)]

    _name_activities(nodes, edge_graphs)
    doc_graphs = {d: subject_graphs[d] - {""} for d in doc_ids}
    node_graphs = {s: subject_graphs[s] for s in nodes}
    return ViewGraph(nodes, sorted(edge_graphs, key=_edge_key), dict(edge_graphs), node_graphs,
                          dict(derived), doc_ids, doc_graphs)


def _name_activities(nodes: dict[str, Node], edges: Iterable[Edge]) -> None:
    """Inspections and feedback have no rdfs:label: call them by kind and first target (巡察：下花园区委);
    anything else unlabelled by its class and IRI's last segment."""
    targets: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for e in edges:
        if e.link.term == "xs:target":
            targets[e.source].append(nodes[e.target].label)
        elif e.link.term == "xs:team":
            kinds[e.source] = dict(nodes[e.target].attrs).get("类型", "")
    for n in nodes.values():
        if not n.label and targets[n.id]:
            prefix = KIND[n.kind].zh if n.kind == "feedback" else kinds.get(n.id) or KIND[n.kind].zh
            n.label = prefix + "：" + min(targets[n.id])
        n.label = n.label or f"{KIND[n.kind].zh} {_local_name(n.id)}"


def _local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def _int(value: str | None) -> int:
    try:
        return int(value) if value is not None else -1
    except ValueError:
        return -1


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edge_key(e: Edge) -> tuple[str, str, str]:
    return (e.source, e.target, e.label)


# ---------------------------------------------------------------------------------------------- views


def whole_view(kg: ViewGraph) -> View:
    """Every node; above NODE_BUDGET, whole classes fold into the tooltips of the nodes they hang from (FOLDS)."""
    view = View("巡视巡察知识图谱 · 全图", _sorted(kg.nodes.values()), list(kg.edges))
    folded: list[tuple[str, int]] = []
    for kind, term in FOLDS:
        if len(view.nodes) <= NODE_BUDGET:
            break
        count = _fold(view, kind, term)
        if count:
            folded.append((kind, count))
    if folded:
        zh = "、".join(f"{n} 个{KIND[k].zh}" for k, n in folded)
        en = ", ".join(f"{n} {k}" for k, n in folded)
        view.notes.append(f"节点超过 {NODE_BUDGET} 个：已将 {zh}并入相连节点的提示框"
                          f"（folded into tooltips: {en}; --doc and --inspection draw them）。")
    return view


def _fold(view: View, kind: str, term: str) -> int:
    """Remove nodes of ``kind`` and list their labels in the tooltip of the node they link to via ``term``."""
    gone = {n.id: n for n in view.nodes if n.kind == kind}
    children: dict[str, list[str]] = defaultdict(list)
    for e in view.edges:
        if e.source in gone and e.link.term == term:
            children[e.target].append(gone[e.source].label)
    listed: dict[str, list[tuple[str, str]]] = {}
    for parent, labels in children.items():
        listed[parent] = [(f"{KIND[kind].zh}（{len(labels)}）", "")]
        listed[parent] += [("·", _cut(label, 80)) for label in sorted(labels)[:FOLDED_SHOWN]]
        if len(labels) > FOLDED_SHOWN:
            listed[parent].append(("·", f"…… 另 {len(labels) - FOLDED_SHOWN} 条"))
    view.nodes = [replace(n, attrs=n.attrs + listed[n.id]) if n.id in listed else n
                  for n in view.nodes if n.id not in gone]
    view.edges = [e for e in view.edges if e.source not in gone and e.target not in gone]
    return len(gone)


def focus_view(kg: ViewGraph, name: str, depth: int) -> View:
    """The person, organisation or team ``name`` designates (see _match) and all nodes within ``depth`` hops."""
    if depth < 0:
        raise KgError(f"{given('depth', depth)}: the depth must be 0 or more")
    candidates = [n for n in kg.nodes.values() if n.kind in ("person", "organisation", "team")]
    centre = _match(candidates, name, "person, organisation or team")
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in kg.edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
    seen = {centre.id: 0}
    queue = deque(seen)
    while queue:
        current = queue.popleft()
        if seen[current] == depth:
            continue
        for nxt in adjacent[current]:
            if nxt not in seen:
                seen[nxt] = seen[current] + 1
                queue.append(nxt)
    return View(f"焦点：{centre.label}（{depth} 跳）", _sorted(kg.nodes[i] for i in seen),
                [e for e in kg.edges if e.source in seen and e.target in seen], focus=[centre.id])


def doc_view(kg: ViewGraph, doc: str) -> View:
    """One document's named graph: its node, everything derived from it and the links it states."""
    docs = {ident: d for d, ident in kg.doc_ids.items()}
    key = doc.removesuffix(".txt")
    matches = [i for i in docs if i == key] or [i for i in docs if i.startswith(key)]
    if len(matches) != 1:
        listed = ", ".join(sorted(docs)[:10]) + (" …" if len(docs) > 10 else "")
        what = "matches several documents" if matches else "is not a document of this graph"
        raise KgError(f"{given('doc', doc)} {what}; documents: {listed or 'none'}")
    d = docs[matches[0]]
    graphs = kg.doc_graphs[d]
    ids = {d} | {s for s, ds in kg.derived.items() if d in ds} | {s for s, gs in kg.node_graphs.items() if gs & graphs}
    edges = [e for e in kg.edges if e.source in ids and e.target in ids and kg.edge_graphs[e] & (graphs or {""})]
    return View(f"文档：{matches[0]}", _sorted(kg.nodes[i] for i in ids), edges, focus=[d])


def inspection_view(kg: ViewGraph, name: str) -> View:
    """Inspection cycles: team → inspection → targets → feedback → issues → measures (and recommendations).

    ``name`` matches the team's or a target's label or altLabel; empty shows every inspection.
    """
    out: dict[str, set[str]] = defaultdict(set)  # node → linked nodes, by link term
    into: dict[tuple[str, str], set[str]] = defaultdict(set)  # (node, term) → nodes linking to it
    for e in kg.edges:
        out[e.source].add(e.target)
        into[(e.target, e.link.term)].add(e.source)
    inspections = [n for n in kg.nodes.values() if n.kind == "inspection"]
    if not inspections:
        raise KgError("the graph has no inspection (xs:Inspection)")
    if name:
        inspections = [i for i in inspections
                       if any(name in label for o in out[i.id] if kg.nodes[o].kind in ("team", "organisation")
                              for label in kg.nodes[o].names())]
        if not inspections:
            raise KgError(f"no inspection whose team or target is named {name!r}")
    ids: set[str] = set()
    for i in inspections:
        feedback = into[(i.id, "xs:ofInspection")]
        issues = into[(i.id, "xs:foundIn")]
        ids |= {i.id} | out[i.id] | feedback | issues
        ids |= {o for f in feedback for o in out[f]}
        ids |= {m for issue in issues for m in into[(issue, "xs:addresses")]}
        ids |= {r for f in feedback for r in into[(f, "xs:madeAt")]}
    title = f"巡视巡察：{name}" if name else "巡视巡察：全部"
    return View(title, _sorted(kg.nodes[i] for i in ids),
                [e for e in kg.edges if e.source in ids and e.target in ids], focus=[i.id for i in inspections])


def _match(candidates: list[Node], name: str, what: str) -> Node:
    """The one node ``name`` designates: the node with that IRI (or IRI path, ``person/王小军/某某区委``), else with
    that label, else with that alias, else whose names contain it. Several at the first of these that finds any is
    an error that lists them with their documents, so the user can ask for one (an alias like 区委 is shared by
    every district committee; namesakes share a label and are listed by IRI path)."""
    tiers = ([n for n in candidates if n.id == name or ("/" in name and n.id.endswith("/" + name))],
             [n for n in candidates if n.label == name],
             [n for n in candidates if name in n.alt], [n for n in candidates if any(name in x for x in n.names())])
    found = next((tier for tier in tiers if tier), [])
    if not found:
        raise KgError(f"no {what} named {name!r} in the graph")
    if len(found) > 1:
        shown = _sorted(found)[:CANDIDATES_SHOWN]
        shared = {n.label for n in shown if sum(m.label == n.label for m in shown) > 1}
        lines = [f"  {_iri_path(n.id) if n.label in shared else n.label} ({n.kind}; documents: "
                 f"{', '.join(n.docs[:3]) + (' …' if len(n.docs) > 3 else '') or 'none'})" for n in shown]
        more = [f"  … and {len(found) - len(shown)} more"] if len(found) > len(shown) else []
        raise KgError("\n".join([f"{name!r} matches {len(found)} nodes; give one of these names (or IRI paths):",
                                 *lines, *more]))
    return found[0]


def _iri_path(iri: str) -> str:
    """A minted IRI without its namespace (person/王小军/某某区委), which --focus accepts; other IRIs whole."""
    return iri.split("/id/", 1)[1] if "/id/" in iri else iri


def _sorted(nodes: Iterable[Node]) -> list[Node]:
    return sorted(nodes, key=lambda n: (KIND_ORDER[n.kind], n.label, n.id))


def _attach_documents(view: View, kg: ViewGraph) -> None:
    """Link documents to the inspections and feedback found in them, and to nodes that would float alone."""
    shown = {n.id for n in view.nodes}
    linked = {e.source for e in view.edges} | {e.target for e in view.edges}
    for n in view.nodes:
        if n.kind in ("inspection", "feedback") or (n.id not in linked and n.kind != "document"):
            view.edges += [Edge(n.id, d, DERIVED, DERIVED.zh) for d in kg.derived.get(n.id, []) if d in shown]


def _layout(view: View) -> dict[str, tuple[float, float]]:
    """Positions for views too big for in-browser physics, in vis-network pixels.

    A spring layout of everything costs O(n²) per step (minutes at a few thousand nodes), but these
    graphs are mostly trees: measures under issues under inspections, people under one post. So
    networkx lays out only each component's 2-core (the nodes on cycles: teams, targets, feedback …);
    the trees hanging off it are fanned out around their root, and components are packed in rows.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n.id for n in view.nodes)
    g.add_edges_from((e.source, e.target) for e in view.edges if e.source != e.target)
    core = set(nx.k_core(g, 2))
    parts = []
    for component in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c))):
        roots = sorted(component & core)
        if not roots or len(roots) > SPRING_LIMIT:  # a radial tree from the best-linked node instead
            roots = [max(sorted(component), key=g.degree)]
        pos: dict[str, tuple[float, float]] = {roots[0]: (0.0, 0.0)}
        if len(roots) > 1:
            steps = max(15, min(60, 20000 // len(roots)))
            # A graph of its own, its nodes in sorted order: g.subgraph iterates a small subset in the order of
            # a set of strings, which changes with each process's hash seed, and the layout with it.
            core_graph = nx.Graph()
            core_graph.add_nodes_from(roots)
            core_graph.add_edges_from((v, w) for v in roots for w in sorted(g[v]) if w in core_graph)
            pos = {k: (float(x), float(y)) for k, (x, y) in nx.spring_layout(
                core_graph, seed=7, iterations=steps, method="force",
                scale=LAYOUT_UNIT * 1.5 * len(roots) ** 0.5).items()}
        kids: dict[str, list[str]] = defaultdict(list)
        seen, queue = set(roots), deque(roots)
        while queue:
            v = queue.popleft()
            for w in sorted(g[v]):
                if w not in seen:
                    seen.add(w)
                    kids[v].append(w)
                    queue.append(w)
        size: dict[str, int] = {}
        for v in reversed(list(_preorder(roots, kids))):
            size[v] = 1 + sum(size[k] for k in kids[v])
        for r in roots:
            _fan(r, kids, size, pos)
        parts.append(pos)
    return _pack(parts)


def _layout_key(view: View) -> str:
    """A digest of what :func:`_layout` reads of a view: its nodes and the (undirected) links between them."""
    digest = hashlib.sha256()
    for node in sorted(n.id for n in view.nodes):
        digest.update(node.encode("utf-8") + b"\0")
    for pair in sorted({tuple(sorted((e.source, e.target))) for e in view.edges if e.source != e.target}):
        digest.update("\1".join(pair).encode("utf-8") + b"\0")
    return digest.hexdigest()


def _preorder(roots: list[str], kids: dict[str, list[str]]) -> Iterable[str]:
    """Parents before children (reversed: children before parents, for subtree sizes)."""
    stack = list(reversed(roots))
    while stack:
        v = stack.pop()
        yield v
        stack += reversed(kids[v])


def _fan(root: str, kids: dict[str, list[str]], size: dict[str, int], pos: dict[str, tuple[float, float]]) -> None:
    """Place the tree under ``root``: each node's children on an arc facing away from its parent,
    each child given an angle in proportion to the square root of its subtree's size."""
    import math

    stack: list[tuple[str, float, float]] = [(root, 0.0, 2 * math.pi)]  # node, arc centre, arc width
    while stack:
        v, centre, width = stack.pop()
        children = kids[v]
        if not children:
            continue
        weights = [size[k] ** 0.5 for k in children]
        total = sum(weights)
        radius = LAYOUT_UNIT * max(1.0, 0.9 * total / width)
        x0, y0 = pos[v]
        angle = centre - width / 2
        for k, w in zip(children, weights):
            share = width * w / total
            a = angle + share / 2
            pos[k] = (x0 + radius * math.cos(a), y0 + radius * math.sin(a))
            stack.append((k, a, min(share * 1.5, math.pi * 0.9)))
            angle += share


def _pack(parts: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Place laid-out components side by side in rows about as wide as the whole is tall."""
    boxes = []
    for pos in parts:
        xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + LAYOUT_UNIT, max(ys) - min(ys) + LAYOUT_UNIT))
    row_width = max(max(w for _, _, w, _ in boxes), sum(w * h for _, _, w, h in boxes) ** 0.5 * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, (left, top, w, h) in zip(parts, boxes):
        if x and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out.update({k: (round(x + px - left, 1), round(y + py - top, 1)) for k, (px, py) in pos.items()})
        x += w
        row_height = max(row_height, h)
    return out


def build_view(outdir: Path, *, focus: str | None = None, depth: int = 2, doc: str | None = None,
               inspection: str | None = None) -> View:
    """Choose the view the options ask for (at most one of focus, doc, inspection) and lay it out."""
    if sum(x is not None for x in (focus, doc, inspection)) > 1:
        raise KgError(f"choose one of {setting('focus')}, {setting('doc')} and {setting('inspection')}")
    kg = read_graph(outdir)
    if not kg.nodes:
        raise KgError(f"{outdir}/graph.trig has nothing to draw")
    if focus is not None:
        view = focus_view(kg, focus, depth)
    elif doc is not None:
        view = doc_view(kg, doc)
    elif inspection is not None:
        view = inspection_view(kg, inspection)
    else:
        view = whole_view(kg)
    return _finish(view, kg)


def _finish(view: View, kg: ViewGraph, before: Layout | None = None) -> View:
    """Link the documents in, and lay out beforehand a view too big for the browser's physics: with the positions
    ``before`` when they were laid out for the same nodes and links (the layout is a function of these alone)."""
    _attach_documents(view, kg)
    if len(view.nodes) > LAYOUT_LIMIT:
        view.layout_key = _layout_key(view)
        view.positions = before.positions if before is not None and before.key == view.layout_key else _layout(view)
        view.notes.append(f"节点较多（{len(view.nodes)}），布局已预先计算，物理模拟关闭"
                          f"（layout precomputed, physics off）。")
    return view


# ---------------------------------------------------------------------------------------------- summary

# Above this many documents `kg build` writes graph.html as a summary (write_summary) instead of the whole
# graph. Measured on make_corpus.py documents: the whole view, with every foldable class folded, still
# draws about 12 nodes per document: 644 at 50 documents, 2,380 at 200 (6 s), ~24,000 at 2,000 (28 s,
# 1.1 GB, a 21 MB page). From about 100 documents (~1,200 nodes, four times LAYOUT_LIMIT) most labels
# find no room and the picture no longer reads; the samples and the tests stay far below.
SUMMARY_DOCUMENTS = 100
SUMMARY_DISPATCHERS = 10  # dispatchers a summary draws: those that sent the most teams
SUMMARY_TEAMS = 5  # teams drawn under each dispatcher: those with the most inspections
SUMMARY_TARGETS = 2  # targets drawn under each team: those it inspected most often
# Teams whose dispatcher no document names: SUMMARY_TEAMS of them drawn on their own, with their targets. So a
# summary has at most 10 + 50 + 100 + 5 + 10 = 175 nodes: about NODE_BUDGET, laid out by the browser, labels legible.
SUMMARY_HUBS = 30  # a graph without teams: the organisations and people named in the most documents instead
DISPATCHER_PAGE = "graph-dispatcher-{}.html"  # a summary's detail page per dispatcher, beside graph.html
PAGE_GLOB = "graph-dispatcher-*.html"
LOAD_CHUNK = 200_000  # quads loaded at a time into the temporary store of a build without one (~100 MB of Python)
TEAM_TARGET = LinkKind("对象", "xs:team/^xs:target", "an organisation that inspections by this team covered")

# SPARQL aggregates over the store's default graph (the union of the documents' graphs): the summary costs a
# few grouped scans of the store's indexes, linear in the graph, and holds none of it in memory. (The teams without a
# dispatcher are found in a subquery: with the FILTER beside the OPTIONALs, Oxigraph joined every team's inspections
# before it, 0.25–0.45 s against 0.07 s at 2,000 documents; the same rows.)
COUNTS_QUERY = """SELECT ?class (COUNT(?s) AS ?n) WHERE {
  VALUES ?class { xs:Document xs:InspectionTeam xs:Inspection xs:Issue org:Organization foaf:Person }
  ?s a ?class } GROUP BY ?class"""
DISPATCHER_COUNT_QUERY = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?t a xs:InspectionTeam ; xs:dispatchedBy ?d }"
DISPATCHERS_QUERY = """SELECT ?d (MIN(?name) AS ?label) (COUNT(DISTINCT ?t) AS ?teams)
    (COUNT(DISTINCT ?i) AS ?inspections) (COUNT(DISTINCT ?o) AS ?targets) WHERE {
  ?t a xs:InspectionTeam ; xs:dispatchedBy ?d .
  OPTIONAL { ?d rdfs:label ?name }
  OPTIONAL { ?i a xs:Inspection ; xs:team ?t . OPTIONAL { ?i xs:target ?o } }
} GROUP BY ?d ORDER BY DESC(?teams) DESC(?inspections) ?d LIMIT $limit"""
TEAMS_QUERY = """SELECT ?d ?t (MIN(?name) AS ?label) (MIN(?kind) AS ?teamKind) (COUNT(DISTINCT ?i) AS ?inspections)
    (COUNT(DISTINCT ?o) AS ?targets) (MIN(?start) AS ?first) WHERE {
  VALUES ?d { $values }
  ?t a xs:InspectionTeam ; xs:dispatchedBy ?d .
  OPTIONAL { ?t rdfs:label ?name } OPTIONAL { ?t xs:teamKind ?kind }
  OPTIONAL { ?i a xs:Inspection ; xs:team ?t . OPTIONAL { ?i xs:target ?o } OPTIONAL { ?i xs:startDate ?start } }
} GROUP BY ?d ?t"""
UNDISPATCHED_QUERY = """SELECT ?t (MIN(?name) AS ?label) (MIN(?kind) AS ?teamKind) (COUNT(DISTINCT ?i) AS ?inspections)
    (COUNT(DISTINCT ?o) AS ?targets) (MIN(?start) AS ?first) WHERE {
  { SELECT ?t WHERE { ?t a xs:InspectionTeam . FILTER NOT EXISTS { ?t xs:dispatchedBy ?anyone } } }
  OPTIONAL { ?t rdfs:label ?name } OPTIONAL { ?t xs:teamKind ?kind }
  OPTIONAL { ?i a xs:Inspection ; xs:team ?t . OPTIONAL { ?i xs:target ?o } OPTIONAL { ?i xs:startDate ?start } }
} GROUP BY ?t ORDER BY DESC(?inspections) DESC(?targets) ?t LIMIT $limit"""
HUBS_QUERY = """SELECT ?n (MIN(?name) AS ?label) (MIN(?class) AS ?type) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  VALUES ?class { org:Organization foaf:Person }
  ?n a ?class ; prov:wasDerivedFrom ?doc . OPTIONAL { ?n rdfs:label ?name }
} GROUP BY ?n ORDER BY DESC(?documents) ?n LIMIT $limit"""
TARGETS_QUERY = """SELECT ?t ?o (MIN(?name) AS ?label) (COUNT(DISTINCT ?i) AS ?inspections) WHERE {
  VALUES ?t { $values }
  ?i a xs:Inspection ; xs:team ?t ; xs:target ?o .
  OPTIONAL { ?o rdfs:label ?name }
} GROUP BY ?t ?o"""
TARGET_TOTALS_QUERY = """SELECT ?o (COUNT(DISTINCT ?i) AS ?inspections) (COUNT(DISTINCT ?t) AS ?teams) WHERE {
  VALUES ?o { $values }
  ?i a xs:Inspection ; xs:target ?o . OPTIONAL { ?i xs:team ?t }
} GROUP BY ?o"""
# A dispatcher's detail page: the dispatcher, its teams, their inspections and feedback, the organisations these
# covered and the people presiding, the teams' members and posts; with the evidence, documents and roles these
# point to. (Issues and measures stay in `kg viz --inspection`: here they would only fold into tooltips.)
DETAIL_INTO = (XS + "dispatchedBy", XS + "team", XS + "ofInspection", ORG + "organization")  # walked backwards
DETAIL_OUT = (XS + "target", XS + "presidedBy", ORG + "member")  # walked forwards, one step
DETAIL_ATTACHED = (PROV + "wasDerivedFrom", ORG + "role")  # read, not drawn on their own; and evidence:
# a name found in a thousand documents has a thousand sentences, of which a tooltip shows EVIDENCE_SHOWN


@contextmanager
def _open_store(outdir: Path) -> Iterator:  # Iterator[pyoxigraph.Store]
    """The build's store, read-only; a build without one (--no-store) gets a temporary store loaded from
    graph.trig, on disk (named as a killed build's next run clears it), so memory stays flat."""
    import pyoxigraph as ox

    from kg.graph.store import store_path

    if store_path(outdir).is_dir():
        yield ox.Store.read_only(str(store_path(outdir)))
        return
    trig = Path(outdir) / "graph.trig"
    if not trig.is_file():
        raise KgError(f"{outdir} has no graph.trig: run `kg build -o {outdir}` first")
    tmp = Path(tempfile.mkdtemp(prefix=".store.view.", suffix=".tmp", dir=outdir))
    try:
        db = ox.Store(str(tmp))
        triples = (ox.Quad(q.subject, q.predicate, q.object)
                   for q in ox.parse(path=trig, format=ox.RdfFormat.TRIG, lenient=True))
        try:
            while chunk := list(islice(triples, LOAD_CHUNK)):  # bulk_extend holds what it is given in memory
                db.bulk_extend(chunk)
        except SyntaxError as e:
            raise KgError(f"{trig}: not valid TriG ({e})") from e
        yield db
        del db
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _select(db, query: str, **values: object) -> list[dict[str, str]]:  # db: pyoxigraph.Store
    """Solutions of a SELECT as dicts of plain strings (IRIs and literal values; unbound → absent)."""
    from kg.graph.store import PREFIXES

    result = db.query(Template(query).substitute(values), prefixes=PREFIXES)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


def _iris(iris: Iterable[str]) -> str:
    """A VALUES block's IRIs (the store's own IRIs, so always valid inside < >)."""
    import pyoxigraph as ox

    return " ".join(str(ox.NamedNode(i)) for i in iris)


Dispatchers = tuple[list[dict[str, str]], dict[str, str]]  # a summary's dispatchers (rows), and their detail pages


def summary_dispatchers(db) -> Dispatchers:  # db: pyoxigraph.Store
    """The dispatchers a summary draws (SUMMARY_DISPATCHERS, those with the most teams), and the detail page file
    of each (dispatcher IRI → file name)."""
    dispatchers = _select(db, DISPATCHERS_QUERY, limit=SUMMARY_DISPATCHERS)
    return dispatchers, _page_names([(d["d"], d.get("label") or _local_name(d["d"])) for d in dispatchers])


def summary_view(db, outdir: Path, chosen: Dispatchers | None = None) -> tuple[View, dict[str, str]]:
    """Dispatchers → teams → targets, the most active of each (SUMMARY_*), with their counts in tooltips;
    and the detail page file of each dispatcher drawn (dispatcher IRI → file name). ``db``: the pyoxigraph.Store;
    ``chosen``: its :func:`summary_dispatchers`, where they were read already."""
    totals = {_local_name(r["class"]): int(r["n"]) for r in _select(db, COUNTS_QUERY)}
    dispatcher_total = int(_select(db, DISPATCHER_COUNT_QUERY)[0]["n"])
    dispatchers, pages = chosen or summary_dispatchers(db)
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    place = shlex.quote(str(outdir))

    def node(iri: str, kind: str, label: str | None, attrs: list[tuple[str, str]]) -> Node:
        if iri not in nodes:
            nodes[iri] = Node(iri, kind, label or _local_name(iri),
                              command=f"kg viz {place} --focus {shlex.quote(_iri_path(iri))}")
        nodes[iri].attrs += attrs
        return nodes[iri]

    for d in dispatchers:
        node(d["d"], "organisation", d.get("label"), [("派出巡视巡察组", d["teams"]), ("巡视巡察次数", d["inspections"]),
                                                     ("巡视巡察对象", d["targets"])]).page = pages[d["d"]]
    teams: dict[str, list[dict[str, str]]] = defaultdict(list)
    for t in _select(db, TEAMS_QUERY, values=_iris(pages)) if pages else ():
        teams[t["d"]].append(t)
    teams[""] = _select(db, UNDISPATCHED_QUERY, limit=SUMMARY_TEAMS)  # drawn on their own, without a page
    shown_teams = []
    for d, rows in teams.items():
        for t in sorted(rows, key=lambda r: (-int(r["inspections"]), -int(r["targets"]), r.get("label", ""),
                                             r["t"]))[:SUMMARY_TEAMS]:
            node(t["t"], "team", t.get("label"), [("类型", t.get("teamKind", "")), ("开始", t.get("first", "")),
                                                  ("巡视巡察次数", t["inspections"]), ("巡视巡察对象", t["targets"])]
                 ).page = pages.get(d, "")
            if d:
                edges.append(Edge(t["t"], d, LINKS[XS + "dispatchedBy"], LINKS[XS + "dispatchedBy"].zh))
            shown_teams.append(t["t"])
    targets: dict[str, list[dict[str, str]]] = defaultdict(list)
    for o in _select(db, TARGETS_QUERY, values=_iris(shown_teams)) if shown_teams else ():
        targets[o["t"]].append(o)
    shown_targets: dict[str, str | None] = {}
    for t, rows in targets.items():
        for o in sorted(rows, key=lambda r: (-int(r["inspections"]), r.get("label", ""), r["o"]))[:SUMMARY_TARGETS]:
            shown_targets[o["o"]] = o.get("label")
            edges.append(Edge(t, o["o"], TEAM_TARGET, TEAM_TARGET.zh))
    for o in _select(db, TARGET_TOTALS_QUERY, values=_iris(shown_targets)) if shown_targets else ():
        node(o["o"], "organisation", shown_targets[o["o"]], [("被巡视巡察次数", o["inspections"]),
                                                             ("实施组数", o["teams"])])
    if not nodes:
        for h in _select(db, HUBS_QUERY, limit=SUMMARY_HUBS):
            node(h["n"], "person" if h["type"] == FOAF + "Person" else "organisation", h.get("label"),
                 [("来源文档数", h["documents"])])
    for n in nodes.values():
        n.attrs = [(k, v) for k, v in n.attrs if v]
    view = View("巡视巡察知识图谱 · 摘要", _sorted(nodes.values()), sorted(edges, key=_edge_key),
                pages=[(nodes[d].label, page) for d, page in pages.items()])
    view.notes += [
        f"摘要视图（summary）：共 {totals.get('Document', 0)} 份文档、{totals.get('InspectionTeam', 0)} 个巡视巡察组、"
        f"{totals.get('Inspection', 0)} 次巡视巡察、{totals.get('Organization', 0)} 个组织、{totals.get('Person', 0)} 名人员、"
        f"{totals.get('Issue', 0)} 个问题。" + (
            f"图中为派出组最多的 {len(dispatchers)}/{dispatcher_total} 个派出单位、各自巡视巡察最多的 {SUMMARY_TEAMS} 个组"
            f"（及未写明派出单位的组中最多 {SUMMARY_TEAMS} 个）、每组 {SUMMARY_TARGETS} 个对象。" if shown_teams else
            f"图中没有巡视巡察组，只有见于最多文档的 {len(nodes)} 个组织和人员。"),
        "单击节点看其明细页与命令，双击打开明细页（click a node for its detail page and command; double-click opens "
        "the page）。",
        f"完整视图（the full view, slow at this size）：kg viz {place} -o {shlex.quote(str(Path(outdir) / 'graph-full.html'))}",
    ]
    return view, pages


def _page_names(dispatchers: list[tuple[str, str]]) -> dict[str, str]:
    """Dispatcher IRI → its detail page's file name, from its label; distinct even where two labels slug alike."""
    pages: dict[str, str] = {}
    for iri, label in dispatchers:
        slug, n = _slug(label), 1
        while DISPATCHER_PAGE.format(slug) in pages.values():
            n += 1
            slug = f"{_slug(label)}-{n}"
        pages[iri] = DISPATCHER_PAGE.format(slug)
    return pages


class NodeReads:
    """What detail pages read of nodes in a store: a node's triples but its evidence links, how many of these it has
    and the few (EVIDENCE_SHOWN) its tooltip shows, in document order; each node read once however many pages draw
    it (a target inspected by the teams of several dispatchers, with a thousand sentences)."""

    def __init__(self, db) -> None:  # db: pyoxigraph.Store
        import pyoxigraph as ox

        self.db, self.ox = db, ox
        self.evidence_link = ox.NamedNode(XS + "evidence")
        self.nodes: dict[str, tuple[list, int, list]] = {}  # node → (quads, evidence count, evidence shown)

    def __call__(self, node: str) -> tuple[list, int, list]:
        if node not in self.nodes:
            quads: list = []  # list[pyoxigraph.Quad]
            evidence: list = []
            for q in self.db.quads_for_pattern(self.ox.NamedNode(node), None, None, self.ox.DefaultGraph()):
                (evidence if q.predicate == self.evidence_link else quads).append(q)
            self.nodes[node] = (quads, len(evidence), sorted(evidence, key=_evidence_order)[:EVIDENCE_SHOWN])
        return self.nodes[node]


def dispatcher_view(db, dispatcher: str, read: set[str] | None = None,  # db: pyoxigraph.Store
                    before: Layout | None = None, reads: NodeReads | None = None) -> View:
    """A dispatcher's detail page, drawn as the whole view draws, from the part of the store it shows alone
    (DETAIL_*: a walk over the store's indexes, as long as the page is big). ``read`` gets every node whose
    triples (as subject) the walk read: all the page depends on. ``before``: the page's last layout (:func:`_finish`);
    ``reads``: the nodes other pages of this summary read from ``db``."""
    import pyoxigraph as ox

    reads = reads or NodeReads(db)
    default = ox.DefaultGraph()
    into = [ox.NamedNode(p) for p in DETAIL_INTO]
    drawn, queue = {dispatcher}, deque([dispatcher])
    while queue:
        node = ox.NamedNode(queue.popleft())
        for p in into:
            for q in db.quads_for_pattern(None, p, node, default):
                if q.subject.value not in drawn:
                    drawn.add(q.subject.value)
                    queue.append(q.subject.value)
    quads: list = []  # list[pyoxigraph.Quad]
    evidence: dict[str, int] = {}  # node → how many evidence links it has
    shown: list = []  # the evidence links tooltips show

    def read_nodes(nodes: Iterable[str]) -> None:
        for s in nodes:
            found, evidence[s], first = reads(s)
            quads.extend(found)
            shown.extend(first)

    read_nodes(drawn)
    reached = {q.object.value for q in quads if q.predicate.value in DETAIL_OUT} - drawn
    read_nodes(reached)
    attached = {q.object.value for q in quads if q.predicate.value in DETAIL_ATTACHED} | {q.object.value for q in shown}
    quads += shown
    read_nodes(attached)
    if read is not None:
        read |= drawn | reached | attached
    kg = graph_of_quads(quads)
    for s, count in evidence.items():
        if s in kg.nodes:
            kg.nodes[s].unread_evidence = max(0, count - EVIDENCE_SHOWN)
    view = whole_view(kg)
    label = kg.nodes[dispatcher].label if dispatcher in kg.nodes else _local_name(dispatcher)
    view.title = f"派出单位：{label}"
    view.focus = [dispatcher]
    view.pages = [("摘要 · summary", "graph.html")]
    view.notes.insert(0, f"{label}派出的巡视巡察组、其巡视巡察与反馈、对象和组成员；问题与整改措施见 "
                         f"kg viz --inspection 组名（issues and measures: kg viz --inspection TEAM）。")
    return _finish(view, kg, before)


def _evidence_order(link) -> tuple[str, int, int]:  # link: pyoxigraph.Quad, node xs:evidence evidence
    """The order tooltips list evidence in (document, offsets), told by the IRI kg.graph.rdf mints for it
    (…/evidence/DOCUMENT/START-END), so the sentences a tooltip shows are chosen without reading the others."""
    iri = link.object.value
    head, _, span = iri.rpartition("/")
    start, _, end = span.partition("-")
    return (head, int(start), int(end)) if start.isdigit() and end.isdigit() else (iri, -1, -1)


class DrawnPage(NamedTuple):
    """A detail page as drawn: its dispatcher, every node whose triples it read (all it depends on), and its
    layout if it has one (drawn again over the same nodes and links, it keeps these positions)."""

    dispatcher: str
    read: frozenset[str]
    layout: Layout | None = None


@dataclass
class DetailPages:
    """The detail pages of the last summary (file name → page), and the nodes whose triples changed since (None:
    unknown): a page whose nodes are untouched is the same page, and is not drawn again. ``drawn`` collects this
    summary's pages."""

    previous: dict[str, DrawnPage] = field(default_factory=dict)
    touched: set[str] | None = None
    drawn: dict[str, DrawnPage] = field(default_factory=dict)

    def unchanged(self, outdir: Path, page: str, dispatcher: str) -> bool:
        was = self.previous.get(page)
        if self.touched is None or was is None or was.dispatcher != dispatcher or not (outdir / page).is_file():
            return False
        return self.touched.isdisjoint(was.read)

    def layout(self, page: str, dispatcher: str) -> Layout | None:
        """The page's last layout, if it drew the same dispatcher."""
        was = self.previous.get(page)
        return was.layout if was is not None and was.dispatcher == dispatcher else None


def write_summary(outdir: Path, pages: DetailPages | None = None, jobs: int = 1) -> Path:
    """graph.html as a summary of a big graph, and beside it a detail page per dispatcher it draws (pages of
    an earlier build that this one does not write are removed; with ``pages``, those unchanged since are
    kept as they are), drawn by ``jobs`` forked processes when the build has a store they can open (each
    page is independent, and a big one takes seconds); return graph.html's path."""
    from kg.atomic import atomic_write
    from kg.graph.store import store_path

    outdir = Path(outdir)
    pages = pages or DetailPages()
    forked = jobs > 1 and store_path(outdir).is_dir()
    with _open_store(outdir) as db:
        chosen = summary_dispatchers(db)
        todo = []
        for dispatcher, page in chosen[1].items():
            if pages.unchanged(outdir, page, dispatcher):
                pages.drawn[page] = pages.previous[page]
            else:
                todo.append((dispatcher, page))
        if not (forked and todo):
            reads = NodeReads(db)
            for dispatcher, page in todo:
                pages.drawn[page] = _draw_page(reads, outdir, dispatcher, page, pages.layout(page, dispatcher))
            view, _ = summary_view(db, outdir, chosen)
    if forked and todo:  # (the store closed here before the processes fork)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=multiprocessing.get_context("fork"),
                                 initializer=_start_drawing, initargs=(outdir,)) as pool:
            befores = [pages.layout(page, dispatcher) for dispatcher, page in todo]
            drawn = pool.map(_draw_forked, [outdir] * len(todo), *zip(*todo), befores)
            with _open_store(outdir) as db:  # the summary, while the pages are drawn
                view, _ = summary_view(db, outdir, chosen)
            for (_, page), page_drawn in zip(todo, drawn):
                pages.drawn[page] = page_drawn
    _remove_pages(outdir, keep=set(pages.drawn))
    return atomic_write(outdir / "graph.html", render_html(view))


def _draw_page(reads: NodeReads, outdir: Path, dispatcher: str, page: str, before: Layout | None) -> DrawnPage:
    """Write a dispatcher's detail page (laid out as ``before`` where it still fits)."""
    from kg.atomic import atomic_write

    read: set[str] = set()
    view = dispatcher_view(reads.db, dispatcher, read, before, reads)
    atomic_write(outdir / page, render_html(view))
    return DrawnPage(dispatcher, frozenset(read),
                     None if view.positions is None else Layout(view.layout_key, view.positions))


_drawing: NodeReads | None = None  # in a process forked to draw detail pages: its store, and the nodes read from it


def _start_drawing(outdir: Path) -> None:
    """A drawing process opens the store once, for all the pages it draws (it closes when the process ends)."""
    import pyoxigraph as ox

    from kg.graph.store import store_path

    global _drawing
    _drawing = NodeReads(ox.Store.read_only(str(store_path(outdir))))


def _draw_forked(outdir: Path, dispatcher: str, page: str, before: Layout | None) -> DrawnPage:
    if _drawing is None:
        raise RuntimeError("a drawing process is started by _start_drawing")
    return _draw_page(_drawing, outdir, dispatcher, page, before)


def _remove_pages(outdir: Path, keep: set[str]) -> None:
    """Remove the detail pages an earlier build wrote and this one does not: they would show an older graph."""
    for p in Path(outdir).glob(PAGE_GLOB):
        if p.name not in keep:
            p.unlink(missing_ok=True)


def write_build_view(outdir: Path, documents: int, *, summary_above: int | None = None,
                     pages: DetailPages | None = None, jobs: int = 1) -> Path:
    """graph.html as `kg build` writes it: the whole graph, or above ``summary_above`` documents (default
    SUMMARY_DOCUMENTS) the summary and its detail pages (write_summary, given ``pages`` and ``jobs``)."""
    if documents > (SUMMARY_DOCUMENTS if summary_above is None else summary_above):
        return write_summary(outdir, pages, jobs)
    _remove_pages(outdir, keep=set())
    return write_view(outdir)


# ---------------------------------------------------------------------------------------------- page


def render_html(view: View) -> str:
    """The page: template, styles and scripts inlined; a CSP that admits only those scripts."""
    counts: dict[str, int] = defaultdict(int)
    for n in view.nodes:
        counts[n.kind] += 1
    focus = set(view.focus)
    nodes = []
    for n in view.nodes:
        short = _cut(n.label, STATEMENT_CHARS if n.kind in STATEMENTS else LABEL_CHARS)
        item: dict[str, object] = {"id": n.id, "kind": n.kind, "label": short, "full": n.label, "alt": n.alt,
                                   "attrs": n.attrs, "docs": n.docs, "evidence": n.evidence[:EVIDENCE_SHOWN],
                                   "more": len(n.evidence) - EVIDENCE_SHOWN + n.unread_evidence, "focus": n.id in focus}
        if view.positions is not None:
            item["x"], item["y"] = view.positions[n.id]
        if n.page:
            item["page"] = n.page
        if n.command:
            item["command"] = n.command
        nodes.append(item)
    payload = {
        "notes": view.notes,
        "physics": view.positions is None,
        "kinds": [{"key": k.key, "zh": k.zh, "term": k.term, "color": k.color, "shape": k.shape, "size": k.size,
                   "font": k.font, "rank": k.rank, "count": counts[k.key]} for k in KINDS],
        "nodes": nodes,
        "edges": [{"from": e.source, "to": e.target, "label": e.label, "zh": e.link.zh, "term": e.link.term,
                   "gloss": e.link.gloss} for e in view.edges],
    }
    if view.pages:
        payload["pages"] = [{"name": name, "page": page} for name, page in view.pages]
    scripts = [_pyvis_asset("vis-network.min.js"), _asset("view.js")]
    csp = ("default-src 'none'; script-src " + " ".join(_csp_hash(s) for s in scripts)
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    return Template(_asset("view.html")).substitute(
        title=html.escape(view.title), csp=html.escape(csp), vis_css=_pyvis_asset("vis-network.css"),
        css=_asset("view.css"), data=script_json(payload), vis_js=scripts[0], js=scripts[1],
        node_count=len(view.nodes), edge_count=len(view.edges))


def script_json(value: object) -> str:
    """JSON safe inside a <script> element: no ``</script>``, ``<!--`` or entity can end or bend it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _asset(name: str) -> str:
    return (resources.files("kg.views") / "view_assets" / name).read_text(encoding="utf-8")


def _pyvis_asset(name: str) -> str:
    """vis-network as shipped inside pyvis (9.1.2), so the page needs no network. Read from pyvis's folder
    without importing pyvis, which would import IPython and jinja2 (≈ 0.25 s) for nothing."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("the views need pyvis (for its copy of vis-network): pip install pyvis")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def default_output(outdir: Path, *, focus: str | None = None, doc: str | None = None,
                   inspection: str | None = None) -> Path:
    """OUTDIR/graph.html for the whole graph; a name per view otherwise (graph-focus-王小军.html …)."""
    if focus is not None:
        return Path(outdir) / f"graph-focus-{_slug(focus)}.html"
    if doc is not None:
        return Path(outdir) / f"graph-doc-{_slug(doc)}.html"
    if inspection is not None:
        return Path(outdir) / (f"graph-inspection-{_slug(inspection)}.html" if inspection else "graph-inspections.html")
    return Path(outdir) / "graph.html"


def _slug(name: str) -> str:
    return re.sub(r"[^\w-]+", "_", name).strip("_")[:40] or "view"


def write_view(outdir: Path, output: Path | None = None, *, focus: str | None = None, depth: int = 2,
               doc: str | None = None, inspection: str | None = None) -> Path:
    """Write one view of the graph in ``outdir`` as a self-contained HTML page; return its path."""
    from kg.atomic import atomic_write

    view = build_view(outdir, focus=focus, depth=depth, doc=doc, inspection=inspection)
    path = output or default_output(outdir, focus=focus, doc=doc, inspection=inspection)
    return atomic_write(Path(path), render_html(view))
