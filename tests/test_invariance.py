"""The same page in another form gives the same facts (issue 12).

Two kinds of test: phrasing tables for the normalising steps that make a form read as the plain one (each row
the form as written, Simplified and Traditional side by side, negatives in the same table), and whole
documents of our own rewritten by every generator of tests/page_forms.py and by OpenCC into Traditional
(s2t, Hong Kong s2hk, Taiwan s2tw, Taiwan with Taiwan phrases s2twp), whose facts must equal the original's.
"""
from __future__ import annotations

import random

import opencc
import pytest

from kg.extract.normalise import normalise_text
from kg.extract.pipeline import Pipeline
from kg.ingest.document import Document
from test_relations import feedback_pairs
from tests.page_forms import FORMS, page_furniture


def normalised(text: str, traditional: bool | None = None) -> str:
    return normalise_text(text, traditional)[0]


# --- Traditional script: Hong Kong variants and Taiwan words --------------------------------------
# (Simplified, the Traditional form a converter gives it): the Traditional reads as the Simplified.
SCRIPT_ROWS = [
    # Hong Kong variant characters, which t2s alone leaves (衞 for 衛)
    ("县卫生健康局党组", "縣衞生健康局黨組"),
    ("市卫健委副主任", "市衞健委副主任"),
    ("医院院长", "醫院院長"),
    # Taiwan words (s2twp) for the mainland's
    ("发布时间:2023-05-12", "釋出時間:2023-05-12"),
    ("发布日期:2023-05-12", "釋出日期:2023-05-12"),
    ("中国移动通信集团有限公司党组", "中國行動通訊集團有限公司黨組"),
    ("中国移动党组", "中國行動黨組"),
    ("电子信息产业集团", "電子資訊產業集團"),
    ("所辖村(社区)党组织", "所轄村(社群)黨組織"),
    ("通过视频反馈巡察情况", "通過影片反饋巡察情況"),
    ("召开视频会议", "召開視訊會議"),
    ("县领导出席会议", "縣領匯出席會議"),  # OpenCC's s2twp writes 領導出席 as 領匯出席
    ("巡察对象", "巡察物件"),
    ("持续优化营商环境", "持續最佳化營商環境"),
    # negatives: mainland words that Taiwan also writes stay as they are
    ("通讯员 张华", "通訊員 張華"),
    ("专案组", "專案組"),
    ("巡察联络员", "巡察聯絡員"),
    ("查阅档案资料", "查閱檔案資料"),
    ("执行民主集中制", "執行民主集中制"),
    ("建立健全制度", "建立健全制度"),
    ("取得显著成效", "取得顯著成效"),  # OpenCC's tw2t would write 显着
]


@pytest.mark.parametrize(("simplified", "traditional"), SCRIPT_ROWS)
def test_traditional_form_reads_as_simplified(simplified: str, traditional: str) -> None:
    assert normalised(traditional, traditional=True) == simplified


def test_simplified_page_keeps_its_words() -> None:
    text = "县委巡察组通过视频反馈了巡察情况,发布了通讯员撰写的消息。社群、资讯和影片三词在简体页面中保持原样。"
    assert normalised(text) == text


@pytest.mark.parametrize("config", ["s2t", "s2hk", "s2tw", "s2twp"])
def test_converted_sentence_reads_back(config: str) -> None:
    """A sentence of the genre converted by each OpenCC configuration reads back as written."""
    text = ("2023年5月12日,市委第三巡察组通过视频向市卫生健康委员会党组反馈巡察情况,市领导出席会议。"
            "巡察对象包括所辖社区党组织和市信息中心。发布时间:2023-05-15")
    assert normalised(opencc.OpenCC(config).convert(text)) == text


# --- radicals a PDF's copy has for characters ----------------------------------------------------
# (as copied, as read): Kangxi radicals, the supplement's simplified forms and compatibility ideographs are the
# characters they stand for, in Simplified and Traditional text; other characters stay.
RADICAL_ROWS = [
    ("⼀是理论学习不深⼊;⼆是整改不到位", "一是理论学习不深入;二是整改不到位"),
    ("县委巡察⼯作领导⼩组", "县委巡察工作领导小组"),
    ("市委第⼀巡察组向市⽔务局党组反馈", "市委第一巡察组向市水务局党组反馈"),
    ("市⻓江⽔利委员会党组、市⻔诊部", "市长江水利委员会党组、市门诊部"),
    ("縣委巡察⼯作領導⼩組⾧期", "县委巡察工作领导小组长期"),
    ("動態⼁區委第三巡察組進駐", "动态|区委第三巡察组进驻"),  # ⼁ is 丨, the bar titles use
    ("中国⾦融监管总局", "中国金融监管总局"),
    ("\uf90a融", "金融"),  # 金 as a compatibility ideograph (U+F90A)
    # negatives: the unified characters themselves, and radicals with no character of their own
    ("一是工作方面", "一是工作方面"),
    ("⺌⺍", "⺌⺍"),
]


@pytest.mark.parametrize(("copied", "read"), RADICAL_ROWS)
def test_radical_forms_read_as_their_characters(copied: str, read: str) -> None:
    assert normalised(copied) == read


# --- characters that show nothing, scattered by copy-protected pages and left by editors -----------------------------
INVISIBLE_ROWS = [
    ("省委第二巡视组向清\u200b华大学党委反馈", "省委第二巡视组向清华大学党委反馈"),  # zero-width space
    ("市委第\u200c三巡察组\u200d进驻市水务局", "市委第三巡察组进驻市水务局"),  # zero-width (non-)joiner
    ("县委巡察\u2060工作领导小组", "县委巡察工作领导小组"),  # word joiner
    ("\ufeff区委第一巡察组反馈会召开", "区委第一巡察组反馈会召开"),  # a byte-order mark inside the text
    ("副组长张\u00ad建国", "副组长张建国"),  # soft hyphen
    ("\u200e省委巡视组\u202a组长\u202c王立新", "省委巡视组组长王立新"),  # direction marks and embeddings
    ("巡察\ufe0f组", "巡察组"),  # a variation selector
    ("縣委第\u200b二巡察組向縣\u200b財政局黨組反饋", "县委第二巡察组向县财政局党组反馈"),
    ("巡察組\u200b(zǔ)進駐縣醫\u200d(yī)院", "巡察组进驻县医院"),  # between a character and its annotation
    ("第二\x07巡察组\x1b进驻", "第二巡察组进驻"),  # control characters
    ("清&#8203;华大学党委、市&shy;水务局", "清华大学党委、市水务局"),  # as HTML references
    # negatives: visible spaces stay spaces, and ordinary text is as it was
    ("序号 巡察组 被巡察党组织", "序号 巡察组 被巡察党组织"),
    ("市委第一巡察组\u3000组长:李明", "市委第一巡察组 组长:李明"),
]


@pytest.mark.parametrize(("copied", "read"), INVISIBLE_ROWS)
def test_characters_that_show_nothing_are_dropped(copied: str, read: str) -> None:
    assert normalised(copied) == read


# --- dates in Chinese numerals and with hyphens -------------------------------------------------
DATE_ROWS = [
    ("二〇二三年五月十二日", "2023年5月12日"),
    ("二○二三年五月十二日", "2023年5月12日"),  # ○ typed for 〇
    ("二零二三年十二月三十一日", "2023年12月31日"),
    ("二〇二一年十一月", "2021年11月"),
    ("二〇二三年三月至五月", "2023年3月至5月"),
    ("二〇二三年三月二十日至五月十八日", "2023年3月20日至5月18日"),
    ("五月十日至二十日", "5月10日至20日"),
    ("十一月二十一日", "11月21日"),
    ("二〇二〇年以来", "2020年以来"),
    ("二〇二三年五月十二号", "2023年5月12号"),
    ("二〇二三年五月十二日", "2023年5月12日"),
    ("二〇二三年五月十二日", "2023年5月12日"),
    # negatives: no year, no day, no range
    ("一日三餐", "一日三餐"),
    ("今年五月", "今年五月"),
    ("十二个月", "十二个月"),
    ("二十一世纪", "二十一世纪"),
    ("第十一届", "第十一届"),
]


@pytest.mark.parametrize(("written", "read"), DATE_ROWS)
def test_chinese_numeral_date_reads_in_digits(written: str, read: str) -> None:
    assert normalised(written) == read
    assert normalised(opencc.OpenCC("s2t").convert(written) + "巡視組", traditional=True) == read + "巡视组"


# --- &nbsp;, letter-spaced headings, lines broken inside a sentence -------------------------------
LAYOUT_ROWS = [
    # HTML character references
    ("&nbsp;&nbsp;根据县委统一部署", "根据县委统一部署"),
    ("来源:县纪委&nbsp;&nbsp;发布时间:2023-05-12", "来源:县纪委 发布时间:2023-05-12"),
    ("&ldquo;回头看&rdquo;", "“回头看”"),
    ("&#12288;&#12288;巡察组", "巡察组"),
    ("A&amp;B公司", "A&B公司"),
    ("A&B公司", "A&B公司"),  # a bare ampersand is no reference
    # letter-spaced headings (Simplified and Traditional)
    ("市 委 第 二 巡 察 组 反 馈 会", "市委第二巡察组反馈会"),
    ("巡&nbsp;察&nbsp;反&nbsp;馈", "巡察反馈"),
    ("巡\u3000視\u3000反\u3000饋\u3000會", "巡视反馈会"),
    # negatives: words apart keep their space, short runs too
    ("记者 张华 通讯员 李明", "记者 张华 通讯员 李明"),
    ("字号:大 中 小", "字号:大 中 小"),
    # a sentence broken over two lines
    ("县委巡察组召开会议。\n根据县委统一部署,县委第二巡察组对城关\n镇党委开展了巡察。",
     "县委巡察组召开会议。\n根据县委统一部署,县委第二巡察组对城关镇党委开展了巡察。"),
    ("根据县委统一部署,2023年3月,县委第二巡察组\n对城关镇党委开展了巡察。",
     "根据县委统一部署,2023年3月,县委第二巡察组对城关镇党委开展了巡察。"),
    ("会议指出\n,要抓好整改。", "会议指出,要抓好整改。"),
    ("2021年1月15日,市委第一巡\n察组向城关镇党委反馈了巡察情况。", "2021年1月15日,市委第一巡察组向城关镇党委反馈了巡察情况。"),
    ("3月5日上午,縣委第二巡\n察組召開見面會。", "3月5日上午,县委第二巡察组召开见面会。"),
    ("近日,县委巡察组\n进驻城关镇。", "近日,县委巡察组进驻城关镇。"),
    ("本报讯 (记者 张华) 根据县委统一部署,4月23日,县委第四巡察组完成对城关镇东\n村党支部的进驻。",
     "本报讯 (记者 张华) 根据县委统一部署,4月23日,县委第四巡察组完成对城关镇东村党支部的进驻。"),
    ("新华社北京4月17日电 4月17日,临江大学、东山理工\n大学等单位公布巡视整改情况。",
     "新华社北京4月17日电 4月17日,临江大学、东山理工大学等单位公布巡视整改情况。"),
    ("会议召开。\n县委巡察组坚持问题导向,围绕“四个聚焦”\n开展监督检查。", "会议召开。\n县委巡察组坚持问题导向,围绕“四个聚焦”开展监督检查。"),
    ("會議召開。\n縣委巡察組堅持問題導向,圍繞「四個聚焦」\n開展監督檢查。", "会议召开。\n县委巡察组坚持问题导向,围绕「四个聚焦」开展监督检查。"),
    ("会议召开。\n(三)强化结果运用。推动整改成果转化为实际成效,确保\n巡察发现问题全部整改到位。",
     "会议召开。\n(三)强化结果运用。推动整改成果转化为实际成效,确保巡察发现问题全部整改到位。"),
    ("组长提出了四点意见建议\n。一是提高政治站位。", "组长提出了四点意见建议。一是提高政治站位。"),
    ("本报讯(记者 张华\n) 根据县委统一部署", "本报讯(记者 张华) 根据县委统一部署"),
    ("会议召开。\n巡察组要求:“要抓好整改,确保见效。”\n会议结束。", "会议召开。\n巡察组要求:“要抓好整改,确保见效。”\n会议结束。"),
    ("会议召开。\n作风建设不到位也是本系统各单位多年来的共同问题:有的单位违反中央八项规定精神问题依然多发\n有的干部作风虚浮。",
     "会议召开。\n作风建设不到位也是本系统各单位多年来的共同问题:有的单位违反中央八项规定精神问题依然多发有的干部作风虚浮。"),
    ("会议召开。\n组长提出了四点意见建议。一是\n提高政治站位。", "会议召开。\n组长提出了四点意见建议。一是提高政治站位。"),
    # negatives: a line with no clause begun keeps its break (a table's cell, one a line)
    ("公布如下。\n1\t村级财务管理不规范\t一是开展清理;二是建立制度\t已完成\n2\t干部作风不实\t一是专项整治\t持续整改",
     "公布如下。\n1 村级财务管理不规范 一是开展清理;二是建立制度 已完成\n2 干部作风不实 一是专项整治 持续整改"),
    ("公告如下。\n第一巡察组\n市住房和城乡建设局党组、市城市管理局党组\n0735-1234567",
     "公告如下。\n第一巡察组\n市住房和城乡建设局党组、市城市管理局党组\n0735-1234567"),
    ("公告如下。\n第一巡察組\n市住房和城鄉建設局黨組、市城市管理局黨組\n0735-1234567",
     "公告如下。\n第一巡察组\n市住房和城乡建设局党组、市城市管理局党组\n0735-1234567"),
    ("会议召开。\n巡察对象为市水利局党组\n、市林业局党组。", "会议召开。\n巡察对象为市水利局党组、市林业局党组。"),
    ("县委巡(x\nún)察組對城關鎮黨委開展巡察。", "县委巡察组对城关镇党委开展巡察。"),  # a syllable broken over two lines
    ("根據縣委統一部署,2023年3月,縣委第二巡察組對城關\n鎮黨委開展了巡察。會議召開。",
     "根据县委统一部署,2023年3月,县委第二巡察组对城关镇党委开展了巡察。会议召开。"),
    ("根据县委统一部署,县委第二巡察组对城关\n镇党委开展了巡察。",  # a report's first sentence, not a title
     "根据县委统一部署,县委第二巡察组对城关镇党委开展了巡察。"),
    ("城关镇:以巡促改,推动发展\n2023年6月16日,反馈会召开。",  # one comma, no sentence before: a title
     "城关镇:以巡促改,推动发展\n2023年6月16日,反馈会召开。"),
    # a copy wrapped at a fixed column (16 or 18 characters, or 30 display columns: a digit one, a Han character two):
    # a line that fills the column goes on, before a first comma, after a ； or a 。 too; the title and a metadata
    # line ending on its date are read whole, and a paragraph's short last line ends it
    ("县委第三巡察组向城关镇党委反馈巡\n察情况\n来源:县纪委监委 发布时间:20\n23-06-20\n按照县委统一部署,2023年3月\n"
     "20日至5月18日,县委第三巡察\n组对城关镇党委开展了常规巡察。6\n月16日,县委第三巡察组向城关镇\n党委反馈巡察情况。\n"
     "巡察指出,城关镇党委存在以下问题\n:一是理论学习不深入;二是落实主\n体责任不到位;三是基层党组织建设\n薄弱。",
     "县委第三巡察组向城关镇党委反馈巡察情况\n来源:县纪委监委 发布时间:2023-06-20\n按照县委统一部署,2023年3月20日至5月18日,"
     "县委第三巡察组对城关镇党委开展了常规巡察。6月16日,县委第三巡察组向城关镇党委反馈巡察情况。\n巡察指出,城关镇党委存在以下问题:"
     "一是理论学习不深入;二是落实主体责任不到位;三是基层党组织建设薄弱。"),
    ("縣委第三巡察組向城關鎮黨委反饋巡察情\n況\n來源:縣紀委監委 發佈時間:2023\n-06-20\n按照縣委統一部署,2023年3月20\n"
     "日至5月18日,縣委第三巡察組對城關\n鎮黨委開展了常規巡察。6月16日,縣\n委第三巡察組向城關鎮黨委反饋巡察情況\n。\n"
     "巡察指出,城關鎮黨委存在以下問題:一\n是理論學習不深入;二是落實主體責任不\n到位;三是基層黨組織建設薄弱。",
     "县委第三巡察组向城关镇党委反馈巡察情况\n来源:县纪委监委 发布时间:2023-06-20\n按照县委统一部署,2023年3月20日至5月18日,"
     "县委第三巡察组对城关镇党委开展了常规巡察。6月16日,县委第三巡察组向城关镇党委反馈巡察情况。\n巡察指出,城关镇党委存在以下问题:"
     "一是理论学习不深入;二是落实主体责任不到位;三是基层党组织建设薄弱。"),
    ("市委第二巡察组于2024年4月8日至\n6月7日对市卫生健康委员会党组开\n展了常规巡察。\n7月12日市委第二巡察组向市卫生\n"
     "健康委员会党组反馈巡察情况。反\n馈指出,存在落实全面从严治党主\n体责任不到位、执行中央八项规定\n精神不严格等问题。",
     "市委第二巡察组于2024年4月8日至6月7日对市卫生健康委员会党组开展了常规巡察。\n7月12日市委第二巡察组向市卫生"
     "健康委员会党组反馈巡察情况。反馈指出,存在落实全面从严治党主体责任不到位、执行中央八项规定精神不严格等问题。"),
    # negatives: units one a line, as long as each other, under a paragraph wider than them; a page whose lines are
    # each a sentence
    ("会议公布了本轮巡察的单位名单,县委第一巡察组巡察以下单位。\n县教育局党组\n县民政局党组\n县财政局党组\n县水利局党组\n县林业局党组",
     "会议公布了本轮巡察的单位名单,县委第一巡察组巡察以下单位。\n县教育局党组\n县民政局党组\n县财政局党组\n县水利局党组\n县林业局党组"),
    ("按照县委统一部署,县委第三巡察组对城关镇党委开展了常规巡察。\n反馈会上,组长李明代表巡察组反馈了巡察情况。\n"
     "镇党委书记王建国主持会议并作表态发言。\n县委巡察办有关负责同志出席会议。",
     "按照县委统一部署,县委第三巡察组对城关镇党委开展了常规巡察。\n反馈会上,组长李明代表巡察组反馈了巡察情况。\n"
     "镇党委书记王建国主持会议并作表态发言。\n县委巡察办有关负责同志出席会议。"),
    # a printed page's number between two lines of text (a PDF's page break): gone, and the sentence it parted reads on
    ("会议召开。\n7月17日,集团党委第三巡察组分别向华东新能源发展有限\n— 2 —\n公司党委、华东物资贸易有限公司党总支反馈了巡察情况。",
     "会议召开。\n7月17日,集团党委第三巡察组分别向华东新能源发展有限公司党委、华东物资贸易有限公司党总支反馈了巡察情况。"),
    ("會議召開。\n(三)落實新時代黨的組織路線方面\n-3-\n6.領導班子配備不齊。", "会议召开。\n(三)落实新时代党的组织路线方面\n6.领导班子配备不齐。"),
    ("会议召开。\n二、主要问题\n第2页 共5页\n1.学习不深入。", "会议召开。\n二、主要问题\n1.学习不深入。"),
    # negatives: a table's bare figure, a line that opens with a dash and says more, a page number closing the text
    ("公布如下。\n序号\n1\n学习不深入", "公布如下。\n序号\n1\n学习不深入"),
    ("会议召开。\n— 2 — 学习不深入。", "会议召开。\n— 2 — 学习不深入。"),
    ("会议召开。\n— 2 —", "会议召开。\n— 2 —"),
    ("附件如下。\n第四巡视组\n\n— 2 —\n\n组别 组长", "附件如下。\n第四巡视组\n\n— 2 —\n\n组别 组长"),
    ("附件如下。\n第四巡察组\n邱某某\n后勤保障处党总支\n12月26日\n第 1 页 共 2 页\n东陵大学党委巡察工作领导小组办公室\n组别",
     "附件如下。\n第四巡察组\n邱某某\n后勤保障处党总支\n12月26日\n第1页共2页\n东陵大学党委巡察工作领导小组办公室\n组别"),
    # negatives: titles, headings, list items, fields keep their lines
    ("县委第二巡察组向城关镇党委反馈巡察情况\n2023年6月16日,反馈会召开。",
     "县委第二巡察组向城关镇党委反馈巡察情况\n2023年6月16日,反馈会召开。"),
    ("会议召开。\n存在的问题主要有:\n一、理论学习不深入", "会议召开。\n存在的问题主要有:\n一、理论学习不深入"),
    ("会议召开。\n一是学习不深入,二是整改不到位\n(二)基层党建薄弱", "会议召开。\n一是学习不深入,二是整改不到位\n(二)基层党建薄弱"),
    ("会议召开。\n存在以下问题:\n● 服务实体经济力度不足,普惠小微贷款增速偏低\n● 信用风险管控不严\n会议要求抓好整改。",
     "会议召开。\n存在以下问题:\n● 服务实体经济力度不足,普惠小微贷款增速偏低\n● 信用风险管控不严\n会议要求抓好整改。"),
    ("會議召開。\n存在以下問題:\n◆ 服務實體經濟力度不足,普惠小微貸款增速偏低\n◆ 信用風險管控不嚴\n會議要求抓好整改。",
     "会议召开。\n存在以下问题:\n◆ 服务实体经济力度不足,普惠小微贷款增速偏低\n◆ 信用风险管控不严\n会议要求抓好整改。"),
    ("会议召开。\n责任编辑:张华,李明\n分享到", "会议召开。\n责任编辑:张华,李明\n分享到"),
    ("| 巡察组 | 巡察对象 |\n| 市委第二巡察组 | 市水利局党组、市林业局党组、市农业农村局党组、市商务局党组 |\n| 市委第三巡察组 | 市文化局党组 |",
     "| 巡察组 | 巡察对象 |\n| 市委第二巡察组 | 市水利局党组、市林业局党组、市农业农村局党组、市商务局党组 |\n| 市委第三巡察组 | 市文化局党组 |"),
    ("会议召开。\n巡察组名单如下,组长张华、副组长李明\n| 巡察组 | 组长 |", "会议召开。\n巡察组名单如下,组长张华、副组长李明\n| 巡察组 | 组长 |"),
    ("会议召开。\n二、集中整改完成情况\n区委坚持问题导向,确保整改到位。", "会议召开。\n二、集中整改完成情况\n区委坚持问题导向,确保整改到位。"),
    ("會議召開。\n(一)學習貫徹不深入,落實部署不到位\n區委堅持問題導向。", "会议召开。\n(一)学习贯彻不深入,落实部署不到位\n区委坚持问题导向。"),
    # a copy wrapped inside a unit's name in a list (the name's rest opens the next line up to its separator), in a
    # table's row, inside a quoted problem, and in 的问⏎题 (Simplified and Traditional)
    ("会议召开。\n市委第一巡察组巡察市发展和改革委员会党组、市统计局党\n组;\n市委第二巡察组巡察市水利局党组。",
     "会议召开。\n市委第一巡察组巡察市发展和改革委员会党组、市统计局党组;\n市委第二巡察组巡察市水利局党组。"),
    ("會議召開。\n市委第三巡察組巡察市交通運輸局黨組、市公路事業發展中\n心黨委;", "会议召开。\n市委第三巡察组巡察市交通运输局党组、市公路事业发展中心党委;"),
    ("序号 巡视组 被巡视党组织 组长\n2 省委第二巡视组 省工业和信息化厅党组、省\n国防科技工业办公室党组 许晓峰 2月26日",
     "序号 巡视组 被巡视党组织 组长\n2 省委第二巡视组 省工业和信息化厅党组、省国防科技工业办公室党组 许晓峰 2月26日"),
    ("会议召开。\n(二)关于“推动乡村振兴落实不够有力,高\n标准农田建设推进迟缓”的问题\n整改情况:已完成。",
     "会议召开。\n(二)关于“推动乡村振兴落实不够有力,高标准农田建设推进迟缓”的问题\n整改情况:已完成。"),
    ("會議召開。\n(一)關於“學習貫徹不夠深入”的問\n題\n整改情況:已完成。", "会议召开。\n(一)关于“学习贯彻不够深入”的问题\n整改情况:已完成。"),
    # negatives: the next row's team, a line that closed its list
    ("会议召开。\n市委第一巡察组 市水利局党组 市林业局\n市委第二巡察组 市商务局党组", "会议召开。\n市委第一巡察组 市水利局党组 市林业局\n市委第二巡察组 市商务局党组"),
    ("会议召开。\n市委第一巡察组巡察市水利局党组、市林业局党组。\n组长张华作动员讲话。", "会议召开。\n市委第一巡察组巡察市水利局党组、市林业局党组。\n组长张华作动员讲话。"),
]


@pytest.mark.parametrize(("written", "read"), LAYOUT_ROWS)
def test_layout_remnant_reads_as_plain_text(written: str, read: str) -> None:
    assert normalised(written) == read


def test_offsets_of_a_rewritten_date_point_at_its_numerals() -> None:
    original = "会议于二〇二三年五月十二日召开。"
    text, offsets, _ = normalise_text(original)
    start = text.index("5")
    assert original[slice(*offsets.to_original(start, start + 1))] == "五"


# --- page furniture above the headline -----------------------------------------------------------
FURNITURE_ROWS = [
    # (the page's header lines, its title)
    ("当前位置:首页 > 工作动态 > 巡视巡察\n县委第二巡察组向城关镇党委反馈巡察情况\n来源:县纪委 发布时间:2023-06-20",
     "县委第二巡察组向城关镇党委反馈巡察情况"),
    ("当前位置:首页 > 工作动态\n来源:县纪委 发布时间:2023-06-20\n【字号:大 中 小】【打印】【关闭】\n分享到:微信 微博\n"
     "县委第二巡察组向城关镇党委反馈巡察情况", "县委第二巡察组向城关镇党委反馈巡察情况"),
    ("您現在的位置:首頁 > 巡察工作\n縣委第二巡察組向城關鎮黨委反饋巡察情況\n【打印】【關閉】", "县委第二巡察组向城关镇党委反馈巡察情况"),
    ("首页 > 巡察工作\n市委巡察组进驻市交通运输局党委", "市委巡察组进驻市交通运输局党委"),
    # a title above the metadata stays the title; a series label above it is not read as one
    ("县委第二巡察组向城关镇党委反馈巡察情况\n来源:县纪委 发布时间:2023-06-20", "县委第二巡察组向城关镇党委反馈巡察情况"),
    # the line right above the metadata, below the site's name, menu and links to other pages (tagged or bulleted)
    ("槐阳党建网\n设为首页 | 加入收藏\n【公告】关于第五轮巡察反馈意见整改情况公开的说明\n县委巡察工作领导小组听取第五轮巡察情况汇报\n"
     "发布时间:2023年12月07日 来源:县委巡察办", "县委巡察工作领导小组听取第五轮巡察情况汇报"),
    ("南嶺師範學院 黨委巡察工作辦公室\n首頁  機構設置  工作動態\n· 校內巡察工作規定\n校黨委第二巡察組巡察外國語學院黨委工作動員會召開\n"
     "發布者:巡察辦 發布時間:2023-10-16", "校党委第二巡察组巡察外国语学院党委工作动员会召开"),
    # a headline written over two lines, its second short; a key with no value above the metadata is no headline
    ("省委第五巡视组、省水利厅党组联动巡察\n工作动员会召开\n发布日期:2023-11-28 来源:机关党委", "省委第五巡视组、省水利厅党组联动巡察工作动员会召开"),
    ("某市纪委监委网站\n市委第二巡察组进驻市水利局\n作者:\n时间:2023年04月07日 来源:某市日报", "市委第二巡察组进驻市水利局"),
]


@pytest.mark.parametrize(("header", "title"), FURNITURE_ROWS)
def test_title_below_page_furniture(header: str, title: str) -> None:
    doc = Pipeline(["normalise", "structure"])(Document(id="header", original=header + "\n2023年6月16日,反馈会召开。"))
    assert doc.metadata.title == title


# A page that lost its line breaks, header and furniture run into its text (kg/extract/structure.py, RUN_ON_LINE):
# (the line, its title, its date, the paragraph its prose opens, or None where the line is furniture alone).
RUN_ON_ROWS = [
    # furniture, the title and the page's date before a dateline
    ("扫描二维码访问本网移动版 县委巡察工作启动 扫描二维码关注公众号 http://www.example.cn  2024-03-05 10:21:36 "
     "本网城关3月5日电/根据县委统一部署,县委第一、第二巡察组近日分别进驻县教育局党组、县卫生健康局党组开展常规巡察。巡察组将在上述单位工作两个月。",
     "县委巡察工作启动", "2024-03-05", "本网城关3月5日电/根据县委统一部署"),
    ("掃描二維碼訪問本網移動版 縣委巡察工作啟動 掃描二維碼關注公眾號 http://www.example.cn  2024-03-05 10:21:36 "
     "本網城關3月5日電/根據縣委統一部署,縣委第一、第二巡察組近日分別進駐縣教育局黨組、縣衛生健康局黨組開展常規巡察。巡察組將在上述單位工作兩個月。",
     "县委巡察工作启动", "2024-03-05", "本网城关3月5日电/根据县委统一部署"),
    # the title and metadata fields before the first sentence, apart by one space or two
    ("县委第二巡察组向城关镇党委反馈巡察情况 来源:县纪委监委 发布时间:2023-06-20 2023年6月16日,县委第二巡察组向城关镇党委反馈"
     "巡察情况。组长李明远代表巡察组反馈了巡察意见,镇党委书记王建国主持会议并作表态发言。",
     "县委第二巡察组向城关镇党委反馈巡察情况", "2023-06-20", "2023年6月16日,县委第二巡察组"),
    ("縣委第二巡察組向城關鎮黨委反饋巡察情況  來源:縣紀委監委  發佈時間:2023-06-20  2023年6月16日,縣委第二巡察組向城關鎮黨委反饋"
     "巡察情況。組長李明遠代表巡察組反饋了巡察意見,鎮黨委書記王建國主持會議並作表態發言。",
     "县委第二巡察组向城关镇党委反馈巡察情况", "2023-06-20", "2023年6月16日,县委第二巡察组"),
    # buttons after the fields (字号:[大 中 小] 【打印本页】【关闭窗口】), which had cut the text off at the first of them
    ("市委第三巡察组向云岭县委反馈巡察情况 来源:清河市纪委监委  发布时间:2025-04-18 09:32  字号:[大 中 小]  【打印本页】【关闭窗口】 "
     "根据市委巡察工作统一部署,市委第三巡察组对云岭县委进行了常规巡察。4月16日,市委第三巡察组向云岭县委领导班子反馈巡察情况。",
     "市委第三巡察组向云岭县委反馈巡察情况", "2025-04-18", "根据市委巡察工作统一部署"),
    ("市委第三巡察組向雲嶺縣委反饋巡察情況 來源:清河市紀委監委  發佈時間:2025-04-18 09:32  字號:[大 中 小]  【打印本頁】【關閉窗口】 "
     "根據市委巡察工作統一部署,市委第三巡察組對雲嶺縣委進行了常規巡察。4月16日,市委第三巡察組向雲嶺縣委領導班子反饋巡察情況。",
     "市委第三巡察组向云岭县委反馈巡察情况", "2025-04-18", "根据市委巡察工作统一部署"),
    # a breadcrumb before the text, a copyright line after it
    ("当前位置:首页 > 巡察工作 2023年6月16日,县委第二巡察组向城关镇党委反馈巡察情况。组长李明远代表巡察组反馈了巡察意见,"
     "镇党委书记王建国主持会议并作表态发言,县委巡察办负责同志出席会议。", None, None, "2023年6月16日,县委第二巡察组"),
    ("2023年6月16日,县委第二巡察组向城关镇党委反馈巡察情况。组长李明远代表巡察组反馈了巡察意见,镇党委书记王建国主持会议并作表态"
     "发言,县委巡察办负责同志出席会议。 版权所有:城关县纪委监委 备案号:某ICP备12345678号", None, None, "2023年6月16日,县委第二巡察组"),
    # pages run together, another page's text after the footer: the footer is read with them
    ("2023年6月16日,县委第二巡察组向城关镇党委反馈巡察情况。组长李明远代表巡察组反馈了巡察意见。 版权所有:城关县纪委监委 "
     "3月5日,县委第一巡察组进驻县教育局党组开展常规巡察。县委巡察办负责同志出席会议。", None, None, "2023年6月16日,县委第二巡察组"),
    # negatives: furniture alone, however long, even with a sentence end
    ("当前位置:首页 > 巡察工作 > 工作动态 > 县委巡察组 > 巡察公告 > 巡察反馈 > 整改情况 > 巡察工作动态 > 县委第二巡察组 > 城关镇 > "
     "巡察反馈情况 > 2023年", None, None, None),
    ("版权所有:城关县纪委监委 地址:城关县人民路1号 邮编:123456 电话:0123-1234567 技术支持:某某网络科技有限公司 "
     "备案号:某ICP备12345678号。建议使用1024×768分辨率浏览。", None, None, None),
]


@pytest.mark.parametrize(("line", "title", "issued", "prose"), RUN_ON_ROWS)
def test_header_run_into_the_text_is_read_as_its_lines(line: str, title: str | None, issued: str | None,
                                                         prose: str | None) -> None:
    doc = Pipeline(["normalise", "structure"])(Document(id="run-on", original=line))
    paragraphs = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert (doc.metadata.title, doc.metadata.issued) == (title, issued)
    if prose is None:
        assert paragraphs == []
    else:
        assert paragraphs[-1].startswith(prose) and paragraphs[-1].endswith("。")


# A page without a headline whose first sentence says what it reports (rectification news here): metadata lines
# above it are no part of that sentence.
LEAD_ONLY = ("(通讯员:张华)为深入贯彻落实县委巡察办和县委第二巡察组关于巡察整改工作的要求,以高度负责的态度推动整改,"
             "确保巡察发现的问题件件有落实,11月10日,城南中学第一党支部全体教师在会议室召开了“巡察整改”专题组织生活会。\n"
             "会议第一项,学习相关文件。全体党员认真学习了党章。\n")


@pytest.mark.parametrize("header", ["", "来源:本网  浏览次数:1024\n", "當前位置:首頁 > 工作動態\n來源:本網 發布時間:2023-11-12\n【打印】【關閉】\n"])
def test_document_type_below_metadata_lines(header: str) -> None:
    doc = Pipeline()(Document(id="lead", original=header + LEAD_ONLY))
    assert doc.facts.doc_type == "rectification"


# --- whole documents in every form ---------------------------------------------------------------
# Documents of our own (not the real pages'): feedback news of a county team, a provincial team's feedback
# to a college with its dates and issues, a city round to several units, and rectification news.
DOCUMENTS = {
    "county feedback": (
        "县委第二巡察组向城关镇党委反馈巡察情况\n"
        "来源:县纪委监委 发布时间:2023-06-20\n"
        "2023年6月16日,县委第二巡察组向城关镇党委反馈巡察情况。县委第二巡察组组长李明远代表县委巡察组反馈了巡察意见,"
        "县委常委、组织部部长赵志刚出席会议并讲话,镇党委书记王建国主持会议并作表态发言。\n"
        "根据县委统一部署,2023年3月20日至5月18日,县委第二巡察组对城关镇党委开展了常规巡察。"
        "巡察发现的主要问题有:一是贯彻落实上级决策部署不到位;二是基层党组织建设薄弱;三是落实中央八项规定精神不严格。\n"
        "责任编辑:孙丽华\n", "2023-06-20"),
    "provincial feedback to a college": (
        "省委第五巡视组向临江师范学院党委反馈巡视情况\n"
        "根据省委统一部署,2022年9月5日至11月30日,省委第五巡视组对临江师范学院党委进行了常规巡视。"
        "2023年1月10日,省委第五巡视组通过视频向临江师范学院党委反馈巡视情况。巡视组组长周文斌传达了省委书记专题会议精神,"
        "学院党委书记陈国强作表态发言,省领导出席会议。\n"
        "巡视指出,学院党委存在落实立德树人根本任务有差距、信息化建设滞后、对所辖社区党组织指导不够等问题。\n", None),
    "city round to several units": (
        "十五届市委第三轮巡察完成进驻\n"
        "根据市委巡察工作安排,2024年4月8日至6月7日,市委第一巡察组对市卫生健康委员会党组开展常规巡察,"
        "市委第二巡察组对市信息中心党支部开展专项巡察。\n"
        "市委巡察办主任刘德顺出席进驻动员会并讲话。\n", None),
    "rectification news": (
        "安平县多措并举推进巡察整改落实\n"
        "本报讯(通讯员 何晓东)今年以来,安平县坚持把巡察整改作为重要政治任务,通过情况反馈、监督检查、结果运用三个环节"
        "推动巡察整改落实。\n对巡察发现的问题,县委巡察工作领导小组逐条建立整改台账,明确责任单位和整改时限,"
        "2023年12月15日整改期满后组织开展评估。\n", None),
}
TRADITIONAL = ("s2t", "s2hk", "s2tw", "s2twp")


def facts_of(pipeline: Pipeline, text: str) -> dict[str, object]:
    """What the scorer reads of a document: teams, inspections, feedback, people and posts, issues, date, type."""
    doc = pipeline(Document(id="form", original=text))
    f = doc.facts
    return {
        "teams": sorted(t.name for t in f.teams),
        "inspections": sorted((i.team or "", t, str(i.start), str(i.end), i.mode or "") for i in f.inspections
                              for t in i.targets),
        "feedback": sorted(feedback_pairs(f), key=str),
        "posts": sorted((m.person, m.role, m.organisation or "") for m in f.memberships),
        "issues": sorted(i.text for i in f.issues),
        "published": doc.metadata.issued,
        "type": f.doc_type,
    }


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def plain_facts(pipeline: Pipeline) -> dict[str, dict[str, object]]:
    return {name: facts_of(pipeline, text) for name, (text, _published) in DOCUMENTS.items()}


def test_documents_give_facts(plain_facts: dict[str, dict[str, object]]) -> None:
    """The documents are not vacuous: each gives teams, inspections and people in its plain form."""
    for name in ("county feedback", "provincial feedback to a college", "city round to several units"):
        assert plain_facts[name]["teams"] and plain_facts[name]["inspections"] and plain_facts[name]["posts"]
    assert plain_facts["rectification news"]["type"] == "rectification"
    assert plain_facts["county feedback"]["feedback"] and len(plain_facts["county feedback"]["issues"]) == 3
    assert plain_facts["county feedback"]["published"] == "2023-06-20"


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_page_form_gives_the_same_facts(pipeline: Pipeline, plain_facts: dict[str, dict[str, object]],
                                        name: str, form: str) -> None:
    text, published = DOCUMENTS[name]
    rng = random.Random(f"{form}/{name}")
    variant = page_furniture(text, rng, published) if form == "furniture" else FORMS[form](text, rng)
    assert variant != text or form == "halfwidth"
    assert facts_of(pipeline, variant) == plain_facts[name]


@pytest.mark.parametrize("config", TRADITIONAL)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_traditional_form_gives_the_same_facts(pipeline: Pipeline, plain_facts: dict[str, dict[str, object]],
                                               name: str, config: str) -> None:
    assert facts_of(pipeline, opencc.OpenCC(config).convert(DOCUMENTS[name][0])) == plain_facts[name]
