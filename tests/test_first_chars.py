"""kg.extract.first_chars: the lookahead it adds rejects only positions where the pattern fails anyway, and a match
ends with one of the characters ending() gives.

One row per kind of pattern opening: the matches (spans and groups) of the skipping pattern must be those of
the pattern itself, on a text holding matches, near misses and Traditional script.
"""
from __future__ import annotations

import re

import pytest

from kg.extract.first_chars import ending, skipping

TEXT = ("2023年3月6日至5月12日，省委第二巡視组向某县委反馈巡视情况。 3月底前完成整改;\t截至目前，已整改问题27个、"
        "正在整改3个。\n據悉(记者 王五)一是强化责任，二是抓好落实。第1、第2巡察组；巡察三组。A<b>x</b> 。")

# (pattern, whether a lookahead is added)
ROWS = [
    (r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>\d{1,2})\s*月", True),  # an optional part first: a date's year
    (r"(?<![^\n。；;，,\s])(?:一是|二是|三是)", True),  # a lookbehind first: a clause start
    (r"(?:已整改|正在整改)问题?(?P<n>\d+)个|共?(?P<m>\d+)个问题|截至(?:目前|当前)", True),  # phrasings, one optional first
    (r"(?:[一二三]是|第[一二三]条)", True),  # an alternative opening with a class
    (r"(?:已整改|正在整改)问题?(?P<n>\d+)个|截至(?:目前|当前)", False),  # each opens with a literal: skipped already
    (r"(?:第[一二三四五六七八九十\d]+)?(?:巡视|巡察|巡視)[一二三四五六七八九十]?组", True),  # optional ordinal
    (r"\s*(?:记者|通讯员)\s*[:：]?", True),  # optional spaces: a category in the lookahead
    (r"(?:[(（]\s*)?(?:记者|编辑)", True),
    (r"省委|县委", False),  # literals: the engine skips by itself
    (r"[省县]委", False),  # a class first: likewise
    (r"(?=[省县])(?:省委|县委)", True),  # a lookahead of the first character written by hand: the second added
    (r"(?=[省县]委)(?:省委|县委)", False),  # … of more: left alone
    (r"(?=[第巡])(?:第[一二三])?[巡][视察]", True),  # … whose second character an optional part may give
    (r"(?=[一二])(?:[一二]是|一)", False),  # … of a pattern that may match one character: nothing to add
    (r"(?:第\d{1,2})?[巡县][视察委]", True),  # second characters: a repeat's next one, or the next item's
    (r"(?:\d{1,2})\s*月|截至", True),
    (r"(?:[一二三]是){1,3}|(?:第)?[一二]", True),  # one alternative may match one character: the first alone
    (r"(?:\d)?(?=月)|第一", False),  # may match nothing
    (r"(?:[(（]\s*)?(?:记者|编辑)|(?<=[，；])[^，。\s]{2,6}?组", True),  # two characters, beside a lookbehind's alternative
    (r"(?:(?<![^\s，])[^，。\s]{1,3}){1,2}组|第一", True),  # a lookbehind's alternative repeated: its gate holds at the start
    (r"(?:.{0,3})委", False),  # any character may start it
    (r"(?:[^，。]{2,4})?委", False),  # a negated class may start it
    (r"(?<![^\n。；;，,\s])[^，。]{2,4}?是", True),  # … behind a one-character lookbehind: where it holds
    (r"(?<=[，；])[^，。\s]{2,6}?组|一是", True),  # a positive one, beside an alternative opening with a literal
    (r"(?:第[一二三])?(?<![^\s。])[^，。]{2,4}委", False),  # a lookbehind after a part that may read characters
    (r"(?<![^，。]{2})[^，。]{2,4}委", False),  # a lookbehind of more than one character
    (r"(?:巡视)?", False),  # may match nothing
    (r"(?:等)?问题$", True),  # anchored at the end, searched in a window
    (r"^(?:第[一二三]|[一二三]是)", False),  # anchored at the start: tried there only
    (r"\A\s*(?:第[一二三]|[一二三]是)", False),
    (r"(?i)<b>", False),  # ignoring case: left alone
    (r"(?x) (?:一是|[二三]是)  # an item", False),  # verbose: left alone
    (r"(?m)(?:\s*)(?:一是|[二三]是)", False),  # a global flag in the pattern: left alone
]


@pytest.mark.parametrize("pattern, added", ROWS, ids=[p for p, _ in ROWS])
def test_skipping_finds_the_same_matches(pattern: str, added: bool) -> None:
    compiled = re.compile(pattern)
    skipped = skipping(compiled)
    assert (skipped is not compiled) == added
    assert [(m.span(), m.groups()) for m in skipped.finditer(TEXT)] == [(m.span(), m.groups()) for m in compiled.finditer(TEXT)]
    for start, end in ((0, len(TEXT)), (5, 40), (30, 31), (60, len(TEXT) - 3)):
        a, b = compiled.search(TEXT, start, end), skipped.search(TEXT, start, end)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern", [p for p, _ in ROWS])
def test_matches_end_with_an_ending(pattern: str) -> None:
    compiled = re.compile(pattern)
    last = ending(compiled)
    assert all(last.match(m.group()[-1]) for m in compiled.finditer(TEXT) if m.group())


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:等)?问题$", "[题]"),  # anchored at the end
    (r"ab|c\d", r"[b\d]"),
    (r"(?:第[一二])?组(?:长)?(?=[:：])", "[长组]"),  # an optional part last; a lookahead after
    (r"a*", "(?s:.)"),  # may match nothing
    (r"a.", "(?s:.)"),  # any character may end it
    (r"(?i)ab", "(?s:.)"),  # ignoring case
])
def test_ending(pattern: str, expected: str) -> None:
    assert ending(re.compile(pattern)).pattern == expected
