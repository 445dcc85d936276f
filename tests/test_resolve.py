"""Within-document coreference and merging."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.lexicon import abbreviates, party_key
from kg.extract.normalise import normalise_text
from kg.extract.pipeline import Pipeline
from kg.extract.resolve import Orgs, resolve_teams
from kg.facts import Evidence, Team
from kg.ingest.document import Document, Mention
from kg.ingest.files import sample_dir

STAGES = ["normalise", "structure", "mentions.rules", "relations", "resolve"]


def orgs_of(text: str, source: str | None = None, used: tuple[str, ...] = ()) -> Orgs:
    doc = Pipeline(["normalise", "structure", "mentions.rules"])(Document(id="t", original=text))
    doc.metadata.source = source
    return Orgs.of(doc, list(used))


# (short form, full name, whether the first abbreviates the second)
ABBREVIATION_ROWS = [
    ("集团公司党组", "中国石油天然气集团有限公司党组", True),
    ("县住建局", "县住房和城乡建设局", True),  # a department's short form: its last character alone
    ("县城管局", "县城市管理局", True),
    ("省住建厅", "省住房和城乡建设厅", True),
    ("县市场监管局", "县市场监督管理局", True),
    ("县医院党委", "县人民医院党委", True),  # a word short names drop whole (人民, 管理)
    ("省大数据局", "省大数据管理局", True),
    ("省交通厅党组", "省交通运输厅党组", True),  # a word dropped before the name's last character
    ("中能建投水电公司党委", "中能建投水电开发有限公司党委", True),  # words dropped not right after a place
    ("省民政厅党组", "云岭省民政厅党组", True),  # the place written out before it
    ("材料学院", "材料科学与工程学院", True),  # a university's school, words of its name dropped
    ("市台港澳办", "市委台港澳办", True),  # 委 dropped
    ("省卫生健康委党组", "江西省卫生健康委员会党组", True),  # a commission by its short name (委 for 委员会)
    ("市发改委", "市发展和改革委员会", True),
    ("省国资委党委", "省国有资产监督管理委员会党委", True),
    ("青山县委", "青山县政协委员会", False),  # a place's committee is no commission's short name
    # negatives
    ("省科学院党委", "省农业科学院党委", False),  # one word written in before a whole word of the name: another unit
    ("市医院", "市中医院", False),
    ("江城大学党委", "江城财经政法大学党委", False),  # … or before the word naming an institution
    ("青州市人民检察院党组", "青州市城南区人民检察院党组", False),  # the same unit of a place within it
    ("漪江区委", "漪江区纪委", False),  # a committee is no short form of its discipline commission
    ("县教育局", "市教育局", False),  # another level
    ("县水利局", "县水务局", False),
    ("甲煤业有限公司", "甲煤业乙矿业有限公司", False),  # a registered name abbreviates none
    ("中国银行", "中国人民银行", False),  # a bank's 人民 is its name's: the central bank is another bank
    ("中国银行党委", "中国人民银行党委", False),
    ("县住建局", "", False),
    ("县住建局", "县住建局", False),
]


@pytest.mark.parametrize(("short", "full", "expected"), ABBREVIATION_ROWS)
def test_a_short_form_abbreviates_a_full_name(short: str, full: str, expected: bool) -> None:
    assert abbreviates(short, full) is expected


def test_a_departments_short_form_points_at_its_full_name() -> None:
    orgs = orgs_of("县委第一巡察组对县住房和城乡建设局党组开展巡察。7月2日,第一巡察组向县住建局党组反馈巡察情况。")
    assert orgs.canonical("县住建局党组") == "县住房和城乡建设局党组"


# A group's party body written short (…集团党委): the one written with the group's registered name, (text, short, full).
GROUP_ROWS = [
    ("省委第四巡视组对江北交通投资集团有限公司党委开展巡视。邮政信箱：平湖市望江东路55号江北交通投资集团党委办公室。",
     "江北交通投资集团党委", "江北交通投资集团有限公司党委"),
    ("省委第二巡視組對湖南華菱鋼鐵集團有限責任公司黨委開展巡視。巡視組認為，近年來華菱集團黨委推進轉型。",
     "华菱集团党委", "湖南华菱钢铁集团有限责任公司党委"),
    # two groups of the name: which one is not said
    ("省委巡视组对甲能源集团有限公司党委、甲能源集团股份有限公司党委开展巡视。甲能源集团党委表示。", "甲能源集团党委", "甲能源集团党委"),
]


@pytest.mark.parametrize(("text", "short", "full"), GROUP_ROWS)
def test_a_groups_party_body_written_short(text: str, short: str, full: str) -> None:
    assert orgs_of(normalise_text(text)[0]).canonical(short) == full


@pytest.mark.parametrize(("text", "committee"), [
    # 城市 a word after a place (宜昌城市建设投资…), beside the place written with its level: the place's committee
    ("宜昌市纪委监委网站。市委第四巡察组向宜昌城市建设投资控股集团有限公司党委反馈，向宜昌市中心人民医院党委反馈。", "宜昌市委"),
    ("宜昌市紀委監委網站。市委第四巡察組向宜昌城市建設投資控股集團有限公司黨委反饋，向宜昌市中心人民醫院黨委反饋。", "宜昌市委"),
    # … but a city whose name ends in 城 keeps it (晋城市)
    ("晋城市纪委监委网站。市委第四巡察组向晋城市中心医院党委反馈。", "晋城市委"),
])
def test_a_bare_committee_takes_the_place_written_with_its_level(text: str, committee: str) -> None:
    assert orgs_of(normalise_text(text)[0]).canonical("市委") == committee


def test_short_forms_point_at_the_full_name() -> None:
    orgs = orgs_of("中共新乡市卫滨区委印发通知。卫滨区委、中共卫滨区委要求,区委常委会研究。")
    assert orgs.canonical("区委") == "中共新乡市卫滨区委"
    assert orgs.canonical("卫滨区委") == "中共新乡市卫滨区委"
    assert party_key("中共卫滨区委") == "卫滨区委"


def test_bare_committee_from_publisher_and_places() -> None:
    orgs = orgs_of("市委第四巡察组向下花园区委反馈。区长讲话。", source="张家口市委巡察办")
    assert orgs.canonical("市委") == "张家口市委"
    assert orgs.canonical("区政府") == "下花园区政府"
    assert orgs.canonical("区委") == "下花园区委"


def test_provincial_committee_only_from_a_province() -> None:
    orgs = orgs_of("要统一到省委工作部署上来,为辽宁全面振兴贡献力量,辽宁实践走深走实。")
    assert orgs.canonical("省委") == "辽宁省委"
    assert orgs_of("要统一到省委工作部署上来。").canonical("省委") == "省委"


def test_generic_team_joins_the_one_team_of_its_kind() -> None:
    ev = [Evidence(0, 1, "x")]
    raw = [Team("市委第四巡察组", kind="巡察", ordinal=4, dispatcher="市委", evidence=ev),
           Team("巡察组", kind="巡察", evidence=ev), Team("省委巡视组", kind="巡视", dispatcher="省委", evidence=ev)]
    teams, by_surface, groups = resolve_teams(raw, orgs_of("", source="张家口市委巡察办"), referenced=set())
    assert [(t.name, t.aliases) for t in teams] == [("张家口市委第四巡察组", ["巡察组", "市委第四巡察组"])]
    assert by_surface["巡察组"] == "张家口市委第四巡察组" and "省委巡视组" not in by_surface
    assert groups == {}


def test_short_form_of_a_long_name_by_its_characters() -> None:
    orgs = orgs_of("中央巡视组对中国石油天然气集团有限公司党组开展了巡视。集团公司党组书记主持。")
    assert orgs.canonical("集团公司党组") == "中国石油天然气集团有限公司党组"
    assert orgs.canonical("县委") == "县委"


def test_two_numbered_teams_leave_the_generic_unresolved() -> None:
    text = "2022年3月,市委第一巡察组对甲县委进行了常规巡察。2022年4月,市委第二巡察组对乙县委进行了常规巡察。巡察组要求整改。"
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    assert sorted(t.ordinal for t in facts.teams) == [1, 2]
    assert {(i.team, tuple(i.targets)) for i in facts.inspections} == {("市委第一巡察组", ("甲县委",)),
                                                                       ("市委第二巡察组", ("乙县委",))}


def test_title_and_body_feedback_merge() -> None:
    text = ("市委第四巡察组向东城区委、东城区政府党组反馈巡察情况\n来源:某市委巡察办 发布时间:2021-04-01\n"
            "近日,市委第四巡察组向东城区委反馈巡察情况。2021年1月至2月,市委第四巡察组对东城区政府党组开展了常规巡察。")
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    (fb,) = facts.feedback
    (inspection,) = facts.inspections
    # Linked to the inspection of 东城区政府党组, the feedback states the target beyond it.
    assert (fb.inspection, fb.team, fb.targets) == (inspection.key, None, ["东城区委"])
    assert (inspection.team, inspection.targets) == ("某市委第四巡察组", ["东城区政府党组"])


def test_people_and_memberships_are_deduplicated_with_evidence_pooled() -> None:
    text = "组长李国华指出,要抓好整改。组长李国华强调,要压实责任。"
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    assert [p.name for p in facts.people] == ["李国华"]
    assert len(facts.people[0].evidence) == 2
    assert [(m.person, m.role) for m in facts.memberships] == [("李国华", "组长")]
    assert len(facts.memberships[0].evidence) == 2


def test_organisations_carry_their_surface_forms() -> None:
    text = "2020年9月,县委第二巡察组对通江县工业园区党工委进行了常规巡察。园区党工委书记讲话。"
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    org = next(o for o in facts.organisations if o.name == "通江县工业园区党工委")
    assert "园区党工委" in org.aliases
    assert {o.name for o in facts.organisations} >= {"通江县委", "通江县工业园区党工委"}


@pytest.mark.parametrize(("text", "unit", "told_as"), [
    ("2019年3月至5月，自治区党委第三巡视组对和田地区开展了巡视。7月11日，巡视组向和田地委反馈巡视情况。", "和田地区", "和田地委"),
    ("2014年3月至5月，中央第十三巡视组对华北粮油集团有限公司进行了专项巡视。7月16日，中央第十三巡视组向华北粮油集团党组反馈了"
     "专项巡视情况。", "华北粮油集团有限公司", "华北粮油集团党组"),
])
def test_a_unit_fed_back_to_by_another_name_keeps_that_name(text: str, unit: str, told_as: str) -> None:
    """The feedback merged into the inspection of its unit: the name it was told by is one of the unit's (its label in
    the graph), not a second organisation."""
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    org = next(o for o in facts.organisations if o.name == unit)
    assert told_as in org.aliases
    assert told_as not in {o.name for o in facts.organisations}


def test_a_name_reached_through_a_shorter_one_is_the_fullest() -> None:
    """委党组 (我委党组) is 省卫生健康委党组, the headline's, which is 江西省卫生健康委员会党组, the body's: one inspection."""
    text = ("江西省卫生健康委员会\n省委第六巡视组巡视省卫生健康委党组工作动员会召开\n10月19日，省委第六巡视组巡视江西省卫生健康委员会党组"
            "工作动员会召开。根据省委统一部署，省委第六巡视组于10月中旬至12月中旬对我委党组开展常规巡视。")
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    assert [(i.team, i.targets) for i in facts.inspections] == [("江西省委第六巡视组", ["江西省卫生健康委员会党组"])]


def test_model_mention_overlapping_a_rule_one_is_ignored() -> None:
    head = Pipeline(["normalise", "structure", "mentions.rules"])
    doc = head(Document(id="t", original="组长乔树军主持会议。"))
    doc.mentions.append(Mention(2, 4, "乔树", "PERSON", source="hanlp"))
    facts = Pipeline(["relations", "resolve"])(doc).facts
    assert [p.name for p in facts.people] == ["乔树军"]


@pytest.mark.parametrize("path", sorted(Path(sample_dir()).glob("*.txt")), ids=lambda p: p.stem[:3])
def test_samples_resolve_deterministically(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    a = Pipeline(STAGES)(Document(id=path.stem, original=text)).facts
    b = Pipeline(STAGES)(Document(id=path.stem, original=text)).facts
    assert a == b
    assert all(x.evidence for x in a.organisations + a.teams + a.people + a.memberships + a.inspections + a.feedback)
    names = [t.name for t in a.teams]
    assert len(names) == 1 and names[0].endswith("组") and a.teams[0].dispatcher and names[0].startswith(a.teams[0].dispatcher)


def test_an_organ_belongs_to_its_committee() -> None:
    text = "区委常委、政法委书记董文明主持会议。中共卫滨区委印发通知。卫滨区委要求整改。"
    facts = Pipeline(STAGES)(Document(id="t", original=text)).facts
    organ = next(o for o in facts.organisations if o.name.endswith("政法委"))
    assert (organ.name, organ.parent) == ("卫滨区委政法委", "中共卫滨区委")


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_every_issue_of_a_feedback_news_is_found_in_an_inspection(prefix: str) -> None:
    """001's inspection is implied only by its feedback and made here, after findings ran: its issues
    still get it, and its recommendations the feedback named before them."""
    path = next(Path(sample_dir()).glob(f"{prefix}_*.txt"))
    facts = Pipeline()(Document(id=path.stem, original=path.read_text(encoding="utf-8"))).facts
    keys = {i.key for i in facts.inspections}
    assert facts.issues and all(i.inspection in keys for i in facts.issues)
    assert all(r.feedback in {fb.key for fb in facts.feedback} for r in facts.recommendations)


def test_issues_follow_the_feedback_mentioned_before_them() -> None:
    """Two teams' feedback, reported together and then one by one: each list of problems is the
    inspection of the team whose feedback it follows, and no team inspects both units."""
    text = ("来源:某县纪委监委 发布时间:2023-07-20\n"
            "7月18日,县委第一巡察组、第二巡察组分别向县教育局党组、县卫健局党组反馈巡察情况。\n"
            "县委第一巡察组向县教育局党组反馈时指出,存在以下问题:一是落实党中央决策部署有差距;二是全面从严治党不够到位。\n"
            "县委第二巡察组向县卫健局党组反馈时指出,存在以下问题:一是医疗服务有短板;二是作风建设不到位。")
    facts = Pipeline()(Document(id="t", original=text)).facts
    inspected = {i.key: (i.team, tuple(i.targets)) for i in facts.inspections}
    assert sorted(inspected.values()) == [("县委第一巡察组", ("县教育局党组",)), ("县委第二巡察组", ("县卫健局党组",))]
    assert [inspected[i.inspection][0] for i in facts.issues] == ["县委第一巡察组"] * 2 + ["县委第二巡察组"] * 2


@pytest.mark.parametrize("text, counts", [
    ("市委第二巡察组向市水务局党组反馈巡察情况\n7月8日,市委第二巡察组向市水务局党组反馈巡察情况。"
     "巡察反馈问题共计15个,已整改12个。", (15, 12)),
    ("市委第二巡察組向市水務局黨組反饋巡察情況\n7月8日,市委第二巡察組向市水務局黨組反饋巡察情況。"
     "巡察反饋問題共計15個。", (15, None)),
])
def test_counts_go_to_the_inspection_the_feedback_implies(text: str, counts: tuple) -> None:
    """Feedback news names no inspection; the one its feedback implies holds the stated counts, not the document."""
    f = Pipeline()(Document(id="t", original=text)).facts
    assert [(i.issues_reported, i.issues_rectified) for i in f.inspections] == [counts]
    assert f.issue_counts == {}


FACTS_PROGRAM = """
import sys
from kg.extract.pipeline import Pipeline
from kg.ingest.document import Document
print(repr(Pipeline()(Document(id="t", original=open(sys.argv[1], encoding="utf-8").read())).facts))
"""


def test_the_facts_are_the_same_in_every_process() -> None:
    """A page's facts do not depend on the hash seed of the process that reads them (a round's feedback told day by
    day, whose units a later statement takes over: the units kept in the order written, not a set's)."""
    page = Path(__file__).parent / "genre_an" / "corpus" / "an04.txt"
    runs = {subprocess.run([sys.executable, "-c", FACTS_PROGRAM, str(page)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "3", "6")}
    assert len(runs) == 1
