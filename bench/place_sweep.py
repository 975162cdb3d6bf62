"""Conflict towns, one at a time in a plain sentence: is each placed in its country, with a point?

Why: the geoparsing corpora (bench/geo_eval.py) are mostly American local news and world health
news; a war's towns — transliterated many ways (Kiev, Kyiv; Deir ez-Zor, Deir Ezzor), often
missing from the packaged gazetteers (Pibor, Cité Soleil) or sharing a name with a bigger town
elsewhere (Palma, Mambasa) — are what our users read most. The names are newsgraph's own list
(``bench/data/conflict_towns.json``: 28 countries, 700-odd names), each put in "Fighting was
reported in NAME on Monday, NATIONALITY officials said. Residents fled the area." and read
through the user's path (``newsgraph.analyze``). A name counts as right when a place fact on it
has the right country and coordinates.

    .venv/bin/python bench/place_sweep.py [--data bench/data/conflict_towns_test.json] [--show-misses]

``conflict_towns_test.json`` is its held-out companion: 424 more names of 25 countries, written
before it was first run and never used to change newsgraph.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TEMPLATE = "Fighting was reported in {name} on Monday, {nationality} officials said. Residents fled the area."


def sweep(data: dict[str, dict[str, object]]) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Per country (right, named) and the misses, each with what was read instead."""
    import newsgraph

    counts: dict[str, tuple[int, int]] = {}
    misses: list[str] = []
    for iso3, entry in data.items():
        right = 0
        names = list(entry["names"])  # type: ignore[call-overload]
        for name in names:
            record = newsgraph.analyze(TEMPLATE.format(name=name, nationality=entry["nationality"]))
            on_name = [p for p in record["places"] if name in p["text"] or p["text"] in name]
            if any(p.get("country") == iso3 and p.get("lat") is not None for p in on_name):
                right += 1
            else:
                read = ", ".join(f"{p['text']} → {p.get('name')} ({p.get('country')})" for p in on_name) or "nothing"
                misses.append(f"{iso3} {name}: {read}")
        counts[iso3] = (right, len(names))
    return counts, misses


def main() -> None:
    path = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else (
        REPO / "bench" / "data" / "conflict_towns.json")
    data = json.loads(path.read_text("utf-8"))["countries"]
    started = time.perf_counter()
    counts, misses = sweep(data)
    right = sum(r for r, _ in counts.values())
    named = sum(n for _, n in counts.values())
    print(" ".join(f"{iso3} {r}/{n}" for iso3, (r, n) in counts.items()))
    print(f"right country with a point: {right}/{named} = {right / named:.3f} ({time.perf_counter() - started:.0f} s)")
    if "--show-misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
