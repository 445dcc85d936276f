"""kg.graph.export: every RDF export re-parses to the same quads; property-graph exports keep node and edge counts."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset

from hypothesis import HealthCheck, given, settings

from kg.cli import main
from kg.facts import DocumentFacts, Evidence, Person
from kg.graph.export import export, property_graph, read_quads
from kg.graph.rdf import write_graphs
from kg.ingest.document import Document
from test_rdf import documents, nasty

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
               "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    docs = documents()
    # a text with characters XML cannot hold, a line break and a ';' (Neo4j's array delimiter)
    docs[1].facts.people[0].aliases.append("乔\x01树;军\n")
    write_graphs(docs, out)
    return out


@pytest.fixture(scope="module")
def quads(built: Path) -> set[ox.Quad]:
    return set(read_quads(built))


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_exports_reparse_to_the_same_graph(built: Path, quads: set[ox.Quad], fmt: str, tmp_path: Path) -> None:
    path = export(built, fmt, tmp_path / f"g.{fmt}")
    back = set(ox.parse(path=str(path), format=RDF_FORMATS[fmt]))
    if fmt in ("ttl", "nt"):  # triple formats hold the union of the document graphs
        assert {q.triple for q in back} == {q.triple for q in quads}
    else:
        assert back == quads


def test_jsonld_is_compact_and_rdflib_reads_it(built: Path, quads: set[ox.Quad], tmp_path: Path) -> None:
    path = export(built, "jsonld", tmp_path / "g.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["xs"] == "https://w3id.org/xunshi/ontology#"
    ids = {n["@id"] for g in doc["@graph"] for n in g["@graph"]}
    assert "xsr:team/张家口市委/第4巡察组/2020-08" in ids
    ds = Dataset()
    ds.parse(path, format="json-ld")
    assert len({q for q in ds.quads((None, None, None, None)) if q[3] is not None}) == len(quads)


def test_default_output_path_and_cli(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(built), "-f", "nq"]) == 0
    assert (built / "export" / "graph.nq").is_file()
    assert "graph.nq" in capsys.readouterr().out


def test_graphml_and_gexf_read_back_with_the_same_counts(built: Path, quads: set[ox.Quad], tmp_path: Path) -> None:
    pg = property_graph(quads)
    graphml = nx.read_graphml(export(built, "graphml", tmp_path / "g.graphml"), force_multigraph=True)
    gexf = nx.read_gexf(export(built, "gexf", tmp_path / "g.gexf"))
    for g in (graphml, gexf):
        assert g.number_of_nodes() == len(pg.types) and g.number_of_edges() == len(pg.edges)
    team = "https://w3id.org/xunshi/id/team/张家口市委/第4巡察组/2020-08"
    assert graphml.nodes[team]["type"] == "InspectionTeam" and graphml.nodes[team]["label"] == "张家口市委第四巡察组"
    assert gexf.nodes[team]["label"] == "张家口市委第四巡察组"
    evidence = next(n for n, d in graphml.nodes(data=True) if d["type"] == "Evidence")
    assert int(graphml.nodes[evidence]["start"]) < int(graphml.nodes[evidence]["end"])
    assert "startOffset" in gexf.nodes[evidence]  # not read as a time spell
    labels = {d["label"] for _, _, d in graphml.edges(data=True)}
    assert {"team", "target", "member", "role", "wasDerivedFrom", "evidence"} <= labels


def test_parallel_edges_survive_graphml_and_gexf(tmp_path: Path) -> None:
    g = ox.NamedNode("https://w3id.org/xunshi/id/graph/x")
    s, o = ox.NamedNode("https://w3id.org/xunshi/id/feedback/x/1"), ox.NamedNode("https://w3id.org/xunshi/id/org/甲")
    ns = "https://w3id.org/xunshi/ontology#"
    data = [ox.Quad(s, ox.NamedNode(ns + p), o, g) for p in ("target", "team")]
    (tmp_path / "graph.trig").write_bytes(ox.serialize(data, format=ox.RdfFormat.TRIG))
    assert nx.read_graphml(export(tmp_path, "graphml"), force_multigraph=True).number_of_edges() == 2
    assert nx.read_gexf(export(tmp_path, "gexf")).number_of_edges() == 2


def typed_graph(folder: Path) -> Path:
    """A team with an integer ordinal, an inspection with an issue count and a full date, another with a
    year-month start date, and two literals of one integer attribute on one node."""
    ns, xsd = "https://w3id.org/xunshi/ontology#", "http://www.w3.org/2001/XMLSchema#"
    g = ox.NamedNode("https://w3id.org/xunshi/id/graph/x")
    team, i1, i2 = (ox.NamedNode(f"https://w3id.org/xunshi/id/{k}") for k in ("team/甲第四巡察组", "inspection/x/1",
                                                                               "inspection/x/2"))
    lit = lambda v, t: ox.Literal(v, datatype=ox.NamedNode(xsd + t))  # noqa: E731 - a table's shorthand
    data = [(team, "ordinal", lit("4", "integer")), (team, "label", ox.Literal("甲第四巡察组")),
            (i1, "team", team), (i1, "issuesReported", lit("12", "integer")), (i1, "startDate", lit("2021-03-01", "date")),
            (i1, "date", lit("2021-04-01", "date")), (i2, "date", lit("2021-05-02", "date")),
            (i2, "startDate", lit("2021-09", "gYearMonth")), (i2, "round", lit("1", "integer")),
            (i2, "round", lit("2", "integer"))]
    quads = [ox.Quad(s, ox.NamedNode(ns + p), o, g) for s, p, o in data]
    (folder / "graph.trig").write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    return folder


def test_graphml_and_gexf_type_integer_attributes_and_gexf_has_no_networkx_key(tmp_path: Path) -> None:
    out = typed_graph(tmp_path)
    team, i1 = "https://w3id.org/xunshi/id/team/甲第四巡察组", "https://w3id.org/xunshi/id/inspection/x/1"
    graphml_path, gexf_path = export(out, "graphml"), export(out, "gexf")
    for g in (nx.read_graphml(graphml_path, force_multigraph=True), nx.read_gexf(gexf_path)):
        assert g.nodes[team]["ordinal"] == 4 and g.nodes[i1]["issuesReported"] == 12
        assert g.nodes[i1]["date"] == "2021-04-01"  # neither format has a date type: ISO 8601 text
        assert g.nodes["https://w3id.org/xunshi/id/inspection/x/2"]["round"] == "1 | 2"  # several values: text
    graphml = graphml_path.read_text(encoding="utf-8")
    assert 'attr.name="ordinal" attr.type="long"' in graphml and 'attr.name="label" attr.type="string"' in graphml
    gexf = gexf_path.read_text(encoding="utf-8")
    assert 'title="issuesReported" type="long"' in gexf and "networkx_key" not in gexf
    assert {e["data"]["ordinal"] for e in json.loads(export(out, "cytoscape").read_text(encoding="utf-8"))
            ["elements"]["nodes"] if "ordinal" in e["data"]} == {4}
    with open(export(out, "neo4j-csv") / "nodes.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert {"ordinal:long", "date:date", "startDate", "round:string[]"} <= set(header)  # 2021-09 is no xsd:date


def test_neo4j_csv_has_admin_import_headers_and_consistent_rows(built: Path, quads: set[ox.Quad],
                                                                tmp_path: Path) -> None:
    folder = export(built, "neo4j-csv", tmp_path / "neo4j")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.reader(f))
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as f:
        rels = list(csv.reader(f))
    header = nodes[0]
    assert header[0].endswith(":ID") and header[1] == ":LABEL" and rels[0] == [":START_ID", ":END_ID", ":TYPE"]
    fields = [h.split(":")[0] for h in header[2:]]
    assert len(fields) == len(set(fields)) and all(h.count(":") <= 1 for h in header[2:])
    assert all(h.split(":")[1] in ("long", "date", "string[]") for h in header[2:] if ":" in h)
    assert all(len(row) == len(header) for row in nodes)
    ids = {row[0] for row in nodes[1:]}
    assert len(ids) == len(nodes) - 1
    pg = property_graph(quads)
    assert len(ids) == len(pg.types) and len(rels) - 1 == len(pg.edges)
    assert all(r[0] in ids and r[1] in ids and r[2] for r in rels[1:])
    person = next(row for row in nodes if row[0].endswith("/person/乔树军/张家口市委"))
    alt = header.index("altLabel:string[]")
    # The graph's altLabels (whatever kg.graph.rdf kept of the control characters), a ';' inside one written as '；'.
    written = {q.object.value for q in quads if q.subject.value == person[0] and q.predicate.value.endswith("#altLabel")}
    assert len(written) == 2 and set(person[alt].split(";")) == {v.replace(";", "；") for v in written}
    assert any("树；军" in v for v in person[alt].split(";"))


def test_cytoscape_json_loads_with_the_same_counts(built: Path, quads: set[ox.Quad], tmp_path: Path) -> None:
    doc = json.loads(export(built, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    pg = property_graph(quads)
    assert len(nodes) == len(pg.types) and len(edges) == len(pg.edges)
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)


def test_exports_of_one_build_are_byte_identical(built: Path, tmp_path: Path) -> None:
    for fmt in ("ttl", "trig", "nq", "jsonld", "graphml", "cytoscape"):
        first, second = export(built, fmt, tmp_path / f"a.{fmt}"), export(built, fmt, tmp_path / f"b.{fmt}")
        assert first.read_bytes() == second.read_bytes()


def test_export_of_a_folder_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    from kg.errors import KgError

    with pytest.raises(KgError, match="kg build"):
        export(tmp_path, "ttl")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=nasty, text=nasty)
def test_any_text_survives_every_export(tmp_path_factory: pytest.TempPathFactory, name: str, text: str) -> None:
    doc = Document(id="d", original=text, text=text)
    doc.facts = DocumentFacts(people=[Person(name or "某", [text], [Evidence(0, len(text) + 1, text)])])
    out = tmp_path_factory.mktemp("nasty")
    write_graphs([doc], out)
    quads = set(read_quads(out))
    for fmt in ("nq", "jsonld", "trig"):
        assert set(ox.parse(path=str(export(out, fmt)), format=RDF_FORMATS[fmt])) == quads
    pg = property_graph(quads)
    for g in (nx.read_graphml(export(out, "graphml"), force_multigraph=True), nx.read_gexf(export(out, "gexf"))):
        assert (g.number_of_nodes(), g.number_of_edges()) == (len(pg.types), len(pg.edges))
    cy = json.loads(export(out, "cytoscape").read_text(encoding="utf-8"))
    assert len(cy["elements"]["nodes"]) == len(pg.types)
    with open(export(out, "neo4j-csv") / "nodes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) - 1 == len(pg.types) and len({len(r) for r in rows}) == 1
