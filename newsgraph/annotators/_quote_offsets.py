"""Offset lookups for ng_quotes: which interval holds a character offset, by bisection.

ng_quotes asks "is this token inside a quotation mark span / a paragraph / a statement's
content?" for nearly every token of a document, often several times. A scan of the whole list per
question made those checks most of the annotator's time; these answer in O(log n).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


class FirstContaining:
    """The index of the first interval in a list that holds an offset (half-open [start, end)).

    Marks and paragraphs come sorted and disjoint, so the only candidate is the last interval
    starting at or before the offset. Should a list ever be out of order or overlap, the answer
    falls back to a scan, so that it is always the same as `next(i for i, (s, e) in … if s <= x < e)`.
    """

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        self._intervals = list(intervals)
        self._starts = [start for start, _ in self._intervals]
        self._sorted = all(
            a_start <= b_start and a_end <= b_start
            for (a_start, a_end), (b_start, _) in zip(self._intervals, self._intervals[1:], strict=False)
        )

    def index(self, offset: int) -> int:
        """The index of the first interval holding `offset`, or -1."""
        if not self._sorted:
            return next((n for n, (s, e) in enumerate(self._intervals) if s <= offset < e), -1)
        n = bisect_right(self._starts, offset) - 1
        if n >= 0 and offset < self._intervals[n][1]:
            return n
        return -1


class Union:
    """Whether an offset lies in any of a set of intervals (half-open, possibly overlapping)."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(iv for iv in intervals if iv[0] < iv[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        n = bisect_right(self._starts, offset) - 1
        return n >= 0 and offset < self._ends[n]
