"""The typed document that flows through every pipeline stage.

A :class:`Document` is created by :mod:`kg.ingest.files` and then filled in, stage by
stage (normalise → structure → mentions → relations → findings → resolve).
Every offset held here is an offset into the *normalised* text ``doc.text``;
:meth:`Document.evidence` maps a span back to the original text, so that the
evidence in the graph always points at the file's own characters.
"""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from kg.facts import DocumentFacts, Evidence

# A block's start, as bisect's key (a C getter: a lambda cost more than the search).
_START = attrgetter("start")
# How far evidence reaches around its span inside one sentence (a sentence is a few hundred characters;
# copying a whole unpunctuated megabyte line into every fact's evidence takes gigabytes).
EVIDENCE_REACH = 1000


class OffsetMap:
    """Maps each index of the normalised text to an index of the original text.

    ``positions[i]`` is the original offset of normalised character ``i``;
    one extra entry at the end holds the original length, so spans ending at
    ``len(text)`` map too. Characters inserted by normalisation map to the
    original character they came from. An identity map (a step that changed
    nothing) holds no array until one is asked for: most steps change nothing
    on most documents, and building and comparing ``range(n)`` arrays for them
    cost more than the steps.
    """

    __slots__ = ("_positions", "_length")

    def __init__(self, positions: Iterable[int]) -> None:
        # of 64-bit ints: 8 bytes a character, where a list of ints takes 36
        self._positions: array | None = positions if isinstance(positions, array) else array("q", positions)
        self._length = len(self._positions)

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        made = cls.__new__(cls)
        made._positions, made._length = None, length + 1
        return made

    @property
    def positions(self) -> array:
        if self._positions is None:
            self._positions = array("q", range(self._length))
        return self._positions

    def is_identity(self) -> bool:
        """Every character maps to itself (composing with this map changes nothing)."""
        return self._positions is None or self._positions == array("q", range(self._length))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised ``[start, end)``."""
        if self._positions is None:
            return (start, start) if start >= end else (start, end)
        if start >= end:
            pos = self._positions[start]
            return pos, pos
        return self._positions[start], self._positions[end - 1] + 1

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """``inner`` maps a later text into this map's text; the result maps it into the original."""
        if inner._positions is None and inner._length == self._length:
            return self
        if self._positions is None:
            return inner
        return OffsetMap(array("q", map(self._positions.__getitem__, inner.positions)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.positions == other.positions

    def __repr__(self) -> str:
        return "OffsetMap(identity)" if self._positions is None else f"OffsetMap({len(self._positions)} positions)"

    def __getstate__(self) -> tuple[array | None, int]:
        return self._positions, self._length

    def __setstate__(self, state: tuple[array | None, int]) -> None:
        self._positions, self._length = state


@dataclass
class Metadata:
    """What the document says about itself (title, publisher, date …)."""

    title: str | None = None
    source: str | None = None  # publisher as written: 来源:张家口市委巡察办 → 张家口市委巡察办
    creator: str | None = None  # 作者 / 记者 / 通讯员
    issued: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Block:
    """A span of the normalised text: a paragraph, a section heading or a numbered item."""

    start: int
    end: int


@dataclass
class Section(Block):
    """A heading (一、 / （一） / 1. …) and the text under it, up to the next heading of the same or a higher level."""

    heading: str = ""  # heading text without its marker
    marker: str = ""  # 一、 / （一） / 1. / ① …
    level: int = 1  # 1 = 一、, 2 = （一）, 3 = 1., 4 = （1） / ①
    number: int | None = None  # the marker's value
    body_start: int = 0  # where the text after the heading line (or heading sentence) begins
    parent: int | None = None  # index into Document.sections


@dataclass
class Sentence(Block):
    """A sentence (split on 。！？ and ；-separated list items) with the section it sits in."""

    section: int | None = None  # index into Document.sections of the innermost section


@dataclass
class Mention:
    """A typed span found by a mention stage (rules or a statistical model)."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, POST, TEAM, DATE, LOC
    source: str = "rules"  # which stage found it
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """One source text and everything the pipeline has learnt about it."""

    id: str  # file name without extension (a path when inputs share the name: a/index); dcterms:identifier
    original: str  # the decoded text (for HTML: the extracted text); evidence offsets point here
    path: Path | None = None
    text: str = ""  # normalised text (Simplified, half-width, no inline pinyin)
    offsets: OffsetMap | None = None
    language: str = "zh-Hans"  # script of the original: zh-Hans or zh-Hant
    metadata: Metadata = field(default_factory=Metadata)
    paragraphs: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: DocumentFacts = field(default_factory=DocumentFacts)
    warnings: list[str] = field(default_factory=list)
    # The evidence given so far, by its span of the original: the facts of one sentence share one Evidence and
    # its text, held once in memory and in the pickles a build sends between processes (six copies, or more,
    # of each sentence otherwise).
    _evidence: dict[tuple[int, int], Evidence] = field(default_factory=dict, init=False, repr=False, compare=False)

    def drop_working_state(self) -> None:
        """Forget what only the stages use (mentions, sentences, paragraphs, sections) once the facts are made:
        a build keeps every document until its graph is written, and these take several times the text."""
        self.mentions, self.sentences, self.paragraphs, self.sections = [], [], [], []
        self._evidence = {}

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing normalised ``offset``."""
        i = bisect.bisect_right(self.sentences, offset, key=_START) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for normalised ``[start, end)``: the enclosing sentence, as written in the original
        (at most EVIDENCE_REACH characters either side: a text without 。 is one sentence of megabytes)."""
        sentence = self.sentence_at(start)
        s_start, s_end = (sentence.start, max(sentence.end, end)) if sentence else (start, end)
        s_start, s_end = max(s_start, start - EVIDENCE_REACH), min(s_end, max(start, end) + EVIDENCE_REACH)
        o_start, o_end = self.offsets.to_original(s_start, s_end) if self.offsets else (s_start, s_end)
        evidence = self._evidence.get((o_start, o_end))
        if evidence is None:
            evidence = self._evidence[o_start, o_end] = Evidence(start=o_start, end=o_end,
                                                                 text=self.original[o_start:o_end])
        return evidence
