"""Findings on texts written in the genre's varied forms: feedback news, rectification reports, unrelated texts."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.findings import findings
from kg.extract.normalise import normalise_text
from kg.extract.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.facts import Evidence, Feedback, Inspection
from kg.ingest.document import Document
from kg.ingest.files import read_document

PRE = Pipeline(["normalise", "structure"])
SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "samples"


def run(text: str, inspections: list[Inspection] | None = None, feedback: list[Feedback] | None = None) -> Document:
    """normalise → structure → (what relations would have found) → findings."""
    doc = PRE(Document(id="t", original=text))
    doc.facts.inspections = inspections or []
    doc.facts.feedback = feedback or []
    return findings(doc)


def n(*texts: str) -> list[str]:
    """Expected strings as the normalised text writes them (half-width punctuation)."""
    return [normalise_text(t)[0] for t in texts]


def issue_texts(doc: Document) -> list[str]:
    return [i.text for i in doc.facts.issues]


def measure_counts(doc: Document) -> list[int]:
    return [sum(m.issue == i.key for m in doc.facts.measures) for i in doc.facts.issues]


def at(text: str, needle: str) -> Evidence:
    """Evidence pointing at ``needle`` in ``text`` (as relations would give an inspection or feedback)."""
    i = text.index(needle)
    return Evidence(i, i + len(needle), needle)


# ---------------------------------------------------------------- feedback news

FEEDBACK_SEMICOLONS = """市委第二巡察组向市水利局党组反馈巡察情况

近日，市委第二巡察组向市水利局党组反馈巡察情况。组长李明指出，市水利局党组能够认真贯彻落实上级决策部署。
巡察也发现了一些问题，主要是：贯彻落实新发展理念不到位，水资源统筹调度能力不足；“三重一大”决策制度执行不严格；选人用人工作不规范，干部队伍结构不优；基层党组织建设较为薄弱，党员教育管理不够严格等。
李明提出三点意见建议：一是提高政治站位，切实扛起整改责任。要把巡察整改作为重要政治任务。二是聚焦主责主业，推动水利事业高质量发展。
要统筹推进重点水利工程建设。三是从严管党治党，营造风清气正政治生态。要强化对“一把手”的监督。
市水利局党组书记王刚表示，坚决认领问题，一要提高思想认识，二要压实整改责任，三要建立长效机制。
"""


def test_feedback_semicolon_list_gives_one_issue_per_item_without_tail() -> None:
    doc = run(FEEDBACK_SEMICOLONS)
    assert doc.facts.doc_type == "feedback"
    assert issue_texts(doc) == n(
        "贯彻落实新发展理念不到位，水资源统筹调度能力不足",
        "“三重一大”决策制度执行不严格",
        "选人用人工作不规范，干部队伍结构不优",
        "基层党组织建设较为薄弱，党员教育管理不够严格",
    )
    assert all(i.category is None and i.status is None for i in doc.facts.issues)
    assert doc.facts.measures == []


def test_feedback_recommendations_are_headlines_and_pledges_are_not() -> None:
    doc = run(FEEDBACK_SEMICOLONS)
    assert [r.text for r in doc.facts.recommendations] == n(
        "提高政治站位，切实扛起整改责任",
        "聚焦主责主业，推动水利事业高质量发展",
        "从严管党治党，营造风清气正政治生态",
    )


def test_feedback_issue_evidence_points_at_the_original_sentence() -> None:
    doc = run(FEEDBACK_SEMICOLONS)
    for issue in doc.facts.issues:
        ev = issue.evidence[0]
        assert doc.original[ev.start:ev.end] == ev.text
        assert issue.text in normalise_text(ev.text)[0]


def test_feedback_short_dun_list_is_split_into_clause_like_items() -> None:
    text = ("省委第三巡视组向某某大学党委反馈巡视情况。巡视组指出，学校党委取得了一定成效，但巡视也发现了一些问题，"
            "主要表现在落实立德树人根本任务有差距、市委、省政府决策部署落实不到位、科研经费管理存在漏洞、"
            "领导班子建设有待加强等四个方面。")
    doc = run(text)
    assert issue_texts(doc) == n(
        "落实立德树人根本任务有差距",
        "市委、省政府决策部署落实不到位",
        "科研经费管理存在漏洞",
        "领导班子建设有待加强",
    )


def test_feedback_marked_series_after_the_problem_list_trigger() -> None:
    text = ("县委第一巡察组向县卫健局党组反馈巡察情况\n"
            "巡察发现的主要问题：一是党组领导作用发挥不充分，对重大事项研究不深；二是医疗领域腐败问题易发多发；"
            "三是基层党建工作弱化。\n组长强调，要认真抓好整改。")
    doc = run(text)
    assert issue_texts(doc) == n("党组领导作用发挥不充分，对重大事项研究不深", "医疗领域腐败问题易发多发", "基层党建工作弱化")


def test_feedback_list_in_following_numbered_paragraphs() -> None:
    text = ("区委第五巡察组向街道党工委反馈巡察情况\n巡察发现街道党工委存在以下问题：\n"
            "（一）落实意识形态工作责任制不到位。部分社区阵地管理松散。\n"
            "（二）惠民资金管理不规范。\n"
            "（三）软弱涣散党组织整顿不彻底。\n"
            "区委书记表示，将坚决抓好整改。")
    doc = run(text)
    assert issue_texts(doc) == n("落实意识形态工作责任制不到位", "惠民资金管理不规范", "软弱涣散党组织整顿不彻底")


def test_feedback_youde_clauses_are_separate_problems() -> None:
    text = ("市委第六巡察组向市教育局党委反馈巡察情况。巡察也发现一些问题，主要是：有的干部担当意识不强，"
            "有的学校财务管理混乱，有的党支部组织生活不规范。")
    doc = run(text)
    assert issue_texts(doc) == n("有的干部担当意识不强", "有的学校财务管理混乱", "有的党支部组织生活不规范")


def test_traditional_script_feedback_gives_simplified_issues_with_original_evidence() -> None:
    text = ("省委第七巡視組向某某市委反饋巡視情況\n"
            "巡視組指出，巡視也發現了一些問題，主要是：貫徹落實黨中央決策部署有差距；"
            "全面從嚴治黨責任落實不到位；選人用人問題較多等。\n"
            "組長提出兩點意見建議：一是強化政治擔當，抓好整改落實。二是堅持標本兼治，健全長效機制。")
    doc = run(text)
    assert doc.language == "zh-Hant"
    assert doc.facts.doc_type == "feedback"
    assert issue_texts(doc) == n("贯彻落实党中央决策部署有差距", "全面从严治党责任落实不到位", "选人用人问题较多")
    ev = doc.facts.issues[1].evidence[0]
    assert ev.text == doc.original[ev.start:ev.end] and "從嚴" in ev.text
    assert [r.text for r in doc.facts.recommendations] == n("强化政治担当，抓好整改落实", "坚持标本兼治，健全长效机制")


def test_pledges_after_a_statement_are_not_issues_or_recommendations() -> None:
    text = ("市委第四巡察组向某镇党委反馈巡察情况。镇党委书记表示，全盘接受巡察反馈意见。一要提高政治站位，"
            "严格落实主体责任。二要坚持问题导向，逐项抓好整改。三要强化成果运用，推动全镇高质量发展。")
    doc = run(text)
    assert doc.facts.doc_type == "feedback"
    assert doc.facts.issues == [] and doc.facts.recommendations == [] and doc.facts.measures == []


def test_recommendations_in_separate_paragraphs_link_to_the_feedback_before_them() -> None:
    text = ("中央第八巡视组向某某集团党组反馈巡视情况\n"
            "9月5日，中央第八巡视组向某某集团党组反馈巡视情况。\n"
            "巡视组对做好整改工作提出以下意见：\n"
            "1.深入学习贯彻习近平新时代中国特色社会主义思想，坚决做到“两个维护”。要强化理论武装。\n"
            "2.聚焦主责主业，服务国家战略。要加大科技创新力度。\n"
            "巡视组还收到反映一些领导人员的问题线索，已按有关规定转有关方面处理。")
    fb = Feedback(key="feedback-1", evidence=[at(text, "9月5日，中央第八巡视组向某某集团党组反馈巡视情况。")])
    doc = run(text, feedback=[fb])
    assert [r.text for r in doc.facts.recommendations] == n(
        "深入学习贯彻习近平新时代中国特色社会主义思想，坚决做到“两个维护”",
        "聚焦主责主业，服务国家战略",
    )
    assert {r.feedback for r in doc.facts.recommendations} == {"feedback-1"}


# ---------------------------------------------------------------- rectification reports

TARGETED_REPORT = """中共某某县委关于巡视整改进展情况的通报
根据省委统一部署，2022年3月至5月，省委第五巡视组对某某县进行了巡视。7月8日，省委巡视组向县委反馈了巡视意见。现将巡视整改进展情况予以公布。
一、整改工作开展情况
（一）强化组织领导，压实整改责任
县委成立整改工作领导小组。一是召开常委会专题研究。二是制定整改方案，细化任务清单。
二、巡视反馈问题整改落实情况
（一）落实全面从严治党主体责任不到位
1.针对“落实‘两个责任’有差距”问题。
整改情况：一是制定主体责任清单。二是开展专项督导。三是约谈履责不力的单位负责人。
2.针对“对下级党组织监督乏力”问题。
整改情况：县委督查室对各乡镇开展全覆盖督查，建立问题台账，逐项督促整改。
（二）选人用人存在薄弱环节
3.针对“干部档案管理不规范”问题。
整改情况：一是开展干部人事档案专项审核。二是建立档案管理制度。
三、下步工作打算
（一）持续巩固整改成果，防止问题反弹
一是坚持问题导向。二是强化督促检查。
欢迎广大干部群众对巡视整改落实情况进行监督。
"""


def test_targeted_items_give_issue_text_category_and_measures() -> None:
    doc = run(TARGETED_REPORT)
    assert doc.facts.doc_type == "rectification"
    assert issue_texts(doc) == n("落实‘两个责任’有差距", "对下级党组织监督乏力", "干部档案管理不规范")
    assert [i.category for i in doc.facts.issues] == [
        "落实全面从严治党主体责任不到位", "落实全面从严治党主体责任不到位", "选人用人存在薄弱环节"]
    assert measure_counts(doc) == [3, 1, 2]


def test_measure_text_drops_the_marker_and_a_paragraph_body_is_one_measure() -> None:
    doc = run(TARGETED_REPORT)
    first = [m.text for m in doc.facts.measures if m.issue == "issue-1"]
    assert first == n("制定主体责任清单", "开展专项督导", "约谈履责不力的单位负责人")
    second = [m.text for m in doc.facts.measures if m.issue == "issue-2"]
    assert second == n("县委督查室对各乡镇开展全覆盖督查，建立问题台账，逐项督促整改")


def test_work_and_next_step_sections_give_no_issues() -> None:
    doc = run(TARGETED_REPORT)
    texts = " ".join(issue_texts(doc))
    assert "组织领导" not in texts and "反弹" not in texts
    assert len(doc.facts.issues) == 3


ENTERPRISE_REPORT = """中共某某能源集团有限公司委员会关于巡察整改阶段性进展情况的通报
2023年4月至6月，集团党委第一巡察组对所属发电公司党委进行了常规巡察。8月10日反馈巡察意见，共反馈3个方面十个问题。截至目前，已完成整改7个问题，安全生产责任落实不到位、设备采购管理不规范等3个问题纳入持续整改。现将巡察整改情况予以公布。
一、贯彻落实党的路线方针政策方面
1.安全生产责任落实不到位。一是修订安全生产责任制。二是开展隐患排查治理。
2.设备采购管理不规范，存在廉洁风险。一是完善采购管理办法。二是推行集中采购。三是开展采购业务专项审计。
二、党的建设方面
1.党支部标准化建设不够扎实。一是开展支部达标创建。二是配齐支部委员。
"""


def test_numbered_heading_sentences_are_issues_under_their_section() -> None:
    doc = run(ENTERPRISE_REPORT)
    assert doc.facts.doc_type == "rectification"
    assert issue_texts(doc) == n("安全生产责任落实不到位", "设备采购管理不规范，存在廉洁风险", "党支部标准化建设不够扎实")
    assert [i.category for i in doc.facts.issues] == n("贯彻落实党的路线方针政策方面") * 2 + ["党的建设方面"]
    assert measure_counts(doc) == [2, 3, 2]


def test_counts_go_on_the_main_inspection_and_named_problems_get_their_status() -> None:
    text = ENTERPRISE_REPORT
    main = Inspection(key="inspection-1", evidence=[at(text, "集团党委第一巡察组对所属发电公司党委进行了常规巡察")])
    doc = run(text, inspections=[main])
    assert (main.issues_reported, main.issues_rectified, main.issues_ongoing) == (10, 7, 3)
    assert {i.inspection for i in doc.facts.issues} == {"inspection-1"}
    assert [i.status for i in doc.facts.issues] == ["ongoing", "ongoing", None]


def test_counts_without_an_inspection_are_not_invented_elsewhere() -> None:
    doc = run(ENTERPRISE_REPORT)
    assert doc.facts.inspections == []
    assert {i.inspection for i in doc.facts.issues} == {None}


def test_counts_about_another_campaign_or_inside_an_item_are_ignored() -> None:
    text = ("某某区委关于巡察整改情况的通报\n区委第二巡察组对区教育局党组进行了巡察。主题教育检视问题已完成整改12项。现将整改情况予以公布。\n"
            "一、党的建设方面\n1.针对“教师队伍管理不严格”问题。\n整改情况：一是清理在编不在岗人员，已完成整改5个。二是建立考勤制度。\n")
    main = Inspection(key="inspection-1", evidence=[at(text, "区委第二巡察组对区教育局党组进行了巡察")])
    doc = run(text, inspections=[main])
    assert issue_texts(doc) == n("教师队伍管理不严格")
    assert (main.issues_reported, main.issues_rectified, main.issues_ongoing) == (None, None, None)


def test_main_inspection_is_the_one_named_first() -> None:
    text = ("关于巡视整改进展情况的通报\n省委第二巡视组对某市进行了巡视。此前，市委对某镇开展了巡察。现将巡视整改进展情况予以公布。\n"
            "一、全面从严治党方面\n1.针对“监督执纪问责不严”问题。\n整改情况：一是开展专项检查。二是严肃追责。\n")
    later = Inspection(key="inspection-2", evidence=[at(text, "市委对某镇开展了巡察")])
    first = Inspection(key="inspection-1", evidence=[at(text, "省委第二巡视组对某市进行了巡视")])
    doc = run(text, inspections=[later, first])
    assert [i.inspection for i in doc.facts.issues] == ["inspection-1"]


UNIVERSITY_REPORT = """中共某某大学委员会关于巡视整改进展情况的通报
根据中央统一部署，中央第十一巡视组对某某大学党委进行了常规巡视，并反馈了巡视意见。现将巡视整改进展情况予以公布。
一、巡视反馈问题整改落实情况
（一）关于学习贯彻习近平新时代中国特色社会主义思想不够深入的问题
整改情况：
（1）完善党委理论学习中心组学习制度。
（2）开展专题读书班。
（3）将学习情况纳入考核。
（二）关于科研经费管理存在漏洞的问题。整改情况：已完成整改。学校修订科研经费管理办法，开展专项检查。
"""


def test_university_report_subitems_are_measures_and_structural_parent_gives_no_category() -> None:
    doc = run(UNIVERSITY_REPORT)
    assert issue_texts(doc) == n("学习贯彻习近平新时代中国特色社会主义思想不够深入", "科研经费管理存在漏洞")
    assert [i.category for i in doc.facts.issues] == [None, None]
    assert measure_counts(doc) == [3, 1]
    assert [m.text for m in doc.facts.measures][:3] == n("完善党委理论学习中心组学习制度", "开展专题读书班", "将学习情况纳入考核")


def test_item_status_line_marks_the_issue_rectified() -> None:
    doc = run(UNIVERSITY_REPORT)
    assert [i.status for i in doc.facts.issues] == [None, "rectified"]


def test_problem_group_heading_is_the_category_not_an_issue() -> None:
    text = ("某某局党组关于巡察整改情况的通报\n现将巡察整改情况予以公布。\n"
            "（一）落实意识形态工作责任制不到位\n1.阵地管理不严格。一是清理宣传栏。二是建立审核制度。\n"
            "2.网络舆情处置不及时。建立舆情监测机制。\n")
    doc = run(text)
    assert issue_texts(doc) == n("阵地管理不严格", "网络舆情处置不及时")
    assert {i.category for i in doc.facts.issues} == {"落实意识形态工作责任制不到位"}


# ---------------------------------------------------------------- nothing invented


def test_unrelated_text_gives_nothing() -> None:
    text = ("今年秋粮收购工作有序推进。存在的主要问题是：部分地区仓容不足；运输成本偏高；"
            "个别企业收购价格不规范等。有关部门提出三点意见建议：一是加强统筹。二是优化服务。三是强化监管。")
    doc = run(text)
    assert doc.facts.doc_type == "other"
    assert (doc.facts.issues, doc.facts.measures, doc.facts.recommendations) == ([], [], [])


def test_regulation_on_inspections_is_other_and_gives_nothing() -> None:
    text = ("中国共产党巡视工作条例\n第一章 总则\n第一条 为了加强党内监督，规范巡视工作，根据《中国共产党章程》，制定本条例。\n"
            "第二十二条 巡视组应当向被巡视党组织领导班子及其主要负责人反馈巡视情况，指出问题，主要是：政治责任；"
            "纪律作风；选人用人等。")
    doc = run(text)
    assert doc.facts.doc_type == "other"
    assert doc.facts.issues == []


def test_commentary_on_inspections_is_other() -> None:
    text = ("以巡视利剑护航高质量发展\n巡视是党内监督的战略性制度安排。实践证明，巡视发现的问题主要是：政治站位不高；"
            "责任落实不到位等，必须以钉钉子精神抓好整改。")
    doc = run(text)
    assert doc.facts.doc_type == "other"
    assert doc.facts.issues == []


# ---------------------------------------------------------------- the samples


@pytest.mark.parametrize("name,doc_type,issues,measures", [
    ("000_45abcf2326382c21", "feedback", 6, [0] * 6),
    ("001_4dae3066c7b3ca2d", "feedback", 4, [0] * 4),
    ("002_dc5af87add2ce3ac", "rectification", 11, [3, 3, 4, 3, 2, 2, 3, 3, 3, 3, 1]),
    ("004_4641a07bb80e7aee", "feedback", 0, []),
])
def test_samples(name: str, doc_type: str, issues: int, measures: list[int]) -> None:
    doc = findings(PRE(read_document(SAMPLES / f"{name}.txt")))
    assert doc.facts.doc_type == doc_type
    assert len(doc.facts.issues) == issues
    assert measure_counts(doc) == measures


def test_deterministic() -> None:
    a, b = run(TARGETED_REPORT), run(TARGETED_REPORT)
    assert a.facts == b.facts


def test_short_negatives_in_a_dun_list_complete_the_problem_before_them() -> None:
    text = ("市委第三巡察组向区司法局党组反馈巡察情况。巡察发现的问题主要表现在理论学习不主动、不深入、"
            "法治宣传教育流于形式、基层司法所建设滞后等方面。")
    doc = run(text)
    assert issue_texts(doc) == n("理论学习不主动、不深入", "法治宣传教育流于形式", "基层司法所建设滞后")


def test_comma_list_splits_only_when_every_piece_is_a_problem() -> None:
    text = ("县委第四巡察组向县林业局党组反馈巡察情况。巡察也发现了一些问题，主要是：理论学习不够深入，"
            "主体责任落实不到位，项目资金管理不规范。")
    assert issue_texts(run(text)) == n("理论学习不够深入", "主体责任落实不到位", "项目资金管理不规范")
    one = ("县委第四巡察组向县林业局党组反馈巡察情况。巡察也发现了一些问题，主要是：党组领导作用弱化，"
           "履职尽责主动性不够。")
    assert issue_texts(run(one)) == n("党组领导作用弱化，履职尽责主动性不够")


def test_central_news_list_after_found_some_problems() -> None:
    text = ("中央第九巡视组向某某部党组反馈巡视情况\n"
            "巡视组指出，某某部党组在推动事业发展方面取得了一定成效，但巡视也发现一些问题：学习贯彻习近平新时代中国特色社会主义思想"
            "不够深入，贯彻落实党中央决策部署存在差距；全面从严治党“两个责任”落实不到位，重点领域廉洁风险突出；"
            "落实新时代党的组织路线不够有力。同时，巡视组还收到反映一些领导干部的问题线索，已按有关规定转有关方面处理。")
    doc = run(text)
    assert issue_texts(doc) == n(
        "学习贯彻习近平新时代中国特色社会主义思想不够深入，贯彻落实党中央决策部署存在差距",
        "全面从严治党“两个责任”落实不到位，重点领域廉洁风险突出",
        "落实新时代党的组织路线不够有力",
    )


def test_meeting_relaying_feedback_spirit_is_not_feedback_news() -> None:
    text = ("某某区委召开巡视整改专题会议\n会议传达学习省委巡视反馈会议精神，研究部署整改工作。会议指出，存在的主要问题是："
            "政治站位不高；责任落实不到位。")
    doc = run(text)
    assert doc.facts.doc_type == "rectification"  # news of rectification work, not of a feedback
    assert {i.text for i in doc.facts.issues} <= {"政治站位不高", "责任落实不到位"}  # only the problems it states


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "巡察组向区委反馈巡察情况。", "主要是：", "学习不深入；", "监管不到位、", "等。", "\n", "一是", "二是", "1.", "（一）",
    "针对“", "”问题。", "整改情况：", "提出三点意见建议：", "现将巡察整改情况予以公布。", "共反馈十个问题，", "已整改8个，",
    "纳入持续整改", "、", "；", "“", "”", "有的", "，", "。", "问题", "x",
]), max_size=40))
def test_any_text_gives_spans_of_the_text(parts: list[str]) -> None:
    doc = run("".join(parts) or "x")
    assert doc.facts.doc_type in ("feedback", "rectification", "other")
    for fact in [*doc.facts.issues, *doc.facts.measures, *doc.facts.recommendations]:
        assert fact.text and fact.text in doc.text
        assert all(doc.original[ev.start:ev.end] == ev.text for ev in fact.evidence)
    keys = {i.key for i in doc.facts.issues}
    assert all(m.issue in keys for m in doc.facts.measures)


def test_headings_stating_an_aim_are_not_problems() -> None:
    text = ("某某公司党委关于巡察整改情况的通报\n现将巡察整改情况予以公布。\n"
            "一、加强组织领导\n（一）建立工作机制，确保整改不走过场\n成立整改领导小组。\n"
            "二、反馈问题整改情况\n（一）党的建设方面\n1.支部组织生活不规范。一是制定组织生活清单。二是开展专项检查。\n")
    doc = run(text)
    assert issue_texts(doc) == n("支部组织生活不规范")
    assert [i.category for i in doc.facts.issues] == ["党的建设方面"]


def test_detailed_feedback_numbers_its_problems_without_measures() -> None:
    text = ("关于巡察某某县农业农村局党组的反馈意见\n根据县委统一部署，县委第三巡察组对县农业农村局党组进行了常规巡察。\n"
            "一、党的领导方面\n1.贯彻落实乡村振兴战略不够有力。部分项目推进缓慢。\n2.意识形态工作责任制落实不到位。\n"
            "二、全面从严治党方面\n1.惠农资金监管存在漏洞。\n")
    doc = run(text)
    assert doc.facts.doc_type == "feedback"
    assert issue_texts(doc) == n("贯彻落实乡村振兴战略不够有力", "意识形态工作责任制落实不到位", "惠农资金监管存在漏洞")
    assert [i.category for i in doc.facts.issues] == ["党的领导方面", "党的领导方面", "全面从严治党方面"]
    assert doc.facts.measures == []


CENTRAL_REPORT = """中共某某省委关于中央第三巡视组巡视反馈意见整改落实情况的通报
根据中央统一部署，中央第三巡视组对某某省进行了巡视，并反馈了巡视意见。现将整改落实情况予以公布。
一、坚决扛起巡视整改政治责任
（一）加强组织领导。省委成立巡视整改工作领导小组，统筹推进整改工作。
（二）集中整治群众身边的突出问题。开展专项整治行动。
二、对巡视反馈意见的整改落实情况
（一）关于“四个意识”不够牢固的问题
1.关于学习贯彻习近平新时代中国特色社会主义思想不够深入的问题。
一是完善省委常委会“第一议题”制度。二是举办专题读书班。
2.关于基层党组织软弱涣散问题。
整改情况：开展软弱涣散党组织集中整顿，选优配强村党组织书记。
三、下一步工作安排
（一）持续抓好未完成事项整改，防止问题反弹回潮。
"""


def test_central_report_groups_targeted_items_under_their_problem_heading() -> None:
    doc = run(CENTRAL_REPORT)
    assert doc.facts.doc_type == "rectification"
    assert issue_texts(doc) == n("学习贯彻习近平新时代中国特色社会主义思想不够深入", "基层党组织软弱涣散")
    assert {i.category for i in doc.facts.issues} == {"关于“四个意识”不够牢固的问题"}
    assert measure_counts(doc) == [2, 1]


def test_traditional_rectification_report_with_corner_quotes() -> None:
    text = ("中共某某市委關於巡察整改進展情況的通報\n市委第一巡察組對某某區委進行了巡察。現將巡察整改進展情況予以公佈。\n"
            "一、黨的建設方面\n1.針對「基層黨組織『三會一課』制度落實不到位」問題。\n"
            "整改情況：一是開展專項檢查。二是建立工作台賬。\n")
    doc = run(text)
    assert doc.facts.doc_type == "rectification"
    assert issue_texts(doc) == n("基层党组织『三会一课』制度落实不到位")
    assert [i.category for i in doc.facts.issues] == ["党的建设方面"]
    assert [m.text for m in doc.facts.measures] == n("开展专项检查", "建立工作台账")


def test_inline_list_of_what_the_team_found() -> None:
    text = ("县委第二巡察组向县市场监管局党组反馈巡察情况。巡察组指出，县市场监管局党组存在食品安全监管不到位、"
            "执法办案程序不规范、干部队伍老化等突出问题。县市场监管局党组书记主持会议。")
    doc = run(text)
    assert issue_texts(doc) == n("食品安全监管不到位", "执法办案程序不规范", "干部队伍老化")


LABELLED_REPORT = """中共某某县卫健局党组关于巡察整改情况的报告
县委第一巡察组对县卫健局党组开展了常规巡察，并反馈了巡察意见。现将整改情况报告如下。
一、提高站位，全力推进整改
局党组成立整改领导小组。一是召开专题会议。二是制定整改方案。
二、反馈问题整改情况
（一）党的领导方面
问题1：落实公立医院党委领导下的院长负责制有差距。
整改措施：一是修订医院章程。二是完善党委会议事规则。
整改进展：已完成整改。
问题2：医疗服务能力提升不够明显。
整改措施：组建医疗集团，引进学科带头人3名。
整改进展：持续整改。
（二）全面从严治党方面
问题3：药品耗材采购存在廉洁风险。
整改措施：一是推行集中带量采购。二是开展专项审计。三是约谈相关科室负责人。
"""


def test_labelled_problems_with_measures_and_status_lines() -> None:
    doc = run(LABELLED_REPORT)
    assert issue_texts(doc) == n("落实公立医院党委领导下的院长负责制有差距", "医疗服务能力提升不够明显", "药品耗材采购存在廉洁风险")
    assert [i.category for i in doc.facts.issues] == ["党的领导方面", "党的领导方面", "全面从严治党方面"]
    assert measure_counts(doc) == [2, 1, 3]
    assert [i.status for i in doc.facts.issues] == ["rectified", "ongoing", None]
    assert [m.text for m in doc.facts.measures if m.issue == "issue-2"] == n("组建医疗集团，引进学科带头人3名")


def test_report_without_a_rectification_lead_is_known_by_its_items() -> None:
    text = ("根据市委统一部署，市委第四巡察组对某某街道党工委进行了巡察，并反馈了巡察意见。街道党工委高度重视。\n"
            "一、基层党建方面\n1.针对“党员发展程序不规范”问题。\n整改情况：一是开展党员发展档案核查。二是组织发展党员业务培训。\n"
            "2.针对“社区阵地作用发挥不充分”问题。\n整改情况：一是调整活动场所用途。二是开展常态化服务活动。\n")
    doc = run(text)
    assert doc.facts.doc_type == "rectification"
    assert measure_counts(doc) == [2, 2]


@pytest.mark.parametrize("sentence,counts", [
    ("共反馈问题4大类23个。", {"reported": 23}),
    ("巡察组反馈了十二个问题。", {"reported": 12}),
    ("反馈的21个问题中，已完成整改18个，正在整改3个。", {"reported": 21, "rectified": 18, "ongoing": 3}),
    ("截至目前，已整改到位9个，剩余2个正在按时序推进。", {"rectified": 9, "ongoing": 2}),
    ("反馈问题11个，细化整改任务45项，已完成40项。", {"reported": 11}),
    ("全区55项整改项目中，完成整改53项。", {}),
    ("移交问题线索5件。", {}),
    ("巡视反馈的3个方面12个问题，已完成整改11个，1个问题正在持续推进。", {"reported": 12, "rectified": 11, "ongoing": 1}),
    ("反馈问题共计28个，已整改完成25个，其余3个问题已取得阶段性成效并持续推进。",
     {"reported": 28, "rectified": 25, "ongoing": 3}),
    ("针对反馈的16个问题，制定整改措施58条，已完成整改14个，2个正在整改中。", {"reported": 16, "rectified": 14, "ongoing": 2}),
    ("制定整改措施36条，已完成32条，4条正在推进。", {}),
])
def test_stated_counts(sentence: str, counts: dict[str, int]) -> None:
    text = "市委第一巡察组对某某局党组进行了巡察。现将巡察整改情况予以公布。" + sentence
    main = Inspection(key="inspection-1", evidence=[at(text, "市委第一巡察组对某某局党组进行了巡察")])
    run(text, inspections=[main])
    got = {k: getattr(main, f"issues_{k}") for k in ("reported", "rectified", "ongoing")}
    assert {k: v for k, v in got.items() if v is not None} == counts


def test_status_note_on_a_heading_is_status_not_text() -> None:
    text = ("某某区委关于巡察整改情况的通报\n现将巡察整改情况予以公布。\n一、党的建设方面\n"
            "1.党费收缴管理不规范（已完成）。一是全面清查党费收缴情况。二是补缴党费。\n"
            "2.发展党员把关不严（持续整改）。建立发展党员全程纪实制度。\n")
    doc = run(text)
    assert issue_texts(doc) == n("党费收缴管理不规范", "发展党员把关不严")
    assert [i.status for i in doc.facts.issues] == ["rectified", "ongoing"]
    assert measure_counts(doc) == [2, 1]


def test_rectification_issues_all_belong_to_the_main_inspection() -> None:
    text = ("关于巡视整改进展情况的通报\n省委第二巡视组对某市进行了巡视。现将巡视整改进展情况予以公布。\n一、全面从严治党方面\n"
            "1.针对“巡察成果运用不充分”问题。\n整改情况：一是市委对某镇开展了巡察并进行了反馈。二是听取巡察汇报。\n"
            "2.针对“监督执纪问责不严”问题。\n整改情况：一是开展专项检查。二是严肃追责。\n")
    main = Inspection(key="inspection-1", evidence=[at(text, "省委第二巡视组对某市进行了巡视")])
    other = Inspection(key="inspection-2", evidence=[at(text, "市委对某镇开展了巡察")])
    fb = Feedback(key="feedback-1", inspection="inspection-2", evidence=[at(text, "市委对某镇开展了巡察并进行了反馈")])
    doc = run(text, inspections=[main, other], feedback=[fb])
    assert [i.inspection for i in doc.facts.issues] == ["inspection-1", "inspection-1"]


def test_a_requirement_mentioning_problems_is_not_a_list() -> None:
    text = ("市委第五巡察组向某乡党委反馈巡察情况。组长强调，要聚焦突出问题有针对性地整改，做到件件有着落。")
    doc = run(text)
    assert doc.facts.doc_type == "feedback"
    assert doc.facts.issues == []


# ---------------------------------------------------------------- forms found by the held-out genre set (tests/genre)


def test_lookback_feedback_news_is_feedback() -> None:
    text = ("市委第一巡察组对某区委开展巡察“回头看”反馈情况\n"
            "11月3日，市委第一巡察组向某区委反馈了巡察“回头看”情况。“回头看”发现，上轮巡察反馈问题整改还不够彻底，主要表现为："
            "整改责任压得不实；问题线索处置不及时。")
    doc = run(text)
    assert doc.facts.doc_type == "feedback"
    assert issue_texts(doc) == n("整改责任压得不实", "问题线索处置不及时")


@pytest.mark.parametrize("lead", [
    "巡察组指出，该局党组做了大量工作，但也存在一些问题：",
    "巡视组指出，学校党委还存在一些问题。主要是：",
    "巡视指出，局党组在落实党中央决策部署方面还存在差距和不足：",
])
def test_problem_list_after_a_colon_or_in_the_next_sentence(lead: str) -> None:
    text = ("县委第二巡察组向县水利局党组反馈巡察情况\n" + lead
            + "一是防汛责任落实不到位，隐患排查不彻底；二是项目资金管理不规范。\n巡察组要求，局党组要抓好整改。")
    doc = run(text)
    assert issue_texts(doc) == n("防汛责任落实不到位，隐患排查不彻底", "项目资金管理不规范")


def test_numbered_heading_closed_by_a_full_stop_before_its_rectification_is_an_issue() -> None:
    text = ("关于巡察整改进展情况的通报\n二、反馈问题整改情况\n（一）党的建设方面\n"
            "1.主体责任传导层层递减。\n整改情况：一是修订责任清单；二是开展述责述廉。\n"
            "2.违规公务接待禁而未绝。\n整改情况：开展违规吃喝专项整治。\n")
    doc = run(text)
    assert issue_texts(doc) == n("主体责任传导层层递减", "违规公务接待禁而未绝")
    assert measure_counts(doc) == [2, 1]
    assert {i.category for i in doc.facts.issues} == {"党的建设方面"}


def test_recommendations_in_one_sentence_stop_at_the_next_marker() -> None:
    text = ("市委第三巡察组向某县委反馈巡察情况。组长提出三点意见建议：一是提高政治站位，压实整改责任；"
            "二是加强“三资”监管，规范村级财务管理；三是强化基层党组织建设。县委书记表示，坚决整改。")
    doc = run(text)
    assert [r.text for r in doc.facts.recommendations] == n(
        "提高政治站位，压实整改责任", "加强“三资”监管，规范村级财务管理", "强化基层党组织建设")


def test_requirements_stated_as_points_are_recommendations() -> None:
    text = ("校党委第一巡察组向某学院党委反馈巡察情况。组长就整改工作提出两点要求：一是提高思想认识，扛牢整改责任；"
            "二是坚持问题导向，健全长效机制。")
    assert [r.text for r in run(text).facts.recommendations] == n("提高思想认识，扛牢整改责任", "坚持问题导向，健全长效机制")


def test_unnumbered_list_of_yao_clauses_is_recommendations_but_one_requirement_is_not() -> None:
    text = ("市委第一巡察组向市商务局党组反馈巡察情况。巡察组建议，市商务局党组要提高政治站位，把整改作为政治任务；"
            "要聚焦主责主业，优化营商环境；要严格落实管党治党责任。")
    assert [r.text for r in run(text).facts.recommendations] == n(
        "提高政治站位，把整改作为政治任务", "聚焦主责主业，优化营商环境", "严格落实管党治党责任")
    single = "市委第一巡察组向市商务局党组反馈巡察情况。巡察组要求，市商务局党组要切实担负起整改主体责任，扎实推进整改。"
    assert run(single).facts.recommendations == []


def test_measures_numbered_inline_after_the_rectification_label() -> None:
    text = ("关于巡察整改情况的通报\n一、关于落实基金监管责任方面\n问题1：社保基金监管不到位。\n"
            "整改措施：1.开展社保基金安全专项检查；2.建立风险防控系统；3.追回违规资金3.5万元。\n"
            "问题2：干部教育培训针对性不强。\n整改措施：制定年度培训计划，开展培训6期。\n")
    doc = run(text)
    assert issue_texts(doc) == n("社保基金监管不到位", "干部教育培训针对性不强")
    assert measure_counts(doc) == [3, 1]
    assert [m.text for m in doc.facts.measures][:3] == n("开展社保基金安全专项检查", "建立风险防控系统", "追回违规资金3.5万元")


@pytest.mark.parametrize("item", [
    "1.巡察指出“{x}”问题。\n整改情况：一是{a}；二是{b}。\n",
    "1.巡察反馈的“{x}”问题\n整改措施：一是{a}；二是{b}。\n",
    "（一）对照“{x}”问题，整改情况如下：一是{a}；二是{b}。\n",
])
def test_items_named_by_who_raised_the_problem_or_by_comparison(item: str) -> None:
    text = "关于巡察整改情况的通报\n" + item.format(x="理论学习不深入", a="制定学习计划", b="开展专题学习")
    doc = run(text)
    assert issue_texts(doc) == ["理论学习不深入"]
    assert [m.text for m in doc.facts.measures] == ["制定学习计划", "开展专题学习"]


def test_problem_list_after_several_aspects_of_problems() -> None:
    text = ("市委第二巡察组向市财政局党组反馈巡察情况\n巡察指出，市财政局党组存在以下几个方面的问题："
            "一是预算管理不规范；二是政府采购监管不到位；三是干部队伍建设滞后。")
    assert issue_texts(run(text)) == ["预算管理不规范", "政府采购监管不到位", "干部队伍建设滞后"]


@pytest.mark.parametrize("title", ["关于2022年度预算执行审计查出问题整改情况的报告", "关于主题教育检视问题整改落实情况的通报"])
def test_rectification_of_another_campaign_mentioning_inspections_is_other(title: str) -> None:
    text = (title + "\n坚持把整改与巡视巡察整改统筹推进，结合巡察反馈意见，现将整改情况报告如下：\n"
            "1.预算编制不够精细。\n整改情况：一是完善预算编制办法；二是加强项目库管理。\n"
            "2.专项资金拨付不及时。\n整改情况：一是督促拨付资金；二是建立资金拨付台账。\n")
    doc = run(text)
    assert doc.facts.doc_type == "other"
    assert (doc.facts.issues, doc.facts.measures) == ([], [])
    inspected = run(text.replace(title, "关于巡察反馈意见及审计查出问题整改情况的报告"))
    assert inspected.facts.doc_type == "rectification" and len(inspected.facts.issues) == 2


def test_plain_list_after_who_found_it_only_when_every_item_is_a_problem() -> None:
    head = "省委第一巡视组向省粮食和储备局党组反馈巡视情况。"
    doc = run(head + "巡视指出，落实粮食安全责任不够有力，储备粮监管存在漏洞；购销领域腐败问题易发多发；干部队伍建设有短板。")
    assert issue_texts(doc) == n("落实粮食安全责任不够有力，储备粮监管存在漏洞", "购销领域腐败问题易发多发", "干部队伍建设有短板")
    praise = run(head + "巡视发现，局党组在推进粮食安全方面做了大量工作，取得积极成效；同时储备粮监管存在漏洞。")
    assert praise.facts.issues == []
    advice = run(head + "巡视组指出，要深刻认识整改的重要性；要压实整改责任；要建立长效机制。")
    assert advice.facts.issues == []


def test_items_of_a_problem_list_are_all_issues_whatever_they_end_with() -> None:
    text = ("关于巡视整改进展情况的通报\n二、聚焦反馈问题，全力推进整改落实\n"
            "（一）关于理论学习不够深入的问题\n"
            "1.理论学习与业务工作结合不够好。一是修订学习规则；二是开展专题研讨；三是建立成果清单。\n"
            "2.调查研究不够深入。一是制定调研方案；二是开展蹲点调研。\n")
    doc = run(text)
    assert issue_texts(doc) == n("理论学习与业务工作结合不够好", "调查研究不够深入")
    assert measure_counts(doc) == [3, 2]
    aims = ("关于巡视整改进展情况的通报\n一、提高政治站位，抓好巡视整改\n（一）深化思想认识，迅速安排部署。一是召开会议；二是制定方案。\n"
            "（二）加强组织领导，压实整改责任。一是成立领导小组；二是建立台账。\n")
    assert run(aims).facts.issues == []


@pytest.mark.parametrize("sentence", [
    "组长提出了两方面的意见建议：一是强化政治引领；二是抓好问题整改。",
    "巡察组提出以下几点意见建议：一是强化政治引领；二是抓好问题整改。",
    "巡察组提出了整改意见：一是强化政治引领；二是抓好问题整改。",
    "巡察组强调，要强化政治引领；要抓好问题整改。",
])
def test_recommendation_announcements_in_other_words(sentence: str) -> None:
    doc = run("市委第一巡察组向某局党组反馈巡察情况。\n" + sentence)
    assert [r.text for r in doc.facts.recommendations] == ["强化政治引领", "抓好问题整改"]


def test_inline_list_after_praise_in_the_same_sentence() -> None:
    text = ("县委第二巡察组向县林业局党组反馈巡察情况。巡察指出，县林业局党组能够认真贯彻落实上级决策部署，"
            "在生态保护修复等方面取得一定成效，但也存在理论学习不深入、森林资源监管不到位、项目资金管理不规范等问题。")
    assert issue_texts(run(text)) == ["理论学习不深入", "森林资源监管不到位", "项目资金管理不规范"]


def test_list_opening_words_and_aspects_named_first() -> None:
    head = "县委第二巡察组向县林业局党组反馈巡察情况。\n"
    doc = run(head + "巡察组共发现问题26个，主要集中在以下方面：理论学习不深入；森林资源监管不到位。")
    assert issue_texts(doc) == ["理论学习不深入", "森林资源监管不到位"]
    doc = run(head + "巡察中发现的问题主要有两个方面：一是政治建设方面，理论学习不深入；二是业务工作方面，森林资源监管不到位。")
    assert issue_texts(doc) == ["理论学习不深入", "森林资源监管不到位"]
    assert [i.category for i in doc.facts.issues] == ["政治建设方面", "业务工作方面"]


def test_unnumbered_paragraphs_opening_with_the_quoted_problem() -> None:
    text = ("中共某县委关于巡视整改进展情况的通报\n现将整改进展情况公布如下。\n"
            "针对“理论学习不深入”问题，县委制定学习计划，开展专题学习12次。\n"
            "针对巡视反馈的“重大项目推进缓慢”问题，一是建立专班推进机制；二是新开工项目23个。\n")
    doc = run(text)
    assert issue_texts(doc) == ["理论学习不深入", "重大项目推进缓慢"]
    assert [m.text for m in doc.facts.measures] == n("县委制定学习计划，开展专题学习12次", "建立专班推进机制", "新开工项目23个")


# ---------------------------------------------------------------- long documents (compilations)

STATUS_NOTES = ("某某区委关于巡察整改情况的通报\n现将巡察整改情况予以公布。\n一、党的建设方面\n"
                "1.党费收缴管理不规范（已完成）。一是全面清查党费收缴情况。二是补缴党费。\n"
                "2.发展党员把关不严（持续整改）。建立发展党员全程纪实制度。\n")


def test_a_status_sentence_names_its_own_reports_problems_not_the_same_words_far_away() -> None:
    # Far away: well over a report's worth of items (findings.STATUS_REACH) lies between the two copies.
    later = ENTERPRISE_REPORT.split("\n", 2)[2]  # the same items again, without the lead that names two of them
    doc = run(ENTERPRISE_REPORT + STATUS_NOTES * 60 + later)
    statuses = [i.status for i in doc.facts.issues]
    assert statuses[:3] == ["ongoing", "ongoing", None]
    assert statuses[-3:] == [None, None, None]


def test_a_stray_quote_does_not_carry_a_list_into_the_next_ones() -> None:
    # An unclosed “ hides the 。 that ends the first list: it still stops where the next one opens.
    text = ("市委第一巡察组向某局党组反馈巡察情况。巡察指出，学习不深入、落实不到位、宣传“不够。"
            "巡察还发现，管理不规范、制度不健全。")
    assert issue_texts(run(text)) == n("学习不深入", "落实不到位", "宣传“不够", "管理不规范", "制度不健全")


def test_sub_items_are_the_measures_of_their_own_item_only() -> None:
    item = "{n}.安全生产责任落实不到位。\n（1）修订安全生产责任制。\n（2）开展隐患排查治理。\n"
    text = "关于巡察整改进展情况的通报\n现将巡察整改情况予以公布。\n一、党的建设方面\n" + "".join(item.format(n=n) for n in (1, 2))
    doc = run(text)
    assert measure_counts(doc) == [2, 2]
    assert [m.text for m in doc.facts.measures] == n("修订安全生产责任制", "开展隐患排查治理") * 2


def test_recommendations_stop_at_the_next_announcement_and_none_is_read_twice() -> None:
    text = ("市委第一巡察组向某局党组反馈巡察情况。\n巡察组强调，要强化政治引领；要抓好问题整改。"
            "巡察组提出两点意见建议：一是压实主体责任；二是健全长效机制。\n")
    assert [r.text for r in run(text).facts.recommendations] == ["强化政治引领", "抓好问题整改", "压实主体责任", "健全长效机制"]


# ---------------------------------------------------------------- the blind held-out set's forms (tests/genre_b)


def test_a_reporter_then_an_inspection_that_found_opens_the_list_at_the_inner_trigger() -> None:
    # 组长X指出，巡视发现，A；B；C: the list is read after the inner 发现, not with it as its first item;
    # a risk said to stand out (风险比较突出) reads as a problem.
    text = ("省委第二巡视组向某能源集团党委反馈巡视情况。组长李强指出，巡视发现，集团党委在服务全省能源保供方面"
            "还存在差距，科技创新能力有待提高；境外投资风险管控薄弱，资金安全风险比较突出；选人用人把关不严。")
    assert issue_texts(run(text)) == n(
        "集团党委在服务全省能源保供方面还存在差距，科技创新能力有待提高",
        "境外投资风险管控薄弱，资金安全风险比较突出",
        "选人用人把关不严",
    )


def test_a_comma_list_found_by_a_follow_up_round_after_praise_in_the_same_sentence() -> None:
    # X指出，…取得一定成效，但“回头看”发现，A，B，C、D: the later trigger takes over; the commas
    # separate the items, the 、 joins two problems within the last one.
    text = ("市委第三巡察组向某区委反馈巡察“回头看”情况。组长王芳指出，区委整改工作取得一定成效，但“回头看”发现，"
            "区委落实主体责任还有差距，基层减负工作不够到位，财务报销不规范，部分问题整改不彻底、效果不明显。")
    assert issue_texts(run(text)) == n(
        "区委落实主体责任还有差距",
        "基层减负工作不够到位",
        "财务报销不规范",
        "部分问题整改不彻底、效果不明显",
    )


def test_a_traditional_list_right_after_the_leader_points_it_out() -> None:
    text = ("縣委第三巡察組向縣衛健局黨組反饋巡察情況。巡察組組長陳立指出，縣衛健局黨組落實上級決策部署不夠到位；"
            "醫療機構監管不嚴格，醫保基金使用不規範；幹部隊伍建設存在短板。陳立要求，縣衛健局黨組要抓好整改。")
    assert issue_texts(run(text)) == n(
        "县卫健局党组落实上级决策部署不够到位",
        "医疗机构监管不严格，医保基金使用不规范",
        "干部队伍建设存在短板",
    )


@pytest.mark.parametrize("said", [
    "组长赵刚指出，学校党委做了大量工作，取得明显成效；学校发展势头不错；师生满意度稳步提升。",
    "组长赵刚指出，要进一步提高政治站位；要加强领导班子建设不放松；要推动学校高质量发展。",
    "组长赵刚指出，学校党委工作取得积极进展，但思政工作不够深入；科研管理不规范。",
    "组长赵刚指出，要坚决纠正工作落实不到位；要着力解决经费管理不规范。",
])
def test_praise_demands_and_narrative_after_a_plain_指出_are_no_problems(said: str) -> None:
    doc = run("省委第八巡视组向某大学党委反馈巡视情况。" + said)
    assert doc.facts.doc_type == "feedback"
    assert doc.facts.issues == []


@pytest.mark.parametrize("lead", ["突出表现在：", "主要问题有："])
def test_lists_shown_as_they_show_themselves(lead: str) -> None:
    text = ("中央第三巡视组向国家某局党组反馈巡视情况。组长张明指出，局党组工作取得积极成效，但巡视也发现一些问题，"
            f"{lead}监管职责履行不到位，行业风险防控存在短板；领导班子建设不够有力。")
    assert issue_texts(run(text)) == n("监管职责履行不到位，行业风险防控存在短板", "领导班子建设不够有力")


def test_a_list_shown_as_it_shows_itself_right_after_what_was_found() -> None:
    text = ("市委第二巡察组向市教育局党组反馈巡察情况。巡察发现，市教育局党组在落实教育优先发展战略方面具体表现为："
            "教育资源配置不均衡问题比较突出，城区学校大班额现象依然存在，校外培训治理不彻底。")
    assert issue_texts(run(text)) == n("教育资源配置不均衡问题比较突出", "城区学校大班额现象依然存在", "校外培训治理不彻底")


CIRCLED_REPORT = """中共某县委关于巡视整改进展情况的通报
现将整改进展情况予以公布。
一、关于党的建设方面
（1）关于“村级组织建设薄弱”的问题
整改情况：①整顿软弱涣散村党组织5个；②选派驻村第一书记12名；③开展村干部轮训。
（2）关于“惠民资金管理不规范”的问题
整改措施：第一，开展惠民资金专项清理；第二，追回违规资金36万元。
（3）关于“学习制度执行不严格”的问题
整改情况：（一）修订学习制度；（二）建立督学机制。
"""


def test_every_measure_marker_family_gives_one_measure_per_marker() -> None:
    doc = run(CIRCLED_REPORT)
    assert issue_texts(doc) == ["村级组织建设薄弱", "惠民资金管理不规范", "学习制度执行不严格"]
    assert measure_counts(doc) == [3, 2, 2]
    assert [m.text for m in doc.facts.measures][:4] == n("整顿软弱涣散村党组织5个", "选派驻村第一书记12名",
                                                         "开展村干部轮训", "开展惠民资金专项清理")


def test_a_round_that_completed_its_feedback_is_feedback_news_whatever_report_it_asks_for() -> None:
    text = ("某州委十届第二轮巡察完成集中反馈\n近日，州委各巡察组分别向被巡察党组织反馈了巡察情况。"
            "巡察组要求，被巡察党组织在规定时间内报送整改情况报告。\n")
    assert run(text).facts.doc_type == "feedback"
    assert run(text.replace("报送整改情况报告", "现将整改情况予以公布")).facts.doc_type == "rectification"


def test_the_status_cell_of_a_flattened_progress_table_is_the_items_status_not_a_measure() -> None:
    text = ("某区委关于巡察集中整改进展情况的通报\n现将整改进展情况公布如下。\n序号 反馈问题 整改措施 整改进展\n"
            "1 学习贯彻上级精神不深入 整改措施：一是制定学习计划；二是开展专题轮训 已完成\n"
            "2 基层党组织建设薄弱 整改措施：一是整顿软弱涣散党组织；二是选优配强村党组织书记 持续整改\n")
    doc = run(text)
    assert issue_texts(doc) == ["学习贯彻上级精神不深入", "基层党组织建设薄弱"]
    assert [i.status for i in doc.facts.issues] == ["rectified", "ongoing"]
    assert [m.text for m in doc.facts.measures] == ["制定学习计划", "开展专题轮训", "整顿软弱涣散党组织", "选优配强村党组织书记"]


def test_a_progress_table_row_without_labels_ends_its_problem_where_the_measures_cell_opens() -> None:
    # Tab-separated cells: 序号 反馈问题 整改措施 完成情况, the measures cell opening with 一是.
    text = ("某县委关于巡察整改进展情况的通报\n现将整改进展情况公布如下。\n序号\t反馈问题\t整改措施\t完成情况\n"
            "1\t村级财务管理不规范\t一是开展村级财务清理；二是建立村账乡代管制度\t已完成\n"
            "2\t干部作风不实\t一是开展作风专项整治；二是建立督查通报机制\t持续整改\n")
    doc = run(text)
    assert issue_texts(doc) == ["村级财务管理不规范", "干部作风不实"]
    assert [i.status for i in doc.facts.issues] == ["rectified", "ongoing"]
    assert measure_counts(doc) == [2, 2]


def test_a_comma_list_whose_items_end_in_less_common_shortcomings() -> None:
    text = ("县委第四巡察组向县市场监管局党组反馈巡察情况。巡察指出，局党组落实食品安全监管责任有差距，"
            "执法办案不规范、程序不严谨，干部队伍年龄结构断层。")
    assert issue_texts(run(text)) == n("局党组落实食品安全监管责任有差距", "执法办案不规范、程序不严谨", "干部队伍年龄结构断层")


# ---------------------------------------------------------------- forms found by the blind set (tests/genre_c)


def test_ongoing_count_said_as_continuing_progress() -> None:
    text = ("中共某县市场监管局党组关于巡察整改情况的通报\n"
            "县委第四巡察组对县市场监管局党组进行了常规巡察，共反馈问题9个。截至目前，已完成整改7个，持续推进2个。"
            "现将整改情况予以公布。\n一、党的建设方面\n1.党组会议制度执行不严格。整改措施：(1)修订党组工作规则；(2)规范会议记录。\n")
    main = Inspection(key="inspection-1", evidence=[at(text, "县委第四巡察组对县市场监管局党组进行了常规巡察")])
    run(text, inspections=[main])
    assert (main.issues_reported, main.issues_rectified, main.issues_ongoing) == (9, 7, 2)


def test_feedback_of_a_quoted_follow_up_is_feedback_news() -> None:
    text = ("区委第一巡察组对某街道党工委开展巡察整改“回头看”\n"
            "5月10日，巡察组向某街道党工委反馈了“回头看”情况。组长张敏通报了发现的问题。")
    assert run(text).facts.doc_type == "feedback"


@pytest.mark.parametrize("text, counts", [
    ("关于公布县委第六轮巡察整改情况的公告\n1.县商务局党组关于县委巡察整改情况的通报\n2.县交通运输局党组关于县委巡察整改情况的通报\n"
     "本轮巡察共反馈问题95个，已完成整改88个，正在整改7个。", {"reported": 95, "rectified": 88, "ongoing": 7}),
    ("關於公布縣委第六輪巡察整改情況的公告\n1.縣商務局黨組關於縣委巡察整改情況的通報\n2.縣交通運輸局黨組關於縣委巡察整改情況的通報\n"
     "截至11月底，2個被巡察黨組織共梳理反饋問題41個，已完成整改36個。", {"reported": 41, "rectified": 36}),
])
def test_a_round_total_over_several_units_is_the_documents_not_its_first_units(text: str, counts: dict[str, int]) -> None:
    """The units each published their own report: the round's total belongs to none of them."""
    doc = Pipeline(DEFAULT_PIPELINE)(Document(id="t", original=text))
    assert len(doc.facts.inspections) == 2
    assert doc.facts.issue_counts == counts
    assert all(i.issues_reported is None and i.issues_rectified is None for i in doc.facts.inspections)


def test_a_units_own_count_stays_its_inspections() -> None:
    text = ("中共县商务局党组关于县委巡察整改进展情况的通报\n2023年4月，县委第一巡察组对县商务局党组开展了常规巡察。"
            "截至8月底，反馈的27个问题已完成整改22个，正在整改5个。")
    doc = Pipeline(DEFAULT_PIPELINE)(Document(id="t", original=text))
    (inspection,) = doc.facts.inspections
    assert (inspection.issues_reported, inspection.issues_rectified, inspection.issues_ongoing) == (27, 22, 5)
