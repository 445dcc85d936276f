"""kg.graph.cycle: a rectification report answers the feedback of another document; problems followed up.

The pairs of tests/identity_pairs (written here in the genre's forms) always run; the real pairs of
../shared/real/pairs (LINKS.json) run when present.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, XSD

from kg.build.builder import build
from kg.extract.normalise import to_simplified
from kg.extract.pipeline import Pipeline, pipeline_for
from kg.extract.resolve import feedback_mode
from kg.facts import Issue
from kg.graph.cycle import LINK_AT, Problems, evidence, occurrences, references
from kg.graph.identity import Registry
from kg.ingest.document import Document

XS = Namespace("https://w3id.org/xunshi/ontology#")
ID = "https://w3id.org/xunshi/id/"
PAIRS = Path(__file__).parent / "identity_pairs"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


def doc(doc_id: str) -> URIRef:
    return URIRef(ID + "doc/" + doc_id)


# phrasing → the team it says the document answers (dispatcher as written, ordinal, kind), or None
REFERENCES = [
    ("根据省委第九巡视组反馈意见，制定整改方案", ("省委", 9, "巡视")),
    ("落实中央第十巡视组反馈意见整改工作的重要举措", ("中央", 10, "巡视")),
    ("对市委第二巡察组反馈的问题逐项整改", ("市委", 2, "巡察")),
    ("針對縣委第三巡察組指出的問題", ("县委", 3, "巡察")),  # Traditional: read in its Simplified form
    ("省委第九巡视组向卫滨区委反馈巡视情况", None),      # feedback given, not answered
    ("省委第九巡视组进驻卫滨区开展巡视", None),
]


@pytest.mark.parametrize(("text", "team"), REFERENCES)
def test_reference_to_the_feedback_answered(text: str, team: tuple[str, int, str] | None) -> None:
    found = references(to_simplified(text)[0])
    if team is None:
        assert not found
    else:
        ((dispatcher, n, kind),) = found
        assert dispatcher.endswith(team[0]) and (n, kind) == team[1:]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("违规发放津贴补贴问题屡禁不止", "违规发放津贴补贴问题屡禁不止", True),
    ("党风廉政建设责任落实不够到位", "党风廉政建设责任落实不够到位方面的问题", True),
    ("有的领导人员违规占有多套住房", "部分党组成员涉嫌违规占有多套住房", True),
    ("理论学习不深入", "基层党组织软弱涣散问题突出", False),
    ("问题", "问题", False),  # too short to tell
])
def test_same_problem(a: str, b: str, same: bool) -> None:
    first, later = Document(id="a", original=a, text=a), Document(id="b", original=b, text=b)
    first.facts.issues, later.facts.issues = [Issue("issue-1", a)], [Issue("issue-1", b)]
    assert bool(Problems().alike(first, later)) == same


# Feedback news, then rectification news: (feedback text, report text, linked). The round named with its term
# (in the report's headline only) and a unit's short and full names (甲乙公司 / 甲乙汽车集团有限公司) tie them.
ROUND_PAIRS = [
    ("8月3日,省纪委监委网站公布了十二届省委第四轮巡视情况。\n其中,云岭建工公司和青石交投集团因为选人用人等问题,被点名。"
     "\n云岭建工集团有限公司董事长表示,坚决整改。",
     "十二届省委第四轮巡视整改丨推进转型发展\n日前,云岭建工集团有限公司党委向社会公布了巡视整改进展情况。", True),
    ("8月3日,省紀委監委網站公布了十二屆省委第四輪巡視情況。\n其中,雲嶺建工公司和青石交投集團因為選人用人等問題,被點名。"
     "\n雲嶺建工集團有限公司董事長表示,堅決整改。",
     "十二屆省委第四輪巡視整改丨推進轉型發展\n日前,雲嶺建工集團有限公司黨委向社會公布了巡視整改進展情況。", True),
    # another round of the same unit: not the same inspection
    ("8月3日,省纪委监委网站公布了十二届省委第四轮巡视情况。\n其中,云岭建工公司和青石交投集团因为选人用人等问题,被点名。"
     "\n云岭建工集团有限公司董事长表示,坚决整改。",
     "十二届省委第九轮巡视整改丨推进转型发展\n日前,云岭建工集团有限公司党委向社会公布了巡视整改进展情况。", False),
    # the same unit, no round in the report: a shared target alone is not enough
    ("8月3日,省纪委监委网站公布了十二届省委第四轮巡视情况。\n其中,云岭建工公司和青石交投集团因为选人用人等问题,被点名。"
     "\n云岭建工集团有限公司董事长表示,坚决整改。",
     "推进转型发展\n日前,云岭建工集团有限公司党委向社会公布了巡视整改进展情况。", False),
]


@pytest.mark.parametrize(("feedback", "report", "linked"), ROUND_PAIRS)
def test_same_round_and_unit_link_a_report_to_its_feedback(feedback: str, report: str, linked: bool) -> None:
    assert links(feedback, report) == linked


def links(feedback: str, report: str) -> bool:
    """Whether the evidence between two texts' inspections reaches LINK_AT."""
    pipeline = Pipeline(pipeline_for("rules"))
    docs = [pipeline(Document(id=i, original=t)) for i, t in (("fb", feedback), ("report", report))]
    registry = Registry(docs)
    found = [evidence(a, b) for a in occurrences(docs[0], registry.of(docs[0]))
             for b in occurrences(docs[1], registry.of(docs[1]))]
    return any(e is not None and e[0] >= LINK_AT for e in found)


# Feedback news that defines a unit's short name (中国华岳重型机械集团公司(以下简称华岳重机)) and a rectification report
# that names the unit in another short form (华岳重机集团公司): the full and the short names do not contradict,
# and the same team, start and feedback month tie them. (feedback text, report text, linked)
_SHORT_FEEDBACK = ("10月29日,中央第八巡视组向中国华岳重型机械集团公司(以下简称华岳重机)反馈专项巡视情况。根据中央统一部署,"
                   "2024年7月2日至8月30日,中央第八巡视组对华岳重机开展了专项巡视。")
_SHORT_REPORT = ("中共华岳重机集团公司委员会关于专项巡视整改情况的通报\n根据中央统一部署,2024年7月2日至8月30日,中央第八巡视组"
                 "对华岳重机集团公司进行了专项巡视。2024年10月29日,中央第八巡视组向华岳重机集团公司党委反馈了专项巡视意见。")
SHORT_NAME_PAIRS = [
    (_SHORT_FEEDBACK, _SHORT_REPORT, True),
    (_SHORT_FEEDBACK.replace("反馈专项巡视情况", "反饋專項巡視情況").replace("开展了专项巡视", "開展了專項巡視"),
     _SHORT_REPORT, True),
    # negatives: another unit whose name holds the short one's characters, or another team
    (_SHORT_FEEDBACK, _SHORT_REPORT.replace("华岳重机集团公司", "华岳电气集团公司"), False),
    (_SHORT_FEEDBACK, _SHORT_REPORT.replace("第八", "第九"), False),
]


@pytest.mark.parametrize(("feedback", "report", "linked"), SHORT_NAME_PAIRS,
                         ids=["short-and-full", "short-and-full-hant", "another-unit", "another-team"])
def test_a_defined_short_name_and_the_full_name_link(feedback: str, report: str, linked: bool) -> None:
    assert links(feedback, report) == linked


# The wording of the feedback (or rectification) a sentence names → the mode of its inspection, or None.
# Simplified and Traditional side by side.
FEEDBACK_MODE_ROWS = [
    ("青石大学收到中央巡视组通报后,印发了《落实中央巡视组专项巡视反馈意见整改工作方案》", "专项"),
    ("青石大學收到中央巡視組通報後,印發了《落實中央巡視組專項巡視反饋意見整改工作方案》", "专项"),
    ("省能源集团党委对照省委“机动式”巡视反馈问题清单逐项整改", "机动"),
    ("省属企业党委认真落实省委巡视组巡视“回头看”反馈意见", "回头看"),
    ("省屬企業黨委認真落實省委巡視組巡視「回頭看」反饋意見", "回头看"),
    ("针对县委巡察组巡察整改“回头看”反馈的问题", "回头看"),
    ("针对市委机动巡察组机动巡察反馈的问题，逐项整改", "机动"),
    ("針對市委機動巡察組機動巡察反饋的問題，逐項整改", "机动"),
    ("医院党委对照市委巡察组提级巡察反馈意见抓整改", "提级交叉"),
    ("醫院黨委對照市委巡察組提級巡察反饋意見抓整改", "提级交叉"),
    ("乡党委收到县委第二巡察组交叉巡察情况通报后", "提级交叉"),
    ("银行党委落实总行党委巡察组上下联动巡察整改要求", "提级交叉"),
    ("中央第五巡视组向学院反馈专项巡视情况", "专项"),
    ("中央第五巡視組向學院反饋專項巡視情況", "专项"),
    ("县委第一巡察组向镇党委反馈了常规巡察意见", "常规"),
    # negatives: no mode in the feedback's wording
    ("学校在接到中央巡视组巡视反馈意见后，制定了整改方案", None),
    ("學校在接到中央巡視組巡視反饋意見後，制定了整改方案", None),
    ("省委第二专项巡视组向省交通厅党组反馈巡视情况", None),  # a team's name, not the feedback's wording
    ("针对巡视反馈意见，开展专项整治", None),  # 专项整治: no inspection's mode
    ("接到巡察反馈意见后，学校随即开展专项巡察", None),  # the unit's own inspection, not the feedback's
    ("对照常规巡察反馈意见和专项巡察反馈意见一并整改", None),  # two feedbacks of two modes: neither
    ("2022年3月，县委第三巡察组对县医院开展了专项巡察", None),  # the inspection, no feedback word
]


@pytest.mark.parametrize(("text", "mode"), FEEDBACK_MODE_ROWS)
def test_mode_read_from_the_feedback_wording(text: str, mode: str | None) -> None:
    assert feedback_mode([text]) == mode


# Feedback news, then a report that names the feedback by its mode only (no team number, no date): the same
# dispatcher and the same non-routine mode, with the same target, link; routine 常规 (every round's), another
# mode, another dispatcher, or a report years later do not.
_SPECIAL = ("平川县委第三巡察组向平川县交通运输局党组反馈专项巡察情况\n2019年6月12日，平川县委第三巡察组向平川县交通运输局"
            "党组反馈专项巡察情况。2019年4月1日至5月10日，县委第三巡察组对县交通运输局党组开展了专项巡察。")
_SPECIAL_HANT = ("平川縣委第三巡察組向平川縣交通運輸局黨組反饋專項巡察情況\n2019年6月12日，平川縣委第三巡察組向平川縣交通運輸局"
                 "黨組反饋專項巡察情況。2019年4月1日至5月10日，縣委第三巡察組對縣交通運輸局黨組開展了專項巡察。")


def _report(mode_wording: str, dispatcher: str = "平川县委", published: str = "2019-09-20") -> str:
    return (f"平川县交通运输局党组关于巡察整改情况的通报\n发布时间：{published}\n平川县交通运输局党组在接到"
            f"{dispatcher}巡察组{mode_wording}反馈意见后，制定了整改方案，明确整改任务12项。")


_REVISIT_REPORT = ("平川县交通运输局党组关于巡察“回头看”整改情况的通报\n发布时间：2019-09-20\n近日，平川县委巡察组向"
                   "平川县交通运输局党组反馈了巡察“回头看”情况。")
MODE_PAIRS = [
    (_SPECIAL, _report("专项巡察"), True),
    (_SPECIAL_HANT, "平川縣交通運輸局黨組關於巡察整改情況的通報\n發布時間：2019-09-20\n平川縣交通運輸局黨組在接到平川縣委"
                    "巡察組專項巡察反饋意見後，制定了整改方案，明確整改任務12項。", True),
    (_SPECIAL.replace("专项", "机动"), _report("机动巡察"), True),
    (_SPECIAL.replace("专项", "机动"), _report("专项巡察"), True),  # a 机动 inspection is a 专项 one
    (_SPECIAL.replace("专项", "交叉"), _report("交叉巡察"), True),
    (_SPECIAL.replace("反馈专项巡察情况", "反馈巡察“回头看”情况").replace("开展了专项巡察", "开展了巡察“回头看”"),
     _REVISIT_REPORT, True),
    # negatives
    (_SPECIAL.replace("专项", "常规"), _report("常规巡察"), False),  # routine: every round shares it
    (_SPECIAL, _REVISIT_REPORT, False),  # another mode
    (_SPECIAL, _report("交叉巡察"), False),
    (_SPECIAL, _report("专项巡察", published="2023-03-15"), False),  # the same mode years later
    (_SPECIAL, _report("专项巡察", dispatcher="白银市委"), False),  # another dispatcher
    (_SPECIAL, _report("巡察"), False),  # no mode: a shared target alone is not enough
]


@pytest.mark.parametrize(("feedback", "report", "linked"), MODE_PAIRS, ids=[
    "special", "special-hant", "mobile", "mobile-special", "cross", "revisit", "routine", "revisit-not-special",
    "cross-not-special", "years-later", "other-dispatcher", "no-mode"])
def test_same_dispatcher_and_non_routine_mode_link_a_report_to_its_feedback(feedback: str, report: str,
                                                                            linked: bool) -> None:
    assert links(feedback, report) == linked


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    out = tmp_path_factory.mktemp("cycle")
    build([PAIRS], out_dir=out, view=False, store=False)
    return Dataset(default_union=True).parse(out / "graph.trig", format="trig")


def test_rectification_report_answers_the_feedback(pairs: Dataset) -> None:
    report = doc("henan_rectification")
    assert set(pairs.objects(report, XS.answersDocument)) == {doc("henan_feedback"), doc("henan_feedback_hant")}
    assert URIRef(ID + "feedback/henan_feedback/1") in set(pairs.objects(report, XS.answersFeedback))
    assert URIRef(ID + "inspection/henan_feedback/1") in set(pairs.objects(report, XS.answersInspection))
    basis = " ".join(map(str, pairs.objects(report, XS.linkBasis)))
    assert "same target 卫滨区委" in basis and "inspection started 2021-03" in basis
    # the link is the report's claim: it sits in the report's named graph
    graph = pairs.graph(URIRef(ID + "graph/henan_rectification"))
    assert (report, XS.answersDocument, doc("henan_feedback")) in graph


def test_unrelated_documents_are_not_linked(pairs: Dataset) -> None:
    # special_feedback / revisit_rectification_hant / special_rectification_later: one unit, one dispatcher, and
    # a 专项 then a 回头看 (another mode) and a 专项 four years later (not the same inspection)
    for d in ("city_a_feedback", "city_b_feedback", "wangwei_district", "wangwei_county", "henan_second_round",
              "special_feedback", "revisit_rectification_hant", "special_rectification_later"):
        assert not set(pairs.objects(doc(d), XS.answersDocument))
        assert not set(pairs.subjects(XS.answersDocument, doc(d)))


def test_two_reports_of_one_feedback_are_the_same_inspection(pairs: Dataset) -> None:
    a, b = URIRef(ID + "inspection/henan_feedback/1"), URIRef(ID + "inspection/henan_feedback_hant/1")
    assert (b, XS.sameInspectionAs, a) in pairs or (a, XS.sameInspectionAs, b) in pairs


def test_problem_status_over_time(pairs: Dataset) -> None:
    later = {(str(pairs.value(x, RDFS.label)), str(pairs.value(y, RDFS.label)))
             for x, y in pairs.subject_objects(XS.followsUp)}
    assert ("违规发放津贴补贴问题屡禁不止", "违规发放津贴补贴问题屡禁不止") in later
    (issue,) = {x for x, y in pairs.subject_objects(XS.followsUp)
                if str(pairs.value(x, RDFS.label)).startswith("违规发放")}
    assert pairs.value(issue, XS.statedOn) == Literal("2021-10-15", datatype=XSD.date)
    assert pairs.value(pairs.value(issue, XS.followsUp), XS.statedOn) == Literal("2021-06-10", datatype=XSD.date)


needs_real = pytest.mark.skipif(not (REAL / "pairs" / "LINKS.json").is_file(),
                                reason="../shared/real/pairs/LINKS.json is not present")
LINKS = json.loads((REAL / "pairs" / "LINKS.json").read_text(encoding="utf-8")) \
    if (REAL / "pairs" / "LINKS.json").is_file() else []


@pytest.fixture(scope="module")
def real_pairs(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    out = tmp_path_factory.mktemp("real_pairs")
    build([REAL / "pairs"], out_dir=out, view=False, store=False)
    return Dataset(default_union=True).parse(out / "graph.trig", format="trig")


# Pairs extraction cannot link yet, and why (strict: a pair that links must leave this table).
NOT_LINKED_YET: dict[tuple[str, str], str] = {}


def _real_pair(link: dict) -> object:
    docs = tuple(link["docs"])
    marks = [pytest.mark.xfail(strict=True, reason=NOT_LINKED_YET[docs])] if docs in NOT_LINKED_YET else []
    return pytest.param(link, marks=marks, id=f"{docs[0]}-{docs[1]}")


@needs_real
@pytest.mark.parametrize("link", [_real_pair(x) for x in LINKS])
def test_real_pair_linked_as_links_json_states(real_pairs: Dataset, link: dict) -> None:
    a, b = link["docs"]
    if link["relation"] == "namesakes":
        return  # people: tests/test_identity.py
    if link["relation"] == "feedback->rectification":
        assert (doc(b), XS.answersDocument, doc(a)) in real_pairs
    else:  # same-event
        linked = {(s, o) for s, o in real_pairs.subject_objects(XS.sameInspectionAs)}
        assert any(str(s).split("/")[-2] in (a, b) and str(o).split("/")[-2] in (a, b) for s, o in linked)
    issues = {(str(real_pairs.value(x, RDFS.label)), str(real_pairs.value(y, RDFS.label)))
              for x, y in real_pairs.subject_objects(XS.followsUp)}

    def labels(document: str) -> set[str]:
        """The problems extracted from one document (an issue's IRI ends in its document's id and number)."""
        return {str(label) for issue, label in real_pairs.subject_objects(RDFS.label)
                if "/issue/" in str(issue) and str(issue).split("/")[-2] == document}

    for text_a, text_b in link["same_issues"]:
        if text_a in labels(a) and text_b in labels(b):
            assert (text_b, text_a) in issues, (text_a, text_b)


@pytest.fixture(scope="module")
def pairs_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cycle_store")
    build([PAIRS], out_dir=out, view=False)
    return out


def canned(out: Path, name: str) -> list[dict]:
    from kg.graph.query import run_canned
    from kg.graph.store import KnowledgeStore

    return run_canned(KnowledgeStore(out), name).records()


def test_canned_days_from_feedback_to_rectification(pairs_store: Path) -> None:
    rows = canned(pairs_store, "feedback-to-rectification-days")
    assert {(r["report"], r["feedback_document"], r["days"]) for r in rows} == {
        ("henan_rectification", "henan_feedback", 127), ("henan_rectification", "henan_feedback_hant", 127)}


def test_canned_open_problems_and_status_over_time(pairs_store: Path) -> None:
    open_ = {r["organisation"]: r["open"] for r in canned(pairs_store, "open-problems-per-organisation")}
    assert open_["中共新乡市卫滨区委"] == 4  # three at the 2021 feedback, one in 2023; none reported rectified
    status = [(r["document"], str(r["date"]), r["status"]) for r in canned(pairs_store, "problem-status")
              if r["problem"] == "违规发放津贴补贴问题屡禁不止"]
    assert ("henan_feedback", "2021-06-10", "reported") in status
    assert ("henan_rectification", "2021-10-15", "reported") in status


def test_canned_officials_across_documents_and_organisations_inspected_again(pairs_store: Path) -> None:
    officials = {r["person"]: r["documents"].split() for r in canned(pairs_store, "officials-across-documents")}
    assert sorted(officials["张建国"]) == ["henan_feedback", "henan_feedback_hant"]
    assert "王伟" not in officials  # namesakes: two nodes
    # 卫滨区委: the 2021 inspection, reported three times (two news items, one report), and the 2023 one
    again = {r["organisation"]: r for r in canned(pairs_store, "organisations-inspected-more-than-once")}
    assert again["中共新乡市卫滨区委"]["inspections"] == 2
    assert set(again["中共新乡市卫滨区委"]["starts"].split()) == {"2021-03-01", "2023-04-01"}
