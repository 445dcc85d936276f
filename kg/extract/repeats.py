"""One finding per statement: issues, measures and recommendations repeated within a document merged.

A document may state the same problem more than once (a summary and the detail, a page saved twice
into one file, a folder concatenated into one text: 25 distinct issues repeated 17,000 times). Each
repetition is the same finding, so it gets one node, with the evidence of every place that states it.
Repetitions are the same finding when their text is the same and they belong to the same inspection
(or feedback), told by what the inspection states (team, targets, dates), not by its key, since the
repeated inspection has a key of its own. The same text under two different inspections (one generic
problem found in two units) stays two findings.
"""
from __future__ import annotations

from collections.abc import Hashable

from kg.extract.pipeline import stage
from kg.facts import DocumentFacts, Evidence, Issue, Measure, Recommendation
from kg.ingest.document import Document


def _inspection_signatures(facts: DocumentFacts) -> dict[str, Hashable]:
    """Inspection key → what the inspection states, so that a repeated inspection has the same signature."""
    return {i.key: (i.team, tuple(sorted(i.targets)), i.start, i.end, i.mode, i.round) for i in facts.inspections}


def _feedback_signatures(facts: DocumentFacts, inspections: dict[str, Hashable]) -> dict[str, Hashable]:
    return {f.key: (inspections.get(f.inspection or ""), f.team, tuple(sorted(f.targets)), f.date, f.start, f.end)
            for f in facts.feedback}


class _Evidence:
    """The evidence lists of kept findings, each with the set of what it holds, so that merging k repetitions
    costs k additions, not k scans of a growing list."""

    def __init__(self) -> None:
        self.seen: dict[int, set[Evidence]] = {}

    def merge(self, into: list[Evidence], more: list[Evidence]) -> None:
        seen = self.seen.get(id(into))
        if seen is None:
            seen = self.seen[id(into)] = set(into)
        for e in more:
            if e not in seen:
                seen.add(e)
                into.append(e)


def merge_repeated_issues(issues: list[Issue], inspections: dict[str, Hashable]) -> tuple[list[Issue], dict[str, str]]:
    """The issues with repetitions merged into their first statement, and each merged key → the kept key."""
    kept: dict[Hashable, Issue] = {}
    renamed: dict[str, str] = {}
    evidence = _Evidence()
    for issue in issues:
        first = kept.setdefault((issue.text, inspections.get(issue.inspection or "")), issue)
        if first is issue:
            continue
        renamed[issue.key] = first.key
        evidence.merge(first.evidence, issue.evidence)
        first.category = first.category or issue.category
        first.status = first.status or issue.status
    return list(kept.values()), renamed


def merge_repeated_measures(measures: list[Measure], renamed_issues: dict[str, str]) -> list[Measure]:
    """The measures pointed at the kept issues, the same measure for the same issue merged."""
    kept: dict[tuple[str, str], Measure] = {}
    evidence = _Evidence()
    for measure in measures:
        measure.issue = renamed_issues.get(measure.issue, measure.issue)
        first = kept.setdefault((measure.text, measure.issue), measure)
        if first is not measure:
            evidence.merge(first.evidence, measure.evidence)
    return list(kept.values())


def merge_repeated_recommendations(recommendations: list[Recommendation],
                                   feedback: dict[str, Hashable]) -> list[Recommendation]:
    """The same recommendation made at the same (possibly repeated) feedback, merged."""
    kept: dict[Hashable, Recommendation] = {}
    evidence = _Evidence()
    for rec in recommendations:
        first = kept.setdefault((rec.text, feedback.get(rec.feedback or "")), rec)
        if first is not rec:
            evidence.merge(first.evidence, rec.evidence)
    return list(kept.values())


@stage("repeats")
def merge_repeats(doc: Document) -> Document:
    """Merge the findings a document states more than once (see the module's docstring)."""
    facts = doc.facts
    inspections = _inspection_signatures(facts)
    facts.issues, renamed = merge_repeated_issues(facts.issues, inspections)
    facts.measures = merge_repeated_measures(facts.measures, renamed)
    facts.recommendations = merge_repeated_recommendations(facts.recommendations,
                                                           _feedback_signatures(facts, inspections))
    return doc
