"""People and posts: each phrasing of tests/cases_people.py gives exactly its people and memberships."""
from __future__ import annotations

import pytest

from kg.extract.pipeline import Pipeline
from kg.ingest.document import Document
from tests.cases_people import ROWS

STAGES = ["normalise", "structure", "mentions.rules", "relations", "resolve"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(STAGES)


@pytest.mark.parametrize("name", list(ROWS))
def test_phrasing(pipeline: Pipeline, name: str) -> None:
    text, people, posts = ROWS[name]
    facts = pipeline(Document(id="case", original=text)).facts
    assert {p.name for p in facts.people} == people
    assert {(m.person, m.role, m.organisation) for m in facts.memberships} == posts
