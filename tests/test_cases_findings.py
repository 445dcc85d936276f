"""The phrasing table of problem lists and counts (tests/cases_findings.py): one test per row."""
from __future__ import annotations

import pytest

from kg.extract.findings import findings
from kg.extract.normalise import normalise_text
from kg.extract.pipeline import Pipeline
from kg.facts import Evidence, Inspection
from kg.ingest.document import Document
from tests.cases_findings import CASES

PRE = Pipeline(["normalise", "structure"])


def extract(text: str) -> Document:
    """normalise → structure → one inspection named at the start (as relations would find it) → findings."""
    doc = PRE(Document(id="t", original=text))
    doc.facts.inspections = [Inspection(key="inspection-1", targets=["被巡察单位"], evidence=[Evidence(0, 1, text[:1])])]
    return findings(doc)


def simplified(texts: list[str]) -> list[str]:
    """Expected strings as the normalised text writes them (half-width punctuation)."""
    return [normalise_text(t)[0] for t in texts]


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_phrasing(case: dict) -> None:
    doc = extract(case["text"])
    assert [i.text for i in doc.facts.issues] == simplified(case["issues"])
    if "categories" in case:
        assert [i.category for i in doc.facts.issues] == [c and simplified([c])[0] for c in case["categories"]]
    if "measures" in case:
        assert [sum(m.issue == i.key for m in doc.facts.measures) for i in doc.facts.issues] == case["measures"]
    if "counts" in case:
        inspection = doc.facts.inspections[0]
        counts = {key: getattr(inspection, f"issues_{key}") for key in ("reported", "rectified", "ongoing")}
        assert {k: v for k, v in counts.items() if v is not None} == case["counts"]
