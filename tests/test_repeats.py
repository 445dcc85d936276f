"""kg.extract.repeats: a finding stated more than once in a document is one node, with every statement's evidence."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import kg
from kg.extract.repeats import merge_repeats
from kg.facts import DocumentFacts, Evidence, Inspection, Issue, Measure, Recommendation
from kg.ingest.document import Document


def _ev(n: int) -> list[Evidence]:
    return [Evidence(10 * n, 10 * n + 5, f"句子{n}")]


def _inspection(key: str, target: str) -> Inspection:
    return Inspection(key, team="市委第一巡察组", targets=[target], start="2021-03-01")


# facts of one document → (issues kept, evidence of the first, the issue each measure addresses)
ROWS = [
    pytest.param([_inspection("inspection-1", "城关镇党委")],
                 [Issue("issue-1", "理论学习不深入", inspection="inspection-1", evidence=_ev(1)),
                  Issue("issue-2", "理论学习不深入", inspection="inspection-1", status="rectified", evidence=_ev(2))],
                 [Measure("完善学习制度", "issue-1", _ev(3)), Measure("完善学习制度", "issue-2", _ev(4))],
                 (1, 2, ["issue-1"]), id="the same issue twice under one inspection"),
    pytest.param([_inspection("inspection-1", "城关镇党委"), _inspection("inspection-2", "城关镇党委")],
                 [Issue("issue-1", "理论学习不深入", inspection="inspection-1", evidence=_ev(1)),
                  Issue("issue-2", "理论学习不深入", inspection="inspection-2", evidence=_ev(2))],
                 [Measure("完善学习制度", "issue-2", _ev(3))],
                 (1, 2, ["issue-1"]), id="a repeated inspection statement: the same inspection"),
    pytest.param([_inspection("inspection-1", "城关镇党委"), _inspection("inspection-2", "新城街道党工委")],
                 [Issue("issue-1", "理论学习不深入", inspection="inspection-1", evidence=_ev(1)),
                  Issue("issue-2", "理论学习不深入", inspection="inspection-2", evidence=_ev(2))],
                 [Measure("完善学习制度", "issue-2", _ev(3))],
                 (2, 1, ["issue-2"]), id="negative: one problem found in two units stays two issues"),
    pytest.param([],
                 [Issue("issue-1", "理论学习不深入", evidence=_ev(1)), Issue("issue-2", "执行制度不严格", evidence=_ev(2))],
                 [Measure("完善学习制度", "issue-1", _ev(3)), Measure("完善学习制度", "issue-2", _ev(4))],
                 (2, 1, ["issue-1", "issue-2"]), id="negative: two issues, the same measure for each"),
    pytest.param([],
                 [Issue("issue-1", "理論學習不深入", evidence=_ev(1)), Issue("issue-2", "理論學習不深入", evidence=_ev(1))],
                 [],
                 (1, 1, []), id="the same statement met twice: its evidence once"),
]


@pytest.mark.parametrize("inspections, issues, measures, expected", ROWS)
def test_repeated_findings_merge(inspections: list[Inspection], issues: list[Issue], measures: list[Measure],
                                 expected: tuple[int, int, list[str]]) -> None:
    doc = Document(id="d", original="", facts=DocumentFacts(inspections=inspections, issues=issues, measures=measures))
    facts = merge_repeats(doc).facts
    kept, evidence, addressed = expected
    assert len(facts.issues) == kept and len(facts.issues[0].evidence) == evidence
    assert [m.issue for m in facts.measures] == addressed
    if kept == 1 and len(issues) == 2 and issues[1].status:
        assert facts.issues[0].status == issues[1].status  # what only a repetition says is kept


def test_recommendations_repeated_at_one_feedback_merge() -> None:
    recs = [Recommendation("压实主体责任", None, _ev(1)), Recommendation("压实主体责任", None, _ev(2)),
            Recommendation("加强队伍建设", None, _ev(3))]
    facts = merge_repeats(Document(id="d", original="", facts=DocumentFacts(recommendations=recs))).facts
    assert [(r.text, len(r.evidence)) for r in facts.recommendations] == [("压实主体责任", 2), ("加强队伍建设", 1)]


@pytest.mark.parametrize("sample", ["000", "002", "003"])
def test_a_document_repeated_in_one_file_gives_no_more_findings(sample: str, sample_text: Callable[[str], str],
                                                                tmp_path: Path) -> None:
    once = kg.extract(sample_text(sample))
    thrice = kg.extract("\n\n".join([sample_text(sample)] * 3))
    assert len(once.issues) > 0
    assert sorted(i.text for i in thrice.issues) == sorted(i.text for i in once.issues)
    assert len(thrice.measures) == len(once.measures)
    assert len(thrice.recommendations) == len(once.recommendations)
    assert sum(len(i.evidence) for i in thrice.issues) == 3 * sum(len(i.evidence) for i in once.issues)
