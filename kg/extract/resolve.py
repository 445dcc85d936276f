"""Within-document coreference: surface forms → the document's entities.

Short forms point at the full entity the text names elsewhere (区委 → 下花园区委,
开发区党工委 → 河北下花园经济开发区党工委, 巡察组 → 市委第四巡察组); a bare
committee (市委, 省委, 区政府) is completed from the places the document names,
its publisher line or the province it mentions (市委 + 来源:张家口市委巡察办 →
张家口市委). Then duplicates merge: one team per team, one inspection per team
and target list, one feedback per team and date, one person per name, with their
evidence pooled.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from kg.extract.lexicon import (COMMISSION_SHORT, DEPARTMENT_ENDS, ETHNIC_GROUPS, ISO_DAY_LENGTH, ISO_MONTH_LENGTH, NOT_PLACE,
                                PARTY_BODY_END, PROVINCES, UNIT_COUNTERS, WITHOUT_PARTY_COMMITTEE, abbreviates, another_unit,
                                in_order, numeral_value, party_key)
from kg.extract.mentions import (CLOSE_QUOTE, HEAD_OF, INSPECTION_MODES, LEVEL_COMMITTEES, LEVELS, OPEN_QUOTE, SUBTEAM,
                                 ORG_SUFFIX_END, PARTY_COMMITTEES, alternation, bare_head)
from kg.extract.normalise import to_simplified
from kg.extract.pipeline import stage
from kg.extract.relations import (COUNTED_TAIL, COUNTED_UNITS, GENERIC_TARGET, INSPECTED_COUNT, INSPECTED_UNITS, PARTY_BODY,
                                  TITLE_DATE_AFTER, defined_short_names, round_period, without_person_first)
from kg.facts import DocumentFacts, Evidence, Feedback, Inspection, Issue, Membership, Organisation, Person, Recommendation, Team
from kg.ingest.document import Document

# Organs named after their committee (卫滨区委政法委, 雄安新区党工委巡察工作领导小组): org:subOrganizationOf it.
ORGANS = ("政法委", "组织部", "宣传部", "统战部", "办公室", "巡察办", "巡视办", "巡察工作领导小组", "巡视工作领导小组",
          "巡察工作领导小组办公室", "纪委", "监委", "纪委监委", "纪工委")
# 学校党委 / 校党委 / 学校 (校长 of 学校党委书记X、校长Y): the university the document names (吉林大学党委).
SCHOOL = re.compile(r"^(?:学校|校)(?P<rest>党委|党总支|党支部|纪委|党委巡察办|)$")
KIND_BODY = re.compile(r"^(?P<kind>学院|医院)(?P<body>党委|党总支|党支部)$")  # a unit by its kind alone, with its party body
SUBTEAM_END = re.compile(SUBTEAM.pattern + "$")  # a team's name ending with a group within it (…巡察组第一小组)
REGISTERED_ENDS = ("有限公司", "有限责任公司")  # a company's registered name, whole as written
REGISTERED_TAILS = ("有限公司", "有限责任公司", "股份有限公司")  # what a group's registered name adds after 集团
SCHOOL_ENDS = ("大学", "学院")  # a university's or college's name, whole as written (its short forms drop these)
LIST_JOINER = r"[、和及与,，]"  # what stands between two names listed side by side
# A committee or organ named by its level only: 市委, 区政府, 市纪委, 区委政法委, 省人大常委会.
LEVEL_ONLY = re.compile(rf"^(?P<level>{'|'.join(LEVELS)})(?P<rest>委(?:政法委|组织部|宣传部|统战部|办公室|巡察办|巡视办)?|"
                        r"纪委|监委|纪委监委|政府|人民政府|人大常委会|人大|政协)$")
# An autonomous region's committee or organ named by its level only (自治区党委, 自治区政府): the region the text is about.
REGION_ONLY = re.compile(r"^自治区(?P<rest>党委(?:政法委|组织部|宣传部|统战部|办公室|巡视办)?|纪委|监委|纪委监委|政府|人民政府|"
                         r"人大常委会|人大|政协)$")
# What a place written once is written after (对桐城县进行了巡察, 中共璟阳市第一人民医院委员会): not a verb's other
# characters (按程序移交县纪委监委 reads no place 程序移交县).
PLACE_WRITTEN_AFTER = re.compile(r"(?:^|[^\u4e00-\u9fff]|中共|[对向在赴到为与和及、])$")
CITY_WORK = re.compile(r"建设|发展|投资|管理|规划|更新|运营|综合")  # what a company's 城市 is followed by (城市建设投资集团)
# (an autonomous county or prefecture named with its peoples: 东乡族自治县, 长阳土家族自治县, never cut to 乡族自治县)
PLACE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{'|'.join(LEVELS)})|[\u4e00-\u9fff]{{2,8}}?族自治[县州区旗]")
# (来源：区纪委监委（区委巡察办）: the committee in the brackets, not 区纪委监委(区委)
PUBLISHER_COMMITTEE = re.compile(rf"^(?:[^()（）]*?[(（])?(?P<c>[^()（）\s]*?(?:{'|'.join(LEVEL_COMMITTEES + PARTY_COMMITTEES)}))")
# The organs of a unit a team may report to (向市委常委会反馈): the unit was inspected, not its organ.
UNIT_ORGANS = ("常委会", "领导班子", "班子")
# The party bodies an inspection reaches in a unit, and the endings that already name one.
TARGET_BODIES = ("党委", "党组", "党工委", "党总支", "党支部")
# The party bodies of a unit, by which a fact may name the unit written bare beside it (A、B党委 → A党委).
UNIT_BODIES = ("党委", "党组", "党工委", "党总支", "直属党支部", "党支部")
SCHOOL_BODY_ENDS = tuple(school + body for school in SCHOOL_ENDS for body in UNIT_BODIES)  # 材料学院党委
BARE_LOOKS = 8  # how many times a unit's name is looked at for one written without its party body
# (a place's committee, 县委 / 地委 / 工委, is a body; a government commission, 省发展改革委 / 市卫生健康委, is a unit whose
# party body its 党组 is)
BODY_ENDS = re.compile(r"(?:党委|党组|党工委|党总支|党支部|(?<=[省市县区州旗盟地工])委|组)$")
# 中共甲市第一人民医院委员会 / 中共甲县妇幼保健院总支部委员会: a unit's party body by its full name, the name its own
# reports sign with; in short 甲市第一人民医院党委 / 甲县妇幼保健院党总支 (a place's 委员会 is its 市委/县委: not here).
# 中共甲市乙新区工作委员会 / 中共甲县城关街道工作委员会 / 中共甲省直属机关工作委员会: a working committee, in short its 工委
# (乙新区工委, 城关街道工委: a place's level may stand before it, unlike before a unit's 委员会).
BODY_IN_FULL = re.compile(rf"^(?:中国共产党|中共)(?P<unit>[\u4e00-\u9fff]{{2,30}}?)"
                          rf"(?:(?P<body>工作委员会)|(?<!{'|'.join(LEVELS)})(?<!纪律检查)(?P<own>总支部委员会|支部委员会|委员会))$")
BODY_IN_SHORT = {"委员会": "党委", "总支部委员会": "党总支", "支部委员会": "党支部"}  # (中共甲省纪律检查委员会: no unit's body)
# A committee's organ named 委员会, no unit's party body: 中共甲省委政法委员会 / 中共中央政法委员会 is 甲省委政法委.
ORGAN_COMMITTEE = re.compile(r"政法$")
PLACE_ONLY = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}(?:{'|'.join(LEVELS)})$")
# A kind of unit written alone (局, 委, 办, 学校): no organisation's name.
BARE_UNIT = re.compile(r"^(?:局|委|办|厅|院|校|所|站|行|部|处|科|室|社|馆|会|中心|公司|集团|学校|学院|大学)$")
# A committee named by its kind alone (省委, 党组, 自治区党委): no particular committee.
BARE_COMMITTEE = re.compile(rf"^(?:自治区)?(?:中央|(?:{'|'.join(LEVELS)}|盟|地)委|党委|党组|党工委|工委)$")
# The speaker's own place (我县, 本市), inspected as a whole.
OWN_PLACE = re.compile(rf"^(?:我|本)(?P<level>{'|'.join(LEVELS)})$")
# A company's legal form, which a short name leaves out (中国华岳集团 for 中国华岳集团公司).
LEGAL_FORM = re.compile(r"(?:有限责任|有限)?公司$")
# A group of teams: 各巡察组, 5个巡察组, 第一至第五巡察组.
GROUP = re.compile(r"(?:各|上述)(?=[^各]{0,6}组$)|\d+个|[一二三四五六七八九十两]+个|第[一二三四五六七八九十\d]+[至到—－\-~～]第")


# A unit's own site calls it 我校 / 我院 / 我局 / 我馆 … (学校党委, 局党组 in the team's words): the unit the site is named
# after, where its name ends as that word's kind of unit does (SELF_KINDS). The site's name is the page's first line
# (东北师范大学新闻网, 株洲市市场监督管理局) or its source (来源：县人民医院).
SELF_REFERENCE = re.compile(r"^(?:我|本)?(?P<kind>学校|校|医院|院|局|馆|台|公司|行|厅|中心)(?P<body>党委|党组|党总支|党支部)?$")
SELF_KINDS = {"学校": ("大学", "学院", "学校", "中学", "小学"), "校": ("大学", "学院", "学校", "中学", "小学"),
              "医院": ("医院",), "院": ("医院", "学院", "法院", "检察院", "研究院", "科学院"), "局": ("局",), "馆": ("馆",),
              "台": ("台",), "公司": ("公司",), "行": ("银行", "分行", "支行"), "厅": ("厅",), "中心": ("中心",)}
# (a name, not a headline on the first line: 市委第五巡察组进驻市人民医院 names no site)
SITE_NAME = re.compile(r"(?![^\n]*(?:巡视|巡察|召开|进驻|反馈|关于|开展|整改))(?P<unit>[\u4e00-\u9fff（）()]{4,30}?)"
                       r"(?:新闻网|门户网站|官方网站|官网|网站|网)?")


def body_in_short(name: str) -> str | None:
    """中共甲医院委员会 → 甲医院党委 (BODY_IN_FULL); None for any other name."""
    if not (m := BODY_IN_FULL.match(name)):
        return None
    if m.group("body"):
        return m.group("unit") + "工委"
    if m.group("own") == "委员会" and ORGAN_COMMITTEE.search(m.group("unit")):
        return m.group("unit") + "委"
    return m.group("unit") + BODY_IN_SHORT[m.group("own")]


# A count of units opening a collective's name (两家分公司党委, 三大公司党组): no name of one body ends the collective's.
COUNT_OPENED = re.compile(r"[一二三四五六七八九十两\d]+[家个所大]")


@dataclass
class Orgs:
    """The organisation names of one document and how short forms map to full ones. The names are indexed
    by the ends of their keys: a long list of targets names thousands, and a scan of all of them per
    surface form is quadratic."""

    counts: Counter[str]
    places: dict[str, str]  # level (省/市/县/区…) → the place the document is about at that level
    publisher: str | None = None  # the committee whose page published the document (来源:张家口市委巡察办 → 张家口市委)
    short_names: dict[str, str] = field(default_factory=dict)  # the short names the text defines (一汽 → its full name)
    text: str = ""  # the document's text, where two names listed side by side say they are two units
    sites: tuple[str, ...] = ()  # the units whose own site the page may be on (its first line, its source: SITE_NAME)
    cache: dict[str, str] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=dict)  # a name's key → the names
    by_end: dict[str, list[str]] = field(default_factory=dict)  # every end of a name's key → the names
    # last two characters → one character → the keys ending so and holding it (made for an ending when first asked)
    by_char: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    by_pair: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # (last two, two characters) → keys

    def __post_init__(self) -> None:
        # Filled through a defaultdict: setdefault built a list for every end, used or not.
        by_end: defaultdict[str, list[str]] = defaultdict(list, self.by_end)
        for f in self.counts:
            key = party_key(f)
            self.by_key.setdefault(key, []).append(f)
            for i in range(len(key) + 1):
                by_end[key[i:]].append(f)
        self.by_end = dict(by_end)

    def _holding(self, end: str) -> dict[str, set[str]]:
        """Character → the keys ending in ``end`` (two characters, or a department's one) that hold it. Made for an ending when first
        asked: most endings are never asked for, and indexing every character of every key cost more than
        the lookups."""
        if end not in self.by_char:
            holding: defaultdict[str, set[str]] = defaultdict(set)
            for f in self.by_end.get(end, []):
                key = party_key(f)
                for c in key:
                    holding[c].add(key)
            self.by_char[end] = dict(holding)
        return self.by_char[end]

    def abbreviated(self, key: str) -> list[str]:
        """The names whose key ``key`` abbreviates: among those ending alike and holding all its characters. A company's
        registered name (…有限公司) abbreviates none (甲煤业有限公司 is the parent of 甲煤业乙矿业有限公司, not its short
        form), nor does a university's (云岭大学 and 云岭农业大学 are two)."""
        if len(key) < 4 or key.endswith(REGISTERED_ENDS):
            return []
        if key.endswith(SCHOOL_ENDS):  # 云岭大学 is no short form of 云岭农业大学: a university's name is whole
            return []
        found = self._held(key, key[-2:])
        if not found and key[-1] in DEPARTMENT_ENDS:  # 县住建局: a department of its level ending otherwise (建设局)
            found = self._held(key, key[-1:])
        if not found and COMMISSION_SHORT.search(key):  # 省卫生健康委: a commission by its full name (…委员会)
            found = self._held(key, "员会")
        if key.endswith(SCHOOL_BODY_ENDS):
            # a school's short form keeps its first character (材料学院党委 for 材料科学与工程学院党委; 文学院党委 is no short
            # form of 历史文化学院党委)
            found = [f for f in found if party_key(f)[:1] == key[:1]]
        return found

    def _held(self, key: str, end: str) -> list[str]:
        """The names ending in ``end`` that hold every character of ``key`` and that it abbreviates."""
        holding = self._holding(end)
        if not all(c in holding for c in key):
            return []  # (a character no name ending so holds)
        chars = sorted(set(key), key=lambda c: (len(holding[c]), c))
        # The keys holding the two rarest characters, found once per pair (not once per key that has them).
        pair = (end, *sorted(chars[:2]))
        if pair not in self.by_pair:
            self.by_pair[pair] = set.intersection(*(holding[c] for c in pair[1:]))
        held = self.by_pair[pair].intersection(*(holding[c] for c in chars[2:]))
        return [f for full in held if abbreviates(key, full) for f in self.by_key[full]]

    def ending(self, end: str) -> list[str]:
        """The names whose key ends in ``end``."""
        return self.by_end.get(end, [])

    @classmethod
    def of(cls, doc: Document, used: list[str]) -> "Orgs":
        # A model's organisation counts when it ends like one (the rules' always do); a name read over a person the
        # text names and a joiner is the unit after them (陈旭和清华大学党委).
        people = {m.text for m in doc.mentions if m.label == "PERSON"}
        counts: Counter[str] = Counter(without_person_first(m.text, people) for m in doc.mentions if m.label == "ORG"
                                       and (m.source == "rules" or ORG_SUFFIX_END.search(m.text)))
        counts.update(u for u in used if u)
        short_names = defined_short_names(doc.text)
        counts.update(short_names.values())
        counts.update(short for f in list(counts) if (short := body_in_short(f)))
        publisher = PUBLISHER_COMMITTEE.match(doc.metadata.source or "")
        place_votes: Counter[tuple[str, str]] = Counter()
        if publisher:
            counts[publisher.group("c")] += 1
        for name, n in counts.items():
            key = party_key(name)
            for m in PLACE.finditer(key):
                place = m.group()
                if NOT_PLACE.search(place) or place.endswith("省") or (
                        len(place) > 3 and place.endswith("城市") and CITY_WORK.match(key, m.end())):
                    continue  # (云岫城市建设投资集团: 城市 a word of the company's trade, no city 云岫城市; 晋城市 is one)
                weight = 3 if key[m.end():m.end() + 1] == "委" else 1
                if weight == 1 and doc.text.count(place) < 2:
                    at = max(0, doc.text.find(place))  # (the two characters before it are all the pattern reads)
                    if not PLACE_WRITTEN_AFTER.search(doc.text, max(0, at - 2), at):
                        continue  # (按程序移交县纪委监委 once, after a verb: a name read over the verb, no place of the text's)
                place_votes[(place[-1], place)] += n * weight
        if publisher:
            for m in PLACE.finditer(publisher.group("c")):
                place_votes[(m.group()[-1], m.group())] += 2
        # (江阴市纪委监委 over a page naming 无锡市委、江阴市委 once each: the site's own place, not the first in order)
        if site := SITE_NAME.fullmatch(doc.text.lstrip().split("\n", 1)[0].strip()):
            for m in PLACE.finditer(site.group("unit")):
                place_votes[(m.group()[-1], m.group())] += 2
        for level, place in list(place_votes):
            if place.endswith("城市") and (level, place[:-2] + "市") in place_votes:
                del place_votes[(level, place)]  # (宜昌城市建设投资 beside 宜昌市: 城市 a word there, the place 宜昌市; not 晋城市)
        places: dict[str, str] = {}
        for (level, place), _n in sorted(place_votes.items(), key=lambda kv: (-kv[1], kv[0])):
            places.setdefault(level, place)
        # (a municipality's committee is a 市委, never the 省委 of a text: 本报北京讯 before 省委第一巡视组 makes no 北京市委)
        provinces = Counter({full: n for short, full in PROVINCES.items()
                             if short not in WITHOUT_PARTY_COMMITTEE and not full.endswith("市")
                             and (n := doc.text.count(short))})
        if provinces:
            best = sorted(provinces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            places["省"] = best  # the province-level division the text names most
        first_line = doc.original.lstrip().split("\n", 1)[0].strip()
        sites = tuple(site.group("unit") for name in (first_line, doc.metadata.source or "")
                      for part in name.split("·") if (site := SITE_NAME.fullmatch(part.strip())))
        return cls(counts, places, publisher.group("c") if publisher else None, short_names, text=doc.text, sites=sites)

    def canonical(self, surface: str) -> str:
        """The fullest name the document gives the organisation ``surface`` names."""
        if surface not in self.cache:
            full = self.defined(surface)
            self.cache[surface] = name = self._canonical(surface) if full is None else self.canonical(full)
            if name != surface:  # (委党组 → 省卫生健康委党组 → 江西省卫生健康委员会党组: the fullest, however reached)
                self.cache[surface] = self.canonical(name)
        return self.cache[surface]

    def site_unit(self, kind: str) -> str | None:
        """The unit whose own site the page is on, where its name is of ``kind`` (我校: a 大学 or a 学院)."""
        return next((site for site in self.sites if site.endswith(SELF_KINDS[kind])), None)

    def defined(self, surface: str) -> str | None:
        """The full name of a short name the text defines, written alone or with its party body (一汽党委)."""
        if not self.short_names:
            return None  # (most texts define none)
        for body in ("", *UNIT_BODIES):
            if surface.endswith(body) and (full := self.short_names.get(surface[:len(surface) - len(body)])):
                return full if full.endswith(body) else full + body  # (中国证监会党委 for 中国证券监督管理委员会党委（中国证监会）)
        return None

    @staticmethod
    def _place_prefix_ok(prefix: str, surface: str) -> bool:
        """省委 is completed only by a province (辽宁省委): no other word ends in a province's name; no level's
        committee by 团 (团区委, 团市委: the Youth League's committee of the place, another body), nor by other committees
        (省委市委县委工作要求: committees named in a row, no place of 县委's); no body by a count (两家分公司党委: the
        units counted, not the one 公司党委 that sends a team)."""
        if surface.startswith("省"):
            return prefix.rstrip("省") in PROVINCES or prefix in PROVINCES.values()
        if surface.startswith(LEVEL_COMMITTEES) and prefix.endswith(LEVEL_COMMITTEES):
            return False
        return prefix != "团" and not COUNT_OPENED.match(prefix)

    def registered_from(self, surface: str) -> str | None:
        """The registered name a short name's fuller written form leads to (集团党委 → 鼎川能源集团党委 → …有限公司党委)."""
        key = party_key(surface)
        longer = [party_key(f) for f in self.ending(key) if len(party_key(f)) > len(key)]
        return next((r for k in longer if (r := self._registered(k))), None)

    def registered(self, surface: str) -> str | None:
        """A group's party body written short, the document writing the group's registered name without a body (浙能集团党委
        beside 浙江省能源集团有限公司): that name."""
        return self._registered(party_key(surface), bodiless=True) if surface.endswith(UNIT_BODIES) else None

    def _registered(self, key: str, bodiless: bool = False) -> str | None:
        """A group's party body written short, 江北交通投资集团党委 / 华菱集团党委: the one the document writes with the
        group's registered name (江北交通投资集团有限公司党委, 湖南华菱钢铁集团有限责任公司党委: place and words dropped);
        ``bodiless``: or the registered name written without a body (Orgs.registered)."""
        body = next((b for b in UNIT_BODIES if key.endswith(b)), "")
        unit = key[:len(key) - len(body)]
        if not body or not unit.endswith("集团"):
            return None
        for written_body in (body, "") if bodiless else (body,):
            found = {party_key(f): f for tail in REGISTERED_TAILS for f in self.ending(tail + written_body)
                     if (full := party_key(f)[:len(party_key(f)) - len(tail + written_body)]) == unit
                     or (full.endswith("集团") and abbreviates(unit, full))}
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def names(self, surface: str) -> bool:
        """Whether the document writes this organisation (in this form or a fuller one)."""
        return bool(self.ending(party_key(surface)))

    def _canonical(self, surface: str) -> str:
        key = party_key(surface)
        holder = SCHOOL.match(key)  # before 学校党委 → 校党委's longer forms
        if holder:
            ends = tuple(kind + holder.group("rest") for kind in ("大学", "学院", "中学", "小学"))  # (县第一中学党委)
            schools = {party_key(f) for end in ends for f in self.ending(end) if len(party_key(f)) > len(end)}
            universities = {f for f in schools if f.endswith("大学" + holder.group("rest"))}
            if len(schools) > 1 and len(universities) == 1:
                schools = universities  # a 学院 beside a 大学 is one of its schools, not 学校
            fullest = max(schools, key=len, default="")
            if schools and all(fullest.endswith(f) for f in schools):  # (青禾县第一中学党委 and 县第一中学党委: one)
                return fullest
        level = LEVEL_ONLY.match(surface)  # (市委: a committee by its level, completed by the text's place of that level)
        longer = [f for f in self.ending(key) if len(party_key(f)) > len(key)
                  and self._place_prefix_ok(party_key(f)[:-len(key)], surface)]
        if longer:
            votes: Counter[str] = Counter()
            for f in longer:
                votes[party_key(f)] += self.counts[f]
            # (无锡市委、江阴市委 once each on 江阴市纪委监委's page: the text's own place breaks the tie)
            own = self.places.get(level.group("level"), "") if level else ""
            best = sorted(votes.items(), key=lambda kv: (-kv[1], not (own and kv[0].startswith(own)), -len(kv[0]), kv[0]))[0][0]
            fuller = self.ending(best)
            # (集团党委 → 江北交通投资集团党委 → 江北交通投资集团有限公司党委, a unit's; not a team's dispatcher: dispatcher_of)
            return self._registered(best) or sorted(fuller, key=lambda f: (-len(f), f))[0]
        # 局 (of 局党组书记、局长) → the 局 whose party group the document names.
        groups = {party_key(f)[:-2] for end in (key + "党组", key + "党委") for f in self.ending(end)
                  if len(party_key(f)) > len(end)}
        fullest = max(groups, key=len, default="")
        if groups and all(fullest.endswith(g) for g in groups):  # 东阳市交通运输局 and 市交通运输局 are one
            return fullest
        if registered := self._registered(key):
            return registered
        # 学院党委 / 医院党委 on a page about one 学院 (机械与动力工程学院召开…反馈会 … 学院党委书记…): that unit, where the
        # document names one unit of the kind and no other (as the document writes it: with its body only where it does)
        if (kind := KIND_BODY.match(key)) and len(units := {party_key(f) for f in self.ending(kind.group("kind"))
                                                         if len(party_key(f)) > len(kind.group("kind"))}) == 1:
            unit = next(iter(units))
            return unit + kind.group("body") if self.names(unit + kind.group("body")) else unit
        if (region := REGION_ONLY.match(surface)) and self.places.get("省", "").endswith("自治区"):
            return self.places["省"] + region.group("rest")  # (自治区党委 on a page about 广西壮族自治区)
        # (区委办公室 is the committee's own office by its full name, no short form of 区人大常委会办公室)
        short = [] if level else [f for f in self.abbreviated(key) if not _listed_together(self.text, surface, f)]
        keys = {party_key(f) for f in short}
        longest = max(keys, key=len, default="")
        if keys and all(longest.endswith(k) for k in keys):  # (one name, and its tail cut by a mention's bad start)
            return sorted((f for f in short if party_key(f) == longest), key=lambda f: (-len(f), f))[0]
        if level and level.group("level") in self.places:
            return self.places[level.group("level")] + level.group("rest")
        # (中国云岭铝业集团通报称 beside 中国云岭铝业集团有限公司: the group by its registered name)
        # (not where the page writes it with its body only: 进驻华岳矿业集团 beside 中国华岳矿业集团有限公司党组)
        registered = {f for tail in REGISTERED_TAILS for f in self.by_key.get(key + tail, [])} if key.endswith("集团") else set()
        if len(registered) == 1 and not any(self.ending(f + b) for f in registered for b in UNIT_BODIES):
            return registered.pop()
        # (集团公司党委 on a page that writes the group's registered name without a body, 山西焦煤集团有限责任公司: its body)
        body = next((b for b in UNIT_BODIES if surface.endswith(b)), "")
        bare = surface[:len(surface) - len(body)]
        if body and bare and self.names(surface) and not self.registered(surface) \
                and not (unit := self.canonical(bare)).endswith(bare) \
                and unit.endswith(REGISTERED_TAILS):
            return unit + body  # (not a fuller name of its own: 中港建设(香港)有限公司党委 stays as the text's longer forms leave it)
        equal = self.by_key.get(key, [])
        return sorted(equal, key=lambda f: (-len(f), f))[0] if equal else surface


# What parts two names listed side by side: a joiner, spaces (县委办公室 县人大常委会办公室), or a line break and the next
# line's number (1.文学院党委\n2.历史文化学院党委).
LISTED_APART = rf"(?:{LIST_JOINER}|；|;|[ \t\u3000]+|[ \t\u3000]*\n[ \t\u3000]*(?:\d{{1,3}}[.．、)）][ \t\u3000]*)?)"


def _listed_together(text: str, a: str, b: str) -> bool:
    """甲大学党委、甲医科大学党委: names listed side by side are two units, whatever one's characters say of the other."""
    return any(re.search(re.escape(x) + LISTED_APART + re.escape(y), text) for x, y in ((a, b), (b, a)))


def _merge_evidence(*lists: list[Evidence]) -> list[Evidence]:
    """One copy of each piece of evidence, in document order."""
    return sorted(set(e for lst in lists for e in lst))


@dataclass
class TeamCluster:
    """The mentions of one team, while they are being merged."""

    kind: str
    ordinal: int | None
    mode: str | None
    dispatcher: str | None
    core: str
    surfaces: list[str] = field(default_factory=list)
    dispatchers: list[str | None] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def name(self) -> str:
        """吉林省委第六巡视组: the dispatcher as the genre writes it in a team's name, without 中共."""
        return party_key(self.dispatcher or "") + self.core


def _core(team: Team, mode: str | None) -> str:
    """第四巡察组 / 巡察四组 / 提级交叉巡察组 / 巡察组第一小组: the team's name without its dispatcher."""
    if sub := SUBTEAM_END.search(team.name):  # a group within a team: the team's core and the group's ordinal
        return _core(replace(team, name=team.name[:sub.start()]), mode) + sub.group()
    if team.ordinal is not None:
        m = re.search(r"(?:(?:提级交叉|交叉|提级|专项|机动|联动)?(?:巡视|巡察)组?)?第.+$"  # (巡视组第一组)
                      r"|(?:提级交叉|交叉|提级|专项|机动|联动)?(?:巡视|巡察)组?[一二三四五六七八九十\d]+组$", team.name)
        return m.group() if m else team.name
    written = re.search(r"(?:提级交叉|交叉|提级|专项|机动|上下联动|联动|村级)(?:巡视|巡察)?组$", team.name)
    return written.group() if written else (mode or "") + team.kind + "组"  # 联动巡察组, 村级巡察组 as written


def resolve_teams(raw: list[Team], orgs: Orgs, referenced: set[str], inspected: dict[str, set[str]] | None = None,
                  counting: dict[str, int] | None = None) -> tuple[list[Team], dict[str, str], dict[str, list[str]]]:
    """Merge one-per-mention teams into the document's teams; returns them, surface → team name, and
    group surface (各巡察组) → the names of the teams it stands for. A dispatcher is never completed into
    an organisation a team of the document inspects (学校党委第一巡察组对马克思主义学院党委…: not that 学院's). A team written
    bare that ``counting`` counts more units for than the one team of its kind inspects stands for several teams."""
    inspected = inspected or {}
    counting = counting or {}

    # (党委第一巡察组对东湖分行党委…,党委第二巡察组对C: no team's 党委 is a unit the document's teams inspect)
    inspected_units = {orgs.canonical(x) for units in inspected.values() for x in units}
    # (市委第三巡察组对双辽市开展巡察: no 双辽市委, the committee of the place the team inspects)
    inspected_units |= {_unit_key(u) for u in inspected_units}

    def dispatcher_of(t: Team) -> str | None:
        if not t.dispatcher:
            return None
        full = orgs.canonical(t.dispatcher)
        if (registered := orgs.registered_from(t.dispatcher)) and full == registered:
            full = t.dispatcher  # (集团党委第二巡察组 beside 鼎川能源集团党委: the team as written, not renamed …有限公司党委)
        return t.dispatcher if full in inspected_units or _unit_key(full) in inspected_units else full

    specific: dict[tuple, TeamCluster] = {}
    keys_of_kind: dict[tuple, list[tuple]] = {}  # (kind, ordinal, mode) → the keys of specific that start so
    generic: list[Team] = []
    # Teams written with their dispatcher first, so that 第四巡察组 alone joins 市委第四巡察组.
    for t in sorted(raw, key=lambda t: t.dispatcher is None):
        mode = _team_mode(t.name)
        sub = SUBTEAM_END.search(t.name)  # (巡察组第一小组: a team of its own, told apart by the group's ordinal)
        # (2个交叉巡察组 / 各专项巡察组: a group of teams whatever their mode, not a team of that mode; but beside a team of
        # that mode written without its ordinal, 3个提级交叉组 beside 某党工委提级交叉巡察组, that team written as its groups)
        if t.ordinal is None and sub is None and (mode is None or GROUP.search(t.name)
                                                  and (t.kind, None, (mode, None)) not in keys_of_kind):
            generic.append(t)
            continue
        dispatcher = dispatcher_of(t)
        # (交叉巡察第一组 and 县委第一巡察组 are two teams: a team's mode in its name tells it apart, with its ordinal or not)
        kind_key = (t.kind, t.ordinal, (mode, sub.group() if sub else None))
        same_kind = keys_of_kind.get(kind_key, [])
        # 中央第一巡视组 and 省委第一巡视组 are two teams; 省委第一巡视组 and 辽宁省委第一巡视组 one.
        key = kind_key + (_level(dispatcher),) if dispatcher else (same_kind[0] if len(same_kind) == 1 else kind_key + ("",))
        if key not in specific:
            specific[key] = TeamCluster(t.kind, t.ordinal, mode, None, _core(t, mode))
            keys_of_kind.setdefault(key[:3], []).append(key)
        c = specific[key]
        if t.ordinal is None and len(_core(t, mode)) > len(c.core):
            c.core = _core(t, mode)
        # (a group within a team written alone; a team written with its round)
        c.surfaces += [t.name] + [a for a in t.aliases if a != t.name]
        c.dispatchers.append(dispatcher)
        c.evidence += t.evidence
    for c in specific.values():
        named = Counter(party_key(d) for d in c.dispatchers if d)
        if named:
            c.dispatcher = next(d for d in sorted((d for d in c.dispatchers if d), key=lambda d: (-named[party_key(d)], -len(d), d)))
    for c in specific.values():
        # 市委第一巡察组向A反馈;第二巡察组向B反馈: a team written bare is of the one committee that sends the
        # document's other teams of its kind; else of the publisher (第二巡察组 on the page of 平乡县委巡察办).
        siblings = {party_key(s.dispatcher): s.dispatcher for s in specific.values() if s.kind == c.kind and s.dispatcher}
        if c.dispatcher is None and len(siblings) == 1:
            c.dispatcher = next(iter(siblings.values()))
        elif c.dispatcher is None and orgs.publisher:
            c.dispatcher = orgs.canonical(orgs.publisher)
    clusters = list(specific.values())
    groups: dict[str, list[str]] = {}
    loose: dict[tuple, TeamCluster] = {}
    # 市委5个巡察组, 第一至第五巡察组: where several teams of a kind are written as one group, 各巡察组 and
    # 市委巡察组 mean the group, not the one team of that kind the text also names (a 机动巡察组).
    several = {t.kind for t in generic if GROUP.search(t.name) and "各" not in t.name}
    for t in generic:
        dispatcher = dispatcher_of(t)
        fits = [c for c in clusters if c.kind == t.kind and (dispatcher is None or c.dispatcher in (None, dispatcher))
                and not SUBTEAM_END.search(c.core)]  # (省国资委党委巡察组 is the team its groups are within, not one)
        if (mode := _team_mode(t.name)) and (of_mode := [c for c in fits if c.mode == mode]):
            fits = of_mode  # (3个专项巡察组 beside 县委第一巡察组: the teams of its mode, where the text names them so)
        covered = {u for c in fits[:1] for surface in c.surfaces for u in inspected.get(surface, ())}
        # (中央第四巡视组向北京大学党委反馈 … 中央巡视组对北京大学、南开大学、天津大学…开展了专项巡视: the units the bare name's
        # statements give beyond those of the one numbered team, two or more, are the round's, its teams')
        # (a 巡视 round's list; not a county's 巡察组 on its one team's page, whose units run on to the villages under them)
        beyond = {_unit_key(PARTY_BODY_END.sub("", u)) for u in inspected.get(t.name, ())} - {
            _unit_key(PARTY_BODY_END.sub("", u)) for u in covered}
        listed = t.kind == "巡视" and bool(covered) and not any(_several(u) for u in covered) and len(beyond) >= 2
        collective = t.kind in several or (len(fits) == 1 and (counting.get(t.name, 0) > len(covered) or listed))
        # 云岭州委巡察组, 集团公司党组巡视组: a team named with its dispatcher is a team even where nothing says
        # what it inspected; 省委巡视组 (组长作辅导) is the kind of team, not one.
        written = (bool(t.dispatcher) and party_key(t.name).startswith(party_key(t.dispatcher))
                   and not BARE_COMMITTEE.match(party_key(t.dispatcher)))
        if len(fits) == 1 and not collective:
            fits[0].surfaces.append(t.name)
            fits[0].evidence += t.evidence
            fits[0].dispatcher = fits[0].dispatcher or dispatcher
        elif len(fits) > 1 and (GROUP.search(t.name) or counting.get(t.name, 0) > 1):  # 中央巡视组向三家企业反馈
            groups[t.name] = sorted(c.name for c in fits)
        elif (not fits or collective) and (t.name in referenced or written):
            # (市委2个巡察组…。…2个巡察组分别向…: written again without its committee, the one group of its kind)
            of_kind = [key for key in loose if key[0] == t.kind]
            key = of_kind[0] if dispatcher is None and len(of_kind) == 1 else (t.kind, dispatcher)
            c = loose.setdefault(key, TeamCluster(t.kind, None, None, dispatcher, _core(t, None)))
            c.surfaces.append(t.name)
            c.evidence += t.evidence
    # 省卫健委党组巡察组进驻… 巡察组组长某某: the kind of team written bare is the one team of its kind the text names
    for t in generic:
        of_kind = [c for c in [*clusters, *loose.values()] if c.kind == t.kind]
        if not dispatcher_of(t) and t.kind not in several and len(of_kind) == 1 and t.name not in of_kind[0].surfaces \
                and not GROUP.search(t.name):
            of_kind[0].surfaces.append(t.name)
    clusters += list(loose.values())
    by_surface: dict[str, str] = {}
    teams = []
    for c in clusters:
        aliases = sorted(set(c.surfaces) - {c.name})
        teams.append(Team(c.name, aliases, c.kind, c.ordinal, c.dispatcher, _merge_evidence(c.evidence)))
        for s in c.surfaces:
            by_surface.setdefault(s, c.name)
        by_surface[c.name] = c.name
    return teams, by_surface, groups


def _level(committee: str) -> str:
    """The level a committee sits at, for telling teams apart: 中央, 省, 市 … or its kind (党工委, 党委)."""
    m = re.search(r"(?:(?P<level>中央|省|市|州|县|区|旗|盟)(?:委)?|(?P<kind>党工委|党委|党组|工委|委))$", committee)
    return (m.group("level") or m.group("kind")) if m else committee


def _team_mode(surface: str) -> str | None:
    if "提级" in surface or "交叉" in surface or "联动" in surface:
        return "提级交叉"
    for mode in ("专项", "机动"):
        if mode + "巡" in surface or mode + "组" in surface:
            return mode
    return None


# The mode of the inspection whose feedback or rectification a sentence names, read where the text states no
# inspection of its own (Y接到X巡视组专项巡视反馈意见后 / 落实巡察“回头看”反馈意见 / 机动巡视反馈的问题 /
# 提级巡察整改 / 向Y反馈专项巡视情况): the mode word, 巡视/巡察 (or its “回头看”), and the feedback, rectification
# or notice word after it (or 反馈 before it). A team's name (专项巡视组反馈) is no such wording.
_QUOTE = f"(?:{OPEN_QUOTE}|{CLOSE_QUOTE})?"  # either way round: copies mix them
FEEDBACK_MODE = re.compile(
    rf"(?P<before>反馈了?)?(?:(?P<mode>{alternation(INSPECTION_MODES)})式?{_QUOTE}(?:巡视|巡察)"
    rf"(?:{_QUOTE}(?P<revisit>回头看))?|(?:巡视|巡察)(?:整改)?{_QUOTE}(?P<revisit_only>回头看)){_QUOTE}"
    r"(?:工作)?(?:情况)?的?(?P<after>反馈|整改|通报|意见|指出|移交)?")


def feedback_mode(texts: Iterable[str]) -> str | None:
    """The one mode the wording of a feedback states (…专项巡视反馈意见的整改工作方案 → 专项); None when it states
    none, or several (a sentence about two inspections)."""
    modes = {"回头看" if m.group("revisit") or m.group("revisit_only") else INSPECTION_MODES[m.group("mode")]
             for text in texts for m in FEEDBACK_MODE.finditer(to_simplified(text)[0])
             if m.group("before") or m.group("after")}
    return modes.pop() if len(modes) == 1 else None


def _dates_some_of(fb: Feedback, told: Feedback, targets: list[str], told_units: dict[str, None]) -> bool:
    """X组向凤台县3个乡镇党委反馈 (no date) … 🔸8月7日 向A反馈: a day's statement of some of the units an undated one
    told, which dates those units, not the others."""
    return (fb.date is not None and len(fb.date) == ISO_DAY_LENGTH and told.date is None and told.start is None
            and bool(targets) and set(targets) < told_units.keys())


def _beyond_its_inspection(targets: list[str], inspection: str | None, inspections: dict[str, Inspection]) -> bool:
    """凤鸣省住建厅党组通报：T对本厅党组进行了巡视，于6月21日反馈 … 审计厅党组的通报显示，T于6月21日向审计厅党组反馈: a
    statement naming only units that the inspection another statement of the team's day is linked to does not name (each
    of them named, none a count) is another feedback, to another unit, not the same one."""
    of = inspections.get(inspection or "")
    if of is None or not targets or not of.targets or any(_several(t) or COUNTED_UNITS.match(t) for t in of.targets):
        return False
    inspected = {PARTY_BODY.sub("", t) for t in of.targets}
    return all(PARTY_BODY.sub("", t) not in inspected and not _several(t) and not COUNTED_UNITS.match(t)
               and not INSPECTED_UNITS.match(t) for t in targets)


def _same_when(a: Feedback, b: Feedback) -> bool:
    da, db = (a.date, a.start, a.end), (b.date, b.start, b.end)
    return da == db or da == (None, None, None) or db == (None, None, None)


LISTED_ITEM_REACH = 3  # how many lines a listed title's summary runs under it
SECTION_OF_UNIT = re.compile(r"[ \t\u3000]*【[^】\n]{2,30}】(?=[^\s】])")  # (【沣丘市】… : a digest's paragraph of a unit)
# (a unit's name: not a report's heading, 一、整改工作总体情况, whose sections tell one feedback twice)
UNIT_HEADING_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|【)"
                               r"[^\n,，。;；:：]{1,30}?[市县区局厅委院校司团学组州盟旗部会办心行馆所]】?[ \t\u3000]*")


def _listed_item(text: str, at: int) -> int | None:
    """Where the item of a list of news holding ``at`` starts: its title's line, closed by the listed date, or the
    title line a few lines above its summary, or a digest's paragraph of a unit opening with its name in brackets
    (【沣丘市】省委第六巡视组对沣丘市开展巡视并反馈意见后，…) or under its numbered name (6.省广播电视局); None outside such
    a list."""
    start = text.rfind("\n", 0, at) + 1
    if SECTION_OF_UNIT.match(text, start):
        return start
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start > 0 and UNIT_HEADING_LINE.fullmatch(text, above, start - 1):
        return above  # (6.省广播电视局⏎省委巡视组对省广播电视局开展巡视并反馈意见后，…: a digest's numbered unit heading)
    for _ in range(LISTED_ITEM_REACH):
        end = text.find("\n", start)
        if TITLE_DATE_AFTER.search(text[start:end if end >= 0 else len(text)].rstrip()):
            return start
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
    return None


def _listed_apart(a: Feedback, b: Feedback, original: str) -> bool:
    """Whether two feedbacks are told in different items of a list of news, each a title closed by its listed date
    and perhaps a summary under it (·县委第二巡察组向青溪镇党委反馈巡察情况 2023-11-27 … ·县委第二巡察组向县教育局党组反馈巡察
    情况 2023-05-26): two feedbacks, whatever their team (not a table's rows, whose first row's day is the next rows' too)."""
    items_a = {_listed_item(original, e.start) for e in a.evidence} - {None}  # (evidence is the original's)
    items_b = {_listed_item(original, e.start) for e in b.evidence} - {None}
    return bool(items_a) and bool(items_b) and items_a.isdisjoint(items_b)


@dataclass
class Names:
    """How this document's surface forms map to its teams and organisations."""

    orgs: Orgs
    team_of: dict[str, str]
    groups: dict[str, list[str]]

    def org(self, surface: str) -> str:
        """The team or organisation a surface form names."""
        return self.team_of.get(surface) or self.orgs.canonical(surface)

    def target(self, surface: str) -> str:
        """An inspected place is its party committee where the document names it (对卫滨区进行了巡视 →
        卫滨区委): a 巡视 inspects a place's party organisation."""
        if own := OWN_PLACE.match(surface):
            # 对我市进行了巡视: the city's committee where the document names it (中共赣州市委), else the place as the text
            # writes it (我县), not a bare 县委
            committee = self.target(own.group("level") + "委")
            return committee if committee != own.group("level") + "委" else surface
        surface = self.orgs.defined(surface) or surface  # 一汽 → 中国第一汽车集团公司, which may have its body named
        # (向市委常委会反馈 / 省委常委会…落实T反馈意见: the unit, not its organ)
        surface = next((surface[:-len(o)] for o in UNIT_ORGANS if surface.endswith(o) and len(surface) - len(o) >= 2), surface)
        surface = body_in_short(surface) or surface  # 中共甲医院委员会 → 甲医院党委 (not a team's dispatcher: as written)
        if PLACE_ONLY.match(surface) and self.orgs.names(surface + "委"):
            return self.orgs.canonical(surface + "委")
        # 向集团公司领导班子反馈 → 集团公司党委: the unit's party body, where the document names it.
        body = next((surface + b for b in TARGET_BODIES if not BODY_ENDS.search(surface)
                     and (self.orgs.names(surface + b) or self.orgs.canonical(surface + b) != surface + b)), None)
        target = self.orgs.canonical(body) if body else self.org(surface)
        # (浙能集团党委 beside 浙江省能源集团有限公司: the group's registered name, its body unwritten; a unit's, not a team's
        # dispatcher's, which keeps the body it is written with)
        target = self.orgs.registered(target) or target
        if (own := SELF_REFERENCE.match(target)) and (site := self.orgs.site_unit(own.group("kind"))):
            return site + (own.group("body") or "")  # (进驻我局 on 株洲市市场监督管理局's site: that bureau)
        return target


def resolve_inspections(raw: list[Inspection], names: Names,
                        round_counts: dict[str, int]) -> tuple[list[Inspection], dict[str, str]]:
    """Canonical names, one inspection per team and target list; returns them and old key → new key (the counts of
    a round's inspection that several teams' take over go to ``round_counts``)."""
    out: list[Inspection] = []
    by_team_targets: dict[tuple[str | None, tuple[str, ...]], Inspection] = {}
    of_team: dict[str, list[Inspection]] = {}  # a named team's inspections so far
    keys: dict[str, str] = {}
    for i in raw:
        team = names.team_of.get(i.team) if i.team else None
        full = [names.target(t) for t in i.targets]
        # Units listed together are distinct: 中国华信集团公司 beside 中国华岳信息产业集团有限公司 is not its short form.
        listed = Counter(full)
        targets = list(dict.fromkeys(t if listed[f] > 1 and t != f else f for t, f in zip(i.targets, full)))
        # A 提级交叉 team's inspections are 提级交叉 whatever else the sentence calls them (专项巡察).
        mode = "提级交叉" if team and _team_mode(team) == "提级交叉" else i.mode
        same = by_team_targets.get((team, tuple(targets))) or _covering(of_team.get(team, []), targets, mode, i)
        if same is None and team is None:
            # 对A、B6个设区市和8个省直单位开展了巡视 … 本次公布整改情况的14个党组织是:中共A市委,…: two statements of one
            # round that share units (and do not differ in mode or dates) are one inspection by no team named
            same = next((x for x in out if x.team is None and not set(targets).isdisjoint(x.targets)
                         and _agree(x.mode, mode) and _agree(x.start, i.start) and _agree(x.end, i.end)), None)
            if same is not None:
                same.targets += [t for t in targets if t not in same.targets]
        if same is None:
            same = Inspection(key=f"inspection-{len(out) + 1}", team=team, targets=targets)
            out.append(same)
            if team is not None:
                of_team.setdefault(team, []).append(same)
            by_team_targets[(team, tuple(targets))] = same
        same.start, same.end = same.start or i.start, same.end or i.end
        same.mode, same.round = same.mode or mode, same.round or i.round
        same.units_counted = same.units_counted or i.units_counted
        for count in ("issues_reported", "issues_rectified", "issues_ongoing"):
            if getattr(same, count) is None:
                setattr(same, count, getattr(i, count))
        same.evidence += i.evidence
        keys[i.key] = same.key
    out, renamed = _without_teamless_repeats(out, round_counts)
    keys = {k: renamed[v] for k, v in keys.items()}
    for x in out:
        x.evidence = _merge_evidence(x.evidence)
    return out, keys


def _covering(team_inspections: list[Inspection], targets: list[str], mode: str | None,
              i: Inspection) -> Inspection | None:
    """第一巡察组对A、B、C开展专项巡察 … 8月5日,第一巡察组进驻A: the team's inspection named before that covers
    every unit of this one, where their modes and dates do not differ (one inspection per team and unit)."""
    return next((x for x in team_inspections if set(targets) <= set(x.targets) and _agree(x.mode, mode)
                 and _agree(x.start, i.start) and _agree(x.end, i.end)), None)


def _agree(a: object, b: object) -> bool:
    """Two modes or dates that do not differ: the same, or one of them not stated."""
    return a is None or b is None or a == b


# A team named by its kind, one of its own beside the numbered ones: 市委机动巡察组, 专项巡察组, 提级巡察组.
OWN_KIND_TEAM = re.compile(r"机动|专项|提级|交叉|联动")
# A team singled out by its number (第一巡察组, 巡视二组, 巡察第三组).
NUMBERED_TEAM = re.compile(r"第[一二三四五六七八九十百\d]+|(?:巡视|巡察)[一二三四五六七八九十\d]+组")


# A place's committee after its name (云岭省委, 甲县委, 桂岭壮族自治区党委), and the place's level (省, 县, 壮族自治区).
PLACE_COMMITTEE = re.compile(r"(?<=[省市县区州旗盟])(?:党委|委)$")
PLACE_LEVEL = re.compile(r"(?:(?<=族)自治(?:区|州|县)|省|市|县|区|州|旗|盟)$")


PREFECTURE_COMMITTEE = re.compile(r"(?<=地)(?:委|区党委|区委)$")  # 阿克苏地委: the committee of 阿克苏地区
# An autonomous prefecture, county or banner by its full name (黔东南苗族侗族自治州, 威宁彝族回族苗族自治县) or its short ones
# (黔东南州, 湘西自治州, 威宁自治县): the peoples and 自治 between the place (two characters or more) and its level.
AUTONOMOUS = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{'|'.join(ETHNIC_GROUPS)})*自治(?=[州县旗]$)")


# 菏泽、临沂、聊城3市: the count of a round's list of places written into its last, the place 聊城市 itself.
LIST_COUNT_OF_PLACES = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?=(?:省区市|省区|省市|[省市县区州旗])$)")


@functools.lru_cache(maxsize=4096)
def _unit_key(target: str) -> str:
    """A unit as the inspections of one page name it either way: without its legal form (甲集团有限公司 → 甲集团), a
    province by its full name (河北 → 河北省, 广西 → 广西壮族自治区), a place's committee by the place (甲县委 → 甲县,
    阿克苏地委 → 阿克苏地区), an autonomous place by its short name (黔东南苗族侗族自治州, 中共黔东南州委 → 黔东南州)."""
    return PROVINCES.get(target, AUTONOMOUS.sub("", LEGAL_FORM.sub("", PLACE_COMMITTEE.sub(
        "", PREFECTURE_COMMITTEE.sub("区", LIST_COUNT_OF_PLACES.sub("", target.removeprefix("中共")))))))


def _place_name(target: str) -> str | None:
    """A place's name without its level (云岭省委 → 云岭, 青枫县 → 青枫), as a round's list writes the places of 8个省区党委
    bare; None for no place's."""
    place = PLACE_COMMITTEE.sub("", target.removeprefix("中共"))
    bare = PLACE_LEVEL.sub("", place)
    bare = bare[:-2] if bare.endswith("族") and len(bare) >= 4 else bare  # (桂岭壮族自治区: 壮族 before the level)
    return bare if bare != place and len(bare) >= 2 else None


def _without_teamless_repeats(inspections: list[Inspection],
                              round_counts: dict[str, int]) -> tuple[list[Inspection], dict[str, str]]:
    """中央第七巡视组进驻A … 中央巡视组将对A、B…进行巡视: a target that a named team inspected is that team's,
    not also one of an inspection naming no team (or naming the group of the numbered teams). An inspection
    naming no team whose targets named teams all inspected (5月至7月,市委3个巡察组对A、B、C开展了巡察 … 市委第一
    巡察组向A反馈) is theirs: its dates and mode are theirs where they state none, and its issue counts the one
    team's, or the round's (``round_counts``) where several teams take it over (it is then the round, whose period
    is every numbered team's that states none). Returns the inspections, renumbered, and old key → new key."""
    numbered = any(x.team and NUMBERED_TEAM.search(x.team) for x in inspections)

    numbered_kinds = {k.group() for x in inspections if x.team and NUMBERED_TEAM.search(x.team)
                      for k in OWN_KIND_TEAM.finditer(x.team)}

    def unnamed(team: str | None) -> bool:
        """No team, or one standing for the numbered ones (省委2个机动巡视组 beside 省委第一机动巡视组; not 市委机动巡察组
        beside 市委第一巡察组, a team of its own kind)."""
        if team is None:
            return True
        kind = OWN_KIND_TEAM.search(team)
        return numbered and NUMBERED_TEAM.search(team) is None and (
            GROUP.search(team) is not None or kind is None or kind.group() in numbered_kinds)

    by_team = {_unit_key(t): x for x in inspections if not unnamed(x.team) for t in x.targets}
    by_team |= {bare: x for x in inspections if not unnamed(x.team) for t in x.targets
                if (bare := _place_name(t)) and bare not in by_team}  # (渭川、云岭…等8个省区党委 … 向云岭省委反馈)
    kept: list[Inspection] = []
    merged: dict[str, Inspection] = {}
    rounds: list[Inspection] = []  # inspections naming no team that numbered teams' took over, the round's
    for x in inspections:
        if unnamed(x.team) and by_team:
            rest = [t for t in x.targets if _unit_key(t) not in by_team]
            if numbered and _round_of(rest, len(by_team)):  # the counts or kinds stand for the teams' units
                x.targets = [t for t in x.targets if t not in rest] or list(by_team)
                rest = []
            # (the taken units' period and mode are the teams' where they state none, though units remain: 3月至5月,
            # 第五轮巡视对A、B … 第一巡视组向A反馈)
            taking = {id(y): y for y in (by_team[_unit_key(t)] for t in x.targets if t not in rest)}.values()
            for theirs in taking:
                if theirs.start is None and theirs.end is None:
                    theirs.start, theirs.end = x.start, x.end
                theirs.mode, theirs.round = theirs.mode or x.mode, theirs.round or x.round
            if not rest:
                merged[x.key] = by_team[_unit_key(x.targets[0])]
                for count in ("reported", "rectified", "ongoing"):
                    value = getattr(x, f"issues_{count}")
                    if value is not None and len(taking) > 1:
                        round_counts.setdefault(count, value)
                    elif value is not None and getattr(next(iter(taking)), f"issues_{count}") is None:
                        setattr(next(iter(taking)), f"issues_{count}", value)
                if numbered and (len(taking) > 1 or (x.units_counted or 0) > len(x.targets)):
                    rounds.append(x)  # several teams' units, or one's of a list that counts more (A等14个单位)
                continue
            x.targets = rest
            if numbered and all(COUNTED.match(t) for t in rest):
                rounds.append(x)  # 对6个单位开展了常规巡察。其中,第一巡察组巡察A、B: more units than named, kept, the round
        kept.append(x)
    # (第五轮巡视对A、B开展了巡视。省委巡视组分别向被巡视党组织反馈 … 省委第一巡视组向A反馈: the bare team's inspection of B
    # is the round's of B, naming no team)
    teamless = {_unit_key(t): y for y in kept if y.team is None for t in y.targets}
    for x in [x for x in kept if x.team and unnamed(x.team) and x.targets]:
        if all(_unit_key(t) in teamless for t in x.targets) and len({id(teamless[_unit_key(t)]) for t in x.targets}) == 1:
            kept.remove(x)
            merged[x.key] = teamless[_unit_key(x.targets[0])]
    # (十九届中央第八轮巡视对25家金融单位党组织开展了常规巡视 … 本轮公布整改进展情况的单位是：A、B…: where no team is numbered,
    # the bare team's count of units is the units the page names with no team, as many as it counts or fewer)
    named_units = [t for y in kept if y.team is None for t in y.targets if not COUNTED.match(t)]
    first_named = next((y for y in kept if y.team is None and not all(COUNTED.match(t) for t in y.targets)), None)
    for x in [x for x in kept if not numbered and x.team and not NUMBERED_TEAM.search(x.team) and x.targets
              and all(COUNTED.match(t) for t in x.targets)]:
        if first_named is not None and _round_of(x.targets, len(named_units)):
            kept.remove(x)
            merged[x.key] = first_named
            for count in ("reported", "rectified", "ongoing"):  # (本轮巡视共反馈问题612个: the round's)
                if (value := getattr(x, f"issues_{count}")) is not None:
                    round_counts.setdefault(count, value)
    # (省委第十一巡视组对我院党委开展常规巡视 … 这次巡视是省委首次对省属三级甲等公立医院开展的巡视: the kind of unit a team's
    # inspection is said to be of, beside its inspection of a unit named, is that inspection's unit)
    named_of: dict[str, Inspection] = {}
    for x in kept:
        if x.team and not all(UNIT_KIND.match(t) for t in x.targets):
            named_of.setdefault(x.team, x)
    for x in [x for x in kept if x.team in named_of and x.targets and all(UNIT_KIND.match(t) for t in x.targets)]:
        kept.remove(x)
        merged[x.key] = named_of[x.team]
    if len(rounds) == 1:  # 9月至11月,第三轮巡察对A、B等14个单位开展了常规巡察 … 第三巡察组巡察了C、D: the round's period
        for y in kept:     # and mode are those of every numbered team's inspection that states none (or its period)
            if not unnamed(y.team) and (y.start, y.end) in ((None, None), (rounds[0].start, rounds[0].end)):
                y.start, y.end, y.mode = rounds[0].start, rounds[0].end, y.mode or rounds[0].mode
    renamed: dict[str, str] = {}
    for n, x in enumerate(kept, 1):
        renamed[x.key] = f"inspection-{n}"
    for old, into in merged.items():
        renamed[old] = renamed[into.key]
    for x in kept:
        x.key = renamed[x.key]
    return kept, renamed


# Units of a kind in place of their names (省直单位, 设区市, 省属高校, 国有企业, 医院党组织, 中央国家机关部门党组): what a
# round covered, as its lead sums it up before the teams' own units.
UNIT_KIND = re.compile(r"^(?:(?:[省市县区]直|[省市县区]属|中央国家机关|中央|中管|国有|基层|直属)?(?:三级甲等|三甲)?(?:公立)?"  # (省属三级甲等公立医院)
                       r"(?:单位|部门|机关|高校|院校|企业|学校|医院|金融机构|金融企业|事业单位)|设区市|地级市|市县|县区|区县)"
                       r"(?:党组织|党委|党组)?$")
# A count of units (7个省区党委, 4个中央国家机关部门党组).
COUNTED = re.compile(r"^(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r")(?P<kind>[\u4e00-\u9fff（()）、]{2,24})$")
# 12个地方党组织 / 甲县3个乡镇党委: a count of units, written with its place or not.
# (三家企业 / 两校党委: a count before a one-character kind too)
SEVERAL = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r"|(?=[镇乡县区市村校企]))")


def _round_of(targets: list[str], named: int) -> bool:
    """二十届中央第七轮巡视对7个省区党委和4个中央国家机关部门党组开展了常规巡视 / 对省直单位、设区市和国有企业开展常规巡视,
    then each numbered team's units: the targets only count or kind the units the teams inspected (no more of them
    than the teams named), so they are the round the teams' inspections belong to, not units of their own."""
    if not targets:
        return False
    # (对3个设区市和11个省直单位、省属企业、高校党组织: the kinds after a count are what it counts; 对A镇、B乡的20个村(社区)
    # 党组织: units counted under places)
    counts = [numeral_value(c.group("n")) or named + 1 if (c := COUNTED.match(t)) else under[0] if (
        under := _units_counted(t)) else None for t in targets]
    if not all(n is not None or UNIT_KIND.match(t) for n, t in zip(counts, targets)):
        return False
    return sum(n for n in counts if n) <= named


def resolve_feedback(raw: list[Feedback], names: Names, inspections: list[Inspection], keys: dict[str, str],
                     only_team: str | None, text: str, original: str) -> tuple[list[Feedback], dict[str, str]]:
    """Canonical names; 被巡察单位 → the team's targets; a feedback naming no team is the document's one
    team's, or the one team's that inspected its targets (unless it is that of an inspection by no named
    team), and one naming neither team nor target (第三轮巡察集中反馈全部完成) each team's; one feedback per
    team and date."""

    inspected: dict[str | None, list[str]] = {}
    for i in inspections:
        inspected.setdefault(i.team, []).extend(i.targets)
    distinct: dict[str | None, list[str]] = {}

    def targets_of(team: str | None) -> list[str]:
        if team not in distinct:
            distinct[team] = list(dict.fromkeys(inspected.get(team, [])))
        return distinct[team]

    every_unit = {t for units in inspected.values() for t in units}
    by_key = {i.key: i for i in inspections}
    # (5月,巡察组向上述单位党组织反馈 after 第一、第二巡察组's inspections: the bare name of the teams' kind, no one of
    # them, to the units inspected: the round's feedback, each team's to its own units)
    raw = [replace(fb, team=None) if fb.team and not names.team_of.get(fb.team) and fb.team not in names.groups
           and fb.targets and all(INSPECTED_UNITS.match(t) for t in fb.targets) else fb for fb in raw]
    # (第一轮巡视于3月至5月开展。…5月下旬,两个巡视组分别向被巡视党组织反馈 … 第二轮…: the round stated above it)
    raw = [replace(fb, round=_round_above(text, inspections, fb)) if fb.round is None and not fb.inspection and all(
        INSPECTED_UNITS.match(t) for t in fb.targets) else fb for fb in raw]
    told_alone = {names.team_of.get(fb.team) for fb in raw if fb.team and fb.team not in names.groups}
    # 5个巡察组分别向A、B、C反馈 … 其中,第一巡察组向A反馈;第二巡察组向B、C反馈: each team of a group has the
    # units its own statements name, where they name every unit of the group's feedback.
    own: dict[str | None, set[str]] = {team: set(units) for team, units in inspected.items()}
    fed: dict[str, set[str]] = {}  # the units each team's own statements of feedback name
    for fb in raw:
        if fb.team not in names.groups and (team := names.team_of.get(fb.team or "")):
            own.setdefault(team, set()).update(names.target(t) for t in fb.targets)
            fed.setdefault(team, set()).update(names.target(t) for t in fb.targets)
    # 第四轮巡察于4月至6月对所属6家单位党组织开展巡察,7月完成巡察反馈 … then each team's units (inspected or fed back
    # to): a feedback to what only counts or kinds the teams' units is the round's, each team's to its own.
    teams_units = {t for team, units in own.items() if team for t in units}
    if len([team for team, units in own.items() if team and units]) > 1:
        raw = [replace(fb, targets=[], inspection=None) if fb.team is None and _round_of(fb.targets, len(teams_units))
               else fb for fb in raw]
    out: list[Feedback] = []
    of_team: dict[str | None, list[Feedback]] = {}
    merged: dict[int, dict[str, None]] = {}  # id of a feedback in out → its targets so far, in order
    of_group: set[int] = set()  # ids of the feedback in out made from a group's statement (5个巡视组分别向…反馈)
    fb_keys: dict[str, str] = {}

    def unowned(group: list[str]) -> list[str]:
        """The units inspected by no named team that none of ``group``'s teams' own statements name (no count; 渭川 of
        a round's list is the 渭川省委 a team's statement names)."""
        owned = {key for m in group for u in own.get(m, ()) for key in (_unit_key(u), _place_name(u)) if key}
        return [t for t in targets_of(None) if not _several(t) and _unit_key(t) not in owned and t not in owned]

    own_keys = {team: {_unit_key(u) for u in units} for team, units in own.items()}

    def owners_of(target: str) -> frozenset[str]:
        """The named teams that inspected ``target``; else those that inspected it by another name (山西 of a digest's
        list is the 山西省 a team's card names)."""
        return frozenset(team for team, units in own.items() if team and names.target(target) in units) or frozenset(
            team for team in own if team and _unit_key(target) in own_keys[team])

    def inspector_of(fb: Feedback) -> str | None:
        """巡察组向A反馈 where the text names several teams: the one team that inspected A, or that another
        statement gave feedback to (中央第一巡视组向A反馈。组长某某分别向A主要负责同志和领导班子反馈)."""
        owners = set().union(*map(owners_of, fb.targets))
        return owners.pop() if len(owners) == 1 and all(map(owners_of, fb.targets)) else None

    def by_inspector(fb: Feedback) -> list[Feedback]:
        """中央巡视组分别向A和B反馈 where the text names A's team and B's: one feedback to each team's units. (So too a
        round's: 4月至6月,第二轮巡察对A、B开展了巡察,8月完成反馈。其中,第一巡察组巡察A,第二巡察组巡察B: the round's
        inspection is the teams' now, and its feedback each team's to its own units.)"""
        linked = by_key.get(keys.get(fb.inspection or "", ""))
        if names.team_of.get(fb.team or "") or len(fb.targets) < 2 or fb.inspection and (
                linked is None or {names.target(t) for t in fb.targets} <= set(linked.targets)):
            return [fb]
        shares: dict[frozenset[str], list[str]] = {}
        for t in fb.targets:
            shares.setdefault(owners_of(t), []).append(t)
        if len(shares) < 2:
            return [fb]
        split = {owners: replace(fb, targets=targets, inspection=None) for owners, targets in shares.items()}
        if frozenset() in split:
            unowned_shares.add(id(split[frozenset()]))
        return list(split.values())

    # (吉林、黑龙江等省被点名 … 中央第三巡视组向吉林省反馈: the units of a statement no team's own statement names, beside
    # those it does, are no team's, not the page's one team's)
    unowned_shares: set[int] = set()
    raw = [share for fb in raw for share in by_inspector(fb)]

    def teams_of(fb: Feedback) -> list[str | None]:
        """A feedback by 各巡察组 is one by each of the teams; a round's, by each team that inspected (and to the
        units no team is named for: 对9个单位开展了巡视,随后进行了反馈), in the round it names if it names one."""
        to_inspected = bool(fb.targets) and all(INSPECTED_UNITS.match(t) for t in fb.targets)  # 向被巡察党组织反馈问题N个
        # (省委各巡视组向被巡视党组织反馈 after 第四至第九巡视组对A…C开展巡视: every team's, as a round's feedback)
        every_team = ("各" in (fb.team or "") and fb.team in names.groups and to_inspected and not fb.inspection
                      and any(_several(t) == 0 for t in inspected.get(None, [])))  # (units named, not counted)
        if fb.team and not every_team or (fb.targets and not to_inspected) or fb.inspection or only_team:
            group = names.groups.get(fb.team or "", [names.team_of.get(fb.team or "")])
            owners = set().union(*map(owners_of, fb.targets)) if len(group) > 1 and fb.targets and not to_inspected else set()
            if len(group) > 1 and fb.targets and not to_inspected and not owners and not all(map(_several, fb.targets)):
                # (三个巡察组分别向A、B、C反馈, units the page names no team for: which team had which, unsaid; 中央巡视组近日亦
                # 已向A、B及C反馈，但未公布具体组别: none of the teams the page pairs with its own units; 13个巡视组陆续向A、B
                # 等10个省区市和3家中央单位反馈: units named beside a count, none of them a team's either)
                return [None]
            if owners and owners <= set(group) and all(map(owners_of, fb.targets)):
                # (13个巡视组陆续向A、B…反馈 … 中央第一巡视组向A反馈: the group's share of the units its teams' own statements
                # name, each by the team that inspected it, not by every team of the group)
                return [g for g in group if g in owners]
            if len(group) > 1 and (of_round := _round_units(inspections, fb.round)):
                # (the teams of its round, and its units no team has)
                return [g for g in [*group, None] if g in of_round]
            # (中央巡视组向被巡视单位党组织反馈 … 中央第三巡视组向A反馈: the units no team is named for, by none of the teams)
            return [*group, None] if len(group) > 1 and to_inspected and unowned(group) and not only_team else group
        if of_round := _round_units(inspections, fb.round):
            return list(of_round)
        # the units no team is named for too (team None); not a team whose own statement gives its feedback
        return [t for t in inspected if t not in told_alone] if inspected else [None]


    # (组长某某分别反馈了巡察情况, no unit, beside the team's feedback to A and B: one of those, not a feedback to every unit the
    # team inspected, those it extended its inspection to with them; the headline's undated 向A、B反馈 above 8日、9日分别向A、B
    # 反馈: those two. Read after the team's dated statements, each joins the one of its unit or day, else the first.)
    def whose(fb: Feedback, team: str | None) -> str | None:
        """The team of one share of a statement: its own, else the document's one team or the one that inspected its units
        (not for a group's share of the units no team has, nor for a feedback of an inspection by no team)."""
        members = names.groups.get(fb.team or "", [])
        if team is None and not (keys.get(fb.inspection or "") and fb.team is None) and not len(members) > 1 \
                and id(fb) not in unowned_shares:
            return only_team or inspector_of(fb)
        return team

    # (teams whose own statements name each unit they fed back to, by name: not 向18个社区(村)党组织反馈 / 向上述单位反馈)
    fed_by_name = {team for team, units in fed.items() if units and not any(
        COUNTED_UNITS.match(u) or INSPECTED_COUNT.match(u) or NAMED_BEFORE.match(u) or INSPECTED_UNITS.match(u)
        for u in units)}

    def restates(fb: Feedback, team: str | None) -> bool:
        """A statement of the team itself (not a group's, 各巡察组已全部完成巡察反馈, which may be of other units) that
        names no unit or no day, by a team whose own statements name the units it fed back to."""
        return (not fb.inspection and team in fed_by_name and fb.team not in names.groups
                and (not fb.targets or fb.date is None))

    pairs = sorted(((fb, whose(fb, name)) for fb in raw for name in teams_of(fb)), key=lambda p: restates(*p))
    for fb, team in pairs:
        linked = keys.get(fb.inspection or "")
        told_before = of_team.get(team, []) if restates(fb, team) else []
        if told_before:
            units = [names.target(t) for t in fb.targets]
            told_keys = {_unit_key(u) for x in told_before for u in merged[id(x)]}  # (吉林被指… after T向吉林省委反馈)
            untold = [t for t, unit in zip(fb.targets, units)
                      if not any(unit in merged[id(x)] for x in told_before) and _unit_key(unit) not in told_keys]
            if not untold:
                joined = next((x for x in told_before if units and units[0] in merged[id(x)]), None) or next(
                    (x for x in told_before if x.date == fb.date), told_before[0])
                joined.date, joined.start = joined.date or fb.date, joined.start or fb.start
                joined.end = joined.end or fb.end
                joined.presided_by = joined.presided_by or fb.presided_by
                joined.round_date = joined.round_date or fb.round_date
                joined.evidence += fb.evidence
                fb_keys[fb.key] = joined.key
                continue
            fb = replace(fb, targets=untold)  # (the headline's 向A、B反馈 where the body's days name only A: B is told here)
        members = names.groups.get(fb.team or "", [])  # the teams of a group's statement (各巡察组, 中央巡视组)
        by_none = team is None and len(members) > 1  # (a group's share of the units no team has)
        # 各巡察组向第七轮巡察的8个单位反馈 … 第一巡察组向A、B反馈;…: a group's count of as many units as its teams' own
        # feedback names is of those (not of the units of the round the teams inspect now)
        told = _told_by_members(fb.targets, [fed.get(m, set()) for m in members])
        targets: list[str] = sorted(fed.get(team, ())) if told else []
        for t in [] if told else fb.targets:
            counted = COUNTED_UNITS.match(t)
            # 三个村党支部 / 各村党支部: the team's inspected units of that kind, when it names them.
            of_kind = [x for x in targets_of(team) if _of_kind(x, _counted_kind(counted))] if counted else []
            if counted and not of_kind and targets_of(team) and (
                    _several(t) == len(targets_of(team)) or t.startswith("各") and _counted_kind(counted) in ANY_KIND):
                # 向三个科室党支部反馈 after 对骨科、影像科、康复科党支部: the three, by count; 向各企业党组反馈 after 对甲公司、
                # 乙集团开展巡视: each of them, a kind any unit is
                of_kind = targets_of(team)
            before = NAMED_BEFORE.match(t)
            # (分别向上述4个党组织反馈: all the units of the text, or the team's own where they are as many)
            if INSPECTED_UNITS.match(t) or before and before.group("n") and numeral_value(before.group("n")) in (
                    len(every_unit), len(targets_of(team)) if team else -1):
                # 向被巡察单位党委 / 向上述4县县委反馈: the units the team inspected (in the feedback's round); a team that
                # inspected none by its name (集团党委4个巡察组分别向被巡察单位党组织反馈 after 对所属13家单位开展巡察): the
                # units no team is named for
                targets += (unowned(members) if by_none else (
                    _round_units(inspections, fb.round).get(team) or targets_of(team))) or (
                    targets_of(None) if INSPECTED_UNITS.match(t) and len(members) < 2 else [])
            elif count := INSPECTED_COUNT.match(t):
                # 向被巡察的8个党组织反馈: the units named, and the count where it says there are more; a group's count
                # (5个巡察组分别向25个被巡察党组织反馈) is of all its teams' units.
                named = targets_of(team)
                listed = len(every_unit) if fb.team in names.groups else len(named)
                targets += named + ([names.target(t)] if (numeral_value(count.group("n")) or 0) > listed else [])
            else:
                targets += of_kind or [names.target(t.removeprefix("各"))]
        targets = list(dict.fromkeys(targets)) or _round_units(inspections, fb.round).get(team) or targets_of(team)
        targets = _counted_with(fb, targets, targets_of(team)) if team is not None else targets
        members_own = set().union(*(own.get(m, set()) for m in members))
        # (15个巡视组分别向21个地方和单位党组织反馈 … 其中,中央第一巡视组向甲省委反馈: a count the teams' own units detail)
        if members and targets and (_round_of(targets, len(members_own)) or (members_own and all(map(_several, targets)))):
            # 4个巡察组分别向8个被巡察乡镇党委反馈: each team to its own units
            targets = sorted(own.get(team, ()))
            if not targets:
                continue
        elif members and targets and all(any(t in own.get(m, ()) for m in members) for t in targets):
            targets = [t for t in targets if t in own.get(team, ())]
            if not targets:
                continue
        # (a feedback of an inspection joins that inspection's own, dated or not, before any other of its team)
        same = next((x for x in of_team.get(team, []) if linked and x.inspection == linked
                     and not _dates_some_of(fb, x, targets, merged[id(x)])), None) or next(
            (x for x in of_team.get(team, []) if _same_when(x, fb) and (not linked or x.inspection in (None, linked))
             and (team is not None or not merged[id(x)].keys().isdisjoint(targets)) and not _listed_apart(x, fb, original)
             and not _dates_some_of(fb, x, targets, merged[id(x)])
             and not _beyond_its_inspection(list(merged[id(x)]) if linked else targets, linked or x.inspection, by_key)),
            None)
        if same is None:
            same = Feedback(key=f"feedback-{len(out) + 1}", team=team)
            out.append(same)
            of_team.setdefault(team, []).append(same)
            merged[id(same)] = {}
            if members:
                of_group.add(id(same))
        merged[id(same)].update(dict.fromkeys(targets))
        same.date, same.start, same.end = same.date or fb.date, same.start or fb.start, same.end or fb.end
        same.presided_by = same.presided_by or fb.presided_by
        same.round_date = same.round_date or fb.round_date
        same.inspection = same.inspection or linked
        same.evidence += fb.evidence
        fb_keys[fb.key] = same.key
    # 5个巡视组陆续向5个地方和单位党组织反馈 … 3月27日,中央第一巡视组向甲省委反馈: a team's share of its group's
    # feedback is the feedback the team's own statement dates, not another one.
    own_told = {team: {t for x in told if id(x) not in of_group for t in merged[id(x)]} for team, told in of_team.items()}
    for x in [x for x in out if id(x) in of_group and merged[id(x)] and merged[id(x)].keys() <= own_told.get(x.team, set())]:
        out.remove(x)
        fb_keys.update({k: next(y.key for y in of_team[x.team] if id(y) not in of_group
                                and not merged[id(y)].keys().isdisjoint(merged[id(x)]))
                        for k, v in fb_keys.items() if v == x.key})
    # 6月12日至15日,…分别向A、B反馈,其中,12日向A、13日向B反馈: a unit fed back on its own day, not over the period
    # (11月上中旬,巡察组逐一向被巡察社区党组织反馈 … a table of each unit's day: the units of the month, on their days)
    # (2021年1月完成反馈 of a round's units, no team named, over each unit's own 1月18日向沙岗市委反馈: the unit's own day,
    # whichever team's)
    days = {(team, PARTY_BODY.sub("", t)) for x in out if x.date and len(x.date) == ISO_DAY_LENGTH
            for t in merged[id(x)] for team in (x.team, None)}
    for x in out:
        named = [(x.team, PARTY_BODY.sub("", t)) for t in merged[id(x)] if not INSPECTED_COUNT.match(t)]
        if x.start and not x.date and named and days.issuperset(named):
            merged[id(x)], x.inspection = {}, None
        elif x.date and len(x.date) < ISO_DAY_LENGTH and len(named) > 1 and days.intersection(named):
            merged[id(x)] = {t: None for t in merged[id(x)] if (x.team, PARTY_BODY.sub("", t)) not in days}
            x.inspection = x.inspection if merged[id(x)] else None  # (every unit told on its day: nothing left)
        elif not x.date and not x.start and len(named) > 1 and days.intersection(named):
            # (X组向7个单位反馈 over 4月22日向A、B,23日向C…: the undated statement's units the days name are theirs; it
            # keeps the others, by name, not as its inspection's)
            merged[id(x)] = {t: None for t in merged[id(x)] if (x.team, PARTY_BODY.sub("", t)) not in days}
            x.inspection = None
    for x in out:
        x.targets = _counts_covered(list(merged[id(x)]))
        x.evidence = _merge_evidence(x.evidence)
    return [fb for fb in out if fb.targets or fb.inspection], fb_keys


# A round by its number (第五轮 of 十一届市委第五轮).
ROUND_NUMBER = re.compile(r"第[一二三四五六七八九十\d]+轮")


def _round_units(inspections: list[Inspection], round_named: str | None) -> dict[str | None, list[str]]:
    """Team → the units it inspected in the round a feedback names (第五轮巡察已完成反馈: 第五轮, matched by its number
    whatever the term and dispatcher before it), where the page tells its inspections of another round apart; empty
    where none is named or told apart."""
    named = set(ROUND_NUMBER.findall(round_named or ""))
    rounds = {n.group() for i in inspections if (n := ROUND_NUMBER.search(i.round or ""))}
    if not named or not rounds - named:
        return {}
    out: dict[str | None, list[str]] = {}
    for i in inspections:
        if (n := ROUND_NUMBER.search(i.round or "")) and n.group() in named:
            out.setdefault(i.team, []).extend(t for t in i.targets if t not in out.get(i.team, []))
    return out


def _round_above(text: str, inspections: list[Inspection], fb: Feedback) -> str | None:
    """The round of a feedback that names neither round nor unit, where the page states inspections of several rounds
    (a year's summary, round by round): that of the inspections its paragraph states, if all of one round (not
    第一轮…;第二轮…。各巡察组于巡察结束后反馈: every round's), else of those stated last before it; None otherwise."""
    if len({i.round for i in inspections if i.round}) < 2 or not fb.evidence:
        return None
    at = fb.evidence[0].start
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = len(text) if end < 0 else end
    own = {i.round for i in inspections for e in i.evidence if i.round and start <= e.start < end}
    if own:
        return own.pop() if len(own) == 1 else None
    before = [(i.evidence[0].start, i.round) for i in inspections if i.evidence and i.evidence[0].start < at]
    return max(before)[1] if before else None


def _told(fb: Feedback) -> str:
    """The sentences a feedback was read from, as the normalised text writes them (its evidence is the original's)."""
    return to_simplified("".join(e.text for e in fb.evidence))[0]


def _counted_with(fb: Feedback, targets: list[str], inspected: list[str]) -> list[str]:
    """向A等4个党组织反馈 … 对A、B、C、D开展了巡察: the units of the team's inspections a count after the named one stands
    for, where they are as many as the count and take in every unit named; ``targets`` else."""
    if not targets or len(targets) >= len(inspected) or not set(targets) <= set(inspected):
        return targets
    told = _told(fb)
    counted = (COUNTED_TAIL.match(told, told.find(t) + len(t)) for t in targets if t in told)  # (A等4个党组织)
    return inspected if any(m and numeral_value(m.group("n")) == len(inspected) for m in counted) else targets


def _told_by_members(targets: list[str], members_fed: list[set[str]]) -> bool:
    """Whether a group's feedback to ``targets`` that only count units (8个单位党组织) counts as many as its teams' own
    statements of feedback name (``members_fed``, a set for each team)."""
    counted = [_several(t) for t in targets]
    return bool(targets) and all(counted) and sum(counted) == len(set().union(*members_fed))


def _several(target: str) -> int:
    """How many units a target counts (12个地方党组织, 三家企业 → 3); 0 where it is one unit."""
    counted = SEVERAL.match(target)
    return (numeral_value(counted.group("n")) or 0) if counted else 0


# 村(社区)党支部: a kind and its alternative in brackets, and what both share after it.
KIND_ALTERNATIVE = re.compile(r"^(?P<one>[^()（）]+)[(（](?P<other>[^()（）]+)[)）](?P<rest>.*)$")


def _counts_covered(targets: list[str]) -> list[str]:
    """A feedback's targets without a count of units (向3个党组织反馈, in a headline) that the units it names
    elsewhere in the document make up: the count only sums them."""
    named = [t for t in targets if not INSPECTED_COUNT.match(t)]
    return [t for t in targets
            if not ((m := INSPECTED_COUNT.match(t)) and (numeral_value(m.group("n")) or 0) <= len(named))]


def _of_kind(unit: str, kind: str) -> bool:
    """青苗社区 is one of 6个社区党委 (the units, or their party bodies); 东湖社区 is one of 20个村(社区)党支部."""
    alternative = KIND_ALTERNATIVE.match(kind)
    if alternative:
        rest = alternative.group("rest")
        return any(_of_kind(unit, k + rest) for k in (alternative.group("one"), alternative.group("other")))
    bare = PARTY_BODY_END.sub("", kind)  # (村党组织: 村)
    return unit.endswith(kind) or bool(bare) and bare != kind and unit.endswith(bare)


# Kinds any inspected unit is one of (向各单位党组织反馈: each unit the team inspected, whatever its name ends in).
ANY_KIND = frozenset({"单位", "单位党组织", "单位党委", "单位党组", "企业", "企业党组", "企业党委", "企业党组织", "部门",
                      "部门党组", "部门党组织", "党组织", "基层党组织", "被巡视单位", "被巡察单位"})
# 上述16个村(社区)党支部 / 以上三個單位 / 前述单位: the units the text named before, counted or not.
NAMED_BEFORE = re.compile(r"^(?:上述|以上|前述|上列)(?:(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r"|(?=[省市县区])))?")


def _named_before(inspections: list[Inspection], feedback: list[Feedback], issue_counts: dict[str, int]) -> None:
    """对上述16个村(社区)党支部开展了常规巡察 (or 对上述2个乡镇和4个村) after 向A、B…反馈: an inspection of the units named
    before is one of the units its team's feedback names, where they are as many as the text counts; one of 各村党支部 is one
    of the units of that kind the feedback names besides the kind as a whole (the text may feed back the others
    later)."""
    delivered: dict[str, list[str]] = {}
    told: dict[str, list[list[str]]] = {}  # each statement's units, by team
    for fb in feedback:
        if fb.team:
            units = [t for t in fb.targets if not (INSPECTED_COUNT.match(t) or NAMED_BEFORE.match(t))]
            delivered.setdefault(fb.team, []).extend(units)
            told.setdefault(fb.team, []).append(units)
    merged: dict[str, str] = {}  # an inspection of the units named before → the one of those units the text states
    for i in inspections:
        m = NAMED_BEFORE.match(i.targets[0]) if len(i.targets) == 1 and i.team else None
        units = list(dict.fromkeys(delivered.get(i.team or "", [])))
        if m and m.group("n") and numeral_value(m.group("n")) != len(units):
            # (T向A反馈。同日，T向B、C、D反馈…。T对A开展了巡察，同步对上述3个单位开展了延伸巡察: the one statement's three)
            units = next((u for u in reversed(told.get(i.team or "", [])) if len(u) == numeral_value(m.group("n"))), units)
        each = i.targets[0][1:] if len(i.targets) == 1 and i.team and i.targets[0].startswith("各") else None
        kind = PARTY_BODY_END.sub("", each) if each else ""
        of_kind = [u for u in units if _of_kind(PARTY_BODY.sub("", u), kind)] if each else []
        listed = next((j for j in inspections if each and j is not i and j.team == i.team and j.key not in merged
                       and any(_of_kind(PARTY_BODY.sub("", u), kind) for u in j.targets)), None)
        if of_kind:  # 已对各村(社区)党组织开展了巡察: the villages fed back, and all of that kind (some not yet)
            i.targets = of_kind + i.targets
        elif listed is not None:  # (T对本镇各村(社区)党组织开展巡察 … 被巡察的村(社区)党组织为:A、B: the units listed)
            merged[i.key] = listed.key
        elif m and units and (m.group("n") is None or numeral_value(m.group("n")) == len(units)) or (
                units and i.team and _counted_before(i.targets) == len(units)):  # 对上述2个乡镇和4个村开展了巡察
            i.targets = units
            for fb in feedback:  # the headline's 向16个村(社区)党支部反馈, read as the same back-reference
                if fb.team == i.team:
                    fb.targets = [t for t in fb.targets if not NAMED_BEFORE.match(t)]
            if same := next((j for j in inspections if j is not i and j.team == i.team and set(j.targets) == set(units)), None):
                # (…20所高校分别是:A、B…。…对上述20所高校开展了专项巡视: the units' inspection, dated and moded so)
                same.start, same.end, same.mode = same.start or i.start, same.end or i.end, same.mode or i.mode
                merged[i.key] = same.key
    inspections[:] = [i for i in inspections if i.key not in merged]
    for fb in feedback:
        fb.inspection = merged.get(fb.inspection or "", fb.inspection)
    # 市委4个巡察组对上述4个单位党组织开展了常规巡察 after each team's unit and feedback: the teams' inspections, no other
    named = {t for i in inspections if i.team for t in i.targets if not (INSPECTED_COUNT.match(t) or NAMED_BEFORE.match(t))}
    named |= {t for units in delivered.values() for t in units}  # (the teams' inspections their feedback implies)
    again = {i.key for i in inspections if i.team is None and len(i.targets) == 1
             and (m := NAMED_BEFORE.match(i.targets[0])) and m.group("n") and numeral_value(m.group("n")) == len(named)}
    if again and not any(fb.inspection in again for fb in feedback):
        for i in inspections:  # (两个巡察组对上述8个单位党组织开展了巡察,共反馈问题127个: the counts are the round's)
            if i.key in again:
                for key in ("reported", "rectified", "ongoing"):
                    if (value := getattr(i, f"issues_{key}")) is not None:
                        issue_counts.setdefault(key, value)
        inspections[:] = [i for i in inspections if i.key not in again]


# 县人民医院党委、县中医院党委因巡察发现的问题线索正在核查,暂缓反馈: units whose feedback is put off.
POSTPONED_VERB = re.compile(r"(?:暂缓|暂不|推迟|延期|延后|另行)(?:进行|安排)?反馈")
POSTPONED_FEEDBACK = re.compile(r"(?P<units>[\u4e00-\u9fff（()）、]{2,80}?)(?:[,，]?因[^。；;,，]{1,40}[,，]?)?"
                                + POSTPONED_VERB.pattern)


def _without_postponed(feedback: list[Feedback], inspections: list[Inspection], text: str) -> list[Feedback]:
    """各巡察组分别向被巡察党组织反馈了巡察情况。A、B因…暂缓反馈: a feedback to every unit is to none of those whose feedback
    the text says is put off, unless its own sentence names the unit without putting it off; a feedback of an inspection
    of such a unit is to its other units only (named, no longer its inspection's, which is of all of them), and a
    feedback left with no unit goes."""
    if not POSTPONED_VERB.search(text):
        return feedback  # (the verb first: the units before it are looked for on the pages that have it)
    postponed = [u for m in POSTPONED_FEEDBACK.finditer(text) for u in re.split(r"[、和及与]", m.group("units")) if len(u) >= 2]
    if not postponed:
        return feedback
    by_key = {i.key: i for i in inspections}
    out = []
    for fb in feedback:
        said = _told(fb)
        kept = [u for u in postponed if u in said and not POSTPONED_FEEDBACK.search(said)]

        def put_off(target: str) -> bool:
            return any(target.endswith(u) for u in postponed) and not any(target.endswith(u) for u in kept)

        if (of := by_key.get(fb.inspection or "")) and any(put_off(t) for t in of.targets):
            fb.team, fb.inspection = fb.team or of.team, None
            fb.targets = list(dict.fromkeys(fb.targets + of.targets))
        fb.targets = [t for t in fb.targets if not put_off(t)]
        if fb.targets or fb.inspection:
            out.append(fb)
    return out


def _days_within_period(feedback: list[Feedback], inspections: list[Inspection]) -> list[Feedback]:
    """11月20日至22日,第五巡视组分别向6个单位反馈。…11月20日上午向A,下午向B;21日…: the period's feedback (or an undated
    one of the team, or one of a month) is the days' feedback, told again unit by unit: it keeps only the units no day
    names (none left: it goes)."""
    of = {i.key: i for i in inspections}

    def units(fb: Feedback) -> list[str]:
        """Its units and its inspection's, in the order written (a set's order would change from run to run)."""
        return list(dict.fromkeys([*fb.targets, *(of[fb.inspection].targets if fb.inspection in of else ())]))

    def team(fb: Feedback) -> str | None:
        return fb.team or (of[fb.inspection].team if fb.inspection in of else None)

    kept = []
    for fb in feedback:
        # (an undated feedback told again with its day: 向3个乡镇党委反馈…7月16日上午,在桐岭镇巡察情况反馈会上…; a month's,
        # 9月上旬,各巡视组陆续反馈…中央第一巡视组:9月3日向A反馈,9月5日向B反馈: the days of that month)
        month = fb.date if fb.date and len(fb.date) == ISO_MONTH_LENGTH else None
        if not fb.date and (not fb.start or fb.end) or month:
            named = {t for d in feedback if d.date and d is not fb and team(d) == team(fb) and (
                d.date.startswith(month) and len(d.date) == ISO_DAY_LENGTH if month
                else not fb.start or fb.start <= d.date <= (fb.end or "")) for t in units(d)}
            rest = [t for t in units(fb) if t not in named]
            if named and not rest:
                continue
            if named:
                fb.team, fb.inspection, fb.targets = team(fb), None, rest
        kept.append(fb)
    return kept


def _dated_by_round(feedback: list[Feedback]) -> None:
    """7月上旬，中央巡视组陆续向被巡视党组织反馈。中央第一巡视组向A反馈: a feedback no statement of its own dates (nor gives a
    period) takes the day or month of its round's statement above it (Feedback.round_date)."""
    for fb in feedback:
        if fb.date is None and fb.start is None:
            fb.date = fb.round_date


def _after_its_inspection(feedback: list[Feedback], inspections: list[Inspection], issued: str | None) -> None:
    """2023年9月11日至11月20日,…巡视。1月18日,…反馈, on a page of 2024-01-19 (or 2017年10月至12月…巡察。1月24日至1月30日,…反馈):
    a feedback's day or period whose year the text left to the year stated before it, which falls before the inspection
    it reports on, is of the year after (where that is not after the page's date)."""
    started = {i.key: i.start for i in inspections if i.start}
    for fb in feedback:
        start = started.get(fb.inspection or "")
        if start is None:
            continue
        if fb.date and fb.date < start[:len(fb.date)]:
            later = _year_after(fb.date)
            if later >= start[:len(later)] and (issued is None or later <= issued):
                fb.date = later
        if fb.start and fb.end and fb.start < start[:len(fb.start)]:
            first, last = _year_after(fb.start), _year_after(fb.end)
            if first >= start[:len(first)] and (issued is None or last <= issued):
                fb.start, fb.end = first, last


def _year_after(date: str) -> str:
    """The same day or month (ISO) a year later."""
    return f"{int(date[:4]) + 1}{date[4:]}"


def _counted_before(targets: list[str]) -> int:
    """How many units targets that each count them count together, where one of them refers back (上述2个乡镇 and 4个村
    → 6); 0 where any names a unit or none refers back."""
    back = [NAMED_BEFORE.match(t) for t in targets]
    counts = [numeral_value(b.group("n")) if b and b.group("n") else _several(t) for b, t in zip(back, targets)]
    return sum(counts) if len(targets) > 1 and any(b and b.group("n") for b in back) and all(counts) else 0


def link_feedback(feedback: list[Feedback], inspections: list[Inspection]) -> None:
    """A feedback implies the inspection it reports on when the text states none for its team. A feedback
    is linked to its team's inspection whose targets it was delivered to, and then states only what the
    inspection does not (the link, and targets beyond the inspection's: 区委 besides 开发区党工委), so that
    the graph says each team and target once."""
    _counted_units_named(feedback, inspections)
    of_team: dict[str | None, list[Inspection]] = {}
    for i in inspections:
        of_team.setdefault(i.team, []).append(i)
    implied: set[str] = set()  # teams whose inspection only their feedback implies: of all the units it names
    # (the units any inspection names, teams' too: 新华网对A、B…的反馈情况梳理如下 … ■A⏎巡视组：中央第二巡视组)
    inspected = {_unit_key(t) for i in inspections for t in i.targets}
    for fb in feedback:
        if fb.team is None and fb.targets and not fb.inspection and (keys := {_unit_key(t) for t in fb.targets}) <= inspected:
            # (10月22日、23日，T1、T2先后向A、B反馈 read apart from its teams: the one team that inspected its units, its;
            # read live: the inspections this loop implies are among them)
            owners = {i.team for i in inspections if i.team and keys <= {_unit_key(t) for t in i.targets}}
            fb.team = owners.pop() if len(owners) == 1 else None
        elif fb.team is None and fb.targets and not fb.inspection:
            # 公布了第三轮巡视对45家单位的巡视反馈情况: feedback by no named team implies an inspection by none.
            inspections.append(Inspection(key=f"inspection-{len(inspections) + 1}", team=None,
                                          targets=list(fb.targets), evidence=list(fb.evidence),
                                          mode=feedback_mode(e.text for e in fb.evidence)))
            of_team.setdefault(None, []).append(inspections[-1])
            inspected |= {_unit_key(t) for t in fb.targets}
        elif fb.team and fb.targets and fb.team not in of_team:
            inspections.append(Inspection(key=f"inspection-{len(inspections) + 1}", team=fb.team,
                                          targets=list(fb.targets), evidence=list(fb.evidence),
                                          mode=feedback_mode(e.text for e in fb.evidence)))
            of_team[fb.team] = [inspections[-1]]
            implied.add(fb.team)
        elif fb.team in implied:
            implied_inspection = of_team[fb.team][0]
            implied_inspection.targets += [t for t in fb.targets if t not in implied_inspection.targets]
        elif fb.team and fb.targets and not fb.inspection and (uncovered := _not_inspected(
                fb.targets, [t for i in of_team[fb.team] for t in i.targets],
                extended=any("延伸" in e.text for e in fb.evidence))):
            inspections.append(Inspection(key=f"inspection-{len(inspections) + 1}", team=fb.team,
                                          targets=uncovered, evidence=list(fb.evidence),
                                          mode=feedback_mode(e.text for e in fb.evidence)))
            of_team[fb.team].append(inspections[-1])
    position = {id(i): n for n, i in enumerate(inspections)}
    for fb in feedback:
        # (向山西反馈 of an inspection of 山西省; 向中粮集团党组反馈 of one of 中粮集团有限公司)
        delivered = set(fb.targets) | {_unit_key(t) for t in fb.targets} | {_bare_unit_key(t) for t in fb.targets}
        covered = [i for i in of_team.get(fb.team, []) if i.targets
                   and all(t in delivered or _unit_key(t) in delivered for t in i.targets)]
        best = max(covered, key=lambda i: (len(i.targets), -position[id(i)]), default=None)
        if best is None:
            fb.inspection = None
        else:
            fb.inspection, fb.team = best.key, None
            # 向临河县支行党支部反馈 after 进驻临河县支行: the unit's party body is the unit the inspection names.
            keys = {_unit_key(t) for t in best.targets}
            fb.targets = [t for t in fb.targets if t not in best.targets and PARTY_BODY.sub("", t) not in best.targets
                          and _unit_key(t) not in keys and _bare_unit_key(t) not in keys]


def _distinct_units(targets: list[str]) -> list[str]:
    """A fact's targets, one per unit: 天津 and 天津市 (向天津、辽宁反馈 … 向天津市反馈, merged) are one, by its fullest name."""
    fullest: dict[str, str] = {}
    for t in targets:
        if len(t) > len(fullest.get(key := _unit_key(t), "")):
            fullest[key] = t
    return list(dict.fromkeys(fullest[_unit_key(t)] for t in targets))


def _bare_unit_key(target: str) -> str:
    """A unit's key without its party body: 中粮集团党组 and 中粮集团有限公司 are one unit's (中粮集团)."""
    return _unit_key(PARTY_BODY.sub("", target))


def _not_inspected(told: list[str], inspected: list[str], extended: bool = False) -> list[str]:
    """第二巡察组进驻A…10月15日,第二巡察组向B反馈了(上一轮)巡察情况: the units a team's feedback was told to that none
    of its inspections names (B), which the feedback says it inspected. None where half the units it was told to or more
    are ones the team inspected (向东城区委、东城区政府党组反馈 after 对东城区政府党组开展巡察: the superior body told of that
    inspection; but a team's undated feedbacks to A, B, C and D, merged, after its inspection of A: B, C and D; and a
    feedback of an ``extended`` inspection, 并同时向A所属B反馈了延伸巡视情况, names B as inspected), where a
    count or a kind the team inspected may hold them, and never a unit by another name (学校党委, 华川集团党组 for
    中国华川能源集团有限公司党组), a kind, or an organ of a unit (市委常委会)."""
    bare = {PARTY_BODY.sub("", t) for t in inspected}
    keys = {_unit_key(t) for t in bare}  # (中粮集团有限公司's, 中粮集团, told as 中粮集团党组)
    told_inspected = sum(PARTY_BODY.sub("", t) in bare or _bare_unit_key(t) in keys for t in told)
    # (…向A反馈，并同时向A所属B反馈了延伸巡视情况: B, which the inspection was extended to, is inspected whatever A is)
    if (told_inspected and 2 * told_inspected >= len(told) and not extended) or any(
            COUNTED_UNITS.match(t) or INSPECTED_COUNT.match(t) or NAMED_BEFORE.match(t) or t.startswith("各")
            for t in inspected):
        return []
    return [t for t in told if len(unit := PARTY_BODY.sub("", t)) >= 3 and not GENERIC_TARGET.match(unit)
            and unit not in bare and _unit_key(unit) not in keys and not COUNTED_UNITS.match(t) and not INSPECTED_UNITS.match(t)
            and not t.endswith(UNIT_ORGANS)
            and not any(abbreviates(t, x) for x in inspected)]


# 鹤鸣镇22个村(社区)党组织 / 13个社区党组织: a count of units of one kind (COUNTED_UNITS), its number.
COUNT_OF_UNITS = re.compile(r"[\d一二三四五六七八九十两]+(?=" + UNIT_COUNTERS + r")")
# 清河街道、望江镇所辖社区(村)党组织: the units of a kind under places, uncounted.
UNITS_UNDER_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|县|区|市)、)*[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|县|区|市)"
                                r"(?:所辖|下辖)的?(?:全部)?(?P<kind>[\u4e00-\u9fff（()）]{2,12})$")
# 东关街道党工委及其所辖社区党组织: the units of a kind under one, uncounted.
UNITS_UNDER = re.compile(r"^(?:其?所辖|下辖|所属)(?P<kind>[\u4e00-\u9fff()（）]{2,12})$")


def _units_counted(target: str) -> tuple[int, str] | None:
    """鹤鸣镇22个村(社区)党组织 → (22, 村(社区)党组织): how many units of which kind a target counts in place of
    their names; None where it names a unit."""
    m = COUNTED_UNITS.match(target)
    n = COUNT_OF_UNITS.search(target) if m else None
    value = numeral_value(n.group()) if n else None
    return (value, _counted_kind(m)) if m and value else None


def _units_under_places(target: str) -> tuple[int, str] | None:
    """清河街道、望江镇所辖社区(村)党组织 → (0, 社区(村)党组织): the units of a kind under places, not counted."""
    m = UNITS_UNDER_PLACES.match(target)
    return (0, m.group("kind")) if m else None


def _counted_kind(counted: re.Match[str]) -> str:
    """The kind of unit a COUNTED_UNITS match counts: 村党支部 of 三个村党支部; 县委 of 两县县委 (the level counted and
    its committee)."""
    kind = counted.group("kind")
    return kind[1:] if len(kind) > 2 and kind[0] == kind[1] else kind


def _counted_units_listed(inspections: list[Inspection], feedback: list[Feedback]) -> None:
    """县委第二巡察组对青石镇党委及所辖21个村(社区)党组织开展了巡察 … 反馈对象:(the 21, one a line): where another
    inspection of the team names as many units of the kind a target counts (or as many units in all), the count was of
    those units: the inspection that counts them takes them (with its period and mode), and the other gives them up
    (and goes when it has none left; its feedback is the first one's). The team's feedback to that count (向被巡察的21个
    村(社区)党组织集中反馈) is to those units."""
    moved: dict[str, str] = {}
    listed: dict[tuple[str | None, int], list[str]] = {}
    for i in inspections:
        for t in list(i.targets) if i.team else ():
            counted = _units_counted(t) or _units_under_places(t)
            for j in (j for j in inspections if counted and j is not i and j.team == i.team and j.targets):
                of_kind = [u for u in j.targets if _of_kind(PARTY_BODY.sub("", u), counted[1])]
                if not counted[0]:  # (清河街道、望江镇所辖社区(村)党组织: every unit of the kind, however many)
                    units = of_kind if len(of_kind) >= 2 and len(of_kind) == len(j.targets) else []
                else:
                    units = of_kind if len(of_kind) == counted[0] else j.targets if len(j.targets) == counted[0] else []
                if units and not _units_counted(units[0]):
                    i.targets = [x for x in i.targets if x != t] + [u for u in units if u not in i.targets]
                    j.targets = [u for u in j.targets if u not in units]
                    listed[(i.team, counted[0])] = units
                    if not j.targets:
                        moved[j.key] = i.key
                    break
    inspections[:] = [i for i in inspections if i.key not in moved]
    for fb in feedback:
        fb.inspection = moved.get(fb.inspection or "", fb.inspection)
        fb.targets = list(dict.fromkeys(u for t in fb.targets for u in _listed_for(listed, fb.team, t)))


def _counts_of_own_units(inspections: list[Inspection], feedback: list[Feedback]) -> None:
    """巡察A、B、C情况反馈会…分别向3个镇(街道)党(工)委反馈: a count of units beside as many units of its kind that the same
    team's inspection or feedback names is those units, no unit of its own."""
    for fact in (*inspections, *feedback):
        if not fact.team:
            continue
        for t in list(fact.targets):
            counted = _units_counted(t)
            if counted and counted[0] and counted[0] == sum(
                    u != t and not _units_counted(u) and _of_kind(PARTY_BODY.sub("", u), counted[1]) for u in fact.targets):
                fact.targets.remove(t)


def _counted_units_of_no_team(inspections: list[Inspection], feedback: list[Feedback]) -> None:
    """T对市交通运输系统开展了常规巡察。此次巡察对象包括A、B、C、D。…T分别向4个被巡察单位党组织反馈: a team's inspection of
    only a count of the inspected units (or of units of any kind) is of the units the one inspection naming no team names,
    where they are as many and no team's inspection names one of them: that inspection's units are the team's (its
    period and mode too, where the team's states none), and its feedback the team's inspection's."""
    teamless = [j for j in inspections if j.team is None and j.targets]
    if len(teamless) != 1 or any(_several(t) for t in teamless[0].targets):
        return
    (listed,) = teamless
    named = {t for i in inspections if i.team for t in i.targets}
    for i in inspections:
        counts = [_inspected_count(t) for t in i.targets]
        if i.team and counts and all(counts) and sum(counts) == len(listed.targets) \
                and named.isdisjoint(listed.targets):
            i.targets, listed.targets = list(listed.targets), []
            if i.start is None and i.end is None:
                i.start, i.end = listed.start, listed.end
            i.mode = i.mode or listed.mode
            for fb in feedback:
                fb.inspection = i.key if fb.inspection == listed.key else fb.inspection
            inspections.remove(listed)
            return


def _round_period_of_named_units(inspections: list[Inspection]) -> None:
    """…本轮巡视将对29所中管高校党委开展专项巡视。…本轮巡视的29所中管高校是：A、B、C…: where no team is named, a round's
    statement of a count of units and its list of them are one round: the units listed take the period and mode the
    count's statement gives (the count stays a target of its own, as the text writes it)."""
    teamless = [i for i in inspections if i.team is None and i.targets]
    counted = [i for i in teamless if any(_several(t) for t in i.targets)]
    named = [i for i in teamless if not any(_several(t) for t in i.targets) and len(i.targets) >= 2]
    if len(counted) != 1 or len(named) != 1 or sum(map(_several, counted[0].targets)) < len(named[0].targets):
        return
    (count,), (listed,) = counted, named
    if listed.start is None and listed.end is None:
        listed.start, listed.end = count.start, count.end
    listed.mode = listed.mode or count.mode


def _inspected_count(target: str) -> int:
    """How many inspected units a target counts in place of their names (4个被巡察单位党组织, 18个单位党组织); 0 for a unit or
    a count of units of a kind (22个村党组织)."""
    if m := INSPECTED_COUNT.match(target):
        return numeral_value(m.group("n")) or 0
    counted = _units_counted(target)
    return counted[0] if counted and counted[1] in ANY_KIND else 0


def _short_names_of_inspected(feedback: list[Feedback], inspections: list[Inspection]) -> None:
    """对省农业科学院、省供销合作社联合社开展巡视 … 22日上午向省农科院、省供销社反馈: a unit a team's feedback names by a
    short form (its last character, its first one or first two, every character in order) is the one unit of the team's
    inspections that fits, where exactly one does."""
    inspected: dict[str, list[str]] = {}
    for i in inspections:
        if i.team:
            inspected.setdefault(i.team, []).extend(i.targets)
    for fb in feedback:
        _name_in_full(fb.targets, inspected.get(fb.team or "", []), _short_form_of)


def _short_form_of(short: str, full: str) -> bool:
    """Whether ``short`` writes ``full`` short: three characters or more, the same last one, its first one or first two
    opening or inside the full name, every one in order (热力公司 for 华庆热力有限公司: the brand before it dropped); a
    place's committee, 下花园区委, is its own unit, never 河北下花园经济开发区党工委's short form."""
    return (len(full) > len(short) >= 3 and (full[0] == short[0] or short[:2] in full) and full[-1] == short[-1]
            and in_order(short, full) and not short.endswith(LEVEL_COMMITTEES))


def _name_in_full(targets: list[str], units: list[str], fits: Callable[[str, str], bool]) -> set[str]:
    """Each of ``targets`` that none of ``units`` is but exactly one of them ``fits`` (short, full), written as that unit
    (in place). Returns the units so written."""
    named: set[str] = set()
    for n, t in enumerate(targets):
        if t not in units and len(fitting := [u for u in units if fits(t, u)]) == 1:
            targets[n] = fitting[0]
            named.add(fitting[0])
    return named


def _without_repeated_feedback(feedback: list[Feedback], inspections: list[Inspection]) -> tuple[list[Feedback], dict[str, str]]:
    """One feedback where two now say the same (of one inspection, to no unit beyond its, on the same date: 中央巡视组
    分别向中国科学院和A反馈 … 巡视组组长向中科院领导班子作反馈), its evidence both's. Returns the feedback and the key of each
    dropped → the key kept."""
    units_of = {i.key: set(i.targets) for i in inspections}
    kept: dict[tuple, Feedback] = {}
    repeated: dict[str, str] = {}
    for fb in feedback:
        beyond = tuple(t for t in fb.targets if t not in units_of.get(fb.inspection or "", set()))
        same = (fb.team, beyond, fb.date, fb.start, fb.end, fb.inspection)
        if (first := kept.get(same)) is None:
            kept[same] = fb
            continue
        first.evidence += [e for e in fb.evidence if e not in first.evidence]
        first.presided_by = first.presided_by or fb.presided_by
        repeated[fb.key] = first.key
    return list(kept.values()), repeated


def _brand_of(short: str, full: str) -> bool:
    """Whether ``short`` is a unit's brand name (华泰能源 of 中国华泰能源集团有限公司, 绿色银行 of 国家绿色发展银行: four
    characters or more, its first two together in the full name) or the press's short name (中科院 of 中国科学院: three or
    more, the full name's first and last), every one of them in order; never a place's committee, nor a unit whose name
    has a word written into the short one (北京大学 is not 北京理工大学)."""
    return len(full) > len(short) >= 3 and (len(short) >= 4 and short[:2] in full or short[0] == full[0] and short[-1] == full[-1]) \
        and in_order(short, full) and not short.endswith(LEVEL_COMMITTEES) and not NOT_ONE_UNIT.search(full) \
        and not (short[0] == full[0] and another_unit(short, full))  # (热力公司 of 华庆热力有限公司: the brand dropped, no word written in)


# (云浮4个地级市 / 青岛等市 / 菏泽、临沂、聊城4市: a round's units, no name)
NOT_ONE_UNIT = re.compile(r"等|、|[\d一二三四五六七八九十两]+(?:个|家|所|地)|" + LIST_COUNT_OF_PLACES.pattern)


def _teams_of_listed(inspections: list[Inspection], feedback: list[Feedback]) -> list[Inspection]:
    """中管企业7家,分别是「中国华泰能源集团有限公司」… 中央第十二巡视组负责「华泰能源」: a unit a team's inspection names by its
    brand is the one unit of the inspections naming no team that it fits, which the team's inspection then names in full
    (the unit no longer one of no team's, nor its feedback naming no team: 中央巡视组分别向中国科学院和A反馈). Returns the
    inspections, without those left with no unit."""
    teamless = [t for i in inspections if i.team is None for t in i.targets]
    moved: dict[str, Inspection] = {}
    for i in (i for i in inspections if i.team is not None):
        written = list(i.targets)
        if not (in_full := _name_in_full(i.targets, teamless, _brand_of)):
            continue
        moved |= {u: i for u in in_full}
        full_of = dict(zip(written, i.targets))
        for fb in feedback:  # (its feedback to the unit so written names it so too: 向中科院领导班子作反馈)
            if fb.inspection == i.key:
                fb.targets = [full_of.get(t, t) for t in fb.targets]
    for i in inspections:
        if i.team is None and moved:
            i.targets = [t for t in i.targets if t not in moved]
    for fb in feedback:
        if fb.team is None and fb.targets and len(theirs := {moved[t].key for t in fb.targets if t in moved}) == 1 \
                and all(t in moved for t in fb.targets):
            fb.inspection = theirs.pop()
    return [i for i in inspections if i.targets]


def _listed_for(listed: dict[tuple[str | None, int], list[str]], team: str | None, target: str) -> list[str]:
    """The units a team's count of units (target) was found to be (_counted_units_listed), else the target."""
    counted = _units_counted(target)
    return listed.get((team, counted[0]), [target]) if counted else [target]


def _most_of(named: int, counted: int) -> bool:
    """Whether ``named`` units of a kind are most of the ``counted`` ones (at least half, at least two, none beyond)."""
    return 2 <= named <= counted and 2 * named >= counted


def _counted_units_named(feedback: list[Feedback], inspections: list[Inspection]) -> None:
    """县委第三巡察组对鹤鸣镇22个村(社区)党组织开展了巡察 … 分别向A、B…等22个村(社区)党组织反馈: where a team's feedback
    names as many units of the kind its inspection counts, or most of them (a page that tells each unit's feedback in
    its own words, some missed), or as many units in all (对14个乡镇和县直部门党组织 … 11月3日,向A反馈;…), the
    inspection was of those units; and the feedback's own count of them (in its headline) or its 所辖社区党组织 only
    sums them up."""
    by_key = {i.key: i for i in inspections}
    team_of = {id(fb): fb.team or (by_key[fb.inspection].team if fb.inspection in by_key else None) for fb in feedback}
    named_by_team: dict[str, list[str]] = {}
    given_up: set[str] = set()  # the counts an inspection takes the named units for
    for fb in feedback:
        if team := team_of[id(fb)]:
            named_by_team.setdefault(team, []).extend(
                u for u in fb.targets if _units_counted(u) is None and not UNITS_UNDER.match(u)
                and not UNITS_UNDER_PLACES.match(u)  # (向三岔镇所辖村党组织反馈: the units the other statements name)
                and not INSPECTED_COUNT.match(u) and not INSPECTED_UNITS.match(u))
    for team, named in named_by_team.items():
        named = named_by_team[team] = list(dict.fromkeys(named))
        for i in (i for i in inspections if i.team == team and named):
            # 对A等13个单位开展了巡察…4日向A、B反馈;5日向C… / 对A、B党组及其系统内11个单位党组织…分别向A、B、C…反馈: the units
            # its feedback names, where they are as many as it counts in all and take in those it names
            bare = {PARTY_BODY.sub("", u) for u in named}
            plain = [t for t in i.targets if _units_counted(t) is None]
            counts = [c[0] for t in i.targets if (c := _units_counted(t))]
            in_all = len(plain) + sum(counts) if counts else i.units_counted
            if in_all == len(named) > len(plain) and all(PARTY_BODY.sub("", t) in bare for t in plain):
                i.targets = named
                continue
            targets: list[str] = []
            for t in i.targets:
                counted = _units_counted(t)
                # (市直18个单位党组织: a kind any unit is, each unit named one of them; 区属9所中小学校党组织, the one target: a
                # kind no name ends in, each unit named one of them too)
                of_kind = [u for u in named
                           if counted and (counted[1] in ANY_KIND or _of_kind(PARTY_BODY.sub("", u), counted[1]))]
                members = of_kind or (named if counted and len(i.targets) == 1 else [])  # (the one count it inspected)
                # (向A、B反馈 of the 18 it counts, fewer than most: the count, and those two of them)
                targets += (members if counted and _most_of(len(members), counted[0])
                            else named if counted and len(named) == counted[0]
                            else [t, *of_kind] if counted and len(of_kind) < counted[0] else [t])
                if t not in targets:
                    given_up.add(t)
            i.targets = list(dict.fromkeys(targets))
    summing: list[Feedback] = []  # feedback to counts only, of the units the team's other feedback names
    for fb in feedback:
        named = named_by_team.get(team_of[id(fb)] or "", [])
        had = bool(fb.targets)
        fb.targets = [t for t in fb.targets
                      if t not in given_up
                      and not ((counted := _units_counted(t)) and counted[0] in (len(named), sum(_of_kind(u, counted[1])
                                                                                             for u in named)))
                      and not ((m := INSPECTED_COUNT.match(t)) and (numeral_value(m.group("n")) or 0) == len(named))
                      and not ((under := UNITS_UNDER.match(t) or UNITS_UNDER_PLACES.match(t)) and any(
                          _of_kind(u, under.group("kind")) or _of_kind(PARTY_BODY_END.sub("", u), under.group("kind"))
                          for u in named))]
        if had and not fb.targets and fb.inspection is None:
            summing.append(fb)  # 于11月上旬…向14个被巡察党组织反馈: the days after it give each unit's
    feedback[:] = [fb for fb in feedback if fb not in summing]


def _led_by_party_body(role: str, placed: list[tuple[str, str, str | None]]) -> str | None:
    """党组书记、局长毕某 where the text names the 党组 bare: once 党组 is the document's 某某总局党组, the 局长
    leads 某某总局 (the unit of the one party body among the person's ``placed`` posts whose name ends in the unit
    the head leads)."""
    units = HEAD_OF.get(bare_head(role), ())
    bodies = {PARTY_BODY.sub("", k[2]) for k in placed if k[2] and PARTY_BODY.search(k[2])}
    led = [b for b in bodies if b and b.endswith(units) and not BARE_UNIT.match(b)]
    return led[0] if len(led) == 1 and units else None


def resolve_people(people: list[Person], memberships: list[Membership], names: Names) -> tuple[list[Person], list[Membership]]:
    """One person per name, one membership per person, post and organisation, evidence pooled."""
    by_name: dict[str, list[Evidence]] = {}
    for p in people:
        by_name.setdefault(p.name, []).extend(p.evidence)
    posts: dict[tuple[str, str, str | None], list[Evidence]] = {}
    for m in memberships:
        organisation = names.org(m.organisation) if m.organisation else None
        if organisation and BARE_UNIT.match(organisation):
            organisation = None  # 局党组书记、局长 with no 局 named: a kind of unit, not an organisation
        posts.setdefault((m.person, m.role, organisation), []).extend(m.evidence)
    placed: dict[str, list[tuple[str, str, str | None]]] = {}  # person → its posts with an organisation
    for key in posts:
        if key[2]:
            placed.setdefault(key[0], []).append(key)
    for person, role, organisation in [k for k in posts if k[2] is None and k[0] in placed]:
        led = _led_by_party_body(role, placed[person])
        if led and (person, role, led) not in posts:
            posts[(person, role, led)] = posts.pop((person, role, organisation))
            continue
        same = next((k for k in placed[person] if k[1].endswith(role)), None)
        if same:  # 苏某组长指出 after 第二巡察组组长苏某, 王某书记 after 党委副书记王某: a placed post, named again
            posts[same].extend(posts.pop((person, role, organisation)))
    return ([Person(name, evidence=_merge_evidence(ev)) for name, ev in sorted(by_name.items())],
            [Membership(person, role, org, _merge_evidence(ev))
             for (person, role, org), ev in sorted(posts.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))])


def organisations(doc: Document, names: Names, referred: dict[str, list[Evidence]], surfaces: set[str]) -> list[Organisation]:
    """Every organisation a fact refers to (with that fact's evidence), with the surface forms met for it
    and the committee it is an organ of where its name says so (卫滨区委政法委 ⊂ 卫滨区委)."""
    evidence: dict[str, list[Evidence]] = {name: list(ev) for name, ev in referred.items()}
    aliases: dict[str, set[str]] = {name: set() for name in referred}
    # A name's canonical name ends as it does (unless the text defines it as a short name): a party body's no fact
    # names ends no fact's name, and its name is not sought.
    alias_ends = {name[-2:] for name in aliases}
    for m in doc.mentions:
        if m.label == "ORG":
            name = names.orgs.canonical(m.text)
            # A、B及C党委 / 对A开展巡察 where the facts name A党委: the unit as written is a name of its party body.
            name = name if name in aliases else next(
                (body for b in UNIT_BODIES if (b[-2:] in alias_ends or names.orgs.defined(m.text + b))
                 and (body := names.orgs.canonical(m.text + b)) in aliases), name)
            if name in aliases:
                aliases[name].add(m.text)
                evidence.setdefault(name, []).append(doc.evidence(m.start, m.end))
    by_key: dict[str, list[str]] = {}
    for name in aliases:
        by_key.setdefault(_bare_unit_key(name), []).append(name)
    for surface in surfaces:
        found = {names.org(surface), names.target(surface)} & aliases.keys()
        if not found and len(same := by_key.get(_bare_unit_key(names.org(surface)), [])) == 1:
            found = set(same)  # (向阿克苏地委反馈 of an inspection of 阿克苏地区, its feedback merged into it: a name of it)
        for name in found:
            aliases[name].add(surface)
    for short, full in names.orgs.short_names.items():  # 一汽 for 中国第一汽车集团公司, 一汽党委 for its 党委
        for body in ("", *UNIT_BODIES):
            if (name := names.orgs.canonical(full + body)) in aliases:
                aliases[name].add(short + body)
    for name in aliases:
        if (bare := _written_bare(doc.text, name)) is not None:
            aliases[name].add(bare)
    known = set(referred) | set(names.orgs.counts)
    out = []
    for name in sorted(referred):
        # The longest known name that the name is an organ of.
        parent = next((names.org(name[:k]) for k in range(len(name), -1, -1)
                       if name[k:] in ORGANS and name[:k] in known), None)
        out.append(Organisation(name, sorted(aliases[name] - {name}), parent, _merge_evidence(evidence.get(name, []))))
    return out


def _written_bare(text: str, name: str) -> str | None:
    """甲村、乙村党支部 gives 甲村党支部 and 乙村党支部 (the body written once is each one's): the unit as the text
    writes it without its party body (甲村, where it stands so at least once) is a name of it too."""
    body = next((b for b in UNIT_BODIES if name.endswith(b)), None)
    bare = name[:-len(body)] if body else ""
    if len(bare) < 2:
        return None
    at = text.find(bare)
    for _ in range(BARE_LOOKS):
        if at < 0:
            return None
        if not text.startswith(body, at + len(bare)):
            return bare
        at = text.find(bare, at + 1)
    return None


def _bare_completed(f: DocumentFacts, names: Names) -> tuple[list[Inspection], list[Feedback]]:
    """中央第一巡视组向安平省委反馈 … 组长某某向省委书记某某和省委领导班子反馈: a committee written bare by its level (省委)
    in a team's statement is the one that team's own statements name in full, where they name one such (a page of
    several provinces' feedback has one 省委 a team). The document's inspections and feedback so completed."""
    full: dict[str, set[str]] = {}
    for x in [*f.inspections, *f.feedback]:
        if team := names.team_of.get(x.team or ""):
            full.setdefault(team, set()).update(t for t in x.targets if not LEVEL_ONLY.match(t))

    def completed(team: str | None, target: str) -> str:
        ends = [u for u in full.get(team or "", ()) if u.endswith(target)] if LEVEL_ONLY.match(target) else []
        return ends[0] if len(ends) == 1 else target

    def targets(x: Inspection | Feedback) -> list[str]:
        return list(dict.fromkeys(completed(names.team_of.get(x.team or ""), t) for t in x.targets))

    return [replace(i, targets=targets(i)) for i in f.inspections], [replace(fb, targets=targets(fb)) for fb in f.feedback]


@stage("resolve")
def resolve(doc: Document) -> Document:
    f = doc.facts
    surfaces = {s for s in [t for i in f.inspections for t in i.targets] + [t for fb in f.feedback for t in fb.targets]
                + [m.organisation for m in f.memberships] + [t.dispatcher for t in f.teams] if s}
    orgs = Orgs.of(doc, sorted(surfaces))
    referenced = {i.team for i in f.inspections if i.team} | {fb.team for fb in f.feedback if fb.team}
    inspected: dict[str, set[str]] = {}  # (the units a team gives feedback to it inspected)
    for x in [*f.inspections, *f.feedback]:
        inspected.setdefault(x.team or "", set()).update(x.targets)
    # 省委巡视组向12个地方党组织反馈 … 省委第一巡视组向甲市委反馈: the team written bare that counts several units is
    # the round's teams, not the first team.
    counting: dict[str, int] = {}
    for x in [*f.inspections, *f.feedback]:
        for n in (_several(t) for t in x.targets if x.team):
            counting[x.team] = max(counting.get(x.team, 0), n)
    # (第五轮巡视对A、B开展了巡视。省委巡视组分别向被巡视党组织反馈 … 省委第一巡视组向A反馈: the inspected units it speaks to are
    # the round's, as many as it names with no team)
    round_units = len({t for i in f.inspections if i.team is None for t in i.targets if not _several(t)})
    for x in [*f.inspections, *f.feedback]:
        if x.team and x.targets and all(INSPECTED_UNITS.match(t) for t in x.targets):
            counting[x.team] = max(counting.get(x.team, 0), round_units)
    teams, team_of, groups = resolve_teams(f.teams, orgs, referenced, inspected, counting)
    names = Names(orgs, team_of, groups)
    f.inspections, f.feedback = _bare_completed(f, names)
    dated_round = _dated_round(f.inspections)  # (before a round's count of units gives way to its units)
    inspections, keys = resolve_inspections(f.inspections, names, f.issue_counts)
    feedback, fb_keys = resolve_feedback(f.feedback, names, inspections, keys,
                                         teams[0].name if len(teams) == 1 else None, doc.text, doc.original)
    _named_before(inspections, feedback, f.issue_counts)
    _counted_units_listed(inspections, feedback)
    _counts_of_own_units(inspections, feedback)
    _short_names_of_inspected(feedback, inspections)
    link_feedback(feedback, inspections)
    _counted_units_of_no_team(inspections, feedback)
    _round_period_of_named_units(inspections)
    # The inspections feedback implied (市委第一巡察组向A反馈) take over those of the same units naming no team.
    inspections = _teams_of_listed(inspections, feedback)
    feedback, repeated = _without_repeated_feedback(feedback, inspections)
    fb_keys = {k: repeated.get(v, v) for k, v in fb_keys.items()}
    inspections, renamed = _without_teamless_repeats(inspections, f.issue_counts)
    keys = {k: renamed.get(v, v) for k, v in keys.items()}
    for fb in feedback:
        fb.inspection = renamed.get(fb.inspection or "", fb.inspection)
    feedback += _round_feedback_of_teams(inspections, feedback)
    _after_its_inspection(feedback, inspections, doc.metadata.issued)
    feedback = _days_within_period(feedback, inspections)
    feedback = _without_postponed(feedback, inspections, doc.text)
    _dated_by_round(feedback)
    period = round_period(doc) if any(i.end is None for i in inspections) else None
    for i in inspections:  # 本轮巡察于5月中旬至6月下旬开展: the round's period is that of each inspection undated
        if period and i.end is None and i.start in (None, period.start):  # or starting on the round's first day
            i.start, i.end, i.mode = period.start, period.end, i.mode or period.mode
    _date_by_round(inspections, dated_round)
    for x in [*inspections, *feedback]:
        x.targets = _distinct_units(x.targets)
    f.people, f.memberships = resolve_people(f.people, f.memberships, names)
    referred: dict[str, list[Evidence]] = {}
    team_names = set(team_of.values())
    for name, ev in ([(t, i.evidence) for i in inspections for t in i.targets]
                     + [(t, fb.evidence) for fb in feedback for t in fb.targets]
                     + [(m.organisation, m.evidence) for m in f.memberships if m.organisation]
                     + [(t.dispatcher, t.evidence) for t in teams if t.dispatcher]):
        if name not in team_names:
            referred.setdefault(name, []).extend(ev)
    f.organisations = organisations(doc, names, referred, surfaces)
    f.teams = sorted(teams, key=lambda t: t.name)
    f.inspections, f.feedback = inspections, feedback
    for issue in f.issues:
        issue.inspection = keys.get(issue.inspection or "", issue.inspection)
    for rec in f.recommendations:
        rec.feedback = fb_keys.get(rec.feedback or "", rec.feedback)
    attach_findings(f.issues, f.recommendations, feedback, inspections)
    attach_counts(f)
    return doc


def _dated_round(inspections: list[Inspection]) -> tuple[str, str, str | None, str | None] | None:
    """The one round a page dates by a statement naming it and no team (2021年5月至7月,十九届中央第七轮巡视对…开展常规
    巡视): its round, start, end and mode; None where the page dates none or two."""
    dated = {(i.round, i.start, i.end, i.mode) for i in inspections if i.team is None and i.round and i.start}
    return dated.pop() if len(dated) == 1 else None


def _date_by_round(inspections: list[Inspection], dated: tuple[str, str, str | None, str | None] | None) -> None:
    """A、B等11个单位公布了巡视整改进展情况 … 2021年5月至7月,十九届中央第七轮巡视对教育部和31所中管高校开展常规巡视: units
    named with no team and no date are inspections of the round the page dates (_dated_round), and take its period and
    mode; units of another round stay undated."""
    if dated is None:
        return
    round_, start, end, mode = dated
    for i in inspections:
        if i.team is None and i.start is None and i.end is None and i.round in (None, round_):
            i.start, i.end, i.mode = start, end, i.mode or mode


def _round_feedback_of_teams(inspections: list[Inspection], feedback: list[Feedback]) -> list[Feedback]:
    """对12个单位开展了巡视,8月反馈了巡视意见 … then each team's units (省委第一巡视组: A、B): the round's feedback,
    given to a count of units, is each team's to its own, where no statement gives that team's."""
    rounds = {i.key for i in inspections if i.team is None and i.targets and all(COUNTED.match(t) for t in i.targets)}
    given = [fb for fb in feedback if fb.inspection in rounds]
    if not given:
        return []
    told = {fb.inspection for fb in feedback}
    # (a team that fed back unit by unit, 9月3日向A反馈,9月5日向B反馈, has its own statements, linked to no one inspection)
    by_key = {i.key: i for i in inspections}
    teams_told = {fb.team or (by_key[fb.inspection].team if fb.inspection in by_key else None) for fb in feedback}
    return [replace(given[0], key=f"feedback-{len(feedback) + n}", inspection=i.key, team=None, targets=[],
                    evidence=list(given[0].evidence))
            for n, i in enumerate((i for i in inspections if i.team and i.key not in told and i.team not in teams_told), 1)]


def attach_counts(f: DocumentFacts) -> None:
    """Counts findings left on the document (feedback news whose inspection only the feedback implies)
    go to the document's only inspection, once link_feedback has created it."""
    if len(f.inspections) != 1:
        return
    only = f.inspections[0]
    for key in list(f.issue_counts):
        if getattr(only, f"issues_{key}") is None:
            setattr(only, f"issues_{key}", f.issue_counts.pop(key))


def attach_findings(issues: list[Issue], recommendations: list[Recommendation], feedback: list[Feedback],
                    inspections: list[Inspection]) -> None:
    """Findings left without an inspection or feedback (in feedback news whose inspection only the feedback
    implies, link_feedback creates it after findings ran): an issue is the inspection of the feedback
    mentioned last before it (县委第二巡察组向县卫健局党组反馈时指出: 一是…; else the first mentioned),
    or the document's only inspection; a recommendation is that feedback's."""
    mentioned = sorted(((e.start, n) for n, fb in enumerate(feedback) for e in fb.evidence))
    starts = [at for at, _ in mentioned]
    only = inspections[0].key if len(inspections) == 1 else None

    def feedback_before(evidence: list[Evidence]) -> Feedback | None:
        if not mentioned:
            return None
        at = min((e.start for e in evidence), default=0)
        return feedback[mentioned[max(bisect.bisect_right(starts, at) - 1, 0)][1]]

    for issue in issues:
        if issue.inspection is None:
            fb = feedback_before(issue.evidence)
            issue.inspection = (fb.inspection if fb else None) or only
    for rec in recommendations:
        if rec.feedback is None:
            fb = feedback_before(rec.evidence)
            rec.feedback = fb.key if fb else None
