"""Findings: what kind of document this is, the problems it lists, the measures and recommendations.

Runs after ``relations``: an issue belongs to the document's main inspection,
a recommendation to the feedback at which it was made. Two genres list
problems:

* feedback news gives a summary list after 主要是：/主要表现在/具体表现为 (A；B；C等,
  or A，B，C, or a short 、-list, or 一是…二是… / ①②); after a plain 巡视指出， /
  “回头看”发现， / 组长X指出， only when every item reads as a problem and none as
  praise, narrative or a demand (a later trigger in the sentence takes over: X指出，
  巡视发现，A；B), and recommendations after 提出N点意见建议 (or 巡察组建议，要A；要B);
* a rectification report gives one numbered item per problem (1.X。 or
  针对“X”问题, or a row of a progress table flattened to a line: 1 X 一是…；二是… 已完成),
  each followed by its 整改情况 with 一是…二是… (or 1.… / ①… / 第一，…) measures,
  under a section heading that is the problem's category; the items of one list
  are all problems once half of them read so; the lead states counts
  (共反馈N个问题，已整改N个，N个问题纳入持续整改). A detailed feedback (关于巡察
  某某的反馈意见) numbers its problems the same way, without measures.

Feedback news also writes its problems inline (仍存在A、B等问题 / 反馈了A、B等N个方面M条具体问题), under
aspect sentences (在X方面。有的A；有的B), quoted (针对巡视反馈的“A”“B”等问题, 甲省“A”；乙省“B”) or, in a
digest of several feedbacks, as what each target was told (X市被反映A，B). Most stored pages are the first
≈ 2,000 bytes of a page: a problem that runs into a page's cut-off end is left out. A rectification news
without numbered items is read as feedback news is, save the rectification's own shortcomings.

Anything that is neither (regulations, commentary, unrelated text, the rectification
of an audit or another campaign) is "other" and yields nothing but, when it names an inspection, the
counts and problem lists it says that inspection found (本轮巡视共发现问题N个 / 巡视发现，A；B).

The genre's markers live in ``kg/lexicon/findings.txt``; tests/cases_findings.py is the table of
phrasings (Simplified, Traditional, negatives) each construction must read. tests/genre is a held-out
set of the genre (benchmarks/genre_eval.py scores it): a form it shows failing is fixed here in
general terms, with a test in tests/test_findings.py, never for its sentence.
"""
from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, takewhile, tee

import cn2an

from kg.extract.first_chars import ending, skipping
from kg.extract.lexicon import BULLET, PLANNED_FEEDBACK, PROVINCES, WHOLE_TEXT_END
from kg.extract.normalise import CATEGORY_HEAD_CELL, PROBLEM_HEAD_CELL, merged_category, problem_table_lines
from kg.extract.pipeline import stage
from kg.extract.structure import SECTION_MARKERS, meta_fields
from kg.extract.tables import ROW_NUMBER_CELL
from kg.facts import Evidence, Inspection, Issue, Measure, Recommendation
from kg.ingest.document import Block, Document, Section

_CN_DIGITS = "一二三四五六七八九十"
# Circled numbers (①…⑳) number measures and list items as 1.…20. do.
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Numerals as the lexicon's NUM / CN placeholders expand them. A NUM starts where its number starts:
# tried from every digit of a long run of digits, a pattern opening with NUM took quadratic time.
# CARDSEP: what parts a card's label from its value (反馈问题：32个 / 反馈问题 ▶ 32个 / 已完成整改 → 27个 / 正在整改｜5个).
# FIXING: the work done on problems, right after a list of them (围绕A、B等问题集中攻坚 / 逐项整改).
FIXING = r"(?:集中攻坚|集中整治|逐项整改|逐条整改|狠抓整改|推进整改|开展整改|抓好整改|立行立改|建章立制)"
# PROVINCE: a province by its short name (辽宁, 内蒙古), as the press names the unit a central team told.
_PLACEHOLDERS = {"NUM": r"(?<![\d零一二三四五六七八九十百两])(?:\d+|[零一二三四五六七八九十百两]+)",
                 "PROVINCE": "(?:" + "|".join(sorted(PROVINCES, key=len, reverse=True)) + ")",
                 "FIXING": FIXING,
                 # SOME_OF: some of a place or a body, opening a problem said of them (北京一些领导干部…, 江苏一些地方党委…).
                 "SOME_OF": "(?:一些|有的|部分|个别|少数)",
                 # AFTER_FEEDBACK: right after the clause of a feedback (T向A反馈 / 反馈巡视情况 / 反馈意见), what the press's
                 # list follows.
                 "AFTER_FEEDBACK": "(?:(?<=反馈)|(?<=反馈巡视情况)|(?<=反馈巡察情况)|(?<=反馈意见))",
                 "CN": rf"[{_CN_DIGITS}]{{1,3}}",
                 "CARDSEP": r"[ \t\u3000]*(?:[:：]|[▶►→➜»]|[|｜])[ \t\u3000]*"}


def _load_lexicon() -> dict[str, list[str]]:
    """The tables of ``findings.txt``: name → regex alternatives (comments and blank lines dropped)."""
    text = (resources.files("kg") / "lexicon" / "findings.txt").read_text(encoding="utf-8")
    tables: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]") and re.fullmatch(r"\[\w+\]", line):
            current = tables.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"findings lexicon: entry before any [table]: {raw!r}")
        for name, value in _PLACEHOLDERS.items():
            line = line.replace(name, value)
        current.append(line)
    return tables


_LEX = _load_lexicon()


def _alternation(name: str) -> str:
    """A table's lines as one alternation; a named group repeated across lines becomes ``name__i``."""
    parts = [re.sub(r"\(\?P<(\w+)>", rf"(?P<\1__{i}>", alt) for i, alt in enumerate(_LEX[name])]
    return "|".join(f"(?:{p})" for p in parts)


def _union(name: str) -> re.Pattern[str]:
    """One pattern for a table, scanned skipping the positions no line's phrasing starts at (kg.extract.first_chars).
    A pattern that goes on after the table's phrasings is made of _alternation and skipping as a whole: the lookahead
    of a union inside it would keep skipping from reading it (it opens with one already) and the engine from skipping."""
    return skipping(re.compile(_alternation(name)))


def _group_span(m: re.Match[str], name: str) -> tuple[int, int] | None:
    """The span of a (possibly renamed) named group that took part in the match."""
    for key, value in m.groupdict().items():
        if value is not None and key.split("__")[0] == name:
            return m.span(key)
    return None


def _group(m: re.Match[str], name: str) -> str | None:
    span = _group_span(m, name)
    return m.string[span[0]:span[1]] if span else None


# At a clause start: the start of the text, or after a line break, space, clause punctuation or a label's bracket
# (【整改措施】一是…).
_CLAUSE_START = r"(?<![^\n。；;：:，,！!？?\s】\]])"

RECTIFICATION_LEAD = _union("rectification_lead")
REQUESTED_REPORT = _union("requested_report")
FEEDBACK_LEAD = _union("feedback_lead")
NOT_A_REPORT = _union("not_a_report")
OTHER_CAMPAIGN = _union("other_campaign")
WORK_SUMMARY = _union("work_summary")
TITLE_INSPECTION_EVENT = _union("title_inspection_event")
FEEDBACK_TITLE = _union("feedback_title")
ENTRY_TITLE = _union("entry_title")
ENTRY_LEAD = _union("entry_lead")
RECTIFICATION_TOPIC = _union("rectification_topic")
RECTIFIED_COUNT = _union("rectified_count")
INSPECTION_MEETING = _union("inspection_meeting")
OWN_RECTIFICATION_REVIEW = _union("own_rectification_review")
RECTIFICATION_REVIEW_BY = _union("rectification_review_by")
AIM_CLAUSE = _union("aim_clause")
PROBLEM_LIST = _union("problem_list")
PROBLEM_LIST_PLAIN = _union("problem_list_plain")
NARRATIVE_ITEM = _union("narrative_item")
DONE_OR_PRAISED = _union("done_or_praised")
LIST_OPENING = _union("list_opening")
ITEM_ASPECT = _union("item_aspect")
ASPECT_HEADER = _union("aspect_header")
ASPECT_OPENING = _union("aspect_opening")
ASPECT_OPENING_BARE = _union("aspect_opening_bare")
YOUDE_FOLLOW = _union("youde_follow")
SERIES_FOLLOW = _union("series_follow")
ITEM_EXISTS = _union("item_exists")
ITEM_EXISTS_KINDS = _union("item_exists_kinds")
PROBLEM_LIST_ANNOUNCED = _union("problem_list_announced")
PROBLEM_LIST_OF_UNIT = _union("problem_list_of_unit")
QUOTED_PROBLEMS = _union("quoted_problems")
OWN_SHORTCOMINGS = _union("own_shortcomings")
PROBLEM_OPENING = _union("problem_opening")
PROBLEM_LIST_REPORTED = _union("problem_list_reported")
REPORTED_SUBJECT = _union("reported_subject")
LIST_TAIL = skipping(re.compile(rf"(?:{_alternation('list_tail')})$"))
LIST_TAIL_END = ending(LIST_TAIL)  # what a list tail ends with (等, 题, 个, 面…): most spans end with none
MARKER_REACH = 6  # how far before an item its marker starts (第十二,/(十二)/12./一是)
# How far back from a span's end its list tail can start (等10个方面27条具体问题 is 14 characters): searching
# the whole span for a pattern anchored at its end tried every character of a long paragraph.
LIST_TAIL_REACH = 40
PROBLEM_END = skipping(re.compile(rf"(?:{_alternation('problem_cue')})$"))
TARGETED_ISSUE = re.compile(rf"^(?:{_union('targeted_issue').pattern})$")
RECTIFICATION_BODY = _union("rectification_body")
# Where an item opens inside a paragraph (… 2.关于“X”问题的整改 … / …。针对“X”问题，…): after a space or a
# sentence end, with or without its number, before the words that name its problem.
INLINE_ITEM = re.compile(r"(?<=[\s。；;])(?:\d{1,2}[.．、](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）])?\s*(?=针对|关于|对于|对照)")
LABELLED_ISSUE = _union("labelled_issue")
MEASURES_LABEL = re.compile(r"[;；]\s*(?:整改|落实)(?:情况|措施|进展|成效|落实)?[:：]")  # (反馈问题：X；整改情况：Y)
MEASURED_ISSUE = _union("measured_issue")
NAMED_ISSUE = _union("named_issue")
STRUCTURAL_HEADING = re.compile(rf"(?:{_union('structural_words').pattern}|[\W_\d])*")
EXCLUDED_HEADING = _union("excluded_heading")
RECOMMENDATION_TRIGGER = _union("recommendation_trigger")
COUNTS = {"reported": _union("count_reported"), "rectified": _union("count_rectified"),
          "ongoing": _union("count_ongoing")}
FOREIGN_COUNT = _union("foreign_count")
THIS_ONE = re.compile(r"\s*(?:此次|本次|本轮|这次)")  # a clause on the inspection the page reports, by its determiner
# A sentence that sums up a round's units (本轮巡察共向30个被巡察党组织反馈问题370个 / 各被巡察党组织共…): its counts are
# the round's, beside each unit's own.
ROUND_TOTAL = re.compile(r"(?:本轮|此轮|这轮|该轮|全轮|各被(?:巡视|巡察)(?:党组织|单位))[^。；;]{0,30}?(?:共|合计|累计|总计)")
COUNT_UNITS = ("个", "条", "项")  # the units every count pattern counts problems in (lexicon sections count_*)
OTHER_UNIT = _union("other_unit")
STATUS = {"rectified": _union("status_rectified"), "ongoing": _union("status_ongoing")}
STATUS_LIST = _union("status_list")
STATUS_TAIL = skipping(re.compile(rf"(?:{_alternation('status_tail')})[。.]?\s*$"))
MEASURE_MARKER = skipping(re.compile(_CLAUSE_START + rf"(?:{_union('measure_marker').pattern})"))
RECOMMENDATION_MARKER = skipping(re.compile(_CLAUSE_START + rf"(?:{_union('recommendation_marker').pattern})"))
RECOMMENDATION_CLAUSE = _union("recommendation_clause")
ITEM_MARKER = skipping(re.compile(_CLAUSE_START + rf"(?:{_union('item_marker').pattern})"))
# The same where a list starts, whatever stands before it (主要有一是A；二是B).
LIST_MARKER = _union("item_marker")

# A number and its measure word, inside a count.
_UNIT = re.compile(rf"{_PLACEHOLDERS['NUM']}([个条项件])")
# What ends the clause that names problems before a status (A、B3个问题纳入持续整改).
_CLAUSE_ENDS = "\n,，;；:：。"
# Characters trimmed from both ends of an extracted statement.
_TRIM = " \t\n,，、;；:：。.!！?？…"
_CONTENT = re.compile(f"[^{re.escape(_TRIM)}]")
_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"'}
_QUOTE_OPENING = {closing: opening for opening, closing in _QUOTES.items()}
# How far before a list's trigger its sentence is read for whose shortcomings they are.
LEAD_IN = 80
# How much of the document's start counts as its title and lead.
LEAD_CHARS = 600
# A text whose items report 整改情况：… this many times is a rectification report, whatever its lead says.
MIN_REPORTED_ITEMS = 2
# Inspections are named at the start: doc type needs one of these in the lead.
_INSPECTION_WORD = re.compile(r"巡视|巡察")
# … and a Party body, team or office where the page states no inspection of its own (_party_inspection): a power line's
# 巡视 and its defects' 整改, a river's 巡察 and its 销号 are patrols, not Party inspections.
_PARTY_CONTEXT = re.compile(r"党|巡视组|巡察组|巡视办|巡察办|巡视工作|巡察工作|[省市州县区旗盟]委|被(?:巡视|巡察)"
                            r"|(?:巡视|巡察)(?:整改|反馈|意见)|轮(?:巡视|巡察)|中央")
# An inspection said to have found what follows (巡视发现 / 巡察组指出 / 巡视中发现), not inspectors (巡察干部).
# (…巡察发现, / 被巡察党组织普遍存在A、B等共性问题 / 从巡察情况看,… / 从“回头看”情况看,…: the list is what the inspection found)
_FOUND_BY_INSPECTION = re.compile(r"(?:巡视|巡察)(?:组|中|时|期间)?(?:还|也|同时)?(?:发现|指出|反馈)"
                                  # (对陈埭镇开展巡察，发现A、B问题: the inspection's clause right before, in a summary; T向A反馈
                                  # 巡察情况，指出该镇存在…: the feedback's)
                                  r"|(?:巡视|巡察)[^。；;，,]{0,12}[，,](?:共|还|也)?发现|(?:巡视|巡察)(?:意见|情况)[，,](?:并|同时)?指出"
                                  r"|被(?:巡视|巡察)的?(?:党组织|单位|地方|对象)"
                                  # (T向A反馈的A、B等问题 / 针对巡察反馈的“A”“B”问题 / 反馈巡视意见时指出，…: the feedback's
                                  # problems in a relative clause or its time's, in a meeting's or a case's news)
                                  r"|(?:巡视|巡察)组向[^。；;，,]{2,30}?反馈的|(?:巡视|巡察)反馈的|(?:巡视|巡察)(?:意见|情况)时指出"
                                  r"|从(?:全年|本轮|此次|今年)?(?:(?:巡视|巡察)[“\"‘]?(?:回头看)?[”\"’]?|[“\"‘]回头看[”\"’])(?:情况|结果)?来?看")
# A heading's own text stops where its 整改情况 starts (1.X问题：整改情况：… / X问题，整改情况如下：… / (1)X不严——成立…),
# or, in a row of a progress table flattened to a line (1 X不规范 一是…；二是… 已完成), where the
# next cell opens with the first measure.
_HEADING_TAIL = skipping(re.compile(r"[:：,，]?\s*整改(?:情况|措施|进展)(?:如下)?[:：].*$|——.*$"
                                    r"|[ \t\u3000]+(?=一是|①|第一[,，、]|[(（]1[)）]|1[.．、](?!\d)).*$"))
CELL_GAP = re.compile(r"[ \t\u3000]")  # what parts a flattened table's cells (a problem's own text has no space)
# A piece of a 、-separated list that can stand alone as a problem (else it joins the next piece).
MIN_CLAUSE = 4
# Problems named in a status sentence match an issue at this similarity (the scorer's threshold).
SIMILAR = 0.75
# ... among the items this near it (in item count, either way): the problems of its own report, which
# lists a few dozen (a compilation of reports holds thousands; comparing with all is quadratic).
STATUS_REACH = 100


# A series told in words (首先,A;其次,B;再次,C;最后,D / 一方面A,另一方面B): their places, 最后 the one after whatever
# came before.
ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "一方面": 1, "另一方面": 2}
LAST_WORD = "最后"


def _follows(marker: str, count: int) -> bool:
    """Whether the marker ``marker`` numbers the item after ``count`` items of a series (最后 after two or more)."""
    return _number(marker) == count + 1 or (marker == LAST_WORD and count >= 2)


@lru_cache(maxsize=256)
def _number(text: str) -> int | None:
    if text in ORDER_WORDS:
        return ORDER_WORDS[text]
    if len(text) == 1 and text in _CIRCLED:
        return _CIRCLED.index(text) + 1
    try:
        return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


# ---------------------------------------------------------------- spans


ITEM_CONJUNCTIONS = ("以及",)  # opening a list's last item after a comma (A，B，以及C等问题)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past punctuation, list tails (…等) and one pair of enclosing quotes."""
    while True:
        before = (start, end)
        while start < end and (text[start] in _TRIM or text[start] in _CIRCLED):  # (①A；②B: an item's circled number)
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        tail = (LIST_TAIL.search(text, max(start, end - LIST_TAIL_REACH), end)
                if LIST_TAIL_END.match(text, end - 1, end) else None)  # (its last character is no line break: trimmed)
        if tail and tail.start() > start:
            end = tail.start()
        if text.startswith(ITEM_CONJUNCTIONS, start) and end - start > 4:
            start += 2  # (…，以及A、B等问题: the last item's conjunction)
        if end - start >= 2 and _QUOTES.get(text[start]) == text[end - 1] and text[end - 1] not in text[start + 1:end - 1]:
            start, end = start + 1, end - 1
        if (start, end) == before:
            return start, end


def _paragraph_at(doc: Document, offset: int) -> Block | None:
    i = bisect.bisect_right(doc.paragraphs, offset, key=lambda p: p.start) - 1
    if i >= 0 and doc.paragraphs[i].start <= offset < doc.paragraphs[i].end:
        return doc.paragraphs[i]
    return None


def _list_paragraph(doc: Document, offset: int, start: int) -> Block | None:
    """The paragraph at ``offset`` whose list starts at ``start``, with the line after it where the list runs on: a
    paragraph that ends on the ；of an item, and a next line that closes the list (…有：A；B；⏎C。), a copy's break."""
    para = _paragraph_at(doc, offset)
    text = doc.text
    if para is None or start >= para.end or text[para.end - 1:para.end] not in ("；", ";"):
        return para
    nxt = next(_paragraphs_from(doc, para.end + 1), None)
    line = text[nxt.start:nxt.end].strip() if nxt else ""
    if nxt is None or len(line) > LONGEST_HEADLINE_PROBLEM or not line.endswith(("。", ".")) or BULLET.match(line) \
            or LIST_MARKER.match(line) or not _is_problem(text, nxt.start, nxt.end):
        return para
    return Block(para.start, nxt.end)


def _paragraphs_from(doc: Document, offset: int) -> Iterator[Block]:
    """The paragraphs that start at or after ``offset``, in order (found by bisection, not by a scan)."""
    for i in range(bisect.bisect_left(doc.paragraphs, offset, key=lambda p: p.start), len(doc.paragraphs)):
        yield doc.paragraphs[i]


def _content_start(text: str, start: int) -> int:
    """``start`` moved past leading spaces (a paragraph's first character)."""
    while start < len(text) and text[start] in " \t":
        start += 1
    return start


@lru_cache(maxsize=None)
def _marks(chars: str) -> re.Pattern[str]:
    """One of ``chars``, sought by the engine."""
    return re.compile(f"[{re.escape(chars)}]")


def _unquoted(text: str, start: int, end: int, opening: str, closing: str, marks: str) -> Iterator[int]:
    """The positions of ``marks`` in ``text[start:end]`` outside the pairs of ``opening`` and ``closing`` marks (quotes,
    brackets; ``marks`` none of them), read from one of these characters to the next, not character by character."""
    depth = 0
    for m in _marks(opening + closing + marks).finditer(text, start, end):
        c = m.group()
        if c in opening:
            depth += 1
        elif c in closing:
            depth = max(depth - 1, 0)
        elif depth == 0:
            yield m.start()


_SENTENCE_END_MARK = re.compile(r"[。！？!?\n]")
_OPENING_QUOTE = re.compile(r"[“‘「『]")


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The end of the 。-sentence starting at ``start`` (a 。 inside quotes does not end it). Read mark by mark only
    where a quote opens before the first end: most sentences quote nothing there."""
    first = _SENTENCE_END_MARK.search(text, start, limit)
    if not _OPENING_QUOTE.search(text, start, first.start() if first else limit):
        return first.start() if first else limit
    return next(_unquoted(text, start, limit, "“‘「『", "”’」』", "。！？!?\n"), limit)


@dataclass
class _Marked:
    """One item of a marked series (一是 …): where its marker starts and its text starts."""

    marker: int
    start: int


def _series(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[_Marked]:
    """The items 1, 2, 3 … of a marked series in ``text[start:end]``, in order; out-of-order markers are text."""
    items: list[_Marked] = []
    for m in pattern.finditer(text, start, end):
        if _follows(_group(m, "num") or "", len(items)):
            items.append(_Marked(m.start(), m.end()))
    return items


# ---------------------------------------------------------------- doc type


def document_type(doc: Document, lead: str) -> str:
    """feedback / rectification / other, from the title and lead: what the document reports on. A report,
    a headline about rectification work, or a stated number of problems rectified makes rectification
    news; a feedback in the lead makes feedback news unless the headline is about rectification (a leading
    group's meeting on a round is not, whatever tasks it names). ``lead``: the page's :func:`_lead`."""
    if not _INSPECTION_WORD.search(lead) or _not_a_report(lead) or not _party_inspection(doc, lead):
        return "other"
    title = _headline(doc)
    if OTHER_CAMPAIGN.search(title) and not _INSPECTION_WORD.search(title):
        return "other"
    requested = [m.span() for m in REQUESTED_REPORT.finditer(lead)]
    # A report the lead asks for (要求…整改落实,按时向省委报送整改情况报告) is none, even where the match starts before the request.
    reports = [m for m in RECTIFICATION_LEAD.finditer(lead)
               if not any(m.start() < e and s < m.end() for s, e in requested)]
    if reports or len(RECTIFICATION_BODY.findall(doc.text)) >= MIN_REPORTED_ITEMS:
        return "rectification"
    topic = _topic(doc)
    if RECTIFICATION_TOPIC.search(topic) and not (FEEDBACK_LEAD.search(topic) or FEEDBACK_TITLE.search(title)
                                                  or INSPECTION_MEETING.search(topic)):
        return "rectification"
    # A headline about the rectification (巡察整改工作取得阶段性成效 / …反馈问题整改情况) whose lead recalls the feedback it
    # answers: rectification news, where the headline reports no feedback of its own.
    if RECTIFICATION_TOPIC.search(title) and not (FEEDBACK_LEAD.search(title) or FEEDBACK_TITLE.search(title)
                                                  or INSPECTION_MEETING.search(title)):
        return "rectification"
    if (review := OWN_RECTIFICATION_REVIEW.search(title)) and not RECTIFICATION_REVIEW_BY.search(title, 0, review.end()):
        return "rectification"  # (医院党委开展巡察整改“回头看”工作: the unit's own, not a round the 市委 or its team conducts)
    if any(WORK_SUMMARY.search(line) and not TITLE_INSPECTION_EVENT.search(line) and not BREADCRUMB.search(line)
           for line in [title, *_head_lines(doc)]):
        return "other"  # (县委2022年度巡察工作综述: a year's rounds summed up, whatever feedback its lead tells)
    if any(_given(lead, m) for m in FEEDBACK_LEAD.finditer(lead)) or FEEDBACK_TITLE.search(title) \
            or _feedback_in_lead(doc):
        return "feedback"
    if any(RECTIFIED_COUNT.search(doc.text, p.start, p.end) for p in doc.paragraphs):
        return "rectification"  # (not in a list of links to other pages: 往期推荐⏎…：已整改问题42个)
    return "other"


HEAD_LINES = 6  # how many short lines above its body a page's headline may be among (site name, navigation, title, date)
SHORT_LINE = 60


# 首页 > 巡察工作 > 工作总结 / 巡察工作/工作动态/工作总结: a column's path, whichever page sits in it (not a headline's one bar:
# 盘点2023丨市委巡察工作十大关键词).
BREADCRUMB = re.compile(r"[>»›]|[|｜/].*[|｜/]")
SENTENCE_MARKS = re.compile(r"[，,。；;：:]")  # a line of the body (not a headline, nor a line of 来源：… 发布时间：…)


INSPECTION_OR_ITS_WORK = re.compile(r"巡视|巡察|反馈|整改")  # (what a page on an inspection says at its top)


def _in_passing(doc: Document) -> bool:
    """Whether the page tells an inspection only in passing: neither any line above its body (its headline among them)
    nor its first paragraph of prose speaks of one, its feedback or its rectification (a meeting's or a year's news that
    recalls a feedback further down). A long line of links (热点推荐：▪…▪…) is no prose: the body is the first long
    paragraph with a full stop."""
    if INSPECTION_OR_ITS_WORK.search(doc.metadata.title or ""):
        return False
    body, headed = None, bool(doc.metadata.title)
    for p in doc.paragraphs:
        if INSPECTION_OR_ITS_WORK.search(doc.text, p.start, p.end):
            return False
        if p.end - p.start > SHORT_LINE and doc.text.find("。", p.start, p.end) >= 0:
            body = p
            break
        headed = headed or not SENTENCE_MARKS.search(doc.text, p.start, p.end)
    if not headed:
        return False  # (a page that opens in the middle of an article, no headline above it: what it is about unsaid)
    # (a print page's later article under its own headline, 省委第三巡视组向青川市委反馈巡视情况: that article's news)
    return body is not None and not any(
        _INSPECTION_WORD.search(doc.text, p.start, p.end) and p.end - p.start <= SHORT_LINE
        and not SENTENCE_MARKS.search(doc.text, p.start, p.end) for p in doc.paragraphs if p.start > body.start)


def _not_a_report(lead: str) -> bool:
    """Whether a line of the lead says the page is no report on an inspection (NOT_A_REPORT), a column's path aside
    (巡察工作 › 工作总结 over a feedback news)."""
    return any(NOT_A_REPORT.search(line) for line in lead.split("\n") if not BREADCRUMB.search(line))


def _head_lines(doc: Document) -> list[str]:
    """The short lines a page opens with, up to its first long paragraph (its headline is one of them)."""
    lines = []
    for p in doc.paragraphs[:HEAD_LINES]:
        if p.end - p.start > SHORT_LINE:
            break
        lines.append(doc.text[p.start:p.end])
    return lines


def _headline(doc: Document) -> str:
    """The page's title: the first of its metadata's title and its opening lines above its first sentence that speaks of
    an inspection, not a column's path (汀州市第一人民医院⏎首页 > 医院新闻⏎医院党委开展巡察整改"回头看"工作: the third, the
    site's name being the title a text file gives), else the metadata's title or the first line."""
    lines = [doc.metadata.title or "",
             *takewhile(lambda line: meta_fields(line) or not SENTENCE_MARKS.search(line), _head_lines(doc))]
    return next((line.strip() for line in lines if _INSPECTION_WORD.search(line) and not BREADCRUMB.search(line)),
                doc.metadata.title or next((doc.text[p.start:p.end].strip() for p in doc.paragraphs), ""))


def _given(text: str, stated: re.Match[str]) -> bool:
    """Whether a feedback stated in ``text`` is said given (反馈了巡察意见; 巡察组将问题向A进行了反馈, 将 its object's), not what is
    to be done (巡察组将在汇报后，向各被巡察单位反馈巡察意见: its sentence plans it)."""
    sentence = max(text.rfind("。", 0, stated.start()), text.rfind("\n", 0, stated.start())) + 1
    return "了" in stated.group() or not PLANNED_FEEDBACK.search(text, sentence, stated.start())


def _lead(doc: Document) -> str:
    """The title and the paragraphs that start in the first LEAD_CHARS (the page's own lines: a list of links to
    other pages' news, furniture, is no lead), from the title's line on where the page has it among its lines (the
    site's name, menu and links above it are no lead: 【公告】关于…整改情况公开的说明⏎the headline⏎发布时间：…)."""
    lines = [doc.text[p.start:p.end] for p in doc.paragraphs if p.start < LEAD_CHARS]
    title = doc.metadata.title
    lines = lines[lines.index(title) + 1:] if title in lines else lines
    return "\n".join(x for x in (title, *lines) if x)


def _party_inspection(doc: Document, lead: str) -> bool:
    """Whether the page is on a Party inspection: it states one (a team, an inspection, a feedback), or its lead names a
    Party body, team or office (线路巡视缺陷整改情况通报 / 河湖巡察发现问题整改销号清单 are patrols and their fixes)."""
    return bool(doc.facts.teams or doc.facts.inspections or doc.facts.feedback) or _PARTY_CONTEXT.search(lead) is not None


def _feedback_in_lead(doc: Document) -> bool:
    """A feedback the relations stage read in the lead (X巡察Y意见反馈会召开, Y召开巡察反馈会议 …), however
    the lead words it: by a team to a unit it names (not 共反馈问题N个, which rectification news counts)."""
    lead_end = _original(doc, min(LEAD_CHARS, len(doc.text)))
    return any(ev.start < lead_end for fb in doc.facts.feedback if fb.team and fb.targets for ev in fb.evidence)


def _topic(doc: Document) -> str:
    """What the document says it is about: its title and the first sentence of its body (not a metadata line
    such as 来源:… 发布时间:…, which a page may set above its headline)."""
    title = doc.metadata.title or ""
    n, first = next(((n, s) for n, s in enumerate(doc.sentences[:4]) if doc.text[s.start:s.end].strip() != title.strip()
                     and not meta_fields(doc.text[s.start:s.end])), (0, None))
    if first is None:
        return title
    # A lead that opens on a list trailing off (…相继建成,…正式投产……记者获悉,…) goes on in the next sentence.
    end = first.end
    if doc.text[first.start:first.end].rstrip().endswith("…") and n + 1 < len(doc.sentences):
        end = doc.sentences[n + 1].end
    return "\n".join(x for x in (title, doc.text[first.start:end]) if x)


# ---------------------------------------------------------------- feedback news


# One quoted statement, and an item that is a short name and its quoted statement (岚川“A”).
# (a quote runs a few hundred characters at most: a stray opening quote is not read to the text's end)
# (a quote may hold one of another kind: 「『一把手』监督偏软」)
_QUOTE = re.compile(r"[“\"「『]((?:[^“”\"「」『』]|『[^“”\"「」『』]{1,20}』){1,300})[”\"」』]")
_NAMED_QUOTE = re.compile(r"[^“”\"「」『』,，]{1,10}[“\"「『]([^“”\"「」『』]{1,300})[”\"」』]")
# What a topic's name ends with, never a unit's told something in quotes (党建工作“上热中温下冷”).
_TOPIC_END = re.compile(r"(?:工作|建设|管理|机制|制度|服务|监管|政策|改革|执法)$")
_LIST_SEPARATOR = re.compile(r"[；;]")
ANSWERED = re.compile(r"[？?][ \t\u3000]*\n")  # a question's end, its answer's line after it
# Where an inline list ends when its sentence goes on: 存在A、B等问题，并提出…
OWN_TAIL = "的问题"  # closes a running list that has no 等 (存在A、B的问题)
STANDS_OUT = re.compile(r"(?:较为|比较|尤为|最为|十分)?突出")  # (what LIST_END's lookahead may say of the list)
LIST_END = re.compile(r"等[^。，,；;、]{0,14}?问题(?=[,，]|" + STANDS_OUT.pattern +  # (…等问题较为突出: 其中 its list)
                      r"|的整改"  # (汇报了A、B等问题的整改进展)
                      rf"|{FIXING}"  # (围绕A、B等问题集中攻坚)
                      # … or ；, where a speaker's clause opens the next list (…等问题；第二巡察组组长某某指出，乙局存在…)
                      r"|[；;][^。，,；;]{0,30}?(?:指出|强调|认为|表示|反馈|发现)[,，:：])"
                      # … or a list of examples closed by 等 before what they show (如A、B等，反映出…)
                      r"|(?=等[,，](?:反映|暴露|说明|表明|折射|体现))")
# The word that opens each item of a ，-list that repeats it (存在A的问题，存在B的问题).
REPEATED_OPENING = "存在"
# Where a sentence ends, whatever quotes are open.
_STOP = re.compile(r"[。！？!?\n]")


@dataclass
class _Found:
    """An issue found: its statement, its category, and the item (section, body span) it heads."""

    start: int
    end: int
    category: str | None = None
    section: int | None = None
    body: tuple[int, int] | None = None


def _split_list(text: str, start: int, end: int, strong: bool) -> list[tuple[int, int]]:
    """The items of a problem list: a marked series, else ；-separated, else ，-separated problems, else a
    clause-like 、-list. After a strong trigger (主要是：) a ，-list may hold one item that does not read
    as a problem by its words (基层工作落地见效慢半拍); a last item cut off by the page's end is not judged."""
    series = _series(ITEM_MARKER, text, start, end)
    if len(series) >= 2:
        return [(s, _headline_end(text, s, e))
                for s, e in [(it.start, nxt.marker) for it, nxt in zip(series, series[1:])] + [(series[-1].start, end)]]
    if len(quoted := _quoted_items(text, start, end)) >= 2:
        return quoted
    pieces = _cut(text, start, end, "；;")
    if len(pieces) >= 2:
        items = [item for s, e in _split_youde(text, pieces) for item in _tailed_list(text, s, e) or [(s, e)]]
        # Each ；-item is one problem, however many clauses it joins (the list's own grouping), unless, in an
        # unmarked list, it does not read as one but each of its clauses does (A问题突出，B多发，擅自C；…).
        return items if strong else [item for s, e in items for item in
                                     (not _is_problem(text, s, e) and _comma_problems(text, s, e)) or [(s, e)]]
    # A list written with commas: split when every piece is itself a problem (A不够，B不到位，C不规范、
    # D不明显: the 、 joins two problems within one clause, the commas separate the items).
    pieces = _cut(text, start, end, ",，")
    if "等" in text[max(start, end - 6):end + 1] and len(listed := _cut(text, start, end, "、")) > len(pieces) >= 2 and all(
            any(_is_problem(text, *_trim(text, a, b)) for a, b in _cut(text, s, e, ",，")) for s, e in listed):
        # 存在A不规范，B未经公开交易、C不平衡、D不够，E反弹、F不严等问题: a list closed by 等, more items by 、 than by commas,
        # each with a clause that reads as a problem: the 、 parts the items, a comma the clauses of one (not 区直部门层面，
        # A不足、B缓慢，C违规…、D不规范: no 等, each comma a unit's problems)
        return listed
    judged = _judged(text, [_trim(text, s, e) for s, e in pieces])
    # (…不到位,…不够,存在A、B等问题: a piece opening with 存在 holds problems, split by _item_issues)
    odd = [(s, e) for s, e in judged if not _is_problem(text, s, e) and not ITEM_EXISTS.match(text, s, e)]
    # (存在A的问题，存在B的问题: 存在 repeated opens each item, however few)
    if len(judged) >= 2 and all(text.startswith(REPEATED_OPENING, s) for s, _ in judged[1:]) and not odd:
        return pieces
    if len(pieces) >= 3 and (not odd or (strong and (len(odd) == 1 or 2 * len(odd) < len(judged))
                                          and len(judged) - len(odd) >= 3
                                          and not any(text[s:e].endswith(("方面", "领域")) for s, e in odd))):
        return pieces
    if odd and text[start:end].lstrip().startswith("有的") and _YOUDE.search(text, start, end):
        # 有的A,有的B,上班时间擅离职守,有的C、D: where not every comma parts problems, a 有的 clause each, with its own
        # commas and 、 (有的村务公开不及时、内容不全)
        return _split_youde(text, [(start, end)])
    items = [part for s, e in _clauses(text, _cut(text, start, end, "、"), end) for part in _conjoined(text, s, e)]
    if len(items) >= 2:
        return items
    return _split_youde(text, [(start, end)])


# What joins the last two problems of a list (A、B以及C / A和B的问题): 以及 joins items of a list, the others may
# join two words of one problem (党风廉政建设和反腐败工作不到位), so they part only two problems.
LIST_AND = re.compile(r"以及")
WORD_AND = re.compile(r"(?<!以)及|和|与|并且")


def _conjoined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item of a list as the problems a conjunction joins in it (融资风险管控不力以及下属企业违规出借资金,
    违规发放补贴和超标准接待): parted at 以及 after a problem, at 和/及/与 between two; else the item."""
    for m in LIST_AND.finditer(text, start, end):
        if _is_problem(text, start, m.start()) and _CONTENT.search(text, m.end(), end):
            return [_trim(text, start, m.start()), *_conjoined(text, m.end(), end)]
    for m in WORD_AND.finditer(text, start, end):
        if _is_problem(text, start, m.start()) and _is_problem(text, m.end(), end):
            return [_trim(text, start, m.start()), _trim(text, m.end(), end)]
    return [(start, end)]


# One problem quoted, in a list of quotes written back to back or parted by 、，；(“A”“B”“C” / 「A」、「B」).
QUOTED_ITEM = re.compile(r"[ \t]*(?:“(?P<a>[^“”]{2,200})”|「(?P<b>[^「」]{2,200})」|\"(?P<c>[^\"]{2,200})\")[ \t]*[、,，;；]?")


def _quoted_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list that is nothing but quotes (“A”“B”“C”等问题): each quote's words; none for any other list."""
    items, pos = [], start
    while (m := QUOTED_ITEM.match(text, pos, end)) is not None:
        group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
        items.append(m.span(group))
        pos = m.end()
    rest = text[pos:end].strip(_TRIM)
    return items if not rest or LIST_TAIL.fullmatch(rest) or _cut_off(text, end) else []


def _before_demand(text: str, start: int, end: int) -> int:
    """A、要B: where a problem stops when the speaker's demand follows it in the same item (厅党组落实耕地保护责任存在
    “重数量轻质量”倾向，要切实扛起…): at the demand's comma, where what comes before reads as a problem."""
    demand = DEMAND_AFTER.search(text, start, end)
    return demand.start() if demand and _is_problem(text, start, demand.start()) else end


def _tailed_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A、B、C等问题；乙乡党委存在D、E等问题: a ；-item that is itself a 、-list closed by its tail, one problem a part
    where each reads as one; none else."""
    s, e = _trim(text, start, end)
    if "等" not in text[e:end] or "、" not in text[s:e] or ITEM_ASPECT.match(text, s, e) or ITEM_EXISTS.match(text, s, e) \
            or ITEM_EXISTS_KINDS.match(text, s, e):
        return []  # (an item naming its aspect or opening with 存在 is read by _item_issues)
    pieces = _clauses(text, _cut(text, s, e, "、"), e)
    return pieces if len(pieces) >= 2 and all(_is_problem(text, *p) for p in pieces) else []


def _comma_problems(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """A ；-item that is problems joined by ，(A问题比较突出，B问题多发，擅自C): one item each, where every clause
    reads as a problem (a clause naming only its aspect, X方面, opens the next); None where they do not."""
    if text[start:end].lstrip().startswith("有的"):
        return None  # 有的A，B；有的C: each 有的 clause is one problem
    pieces: list[tuple[int, int]] = []
    opened: int | None = None
    for s, e in _cut(text, start, end, ",，"):
        if text[s:e].strip(_TRIM).endswith(("方面", "领域")):
            opened = s if opened is None else opened
            continue
        pieces.append((s if opened is None else opened, e))
        opened = None
    judged = _judged(text, [_trim(text, s, e) for s, e in pieces])
    if opened is not None or len(pieces) < 2 or not all(_is_problem(text, s, e) for s, e in judged):
        return None
    return pieces


SOME_KIND_REACH = 7  # how long the kind named after 个别/部分 may be before the misconduct (个别管理部违规…)


def _is_problem(text: str, start: int, end: int) -> bool:
    s, e = _trim(text, start, end)
    if e - s < MIN_CLAUSE:
        return False
    said_of = SAID_OF_SOME.match(text, s, e)  # 有的违规出借公务用车: the misconduct after who did it
    if PROBLEM_END.search(text, s, e) or PROBLEM_OPENING.match(text, said_of.end() if said_of else s, e):
        return True
    # (个别管理部违规办理提取业务: a few of a kind, named, then the misconduct)
    return said_of is not None and any(PROBLEM_OPENING.match(text, p, e)
                                       for p in range(said_of.end() + 1, min(said_of.end() + SOME_KIND_REACH, e)))


def _states_problem(text: str, start: int, end: int) -> bool:
    """Whether a statement reads as a problem by its words, or by those of its first clause (A不到位,部分B违规预售)."""
    first = _cut(text, start, end, ",，")[:1]
    return _is_problem(text, start, end) or bool(first and _is_problem(text, *first[0]))


def _quote_ended(text: str, start: int, end: int) -> bool:
    """Whether a piece of a list ends with a quoted phrase after its own words (教辅资料征订“打擦边球”): it names a problem
    by its common name, and stands alone as one."""
    s, e = _trim(text, start, end)
    opening = _QUOTE_OPENING.get(text[e - 1]) if e > s else None
    return opening is not None and text.rfind(opening, s, e - 1) - s >= 2


def _whole_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, spaces and punctuation aside, is one quote (「A」, “A”)."""
    s, e = start, end
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return e - s > 2 and _QUOTES.get(text[s]) == text[e - 1] and text[e - 1] not in text[s + 1:e - 1]


def _clauses(text: str, pieces: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """Group the pieces of a 、-list into problems: a piece that cannot stand alone joins a neighbour.

    A short negative (不深入 in 不主动、不深入) completes the problem before it; any other short or
    non-problem piece (县委 in 县委、县政府部署落实不到位) begins the problem after it.
    """
    items: list[tuple[int, int]] = []
    pending: int | None = None
    for s, e in pieces:
        if pending is None and _whole_quote(text, s, e):
            items.append((s, e))  # 「A」、「B」: each quote is one problem, however it reads
        elif _is_problem(text, s, e) or _quote_ended(text, s, e):
            items.append((pending if pending is not None else s, e))
            pending = None
        elif pending is None and items and PROBLEM_END.fullmatch(text, *_trim(text, s, e)):
            items[-1] = (items[-1][0], e)
        else:
            pending = pending if pending is not None else s
    if pending is not None:
        # The last piece closes the list (…、C等): it stands alone when it is a clause at all, or when the page's end
        # cuts it off (…、职业技能培训实效不高、人: no part of the problem before it; judged as cut off, it is left out).
        s, e = _trim(text, pieces[-1][0], pieces[-1][1])
        cut = pending == pieces[-1][0] and _cut_off(text, end)
        if items and (pending != pieces[-1][0] or e - s < MIN_CLAUSE) and not cut:
            items[-1] = (items[-1][0], end)
        else:
            items.append((pending, end))
    return items


def _cut(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at separators outside quotes and brackets."""
    out, cursor = [], start
    for i in _unquoted(text, start, end, "“‘「『（(《", "”’」』）)》", separators):
        out.append((cursor, i))
        cursor = i + 1
    out.append((cursor, end))
    return [(s, e) for s, e in out if text[s:e].strip(_TRIM)]


_YOUDE = re.compile(r"[,，](?=有的)")
_COMMA = re.compile(r"[,，]")
NEXT_YOUDE = re.compile(r"[,，;；](?=有的)")  # (有的A；有的B: a 有的 clause after the first, parted by a comma or ；)
# A demand after a problem in one item: …倾向，要切实扛起… / …不强，必须严肃….
DEMAND_AFTER = re.compile(r"[,，](?=(?:要|必须|应当|务必|需要)(?!求))")
# Who a problem is said of, before it: 有的 / 部分 / 个别 / 少数 (单位, 党员干部 …).
SAID_OF_SOME = re.compile(r"(?:有的|部分|个别|少数|一些)(?:单位|部门|党组织|党支部|党员干部|领导干部|领导人员|干部|人员|班子成员|党组成员|党委成员)?"
                          # (所属企业违规开展融资性贸易 / 下属子公司违规担保: the units under the one told)
                          r"|(?:所属|下属)(?:企业|公司|子公司|分公司|单位|机构|网点|医院|学校)")
# A few of a place's or a body's people or units, opening an item (北京一些领导干部A / 一些干部搞“小圈子” / 个别单位B): in a list
# after who found it, such an item tells misconduct, whatever its last words (as a 有的 clause does).
# (漳州市一些地方A / 宁德市有的领导干部B: a city's too)
SOME_OF_THEM = re.compile(r"(?:" + _PLACEHOLDERS["PROVINCE"] + r"|[\u4e00-\u9fff]{2,6}?[市县区州盟旗])?"
                          r"(?:一些|个别|少数|有的)[^,，;；。]{0,6}?(?:干部|人员|党员|单位|部门|地方|企业|党组织)")
# The units a 有的 list is said of, before its first 有的 (县林业局党组和甲开发区党工委有的A，有的B).
YOUDE_SUBJECT = re.compile(r"[^,，。;；:：、\s]{2,30}?(?=有的)")
# A clause that only says problems exist before the 有的 clauses that give them (两个嘎查在A、B等方面存在短板弱项,有的C,有的D /
# 石门村党总支在基层治理方面还有短板,有的E):
# no problem itself, the list starts after it.
# (a list read from its 存在 starts at its words: 存在一些问题，有的A)
YOUDE_LEAD = re.compile(r"(?:[^。；;:：]{2,60}?(?:存在(?:着|著)?|还有|仍有|也有))?(?:一些|不少|部分|若干)?"
                        r"(?:短板弱项|问题和不足|问题|不足|差距|短板|弱项|薄弱环节)"
                        r"[,，]\s*(?=有的)")


def _youde_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """有的A，有的B；有的C: each 有的 clause of ``text[start:end]`` (parted by ；too), trimmed."""
    return [_trim(text, s, e) for s, e in _split_youde(text, _cut(text, start, end, "；;"))]


def _split_youde(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """有的A，有的B: one problem per 有的 clause."""
    out = []
    for s, e in pieces:
        cursor = s
        if text[s:e].lstrip().startswith("有的"):
            for m in _YOUDE.finditer(text, s, e):
                out.append((cursor, m.start()))
                cursor = m.end()
        out.append((cursor, e))
    return out


def feedback_issues(doc: Document, in_report: bool = False, named: bool = False) -> list[_Found]:
    """Problem statements listed after 主要是：/主要表现在 … in feedback news; an item that names its
    aspect first (一是政治建设方面，A) has it as its category. ``in_report``: in rectification news,
    where a list of the rectification's own shortcomings (整改工作还存在一些差距：…) is no finding;
    ``named``: in other news, only lists whose own clause says an inspection found them (巡视发现，…)."""
    text = doc.text
    spans: list[_Found] = []
    strong = list(PROBLEM_LIST.finditer(text))
    strong_starts = [x.start() for x in strong]

    plain_all = list(PROBLEM_LIST_PLAIN.finditer(text))
    plain_starts = [x.start() for x in plain_all]
    opening_paragraphs = Counter(x.group() for x in plain_all if _opens_paragraph(doc, x.start()))
    announced = list(PROBLEM_LIST_ANNOUNCED.finditer(text))
    announced_starts = [x.start() for x in announced]

    def outdone(m: re.Match[str]) -> bool:
        """A plain 巡视指出， gives way to a trigger later in its sentence: a stronger one (…，主要表现在A、B)
        or another plain one, nearer its list (组长X指出，巡视发现，A；B / X指出，…取得成效，但“回头看”发现，A); or to one
        that announces the list from its own verb (巡视组指出，X做了一定工作，但也存在一些问题。一是A: the sentence
        says problems exist, the marked items after it give them)."""
        i = bisect.bisect_left(strong_starts, m.start())
        if i < len(strong) and strong_starts[i] < _sentence_end(text, m.end(), strong_starts[i] + 1):
            return True
        if (k := bisect.bisect_left(announced_starts, m.start())) < len(announced) and announced_starts[k] < m.end():
            return True
        # The next plain one only with no sentence end at all between (not even one a stray quote hides), nor, for a list
        # that runs to its clause's end (in_clause), a ；.
        i = bisect.bisect_right(plain_starts, m.start())
        return i < len(plain_starts) and not _STOP.search(text, m.end(), plain_starts[i]) and not (
            _group_span(m, "in_clause") and _LIST_SEPARATOR.search(text, m.end(), plain_starts[i]))

    plain = [m for m in plain_all if not outdone(m)]
    # A list the sentence itself announces (仍存在A、B等问题 / 指出了…存在的突出问题。有的A；有的B) is
    # checked as a plain one is: every item must read as a problem.
    triggers = sorted([(m, False) for m in strong] + [(m, True) for m in plain]
                      + [(m, True) for m in announced], key=lambda x: x[0].start())
    trigger_starts = [m.start() for m, _ in triggers]
    for m, is_plain in triggers:
        if spans and m.start() < spans[-1].end:
            continue  # a second trigger inside a list already read
        sentence = doc.sentence_at(m.start())
        clause = max(sentence.start if sentence else m.start(), m.start() - LEAD_IN)
        if (in_report or named) and (own := OWN_SHORTCOMINGS.search(text, clause, m.end())) and \
                not _FOUND_BY_INSPECTION.search(text, own.end(), m.end()):
            continue  # (not 也要清醒看到，T向A反馈的X、Y等问题仍未整改到位: the inspection's, named after the words)
        if named and not _FOUND_BY_INSPECTION.search(text, clause, m.end()):
            continue
        start = LIST_OPENING.match(text, m.end()).end()
        if (closes := EXISTS_CLOSES_CLAUSE.match(text, start)) and (listing := LISTING_AFTER.match(text, closes.end())):
            start = listing.end()  # (存在差距，包括A、B等问题: the list after the word that lists)
        if subject_span := _group_span(m, "clause_subject"):
            start = subject_span[1]  # (…,指出深河市委A,B,C: the list after the unit it is said of)
        if not is_plain and (head := LIST_HEAD.match(text, m.start())) and (begun := _list_begun(text, head.end(), m.end())):
            start = begun  # 巡视组指出,厅党组A,B,C,D存在E…等问题: the list opens after 指出 (and its subject), not at 存在
        first_marked = LIST_MARKER.match(text, start) is not None  # (一是有的A；…四是B，有的C: a marked list, not 有的's)
        if not first_marked and (subject := YOUDE_SUBJECT.match(text, start)) and \
                _YOUDE.search(text, subject.end(), _sentence_end(text, start, len(text))):
            start = subject.end()  # 县林业局党组和甲开发区党工委有的A，有的B: the list starts at its first 有的
        elif not first_marked and (lead := YOUDE_LEAD.match(text, start)) and \
                NEXT_YOUDE.search(text, lead.end(), _sentence_end(text, start, len(text))):
            start = lead.end()  # 两个嘎查在…方面存在短板弱项,有的A,有的B: the list starts at its first 有的
        elif (subject := LIST_SUBJECT.match(text, start)) and (first := LIST_MARKER.match(text, subject.end())) \
                and _number(_group(first, "num") or "") == 1:
            start = subject.end()  # 巡察组指出，区水务局党组一是A；二是B / 测绘院党委一方面A，另一方面B: from its first marker
        # (问：…问题有哪些？⏎答：一是A；二是B: a question's trigger, its list in the answer's paragraph)
        para = _list_paragraph(doc, start if ANSWERED.search(m.group()) else m.start(), start)
        if para is None:
            continue
        j = bisect.bisect_right(trigger_starts, start)
        if not is_plain or (m.re is PROBLEM_LIST_ANNOUNCED and ASPECT_OPENING.match(text, start, para.end)):
            # (发现一些问题：在X方面，存在A、B等问题；在Y方面，存在C… / 发现一些问题。在X方面，存在…: each 存在 opens an item of the list)
            sentence_end = _sentence_end(text, start, para.end)
            while j < len(triggers) and trigger_starts[j] < sentence_end and triggers[j][0].re is PROBLEM_LIST_ANNOUNCED:
                j += 1
        limit = min(para.end, trigger_starts[j]) if j < len(triggers) else para.end
        # (…指出了存在的问题。在X方面，A，B。在Y方面，…: aspects open sentences after the one that announced them)
        # (巡察指出，在X方面，A；B。在Y方面，C，D。: a plain trigger's list opening with its first aspect too)
        after_sentence = text[max(0, start - 2):start].rstrip()[-1:] in ("。", ".") or (
            is_plain and text[max(0, start - 1):start] in (",", "，", ":", "："))
        bare = _aspect_sentences(text, start, limit)
        if (ASPECT_HEADER.match(text, start, limit) or after_sentence and ASPECT_OPENING.match(text, start, limit) or bare) \
                and not LIST_MARKER.match(text, start, limit):  # (not 一是X方面。)
            spans.extend(_aspect_lists(text, start, limit, openings=after_sentence or bare, bare=bare))
            continue
        unmarked: list[tuple[int, int]] = []
        if start >= para.end or not _CONTENT.search(text, start, para.end):
            if headed := _headed_paragraphs(doc, para.end):
                spans.extend(headed)  # (一)X方面⏎有的A；个别B。⏎(二)Y方面⏎…: each heading's paragraph beneath it
                continue
            below = _content_start(text, para.end + 1)
            # (after a colon only: …存在一些突出问题。⏎在X方面，A，B。 is a paragraph a problem, _problem_paragraphs)
            opened = text[para.start:para.end].rstrip()[-1:] in (":", "：") and ASPECT_OPENING.match(text, below) is not None
            if aspects := (_aspect_lists(text, below, trigger_starts[j] if j < len(triggers) and trigger_starts[j] > below
                                         else len(text), openings=opened)
                           if (opened or ASPECT_HEADER.match(text, below)) and not LIST_MARKER.match(text, below) else []):
                # 在以下方面存在问题：⏎X方面，主要表现在：A；B。⏎Y方面，主要表现在：C。 / 问题主要表现在：⏎在X方面，A；B。⏎在Y方面，C
                spans.extend(aspects)
                continue
            if detailed := _headings_over_details(doc, para.end):
                spans.extend(_Found(s, e) for s, e in detailed)  # (一)A不到位⏎它的细节。⏎(二)B不严⏎…: the headings
                continue
            # The list is the paragraphs that follow, each opening with the next marker.
            end = start
            numbered: list[tuple[int, int]] = []
            first_marker = start
            for nxt in _paragraphs_from(doc, para.end):
                if not (marker := ITEM_MARKER.match(text, _content_start(text, nxt.start))):
                    break
                end = nxt.end
                first_marker = marker.start() if not numbered else first_marker
                numbered.append((marker.end(), nxt.end))
            # (1.A党组：X；Y。⏎2.B党组：Z。: each unit's line of problems)
            # (一、X方面。A；B。⏎二、Y方面。C。: each aspect's paragraph of problems)
            unmarked = (_units_by_number(text, numbered) or _aspects_by_number(text, numbered)
                        # (一是X方面。①A；②B。二是Y方面。①C。: one paragraph's series, its items' own items in circles)
                        or (_running_series(text, first_marker, end) if len(numbered) == 1 else [])) \
                if numbered else _problem_paragraphs(doc, para.end)
        elif BULLET.match(text, _content_start(text, start), para.end) and (
                unmarked := _problem_lines(text, _bulleted(text, start, para.end))):
            end = para.end  # 存在问题: ● A ● B ● C: the bulleted items on the lead's line, a copy having lost their lines
        else:
            # A list in running text ends with its sentence, or where the next trigger opens another:
            # a text with no sentence end (lost punctuation, a stray quote) is not read again per trigger.
            end = _sentence_end(text, start, limit)
            if text[end - 1:end + 1] in ("；\n", ";\n") and end < para.end:
                end = _sentence_end(text, end + 1, limit)  # (…；⏎C。: the line that closes the list, _list_paragraph)
            if end == limit < para.end:
                end = _before_trigger(text, start, end)
            # … or with its tail when the sentence goes on (存在A、B等问题，并提出…).
            tail = LIST_END.search(text, start, para.end)  # (its lookahead may read past the next trigger's start)
            tail = tail if tail and tail.end() <= end else None
            if tail and STANDS_OUT.match(text, tail.end()) and _LIST_SEPARATOR.search(text, start, tail.start()):
                tail = None  # (：A；B、C等领域腐败问题突出；D: an item's own 等 and what it says of them, in a ；-list)
            end = tail.end() if tail else end
            if not tail and text.endswith(OWN_TAIL, start, end) and any(c in text[start:end] for c in "、,，"):
                end -= len(OWN_TAIL)  # 普遍存在A、B的问题: a list without 等 ends before its 的问题
            if _group_span(m, "in_clause") and (next_feedback := NEXT_FEEDBACK_CLAUSE.search(text, start, end)):
                end = next_feedback.start()  # (…反馈,指出甲市委A,B;乙组同日向…反馈: the list ends with the feedback's clause)
        # (a series its marker opens runs over the triggers inside its items: 第三、A混乱，存在B、C等问题；第四、…)
        series_limit = para.end if LIST_MARKER.match(text, start, para.end) else limit
        marked = (_running_series(text, start, series_limit) or _series_over_paragraphs(doc, start, para)
                  or _youde_sentences(text, start, limit) or unmarked
                  or (_problem_sentences(text, start, limit) if is_plain else []))
        items = [_trim(text, s, _before_demand(text, s, e)) for s, e in marked or _split_list(text, start, end, strong=not is_plain)]
        items = [(s, e) for s, e in items if e - s >= MIN_CLAUSE]
        judged = _judged(text, items)
        if is_plain and spans and len(judged) == 1 and ADDING_TRIGGER.search(text, m.start(), m.end()) \
                and _states_problem(text, *judged[0]) and not NARRATIVE_ITEM.search(text, *judged[0]):
            spans.append(_Found(*judged[0]))  # (…。巡察还发现，A不实，B时有发生。: one more problem after those read)
            continue
        # (巡视指出，A，B。巡视组建议，…⏎巡视指出，C。…: the trigger opens its paragraph, and another paragraph opens with it
        # too: each paragraph's sentence after it is one problem, its commas no list's)
        if is_plain and len(judged) == 1 and _opens_paragraph(doc, m.start()) and opening_paragraphs[m.group()] > 1 \
                and _states_problem(text, *judged[0]) \
                and not NARRATIVE_ITEM.search(text, *judged[0]) and not DONE_OR_PRAISED.search(text, *judged[0]):
            spans.append(_Found(*judged[0]))  # (巡视指出，A，B。巡视组建议，…⏎巡视指出，C。…: a problem a paragraph)
            continue
        # (巡察指出，有的A，有的B: a 有的 clause after who found it is a problem whatever its last words, where one reads so,
        # or where every item is one: 巡察组指出，有的党员干部参与营利性活动，有的项目未批先建)
        # (一些地方和部门存在A、B等问题；…: an item saying problems exist reads as one, its list split by _item_issues)
        read = [_states_problem(text, a.start, a.end) or text.startswith("有的", a.start)
                or SOME_OF_THEM.match(text, a.start, a.end) is not None
                or ITEM_EXISTS.match(text, a.start, a.end) is not None or ITEM_EXISTS_KINDS.match(text, a.start, a.end) is not None
                for a in (_aspect(text, s, e) for s, e in judged)]
        # (在选人用人方面，存在突击提拔干部、超职数配备干部、违规进人等问题: a list 存在…等问题 frames needs half its items read so)
        framed = m.re is PROBLEM_LIST_ANNOUNCED and m.group().rstrip("着著").endswith("存在")
        if is_plain and (len(items) < 2 or not (2 * sum(read) >= len(read) if framed else all(read))
                         or not (any(_states_problem(text, s, e) for s, e in judged)
                                 or all(text.startswith("有的", s) and not DONE_OR_PRAISED.search(text, s, e) for s, e in judged))
                         or any(NARRATIVE_ITEM.search(text[s:e]) for s, e in items)):
            continue
        # One "item" that does not read as a problem was no list (突出问题有针对性地整改).
        if len(items) > 1 or (items and _is_problem(text, *items[0])):
            # 在X方面，存在A等问题；Y方面，… : the first item's aspect stands before the trigger; X是…的共同
            # 问题：A；B : the whole list's.
            aspect, shared = _group(m, "aspect"), _group(m, "category")
            for k, (s, e) in enumerate(items):
                spans.extend(_item_issues(text, s, e, shared or (aspect if k == 0 else None)))
    if named:
        return spans
    spans += _unit_lists(doc, spans)
    spans += _units_told(doc, spans)
    spans += _teaser_problems(doc, spans)
    spans += _reported_issues(doc, spans)
    spans = sorted(spans + _quoted_issues(text, spans), key=lambda x: x.start)
    spans = sorted(spans + _lists_going_on(doc, spans), key=lambda x: x.start)
    return sorted(spans + _aspect_paragraphs(doc, spans), key=lambda x: x.start)


def _aspect_paragraphs(doc: Document, found: list[_Found]) -> list[_Found]:
    """A paragraph of its own that names an aspect and lists its problems (党的建设方面：A；B；C。), after the lists
    a speech's demands interrupted: each ；-part, the aspect its category, where the first part and at least half of
    them read as problems (the paragraphs of demands and measures do not); or its 有的 clauses, two or more (在干部队伍
    建设方面，有的A，有的B。 after the paragraph of what the team pointed out)."""
    text = doc.text
    starts = [x.start for x in found]
    out: list[_Found] = []
    for para in doc.paragraphs:
        header = ASPECT_HEADER.match(text, _content_start(text, para.start), para.end)
        said_of_some = header is not None and text.startswith("有的", header.end())
        if header is None or not (said_of_some or header.group().rstrip().endswith((":", "："))):
            continue
        i = bisect.bisect_left(starts, para.start)
        if i < len(starts) and starts[i] < para.end:
            continue  # (read already, with its trigger)
        end = _sentence_end(text, header.end(), para.end)
        if said_of_some:
            parts = _youde_clauses(text, header.end(), end)
            parts = parts if len(parts) >= 2 else []
        else:
            parts = _aspect_problems(text, header.end(), end)
        out.extend(_Found(s, e, category=_group(header, "aspect")) for s, e in _judged(text, parts))
    return out


# A unit as the subject a list of problems opens with (厅党组学习贯彻…不深不透,…): a name ending as units do.
LIST_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:党组|党委|党工委|党总支|党支部|局|厅|委|办|院|校|公司|集团|中心)"
                          r"(?:党组|党委|党工委)?(?=[\u4e00-\u9fff])")


# The head of a trigger that reads on to a later 存在 (指出,A,B存在C…等问题).
LIST_HEAD = re.compile(r"(?:发现|指出)了?[,，:：]?")


def _list_begun(text: str, start: int, existing: int) -> int | None:
    """巡视组指出,厅党组A,B,C,D存在E…等问题: where the list opens when it has begun before the 存在 its trigger reads on
    to (two clauses before the one holding 存在 read as problems, the first after its subject; one, where that 存在 closes
    its clause: 巡视指出，甲党组A不够深入，B存在差距，C还有不足；D…): after the subject; None where it has not
    (巡察指出,该局存在A、B等问题)."""
    clauses = _cut(text, start, existing, ",，")[:-1]  # (the last holds 存在)
    while clauses and FINDING_LEAD.fullmatch(text, *_trim(text, *clauses[0])):
        clauses = clauses[1:]  # (组长指出，巡视发现，公司党组A，B存在差距，…: the lead said again opens no item)
    closed = EXISTS_CLOSES_CLAUSE.match(text, existing) is not None
    if len(clauses) < (1 if closed else 2):
        return None
    first_start, first_end = _trim(text, *clauses[0])
    subject = LIST_SUBJECT.match(text, first_start, first_end)
    opening = subject.end() if subject else first_start
    return opening if _is_problem(text, opening, first_end) and (
        closed or _is_problem(text, *_trim(text, *clauses[1]))) else None


# 存在差距， / 存在薄弱环节；: a 存在 whose object alone closes its clause, a problem's last words rather than a list's start
# (unless a word that lists follows it: 存在差距，包括A、B等问题 / 存在不足，并具体点出「A」「B」, the list after that word).
EXISTS_CLOSES_CLAUSE = re.compile(r"(?:着|著)?(?:差距|不足|短板|弱项|漏洞|隐患|薄弱环节|偏差)[，,；;]")
LISTING_AFTER = re.compile(r"\s*并?(?:具体)?(?:包括|主要是|主要有|(?:主要|具体)表现(?:为|在)|比如|例如|点出|指出)[:：]?")
# 巡视发现 / 巡察指出: a lead said again as a clause of its own, after the speaker's 指出.
FINDING_LEAD = re.compile(r"(?:巡视|巡察)(?:组)?(?:发现|指出|认为)")


# The tail that closes an inline list at its sentence's end (…、C等问题。 / …等方面问题。).
LIST_CLOSED = re.compile(r"等[^。，,；;、]{0,14}?问题[”」』\"]?[。.]")


def _opens_paragraph(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is where its paragraph's content starts."""
    para = _paragraph_at(doc, pos)
    return para is not None and _content_start(doc.text, para.start) == pos


def _lists_going_on(doc: Document, found: list[_Found]) -> list[_Found]:
    """A list that goes on after its last item: in 有的 clauses (…等问题；此外，有的A，有的B。), each up to the sentence's end,
    whatever its words; in a marked series after a connective (…等问题。同时，一是A；二是B), one reading as a problem and none as narrative
    (一是要…, a demand); or, closed by its sentence (…存在A、B等问题。), in the next sentences, a problem each (局党组落实主体
    责任有差距，对重点岗位人员监督管理不严。建设工程质量安全监管存在薄弱环节…。) as problems told one sentence each are. Two
    or more; a last one cut off by the page's end is left out."""
    text = doc.text
    starts = {x.start for x in found}
    out: list[_Found] = []
    for item in found:
        para = _paragraph_at(doc, item.end)
        if para is None:
            continue
        if (lead := YOUDE_FOLLOW.match(text, item.end, para.end)) and lead.end() not in starts:
            end = _sentence_end(text, lead.end(), para.end)
            clauses = _youde_clauses(text, lead.end(), end)
            clauses = _judged(text, [(s, e) for s, e in clauses if e - s >= MIN_CLAUSE])
            if len(clauses) >= 2 and all(text.startswith("有的", s) for s, _ in clauses):
                out.extend(_Found(s, e) for s, e in clauses)
        elif (lead := SERIES_FOLLOW.match(text, item.end, para.end)) and lead.end() not in starts:
            items = _judged(text, [_trim(text, s, e) for s, e in _running_series(text, lead.end(), para.end)])
            if len(items) >= 2 and any(_states_problem(text, s, e) for s, e in items) \
                    and not any(NARRATIVE_ITEM.search(text[s:e]) for s, e in items):
                out.extend(_Found(s, e) for s, e in items)
        elif (closed := LIST_CLOSED.match(text, item.end, para.end)) and \
                (start := _content_start(text, closed.end())) not in starts and start < para.end \
                and not ((marker := LIST_MARKER.match(text, start, para.end)) and _content_start(text, marker.end()) in starts):
            # (三是…存在A、B等问题。四是C: the series' next item, read already without its marker)
            out.extend(_Found(s, e) for s, e in _judged(text, _problem_sentences(text, start, para.end)))
    return out


def _before_trigger(text: str, start: int, end: int) -> int:
    """A list the next trigger cuts off (…存在C的问题；同时还|发现，有的…) ends at its last separator, when
    the words after it are too short to be an item (同时还 opens the next list)."""
    last = max(text.rfind(c, start, end) for c in "；;，,")
    if last > start and len(text[last + 1:end].strip(_TRIM)) < MIN_CLAUSE:
        return last
    return end


def _unit_lists(doc: Document, taken: list[_Found]) -> list[_Found]:
    """甲科党支部主要存在以下问题:一是…。乙科党支部存在A、B等问题: the next unit's list (PROBLEM_LIST_OF_UNIT) in a
    feedback that read one already, or on a page that tells of a feedback given (其中,市应急管理局党组存在A、B等问题 in
    a round's feedback news), where no list read covers it; every item must read as a problem."""
    text = doc.text
    starts = sorted(x.start for x in taken)
    found: list[_Found] = []
    for m in PROBLEM_LIST_OF_UNIT.finditer(text) if taken or doc.facts.feedback else ():
        para = _paragraph_at(doc, m.start())
        end = _sentence_end(text, m.end(), para.end) if para is not None else m.end()
        tail = LIST_END.search(text, m.end(), end)
        end = tail.end() if tail else end
        i = bisect.bisect_left(starts, m.start())
        if para is None or (i < len(starts) and starts[i] < end):
            continue
        items = [(s, e) for s, e in (_trim(text, s, e) for s, e in _split_list(text, m.end(), end, strong=False))
                 if e - s >= MIN_CLAUSE]
        # (执法检查“宽松软”: a problem by its common name in quotes)
        if len(items) >= 2 and all(_is_problem(text, s, e) or _quote_ended(text, s, e) for s, e in _judged(text, items)):
            found += [x for s, e in items for x in _item_issues(text, s, e, None)]
    return found


# A ；-clause that tells the next feedback (；省委第二巡视组同日向乙市委反馈): no item of the list before it.
NEXT_FEEDBACK_CLAUSE = re.compile(r"[；;](?=[^；;。]*?向[^；;。]{2,40}?反馈)")
# The points that trail off a list opening a story (A、B、C……3月19日,…反馈): the list is the story's teaser of what was found.
TRAILING_DOTS = skipping(re.compile(r"…{1,2}|\.{3,6}"))


def _teaser_problems(doc: Document, taken: list[_Found]) -> list[_Found]:
    """耕地问题整治不彻底、矿产资源开发监管不力、土地出让收支管理不规范……3月19日,县委第三巡察组向…反馈: a paragraph near the
    top that opens with problems (perhaps in quotes) trailing off in dots, the story's teaser of what the feedback found: each
    part (parted by ；, else by commas, else by 、) one problem, where three or more are and at most one part reads
    otherwise."""
    text = doc.text
    starts = {x.start for x in taken}
    out: list[_Found] = []
    for para in (p for p in doc.paragraphs if p.start < LEAD_CHARS):
        begin = _content_start(text, para.start)
        begin += text.startswith(("“", "\"", "「"), begin)  # (“A，B，C……”7月15日，…: the teaser in quotes)
        dots = TRAILING_DOTS.search(text, begin, para.end)
        if dots is None or _STOP.search(text, begin, dots.start()) or begin in starts:
            continue
        teaser = text[begin:dots.start()]
        # (A；B，C: the ；-parts; A、B整治反复,C: a part's own 、)
        separators = next(seps for seps in ("；;", ",，", "、") if any(c in teaser for c in seps) or seps == "、")
        parts = [(s, e) for s, e in (_trim(text, s, e) for s, e in _cut(text, begin, dots.start(), separators))
                 if e - s >= MIN_CLAUSE]
        odd = [p for p in parts if not _states_problem(text, *p)]
        if len(parts) >= 3 and len(odd) <= 1 and not any(NARRATIVE_ITEM.search(text, s, e) for s, e in parts):
            out.extend(_Found(s, e) for s, e in parts if (s, e) not in odd)
    return out


def _units_told(doc: Document, taken: list[_Found]) -> list[_Found]:
    """巡察指出，甲局党组A；B。⏎乙党支部C；D；E。: after a list read, a sentence that opens with another unit the feedback names
    and goes on with its problems parted by ；, each reading as one by its words or its first clause's: those problems
    (the unit no part of them; a last one cut off by the page's end left out)."""
    text = doc.text
    named = {t for fb in doc.facts.feedback for t in fb.targets} | {t for i in doc.facts.inspections for t in i.targets}
    units = sorted(named, key=len, reverse=True)
    if not taken or len(units) < 2:
        return []
    starts = sorted(x.start for x in taken)
    found: list[_Found] = []
    for sentence in doc.sentences:
        begin = _content_start(text, sentence.start)
        unit = next((u for u in units if text.startswith(u, begin)), None) if begin > starts[0] else None
        para = _paragraph_at(doc, begin) if unit else None
        end = _sentence_end(text, begin, para.end) if para else begin
        i = bisect.bisect_left(starts, begin)
        if para is None or (i < len(starts) and starts[i] < end) or ITEM_EXISTS.match(text, begin, end):
            continue  # (乙党支部存在A、B等问题: _unit_lists's)
        items = [(s, e) for s, e in (_trim(text, s, e) for s, e in _cut(text, begin + len(unit), end, "；;"))
                 if e - s >= MIN_CLAUSE]
        judged = _judged(text, items)
        if len(items) >= 2 and judged and all(_states_problem(text, s, e) for s, e in judged):
            found += [_Found(s, e) for s, e in judged]
    return found


def _reported_issues(doc: Document, taken: list[_Found]) -> list[_Found]:
    """What a digest of several feedbacks says each target was told (X市被反映A，B；Y市有干部群众反映，
    在…方面，该市C，D): a complaint reported is a problem whatever its words, one per clause, up to the
    next target's; an aspect clause is the category, 该市 is dropped, a kind of problem named
    (被反映X问题) is no statement."""
    text = doc.text
    starts = sorted(x.start for x in taken)
    triggers = list(PROBLEM_LIST_REPORTED.finditer(text))
    # The list before a trigger ends where its target's name starts (乙市被反映…).
    subjects = [_name_start(text, m.start()) for m in triggers]
    found: list[_Found] = []
    for k, m in enumerate(triggers):
        i = bisect.bisect_left(starts, m.start())
        para = _paragraph_at(doc, m.start())
        if (i < len(starts) and starts[i] < m.end()) or para is None:
            continue
        limit = min(para.end, subjects[k + 1]) if k + 1 < len(triggers) else para.end
        end = _sentence_end(text, m.end(), limit)
        category = None
        for piece in _cut(text, m.end(), end, "；;"):
            for s, e in _cut(text, *piece, ",，"):
                s, e = _trim(text, s, e)
                if text[s:e].endswith(("方面", "领域")):
                    category = text[s:e].removeprefix("在")
                    continue
                subject = REPORTED_SUBJECT.match(text, s, e)
                s = subject.end() if subject else s
                # (被反映X问题: a kind of problem named, no statement of one)
                if e - s >= MIN_CLAUSE and not NARRATIVE_ITEM.search(text[s:e]) and not text[s:e].endswith("问题"):
                    found.append(_Found(s, e, category))
    return found


# How far back the name of whom a complaint is reported runs (乙市被反映 / 某某县有干部群众反映).
_NAME_CHARS = 8
_NAME_STOP = set(",，;；。:：“”\n\t \u3000")


def _name_start(text: str, start: int) -> int:
    """Where the name before ``start`` begins: at most a few characters back, after punctuation or a space."""
    i = start
    while i > max(start - _NAME_CHARS, 0) and text[i - 1] not in _NAME_STOP:
        i -= 1
    return i


def _quoted_issues(text: str, taken: list[_Found]) -> list[_Found]:
    """Problems quoted where they are named (针对巡视反馈的“A”“B”等问题 / 被点名存在“X问题”), outside the
    lists already read: each quote that reads as a problem."""
    starts = sorted(x.start for x in taken)

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, start)
        return not (i < len(starts) and starts[i] < end)

    found = []
    title_end = text.find("\n")
    for m in QUOTED_PROBLEMS.finditer(text):
        if not free(m.start(), m.end()) or m.start() < title_end:
            continue  # (the headline's 点出“A”: the body's problem, summed up)
        for q in _QUOTE.finditer(text, m.start(), m.end()):
            s, e = _trim(text, q.start(1), q.end(1))
            # (“主业不够突出，盲目投资非主业项目”: its first clause says it, the second what came of it; not a quote of
            # three clauses and more, which is a passage quoted, or two quotes mispaired)
            if any(text[s:e] in text[x.start:x.end] and not x.start <= s < x.end for x in taken):
                continue  # (…；二是A，B；… then 巡视组直指「B」: the item that states it elsewhere, quoted again)
            if _is_problem(text, s, e) or len(_cut(text, s, e, ",，")) <= 2 and _states_problem(text, s, e):
                found.append(_Found(s, e))
    # A quoted list of problems (“A；B；C……”在巡察中…一一列出反馈问题清单): each item, when all read so; a marked
    # series in a quoted speech (他说：“…存在差距。首先,A；其次,B；最后,C。”) from its first marker.
    for q in _QUOTE.finditer(text):
        if not free(q.start(), q.end()) or not _LIST_SEPARATOR.search(text, q.start(1), q.end(1)):
            continue
        series = _series(ITEM_MARKER, text, q.start(1), q.end(1))
        parts = ([(it.start, nxt.marker) for it, nxt in zip(series, series[1:])] + [(series[-1].start, q.end(1))]
                 if len(series) >= 2 else _cut(text, q.start(1), q.end(1), "；;"))
        items = [_trim(text, s, e) for s, e in parts]
        if len(items) >= 2 and all(_is_problem(text, s, e) and not NARRATIVE_ITEM.search(text[s:e]) for s, e in items):
            found.extend(_Found(s, e) for s, e in items)
    return found




def _lines(doc: Document, start: int) -> Iterator[tuple[int, int]]:
    """The paragraphs from ``start`` on, each cut where a bullet (kg.extract.lexicon.BULLET: no part of the item)
    opens another item inside it, also where a copy lost the line break before it (● A，B● C)."""
    for para in _paragraphs_from(doc, start):
        yield from _bulleted(doc.text, para.start, para.end)


def _bulleted(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut where a bullet opens another item inside it."""
    cursor = _content_start(text, start)
    for bullet in BULLET.finditer(text, cursor + 1, end):
        yield cursor, bullet.start()
        cursor = bullet.start()
    yield cursor, end


def _headed_paragraphs(doc: Document, start: int) -> list[_Found]:
    """Aspects on lines of their own after 发现了一些问题：((一)政治建设方面), each over the paragraph beneath it that lists
    its problems (有的A；个别B；少数C。): each part of that paragraph, the aspect its category, for as long as headings
    and such paragraphs alternate; none unless the first line is such a heading."""
    text = doc.text
    found: list[_Found] = []
    category: str | None = None
    heading_kind: str | None = None  # how the headings are numbered ((一) / 1.): items numbered otherwise are beneath
    items: list[_Found] = []  # the numbered items under the heading read last
    for para in _paragraphs_from(doc, start):
        opening = _content_start(text, para.start)
        marker = ITEM_MARKER.match(text, opening, para.end)
        # (the line's end closes the heading: read up to the line break after the paragraph)
        aspect = ITEM_ASPECT.match(text, marker.end() if marker else opening, min(para.end + 1, len(text)))
        if aspect and not _CONTENT.search(text, aspect.end(), para.end):
            found.extend(_numbered_beneath(text, items))
            category, heading_kind, items = _group(aspect, "aspect"), _marker_kind(marker), []
            continue
        if aspect and marker and (inline := _numbered_inline(text, aspect.end(), para.end)):
            # (一)X方面。1.A；2.B。⏎(二)Y方面。1.C。: the heading and its numbered items on one line
            found.extend(_numbered_beneath(text, items))
            found.extend(_Found(s, e, category=_group(aspect, "aspect")) for s, e in inline)
            category, items = None, []
            continue
        if category is not None and marker and _marker_kind(marker) != heading_kind:
            # (一)X方面⏎1.A。⏎2.B。⏎(二)Y方面⏎3.C。: each numbered item's first statement, the heading its category
            s, e = _trim(text, marker.end(), _headline_end(text, marker.end(), para.end))
            items.append(_Found(s, e, category=category))
            continue
        found.extend(_numbered_beneath(text, items))
        items = []
        if category is None or marker:
            break
        parts = [_trim(text, s, e) for s, e in _cut(text, para.start, para.end, "；;。")]
        parts = _judged(text, [(s, e) for s, e in parts if e - s >= MIN_CLAUSE])
        said = [_is_problem(text, s, e) or SAID_OF_SOME.match(text, s, e) is not None for s, e in parts]
        if not parts or not said[0] or 2 * sum(said) < len(parts):
            break
        found.extend(_Found(s, e, category=category) for s, e in parts)
        category = None
    return found + _numbered_beneath(text, items)


# 1.A；2.B。: a number opening an item inside a paragraph, after the sentence or clause before it.
INLINE_NUMBER = re.compile(r"(?:(?<=[；;。，,\s])|^)\s*(?P<num>\d{1,2})[.．、](?!\d)", re.M)


def _numbered_inline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items a paragraph numbers 1. 2. … inline from ``start`` (its first number right there), each up to the
    next number, where the first and at least half of them read as a problem; none else."""
    numbers: list[re.Match[str]] = []
    for m in INLINE_NUMBER.finditer(text, _content_start(text, start), end):
        if (not numbers and m.start() > _content_start(text, start)) or int(m.group("num")) != len(numbers) + 1:
            break
        numbers.append(m)
    items = [_trim(text, m.end(), nxt.start() if nxt else end) for m, nxt in zip(numbers, [*numbers[1:], None])]
    said = [_states_problem(text, s, e) for s, e in items]
    return items if items and said[0] and 2 * sum(said) >= len(said) else []


DETAIL_LINES = 2  # how many paragraphs of detail a numbered heading of a problem may have beneath it


def _headings_over_details(doc: Document, start: int) -> list[tuple[int, int]]:
    """Numbered headings, each a line of its own that states a problem (no sentence's end in it), with a paragraph or
    two of detail beneath ((一)耕地保护责任落实不到位⏎部分乡镇违法占用耕地…。⏎(二)规划执行不严⏎…): the headings, numbered
    one after another, two or more where at least half read as a problem; a heading the page's end cuts is left out."""
    text = doc.text
    headings: list[tuple[int, int]] = []
    details = 0  # the paragraphs of detail under the last heading
    for para in _paragraphs_from(doc, start):
        opening = _content_start(text, para.start)
        marker = ITEM_MARKER.match(text, opening, para.end)
        if marker is not None and _follows(_group(marker, "num") or "", len(headings)):
            s, e = _trim(text, marker.end(), para.end)
            if (headings and details == 0) or e - s > LONGEST_HEADLINE_PROBLEM or _SENTENCE_OR_COLON.search(text, s, e) \
                    or not text.startswith("\n", para.end):  # (no line's end after it: the page cut it)
                break  # (a heading without detail before the next, or a statement, is another kind of list)
            headings.append((s, e))
            details = 0
            continue
        if not headings or marker is not None or details == DETAIL_LINES:
            break
        details += 1
    said = [_states_problem(text, s, e) for s, e in headings]
    return headings if len(headings) >= 2 and 2 * sum(said) >= len(said) else []


def _marker_kind(marker: re.Match[str] | None) -> str | None:
    """How an item's marker numbers it, its number left out ((一) and (二) alike, 1. and 2. alike, not (1))."""
    if marker is None:
        return None
    num = _group_span(marker, "num")
    if num is None:
        return marker.group().strip()
    written = marker.string[num[0]:num[1]]
    return marker.string[marker.start():num[0]].strip() + ("#" if written.isdigit() else "N") + marker.string[num[1]:marker.end()]


def _numbered_beneath(text: str, items: list[_Found]) -> list[_Found]:
    """The numbered items under one heading, where the first and at least half of them read as a problem (a
    heading's items of measures or of praise are no findings), a last one cut off by the page's end left out."""
    judged = items[:len(_judged(text, [(x.start, x.end) for x in items]))]
    said = [_states_problem(text, x.start, x.end) for x in judged]
    return judged if judged and said[0] and 2 * sum(said) >= len(judged) else []


def _problem_paragraphs(doc: Document, start: int) -> list[tuple[int, int]]:
    """Unnumbered or bulleted paragraphs after 存在以下问题：, each stating one problem in its first sentence
    (read so by its words or by those of its first clause: ● A不足，B低于平均水平), for as long as they
    read so; a line cut off by the page's end is left out."""
    return _problem_lines(doc.text, _lines(doc, start))


def _problem_lines(text: str, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Those of ``lines`` that each state one problem (see _problem_paragraphs), up to the first that does not or is
    numbered;
    or the run of lines opening with one bullet, whole, where at least half of them read as a problem (its
    bullet makes ● 党建工作与业务工作“两张皮” one of the list)."""
    lines, again = tee(lines)
    if len(run := _bullet_run(text, again)) >= 2 and 2 * sum(_is_problem(text, s, e) for s, e in run) >= len(run):
        return run
    items = []
    labelled = False  # (the line before was a unit's label alone: 【北京】⏎A；B。)
    for s, end in lines:
        if any(marker.match(text[s:end].lstrip()) for _, marker in SECTION_MARKERS):
            break  # (一、A⏎二、B: numbered, the numbered lines' to read, each with its wrapped lines)
        bullet = BULLET.match(text, s, end)
        label = UNIT_LABEL.match(text, bullet.end() if bullet else s, end)
        if label and label.end() == end and not labelled:
            labelled = True  # 【北京】⏎A；B；C。: the unit's problems on the line after its label
            continue
        if label or labelled:
            # 市教育局党组：A；B；C。⏎市体育局党组：D；E。: each unit's problems on its line, after its name
            if not (parts := _unit_line_problems(text, label.end() if label else s, end)):
                break
            items += parts
            labelled = False
            continue
        if PROBLEM_LIST.search(text, s, end):
            break  # (…还存在共性问题：一是A；二是B: a list of its own, which its trigger reads)
        if told := TEAM_TOLD_LINE.match(text, s, end):
            # 省委第一巡视组指出，省交通运输厅党组A；B；C。⏎省委第二巡视组指出，省水利厅党组D；E。: each team's line of its
            # unit's problems (the team no part of them)
            if not (parts := _unit_line_problems(text, told.end(), end)):
                break
            items += parts
            continue
        s, e = _trim(text, bullet.end() if bullet else s, _headline_end(text, s, end))
        if _cut_off(text, e) or NARRATIVE_ITEM.search(text[s:e]) or not _states_problem(text, s, e):
            break
        items.append((s, e))
    return items


def _unit_line_problems(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ；-parts of a unit's line of problems after its label (市教育局党组：A；B；C。), where at least half of them read
    as a problem, the first one among them: all of them (工业园区标准化厂房闲置率高 beside 惠企政策兑现不及时); none else
    (…；B。乙社区党委：C；D: the next unit's label inside the line, left out of its first problem)."""
    parts = [_trim(text, inner.end() if (inner := UNIT_LABEL.match(text, a, b)) else a, b) for a, b in _cut(text, start, end, "；;。")]
    parts = [(a, b) for a, b in parts if b - a >= MIN_CLAUSE and not _cut_off(text, b)]
    said = [_states_problem(text, a, b) for a, b in parts]
    return parts if parts and any(said[:2]) and 2 * sum(said) >= len(parts) else []


def _units_by_number(text: str, numbered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """1.县发展和改革局党组：A；B。⏎2.县工业和信息化局党组：C；D。: numbered paragraphs (each after its number) that all open
    with a unit's label are the units' lines of problems (_unit_line_problems), not one problem each; none else."""
    labels = [UNIT_LABEL.match(text, s, e) for s, e in numbered]
    if not all(labels):
        return []
    parts = [_unit_line_problems(text, label.end(), e) for label, (_, e) in zip(labels, numbered)]
    return [part for unit in parts for part in unit] if all(parts) else []


def _aspects_by_number(text: str, numbered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """一、贯彻落实决策部署方面。A；B；C。⏎二、Y方面。D。: numbered paragraphs (each after its number) that all open with the
    aspect they are of, closed by its full stop or colon: each its aspect and the sentence of problems after it (split by
    _item_issues, the aspect its category), two or more; none else (一是X方面。A。二是Y方面。B。 is one paragraph's series)."""
    aspects = [ITEM_ASPECT.match(text, s, e) for s, e in numbered]
    if len(numbered) < 2 or not all(a and (aspect := _group_span(a, "aspect")) and text[aspect[1]:a.end()].strip()[-1:] in ("。", ":", "：")
               for a in aspects):
        return []
    return [(s, _sentence_end(text, a.end(), e)) for a, (s, e) in zip(aspects, numbered)]


# 市教育局党组： opening a line of a unit's problems, in a list of the problems of each unit (东坪村党支部（9月9日上午）：
# with the day it was told in brackets; 石桥村： / 市图书馆： a unit without its party body; 北京： / 科技部： / 复旦大学： a
# place or a central body, in the press's digest of a round); or any unit or place in square brackets, on the line above
# its problems or opening theirs (【北京】 / 【科技部】).
# A line that opens with a team telling the unit it names its problems (省委第一巡视组指出，省交通运输厅党组…；…): the list
# after the team's 指出, the unit its first item's subject (as a 指出 list in running text reads it).
TEAM_TOLD_LINE = re.compile(r"[ \t\u3000]*[^\s,，。;；:：]{0,20}?(?:巡视|巡察)[一二三四五六七八九十\d]*组(?:还|也|同时)?(?:反馈)?(?:指出|认为)"
                            r"[,，:：][ \t\u3000]*")
UNIT_LABEL = re.compile(r"[ \t\u3000]*(?:(?:[^\s:：,，。;；、()（）]{2,30}?(?:党组|党委|党工委|党总支|党支部|部务会|村|社区|镇|乡|街道|局|院|校|馆"
                        r"|中心|公司|集团|省|市|县|区|州|旗|盟|[省市县区州旗盟]委|部|兵团|大学|银行)|" + "|".join(PROVINCES) + ")"
                        r"[ \t\u3000]*(?:[(（][^()（）\n]{1,24}[)）])?[ \t\u3000]*[:：]"
                        r"|【[^】\s:：,，。;；、]{2,16}】[ \t\u3000]*[:：]?)[ \t\u3000]*"
                        # (凉山州：省委第一巡视组反馈，A；B: the team that fed back, after the label)
                        r"(?:[^,，。;；:：\n]{2,24}?(?:巡视|巡察)组[^,，。;；:：\n]{0,12}?反馈(?:指出)?[,，:：][ \t\u3000]*)?")


def _bullet_run(text: str, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first statements of the lines that open with the same bullet, from the first line on, up to one that
    does not, tells of something (NARRATIVE_ITEM) or is cut off by the page's end."""
    run: list[tuple[int, int]] = []
    symbol = None
    for s, end in lines:
        bullet = BULLET.match(text, s, end)
        if bullet is None or symbol not in (None, bullet.group().strip()):
            break
        symbol = bullet.group().strip()
        s, e = _trim(text, bullet.end(), _headline_end(text, bullet.end(), end))
        if _cut_off(text, e) or NARRATIVE_ITEM.search(text, s, e):
            break
        run.append((s, e))
    return run


def _headline_end(text: str, start: int, end: int) -> int:
    """Where a marked item's first statement ends: its first 。 or ；, or, where that statement only names the
    aspect ((一)贯彻落实决策部署方面。A，B。), the first statement after it."""
    first = min(_sentence_end(text, start, end), *(i for i in (text.find("；", start, end), text.find(";", start, end)) if i >= 0), end)
    aspect = ITEM_ASPECT.match(text, _trim(text, start, end)[0], end)
    if aspect is not None and _aspect_problems(text, aspect.end(), _sentence_end(text, aspect.end(), end)):
        return _sentence_end(text, aspect.end(), end)  # (一)X方面：A；B。 the aspect's problems, one a ；-part
    if aspect is not None and aspect.end() > first and _CONTENT.search(text, aspect.end(), end):
        return _headline_end(text, aspect.end(), end)
    return first


REPORT_ASPECT = re.compile(r"(?P<aspect>[^:：；;。\n]{2,30}?方面)[:：]")  # （一）X方面：A；B；C as a report's heading


def _aspect_heading_parts(text: str, item: _Found) -> list[_Found]:
    """A report's problem heading that names its aspect and lists its problems after the colon ((一)贯彻落实党中央决策部署
    方面：A；B；C。 followed by 整改进展：…): one problem a ；-part, the aspect its category, what was done the first one's; the
    heading else."""
    aspect = REPORT_ASPECT.match(text, item.start, item.end)
    parts = _aspect_problems(text, aspect.end(), item.end) if aspect else []
    if not parts:
        return [item]
    return [_Found(s, e, aspect.group("aspect"), item.section if k == 0 else None, item.body if k == 0 else None)
            for k, (s, e) in enumerate(parts)]


def _aspect_problems(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ；-parts after an aspect's colon ((一)落实决策部署方面：A；B。), where there are two or more, the first and
    at least half of them read as a problem (the others are of the list whatever words they end with); none else."""
    parts = [_trim(text, s, e) for s, e in _cut(text, start, end, "；;")]
    problems = [_states_problem(text, s, e) for s, e in parts]
    return parts if len(parts) >= 2 and problems[0] and 2 * sum(problems) >= len(parts) else []


def _running_series(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """A marked series opening a list in running text (主要是：一是A。A的细节；…二是B。): each item whole, up to
    the next marker (an item marked 一是 is one problem however many sentences it takes), the last one
    up to its first 。 or ；; a series numbered from 一 again (提出三点意见：一是…) belongs to something else."""
    first = LIST_MARKER.match(text, start, limit)  # (right after the trigger, with or without a colon: 主要有一是A)
    if first is None or _number(_group(first, "num") or "") != 1:
        return []
    series = [_Marked(first.start(), first.end())]
    circled = (_group(first, "num") or "") in _CIRCLED
    for m in ITEM_MARKER.finditer(text, first.end(), limit):
        if not circled and (_group(m, "num") or "") in _CIRCLED:
            continue  # (一是X方面。①A；②B。二是…: an item's own items, numbered in circles)
        if _number(_group(m, "num") or "") == 1:
            break
        if _follows(_group(m, "num") or "", len(series)):
            series.append(_Marked(m.start(), m.end()))
    if len(series) < 2:
        return []
    return ([(it.start, nxt.marker) for it, nxt in zip(series, series[1:])]
            + [(series[-1].start, _headline_end(text, series[-1].start, limit))])


def _series_over_paragraphs(doc: Document, start: int, para: Block) -> list[tuple[int, int]]:
    """A series opened in running text whose next items open the paragraphs after (主要是：一是A，有的B；有的C。
    ⏎二是D。E。): each item up to its paragraph's first 。, the first whole (its 有的 clauses are one problem)."""
    text = doc.text
    first = LIST_MARKER.match(text, start, para.end)
    if first is None or _number(_group(first, "num") or "") != 1:
        return []
    items = [(first.end(), _sentence_end(text, first.end(), para.end))]
    for nxt in _paragraphs_from(doc, para.end):
        opening = _content_start(text, nxt.start)
        marker = ITEM_MARKER.match(text, opening, nxt.end)
        if marker is None or not _follows(_group(marker, "num") or "", len(items)):
            break
        items.append((marker.end(), _sentence_end(text, marker.end(), nxt.end)))
    return items if len(items) >= 2 else []


def _youde_sentences(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """A list of 有的 sentences (有的A。有的B。有的C。): one problem each, for as long as they open so."""
    items: list[tuple[int, int]] = []
    pos = start
    while pos < limit and text.startswith("有的", pos):
        end = _sentence_end(text, pos, limit)
        items.append((pos, end))
        pos = _content_start(text, end + 1)
    return items if len(items) >= 2 else []


# A plain trigger that adds to problems already read (巡察还发现， / 巡视组也指出，): its one sentence may be one problem.
ADDING_TRIGGER = re.compile(r"(?:还|也|同时)(?:发现|指出)")
SENTENCE_JOINER = re.compile(r"(?:此外|另外|同时|与此同时|还有|而且)[,，]\s*")  # opening a sentence that adds one more
EXISTS_WITH = re.compile(r"存在(?!的)")  # X存在Y问题 says what is wrong (not 存在的问题, what was found named as a whole)


def _problem_sentences(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Problems told one sentence each after who found them (巡察发现，A不够充分。B治理不彻底，C存在漏洞。D不到位。): each
    sentence one problem, for as long as each reads as one by its words or its first clause's and tells nothing else (no
    list of its own, no summary or topic of what was found: 找准了存在的突出问题 / 关于X的问题,…, though one that says X存在
    Y问题 states it); two or more, or none."""
    items: list[tuple[int, int]] = []
    pos = start
    while pos < limit:
        end = _sentence_end(text, pos, limit)
        s, e = _trim(text, pos, end)
        if items and (joined := SENTENCE_JOINER.match(text, s, e)):
            s = joined.end()  # (…单一。此外,A偏大。同时,B缓慢: the word joining the next problem to the one before)
        if e - s < MIN_CLAUSE or _cut(text, s, e, "；;")[1:] or not _states_problem(text, s, e) \
                or any(text.endswith("问题", *(t := _trim(text, *c))) and not EXISTS_WITH.search(text, *t)
                       for c in _cut(text, s, e, ",，")[:1] + [(s, e)]) \
                or NARRATIVE_ITEM.search(text, s, e) or LIST_CLOSED.search(text, s, end + 1) \
                or any(p.search(text, s, e) for p in (PROBLEM_LIST, PROBLEM_LIST_ANNOUNCED, PROBLEM_LIST_PLAIN)):
            break  # (党组还存在A、B、C等问题。: a list of its own, read as one)
        items.append((s, e))
        pos = _content_start(text, end + 1)
    return items if len(items) >= 2 else []


def _judged(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items a list is judged by: all but a last one cut off by the end of the page."""
    return items[:-1] if items and _cut_off(text, items[-1][1]) else items


def _aspect_sentences(text: str, start: int, limit: int) -> bool:
    """主要表现在：X方面，A；B。Y方面，C；D。: a list after its trigger's colon whose sentences each open with their aspect (the
    first and the next), read sentence by sentence (not X方面，A、B；Y方面，C, its aspects inside one sentence)."""
    if text[max(0, start - 1):start] not in (":", "：") or not ASPECT_OPENING_BARE.match(text, start, limit):
        return False
    end = _sentence_end(text, start, limit)
    return text[end:end + 1] in ("。", ".") and ASPECT_OPENING_BARE.match(text, end + 1, limit) is not None


def _aspect_lists(text: str, start: int, limit: int, openings: bool = False, bare: bool = False) -> list[_Found]:
    """Lists grouped under aspect sentences (在党的领导方面。A；B。在党的建设方面。C；D): each item with
    its aspect as category, for as long as the sentences are aspects or lists of problems. ``openings``: an aspect may
    open its sentence (在X方面，A，B。), whose problems, where they do not each read as one, are one problem if its first
    clause reads as one (在X方面，A不紧，B多、C少); ``bare``: also without 在 (_aspect_sentences)."""
    found: list[_Found] = []
    category: str | None = None
    pos = start
    while pos < limit:
        header = ASPECT_HEADER.match(text, pos, limit) or (ASPECT_OPENING.match(text, pos, limit) if openings else None) or (
            ASPECT_OPENING_BARE.match(text, pos, limit) if bare else None)
        if header:
            category, pos = _group(header, "aspect"), header.end()
            continue
        end = _sentence_end(text, pos, limit)
        items = [(s, e) for s, e in (_trim(text, s, e) for s, e in _split_list(text, pos, end, strong=True))
                 if e - s >= MIN_CLAUSE]
        judged = _judged(text, items)
        # (有的A；有的B: a 有的-clause under an aspect is a problem whatever its last words; 有的A；在Y方面，有的B: the next
        # aspect named inside the sentence)
        # (在X方面，A不够，B低于平均水平；在Y方面，C缓慢，D缺位: an aspect's problem read by its first clause too)
        # (在X方面，存在A、B等问题；在Y方面，存在C等问题: an item opening with 存在 is a list of problems, split by _item_issues)
        each = all(_states_problem(text, a.start, a.end) or text.startswith("有的", a.start) or ITEM_EXISTS.match(text, a.start, a.end)
                   for a in (_aspect(text, s, e) for s, e in judged))
        if openings and category and judged and not each and _states_problem(text, *_trim(text, pos, end)):
            items, each = [_trim(text, pos, end)], True
        if category is None or not judged or not each:
            break
        for s, e in items:
            found.extend(_item_issues(text, s, e, category))
        pos = end + 1
    return found


def _item_issues(text: str, start: int, end: int, category: str | None) -> list[_Found]:
    """The problems of one list item: itself, without the aspect it names first (its category), or, when it opens with
    存在 (Y方面，主要存在A、B的情况) or closes with 的问题 (A、B、C的问题), each problem of its 、-list (of its ，-list where
    each part reads as one)."""
    item = _aspect(text, start, end)
    category = item.category or category
    # (一)X方面：A；B / (一)X方面。A；B — each ；-part; 一是在X方面，A；B is one problem, as every item a marker opens
    closed = text[max(0, item.start - 4):item.start].rstrip().rstrip(_CIRCLED)[-1:] in (":", "：", "。")
    if item.category and closed and (parts := _aspect_problems(text, item.start, item.end)):
        return [_Found(s, e, category=category) for s, e in parts]
    # 一是A不到位的问题；二是… / 存在A不规范的问题，存在B… / 一是A有偏差，B的问题: the problem is what comes before
    # 的问题, when it (or one of its clauses) reads as one
    tailed = text.endswith(OWN_TAIL, item.start, item.end) and any(
        _is_problem(text, s, e) for s, e in _cut(text, item.start, item.end - len(OWN_TAIL), ",，"))
    if tailed:
        item.end -= len(OWN_TAIL)
    # (an item its marker opens, 一是A,B的问题, is one problem however many it names)
    marked = any(m.end() == start for m in LIST_MARKER.finditer(text, max(0, start - MARKER_REACH), start))
    if not marked and item.category and text.startswith("有的", item.start) and _YOUDE.search(text, item.start, item.end):
        # 在X方面，有的A，B，有的C；在Y方面，…: an aspect's 有的 clauses, a problem each
        return [_Found(*_trim(text, s, e), category=category) for s, e in _split_youde(text, [(item.start, item.end)])]
    quoted = _NAMED_QUOTE.fullmatch(text, item.start, item.end)
    # 岚川“A”；云岭“B”: what each one was told, in quotes (not a problem's last words: 业务工作“两张皮”, nor a topic's
    # state: 党建工作“上热中温下冷”)
    if quoted and quoted.end(1) - quoted.start(1) > max(MIN_CLAUSE - 1, quoted.start(1) - item.start) \
            and not _TOPIC_END.search(text, item.start, quoted.start(1) - 1):
        return [_Found(*_trim(text, *quoted.span(1)), category=category)]
    opening = ITEM_EXISTS.match(text, item.start, item.end) or (None if marked else ITEM_EXISTS_KINDS.match(text, item.start, item.end))
    # (巡察指出，甲村党支部存在A、B等问题；乙村党支部存在C…: the first item read from after the 存在 its trigger took)
    after_exists = opening is None and not marked and text.endswith(("存在", "存在着"), 0, item.start)
    if opening is None and not after_exists and (marked or not tailed):
        listed = (_clauses(text, _cut(text, item.start, item.end, "、"), item.end)
                  if item.category and not marked and not _COMMA.search(text, item.start, item.end) else [])
        if len(listed) > 1 and all(_is_problem(text, s, e) for s, e in listed):
            # X方面，A不够有力、B存在薄弱环节；Y方面，…: an aspect's problems parted by 、, each a whole one (no comma in
            # the item: 在X方面，A盲目扩张、B失控，C亏损 is one)
            return [_Found(*_trim(text, s, e), category=category) for s, e in listed]
        return [_Found(item.start, item.end, category)]
    # (…但存在A、B、C的问题；乙党组存在D,E,F的问题: what 存在 or 的问题 frames is a list, parted by 、 or, where every
    # part reads as a problem, by commas)
    begin = opening.end() if opening else item.start
    pieces = _clauses(text, _cut(text, begin, item.end, "、"), item.end)
    commas = _cut(text, begin, item.end, ",，")
    if len(pieces) == 1 < len(commas) and not marked and not after_exists and all(_is_problem(text, s, e) for s, e in commas):
        pieces = commas
    if opening is None and not (len(pieces) > 1 and (after_exists or all(_is_problem(text, s, e) for s, e in pieces))):
        return [_Found(item.start, item.end, category)]
    return [_Found(*_trim(text, s, e), category=category) for s, e in pieces]


def _aspect(text: str, start: int, end: int) -> _Found:
    """An item without the aspect it names first (政治建设方面，理论学习不深入), which is its category."""
    m = ITEM_ASPECT.match(text, start, end)
    if m is None or end - m.end() < MIN_CLAUSE:
        return _Found(start, end)
    return _Found(*_trim(text, m.end(), end), category=_group(m, "aspect"))




def _cut_off(text: str, end: int) -> bool:
    """Whether a statement ending at ``end`` runs into the end of a page cut short (most stored pages
    are the first ≈ 2,000 bytes and stop mid-sentence): its last words may be missing, so it is left out.

    The last line of a list of bare lines (● A⏎● B⏎● C, no item closed by punctuation) is whole when it reads
    to its end as a problem does (…不及时, 违规…): its list never closes its lines, so its end says nothing."""
    if _CONTENT.search(text, end) or text.rstrip().endswith(tuple(WHOLE_TEXT_END + "；;")):
        return False  # (an item its ；closes is whole where the page ends right after it)
    line = _content_start(text, text.rfind("\n", 0, end) + 1)
    above = text[:line].rstrip()
    previous = _content_start(text, above.rfind("\n") + 1)
    marker = _line_marker(text, line, end)
    return not (marker is not None and above and above[-1] not in WHOLE_TEXT_END + "；;，,：:"
                and _line_marker(text, previous, len(above)) is not None and _is_problem(text, marker, end))


def _line_marker(text: str, start: int, end: int) -> int | None:
    """Where a line opening with a bullet or an item's marker (● / 1、 / 一是) has its content, or None."""
    opening = BULLET.match(text, start, end) or LIST_MARKER.match(text, start, end)
    return opening.end() if opening else None


# ---------------------------------------------------------------- rectification reports


def _heading(doc: Document, sec: Section) -> tuple[int, int, int]:
    """A section's heading span (no marker, no final 。) and where its body starts.

    The heading is the marker's first sentence even when the whole line is short
    (``1.X不到位。一是…``), and stops where ``整改情况：`` begins.
    """
    text = doc.text
    start = _content_start(text, sec.start)
    start = _content_start(text, start + len(sec.marker) if text.startswith(sec.marker, start) else start)
    para = _paragraph_at(doc, start)
    line_end = para.end if para else sec.body_start
    end = _sentence_end(text, start, line_end)
    tail = _HEADING_TAIL.search(text, start, end)
    if tail:
        end = tail.start()
    if sec.marker.isdigit() and (gap := CELL_GAP.search(text, start, end)):
        end = gap.start()  # 1 X不规范 制定…办法 已完成: a row of a table flattened to a line, its problem the first cell
    body_start = end if end < line_end else sec.body_start
    status = STATUS_TAIL.search(text, start, end)
    if status:
        end = status.start()
    s, e = _trim(text, start, end)
    return s, e, body_start


def _ancestors(doc: Document, index: int) -> Iterator[int]:
    """Indices of the sections enclosing section ``index``, innermost first."""
    parent = doc.sections[index].parent
    while parent is not None:
        yield parent
        parent = doc.sections[parent].parent


def _problem_span(doc: Document, index: int, found_under_aspect: bool) -> tuple[int, int] | None:
    """The problem a section's heading names, if it names one (针对“X”问题 gives X); or the heading of an aspect over what
    was found beneath it (``found_under_aspect``, _found_under_aspect's)."""
    sec = doc.sections[index]
    start, end, body_start = _heading(doc, sec)
    heading = doc.text[start:end]
    # (or opens with it and goes on with what was done: 1.针对“X”问题，县委制定…)
    targeted = TARGETED_ISSUE.match(heading) or LABELLED_ISSUE.match(heading)
    if targeted:
        x = _group_span(targeted, "x")
        if x:
            return _trim(doc.text, start + x[0], start + x[1])
    if found_under_aspect:
        return start, end  # (（一）在X方面。巡视指出：A，B。整改情况：…: the aspect over what the inspection found, section_issues)
    # The body may start at the heading's closing 。 (1.X。\n整改情况：…).
    body = doc.text[body_start:sec.end].lstrip(_TRIM)
    # (1.A不到位，部分B。(已完成整改): a heading of clauses whose first reads as a problem names one too)
    if RECTIFICATION_BODY.match(body) or ((PROBLEM_END.search(heading) or _states_problem(doc.text, start, end))
                                          and not AIM_CLAUSE.search(heading)):
        return start, end
    return None


def section_issues(doc: Document) -> list[_Found]:
    """Numbered items that name a problem (a rectification report's, a detailed feedback's), with their heading."""
    candidates: dict[int, tuple[int, int]] = {}
    under_aspect: dict[int, tuple[int, int] | None] = {}  # what was found under each section's aspect (read once)
    for i in range(len(doc.sections)):
        if any(EXCLUDED_HEADING.search(doc.sections[a].heading) for a in (i, *_ancestors(doc, i))):
            continue
        under_aspect[i] = _found_under_aspect(doc, i)
        span = _problem_span(doc, i, under_aspect[i] is not None)
        if span and span[1] > span[0]:
            candidates[i] = span
    _complete_lists(doc, candidates)
    # A problem heading with problem items under it is their category, not an issue itself; so is a
    # heading made of report words only (巡视反馈问题).
    groups = {a for i in candidates for a in _ancestors(doc, i)}
    items = []
    for i, (start, end) in candidates.items():
        if i in groups or STRUCTURAL_HEADING.fullmatch(doc.text[start:end]):
            continue
        parent = doc.sections[i].parent
        category = None
        if parent is not None and not STRUCTURAL_HEADING.fullmatch(doc.sections[parent].heading):
            category = doc.sections[parent].heading
        heading_start, heading_end, body_start = _heading(doc, doc.sections[i])
        body = body_start + len(doc.text[body_start:doc.sections[i].end]) - len(doc.text[body_start:doc.sections[i].end].lstrip())
        listed = _listed_under(doc.text, body, doc.sections[i].end)
        # (a heading that quotes the one problem it answers takes a strict majority: （一）关于“X”问题的整改。一是…重大问题。二是…)
        quoted = QUOTED_PROBLEM_HEADING.match(doc.text, heading_start, heading_end) is not None \
            and not _found_said(doc.text, body, doc.sections[i].end)  # (…的问题。巡察指出，A；B: found)
        # (an item that acts on problems is a measure: 2.…，集中纠治形式主义、官僚主义问题)
        spans = [_trim(doc.text, a, b) for a, b in listed]
        problems = sum(_is_problem(doc.text, a, b) and not AIM_CLAUSE.search(doc.text[a:b]) for a, b in spans)
        if len(listed) > 1 and (2 * problems > len(listed) if quoted else 2 * problems >= len(listed)):
            # (（一）关于党的领导方面存在的问题 ⏎ 一是A；二是B。⏎ 整改情况:…: the heading of an aspect, or of a kind of
            # problem (（二）关于落实主体责任不到位的问题。主要表现为：A、B等。), is the category of the problems its paragraph
            # lists (most of them reading as problems, not as measures), whose measures the paragraph after gives together)
            items += [_Found(a, b, doc.text[start:end].removesuffix("存在"), i) for a, b in spans]
            continue
        if found := under_aspect[i] if i in under_aspect else _found_under_aspect(doc, i):
            # (（一）在X方面。巡视指出：A，B。整改情况：…: what the inspection found, as it is written, under its aspect)
            parts = _cut(doc.text, *found, "；;")
            # (a problem alone there has the measures after it: （一）X方面⏎A。整改情况：一是…二是…)
            para = _paragraph_at(doc, found[0])
            body = (found[1], min(para.end, doc.sections[i].end) if para else doc.sections[i].end) if len(parts) == 1 else None
            items += [_Found(*_trim(doc.text, a, b), doc.text[start:end], i, body) for a, b in parts]
            continue
        items.append(_Found(start, end, category, i, (body_start, doc.sections[i].end)))
    return items


def _found_under_aspect(doc: Document, index: int) -> tuple[int, int] | None:
    """（一）在X方面。巡视指出：A，B。整改情况：…: the sentence of what the inspection found, opening the paragraph of a section
    whose heading is an aspect, where it is no list of its own (存在A、B等问题, which the lists' rules read)."""
    sec = doc.sections[index]
    start, end, body_start = _heading(doc, sec)
    if not ASPECT_HEADING.search(doc.text, start, end):
        return None
    said = _found_said(doc.text, body_start, sec.end)
    opening = said.end() if said else LISTED_AFTER.match(doc.text, body_start, sec.end).end()
    para = _paragraph_at(doc, opening)  # (its line: A⏎整改情况：… with no full stop after A)
    found_end = _sentence_end(doc.text, opening, min(sec.end, para.end) if para else sec.end)
    if LISTED_KINDS_TAIL.search(doc.text, opening, found_end):
        return None
    if said:
        return opening, found_end
    # (一、X方面。A；B；C。 with no one said to have found them: its ；-parts problems, or its one sentence one; not the
    # heading over numbered problems, （一）X方面⏎问题1.A, nor a sentence the page's end cuts)
    # (nor the first of the items marked beneath it, 一是A。⏎整改情况：…⏎二是B。, where 一是A；二是B。 is a list; nor the
    # first of its paragraphs of problems, A⏎整改情况：…⏎B⏎整改情况：…)
    if any(x.parent == index for x in doc.sections) or NUMBERED_PROBLEM.match(doc.text, opening, found_end) \
            or found_end - opening < MIN_CLAUSE or _cut_off(doc.text, found_end) \
            or any(_states_problem(doc.text, *_trim(doc.text, p.start, _sentence_end(doc.text, p.start, p.end)))
                   and not RECTIFICATION_BODY.match(doc.text, _content_start(doc.text, p.start))
                   for p in _paragraphs_from(doc, para.end if para else found_end) if p.start < sec.end):
        return None
    if _aspect_problems(doc.text, opening, found_end):
        return opening, found_end
    return None if LIST_MARKER.match(doc.text, opening, found_end) \
        or not _states_problem(doc.text, *_trim(doc.text, opening, found_end)) else (opening, found_end)


NUMBERED_PROBLEM = re.compile(r"问题\s*\d{1,2}\s*[.．、:：]|" + LABELLED_ISSUE.pattern)  # (问题1.A: the first of its own items)
ASPECT_HEADING = re.compile(r"(?:方面|领域|层面)[。.:：]?$")  # (一）在贯彻落实党中央决策部署方面。
LISTED_KINDS_TAIL = re.compile(r"等[^。，,；;、]{0,8}?问题|[“\"「][^”\"」]{2,40}[”\"」][“\"「]")  # (存在A、B等问题; “A”“B”)
# （一）关于“X，Y”问题的整改: a heading that quotes the one problem it answers (its paragraph's 一是… its measures, unless
# most of them read as problems: （一）关于“X”的问题。巡察指出，A；B).
QUOTED_PROBLEM_HEADING = re.compile(r"(?:针对|关于|对于|就|对照)[“\"「『][^”\"」』]{4,200}[”\"」』](?:的)?(?:问题|方面问题)?")
LISTED_AFTER = re.compile(r"[。.:：]?\s*")  # the heading's full stop or colon
FOUND_SAID = re.compile(r"(?:巡视|巡察)(?:组)?(?:指出|发现)[,，:：]\s*")  # who found them, before the list


def _found_said(text: str, body: int, end: int) -> re.Match[str] | None:
    """Who found what a heading's paragraph gives, opening it after the heading's full stop or colon (…的问题。巡察指出，)."""
    return FOUND_SAID.match(text, LISTED_AFTER.match(text, body, end).end(), end)
# What opens the list of problems under a heading, before the list (主要表现为：A、B、C等 / 具体是： / 主要是A、B).
LISTED_AS = re.compile(r"\s*(?:主要|具体|突出)?(?:表现|体现)(?:为|在)[:：]?|\s*(?:主要|具体)(?:是|有)[:：]?")


def _listed_under(text: str, body: int, end: int) -> list[tuple[int, int]]:
    """The problems a heading's paragraph lists first, before what was done about them: a marked series (一是A；二是B),
    the items after 主要表现为： up to its sentence's end, or 有的 clauses (有的A，有的B); after the heading's own full stop
    and who found them (巡察指出，A；B, a list of its own)."""
    said = _found_said(text, body, end)  # (（一）关于X的问题。巡察指出，A；B。整改情况：…)
    body = said.end() if said else LISTED_AFTER.match(text, body, end).end()
    if series := _running_series(text, body, end):
        return series
    if lead := LISTED_AS.match(text, body, end):
        return _split_list(text, lead.end(), _sentence_end(text, lead.end(), end), strong=True)
    if text.startswith("有的", body):
        return _youde_clauses(text, body, _sentence_end(text, body, end))
    return _split_list(text, body, _sentence_end(text, body, end), strong=True) if said else []


def _complete_lists(doc: Document, candidates: dict[int, tuple[int, int]]) -> None:
    """Items of one list are of one kind: where at least half the items under a heading name a
    problem, the others do too, whatever words they end with (理论学习与业务工作结合不紧密),
    unless they state an aim or have items of their own."""
    siblings: dict[int | None, list[int]] = {}
    for i, sec in enumerate(doc.sections):
        siblings.setdefault(sec.parent, []).append(i)
    parents = {sec.parent for sec in doc.sections}
    rows = _problem_table_rows(doc.text)
    for parent, items in siblings.items():
        found = [i for i in items if i in candidates]
        if not found or 2 * len(found) < len(items):
            continue
        if parent is None:  # (the rows of a table under its 反馈问题 column are one list, numbered at the top level)
            items = [i for i in items if _line_start(doc.text, doc.sections[i].start) in rows]
            if not any(i in candidates for i in items):
                continue
        for i in items:
            if i in candidates or i in parents:
                continue
            if any(EXCLUDED_HEADING.search(doc.sections[a].heading) for a in (i, *_ancestors(doc, i))):
                continue
            start, end, _ = _heading(doc, doc.sections[i])
            if end > start and not AIM_CLAUSE.search(doc.text[start:end]):
                candidates[i] = (start, end)


def _problem_table_rows(text: str) -> set[int]:
    """Where the rows of the text's tables of problems (序号 反馈问题 整改措施 …) start."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return {starts[k] for first, last in problem_table_lines(lines) for k in range(first + 1, last)}


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    return text.rfind("\n", 0, pos) + 1


def labelled_issues(doc: Document) -> list[_Found]:
    """Paragraphs labelled 问题N：X (or opening 针对“X”问题，…), each up to the next label or heading,
    with the heading they sit under."""
    text = doc.text
    section_starts = sorted(sec.start for sec in doc.sections)
    headings = set(section_starts)
    labelled: list[tuple[int, Block, re.Match[str]]] = []
    for para in doc.paragraphs:
        start = _content_start(text, para.start)
        if bullet := BULLET.match(text, start, para.end):
            start = bullet.end()  # (1️⃣ 问题:X / ◆ 问题:X: a card's bulleted label)
        m = LABELLED_ISSUE.match(text, start)
        if m and para.start not in headings:
            labelled.append((para.start, para, m))
        # A report flattened to one paragraph numbers its items inline: … 1.关于“X”问题的整改 一是…
        for inline in INLINE_ITEM.finditer(text, start + 1, para.end):
            m = LABELLED_ISSUE.match(text, inline.end())
            quoted = _group_span(m, "x") if m else None
            if quoted and _is_problem(text, *quoted):  # (not 针对“四风”问题，开展专项整治: a kind named)
                labelled.append((inline.start(), para, m))
        # … and a unit's answer to a problem it names, mid-paragraph: X针对Y问题，一是…二是… (up to the sentence's end)
        for measured in chain(MEASURED_ISSUE.finditer(text, start, para.end), NAMED_ISSUE.finditer(text, start, para.end)):
            if _is_problem(text, *_group_span(measured, "x")):
                labelled.append((measured.start(), para, measured))
    # (其一,针对X的问题,… is a paragraph's label and a problem named mid-paragraph at once: one problem)
    once: dict[tuple[int, int], tuple[int, Block, re.Match[str]]] = {}
    for position, para, m in labelled:
        once.setdefault(_group_span(m, "x") or (position, m.end()), (position, para, m))
    labelled = sorted(once.values(), key=lambda item: item[0])
    items = []
    for k, (position, para, m) in enumerate(labelled):
        quoted = _group_span(m, "x")
        # 问题1：X。 states X up to its sentence end (反馈问题：X；整改情况：… up to its measures' label); 针对“X”问题，… quotes
        # it, the rest is the body.
        start, end = quoted if quoted else (m.end(), _sentence_end(text, m.end(), para.end))
        if not quoted and (measures := MEASURES_LABEL.search(text, start, end)):
            end = measures.start()
        limit = labelled[k + 1][0] if k + 1 < len(labelled) else len(text)
        if m.re in (MEASURED_ISSUE, NAMED_ISSUE):
            limit = min(limit, _sentence_end(text, m.end(), para.end))
        i = bisect.bisect_right(section_starts, position)
        if i < len(section_starts):
            limit = min(limit, section_starts[i])
        sentence = doc.sentence_at(start)
        index = sentence.section if sentence else None
        enclosing = (index, *_ancestors(doc, index)) if index is not None else ()
        if any(EXCLUDED_HEADING.search(doc.sections[a].heading) for a in enclosing):
            continue
        category = doc.sections[index].heading if index is not None else None
        if category is not None and STRUCTURAL_HEADING.fullmatch(category):
            category = None
        s, e = _trim(text, start, end)
        parts = _named_list(text, s, e, end) if m.re is NAMED_ISSUE else [(s, e)]
        if not quoted and (marker := LIST_MARKER.match(text, s, e)) and _number(_group(marker, "num") or "") == 1:
            parts = [_trim(text, a, b) for a, b in _running_series(text, s, e)] or parts  # 问题：一是A；二是B。: each
        for s, e in parts:
            if e > s:
                items.append(_Found(s, e, category, None, (m.end() if quoted else end, limit)))
    return items


def _named_list(text: str, start: int, end: int, named_end: int) -> list[tuple[int, int]]:
    """针对巡察反馈的A、B等问题，…: the problems a list closed by 等 names, one each where every one reads as a problem;
    the one named else (a 、 inside one problem: 物资采购、工程分包等领域风险突出)."""
    parts = [_trim(text, s, e) for s, e in _cut(text, start, end, "、")]
    if end < named_end and text.startswith("等", end) and len(parts) >= 2 and all(_is_problem(text, s, e) for s, e in parts):
        return parts
    return [(start, end)]


LONGEST_HEADLINE_PROBLEM = 60  # the longest line an unnumbered problem heading takes
_SENTENCE_OR_COLON = re.compile(r"[。！？!?；;:：]")  # what such a heading, a line of its own, never holds


def _headline_problems(doc: Document) -> list[_Found]:
    """Lines that each state a problem and head the paragraph of what was done about it (生态环境保护责任落实不到位⏎
    针对这一问题,盟委制定…。): a line without a sentence's end that reads as a problem (by its end or its first
    clause's), under which a longer paragraph of sentences stands; two or more such, or none."""
    text, paragraphs = doc.text, doc.paragraphs
    found = []
    for para, body in zip(paragraphs, paragraphs[1:]):
        s, e = _trim(text, para.start, para.end)
        if (0 < e - s <= LONGEST_HEADLINE_PROBLEM and not _SENTENCE_OR_COLON.search(text, s, e)
                and _states_problem(text, s, e)
                and body.end - body.start > e - s and _STOP.search(text, body.start, body.end)):
            found.append(_Found(s, e))
    return found if len(found) >= MIN_REPORTED_ITEMS else []


def _problem_paragraph_series(doc: Document) -> list[_Found]:
    """二、主要问题及整改情况⏎一是A。整改情况：…⏎二是B。整改情况：…: a report's problems a paragraph each, opening with their
    markers, after a paragraph that names them as problems: each item up to its first 。, most reading as problems."""
    text = doc.text
    for before, para in zip(doc.paragraphs, doc.paragraphs[1:]):
        if "问题" not in text[before.start:before.end]:
            continue
        items = [_trim(text, s, e) for s, e in _series_over_paragraphs(doc, _content_start(text, para.start), para)]
        if items and 2 * sum(_states_problem(text, s, e) for s, e in items) >= len(items):
            return [_Found(s, e) for s, e in items]
    return []


def _body_paragraph(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The first paragraph of a body (the rest of the heading's paragraph, or the next one)."""
    i = max(bisect.bisect_right(doc.paragraphs, start, key=lambda p: p.start) - 1, 0)
    for para in doc.paragraphs[i:]:
        if para.start >= end:
            break
        s = max(para.start, start)
        if para.end > s and doc.text[s:para.end].strip(_TRIM):
            return s, para.end
    return None


def _status_cut(text: str, start: int, end: int) -> int:
    """``end`` moved before a status note closing a measure (…开展专题轮训 已完成)."""
    tail = STATUS_TAIL.search(text, start, end)
    return tail.start() if tail else end


def _children(doc: Document) -> dict[int, list[Section]]:
    """Section index → the sections directly under it, in order."""
    children: dict[int, list[Section]] = {}
    for sec in doc.sections:
        if sec.parent is not None:
            children.setdefault(sec.parent, []).append(sec)
    return children


def measures(doc: Document, item: _Found, children: list[Section]) -> list[tuple[int, int]]:
    """The rectification measures under one item: each 一是…, else each sub-item (``children``: the
    sections under the item's), else the body paragraph."""
    if item.body is None:
        return []
    text = doc.text
    body_start, body_end = item.body
    lead = RECTIFICATION_BODY.match(text, body_start, body_end)
    if lead:
        body_start = lead.end()
    series = _series(MEASURE_MARKER, text, body_start, body_end)
    if series:
        spans = [(it.start, nxt.marker) for it, nxt in zip(series, series[1:])]
        last = series[-1].start
        para = _paragraph_at(doc, last)
        spans.append((last, min(para.end, body_end) if para else body_end))
        return [_trim(text, s, _status_cut(text, s, e)) for s, e in spans]
    if children:
        return [_trim(text, c.start + len(c.marker), c.end) for c in children]
    body = _body_paragraph(doc, *item.body)
    if body is None:
        return []
    s, e = body
    lead = RECTIFICATION_BODY.match(text, s, e)
    return [_trim(text, lead.end() if lead else s, e)]


# ---------------------------------------------------------------- tables of problems


# The column of a table of problems that gives what was done about it (一是…；二是… in the cell: its measures).
MEASURES_HEAD_CELL = re.compile(r"(?:整改|主要)?(?:措施|举措)")
LONGEST_PROBLEM_CELL = 100  # a problem's cell is a statement, not a paragraph


def _table_problems(doc: Document) -> list[_Found]:
    """Each row's problem in a table of problems written a row a line, its cells parted by spaces (问题 整改措施 责任单位
    完成情况, as normalising leaves a table flattened with tabs, bars or one cell a line): the cell under the problem
    column, its category the cell under a category column, its measures the series (一是…；二是…) of the cell under a
    measures column; a table gives its problems where at least half of them read as problems, else none."""
    text = doc.text
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    out: list[_Found] = []
    for first, last in problem_table_lines(lines):
        heads = lines[first].split(" ")
        column = next(k for k, head in enumerate(heads) if PROBLEM_HEAD_CELL.fullmatch(head))
        kind = next((k for k, head in enumerate(heads) if CATEGORY_HEAD_CELL.fullmatch(head)), None)
        done = next((k for k, head in enumerate(heads) if MEASURES_HEAD_CELL.fullmatch(head)), None)
        problems: list[_Found] = []
        category = ""  # the category's cell of the last row that writes it
        for k in range(first + 1, last):
            cells = lines[k].split(" ")
            cell = list(accumulate((len(c) + 1 for c in cells[:-1]), initial=starts[k]))  # where each cell starts
            if merged_category(heads, cells):
                cells, cell = [category, *cells], [starts[k], *cell]  # (its category the row's above, merged over it)
            category = cells[kind] if kind is not None else category
            if len(cells[column]) > LONGEST_PROBLEM_CELL:
                break
            body = (cell[done], cell[done] + len(cells[done])) if done is not None else None
            problems += [_Found(*part, cells[kind] if kind is not None else None, None,
                                body if body and _series(MEASURE_MARKER, text, *body) else None)
                         for part in _cell_problems(text, cell[column], cell[column] + len(cells[column]))]
        if problems and 2 * sum(_states_problem(text, x.start, x.end) for x in problems) >= len(problems):
            out.extend(problems)
    return out


def _cell_problems(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A table's problem cell: its ；-parts where it holds several that each read as a problem (落实…有差距;学科建设统筹
    不够;…: a digest's row of a unit's problems), else the cell whole."""
    parts = [_trim(text, a, b) for a, b in _cut(text, start, end, "；;")]
    if len(parts) > 1 and all(_states_problem(text, *p) for p in parts):
        return parts
    return [_trim(text, start, end)]


# ---------------------------------------------------------------- recommendations


# A pledge in reply (…表示，坚决…) is not the team's recommendation, whatever it announces.
_PLEDGE = re.compile(r"表示|表态")


def recommendations(doc: Document) -> list[tuple[int, int]]:
    """Headlines of the items after 提出N点意见建议 (text up to each item's first 。)."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    triggers = list(RECOMMENDATION_TRIGGER.finditer(text))
    pledges = [x.start() for x in _PLEDGE.finditer(text)]
    for k, m in enumerate(triggers):
        sentence = doc.sentence_at(m.start())
        if sentence:
            i = bisect.bisect_left(pledges, sentence.start)
            if i < len(pledges) and pledges[i] + 2 <= m.start():
                continue  # 表示/表态 before it: a pledge in reply, not the team's recommendations
        wanted = _number(_group(m, "n") or "")
        para = _paragraph_at(doc, m.start())
        if para is None:
            continue
        # The items run on in paragraphs that open with the next marker; with a stated number, on
        # until that many are found (an item may take several paragraphs); never past the next
        # announcement (in a text without 。 every one would read all the rest again).
        limit = triggers[k + 1].start() if k + 1 < len(triggers) else len(text)
        end = para.end
        for i, nxt in enumerate(_paragraphs_from(doc, para.end)):
            if nxt.start >= limit:
                break
            opens = RECOMMENDATION_MARKER.match(text, _content_start(text, nxt.start))
            short = wanted and i < 2 * wanted and len(_series(RECOMMENDATION_MARKER, text, m.end(), end)) < wanted
            if not (opens or short):
                break
            end = nxt.end
        end = min(end, limit)
        series = _series(RECOMMENDATION_MARKER, text, m.end(), end)
        if wanted:
            series = series[:wanted]
        # An item's headline ends at its first 。, or where the next item starts (一是A；二是B。).
        stops = [nxt.marker for nxt in series[1:]] + [end]
        for it, nxt in zip(series, stops):
            spans.append(_trim(text, it.start, _sentence_end(text, it.start, nxt)))
        if not series:
            spans += _clause_recommendations(text, m.end(), _sentence_end(text, m.end(), min(para.end, limit)))
    return spans


def _clause_recommendations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An unnumbered list (要A；要B；要C): each ；-clause after its 要, when two or more all open so."""
    pieces = [_trim(text, s, e) for s, e in _cut(text, start, end, "；;")]
    opened = [RECOMMENDATION_CLAUSE.match(text, s, e) for s, e in pieces]
    if len(pieces) < 2 or not all(opened):
        return []
    return [_trim(text, o.end(), e) for (_, e), o in zip(pieces, opened)]


# ---------------------------------------------------------------- counts and status


def _unit(m: re.Match[str]) -> str:
    """The measure word (个/条/项/件) that follows the number of a count."""
    number = _UNIT.search(m.group())
    return number.group(1) if number else ""


# The count of every problem fed back, which no item's body states of itself (巡察组反馈的9个问题 / 反馈的4个方面9个问题).
WHOLE_COUNT = re.compile(r"反馈的?(?:[\d一二三四五六七八九十]+个方面)?[\d一二三四五六七八九十百]+个问题|反馈问题[\d一二三四五六七八九十百]+个")


def issue_counts(doc: Document, inside: list[tuple[int, int]], own_sentence: bool = False,
                 round_total: bool = False) -> dict[str, tuple[int, int]]:
    """Stated counts of problems (reported / rectified / ongoing) → (value, offset), outside the items;
    with ``own_sentence``, only in sentences that name the inspection (巡视/巡察) they count for, or go on from one
    that does in its paragraph (…三批共反馈问题367个。截至12月底,已整改341个); with ``round_total``, only in those
    that sum up the round (本轮巡察共…反馈问题370个)."""
    text = doc.text
    found: dict[str, tuple[int, int]] = {}
    inside = sorted(inside)
    named_at: int | None = None  # the paragraph start of the last sentence that named the inspection
    for sentence in doc.sentences:
        i = bisect.bisect_right(inside, (sentence.start, len(text) + 1)) - 1
        chunk = text[sentence.start:sentence.end]
        if i >= 0 and inside[i][0] <= sentence.start < inside[i][1] and not WHOLE_COUNT.search(chunk):
            continue  # (截至目前,巡察组反馈的9个问题,已完成整改7个 after the last item: the whole report's, not the item's)
        counts_in = any(u in chunk for u in COUNT_UNITS)  # every count pattern counts in 个, 条 or 项
        if own_sentence:
            names_it = _INSPECTION_WORD.search(chunk) is not None
            paragraph = _paragraph_at(doc, sentence.start) if names_it or counts_in else None
            goes_on = paragraph is not None and named_at == paragraph.start
            named_at = paragraph.start if names_it and paragraph is not None else named_at
            if not (names_it or goes_on):
                continue
        if not counts_in:
            continue  # (a sentence without them states none)
        if round_total and not ROUND_TOTAL.search(chunk):
            continue
        foreign = FOREIGN_COUNT.search(chunk) is not None
        other_units = {_unit(m) for m in OTHER_UNIT.finditer(chunk)}
        for key, pattern in COUNTS.items():
            m = next((m for m in pattern.finditer(chunk) if ("问题" in m.group() or _unit(m) not in other_units)
                      and (not foreign or _own_clause(chunk, m))), None)
            n = _number(_group(m, "n") or "") if m else None
            if n is not None and key not in found:
                found[key] = (n, sentence.start + m.start())
        if len(found) == len(COUNTS):
            break  # the first statement of each count is the one kept
    if len(found) < len(COUNTS) and not (own_sentence or round_total):
        for key, value in _table_counts(text).items():
            found.setdefault(key, value)
    return found


# A table of a report's counts, flattened (反馈问题(个) | 已完成整改(个) | 正在整改(个) | 整改完成率⏎21 | 18 | 3 | 85.7%): the
# columns that count problems, by their header without its unit; the other columns (整改完成率, 建立完善制度) count none.
COUNT_COLUMNS = {"反馈问题": "reported", "反馈问题数": "reported", "巡察反馈问题": "reported", "巡视反馈问题": "reported",
                 "问题总数": "reported", "已整改": "rectified", "已完成整改": "rectified", "完成整改": "rectified",
                 "已整改到位": "rectified", "正在整改": "ongoing", "整改中": "ongoing", "持续整改": "ongoing"}
COLUMN_UNIT = re.compile(r"[(（](?:个|项|条)[)）]$|(?<=问题)数$")
TABLE_LINE = re.compile(r"[^\n]+")
FIGURE_CELL = re.compile(r"\d+(?:\.\d+)?%?")
TOTALS_ROW = ("合计", "总计", "共计", "全部")  # the first cell of a table's row of totals
TABLE_CELL_SEPARATOR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]{2,}|\t")
SPACE_SEPARATOR = re.compile(r"[ \t\u3000]+")
CELL_GAP = re.compile(r"[ \t\u3000|｜]")  # what either separator needs: a line without one is a single cell
HEADER_CELL_MAX = 12  # no count column's name with its unit is longer (巡察反馈问题（个）)


def _count_column(cell: str) -> str | None:
    """The count a table's header cell names (反馈问题(个) → reported), if any: a short cell, or none."""
    return COUNT_COLUMNS.get(COLUMN_UNIT.sub("", cell)) if len(cell) <= HEADER_CELL_MAX else None


def _table_counts(text: str) -> dict[str, tuple[int, int]]:
    """The counts of the first table whose header names two or more count columns → (value, the header's offset): its
    one row of figures, or its totals row (合计 | | 192 | 174 | 18, or 合计 ———— 231 199 32 with one cell over the
    columns before its figures) under rows of units (each unit's counts are its own; a unit's row opens with its
    number). Cells are parted by bars, tabs or runs of spaces, or by single spaces where the header is parted so."""
    if not ("|" in text or "｜" in text or "整改" in text):
        return {}  # (no header line could name its columns: most pages, read once for nothing else)
    lines = [(m.start(), m.group().strip()) for m in TABLE_LINE.finditer(text)]
    for k, (start, header) in enumerate(lines):
        if not ("|" in header or "｜" in header or "整改" in header) or not CELL_GAP.search(header) or \
                header.count("问题") + header.count("整改") < 2:  # (every count column's name has one or the other)
            continue
        separator = TABLE_CELL_SEPARATOR
        heads = [_count_column(c) for c in separator.split(header)]
        if sum(h is not None for h in heads) < 2:
            separator = SPACE_SEPARATOR  # (序号 被巡察党组织 巡察组 反馈时间 反馈问题 已整改 正在整改: one space apart)
            heads = [_count_column(c) for c in separator.split(header)]
            if sum(h is not None for h in heads) < 2:
                continue
        for _, row in lines[k + 1:]:
            cells = separator.split(row)
            if cells[0] in TOTALS_ROW:
                figures = list(takewhile(FIGURE_CELL.fullmatch, reversed(cells)))
                counted = {h: (int(c), start) for h, c in zip(reversed(heads), figures) if h and c.isdigit()}
                if len(counted) >= 2:
                    return counted
                break
            if len(cells) == len(heads) and all(FIGURE_CELL.fullmatch(c) for c in cells):
                counted = {h: (int(c), start) for h, c in zip(heads, cells) if h and c.isdigit()}
                if len(counted) >= 2:
                    return counted
                break  # (one row of figures: the report's, and no more rows)
            if len(cells) != len(heads) and not (len(cells) > 1 and ROW_NUMBER_CELL.fullmatch(cells[0])):
                break  # (the table ends)
    return _cell_line_counts(lines)


# A header cell of a table flattened one cell a line, beside its count columns (单位 / 整改措施(条) / 整改完成率).
CELL_LINE_HEAD = re.compile(r"序号|单位|被(?:巡视|巡察)(?:单位|党组织)|整改措施(?:[(（]条[)）])?|整改(?:完成)?率|备注")


def _cell_line_counts(lines: list[tuple[int, str]]) -> dict[str, tuple[int, int]]:
    """单位⏎反馈问题(个)⏎已整改(个)⏎正在整改(个)⏎整改措施(条)⏎县林业局党组⏎25⏎22⏎3⏎78: a table flattened one cell a line,
    its header cells two or more of them count columns, then its one row: the figures under the count columns."""
    # Each line's count column; None for another header cell, False for no header cell (a header cell is short).
    columns: list[str | None | bool] = [_count_column(line) or (None if CELL_LINE_HEAD.fullmatch(line) else False)
                                        for _, line in lines]
    for k, (start, _) in enumerate(lines):
        heads: list[str | None] = []
        while k + len(heads) < len(columns) and columns[k + len(heads)] is not False:
            heads.append(columns[k + len(heads)] or None)
        row = [cell for _, cell in lines[k + len(heads):k + 2 * len(heads)]]
        if sum(h is not None for h in heads) >= 2 and len(row) == len(heads) and all(
                cell.isdigit() for h, cell in zip(heads, row) if h):
            return {h: (int(cell), start) for h, cell in zip(heads, row) if h}
    return {}


def _own_clause(chunk: str, m: re.Match[str]) -> bool:
    """In a sentence that mentions another campaign (…开展自查自纠，巡察共反馈问题N个), a count still is the
    inspection's when its own clause names the inspection and not the other campaign."""
    start = max(chunk.rfind(c, 0, m.start()) for c in "，,；;") + 1
    clause = chunk[start:m.end()]
    # (此次“回头看”反馈问题17个,其中…(上轮巡察反馈的29个问题中…): this inspection's clause, whatever the sentence recalls)
    return bool(_INSPECTION_WORD.search(clause) or THIS_ONE.match(clause)) and not FOREIGN_COUNT.search(clause)


def _letters(text: str) -> str:
    """What two statements of a problem are compared on: their letters and digits."""
    return re.sub(r"[\W_]", "", text)


def _similar(a: str, b: str) -> float:
    """How alike two statements are (letters only), a containment counting a quarter more."""
    if not a or not b:
        return 0.0
    short, long = sorted((len(a), len(b)))
    if a in b or b in a:
        return short / long + 0.25
    if 2 * short / (short + long) < SIMILAR:
        return 0.0  # too unequal in length to reach SIMILAR, however alike: no need to compare
    return difflib.SequenceMatcher(None, a, b).ratio()


def statuses(doc: Document, items: list[_Found]) -> dict[int, str]:
    """Status of issues (index → rectified/ongoing): the item's own status line, or a sentence naming it."""
    text = doc.text
    out: dict[int, str] = {}
    for i, item in enumerate(items):
        if item.body is None:
            continue
        chunk = text[item.start:item.body[1]]
        for status, pattern in STATUS.items():
            if pattern.search(chunk):
                out[i] = status
    letters = [_letters(text[x.start:x.end]) for x in items]
    order = sorted(range(len(items)), key=lambda i: items[i].start)
    starts = [items[i].start for i in order]
    floor, clause = 0, 0
    for m in STATUS_LIST.finditer(text):
        status = "ongoing" if re.search(r"纳入|正在|持续", _group(m, "verb") or "") else "rectified"
        # The clause starts after the last clause end before the match (looked for back to the last match only).
        found = max(text.rfind(c, floor, m.start()) for c in _CLAUSE_ENDS)
        clause, floor = (found + 1 if found >= 0 else clause), m.start()
        k = bisect.bisect_left(starts, m.start())
        near = order[max(k - STATUS_REACH, 0):k + STATUS_REACH]
        for s, e in _cut(text, clause, m.start(), "、"):
            name = _letters(text[s:e])
            best = max(((_similar(name, letters[i]), i) for i in near), default=(0.0, -1))
            if best[0] >= SIMILAR:
                out.setdefault(best[1], status)
    return out


# ---------------------------------------------------------------- linking


def _original(doc: Document, offset: int) -> int:
    return doc.offsets.to_original(offset, offset + 1)[0] if doc.offsets else offset


def _first_evidence(evidence: list[Evidence]) -> int:
    return min((e.start for e in evidence), default=1 << 62)


def _main_inspection(doc: Document) -> str | None:
    """The inspection the document is about: the one it names first."""
    inspections = sorted(doc.facts.inspections, key=lambda x: _first_evidence(x.evidence))
    return inspections[0].key if inspections else None


class _Feedbacks:
    """The document's feedback in the order it names them, looked up by offset (by bisection: a
    compilation names thousands)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.ordered = sorted(doc.facts.feedback, key=lambda f: _first_evidence(f.evidence))
        self.firsts = [_first_evidence(f.evidence) for f in self.ordered]
        self.inspections: dict[str, str | None] = {}
        for f in doc.facts.feedback:
            self.inspections.setdefault(f.key, f.inspection)

    def before(self, offset: int) -> str | None:
        """The feedback named last before ``offset`` (else the first one named): where a statement was made."""
        if not self.ordered:
            return None
        i = bisect.bisect_right(self.firsts, _original(self.doc, offset)) - 1
        return self.ordered[max(i, 0)].key

    def inspection_at(self, offset: int, main: str | None) -> str | None:
        """In feedback news, the inspection whose feedback a problem list follows, else the main one.

        (A rectification report's problems are all the main inspection's, whatever other
        feedback it mentions on the way.)
        """
        key = self.before(offset)
        return (self.inspections.get(key) if key is not None else None) or main


# ---------------------------------------------------------------- the stage


@stage("findings")
def findings(doc: Document) -> Document:
    facts = doc.facts
    lead = _lead(doc)
    # A page that tells its inspection in passing (全县教育系统召开党建工作会议 … 会议强调，…县委第一巡察组向县教育局党组
    # 反馈了巡察情况) is other news, its findings read as the news of the kind its inspection's sentences make it.
    kind = document_type(doc, lead)
    # (news of an inspection beginning, 市委第一巡察组对A开展巡察“回头看”, whose lead recalls an earlier round's feedback and
    # what it found: other news, its findings read as feedback's)
    entry = kind == "feedback" and ENTRY_TITLE.search(_headline(doc)) is not None and ENTRY_LEAD.search(lead) is not None
    facts.doc_type = "other" if _in_passing(doc) or entry else kind
    if kind == "other":
        # An announcement or a review of rounds may still state its inspection's counts and problems, in
        # a sentence that says whose they are (本轮巡视共发现问题557个 / 巡视发现，A；B), when it names an
        # inspection or a feedback at all (对照去年5月县委第一巡察组反馈的巡察意见…。巡察反馈指出，A；B).
        if facts.inspections or facts.feedback:
            inspection = _main_inspection(doc)
            for i, item in enumerate(x for x in feedback_issues(doc, named=True) if not _cut_off(doc.text, x.end)):
                facts.issues.append(Issue(key=f"issue-{i + 1}", text=doc.text[item.start:item.end], category=item.category,
                                          inspection=inspection, evidence=[doc.evidence(item.start, item.end)]))
        if _party_inspection(doc, lead):  # (河湖巡察共发现问题23个: a patrol's, no inspection's)
            _attach_counts(doc, issue_counts(doc, [], own_sentence=True))
        return doc
    text = doc.text
    inspection = _main_inspection(doc)
    # Feedback news summarises the problems in a list; a rectification report (or a detailed
    # feedback) gives them one numbered item each.
    found = feedback_issues(doc) if kind == "feedback" else []
    if not found and kind == "feedback":
        found = _table_problems(doc)  # (形成了问题清单，具体如下：⏎序号|问题类别|具体问题⏎1|…|…: feedback news in a table)
    if not found:
        labelled = labelled_issues(doc)
        # (1.X方面的问题 ⏎ 一是关于Y的问题。…: a heading whose paragraphs name their problems is their category)
        grouping = {a for x in labelled if (s := doc.sentence_at(x.start)) and s.section is not None
                    for a in (s.section, *_ancestors(doc, s.section))}
        found = sorted([x for x in section_issues(doc) if x.section not in grouping] + labelled, key=lambda x: x.start)
    if kind == "rectification" and len(table := _table_problems(doc)) > len(found):
        found = table  # (问题类别 序号 反馈问题 整改情况: a table's rows, not only those whose lines open with their number)
    if kind == "rectification" and found and any(x.section is not None for x in found):
        # A report that lists what the feedback pointed out before its numbered problems (巡视反馈指出的问题主要是：A；B；C。…
        # （一）关于A的问题): the list's problems the headings do not name again.
        first = min(x.start for x in found)
        named = [_said(text[x.start:x.end]) for x in found]
        # (read only where the lead says something is listed: most reports' leads list nothing)
        intro = any(t.search(text, 0, first) for t in (PROBLEM_LIST, PROBLEM_LIST_PLAIN, PROBLEM_LIST_ANNOUNCED))
        # (not a quoted name, 针对反馈的“原有问题整改不到位”和“新发现问题”两类共13个问题: kinds the report sorts them into)
        found = sorted(found + [x for x in (feedback_issues(doc, in_report=True) if intro else []) if x.end <= first
                                and text[x.start - 1:x.start] not in _QUOTES
                                and not any(_same_said(_said(text[x.start:x.end]), n) for n in named)], key=lambda x: x.start)
    if kind == "rectification" and all(x.section is None for x in found):
        # News of rectification that names the problems as feedback news does (突出问题包括：A；B), beside those it names
        # one by one in its prose (A党组针对X问题，…), or a report whose problems head their paragraphs unnumbered, as bold
        # lines a copy lost the bold of, or marked (一是A。整改情况：…).
        listed = [x for x in feedback_issues(doc, in_report=True)
                  if not any(x.start < y.end and y.start < x.end for y in found)]
        found = sorted(found + listed, key=lambda x: x.start)
        headlines = _headline_problems(doc)
        if not found:
            found = headlines or _problem_paragraph_series(doc)
        elif len(headlines) > len(found) and all(any(h.start <= x.start < h.end for h in headlines) for x in found):
            # (lines that head what was done, some read as problems alone and more as headlines over their paragraphs:
            # the headlines, every problem read so far among them)
            found = headlines
    if kind == "rectification":
        found = [part for item in found for part in _aspect_heading_parts(text, item)]
    found = [item for item in found if not _cut_off(text, item.end)]
    status = statuses(doc, found)
    feedbacks = _Feedbacks(doc)
    children = _children(doc)
    for i, item in enumerate(found):
        key = f"issue-{i + 1}"
        facts.issues.append(Issue(key=key, text=text[item.start:item.end], category=item.category,
                                  inspection=(feedbacks.inspection_at(item.start, inspection)
                                              if kind == "feedback" else inspection),
                                  status=status.get(i), evidence=[doc.evidence(item.start, item.end)]))
        if kind == "rectification":
            for s, e in measures(doc, item, children.get(item.section, []) if item.section is not None else []):
                if e > s:
                    facts.measures.append(Measure(text=text[s:e], issue=key, evidence=[doc.evidence(s, e)]))
    for s, e in recommendations(doc):
        if e > s:
            facts.recommendations.append(Recommendation(text=text[s:e], feedback=feedbacks.before(s),
                                                        evidence=[doc.evidence(s, e)]))
    inside = [item.body for item in found if item.body is not None]
    _attach_counts(doc, issue_counts(doc, inside))
    if len(facts.inspections) > 1:  # (本轮巡察共向30个党组织反馈问题370个…: the round's totals, beside each unit's)
        for key, (value, _) in issue_counts(doc, inside, round_total=True).items():
            facts.issue_counts.setdefault(key, value)
    return doc


def _said(problem: str) -> str:
    """A problem's words, without the marks and the 关于…的问题 frame a heading puts round them (to tell one said twice)."""
    return re.sub(r"^关于|的问题$|[^\u4e00-\u9fff]", "", problem)


SAME_SAID = 0.6  # how alike two problems' words are when a report says one problem twice (理论学习不深入 / 理论学习不够深入)


def _same_said(a: str, b: str) -> bool:
    """One problem said twice: one's words hold the other's, or they are mostly the same words in the same order."""
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= SAME_SAID


# 本轮巡察共反馈问题216个 / 8个被巡察党组织共梳理反馈问题173个: a sentence that counts the problems of a round's units
# (not 5个单位共反馈问题71个, one team's units among the round's).
ROUND_COUNTED = re.compile(r"本轮|此轮|这轮|该轮|全轮|各被(?:巡视|巡察)|[\d一二三四五六七八九十两]+(?:个|家|所)被(?:巡视|巡察)的?(?:党组织|单位)")


# A rectification report's title alone on its line (中共江北师范学院委员会关于专项巡视整改情况的通报): on a page that strings
# several units' reports together, where each report begins.
REPORT_TITLE_LINE = re.compile(r"^[ \t\u3000]*[^\n,，。]{2,40}?关于[^\n。]{0,30}?(?:巡视|巡察)[^\n。]{0,20}?整改[^\n。]{0,16}?"
                               r"的?(?:通报|报告)[ \t\u3000]*$", re.M)


def _attach_counts(doc: Document, counts: dict[str, tuple[int, int]]) -> None:
    """The stated counts go to the document's main inspection (on a page of several units' reports, the inspection the
    count's report names first), or to the document when it names none, or when it names the inspections of several
    units and the count is the round's (本轮巡察共反馈问题216个)."""
    inspection = _main_inspection(doc)
    target = next((x for x in doc.facts.inspections if x.key == inspection), None)
    several = len({t for x in doc.facts.inspections for t in x.targets}) > 1 and len(doc.facts.inspections) > 1
    reports = [m.start() for m in REPORT_TITLE_LINE.finditer(doc.text)] if several and counts else []
    for key, (value, offset) in counts.items():
        sentence = doc.sentence_at(offset) if several else None
        if target is None or (sentence and ROUND_COUNTED.search(doc.text, sentence.start, offset)):
            doc.facts.issue_counts[key] = value
        else:
            its = _report_inspection(doc, reports, offset) if len(reports) > 1 else None
            setattr(its or target, f"issues_{key}", value)
            (its or target).evidence.append(doc.evidence(offset, offset + 1))


def _report_inspection(doc: Document, reports: list[int], offset: int) -> Inspection | None:
    """The inspection the report holding ``offset`` names first (``reports``: where each report on the page begins)."""
    i = bisect.bisect_right(reports, offset) - 1
    if i < 0:
        return None
    start = _original(doc, reports[i])
    end = _original(doc, reports[i + 1]) if i + 1 < len(reports) else 1 << 62
    inside = [(min(e.start for e in x.evidence if start <= e.start < end), n) for n, x in enumerate(doc.facts.inspections)
              if any(start <= e.start < end for e in x.evidence)]
    return doc.facts.inspections[min(inside)[1]] if inside else None
