"""A scan that skips, at once, every position where a pattern's match cannot start.

Python's regex engine jumps straight to candidate positions only when a pattern starts with a literal or a
character class. A pattern that opens with an optional part, a lookbehind or an alternation of classes (a date's
optional year, a lexicon table of phrasings) is instead tried in full at every character of the text. Prefixing
it with a lookahead of the characters its matches can start with, worked out from the pattern itself, costs one
test per position and changes no match: the lookahead only rejects positions where the pattern fails anyway.
"""
from __future__ import annotations

import re

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


class _Unbounded(Exception):
    """The first character may be any character (., a negated class, a back-reference): no lookahead."""


def _sequence(items: sre_parse.SubPattern | list) -> tuple[list[str], bool]:
    """The class parts a sequence of parsed items can start with, and whether it can match nothing."""
    parts: list[str] = []
    for op, av in items:
        first, empty = _item(op, av)
        parts += first
        if not empty:
            return parts, False
    return parts, True


def _item(op: object, av: object) -> tuple[list[str], bool]:
    if op is sre_constants.LITERAL:
        return [re.escape(chr(av))], False
    if op is sre_constants.IN:
        parts = []
        for in_op, in_av in av:
            if in_op is sre_constants.LITERAL:
                parts.append(re.escape(chr(in_av)))
            elif in_op is sre_constants.RANGE:
                parts.append(f"{re.escape(chr(in_av[0]))}-{re.escape(chr(in_av[1]))}")
            elif in_op is sre_constants.CATEGORY and in_av in _CATEGORIES:
                parts.append(_CATEGORIES[in_av])
            else:
                raise _Unbounded
        return parts, False
    if op is sre_constants.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre_constants.BRANCH:
        parts, empty = [], False
        for alternative in av[1]:
            first, alternative_empty = _sequence(alternative)
            parts += first
            empty = empty or alternative_empty
        return parts, empty
    if op in _REPEATS:
        low, _, repeated = av
        first, empty = _sequence(repeated)
        return first, empty or low == 0
    if op in _ZERO_WIDTH:
        return [], True
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
    """``pattern`` with a lookahead of the characters its matches start with, where the engine would otherwise
    try it at every position; ``pattern`` itself where it starts with a literal or a class already, where any
    character may start it, or where it may match nothing (or ignores case, or is verbose)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):  # a verbose pattern's comment could swallow the closing )
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if _skips_already(parsed):
            return pattern
        parts, empty = _sequence(parsed)
        if empty:
            return pattern
        return re.compile(f"(?=[{''.join(dict.fromkeys(parts))}])(?:{pattern.pattern})", pattern.flags)
    except (_Unbounded, re.error):
        return pattern
