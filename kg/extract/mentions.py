"""Rule mentions: inspection teams, organisations, posts, people and dates.

Each finder reads the genre's own patterns (lexicons in ``kg/lexicon``) and
adds typed :class:`~kg.ingest.document.Mention` spans to ``doc.mentions``; the
relation stage turns them into facts. Names are never guessed from bare
characters: a person needs a surname (or, transliterated, a middle dot) *and*
context: a post before it or, as a form of address, after it (孙某书记); a word
such as 主持/表示/同志/说 after it, 代表 a body, 作…发言, 任/担任 a post; a list
after a post, after 出席会议的有 or before 等…领导; posts in brackets after it;
a credit line (记者, 责编, 一审, NAME 摄, 本报讯(NAMES)). The phrasings and
the facts each gives are tabled in tests/cases_people.py.
"""
from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from kg.extract.first_chars import skipping
from kg.extract.lexicon import KIND_LABEL, LEXICON_DIR, PROVINCES, STOP_OPENED_PLACE, numeral_value, read_lexicon
from kg.extract.pipeline import stage
from kg.extract.tables import NAME_COLUMNS, POST_COLUMNS, ROLE_COLUMNS, TEAM_COLUMNS, table_rows
from kg.ingest.document import Block, Document, Mention


Trie = dict[str, "Trie"]  # character → the words' rest after it; "" marks a word's end


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, written as a trie (ab|ac|a → a(?:b|c)?): the longest form that matches wins,
    as it would listed longest first, and the engine reads one branch per character instead of trying every word."""
    trie: Trie = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: Trie) -> str:
    """The pattern of a trie's node: its branches, each a character and its node's pattern, then the word ending
    there, if one does (an optional group: the branches, longer, are tried first)."""
    branches = [re.escape(ch) + _trie_pattern(rest) for ch, rest in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lines = (LEXICON_DIR / "surnames.txt").read_text(encoding="utf-8").splitlines()
    single: list[str] = []
    compound: list[str] = []
    target = single
    for ln in lines:
        ln = ln.strip()
        if ln == "# compound":
            target = compound
        elif ln and not ln.startswith("#"):
            target.append(ln)
    return frozenset(single), frozenset(compound), frozenset(single[:150])


SURNAMES, COMPOUND_SURNAMES, COMMON_SURNAMES = _surnames()
NONNAME = re.compile(alternation(read_lexicon("nonnames.txt")))
FOLLOWER = re.compile(alternation(read_lexicon("person_followers.txt")))
# 任命某某为…副市长 / 提名某某同志为…: the name of an appointment, its posts after 为.
APPOINTED = re.compile(r"(?:任命|聘任|聘用|提名|推荐|选举)(?=[\u4e00-\u9fff]{2,4}(?:同志)?为)")
# 郝某某，男，汉族，1968年10月生: a résumé opens with the name, the sex, then the nation or the year of birth.
RESUME_OPENING = re.compile(r"[,，](?:男|女)[,，](?:[\u4e00-\u9fff]{1,4}族|(?:19|20)\d\d年)")
# 同志为核心 (以习近平同志为核心的党中央) is a formula, not a mention of a person.
TRIGGER = re.compile(rf"(?:{alternation(read_lexicon('person_triggers.txt'))})(?!为核心)")
# Characters that do not occur in given names but often follow a name (在, 及, 的 …).
NOT_GIVEN = frozenset("的了在是和与及或等对向从由将把被为于以之其此这那们个年月日时后前内外不也都就才又还再并且而但要会能可已所该各每本项问题作说省市县区委组长")
# Those of them that are common in given names (孟和清, 李为民, 邹广能, 王长江, 祝明月, 彭向东, 康永年): allowed in the
# middle of a three-character name, and at its end where the two-character name before it would not end there.
SOFT_NOT_GIVEN = frozenset("和为之以才可长能作月向年")
# What may stand between a post and its name: a space (组长 郑伟), a colon (组长：张建国).
# Spaces and a colon, as name lists and tables align them (组长： 张建平, 组长　陈红): at most POST_NAME_GAP_MAX.
POST_NAME_GAP = (" ", "：", ":", "\t", "\u3000")
POST_NAME_GAP_MAX = 4
# A two-character head spaced out at the start of a table's line (组  长：张建平, 成  员：王某、赵某).
SPACED_HEAD = re.compile(r"(?m)^[ \t\u3000]*(?P<head>(?:副[ \t\u3000]*)?组[ \t\u3000]+长|[成组][ \t\u3000]+员)(?=[ \t\u3000]*[:：])")
# A rank in brackets between a post and its name: 组长（正厅长级）胡明.
RANK = re.compile(r"[（(][\u4e00-\u9fff]{1,8}级[)）]")
# Posts written after the name rather than before it.
NAME_BEFORE_POST = ("总书记",)
# Words that open a noun phrase, after which a name may start as after punctuation when its surname is a common
# one: 会议由张某主持, 以张某为组长, 据张某介绍, 以及贺某书记.
NAME_OPENERS = frozenset("由及和与同向对请以据")
# Posts also written after a name, as a form of address (孙某书记在讲话中, 刘某老师), the name standing where
# a name may start.
ADDRESSED_HEADS = ("书记", "主任", "部长", "局长", "院长", "校长", "组长", "主席", "秘书长", "检察长", "董事长",
                   "区长", "县长", "市长", "省长", "州长", "镇长", "乡长", "旗长", "老师")
# Last characters of units and places (张庄村书记, 支部书记): a name before a post never holds them.
UNIT_CHARS = frozenset("部委局村镇乡组处科室办厅院校队站所司团社馆街区县市省州旗党支营场庄屯寨家")
BOUNDARY_BEFORE = frozenset("\n ,，。;；:：、“”\"'‘’（()）《》「」|·")

UNITS = tuple(read_lexicon("post_units.txt"))
POST_HEADS = tuple(read_lexicon("posts.txt"))
LEVELS = "省市州县区旗"
# What may stand before a post's head (常务副组长, 一级巡视员, 县级总河长, 副书记): one rank, kind or level, then 副.
HEAD_RANKS = ("常务", "第一", "执行", "专职", "一级", "二级", "三级", "四级", "省级", "市级", "县级", "乡级", "镇级", "村级")
HEAD_PREFIX = rf"(?:{alternation(HEAD_RANKS)})?副?"
POST_MODIFIER = re.compile("^" + HEAD_PREFIX)
# The unit a head leads (局长 → a 局): for 县审计局局长, and for 局党组书记、局长 → the 局.
HEAD_OF: dict[str, tuple[str, ...]] = {
    "局长": ("局",), "厅长": ("厅",), "院长": ("院",), "校长": ("大学", "学院", "学校", "中学", "小学", "校"), "所长": ("所",),
    "站长": ("站",), "行长": ("行",), "主任": ("委", "办", "会", "中心", "室"), "部长": ("部",),
    "董事长": ("公司", "集团"), "总经理": ("公司", "集团"), "社长": ("社",), "馆长": ("馆",), "检察长": ("院",),
    "科主任": ("科",), "科室主任": ("科",),  # a hospital department's head (检验科党支部书记、科主任 → 检验科)
    "庭长": ("庭",), "理事长": ("社", "会", "联", "协"),
    "厂长": ("厂",), "矿长": ("矿",), "场长": ("场",), "大队长": ("大队",), "队长": ("队",), "经理": ("公司",)}  # 理事长: of a 联合社 (a rural credit union), a 协会/基金会, a 残联/科协
# Posts that a person takes by 任/担任/为 after the name (冯某任组长, 张某、李某同志任副组长): the name stands
# on its own before it. The body may be written before the post (郭某同志为领导小组组长, 谭某同志任县委第一巡察组
# 组长): the post mention then starts where the body does. A personnel notice gives a rank so (某某同志晋升为二级巡视员,
# 某某同志任市农业农村局一级调研员). (同志 and the verb are one alternative, the verb alone the others, so that each opens
# with a literal, which the engine skips through the text to; an optional 同志 first had it try every position.)
TAKING_VERBS = "任|担任|兼任|晋升为|为"
TAKES_POST = re.compile(rf"(?:同志(?:{TAKING_VERBS})|{TAKING_VERBS})(?=[\u4e00-\u9fff]{{0,16}}?(?:常务|第一|执行)?副?"
                        r"(?:组长|主任|书记|指挥长|召集人|总指挥|组员|成员|联络员|巡视员|调研员))")
# … and those of them written right before the post, after the name (钱某任组长, 周某担任副组长).
TAKING_BEFORE_POST = ("担任", "兼任", "任")
# What joins the names listed after one post: 副组长张某、李某; 副组长张某和李某.
NAME_JOINERS = "、和及与"
PREPOSITIONS_AFTER_NAME = "向"  # what a name's 为 may stand before: 组长张化为向A反馈 (为 no verb there; 为对口… is one)
# 张某作表态发言, 李某做动员讲话: what a named speaker does at a meeting, a word that makes a name stand on its own.
SPEAKS = re.compile(r"(?:作|做)了?[\u4e00-\u9fff]{0,4}?(?:讲话|发言|报告|部署|点评)")
# 张某代表省委第二巡视组反馈: speaking for a team or a body, a word that makes a name stand on its own (not
# 师生代表, 群众代表: the body must follow).
SPEAKS_FOR = re.compile(r"代表(?=[^,，。;；:：、]{0,16}?(?:巡视组|巡察组|党委|党组|党工委|领导小组|班子))")
# A transliterated name (Uyghur, Tibetan, foreign): parts joined by a middle dot, in any of its forms.
MIDDLE_DOTS = "·•・‧"
TRANSLITERATED_NAME = frozenset("".join(read_lexicon("transliterated_name_chars.txt")))
DOTTED_FIRST = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?=[{MIDDLE_DOTS}][\u4e00-\u9fff])")
DOTTED_NAME_BEFORE = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{MIDDLE_DOTS}][\u4e00-\u9fff]{{1,8}}){{1,3}}$")
# 出席会议的有张某、李某, 参加反馈会的还有: the names listed after it attend.
ATTENDEES = re.compile(r"(?:出席|参加|列席)[\u4e00-\u9fff]{0,6}?的(?:领导|人员|同志)?(?:还)?有[:：]?")
# The brackets a name's posts may stand in after it: 吴某(县委常委、组织部部长)、蒋某(副县长).
BRACKETS_OPEN = ("（", "(")
BRACKETS_CLOSE = ("）", ")")
# What may stand between a unit and its post without being either: 总局分管领导, 局主要领导.
POST_QUALIFIERS = ("分管", "主要")
# What joins two posts of one person with no punctuation: 区委副书记兼政法委书记.
POST_JOINER = "兼"
# What a unit's name ends with (财务处, 办公室, 工会, 政治部), and what may stand before a unit named alone: the
# separators of the posts listed before a name, the end of a sentence.
UNIT_ENDS = frozenset("会部处科室局办委院厅所站队馆社司行庭心")
UNIT_OPENERS = frozenset("、,，;；:：。\n ")
# A group stationed in another body is named with it: 驻中国启明纪检监察组, 驻省教育厅纪检监察组.
STATIONED = re.compile(r"驻[\u4e00-\u9fff]{1,12}$")  # 驻人社局, 驻局 (驻 and the unit it is stationed in)
STATIONED_UNITS = ("纪检监察组", "监察组", "纪检组")
# … and the commission that stations it, written before 驻 (中央纪委国家监委驻部纪检监察组, 省纪委监委驻省教育厅纪检监察组).
STATIONED_BY = re.compile(r"(?:中央纪委国家监委|中央纪委|(?:[\u4e00-\u9fff]{0,8}?[省市州县区旗])?纪委(?:监委)?)$")
# A post: its unit, then its head. Scanned skipping (kg.extract.first_chars) to the characters a post can start with,
# then those its second can be (every post, as every head, is two characters or more): the first character alone had
# the engine try a post at one position in five of a page.
POST = skipping(re.compile(rf"(?P<unit>{alternation(UNITS)})?(?P<head>{HEAD_PREFIX}(?:{alternation(POST_HEADS)}))"))

ORG_SUFFIXES = tuple(read_lexicon("org_suffixes.txt"))
# Suffixes a post after them leaves out of its title (市卫生健康委员会主任 is a 主任, 某有限公司董事长 a 董事长), where the
# others give it (工作委员会主任, 纪律检查委员会副书记).
NOT_IN_ROLE = frozenset({"领导小组", "委员会", "有限责任公司", "有限公司", "股份公司", "集团", "兵团"})
# 区委 is not the start of 区委员会, nor 党组 of 党组织 (被巡察党组织, a kind): a suffix never runs into 员 or 织.
ORG_SUFFIX = re.compile(rf"(?:{alternation(ORG_SUFFIXES)})(?![员织])")
ORG_SUFFIX_END = re.compile(rf"(?:{alternation(ORG_SUFFIXES)})$")
ORG_STOP = re.compile(alternation(read_lexicon("org_stopwords.txt")))
SUFFIX_REACH = 6  # how far before a stop word a suffix that holds it may start (有限 of 有限责任公司)
# How far left of its suffix a name may run: a bank's or insurer's branch takes 21 characters (中国华兴人寿保险股份有限公司江川分公司
# before 党委).
MAX_ORG_BODY = 24
JOINERS = ("和", "与", "及")
# 县工信局和县商务局党组: a unit, a joiner and a level start the next unit (住房和城乡建设局 stays one); 市农业农村局和宜昌城市
# 发展投资集团有限公司: a bureau, a joiner, whatever name next;
# 甲公司和乙集团: a company, a joiner and the next unit; 甲交易所和中国乙基金公司: a national unit (中国…, 国家…) next,
# whatever before the joiner (路线方针政策和国家电网公司党组; but 中央和国家机关工委 is one); 统一到中央和集团公司党组的部署,
# 会议精神和兵团党委要求: the centre (but 中央和国家机关), a meeting's spirit or a policy before the joiner, a body after it.
JOINED_UNITS = re.compile(r"[局委办厅院部站所校][和与及][省市州县区旗]|[局厅][和与及](?=[\u4e00-\u9fff]{2})|(?<=公)司[和与及]"
                          r"|[\u4e00-\u9fff](?<!中央)[和与及](?:中国|国家)|(?<=中)央[和与及](?!国家)|(?<=精)神[和与及]|(?<=政)策[和与及]")
INSPECTION_VERB = re.compile(r"巡察|巡视")
INSPECTION_ORGANS = ("工作", "办", "机构", "整改")  # (市委巡视整改工作领导小组, 巡察整改办)
# 此次巡视中自治区党委… / 巡察期间县委…: the time the verb's 中 or 期间 makes opens no name either (中央, 中共 do).
INSPECTION_TIME = re.compile(r"(?:中(?![央共国华])|期间|时)")
# The Han characters names are written in (CJK Extension A and the Unified Ideographs).
HAN_FIRST, HAN_LAST = "\u3400", "\u9fff"
# A window up to its last character that is no Han character: the Han ones after it run to the window's end. The
# engine reads the window to its end and back once (a run of Han characters up to \Z, searched for, was read from
# each position of the window in turn).
UP_TO_LAST_NOT_HAN = re.compile(f"(?s).*[^{HAN_FIRST}-{HAN_LAST}]")
# The end of a team's name (第三巡察组, 巡视二组), before a joiner that then starts another body.
TEAM_END = re.compile(r"(?:巡视|巡察)[一二三四五六七八九十\d]*组$")
# A person named after a post, before a joiner that then starts a body (组长陆某与省交通运输厅党组书记…).
NAMED_BY_POST_END = re.compile(r"(?:组长|书记|主任|部长|局长|厅长|院长|校长|行长|经理|主席|委员|专员|董事长|市长|县长|区长|镇长|乡长"
                               r"|处长|所长|社长|会长|检察长)[\u4e00-\u9fff]{2,3}$")

NUMERAL = r"[一二三四五六七八九十百零〇两\d]+"
# A count starts where its numeral starts, not inside it: tried at every digit of a long run of digits,
# "NUMERAL个" rescanned the run each time (quadratic; 20 000 digits took seconds).
COUNT_START = r"(?<![一二三四五六七八九十百零〇两\d])"
# 第四巡察组, 提级交叉巡察组, 专项巡视组, 3个提级交叉组, 各巡察组; the ordinal may follow the kind
# (巡察三组, 巡察第一组, 提级交叉巡察第一组); 巡察工作组 and 巡察小组 are teams too; never 巡察组织.
# 第一至第八巡视组 is a range of teams (a group); 1个机动巡察组 is one team.
TEAM_NUMBER = r"第?(?P<{}>[一二三四五六七八九十\d]{{1,3}})"
TEAM_RANGE_TO = r"(?:至|到|—|－|-|~|～)"
# A sector before the team's number (医疗卫生领域第六专项巡察组): part of its name, never a verb's object.
TEAM_SECTOR = r"(?:(?![委组的对和与及在开展进行])[\u4e00-\u9fff]){2,8}领域"
# A team starts with a group (各, a count), an ordinal (第), a mode (提级, 交叉, 专项, 机动, 上下联动, 联动) or its
# kind (巡): the lookahead lets the engine skip every other position at once (the pattern's optional opening
# parts made it try each character of the text), and skipping() adds the characters a team's second can be (a
# numeral or 第 alone let it through at one position in fifteen of a page; with the second, at one in thirty-four).
# The sector is read backwards from a match (SECTOR_BEFORE).
# The mode a team's name may carry, and the mode it gives the inspection.
TEAM_MODES = {"提级交叉": "提级交叉", "交叉": "提级交叉", "提级": "提级交叉", "专项": "专项", "机动": "机动", "联动": "提级交叉",
              "上下联动": "提级交叉"}
# The mode an inspection is said to have (a team's modes, and 常规), and the mode it gives the inspection.
INSPECTION_MODES = {"常规": "常规", **TEAM_MODES}
# Quotes around a mode or 回头看 (“机动式”巡视, 巡察「回頭看」): “”, and 「」『』 in Traditional reprints.
OPEN_QUOTE = r"[“\"「『]"
CLOSE_QUOTE = r"[”\"」』]"
TEAM_FIRST = "(?=[各第巡其另" + "".join(sorted({m[0] for m in TEAM_MODES})) + r"一二三四五六七八九十百零〇两\d])"
SECTOR_BEFORE = re.compile(rf"(?:{TEAM_SECTOR}|村级)$")  # (麻岭镇党委村级巡察组: a township's team for its villages)
SECTOR_REACH = 10  # 领域 and the 2–8 characters of its name
GROUP_REST_WORDS = ("其余", "其他", "其它", "另外")  # 其余巡视组分别巡视了A、B: the teams not named before, a group
GROUP_REST = "|".join(GROUP_REST_WORDS)
# 上述巡视组分别进驻各单位: the teams named before, a group (read after a bare team: 上 a team's first character made the
# engine try a team at every 上 of a page)
GROUP_BEFORE = "上述"
NOT_A_TEAM_WORD = "(?!织|建|成|合)"  # 组织, 组建, 组成, 组合: words, no team
# (省委第一巡视组至第七巡视组: a range whose first team is written in full too)
TEAM = skipping(re.compile(rf"{TEAM_FIRST}(?P<group>各|{GROUP_REST}|{COUNT_START}{NUMERAL}个)?"
                           rf"(?P<ord>(?:第(?P<first>{NUMERAL})(?:{TEAM_RANGE_TO}|(?:巡视|巡察)组(?:至|到)))?第(?P<num>{NUMERAL}))?"
                           rf"(?:(?<=[\d一二三四五六七八九十])村级)?"  # (县委第二村级交叉巡察组: the villages' level after the ordinal)
                           rf"(?:(?P<mode>{alternation(TEAM_MODES)})(?:(?P<kind1>巡视|巡察)(?:{TEAM_NUMBER.format('num3')})?|(?<!专项))"  # (整改专项组: no team)
                           rf"|(?P<kind2>巡视|巡察)(?:组(?=第?[一二三四五六七八九十\d]{{1,3}}组))?(?:{TEAM_NUMBER.format('num2')})?)"
                           rf"(?:工作)?小?组{NOT_A_TEAM_WORD}"))
# A group within a team, named after it (省国资委党委巡察组第一小组、第二小组 / 县委第二巡察组第一巡察小组): a team of its own.
SUBTEAM = re.compile(rf"第(?P<n>{NUMERAL})(?:巡视|巡察)?小组")
SUBTEAM_SIBLING = re.compile(rf"[、和及与](?P<sub>第(?P<n>{NUMERAL})(?:巡视|巡察)?小组)")
# 区委机动巡察一组、二组 / 巡视一组和二组: a team whose ordinal follows its kind, and the next one's ordinal alone.
ORDINAL_AFTER_KIND_SIBLING = re.compile(rf"[、和及与](?P<n>[一二三四五六七八九十\d]{{1,3}})组{NOT_A_TEAM_WORD}(?![长员])")
# A team written by its ordinal alone (第四组向A反馈, A(第四组)): written where no Han character but an opener of a
# team's clause comes before it, so 督查第一组 and 检查第二组 are no team.
BARE_ORDINAL_TEAM = re.compile(rf"第(?P<n>{NUMERAL})组{NOT_A_TEAM_WORD}")
# What joins teams listed one after another (市委第一巡察组、第二巡察组).
TEAM_JOINERS = ("、", "和", "与", "及")
# 巡视组第一组 / 巡察第二组: a team's core with its ordinal after its kind, the way a page may name all its teams.
ORDINAL_AFTER_KIND = re.compile(rf"(?P<kind>(?:巡视|巡察)组?)第{NUMERAL}组")
LAST_ORDINAL = re.compile(rf"第{NUMERAL}(?=[^第]*$)")  # the ordinal of a team's name written in full
BARE_ORDINAL_OPENERS = "由向和与及是"  # the Han characters a bare ordinal team may follow (others: none)
# … or by its ordinal and 组 alone as the label of its line (一组:对甲市及其所属A区、B县开展巡视), in a round's list, or as
# the whole of its line (组别⏎一组⏎A、B⏎二组⏎C: a table flattened one cell a line).
LABEL_ORDINAL_TEAM = re.compile(rf"(?m)^[ \t\u3000]*(?P<label>(?P<n>[一二三四五六七八九十]{{1,3}})组)(?=[ \t\u3000]*(?:[:：]|→|➜|->|$))")
# … or by its ordinal and 组 alone opening a clause, listed with the next ones before what they do (一组、二组、三组分别向
# A、B、C反馈 / 一组和二组于5月进驻), or alone before 向, 分别, 进驻 or 负责 (，一组向A反馈): so 一组数据, 一组对比 are words.
LISTED_ORDINAL_TEAMS = skipping(re.compile(r"(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}组(?:(?:[、和及与][一二三四五六七八九十]{1,3}组)+"
                                           r"(?=[ \t\u3000]*(?:分别|则|先后|同时|向|对|进驻|负责|于|在))"
                                           r"|(?=[ \t\u3000]*(?:分别|向|进驻|负责)))"))
LISTED_ORDINAL = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3})组")
# … or alone before 对, 在, 巡察 or 于 (，二组对A开展巡察 / 一组在巡察A期间), where the text names a team of that ordinal.
NAMED_ORDINAL_TEAM = skipping(re.compile(r"(?<![\u4e00-\u9fff])(?P<n>[一二三四五六七八九十]{1,3})组"
                                         r"(?=[ \t\u3000]*(?:对|在|巡视|巡察|于))"))
# … or by its ordinal and 组 alone in a table's team column (序号 组别 被巡察党组织 / 1 一组 区财政局党组 9月4日).
CELL_ORDINAL_TEAM = re.compile(r"第?(?P<n>[一二三四五六七八九十]{1,3})组")
# 下设两个小组 / 分两个小组进行 / 分成3个小组: a team split into groups that work as the team.
SPLIT_INTO_GROUPS = re.compile(rf"(?:下设|分设|分成|分为|分)(?:{NUMERAL})个(?:巡视|巡察)?小组")
# （以下简称一组） / (下称“二组”) right after a team: the short name the text then writes it by.
SHORT_TEAM_DEFINED = re.compile(r"[ \t\u3000]*[(（](?:以下|下文)?(?:简称|下称|称)[:：]?[“\"「『]?(?P<short>[\u4e00-\u9fff\d]{1,8}?组)"
                                r"[”\"」』]?[)）]")
# 区委第一、第二、第三巡察组（以下分别简称一组、二组、三组） after the last team of a list: one short name each, in order.
SHORT_TEAMS_DEFINED_EACH = re.compile(r"[ \t\u3000]*[(（](?:以下|下文)?分别(?:简称|下称|称)(?:为)?[:：]?"
                                      r"(?P<shorts>[“\"「『]?[\u4e00-\u9fff\d]{1,8}?组[”\"」』]?(?:(?:[、,，和及与]|(?<=[”\"」』])(?=[“\"「『]))[“\"「『]?[\u4e00-\u9fff\d]{1,8}?组[”\"」』]?)+)"
                                      r"[)）]")
SHORT_IN_LIST = re.compile(r"[\u4e00-\u9fff\d]{1,8}?组")
LABEL_COLON = re.compile(r"[ \t\u3000]*(?:[:：][ \t\u3000]*)?")
# 今天上午 / 昨日下午 / 前日 / 上周五 / 本周一 / 本月3日: a day counted back from the page's date (今天是 is a site's
# clock, 今日头条 a site). The word opens a clause or follows its subject or an adverb (巡视组昨日进驻, 已于前日); inside
# a word it is none (如今日益, 目前日常, 提前日期).
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}
WEEKDAYS = "一二三四五六日"  # 上周一 … 上周日 (上周天 too)
_BEFORE_RELATIVE_DAY = "组委局厅部院会于并已还又也均将"
RELATIVE_DAY = skipping(re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_BEFORE_RELATIVE_DAY}]))(?P<day>{'|'.join(RELATIVE_DAYS)})"
                                   r"(?!是|头条|说法|中国|关注)"
                                   rf"|(?P<week>上周|上星期|本周|本星期)(?P<weekday>[{WEEKDAYS}天])"
                                   r"|(?P<month>本月|上月)(?P<n>\d{1,2})[日号]"
                                   # 本月初 / 上月下旬: the page's month, or the month before, without its day
                                   r"|(?P<month_only>本月|上月)(?P<part>初|上旬|中旬|下旬|底|末)"
                                   # 13日，中央第十二巡视组…: a day alone opening a clause, of the page's month (the press's
                                   # rewrite of a dated report)
                                   r"|(?:^|(?<=[\n。；;]))[ \t\u3000]*(?P<alone>\d{1,2})[日号](?=[,，]|[上下中晚早]午?[,，])"
                                   # Taiwan's press writes the day in brackets: 昨(20)日, 今(21)日, 前(19)日
                                   rf"|(?:(?<![\u4e00-\u9fff])|(?<=[{_BEFORE_RELATIVE_DAY}]))"
                                   r"[今昨前][(（](?P<bracketed>\d{1,2})[)）]日"))
RELATIVE_WORDS = (*RELATIVE_DAYS, "上周", "上星期", "本周", "本星期", "本月", "上月", "今(", "昨(", "前(", "今（", "昨（",
                  "前（", "日，", "日,", "号，")  # (a text without them is not searched)
MONTH_PARTS = {"初": "上旬", "上旬": "上旬", "中旬": "中旬", "下旬": "下旬", "底": "下旬", "末": "下旬"}  # (本月初: its 上旬)
# 次日 / 翌日: the day after the one named before it.
FOLLOWING_DAY = re.compile(r"次日|翌日")
FOLLOWING_REACH = 800  # how far back, over paragraphs, the day before a paragraph opening with 次日 may be
LEAP_YEAR = 2000  # the year a month and day without one are counted on (2月29日 is a day)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A count of one names one team (派出1个机动巡察组).
ONE = ("1个", "一个")
# Party committees as written (shared by mentions, relations and resolve): the committee of a level
# (省委 … 旗委), a unit's or zone's committee (党工委, 党委), and everything that dispatches teams or
# deploys an inspection: those, the centre (中央) and a party group (党组).
LEVELS = ("省", "市", "州", "县", "区", "旗")  # the administrative levels a committee or a place is named by
LEVEL_COMMITTEES = tuple(f"{level}委" for level in LEVELS)
PARTY_COMMITTEES = ("党工委", "党委")
DISPATCHERS = ("中央", *LEVEL_COMMITTEES, *PARTY_COMMITTEES, "党组")
# The committee that sends a team, written right before it: 中央, 辽宁省委, 雄安新区党工委, 校党委,
# 中共北京大学委员会 (a committee's full name, after 中共).
# Bodies that send teams without a party committee in their name (教育部第一巡视组, 某大学第二巡察组, a township's own
# 北岭镇巡察工作小组). The Central Military Commission (中央军委第二巡视组) and a league's, prefecture's or work
# committee (盟委, 地委, 工委) dispatch as a party committee does.
DISPATCHING_BODIES = ("部", "总局", "大学", "学院", "银行", "集团", "公司", "镇", "乡", "街道")
DISPATCHER_SUFFIX = re.compile(rf"(?:{'|'.join(DISPATCHERS)}|盟委|地委|工委|军委|(?<=[\u4e00-\u9fff])(?:{'|'.join(DISPATCHING_BODIES)})"
                               rf"|(?<=中共)[\u4e00-\u9fff]{{2,12}}委员会)\Z")  # \Z: never before a line break ($ is)
# The Youth League written before 中央 (团中央, 共青团中央): its centre is another dispatcher than the Party's.
YOUTH_LEAGUE_BEFORE = re.compile(r"(?:共青)?团$")
# A round written before a team names its dispatcher: 十一届市委第五轮巡察第一巡察组 (市委).
ROUND_BEFORE = re.compile(rf"(?P<committee>{'|'.join(DISPATCHERS)})第{NUMERAL}轮(?:巡视|巡察)?$")
# The committee and kind of the round a page reports (十一届省委第七轮巡视): whose teams bare ordinals are, when the page
# writes no team in full.
ROUND_OF = re.compile(rf"(?P<committee>{'|'.join(DISPATCHERS)})第{NUMERAL}轮(?P<kind>巡视|巡察)")
TERM_BEFORE = re.compile(rf"{NUMERAL}届$")  # 十五届 before a committee: its term
# Ordinals listed before a team's: 第一、第二巡察组 (two teams).
ORDINAL_LIST = re.compile(rf"(?:第{NUMERAL}[、和及与])+$")
ORDINALS_REACH = 64  # how far back a list of ordinals is read (a round's 第十、第五…第八: fifteen ordinals and more)
# 县委第一、二、三巡察组 / 第七、八组: ordinals listed with 第 on the first only, right before the team's kind (each a team).
ORDINAL_SERIES = re.compile(rf"第{NUMERAL}(?:[、和及与]{NUMERAL})*[、和及与](?P<last>{NUMERAL})$")
PROVINCES_LONGEST_FIRST = sorted(PROVINCES, key=len, reverse=True)
# A level committee (省委, 市委 …) and the place written before it.
LEVEL_CHARACTERS = frozenset((*LEVELS, "盟", "乡", "镇"))  # a place of these alone (省市区委) is the levels, not a place
# A level written alone before a body's suffix (自治区党委 / 省委): no name after 和 or 与 that could hold the joiner.
BARE_LEVEL = re.compile(r"自治区|自治州|[省市县区州旗盟]")
# A title's or a quotation's close (《条例》和县委): what follows it joins another body to it.
CLOSING_MARKS = frozenset("》”」』)）〉")
# The one-character words that open a phrase naming a body (在和平区委, 由永和县委): no part of the name.
PREPOSITIONS = frozenset("在由对向从将于为给被把是")
# The characters a body's name ends with (县纪委, 县财政局): one before 和 makes it a joiner of two bodies.
BODY_END_CHARACTERS = frozenset("委局部厅办院校司组会社处所站队室")
LEVEL_DISPATCHER = re.compile(r"(?:中共)?(?P<place>.*?)(?:省委|市委|州委|县委|区委|旗委|盟委)$")
# Characters that never occur in a place's name and often come right before a committee:
# 该问题线索系市委第三巡察组 (系, "is"), 由县委派出, 受市委委托, 负责对接旗委巡察办, 同步安排市委第三巡察组 (安排, 部署,
# 组织, 派), 专访崇川市委巡察办 (访). The place starts after the last one.
# An address's room, floor or number before an office (东楼507室区委巡察办) ends the place too (not 楼: 钟楼区委), and so
# does the verb of a call (拨打市委巡察办电话, 致电县委巡察办, 咨询区委巡察办).
# A unit's party body ends the place too (县林业局党组县委第二巡察组: a list's last unit run on into the team's line), and so
# do the verbs of taking it or handing to it (照单全收市委第二巡察组反馈的问题, 巡察报告已提交市委巡察工作领导小组, 上报县委).
NOT_IN_PLACE = re.compile(r"[系由据受是为的了和与及在向对将把被接排署织派访室层号拨打致询收]|提交|上报|报送|呈报|党组|党委|党工委|党总支|党支部")

DATE_Q = r"(?:底|初|末|中旬|上旬|下旬)"
# A range's separator; 自3月15日起至5月20日 puts 起 before it.
DATE_TO = r"\s*(?:起\s*)?(?:至|到|—|－|–|~|～|-)\s*"
# 2023年3月…, 2023年3-5月 whose first month is written without 月, and 12月13-15日 whose first day is
# written without 日.
DATE = skipping(re.compile(
    rf"(?:(?P<y1>(?:19|20)\d\d)\s*年\s*)?(?P<m1>\d{{1,2}})\s*(?:月|(?={DATE_TO}\d{{1,2}}\s*月))"
    rf"(?:\s*(?P<d1>\d{{1,2}})\s*(?:[日号]|(?={DATE_TO}\d{{1,2}}\s*[日号])))?(?P<q1>{DATE_Q})?"
    rf"(?:{DATE_TO}(?:(?P<y2>(?:19|20)\d\d)\s*年\s*)?"
    rf"(?:(?P<m2>\d{{1,2}})\s*月)?(?:\s*(?P<d2>\d{{1,2}})\s*[日号])?(?P<q2>{DATE_Q})?)?"))
# The further days of the same month listed after a day (11月16日、17日、18日 / 5月8日和9日): kept on the first date as
# its "series", for statements that give one day to each team or unit (分别于11月16日、17日向A、B反馈).
DAY_SERIES = re.compile(r"\s*[、和及]\s*(?P<d>\d{1,2})\s*[日号]")
# A day alone opening a clause (11月16日,…向A反馈;17日,向B反馈): a later day of the month the paragraph last named.
CLAUSE_DAY = skipping(re.compile(r"(?:(?<=[;；。\n])|^)[ \t\u3000]*(?P<d>\d{1,2})\s*[日号](?=[,，]|上午|下午|晚)", re.M))
# … or after a comma, opening the clause of a team's feedback or entry (按发布次序,10日,中央第一巡视组向A反馈,…;11日,…): read as
# one opening its line.
TEAM_CLAUSE_DAY = skipping(re.compile(r"(?<=[,，])[ \t\u3000]*(?P<d>\d{1,2})\s*[日号][,，]"
                                      r"(?=[^,，。;；\n]{2,30}?组(?:[(（][^()（）\n]{1,20}[)）])?(?:于|在)?(?:分别|先后)?(?:向|对|进驻))"))
# A day alone after a team (and its leader in brackets or not), before what it did (中央第一巡视组(组长某某)11日向甲省委反馈 /
# 中央第二巡视组组长某某14日向乙省委反馈): a day of the month the page is dated in (resolved with the publication date:
# the month, or the month before it where the day is later than the page's).
# (二组14日向A反馈 / 该组15日向B反馈 / 第三组于16日…: a team by its short name)
TEAM_DAY = skipping(re.compile(r"(?:(?:巡视|巡察)组|(?<![\u4e00-\u9fff])第?[一二三四五六七八九十]{1,3}组|该组)"
                               r"(?:[(（][^()（）\n]{1,20}[)）]|组长[\u4e00-\u9fff·]{2,5}?)?[ \t\u3000]*(?:均|都|同|也|则)?(?:于|在)?"
                               r"(?P<d>\d{1,2})\s*[日号]"
                               # (省委第四巡视组、第五巡视组均在22日反馈：第四组向A反馈，…: the day of the feedbacks its colon lists)
                               r"(?=(?:上午|下午|晚)?[ \t\u3000]*(?:分别|先后|集中)?(?:向|对|进驻|召开|赴|反馈[:：]))"))
# A day alone opening a news item after its 本报讯 and byline (■本报讯(记者 某某)8日,…召开 / 【本报讯】 8日上午): a day of
# the month the paper is dated in, as TEAM_DAY's.
NEWS_DAY = re.compile(r"(?:本报讯|本台讯|本网讯)[】\]]?[ \t\u3000]*(?:[(（][^()（）\n]{0,30}[)）])?[ \t\u3000]*"
                      r"(?P<d>\d{1,2})\s*[日号](?=[,，]|上午|下午|晚)")
# Dates written with dots, slashes or hyphens (2023.3.6—2023.5.12, 2023/6/19, 2023-06-19): always with the year,
# never a section number; one separator throughout (2023-6.19 is no date).
DOT_DATE_PART = r"(?P<y{n}>(?:19|20)\d\d)(?P<sep{n}>[.．/-])(?P<m{n}>\d{{1,2}})(?P=sep{n})(?P<d{n}>\d{{1,2}})(?!\d)"
DOT_DATE = skipping(re.compile(rf"(?<![\d.．/-]){DOT_DATE_PART.format(n=1)}"
                               rf"(?:\s*(?:至|到|—|－|–|~|～|-)\s*(?:{DOT_DATE_PART.format(n=2)}|(?P<m3>\d{{1,2}})[.．/](?P<d3>\d{{1,2}})(?![\d.．/])))?"))
DATELINE = re.compile(r"\s*电")
# A date whose 年 and 月 the page lost (2022324日上午 for 2022年3月24日, 816日 for 8月16日): the digits read as a date
# only where one split into month and day is possible, never a plain day (15日), and only at a clause's start or
# after 于/至 and before a time of day, a separator or the range's other end (not 历时120日, 120日内).
BROKEN_DATE_PART = r"(?P<y{n}>(?:19|20)\d\d)?(?P<md{n}>\d{{2,4}})日"
BROKEN_DATE = skipping(re.compile(rf"(?:(?<=^)|(?<=[,，。;；、\n\s(（于在]))(?:{BROKEN_DATE_PART.format(n=1)})"
                                  rf"(?:{DATE_TO}{BROKEN_DATE_PART.format(n=2)})?(?=上午|下午|晚|[,，。;；、\s]|$)"))
# Bylines and the credits at a page's foot: the person's role is the word itself.
BYLINE = skipping(re.compile(r"(?P<role>作者|记者|通讯员|撰稿|撰文|文字|责任编辑|责编|主编|编辑|[一二三]审|初审|复审|终审|审核人?|校对|摄影|"
                             r"摄(?=\s*[:：])|"  # (摄：某某, the photographer before the name)
                             r"填报人|编制人|制表人|"  # (a form's: 填报人：某某  审核人：某某)
                             r"联系人(?:及|和)?(?:联系)?(?:电话|方式)?"
                             r"|[文图]\s*[/／]\s*[文图](?=[\s:：])|文\s*[/／])\s*[:：/／]?\s*"  # 审核/某某
                             r"(?:[\u4e00-\u9fff]{2,12}?(?:党委|党组|办公室|办|局|委|部|处|科|室|中心)\s*[/／\s])?"))  # 联系人:机关党委 刘敏
# A team's leader or liaison named after 为/是 (省委第一巡视组8月5日进驻A,组长为某某;副组长是某某 / 第二巡察组组长为某某 /
# 第一、第二巡察组联络员分别为甲、乙): the name ends its clause, the names after it are listed. The role opens after no
# Han character, or after 巡视组 or 巡察组: tested behind the role's first character, written out in each alternative, so
# that each opens with a literal, which the engine skips through the text to.
_ROLE_OPENS = r"(?:(?<![\u4e00-\u9fff].)|(?<=巡视组.)|(?<=巡察组.))"
TEAM_POST_IS = re.compile(rf"(?P<role>常{_ROLE_OPENS}务副?组长|副{_ROLE_OPENS}组长|组{_ROLE_OPENS}长|联{_ROLE_OPENS}络员)"
                          r"(?P<each>分别)?(?:为|是)[:：]?")
# 组长分别为:第一巡察组王某,第二巡察组李某: after 分别为, each name after the team it leads (the pairs parted by ，、；).
TEAM_THEN_NAME = re.compile(rf"(?:[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(DISPATCHERS)}))?{TEAM.pattern}")  # (县委第一巡察组某某)
TEAM_THEN_NAME_JOINERS = ",，、;；"
# A contact named in brackets after the number: 联系电话:0311-1234567(张伟).
CONTACT_PHONE = re.compile(r"联系电话\s*[:：]\s*[\d\-－—\s]{5,24}[（(]")
# Byline words that stand for a role: 文/王珂 (the text by), 文/图 (text and photos by) name the author;
# 联系人及电话 names the contact.
BYLINE_ROLES = {"文": "作者", "联系人": "联系人"}
# The place a reporter files from, after the name (记者某某北京报道, 记者某某/台北报导).
REPORTED_FROM = re.compile(r"[/／]?(?:北京|上海|天津|重庆|香港|澳门|台北|" + "|".join(sorted(PROVINCES, key=len, reverse=True))
                           + r")(?:电|报道|报导)")
# What closes a byline's name: a space, a separator, a closing bracket.
BYLINE_CLOSERS = " \n\t、,，;；|)）】]」/／"  # (记者某某/综合报导: a slash before what the reporter did)
# What may follow a byline's name besides punctuation: 记者张华报道 (报导 in Taiwan's press).
BYLINE_AFTER = ("报道", "报导")
# A credit written after the name: 张三 摄, 李四/摄, (记者 王五 摄影).
CREDIT_AFTER = re.compile(r"(?:摄影|摄)(?=[ \t]*(?:[)）\n]|$))")
# What may stand between the name and 摄 (张三 摄, 李四/摄), read back from 摄 at most CREDIT_GAP_MAX characters.
CREDIT_GAP = " \t/／"
CREDIT_GAP_MAX = 4
# A roster's 职务 cell: the post, whatever its head (纪检监察员, 案件审理室主任), as the column says it is one.
ROSTER_ROLE = re.compile(r"[\u4e00-\u9fff（()）]{2,16}")
# The outlet a credit names before it, inside the credit's brackets or after 来源 (来源:某某日报 记者 王五), or as the
# news tag it opens with (【某某报讯】记者王五; not 本报讯, the page's own).
OUTLET = re.compile(r"(?:(?:来源|稿源)\s*[:：]\s*|[(（]\s*|【(?!本))(?P<outlet>[\u4e00-\u9fff]{2,16}?)(?:[ \t]+|讯】[ \t]*)$")
# … or the paper, agency or station written right before the role at a line's or clause's start: 新华社记者,
# 人民日报记者, 晨报记者 (not 本报, the page's own).
MEDIA = re.compile(r"(?:^|(?<=[\s,，。(（]))(?!本)(?P<outlet>[\u4e00-\u9fff]{1,10}?(?:报|通讯社|新闻社|社|电视台|电台|网))[ \t]*$",
                   re.M)
# The names in brackets after a news dateline, written with no role: 本报讯(王五 李四), 本报讯(胡某某刘某某),
# 某某新闻网讯(…), 某某台3月16日讯(…). (What stands before 讯 is read behind it: the pattern opens with 讯, which the
# engine skips through the text to.)
NEWS_CREDIT = re.compile(r"讯(?<=[报网台刊社日]讯)\s*[(（](?P<names>[\u4e00-\u9fff 、,，]{2,24})[)）]")
# Names listed before 等 and the body they stand for: 张三、李四等县四家班子领导出席, 王五等市委领导.
# 张某、李某等同志: the names listed before 等同志, with no post.
LISTED_AS = re.compile(r"等(?:(?P<role>[\u4e00-\u9fff]{0,10}?(?:领导|负责同志|班子成员|负责人))(?!小组|干部|班子|同志)|同志)")
# 我县/本市 before a lower-level place (我县桑田镇党委): the level is the speaker's, not part of the name.
OWN_LEVEL = re.compile(r"[省市州县区旗](?=[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区))")
# Prepositions that open a clause and never start an organisation's name: 据黄石市委巡察办消息.
# 经县委批准: 经 ("by way of") too, but not the 经 of 经开区, 经济开发区.
CLAUSE_OPENER = re.compile(r"据|经(?!开|济)")
# The unit of a date written in digits (2022年青石市委, 2023年度市委巡察办): it ends the date, it never starts a name.
DATE_UNIT = re.compile(r"年度|年|月份|月|日")
# 中国甲油、中国乙油三大公司党组 / 甲厂、乙厂两家企业党委: a count of the listed units before their kind opens the
# name of the collective; the last unit listed is not part of it.
COUNTED_UNITS = re.compile(r"[一二三四五六七八九十两\d]+(?:大|家|个|所)(?:公司|企业|央企|国企|单位|集团|银行|高校|部门|乡镇|镇|乡|街道|社区|村|县|区|学院|医院)")


def is_han(ch: str) -> bool:
    """``ch`` (one character) is a Han character: a comparison, called for every character of the names read."""
    return HAN_FIRST <= ch <= HAN_LAST


def _inside_suffix(text: str, stop: re.Match[str], start: int, body_end: int) -> bool:
    """Whether a stop word lies inside a suffix of the name (常委 of 人大常委会, 责任 of 有限责任公司), not before it."""
    return any(s.start() <= stop.start() and stop.end() <= s.end()
               for s in ORG_SUFFIX.finditer(text, max(start, stop.start() - SUFFIX_REACH), body_end))


def org_start(text: str, body_end: int) -> int:
    """Where the organisation whose suffix starts at ``body_end`` begins: extend left over
    Chinese characters (at most MAX_ORG_BODY), cut after the last stop word."""
    window = max(0, body_end - MAX_ORG_BODY)
    start = not_han.end() if (not_han := UP_TO_LAST_NOT_HAN.match(text, window, body_end)) else window
    cut = start
    for m in ORG_STOP.finditer(text, start, body_end):
        # 和/与/及 join two organisations (县委和县政府) but also sit inside one (中央党史和文献研究院);
        # after a team, or a name after its post, they always join (县委第三巡察组与镇党委巡察组联动).
        # (》和集团党组 / 根本任务和学校党委: no name opens on 和, nor on one character a stop word leaves before it)
        if (m.group() in JOINERS and body_end - m.end() >= 2
                and (m.start() - cut >= 2 or m.start() - cut == 1 and cut == start)  # (伊和乌拉旗委: a place's)
                and not ORG_SUFFIX_END.search(text, max(0, m.start() - 8), m.start())
                and not TEAM_END.search(text, max(0, m.start() - 8), m.start())
                and not NAMED_BY_POST_END.search(text, max(0, m.start() - 6), m.start())
                and not JOINED_UNITS.match(text, m.start() - 1)
                and not (text[m.start() - 1] in LEVEL_CHARACTERS and text[m.end()] in LEVEL_CHARACTERS)
                and not BARE_LEVEL.fullmatch(text, m.end(), body_end)):
            continue  # (南岭县及市教育局党组: a place, then a unit of a level, two; 治疆方略和自治区党委: a bare level's body)
        if STOP_OPENED_PLACE.match(text, m.start()):
            continue  # 全州县党委: the place's name, not the stop word 全
        if m.group() == "和" and body_end - m.end() < 2 and m.start() - cut <= 1 and (
                cut == start and text[start - 1:start] not in CLOSING_MARKS or cut > start and text[cut - 1] in PREPOSITIONS) \
                and text[body_end:body_end + 1] in LEVEL_CHARACTERS \
                and (m.start() == cut or text[m.start() - 1] not in BODY_END_CHARACTERS):
            continue  # 永和县委 / 和平区委: a place whose name holds 和 (not 县纪委和县委 nor 《条例》和县委, two bodies)
        if _inside_suffix(text, m, start, body_end):
            continue  # 全国人大常委会机关党组 / 湖南华菱钢铁集团有限责任公司党委: inside a suffix (人大常委会, 有限责任公司)
        if start < m.start() < body_end and ORG_SUFFIX.match(text, m.start()):
            continue  # 省农村信用社联合社党委: a suffix inside the name (联合社), not the stop word 联合 (组织部 alone stays 部)
        cut = max(cut, m.end())
    if start < cut < body_end - 2 and text[cut] in JOINERS:
        cut += 1  # 分别与城东支行党支部: after an adverb, 与 joins the team to the unit, it opens no name
    if start > 0 and text[start - 1].isdigit() and text[start] in "个家所" and cut == start:
        # 等5个单位和城关镇党委: the count's kind and its joiner open no name; the unit after them does (组成6个市委交叉巡察组:
        # the count's measure word alone opens none either)
        joined = next((i for i in range(start, body_end - 2) if text[i] in JOINERS), None)
        cut = joined + 1 if joined is not None else cut + 1
    counted = COUNTED_UNITS.search(text, cut + 1, body_end)
    if counted:
        cut = counted.start()
    if label := KIND_LABEL.match(text[cut:body_end + 4]):
        cut += label.end()  # 国有企业市城投集团有限公司: the kind a list writes before its units opens no name
    if CLAUSE_OPENER.match(text, cut) and (cut == 0 or not is_han(text[cut - 1])):
        cut += 1
    if cut > 0 and text[cut - 1].isdigit() and (unit := DATE_UNIT.match(text, cut)):
        cut = unit.end()
    if cut > 0 and text[cut - 1].isascii() and text[cut - 1].isalnum() and text[cut:cut + 1] in ADDRESS_UNITS:
        cut += 1  # 都市之门B座陕煤集团党委…办公室: the building's block or room, in an address before the office
    if text[cut - 1:cut] in ("我", "本") and OWN_LEVEL.match(text, cut, body_end):
        cut += 1  # 我县桑田镇党委: the speaker's county is not part of the township's name
    elif text[cut - 1:cut] in ("该", "其") and (township := TOWNSHIP_REFERRED.match(text, cut, body_end)):
        cut = township.end()  # 该镇石门村党总支: the village, within the town named before (该市教育局 is the 市's)
    # 巡察 … 领导小组 / 巡察办 / 巡察机构: the verb is part of the organ's name there.
    for m in INSPECTION_VERB.finditer(text, cut, body_end):
        if not text.startswith(INSPECTION_ORGANS, m.end()):
            time = INSPECTION_TIME.match(text, m.end(), body_end)
            cut = max(cut, time.end() if time else m.end())
    return cut


ADDRESS_UNITS = frozenset("座栋幢楼层室号")  # a building's block, floor or room after its letter or number (B座, 5楼, 201室)
# 镇/乡/街道 after 该/其, before the name of a unit within it (该镇石门村党总支, 其街道东园社区党委).
TOWNSHIP_REFERRED = re.compile(r"(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2})")
# 原 right after a unit's name: the post after it is a former one (某公司原党组成员, 某局原局长).
FORMER_AFTER_UNIT = re.compile(r"(?:司|团|局|委|厅|院|部|行|校|会|所|中心)原$")


# 邮政信箱：云溪市行政中心市委办公室 / 地址：…: a contact line's address, which names a building, no organisation.
ADDRESS_LABEL = re.compile(r"(?:邮政信箱|信箱|通讯地址|通信地址|邮寄地址|地址)[ \t\u3000]*[:：][ \t\u3000]*$")
ADDRESS_REACH = 12


def _opens_address(text: str, start: int) -> bool:
    """Whether what starts at ``start`` is a contact line's address (an ADDRESS_LABEL right before it)."""
    return ADDRESS_LABEL.search(text, max(0, start - ADDRESS_REACH), start) is not None


def find_orgs(text: str) -> list[Mention]:
    """Organisations ending in a suffix from the lexicon (区委, 党工委, 工作委员会 …), with the place before it; none in
    an address."""
    out = []
    for m in ORG_SUFFIX.finditer(text):
        if text[m.start() - 1:m.start()] == "原" and FORMER_AFTER_UNIT.search(text, max(0, m.start() - 3), m.start()):
            continue  # 集团有限公司原党组成员: 原 (former) belongs to the post; the unit ends before it
        start = committee_start(text, org_start(text, m.start()), m.end())
        if _opens_address(text, start):
            continue
        out.append(Mention(start, m.end(), text[start:m.end()], "ORG", attrs={"suffix": m.group()}))
    return out


def _dispatcher_before(text: str, start: int) -> tuple[int, str | None]:
    """The committee written right before a team starting at ``start``: where it starts, and its name."""
    before = text[max(0, start - MAX_ORG_BODY - 4):start]
    d = DISPATCHER_SUFFIX.search(before)
    if not d:
        return start, None
    d_start = start - len(before) + d.start()
    p_start = org_start(text, d_start) if d.group() != "中央" else d_start
    if d.group() == "中央" and (league := YOUTH_LEAGUE_BEFORE.search(text, max(0, d_start - 3), d_start)):
        p_start = league.start()  # 团中央第二巡视组: the Youth League's centre sends it, not the Party's
    p_start = committee_start(text, p_start, start)
    if p_start < d_start and _opens_address(text, p_start):
        p_start = d_start  # 邮政信箱：南京市江宁区东山街道江宁区委巡察组信箱: the committee, not the address before it
    if text[p_start:start] in DISPATCHING_BODIES:
        return start, None  # 组织部第一巡察组: a body's kind alone names no dispatcher
    return p_start, text[p_start:start]


def _ordinal(num: str | None) -> int | None:
    return numeral_value(num) if num else None


def find_teams(text: str) -> list[Mention]:
    """Inspection teams, with the dispatcher written before them, their ordinal, kind and mode."""
    out = []
    read_to = 0  # where the groups within a team read so far end (县委第二巡察组第一巡察小组: no team of its own)
    for m in TEAM.finditer(text):
        if m.start() < read_to:
            continue
        one = m.group("group") in ONE
        sector = None if m.group("group") else SECTOR_BEFORE.search(text, max(0, m.start() - SECTOR_REACH), m.start())
        begin = sector.start() if sector else m.start()  # 医疗卫生领域第六专项巡察组: the sector is part of the name
        # 市委5个巡察组, 党组各巡视组: a group's dispatcher too; 1个机动巡察组: the team, without its count.
        start, dispatcher = _dispatcher_before(text, m.end("group") if one else begin)
        written = None
        if not m.group("group") or one:
            in_round = ROUND_BEFORE.search(text, max(0, start - 16), start) if dispatcher is None else None
            dispatcher = in_round.group("committee") if in_round else dispatcher
            # (十五届省委第三轮巡视第一组, as written, its term too)
            term = TERM_BEFORE.search(text, max(0, in_round.start() - 5), in_round.start()) if in_round else None
            written = text[term.start() if term else in_round.start():m.end()] if in_round else None
            if dispatcher == "中央" and text.endswith("中共", 0, start):
                written = text[start - 2:m.end()]  # (中共中央第五巡视组, as the press writes it: the team's name as written)
        num = m.group("num") or m.group("num2") or m.group("num3")  # 第四巡察组 / 巡察四组 / 巡察组一组 / 提级交叉巡察第一组
        kind = m.group("kind1") or m.group("kind2") or "巡察"
        mode = TEAM_MODES.get(m.group("mode") or "")
        listed = ORDINAL_LIST.search(text, max(0, begin - ORDINALS_REACH), begin) if m.group("ord") else None
        rest = text[m.end("ord"):m.end()] if m.group("ord") else text[begin:m.end()]
        series = None if m.group("ord") or m.group("group") or m.group("num2") or m.group("num3") or sector \
            else ORDINAL_SERIES.search(text, max(0, begin - ORDINALS_REACH), begin)
        if series:  # (县委第一、二、三巡察组: this team is the last ordinal's, 第三巡察组)
            begin, num = series.start("last"), series.group("last")
            start, dispatcher = begin, None
        name = None
        spans = (listed.span() if listed else series.span() if series else (0, 0))
        for o in re.finditer(rf"第?(?P<num>{NUMERAL})", text[spans[0]:series.start("last") if series else spans[1]]):
            # 区委第一、第二巡察组: each ordinal listed before the team names a team of the same kind.
            o_start, o_end = spans[0] + o.start(), spans[0] + o.end()
            p_start, p_dispatcher = _dispatcher_before(text, o_start)
            core = "第" + o.group("num") + rest
            out.append(Mention(p_start, o_end, text[p_start:o_end], "TEAM", attrs={
                "kind": kind, "ordinal": _ordinal(o.group("num")), "mode": mode, "dispatcher": p_dispatcher,
                "group": False, "core": core, "name": text[p_start:o_start] + core}))
            if name is None and dispatcher is None and p_dispatcher:
                # …and the last, written 第二巡察组, is the same committee's (市委第二巡察组), named in full
                dispatcher, name = p_dispatcher, text[p_start:o_start] + ("第" if series else "") + text[begin:m.end()]
        if series and name is None:
            name = "第" + text[begin:m.end()]
        attrs = {"kind": kind, "ordinal": _ordinal(num), "mode": mode, "dispatcher": dispatcher,
                 "group": bool(m.group("group")) and not one, "core": ("第" if series else "") + text[begin:m.end()]}
        if name:
            attrs["name"] = name
        if written:
            attrs["written"] = written
        if m.group("first"):
            # 省委第一至第八巡视组: a group of teams, whose ordinals relations may pair with targets.
            attrs.update(group=True, ordinal=None,
                         ordinals=list(range(_ordinal(m.group("first")) or 0, (_ordinal(num) or 0) + 1)),
                         prefix=text[start:m.start("ord")], rest=text[m.end("ord"):m.end()], arabic=num.isdigit())
        sub = SUBTEAM.match(text, m.end()) if not attrs["group"] else None
        if sub is None:
            out.append(Mention(start, m.end(), text[start:m.end()], "TEAM", attrs=attrs))
            end = m.end()
            while (m.group("num2") or m.group("num3")) and (sibling := ORDINAL_AFTER_KIND_SIBLING.match(text, end)):
                # 区委机动巡察一组、二组: the next team, its ordinal alone, named as the first with its own ordinal
                def renumbered(name: str) -> str:
                    return name[:len(name) - len(num) - 1] + sibling.group("n") + "组"
                out.append(Mention(sibling.start("n"), sibling.end(), sibling.group()[1:], "TEAM", attrs={
                    **attrs, "ordinal": _ordinal(sibling.group("n")),
                    "name": renumbered(attrs.get("name", text[start:m.end()])), "core": renumbered(attrs["core"])}))
                end = read_to = sibling.end()
            continue
        # 省国资委党委巡察组第一小组、第二小组: the groups within the team, each a team named after it
        parent = attrs.get("name", text[start:m.end()])
        out.append(_group_within(start, sub, text[start:sub.end()], attrs, parent, attrs["core"]))
        end = sub.end()
        while sibling := SUBTEAM_SIBLING.match(text, end):
            out.append(_group_within(sibling.start("sub"), sibling, sibling.group("sub"), attrs, parent, attrs["core"]))
            end = sibling.end()
        read_to = end
    out = _referred_teams(text, _defined_short_teams(text, _bare_ordinal_teams(text, _bare_subteams(text, out))))
    out = [Mention(t.start - len(GROUP_BEFORE), t.end, GROUP_BEFORE + t.text, "TEAM", attrs={**t.attrs, "group": True})
           if t.attrs["ordinal"] is None and not t.attrs["group"] and not t.attrs["dispatcher"]
           and text.endswith(GROUP_BEFORE, 0, t.start) else t for t in out]
    for before, team in zip(out, out[1:]):
        # 市委第二巡察组(市委提级交叉巡察组): the name in brackets is another name of the team before it.
        if text[before.end:team.start] in ("(", "（") and text[team.end:team.end + 1] in (")", "）"):
            team.attrs.update(name=before.attrs.get("name", before.text), ordinal=before.attrs["ordinal"])
    return out


def _bare_subteams(text: str, teams: list[Mention]) -> list[Mention]:
    """第一小组巡察A、B after 县委第一巡察组负责甲镇,下设两个小组: a group within a team written alone, where its line says
    the team is split into groups, is the team itself (its groups are how it works, not teams). 第一小组组长某某 after
    省国资委党委巡察组第一小组、第二小组: elsewhere, where the text has named a team's groups, it is that group (of the
    first team the text names with groups)."""
    named = next((t for t in teams if "sub" in t.attrs), None)
    if named is not None:
        # (第二巡察小组 alone was read as a team of the dispatcher's: it is the group of the team named with groups)
        teams = [t for t in teams if "sub" in t.attrs or not SUBTEAM.fullmatch(t.text)]
    bare = []
    for m in SUBTEAM.finditer(text):
        if _covered(teams, m.start()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        split = SPLIT_INTO_GROUPS.search(text, line_start, m.start())
        parent = next((t for t in reversed(teams) if line_start <= t.start < split.start() and t.attrs["ordinal"]
                       and not t.attrs["group"] and "sub" not in t.attrs), None) if split else None
        if parent is not None:
            bare.append(written_for(parent, text, m.start(), m.end()))
        elif named is not None:
            parent_name = named.attrs["name"][:-len(SUBTEAM.search(named.attrs["name"]).group())]
            core = named.attrs["core"][:-len(SUBTEAM.search(named.attrs["core"]).group())]
            bare.append(_group_within(m.start(), m, m.group(), named.attrs, parent_name, core))
    return _with(teams, bare)


def _defined_short_teams(text: str, teams: list[Mention]) -> list[Mention]:
    """县委第一巡察组（以下简称一组）…一组向A反馈: the short name a text defines for a team stands for that team wherever
    it is written on its own (not inside a longer word: 第一组长, 一组数据 are read only after a definition, as words)."""
    defined = {}
    for i, t in enumerate(teams):
        if (d := SHORT_TEAM_DEFINED.match(text, t.end)) and d.group("short") != t.text:
            defined.setdefault(d.group("short"), t)
        elif d := SHORT_TEAMS_DEFINED_EACH.match(text, t.end):
            shorts = SHORT_IN_LIST.findall(d.group("shorts"))
            listed = [t]  # (the teams listed before it, joined one to the next)
            while i - len(listed) >= 0 and text[teams[i - len(listed)].end:listed[0].start] in TEAM_JOINERS:
                listed.insert(0, teams[i - len(listed)])
            if len(listed) == len(shorts):
                for short, team in zip(shorts, listed):
                    defined.setdefault(short, team)
    if not defined:
        return teams
    shorts = re.compile(rf"(?<![\u4e00-\u9fff第])(?:{alternation(defined)})(?![长员织成建])")
    return _with(teams, [written_for(defined[m.group()], text, m.start(), m.end()) for m in shorts.finditer(text)
                         if not _covered(teams, m.start()) and text[m.start() - 1:m.start()] not in ("简", "称")])


# 该组 before what it did (同日，该组还向B反馈 / 该组同日向C反馈): the team the sentence or paragraph before named.
REFERRED_TEAM = re.compile(r"该组(?=[^,，。;；\n]{0,12}?(?:向|对|进驻|反馈))")
REFERRED_TEAM_REACH = 300  # how far back the team 该组 refers to was named


def _referred_teams(text: str, teams: list[Mention]) -> list[Mention]:
    """省委第一巡视组7月11日向A反馈。同日，该组还向B反馈: 该组 stands for the last numbered team named before it, close by;
    for none where no such team is (该组数据: no team's action after it)."""
    referred: list[Mention] = []
    for m in REFERRED_TEAM.finditer(text) if "该组" in text else ():
        last = next((t for t in reversed(teams) if t.end <= m.start() and t.attrs["ordinal"] is not None
                     and not t.attrs["group"]), None)
        if last is not None and m.start() - last.end <= REFERRED_TEAM_REACH and not _covered(teams, m.start()):
            referred.append(written_for(last, text, m.start(), m.end()))
    return _with(teams, referred)


def _bare_ordinal_teams(text: str, teams: list[Mention]) -> list[Mention]:
    """第一组向A反馈 after 区委4个巡察组 / 市委第一巡察组: a team written by its ordinal alone is the team of that ordinal
    of the one committee and kind whose teams the text names. With teams of two committees or kinds, it is none."""
    named = [t for t in teams if t.attrs["dispatcher"] and "sub" not in t.attrs]
    dispatcher = min((t.attrs["dispatcher"] for t in named), key=len, default="")  # 区委, of 临溪区委 and 区委
    kinds = {t.attrs["kind"] for t in named}
    if not named and (round_of := ROUND_OF.search(text)):  # (一组:… under 十一届省委第七轮巡视, no team in full)
        # (学校党委第五轮巡察: the committee with the body before its 党委)
        at, end = round_of.span("committee")
        dispatcher, kinds = text[committee_start(text, org_start(text, at), end):end], {round_of.group("kind")}
    if len(kinds) != 1 or not all(t.attrs["dispatcher"].endswith(dispatcher) for t in named):
        return teams
    (kind,) = kinds
    starts = {t.start for t in teams}
    spans = [(m.start(), m.end(), m.group("n")) for m in BARE_ORDINAL_TEAM.finditer(text)
             if m.start() == 0 or not is_han(text[m.start() - 1]) or text[m.start() - 1] in BARE_ORDINAL_OPENERS
             or text.endswith("其中", 0, m.start())]  # (…反馈，其中第一组向A反馈)
    spans += [(*m.span("label"), m.group("n")) for m in LABEL_ORDINAL_TEAM.finditer(text)]
    spans += [(*one.span(), one.group("n")) for m in LISTED_ORDINAL_TEAMS.finditer(text)
              for one in LISTED_ORDINAL.finditer(text, *m.span())]
    ordinals = {t.attrs["ordinal"] for t in teams if not t.attrs["group"]}
    spans += [(*m.span(), m.group("n")) for m in NAMED_ORDINAL_TEAM.finditer(text) if _ordinal(m.group("n")) in ordinals]
    cells = [cell[1] for row in table_rows(text) if (cell := row.cell(TEAM_COLUMNS))]
    spans += [(*span, m.group("n")) for span in cells if (m := CELL_ORDINAL_TEAM.fullmatch(text, *span))]
    # 省委巡视组第一组…,第二组: a bare ordinal is named as the teams the text names are (ORDINAL_AFTER_KIND), else
    # 省委第二巡视组; right after a team written with its round (省委第三轮巡视第一组、第二组), it is written so too.
    styles = {style.group("kind") for t in named if (style := ORDINAL_AFTER_KIND.fullmatch(t.attrs["core"]))}
    core = (styles.pop() + "第{n}组") if len(styles) == 1 else "第{n}" + kind + "组"
    bare: list[Mention] = []
    before = {t.end: t.attrs.get("written") for t in teams}
    for start, end, n in sorted(spans):
        if _covered(teams, start) or LABEL_COLON.match(text, end).end() in starts:
            continue  # (第一组：县委第一巡察组: a label of the team after it)
        attrs = {"kind": kind, "ordinal": _ordinal(n), "mode": None, "dispatcher": dispatcher, "group": False,
                 "core": core.format(n=n), "name": dispatcher + core.format(n=n)}
        listed_after = next((before[start - len(j)] for j in TEAM_JOINERS if text.endswith(j, 0, start)
                             and before.get(start - len(j))), None)
        # (its written form is a name of it too, as the round's 第四组 / 一组 is: that after a team written with its round,
        # 省委第三轮巡视第一组、第二组, is written so)
        attrs["written"] = LAST_ORDINAL.sub(f"第{n}", listed_after) if listed_after else text[start:end]
        before[end] = attrs["written"] if listed_after else None
        bare.append(Mention(start, end, text[start:end], "TEAM", attrs=attrs))
    return _with(teams, bare)


def written_for(team: Mention, text: str, start: int, end: int) -> Mention:
    """A mention at ``[start, end)`` of ``team`` written another way (a short name, a group, its leader's name): the
    team's attributes, named as the team is."""
    return Mention(start, end, text[start:end], "TEAM", attrs={**team.attrs, "name": team.attrs.get("name", team.text)})


def _covered(teams: list[Mention], pos: int) -> bool:
    """Whether a team mention already covers ``pos``."""
    return any(t.start <= pos < t.end for t in teams)


def _with(teams: list[Mention], more: list[Mention]) -> list[Mention]:
    """``teams`` and ``more``, in the order of the text."""
    return sorted(teams + more, key=lambda t: (t.start, t.end)) if more else teams


def _group_within(start: int, group: re.Match[str], written: str, team: dict, name: str, core: str) -> Mention:
    """The mention of a group within a team (``group``: a SUBTEAM or SUBTEAM_SIBLING match, its ordinal ``n``), written
    ``written`` from ``start``: a team of the team's attributes, named after it (``name``, ``core``)."""
    within = group.group("sub") if "sub" in group.re.groupindex else group.group()
    return Mention(start, group.end(), written, "TEAM", attrs={
        **team, "core": core + within, "name": name + within, "sub": _ordinal(group.group("n"))})


def committee_start(text: str, start: int, end: int) -> int:
    """Where a level committee (a team's dispatcher, an organisation) starts: never in the words before
    it. 省委 is preceded by a province or nothing (问题线索系省委 → 省委); the place before
    市委/县委 … holds none of the characters that open a predicate (系, 受 …)."""
    m = LEVEL_DISPATCHER.match(text, start, end)
    if m is None or not m.group("place"):
        return start
    place, at = m.group("place"), m.start("place")
    if place in LEVELS and text.startswith(place, m.end("place")):
        return m.end("place")  # 该市市委: the city's own committee, 市委
    if all(c in LEVEL_CHARACTERS for c in place):
        return m.end("place")  # 省市区委工作要求: the committees of every level, no place
    if text.startswith("省委", m.end("place")):
        province = next((p for p in PROVINCES_LONGEST_FIRST if place.endswith(p)), None)
        if province is None:
            return m.end("place")
        return start if place == province else m.end("place") - len(province)
    cut = list(NOT_IN_PLACE.finditer(place))
    if cut and cut[-1].group() == "和" and len(place) - cut[-1].end() < 2 and cut[-1].start() <= 2 and (
            cut[-1].start() == 0 or place[cut[-1].start() - 1] not in BODY_END_CHARACTERS):
        cut.pop()  # 永和县委 / 和平区委: a place whose name holds 和 (not 县纪委和县委, two bodies)
    return at + cut[-1].end() if cut else start


# Words that make 成员/组员 everyone in a body (全体成员, 其他组员), not a post written before a name.
COLLECTIVE_MEMBERS = re.compile(r"(?:全体|所有|其他|其余|部分|有关|相关)$")


def find_posts(text: str, orgs: list[Mention], teams: list[Mention]) -> list[Mention]:
    """Posts (区委书记, 组长, 常务副组长), with the organisation written right before them."""
    org_by_end: dict[int, Mention] = {}
    for o in orgs + teams:
        if o.end not in org_by_end or o.start < org_by_end[o.end].start:
            org_by_end[o.end] = o
    out = []
    previous_end = 0  # a post's organisation never reaches into the post before it

    def written_before(pos: int) -> Mention | None:
        """The organisation ending at ``pos``, or before 原 there (某公司原党组成员 / 某局原局长: a former post)."""
        return org_by_end.get(pos) or (org_by_end.get(pos - 1) if text[pos - 1:pos] == "原" else None)

    for m in POST.finditer(text):
        if COLLECTIVE_MEMBERS.search(text, max(0, m.start() - 2), m.start()) and m.group("head") in ("成员", "组员"):
            continue  # 巡察组全体成员: everyone in it, not one person's post
        unit = m.group("unit")
        head_start = m.start("head")
        owner = org_by_end.get(head_start) or (org_by_end.get(m.end("unit")) if unit else written_before(head_start))
        start = m.start()
        org_text = None
        org_label = None
        if owner is not None:
            org_text = owner.text
            org_label = owner.label
            start = min(start, owner.start)
        elif unit and (body := written_before(m.start("unit"))) is not None and body.label == "ORG":
            # 中央巡视工作领导小组办公室副主任: the unit of the organisation written right before it.
            org_text, org_label = body.text + unit, "ORG"
            start = body.start
        elif unit in STATIONED_UNITS and (host := STATIONED.search(text, max(previous_end, m.start() - 13), m.start())):
            start = host.start()
            if sender := STATIONED_BY.search(text, max(previous_end, start - 12), start):
                start = sender.start()
            org_text, org_label = text[start:host.end()] + unit, "ORG"
        elif unit:
            org_text, org_label = unit, "ORG"
        elif (led := next((u for u in HEAD_OF.get(bare_head(m.group("head")), ()) if text.endswith(u, 0, head_start)), None)):
            # 县审计局局长: the unit a head leads, written right before the post.
            org_start_at = max(previous_end, org_start(text, head_start - len(led)))
            if head_start - org_start_at > len(led):
                org_text, org_label, start = text[org_start_at:head_start], "ORG", org_start_at
        elif (listed := listed_unit(text, max(previous_end, head_start - 10), unit_end := qualified(text, head_start))) is not None:
            # 、工会主席 / ，财务处处长 / 。总局分管领导: a unit of its own, named whole between the list's separator
            # and the post (and the post's qualifier).
            org_text, org_label, start = text[listed:unit_end], "ORG", listed
        if org_text and org_text.startswith(POST_JOINER) and text.startswith(POST_JOINER, start):
            # 副书记兼政法委书记: 兼 joins the posts of one person, it is not part of the organisation.
            org_text, start = org_text[len(POST_JOINER):], start + len(POST_JOINER)
        if (department := fused_department(m.group("head"))) is not None:
            # 组织部长 is the head of a 组织部: the committee's department when a committee stands before it.
            org_text, org_label = (org_text or "") + department, "ORG"
        role = text[m.start():m.end()]
        if owner is not None and owner.label == "ORG":
            if not unit and owner.attrs["suffix"] not in NOT_IN_ROLE and owner.end == head_start:
                role = owner.attrs["suffix"] + role  # 工作委员会主任: the suffix is the unit
            elif unit and owner.text[:1] in LEVELS and owner.text[1:] == unit:
                role = owner.text[0] + role  # 省人大常委会主任, 区党工委书记: as written
        out.append(Mention(start, m.end(), text[start:m.end()], "POST", attrs={
            "role": role, "org": org_text, "org_label": org_label, "head": m.group("head")}))
        previous_end = m.end()
    for m in SPACED_HEAD.finditer(text):
        head = re.sub(r"[ \t\u3000]", "", m.group("head"))
        out.append(Mention(m.start("head"), m.end(), m.group("head"), "POST", attrs={
            "role": head, "org": None, "org_label": None, "head": head}))
    return sorted((p for p in out if not _inside_word(text, p)), key=lambda p: p.start)


def listed_unit(text: str, since: int, head_start: int) -> int | None:
    """Where a unit named alone before a post starts (政治部主任 in 党组成员、政治部主任): two to eight characters
    after a list separator, with no stop word in them, ending as units end."""
    if head_start < 2 or text[head_start - 1] not in UNIT_ENDS:
        return None  # nothing before the post ends as a unit: no unit to read back
    at = org_start(text, head_start)
    if since <= at and head_start - at >= 2 and (at == 0 or text[at - 1] in UNIT_OPENERS):
        return at
    return None


def qualified(text: str, head_start: int) -> int:
    """Where the unit before a post ends: before the qualifier of a post (总局分管领导, 县主要领导)."""
    qualifier = next((q for q in POST_QUALIFIERS if text.endswith(q, 0, head_start)), "")
    return head_start - len(qualifier)


def fused_department(head: str) -> str | None:
    """组织部长 → 组织部: a department's head written with the department's name shortened into it."""
    bare = bare_head(head)
    return bare[:-1] if bare.endswith("部长") and bare[:-1] in UNITS else None


def post_gap_end(text: str, end: int) -> int:
    """Where the name after a post ending at ``end`` starts: after a space, a colon or a rank in brackets."""
    rank = RANK.match(text, end)
    if rank:
        return rank.end()
    at = end
    while at < len(text) and text[at] in POST_NAME_GAP and at - end < POST_NAME_GAP_MAX:
        at += 1
    return at


def post_gap_start(text: str, start: int) -> int:
    """Where the gap before a name starting at ``start`` starts (the end of the post before it)."""
    at = start
    while at > 0 and text[at - 1] in POST_NAME_GAP and start - at < POST_NAME_GAP_MAX:
        at -= 1
    return at


@lru_cache(maxsize=4096)
def bare_head(head: str) -> str:
    """常务副组长 → 组长, 副区长 → 区长. Cached: asked for every post, of a few hundred heads."""
    return POST_MODIFIER.sub("", head)


def _inside_word(text: str, post: Mention) -> bool:
    """委员会, 主任务 …: a post head that is really part of a longer word."""
    nxt = text[post.end:post.end + 1]
    return post.attrs["head"] in ("委员", "常委") and nxt == "会"


def _surname_len(text: str, p: int) -> int:
    if text[p:p + 2] in COMPOUND_SURNAMES:
        return 2
    return 1 if text[p:p + 1] in SURNAMES else 0


def _is_post(given: str) -> bool:
    """王书记, 陈主任, 刘副部长: a surname and a post, the way people are addressed, not a name."""
    return bare_head(given) in POST_HEADS


def _given_ok(given: str, soft: str = "") -> bool:
    """Whether ``given`` can be a given name; characters at the positions in ``soft`` may be SOFT_NOT_GIVEN ones."""
    return all(is_han(c) and (c not in NOT_GIVEN or (str(i) in soft and c in SOFT_NOT_GIVEN))
               for i, c in enumerate(given))


def _name_before_place(text: str, p: int) -> int | None:
    """记者邝文韬北京报道: the end of a name (surname and one or two characters) the place it was filed from closes."""
    sl = _surname_len(text, p)
    for gl in (2, 1):
        e = p + sl + gl
        if sl and _given_ok(text[p + sl:e]) and REPORTED_FROM.match(text, e):
            return e
    return None


def transliterated_name_end(text: str, p: int) -> int | None:
    """The end of a transliterated name without a middle dot starting at ``p`` (阿拉坦仓, 阿依古丽, 乌力吉德力格尔):
    three to seven characters of TRANSLITERATED_NAME before punctuation or a trigger; read only after a post, where a
    name is expected (two such characters are as often a word as a name)."""
    e = p
    while e < len(text) and e - p < 7 and text[e] in TRANSLITERATED_NAME:
        e += 1
    while e - p >= 3:
        if (_closes_name(text, e) or SPEAKS.match(text, e)) and not NONNAME.match(text, p) and not POST.search(text, p, e):
            return e
        e -= 1
    return None


def dotted_name_end(text: str, p: int) -> int | None:
    """The end of a transliterated name starting at ``p`` (艾尔肯·吐尼亚孜, 阿不都·热合曼): no surname, its parts
    joined by a middle dot; found only where a name is expected (after a post, before 主持)."""
    m = DOTTED_FIRST.match(text, p)
    if m is None or POST.search(m.group()):
        return None
    e = m.end()
    for _ in range(3):  # each part after a dot: the shortest that closes the name or reaches another dot
        stop = e + 2
        while stop <= min(e + 9, len(text)) and is_han(text[stop - 1]):
            if stop < len(text) and text[stop] in MIDDLE_DOTS:
                break
            if _closes_name(text, stop):
                return stop
            stop += 1
        else:
            return None
        e = stop
    return None


def dotted_name_before(text: str, end: int) -> int | None:
    """The start of a transliterated name ending at ``end``: its first part the shortest that starts where a
    name may start (会议由阿不都·热合曼主持 → 阿不都·热合曼)."""
    m = DOTTED_NAME_BEFORE.search(text, max(0, end - 32), end)
    if m is None:
        return None
    dot = next(i for i in range(m.start(), end) if text[i] in MIDDLE_DOTS)
    for p in range(dot - 1, m.start() - 1, -1):
        if p == 0 or text[p - 1] in BOUNDARY_BEFORE or text[p - 1] in NAME_OPENERS:
            return None if POST.search(text, p, end) else p
    return None


def any_name_end(text: str, p: int) -> int | None:
    """The end of a person's name starting at ``p`` after a post, of any kind: dotted (艾尔肯·吐尼亚孜), with a surname
    (王小军) or transliterated without a dot (宝音德力格尔)."""
    return dotted_name_end(text, p) or name_end(text, p) or transliterated_name_end(text, p)


def name_end(text: str, p: int, soft_single: bool = False) -> int | None:
    """The end of a name starting at ``p`` (surname + one or two characters) when what follows
    it closes a name (punctuation, a follower word, the end); longer names first. ``soft_single``: where a
    name is expected (a byline's 编辑:), a SOFT_NOT_GIVEN character may be the whole given name (唐月)."""
    sl = _surname_len(text, p)
    if not sl or NONNAME.match(text, p):
        return None
    for gl in (2, 1):
        e = p + sl + gl
        # 孟和清、 / 邹广能对: a soft character ends a three-character name only where the shorter name would not end.
        if e > len(text):
            continue
        # 某庆和指出 / 覃兆和反馈了 / 文清和，: a joiner that no name follows ends no shorter name (和 is the name's own).
        # 张化为向A反馈: 为 before a preposition is the name's own (no one 为 向…, as 任 / 为 a post).
        shorter = _closes_name(text, e - 1) and not (text[e - 1] in NAME_JOINERS and gl == 2 and (
            e >= len(text) or TRIGGER.match(text, e) or not is_han(text[e]) or name_end(text, e) is None)) \
            and not (gl == 2 and text[e - 1] == "为" and text[e:e + 1] in PREPOSITIONS_AFTER_NAME)
        soft = "01" if gl == 2 and not shorter else "0" if gl == 2 or soft_single else ""
        if not _given_ok(text[p + sl:e], soft) or _is_post(text[p + sl:e]):
            continue
        if gl == 2 and (inside := FOLLOWER.match(text, e - 1)) and inside.end() > e and (
                (after := FOLLOWER.match(text, e)) is None or after.end() <= inside.end()):
            continue  # 韩斌陪同: the longer word that its last character opens (陪同, not 同) follows a shorter name
        if _closes_name(text, e):
            return e
    # A two-character name padded to three with a space (郑 伟), as web pages align name lists.
    if sl == 1 and text[p + 1:p + 2] == " " and _given_ok(text[p + 2:p + 3]) and _closes_name(text, p + 3):
        return p + 3
    return None


def _closes_name(text: str, e: int) -> bool:
    """Whether a name may end at ``e``: not before a middle dot (艾尔肯·吐尼亚孜 is one name)."""
    return (e == len(text) or (not is_han(text[e]) and text[e] not in MIDDLE_DOTS)
            or bool(FOLLOWER.match(text, e) or TRIGGER.match(text, e)))


def name_before(text: str, end: int, need_boundary: bool) -> int | None:
    """The start of a name ending at ``end``: the split starting on a common surname wins, then the longer."""
    best: tuple[int, int, int] | None = None
    for length in (4, 3, 2):
        p = end - length
        if p < 0:
            continue
        sl = _surname_len(text, p)
        if (not sl or length - sl not in (1, 2) or not _given_ok(text[p + sl:end], "0" if length - sl == 2 else "")
                or NONNAME.match(text, p) or _is_post(text[p + sl:end])):
            continue
        if (need_boundary and p > 0 and text[p - 1] not in BOUNDARY_BEFORE
                and not (text[p - 1] in NAME_OPENERS and text[p] in COMMON_SURNAMES)):
            continue
        if p > 0 and (word := NONNAME.match(text, p - 1)) and word.end() > p:
            continue  # 有关负责同志: 关负责 starts inside the word 有关
        rank = (text[p:p + sl] in COMMON_SURNAMES or sl == 2, length, -p)
        if best is None or rank > best:
            best = rank
    return -best[2] if best else None


def name_addressed(text: str, end: int) -> int | None:
    """The start of a name written before a post as a form of address (、孙某某书记在, 以及贺某某书记听取)."""
    p = name_before(text, end, need_boundary=True)
    return None if p is None or any(c in UNIT_CHARS for c in text[p + 1:end]) else p


def split_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of names written with nothing between them (胡某某刘某某) cut into names of two or three
    characters, each starting with a surname: the cut whose names start on the most common surnames,
    then the one with fewer names. No cut, no names."""
    best: tuple[tuple[int, int], list[tuple[int, int]]] | None = None

    def cuts(at: int, names: list[tuple[int, int]]) -> None:
        nonlocal best
        if at == end:
            rank = (sum(text[s] in COMMON_SURNAMES or _surname_len(text, s) == 2 for s, _ in names), -len(names))
            if best is None or rank > best[0]:
                best = (rank, list(names))
            return
        sl = _surname_len(text, at)
        for length in (sl + 1, sl + 2) if sl else ():
            if at + length <= end and _given_ok(text[at + sl:at + length]) and not NONNAME.match(text, at):
                cuts(at + length, names + [(at, at + length)])

    if end - start <= 12:
        cuts(start, [])
    return best[1] if best else []


# The end of a unit's name and the 、 after it: what a list of units puts before its next item (县自然资源局、白沙镇).
UNIT_LISTED_BEFORE = re.compile(r"(?:局|委|院|会|司|厅|办|部|中心|社|所|队|镇|乡|街道|社区)、$")


def find_people(text: str, posts: list[Mention]) -> list[Mention]:
    """Names after a post (and the list that follows), before 主持/表示/同志 …, before 总书记, in bylines."""
    found: dict[int, Mention] = {}

    ends: set[int] = set()  # where the names found so far end

    def add(start: int, end: int, cue: str, outlet: str | None = None) -> None:
        ends.add(end)
        if start not in found:
            # The name without padding: 郑 伟 is 郑伟.
            found[start] = Mention(start, end, text[start:end].replace(" ", ""), "PERSON",
                                   attrs={"cue": cue, "outlet": outlet})

    def add_list(end: int, cue: str) -> None:
        while end < len(text) and text[end] in NAME_JOINERS and (e := dotted_name_end(text, end + 1) or name_end(text, end + 1)):
            add(end + 1, e, cue)
            end = e

    for post in posts:
        if post.attrs["head"] in NAME_BEFORE_POST:
            p = name_before(text, post.start, need_boundary=False)
            if p is not None:
                add(p, post.start, "post-after")
            continue
        if bare_head(post.attrs["head"]) in ADDRESSED_HEADS and post.start == post.end - len(post.attrs["head"]):
            # (由钱某任组长: the name before the verb that gives it the post, not 钱某任)
            end = post.start - next((len(v) for v in TAKING_BEFORE_POST if text.endswith(v, 0, post.start)), 0)
            p = name_addressed(text, end)
            if p is not None:
                add(p, end, "post-after")
        at = post_gap_end(text, post.end)
        e = any_name_end(text, at)
        if e:
            add(at, e, "post")
            add_list(e, "list")
    for post in posts:
        if text[post.start - 1:post.start] in BRACKETS_OPEN and post.start > 1 and text[post.end:post.end + 1] != "级":
            p = name_before(text, post.start - 1, need_boundary=True)  # 吴某(县委常委、组织部部长), not 宋某(副部长级)
            if p is not None:
                add(p, post.start - 1, "bracket")
    for m in APPOINTED.finditer(text):
        if e := name_end(text, m.end()):
            add(m.end(), e, "appointed")  # 决定任命某某为市人民政府副市长
    for m in ATTENDEES.finditer(text):
        word = NONNAME.match(text, m.end() - 1)  # 出席会议的有关部门: 有关 is a word, not 有 and a name
        if (word is None or word.end() <= m.end()) and (e := dotted_name_end(text, m.end()) or name_end(text, m.end())):
            add(m.end(), e, "trigger")  # 出席会议的还有张某、李某
            add_list(e, "list")
    for m in LISTED_AS.finditer(text):
        end = m.start()
        while (p := name_before(text, end, need_boundary=True)) is not None:
            add(p, end, "listed:" + m.group("role") if m.group("role") else "trigger")
            if text[p - 1:p] != "、":
                break
            end = p - 1
    for m in sorted([*TRIGGER.finditer(text), *SPEAKS_FOR.finditer(text), *TAKES_POST.finditer(text),
                     *SPEAKS.finditer(text), *RESUME_OPENING.finditer(text)], key=lambda m: m.start()):
        # (同志: the surname decides; a résumé's name may follow its number, 1.某某,男,)
        p = name_before(text, m.start(), need_boundary=not (m.group().startswith("同志") or m.re is RESUME_OPENING))
        p = dotted_name_before(text, m.start()) if p is None and m.start() not in ends else p
        if p is not None and UNIT_LISTED_BEFORE.search(text, max(0, p - 3), p):
            continue  # 县自然资源局、白沙镇作了交流发言: an item of a list of units, no name
        if p is not None:
            add(p, m.start(), "trigger")
            # 张三、李四、王五出席: the names listed before the one the word follows.
            while text[p - 1:p] == "、" and (q := name_before(text, p - 1, need_boundary=True)) is not None:
                add(q, p - 1, "list")
                p = q
    for m in BYLINE.finditer(text):
        e = name_end(text, m.end()) or name_end(text, m.end(), soft_single=True) or _name_before_place(text, m.end())
        if e and e < len(text) and text[e] in NAME_JOINERS and (e + 1 == len(text) or text[e + 1] in BYLINE_CLOSERS):
            e += 1  # (记者 温景和): where the credit closes, 和 is the name's own, not a joiner
        role = m.group("role")
        role = BYLINE_ROLES["文"] if "文" in role and ("/" in role or "／" in role) else role
        role = BYLINE_ROLES["联系人"] if role.startswith("联系人") else role
        if e and (e == len(text) or text[e] in BYLINE_CLOSERS or text.startswith(BYLINE_AFTER, e)
                  or REPORTED_FROM.match(text, e)):
            outlet = OUTLET.search(text, max(0, m.start() - 24), m.start()) or MEDIA.search(text, max(0, m.start() - 14), m.start())
            add(m.end(), e, "byline:" + role, outlet.group("outlet") if outlet else None)
            end = e
            while end < len(text) and text[end] in " 、" and (e2 := name_end(text, end + 1)):
                add(end + 1, e2, "byline:" + role)
                end = e2
    for m in CREDIT_AFTER.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] in CREDIT_GAP and m.start() - end < CREDIT_GAP_MAX:
            end -= 1
        p = name_before(text, end, need_boundary=True)
        if p is not None and (end < m.start() or text[p - 1:p] in (" ", "\t")):
            outlet = OUTLET.search(text, max(0, p - 24), p)
            add(p, end, "byline:摄", outlet.group("outlet") if outlet else None)
    for m in NEWS_CREDIT.finditer(text):
        for chunk in re.finditer(r"[\u4e00-\u9fff]+", m.group("names")):
            at = m.start("names") + chunk.start()
            for start, end in split_names(text, at, at + len(chunk.group())):
                add(start, end, "credit")
    for m in CONTACT_PHONE.finditer(text):
        e = name_end(text, m.end())
        if e and text[e:e + 1] in ")）":
            add(m.end(), e, "byline:联系人")
    for m in TEAM_POST_IS.finditer(text):
        if m.group("each") and (team := TEAM_THEN_NAME.match(text, m.end())):
            at = m.end()
            while (team := TEAM_THEN_NAME.match(text, at)) and (e := name_end(text, team.end())) \
                    and (e == len(text) or text[e] in ",，。;；、\n"):
                add(team.end(), e, "is:" + m.group("role"))  # 组长分别为:第一巡察组王某,第二巡察组李某
                at = e + 1 if e < len(text) and text[e] in TEAM_THEN_NAME_JOINERS else len(text)
            continue
        e = name_end(text, m.end())
        if e and (e == len(text) or text[e] in ",，。;；、\n" or NOTE_AFTER_NAME.match(text, e)):  # (组长为某某(正部长级))
            add(m.end(), e, "is:" + m.group("role"))
            add_list(e, "list")  # 联络员分别为甲、乙、丙: every name the teams listed before share out
    for start, end, role in table_post_cells(text):
        add(start, end, "column:" + role)
    return sorted(found.values(), key=lambda x: x.start)


# A note in brackets after a name in a table's cell: the rank (高振华(正部长级)), a gender or a unit.
NOTE_AFTER_NAME = re.compile(r"[ \t\u3000]*[(（][^()（）\n]{1,12}[)）]")


def table_post_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, post) of each name in a table's columns of team posts (组长, 副组长: kg/extract/tables.py reads the
    table in any of its flattened layouts; a note in brackets may follow the name), or in a roster's name column (姓名,
    the post in its 职务 cell): a cell that is one name."""
    out = []
    for row in table_rows(text):
        named, role = row.cell(NAME_COLUMNS), row.cell(ROLE_COLUMNS)
        if named and role and name_end(text, named[1][0]) == named[1][1] and ROSTER_ROLE.fullmatch(text[slice(*role[1])]):
            out.append((*named[1], text[slice(*role[1])]))
        out += [(a, e, head) for head, (a, b) in row.cells.items()
                if head in POST_COLUMNS and (e := name_end(text, a)) and (e == b or NOTE_AFTER_NAME.fullmatch(text, e, b))]
    return out


# A year named by how far back it is from the page's (去年4月, 前年3月至5月, 今年5月).
YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}


def find_dates(text: str) -> list[Mention]:
    """Dates and date ranges, as written: year, month, day and qualifier (底, 中旬) of each end."""
    out = []
    for m in DATE.finditer(text):
        g = m.groupdict()
        m1 = int(g["m1"])
        if not 1 <= m1 <= 12 or (g["d1"] and not 1 <= int(g["d1"]) <= 31):
            continue
        if DATELINE.match(text, m.end()):  # 新华社北京7月20日电: when the news was filed, not an event
            continue
        start = {"y": int(g["y1"]) if g["y1"] else None, "m": m1, "d": int(g["d1"]) if g["d1"] else None,
                 "q": g["q1"]}
        end = None
        if g["m2"] or g["d2"]:
            m2 = int(g["m2"]) if g["m2"] else m1
            d2 = int(g["d2"]) if g["d2"] else None
            if 1 <= m2 <= 12 and (d2 is None or 1 <= d2 <= 31) and (g["m2"] or start["d"]):
                end = {"y": int(g["y2"]) if g["y2"] else None, "m": m2, "d": d2, "q": g["q2"]}
        span_end = m.end() if end else m.end("q1") if g["q1"] else m.end("d1") if g["d1"] else m.end("m1") + 1
        attrs: dict = {"start": start, "end": end}
        if start["y"] is None and (back := YEARS_BACK.get(text[max(0, m.start() - 2):m.start()])) is not None:
            attrs["years_back"] = back  # 去年4月至6月: of the year before the page's
        if start["d"] and not end and not g["q1"]:
            series, at = [], m.end()
            while (day := DAY_SERIES.match(text, at)) and start["d"] < int(day["d"]) <= 31:
                series.append(int(day["d"]))
                at = day.end()
            if series:
                attrs["series"] = series
        out.append(Mention(m.start(), span_end, text[m.start():span_end], "DATE", attrs=attrs))
    for m in DOT_DATE.finditer(text):
        g = m.groupdict()
        start = {"y": int(g["y1"]), "m": int(g["m1"]), "d": int(g["d1"]), "q": None}
        end = None
        if g["m2"] or g["m3"]:
            end = {"y": int(g["y2"]) if g["y2"] else None, "m": int(g["m2"] or g["m3"]), "d": int(g["d2"] or g["d3"]), "q": None}
        if all(1 <= e["m"] <= 12 and 1 <= e["d"] <= 31 for e in (start, end) if e):
            out.append(Mention(m.start(), m.end(), m.group(), "DATE", attrs={"start": start, "end": end}))
    for m in BROKEN_DATE.finditer(text):
        start = _broken_date(m.group("y1"), m.group("md1"))
        end = _broken_date(m.group("y2"), m.group("md2")) if m.group("md2") else None
        if start and (end or not m.group("md2")):
            out.append(Mention(m.start(), m.end(), m.group(), "DATE", attrs={"start": start, "end": end}))
    for m in itertools.chain(TEAM_DAY.finditer(text), NEWS_DAY.finditer(text)):
        if 1 <= int(m["d"]) <= 31:
            day = {"y": None, "m": None, "d": int(m["d"]), "q": None}
            out.append(Mention(m.start("d"), m.end("d") + 1, text[m.start("d"):m.end("d") + 1], "DATE",
                               attrs={"start": day, "end": None, "team_day": True}))
    out.sort(key=lambda d: d.start)
    return _clause_days(text, out)


DAYLESS_REACH = 2  # how many periods without days a clause's day looks past for the date its month is of


def _month_of_day(before: Mention, day: int) -> dict | None:
    """The month (and year) a day opening a clause falls in after the date ``before``: a later day of its month (11月16日
    …;17日,…), or a day within its range (11月18日至21日…。18日,…;20日,…), of whichever end's month holds it."""
    start, end = before.attrs["start"], before.attrs["end"]
    if end is not None and start["m"] and start["d"] and end["d"]:
        in_first = start["d"] <= day <= (31 if end["m"] and end["m"] != start["m"] else end["d"])
        in_second = end["m"] and end["m"] != start["m"] and day <= end["d"]
        if in_first != bool(in_second):
            return start if in_first else {**end, "y": end["y"] or start["y"]}
    last = end or start
    return last if last["m"] and last["d"] and last["d"] < day <= 31 else None


def _dated_to_day(text: str, dates: list[Mention], pos: int) -> Mention | None:
    """The last date before ``pos`` written to the day, past the periods without days after it (5月13日至15日…反馈。
    …于今年2月下旬至4月中旬开展…。13日上午,…: the feedback's range, not the inspection's months), in the same run of
    paragraphs (no blank line between)."""
    for before in reversed(dates[-DAYLESS_REACH - 1:]):
        if "\n\n" in text[before.end:pos]:
            return None
        if before.attrs["start"]["d"]:
            return before
    return None


def _clause_days(text: str, dates: list[Mention]) -> list[Mention]:
    """``dates`` with the days that open a clause (CLAUSE_DAY), each dated by the day its paragraph last named before
    it, in that month and year, when it comes later in the month."""
    days = []
    for m in sorted(itertools.chain(CLAUSE_DAY.finditer(text), TEAM_CLAUSE_DAY.finditer(text)), key=lambda m: m.start()):
        i = bisect.bisect_left(dates, m.start(), key=lambda d: d.start)
        before = dates[i - 1] if i else None
        if days and (before is None or days[-1].start > before.start):
            before = days[-1]  # (10日,A;11日,B;12日,C: each day after the day before it, the first the page's)
        opens_line = m.re is TEAM_CLAUSE_DAY or not text[text.rfind("\n", 0, m.start()) + 1:m.start("d")].strip()
        header = before.attrs["start"] if before else None
        under_header = before is not None and "\n" in text[before.end:m.start()] and not before.attrs["end"] and (
            header["y"] and header["m"] and (header["d"] or 0) >= int(m["d"]))
        if opens_line and 1 <= int(m["d"]) <= 31 and (before is None or under_header):
            # 9日上午,旗委第三巡察组… under a header's 2024-08-09: a day opening a paragraph that no date or only the page's
            # own (on or after it) comes before, the page's (resolved as TEAM_DAY's are, with the publication date)
            day = {"y": None, "m": None, "d": int(m["d"]), "q": None}
            days.append(Mention(m.start("d"), m.end("d") + 1, text[m.start("d"):m.end("d") + 1], "DATE",
                                attrs={"start": day, "end": None, "clause_day": True, "team_day": True}))
            continue
        if before is None or "\n\n" in text[before.end:m.start()]:
            continue
        last = before.attrs.get("end") or before.attrs["start"]
        if (month := _month_of_day(_dated_to_day(text, dates[:i], m.start()) or before, int(m["d"]))) is not None:
            day = {"y": month["y"], "m": month["m"], "d": int(m["d"]), "q": None}
            days.append(Mention(m.start("d"), m.end("d"), m["d"], "DATE", attrs={"start": day, "end": None, "clause_day": True}))
        elif before.attrs.get("team_day") and last["d"] and last["d"] < int(m["d"]) <= 31:
            # 第二巡察组于16日向A反馈…;17日,… : a later day of the team's day's month, read as that day is (the page's)
            day = {"y": None, "m": None, "d": int(m["d"]), "q": None}
            days.append(Mention(m.start("d"), m.end("d") + 1, text[m.start("d"):m.end("d") + 1], "DATE",
                                attrs={"start": day, "end": None, "clause_day": True, "team_day": True}))
    return sorted(dates + days, key=lambda d: d.start) if days else dates


ALONE_DAY_MONTHS = 3  # how many months after the last dated period before it a day written alone may fall


def _after_dated(dates: list[Mention], pos: int, day: datetime.date) -> bool:
    """Whether a day written alone at ``pos`` (13日,…) follows closely the last date with a year before it (2017年3月1日至4月30日,
    …进行了巡视。13日,…反馈 on a page of 14 June: its June; not on a page a year later: 2023年3月至5月…。4日,…)."""
    before = [d for d in dates if d.end <= pos and (d.attrs.get("start") or {}).get("y")]
    if not before:
        return True
    start, end = before[-1].attrs["start"], before[-1].attrs.get("end") or {}
    year, month = end.get("y") or start["y"], end.get("m") or start["m"] or 1  # (2023年3月至5月: its end's year the start's)
    return 0 <= (day.year - year) * 12 + day.month - month <= ALONE_DAY_MONTHS


def relative_days(text: str, issued: str | None, dates: list[Mention] | None = None) -> list[Mention]:
    """今天上午 / 昨日 / 本月3日 / 上周五 / 昨(20)日 / 13日, in a news item: a day counted from the one the page was published
    on (no date without it); a day alone only where no dated period before it is far from it (``dates``: those found)."""
    if not issued or not ISO_DAY.fullmatch(issued) or not any(w in text for w in RELATIVE_WORDS):
        return []
    published = datetime.date.fromisoformat(issued)
    out = []
    for m in RELATIVE_DAY.finditer(text):
        if m.group("day"):
            day = published - datetime.timedelta(days=RELATIVE_DAYS[m.group("day")])
        elif m.group("weekday"):  # 上周五: that weekday of the week before the page's; 本周一: of the page's week
            back = 7 if m.group("week").startswith("上") else 0
            monday = published - datetime.timedelta(days=published.weekday() + back)
            day = monday + datetime.timedelta(days=WEEKDAYS.index(m.group("weekday").replace("天", "日")))
            if day > published:
                continue
        elif m.group("month_only"):  # 本月初 / 上月下旬: a month, no day
            first = published.replace(day=1)
            month = (first - datetime.timedelta(days=1)).replace(day=1) if m.group("month_only") == "上月" else first
            out.append(Mention(m.start(), m.end(), m.group(), "DATE", attrs={
                "start": {"y": month.year, "m": month.month, "d": None, "q": MONTH_PARTS[m.group("part")]}, "end": None}))
            continue
        else:  # 本月3日 / 上月28日 / 昨(20)日 / 13日,: of the page's month, or of the month before (昨(30)日 on the 1st)
            n = int(m.group("n") or m.group("bracketed") or m.group("alone"))
            first = published.replace(day=1)
            before = m.group("month") == "上月" or (m.group("month") is None and n > published.day)
            month = (first - datetime.timedelta(days=1)).replace(day=1) if before else first
            try:
                day = month.replace(day=n)
            except ValueError:
                continue
            if m.group("alone") and (not _after_dated(dates or [], m.start(), day) or any(
                    d.start <= m.start("alone") < d.end for d in dates or [])):
                continue  # (…a period far before it; or 12月16日…。17日,… read already as its month's)
        out.append(Mention(m.start(), m.end(), m.group(), "DATE",
                           attrs={"start": {"y": day.year, "m": day.month, "d": day.day, "q": None}, "end": None}))
    return out


def following_days(text: str, dates: list[Mention]) -> list[Mention]:
    """本月15日听取汇报,次日…反馈: 次日 / 翌日 is the day after the last day its paragraph named before it."""
    out = []
    for m in FOLLOWING_DAY.finditer(text):
        i = bisect.bisect_left(dates, m.start(), key=lambda d: d.start) - 1
        before = dates[i] if i >= 0 else None
        # (a paragraph opening with 次日 goes on from the day the paragraphs just before it told: 7月16日上午,…⏎当天下午,…⏎
        # 次日上午,…)
        opens = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() == ""
        if before is None or ("\n" in text[before.end:m.start()] and not (opens and m.start() - before.end <= FOLLOWING_REACH)) \
                or before.attrs.get("end") or not before.attrs["start"]["d"] or not before.attrs["start"]["m"]:
            continue
        last = before.attrs["start"]
        day = datetime.date(last["y"] or LEAP_YEAR, last["m"], last["d"]) + datetime.timedelta(days=1)
        year = day.year if last["y"] else None
        out.append(Mention(m.start(), m.end(), m.group(), "DATE",
                           attrs={"start": {"y": year, "m": day.month, "d": day.day, "q": None}, "end": None}))
    return out


def _broken_date(year: str | None, digits: str) -> dict | None:
    """The date of digits that lost their 月 (324 → 3月24日), where exactly one split gives a month and a day; two
    digits only after a year (44 → 4月4日), as a plain 15日 is a day of the month already named."""
    if len(digits) == 2 and not year:
        return None
    splits = [(int(digits[:i]), int(digits[i:])) for i in (1, 2) if i < len(digits) and digits[i] != "0"]
    valid = [(mo, d) for mo, d in splits if 1 <= mo <= 12 and 1 <= d <= 31]
    if len(valid) != 1:
        return None
    return {"y": int(year) if year else None, "m": valid[0][0], "d": valid[0][1], "q": None}


def find_mentions(text: str) -> list[Mention]:
    orgs = find_orgs(text)
    teams = find_teams(text)
    posts = find_posts(text, orgs, teams)
    people = find_people(text, posts)
    dates = find_dates(text)
    return sorted(orgs + teams + posts + people + dates, key=lambda m: (m.start, -m.end, m.label))


@stage("mentions.rules")
def mentions(doc: Document) -> Document:
    found = find_mentions(doc.text)
    found += relative_days(doc.text, doc.metadata.issued, sorted((m for m in found if m.label == "DATE"), key=lambda d: d.start))
    found += following_days(doc.text, sorted((m for m in found if m.label == "DATE"), key=lambda d: d.start))
    if doc.paragraphs:  # a team or unit named only in the page's furniture (links to other pages) is none of it
        starts = [p.start for p in doc.paragraphs]
        found = [m for m in found if m.label not in ("TEAM", "ORG") or _in_paragraph(doc.paragraphs, starts, m)]
    doc.mentions = [m for m in doc.mentions if m.source != "rules"] + found
    doc.mentions.sort(key=lambda m: (m.start, -m.end, m.label))
    return doc


def _in_paragraph(paragraphs: list[Block], starts: list[int], m: Mention) -> bool:
    i = bisect.bisect_right(starts, m.start) - 1
    return i >= 0 and m.end <= paragraphs[i].end
