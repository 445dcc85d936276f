"""kg.graph.validate: the SHACL shapes accept a correct graph and name the node behind each violation."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, XSD

from kg.cli import main
from kg.errors import KgError
from kg.graph.rdf import write_graphs
from kg.graph.validate import check, validate
from test_rdf import documents, node

XS = Namespace("https://w3id.org/xunshi/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    out = tmp_path_factory.mktemp("valid")
    write_graphs(documents(), out)
    return Graph().parse(out / "graph.ttl", format="turtle")


def broken(graph: Graph) -> Graph:
    g = Graph()
    for t in graph:
        g.add(t)
    return g


def test_hand_built_graph_conforms(graph: Graph) -> None:
    violations, warnings = check(graph)
    assert violations == [] and warnings == []


def test_node_without_evidence_or_provenance_is_named(graph: Graph) -> None:
    g = broken(graph)
    person = node("person", "王小军", "下花园区委")
    g.remove((person, XS.evidence, None))
    g.remove((person, PROV.wasDerivedFrom, None))
    violations, _ = check(g)
    assert len(violations) == 2
    assert all(v.startswith(f"王小军 <{person}>: xsh:ExtractedShape") for v in violations)
    assert any("xs:evidence" in v for v in violations) and any("prov:wasDerivedFrom" in v for v in violations)


def test_untyped_date_bad_offsets_and_membership_without_role_are_violations(graph: Graph) -> None:
    g = broken(graph)
    insp = node("inspection", "000_45abcf2326382c21", "1")
    g.set((insp, XS.startDate, Literal("2020年8月22日")))
    evidence = next(iter(g.objects(insp, XS.evidence)))
    g.set((evidence, XS.start, Literal(9999, datatype=XSD.integer)))
    membership = next(iter(g.subjects(ORG.member, node("person", "王小军", "下花园区委"))))
    g.remove((membership, ORG.role, None))
    violations, _ = check(g)
    assert any(v.startswith(f"<{insp}>: xsh:InspectionShape xs:startDate") and "2020年8月22日" in v
               for v in violations)
    assert any(v.startswith(f"<{evidence}>: xsh:EvidenceShape xs:start") for v in violations)
    assert any(v.startswith(f"<{membership}>: xsh:MembershipShape org:role") for v in violations)


def test_two_labels_and_a_team_that_is_not_a_team_are_violations(graph: Graph) -> None:
    g = broken(graph)
    team = node("team", "张家口市委", "第4巡察组", "2020-08")
    g.add((team, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("第四巡察组")))
    insp = node("inspection", "000_45abcf2326382c21", "1")
    g.set((insp, XS.team, node("person", "乔树军", "张家口市委")))
    violations, _ = check(g)
    assert any("xsh:LabelShape rdfs:label" in v and str(team) in v for v in violations)
    assert any(f"<{insp}>: xsh:InspectionShape xs:team" in v for v in violations)


def test_inspection_naming_no_team_is_only_a_warning(graph: Graph) -> None:
    g = broken(graph)
    insp = node("inspection", "rect_001", "1")
    g.remove((insp, XS.team, None))
    violations, warnings = check(g)
    assert violations == [] and len(warnings) == 1 and str(insp) in warnings[0] and "xs:team" in warnings[0]


def test_validate_command_exit_status(tmp_path: Path, graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good"
    write_graphs(documents(), good)
    assert validate(good) == []
    assert main(["validate", str(good)]) == 0 and "conforms" in capsys.readouterr().out
    bad = tmp_path / "bad"
    bad.mkdir()
    g = broken(graph)
    g.remove((node("org", "下花园区委"), XS.evidence, None))
    g.serialize(bad / "graph.ttl", format="turtle")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "下花园区委 <https://w3id.org/xunshi/id/org/下花园区委>: xsh:ExtractedShape xs:evidence" in out
    assert "1 violation(s)" in out
    with pytest.raises(KgError, match=r"kg\.build\("):  # the Python call, so the Python wording
        validate(tmp_path / "nothing")


def test_built_samples_conform(built_samples: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert validate(built_samples) == []


def test_many_warnings_are_counted_not_all_logged(tmp_path: Path, graph: Graph,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    g = broken(graph)
    for n in range(25):
        insp = URIRef(f"https://w3id.org/xunshi/id/inspection/rect_001/extra{n}")
        for p, o in graph.predicate_objects(node("inspection", "rect_001", "1")):
            if p != XS.team:
                g.add((insp, p, o))
    (tmp_path / "out").mkdir()
    g.serialize(tmp_path / "out" / "graph.ttl", format="turtle")
    with caplog.at_level(logging.WARNING, logger="kg.graph.validate"):
        assert validate(tmp_path / "out") == []
    assert len(caplog.records) == 21 and "and 5 more warning(s)" in caplog.records[-1].getMessage()
