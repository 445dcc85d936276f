"""Relations: mentions → people and posts, teams, inspections and feedback.

Works sentence by sentence on the genre's constructions: 对X开展了常规巡察,
向X反馈, 组长乔树军, 由区委书记X任组长 … Every fact carries the sentence it
came from. Names here are still surface forms (区委, 巡察组, 省委巡视组); the
resolve stage turns them into the document's full entities. PERSON mentions
from any source are used; one found by a model alone becomes a person only
with the context a rule would ask for (a post, 主持/表示/同志, a list).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from kg.document import Document, Mention, Sentence
from kg.facts import Feedback, Inspection, Membership, Person, Team
from kg.mentions import (DISPATCHERS, HEAD_OF, LEVEL_COMMITTEES, LEVELS, PARTY_COMMITTEES, POST, POST_NAME_GAP, TRIGGER,
                         UNITS, bare_head, name_end)
from kg.pipeline import stage

# 根据市委统一部署 / 按照县委安排: the committee that sent the teams of the sentence.
DEPLOYED_BY = re.compile(rf"(?:根据|按照|受)(?P<committee>[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(DISPATCHERS)}))"
                         r"(?:的)?(?:统一)?(?:部署|安排|派出|委派|委托)")
# What joins teams listed one after another (市委第一巡察组、第二巡察组).
TEAM_JOINERS = ("、", "和", "与", "及")
# Clause punctuation: a target list never runs over these.
_CLAUSE = r"[^,，。;；:：!?！？\n]"
# The mode, also written in quotes and with 式: “机动式”巡视.
MODE = r"(?:(?P<mode>常规|专项|机动|提级交叉|交叉|联动)式?[”\"]?)?"
# 对X开展了常规巡察 / 对X进行了巡视 / 对X的新一轮巡察完成 / 对X开展了巡察整改“回头看”.
INSPECT = re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,120}}?)(?:(?:开展|进行|实施)了?(?:为期{_CLAUSE}{{1,8}}的)?"
                     rf"(?:{_CLAUSE}{{0,16}}?)[“\"]?{MODE}"
                     rf"(?P<kind>巡视|巡察)(?:(?P<rev>(?:整改)?[“\"]?回头看)|(?!反馈|整改))|的(?:新一轮|本轮|此次|这次)?{MODE.replace('mode', 'mode2')}"
                     rf"(?P<kind2>巡视|巡察)(?:工作)?(?P<done>完成|结束))")
# X接受了Y的常规巡察: the inspected unit as the subject.
ACCEPT = re.compile(rf"(?P<targets>{_CLAUSE}{{2,60}}?)接受了?(?P<by>{_CLAUSE}{{0,30}}?的)?{MODE}(?P<kind>巡视|巡察)")
# 进驻X: the team moves in to inspect X.
ENTER = re.compile(rf"进驻(?P<targets>{_CLAUSE}{{2,60}}?)(?=开展|进行|[,，。;；]|$)(?:(?:开展|进行)了?{MODE}(?:巡视|巡察))?")
# 巡察X反馈会议 / 巡视X期间: the team's verb right after the team.
TEAM_VERB = re.compile(rf"(?P<kind>巡视|巡察)(?:(?P<done>了)(?P<targets2>{_CLAUSE}{{2,60}}?)(?=[,，。;；]|$)|"
                       rf"(?P<targets>{_CLAUSE}{{2,60}}?)(?:情况|工作)?(?P<what>反馈会|反馈大会|期间|动员会|进驻会))")
# 向X反馈 / 分别向X、Y反馈.
FEEDBACK_TO = re.compile(rf"向(?P<targets>{_CLAUSE}{{2,120}}?)(?:进行|作|做)?了?(?:集中|当面|个别|专题)?反馈")
# 对X进行巡察反馈 / 反馈巡察X情况: the feedback's target written after 对 or after the inspection word.
FEEDBACK_ON = re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,60}}?)进行了?(?:巡视|巡察)(?:意见|情况)?反馈|"
                         rf"反馈了?(?:巡视|巡察)(?P<targets2>{_CLAUSE}{{2,60}}?)的?(?:情况|意见)")
# 进行巡察意见反馈 / 进行了反馈 (the sentence must speak of 巡视/巡察).
FEEDBACK_DONE = re.compile(r"进行了?(?:巡视|巡察)?(?:意见|情况)?反馈|反馈了(?:巡视|巡察)(?:意见|情况)")
PRESIDE = re.compile(r"主持")
# What is to be done, right before an inspection statement: 巡视组将对X开展巡视, 拟对X进行巡察.
PLANNED = re.compile(r"(?:将|拟|即将|计划|准备)$")
# 十一届市委第八轮 / 省委第三轮 (巡视): the round, as written.
ROUND = re.compile(r"(?P<round>(?:[一二三四五六七八九十\d]+届)?(?:中央|省委|市委|州委|县委|区委|党委|党组|党工委)?"
                   r"第[一二三四五六七八九十\d]+轮)(?=巡视|巡察)")
# Words for the units an inspection covered, in place of their names.
INSPECTED_UNITS = re.compile(r"^(?:各)?被(?:巡视|巡察)(?:单位|党组织|地区|部门)(?:党组织)?$")
# A count of units of one kind in place of their names (分别向三个村党支部反馈, 向各村党支部反馈): the
# inspected units of that kind.
COUNTED_UNITS = re.compile(r"^(?:[\d一二三四五六七八九十两]+个|各)(?P<kind>[\u4e00-\u9fff]{2,10})$")
# Teams joined in one inspection (县委第三巡察组与镇党委巡察组联动，对X开展了巡察): the first named leads it.
LINKED = ("联动", "联合")
# What a feedback target may carry after the organisation: its leaders, not another target.
TARGET_TAIL = re.compile(r"(?:主要负责同志|主要负责人|负责同志|领导班子成员|领导班子|班子成员|主要领导|党员干部)$")
GROUP_TAIL = re.compile(r"(?:等\s*[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{0,12}|及其[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{1,6}|及其下属[\u4e00-\u9fff]{1,8}|等)$")
# Kinds of unit rather than a unit's name: 对乡镇进行巡察 names no target.
GENERIC_TARGET = re.compile(r"^(?:各|所|其|本|该|全|有关|相关|下级|上级|部分|所有|基层)|^(?:乡镇|村|社区|街道|单位|部门|地区|"
                            r"县区|区县|市县|省区市|党组|党委|党组织|企业|高校|学校)$")
# 所属中材国际党委 → 中材国际党委; 湖北省分行所属襄阳市分行党委 → 襄阳市分行党委 (the owner is
# another unit); 我市住建局 → 市住建局.
# 对我县桑田镇党委 → 桑田镇党委: the level goes too before a place of a lower level it contains.
OWNER_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{0,16}?(?:所属|下属)|直属|(?:我|本)[省市州县区旗](?=[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区))"
                          r"|(?:我|本)(?=[省市州县区旗]))")
# 对我镇/我街道进行了巡察: the party body of the speaker's township or street.
OWN_UNIT = {"我镇": "镇党委", "本镇": "镇党委", "我乡": "乡党委", "本乡": "乡党委", "我街道": "街道党工委", "本街道": "街道党工委"}
# 我局, 我校, 本公司: the speaker's own unit, named as the document names it.
OWN = re.compile(r"^(?:我|本)(?=局|厅|委|办|校|院|公司|集团|中心|所|站|社|馆|行)")
SPLIT_AND = re.compile(r"[和及与]")
# The end of an organisation's name, for deciding whether 和/及/与 joins two targets (住房和城乡建设局 is one).
ORG_END = re.compile(r"(?:局|委|办|部|厅|院|校|大学|中学|小学|镇|乡|村|街道|社区|公司|集团|银行|中心|站|所|组|会|社|馆|处|队|台|"
                     r"党组|党委|党工委|党组织|政府|区|县|市|省|州|旗)$")
# Posts that a person takes by 任/担任/为 after the name: 冯利霞任组长.
# The body may be written before the post: 郭亚军同志为领导小组组长.
TAKES_POST = re.compile(r"(?:同志)?(?:任|担任|兼任|为)(?=(?:[\u4e00-\u9fff]{0,16}?(?:领导小组|工作小组|专班|指挥部|工作组))?"
                        r"(?:常务|第一|执行)?副?(?:组长|主任|书记|指挥长|召集人|总指挥))")
# The body a person leads by 任组长: …为成员的X领导小组 / 为组长的应急处置专班.
LED_BODY = re.compile(r"的(?P<body>[\u4e00-\u9fff]{2,40}?(?:领导小组|工作小组|专班|指挥部|工作组|委员会))")
# A rank in brackets right before a name (组长（正厅长级）胡明).
RANK_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,8}级[)）]$")
# Posts in a team that, written bare, are posts in the team named last before them (组长, 副组长, 组员).
TEAM_POSTS = ("组长", "组员")
# Heads of enterprises, whose names end in no fixed word (中国一汽党委书记、董事长 → 中国一汽).
ENTERPRISE_HEADS = ("董事长", "总经理")
# Posts that name an organisation without writing it: 区长 → the 区's government.
IMPLIED_ORG = {"区长": "政府", "县长": "政府", "市长": "政府", "省长": "政府", "州长": "政府", "镇长": "政府",
               "乡长": "政府", "旗长": "政府"}
# Byline words that name a person without giving a post: 联系人 (on a contact line, 联系电话…(张伟) too) says
# whom to call, not what post the person holds, so the person gets no membership (role null in the gold).
NOT_A_POST = ("联系人",)
# Posts in a committee itself, written bare after a post of that committee (市委常委、秘书长).
COMMITTEE_POSTS = ("秘书长", "书记", "常委", "委员")
# Units that are organs of a party committee (区委 + 政法委 → 区委政法委), not bodies of the same level.
COMMITTEE_ORGANS = ("政法委", "组织部", "宣传部", "统战部", "办公室")
COMMITTEE = re.compile(rf"^(?P<place>.*?)(?:{'|'.join(LEVEL_COMMITTEES + PARTY_COMMITTEES)}|工委|委)$")
LEVEL_COMMITTEE = re.compile(rf"(?P<level>{'|'.join(LEVELS)})委$")
UNIT_SET = frozenset(UNITS)
# Bodies of the same place as the committee before them (市委常委、纪委书记 → 市纪委).
LEVEL_BODIES = ("纪委", "监委", "纪工委", "纪委监委", "人大常委会", "人大", "政协", "政府", "人民政府", "管委会")
# Last characters of units that each have their own party body (村, 镇, 局 …), for a list sharing one.
UNIT_KINDS = frozenset("村镇乡局厅委办院校司社所站队馆")
# A unit's party body, whose name is the unit's and this suffix (学院党委, 交通运输局党组).
PARTY_BODY = re.compile(r"(?:党组|党委|党工委|党总支|党支部)$")
# A committee whose place its organs share (市委 → 市纪委, 雄安新区党工委 → 雄安新区纪工委).
COMMITTEE_LEVEL = re.compile(rf"(?:{'|'.join(LEVEL_COMMITTEES + PARTY_COMMITTEES)})$")


@dataclass
class Ctx:
    """One document's mentions, by kind and sorted by offset, with the lookups the relation rules need.
    Every lookup is a bisection or a per-sentence table built once: a text without 。 is one sentence of
    megabytes, and a scan of the sentence per mention in it is quadratic."""

    doc: Document
    teams: list[Mention]
    posts: list[Mention]
    people: list[Mention]
    dates: list[Mention]
    orgs: list[Mention]

    @classmethod
    def of(cls, doc: Document) -> "Ctx":
        by: dict[str, list[Mention]] = {}
        for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
            by.setdefault(m.label, []).append(m)
        return cls(doc, by.get("TEAM", []), by.get("POST", []), _people(doc, by), by.get("DATE", []),
                   by.get("ORG", []))

    def __post_init__(self) -> None:
        self.named_teams = [t for t in self.teams if not t.attrs["group"]]
        kinds = (self.teams, self.named_teams, self.posts, self.people, self.dates)
        self._starts = {id(kind): [m.start for m in kind] for kind in kinds}
        self._posts_by_end: dict[int, Mention] = {}
        for p in self.posts:
            if p.end not in self._posts_by_end or p.start < self._posts_by_end[p.end].start:
                self._posts_by_end[p.end] = p
        self._people_by_end = {p.end: p for p in self.people}
        self._para_starts = [p.start for p in self.doc.paragraphs]
        self._sentence_index = {id(s): i for i, s in enumerate(self.doc.sentences)}
        # (offset, year) of each date that states its year, for carrying a year to dates without one; a range
        # carries the year it ends in (2023年11月至2024年1月 … 3月15日 is in 2024).
        self._years = [(d.start, (d.attrs.get("end") or {}).get("y") or d.attrs["start"]["y"])
                       for d in self.dates if d.attrs["start"]["y"]]
        self._dates: dict[tuple[int, int], list[tuple[Mention, str | None, str | None]]] = {}
        self._deployed: dict[int, list[re.Match[str]]] = {}
        self._led_bodies: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._rounds: dict[int, re.Match[str] | None] = {}

    def within(self, kind: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions of ``kind`` inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts[id(kind)], start)
        out = []
        while i < len(kind) and kind[i].start < end:
            if kind[i].end <= end:
                out.append(kind[i])
            i += 1
        return out

    def backwards(self, kind: list[Mention], start: int, end: int) -> Iterator[Mention]:
        """The mentions of ``within(kind, start, end)``, last first, read only as far as asked."""
        i = bisect.bisect_left(self._starts[id(kind)], end) - 1
        while i >= 0 and kind[i].start >= start:
            if kind[i].end <= end:
                yield kind[i]
            i -= 1

    def last_within(self, kind: list[Mention], start: int, end: int) -> Mention | None:
        """The last mention of ``kind`` inside ``[start, end)``."""
        return next(self.backwards(kind, start, end), None)

    def dates_in(self, start: int, end: int) -> list[tuple[Mention, str | None, str | None]]:
        """:func:`dates_in`, resolved once per span (a sentence's dates are asked for per statement)."""
        if (start, end) not in self._dates:
            self._dates[(start, end)] = dates_in(self, start, end)
        return self._dates[(start, end)]

    def deployed_by(self, sentence: Sentence, pos: int) -> re.Match[str] | None:
        """The last DEPLOYED_BY match of ``DEPLOYED_BY.finditer(text, sentence.start, pos)``, from the sentence's
        matches found once: those ending by ``pos``, unless the next one starts before ``pos`` (cut short
        there, the text may hold another match from its start on, at most a match's length before ``pos``)."""
        text = self.doc.text
        if sentence.start not in self._deployed:
            self._deployed[sentence.start] = list(DEPLOYED_BY.finditer(text, sentence.start, sentence.end))
        found = self._deployed[sentence.start]
        i = bisect.bisect_right(found, pos, key=lambda m: m.end())
        last = found[i - 1] if i else None
        if i < len(found) and found[i].start() < pos:
            last = next(reversed(list(DEPLOYED_BY.finditer(text, found[i].start(), pos))), last)
        return last

    def led_body(self, sentence: Sentence | None, pos: int) -> re.Match[str] | None:
        """``LED_BODY.search(text, pos, sentence end)``, from the matches at each 的 of the sentence found once."""
        text = self.doc.text
        start, end = (sentence.start, sentence.end) if sentence else (0, len(text))
        if (start, end) not in self._led_bodies:
            found = []
            i = text.find("的", start, end)
            while i >= 0:
                m = LED_BODY.match(text, i, end)
                if m:
                    found.append(m)
                i = text.find("的", i + 1, end)
            self._led_bodies[(start, end)] = found
        found = self._led_bodies[(start, end)]
        i = bisect.bisect_left(found, pos, key=lambda m: m.start())
        return found[i] if i < len(found) else None

    def round_of(self, sentence: Sentence) -> re.Match[str] | None:
        """The first ROUND of the sentence, searched once."""
        if sentence.start not in self._rounds:
            self._rounds[sentence.start] = ROUND.search(self.doc.text, sentence.start, sentence.end)
        return self._rounds[sentence.start]

    def post_ending(self, end: int) -> Mention | None:
        """The longest post ending at ``end``."""
        return self._posts_by_end.get(end)

    def post_starting(self, start: int) -> Mention | None:
        """The post that covers ``start`` (posts never overlap)."""
        i = bisect.bisect_right(self._starts[id(self.posts)], start) - 1
        return self.posts[i] if i >= 0 and start < self.posts[i].end else None

    def person_ending(self, end: int) -> Mention | None:
        return self._people_by_end.get(end)

    def paragraph_start(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self._para_starts[i] if i >= 0 else 0

    def paragraph_end(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self.doc.paragraphs[i].end if i >= 0 else len(self.doc.text)

    def sentence_index(self, sentence: Sentence) -> int:
        return self._sentence_index[id(sentence)]

    def year_before(self, pos: int, since: int = 0) -> int | None:
        """The year of the last date stating one that starts in ``[since, pos)``."""
        i = bisect.bisect_left(self._years, (pos, -1)) - 1
        return self._years[i][1] if i >= 0 and self._years[i][0] >= since else None


def _people(doc: Document, by: dict[str, list[Mention]]) -> list[Mention]:
    """PERSON mentions: the rules' own, then a model's where no rule mention overlaps and the context supports it."""
    rules = [m for m in by.get("PERSON", []) if m.source == "rules"]
    text = doc.text
    taken = bytearray(len(text) + 1)  # 1 where a person already taken covers the character
    for m in rules:
        taken[m.start:m.end] = b"\1" * (m.end - m.start)
    post_ends = {p.end for p in by.get("POST", [])}
    out = list(rules)
    out_ends = {p.end for p in out}
    for m in sorted((m for m in by.get("PERSON", []) if m.source != "rules"), key=lambda m: m.start):
        if 1 in taken[m.start:m.end] or not 2 <= len(m.text) <= 4:
            continue
        supported = (m.start in post_ends or TRIGGER.match(text, m.end) or text.startswith("总书记", m.end)
                     or (m.start > 0 and text[m.start - 1] == "、" and m.start - 1 in out_ends))
        if supported:
            out.append(m)
            out_ends.add(m.end)
            taken[m.start:m.end] = b"\1" * (m.end - m.start)
    return sorted(out, key=lambda m: m.start)


# ---------------------------------------------------------------- dates

def document_date(doc: Document) -> tuple[int, int, int] | None:
    issued = doc.metadata.issued
    if issued and re.match(r"^\d{4}-\d{2}-\d{2}$", issued):
        y, m, d = (int(x) for x in issued.split("-"))
        return y, m, d
    return None


def iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None or m is None:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"


def resolve_dates(date: Mention, year_hint: int | None, issued: tuple[int, int, int] | None) -> tuple[str | None, str | None]:
    """ISO start and end of a DATE mention; a missing year comes from the range's other end, a year
    stated earlier in the sentence, or the publication date (the latest year not after it)."""
    start, end = date.attrs["start"], date.attrs.get("end")
    y = start["y"] or year_hint
    if y is None and issued:
        y = issued[0] - 1 if (start["m"], start["d"] or 1) > (issued[1], issued[2]) else issued[0]
    first = iso(y, start["m"], start["d"])
    if not end:
        return first, None
    y2 = end["y"] or (y + 1 if y is not None and end["m"] < start["m"] else y)
    return first, iso(y2, end["m"], end["d"])


def dates_in(ctx: Ctx, start: int, end: int) -> list[tuple[Mention, str | None, str | None]]:
    """The resolved dates in ``[start, end)``. A date without a year takes the last year stated before it
    in its paragraph; else the publication date decides; else the last year stated before it at all."""
    issued = document_date(ctx.doc)
    out = []
    for m in ctx.within(ctx.dates, start, end):
        year = None
        if not m.attrs["start"]["y"]:
            year = ctx.year_before(m.start, ctx.paragraph_start(m.start))
            if year is None and issued is None:
                year = ctx.year_before(m.start)
        s, e = resolve_dates(m, year, issued)
        out.append((m, s, e))
    return out


def last_date_before(ctx: Ctx, sentence: Sentence, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """The last date of the sentence that ends by ``pos``."""
    found = ctx.dates_in(sentence.start, sentence.end)
    i = bisect.bisect_left(found, pos, key=lambda d: d[0].start) - 1
    while i >= 0 and found[i][0].end > pos:
        i -= 1
    return found[i] if i >= 0 else None


# ---------------------------------------------------------------- people and posts

def post_chain(ctx: Ctx, start: int) -> list[Mention]:
    """The posts written right before ``start`` (a name), outermost first: 市委常委、纪委书记、监委主任.
    A post after 任/为 or after another name belongs to that other person (冯利霞任组长,区长顾崇豪)."""
    text = ctx.doc.text
    cur = ctx.post_ending(start) or (ctx.post_ending(start - 1) if text[start - 1:start] in POST_NAME_GAP else None)
    rank = RANK_BEFORE.search(text, max(0, start - 12), start)
    cur = cur or (ctx.post_ending(rank.start()) if rank else None)
    chain: list[Mention] = []
    while cur is not None:
        chain.append(cur)
        sep = cur.start - 1
        if sep < 1 or text[sep] not in "、,，":
            break
        prev = ctx.post_ending(sep)
        if prev is None or text[prev.start - 1:prev.start] in ("任", "为") or ctx.person_ending(prev.start):
            break
        cur = prev
    return chain[::-1]


def chain_orgs(chain: list[Mention]) -> list[str | None]:
    """The organisation of each post in a chain. An organ written bare (纪委, 政法委) or a post that implies
    its body (区长) takes its place from the committee before it (市委常委、纪委书记 → 市纪委)."""
    out: list[str | None] = []
    committee: str | None = None
    for p in chain:
        org = p.attrs.get("org")
        head = bare_head(p.attrs["head"])
        if org is None and head in IMPLIED_ORG:
            place = _place_of(committee) if committee else None
            org = (place if place and place.endswith(head[0]) else head[0]) + IMPLIED_ORG[head]
        elif org is None and committee and head in COMMITTEE_POSTS:
            org = committee  # 市委常委、秘书长 → 市委
        elif org is None and out and out[-1] and head in HEAD_OF:
            # 县市场监督管理局党组书记、局长 → the 局 whose party group came before.
            body = PARTY_BODY.sub("", out[-1])
            org = body if body != out[-1] and (body.endswith(HEAD_OF[head]) or head in ENTERPRISE_HEADS) else None
        elif org and committee and p.attrs.get("org_label") == "ORG" and org in UNIT_SET:
            org = _derive(committee, org)
        out.append(org)
        if org and p.attrs.get("org_label") == "ORG" and COMMITTEE_LEVEL.search(org):
            committee = org
    return out


def _place_of(committee: str) -> str:
    """下花园区委 → 下花园区, 市委 → 市, 雄安新区党工委 → 雄安新区."""
    level = LEVEL_COMMITTEE.search(committee)
    return committee[:level.start() + 1] if level else COMMITTEE.match(committee).group("place")


def _derive(committee: str, unit: str) -> str:
    """政法委 after 区委 → 区委政法委; 纪委 after 市委 → 市纪委; 纪工委 after 雄安新区党工委 → 雄安新区纪工委."""
    if unit in COMMITTEE_ORGANS:
        return committee + unit
    if unit in LEVEL_BODIES:
        return _place_of(committee) + unit
    return unit


def people_and_posts(ctx: Ctx) -> None:
    """A Person per name and a Membership per post: the posts before it, 任X after it, 总书记, a byline role;
    a name in a list after a post (领导吴峻峰、吴杰) holds the posts of the list's first name."""
    doc, text, facts = ctx.doc, ctx.doc.text, ctx.doc.facts
    persons: dict[str, Person] = {}
    held: dict[int, list[tuple[str, str | None]]] = {}  # person start → its (role, organisation) from posts
    for person in ctx.people:
        ev = doc.evidence(person.start, person.end)
        persons.setdefault(person.text, Person(person.text)).evidence.append(ev)
        posts: list[tuple[str, str | None]] = []
        chain = post_chain(ctx, person.start)
        for post, org in zip(chain, _led_after(ctx, chain, chain_orgs(chain), held)):
            if post.attrs.get("org_label") is None and bare_head(post.attrs["head"]) in TEAM_POSTS:
                org = _nearest_team(ctx, post.start)
            posts.append((post.attrs["role"], org))
        first = ctx.person_ending(person.start - 1) if text[person.start - 1:person.start] == "、" else None
        if not chain and first is not None:
            posts += held.get(first.start, [])
        after = ctx.post_starting(person.end) if person.attrs.get("cue") == "post-after" else None
        if after is not None and after.start == person.end:
            posts.append((after.attrs["role"], after.attrs.get("org")))  # 孙某书记, 习近平总书记
        elif text.startswith("总书记", person.end):
            posts.append(("总书记", None))
        taken = TAKES_POST.match(text, person.end)
        post = ctx.post_starting(taken.end()) if taken else None
        if post is not None:
            sentence = doc.sentence_at(person.start)
            body = ctx.led_body(sentence, post.end)
            posts.append((post.attrs["role"], post.attrs.get("org") or (body.group("body") if body else None)))
        held[person.start] = posts
        cue = person.attrs.get("cue", "")
        if cue.startswith("byline:") and cue.split(":", 1)[1] not in NOT_A_POST:
            posts = [(cue.split(":", 1)[1], person.attrs.get("outlet"))] + posts
        elif cue.startswith("listed:") and not posts:
            posts = [(cue.split(":", 1)[1], None)]  # 张三、李四等县领导: the body the list stands for
        for role, org in posts:
            facts.memberships.append(Membership(person.text, role, org, [ev]))
    facts.people.extend(persons.values())


def _led_after(ctx: Ctx, chain: list[Mention], orgs: list[str | None],
               held: dict[int, list[tuple[str, str | None]]]) -> list[str | None]:
    """学院党委书记林晓东、院长陈美玲: a head written bare after the party secretary listed before
    leads the unit whose party committee that secretary's post names (学院党委 → 学院), a 镇长 governs
    the 镇 whose 镇党委 it names (城关镇党委书记王强和镇长李红 → 城关镇政府); a deputy
    written bare after the head listed before is of the head's body (巡视办主任周明、副主任吴刚)."""
    head = bare_head(chain[0].attrs["head"]) if chain else ""
    implied = head in IMPLIED_ORG and orgs[0] == head[0] + IMPLIED_ORG[head]
    if not chain or (orgs[0] is not None and not implied):
        return orgs
    text = ctx.doc.text
    before = ctx.person_ending(chain[0].start - 1) if text[chain[0].start - 1:chain[0].start] in "、和及与" else None
    for role, org in held.get(before.start, []) if before else []:
        body = PARTY_BODY.sub("", org or "")
        if implied:
            if body != org and body.endswith(head[0]):
                return [body + IMPLIED_ORG[head]] + orgs[1:]  # 城关镇党委书记王强和镇长李红: 城关镇政府
            continue
        if head in HEAD_OF and body and body != org and body.endswith(HEAD_OF[head]):
            return [body] + orgs[1:]
        if org and role.endswith(head) and len(chain) == 1:
            return [org]  # 省委巡视办主任周明、副主任吴刚: the deputy of the same body
    return orgs


def _nearest_team(ctx: Ctx, pos: int) -> str | None:
    """The team a bare 组长/副组长 belongs to: the last one named before it in the same paragraph."""
    before = ctx.last_within(ctx.named_teams, ctx.paragraph_start(pos), pos)
    return team_name(before) if before else None


def team_name(team: Mention) -> str:
    """A team mention's name: its text, or for 第一 of 区委第一、第二巡察组 the team it names (区委第一巡察组)."""
    return team.attrs.get("name", team.text)


def raw_teams(ctx: Ctx) -> None:
    """One raw Team per team mention; resolve merges them into the document's teams. A team written
    without its dispatcher takes the committee whose 部署 the sentence cites (根据市委统一部署,第二巡察组…)."""
    text = ctx.doc.text
    listed: dict[int, str | None] = {}  # team end → its dispatcher, for the team listed after it
    for m in ctx.teams:
        a = m.attrs
        dispatcher = a["dispatcher"]
        sentence = ctx.doc.sentence_at(m.start)
        if dispatcher is None and not a["group"]:
            # 市委第一巡察组、第二巡察组: a team listed after another shares its dispatcher.
            dispatcher = next((listed[m.start - len(j)] for j in TEAM_JOINERS if text.endswith(j, 0, m.start)
                               and m.start - len(j) in listed), None)
        if dispatcher is None and not a["group"] and sentence is not None:
            cited = ctx.deployed_by(sentence, m.start)
            dispatcher = cited.group("committee") if cited else None
        listed[m.end] = dispatcher
        name = team_name(m)
        ctx.doc.facts.teams.append(Team(name=name, aliases=[name], kind=a["kind"], ordinal=a["ordinal"],
                                        dispatcher=dispatcher, evidence=[ctx.doc.evidence(m.start, m.end)]))


# ---------------------------------------------------------------- inspections and feedback

def split_targets(ctx: Ctx, start: int, end: int, for_feedback: bool) -> list[str]:
    """The organisations in a target list: 、-separated, 和/及/与 only between two organisation names,
    without 等N个单位; for feedback, a person's post stands for its organisation (区委书记王小军 → 区委)."""
    text = ctx.doc.text
    span = text[start:end].strip()
    span = re.sub(r"^(?:分别|了)+", "", span)
    each = span.startswith("各")  # 向各村党支部反馈: every inspected unit of that kind (resolve expands it)
    span = span.lstrip("各")
    parts: list[str] = []
    for piece in re.split(r"[、]", span):
        parts.extend(_split_and(GROUP_TAIL.sub("", piece.strip())))
    out: list[str] = []
    for part in _share_party_body(parts):
        part = GROUP_TAIL.sub("", re.sub(r"[(（][^()（）]*[)）]$", "", part))
        part = re.sub(r"^(?:我|本)([省市州县区旗])$", r"\1委", part)  # 对我市进行了巡视: the city's committee
        part = OWN_UNIT.get(part, part)
        part = OWN.sub("", part)  # 对我局党组: the 局党组 the document names (resolve completes it)
        part = OWNER_PREFIX.sub("", part)
        if for_feedback:
            last = next((p for p in POST.finditer(part) if p.end() == len(part)), None)
            if last and last.start("head") > 0 and name_end(part, 0) is None:
                part = part[:last.start("head")]  # 镇党委书记、镇长黄文: the first post's organisation
            post = POST.search(part)
            if post and name_end(part, post.end()) == len(part):
                part = part[:post.start("head")] if post.group("unit") is None else part[:post.end("unit")]
                if not part:
                    continue
            part = TARGET_TAIL.sub("", part)
        part = part.strip()
        if INSPECTED_UNITS.match(part) or (ORG_END.search(part) and len(part) >= 2 and "的" not in part
                                           and not GENERIC_TARGET.match(part)):
            out.append("各" + part if each and for_feedback and not out else part)
    return list(dict.fromkeys(out))


def _share_party_body(parts: list[str]) -> list[str]:
    """桃源村、石门村党支部: the party body written once after the last of units of one kind is each one's
    (桃源村党支部, 石门村党支部); a unit of another kind keeps its own name."""
    last = PARTY_BODY.search(parts[-1]) if parts else None
    if last is None or last.start() == 0:
        return parts
    kind = parts[-1][last.start() - 1]
    shared = [p + last.group() if p and not PARTY_BODY.search(p) and p.endswith(kind) and p[-1] in UNIT_KINDS else p
              for p in parts[:-1]]
    return shared + parts[-1:]


def _complete(part: str) -> bool:
    """Whether ``part`` can end a target before 和/及/与: an organisation, 被巡察单位, or a post and name."""
    post = POST.search(part)
    return bool(ORG_END.search(part) or INSPECTED_UNITS.match(part) or TARGET_TAIL.search(part)
                or (post and name_end(part, post.end()) == len(part)))


def _split_and(piece: str) -> list[str]:
    """Split on 和/及/与 where the left side is complete (住房和城乡建设局 stays whole)."""
    for m in SPLIT_AND.finditer(piece):
        left = piece[:m.start()].strip()
        if left and _complete(left):
            return [left] + _split_and(piece[m.end():].strip())
    return [piece] if piece else []


def _team_before(ctx: Ctx, sentence: Sentence, pos: int) -> Mention | None:
    return ctx.last_within(ctx.teams, sentence.start, pos)


def _lead_team(ctx: Ctx, sentence: Sentence, team: Mention | None) -> Mention | None:
    """A与B联动: the first of teams joined before 联动/联合 leads the inspection they make together."""
    text = ctx.doc.text
    if team is None or not text.startswith(LINKED, team.end):
        return team
    before = ctx.last_within(ctx.teams, sentence.start, team.start)
    return before if before is not None and text[before.end:team.start] in TEAM_JOINERS else team


def _paired(ctx: Ctx, sentence: Sentence, pos: int, targets_start: int, team: Mention | None,
            targets: list[str]) -> list[tuple[Mention | None, list[str]]]:
    """市委第一巡察组、第二巡察组分别向A、B反馈: teams listed before 分别 and as many targets after it
    pair up in order (第一 → A, 第二 → B); with more targets than teams no team is known to have had
    which (none is given); a single team has all its targets."""
    text = ctx.doc.text
    if team is None or "分别" not in text[team.end:targets_start] or len(targets) < 2:
        return [(team, targets)]
    teams = [team]
    for before in ctx.backwards(ctx.teams, sentence.start, team.start):
        if text[before.end:teams[0].start] not in TEAM_JOINERS:
            break
        teams.insert(0, before)
    if len(teams) == 1:
        return [(team, targets)]
    if len(teams) != len(targets):
        return [(None, targets)]  # which team had which unit is not said
    return [(t, [target]) for t, target in zip(teams, targets)]


class Statement(NamedTuple):
    """An inspection stated in a sentence: where, the span of its target list, its mode, whether the
    sentence says it was completed (the date is then its end), and the team named before it."""

    pos: int
    targets_start: int
    targets_end: int
    mode: str | None
    done: bool
    team: Mention | None


def inspections(ctx: Ctx) -> list[tuple[Inspection, Sentence]]:
    """对X开展了常规巡察, X接受了Y的巡察, 进驻X, 巡视了X, 对X的巡察完成: one Inspection per statement, with its date and round."""
    doc, text = ctx.doc, ctx.doc.text
    out: list[tuple[Inspection, Sentence]] = []
    for sentence in doc.sentences:
        s_text = text[sentence.start:sentence.end]
        if "巡" not in s_text:
            continue
        found: list[Statement] = []
        for m in INSPECT.finditer(text, sentence.start, sentence.end):
            mode = m.group("mode") or m.group("mode2")
            if m.group("rev") or (m.group("kind") and "回头看" in text[m.start("kind") - 6:m.start("kind")]):
                mode = "回头看"  # 巡察“回头看” / “回头看”巡察
            team = _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start()))
            found.append(Statement(m.start(), m.start("targets"), m.end("targets"), mode, bool(m.group("done")), team))
        for m in ACCEPT.finditer(text, sentence.start, sentence.end):
            by = ctx.within(ctx.teams, m.start("by"), m.end("by")) if m.group("by") else []
            found.append(Statement(m.start(), m.start("targets"), m.end("targets"), m.group("mode"), False,
                                   by[-1] if by else _team_before(ctx, sentence, m.start())))
        for m in ENTER.finditer(text, sentence.start, sentence.end):
            team = _team_before(ctx, sentence, m.start())
            if team is not None:
                found.append(Statement(m.start(), m.start("targets"), m.end("targets"), m.group("mode"), False, team))
        for t in ctx.within(ctx.teams, sentence.start, sentence.end):
            m = TEAM_VERB.match(text, t.end, sentence.end)
            group = "targets2" if m and m.group("done") else "targets"
            if m and m.group("what") not in ("反馈会", "反馈大会") and ORG_END.search(m.group(group)):
                found.append(Statement(t.end, m.start(group), m.end(group), None, False, t))
        for pos, t_start, t_end, mode, done, team in found:
            targets = [t for t in split_targets(ctx, t_start, t_end, for_feedback=False) if not INSPECTED_UNITS.match(t)]
            date = last_date_before(ctx, sentence, pos) or _shared_date(ctx, sentence)
            # A statement of what was done, not of what is to be done: 进行了, a date, 完成; never 将对X开展巡视.
            if (not targets or PLANNED.search(text, max(sentence.start, pos - 3), pos)
                    or not (date or done or "了" in text[t_end:t_end + 4] or (team and _specific(team)))):
                continue
            start = end = None
            if date:
                start, end = (None, date[1]) if done and not date[2] else (date[1], date[2])
            round_m = ctx.round_of(sentence)
            for by, its_targets in _paired(ctx, sentence, pos, t_start, team, targets):
                insp = Inspection(key="", team=team_name(by) if by else None, targets=its_targets, start=start, end=end,
                                  mode=_mode(mode), round=round_m.group("round") if round_m else None,
                                  evidence=[doc.evidence(sentence.start, sentence.end)])
                out.append((insp, sentence))
    return out


def _shared_date(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """2023年10月至12月,第一巡察组对A开展了巡察;第三巡察组对B开展了专项巡察: clauses joined by ；
    share the date that opens the first."""
    text = ctx.doc.text
    i = ctx.sentence_index(sentence)
    while i > 0:
        prev = ctx.doc.sentences[i - 1]
        if not text[prev.start:sentence.start].rstrip().endswith(("；", ";")) or prev.start < ctx.paragraph_start(sentence.start):
            return None
        found = ctx.dates_in(prev.start, prev.end)
        if found:
            return found[-1]
        i, sentence = i - 1, prev
    return None


def _specific(team: Mention) -> bool:
    """A numbered team, or one of a named kind (提级交叉巡察组), rather than 巡视组 in general."""
    return team.attrs["ordinal"] is not None or team.attrs["mode"] is not None


def _mode(mode: str | None) -> str | None:
    return {"交叉": "提级交叉", "联动": "提级交叉"}.get(mode or "", mode)


def feedback(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """向X反馈, X巡察Y反馈会, 进行了巡察意见反馈 (with a date): one Feedback per statement."""
    doc, text = ctx.doc, ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for sentence in doc.sentences:
        s_text = text[sentence.start:sentence.end]
        if "反馈" not in s_text or not ("巡视" in s_text or "巡察" in s_text):
            continue
        events: list[tuple[int, list[str], Mention | None]] = []
        for m in FEEDBACK_TO.finditer(text, sentence.start, sentence.end):
            targets = split_targets(ctx, m.start("targets"), m.end("targets"), for_feedback=True)
            if targets:
                pairs = _paired(ctx, sentence, m.start(), m.start("targets"), _team_before(ctx, sentence, m.start()), targets)
                events += [(m.start(), its_targets, by) for by, its_targets in pairs]
        for m in FEEDBACK_ON.finditer(text, sentence.start, sentence.end):
            group = "targets" if m.group("targets") else "targets2"
            targets = split_targets(ctx, m.start(group), m.end(group), for_feedback=True)
            if targets:
                events.append((m.start(), targets, _team_before(ctx, sentence, m.start())))
        for t in ctx.within(ctx.teams, sentence.start, sentence.end):
            m = TEAM_VERB.match(text, t.end, sentence.end)
            if m and m.group("what") in ("反馈会", "反馈大会") and ORG_END.search(m.group("targets") or ""):
                events.append((t.end, split_targets(ctx, m.start("targets"), m.end("targets"), False), t))
        if not events:
            m = FEEDBACK_DONE.search(text, sentence.start, sentence.end)
            if m and last_date_before(ctx, sentence, m.start()):
                events.append((m.start(), [], _team_before(ctx, sentence, m.start())))
        said_done = "反馈了" in s_text
        presider = _presider(ctx, sentence) if events else None
        for pos, targets, team in events:
            if not ((team and _specific(team)) or last_date_before(ctx, sentence, pos) or said_done):
                continue
            fb = Feedback(key="", team=team_name(team) if team else None, targets=targets,
                          evidence=[doc.evidence(sentence.start, sentence.end)])
            date = last_date_before(ctx, sentence, pos)
            if date:
                if date[2]:
                    fb.start, fb.end = date[1], date[2]
                else:
                    fb.date = date[1]
            fb.presided_by = presider
            out.append((fb, sentence))
    return out


def _presider(ctx: Ctx, sentence: Sentence) -> str | None:
    """X主持 in the feedback's sentence or the two after it, in the same paragraph."""
    i = ctx.sentence_index(sentence)
    para_end = ctx.paragraph_end(sentence.start)
    for s in ctx.doc.sentences[i:i + 3]:
        if s.start >= para_end:
            break
        for p in ctx.within(ctx.people, s.start, s.end):
            if PRESIDE.match(ctx.doc.text, p.end):
                return p.text
    return None


@stage("relations")
def relations(doc: Document) -> Document:
    """People and posts, one raw team per team mention, inspections and feedback, in surface forms."""
    ctx = Ctx.of(doc)
    people_and_posts(ctx)
    raw_teams(ctx)
    found = inspections(ctx)
    fbs = feedback(ctx)
    for n, (insp, sentence) in enumerate(found, 1):
        insp.key = f"inspection-{n}"
    # A feedback in the same sentence as an inspection is that inspection's (…巡察完成后…进行了反馈).
    first_in: dict[int, Inspection] = {}
    for insp, sentence in found:
        first_in.setdefault(id(sentence), insp)
    for n, (fb, sentence) in enumerate(fbs, 1):
        fb.key = f"feedback-{n}"
        same = first_in.get(id(sentence))
        if same and not fb.targets:
            fb.inspection = same.key
            fb.targets = list(same.targets)
            fb.team = same.team
    doc.facts.inspections.extend(i for i, _ in found)
    doc.facts.feedback.extend(f for f, _ in fbs)
    return doc
