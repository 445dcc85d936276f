"""Doc type and publication date of texts in the genre's varied forms (cases in cases_doctype.py), one case per row."""
from __future__ import annotations

import pytest

from kg.extract.pipeline import Pipeline
from kg.ingest.document import Document
from tests.cases_doctype import DOC_TYPES, PUBLISHED


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["normalise", "structure", "mentions.rules", "relations", "findings"])


@pytest.mark.parametrize("name", sorted(DOC_TYPES))
def test_doc_type(pipeline: Pipeline, name: str) -> None:
    text, doc_type = DOC_TYPES[name]
    assert pipeline(Document(id="case", original=text)).facts.doc_type == doc_type


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_published(pipeline: Pipeline, name: str) -> None:
    text, issued = PUBLISHED[name]
    assert pipeline(Document(id="case", original=text)).metadata.issued == issued
