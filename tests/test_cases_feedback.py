"""Feedback meetings in the genre's varied forms (cases in cases_feedback.py), one case per row."""
from __future__ import annotations

import pytest

from kg.document import Document, Metadata
from kg.facts import DocumentFacts
from kg.pipeline import Pipeline
from tests.cases_feedback import CASES

STAGES = ["normalise", "structure", "mentions.rules", "relations", "resolve"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(STAGES)


def feedback_pairs(f: DocumentFacts) -> set[tuple]:
    """(team, target, date) of each feedback: its own team and targets and those of the inspection it links to."""
    inspections = {i.key: i for i in f.inspections}
    out = set()
    for fb in f.feedback:
        linked = inspections.get(fb.inspection or "")
        team = fb.team or (linked.team if linked else None)
        for target in fb.targets + (linked.targets if linked else []):
            out.add((team, target, fb.date))
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_feedback(pipeline: Pipeline, name: str) -> None:
    case = CASES[name]
    doc = Document(id="case", original=case["text"], metadata=Metadata(issued=case.get("issued")))
    f = pipeline(doc).facts
    if "feedback" in case:
        assert feedback_pairs(f) == case["feedback"]
    if "dates" in case:
        inspections = {i.key: i for i in f.inspections}
        assert {(t, fb.start, fb.end) for fb in f.feedback
                for t in fb.targets + (inspections[fb.inspection].targets if fb.inspection else [])} == case["dates"]
    if "presided" in case:
        assert [fb.presided_by for fb in f.feedback] == [case["presided"]]
    if case.get("no_feedback"):
        assert f.feedback == []
