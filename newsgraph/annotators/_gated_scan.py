"""`finditer` for many patterns over one text, each run only on the lines that can hold a match.

The time grammar (`_timex.py`) is some sixty regular expressions, and running each over a whole
article cost more than the rest of the time annotator together: the engine tries every
position. But most patterns cannot match without some word ("century", "weekend", a month
name) that occurs on few lines of a page. A :class:`Gate` is that knowledge, read off the parsed
pattern, never written by hand — so it stays right when a pattern changes:

* groups of strings, each group holding a string that every match contains (the words a match
  cannot avoid: "the" and "weekend" for "the weekend"), looked for in the lower-cased text;
* whether a match can run over a line break (a pattern that may consume "\n", look ahead past
  one, or anchor on a line end).

A pattern whose matches stay on one line runs only over the lines that hold a string of each
group, as ``finditer(text, line_start, line_end)``: lookbehinds still see the text before the
line, and nothing of a match lies after its line's break, so the matches are exactly those of
the whole-text scan. A pattern that may cross lines runs over the whole text when every group
occurs somewhere, and one with no group always does. Texts where lower-casing is not one
character for one ("İ"), or where the engine's case-folding and `str.lower` disagree ("ſ"
matches "s" but lower-cases to itself), are scanned whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
from typing import Any

try:  # the parser behind `re.compile`; without it every pattern simply runs on the whole text
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser
except ImportError:  # pragma: no cover - other Python versions
    _parser = None  # type: ignore[assignment]
    C = None  # type: ignore[assignment]

# The only characters that an ignore-case pattern letter matches but that `str.lower` does not
# turn into that letter (tests/test_gated_scan.py checks this against the whole of Unicode).
CASE_FOLD_ODD = "İıſ"
_ODD_CHARS = re.compile(f"[{CASE_FOLD_ODD}]")
_MAX_STRINGS = 64  # the most strings a part of a pattern is expanded into


@dataclass(frozen=True)
class Gate:
    """Where one pattern can match. `required`: groups of lower-case strings; every match
    contains a string of each group (none: a match may lie anywhere). `one_line`: every match
    lies inside one line, its break excluded."""

    required: tuple[tuple[str, ...], ...]
    one_line: bool


def gate_for(pattern: re.Pattern[str]) -> Gate:
    """The gate of a compiled pattern; the most permissive one when the pattern cannot be read."""
    if _parser is None:
        return Gate((), False)
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        items = list(parsed.data)
        if parsed.getwidth()[0] == 0:
            return Gate((), False)  # an empty match needs no word and may sit anywhere
        groups = [g for g in _required(items) if all(s and "\n" not in s for s in g)]
        one_line = not _may_cross_line(items)
    except Exception:  # an unreadable pattern is simply not gated
        return Gate((), False)
    groups.sort(key=_rarity, reverse=True)  # the rarest first: most texts stop there
    return Gate(tuple(tuple(sorted(g)) for g in groups), one_line)


class LineIndex:
    """One text's lines, and which of them hold a string (asked for lazily, remembered)."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        # usable only when each character lower-cases to one that the engine's case-folding agrees with
        self.lowered = lowered if len(lowered) == len(text) and not _ODD_CHARS.search(text) else None
        self.starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._holding: dict[str, set[int]] = {}

    def holding(self, needle: str) -> set[int]:
        """The numbers of the lines whose lower-cased text holds `needle`."""
        found = self._holding.get(needle)
        if found is None:
            assert self.lowered is not None
            found = set()
            lowered, starts = self.lowered, self.starts
            pos = lowered.find(needle)
            while pos >= 0:
                line = bisect_right(starts, pos) - 1
                found.add(line)
                if line + 1 == len(starts):
                    break
                pos = lowered.find(needle, starts[line + 1])
            self._holding[needle] = found
        return found

    def windows(self, gate: Gate) -> list[tuple[int, int]]:
        """The stretches of text (runs of whole lines) where the gated pattern may match."""
        whole = [(0, len(self.text))]
        if self.lowered is None or not gate.required:
            return whole
        if not gate.one_line:  # each group somewhere in the text, maybe on different lines
            lowered = self.lowered
            return whole if all(any(s in lowered for s in group) for group in gate.required) else []
        lines: set[int] | None = None
        for group in gate.required:  # each group on the same line
            held = set().union(*(self.holding(s) for s in group))
            lines = held if lines is None else lines & held
            if not lines:
                return []
        out: list[tuple[int, int]] = []
        starts, size = self.starts, len(self.starts)
        for line in sorted(lines or ()):
            end = starts[line + 1] if line + 1 < size else len(self.text)
            if out and out[-1][1] == starts[line]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((starts[line], end))
        return out


def finditer(pattern: re.Pattern[str], gate: Gate, index: LineIndex) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(index.text)`, in order, trying only where the gate allows."""
    text = index.text
    for start, end in index.windows(gate):
        yield from pattern.finditer(text, start, end)


# --------------------------------------------------------------------------- reading a pattern


def _minimal(strings: set[str]) -> frozenset[str]:
    """Drop every string that contains another: containing the shorter one is already required."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


# Words so common that a line holding one says little.
_COMMON = frozenset(["a", "an", "and", "at", "by", "for", "in", "is", "it", "of", "on", "s", "that", "the", "these",
                     "this", "to"])


def _rarity(strings: frozenset[str]) -> tuple[bool, int, int]:
    """How rare a group of strings is likely to be in news text: no common word, then the
    shortest string longest, then fewer strings."""
    return (not strings & _COMMON, min(map(len, strings)), -len(strings))


def _exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string a sequence can match, lower-cased, when they are few; None otherwise."""
    out = {""}
    for op, av in items:
        strings = _exact_one(op, av)
        if strings is None:
            return None
        out = {a + b for a, b in product(out, strings)}
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _char(code: int) -> str | None:
    """A pattern character as the lower-cased text shows it: ASCII, or a character without case
    ("’", "–"); None for others, whose case-folding `str.lower` may not follow ("ς" for "σ")."""
    char = chr(code)
    if char.isascii() or char.lower() == char.upper() == char:
        return char.lower()
    return None


def _exact_one(op: Any, av: Any) -> set[str] | None:
    if op is C.LITERAL:
        char = _char(av)
        return None if char is None else {char}
    if op is C.IN:
        codes: list[int] = []
        for kind, value in av:
            if kind is C.LITERAL:
                codes.append(value)
            elif kind is C.RANGE and value[1] - value[0] < _MAX_STRINGS:
                codes.extend(range(value[0], value[1] + 1))
            else:
                return None
        chars = {_char(code) for code in codes}
        if None in chars or len(chars) > _MAX_STRINGS:
            return None
        return {c for c in chars if c is not None}
    if op is C.SUBPATTERN:
        return _exact(list(av[3].data))
    if op is C.ATOMIC_GROUP:
        return _exact(list(av.data))
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _exact(list(alternative.data))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_STRINGS else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        if high > 2:
            return None
        once = _exact(list(body.data))
        if once is None:
            return None
        out = {""} if low == 0 else set()
        if high >= 1 and low <= 1:
            out |= once
        if high == 2:
            out |= {a + b for a, b in product(once, once)}
        return out if len(out) <= _MAX_STRINGS else None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # consumes nothing
    return None


def _required(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Groups of strings such that every match of the sequence contains one of each group: its
    runs of exactly known parts ("the", "weekend") and the groups of its required sub-patterns."""
    groups: list[frozenset[str] | None] = []
    run: set[str] | None = None
    for op, av in items:
        strings = _exact_one(op, av)
        if strings is not None:
            joined = {a + b for a, b in product(run, strings)} if run is not None else strings
            if len(joined) > _MAX_STRINGS:
                groups.append(_usable(run))
                joined = strings
            run = joined
            continue
        groups.append(_usable(run))
        run = None
        groups.extend(_required_one(op, av))
    groups.append(_usable(run))
    return list(dict.fromkeys(g for g in groups if g))


def _usable(strings: set[str] | None) -> frozenset[str] | None:
    if not strings or "" in strings:
        return None
    return _minimal(strings)


def _required_one(op: Any, av: Any) -> list[frozenset[str]]:
    if op is C.SUBPATTERN:
        return _required(list(av[3].data))
    if op is C.ATOMIC_GROUP:
        return _required(list(av.data))
    if op is C.BRANCH:  # one string of each alternative's rarest group
        out: set[str] = set()
        for alternative in av[1]:
            groups = _required(list(alternative.data))
            if not groups:
                return []
            out |= max(groups, key=_rarity)
        return [_minimal(out)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2].data))
    return []


# Character classes that hold no line break.
_NO_BREAK_CATEGORIES = frozenset(
    getattr(C, name) for name in ("CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_NOT_SPACE", "CATEGORY_NOT_LINEBREAK",
                                  "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_WORD", "CATEGORY_UNI_NOT_SPACE",
                                  "CATEGORY_UNI_NOT_LINEBREAK", "CATEGORY_LOC_WORD")
) if C is not None else frozenset()


def _set_has_break(items: list[tuple[Any, Any]]) -> bool:
    negated = False
    found = False
    for kind, value in items:
        if kind is C.NEGATE:
            negated = True
        elif kind is C.LITERAL:
            found = found or value == 10
        elif kind is C.RANGE:
            found = found or value[0] <= 10 <= value[1]
        elif kind is C.CATEGORY:
            found = found or value not in _NO_BREAK_CATEGORIES
        else:
            return True  # unknown: assume the worst
    return found != negated


def _may_cross_line(items: list[tuple[Any, Any]]) -> bool:
    """Whether a match may consume a line break, look ahead past one, or depend on a line end."""
    for op, av in items:
        if op is C.LITERAL:
            crosses = av == 10
        elif op is C.NOT_LITERAL:
            crosses = av != 10
        elif op is C.IN:
            crosses = _set_has_break(av)
        elif op is C.SUBPATTERN:
            crosses = _may_cross_line(list(av[3].data))
        elif op is C.ATOMIC_GROUP:
            crosses = _may_cross_line(list(av.data))
        elif op is C.BRANCH:
            crosses = any(_may_cross_line(list(alt.data)) for alt in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            crosses = _may_cross_line(list(av[2].data))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            # a lookbehind sees the text before the window as the whole-text scan does
            crosses = av[0] >= 0 and _may_cross_line(list(av[1].data))
        elif op is C.AT:
            crosses = av not in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY)
        else:
            crosses = True  # ANY, group references, anything unforeseen
        if crosses:
            return True
    return False


__all__ = ["CASE_FOLD_ODD", "Gate", "LineIndex", "finditer", "gate_for"]
