"""Typed facts extracted from one document, before any RDF.

Facts refer to each other by name (organisations, teams, people) or by a
``key`` unique within the document (inspections, feedback, issues). The RDF
step (:mod:`kg.graph.rdf`) mints IRIs from these: names give nodes shared across
documents, keys give nodes scoped to their document.

Dates are ISO strings: ``YYYY-MM-DD`` when the day is stated, ``YYYY-MM`` when
only the month is (mapped to xsd:date and xsd:gYearMonth).
"""
from __future__ import annotations

from dataclasses import dataclass, field

PartialDate = str


@dataclass(frozen=True, order=True)
class Evidence:
    """The sentence behind a fact: offsets into the original document text, and that text."""

    start: int
    end: int
    text: str


@dataclass
class Organisation:
    """A party committee, government, department, enterprise … (org:Organization)."""

    name: str  # fullest canonical form, Simplified: 中共新乡市卫滨区委
    aliases: list[str] = field(default_factory=list)  # other forms met in this document: 卫滨区委, 区委
    parent: str | None = None  # name of the organisation it belongs to, where the text says so
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Team:
    """An inspection team: a 巡视组 or 巡察组."""

    name: str  # fullest form with its dispatcher: 张家口市委第四巡察组
    aliases: list[str] = field(default_factory=list)  # 市委第四巡察组, 巡察组 …
    kind: str = "巡察"  # 巡视 or 巡察
    ordinal: int | None = None  # 第四 → 4
    dispatcher: str | None = None  # Organisation name: 张家口市委
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Person:
    """A named individual."""

    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Membership:
    """One post held by one person (市委常委、纪委书记 gives two memberships)."""

    person: str  # Person name
    role: str  # the post as written: 组长, 区委书记, 纪委书记
    organisation: str | None = None  # Organisation or Team name, where the text gives it
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Inspection:
    """One inspection (巡视/巡察) of one or more targets by one team."""

    key: str  # unique in the document: inspection-1
    team: str | None = None  # Team name; None when the text names no team
    targets: list[str] = field(default_factory=list)  # Organisation names
    start: PartialDate | None = None
    end: PartialDate | None = None
    mode: str | None = None  # 常规 / 专项 / 回头看 / 提级交叉 / 机动
    round: str | None = None  # as written: 十一届市委第八轮
    issues_reported: int | None = None
    issues_rectified: int | None = None
    issues_ongoing: int | None = None
    # How many units the statement says it covers where it names fewer (对A、B等14个单位开展巡察 → 14).
    units_counted: int | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Feedback:
    """A feedback meeting or delivery (反馈)."""

    key: str  # unique in the document: feedback-1
    inspection: str | None = None  # Inspection key
    team: str | None = None  # Team name
    targets: list[str] = field(default_factory=list)  # Organisation names
    date: PartialDate | None = None  # a single day or month
    start: PartialDate | None = None  # a period, when the text gives one (2021年11月至12月)
    end: PartialDate | None = None
    presided_by: str | None = None  # Person name
    round: str | None = None  # the round whose feedback it is, where only the round is named (第五轮巡察已完成反馈)
    # the day or month of the round's dated feedback statement above it (7月上旬，各巡视组陆续反馈。第一巡视组向A反馈):
    # its date where, once the statements of the same feedback are joined, none gives one
    round_date: PartialDate | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Issue:
    """One problem found by an inspection."""

    key: str  # unique in the document: issue-1
    text: str  # the problem statement without numbering or quotes
    category: str | None = None  # the section heading it sits under
    inspection: str | None = None  # Inspection key
    status: str | None = None  # "rectified" / "ongoing", where stated
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Measure:
    """One rectification measure (一是 … 二是 …)."""

    text: str
    issue: str  # Issue key
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Recommendation:
    """One recommendation made at feedback (意见建议)."""

    text: str
    feedback: str | None = None  # Feedback key
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DocumentFacts:
    """Everything extracted from one document."""

    organisations: list[Organisation] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    doc_type: str = "other"  # feedback / rectification / other
    # Issue counts the text states where it names no inspection to hold them (a report that says
    # 反馈问题N个 of an inspection it never describes): reported / rectified / ongoing → number.
    issue_counts: dict[str, int] = field(default_factory=dict)
