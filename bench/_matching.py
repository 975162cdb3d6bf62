"""One-to-one matching of gold spans to predicted spans, shared by the evaluators."""

from __future__ import annotations

from typing import Any


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


def match_spans(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """Gold spans to predicted spans (dicts with "start" and "end"), one to one by overlap, the
    largest overlaps first: gold index → prediction index."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    return greedy_match(pairs)
