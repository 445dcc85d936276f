"""The ninth blind held-out set (tests/genre_i): 14 documents written by an annotator who never read the extractor
(Traditional reprints with inline pinyin and odd spaces after it, round-ups naming many inspections: a central
round's feedback, a province's entry with each team's leader in brackets, city/county/university/SOE rectification
round-ups with a team's units beneath its line, after a dash or a unit's team in brackets, an annual report, a
round's notice table, and two distractors: a river patrol and a hospital's free clinic), then fixed by general rules
only (phrasing rows in tests/cases_rounds.py). Here: nothing is invented on the distractors and the people found
there are the gold's; on the others every team, person and post of the gold is found, and every gold inspection's
(team, target) too.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from rdflib import Graph, Namespace

from genre_sets import build_graph, derived, gold_stems, invented, names, people, posts, stems, unfound_teams
from genre_sets import gold as gold_of
from test_genre_c import same_post

GENRE_I = Path(__file__).resolve().parent / "genre_i"
XS = Namespace("https://w3id.org/xunshi/ontology#")
gold = partial(gold_of, GENRE_I)
_, ALL = stems(GENRE_I)
NEGATIVES = [s for s in ALL if not gold(s)["teams"] and not gold(s)["inspections"]]
POSITIVES = [s for s in ALL if s not in NEGATIVES]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return build_graph(GENRE_I, tmp_path_factory.mktemp("genre_i"))


def test_the_set_has_two_distractors_and_gold_for_every_text() -> None:
    assert NEGATIVES == ["i13", "i14"] and len(POSITIVES) == 12
    assert gold_stems(GENRE_I) == set(ALL)


@pytest.mark.parametrize("stem", NEGATIVES)
def test_nothing_is_invented_from_a_distractor(graph: Graph, stem: str) -> None:
    assert invented(graph, stem) == [], stem
    assert people(graph, stem) == {p["name"] for p in gold(stem)["people"]}, stem


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_gold_team_is_found(graph: Graph, stem: str) -> None:
    assert unfound_teams(graph, stem, gold(stem)["teams"]) == [], stem


@pytest.mark.parametrize("stem", ALL)
def test_every_gold_person_and_post_is_found(graph: Graph, stem: str) -> None:
    found = posts(graph, stem)
    for p in gold(stem)["people"]:
        assert any(n == p["name"] and (r == p["role"] or same_post(r, p["role"])) for n, r in found), (
            stem, p["name"], p["role"])


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_gold_inspection_is_found(graph: Graph, stem: str) -> None:
    """Each gold (team, target): an inspection of the document whose team carries the gold team's name (or none for
    none) and one of whose targets carries one of the gold target's names."""
    found = []
    for i in derived(graph, stem, XS.Inspection):
        teams = [names(graph, t) for t in graph.objects(i, XS.team)]
        found += [(teams, names(graph, t)) for t in graph.objects(i, XS.target)]
    for g in gold(stem)["inspections"]:
        assert any((not teams if g["team"] is None else any(g["team"] in t or any(n.endswith(g["team"]) for n in t)
                                                            for t in teams))
                   and set(g["target_aliases"]) & target for teams, target in found), (stem, g)
