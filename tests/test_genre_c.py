"""The third blind held-out set (tests/genre_c): 16 texts written before the rules were read (short
briefs, a long central feedback, a bank's and a hospital's inspections, village targets, an
announcement, a Traditional reprint, inline pinyin), then fixed by general rules only. Here:
nothing is invented on its negative texts (a training class, a Q&A on the regulation, a
corporate audit), the people they name are the only people found, and on the others every
team, person and post of the gold is found.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from rdflib import Graph

from genre_sets import XS, build_graph, derived, gold_stems, invented, names, people, posts, stems
from genre_sets import gold as gold_of

GENRE_C = Path(__file__).resolve().parent / "genre_c"
NEGATIVES, POSITIVES = stems(GENRE_C)
gold = partial(gold_of, GENRE_C)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return build_graph(GENRE_C, tmp_path_factory.mktemp("genre_c"))


def same_post(a: str, b: str) -> bool:
    """局党组书记 and 党组书记 name one post (the longer only adds the organisation in front, as the scorer
    reads them); 镇党委副书记 and 党委书记 do not."""
    short, long_ = sorted((a, b), key=len)
    return long_.endswith(short) and len(short) >= 2 and not long_[: -len(short)].endswith(("副", "常务", "第一"))


def test_the_set_has_three_negatives_and_gold_for_every_text() -> None:
    assert len(NEGATIVES) == 3 and len(POSITIVES) == 13
    assert gold_stems(GENRE_C) == set(NEGATIVES + POSITIVES)


@pytest.mark.parametrize("stem", NEGATIVES)
def test_nothing_is_invented_from_a_negative_text(graph: Graph, stem: str) -> None:
    assert invented(graph, stem) == [], stem
    assert people(graph, stem) == {p["name"] for p in gold(stem)["people"]}


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_gold_team_is_found(graph: Graph, stem: str) -> None:
    teams = [names(graph, t) for t in derived(graph, stem, XS.InspectionTeam)]
    for team in gold(stem)["teams"]:
        assert any(set(team["aliases"]) & t for t in teams), (stem, team["aliases"], teams)


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_gold_person_and_post_is_found(graph: Graph, stem: str) -> None:
    found = posts(graph, stem)
    for p in gold(stem)["people"]:
        assert any(n == p["name"] and same_post(r, p["role"]) for n, r in found), (stem, p["name"], p["role"])
