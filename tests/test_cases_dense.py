"""Dense pages in the genre's varied forms, one case per row: cases_dense.py (many teams and units on one page,
flattened tables, round summaries), cases_rounds.py (round-ups of many inspections, pinyin reprints) and
cases_short_names.py (short names a page defines for a unit), all in the same keys."""
from __future__ import annotations

import pytest

from kg.extract.normalise import normalise_text
from kg.extract.pipeline import Pipeline, pipeline_for
from kg.extract.structure import meta_fields
from kg.ingest.document import Document, Metadata
from test_relations import feedback_pairs
from tests.cases_dense import CASES as DENSE
from tests.cases_dense import HEADER_DATES, META_LINES
from tests.cases_rounds import CASES as ROUNDS
from tests.cases_short_names import CASES as SHORT_NAMES

CASES = {**{f"dense: {k}": v for k, v in DENSE.items()}, **{f"round-up: {k}": v for k, v in ROUNDS.items()},
         **{f"short names: {k}": v for k, v in SHORT_NAMES.items()}}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(pipeline_for("rules"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_dense(pipeline: Pipeline, name: str) -> None:
    case = CASES[name]
    for part in case.get("normalised", ()):
        assert part in normalise_text(case["text"])[0]
    doc = Document(id="case", original=case["text"], metadata=Metadata(issued=case.get("issued")))
    f = pipeline(doc).facts
    pairs = {(i.team, t) for i in f.inspections for t in i.targets}
    if "inspections" in case:
        assert pairs == case["inspections"]
    assert not case.get("not_targets", set()) & {t for _, t in pairs}
    if case.get("no_inspections") or case.get("no_facts_but_teams"):
        assert pairs == set() and f.feedback == []
    for target, dates in case.get("dates", {}).items():
        assert {(i.start, i.end) for i in f.inspections if target in i.targets} == {dates}, target
    for target, mode in case.get("modes", {}).items():
        assert {i.mode for i in f.inspections if target in i.targets} == {mode}, target
    if "feedback" in case:
        assert feedback_pairs(f) == case["feedback"]
    assert not case.get("not_feedback_targets", set()) & {t for _, t, _ in feedback_pairs(f)}
    for key, value in case.get("counts", {}).items():
        # (as the scorer reads them: the document's count, or an inspection's where the count is its own or the round's)
        assert value in {f.issue_counts.get(key)} | {getattr(i, f"issues_{key}") for i in f.inspections}, key
    teams = {t.name for t in f.teams}
    assert case.get("teams", set()) <= teams
    assert not case.get("not_teams", set()) & teams
    memberships = {(m.person, m.role, m.organisation) for m in f.memberships}
    for person, role, org in case.get("posts", set()):
        assert any(p == person and r == role and (org is None or o == org) for p, r, o in memberships), (
            person, role, org, memberships)
    assert not case.get("not_posts", set()) & memberships
    people = {p.name for p in f.people}
    assert case.get("people", set()) <= people
    assert not case.get("not_people", set()) & people
    issues = {i.text for i in f.issues}
    assert case.get("issues", set()) <= issues, issues
    assert not case.get("not_issues", set()) & issues
    if case.get("no_issues"):
        assert issues == set()
    for name, alias in case.get("aliases", {}).items():
        assert any(o.name == name and alias in o.aliases for o in f.organisations), f.organisations
    for name, alias in case.get("team_aliases", {}).items():
        assert any(t.name == name and alias in t.aliases for t in f.teams), f.teams
    for name, alias in case.get("not_aliases", {}).items():
        assert not any(o.name == name and alias in o.aliases for o in f.organisations), f.organisations
    for target, n in case.get("inspection_count", {}).items():
        assert sum(target in i.targets for i in f.inspections) == n, f.inspections
    if case.get("no_facts"):
        assert (f.teams, f.inspections, f.feedback) == ([], [], [])


@pytest.mark.parametrize("line, fields", META_LINES)
def test_dense_meta_line(line: str, fields: dict[str, str]) -> None:
    """A publisher, with or without the page's date, set before a metadata line's keys (the line as the pipeline
    reads it: normalised, Traditional converted)."""
    assert meta_fields(normalise_text(line)[0]) == {k: normalise_text(v)[0] for k, v in fields.items()}


@pytest.mark.parametrize("page, issued", HEADER_DATES)
def test_a_header_lines_date_is_the_pages(page: str, issued: str | None) -> None:
    doc = Pipeline(["normalise", "structure"])(Document(id="case", original=page))
    assert doc.metadata.issued == issued

