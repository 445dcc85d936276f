"""Rule mentions: teams, organisations, posts, people and dates as the genre writes them."""
from __future__ import annotations

import pytest

from kg.extract.lexicon import read_lexicon
from kg.extract.mentions import COMPOUND_SURNAMES, SURNAMES, find_dates, find_mentions, find_orgs, find_teams, name_end
from kg.extract.normalise import normalise_text
from kg.extract.pipeline import Pipeline
from kg.ingest.document import Document


def labelled(text: str, label: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.label == label]


@pytest.mark.parametrize("text, ordinal, kind, dispatcher", [
    ("中央第十五巡视组进驻", 15, "巡视", "中央"),
    ("省委第一巡视组组长", 1, "巡视", "省委"),
    ("县委第3巡察组", 3, "巡察", "县委"),
    ("区委第二十巡察组", 20, "巡察", "区委"),
    ("雄安新区党工委提级交叉巡察组对", None, "巡察", "雄安新区党工委"),
    ("区委巡察三组进驻", 3, "巡察", "区委"),
    # a list's last unit run on into the team (a copy that lost the line's break): the unit's party body ends it
    ("县林业局党组县委第二巡察组：城关镇党委", 2, "巡察", "县委"),
    ("市审计局党委市委第三巡察组", 3, "巡察", "市委"),
    ("省国资委党委第一巡视组进驻", 1, "巡视", "省国资委党委"),
    # the Central Military Commission's and an arm's committee send teams too (军委, 军种党委)
    ("中央军委第二巡视组向陆军党委反馈", 2, "巡视", "中央军委"),
    ("中央軍委第二巡視組向陸軍黨委反饋", 2, "巡视", "中央军委"),
    ("武警部队党委第三巡视组进驻", 3, "巡视", "武警部队党委"),
    # a standing committee's organ (人大常委会机关党组): 常委 there is no post that ends a name
    ("全国人大常委会机关党组巡视组进驻", None, "巡视", "全国人大常委会机关党组"),
    ("省人大常委會機關黨組第一巡視組進駐", 1, "巡视", "省人大常委会机关党组"),
    ("县委常委、组织部长，县委第一巡察组进驻", 1, "巡察", "县委"),
    # a registered company's 责任 (有限责任公司) is no stop word there
    ("湖南华菱钢铁集团有限责任公司党委第一巡察组进驻", 1, "巡察", "湖南华菱钢铁集团有限责任公司党委"),
    ("湖南華菱鋼鐵集團有限責任公司黨委第二巡察組進駐", 2, "巡察", "湖南华菱钢铁集团有限责任公司党委"),
    # the Youth League's centre (团中央, 共青团中央) is not the Party's (中央)
    ("团中央第二巡视组向团省委反馈", 2, "巡视", "团中央"),
    ("共青團中央第一巡視組進駐", 1, "巡视", "共青团中央"),
    ("中央第二巡视组向团省委反馈", 2, "巡视", "中央"),
])
def test_team_ordinal_kind_dispatcher(text: str, ordinal: int | None, kind: str, dispatcher: str) -> None:
    (team,) = find_teams(normalise_text(text)[0])
    assert (team.attrs["ordinal"], team.attrs["kind"], team.attrs["dispatcher"]) == (ordinal, kind, dispatcher)


def test_team_groups_and_non_teams() -> None:
    teams = find_teams("市委6个巡察组和各巡视组要抓好巡察组织实施,巡视工作领导小组听取汇报。")
    assert [t.attrs["group"] for t in teams] == [True, True]
    assert find_teams("巡视巡察工作领导小组办公室") == []


def test_dispatcher_stops_at_a_verb() -> None:
    (team,) = find_teams("要认真对照省委巡视组反馈的问题")
    assert team.text == "省委巡视组"


def test_org_extends_left_to_the_place_and_stops_at_prepositions() -> None:
    orgs = [m.text for m in find_orgs("市委第四巡察组向下花园区委、河北下花园经济开发区党工委反馈")]
    assert "下花园区委" in orgs and "河北下花园经济开发区党工委" in orgs


def test_and_inside_an_organisation_name() -> None:
    assert "中央党史和文献研究院" in [m.text for m in find_orgs("观看中央党史和文献研究院院长宣讲")]
    assert "县政府" in [m.text for m in find_orgs("县委和县政府")]


@pytest.mark.parametrize("text, name", [
    # 及/和 between a place and a unit that opens with a level: two, not one name
    ("对清溪县、南岭县及市教育局党组开展巡察", "市教育局党组"),
    ("對桐溪縣和縣林業局黨組開展巡察", "县林业局党组"),
    ("对白沙乡及镇卫生院党支部开展巡察", "镇卫生院党支部"),
    # … nor a level written alone after 和 (a region's committee by its level: 自治区党委, 省委)
    ("贯彻落实治疆方略和自治区党委决策部署有差距", "自治区党委"),
    ("貫徹落實中央方略與自治區黨委決策部署", "自治区党委"),
    ("落实发展战略和省委决策部署", "省委"),
    # … and a place whose name opens with a stop word (于, 同, 任) keeps it
    ("13.中共于都县林业局党组关于整改情况的通报", "中共于都县林业局党组"),
    ("縣委巡察組對任丘市教育局黨組開展巡察", "任丘市教育局党组"),
    # … while the stop word before a body stays one (同县委书记谈话: with the committee's secretary)
    ("巡察组组长同县委书记谈话", "县委"),
    # … not a name whose 和 sits between words of one unit
    ("省住房和城乡建设厅党组召开会议", "省住房和城乡建设厅党组"),
])
def test_a_place_and_a_unit_after_it_are_two(text: str, name: str) -> None:
    found = [m.text for m in find_orgs(normalise_text(text)[0])]
    assert found[-1] == name


# The unit of a date written in digits ends the date: it never starts the organisation after it.
@pytest.mark.parametrize("text, names", [
    ("2022年青石市委曾接受审计", ["青石市委"]),
    ("2023年度市委巡察办召开会议", ["市委巡察办"]),
    ("2022年青石市委书记王明到任", ["青石市委"]),
    ("5月份市委巡察办召开会议", ["市委巡察办"]),
    ("12月8日縣委巡察辦召開會議", ["县委巡察办"]),
    ("共青团青石市委员会", ["共青团青石市委员会"]),  # a 年 of a name is no date's: 青年 …
])
def test_an_organisation_starts_after_a_date(text: str, names: list[str]) -> None:
    found = [m.text for m in find_orgs(normalise_text(text)[0])]
    assert [n for n in found if n in names or any(n.endswith(x) for x in names)] == names


# A time phrase ending in 来 (近年来, 多年来, 三年来) and an address's block or room (B座, 5楼, 201室) end before the body.
@pytest.mark.parametrize("text, name", [
    ("巡视组认为，近年来华菱集团党委推进转型升级", "华菱集团党委"),
    ("巡視組認為，多年來華菱集團黨委推進轉型升級", "华菱集团党委"),
    ("检查近三年来市院党组会议记录", "市院党组"),
    ("邮政信箱：西安市锦业路1号都市之门B座陕煤集团党委办公室", "陕煤集团党委"),
    ("地址：市政府大楼5楼县委巡察办", "县委巡察办"),
    # a place whose name holds 来 (来宾市委, 来凤县委) keeps it
    ("来宾市委第一巡察组进驻", "来宾市委"),
    ("中共来凤县委召开会议", "中共来凤县委"),
])
def test_a_body_starts_after_a_time_phrase_or_an_address(text: str, name: str) -> None:
    found = [m.text for m in find_orgs(normalise_text(text)[0])]
    assert name in found and not any(f.endswith(name) and f != name for f in found)


@pytest.mark.parametrize("text, name", [
    ("组长乔树军分别向", "乔树军"),
    ("书记赵东及领导班子", "赵东"),
    ("书记赵东主持会议", "赵东"),
    ("市委书记回建在听取", "回建"),
    ("区长顾崇豪任第一副组长", "顾崇豪"),
    ("院长欧阳明华指出", "欧阳明华"),
])
def test_name_after_a_post_ends_where_a_name_ends(text: str, name: str) -> None:
    assert name in labelled(text, "PERSON")


def test_name_end_needs_a_surname_and_a_closing() -> None:
    assert name_end("严格执行有关规定", 0) is None
    assert name_end("班子成员参加", 0) is None
    assert name_end("王小军、", 0) == 3


def test_names_listed_before_a_trigger() -> None:
    assert labelled("会上,张建国、李红、王五出席。", "PERSON") == ["张建国", "李红", "王五"]
    assert labelled("会议听取张建国、李红出席", "PERSON") == ["李红"]  # 取张建国: no boundary before the first
    assert labelled("出席会议的有张建国、李红", "PERSON") == ["张建国", "李红"]  # 出席…的有 opens a list of names


def test_names_need_context() -> None:
    assert labelled("张三李四王五", "PERSON") == []
    assert labelled("会议指出,要严格执行规定", "PERSON") == []
    assert labelled("认真学习薛丽同志关于巡视巡察工作的专题辅导", "PERSON") == ["薛丽"]
    assert labelled("坚持以习近平同志为核心的党中央", "PERSON") == []


def test_posts_with_units_and_modifiers() -> None:
    posts = {m.attrs["role"]: m.attrs["org"] for m in find_mentions("区委副书记、区长顾崇豪,巡察工作领导小组常务副组长路立营")
             if m.label == "POST"}
    assert posts["区委副书记"] == "区委"
    assert posts["区长"] is None
    assert posts["领导小组常务副组长"] == "巡察工作领导小组"
    assert "一级巡视员" in {m.attrs["role"] for m in find_mentions("一级巡视员张建国出席") if m.label == "POST"}


@pytest.mark.parametrize("text, start, end", [
    ("2020年8月22日至10月15日", {"y": 2020, "m": 8, "d": 22, "q": None}, {"y": None, "m": 10, "d": 15, "q": None}),
    ("2021年9月至10月", {"y": 2021, "m": 9, "d": None, "q": None}, {"y": None, "m": 10, "d": None, "q": None}),
    ("8月16日", {"y": None, "m": 8, "d": 16, "q": None}, None),
    ("1月底", {"y": None, "m": 1, "d": None, "q": "底"}, None),
    ("2022年11月14日至2023年1月10日", {"y": 2022, "m": 11, "d": 14, "q": None}, {"y": 2023, "m": 1, "d": 10, "q": None}),
])
def test_dates(text: str, start: dict, end: dict | None) -> None:
    (date,) = find_dates(text)
    assert (date.attrs["start"], date.attrs["end"]) == (start, end)


def test_dateline_is_no_event_date() -> None:
    assert find_dates("新华社北京7月20日电 中央第一巡视组") == []


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("13月5日") == []
    assert find_dates("3月45日") == []


def test_surname_lexicon_has_single_and_compound_entries() -> None:
    assert {"王", "薛", "习"} <= SURNAMES and {"欧阳", "诸葛"} <= COMPOUND_SURNAMES
    assert all(not line.startswith("#") for line in read_lexicon("surnames.txt"))


def test_stage_keeps_model_mentions() -> None:
    from kg.ingest.document import Mention
    doc = Pipeline(["normalise", "structure"])(Document(id="t", original="组长乔树军讲话。"))
    doc.mentions.append(Mention(0, 2, "组长", "LOC", source="hanlp"))
    doc = Pipeline(["mentions.rules"])(doc)
    assert any(m.source == "hanlp" for m in doc.mentions)
    assert [m.text for m in doc.mentions if m.label == "PERSON"] == ["乔树军"]
