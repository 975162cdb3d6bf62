"""One-to-one matching of gold spans to predicted spans, shared by the evaluators."""

from __future__ import annotations


def greedy_match(pairs: list[tuple[int, int, int]]) -> dict[int, int]:
    """From (overlap, gold index, prediction index) candidates, the one-to-one matching that takes
    the largest overlaps first: gold index → prediction index."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out
