"""The held-out genre set (tests/genre): what must hold on texts the rules were not written from.

tests/genre/corpus holds documents written the way the genre's sites publish them, at every
level and in every form (see benchmarks/genre_eval.py, which scores them against their gold).
Here: on the negative texts nothing may be invented, and on the others a few facts that any
reading of the text gives (each team with its kind and ordinal, the organisation inspected,
the document's type). The score itself is a figure, printed by the benchmark, not a threshold.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from genre_sets import XS, build_graph, derived, document, gold_stems, invented, names, stems
from genre_sets import gold as gold_of

GENRE = Path(__file__).resolve().parent / "genre"
NEGATIVES, POSITIVES = stems(GENRE)
gold = partial(gold_of, GENRE)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The genre corpus built once (no store, no view), read back from graph.ttl."""
    return build_graph(GENRE, tmp_path_factory.mktemp("genre"))


def test_the_set_has_negatives_and_gold_for_every_text() -> None:
    assert len(NEGATIVES) >= 4 and len(POSITIVES) >= 15
    assert gold_stems(GENRE) == set(NEGATIVES + POSITIVES)


@pytest.mark.parametrize("stem", NEGATIVES)
def test_nothing_is_invented_from_a_negative_text(graph: Graph, stem: str) -> None:
    assert invented(graph, stem) == [], stem
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
