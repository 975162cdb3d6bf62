"""The offset lookups ng_quotes uses answer exactly as a scan of the whole list would."""

from __future__ import annotations

import random

from newsgraph.annotators._quote_marks import find_marked_spans
from newsgraph.annotators._quote_offsets import FirstContaining, Union


def _scan_first(intervals: list[tuple[int, int]], offset: int) -> int:
    return next((n for n, (s, e) in enumerate(intervals) if s <= offset < e), -1)


def test_first_containing_sorted_and_disjoint() -> None:
    paragraphs = FirstContaining([(0, 10), (12, 20), (20, 20), (20, 31)])
    assert [paragraphs.index(x) for x in (-1, 0, 9, 10, 11, 12, 19, 20, 30, 31)] == [-1, 0, 0, -1, -1, 1, 1, 3, 3, -1]


def test_first_containing_overlapping_falls_back_to_the_first_in_list_order() -> None:
    intervals = [(5, 30), (0, 10), (8, 12)]
    lookup = FirstContaining(intervals)
    assert lookup.index(9) == 0  # (5, 30) comes first in the list, though (0, 10) starts earlier
    assert lookup.index(2) == 1
    assert lookup.index(30) == -1


def test_lookups_agree_with_a_scan_on_random_intervals() -> None:
    rnd = random.Random(7)
    for _ in range(500):
        intervals = [(s, s + rnd.randint(0, 6)) for s in (rnd.randint(0, 30) for _ in range(rnd.randint(0, 6)))]
        if rnd.random() < 0.5:
            intervals.sort()
        first, union = FirstContaining(intervals), Union(intervals)
        for x in range(-2, 40):
            assert first.index(x) == _scan_first(intervals, x)
            assert (x in union) == any(s <= x < e for s, e in intervals)


def test_marked_spans_skip_to_marks_but_read_the_same() -> None:
    text = "He said “no deal” and ‘maybe’ then don't stop “going on"
    spans = find_marked_spans(text, [(0, len(text))])
    assert [text[s.content_start : s.content_end] for s in spans] == ["no deal", "maybe", "going on"]
    assert [s.open_ended for s in spans] == [False, False, True]
