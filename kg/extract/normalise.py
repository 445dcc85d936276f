"""Normalise a document's text while keeping a map back to the original.

Steps, in order (each keeps an offset map, composed at the end):

1. radicals and compatibility ideographs a PDF's copy has for characters to the characters: ⼀是 → 一是;
   then strip inline pinyin annotations: 中國(guó) → 中國;
2. Traditional → Simplified with OpenCC (``hk2t`` then ``t2s``) and the mainland word for a
   Taiwan/Hong Kong one (``kg/lexicon/regional_phrases.txt``), when the text is Traditional;
3. full-width ASCII (letters, digits and the punctuation of U+FF01–FF5E:
   ，：；（）！？) → half-width, which is how the bundled corpus is written, so
   patterns written against it also match pages that use full-width forms;
   。、“”《》 are not ASCII forms and stay;
4. the numerals of a date written in Chinese to Arabic digits: 二〇二三年五月十二日 → 2023年5月12日;
5. HTML tags, comments and script/style elements pasted into the text removed (:mod:`kg.ingest.names`; a block's
   tag leaves a line break, a cell's a space), and the
   character references left in it decoded (&nbsp; → NBSP);
6. a letter-spaced heading (巡 察 反 馈) joined into its words (before spaces are collapsed: a fixed-width
   table's padding is no letter spacing), and a page a word segmenter spaced (云 岭市 工作 动员 会) joined again;
7. unified whitespace: CR/LF → LF, NBSP/ideographic space/tab → space, runs of
   spaces collapsed, spaces at the start and end of a line dropped, control
   characters removed;
8. a half-width full stop closing a line after a Chinese character made the sentence's end (党委. → 党委。).

Every step builds an :class:`~kg.ingest.document.OffsetMap`, so any span of the
normalised text maps back to the characters of the original it came from.
"""
from __future__ import annotations

import bisect
import difflib
import html
from array import array
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

from kg.extract.first_chars import skipping
from kg.extract.lexicon import BULLET, DAY_OPENING, PARTY_BODY_END, ROUND_LABEL, UNIT_COUNT, WEEKDAY_NOTE, read_lexicon
from kg.extract.mentions import TRANSLITERATED_NAME, alternation
from kg.extract.pipeline import stage
from kg.extract.tables import TARGET_COLUMN_NAMED, UNITS_BY_COMMAS
from kg.ingest.document import Document, OffsetMap
from kg.ingest.names import MARKUP, markup_gaps

# A pinyin syllable in parentheses right after a CJK character: 國(guó), 黨（dǎng）.
# Anchoring on the preceding Han character and requiring 1-7 pinyin letters keeps
# （一）, (试行) and English abbreviations such as (PPP) intact. The bracket comes first and the Han character
# is checked behind it, so the engine skips to the next bracket instead of trying every position.
_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# A name's pinyin starts with a capital and may run its syllables together, an apostrophe parting them where one
# opens with a vowel: 雲嶺鎮(Yúnlǐng Zhèn), 額爾敦旗(É'ěrdūn Qí).
_PINYIN_CAPITALS = "A-ZĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
# (湖南师范大学(húnánshīfàndàxué): a long name's syllables run together)
_PINYIN_WORD = rf"[{_PINYIN_CAPITALS}]?[{_PINYIN_LETTERS}'’]{{1,30}}"
# A copy wrapped at a fixed width may break a syllable over two lines: 項(xi\nàng).
# A word may carry its syllables in one bracket, apart by spaces: 醫院(yī yuàn), 巡察組（xún chá zǔ）; or in square
# brackets with tone numbers (十三届[shi2 san1 jie4], a reader's 显示声调数字 mode; a word's syllables run together,
# 省委〔sheng3wei3〕; a neutral tone unnumbered, 的[de]).
# (One bracket class first, the Han character checked behind it: the engine still skips to the next bracket.)
_NUMBERED_WORD = r"(?:[a-zü]{1,6}[1-5])+(?:[a-zü]{1,6}(?![a-zü1-5]))?"
_TONE_NUMBERED = (rf"(?<=[\[〔])(?:{_NUMBERED_WORD}(?: {_NUMBERED_WORD}){{0,9}}"
                  r"|(?:de|le|men|zi|me|ma|ne|ba|zhe|ge|r)5?)[\]〕]")
PINYIN_ANNOTATION = re.compile(rf"[(（\[〔](?<=[\u3400-\u9fff][(（\[〔])(?:(?<=[(（]){_PINYIN_WORD}"
                               rf"(?:\r?\n[{_PINYIN_LETTERS}]{{1,6}})?(?: {_PINYIN_WORD}){{0,5}}[)）]|{_TONE_NUMBERED})")
_TONE_NUMBER = re.compile(r"[a-zü][1-5]")
# … which then carry a tone mark somewhere: (world bank), a gloss in English, is no annotation.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_TONE_MARK = re.compile(f"[{_TONED}]")
# A syllable must carry a vowel; rules out (nb) style noise.
_HAS_VOWEL = re.compile(r"[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")

# Characters that become one ASCII space (NBSP, ideographic space, typographic spaces, tabs).
_SPACE_LIKE = frozenset(" \t\x0b\x0c\u00a0\u1680\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
# Line breaks that become LF.
_LINE_BREAKS = frozenset("\n\r\x1c\x1d\x1e\x85\u2028\u2029")
# What unify_whitespace rewrites: line breaks other than LF; runs of spaces.
_BREAKS = "\r\x1c-\x1e\x85\u2028\u2029"
_SPACES = "".join(sorted(_SPACE_LIKE))
# A line break other than LF (\r\n read as one) or a run of spaces: the pattern opens with a class of their first
# characters, which the engine skips through the text to (a lookahead of them first had it try every position, 3×
# slower); what follows the first character depends on it (the \n of \r\n, the rest of a run of spaces).
_WHITESPACE = re.compile(f"[{_BREAKS}{_SPACES}](?:(?<=\r)\n?|(?<=[{_SPACES}])[{_SPACES}]*)?")


def _apply(text: str, pieces: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Replace each ``(start, end, replacement)`` span of ``text``; map every output char to its source."""
    if not pieces:
        return text, OffsetMap.identity(len(text))
    out: list[str] = []
    positions = array("q")
    cursor = 0
    for start, end, repl in pieces:
        out.append(text[cursor:start])
        positions.extend(range(cursor, start))
        out.append(repl)
        positions.extend([start] * len(repl))
        cursor = end
    out.append(text[cursor:])
    positions.extend(range(cursor, len(text)))
    positions.append(len(text))
    return "".join(out), OffsetMap(positions)


# The spaces a reprint leaves after an annotation, inside a word or before a punctuation mark (組(zǔ) 長, 巡視(shì) 組,
# 黨委(wěi) ,): Chinese sets no space between characters, so they go with the annotation. A space before Latin letters
# or a digit stays, and so does a run of spaces in a line without a clause mark (，。；), where it parts a table's cells
# (組長(zhǎng)    某某), and a space in a line that sets its fields or cells apart by spaces elsewhere too (巡察组(zǔ)
# 被巡察党组织 巡察时间 / 星期二(èr) 第1版): there the annotation fell before one of them.
_SPACES_AFTER_ANNOTATION = re.compile(r"[ \u3000]+(?=[\u3400-\u9fff,，。、;；:：)）」』”])")
_CLAUSE_MARKS = re.compile(r"[,，。;；]")
# A space of the line's own: between two characters, once the annotations and the spaces after them are gone.
_OWN_SPACE = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
_ANNOTATED_SPACE = re.compile(PINYIN_ANNOTATION.pattern + r"[ \u3000]*")


def strip_pinyin(text: str) -> tuple[str, OffsetMap]:
    """Remove inline pinyin annotations such as 中國(guó), with the spaces after one inside a word. A line is
    looked at once, at its first annotation followed by a run of spaces."""
    pieces = []
    line_end, prose, spaced = -1, False, False
    for m in PINYIN_ANNOTATION.finditer(text):
        numbered = _TONE_NUMBER.search(m.group()) is not None
        if not _HAS_VOWEL.search(m.group().lower()) or " " in m.group() and not _TONE_MARK.search(m.group()) \
                and not numbered:
            continue
        if numbered:
            pieces.append((m.start(), m.end(), ""))  # (a bracket after every word, none spaced: a space after is the page's)
            continue
        spaces = _SPACES_AFTER_ANNOTATION.match(text, m.end())
        if spaces and m.start() > line_end:
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start()) % (len(text) + 1)  # -1 (the last line) → its end
            prose = _CLAUSE_MARKS.search(text, line_start, line_end) is not None
            spaced = _OWN_SPACE.search(_ANNOTATED_SPACE.sub("", text[line_start:line_end])) is not None
        one = spaces is not None and spaces.end() - spaces.start() == 1
        pieces.append((m.start(), spaces.end() if spaces and (one and not spaced or prose and not one) else m.end(), ""))
    return _apply(text, pieces)


# A page stored in a reading aid's pinyin mode, every character with its syllable glued to it, after or before it
# (巡xún视shì组zǔ / xún巡shì视zǔ组 / 巡 xún 视 shì), brackets none: where at least GLUED_PINYIN_MIN syllables with a tone
# mark sit right against a Chinese character, and they are at least one for GLUED_PINYIN_SHARE characters, every
# lowercase syllable against one (the neutral tone's too: 了le), with a space it has on either side, goes.
_GLUED_MARKED = re.compile(rf"(?<=[\u4e00-\u9fff]) ?[{_PINYIN_LETTERS}]{{0,6}}[{_TONED}]"
                           rf"|[{_TONED}][{_PINYIN_LETTERS}]{{0,6}} ?(?=[\u4e00-\u9fff])")
# (not a word of a web or mail address: www.gov.cn, jw@xx.gov.cn, http://); a word's syllables may run together after
# it, a name's capitalised (中央第三巡视组 Zhōngyāng Dìsān Xúnshìzǔ 向 xiàng): a longer or capitalised one must carry a
# tone mark (not Intermediate, Tap).
_GLUED_SYLLABLE = re.compile(rf" ?(?<![A-Za-z.@/:_-])[{_PINYIN_CAPITALS}]?[{_PINYIN_LETTERS}'’]{{1,30}}(?![A-Za-z.@/:_-]) ?")
GLUED_SYLLABLE_LETTERS = 7  # the longest a lowercase syllable without a tone mark is (zhuang, shuang)
GLUED_PINYIN_MIN = 12
GLUED_PINYIN_SHARE = 4


def strip_glued_pinyin(text: str) -> tuple[str, OffsetMap]:
    """Remove the pinyin a reading aid glues to every character (巡xún视shì组zǔ → 巡视组), where the page is in that mode."""
    if not _TONE_MARK.search(text):
        return text, OffsetMap.identity(len(text))  # (most pages: no tone mark at all)
    marked = len(_GLUED_MARKED.findall(text))
    if marked < GLUED_PINYIN_MIN or marked * GLUED_PINYIN_SHARE < len(_HAN.findall(text)):
        return text, OffsetMap.identity(len(text))
    return _apply(text, [(m.start(), m.end(), "") for m in _GLUED_SYLLABLE.finditer(text) if _HAS_VOWEL.search(m.group())
                         and (_TONE_MARK.search(word := m.group().strip())
                              or word.islower() and len(word) <= GLUED_SYLLABLE_LETTERS)])


# Radicals and compatibility ideographs for the characters they stand for, as text copied out of a PDF often has them
# (the font's glyph for 一 mapped to the Kangxi radical ⼀: ⼀是, ⼯作, ⽅⾯): the Kangxi radicals (U+2F00-2FD5) and CJK
# compatibility ideographs (U+F900-FAFF) by their Unicode compatibility mapping (NFKC), and the simplified radical
# forms of the supplement (U+2E80-2EFF), which have none, by the character each is the form of. One character for one.
_SUPPLEMENT_RADICALS = {
    "⺟": "母", "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长", "⻔": "门", "⻘": "青",
    "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄",
    "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟",
}
_RADICAL_FORMS = {form: plain for code in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]
                  if len(plain := unicodedata.normalize("NFKC", form := chr(code))) == 1 and plain != form}
_RADICAL_FORMS |= _SUPPLEMENT_RADICALS
_RADICAL_FORM = re.compile(f"[{''.join(_RADICAL_FORMS)}]")


# Characters that show nothing: control characters other than tabs and line breaks; zero-width spaces and joiners,
# the word joiner, a byte-order mark inside the text, soft hyphens, direction marks and embeddings (Unicode's format
# characters); variation selectors. Copy-protected pages scatter them between characters and editors leave them:
# inside a name (清\u200b华大学) they made another name, inside a Traditional phrase they kept OpenCC from converting
# it, before an annotation they hid the pinyin; so they go first.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0100-\U000e01ef]")


def drop_invisible(text: str) -> tuple[str, OffsetMap]:
    """Remove characters that show nothing (:data:`_INVISIBLE`), so that the text reads as a reader sees it."""
    if not _INVISIBLE.search(text):
        return text, OffsetMap.identity(len(text))
    return _apply(text, [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)])


def plain_ideographs(text: str) -> tuple[str, OffsetMap]:
    """Radicals and compatibility ideographs (⼀, ⽅, ⻓) to the characters they stand for; length-preserving."""
    for form in set(_RADICAL_FORM.findall(text)):
        text = text.replace(form, _RADICAL_FORMS[form])
    return text, OffsetMap.identity(len(text))


# Full-width forms of printable ASCII (！ U+FF01 … ～ U+FF5E) → ASCII.
# … and 丨, the radical that titles use as a bar (动态丨区委第三巡察组进驻…): a separator, never part of a name.
# … and the arrows that posters and WeChat captions write between a team and its unit (省委第一巡视组 ➡ 昆明市): the plain →.
_ARROWS = "➡⇒⟶➔➙➛➝➞➟➠🡒🠖"
_HALF_WIDTH = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"丨": "|"} | {a: "→" for a in _ARROWS}
_FULL_WIDTH = re.compile(f"[\uff01-\uff5e丨{_ARROWS}]")


# A table a crawler flattened with semicolons between its cells (组别；被巡察党组织；反馈时间⏎市委第一巡察组；市统计局党组；7月27日):
# a header of short cells and at least SEMICOLON_ROWS rows after it with as many cells, no sentence's end among them. Its
# semicolons become bars, as other flattened tables have them (one character for one).
SEMICOLON_ROWS = 2
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff()（）]{2,8}")


def semicolon_tables(text: str) -> tuple[str, OffsetMap]:
    """The semicolons of a table flattened with them, as bars."""
    if text.count(";") < 2 * (SEMICOLON_ROWS + 1):
        return text, OffsetMap.identity(len(text))
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        cells = lines[i].strip().split(";")
        j = i + 1
        if len(cells) >= 3 and all(_HEADER_CELL.fullmatch(c.strip()) for c in cells):
            while j < len(lines) and lines[j].count(";") == len(cells) - 1 and "。" not in lines[j] \
                    and all(c.strip() for c in lines[j].split(";")):
                j += 1
        if j - i - 1 >= SEMICOLON_ROWS:
            out += [line.replace(";", "|") for line in lines[i:j]]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out), OffsetMap.identity(len(text))


def half_width(text: str) -> tuple[str, OffsetMap]:
    """Full-width ASCII forms (Ａ, ３, ，, （) to half-width, arrows to →; length-preserving. One ``str.replace`` per form
    present: ``str.translate`` looks every character up in a dict, several times slower on Chinese text."""
    for form in set(_FULL_WIDTH.findall(text)):
        text = text.replace(form, _HALF_WIDTH[form])
    return text, OffsetMap.identity(len(text))


# A line indented as a paragraph's first (two ideographic spaces, or four spaces or more), and the page's lines that are.
_INDENTED = re.compile(r"(?m)^(?:\u3000{2}|[ \u00a0]{4})[ \u3000\u00a0]*(?=\S)")


def indented_paragraphs(text: str) -> tuple[str, OffsetMap]:
    """Two lines each indented as a paragraph's first are two paragraphs where the first ends on no mark (a report's problem
    as a headline over what was done about it, its bold lost: 　　A不精准，B存在偏差⏎　　对全镇…。): a blank line between them,
    so that no line joining runs them together (a line wrapped inside a paragraph is never indented)."""
    starts = [m.start() for m in _INDENTED.finditer(text)]
    indented = set(starts)
    pieces = []
    for start in starts:
        brk = text.find("\n", start)
        after = text.find("\n", brk + 1) if brk >= 0 else -1
        # (only a line of clauses, its commas what line joining reads as a sentence going on, over a paragraph that ends
        # as one: not a card's lines, 组长　某某⏎巡察对象　A)
        if brk < 0 or brk + 1 not in indented or text[brk - 1] in _LINE_END or text[brk - 1] in _CLOSING_QUOTES \
                or not _CLAUSE_MARKS.search(text, start, brk) \
                or text[(after if after >= 0 else len(text)) - 1:(after if after >= 0 else len(text))] not in "。！？!?":
            continue
        pieces.append((brk, brk + 1, "\n\n"))
    return _apply(text, pieces)


def unify_whitespace(text: str) -> tuple[str, OffsetMap]:
    """One kind of space and one kind of line break; no runs of spaces, no spaces at line edges."""
    pieces: list[tuple[int, int, str]] = []
    n = len(text)
    for m in _WHITESPACE.finditer(text):
        i, j = m.span()
        if text[i] in _LINE_BREAKS:
            pieces.append((i, j, "\n"))
        else:
            at_line_edge = i == 0 or text[i - 1] in _LINE_BREAKS or j == n or text[j] in _LINE_BREAKS
            repl = "" if at_line_edge else " "
            if m.group() != repl:
                pieces.append((i, j, repl))
    return _apply(text, pieces)


# A printed page's number on a line of its own inside the text, as a PDF or Word copy keeps it at every page break
# (— 2 —, -3-, ·4·, 第2页 共5页): marked as a number on both sides, never a table's bare figure.
_PAGE_BREAK_LINE = re.compile(r"(?m)^(?=[—\-–·第])(?:[—\-–·]+ ?\d{1,3} ?[—\-–·]+|第 ?\d{1,3} ?页(?: ?[,，/]? ?共 ?\d{1,3} ?页)?)\n")
_PROSE_MARK = re.compile(r"[,，。;；]")  # what a line of prose holds, a table's cell never


def drop_page_breaks(text: str) -> tuple[str, OffsetMap]:
    """Remove a page number's line between two lines of text, so that the sentence or list the page break parted
    reads on (…华岳新能源发展有限⏎— 2 —⏎公司党委: the line before goes on in the line after, as a line break does);
    only where a line beside it is prose (holds a clause's mark) or a team card's field (副组长：某某⏎— 1 —⏎成员：…): in a
    table copied one cell a line, or next to a blank line, the table's reader knows it by the header repeated after it."""
    pieces = []
    for m in _PAGE_BREAK_LINE.finditer(text):
        before = text[text.rfind("\n", 0, m.start() - 1) + 1:m.start() - 1] if m.start() > 0 else ""
        after_end = text.find("\n", m.end())
        after = text[m.end():after_end if after_end >= 0 else len(text)]
        if before and after and (_PROSE_MARK.search(before + after) or _CARD_FIELD.match(before) or _CARD_FIELD.match(after)):
            pieces.append((m.start(), m.end(), ""))
    return _apply(text, pieces)


# A half-width full stop closing a line after a Chinese character, as a copy typed in a Western layout has it
# (…市妇幼保健院党委.⏎): the sentence's end. (Inside a line a dot between characters may part a name: 买买提.艾力.)
LINE_FULL_STOP = re.compile(r"\.(?=\n|$)(?<=[\u4e00-\u9fff]\.)")  # (the dot first: found by the engine's fast scan)
# … and between characters on a page that writes no 。 at all (反馈巡视情况.总行党委第二巡视组组长…, 分公司. 巡察组指出: a
# space after it too): every such dot, but one between two characters of a transliterated name (买买提.艾力).
INNER_FULL_STOP = re.compile(r"(?<=([\u4e00-\u9fff]))\.(?= ?([\u4e00-\u9fff]))")


def full_stops(text: str) -> tuple[str, OffsetMap]:
    """…党委. at a line's end → …党委。, and 情况.总行 on a page without 。 (one character for one: the offsets stay)."""
    no_full_stop = "。" not in text
    text = LINE_FULL_STOP.sub("。", text)
    if no_full_stop and "." in text:
        text = INNER_FULL_STOP.sub(lambda m: "." if m.group(1) in TRANSLITERATED_NAME and m.group(2) in TRANSLITERATED_NAME
                                   else "。", text)
    return text, OffsetMap.identity(len(text))


# A footnote's mark after a word, as a PDF or Word copy keeps it (省卫生健康委员会党组¹): superscript digits after a
# Chinese character or a closing bracket are no part of the name.
_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff)）”])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_NOTE_MARK_DIGIT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")


def drop_note_marks(text: str) -> tuple[str, OffsetMap]:
    """Remove footnote marks written in superscript digits after a word."""
    if not _NOTE_MARK_DIGIT.search(text):
        return text, OffsetMap.identity(len(text))  # (most pages: the lookbehind is tried at every character)
    return _apply(text, [(m.start(), m.end(), "") for m in _NOTE_MARK.finditer(text)])


def strip_tags(text: str) -> tuple[str, OffsetMap]:
    """Remove HTML tags, comments and script/style elements pasted into the text, so that markup never
    becomes part of a name (``"><img src=x onerror=…>镇党委`` → ``镇党委``)."""
    if "<" not in text:  # every tag and comment opens with one: no scan of a text that has none
        return text, OffsetMap.identity(len(text))
    tags = list(MARKUP.finditer(text))
    return _apply(text, [(m.start(), m.end(), gap) for m, gap in zip(tags, markup_gaps([m.group() for m in tags]))])


# Taiwan/Hong Kong words that t2s leaves as they are (释出 for 发布), with the mainland word for each.
REGIONAL_PHRASES = dict(line.split("\t") for line in read_lexicon("regional_phrases.txt"))
_REGIONAL_PHRASE = re.compile(alternation(REGIONAL_PHRASES))


# Dates in Chinese numerals (二〇二三年五月十二日, ○ as typed for 〇, O as a scan reads it): a date has a year of four digits, or a month
# and its day, or follows a range's separator (二〇二三年三月至五月, 五月十日至二十日). A month or day alone
# (五月, 一日) is not read: 一日三餐 is no date; but a day after 于 and before a team's deed is (于二十二日向A反馈).
_CN_DIGITS = {"〇": 0, "○": 0, "O": 0, "Ｏ": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT = "".join(_CN_DIGITS)
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = "(?:三十一?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
CN_DATE = skipping(re.compile(
    rf"(?P<y>[{_CN_DIGIT}]{{4}})年(?:(?P<m>{_CN_MONTH})月(?:(?P<d>{_CN_DAY})[日号])?)?"
    rf"|(?P<md_m>{_CN_MONTH})月(?P<md_d>{_CN_DAY})[日号]"
    rf"|(?<=[至到—~～-])(?:(?P<to_m>{_CN_MONTH})月|(?P<to_d>{_CN_DAY})[日号])"
    # (區委第三巡察組則於二十二日分別向A反饋: a day alone after 于, before what the team did)
    rf"|(?<=[于於])(?P<at_d>{_CN_DAY})[日号](?=(?:上午|下午|晚上)?[ \t\u3000]*(?:分别|分別|先后|先後)?(?:向|对|對|进驻|進駐|召开|召開))"))
# What every such date holds: a numeral's last character before 年, 月, 日 or 号.
_CN_DATE_WORD = re.compile(rf"[{_CN_DIGIT}十][年月日号]")


def _cn_value(numeral: str) -> str:
    """十二 → 12, 二十一 → 21, 五 → 5; a year digit by digit: 二〇二三 → 2023."""
    if "十" not in numeral:
        return "".join(str(_CN_DIGITS[c]) for c in numeral)
    tens, _, units = numeral.partition("十")
    return str(10 * (_CN_DIGITS[tens] if tens else 1) + (_CN_DIGITS[units] if units else 0))


def arabic_dates(text: str) -> tuple[str, OffsetMap]:
    """The numerals of a date in Chinese (二〇二三年五月十二日) as Arabic digits (2023年5月12日), which is how
    the date patterns read them; each numeral maps back to its own characters."""
    if not _CN_DATE_WORD.search(text):
        return text, OffsetMap.identity(len(text))  # (most pages: CN_DATE's lookbehinds are tried at every character)
    pieces = [(m.start(g), m.end(g), _cn_value(m.group(g))) for m in CN_DATE.finditer(text)
              for g in ("y", "m", "d", "md_m", "md_d", "to_m", "to_d", "at_d") if m.group(g)]
    return _apply(text, pieces)


# An HTML character reference left in the text by a copy of the page: &nbsp;, &amp;, &#12288;, &#x3000; (the
# semicolon is sometimes lost: &nbsp巡察).
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});?")


def decode_entities(text: str) -> tuple[str, OffsetMap]:
    """HTML character references to the characters they stand for, so &nbsp; is a space and not five letters;
    a reference to a character that shows nothing (&#8203;, &shy;) goes as that character would have."""
    pieces = []
    for m in ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group():
            pieces.append((m.start(), m.end(), _INVISIBLE.sub("", decoded)))
    return _apply(text, pieces)


# A heading set with a space between every character (巡 察 反 馈 会, 2 0 2 3, 巡　察　反　馈): four or more single
# characters, each alone between spaces of one width (read before runs of spaces are collapsed: the header of a
# fixed-width table, 组  别            组  长, is two words padded apart, not one spaced out). Words apart (记者 张三)
# and short runs (大 中 小) keep their spaces. The match opens with the first gap (its first character and the one before
# it, alone after a space, read behind it), so that the engine skips through the text from space to space; the run
# starts a character before the match.
_GAP_CHARS = " \t\u3000\u00a0"
_GAP = f"[{_GAP_CHARS}]"
LETTER_SPACED = re.compile(rf"(?P<gap>{_GAP}(?<=(?<![^\s])\S{_GAP}){_GAP}*)\S(?:(?P=gap)\S){{2,}}(?!\S)")
# … but single figures between spaces are a table's cells (8 8 0 5 县交通运输局党组: three figures, then the next row).
FIGURES_SPACED = re.compile(r"\d(?: \d)+")


# A two-character name padded to three in a fixed-width table's cell (王　刚 between cells two spaces or more apart, or a
# tab): the pad between the two characters, the second followed by two spaces, a tab or the line's end (the first's
# left side checked in code; the pattern opens with the pad, so that only spaces are tried).
PADDED_NAME = re.compile(r"(?m)(?P<pad>[ \u3000])(?<=[\u4e00-\u9fff][ \u3000])(?=[\u4e00-\u9fff](?:\t|[ \t\u3000\u00a0]{2}|$))")


def _padded(text: str, m: re.Match[str]) -> bool:
    """Whether the character before ``m``'s pad opens its cell: after two spaces, a tab or at the line's start."""
    first = m.start() - 1
    return first == 0 or text[first - 1] in "\n\t" or (first >= 2 and text[first - 1] in _GAP_CHARS
                                                       and text[first - 2] in _GAP_CHARS)


# A key padded to the width of the longest in its card (组  长：, 副 组 长：, 联 络 员：): two to four characters at a
# line's start, spaces between them, then its colon.
SPACED_KEY = re.compile(r"(?m)^[ \t\u3000\u00a0]*(?:[\u4e00-\u9fff][ \t\u3000\u00a0]+){1,3}[\u4e00-\u9fff](?=[ \t\u3000\u00a0]*[:：])")


# A credit line's key set off by a bar, as accounts' articles print it (编辑｜某某  审核｜某某, 文字丨某某): the bar is
# the key's colon (the half-width | once full-width forms are folded; 丨 is a Han character, a bar by its look).
CREDIT_BAR = skipping(re.compile(r"(?:^|(?<=[ \u3000]))(?:责任编辑|编辑|责编|审核|审校|校对|初审|二审|三审|终审|作者|撰稿|文字|文|图片|图|"
                                 r"摄影|摄|来源|供稿|排版|美编|监制|出品)[ \u3000]*[|丨](?=[ \u3000]*[\u4e00-\u9fff])", re.M))


def credit_bars(text: str) -> tuple[str, OffsetMap]:
    """编辑｜某某 → 编辑:某某 (one character for one: the offsets stay), not in a table's row (组别 | 组长 | 副组长 ⏎ 第一巡察组 |
    蒋某 | 许　文 | A: a padded name's last character before its cell's bar)."""
    if "|" in text or "丨" in text:  # (the bar: most pages have none, and the pattern's lookbehind is tried everywhere)
        text = CREDIT_BAR.sub(lambda m: m.group() if _in_table_row(text, m.start()) else m.group()[:-1] + ":", text)
    return text, OffsetMap.identity(len(text))


TABLE_ROW_BARS = 3  # a line with this many bars is a table's row (a credit line parts its two or three keys by spaces)


def _in_table_row(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a table's row: it holds TABLE_ROW_BARS bars or more."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return line.count("|") + line.count("丨") >= TABLE_ROW_BARS


def join_letter_spacing(text: str) -> tuple[str, OffsetMap]:
    """A letter-spaced run written as the word it is: 巡 察 反 馈 → 巡察反馈, 组  长： → 组长：, a name padded in a
    table's cell 王　刚 → 王刚 (before whitespace is unified, which would make the padding between a table's header words
    look like letter spacing)."""
    spaced = [(m.start() + i, m.start() + i + len(m.group("gap")), "") for m in LETTER_SPACED.finditer(text)
              if not FIGURES_SPACED.fullmatch(re.sub(r"\s+", " ", text[m.start() - 1:m.end()]))
              for i in range(0, m.end() - m.start(), len(m.group("gap")) + 1)]
    keys = [(m.start() + i, m.start() + i + 1, "") for m in SPACED_KEY.finditer(text)
            for i, ch in enumerate(m.group()) if ch.isspace() and m.group()[:i].strip()]
    padded = [(m.start("pad"), m.end("pad"), "") for m in PADDED_NAME.finditer(text) if _padded(text, m)]
    return _apply(text, sorted(set(spaced + keys + padded)))


# A copy a word segmenter spaced (省 委第三巡视组巡视云 岭市 工作 动员 会召开): where the lines that hold a comma (a
# sentence's, never a table's row or a list of units parted by spaces) set one space between two Chinese characters at
# least once in WORD_SPACED_RATE characters, and on MIN_WORD_SPACED lines, every such single space of the page goes
# (a run of two or more, a table's padding, stays; so do the single spaces of a table of problems, problem_table_lines).
_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_COMMA_LINE = re.compile(r"^[^\n]*[,，][^\n]*$", re.M)
WORD_SPACED_RATE = 25
MIN_WORD_SPACED = 3


def join_word_spacing(text: str) -> tuple[str, OffsetMap]:
    """A page whose sentences a segmenter spaced into words, its words joined again (before whitespace is unified,
    which would make a table's padding one space)."""
    if text.count(" ") * 2 * WORD_SPACED_RATE < len(text):
        return text, OffsetMap.identity(len(text))  # (a cheap bound: half the rate over the whole page, spaces of any kind)
    # (序号 问题描述 整改措施 … / 1 A不到位，B不足 按…配齐 …: a table of problems flattened with single spaces keeps them)
    all_lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in all_lines[:-1]), initial=0))
    tables = [(starts[first], starts[last - 1] + len(all_lines[last - 1])) for first, last in problem_table_lines(all_lines)]
    gaps = han = lines = 0
    for m in _COMMA_LINE.finditer(text):
        if any(a <= m.start() < b for a, b in tables):
            continue
        found = len(_HAN_GAP.findall(m.group()))
        gaps, han, lines = gaps + found, han + len(_HAN.findall(m.group())), lines + (found > 0)
    if lines < MIN_WORD_SPACED or gaps * WORD_SPACED_RATE < han:
        return text, OffsetMap.identity(len(text))
    return _apply(text, [(m.start(), m.end(), "") for m in _HAN_GAP.finditer(text)
                         if not any(a <= m.start() < b for a, b in tables)])


# A line break inside a sentence (a copy wrapped at a fixed width, a stray <br>) is dropped: in the body (a 。
# before it, a line longer than a headline or with two commas, or one opening as a report's first sentence does:
# 2021年1月15日,) after a clause in progress (a line with a comma, a sentence end or a colon in it; no field key at
# its start; not a numbered heading or a table's row; not ending on a sentence end, a colon or a row's bar) before
# a line that opens no numbered heading, bulleted item or table row; and wherever the next line starts with a comma,
# a sentence end or a closing bracket, which no line does. Titles, headings, bylines, list items and a table's cells
# keep their lines.
LONGEST_HEADING = 40
_NO_LINE_START = re.compile(r"[,，、。;；:：)）”’」』]")
_LINE_END = frozenset("。！？!?；;…:：）)|｜]】—")  # | closes a table's row; ] a link's text (…[详细]); — a lead's dash (安排为——)
_ROW_END = frozenset("|｜")
# A table's row: cells apart by two spaces or by bars (rows of one table are as long as each other, and no text wrapped;
# 1｜甲市委｜省委第一巡视组｜2023年12月24日 under its header). Alternatives of literals only: the engine skips to them.
_TABLE_ROW = re.compile(r"  |\||｜")
_CLOSING_QUOTES = "”’」』"  # end a line only after a sentence's end: 围绕“四个聚焦” goes on
# Words no line ends with: an ordinal's 第 goes on even where the next line opens as a heading would (市委第一、第\n二、
# 第三巡察组: a copy wrapped at a fixed width).
_LIST_KEY = re.compile(r"组|对象|单位")  # the key of a team's line or of a units' field
# The line that ends a list's field wrapped over two lines: the wrapped name's tail and the list's next 、, up to its 。 or
# ；, no field of its own.
_FIELD_GOES_ON = re.compile(r"[\u4e00-\u9fff（）()]{1,12}、[^\n:：]{0,80}[。；;]$", re.M)  # (党组、B。: a name's tail, then the list)
_NO_LINE_END = frozenset("第")
# A unit's last character alone on a line, the rest of its name on the line before: a table's cell wrapped in a PDF
# copy (省自然资源厅党组、省林业局党\n组).
_NAME_TAIL_LINE = re.compile(r"(?:(?<=党\n)(?:支部|总支|工委)|(?<=问\n)题[。.]?|[组委局厅院校司部处科所站会社办])(?:\n|$)")  # (县中医医院党⏎支部 too; …”的问⏎题)
# A field's key (发布时间:; a day's with its weekday, 10月9日（星期一）：A、B), or a team's line of units (县委第一巡察组(6个):
# A、B…), or a kind's (中管企业(12家):A、B), which a list's next line follows.
_FIELD_START = re.compile(rf"[^,，。\n]{{1,8}}{WEEKDAY_NOTE}?[:：]|[^,，。:：\n]{{1,16}}组(?:(?:巡视|巡察)的?(?:单位|对象|党组织)?)?"
                          r"(?:[(（][^()（）\n]{1,12}[)）])?[:：]"  # (县委第一巡察组巡察单位: / 省委第一巡视组巡视的:)
                          r"|[^,，。:：\n]{1,12}[(（]" + UNIT_COUNT + r"[)）][:：]"
                          # (交叉巡察第一组(组长:某某,县委巡察办副主任)→龙口镇:A、B: a team's line, its leaders in brackets, an arrow)
                          r"|[^,，。:：\n]{1,16}组(?:[(（][^()（）\n]{1,40}[)）])?[ \t]*(?:→|➜|->|——)")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
CIRCLED_ITEMS = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")
# A line that opens a team's list of units and ends before the list does (…巡察组(12月16日)向 / 向(1)A(2)B / 向A、B、),
# its items going on over the lines after it.
LIST_OPENED = re.compile(r"(?:巡视|巡察)组(?:[(（][^()（）\n]{1,16}[)）])?(?:分别)?向[:：]?(?![^\n]*(?:反馈|通报))[^。！？!?；;\n]*$")
_LIST_STOPS = re.compile(r"\n|$|[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[条章节部分])")
_COLON = re.compile(r"[:：]")
# A page's date line after a cut text (2026年11月12日  责任编辑:某某): a date alone or spaced from what follows it,
# never the rest of a sentence.
_DATE_LINE = re.compile(r"(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})(?=[ \t\u3000]|\n|$)")
# A page's metadata line under a headline that reads like a sentence (11月20日,某组向某单位反馈…情况 / 发布时间:…).
_META_LINE = re.compile(r"(?:(?:发布|发表|更新|出版|发稿)(?:时间|日期)?|时间|日期|来源|信息来源|稿件来源|作者|责任编辑)[ \t\u3000]*[:：]")
# A line ending on a date in figures or a time, as a metadata line's last field or a listed title's date does.
_ENDS_ON_DATE = re.compile(r"(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$")
_ENDS_ON_DAY = re.compile(r"\d{1,2}日$")  # (a metadata line's date in words: 发布时间:2023年6月20日)
# A listed title's date set apart after it (6月8日,县委第二巡察组向A反馈巡察情况  2023-06-09 / …反馈巡察情况 (2021-07-09)):
# the title is whole on its line, whatever it opens with.
_LISTED_DATE_END = re.compile(r"(?:\s|[\[(（])(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?$")
# A line closing on a contact, as a notice's line of a team or a unit does (…,值班电话010-60986676,邮政信箱北京市A2501号信箱 /
# 举报邮箱:xcz@163.com): its sentence ends with it.
_CONTACT_END = re.compile(r"(?:电话|手机|传真)[:：]?[ ]?[\d()（）+\-—－/、 ]{5,}$|(?:信箱|邮箱)[:：]?[^,，。;；\n]{0,30}$")
# How a news report's first sentence opens and a headline never does: 2021年1月15日, / 3月5日上午, / 近日, /
# 根据县委统一部署, / 按照市委巡察工作安排, / a dateline (新华社北京4月17日电) / 【本报讯】
_SENTENCE_OPENING = re.compile(rf"{DAY_OPENING}"
                               r"|(?:近日|日前|近期|今年以来),"
                               r"|[^\s,。]{2,20}?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日电"
                               r"|(?:根据|按照)[^,。\n]{2,30}(?:部署|安排|要求),"
                               r"|【[^】\n]{0,8}[讯电]】")  # 【本报讯】/【本报北京电】记者某某报道: a press report's opening
_HEADING_START = re.compile(r"[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                            r"|\d{1,3}\s*[、．]|\d{1,3} |\d{1,2}\.(?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]"
                            r"|第[一二三四五六七八九十]{1,3}[条章节部分]")


# What a report writes under a problem, labelled (整改落实:… / 整改情况:…): never the rest of the problem's line.
_DONE_LABEL = re.compile(r"整改(?:落实|情况|措施|进展|成效|结果|举措)[ \t\u3000]*[:：]")


_ROUND_LABEL = re.compile(rf"[ \t\u3000]*{ROUND_LABEL}[ \t\u3000]*[:：]")  # 第二轮（2021年9月）：A、B: a round's units


# A field of a team's card in a round's notice (组长：/巡察对象：/值班电话：…), on a line of its own.
_CARD_FIELD = re.compile(r"[ \t\u3000]*(?:副?组长|组员|联络员|联系人|被?(?:巡视|巡察)(?:对象|单位|时间)|进驻(?:单位|对象|时间)"
                         r"|(?:值班|联系|举报|监督|受理)(?:电话|手机|邮箱|信箱)|(?:邮政|电子)信箱|电子邮箱)[:：]")


def _opens_own_line(text: str, pos: int) -> bool:
    """The line at ``pos`` opens a numbered heading, a bulleted item, a metadata line, what was done about a problem,
    a round's units or a field of a team's card: never the rest of the line before it."""
    return bool(_HEADING_START.match(text, pos) or BULLET.match(text, pos) or _META_LINE.match(text, pos)
                or _DONE_LABEL.match(text, pos) or _ROUND_LABEL.match(text, pos) or _CARD_FIELD.match(text, pos))


def _breaks_a_sentence(text: str, start: int, brk: int, body_from: int, going_on: bool = False) -> bool:
    """The line ``text[start:brk]`` stops mid-sentence and the line after it goes on with that sentence (``going_on``:
    the line itself goes on with the line before it, so a sentence is in progress even with no comma in the line: a
    copy wrapped at a fixed width breaks a list of names parted by 、 too)."""
    if brk + 1 >= len(text) or brk == start:
        return False
    line = text[start:brk]
    if _NO_LINE_START.match(text, brk + 1) or (line[-1:] in _NO_LINE_END and text[brk + 1] != "\n"):
        return True
    commas = line.count(",") + line.count("，")  # (not 、: a table's cell lists names with it)
    in_body = (going_on or 0 <= body_from < start or len(line) > LONGEST_HEADING or commas > 1
               or bool(_SENTENCE_OPENING.match(line)) or bool(commas and _COLON.search(line)))  # (反馈指出,…问题:一是…)
    sentences = _SENTENCE_END.search(line)
    in_progress = going_on or commas > 0 or sentences or _COLON.search(line)  # a clause has begun: 问题。一是 / 问题:一是
    last = line.rstrip(_CLOSING_QUOTES)[-1:]
    heading = _HEADING_START.match(line) and not sentences and not going_on  # (三)强化结果运用。推动… is a paragraph
    # a table's row, its cells apart (tabs are spaces by now) or between bars (A党委|T|7月2日|问题;问题: three bars make
    # it one whatever its cells hold; two, where the line before or after has as many: T | A | 已完成整改22个，正在整改3个)
    bars = _bars(line)
    next_end = text.find("\n", brk + 1)
    row = (line.count(" ") >= 2 or bars >= 2) and not commas or bars >= 3 or bars == 2 and (
        _bars(text[brk + 1:next_end if next_end >= 0 else len(text)]) == 2
        or start > 0 and _bars(text[text.rfind("\n", 0, start - 1) + 1:start - 1]) == 2)
    key = _FIELD_START.match(line)
    field = key is not None and not going_on  # (…存在以下\n问题:一是…: a sentence's words, no field's key)
    if field and _LIST_KEY.search(key.group()) and "、" in line[key.end():] and "\u4e00" <= last <= "\u9fff" \
            and not PARTY_BODY_END.search(line) \
            and _FIELD_GOES_ON.match(text, brk + 1) and not _opens_own_line(text, brk + 1):
        return True  # 县委第二巡察组:巡察A、县住房和城乡建设局⏎党组、B。: a team's list wrapped mid-name, closed by its 。
    # (白沙镇党委,白沙镇红星村党支部、新华村党支部⏎4月10日: a table's cell of units, one a line, its commas no clause's)
    return bool(in_body and in_progress and last not in _LINE_END and not field and not heading
                and not row and not UNITS_BY_COMMAS.fullmatch(line.strip())
                and text[brk + 1] not in "\n|｜【" and not _opens_own_line(text, brk + 1)
                and not _DATE_LINE.match(text, brk + 1) and not _LISTED_DATE_END.search(line) and not _CONTACT_END.search(line))


def _bars(line: str) -> int:
    """How many bars part a line's cells."""
    return line.count("|") + line.count("｜")


def _goes_on_in_column(line: str, text: str, brk: int) -> bool:
    """A line that fills a fixed-width column goes on with the next line, even after a sentence's end (only a
    paragraph's last line is short), unless it ends on a table's bar, or on a date as a metadata line or a listed
    title does (来源:… 发布时间:2023-06-20 / ·…的通报 2023-12-28), or the next line opens a paragraph, a heading, a
    bulleted item or a metadata line."""
    return (line[-1:] not in _ROW_END and not _TABLE_ROW.search(line) and text[brk + 1:brk + 2] not in ("\n", "", "·")
            and not _ENDS_ON_DATE.search(line) and not (_META_LINE.search(line) and _ENDS_ON_DAY.search(line))
            and not _opens_own_line(text, brk + 1))



def _list_goes_on(line: str, text: str, brk: int) -> bool:
    """A list parted by 、 goes on after the 、 that ends its line (…A、B、⏎C。): the next line is its next item, not a
    sentence the line opens (the lines after are read for themselves)."""
    return line.endswith("、") and "\u4e00" <= text[brk + 1:brk + 2] <= "\u9fff" and not _opens_own_line(text, brk + 1)


def _quote_open(line: str, text: str, brk: int) -> bool:
    """The line opens a quote it does not close (（二）关于“推动乡村振兴重点任务落实不够有力,高⏎标准农田…”的问题): the quoted words go on
    with the next line, which opens nothing of its own."""
    return line.count("“") > line.count("”") and "\u4e00" <= text[brk + 1:brk + 2] <= "\u9fff" and not _opens_own_line(text, brk + 1)


def _wraps_a_name(line: str, text: str, brk: int) -> bool:
    """The line's last name goes on with one character on the next line (a cell wrapped in a PDF's table), or a list
    of units parted by 、 breaks inside a name whose rest opens the next line up to its separator (市委第一巡察组巡察A、
    市统计局党⏎组；/ …市城市管理⏎综合执法局党组；); what follows is not joined for it."""
    in_list = "、" in _LEADING_MARKER.sub("", line)
    # (a list's or a table's row's last name begun and cut by the line, 2 省委第二巡视组 A、岭东省农村信用社联合社党⏎委 B
    # 2月28日; not a whole name, a person's, …9月5日 王建国 / 副组长 王丽、陈刚, nor a heading's 的问题)
    last = re.split(r"[、\s]", line)[-1]
    cut = not (len(last) >= 3 and _NAME_COMPLETE.search(last)) and (len(last) == 1 or _UNIT_PART.search(last) is not None) \
        and (in_list or _ROW_OF_UNITS.search(line) is not None) and not line.endswith("问题")
    return bool((_NAME_TAIL_LINE.match(text, brk + 1)
                 or cut and _LIST_NAME_TAIL.match(text, brk + 1) and not _opens_own_line(text, brk + 1)
                 or in_list and _BODY_TAIL.match(text, brk + 1))  # (…、市医疗保障局⏎党组、B: the unit's party body)
                and "\u4e00" <= line[-1:] <= "\u9fff" and not _SENTENCE_END.search(line))


_BODY_TAIL = re.compile(r"(?:党组|党委|党工委|党总支|党支部)[、;；,，。]")  # a unit's party body opening a line
# A table's row of a team and its units (not a header: 单位名称 巡视组 整改报告 公开时间).
_ROW_OF_UNITS = re.compile(r"(?:巡视|巡察)组 +\S*?(?:党|局|厅|委|院|集团|集|公司|中心)")
_LEADING_MARKER = re.compile(r"^[ \t]*[一二三四五六七八九十\d]{1,3}、")  # (二、关于…的问题: a heading's marker, no list's 、)
_UNIT_PART = re.compile(r"[省市县区镇乡党局厅委院学大]|集团?|公司|中心")  # (学, 大: 科技学⏎院党委, 科技大⏎学党委)
# How a unit's or a team's name ends when it is whole (a line ending so is no name cut short).
_NAME_COMPLETE = re.compile(r"(?:党组|党委|党工委|党总支|党支部|[委局组办厅院校司部处]|中心|公司|集团|[镇乡村县区市省]|社区|街道)$")


# The rest of a unit's name opening a line, then the separator or the next cell after it (组； / 心党委； / 综合执法局党组；
# / 党组、B / 团有限公司党委 方卫东 2月28日).
_LIST_NAME_TAIL = re.compile(r"(?![\u4e00-\u9fff]{0,12}?(?:巡视|巡察)组)"  # (not the next row's team: 市委第二巡察组 A B)
                             r"(?![省市县区镇乡]|中共)"  # (nor a name of its own, opening with its level: 市公共交通集团有限公司党委)
                             r"[\u4e00-\u9fff]{0,12}?(?:党组|党委|党工委|党总支|党支部|党组织|组|委|局|办|厅|院|校|公司|集团|中心)"
                             r"[、;；,，。 ]")


# A copy wrapped at a fixed width (a PDF's lines, a mirror's narrow column) breaks its sentences wherever the column
# ends, even before a first comma. Its lines are then never wider than the column and most of its long lines are as
# wide, counted in characters or in display columns (a digit or a Latin letter one, any other character two: the
# page's full-width marks are half-width by now): at least WRAPPED_LINES lines of MIN_WRAP_WIDTH characters or more,
# and WRAPPED_SHARE of the long lines, are within WRAP_SLACK of a width no more than WIDER_LINES of them exceed. A
# list of names one a line has lines as long as each other but a page's paragraphs wider; a table's rows (_TABLE_ROW)
# are not counted.
MIN_WRAP_WIDTH = 12
WRAPPED_LINES = 4
WRAPPED_SHARE = 0.4
WRAP_SLACK = 2
WIDER_LINES = 0.05


_NARROW = re.compile(r"[0-9A-Za-z][0-9A-Za-z]*")  # (a class first, not a repeat: the engine skips to it)


def _columns(line: str) -> int:
    return 2 * len(line) - sum(map(len, _NARROW.findall(line)))


# How a list's item ends, and a wrapped line seldom does: a unit's party body, a report's or a notice's title. (A page
# of such items one a line, as long as each other, is a list, not a text wrapped at their width.)
_ITEM_ENDS = ("党委", "党组", "党支部", "党总支", "党工委", "委员会", "情况", "通报", "报告", "公告", "公示")


def _wrapped_at(lines: list[str]) -> Callable[[str], bool] | None:
    """Whether a line fills the column the text is wrapped at, or None for a text not wrapped at a fixed width."""
    long_lines = [ln for ln in lines if len(ln) >= MIN_WRAP_WIDTH and not _TABLE_ROW.search(ln) and not ln.endswith(_ITEM_ENDS)]
    best: tuple[int, Callable[[str], bool]] | None = None
    for measure in (len, _columns):
        widths = sorted(map(measure, long_lines))  # (counted by bisection: a page may have a million lines)
        lines_of_width = Counter(widths)
        for width in set(widths):
            if lines_of_width[width] < WRAPPED_LINES:
                continue  # (too few lines of this width for the column's)
            below, at, above = (bisect.bisect_left(widths, width - WRAP_SLACK), bisect.bisect_left(widths, width),
                                bisect.bisect_right(widths, width))
            near = above - below
            if (above - at >= WRAPPED_LINES and near >= WRAPPED_SHARE * len(widths)
                    and len(widths) - above <= WIDER_LINES * len(widths) and (best is None or near > best[0])):
                best = (near, lambda ln, m=measure, w=width: w - WRAP_SLACK <= m(ln) <= w)
    return best[1] if best else None


def join_broken_lines(text: str) -> tuple[str, OffsetMap]:
    """A sentence broken over two lines written on one line: the break is dropped (after whitespace is unified). A
    list a line opens (…巡察组(12月16日)向 / 分别向A、) goes on over its numbered items, one a line, to the end of its
    sentence. In a text wrapped at a fixed width, a line goes on when it fills the column."""
    body_from = text.find("。")
    lines = text.split("\n")
    fills_column = _wrapped_at(lines)
    # (the lines of a table of problems, a row a line, and the line before it: a row is never a sentence broken)
    rows = {k for first, last in problem_table_lines(lines) for k in range(max(first - 1, 0), last)}
    pieces, start, going_on, listing, in_column, index = [], 0, False, False, False, -1
    bullet_alone = False  # the line before opened with a bullet and stood alone (● A⏎● B: a list of one-line items)
    while (brk := text.find("\n", start)) >= 0:
        line, index = text[start:brk], index + 1
        bulleted = BULLET.match(line) is not None
        if index in rows or (bulleted and bullet_alone):
            # (a table's row; the last of a run of bulleted one-line items is one line too: ● C⏎组长强调,… opens no wrap)
            start, going_on, bullet_alone = brk + 1, False, bulleted
            continue
        # a line after one that filled its column may be its paragraph's last: that line's break says nothing of it
        after_column, in_column = in_column, bool(fills_column and fills_column(line) and _goes_on_in_column(line, text, brk))
        # (a line the column cut after …巡视组向 opens no list)
        listing = (listing and not _SENTENCE_END.search(line)) or bool(not in_column and LIST_OPENED.search(line))
        circled = len(CIRCLED_ITEMS.findall(line)) > 1 and CIRCLED_ITEMS.match(text, brk + 1)  # (①A ②B\n③C: one list)
        going_on = (in_column
                    or (listing and not _LIST_STOPS.match(text, brk + 1) and not _ROUND_LABEL.match(text, brk + 1))
                    or _breaks_a_sentence(text, start, brk, body_from, going_on and not after_column))
        if circled:
            pieces.append((brk, brk + 1, " "))
        elif going_on or _wraps_a_name(line, text, brk) or _list_goes_on(line, text, brk) or _quote_open(line, text, brk):
            pieces.append((brk, brk + 1, ""))
        bullet_alone = bulleted and not going_on
        start = brk + 1
    return _apply(text, pieces)


# A table of problems copied one cell a line (序号 / 问题 / 整改措施 / 责任单位 / 完成时限 / 进展情况, then each row as many
# lines, its first the row's number) or with bars between its cells: each row is written on one line, its cells parted
# by spaces, as a table flattened to lines reads (kg/extract/findings.py). Its header names the problem and what was
# done about it.
PROBLEM_HEAD_CELL = re.compile(r"(?:存在|反馈|具体|主要)?问题(?:描述|清单|表现|内容)?")
# The column of a table of problems that names each row's kind (问题类别 | 具体问题 | 整改措施): the problem's category.
CATEGORY_HEAD_CELL = re.compile(r"(?:问题)?(?:类别|类型|分类|方面)")
DONE_HEAD_CELL = re.compile(r"(?:主要)?整改(?:措施|举措|情况|进展|进度|目标|时限|状态|结果)|完成(?:时限|情况|时间|状态)|责任(?:单位|部门|领导|人)"
                            r"|进展(?:情况)?|进度|牵头(?:单位|领导)")  # (序号 | 反馈问题 | 主要整改措施 | 进度)
# … or the unit or team a round's digest gives each row's problems of (单位 | 巡视组 | 反馈时间 | 主要问题), under a column
# that tells them (not 反馈问题 beside 已整改, a column of figures).
FED_BACK_HEAD_CELL = re.compile(r"(?:被(?:巡视|巡察))?(?:单位|党组织)(?:名称)?|(?:巡视|巡察)组(?:别)?|组别")
PROBLEMS_TOLD_HEAD_CELL = re.compile(r"(?:存在|具体|主要)问题(?:描述|清单|表现|内容)?|问题(?:描述|清单|表现|内容)")
HEAD_CELL_LINE = re.compile(r"[\u4e00-\u9fff（()）/]{1,8}")
ROW_NUMBER_LINE = re.compile(r"\d{1,3}[.、]?")
MIN_HEAD_CELLS = 3
# A header's problem cell alone on its line or between bars: a text without one is not read line by line.
PROBLEM_HEAD_LINE = skipping(re.compile(rf"(?:^|[|｜])[ ]?{PROBLEM_HEAD_CELL.pattern}[ ]?(?:$|[|｜])", re.M))
TABLE_BAR = re.compile(r" ?[|｜] ?")
ROW_NUMBER_CELL = re.compile(r"\d{1,3}[.、]? ?[|｜]")
ROW_NUMBER_HEADS = frozenset({"序号", "编号"})  # a header opening with one has each row open with its number
# A row of a table without numbers runs to the page's prose: a line with a colon (公示时间:… / 联系电话:…) is none of its.
PROSE_CELL = re.compile(r"[:：]")


def problem_table_header(cells: list[str]) -> bool:
    """A table's header that names the problem and what was done about it, or the problem's kind (序号|问题类别|具体问题:
    feedback news listing what it found), or the unit or team it was fed back to or by (单位|巡视组|反馈时间|主要问题: the
    press's digest of a round's feedback)."""
    if len(cells) < MIN_HEAD_CELLS:
        return False
    return (any(PROBLEM_HEAD_CELL.fullmatch(c) for c in cells)
            and any(DONE_HEAD_CELL.fullmatch(c) or CATEGORY_HEAD_CELL.fullmatch(c) for c in cells)
            or any(PROBLEMS_TOLD_HEAD_CELL.fullmatch(c) for c in cells) and any(FED_BACK_HEAD_CELL.fullmatch(c) for c in cells))


def problem_table_lines(lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last + 1) line indices of each table of problems written a row a line, its cells parted by single
    spaces (as join_table_cells leaves it): its header's line and each line after it with as many cells (or one fewer
    where the header opens with the category's column, whose cell a category's later rows share: merged_category)."""
    tables = []
    i = 0
    while i < len(lines):
        width = len(cells := lines[i].split(" "))
        if not problem_table_header(cells):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (len(lines[j].split(" ")) == width or merged_category(cells, lines[j].split(" "))):
            j += 1
        tables.append((i, j))
        i = j
    return tables


def merged_category(heads: list[str], cells: list[str]) -> bool:
    """Whether a row of a table of problems lacks only its first cell, the category's, merged with the rows above
    (问题类别 序号 反馈问题 整改情况 / 落实…方面 1 A 已完成 / 2 B 已完成)."""
    return len(cells) == len(heads) - 1 and CATEGORY_HEAD_CELL.fullmatch(heads[0]) is not None


# A table of teams and units whose rows lost their line breaks: 序号 巡察组 被巡察党组织 巡察时间 1 第一巡察组 A 4月8日至6月7日 2
# 第一巡察组 B …: its header (ROWS_HEAD_CELLS, three of them or more, before the first row's number), then rows each opening
# with the next number (1, 2, 3 …), after a space or the last cell's 日, before a cell that is no figure.
ROWS_HEAD_CELLS = ("序号", "组别", "巡察组", "巡视组", "被巡察党组织", "被巡察单位", "被巡视单位", "被巡察对象", "巡察对象",
                   "巡察时间", "巡视时间", "进驻时间", "反馈时间", "轮次", "批次", "组长", "巡察方式", "巡察类型", "备注")
# (…|反馈问题数|已整改数|1|; …巡察方式1 一组, the first number right after the header; a header on its own line; 01 02 …;
# cells it does not know among them: 序号 巡察组 乡镇 被巡察村(社区)党组织 巡察时间 1 …)
ROWS_HEAD = re.compile(r"(?:[\u4e00-\u9fff()（）]{1,12}(?:[ \t\u3000|｜]+|(?=\n?0?1[ \t\u3000|｜]))){3,10}\n?(?=0?1[ \t\u3000|｜])")
HEAD_CELL_RUN = re.compile(r"[\u4e00-\u9fff()（）]+")
RANGE_DASHES = "-－—–~～至"
TOTALS_CELL = re.compile(r"(?<=[ \t\u3000|｜])(?:合计|小计|总计|共计)(?=[ \t\u3000|｜])")
MIN_KNOWN_HEAD_CELLS = 3  # of a header's cells, at least this many in ROWS_HEAD_CELLS or naming the units column
MIN_RUN_ROWS = 3  # a run of at least this many rows: a line of a few numbers is no table


@lru_cache(maxsize=64)
def _run_row(n: int) -> re.Pattern[str]:
    """Row ``n``'s number where it opens a row run on after the cells before: after a space or a cell's last character,
    before a cell that is no figure (巡察“回头看”18 五组: after a closing quote too; 10月25日 —11 第二轮: after a dash or a
    slash written for an empty cell)."""
    return re.compile(rf"(?<=[ \t\u3000|｜日号\u4e00-\u9fff”」』)）—/／])0?{n}(?=[ \t\u3000|｜]+[^\d\s|｜])")


def split_run_rows(text: str) -> tuple[str, OffsetMap]:
    """The rows of a table run together on a line (ROWS_HEAD), each put on a line of its own: a line break before
    each row's number, as the page's table had them."""
    if "序号" not in text and "组别" not in text:
        return text, OffsetMap.identity(len(text))
    pieces: list[tuple[int, int, str]] = []
    for head in ROWS_HEAD.finditer(text):
        cells = HEAD_CELL_RUN.findall(head.group())
        if sum(c in ROWS_HEAD_CELLS or TARGET_COLUMN_NAMED.fullmatch(c) is not None for c in cells) < MIN_KNOWN_HEAD_CELLS:
            continue
        breaks, at, n = [] if text[head.end() - 1] == "\n" else [head.end()], head.end() + 1, 2
        joins: list[int] = []
        while True:  # (the rows over the lines the copy kept, each line opening with its next row)
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            while m := _run_row(n).search(text, at, line_end):
                breaks.append(m.start())
                at, n = m.end(), n + 1
            if following := re.match(rf"0?{n}[ \t\u3000|｜]+[^\d\s|｜]", text[line_end + 1:line_end + 12]):
                at, n = line_end + 1 + following.end() - 1, n + 1
                continue
            if totals := TOTALS_CELL.search(text, at, line_end):
                breaks.append(totals.start())  # (…5 1 4 合计 ———— 231 199 32: the totals row after the last)
                break
            next_end = text.find("\n", line_end + 1)
            if line_end == len(text) or not _run_row(n).search(text, line_end + 1, len(text) if next_end < 0 else next_end):
                break
            joins.append(line_end)  # (…党组⏎9月5日 常规巡察11 三组: a row broken over two lines, joined; the next opens inside)
            at = line_end + 1
        if n - 1 >= MIN_RUN_ROWS:  # (the rows read, on the lines they ran over)
            # (a range broken after its dash, 9月23日-⏎10月15日, is joined without a space: one cell)
            pieces += [(b, b, "\n") for b in breaks] + [(j, j + 1, "" if text[j - 1] in RANGE_DASHES else " ") for j in joins]
    return _apply(text, sorted(pieces))


def join_table_cells(text: str) -> tuple[str, OffsetMap]:
    """Each row of a table of problems on one line, its cells parted by spaces: the breaks inside a row copied one cell
    a line, the bars of a row written with them (序号 | 问题 | 整改措施 … / 1 | X | 一是…)."""
    if not PROBLEM_HEAD_LINE.search(text):
        return text, OffsetMap.identity(len(text))
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    pieces: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        if problem_table_header(heads := [c.strip() for c in TABLE_BAR.split(lines[i]) if c.strip()]):
            row = i
            while row < len(lines) and TABLE_BAR.search(lines[row]) and (
                    row == i or ROW_NUMBER_CELL.match(lines[row].lstrip("|｜ ")) or heads[0] not in ROW_NUMBER_HEADS):
                # (a bar opening or closing the line parts no cells)
                pieces += [(starts[row] + b.start(), starts[row] + b.end(),
                            " " if 0 < b.start() and b.end() < len(lines[row]) else "")
                           for b in TABLE_BAR.finditer(lines[row])]
                row += 1
            i = row
            continue
        head = i
        while head < len(lines) and HEAD_CELL_LINE.fullmatch(lines[head].strip()):
            head += 1
        if head - i < MIN_HEAD_CELLS or not problem_table_header(heads := [c.strip() for c in lines[i:head]]):
            i = max(head, i + 1)
            continue
        width, row = head - i, head
        pieces += [(starts[k] - 1, starts[k], " ") for k in range(i + 1, head)]
        while row + width <= len(lines) and all(lines[k].strip() for k in range(row, row + width)) and (
                ROW_NUMBER_LINE.fullmatch(lines[row].strip()) if heads[0] in ROW_NUMBER_HEADS
                else not any(PROSE_CELL.search(lines[k]) for k in range(row, row + width))):
            pieces += [(starts[k] - 1, starts[k], " ") for k in range(row + 1, row + width)]
            row += width
        i = row
    return _apply(text, pieces)


@lru_cache(maxsize=None)
def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def _t2s(text: str) -> str:
    """Traditional → Simplified: Hong Kong variant characters (衞) to OpenCC's standard ones first
    (``hk2t``; t2s alone leaves them), then ``t2s``, then the Taiwan/Hong Kong words of
    ``kg/lexicon/regional_phrases.txt`` to mainland ones.

    OpenCC's Taiwan reverse tables are not used: ``tw2t`` writes 显著 as 显着 and ``tw2sp`` turns
    mainland words into others (执行 → 运行, 建立 → 创建).
    """
    simplified = _opencc("t2s")(_opencc("hk2t")(text))
    return _REGIONAL_PHRASE.sub(lambda m: REGIONAL_PHRASES[m.group()], simplified)


_COMPARED_BLOCK = 64


def _changed(text: str, converted: str) -> int:
    """How many characters a length-keeping conversion changed; compared block by block (equal blocks, most of
    a text, in one comparison each): a per-character comparison of the whole took longer than OpenCC."""
    changed = 0
    for at in range(0, len(text), _COMPARED_BLOCK):
        block, block_converted = text[at:at + _COMPARED_BLOCK], converted[at:at + _COMPARED_BLOCK]
        if block != block_converted:
            changed += sum(map(operator.ne, block, block_converted))
    return changed


# A run of Han characters: the sample is joined from runs (a list of single characters cost ten times as much).
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def is_traditional(text: str) -> bool:
    """The text is written in Traditional script: of its characters that only one script writes, at least a
    few and a tenth are Traditional (t2s changes them; s2t changes the Simplified ones). Characters both scripts
    share have no vote, so a page padded with them (a table of 十, names) keeps its script, and a Simplified
    body under a Traditional site header still reads the header as Traditional."""
    sample = "".join(_HAN_RUN.findall(text[:20000]))
    traditional_only = _changed(sample, _opencc("t2s")(sample))  # character by character: no phrases
    if traditional_only < 3:
        return False
    if 9 * traditional_only > len(sample):
        return True  # (the Simplified-only characters, no more than the sample's, cannot outvote them: no s2t)
    return traditional_only >= 0.1 * (traditional_only + _changed(sample, _opencc("s2t")(sample)))


_SENTENCE_CUT = re.compile(r"(?<=[。！？!?\n])")


def to_simplified(text: str) -> tuple[str, OffsetMap]:
    """OpenCC t2s, sentence by sentence; a sentence whose length changes is aligned with difflib.

    OpenCC keeps the length of almost everything; cutting at sentence ends keeps the rare
    alignment (quadratic in the piece's length) cheap even for a file with no line breaks.
    """
    out: list[str] = []
    positions = array("q")
    base = 0
    for line in _SENTENCE_CUT.split(text):
        simp = _t2s(line)
        if len(simp) == len(line):
            positions.extend(range(base, base + len(line)))
        else:
            line_pos = [0] * len(simp)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, line, simp, autojunk=False).get_opcodes():
                for k in range(j1, j2):
                    line_pos[k] = i1 + min(k - j1, max(i2 - i1 - 1, 0)) if tag != "insert" else i1
            positions.extend(base + p for p in line_pos)
        out.append(simp)
        base += len(line)
    positions.append(len(text))
    return "".join(out), OffsetMap(positions)


def normalise_text(text: str, traditional: bool | None = None) -> tuple[str, OffsetMap, str]:
    """The normalised text, its map back to ``text``, and the script of ``text`` (zh-Hans/zh-Hant).

    ``traditional`` forces the script decision (for a fragment too short to judge); by default it is detected.
    """
    steps = [drop_invisible, plain_ideographs, strip_pinyin, strip_glued_pinyin]
    if traditional is None:
        traditional = is_traditional(text)
    if traditional:
        steps.append(to_simplified)
    steps += [half_width, semicolon_tables, drop_note_marks, arabic_dates, strip_tags, decode_entities, join_letter_spacing, join_word_spacing,
              indented_paragraphs, unify_whitespace,
              drop_page_breaks, full_stops, credit_bars, join_table_cells, split_run_rows, join_broken_lines]
    offsets = OffsetMap.identity(len(text))
    for step in steps:
        before = len(text)
        text, inner = step(text)
        if len(text) != before or not inner.is_identity():  # composing an identity is a no-op
            offsets = offsets.compose(inner)
    return text, offsets, "zh-Hant" if traditional else "zh-Hans"


@stage("normalise")
def normalise(doc: Document) -> Document:
    """Fill ``doc.text``, ``doc.offsets`` and ``doc.language`` from ``doc.original``."""
    doc.text, doc.offsets, doc.language = normalise_text(doc.original)
    return doc
