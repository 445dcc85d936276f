r"""A scan that skips, at once, every position where a pattern's match cannot start.

Python's regex engine jumps straight to candidate positions only when a pattern starts with a literal or a
character class. A pattern that opens with an optional part, a lookbehind or an alternation of classes (a date's
optional year, a lexicon table of phrasings) is instead tried in full at every character of the text. Prefixing
it with a lookahead of the characters its matches can start with, worked out from the pattern itself, costs one
test per position and changes no match: the lookahead only rejects positions where the pattern fails anyway.
An alternative that any character may start, behind a one-character lookbehind that opens it (a table line's
(?<![^\s。；;，,])[^,，;；。:：\s“”]{4,16}?…), adds that lookbehind to the lookahead instead of leaving the whole
pattern to be tried everywhere.
"""
from __future__ import annotations

import re
from typing import NamedTuple

try:  # Python 3.11+
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# What the parser's categories are written as inside a character class.
_CATEGORIES = {sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
               sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
               sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
# Zero-width items: lookarounds and anchors; the item after them gives the first character.
_ZERO_WIDTH = {sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT}
_LOOKAROUNDS = {sre_constants.ASSERT, sre_constants.ASSERT_NOT}  # (_lookbehind tells a lookbehind from a lookahead)


class _Unbounded(Exception):
    """The first character may be any character (., a negated class, a back-reference): no lookahead."""


class _Openings(NamedTuple):
    """Where a parsed sequence's matches can start: before one of ``chars`` (class parts), or where one of
    ``behind`` holds (one-character lookbehinds, written back as patterns); and whether it can match nothing."""

    chars: list[str]
    behind: list[str]
    empty: bool


def _sequence(items: sre_parse.SubPattern | list) -> _Openings:
    """The openings of a sequence of parsed items. A sequence that opens with a one-character lookbehind, before
    any character is read, starts only where it holds, whatever character follows (…(?<![^\\s。])[^，。]{4,16}…)."""
    chars: list[str] = []
    behind: list[str] = []
    gate: str | None = None  # the first one-character lookbehind read while no character was
    at_start = True
    for op, av in items:
        if at_start and gate is None and op in _LOOKAROUNDS:
            gate = _lookbehind(op, av)
        try:
            first = _item(op, av)
        except _Unbounded:
            if at_start and gate is not None:
                return _Openings(chars, behind + [gate], False)
            raise
        chars += first.chars
        behind += first.behind
        if not first.empty:
            return _Openings(chars, behind, False)
        at_start = at_start and op in _ZERO_WIDTH
    return _Openings(chars, behind, True)


def _class(items: list) -> list[str]:
    """The parts of a character class (LITERAL, RANGE and category items), as written inside its brackets."""
    parts = []
    for in_op, in_av in items:
        if in_op is sre_constants.LITERAL:
            parts.append(re.escape(chr(in_av)))
        elif in_op is sre_constants.RANGE:
            parts.append(f"{re.escape(chr(in_av[0]))}-{re.escape(chr(in_av[1]))}")
        elif in_op is sre_constants.CATEGORY and in_av in _CATEGORIES:
            parts.append(_CATEGORIES[in_av])
        else:
            raise _Unbounded
    return parts


def _lookbehind(op: object, av: tuple) -> str | None:
    """A lookbehind of one character or class ((?<![^\\s。；]), (?<=[，,])) written back as a pattern; None for
    any other lookbehind."""
    direction, assertion = av
    if direction != -1 or len(assertion) != 1:
        return None
    kind, value = assertion[0]
    sign = "!" if op is sre_constants.ASSERT_NOT else "="
    if kind is sre_constants.LITERAL:
        return f"(?<{sign}{re.escape(chr(value))})"
    if kind is not sre_constants.IN:
        return None
    negated = bool(value) and value[0][0] is sre_constants.NEGATE
    try:
        parts = _class(value[1:] if negated else value)
    except _Unbounded:
        return None
    return f"(?<{sign}[{'^' if negated else ''}{''.join(parts)}])"


def _item(op: object, av: object) -> _Openings:
    if op is sre_constants.LITERAL:
        return _Openings([re.escape(chr(av))], [], False)
    if op is sre_constants.IN:
        return _Openings(_class(av), [], False)
    if op is sre_constants.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre_constants.BRANCH:
        chars, behind, empty = [], [], False
        for alternative in av[1]:
            first = _sequence(alternative)
            chars += first.chars
            behind += first.behind
            empty = empty or first.empty
        return _Openings(chars, behind, empty)
    if op in _REPEATS:
        low, _, repeated = av
        first = _sequence(repeated)
        return _Openings(first.chars, first.behind, first.empty or low == 0)
    if op in _ZERO_WIDTH:
        return _Openings([], [], True)
    raise _Unbounded


def _first_item(items: sre_parse.SubPattern | list) -> tuple[object, object] | None:
    """The first parsed item of a sequence, inside the groups that open it."""
    while items and items[0][0] is sre_constants.SUBPATTERN:
        items = items[0][1][-1]
    return items[0] if items else None


def _starts_with_literal(items: sre_parse.SubPattern | list) -> bool:
    first = _first_item(items)
    if first is not None and first[0] is sre_constants.BRANCH:
        return all(_starts_with_literal(alternative) for alternative in first[1][1])
    return first is not None and first[0] is sre_constants.LITERAL


def _skips_already(items: sre_parse.SubPattern | list) -> bool:
    """The engine rejects a position by itself in a test or a few: the pattern starts with a literal, a class or
    alternatives that each start with a literal (省委|县委|(?:巡视|巡察)组), or with a lookahead (written by hand, or
    added here to a pattern now part of a larger one); or it is anchored at the start (^, \\A: tried there only)."""
    first = _first_item(items)
    if first is None:
        return False
    op, av = first
    return (_starts_with_literal(items) or op is sre_constants.IN
            or (op is sre_constants.ASSERT and av[0] == 1)
            or (op is sre_constants.AT and av in (sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING)))


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead of the characters its matches start with (or of the lookbehinds that open
    them), where the engine would otherwise try it at every position; ``pattern`` itself where it starts with a
    literal or a class already, where any character may start it, or where it may match nothing (or ignores case,
    or is verbose)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):  # a verbose pattern's comment could swallow the closing )
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if _skips_already(parsed):
            return pattern
        openings = _sequence(parsed)
        if openings.empty:
            return pattern
        starts = [f"[{''.join(dict.fromkeys(openings.chars))}]"] if openings.chars else []
        starts += dict.fromkeys(openings.behind)  # (the lookbehinds some alternatives open with, where any character follows)
        return re.compile(f"(?={'|'.join(starts)})(?:{pattern.pattern})", pattern.flags)
    except (_Unbounded, re.error):
        return pattern
