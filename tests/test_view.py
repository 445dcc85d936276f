"""kg.views.view: which nodes and edges each view draws, tooltips' content, errors, and a page that runs no document text;
the summary a big build writes instead of the whole view, and its detail pages (at the end).

Graphs are made from hand-written facts through the real RDF step (kg.graph.rdf), so the view reads the
same graph.trig a build writes. ``write_fixture_graph`` is also used by test_view_browser.py.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kg
from kg.errors import KgError
from kg.facts import (DocumentFacts, Evidence, Feedback, Inspection, Issue, Measure, Membership, Organisation,
                      Person, Recommendation, Team)
from kg.ingest.document import Document, Metadata
from kg.views import view as kv

# Strings that would run script if any page put them into HTML unescaped.
PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '<a href="javascript:window.__pwned=1">点我</a>',
    "\"'><svg onload=window.__pwned=1>",
    "</script><script>window.__pwned=1</script><!--",
    "javascript:window.__pwned=1",
)

# From sample 000 (市委第四巡察组 → 开发区党工委), shortened.
FEEDBACK_TEXT = (
    "市委第四巡察组向下花园区委、河北下花园经济开发区党工委反馈巡察情况\n"
    "市委第四巡察组副组长方海生传达了市委书记回建的讲话精神。"
    "组长乔树军分别向下花园区委书记王小军、下花园经济开发区党工委书记徐晓莉反馈了有关巡察情况。"
    "王小军主持反馈会议。"
    "2020年8月22日至10月15日，市委第四巡察组对河北下花园经济开发区党工委开展了常规巡察。"
    "巡察发现理论学习不够深入。"
    "一是制定学习计划。二是开展专题研讨。"
    "巡察发现落实全面从严治党主体责任不到位。"
    "一是压实责任清单。二是建立约谈机制。三是强化监督检查。"
    "巡察组建议加强政治建设。"
)
RECTIFICATION_TEXT = (
    "中共长兴岛经济技术开发区党工委关于巡视整改进展情况的通报\n"
    "省委第九巡视组组长赵凤民向长兴岛经济技术开发区党工委反馈了巡视意见。"
    "党工委书记王小军主持会议。"
    "巡视指出招商引资工作不够扎实。"
    "一是完善招商机制。"
)


def _ev(text: str, sentence: str) -> list[Evidence]:
    start = text.index(sentence)
    return [Evidence(start, start + len(sentence), sentence)]


def feedback_document(payload: str = "") -> Document:
    """A feedback report: a team, its members, one inspection, feedback, two issues with measures, a recommendation.

    With ``payload``, the title, the evidence sentences and several labels carry it.
    """
    text = FEEDBACK_TEXT.replace("不够深入。", "不够深入。" + payload)
    ev = lambda s: _ev(text, s)  # noqa: E731
    p = payload
    facts = DocumentFacts(
        doc_type="feedback",
        organisations=[
            Organisation("张家口市委", ["市委"], evidence=ev("市委书记回建的讲话精神。")),
            Organisation("下花园区委", evidence=ev("向下花园区委书记王小军")),
            Organisation("河北下花园经济开发区党工委" + p, ["开发区党工委", "下花园经济开发区党工委"],
                         evidence=ev("对河北下花园经济开发区党工委开展了常规巡察。")),
        ],
        teams=[Team("张家口市委第四巡察组", ["市委第四巡察组"], kind="巡察", ordinal=4, dispatcher="张家口市委",
                    evidence=ev("市委第四巡察组副组长方海生传达了市委书记回建的讲话精神。"))],
        people=[Person(n + (p if n == "徐晓莉" else ""), evidence=ev(s)) for n, s in (
            ("方海生", "市委第四巡察组副组长方海生传达了市委书记回建的讲话精神。"),
            ("回建", "市委第四巡察组副组长方海生传达了市委书记回建的讲话精神。"),
            ("乔树军", "组长乔树军分别向下花园区委书记王小军"),
            ("王小军", "王小军主持反馈会议。"),
            ("徐晓莉", "下花园经济开发区党工委书记徐晓莉"))],
        memberships=[
            Membership("方海生", "副组长", "张家口市委第四巡察组", ev("市委第四巡察组副组长方海生")),
            Membership("乔树军", "组长", "张家口市委第四巡察组", ev("组长乔树军")),
            Membership("回建", "市委书记", None, ev("市委书记回建")),
            Membership("王小军", "区委书记", "下花园区委", ev("下花园区委书记王小军")),
            Membership("徐晓莉" + p, "党工委书记", "开发区党工委", ev("下花园经济开发区党工委书记徐晓莉")),
        ],
        inspections=[Inspection("inspection-1", "张家口市委第四巡察组", ["河北下花园经济开发区党工委" + p],
                                start="2020-08-22", end="2020-10-15", mode="常规", round="十一届市委第八轮",
                                evidence=ev("2020年8月22日至10月15日，市委第四巡察组对河北下花园经济开发区党工委开展了常规巡察。"))],
        feedback=[Feedback("feedback-1", "inspection-1", "张家口市委第四巡察组", ["下花园区委", "开发区党工委"],
                           presided_by="王小军", evidence=ev("王小军主持反馈会议。"))],
        issues=[
            Issue("issue-1", "理论学习不够深入" + p, category="政治建设" + p, inspection="inspection-1",
                  status="rectified", evidence=ev("巡察发现理论学习不够深入。" + p)),
            Issue("issue-2", "落实全面从严治党主体责任不到位", category="政治建设" + p, inspection="inspection-1",
                  evidence=ev("巡察发现落实全面从严治党主体责任不到位。")),
        ],
        measures=[Measure(t + p * (i == 0), issue, ev(t)) for i, (t, issue) in enumerate((
            ("一是制定学习计划。", "issue-1"), ("二是开展专题研讨。", "issue-1"),
            ("一是压实责任清单。", "issue-2"), ("二是建立约谈机制。", "issue-2"), ("三是强化监督检查。", "issue-2")))],
        recommendations=[Recommendation("加强政治建设" + p, "feedback-1", ev("巡察组建议加强政治建设。"))],
    )
    doc_id = "000_hostile" if payload else "000_feedback"
    return Document(doc_id, text, text=text, facts=facts,
                    metadata=Metadata(title="市委第四巡察组反馈巡察情况" + p, source="张家口市委巡察办", issued="2021-04-01"))


def rectification_document() -> Document:
    """A second document: another team and target; 王小军 again, in another post (a node shared by both graphs)."""
    text = RECTIFICATION_TEXT
    ev = lambda s: _ev(text, s)  # noqa: E731
    facts = DocumentFacts(
        doc_type="rectification",
        organisations=[Organisation("长兴岛经济技术开发区党工委", ["党工委"], evidence=ev("向长兴岛经济技术开发区党工委反馈了巡视意见。"))],
        teams=[Team("辽宁省委第九巡视组", ["省委第九巡视组"], kind="巡视", ordinal=9,
                    evidence=ev("省委第九巡视组组长赵凤民"))],
        people=[Person("赵凤民", evidence=ev("省委第九巡视组组长赵凤民")), Person("王小军", evidence=ev("党工委书记王小军主持会议。"))],
        memberships=[Membership("赵凤民", "组长", "辽宁省委第九巡视组", ev("省委第九巡视组组长赵凤民")),
                     Membership("王小军", "党工委书记", "长兴岛经济技术开发区党工委", ev("党工委书记王小军主持会议。"))],
        inspections=[Inspection("inspection-1", "辽宁省委第九巡视组", ["长兴岛经济技术开发区党工委"],
                                evidence=ev("省委第九巡视组组长赵凤民向长兴岛经济技术开发区党工委反馈了巡视意见。"))],
        feedback=[Feedback("feedback-1", "inspection-1", "辽宁省委第九巡视组", ["长兴岛经济技术开发区党工委"],
                           evidence=ev("省委第九巡视组组长赵凤民向长兴岛经济技术开发区党工委反馈了巡视意见。"))],
        issues=[Issue("issue-1", "招商引资工作不够扎实", category="经济发展", inspection="inspection-1",
                      evidence=ev("巡视指出招商引资工作不够扎实。"))],
        measures=[Measure("一是完善招商机制。", "issue-1", ev("一是完善招商机制。"))],
    )
    return Document("001_rectification", text, text=text, facts=facts,
                    metadata=Metadata(title="中共长兴岛经济技术开发区党工委关于巡视整改进展情况的通报"))


def write_fixture_graph(outdir: Path, *, payload: str = "", extra_issues: int = 0) -> Path:
    """graph.trig of the two fixture documents (the first carrying ``payload``), via kg.graph.rdf; ``extra_issues``
    adds that many issues, each with two measures, to the first (for big views)."""
    from kg.graph.rdf import write_graphs

    first = feedback_document(payload)
    for n in range(extra_issues):
        key = f"issue-x{n}"
        first.facts.issues.append(Issue(key, f"第{n}个补充问题", inspection="inspection-1",
                                        evidence=first.facts.issues[1].evidence))
        first.facts.measures += [Measure(f"补充问题{n}的第{m}条措施", key, first.facts.issues[1].evidence)
                                 for m in (1, 2)]
    write_graphs([first, rectification_document()], outdir)
    return outdir


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_fixture_graph(tmp_path_factory.mktemp("view"))


def labels(view: kv.View, kind: str | None = None) -> set[str]:
    return {n.label for n in view.nodes if kind is None or n.kind == kind}


def edge_labels(view: kv.View) -> set[tuple[str, str, str]]:
    names = {n.id: n.label for n in view.nodes}
    return {(names[e.source], e.label, names[e.target]) for e in view.edges}


def test_whole_view_draws_every_class_with_chinese_edge_labels(graph_dir: Path) -> None:
    view = kv.build_view(graph_dir)
    assert labels(view, "team") == {"张家口市委第四巡察组", "辽宁省委第九巡视组"}
    assert labels(view, "person") == {"方海生", "回建", "乔树军", "王小军", "徐晓莉", "赵凤民"}
    assert len(labels(view, "issue")) == 3 and len(labels(view, "measure")) == 6
    assert labels(view, "document") == {"市委第四巡察组反馈巡察情况", "中共长兴岛经济技术开发区党工委关于巡视整改进展情况的通报"}
    # Memberships fold into person → organisation edges labelled with the post; one person, two posts.
    edges = edge_labels(view)
    assert ("乔树军", "组长", "张家口市委第四巡察组") in edges
    assert ("王小军", "区委书记", "下花园区委") in edges
    assert ("王小军", "党工委书记", "长兴岛经济技术开发区党工委") in edges
    assert ("张家口市委第四巡察组", "派出", "张家口市委") in edges
    assert ("一是制定学习计划。", "整改", "理论学习不够深入") in edges
    # Documents link to the inspections and feedback found in them.
    assert ("巡察：河北下花园经济开发区党工委", "出自", "市委第四巡察组反馈巡察情况") in edges
    assert ("反馈：下花园区委", "主持", "王小军") in edges
    assert not view.notes and view.positions is None


def test_tooltip_content_has_type_sources_evidence_and_posts(graph_dir: Path) -> None:
    view = kv.build_view(graph_dir)
    node = {n.label: n for n in view.nodes}
    team = node["张家口市委第四巡察组"]
    assert team.alt == ["市委第四巡察组"] and ("序号", "4") in team.attrs
    assert team.docs == ["000_feedback"]
    # Evidence in document order, each sentence with its offsets into the original text.
    assert all(doc == "000_feedback" and FEEDBACK_TEXT[start:end] == text for text, doc, start, end in team.evidence)
    assert "市委第四巡察组副组长方海生传达了市委书记回建的讲话精神。" in [ev[0] for ev in team.evidence]
    assert [ev[2] for ev in team.evidence] == sorted(ev[2] for ev in team.evidence)
    assert sorted(d for n in view.nodes if n.label == "王小军" for d in n.docs) == ["000_feedback", "001_rectification"]
    assert ("职务", "市委书记") in node["回建"].attrs  # a post with no organisation stays in the tooltip
    issue = node["理论学习不够深入"]
    assert ("问题类别", "政治建设") in issue.attrs and ("状态", "已整改") in issue.attrs
    inspection = next(n for n in view.nodes if n.kind == "inspection" and ("轮次", "十一届市委第八轮") in n.attrs)
    assert ("开始", "2020-08-22") in inspection.attrs and ("方式", "常规") in inspection.attrs


def test_whole_view_folds_measures_above_the_budget(graph_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kv, "NODE_BUDGET", 25)
    view = kv.build_view(graph_dir)
    assert not labels(view, "measure") and labels(view, "recommendation")
    assert view.notes == ["节点超过 25 个：已将 6 个整改措施并入相连节点的提示框（folded into tooltips: 6 measure; "
                          "--doc and --inspection draw them）。"]
    issue = next(n for n in view.nodes if n.label == "落实全面从严治党主体责任不到位")
    assert ("整改措施（3）", "") in issue.attrs and ("·", "三是强化监督检查。") in issue.attrs
    everything = kv.whole_view(kv.read_graph(graph_dir)).nodes
    budget = sum(n.kind not in ("measure", "recommendation", "issue", "document") for n in everything)
    monkeypatch.setattr(kv, "NODE_BUDGET", budget)  # room for all but the first four classes FOLDS folds
    small = kv.build_view(graph_dir)
    assert len(small.nodes) == budget and "6 measure, 1 recommendation, 3 issue, 2 document;" in small.notes[0]
    assert {n.kind for n in small.nodes} == {"team", "organisation", "person", "inspection", "feedback"}
    inspection = next(n for n in small.nodes if n.label == "巡察：河北下花园经济开发区党工委")
    assert ("问题（2）", "") in inspection.attrs and ("·", "理论学习不够深入") in inspection.attrs


def test_focus_view_grows_with_depth_and_matches_aliases(graph_dir: Path) -> None:
    one = kv.build_view(graph_dir, focus="乔树军", depth=1)
    assert labels(one) == {"乔树军", "张家口市委第四巡察组"}
    assert [n.label for n in one.nodes if n.id in one.focus] == ["乔树军"]
    two = kv.build_view(graph_dir, focus="乔树军", depth=2)
    assert {"方海生", "张家口市委"} <= labels(two) and not labels(two, "document")
    assert len(labels(two, "inspection")) == 1
    alias = kv.build_view(graph_dir, focus="市委第四巡察组", depth=1)  # the team's altLabel
    assert alias.focus == [n.id for n in alias.nodes if n.label == "张家口市委第四巡察组"]
    wang = next(n.id for n in kv.read_graph(graph_dir).nodes.values() if n.label == "王小军" and "000_feedback" in n.docs)
    ego = kv.build_view(graph_dir, focus=wang, depth=1)  # by IRI: his post, and the feedback he presided
    assert {"王小军", "下花园区委", "反馈：下花园区委"} <= labels(ego) and ego.focus == [wang]


def test_focus_errors(graph_dir: Path) -> None:
    with pytest.raises(KgError, match="no person, organisation or team named '张三'"):
        kv.build_view(graph_dir, focus="张三")
    with pytest.raises(KgError, match="(?s)'巡' matches 2 nodes; give one.*张家口市委第四巡察组 \\(team; documents: "
                                      "000_feedback\\).*辽宁省委第九巡视组 \\(team; documents: 001_rectification\\)"):
        kv.build_view(graph_dir, focus="巡")  # in both teams' names: centre on neither, list both
    with pytest.raises(KgError, match="one of focus=, doc= and inspection="):
        kv.build_view(graph_dir, focus="王小军", doc="000")


def _node(iri: str, label: str, alt: tuple[str, ...] = (), docs: tuple[str, ...] = ("000",)) -> kv.Node:
    return kv.Node(iri, "organisation", label, list(alt), docs=list(docs))


# A --focus name designates one node: its IRI, else its label, else its alias, else a part of its names;
# several at the first level that finds any is an error listing them (with documents, or IRIs for shared labels).
ID = "https://w3id.org/xunshi/id/"
DISTRICTS = [_node(ID + "org/下花园区委", "下花园区委", ("区委",), ("000",)),
             _node(ID + "org/中共卫滨区委", "中共卫滨区委", ("区委", "卫滨区委"), ("003",))]
FOCUS_CASES = [
    (DISTRICTS, "区委", None, ["'区委' matches 2 nodes", "下花园区委 (organisation; documents: 000)",
                               "中共卫滨区委 (organisation; documents: 003)"]),
    (DISTRICTS, "卫滨区委", ID + "org/中共卫滨区委", []),  # one alias
    (DISTRICTS, "下花园", ID + "org/下花园区委", []),  # part of one name
    (DISTRICTS, ID + "org/中共卫滨区委", ID + "org/中共卫滨区委", []),  # an IRI
    (DISTRICTS, "org/中共卫滨区委", ID + "org/中共卫滨区委", []),  # its path
    ([*DISTRICTS, _node(ID + "org/区委", "区委")], "区委", ID + "org/区委", []),  # a label before aliases
    ([_node(ID + "person/张伟/甲区委", "张伟", docs=("1", "2", "3", "4")), _node(ID + "person/张伟/乙县委", "张伟")],
     "张伟", None, ["'张伟' matches 2 nodes", "person/张伟/甲区委 (organisation; documents: 1, 2, 3 …)",
                    "person/张伟/乙县委 (organisation"]),  # namesakes: listed by IRI path
    ([_node(ID + "person/张伟/甲区委", "张伟"), _node(ID + "person/张伟/乙县委", "张伟")], "张伟/乙县委",
     ID + "person/张伟/乙县委", []),
    (DISTRICTS, "市委", None, ["no person, organisation or team named '市委'"]),
]


@pytest.mark.parametrize("nodes, name, chosen, message", FOCUS_CASES)
def test_focus_name_designates_one_node_or_lists_the_candidates(nodes: list[kv.Node], name: str, chosen: str | None,
                                                                message: list[str]) -> None:
    if chosen:
        assert kv._match(nodes, name, "person, organisation or team").id == chosen
    else:
        with pytest.raises(KgError) as e:
            kv._match(nodes, name, "person, organisation or team")
        assert all(m in str(e.value) for m in message), str(e.value)


def test_doc_view_is_one_named_graph(graph_dir: Path) -> None:
    view = kv.build_view(graph_dir, doc="001")  # a unique prefix of the identifier
    assert labels(view, "team") == {"辽宁省委第九巡视组"}
    assert labels(view, "person") == {"赵凤民", "王小军"}
    # 王小军's post in the other document is not this document's statement.
    assert ("王小军", "区委书记", "下花园区委") not in edge_labels(view)
    assert ("王小军", "党工委书记", "长兴岛经济技术开发区党工委") in edge_labels(view)
    assert view.title == "文档：001_rectification"
    assert len(labels(kv.build_view(graph_dir, doc="000_feedback.txt"), "measure")) == 5


def test_doc_view_errors_name_the_documents(graph_dir: Path) -> None:
    with pytest.raises(KgError, match="is not a document of this graph; documents: 000_feedback, 001_rectification"):
        kv.build_view(graph_dir, doc="999")
    with pytest.raises(KgError, match="matches several documents"):
        kv.build_view(graph_dir, doc="00")


def test_view_errors_name_settings_as_the_user_gives_them(graph_dir: Path) -> None:
    """Python callers read keyword arguments (doc='999'), the command line reads options (--doc '999')."""
    from kg.errors import command_line

    with pytest.raises(KgError, match=r"^doc='999' is not a document"):
        kv.build_view(graph_dir, doc="999")
    with pytest.raises(KgError, match=r"^depth=-1: the depth must be 0 or more"):
        kv.build_view(graph_dir, focus="王小军", depth=-1)
    with command_line(), pytest.raises(KgError, match=r"^--doc 999 is not a document"):
        kv.build_view(graph_dir, doc="999")
    with command_line(), pytest.raises(KgError, match=r"^choose one of --focus, --doc and --inspection"):
        kv.build_view(graph_dir, focus="王小军", doc="000")


def test_inspection_view_is_one_cycle(graph_dir: Path) -> None:
    view = kv.build_view(graph_dir, inspection="长兴岛")  # a target's name
    assert labels(view, "team") == {"辽宁省委第九巡视组"}
    assert labels(view, "issue") == {"招商引资工作不够扎实"} and labels(view, "measure") == {"一是完善招商机制。"}
    assert len(labels(view, "feedback")) == 1 and not labels(view, "recommendation")
    by_team = kv.build_view(graph_dir, inspection="第四巡察组")
    assert labels(by_team, "recommendation") == {"加强政治建设"} and labels(by_team, "person") == {"王小军"}
    every = kv.build_view(graph_dir, inspection="")
    assert len(every.focus) == 2 and len(labels(every, "issue")) == 3
    with pytest.raises(KgError, match="no inspection whose team or target is named '纪委'"):
        kv.build_view(graph_dir, inspection="纪委")


def test_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="has no graph.trig: run `kg build"):
        kv.write_view(tmp_path)


@pytest.mark.parametrize("spring_limit", [1500, 2], ids=["spring", "radial"])
def test_big_views_get_positions_and_no_physics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                spring_limit: int) -> None:
    monkeypatch.setattr(kv, "LAYOUT_LIMIT", 10)
    monkeypatch.setattr(kv, "SPRING_LIMIT", spring_limit)
    view = kv.build_view(write_fixture_graph(tmp_path), doc="000")
    assert view.positions is not None and set(view.positions) == {n.id for n in view.nodes}
    assert len(set(view.positions.values())) == len(view.nodes)  # no two nodes on one spot
    data = page_data(kv.render_html(view))
    assert data["physics"] is False and all("x" in n and "y" in n for n in data["nodes"])
    assert "layout precomputed" in data["notes"][-1]


def test_script_json_cannot_close_its_script_element() -> None:
    value = {"a": list(PAYLOADS), "b": "& &amp; \u2028"}
    text = kv.script_json(value)
    assert not re.search(r"[<>&\u2028]", text)
    assert json.loads(text) == value


class _Tags(HTMLParser):
    """Every tag and attribute of a page, as a browser tokenises it (script bodies are opaque)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def page_tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def only_its_own_elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    """The page's tags, having checked they are the page's own only: three scripts, no image, link, anchor, svg,
    iframe or event handler."""
    tags = page_tags(page)
    assert [t for t, _ in tags if t == "script"] == ["script"] * 3
    assert not {t for t, _ in tags} & {"img", "a", "svg", "iframe", "link", "object", "embed", "base"}
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on") or a in ("src", "href")]
    return tags


def test_hostile_text_stays_data(tmp_path: Path) -> None:
    outdir = write_fixture_graph(tmp_path, payload="".join(PAYLOADS))
    page = kv.write_view(outdir).read_text(encoding="utf-8")
    tags = only_its_own_elements(page)
    csp = next(attrs["content"] for t, attrs in tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline'; img" not in csp.split(
        "script-src")[1].split(";")[0]
    # The payloads are all there, as data: in labels, evidence and the escaped title.
    data = page_data(page)
    assert any(PAYLOADS[0] in n["full"] for n in data["nodes"])
    assert any(PAYLOADS[1] in ev[0] for n in data["nodes"] for ev in n["evidence"])


def test_page_is_self_contained_utf8(graph_dir: Path, tmp_path: Path) -> None:
    path = kv.write_view(graph_dir, tmp_path / "v.html", focus="乔树军", depth=1)
    page = path.read_bytes().decode("utf-8")
    assert "乔树军" in page and "vis.Network" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"bootstrap|jsdelivr|cdnjs|unpkg|googleapis", page, re.I)
    assert f'data-node-count="{len(kv.build_view(graph_dir, focus="乔树军", depth=1).nodes)}"' in page


def test_default_output_names_stay_in_the_folder(tmp_path: Path) -> None:
    assert kv.default_output(tmp_path) == tmp_path / "graph.html"
    assert kv.default_output(tmp_path, focus="王小军") == tmp_path / "graph-focus-王小军.html"
    assert kv.default_output(tmp_path, inspection="") == tmp_path / "graph-inspections.html"
    assert kv.default_output(tmp_path, doc="../../etc/passwd").parent == tmp_path


def test_kg_viz_command(graph_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    assert main(["viz", str(graph_dir), "--inspection", "长兴岛"]) == 0
    assert (graph_dir / "graph-inspection-长兴岛.html").is_file()
    assert main(["viz", str(graph_dir), "--focus", "张三"]) == 1
    assert "kg: error: no person, organisation or team named '张三'" in capsys.readouterr().err
    assert main(["viz", str(graph_dir), "--focus", "巡"]) == 1  # ambiguous: nothing written, the candidates listed
    assert "张家口市委第四巡察组 (team; documents: 000_feedback)" in capsys.readouterr().err
    assert not (graph_dir / "graph-focus-巡.html").exists()


def test_rendering_a_page_imports_neither_pyvis_nor_ipython(graph_dir: Path) -> None:
    """pyvis is there for its copy of vis-network; importing it would load IPython and jinja2 for nothing."""
    import subprocess
    import sys

    code = ("import sys\nfrom pathlib import Path\nfrom kg.views import view\n"
            f"view.render_html(view.build_view(Path({str(graph_dir)!r})))\n"
            "print(sorted(m for m in ('pyvis', 'IPython', 'jinja2', 'jedi') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# ---------------------------------------------------------------------------------------------- summary
# What `kg build` writes as graph.html above kv.SUMMARY_DOCUMENTS documents. The corpus is generated from the
# bundled samples (each as it is and with other team numbers, so dispatchers send several teams) and built
# with kg's own API; the threshold is lowered through write_build_view's parameter instead of building a
# hundred documents.

NUMBERS = "一二三四五六七八九十"
# Nodes at most: dispatchers with their teams and targets, and the teams no document gives a dispatcher.
SUMMARY_BOUND = (kv.SUMMARY_DISPATCHERS + 1) * kv.SUMMARY_TEAMS * (1 + kv.SUMMARY_TARGETS) + kv.SUMMARY_DISPATCHERS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples, and each again with every team number moved on by two: 10 documents, one build, no view."""
    from kg.ingest.files import sample_dir

    src = tmp_path_factory.mktemp("corpus")
    for f in sorted(sample_dir().glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        (src / f.name).write_text(text, encoding="utf-8")
        other = re.sub(r"第([一二三四五六七八])(巡[视察]组)", lambda m: f"第{NUMBERS[NUMBERS.index(m[1]) + 2]}{m[2]}", text)
        (src / f"{f.stem}_other.txt").write_text(other, encoding="utf-8")
    out = tmp_path_factory.mktemp("built")
    report = kg.build([src], out, view=False).report
    assert not report.failed and len(report.documents) == 10
    return out


@pytest.fixture(scope="module")
def summary(corpus: Path) -> Path:
    (corpus / "graph-dispatcher-stale.html").write_text("an earlier build's page", encoding="utf-8")
    return kv.write_build_view(corpus, 10, summary_above=9)


def test_summary_draws_dispatchers_teams_and_targets_with_their_counts(corpus: Path, summary: Path) -> None:
    data = page_data(summary.read_text(encoding="utf-8"))
    whole = kv.read_graph(corpus)  # small enough to read whole: the counts the summary must agree with
    dispatched: dict[str, set[str]] = {}
    for e in whole.edges:
        if e.link.term == "xs:dispatchedBy":
            dispatched.setdefault(e.target, set()).add(e.source)
    nodes = {n["id"]: n for n in data["nodes"]}
    shown = [n for n in data["nodes"] if n.get("page") and n["kind"] == "organisation"]
    assert {n["id"] for n in shown} == set(dispatched)  # fewer than SUMMARY_DISPATCHERS: all of them
    for n in shown:
        assert ["派出巡视巡察组", str(len(dispatched[n["id"]]))] in n["attrs"]
    teams = [n for n in data["nodes"] if n["kind"] == "team"]
    assert teams and all(any(k == "巡视巡察次数" for k, _ in n["attrs"]) for n in teams)
    assert {(e["from"], e["term"]) for e in data["edges"]} >= {(t["id"], "xs:dispatchedBy") for t in teams}
    targets = {e["to"] for e in data["edges"] if e["term"] == "xs:team/^xs:target"}
    assert targets and all(any(k == "被巡视巡察次数" for k, _ in nodes[o]["attrs"]) for o in targets)
    assert len(data["nodes"]) <= SUMMARY_BOUND
    assert "摘要视图（summary）：共 10 份文档" in data["notes"][0]
    assert f"kg viz {corpus} -o {corpus / 'graph-full.html'}" in data["notes"][-1]


def test_every_summary_node_links_to_a_page_or_command_that_resolves(corpus: Path, summary: Path) -> None:
    data = page_data(summary.read_text(encoding="utf-8"))
    pages = {p["page"] for p in data["pages"]}
    assert pages == {n["page"] for n in data["nodes"] if n.get("page")}
    assert all((corpus / p).is_file() and re.fullmatch(r"graph-dispatcher-[\w-]+\.html", p) for p in pages)
    assert not (corpus / "graph-dispatcher-stale.html").exists()  # an earlier build's page is gone
    for n in data["nodes"]:
        path = n["command"].split("--focus ")[1].strip("'")
        assert kv.build_view(corpus, focus=path, depth=1).focus == [n["id"]]  # the command draws this node
    for page in pages:
        detail = page_data((corpus / page).read_text(encoding="utf-8"))
        assert detail["pages"] == [{"name": "摘要 · summary", "page": "graph.html"}]
        centre = next(n for n in detail["nodes"] if n["focus"])
        assert next(p["name"] for p in data["pages"] if p["page"] == page) == centre["full"]


def test_a_detail_page_draws_the_dispatchers_teams_their_inspections_and_members(corpus: Path, summary: Path) -> None:
    data = page_data(summary.read_text(encoding="utf-8"))
    whole = kv.read_graph(corpus)
    for entry in data["pages"]:
        detail = page_data((corpus / entry["page"]).read_text(encoding="utf-8"))
        ids = {n["id"] for n in detail["nodes"]}
        centre = next(n["id"] for n in detail["nodes"] if n["focus"])
        teams = {e.source for e in whole.edges if e.link.term == "xs:dispatchedBy" and e.target == centre}
        inspections = {e.source for e in whole.edges if e.link.term == "xs:team" and e.target in teams
                       and whole.nodes[e.source].kind == "inspection"}
        members = {e.source for e in whole.edges if e.link.term == "org:Membership" and e.target in teams}
        assert teams | inspections | members <= ids
        assert not {n["kind"] for n in detail["nodes"]} & {"issue", "measure", "recommendation"}
        # Tooltips read from the store as from graph.trig: the same evidence for the dispatcher.
        first = next(n for n in detail["nodes"] if n["id"] == centre)["evidence"]
        assert [list(ev) for ev in whole.nodes[centre].evidence[:kv.EVIDENCE_SHOWN]] == first
        # and every tooltip counts the sentences it does not show as the whole view does (not those read for others)
        assert all(n["more"] == len(whole.nodes[n["id"]].evidence) - kv.EVIDENCE_SHOWN for n in detail["nodes"])


def test_small_builds_keep_the_whole_view(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "small"
    shutil.copytree(corpus, out)
    (out / "graph-dispatcher-old.html").write_text("a summary's page", encoding="utf-8")
    page = kv.write_build_view(out, 10).read_text(encoding="utf-8")  # 10 ≤ SUMMARY_DOCUMENTS
    assert page == kv.render_html(kv.build_view(out))
    assert "pages" not in page_data(page) and not list(out.glob("graph-dispatcher-*.html"))


def test_summary_without_a_store_reads_graph_trig_into_a_temporary_one(corpus: Path, tmp_path: Path) -> None:
    shutil.copy(corpus / "graph.trig", tmp_path / "graph.trig")
    page = kv.write_summary(tmp_path).read_text(encoding="utf-8")
    assert page_data(page)["nodes"] and list(tmp_path.glob("graph-dispatcher-*.html"))
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / "store").exists()


def test_hostile_names_stay_data_in_the_summary(tmp_path: Path) -> None:
    outdir = write_fixture_graph(tmp_path, payload="".join(PAYLOADS))
    page = kv.write_summary(outdir).read_text(encoding="utf-8")
    only_its_own_elements(page)
    data = page_data(page)
    assert any("javascript:window.__pwned" in n["full"] for n in data["nodes"])  # the target's name, as data
    for entry in data["pages"]:
        detail = (outdir / entry["page"]).read_text(encoding="utf-8")
        assert not [a for _, attrs in page_tags(detail) for a in attrs if a.startswith("on") or a in ("src", "href")]


def test_teams_without_a_dispatcher_and_graphs_without_teams_are_summarised(tmp_path: Path) -> None:
    from kg.graph.rdf import write_graphs

    data = page_data(kv.write_summary(write_fixture_graph(tmp_path / "fixture")).read_text(encoding="utf-8"))
    alone = next(n for n in data["nodes"] if n["full"] == "辽宁省委第九巡视组")  # the fixture names no dispatcher
    assert "page" not in alone and "--focus" in alone["command"]
    assert not [e for e in data["edges"] if e["from"] == alone["id"] and e["term"] == "xs:dispatchedBy"]
    assert ["长兴岛经济技术开发区党工委"] == [n["full"] for e in data["edges"] if e["from"] == alone["id"]
                                       for n in data["nodes"] if n["id"] == e["to"]]
    # No team at all (news naming only organisations and people): those found in the most documents.
    docs = [feedback_document(), rectification_document()]
    for d in docs:
        d.facts = DocumentFacts(doc_type="other", organisations=d.facts.organisations, people=d.facts.people)
    write_graphs(docs, tmp_path / "teamless")
    data = page_data(kv.write_summary(tmp_path / "teamless").read_text(encoding="utf-8"))
    assert {n["kind"] for n in data["nodes"]} == {"person", "organisation"} and not data["edges"]
    assert all(["来源文档数", "1"] in n["attrs"] for n in data["nodes"]) and "pages" not in data
    assert "王小军" in {n["full"] for n in data["nodes"]} and len(data["nodes"]) <= kv.SUMMARY_HUBS
    assert "图中没有巡视巡察组" in data["notes"][0]


@pytest.mark.parametrize("labels", [
    ["张家口市委", "河南省委"],
    ["<script>alert(1)</script>", "../../etc/passwd", "a b", "a_b"],  # hostile, and two that slug alike
    ["中共某县委", "中共某县委"],  # namesakes
])
def test_page_names_are_safe_and_distinct(labels: list[str]) -> None:
    pages = kv._page_names([(f"iri:{i}", label) for i, label in enumerate(labels)])
    assert len(set(pages.values())) == len(labels)
    assert all(re.fullmatch(r"graph-dispatcher-[\w-]+\.html", p) for p in pages.values())


LAYOUT_PROGRAM = """
from kg.views.view import LINKS, XS, Edge, Node, View, _layout
# a ring of 8 teams (the 2-core the spring layout places), each with 5 targets hanging off it: the ring is a small
# part of the graph, the case where networkx's subgraph iterates its nodes in the order of a set of strings
teams = [f"team{i}" for i in range(8)]
nodes = [Node(t, "team", t) for t in teams]
nodes += [Node(f"{t}-unit{j}", "organisation", f"unit{j}") for t in teams for j in range(5)]
link = LINKS[XS + "target"]
edges = [Edge(t, teams[(i + 1) % 8], link, "") for i, t in enumerate(teams)]
edges += [Edge(t, f"{t}-unit{j}", link, "") for t in teams for j in range(5)]
print(sorted(_layout(View("t", nodes, edges)).items()))
"""


def test_the_layout_is_the_same_in_every_process() -> None:
    """Positions do not depend on the hash seed of the process that lays them out (one build to the next)."""
    runs = {subprocess.run([sys.executable, "-c", LAYOUT_PROGRAM], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1
