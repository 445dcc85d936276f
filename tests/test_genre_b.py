"""The blind held-out set (tests/genre_b): texts written before the rules were read, then fixed by
general rules only (see benchmarks/genre_eval.py for the score on tests/genre; the same scorer
runs on this folder). Here: nothing is invented on its negative texts (a speech on inspection
work, a regulation, an audit report, government news), the people they name are the only
people found, and on the others every team, person and post of the gold is found.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from rdflib import Graph

from genre_sets import XS, build_graph, derived, gold_stems, invented, names, people, posts, stems
from genre_sets import gold as gold_of

GENRE_B = Path(__file__).resolve().parent / "genre_b"
NEGATIVES, POSITIVES = stems(GENRE_B)
gold = partial(gold_of, GENRE_B)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return build_graph(GENRE_B, tmp_path_factory.mktemp("genre_b"))


def test_the_set_has_four_negatives_and_gold_for_every_text() -> None:
    assert len(NEGATIVES) == 4 and len(POSITIVES) == 16
    assert gold_stems(GENRE_B) == set(NEGATIVES + POSITIVES)


@pytest.mark.parametrize("stem", NEGATIVES)
def test_nothing_is_invented_from_a_negative_text(graph: Graph, stem: str) -> None:
    assert invented(graph, stem) == [], stem
    assert people(graph, stem) == {p["name"] for p in gold(stem)["people"]}


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_team_person_and_post_is_found(graph: Graph, stem: str) -> None:
    teams = [names(graph, t) for t in derived(graph, stem, XS.InspectionTeam)]
    for team in gold(stem)["teams"]:
        assert any(set(team["aliases"]) & t for t in teams), (stem, team["aliases"], teams)
    found = posts(graph, stem)
    for p in gold(stem)["people"]:
        assert any(n == p["name"] and r.endswith(p["role"]) for n, r in found), (stem, p["name"], p["role"])
