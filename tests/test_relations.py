"""Texts in the genre's varied forms → the facts they must give (cases in extraction_cases.py)."""
from __future__ import annotations

import pytest

from kg.extract.pipeline import Pipeline
from kg.facts import DocumentFacts
from kg.ingest.document import Document, Mention
from tests.extraction_cases import CASES, INSPECTION_CASES

STAGES = ["normalise", "structure", "mentions.rules", "relations", "resolve"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(STAGES)


def extract(pipeline: Pipeline, text: str) -> DocumentFacts:
    return pipeline(Document(id="case", original=text)).facts


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
def test_case(pipeline: Pipeline, name: str) -> None:
    case = CASES[name]
    f = extract(pipeline, case["text"])
    if "teams" in case:
        assert {t.name: (t.kind, t.ordinal, t.dispatcher) for t in f.teams} == case["teams"]
    if "teams_count" in case:
        assert len(f.teams) == case["teams_count"], f.teams
    if "teams_max" in case:
        assert len(f.teams) <= case["teams_max"] and all(t.ordinal is None for t in f.teams)
    if "inspections" in case:
        got = {(i.team, t, i.start, i.end, i.mode) for i in f.inspections for t in i.targets}
        assert got == case["inspections"]
    if "round" in case:
        assert [i.round for i in f.inspections] == [case["round"]]
    if "feedback" in case:
        assert feedback_pairs(f) == case["feedback"]
    if "feedback_period" in case:
        assert [(fb.start, fb.end) for fb in f.feedback] == [case["feedback_period"]]
    if "presided" in case:
        assert [fb.presided_by for fb in f.feedback] == [case["presided"]]
    if "posts" in case:
        got = {(m.person, m.role, m.organisation) for m in f.memberships}
        for person, role, org in case["posts"]:
            assert any(p == person and r == role and (org is None or o == org) for p, r, o in got), (person, role, org, got)
    if "unplaced" in case:
        assert {(m.person, m.role) for m in f.memberships if m.organisation is None} == case["unplaced"]
    people = {p.name for p in f.people}
    assert case.get("people", set()) <= people
    assert not case.get("not_people", set()) & people
    if case.get("no_facts"):
        assert (f.teams, f.inspections, f.feedback) == ([], [], [])


def test_every_fact_has_evidence_in_the_original(pipeline: Pipeline) -> None:
    text = "2021年9月至11月,廣東省委第五巡視組對東莞市委進行了常規巡視。組長李國華主持會議。"
    doc = pipeline(Document(id="t", original=text))
    facts = doc.facts
    for fact in facts.teams + facts.inspections + facts.people + facts.memberships:
        assert fact.evidence
        for ev in fact.evidence:
            assert text[ev.start:ev.end] == ev.text
    assert "巡視組" in facts.teams[0].evidence[0].text


def test_model_person_needs_context() -> None:
    """A model's PERSON mention becomes a person after a post; on its own it does not."""
    head = Pipeline(["normalise", "structure", "mentions.rules"])
    tail = Pipeline(["relations", "resolve"])
    text = "组长禤国强出席会议。会上钱塘江景色宜人。"
    doc = head(Document(id="t", original=text))
    assert not any(m.label == "PERSON" for m in doc.mentions)  # 禤 is no surname in the lexicon
    for name in ("禤国强", "钱塘江"):
        doc.mentions.append(Mention(text.index(name), text.index(name) + 3, name, "PERSON", source="hanlp"))
    doc = tail(doc)
    assert {p.name for p in doc.facts.people} == {"禤国强"}
    assert [(m.person, m.role) for m in doc.facts.memberships] == [("禤国强", "组长")]


def test_same_input_same_facts(pipeline: Pipeline) -> None:
    text = CASES["raised-level cross teams are one team"]["text"]
    assert extract(pipeline, text) == extract(pipeline, text)


@pytest.mark.parametrize("name", sorted(INSPECTION_CASES))
def test_inspection_case(pipeline: Pipeline, name: str) -> None:
    """Each phrasing of INSPECTION_CASES gives exactly its teams and (team, target) inspections."""
    case = INSPECTION_CASES[name]
    f = extract(pipeline, case["text"])
    pairs = {(i.team, t) for i in f.inspections for t in i.targets}
    if "teams" in case:
        assert {t.name for t in f.teams} == case["teams"]
    if "inspections" in case:
        assert pairs == case["inspections"]
    if case.get("no_inspections"):
        assert pairs == set()
    for target, (start, end) in case.get("dates", {}).items():
        assert [(i.start, i.end) for i in f.inspections if target in i.targets] == [(start, end)]
