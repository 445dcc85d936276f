"""The held-out genre set (tests/genre): what must hold on texts the rules were not written from.

tests/genre/corpus holds documents written the way the genre's sites publish them, at every
level and in every form (see benchmarks/genre_eval.py, which scores them against their gold).
Here: on the negative texts nothing may be invented, and on the others a few facts that any
reading of the text gives (each team with its kind and ordinal, the organisation inspected,
the document's type). The score itself is a figure, printed by the benchmark, not a threshold.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.builder import build

GENRE = Path(__file__).resolve().parent / "genre"
XS = Namespace("https://w3id.org/xunshi/ontology#")
NEGATIVES = sorted(p.stem for p in (GENRE / "corpus").iterdir() if "_neg_" in p.stem)
POSITIVES = sorted(p.stem for p in (GENRE / "corpus").iterdir() if "_neg_" not in p.stem)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The genre corpus built once (no store, no view), read back from graph.ttl."""
    out = tmp_path_factory.mktemp("genre")
    report = build([GENRE / "corpus"], out_dir=out, view=False, store=False)
    assert not report.errors, report.error_lines()
    return Graph().parse(out / "graph.ttl")


def gold(stem: str) -> dict:
    return json.loads((GENRE / "gold" / f"{stem}.gold.json").read_text(encoding="utf-8"))


def document(g: Graph, stem: str) -> URIRef:
    nodes = [d for d in g.subjects(DCTERMS.identifier, Literal(stem)) if (d, RDF.type, XS.Document) in g]
    assert len(nodes) == 1, f"{stem}: {len(nodes)} documents"
    return nodes[0]


def derived(g: Graph, stem: str, cls: URIRef) -> list[URIRef]:
    doc = document(g, stem)
    return [s for s in g.subjects(PROV.wasDerivedFrom, doc) if (s, RDF.type, cls) in g]


def names(g: Graph, node: URIRef) -> set[str]:
    return {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p)}


def test_the_set_has_negatives_and_gold_for_every_text() -> None:
    assert len(NEGATIVES) >= 4 and len(POSITIVES) >= 15
    assert {p.name.split(".gold.json")[0] for p in (GENRE / "gold").glob("*.gold.json")} == set(NEGATIVES + POSITIVES)


@pytest.mark.parametrize("stem", NEGATIVES)
def test_nothing_is_invented_from_a_negative_text(graph: Graph, stem: str) -> None:
    for cls in (XS.InspectionTeam, XS.Inspection, XS.Feedback, XS.Issue, XS.Measure, XS.Recommendation):
        assert derived(graph, stem, cls) == [], f"{stem}: {cls.split('#')[1]} invented"
    doc = document(graph, stem)
    assert (doc, RDF.type, XS.FeedbackReport) not in graph and (doc, RDF.type, XS.RectificationReport) not in graph


@pytest.mark.parametrize("stem", POSITIVES)
def test_each_team_is_found_with_its_kind_and_ordinal(graph: Graph, stem: str) -> None:
    found = {(name, str(graph.value(t, XS.teamKind)), graph.value(t, XS.ordinal))
             for t in derived(graph, stem, XS.InspectionTeam) for name in names(graph, t)}
    for team in gold(stem)["teams"]:
        name = team["aliases"][0]
        ordinal = next((Literal(i + 1) for i, c in enumerate("一二三四五六七八九") if f"第{c}" in name), None)
        assert (name, team["kind"], ordinal) in found, f"{stem}: {(name, team['kind'], ordinal)} not in {found}"


@pytest.mark.parametrize("stem", POSITIVES)
def test_each_inspection_has_its_team_and_target(graph: Graph, stem: str) -> None:
    got = [(names(graph, graph.value(i, XS.team)), set().union(*[names(graph, o) for o in graph.objects(i, XS.target)]))
           for i in derived(graph, stem, XS.Inspection)]
    for want in gold(stem)["inspections"]:
        assert any(want["team"] in teams and set(want["target_aliases"]) & targets for teams, targets in got), \
            f"{stem}: {want['team']} → {want['target_aliases'][0]} not in {got}"


@pytest.mark.parametrize("stem", POSITIVES)
def test_document_type(graph: Graph, stem: str) -> None:
    cls = {"feedback": XS.FeedbackReport, "rectification": XS.RectificationReport}[gold(stem)["doc_type"]]
    assert (document(graph, stem), RDF.type, cls) in graph


def test_traditional_and_pinyin_texts_give_simplified_names(graph: Graph) -> None:
    teams = {n for stem in ("g17_hant_feedback", "g19_pinyin_feedback")
             for t in derived(graph, stem, XS.InspectionTeam) for n in names(graph, t)}
    assert {"省委第四巡视组", "区委第一巡察组"} <= teams
    assert not any("(" in n or "組" in n for n in teams)
