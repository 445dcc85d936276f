"""Feedback meetings in the genre's varied forms (cases in cases_feedback.py), one case per row."""
from __future__ import annotations

import pytest

from kg.extract.pipeline import Pipeline
from kg.ingest.document import Document, Metadata
from test_relations import feedback_pairs
from tests.cases_feedback import CASES

STAGES = ["normalise", "structure", "mentions.rules", "relations", "resolve"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(STAGES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_feedback(pipeline: Pipeline, name: str) -> None:
    case = CASES[name]
    doc = Document(id="case", original=case["text"], metadata=Metadata(issued=case.get("issued")))
    f = pipeline(doc).facts
    if "feedback" in case:
        assert feedback_pairs(f) == case["feedback"]
    if "inspections" in case:
        assert {(i.team, t) for i in f.inspections for t in i.targets} == case["inspections"]
    if "dates" in case:
        inspections = {i.key: i for i in f.inspections}
        assert {(t, fb.start, fb.end) for fb in f.feedback
                for t in fb.targets + (inspections[fb.inspection].targets if fb.inspection else [])} == case["dates"]
    if "presided" in case:
        assert [fb.presided_by for fb in f.feedback] == [case["presided"]]
    if "teams" in case:
        assert {t.name for t in f.teams} == case["teams"]
    if "not_targets" in case:  # (no malformed unit, wherever read)
        assert not case["not_targets"] & {t for fact in (*f.feedback, *f.inspections) for t in fact.targets}
    if case.get("no_feedback"):
        assert f.feedback == []
