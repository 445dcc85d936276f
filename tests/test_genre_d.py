"""The fourth blind held-out set (tests/genre_d): 19 texts an annotator wrote without reading the rules (round
announcements with tables, feedback news at every level, rectification reports, Traditional with inline pinyin,
a regulation, an audit report, a training class), then fixed by general rules only. Here: nothing is invented
on its negative texts, the people they name are the only people found, and on the others every team, person
and post of the gold is found.
"""
from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest
from rdflib import Graph

from genre_sets import XS, build_graph, derived, gold_stems, invented, names, people, posts
from genre_sets import gold as gold_of
from test_genre_c import same_post

GENRE_D = Path(__file__).resolve().parent / "genre_d"
# The texts with no team, inspection, feedback or issue (README.md): an audit report, a regulation, a training.
NEGATIVES = ["d17", "d18", "d19"]
POSITIVES = sorted(p.stem for p in (GENRE_D / "corpus").iterdir() if p.stem not in NEGATIVES)
gold = partial(gold_of, GENRE_D)
# A gold team that singles out no one team (市委6个巡察组, 各巡察组, a bare 省委巡视组): finding it is optional.
GROUP_OR_GENERIC = re.compile(r"\d+个|[一二三四五六七八九十两]+个|各|至第|^(?:中央|省委|市委|州委|县委|区委|党委|党组)?(?:巡视|巡察)组$")


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return build_graph(GENRE_D, tmp_path_factory.mktemp("genre_d"))


def test_the_set_has_three_negatives_and_gold_for_every_text() -> None:
    assert len(POSITIVES) == 16
    assert gold_stems(GENRE_D) == set(NEGATIVES + POSITIVES)
    assert all(not gold(stem)["teams"] and not gold(stem)["inspections"] for stem in NEGATIVES)


@pytest.mark.parametrize("stem", NEGATIVES)
def test_nothing_is_invented_from_a_negative_text(graph: Graph, stem: str) -> None:
    assert invented(graph, stem) == [], stem
    assert people(graph, stem) == {p["name"] for p in gold(stem)["people"]}


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_gold_team_is_found(graph: Graph, stem: str) -> None:
    teams = [names(graph, t) for t in derived(graph, stem, XS.InspectionTeam)]
    for team in [t for t in gold(stem)["teams"] if not all(GROUP_OR_GENERIC.search(a) for a in t["aliases"])]:
        assert any(numbered(team["aliases"]) & numbered(t) for t in teams), (stem, team["aliases"], teams)


def numbered(aliases: set[str] | list[str]) -> set[str]:
    """The names without the dispatcher (第二巡察组 of 行党委第二巡察组): within one text they single out the team."""
    return {a[a.index("第"):] if "第" in a else a for a in aliases}


@pytest.mark.parametrize("stem", POSITIVES)
def test_every_gold_person_and_post_is_found(graph: Graph, stem: str) -> None:
    found = posts(graph, stem)
    for p in gold(stem)["people"]:
        assert any(n == p["name"] and same_post(r, p["role"]) for n, r in found), (stem, p["name"], p["role"])
