"""Document structure: paragraphs, numbered sections and items, sentences.

Section markers are the genre's: 一、 (level 1), （一） (level 2), 1. / 1、 /
1． (level 3), （1） / ① (level 4). A heading is the marker's line when the
line is short, else the marker's first sentence (as in ``1.针对“X”问题。``).
"""
from __future__ import annotations

import re

import cn2an

from kg.document import Block, Document, Section, Sentence
from kg.pipeline import stage

# Marker patterns at the start of a paragraph, with the level each stands for.
SECTION_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^(?P<marker>(?P<num>[一二三四五六七八九十]{1,3})\s*[、.．])")),
    (2, re.compile(r"^(?P<marker>[(（]\s*(?P<num>[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?)")),
    (3, re.compile(r"^(?P<marker>(?P<num>\d{1,2})\s*(?:[、.．](?!\d)|\s))")),
    (4, re.compile(r"^(?P<marker>[(（]\s*(?P<num>\d{1,2})\s*[)）]\s*[、.．]?)")),
    (4, re.compile(r"^(?P<marker>(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))")),
]
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Sentence ends: 。！？ and ；(list items), with closing quotes/brackets kept on the sentence.
SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)]*")

# A heading line longer than this is a paragraph that starts with a marker; its heading is its first sentence.
MAX_HEADING_LINE = 60


def _number(match: re.Match[str]) -> int | None:
    if match.groupdict().get("circled"):
        return _CIRCLED.index(match.group("circled")) + 1
    num = match.group("num")
    return int(num) if num.isdigit() else int(cn2an.cn2an(num, "smart"))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding spaces."""
    spans = []
    cursor = start
    for m in SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, m.end()))
        cursor = m.end()
    if cursor < end:
        spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def paragraphs(text: str) -> list[Block]:
    return [Block(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


@stage("structure")
def structure(doc: Document) -> Document:
    text = doc.text
    doc.paragraphs = paragraphs(text)
    sections: list[Section] = []
    stack: list[int] = []  # indices of open sections, outermost first
    for para in doc.paragraphs:
        line = text[para.start:para.end]
        lead = len(line) - len(line.lstrip())
        for level, pattern in SECTION_MARKERS:
            m = pattern.match(line.lstrip())
            if not m:
                continue
            head_start = para.start + lead + m.end()
            if para.end - para.start <= MAX_HEADING_LINE:
                head_end, body_start = para.end, para.end
            else:
                first = split_sentences(text, head_start, para.end)
                head_end = body_start = first[0][1] if first else para.end
            while stack and sections[stack[-1]].level >= level:
                sections[stack.pop()].end = para.start
            heading = text[head_start:head_end].strip().rstrip("。")
            sections.append(Section(start=para.start, end=len(text), heading=heading, marker=m.group("marker").strip(),
                                    level=level, number=_number(m), body_start=body_start,
                                    parent=stack[-1] if stack else None))
            stack.append(len(sections) - 1)
            break
    doc.sections = sections
    sentences: list[Sentence] = []
    for para in doc.paragraphs:
        innermost = None
        for i, sec in enumerate(sections):
            if sec.start <= para.start < sec.end:
                innermost = i
        for s, e in split_sentences(text, para.start, para.end):
            sentences.append(Sentence(start=s, end=e, section=innermost))
    doc.sentences = sentences
    return doc
