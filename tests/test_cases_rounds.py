"""Round-ups of many inspections and pinyin reprints (cases in cases_rounds.py), one case per row."""
from __future__ import annotations

import pytest

from kg.document import Document, Metadata
from kg.normalise import normalise_text
from kg.pipeline import Pipeline, pipeline_for
from test_relations import feedback_pairs
from tests.cases_rounds import CASES


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(pipeline_for("rules"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_round(pipeline: Pipeline, name: str) -> None:
    case = CASES[name]
    for part in case.get("normalised", ()):
        assert part in normalise_text(case["text"])[0]
    doc = Document(id="case", original=case["text"], metadata=Metadata(issued=case.get("issued")))
    f = pipeline(doc).facts
    pairs = {(i.team, t) for i in f.inspections for t in i.targets}
    if "inspections" in case:
        assert pairs == case["inspections"]
    for target, dates in case.get("dates", {}).items():
        assert {(i.start, i.end) for i in f.inspections if target in i.targets} == {dates}, target
    for target, mode in case.get("modes", {}).items():
        assert {i.mode for i in f.inspections if target in i.targets} == {mode}, target
    if "feedback" in case:
        assert feedback_pairs(f) == case["feedback"]
    for key, value in case.get("counts", {}).items():
        assert f.issue_counts.get(key) == value or [getattr(i, f"issues_{key}") for i in f.inspections] == [value], key
    memberships = {(m.person, m.role, m.organisation) for m in f.memberships}
    for person, role, org in case.get("posts", set()):
        assert any(p == person and r == role and (org is None or o == org) for p, r, o in memberships), (
            person, role, org, memberships)
    assert not case.get("not_posts", set()) & memberships
    assert case.get("people", set()) <= {p.name for p in f.people}
    assert case.get("teams", set()) <= {t.name for t in f.teams}
