"""Tables of teams flattened into text, read into rows of named cells.

Round announcements list their teams in a table (组别 / 组长 / 副组长 / 被巡察党组织 / 进驻时间), and pasting the
table into a page flattens it in one of several ways; each is read here into the same rows, so that the
relation rules (a row's team inspects its units from its date) and the people rules (a row's 组长 column names
who leads its team) read one shape:

- one line a row, cells parted by bars, tabs or runs of spaces (normalising turns a tab into one space);
  a row whose leading cells are empty (a merged cell: 第一巡察组 over two units) continues the row before it,
  its cells standing under the header's last ones (or those before them, where its last cells are merged too);
- one line a cell: the header's names one a line, then each row as many lines, its first the team;
- one line a row written as key:value pairs: 组别：第一巡察组 被巡察单位：A、B 组长：张某 进驻时间：4月20日;
- one line a row whose cells ran together with no separator at all, under a header run together too
  (组别被巡察党组织巡察时间值班电话 / 市委第一巡察组市教育局党组4月8日—5月31日0739-5231101): each cell read by its shape;
- a table whose header names a team a column (省委第一巡视组 | 省委第二巡视组), each row a unit under each team: read as
  rows of a team and its unit, one a cell.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from kg.extract.lexicon import PAGE_NUMBER
from kg.extract.structure import is_boilerplate

# What a header cell names, by the part of a row it gives (Simplified; texts are read normalised to it).
# Variants with the kind (巡视/巡察) are spelled out so that a header cell must be one of these whole.
TEAM_COLUMNS = frozenset({"组别", "组次", "巡视组", "巡察组", "巡视组别", "巡察组别", "巡视组组别", "巡察组组别"})
# The units column: who was inspected or moved into, by any of its words (被巡视单位, 巡察对象, 进驻地区(单位) …).
TARGET_COLUMNS = frozenset(f"{verb}{what}" for verb in ("被巡视", "被巡察", "巡视", "巡察", "进驻")
                           for what in ("单位", "党组织", "对象", "地区", "地方", "地区(单位)", "地区（单位）", "单位(地区)",
                                        "单位（地区）", "地方和单位", "单位名称", "党组织名称"))
# A units column named for what it holds (被巡察村(社区)党组织, 被巡视省直单位, 被巡视县（市、区）, 被巡察乡镇, 被巡察党支部, 被巡察法院党组): read as
# 被巡察党组织.
TARGET_COLUMN_NAMED = re.compile(r"被(?:巡视|巡察)(?:[\u4e00-\u9fff()（）]{0,8}(?:单位|党组织|党委|党组|党支部|党总支|对象)"
                                 r"|(?:县|市|区|州|旗|乡镇|街道|村|社区|高校|企业)(?:[(（][\u4e00-\u9fff、]{1,5}[)）])?)"
                                 # (乡镇 | 村（社区） | 巡察组 | 进驻时间; 村名 | 反馈时间 | 反馈问题（个）)
                                 # (村（社区）党组织 / 村名)
                                 r"|(?:村|嘎查村?)(?:名称?)?(?:[(（](?:社区|居)[)）])?(?:党组织)?|社区(?:名称?)?(?:党组织)?"
                                 # (被巡察单位（部门）, 巡察对象（单位）: a units column with what it holds in brackets)
                                 r"|被?(?:巡视|巡察)(?:单位|对象|党组织)[(（][\u4e00-\u9fff、]{1,6}[)）]")
# The units a row's team extended its inspection to, in a column beside the units (延伸巡视单位): more of its targets.
# (同步巡视单位: the units under a place the team inspected with it, a city's counties)
EXTENDED_COLUMNS = frozenset(f"{lead}{kind}{what}" for lead in ("延伸", "同步") for kind in ("巡视", "巡察", "")
                             for what in ("单位", "对象", "党组织", "")) - {"延伸", "同步"}
# … named for what it holds (延伸巡察村（社区）, 延伸巡察嘎查村, 同步巡视旗县（市、区）, 同步巡察乡镇): read as 延伸巡察单位.
EXTENDED_COLUMN_NAMED = re.compile(r"(?:延伸|同步)(?:巡视|巡察)(?:村|社区|嘎查|乡镇|企业|学校|旗县|县区|县|区|旗|市)"
                                   r"[\u4e00-\u9fff（()）、]{0,6}")
DATE_COLUMNS = frozenset({"进驻时间", "巡视时间", "巡察时间", "进驻日期", "时间", "日期"})
POST_COLUMNS = frozenset({"组长", "副组长", "巡视组组长", "巡察组组长", "组员"})
MODE_COLUMNS = frozenset({"巡视方式", "巡察方式", "巡视类型", "巡察类型"})
# A roster of feedback meetings (日期 | 巡察组 | 反馈对象 | 主持人): its units were fed back to, on its date column's day.
FEEDBACK_TARGET_COLUMNS = frozenset({"反馈对象", "反馈单位"})
# A feedback's columns: its day, or the problems fed back (a row that counts them was fed back).
FEEDBACK_DATE_COLUMNS = frozenset({"反馈时间", "反馈日期", "反馈会时间", "反馈会议时间", "反馈会日期", "反馈会议日期"})
FEEDBACK_FIGURE_COLUMNS = frozenset({"反馈问题", "反馈问题数", "反馈问题(个)", "反馈问题（个）"})
# Figures a table of teams may give beside: they only count as header cells.
FIGURE_COLUMNS = frozenset({"移交问题线索", "问题线索", "已整改", "已完成整改", "正在整改", "整改率", "整改完成率", "未整改"})
# A roster (序号 单位 姓名 职务): each row names a person, the post in its role column, at the unit of its unit column.
NAME_COLUMNS = frozenset({"姓名", "名字"})
ROLE_COLUMNS = frozenset({"职务", "职务职级", "现任职务", "职位"})
UNIT_COLUMNS = frozenset({"单位", "工作单位", "所在单位", "单位名称"})
# Columns a table of teams may have beside those it is read for: they only count as header cells.
OTHER_COLUMNS = frozenset({"序号", "值班电话",
                           # (the township or county the row's villages or units are in: 乡镇（街道） | 被巡察村（社区）)
                           "乡镇", "街道", "镇街", "乡镇（街道）", "乡镇(街道)", "所属乡镇", "所属乡镇（街道）", "所属乡镇(街道)",
                           "所在乡镇", "所在乡镇（街道）", "所在乡镇(街道)", "县（市、区）", "县(市、区)", "所属县（市、区）", "举报电话", "联系电话", "电话", "电子邮箱", "邮箱", "邮政信箱", "备注",
                           "信箱", "地址", "主持人", "地点", "反馈地点", "会议地点", "反馈会地点", "反馈会议地点",
                           "专用邮箱", "举报邮箱", "电子信箱",
                           "专用电话", "受理电话", "联系方式", "专门邮政信箱", "专用邮政信箱", "举报信箱", "值班手机",
                           # (a list of the units' rectification reports: 单位名称 | 巡视组 | 整改报告 | 公开时间)
                           "整改报告", "通报标题", "报告标题", "公开时间", "公开日期", "公开渠道", "渠道"})
# The cells a team's rows share, merged over them in a numbered table (序号 巡视组 组长 被巡视党组织 进驻时间 值班电话:
# the rows after a team's first give only 序号, the unit and its day).
PER_TEAM_COLUMNS = TEAM_COLUMNS | POST_COLUMNS | frozenset({"值班电话", "举报电话", "联系电话", "电话", "电子邮箱", "邮箱",
                                                             "邮政信箱", "信箱", "地址"})
KNOWN_COLUMNS = (TEAM_COLUMNS | TARGET_COLUMNS | EXTENDED_COLUMNS | DATE_COLUMNS | POST_COLUMNS | MODE_COLUMNS
                 | OTHER_COLUMNS | NAME_COLUMNS | ROLE_COLUMNS | UNIT_COLUMNS | FEEDBACK_DATE_COLUMNS | FEEDBACK_FIGURE_COLUMNS
                 | FEEDBACK_TARGET_COLUMNS
                 | FIGURE_COLUMNS)
UNITS_COLUMNS = TARGET_COLUMNS | FEEDBACK_TARGET_COLUMNS  # the columns a table of teams gives its units in
# What a column of figures counts in, after its name (反馈问题（个）, 已完成整改(项)).
FIGURE_UNIT = re.compile(r"[(（](?:个|项|件|条|人次|人|家)[)）]$")
MIN_COLUMNS = 3  # a header of fewer known cells is not read as a table's
CONTACT_HEAD = re.compile(r"电话|信箱|邮箱")  # a contact's column (值班电话, 邮政信箱, 电子邮箱)
BARS = re.compile(r"[|｜]")
BAR_CELL = re.compile(r"[^|｜\n]+")
SPACED_CELL = re.compile(r"[^ \u3000\n]+")
LINE = re.compile(r"[^\n]+")
HEAD_CELL_CHAR = r"[\u4e00-\u9fff（()）/、]"  # what a header's cell is written in: words, brackets, 、 and /, no number
HEAD_CELL = re.compile(HEAD_CELL_CHAR + "{1,16}")  # a header's cell: a few words (组长、副组长, 出席反馈会议的领导小组成员)
# Punctuation no header cell holds (HEAD_CELL): a line with it is prose, read no further for a header.
SENTENCE_MARK = re.compile(r"[,，。;；]")
# A cell of units parted by commas as well as 、 (白沙镇党委，白沙镇红星村党支部、新华村党支部): each part a unit's name, no sentence.
UNITS_BY_COMMAS = re.compile(r"(?:[^,，。;；:：!?！？、]{2,40}?(?:党组|党委|党工委|党总支|党支部|党组织)[,，、])+"
                             r"[^,，。;；:：!?！？、]{2,40}?(?:党组|党委|党工委|党总支|党支部|党组织)")
# … or grouped by the places they are in, each group labelled (东湖街道：A社区党委、B社区党委；金鸡镇：C村党总支).
_PLACED_UNITS = (r"(?:[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|县|区|市|旗)[:：])?[^,，。;；:：!?！？\n]{2,80}?"
                 r"(?:党组|党委|党工委|党总支|党支部|党组织|村|社区)")
UNITS_BY_PLACES = re.compile(rf"{_PLACED_UNITS}(?:[;；]{_PLACED_UNITS})*[;；]?")
# A cell of units (甲镇党委、乙乡党委), as a row continuing the one before holds it: no sentence's punctuation.
UNITS_CELL = re.compile(r"[^,，。;；:：!?！？]{2,80}")
# What a unit's name has beside numbers and marks: two Han characters in a row.
UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{2}")
# A cell that can be one person's name (a roster's 姓名 column continued under a merged team cell).
SHORT_NAME_CELL = re.compile(r"[\u4e00-\u9fff·]{2,5}")
# A key:value pair of a row written on one line (组别：第一巡察组 被巡察单位：A、B).
KEY_VALUE = re.compile(r"(?P<key>[\u4e00-\u9fff]{2,8})[:：][ \u3000]*(?P<value>[^ \u3000\n:：]+)")
# A card's heading that names its unit, bulleted or in brackets, alone on its line (■山西省 / 【北辰大学】).
UNIT_HEADING = re.compile(r"[ \t\u3000]*(?:[■□◆◇●○▶►▌▍◼▲]|【)[ \t\u3000]*(?P<unit>[\u4e00-\u9fff（()）]{2,30}?)】?[ \t\u3000]*")
# A dash written over the empty cells that close a row (————, --, /).
EMPTY_CELLS = re.compile(r"[—\-－/／]+")
# A column's name the reader does not know, one cell a line (出席反馈会的市委巡察工作领导小组成员): a header's words, longer.
OTHER_COLUMN = re.compile(HEAD_CELL_CHAR + "{2,24}")
# A row's number under 序号.
ROW_NUMBER_CELL = re.compile(r"\d{1,3}[.、]?")
# The cell that opens a row: a team (第一巡察组, 县委第二巡察组, 第3组).
TEAM_CELL = re.compile(r"^[\u4e00-\u9fff]{0,12}第[一二三四五六七八九十\d]{1,3}(?:巡视|巡察)?组"
                       r"(?:[(（][^()（）]{1,20}[)）])?$")  # (省委第一巡视组（组长：张三）: its leader in brackets)


# The shape of a cell in a row whose cells ran together (RUN_TOGETHER_CELL), by the columns it stands under: what
# bounds the cell of units before it. A column of no shape (units, a mailbox, a note) reads up to the next cell's.
RUN_TOGETHER_CELL = {
    "number": r"\d{1,3}[.、]?",
    "team": r"[\u4e00-\u9fff]{0,12}?第[一二三四五六七八九十\d]{1,3}(?:巡视|巡察)?组",
    # 4月8日—5月31日, 2024年4月8日至5月31日, 2024.04.08-2024.05.31, 2024-04-08 (a day or a period)
    "date": r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
            r"(?:[—\-－~～至到]+(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|(?:\d{4}[-./])?\d{1,2}[-./]\d{1,2}))?",
    "phone": r"(?:0\d{2,3}[-－—]?)?\d{7,8}(?:[、/](?:0\d{2,3}[-－—]?)?\d{7,8})*|1\d{10}",
}
# Columns whose cells a run-together row cannot bound (a person's name beside a unit's): a header with one is not read
# so.
UNBOUNDED_COLUMNS = POST_COLUMNS | NAME_COLUMNS | ROLE_COLUMNS
RUN_TOGETHER_HEADS = sorted(KNOWN_COLUMNS - UNBOUNDED_COLUMNS, key=len, reverse=True)
# A line made of those names only, in some order: what a run-together header must be before it is split.
RUN_TOGETHER_LINE = re.compile("(?:" + "|".join(map(re.escape, RUN_TOGETHER_HEADS)) + ")+")


@dataclass(frozen=True)
class Row:
    """A table's row: (start, end) of the cell under each header name it has a cell for; where its table
    starts (its header's line, or the row's own line for key:value rows); ``bars`` where the table parts its
    cells with bars (| or ｜)."""

    cells: dict[str, tuple[int, int]]
    table_start: int
    bars: bool = False

    def cell(self, columns: frozenset[str]) -> tuple[str, tuple[int, int]] | None:
        """The (header name, span) of the first cell under one of ``columns``."""
        return next(((h, s) for h, s in self.cells.items() if h in columns), None)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line (parted by bars, or else by spaces), each without its padding; empty ones left out."""
    out = []
    for c in (BAR_CELL if BARS.search(text, start, end) else SPACED_CELL).finditer(text, start, end):
        stripped = c.group().strip(" \u3000")
        if stripped:
            lead = len(c.group()) - len(c.group().lstrip(" \u3000"))
            out.append((c.start() + lead, c.start() + lead + len(stripped)))
    return out


def _spread_heads(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A header's cells with the words a fixed-width copy spread over spaces made whole again (组  别  组  长: the
    characters of 组别 and 组长 each a cell): two cells of one character each are one when together they name a column."""
    out: list[tuple[int, int]] = []
    for a, b in cells:
        if out and b - a == 1 and out[-1][1] - out[-1][0] == 1 and text[out[-1][0]] + text[a] in KNOWN_COLUMNS:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _bar_cells(text: str, start: int, end: int) -> list[tuple[int, int] | None]:
    """The cells of a line parted by bars, in their places: None for an empty one (a bar closing the line closes its
    last cell)."""
    end = start + len(text[start:end].rstrip(" \u3000"))
    bars = [m.start() for m in BARS.finditer(text, start, end)]
    edges = list(zip([start - 1] + bars, bars + ([] if bars and bars[-1] == end - 1 else [end])))
    return [_strip_span(text, (a + 1, b)) if text[a + 1:b].strip(" \u3000") else None for a, b in edges]


def column_name(cell: str) -> str:
    """The name a header cell stands under: a units column named for what it holds as 被巡察党组织, a column of figures
    without the unit they count in (已完成整改（个）: 已完成整改), any other as written."""
    if cell not in TARGET_COLUMNS and TARGET_COLUMN_NAMED.fullmatch(cell):
        return "被巡察党组织"
    if (counted := FIGURE_UNIT.sub("", cell)) != cell and counted in KNOWN_COLUMNS:
        return counted
    return "延伸巡察单位" if EXTENDED_COLUMN_NAMED.fullmatch(cell) else cell


def _is_header(heads: list[str]) -> bool:
    """A table's header: MIN_COLUMNS short cells or more, two of them known, giving units or team posts
    (序号 | 巡察组 | 被巡察党组织 | 组长 | 进驻时间; 组别 组长 副组长 被巡察单位 巡察时间 举报电话), names and their posts
    (序号 单位 姓名 职务), or units and their teams (单位名称 | 巡视组 | 整改报告)."""
    known = [h for h in heads if h in KNOWN_COLUMNS]
    read_for = any(h in UNITS_COLUMNS | POST_COLUMNS | EXTENDED_COLUMNS for h in known) or (
        any(h in NAME_COLUMNS for h in known) and any(h in ROLE_COLUMNS for h in known)) or (
        any(h in UNIT_COLUMNS for h in known) and any(h in TEAM_COLUMNS | MODE_COLUMNS for h in known))
    # (单位名称 | 巡视组 | …; 序号 单位名称 巡察方式 and 序号 延伸巡视单位 备注: the units of the one team said before)
    return len(heads) >= MIN_COLUMNS and len(known) >= 2 and read_for and all(HEAD_CELL.fullmatch(h) for h in heads)


@functools.lru_cache(maxsize=1)
def table_rows(text: str) -> tuple[Row, ...]:
    """Every row of every table of teams in ``text``, in any of the flattened layouts (one pass over its lines). The
    last text's rows are kept: the mentions and the relations read the same document's."""
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    rows: list[Row] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        pairs = list(KEY_VALUE.finditer(text, start, end)) if ":" in line or "：" in line else []
        keyed = {p.group("key"): (p.start("value"), p.end("value")) for p in pairs}
        # (组别：第一巡察组 被巡察单位：A; or under a team's heading, 被巡视单位：A　反馈时间：2024年7月8日)
        if len(keyed) >= 2 and any(k in TEAM_COLUMNS for k in keyed) and any(k in FEEDBACK_DATE_COLUMNS for k in keyed) \
                and not any(k in TARGET_COLUMNS for k in keyed) and i > 0 and (head := UNIT_HEADING.fullmatch(text, *lines[i - 1])):
            keyed["被巡视单位"] = head.span("unit")  # (■山西省⏎反馈时间：1月29日　巡视组：中央第二巡视组: the card's unit its heading)
        if len(keyed) >= 2 and any(k in TEAM_COLUMNS | FEEDBACK_DATE_COLUMNS for k in keyed) \
                and any(k in TARGET_COLUMNS for k in keyed):
            after_keyed = i > 0 and rows and rows[-1].cells.get(next(iter(keyed)), (-1,))[0] >= lines[i - 1][0]
            rows.append(Row(keyed, rows[-1].table_start if after_keyed else start))  # a run of key:value rows is one table
            i += 1
            continue
        if SENTENCE_MARK.search(line):
            i += 1  # a line of prose: no header cell holds a sentence's punctuation
            continue
        cells = _spread_heads(text, _cells(text, start, end))
        heads = [column_name(text[a:b].replace(" ", "").replace("\u3000", "")) for a, b in cells]
        if _is_header(heads):
            i, heads = _under_sub_header(text, lines, i + 1, heads)
            first = i
            i = _read_lines(text, lines, i, heads, rows, start, BARS.search(text, start, end) is not None)
            if i == first and i < len(lines) and len(_cells(text, *lines[i])) == 1 and _rows_open_with_team(heads):
                # (序号　组别　组长　巡察对象⏎1⏎市委第一巡察组⏎某某⏎A: the header on a line, the rows one cell a line, each opening
                # with its team or its number)
                i = _read_cell_lines(text, lines, i, heads, rows, start)
            continue
        # (序号 | 省委第一巡视组 | 省委第二巡视组: a label's column first, its cells no units)
        labelled = len(heads) > 2 and heads[0] in KNOWN_COLUMNS
        if len(cells) - labelled >= 2 and all(TEAM_CELL.match(h) for h in heads[labelled:]):
            i = _read_team_columns(text, lines, i + 1, [None] * labelled + cells[labelled:], rows, start,
                                   BARS.search(text, start, end) is not None)
            continue
        if len(cells) == 1 and (run := _run_together_heads(heads[0])):
            i = _read_run_together(text, lines, i + 1, run, rows, start)
            continue
        if len(cells) == 1 and heads[0] in TEAM_COLUMNS and (read := _read_columns(text, lines, i, heads[0], rows, start)) > i:
            i = read  # (组别⏎T1⏎T2⏎组长⏎甲⏎乙⏎巡察对象⏎A、B⏎C: a table flattened column by column)
            continue
        if len(cells) == 1 and heads[0] in KNOWN_COLUMNS:
            column = [heads[0]]
            j = i + 1
            while j < len(lines) and (head := column_name(text[lines[j][0]:lines[j][1]].strip(" \u3000"))) in \
                    KNOWN_COLUMNS - set(column):
                column.append(head)
                j += 1
            # (…⏎反馈日期⏎出席反馈会的市委巡察工作领导小组成员⏎1⏎市委第一巡察组: a last column of no name known, the rows
            # opening with their number and team right after it)
            header = _is_header(column)
            if header and j + 2 < len(lines) and OTHER_COLUMN.fullmatch(_stripped(text, lines[j])) \
                    and ROW_NUMBER_CELL.fullmatch(_stripped(text, lines[j + 1])) and TEAM_CELL.match(_stripped(text, lines[j + 2])):
                column.append(_stripped(text, lines[j]))
                j += 1
            if header:
                i = _read_cell_lines(text, lines, j, column, rows, start)
                continue
        i += 1
    return tuple(rows)


def _read_columns(text: str, lines: list[tuple[int, int]], i: int, team_head: str, rows: list[Row], table_start: int) -> int:
    """组别⏎市委第一巡察组⏎市委第二巡察组⏎组长⏎甲⏎乙⏎巡察对象⏎A、B⏎C: a table flattened column by column, its teams' column
    first (at line ``i``), each other column its header's line then a cell a line for each team; read into a row a team
    where a units column is among them (the last column cut short by the page gives its first rows only). The line
    after the table; ``i`` where it is none."""
    j = i + 1
    teams = []
    while j < len(lines) and TEAM_CELL.match(_stripped(text, lines[j])):
        teams.append(lines[j])
        j += 1
    if len(teams) < 2:
        return i
    columns = {team_head: teams}
    while j < len(lines) and (head := column_name(_stripped(text, lines[j]))) in KNOWN_COLUMNS and head not in columns:
        values = list(itertools.takewhile(lambda line: column_name(_stripped(text, line)) not in KNOWN_COLUMNS,
                                          lines[j + 1:j + 1 + len(teams)]))
        columns[head] = values
        j += 1 + len(values)
    if not any(head in UNITS_COLUMNS for head in columns):
        return i
    for n in range(len(teams)):
        rows.append(Row({head: _strip_span(text, values[n]) for head, values in columns.items() if n < len(values)},
                        table_start))
    return j


def _under_sub_header(text: str, lines: list[tuple[int, int]], i: int, heads: list[str]) -> tuple[int, list[str]]:
    """巡视组 组长 … 联系方式⏎值班电话 邮政信箱: a header whose last cell spans the cells of a second header line (the
    empty cells before them lost with the line's leading tabs): the line after it and the header with those cells in
    place of its last; else ``i`` and the header as it is."""
    if i >= len(lines):
        return i, heads
    cells = _cells(text, *lines[i])
    sub = [column_name(text[a:b]) for a, b in cells]
    if 1 < len(sub) < len(heads) and all(h in KNOWN_COLUMNS and h not in heads for h in sub):
        return i + 1, heads[:-1] + sub
    return i, heads


def _read_lines(text: str, lines: list[tuple[int, int]], i: int, heads: list[str], rows: list[Row], table_start: int,
                bars: bool) -> int:
    """Rows one a line after a header, until a line that is none; returns the index of that line. A row with
    fewer cells, its first ones empty (it starts with spaces, or under bars with empty cells), continues the row
    before: its cells stand under the header's last ones."""
    outer_bars = bars and text[table_start:table_start + 1] in "|｜"  # (| 序号 | 巡察组 | …: markdown's outer bars)
    # 组别 组长 巡察对象 组别 组长 巡察对象: a table printed in blocks side by side, two rows on each line
    width = next((w for w in range(MIN_COLUMNS, len(heads) // 2 + 1)
                  if len(heads) % w == 0 and heads == heads[:w] * (len(heads) // w)), len(heads))
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        cells = _cells(text, start, end)
        blocks = [cells[k:k + width] for k in range(0, len(cells), width)]
        if width < len(heads) and len(cells) == len(heads) and all(
                TEAM_CELL.match(text[slice(*block[0])]) for block in blocks):
            rows += [Row(dict(zip(heads[:width], block)), table_start, bars) for block in blocks]
            i += 1
            continue
        if bars and re.fullmatch(r"[\s|｜:：\-—]+", line):
            i += 1  # |---|---| under a header
            continue
        opens = heads[0] not in TEAM_COLUMNS or (cells and TEAM_CELL.match(text[cells[0][0]:cells[0][1]]))
        placed = _bar_cells(text, start, end) if bars and len(cells) < len(heads) else None
        if placed and placed[0] is None and outer_bars and len(placed) == len(heads) + 1:
            placed = placed[1:]  # (| 6 | 区委第三巡察组 | 东湖街道党工委 | 1月9日 | |: the bar opening a line of outer bars)
        if placed is not None and len(placed) == len(heads) - 1 and BARS.search(text[start:end].rstrip(" \u3000")[-1:]):
            placed.append(None)  # (…|市医疗保障局党组|: the bar closing the line leaves the last cell empty)
        if placed is not None and len(placed) == len(heads) and any(placed):
            # ||市医疗保障局党组|: a row under bars whose empty cells were merged with the row above's
            rows.append(Row({h: c for h, c in zip(heads, placed) if c is not None}, table_start, bars))
        elif len(cells) == len(heads) and opens:
            rows.append(Row(dict(zip(heads, cells)), table_start, bars))
        elif 1 < len(cells) < len(heads) and opens and EMPTY_CELLS.fullmatch(text[slice(*cells[-1])]):
            # 9 县人民医院党委 县委第三巡察组 常规 ————: a dash over the cells left empty, the row's last
            rows.append(Row(dict(zip(heads, cells[:-1])), table_start, bars))
        elif 1 < len(cells) < len(heads) and opens and heads[0] in TEAM_COLUMNS and i + 1 < len(lines) \
                and not TEAM_CELL.match(text[slice(*lines[i + 1])].split()[0]):
            # 省委第三巡视组 李春雷 苍山市委 3月5日 0871-63992103⏎18988210103 昆明市A303信箱: a row whose last cell runs on
            # over the line after it (a line break in its cell): its cells under the header's first
            rows.append(Row(dict(zip(heads, cells)), table_start, bars))
        elif len(cells) > len(heads) and opens and (wide := _wide_row(text, heads, cells)):
            rows.append(Row(wide, table_start, bars))
        elif len(cells) > len(heads) and opens and heads[-1] in OTHER_COLUMNS | POST_COLUMNS:
            # …  区委常委、组织部部长 龚志远: a last cell (a person, a note) that holds a space of its own
            rows.append(Row(dict(zip(heads, cells[:len(heads) - 1] + [(cells[len(heads) - 1][0], cells[-1][1])])),
                            table_start, bars))
        elif rows and 0 < len(cells) < len(heads) and not opens and (under := _continued_heads(text, heads, cells)):
            rows.append(Row(dict(zip(under, cells)), table_start, bars))
        elif rows and (shared := _numbered_continuation(text, heads, cells)):
            rows.append(Row(dict(zip(shared, cells)), table_start, bars))
        elif rows and 1 < len(cells) < len(heads) and (around := _placed_around_merged(text, heads, cells)):
            rows.append(Row(dict(zip(around, cells)), table_start, bars))
        else:
            break
        i += 1
    return i


def _continued_heads(text: str, heads: list[str], cells: list[tuple[int, int]]) -> list[str] | None:
    """The header cells a row continuing the one before stands under (_continues): the last ones, or, where the row's
    last cells are empty too (its team's phone merged with the row above's: 第一巡察组 钱某 甲局党组 5月6日 0756-…⏎
    乙局党组 5月7日), the ones just before those; None where no placement reads so."""
    for stop in range(len(heads), len(cells), -1):
        if _continues(text, heads[:stop], cells):
            return heads[stop - len(cells):stop]
    return None


def _placed_around_merged(text: str, heads: list[str], cells: list[tuple[int, int]]) -> list[str] | None:
    """乡镇 | 村（社区） | 巡察组 | 进驻时间 ⏎ 龙潭村 10月9日: a row whose cells under columns merged with the row above's (a
    township's, a team's) are empty wherever they stand: the first columns, in order, its cells fit (_fits), one of
    them units', leaving empty no column of units; None where none do (a line of prose after the table). (A row of two
    cells or more: a cell alone on its line is the rest of the one above, wrapped: 岚江港航集装箱码头⏎有限公司.)"""
    if any(SENTENCE_MARK.search(text, a, b) for a, b in cells):
        return None
    for chosen in itertools.combinations(range(len(heads)), len(cells)):
        if any(heads[k] in UNITS_COLUMNS for k in range(len(heads)) if k not in chosen) or not any(
                heads[k] in UNITS_COLUMNS for k in chosen):
            continue
        if all(_fits(heads[k], text[a:b]) for k, (a, b) in zip(chosen, cells)):
            return [heads[k] for k in chosen]
    return None


def _fits(head: str, value: str) -> bool:
    """Whether a cell's text can stand under a header cell: a team under a team's, a number under a date's, a unit's
    name (no team) under units', a person's name under a post's, and no team or number under any other."""
    team = TEAM_CELL.match(value) is not None
    if head in TEAM_COLUMNS:
        return team
    if head in DATE_COLUMNS | FEEDBACK_DATE_COLUMNS:
        return re.search(r"\d", value) is not None
    if head in UNITS_COLUMNS | EXTENDED_COLUMNS:
        return not team and UNITS_CELL.fullmatch(value) is not None and UNIT_NAME.search(value) is not None
    if head in POST_COLUMNS:
        return SHORT_NAME_CELL.fullmatch(value) is not None
    return not team and re.search(r"\d", value) is None


def _numbered_continuation(text: str, heads: list[str], cells: list[tuple[int, int]]) -> list[str] | None:
    """2 省统计局党组 3月18日 under 序号 巡视组 组长 被巡视党组织 进驻时间 值班电话: a numbered row whose team's cells
    (PER_TEAM_COLUMNS) were merged with the row above's; the header's other columns, where its cells fill them and
    continue the row before (_continues)."""
    if heads[0] != "序号" or not cells or not ROW_NUMBER_CELL.fullmatch(text[slice(*cells[0])]):
        return None
    own = [h for h in heads if h not in PER_TEAM_COLUMNS]
    return own if len(own) == len(cells) < len(heads) and _continues(text, own, cells) else None


def _wide_row(text: str, heads: list[str], cells: list[tuple[int, int]]) -> dict[str, tuple[int, int]] | None:
    """A row of more cells than its header (第一巡察组 张某 甲镇党委 乙乡党委 under 组别 组长 被巡察党组织): the
    cells past the header's count are more units of its target column, which then spans them all; the cells
    before and after it stand under the columns before and after it. None where the table has no target column
    or a cell it would take reads as no unit."""
    at = next((i for i, h in enumerate(heads) if h in TARGET_COLUMNS), None)
    if at is None:
        return None
    units = cells[at:len(cells) - (len(heads) - at - 1)]
    if not all(UNITS_CELL.fullmatch(text[a:b]) and UNIT_NAME.search(text[a:b]) for a, b in units):
        return None
    return {**dict(zip(heads[:at], cells[:at])), heads[at]: (units[0][0], units[-1][1]),
            **dict(zip(heads[at + 1:], cells[at + len(units):]))}


def target_parts(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The parts of a target cell that a table parts by spaces or lines (甲镇党委 乙乡党委, or one unit a line
    under one header cell): each a list of units of its own."""
    return [(span[0] + m.start(), span[0] + m.end()) for m in re.finditer(r"\S+", text[span[0]:span[1]])]


def _continues(text: str, heads: list[str], cells: list[tuple[int, int]]) -> bool:
    """Whether a line of fewer cells than the header continues the row before (its leading cells merged
    with that row's: normalising drops the line's leading spaces): under the header's last cells, one of them
    under a column of units and reading as units (no sentence's punctuation), or a name under 姓名 with its
    职务, and each under a date column holds a number."""
    under = dict(zip(heads[len(heads) - len(cells):], (text[a:b] for a, b in cells)))
    return (any(h in TARGET_COLUMNS and UNITS_CELL.fullmatch(v) for h, v in under.items())
            or (any(h in NAME_COLUMNS and SHORT_NAME_CELL.fullmatch(v) for h, v in under.items())
                and any(h in ROLE_COLUMNS for h in under))) and all(
        re.search(r"\d", v) for h, v in under.items() if h in DATE_COLUMNS)


def _numbered_by_team(heads: list[str]) -> bool:
    """序号 | 巡察组 | …: a header whose rows open with their number, then their team."""
    return heads[0] == "序号" and len(heads) > 1 and heads[1] in TEAM_COLUMNS


def _rows_open_with_team(heads: list[str]) -> bool:
    """组别 | … or 序号 | 组别 | …: a header whose rows open with their team (after their number): where one opens, the
    row before ends, whatever number of lines it took."""
    return heads[0] in TEAM_COLUMNS or _numbered_by_team(heads)


def _read_cell_lines(text: str, lines: list[tuple[int, int]], i: int, heads: list[str], rows: list[Row],
                     table_start: int) -> int:
    """Rows one cell a line after a header written the same way, each opening with its team (or its number and
    then its team, under 序号 | 组别): a row runs to the next row's opening (or to a blank line or a sentence), and
    where it has more lines than the header has cells, the extra lines are more units of its target column
    (甲县委 / 乙县委 one a line); a row the page's end cuts short has its first cells. Without a team column each
    row is as many lines as the header. Returns the index of the first line after the rows."""
    numbered = _numbered_by_team(heads)
    delimited = _rows_open_with_team(heads)

    def opens(k: int) -> bool:
        if numbered:
            return (ROW_NUMBER_CELL.fullmatch(_stripped(text, lines[k])) is not None and k + 1 < len(lines)
                    and TEAM_CELL.match(_stripped(text, lines[k + 1])) is not None)
        return TEAM_CELL.match(_stripped(text, lines[k])) is not None

    def numbered_next(k: int) -> bool:
        """Line ``k`` is the next row's number (2 after 1), its team's cell merged with the row above's."""
        return numbered and number > 0 and _stripped(text, lines[k]).rstrip(".、") == str(number + 1)

    def page_number(k: int) -> bool:  # (— 2 —, 第 1 页 共 2 页: a bare 2 is a cell of figures)
        line = _stripped(text, lines[k])
        return PAGE_NUMBER.fullmatch(line) is not None and not line.isdigit()

    def page_break(k: int) -> int | None:
        """The line after a page break whose number is line ``k``, inside the table: a running head, then the header
        again (one cell a line or on one line); None where the header does not follow."""
        for at in (k + 1, k + 2):  # (岚巡办发〔2024〕5号附件: a running head before the header)
            if at < len(lines) and _stripped(text, lines[at]).split() == heads:
                return at + 1
            if at + len(heads) <= len(lines) and [_stripped(text, line) for line in lines[at:at + len(heads)]] == heads:
                return at + len(heads)
        return None

    number = 0  # the number of the last row read, in a numbered table
    own = [h for h in heads if h not in PER_TEAM_COLUMNS]  # the cells of a row whose team's cells are merged above
    while i < len(lines):
        continued = not opens(i) and numbered_next(i)
        if delimited and not opens(i) and not continued:
            break
        number = number + 1 if numbered else number
        members, j, bridged = [i], i + 1, False
        while delimited and j < len(lines):
            if page_number(j):
                if (after := page_break(j)) is None:
                    break
                j, bridged = after, True  # the row goes on over the page, or the next row opens it
                continue
            if (opens(j) or numbered_next(j) or (not bridged and "\n\n" in text[lines[j - 1][1]:lines[j][0] + 1])
                    or not _stripped(text, lines[j]) or (SENTENCE_MARK.search(text, *lines[j])
                                                         and not UNITS_BY_COMMAS.fullmatch(_stripped(text, lines[j]))
                                                         and not UNITS_BY_PLACES.fullmatch(_stripped(text, lines[j])))
                    or (is_boilerplate(text[slice(*lines[j])])  # (…4月11日⏎【关闭】【打印】: the page's chrome after the last row)
                        and not EMPTY_CELLS.fullmatch(_stripped(text, lines[j])))):  # (a / over an empty cell is one)
                break
            members.append(j)
            j, bridged = j + 1, False
        cells = [_strip_span(text, lines[k]) for k in members] if delimited else [
            _strip_span(text, line) for line in lines[i:i + len(heads)]]
        if continued:
            # 2 / 市审计局党组 / 4月8日 / 7月16日 under 序号 / 巡察组 / 被巡察单位 / 进驻时间 / 反馈时间: the team's cells merged
            # (2 / 县图书馆党支部 under 序号 / 巡察组 / 被巡察单位 / 巡察时间 / 值班电话: its dates merged too, the row above's)
            undated = [h for h in own if h not in DATE_COLUMNS]
            if len(cells) == len(own) and _continues(text, own, cells):
                rows.append(Row(dict(zip(own, cells)), table_start))
            elif len(cells) == len(undated) < len(own) and rows and _continues(text, undated, cells):
                merged = {h: span for h, span in rows[-1].cells.items() if h in DATE_COLUMNS}
                rows.append(Row(dict(zip(undated, cells)) | merged, table_start))
            else:
                break
        elif len(cells) == len(heads) or (len(cells) < len(heads) and j == len(lines)):
            rows.append(Row(dict(zip(heads, cells)), table_start))
        elif len(cells) > len(heads) and (wide := _wide_row(text, heads, cells)):
            rows.append(Row(wide, table_start))
        elif own and len(cells) > len(heads) and (len(cells) - len(heads)) % len(own) == 0 and all(
                _fits(h, text[slice(*cell)]) for k in range(len(heads), len(cells), len(own))
                for h, cell in zip(own, cells[k:k + len(own)])):
            # 省委第一巡视组 / 张某 / 王某 / 甲委 / 9月4日 / 0931-… / 乙局 / 9月5日: the team's next units, their own cells
            # after the row (its team's cells merged over them)
            rows.append(Row(dict(zip(heads, cells)), table_start))
            rows += [Row(dict(zip(own, cells[k:k + len(own)])), table_start)
                     for k in range(len(heads), len(cells), len(own))]
        elif len(cells) > len(heads) and (spanned := _rows_under_team(text, heads, cells)):
            rows += [Row(row, table_start) for row in spanned]
        elif len(cells) > len(heads) and (units := next((h for h in heads if h in TARGET_COLUMNS), None)) and all(
                _fits(units, text[slice(*cell)]) for cell in cells[len(heads):]):
            # 县委第一巡察组 / 组长 / 副组长 / 县委办公室 / 9月5日—10月14日 / 县人大常委会机关 / 县政协机关: the team's next units
            # alone on their lines, every other cell of theirs merged with its first row's
            first = dict(zip(heads, cells))
            rows.append(Row(first, table_start))
            rows += [Row(first | {units: cell}, table_start) for cell in cells[len(heads):]]
        else:
            break
        i = j if delimited else i + len(heads)
        # 第一巡察组 / 组长 / … / 4月17日, then three blank lines, then 市统计局党组 / 4月17日: a row whose first cells
        # were merged with the row above's, left as blank lines (its team is the row above's)
        while delimited and i < len(lines) and 0 < (blank := text.count("\n", lines[i - 1][1], lines[i][0]) - 1) < len(heads) \
                and i + len(heads) - blank <= len(lines) and not any(opens(k) or SENTENCE_MARK.search(text, *lines[k])
                                                                     for k in range(i, i + len(heads) - blank)):
            rows.append(Row(dict(zip(heads[blank:], (_strip_span(text, line) for line in lines[i:i + len(heads) - blank]))),
                            table_start))
            i += len(heads) - blank
    return i


def _rows_under_team(text: str, heads: list[str], cells: list[tuple[int, int]]) -> list[dict[str, tuple[int, int]]]:
    """中央第一巡视组 / A / 010-… / 北京市A1501邮政信箱 / B / 010-… / 北京市A1502邮政信箱 under 巡视组 / 被巡视单位 / 值班电话 /
    邮政信箱: the team's cell spanning its rows, each next unit with its own other cells after the first row; the rows (the
    team's cell in each), or none where the cells do not group so (each cell fitting its column's, a contact's a figure)."""
    width = len(heads) - 1
    if heads[0] not in TEAM_COLUMNS or not TARGET_COLUMNS.intersection(heads) or width < 2 or (len(cells) - len(heads)) % width:
        return []
    groups = [cells[k:k + width] for k in range(len(heads), len(cells), width)]
    if not all(_fits_contact(head, text[slice(*cell)]) for group in groups for head, cell in zip(heads[1:], group)):
        return []
    return [dict(zip(heads, cells))] + [{heads[0]: cells[0]} | dict(zip(heads[1:], group)) for group in groups]


def _fits_contact(head: str, value: str) -> bool:
    """_fits, where a contact's column (值班电话, 邮政信箱, 举报邮箱) holds a number or an address: a figure or an @."""
    if CONTACT_HEAD.search(head):
        return re.search(r"[\d@]", value) is not None
    return _fits(head, value)


def _read_team_columns(text: str, lines: list[tuple[int, int]], i: int, teams: list[tuple[int, int] | None],
                       rows: list[Row], table_start: int, bars: bool) -> int:
    """Rows under a header of teams, a column each (省委第一巡视组 省委第二巡视组 ⏎ 甲市委 乙市委): each cell a unit of the
    team above it (under bars, a row's empty cells keep their places: a team's column may be shorter); a column whose
    header names no team (None: 序号) is no unit's. Returns the index of the first line that is no such row."""
    while i < len(lines):
        start, end = lines[i]
        cells = _bar_cells(text, start, end) if bars else _cells(text, start, end)
        if bars and cells and cells[0] is None and text[table_start:table_start + 1] in "|｜":
            cells = cells[1:]  # (| 甲市委 | 乙市委 |: the bar opening a line of outer bars)
        units = [(team, cell) for team, cell in zip(teams, cells) if team is not None and cell is not None]
        if len(cells) != len(teams) or not units or not all(
                _fits("被巡察单位", text[slice(*c)]) and not TEAM_CELL.match(text[slice(*c)]) for _, c in units):
            break
        rows += [Row({"巡视组": team, "被巡视单位": cell}, table_start, bars) for team, cell in units]
        i += 1
    return i


def _run_together_heads(line: str) -> list[str] | None:
    """The header cells of a header written with no separator (组别被巡察党组织巡察时间值班电话): known column names that
    make up the whole line, a team's and a units' among them; None where the line is no such header, or a row written
    under it could not be read by its cells' shapes (two columns of no shape side by side)."""
    def split(at: int) -> list[str] | None:
        if at == len(line):
            return []
        for head in RUN_TOGETHER_HEADS:
            if line.startswith(head, at) and (rest := split(at + len(head))) is not None:
                return [head, *rest]
        return None

    heads = split(0) if 4 <= len(line) <= 60 and RUN_TOGETHER_LINE.fullmatch(line) else None
    if heads is None or len(heads) < MIN_COLUMNS or not any(h in TEAM_COLUMNS for h in heads) \
            or not any(h in UNITS_COLUMNS for h in heads):
        return None
    shapes = [_run_together_shape(h) for h in heads]
    return heads if all(a or b for a, b in zip(shapes, shapes[1:])) else None


def _run_together_shape(head: str) -> str | None:
    """The pattern of the cells under a column in a row run together (RUN_TOGETHER_CELL); None for a column of no
    shape."""
    if head == "序号":
        return RUN_TOGETHER_CELL["number"]
    if head in TEAM_COLUMNS:
        return RUN_TOGETHER_CELL["team"]
    if head in DATE_COLUMNS | FEEDBACK_DATE_COLUMNS:
        return RUN_TOGETHER_CELL["date"]
    if "电话" in head or "手机" in head:
        return RUN_TOGETHER_CELL["phone"]
    return None


def _read_run_together(text: str, lines: list[tuple[int, int]], i: int, heads: list[str], rows: list[Row],
                       table_start: int) -> int:
    """Rows one a line under a header run together (_run_together_heads), each read by its cells' shapes: a cell of
    no shape runs up to the next cell's; a row may stop after any cell past the one that bounds its units, and the
    page's last line may stop inside one (the page cut in its phone). Returns the index of the first line that is no
    such row."""
    parts, closing = [], 0
    for k, head in enumerate(heads):
        shape = _run_together_shape(head)
        parts.append(f"(?P<c{k}>{shape})" if shape else f"(?P<c{k}>[^\\s,，。;；:：]+?)")
        if head in UNITS_COLUMNS:
            closing = k + 1  # (the cells up to the one after the units bound them: the rest may be cut)
    optional = parts[closing + 1:]  # (each cell after it optional, in order)
    opened = "".join(parts[:closing + 1]) + "".join(f"(?:{p}" for p in optional) + ")?" * len(optional)
    row, cut = re.compile(opened), re.compile("".join(parts[:closing + 1]) + ".*")
    # (市教育局党组4月8日—5月31日 under 市委第一巡察组's row: a row whose team's cell was merged with the row above's)
    merged = re.compile("".join(p for p, h in zip(parts, heads) if h not in TEAM_COLUMNS))
    while i < len(lines):
        start, end = _strip_span(text, lines[i])
        m = row.fullmatch(text, start, end) or (cut.fullmatch(text, start, end) if i == len(lines) - 1 else None) \
            or (merged.fullmatch(text, start, end) if rows and rows[-1].table_start == table_start else None)
        if m is None:
            break
        read = m.groupdict()
        rows.append(Row({column_name(h): m.span(f"c{k}") for k, h in enumerate(heads) if read.get(f"c{k}")},
                        table_start))
        i += 1
    return i


def _stripped(text: str, line: tuple[int, int]) -> str:
    return text[line[0]:line[1]].strip(" \u3000")


def _strip_span(text: str, line: tuple[int, int]) -> tuple[int, int]:
    """A line's span without its padding."""
    start, end = line
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \u3000"))
    return start + lead, start + len(text[start:end].rstrip(" \u3000"))
