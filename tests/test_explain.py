"""kg explain: the nodes carrying a name, what each was merged from, and why (tests/identity_pairs)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.builder import build
from kg.cli import main
from kg.graph.explain import explain
from kg.graph.store import KnowledgeStore

PAIRS = Path(__file__).parent / "identity_pairs"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("explain")
    build([PAIRS], out_dir=out, view=False)
    return out


def test_merged_team_lists_its_documents_forms_basis_and_evidence(built: Path) -> None:
    (team,) = explain(KnowledgeStore(built), "河南省委第九巡视组")
    assert team.kind == "team" and not team.scoped
    assert set(team.sources) == {"henan_feedback", "henan_feedback_hant", "henan_rectification"}
    hant = team.sources["henan_feedback_hant"]
    assert "中共河南省委第九巡视组" in hant.forms
    assert any("inspection started 2021-03" in b for b in hant.bases)
    assert hant.evidence and "巡視組" in hant.evidence[0][2]  # the file's own (Traditional) characters


def test_cli_says_why_unqualified_names_are_kept_apart(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "市委第二巡察组", str(built)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("市委第二巡察组: 2 node(s)")
    assert out.count("[document-scoped, 1 document(s)]") == 2
    assert "its dispatcher 市委 is unqualified" in out and "never merged by its string" in out


def test_namesakes_and_a_traditional_query(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "王偉", str(built)]) == 0  # Traditional 偉: looked up in Simplified too
    out = capsys.readouterr().out
    assert "王偉: 2 node(s)" in out and "with a post in 下花园区委" in out and "keys differ" in out
    assert main(["explain", "无此人", str(built)]) == 0
    assert "no team, organisation or person carries this name" in capsys.readouterr().out


def test_api_explain(built: Path) -> None:
    import kg

    text = kg.open(built).explain("张建国")
    assert text.startswith("张建国: 1 node(s)") and "henan_feedback_hant" in text and "with a post in 河南省委" in text
