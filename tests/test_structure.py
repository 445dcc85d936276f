"""kg.extract.structure: metadata, sections and numbered items, paragraphs and sentences of the real samples."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.normalise import normalise
from kg.extract.structure import extract_metadata, meta_fields, paragraphs, structure
from kg.ingest.document import Document, Metadata


def _doc(text: str, metadata: Metadata | None = None) -> Document:
    doc = Document(id="t", original=text)
    if metadata:
        doc.metadata = metadata
    return structure(normalise(doc))


# --- metadata --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, source, creator, issued", [
    ("000", "市委第四巡察组向下花园区委、河北下花园经济开发区党工委反馈巡察情况", "张家口市委巡察办", None, "2021-04-01"),
    ("001", "省委第九巡视组向长兴岛经济技术开发区党工委反馈巡视情况", "党群工作部", "韩雨", "2024-08-20"),
    ("002", "中共通江县工业园工作委员会 关于巡察整改阶段性进展情况的通报", "廉洁·通江", None, "2021-04-30"),
    ("003", None, "中共卫滨区委", None, "2021-06-30"),  # no title line; signed 中共卫滨区委 / 2021年6月30日
    ("004", None, "中国雄安官网", None, "2021-12-11"),  # dateline 中國雄安官網12月11日電, year from the text
])
def test_sample_metadata(sample_doc, name, title, source, creator, issued):
    meta = sample_doc(name).metadata
    assert (meta.title, meta.source, meta.creator, meta.issued) == (title, source, creator, issued)


def test_dateline_without_year_is_recorded_as_inferred(sample_doc):
    assert any("dateline" in w and "2021-12-11" in w for w in sample_doc("004").warnings)
    assert not any("dateline" in w for w in sample_doc("000").warnings)


def test_dateline_before_the_latest_month_mentioned_belongs_to_the_next_year():
    doc = _doc("新华社石家庄1月5日电 2021年11月至12月,省委巡视组开展了巡视。\n反馈会议近日召开。\n")
    assert doc.metadata.issued == "2022-01-05"
    assert doc.metadata.source == "新华社石家庄"


def test_deadlines_do_not_place_a_dateline():
    doc = _doc("本网讯12月11日电 2021年11月,巡察组完成反馈。被巡察单位要在2022年3月底前、2022年6月30日前完成整改。\n")
    assert doc.metadata.issued == "2021-12-11"


def test_metadata_line_beats_signature_and_dateline():
    doc = _doc("关于巡察整改情况的通报\n发布日期:2021-07-02 来源:县委巡察办\n"
               "本报讯6月1日电 2021年5月,县委第一巡察组开展巡察。\n中共某县委\n2021年6月30日\n")
    assert doc.metadata.issued == "2021-07-02"
    assert doc.metadata.source == "县委巡察办"
    assert doc.metadata.extra["signature"] == "中共某县委"


def test_metadata_lines_are_read_above_and_below_the_article_only():
    body = [f"第{i}段正文。" for i in range(12)]
    doc = _doc("\n".join(["关于整改情况的通报", *body, "时间:2021-03-05", *body, "来源:县委巡察办"]))
    assert doc.metadata.issued is None
    assert doc.metadata.source == "县委巡察办"


def test_html_metadata_is_kept_over_the_text():
    doc = _doc("来源:党群工作部 时间:2024-08-20\n正文内容。\n",
               Metadata(title="页面标题", issued="2024-08-21", source="大连市纪委监委网站"))
    assert (doc.metadata.title, doc.metadata.issued, doc.metadata.source) == ("页面标题", "2024-08-21", "大连市纪委监委网站")


@pytest.mark.parametrize("line, fields", [
    ("来源:廉洁·通江日期:2021-04-30 16:35阅读量:9817", {"source": "廉洁·通江", "issued": "2021-04-30"}),
    ("时间:2024-08-20 作者:韩雨 来源:党群工作部 点击:", {"issued": "2024-08-20", "creator": "韩雨", "source": "党群工作部"}),
    ("(记者 张三 通讯员 李四)", {"creator": "张三、李四"}),
    ("来源: 县委巡察办 发布时间: 2021-04-30", {"source": "县委巡察办", "issued": "2021-04-30"}),  # table cells
    ("来源:浙江省纪委省监委网站 2023-12-18", {"source": "浙江省纪委省监委网站", "issued": "2023-12-18"}),
    ("来源: 张家口市委巡察办  2023年12月18日 09:30", {"source": "张家口市委巡察办", "issued": "2023-12-18"}),
    ("发布日期:2023-05-06  来源:安庆市委巡察办", {"issued": "2023-05-06", "source": "安庆市委巡察办"}),
    ("2022-11-03 10:12:45 来源:青川县纪委监委 作者:王晓明",
     {"source": "青川县纪委监委", "creator": "王晓明", "issued": "2022-11-03"}),
    ("【来源:沧州市委巡察办】【发布时间:2023-01-05】", {"source": "沧州市委巡察办", "issued": "2023-01-05"}),
    ("时间:2023年1月5日 | 来源:丰源县纪委监委", {"issued": "2023-01-05", "source": "丰源县纪委监委"}),
    ("发布时间:2023/1/5", {"issued": "2023-01-05"}),
    ("发布时间:2023.01.05 浏览次数:312", {"issued": "2023-01-05"}),
    ("发布时间:2023-12-20 来源:校党委巡察办 2023-12-19", {"issued": "2023-12-20", "source": "校党委巡察办"}),
    ("(来源:省委巡视办)", {"source": "省委巡视办"}),
    ("稿件来源:县委巡察办 责任编辑:王芳", {"source": "县委巡察办", "editor": "王芳"}),
    ("信息来源:省委巡视工作领导小组办公室", {"source": "省委巡视工作领导小组办公室"}),
    ("文章来源:中国石油天然气集团有限公司(党组)", {"source": "中国石油天然气集团有限公司(党组)"}),
    ("文/李文博", {"creator": "李文博"}),
    ("(县委宣传部 文/周楠)", {"creator": "周楠"}),  # a credit line: the unit, then the author
    ("发布者:校纪委办公室 发布日期:2023-11-02 浏览次数:87", {"source": "校纪委办公室", "issued": "2023-11-02"}),
    ("来源:《党风廉政建设》2023年第8期", {"source": "《党风廉政建设》2023年第8期"}),  # an issue number, not a date
    ("会议时间:2021年3月。", {}),  # a sentence, not a metadata line
    ("根据市委部署,来源:略", {}),  # text before the first key
])
def test_meta_fields(line, fields):
    assert meta_fields(line) == fields


def test_the_date_after_the_publisher_is_the_publication_date_not_the_events():
    doc = _doc("省委第九巡视组向省交通投资集团党委反馈专项巡视情况\n来源:浙江省纪委省监委网站\u30002023-12-18\n\n"
               "根据省委统一部署,2023年9月上旬至10月下旬,省委第九巡视组开展了专项巡视。12月15日,巡视组反馈巡视情况。\n")
    meta = doc.metadata
    assert (meta.title, meta.source, meta.issued) == ("省委第九巡视组向省交通投资集团党委反馈专项巡视情况",
                                                      "浙江省纪委省监委网站", "2023-12-18")


def test_a_date_line_under_the_title_dates_the_page():
    doc = _doc("市委第三巡察组向桐溪县委反馈巡察情况\n2023-11-08 09:30\n根据市委统一部署,2023年8月21日至10月20日,"
               "市委第三巡察组对桐溪县委进行了常规巡察。\n中共桐溪县委\n2023年11月10日\n")
    assert doc.metadata.issued == "2023-11-08"
    assert doc.metadata.title == "市委第三巡察组向桐溪县委反馈巡察情况"


def test_a_date_line_inside_the_article_is_not_the_page_date():
    doc = _doc("关于举办党纪学习教育专题读书班的通知\n各党支部:\n现将有关事项通知如下:\n一、时间地点\n2024年5月20日\n"
               "在局机关五楼会议室举行。\n")
    assert doc.metadata.issued is None


@pytest.mark.parametrize("header, title, source, issued", [
    # a name and a date under the title: the publisher and the date
    (["市委召开巡察工作动员部署会", "昭通市纪委监委网站 2023-10-09"], "市委召开巡察工作动员部署会", "昭通市纪委监委网站", "2023-10-09"),
    (["市委召开巡察工作动员部署会", "2023-10-09 09:12 昭通市纪委监委网站"], "市委召开巡察工作动员部署会", "昭通市纪委监委网站",
     "2023-10-09"),
    # the date set after the title on its line
    (["市委召开巡察工作动员部署会 2023-10-09"], "市委召开巡察工作动员部署会", None, "2023-10-09"),
    # the day a report or speech was delivered
    (["关于2023年度市本级预算执行的审计工作报告", "——2024年8月27日在市第八届人民代表大会常务委员会第二十次会议上"],
     "关于2023年度市本级预算执行的审计工作报告", None, "2024-08-27"),
])
def test_the_page_header_dates_the_page_without_keys(header, title, source, issued):
    doc = _doc("\n".join([*header, "2023年9月4日至10月27日,市委第一巡察组对市财政局党组开展了常规巡察。12月5日反馈。"]))
    assert (doc.metadata.title, doc.metadata.source, doc.metadata.issued) == (title, source, issued)


def test_a_bracketed_closing_line_signs_and_dates_a_news_report():
    doc = _doc("集团党委召开巡视整改专题民主生活会\n2023年9月,集团党委召开专题民主生活会。\n(中国南方建工集团有限公司 2023年11月3日)\n")
    meta = doc.metadata
    assert (meta.issued, meta.source, meta.extra["signature"]) == ("2023-11-03", "中国南方建工集团有限公司", "中国南方建工集团有限公司")


def test_the_title_is_below_the_site_furniture():
    doc = _doc("您好,今天是2023年12月18日 星期一\n您现在的位置:首页 > 巡视巡察\n2023年12月18日 星期一\n政府信息公开目录\n"
               "【字体:大 中 小】\n市委第三巡察组向桐溪县委反馈巡察情况\n发布时间:2023-11-08 来源:安庆市委巡察办\n"
               "根据市委统一部署,市委第三巡察组对桐溪县委进行了常规巡察。\n")
    meta = doc.metadata
    assert (meta.title, meta.issued, meta.source) == ("市委第三巡察组向桐溪县委反馈巡察情况", "2023-11-08", "安庆市委巡察办")
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end] == "市委第三巡察组向桐溪县委反馈巡察情况"


@pytest.mark.parametrize("first, title", [
    ("十三届县委第六轮巡察反馈情况(二)", "县委第一巡察组向县自然资源局党组反馈巡察情况"),  # a series label, then the headline
    ("巡视整改进行时之三", "县委第一巡察组向县自然资源局党组反馈巡察情况"),
    ("县委第一巡察组向县自然资源局党组反馈巡察情况", "县委第一巡察组向县自然资源局党组反馈巡察情况"),
])
def test_the_title_is_the_headline_under_a_series_label(first, title):
    lines = [first, "县委第一巡察组向县自然资源局党组反馈巡察情况", "发布时间:2024-06-14",
             "根据县委统一部署,县委第一巡察组开展了常规巡察。"]
    assert _doc("\n".join(dict.fromkeys(lines))).metadata.title == title


def test_an_information_disclosure_table_gives_title_source_and_date():
    doc = _doc("索引号:11330000002482870P/2023-00123 主题分类:党建\n发布机构:浙江省纪委省监委 成文日期:2023-12-18\n"
               "标题:省委第九巡视组向省交通投资集团党委反馈专项巡视情况\n根据省委统一部署,省委第九巡视组开展了专项巡视。\n")
    meta = doc.metadata
    assert (meta.title, meta.source, meta.issued) == ("省委第九巡视组向省交通投资集团党委反馈专项巡视情况",
                                                      "浙江省纪委省监委", "2023-12-18")


def test_no_title_when_the_page_starts_with_the_article():
    doc = _doc("来源:县委巡察办\n根据县委统一部署,县委第二巡察组对青石镇党委开展了常规巡察。\n巡察发现的问题\n")
    assert doc.metadata.title is None


@pytest.mark.parametrize("lines, creator", [
    (["作者:韩雨 来源:党群工作部", "正文内容。", "责任编辑:王芳"], "韩雨"),  # the author, not the editor
    (["来源:党群工作部", "正文内容。", "(记者 张三 通讯员 李四)", "编辑:王芳"], "张三、李四"),
    (["来源:党群工作部", "正文内容。", "责任编辑:王芳 审核:赵六"], "王芳"),  # no author named: the editor
])
def test_creator_is_the_author_else_the_editor(lines, creator):
    assert _doc("\n".join(["市委巡察组反馈巡察情况", *lines])).metadata.creator == creator


def test_a_signature_followed_by_a_source_line_still_dates_the_report():
    doc = _doc("中共东阳市交通运输局党组关于市委巡察整改情况的通报\n根据市委统一部署,2023年4月10日至6月9日,"
               "市委第三巡察组进行了常规巡察。\n中共东阳市交通运输局党组\n2023年10月16日\n(来源:东阳市纪委监委)\n")
    meta = doc.metadata
    assert (meta.issued, meta.source, meta.extra["signature"]) == ("2023-10-16", "东阳市纪委监委", "中共东阳市交通运输局党组")


def test_a_table_row_run_together_at_the_page_end_is_no_signature():
    doc = _doc("县委第三轮巡察反馈情况\n序号巡察组被巡察单位反馈时间\n1县委第一巡察组县水利局党组2024年6月12日\n"
               "2县委第二巡察组城关镇党委2024年6月13日\n")
    assert (doc.metadata.issued, doc.metadata.source) == (None, None)


# --- boilerplate, paragraphs, sentences --------------------------------------------------------------

@pytest.mark.parametrize("name, furniture", [
    ("000", ["分享到:", "版权所有"]),
    ("001", ["政府信息公开", "打印本页"]),
    ("002", ["今天是:", "用微信扫描二维码", "分享至好友和朋友圈", "扫一扫在手机打开当前页"]),
])
def test_site_furniture_is_not_a_paragraph_but_stays_in_the_text(sample_doc, name, furniture):
    doc = sample_doc(name)
    kept = [doc.text[p.start:p.end] for p in doc.paragraphs]
    for piece in furniture:
        assert piece in doc.text
        assert not any(piece in para for para in kept)


def test_breadcrumbs_and_page_buttons_are_furniture():
    doc = _doc("首页 > 巡视巡察 > 正文\n关于巡察整改情况的通报\n正文内容。\n【打印】【关闭】\n")
    assert doc.metadata.title == "关于巡察整改情况的通报"
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["关于巡察整改情况的通报", "正文内容。"]


@pytest.mark.parametrize("line, furniture", [
    ("今天是：2023年12月18日 星期一", True),  # the site's clock
    ("您好，今天是 星期一", True),
    ("今天是市委第六巡察组进驻市第二人民医院党委的第十二天。", False),  # a diary's sentence
    ("今天是縣委第三巡察組進駐柳坪鎮黨委的第十六天。", False),
])
def test_the_site_clock_is_furniture_and_a_sentence_opening_so_is_not(line, furniture):
    kept = [p for p in _doc(f"巡察日记\n{line}\n").paragraphs]
    assert (len(kept) == 1) == furniture


def test_paragraphs_are_trimmed_lines():
    text = "标题\n\n 第一段。 \n|\n第二段。"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["标题", "第一段。", "第二段。"]


def test_sentences_split_on_full_stops_and_semicolons(sample_doc):
    doc = sample_doc("001")
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "8月16日,省委第九巡视组组长赵凤民分别向区党工委书记赵东及领导班子成员反馈巡视情况;" in sentences
    assert "市委常委、纪委书记、监委主任陈建军代表大连市委提出整改要求;" in sentences
    assert "赵东主持会议并作表态发言。" in sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("市委第一巡察组向高?镇党委反馈。巡察组指出存在问题。", ["市委第一巡察组向高?镇党委反馈。", "巡察组指出存在问题。"]),
    ("??h委第二巡察组向甲镇?委反馈。", ["??", "h委第二巡察组向甲镇?委反馈。"]),  # (a lost character after one)
    ("向浦口镇、?头洲镇党委反馈。巡察组指出问题。", ["向浦口镇、?头洲镇党委反馈。", "巡察组指出问题。"]),  # (a name's first)
    ("巡视发现的问题有哪些? 答三个方面。", ["巡视发现的问题有哪些?", "答三个方面。"]),  # (a question's ?)
])
def test_a_character_the_encoding_lost_ends_no_sentence(text: str, sentences: list[str]) -> None:
    doc = structure(normalise(Document(id="t", original=text)))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == sentences


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_sentences_tile_the_paragraphs(sample_doc, name):
    doc = sample_doc(name)
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    para_chars = sum(len(doc.text[p.start:p.end].replace(" ", "")) for p in doc.paragraphs)
    sentence_chars = sum(len(doc.text[s.start:s.end].replace(" ", "")) for s in doc.sentences)
    assert para_chars == sentence_chars
    for s in doc.sentences:
        piece = doc.text[s.start:s.end]
        assert piece == piece.strip() and "\n" not in piece
        assert doc.sentence_at(s.start) is s


def test_evidence_points_at_the_traditional_original(sample_doc):
    doc = sample_doc("004")
    start = doc.text.index("路立营")
    evidence = doc.evidence(start, start + 3)
    assert evidence.text == doc.original[evidence.start:evidence.end]
    assert "路立營" in evidence.text and evidence.text.endswith("。")
    assert "監(jiān)察組組長(zhǎng)" in evidence.text  # the pinyin is part of the original


# --- sections and numbered items ---------------------------------------------------------------------

def _headings(doc: Document, level: int) -> list[str]:
    return [s.heading for s in doc.sections if s.level == level]


def test_sample_002_has_eleven_issues_in_three_sections(sample_doc):
    doc = sample_doc("002")
    tops = [i for i, s in enumerate(doc.sections) if s.level == 1]
    assert _headings(doc, 1) == ["贯彻落实党的路线方针政策和党中央决策部署方面", "群众身边腐败问题和不正之风等方面",
                                 "基层党组织软弱涣散、组织力欠缺方面"]
    items = [s for s in doc.sections if s.level == 3]
    assert len(items) == 11
    assert [[s.number for s in items if s.parent == top] for top in tops] == [[1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4]]
    assert items[0].heading == "在学懂弄通做实习近平新时代中国特色社会主义思想,尤其是新发展理念有差距"
    assert items[0].marker == "1."
    assert "两新党组织建设较为薄弱" in [s.heading for s in items]
    # a long item paragraph: the heading is its first sentence, the body starts after it
    assert doc.text[items[0].body_start:].startswith("一是持续推动常态化学习教育")


def test_closing_paragraph_is_outside_the_last_issue(sample_doc):
    doc = sample_doc("002")
    last = doc.sections[-1]
    closing = doc.text.index("欢迎广大干部群众")
    assert last.heading == "干部人才队伍建设不够到位" and last.end <= closing
    assert doc.sentence_at(closing).section is None


def test_sample_003_has_twenty_five_issues_in_four_sections(sample_doc):
    doc = sample_doc("003")
    assert _headings(doc, 1) == ["工作开展情况", "集中整改完成情况", "下步工作打算"]
    completed = next(i for i, s in enumerate(doc.sections) if s.heading == "集中整改完成情况")
    groups = [i for i, s in enumerate(doc.sections) if s.parent == completed]
    assert [doc.sections[i].marker for i in groups] == ["(一)", "(二)", "(三)", "(四)"]
    items = [s for s in doc.sections if s.level == 3]
    assert [s.number for s in items] == list(range(1, 26))
    assert all(s.parent in groups for s in items)
    assert [sum(s.parent == g for s in items) for g in groups] == [10, 7, 5, 3]
    assert items[0].heading == "针对“理论学习浅表化,离学深悟透做实要求有差距”问题"
    assert items[16].heading == "针对“违反中央八项规定精神和‘四风’问题时有发生”问题"


def test_sentences_know_their_innermost_section(sample_doc):
    doc = sample_doc("003")
    item = next(i for i, s in enumerate(doc.sections) if s.heading.startswith("针对“推动高质量发展有差距”"))
    inside = [s for s in doc.sentences if doc.sections[item].start <= s.start < doc.sections[item].end]
    assert inside and all(s.section == item for s in inside)
    assert doc.sentences[0].section is None  # the preamble is in no section


def test_marker_kinds_and_levels():
    doc = _doc("一、总体情况\n(一)学习不深入\n1.理论学习不够\n1.1 学习形式单一\n(1)学习计划未落实\n②学习记录不全\n2、调研不够\n"
               "二、下步打算\n（二）持续整改\n3 完善制度\n1.5万元补贴已清退。\n第二段正文。\n")
    got = [(s.marker, s.level, s.number, s.heading, s.parent) for s in doc.sections]
    assert got == [
        ("一、", 1, 1, "总体情况", None),
        ("(一)", 2, 1, "学习不深入", 0),
        ("1.", 3, 1, "理论学习不够", 1),
        ("1.1", 4, 1, "学习形式单一", 2),  # a report's problem numbered under its numbered aspect
        ("(1)", 5, 1, "学习计划未落实", 3),
        ("②", 5, 2, "学习记录不全", 3),
        ("2、", 3, 2, "调研不够", 1),
        ("二、", 1, 2, "下步打算", None),
        ("(二)", 2, 2, "持续整改", 7),
        ("3", 3, 3, "完善制度", 8),  # (1.5万元: a figure opening a line, no marker)
    ]


@pytest.mark.parametrize("marker", ["一、", "(二)", "3.", "4、", "(5)", "⑥"])
def test_a_short_line_of_several_sentences_is_headed_by_its_first(marker):
    doc = _doc(f"{marker}选人用人把关不严。一是完善干部选拔任用制度。二是开展专项检查。\n")
    (sec,) = doc.sections
    assert sec.heading == "选人用人把关不严"
    assert doc.text[sec.body_start:].startswith("一是完善干部选拔任用制度。")


@pytest.mark.parametrize("marker", ["一、", "(二)", "3.", "(4)", "⑤"])
def test_a_short_line_of_one_sentence_is_all_heading(marker):
    doc = _doc(f"{marker}年轻干部储备不足。\n整改情况:一是制定优秀年轻干部培养计划。\n")
    sec = doc.sections[0]
    assert sec.heading == "年轻干部储备不足"
    assert doc.text[sec.body_start:].lstrip().startswith("整改情况")


def test_a_full_stop_inside_quotes_does_not_end_the_heading():
    doc = _doc("1.针对“落实‘第一议题’制度不到位。”问题。整改情况:建立学习台账。\n")
    assert doc.sections[0].heading == "针对“落实‘第一议题’制度不到位。”问题"
    assert doc.text[doc.sections[0].body_start:].startswith("整改情况")


def test_a_long_line_of_one_sentence_is_headed_by_its_first_clause():
    line = ("(三)严格督促检查,严明党的纪律;区委将严格落实责任追究,对整改工作过程加大监督检查力度,"
            "对整改不力、敷衍整改的严肃追责问责,确保整改工作取得实效。")
    doc = _doc(line + "\n")
    assert doc.sections[0].heading == "严格督促检查,严明党的纪律"
    assert doc.text[doc.sections[0].body_start:].startswith("区委将严格落实责任追究")


def test_a_heading_ending_a_list_item_drops_its_semicolon():
    doc = _doc("学习内容:\n(一)《中国共产党纪律处分条例》全文;\n(二)习近平总书记关于党纪学习教育的重要论述;\n")
    assert _headings(doc, 2) == ["《中国共产党纪律处分条例》全文", "习近平总书记关于党纪学习教育的重要论述"]


def test_numbers_in_running_text_are_not_markers():
    doc = _doc("1.5亿元资金已拨付到位。\n2021年全面完成整改。\n十一届市委第八轮巡察。\n")
    assert doc.sections == []


def test_extract_metadata_without_paragraphs():
    meta, warnings = extract_metadata("", [], Metadata())
    assert meta == Metadata() and warnings == []


_LINES = st.sampled_from(["一、总体情况", "(二)持续整改", "3.完善制度。一是建立台账;二是定期调度。", "①学习", "(4)", "十、",
                          "来源:县委巡察办 发布时间:2021-04-30", "今天是:", "中共某县委", "2021年6月30日", "新华社北京5月1日电 正文。",
                          "欢迎广大干部群众监督。", "正文。。。!?;", "", " ", "\u3000(一)", "|", "1 ", "99.", "(十一)标题",
                          "2.整改不到位。一是建立台账。", "(三)“学习。”不深入", "来源:县委巡察办 2021-04-30",
                          "(中共某县委 2021年6月30日)", "——2021年6月30日在县委全会上"])


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(_LINES, max_size=30))
def test_any_arrangement_of_lines_gives_consistent_structure(lines):
    doc = _doc("\n".join(lines))
    n = len(doc.text)
    for i, sec in enumerate(doc.sections):
        assert 0 <= sec.start <= sec.body_start <= n and sec.start <= sec.end <= n
        assert sec.parent is None or (sec.parent < i and doc.sections[sec.parent].level < sec.level)
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= n
        assert s.section is None or doc.sections[s.section].start <= s.start < doc.sections[s.section].end


@pytest.mark.parametrize("text, title", [
    ("桐川县人民政府网\n关于2023年度县本级预算执行审计查出问题整改情况的报告\n发布时间:2024-12-27\n正文第一句。\n",
     "关于2023年度县本级预算执行审计查出问题整改情况的报告"),
    ("南嶺廉政網\n十二屆省委第六輪巡視整改評估完成\n2024-06-14 來源:南嶺日報\n近日,省委巡視辦開展了評估。\n",
     "十二届省委第六轮巡视整改评估完成"),
    ("某某日报\n县委第二巡察组向甲镇党委反馈巡察情况\n近日,县委第二巡察组向甲镇党委反馈了巡察情况。\n",
     "县委第二巡察组向甲镇党委反馈巡察情况"),
    ("澜屿市人民政府门户网站　首页 政务公开 政务服务 互动交流\n省第三督察组向澜屿市反馈督察情况\n7月25日,督察组反馈了意见。\n",
     "省第三督察组向澜屿市反馈督察情况"),  # the site's name with its menu on one line
    # negative: a headline that ends like a report is the headline, not a site's name
    ("关于巡察整改情况的通报\n发布日期:2021-07-02\n正文第一句。\n", "关于巡察整改情况的通报"),
])
def test_the_sites_name_above_the_headline_is_no_title(text, title):
    assert _doc(text).metadata.title == title
