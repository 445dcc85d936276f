"""`kg eval` / kg.evaluate: the matching rules one case per row, exact figures on a hand-written graph
(tests/eval), the command's options, and agreement with the shared reference scorer where ../shared is."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.evaluation import (build_and_evaluate, evaluate_graph, is_weak_team, same_post, same_team, split_posts,
                           text_similarity)

EVAL = Path(__file__).resolve().parent / "eval"  # two texts, their gold, SPLIT.tsv and a hand-made graph
PREDICTED = EVAL / "predicted.ttl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"


# --- the matching rules ----------------------------------------------------------------------------------

# (gold aliases, predicted names, same team?)
TEAMS = [
    ({"市委第三巡察组", "巡察组"}, {"市委第三巡察组"}, True),
    ({"省委第二巡视组"}, {"湖北省委第二巡视组"}, True),  # the dispatcher's place written out
    ({"省委第二巡视组"}, {"湖北省委第二巡视組"}, False),  # names are compared as given (Simplified)
    ({"市委第三巡察组"}, {"十二届市委第三巡察组"}, True),  # a term in front
    ({"十一届县委第一巡察组"}, {"县委第一巡察组"}, True),
    ({"第二巡视组"}, {"省委第二巡视组"}, False),  # the gold name starts with no committee
    ({"省委第二巡视组"}, {"省委第三巡视组"}, False),
    ({"集团党委第三巡察组"}, {"某某集团党委第三巡察组"}, True),
    ({"省委第二巡视组"}, {"中央第二巡视组"}, False),
    ({"中央第八巡视组"}, {"中央第八巡视组", "第八巡视组"}, True),
]


@pytest.mark.parametrize("gold, predicted, same", TEAMS)
def test_same_team(gold: set[str], predicted: set[str], same: bool) -> None:
    assert same_team(gold, predicted) is same


# (aliases, a group or a generic name?)
WEAK_TEAMS = [
    (["市委6个巡察组"], True),
    (["十个中央巡视组"], True),
    (["各巡察组"], True),
    (["省委巡视组"], True),
    (["巡察组"], True),
    (["市委第一至第五巡察组"], True),
    (["省委第一、第二巡视组"], True),
    (["省委第九巡视组", "巡视组"], False),  # one alias singles a team out
    (["桂林市委巡察组"], False),
    (["縣委巡察組"], False),  # Traditional: gold is written in Simplified
]


@pytest.mark.parametrize("aliases, weak", WEAK_TEAMS)
def test_weak_team(aliases: list[str], weak: bool) -> None:
    assert is_weak_team(aliases) is weak


# (gold post, predicted post, same post?)
POSTS = [
    ("书记", "区委书记", True),
    ("县委书记", "书记", True),
    ("组长", "组长", True),
    ("副组长", "组长", False),
    ("党委副书记", "书记", False),
    ("常务副县长", "副县长", False),
    ("第一书记", "书记", False),
    ("组织部部长", "部长", True),
    ("长", "县长", False),  # one character is too short to stand for a post
    ("纪委书记", "市委书记", False),
]


@pytest.mark.parametrize("gold, predicted, same", POSTS)
def test_same_post(gold: str, predicted: str, same: bool) -> None:
    assert same_post(gold, predicted) is same


@pytest.mark.parametrize("title, posts", [
    ("市委常委、纪委书记、监委主任", ["市委常委", "纪委书记", "监委主任"]),
    ("县委常委,组织部部长", ["县委常委", "组织部部长"]),
    ("党委书记/董事长", ["党委书记", "董事长"]),
    ("組長", ["組長"]),
    ("、组长、", ["组长"]),
])
def test_split_posts(title: str, posts: list[str]) -> None:
    assert split_posts(title) == posts


@pytest.mark.parametrize("a, b, alike", [
    ("理论学习不够深入", "理论学习不够深入。", True),  # punctuation dropped
    ("落实意识形态工作责任制有差距", "落实意识形态工作责任制存在差距", True),
    ("基层党组织建设薄弱", "作风建设有待加强", False),
    ("学用结合不紧密", "学用结合不紧密,调研不够深入扎实", False),  # contained, but less than half of it
    ("选人用人工作不够规范", "选人用人工作不够规范有的干部", True),  # contained, most of it
    ("", "理论学习不够深入", False),
])
def test_issue_text_similarity(a: str, b: str, alike: bool) -> None:
    assert (text_similarity(a, b) >= 0.75) is alike


# --- exact figures on a graph written by hand --------------------------------------------------------------

# What tests/eval/predicted.ttl gets right and wrong against tests/eval/*.gold.json (see the comments there):
# (tp, fp, fn) per fact type and (right, total) per value.
EXPECTED_COUNTS = {"documents": (2, 0, 0), "teams": (2, 0, 0), "inspections": (4, 1, 0), "feedback": (2, 0, 0),
                   "people": (4, 1, 0), "posts": (4, 1, 1), "issues": (4, 1, 1)}
EXPECTED_VALUES = {"inspection dates": (3, 4), "feedback dates": (1, 2), "post organisations": (1, 2),
                   "issue measures": (1, 2), "issue categories": (1, 2), "issue counts": (1, 3), "published": (1, 1),
                   "doc type": (1, 2)}
EXPECTED_SCORE = (1 + 8 / 9 + 1 + 8 / 9 + 0.8 + 0.8 + 0.75 + 0.5 + 0.5 + 1 / 3) / 10


def test_hand_made_graph_gives_the_figures_worked_out_by_hand() -> None:
    result = evaluate_graph(EVAL, PREDICTED)
    assert {k: (c.tp, c.fp, c.fn) for k, c in result.counts.items()} == EXPECTED_COUNTS
    assert {k: (a.right, a.total) for k, a in result.accuracies.items()} == EXPECTED_VALUES
    assert result.score == pytest.approx(EXPECTED_SCORE)
    assert result.counts["posts"].precision == pytest.approx(0.8) and result.counts["people"].recall == 1.0


def test_detail_names_each_miss() -> None:
    misses = evaluate_graph(EVAL, PREDICTED).report(detail=True)
    for expected in ("e01: invented 陈立", "e01: missed 郑华 副组长", "e01: invented 郑华 组长",
                     "e02: invented 十二届市委第三巡察组 → 青石县政府", "e01: missed 基层党组织建设薄弱",
                     "end 2023-04-30, gold 2023-04-28", "e02: rectified [9], gold 10", "not typed RectificationReport"):
        assert expected in misses


def test_part_scores_only_its_documents() -> None:
    one, two = evaluate_graph(EVAL, PREDICTED, "one"), evaluate_graph(EVAL, PREDICTED, "two")
    assert one.documents == ["e01"] and two.documents == ["e02"]
    assert one.counts["people"].tp == 4 and two.counts["people"].tp == 0
    assert two.counts["inspections"].tp == 3 and two.accuracies["issue counts"].total == 3


def test_document_missing_from_the_graph_misses_all_its_facts(tmp_path: Path) -> None:
    text = PREDICTED.read_text(encoding="utf-8").replace('dcterms:identifier "e02"', 'dcterms:identifier "other"')
    (tmp_path / "graph.ttl").write_text(text, encoding="utf-8")
    result = evaluate_graph(EVAL, tmp_path)
    assert (result.counts["documents"].tp, result.counts["documents"].fn) == (1, 1)
    assert result.counts["inspections"].fn == 3 and result.counts["issues"].fn == 3


def test_empty_graph_scores_zero_and_not_applicable_measures_are_none(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    result = evaluate_graph(EVAL, tmp_path)
    assert result.score == 0.0 and result.counts["teams"].f1 == 0.0
    assert result.figures()["published"] == 0.0
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.gold.json").write_text(json.dumps({"doc": "x.txt", "teams": []}), encoding="utf-8")
    assert evaluate_graph(gold, tmp_path).figures()["teams"] is None


def test_unusable_inputs_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(kg.errors.KgError, match="no gold folder"):
        evaluate_graph(tmp_path / "none", PREDICTED)
    with pytest.raises(kg.errors.KgError, match="no graph in"):
        evaluate_graph(EVAL, tmp_path)
    with pytest.raises(kg.errors.KgError, match="no document in part 'three'"):
        evaluate_graph(EVAL, PREDICTED, "three")
    (tmp_path / "x.gold.json").write_text("{", encoding="utf-8")
    with pytest.raises(kg.errors.KgError, match="--part needs"):
        evaluate_graph(tmp_path, PREDICTED, "one")
    with pytest.raises(kg.errors.KgError, match="not readable gold"):
        evaluate_graph(tmp_path, PREDICTED)


# --- the command and the API ---------------------------------------------------------------------------


def test_eval_builds_the_texts_beside_the_gold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL), "-q"]) == 0
    assert re.fullmatch(r"score \d\.\d{3}\n", capsys.readouterr().out)


def test_eval_json_on_a_built_folder_ends_with_a_newline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(PREDICTED, tmp_path / "graph.ttl")
    assert main(["eval", str(EVAL), str(tmp_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("}\n")
    figures = json.loads(out)
    assert figures["score"] == pytest.approx(EXPECTED_SCORE) and figures["documents"] == 2
    assert figures["facts"]["posts"] == {"precision": 0.8, "recall": 0.8, "f1": pytest.approx(0.8),
                                         "tp": 4, "fp": 1, "fn": 1}
    assert figures["values"]["issue counts"]["right"] == 1
    assert main(["eval", str(EVAL), "-d", str(tmp_path), "--json", "--detail"]) == 0
    assert "e01: invented 陈立" in json.loads(capsys.readouterr().out)["facts"]["people"]["misses"]


def test_eval_min_sets_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL), str(PREDICTED), "--min", "0.7"]) == 0
    assert main(["eval", str(EVAL), str(PREDICTED), "--min", "0.8"]) == 1
    out = capsys.readouterr().out
    assert "inspections" in out and "score 0.746\n" in out and "P" in out and "F1" in out


def test_eval_refuses_a_build_and_documents_together(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL), str(PREDICTED), str(EVAL / "e01.txt")]) == 1
    assert "not both" in capsys.readouterr().err


def test_eval_says_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(EVAL / "e01.gold.json", gold)
    assert main(["eval", str(gold)]) == 1  # no text beside the gold
    assert main(["eval", str(EVAL), str(PREDICTED), "-o", str(tmp_path / "out")]) == 1  # nothing to build
    assert main(["eval", str(EVAL), str(tmp_path / "gold")]) == 1  # a folder without documents
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1].strip() for line in err] == ["error"] * 3, err
    assert "put NAME.txt beside each NAME.gold.json" in err[0] and "scored as it is" in err[1]


def test_eval_keeps_the_build_with_output_and_builds_only_the_part(tmp_path: Path) -> None:
    result, report = build_and_evaluate(EVAL, out_dir=tmp_path / "out", part="one")
    assert [d.id for d in report.documents] == ["e01"] and result.documents == ["e01"]
    assert (tmp_path / "out" / "graph.trig").is_file() and (tmp_path / "out" / "store").is_dir()
    assert result.counts["documents"].tp == 1 and result.counts["teams"].tp == 1  # the extractor finds the team
    assert evaluate_graph(EVAL, tmp_path / "out", "one").figures() == result.figures()


def test_api_evaluate_takes_a_graph_or_a_folder(tmp_path: Path) -> None:
    shutil.copy(PREDICTED, tmp_path / "graph.trig")  # Turtle is TriG
    assert kg.evaluate(EVAL, tmp_path).score == pytest.approx(EXPECTED_SCORE)
    graph = kg.build(EVAL / "e02.txt", out_dir=tmp_path / "built", view=False, store=False)
    assert kg.evaluate(EVAL, graph, part="two").counts["documents"].tp == 1


def test_help_lists_eval() -> None:
    out = subprocess.run([sys.executable, "-m", "kg", "eval", "--help"], capture_output=True, text=True, check=True)
    assert "GOLD_DIR" in out.stdout and "--part" in out.stdout and "--min" in out.stdout


# --- agreement with the shared reference scorer ------------------------------------------------------------

needs_shared = pytest.mark.skipif(not (SCORER.is_file() and (SHARED / "real").is_dir() and (SHARED / "gold").is_dir()),
                                  reason="../shared (tools/score.py, gold/, real/) not present")


def _reference(graph: Path, gold: Path, only: set[str] | None) -> tuple[dict, list[str]]:
    """The shared scorer's figures and its per-measure lines (with tp/fp/fn and right/total)."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    figures, lines = score.score(score.load([str(graph)]), gold, only)
    return figures, lines[: lines.index("")]


def _agree(graph: Path, gold: Path, part: str | None = None) -> None:
    mine = evaluate_graph(gold, graph.parent, part)
    figures, lines = _reference(graph, gold, set(mine.documents) if part else None)
    assert mine.figures() == {k: None if v is None else pytest.approx(v) for k, v in figures.items()}
    counts = {k: (c.tp, c.fp, c.fn) for k, c in mine.counts.items()}
    values = {k: (a.right, a.total) for k, a in mine.accuracies.items()}
    for line in lines:
        name = line[:22].strip()
        if m := re.search(r"tp (\d+) fp (\d+) fn (\d+)", line):
            assert counts[name] == tuple(map(int, m.groups())), line
        elif m := re.search(r"\((\d+)/(\d+)\)", line):
            assert values[name] == tuple(map(int, m.groups())), line


@needs_shared
def test_agrees_with_the_shared_scorer_on_a_hand_made_graph(tmp_path: Path) -> None:
    shutil.copy(PREDICTED, tmp_path / "graph.ttl")
    _agree(tmp_path / "graph.ttl", EVAL)
    _agree(tmp_path / "graph.ttl", EVAL, "two")


@needs_shared
def test_agrees_with_the_shared_scorer_on_the_samples(built_samples: Path) -> None:
    _agree(built_samples / "graph.ttl", SHARED / "gold")


@needs_shared
def test_agrees_with_the_shared_scorer_on_the_real_pages_and_their_parts(tmp_path: Path) -> None:
    kg.build(sorted((SHARED / "real").glob("r*.txt")), out_dir=tmp_path, view=False, store=False)
    for part in (None, "tune", "check"):
        _agree(tmp_path / "graph.ttl", SHARED / "real", part)
