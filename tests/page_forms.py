"""The forms a real page takes for the same text: each generator rewrites a Simplified page the way
published copies of such pages are written (inline pinyin, letter-spaced headings, &nbsp; remnants,
lines re-wrapped or joined, page furniture on top, full-width indentation, 〇 and dotted dates, a PDF's radicals,
characters that show nothing).

The extractor must give the same facts for every form (tests/test_invariance.py). Each generator is
``form(text, rng) -> text``; the random choices come from ``rng`` so a form is reproducible.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

# Syllables with tone marks, as pages print them after a character: 醫(yī)院. Which syllable a character
# gets does not matter to the extractor; what matters is the form.
SYLLABLES = ("yī", "yuàn", "xún", "chá", "shì", "zǔ", "dǎng", "wěi", "gōng", "huì", "fǎn", "kuì",
             "zhōng", "guó", "shěng", "xiàn", "zhèn", "jú", "háng", "xiào", "lǚ", "nǚ", "jūn", "míng")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Team and unit words: a pinyin annotation falls inside them at least once per page.
_NAME_WORDS = re.compile(r"巡[察视]组|党[委组]|[省市县区]委|[镇乡局厅院]")
_SENTENCE_END = re.compile(r"[。;;!?!?]")
_NOT_IN_HEADING = re.compile(r"[\d:：|/\s]|记者|通讯员|编辑|责编|作者|来源|摄")
_FULL_DATE_RANGE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                              r"(?:(?P<to>至|到|—|-)(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)?")
_YEAR_DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_DIGITS = "〇一二三四五六七八九"

Form = Callable[[str, random.Random], str]


def _annotate(word: str, rng: random.Random, full_width: bool) -> str:
    left, right = ("（", "）") if full_width else ("(", ")")
    return "".join(f"{ch}{left}{rng.choice(SYLLABLES)}{right}" if rng.random() < 0.7 else ch for ch in word)


def inline_pinyin(text: str, rng: random.Random) -> str:
    """Pinyin in parentheses after the characters of random 2-4 character words and of team/unit words."""
    full_width = rng.random() < 0.3
    spans: list[tuple[int, int]] = [m.span() for m in _NAME_WORDS.finditer(text) if rng.random() < 0.3]
    for m in _HAN.finditer(text):
        if rng.random() < 0.3:
            start = rng.randrange(m.start(), m.end() - 1)
            spans.append((start, min(m.end(), start + rng.randint(2, 4))))
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        out += [text[cursor:start], _annotate(text[start:end], rng, full_width)]
        cursor = end
    return "".join(out) + text[cursor:]


def _is_heading(line: str) -> bool:
    """A title or section heading: one phrase of Chinese, no sentence end, no date, byline or field in it."""
    return 4 <= len(line) <= 40 and not _SENTENCE_END.search(line) and not _NOT_IN_HEADING.search(line)


def letter_spaced_headings(text: str, rng: random.Random) -> str:
    """Headings set with a space (or an ideographic space) between every character: 巡 察 反 馈."""
    gap = rng.choice((" ", "\u3000"))
    return "\n".join(gap.join(line) if _is_heading(line) else line for line in text.split("\n"))


_KEY = re.compile(r"(?m)^([\u4e00-\u9fff]{2,4})(?=[:：])")


def padded_keys(text: str, rng: random.Random) -> str:
    """A card's keys padded to one width with spaces between their characters (组  长：, 副 组 长：, 来  源：); a page
    without keys gets a padded source line under its headline."""
    gap = rng.choice(("  ", "\u3000", " "))
    if not _KEY.search(text):
        headline, _, body = text.partition("\n")
        text = f"{headline}\n来源：本站\n{body}"
    return _KEY.sub(lambda m: gap.join(m.group(1)), text)


def nbsp_remnants(text: str, rng: random.Random) -> str:
    """&nbsp; entities left by a copy of the HTML: paragraphs indented with them, the fields of a line set apart
    with them, a heading letter-spaced with them (巡&nbsp;察)."""
    lines = []
    for line in text.split("\n"):
        if _is_heading(line):
            line = "&nbsp;".join(line)
        elif len(line) <= 40 and " " in line:
            line = line.replace(" ", "&nbsp;" * rng.randint(1, 3))
        elif line:
            line = "&nbsp;" * rng.choice((2, 4)) + line
        lines.append(line)
    return "\n".join(lines)


def broken_lines(text: str, rng: random.Random) -> str:
    """Sentences broken over two lines at a random point, as a fixed-width copy wraps them (the longest line
    always, others at random)."""
    original = text.split("\n")
    longest = max(range(len(original)), key=lambda i: len(original[i]))
    lines = []
    for i, line in enumerate(original):
        if len(line) > 30 and (i == longest or rng.random() < 0.6):
            cut = rng.randrange(10, len(line) - 10)
            line = line[:cut] + "\n" + line[cut:]
        lines.append(line)
    return "\n".join(lines)


def joined_paragraphs(text: str, rng: random.Random) -> str:
    """Body paragraphs joined into one line, as a copy without paragraph marks gives them; the header lines above
    the first sentence stay as they are."""
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if "。" in ln), len(lines))
    out, body = lines[:first], [ln for ln in lines[first:] if ln.strip()]
    while body:
        n = rng.randint(2, 4)
        out.append("".join(body[:n]))
        body = body[n:]
    return "\n".join(out)


def fixed_width_column(text: str, rng: random.Random) -> str:
    """Every paragraph wrapped at one column of 16-36 characters, as a PDF's lines or a mirror's narrow column
    break it wherever the column ends (mid-name, mid-number, before a comma)."""
    width = rng.randint(16, 36)
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


def one_line(text: str, rng: random.Random) -> str:
    """The whole page, its header and furniture too, on one line, its lines parted by one or two spaces: a copy
    that lost every line break (the furniture is page_furniture's, the page's date kept)."""
    return re.sub(r"\s*\n\s*", rng.choice((" ", "  ")), text.strip())


# The Kangxi radical a PDF's font maps a character's glyph to (一 → ⼀, 工 → ⼯, 方 → ⽅): 214 characters have one.
KANGXI_RADICALS = {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0x2F00, 0x2FD6)}


def pdf_radicals(text: str, rng: random.Random) -> str:
    """Text copied out of a PDF whose font maps some characters to Kangxi radicals: every occurrence of about
    half of the characters that have one (⼀是, ⼯作, ⽅⾯, 巡察⼯作领导⼩组)."""
    chosen = {ch: radical for ch, radical in KANGXI_RADICALS.items() if rng.random() < 0.5}
    return "".join(chosen.get(ch, ch) for ch in text)


# What copy-protected pages scatter between characters and editors leave: zero-width spaces and joiners, word
# joiners, byte-order marks, soft hyphens.
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")


def invisible_characters(text: str, rng: random.Random) -> str:
    """Characters that show nothing after about one Chinese character in seven (清\u200b华大学)."""
    return "".join(ch + rng.choice(INVISIBLE) if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.15 else ch
                   for ch in text)


def page_furniture(text: str, rng: random.Random, published: str | None = None) -> str:
    """A web page's furniture: a breadcrumb, the source and publishing time (the page's own date, when it has
    one), font size, print and share buttons; all above the title, or the breadcrumb above it and the rest below."""
    fields = [f"来源:{rng.choice(('本网', '纪检监察网', '党建网'))}" + (f"  发布时间:{published}" if published else "")
              + "  浏览次数:1024", "【字号:大 中 小】【打印】【关闭】", "分享到:微信 微博 QQ空间"]
    crumb = "当前位置:首页 > 工作动态 > 巡视巡察"
    if rng.random() < 0.5:
        return "\n".join([crumb, *fields, text])
    title, _, rest = text.partition("\n")
    return "\n".join([crumb, title, *fields, rest])


def full_width_indent(text: str, rng: random.Random) -> str:
    """Two ideographic spaces before every paragraph."""
    return "\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in text.split("\n"))


def _chinese_number(n: int, zero: str) -> str:
    """A month or day in Chinese numerals (12 → 十二, 20 → 二十); a year digit by digit (2023 → 二〇二三)."""
    if n >= 1000:
        return "".join(zero if d == "0" else _DIGITS[int(d)] for d in str(n))
    tens, units = divmod(n, 10)
    return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[units] if units else "")


def chinese_dates(text: str, rng: random.Random) -> str:
    """Dates with a year written in Chinese numerals: 二〇二三年五月十二日 (〇, or ○ as some pages type it)."""
    zero = rng.choice(("〇", "○"))

    def chinese(m: re.Match[str]) -> str:
        year, month, day = m.groups()
        out = _chinese_number(int(year), zero) + "年"
        if month:
            out += _chinese_number(int(month), zero) + "月"
        if day:
            out += _chinese_number(int(day), zero) + "日"
        return out

    return _YEAR_DATE.sub(chinese, text)


def numeric_dates(text: str, rng: random.Random) -> str:
    """Full dates written with numbers only, one style a page: 2023.5.12至6.30, 2023-05-12至2023-06-30 or
    2023/5/12至2023/6/30 (the range's end in the same style)."""
    dotted = rng.random() < 0.4
    style = "{y}.{m}.{d}" if dotted else rng.choice(("{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}"))

    def numeric(m: re.Match[str]) -> str:
        y = int(m["y"])
        out = style.format(y=y, m=int(m["m"]), d=int(m["d"]))
        if m["m2"]:
            end = f"{int(m['m2'])}.{int(m['d2'])}" if dotted else style.format(y=y, m=int(m["m2"]), d=int(m["d2"]))
            out += m["to"] + end
        return out

    return _FULL_DATE_RANGE.sub(numeric, text)


_HALF = str.maketrans("，：；（）！？", ",:;()!?")
_FULL = str.maketrans(",:;()!?", "，：；（）！？")


def half_width_punctuation(text: str, rng: random.Random) -> str:
    """Punctuation half-width (,:;()) where the page has full-width, or the other way round."""
    return text.translate(_HALF if rng.random() < 0.5 else _FULL)


FORMS: dict[str, Form] = {
    "pinyin": inline_pinyin,
    "letterspaced": letter_spaced_headings,
    "paddedkeys": padded_keys,
    "nbsp": nbsp_remnants,
    "broken": broken_lines,
    "column": fixed_width_column,
    "radicals": pdf_radicals,
    "invisible": invisible_characters,
    "oneline": one_line,
    "joined": joined_paragraphs,
    "furniture": page_furniture,
    "indent": full_width_indent,
    "cndates": chinese_dates,
    "numdates": numeric_dates,
    "halfwidth": half_width_punctuation,
}
