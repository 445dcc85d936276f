r"""A scan that skips, at once, every position where a pattern's match cannot start.

Python's regex engine jumps straight to candidate positions only when a pattern starts with a literal, a character
class (read once: [。！]+ opens with a repeat, [。！][。！]* with the class) or alternatives that each start with a
literal (not with a class, a group or a lookaround). A pattern that opens with an optional part, a lookbehind or an
alternation of classes (a date's optional year, a lexicon table of phrasings) is instead tried in full at every
character of the text. Prefixing it with a lookahead of the characters its matches can start with, worked out from
the pattern itself, costs one test per position and changes no match: the lookahead only rejects positions where the
pattern fails anyway.
Where every match is two characters or more, the lookahead reads the second character too (of those the
matches' second characters can be): a pattern's first characters alone are common ones (a numeral, 第, 是, 问)
that let it through at one position in a few; the pair, at far fewer.
An alternative that any character may start, behind a one-character lookbehind that opens it (a table line's
(?<![^\s。；;，,])[^,，;；。:：\s“”]{4,16}?…), adds that lookbehind to the lookahead instead of leaving the whole
pattern to be tried everywhere.
The lookahead is still a test the engine enters its matching loop for, at every position: the pattern is
compiled with the characters it opens with as its "charset" too (what the engine finds by itself for a pattern
opening with a class), so that the engine steps over the other positions in one tight loop of its own.
Read backwards, the same analysis gives the characters a pattern's matches end with (ending()): a pattern anchored
at the end of a window ($) need not be searched for where the window ends with none of them.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import NamedTuple

import _sre

try:  # Python 3.11+
    from re import _compiler as sre_compile, _constants as sre_constants, _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_compile  # type: ignore[no-redef]
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

Chars = list[str] | None  # the parts of a character class (as written inside its brackets); None: any character


class _Openings(NamedTuple):
    """How a parsed item's matches open. ``starts``: the characters a match can start at, and ``behind``: the
    one-character lookbehinds (written back as patterns) where the other matches start, whatever character follows;
    ``first`` and ``second``: the characters a match's first and second can be, lookbehinds aside; ``empty`` and
    ``single``: whether it can match nothing, and one character."""

    starts: Chars
    behind: list[str]
    first: Chars
    second: Chars
    empty: bool
    single: bool


_NOTHING = _Openings([], [], [], [], True, False)  # a zero-width item (a lookaround, an anchor)
_ANY = _Openings(None, [], None, None, True, True)  # an item that may read anything (a back-reference)


def _one_of(chars: Chars) -> _Openings:
    """An item that reads one of ``chars``."""
    return _Openings(chars, [], chars, [], False, True)


def _or(a: Chars, b: Chars) -> Chars:
    return None if a is None or b is None else a + b


def _either(alternatives: list[_Openings]) -> _Openings:
    """The openings of a branch: any of its alternatives'."""
    openings = _Openings([], [], [], [], False, False)
    for o in alternatives:
        openings = _Openings(_or(openings.starts, o.starts), openings.behind + o.behind, _or(openings.first, o.first),
                             _or(openings.second, o.second), openings.empty or o.empty, openings.single or o.single)
    return openings


def _then(a: _Openings, b: _Openings) -> _Openings:
    """The openings of ``a`` followed by ``b``: ``b``'s starts count where ``a`` may match nothing, its first
    character is the second where ``a`` may match one."""
    if not a.empty:
        return a._replace(second=_or(a.second, b.first) if a.single else a.second, single=a.single and b.empty)
    return _Openings(_or(a.starts, b.starts), a.behind + b.behind, _or(a.first, b.first),
                     _or(_or(a.second, b.second), b.first if a.single else []), b.empty,
                     (a.single and b.empty) or b.single)


def _sequence(items: sre_parse.SubPattern | list, backwards: bool = False) -> _Openings:
    """The openings of a sequence of parsed items (its closings, read ``backwards``: the last character first). A
    sequence that opens with a lookahead of one character (written by hand: (?=[各第巡…])) starts only at those
    characters; one that opens with a one-character lookbehind, before any character is read, only where it holds,
    whatever character follows (…(?<![^\\s。])[^，。]{4,16}…)."""
    openings = _NOTHING
    ahead: Chars = None  # the characters of the lookahead that opens the sequence, if it reads one
    gate: str | None = None  # the first one-character lookbehind read while no character was
    at_start = not backwards
    for op, av in reversed(items) if backwards else items:
        if at_start and op in _LOOKAROUNDS:
            ahead = ahead or _lookahead(op, av)
            gate = gate or _lookbehind(op, av)
        at_start = at_start and op in _ZERO_WIDTH
        openings = _then(openings, _item(op, av, backwards))
        if not openings.empty and not openings.single:  # its first two characters are read
            break
    if ahead is not None:
        return openings._replace(starts=ahead, behind=[])
    if gate is not None and openings.starts is None:  # (its matches, however long, all start where the gate holds)
        return _Openings([], [gate], None, [], False, False)
    return openings


def _class(items: list) -> Chars:
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
            return None
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
    parts = _class(value[1:] if negated else value)
    return None if parts is None else f"(?<{sign}[{'^' if negated else ''}{''.join(parts)}])"


def _lookahead(op: object, av: tuple) -> Chars:
    """The characters of a lookahead of one character or class ((?=[各第巡]), (?=第)); None for any other
    lookaround."""
    direction, assertion = av
    if op is not sre_constants.ASSERT or direction != 1 or len(assertion) != 1:
        return None
    kind, value = assertion[0]
    if kind is sre_constants.LITERAL:
        return [re.escape(chr(value))]
    return _class(value) if kind is sre_constants.IN else None


def _item(op: object, av: object, backwards: bool = False) -> _Openings:
    if op is sre_constants.LITERAL:
        return _one_of([re.escape(chr(av))])
    if op is sre_constants.IN:
        return _one_of(_class(av))
    if op in (sre_constants.ANY, sre_constants.NOT_LITERAL):
        return _one_of(None)
    if op is sre_constants.SUBPATTERN:
        _, add_flags, _, items = av
        return _ANY if add_flags & re.IGNORECASE else _sequence(items, backwards)  # ((?i:…) reads either case)
    if op is sre_constants.BRANCH:
        return _either([_sequence(alternative, backwards) for alternative in av[1]])
    if op in _REPEATS:
        low, high, repeated = av
        if high == 0:
            return _NOTHING
        o = _sequence(repeated, backwards)
        return o._replace(second=_or(o.second, o.first) if o.single and high > 1 else o.second,
                          empty=o.empty or low == 0, single=o.single and (low <= 1 or o.empty))
    if op in _ZERO_WIDTH:
        return _NOTHING
    return _ANY


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
    alternatives that each start with a literal (省委|县委|(?:巡视|巡察)组), or with a lookahead of more than one
    character (written by hand, or added here to a pattern now part of a larger one); or it is anchored at the start
    (^, \\A: tried there only)."""
    first = _first_item(items)
    if first is None:
        return False
    op, av = first
    return (_starts_with_literal(items) or op is sre_constants.IN
            or (op is sre_constants.ASSERT and av[0] == 1 and _lookahead(op, av) is None)
            or (op is sre_constants.AT and av in (sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING)))


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead of the characters its matches start with, then of their second characters
    where every match has one (or of the lookbehinds that open them), where the engine would otherwise try it at
    every position (or where it opens with a lookahead of its first characters, written by hand, that of its
    first two); ``pattern`` itself where it starts with a literal or a class already, where any character may start
    it, or where it may match nothing (or ignores case, or is verbose)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):  # a verbose pattern's comment could swallow the closing )
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return pattern
    if _skips_already(parsed):
        return pattern
    openings = _sequence(parsed)
    if openings.empty or openings.starts is None:
        return pattern
    starts = list(dict.fromkeys(openings.behind))  # (the lookbehinds some alternatives open with, whatever follows)
    if openings.starts:
        second = f"[{''.join(dict.fromkeys(openings.second))}]" if openings.second and not openings.single else ""
        if not second and _first_item(parsed)[0] is sre_constants.ASSERT:
            return pattern  # (its own lookahead reads the first character already)
        starts.insert(0, f"[{''.join(dict.fromkeys(openings.starts))}]{second}")
    first = None if openings.behind else list(dict.fromkeys(openings.starts))
    try:
        return _skipping_to(f"(?={'|'.join(starts)})(?:{pattern.pattern})", pattern.flags, first)
    except re.error:  # (a global flag written inside the pattern: (?m) no longer at its start)
        return pattern


def _skipping_to(source: str, flags: int, first: Chars) -> re.Pattern[str]:
    """``source``, a pattern opening with a lookahead whose matches all start with one of ``first``, compiled with
    those characters as the "charset" of its info block, as the engine's compiler writes one for a pattern opening
    with a class: the engine then steps in a loop of its own over the positions where none stands, and tries the
    pattern only where one does (the lookahead makes it fail at the others anyway). Compiled as usual where
    ``first`` is None (a lookbehind, not a character, opens some matches) or where the compiler's parts differ (a
    later Python)."""
    parsed = sre_parse.parse(source, flags)
    low, high = parsed.getwidth()
    if not first or low == 0:
        return re.compile(source, flags)
    flags |= parsed.state.flags
    try:
        (op, av), = sre_parse.parse(f"[{''.join(first)}]", flags).data
        charset, _ = sre_compile._optimize_charset(_spelled_out(av if op is sre_constants.IN else [(op, av)]))
        code = [sre_constants.INFO, 0, sre_constants.SRE_INFO_CHARSET, min(low, sre_compile.MAXCODE),
                min(high, sre_compile.MAXCODE)]
        sre_compile._compile_charset(charset, flags, code)
        code[1] = len(code) - 1  # (the info block's length, after its opcode)
        sre_compile._compile(code, parsed.data, flags)
        code.append(sre_constants.SUCCESS)
        names = parsed.state.groupdict
        index = [None] * parsed.state.groups
        for name, number in names.items():
            index[number] = name
        return _sre.compile(source, flags, code, parsed.state.groups - 1, names, tuple(index))
    except (AttributeError, TypeError, ValueError, RuntimeError):  # (RuntimeError: code the engine finds invalid)
        return re.compile(source, flags)


def _spelled_out(items: list) -> list:
    """A charset's parsed items, with \\d and \\s as the characters of the Basic Multilingual Plane they hold (as
    str.isdecimal and str.isspace tell, as the engine does) and every character beyond it: the engine tests a character
    against one bitmap and one range, where it would look up each category's table for every character of the text.
    More characters than the category's are no harm there: the lookahead still tests it."""
    out = []
    for op, av in items:
        if op is sre_constants.CATEGORY and av in _CATEGORY_TESTS:
            out += [(sre_constants.LITERAL, c) for c in _bmp_characters(av)]
            out.append((sre_constants.RANGE, (0x10000, sys.maxunicode)))
        else:
            out.append((op, av))
    return out


_CATEGORY_TESTS = {sre_constants.CATEGORY_DIGIT: str.isdecimal, sre_constants.CATEGORY_SPACE: str.isspace}


@lru_cache(maxsize=None)
def _bmp_characters(category: object) -> tuple[int, ...]:
    """The code points of the Basic Multilingual Plane in ``category`` (\\d or \\s), read once."""
    test = _CATEGORY_TESTS[category]
    return tuple(c for c in range(0x10000) if test(chr(c)))


def ending(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern of one character: those a match of ``pattern`` can end with (any character where that cannot be told:
    a match may be empty, end with any character, or ignore case). A pattern anchored at the end of its window ($)
    finds nothing there where the window's last character, no line break, is none of them: no search is needed."""
    try:
        closings = None if pattern.flags & re.IGNORECASE else _sequence(sre_parse.parse(pattern.pattern, pattern.flags),
                                                                        backwards=True)
    except re.error:
        closings = None
    if closings is None or closings.empty or not closings.first:
        return re.compile("(?s:.)")
    return re.compile(f"[{''.join(dict.fromkeys(closings.first))}]")
