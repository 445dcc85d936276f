"""Normalise a document's text while keeping a map back to the original.

Steps, in order (each keeps an offset map, composed at the end):

1. strip inline pinyin annotations: 中國(guó) → 中國;
2. Traditional → Simplified with OpenCC (``t2s``), when the text is Traditional;
3. full-width ASCII (letters, digits and the punctuation of U+FF01–FF5E:
   ，：；（）！？) → half-width, which is how the bundled corpus is written, so
   patterns written against it also match pages that use full-width forms;
   。、“”《》 are not ASCII forms and stay;
4. HTML tags, comments and script/style elements pasted into the text removed (:mod:`kg.names`);
5. unified whitespace: CR/LF → LF, NBSP/ideographic space/tab → space, runs of
   spaces collapsed, spaces at the start and end of a line dropped, control
   characters removed.

Every step builds an :class:`~kg.document.OffsetMap`, so any span of the
normalised text maps back to the characters of the original it came from.
"""
from __future__ import annotations

import difflib
from array import array
import operator
import re
from collections.abc import Callable
from functools import lru_cache

from kg.document import Document, OffsetMap
from kg.names import MARKUP
from kg.pipeline import stage

# A pinyin syllable in parentheses right after a CJK character: 國(guó), 黨（dǎng）.
# Anchoring on the preceding Han character and requiring 1-7 pinyin letters keeps
# （一）, (试行) and English abbreviations such as (PPP) intact.
_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_ANNOTATION = re.compile(rf"(?<=[\u3400-\u9fff])[(（][{_PINYIN_LETTERS}]{{1,7}}[)）]")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# A syllable must carry a vowel; rules out (nb) style noise.
_HAS_VOWEL = re.compile(r"[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")

# Characters that become one ASCII space (NBSP, ideographic space, typographic spaces, tabs).
_SPACE_LIKE = frozenset(" \t\x0b\x0c\u00a0\u1680\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
# Line breaks that become LF.
_LINE_BREAKS = frozenset("\n\r\x1c\x1d\x1e\x85\u2028\u2029")
# What unify_whitespace rewrites: line breaks other than LF; runs of spaces; invisible characters
# (zero-width spaces and joiners, BOM, soft hyphen) and control characters, which are dropped.
_WHITESPACE = re.compile(
    "(?P<br>\r\n?|[\x1c-\x1e\x85\u2028\u2029])"
    "|(?P<space>[" + "".join(sorted(_SPACE_LIKE)) + "]+)"
    "|(?P<drop>[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f])")


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


def strip_pinyin(text: str) -> tuple[str, OffsetMap]:
    """Remove inline pinyin annotations such as 中國(guó)."""
    pieces = [(m.start(), m.end(), "") for m in PINYIN_ANNOTATION.finditer(text) if _HAS_VOWEL.search(m.group().lower())]
    return _apply(text, pieces)


# Full-width forms of printable ASCII (！ U+FF01 … ～ U+FF5E) → ASCII.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def half_width(text: str) -> tuple[str, OffsetMap]:
    """Full-width ASCII forms (Ａ, ３, ，, （) to half-width; length-preserving."""
    return text.translate(_HALF_WIDTH), OffsetMap.identity(len(text))


def unify_whitespace(text: str) -> tuple[str, OffsetMap]:
    """One kind of space and one kind of line break; no runs of spaces, no spaces at line edges."""
    pieces: list[tuple[int, int, str]] = []
    n = len(text)
    for m in _WHITESPACE.finditer(text):
        i, j = m.span()
        if m.lastgroup == "br":
            pieces.append((i, j, "\n"))
        elif m.lastgroup == "drop":
            pieces.append((i, j, ""))
        else:
            at_line_edge = i == 0 or text[i - 1] in _LINE_BREAKS or j == n or text[j] in _LINE_BREAKS
            repl = "" if at_line_edge else " "
            if m.group() != repl:
                pieces.append((i, j, repl))
    return _apply(text, pieces)


def strip_tags(text: str) -> tuple[str, OffsetMap]:
    """Remove HTML tags, comments and script/style elements pasted into the text, so that markup never
    becomes part of a name (``"><img src=x onerror=…>镇党委`` → ``镇党委``)."""
    return _apply(text, [(m.start(), m.end(), "") for m in MARKUP.finditer(text)])


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


def is_traditional(text: str) -> bool:
    """More than a few characters change under t2s: the text is written in Traditional script."""
    sample = "".join(_HAN.findall(text[:20000]))
    if not sample:
        return False
    changed = sum(map(operator.ne, sample, _t2s()(sample)))
    return changed >= max(3, len(sample) * 0.03)


_SENTENCE_CUT = re.compile(r"(?<=[。！？!?\n])")


def to_simplified(text: str) -> tuple[str, OffsetMap]:
    """OpenCC t2s, sentence by sentence; a sentence whose length changes is aligned with difflib.

    OpenCC keeps the length of almost everything; cutting at sentence ends keeps the rare
    alignment (quadratic in the piece's length) cheap even for a file with no line breaks.
    """
    convert = _t2s()
    out: list[str] = []
    positions = array("q")
    base = 0
    for line in _SENTENCE_CUT.split(text):
        simp = convert(line)
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
    steps = [strip_pinyin]
    if traditional is None:
        traditional = is_traditional(text)
    if traditional:
        steps.append(to_simplified)
    steps += [half_width, strip_tags, unify_whitespace]
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
