"""The lexicons (kg/lexicon/*.txt) and the small readings of names that the stages and the graph layer share (the
identities of nodes, the cross-document pass): kept apart from the stages' modules so that the driver of every
rebuild, which runs that layer, does not load the stages' patterns (≈ 0.5 s of compiling) to read a lexicon, a
numeral or a party committee's key."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent.parent / "lexicon"


def read_lexicon(name: str) -> list[str]:
    """The entries of ``kg/lexicon/<name>``: one a line, ``#`` comments and blank lines skipped."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


# Provincial-level divisions, short name → full name (kg/lexicon/provinces.txt).
PROVINCES = dict(line.split("\t") for line in read_lexicon("provinces.txt"))
ETHNIC_GROUPS = tuple(read_lexicon("ethnic_groups.txt"))
# The short names national bodies go by, short name → their full names, former and present (kg/lexicon/known_short_names.txt).
KNOWN_SHORT_NAMES = {short: tuple(fulls.split("|")) for short, fulls in
                     (line.split("\t") for line in read_lexicon("known_short_names.txt"))}
# Provincial-level divisions the Party has no committee of (a Macau or Hong Kong outlet's name on a page reprinting a
# mainland round completes no 省委: 澳门新闻网 → no 澳门特别行政区委).
WITHOUT_PARTY_COMMITTEE = frozenset({"香港", "澳门", "台湾"})
PARTY_PREFIX = re.compile(r"^(?:中国共产党|中共)")
# Places whose names open with a stop word (全州县, 本溪市; kg/lexicon/places_opening_with_stopwords.txt).
STOP_OPENED_PLACE = re.compile("|".join(sorted(map(re.escape, read_lexicon("places_opening_with_stopwords.txt")),
                                               key=len, reverse=True)))
# Characters that make a "place" a phrase instead (经济开发区, 工业园区, 全区, 我市, 工信局和县, 4个乡镇及县直部门, 纪检监察组和市; 团省委,
# the Youth League's committee of the province, names none: 团风县 does).
NOT_PLACE = re.compile(r"开发|经济|技术|工业|产业园|科技园|[全我本该各辖届轮及与组]|城区|社区|乡镇|其他|[局厅办部党]"
                       r"|^[省市州县区旗](?![中南北东西])|^团[省市州县区旗]$")  # 区城市管理局: the 区 is the level, 城市 no place (市中区 is one)


# The marks a line of a list may open with (● A / ◆ 县委第一巡察组:… / 👉 区委第二巡察组:… / ✅ … / 1️⃣ 问题:… / ┏ T⏎┗ A): symbols,
# box-drawing corners, the emoji that accounts' articles set before their lines (the symbol and pictograph blocks) and
# keycap numbers.
BULLET = re.compile(r"(?:[●•▪■□◆◇○◎★☆►▶➤▲△▼▽→⇒♦◉⊙┏┗┣┌└├╭╰\u2580-\u259f\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
                    r"|[0-9#*]\ufe0f?\u20e3)+"
                    r"[ \t\u3000]*|——(?=[^\s—])")  # (——A；⏎——B；: a document's dash before each item)

# A name that ends in a party body (…局党组 / 各村党组织): a unit's whole name, or a kind's bodies.
PARTY_BODY_END = re.compile(r"(?:党组织|党组|党委|党工委|党总支|党支部)$")
# What a page's text ends with when it was not cut off: a sentence end, a closing quote or bracket.
WHOLE_TEXT_END = "。！？!?”’」』）)…"

ISO_DAY_LENGTH = len("2024-01-01")  # a date of a day, not of a month (2024-01)
ISO_MONTH_LENGTH = len("2024-01")  # a date of a month

# A sentence that opens with its day (2月15日， / 2023年6月3日上午,): the day of what it tells.
DAY_OPENING = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,，]"

# 第一轮（2021年4月）： / 2019年第一轮： / 第二批（6月至8月）：: the label of a line of a round's or batch's units, in a
# summary of a term's rounds or a year's plan.
# (not 第一批（7月3日）：, a batch of feedback or publication by its day)
ROUND_LABEL = (r"(?:\d{4}年(?:度)?)?第[一二三四五六七八九十\d]{1,3}(?:轮|批次?)(?:巡视|巡察)?"
               r"(?:[(（](?![^()（）\n]*\d{1,2}[日号])[^()（）\n]{2,20}[)）])?")

# A printed page's number on a line of its own, as a PDF or Word copy keeps it (— 3 —, - 2 -, ·2·, 第 2 页 共 5 页).
PAGE_NUMBER = re.compile(r"[|｜]?\s*[—\-－–一·]*\s*\d{1,3}\s*[—\-－–一·]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")


@lru_cache(maxsize=65536)
def party_key(name: str) -> str:
    """中共卫滨区委 and 卫滨区委 are one name. Cached: asked for each name many times while names are matched."""
    return PARTY_PREFIX.sub("", name)


def numeral_value(numeral: str) -> int | None:
    """12, 十二 → 12 (a count or an ordinal as written); None where cn2an reads no number in it."""
    if numeral.isdigit():
        return int(numeral)
    import cn2an  # ≈ 0.15 s to import: only where a numeral is written in characters

    try:
        return int(cn2an.cn2an(numeral, "smart"))
    except ValueError:
        return None


def in_order(short: str, full: str) -> bool:
    """Every character of ``short`` in ``full``, in order (一汽 in 中国第一汽车集团公司)."""
    rest = iter(full)
    return all(c in rest for c in short)


# 分别向市直单位A、B,国有企业C、D反馈 / 县直部门县统计局 / 乡镇河口镇党委: the kind a list writes before the first of its
# units of that kind, a label and no part of the unit (市直机关工委, 乡镇党委 and 国有企业党委 are units of their own: the
# label goes only before a unit named in full).
KIND_LABEL = re.compile(r"^(?:(?:省|自治区|市|州|县|区|旗)(?:直|属)(?:单位|部门|机关|学校|国有企业|企业|事业单位)|国有企业|国企"
                        r"|乡镇(?:[(（]街道[)）])?|街道|高校|事业单位|中央单位|中管企业|中管高校|金融企业)"
                        r"(?=(?:省|自治区|市|州|县|区|旗)[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|大学|学院|公司|集团|银行))")

# A company's registered name ends so, and abbreviates no other (华澜电力有限公司 is the parent of 华澜电力滨海发电
# 有限公司, not its short name).
REGISTERED_ENDINGS = ("有限公司", "有限责任公司")
PARTY_BODY_WORDS = ("党委", "党组", "党总支", "党支部", "党工委")
# The ends of a place's name: its committee is no short form of a unit within it (沣源镇党委, 沣源镇沣源社区党委).
PLACE_LEVEL_ENDS = ("省", "市", "州", "县", "区", "旗", "盟", "镇", "乡", "村", "街道", "社区")
# … nor is a department's, a company's or an institution's of a unit under it (市公安局党委, 市公安局交通警察支队党委), but
# where what follows its name is its legal form (股份有限公司, 集团有限公司): the same company written in full.
LEGAL_FORM = re.compile(r"(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司|集团")
# A unit's place or level before its name (省, 市, 青州市, 青州市城南区): its place written out before it (省民政厅 for
# 云岭省民政厅) writes in no other unit.
PLACE_BEFORE_UNIT = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:省|市|州|县|区|旗|盟)")
# The words that name an institution (江城大学, 中国银行): another word written in before one makes another unit (not
# 学院: a university's school drops words of its name, 材料学院 for 材料科学与工程学院).
INSTITUTION_HEADS = ("大学", "医院", "科学院", "中学", "小学", "检察院", "法院", "银行", "研究院", "研究所", "党校")
# Words a unit's short name drops whole (县医院 for 县人民医院, 省能源局 for 省能源管理局).
WORDS_DROPPED = ("人民", "管理", "有限", "股份", "集团", "事务", "委")  # (市台港澳办 for 市委台港澳办)
PEOPLES, PEOPLES_BANK_HEAD = ("人民",), "银行"  # … but a bank's 人民 is its name's (中国人民银行 is no 中国银行)
# What is to be done, in the clause before a feedback: 巡察结束后将向X反馈 / 拟于5月向X反馈; or what is done as a rule
# (按惯例,巡视组通常在进驻结束后两到三个月内反馈); or what a meeting demands (会议要求,各巡察组要尽快向被巡察党组织反馈巡察意见 /
# 要做好巡视反馈工作 / 应及时反馈 / 各巡视组要在9月中旬前向被巡视党组织反馈; not 主要负责人, 重要, 纪要).
PLANNED_FEEDBACK = re.compile(r"将|拟|即将|计划|准备|适时|通常|往往|惯例|一般(?:在|于|会)"
                              r"|(?<![主重纪需])要(?=尽快|及时|抓紧|认真|按时|按照|做好|抓好|向|在[^，。,]{1,12}?(?:前|之前|以前|内)向)"
                              r"|应当?(?=尽快|及时|按时|向)|务必|必须")
# A day's weekday in brackets after it (10月9日（星期一）, 5月6日（周一）).
WEEKDAY_NOTE = r"(?:[(（](?:星期|周)[一二三四五六日天][)）])"
# The words a count of units is counted in (12个单位, 8家企业, 20所高校, 5户市属企业: a state-assets commission's count).
UNIT_COUNTERS = "个|家|所|户"
UNIT_COUNT = rf"[\d一二三四五六七八九十两]+(?:{UNIT_COUNTERS})"  # a count of units: 10个, 6家, 31所, 5户
COUNT_WRITTEN_IN = re.compile(UNIT_COUNT)  # … and a count of the units the name is of
UNIT_OVER_UNITS_ENDS = PLACE_LEVEL_ENDS + ("局", "厅", "委", "院", "办", "部", "中心", "公司", "集团", "大学", "学院", "医院", "银行",
                                          "分行")


# The ends of a government department's name, which its short form keeps alone (县住建局 for 县住房和城乡建设局, 县城管局
# for 县城市管理局, 省住建厅), written after the same level (not 委: 区委 is no short form of 区纪委).
DEPARTMENT_ENDS = ("局", "厅")
# A commission by its short name (省卫生健康委 for 江西省卫生健康委员会, 市发改委 for 市发展和改革委员会): 委 after a word, not
# a place's committee (青山县委 is no 青山县政协委员会) nor a party body (光明新区工委, 党委: the text's own short form).
COMMISSION_SHORT = re.compile(r"(?<![省市州县区旗盟地工党])委$")


def abbreviates(short: str, full: str) -> bool:
    """集团公司党组 for 中国石油天然气集团有限公司党组: the same last two characters (or a department's last one, after the
    same first: 县住建局 for 县住房和城乡建设局), and every character of the short form in order in the full one; never a
    company's registered name."""
    if len(short) < 4 or len(full) <= len(short):
        return False
    bare = short[:-len(body)] if (body := next((b for b in PARTY_BODY_WORDS if short.endswith(b)), "")) else short
    full_bare = full[:len(full) - len(body)] if full.endswith(body) else full
    same_end = short[-2:] == full[-2:] or (short[-1] in DEPARTMENT_ENDS and short[-1] == full[-1] and short[0] == full[0]) \
        or (COMMISSION_SHORT.search(bare) is not None and full_bare.endswith("委员会"))
    # (沣源镇党委: not 沣源镇沣源社区党委's; but 江岚银行党委 is 江岚银行股份有限公司党委's, its legal form dropped)
    unit_under_it = (bare.endswith(UNIT_OVER_UNITS_ENDS) and full.startswith(bare)
                     and not LEGAL_FORM.fullmatch(full, len(bare), len(full) - len(body)))
    # (茂名市委: not 茂名市信宜市委's, the committee of a city within it)
    place_within = short.endswith(PLACE_COMMITTEE_ENDS) and full.startswith(short[:-1]) \
        and PLACE_COMMITTEE.fullmatch(full, len(short) - 1) is not None
    return same_end and in_order(short, full) and not bare.endswith(REGISTERED_ENDINGS) and not unit_under_it \
        and not place_within and not another_unit(bare, full_bare)


PLACE_COMMITTEE_ENDS = ("省委", "市委", "县委", "区委", "州委", "旗委", "盟委")  # a place's party committee, by its level
PLACE_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,8}?[市县区旗州盟]委")  # (信宜市委: a place's committee after the place it is in)


def another_unit(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with one word written into it right after its place, or before the word naming
    an institution, before a whole word of a unit's name: another unit (省科学院 and 省农业科学院, 市医院 and 市中医院,
    青州市人民检察院 and 青州市城南区人民检察院, 江城大学 and 江城财经政法大学), not its full name (县医院 for 县人民医院: one of
    WORDS_DROPPED; 省交通厅 for 省交通运输厅: a word dropped before the name's last character; 中能建投水电公司 for
    中能建投水电开发有限公司: neither after a place nor before an institution's word)."""
    before = next((i for i, (a, b) in enumerate(zip(short, full)) if a != b), len(short))
    after = len(short) - before
    if after < 2 or not full.endswith(short[before:]) or not (
            PLACE_BEFORE_UNIT.fullmatch(short[:before]) or short[before:].startswith(INSTITUTION_HEADS)):
        return False
    written_in = full[before:len(full) - after]
    if written_in in PEOPLES and short.endswith(PEOPLES_BANK_HEAD):
        return True  # (中国银行 and 中国人民银行: two banks, the central one's 人民 no word its short name drops)
    return written_in not in WORDS_DROPPED and not COUNT_WRITTEN_IN.fullmatch(written_in)  # (城区社区党组织, 城区6个…)
