"""Conflict towns, one at a time in a plain sentence: is each placed in its country, with a point?

Why: the geoparsing corpora (bench/geo_eval.py) are mostly American local news and world health
news; a war's towns — transliterated many ways (Kiev, Kyiv; Deir ez-Zor, Deir Ezzor), often
missing from the packaged gazetteers (Pibor, Cité Soleil) or sharing a name with a bigger town
elsewhere (Palma, Mambasa) — are what our users read most. The names are newsgraph's own list
(``bench/data/conflict_towns.json``: 28 countries, 700-odd names), each put in "Fighting was
reported in NAME on Monday, NATIONALITY officials said. Residents fled the area." and read
through the user's path (``newsgraph.analyze``). A name counts as right when a place fact on it
has the right country and coordinates.

    .venv/bin/python bench/place_sweep.py [--data bench/data/conflict_towns_test.json] [--shapes | --lists]
        [--show-misses]

``conflict_towns_test.json`` is its held-out companion: 424 more names of 25 countries, written
before it was first run and never used to change newsgraph.

``--shapes`` puts the names in eighteen sentence shapes instead, the k-th name of the file in the
(k mod 18)-th: news names a war's towns as subjects ("X was hit by missiles"), owners ("X's
mayor"), objects of war's nouns ("the shelling of X", "the battle for X") and after verbs the
model reads as a person's ("Airstrikes hit X"), not only after "in". Each shape's score is printed.
``--lists`` puts each country's names three at a time (in file order) in eight shapes of two or three
towns ("Fighting spread from X to Y", "X and Y were without power"): the model often reads such a
run as one organisation or work of art.
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
SHAPES = (
    "Airstrikes hit {name} overnight, {nationality} officials said.",
    "Fighting raged near {name} on Tuesday, {nationality} officials said.",
    "Residents of {name} fled as the army advanced, {nationality} officials said.",
    "The shelling of {name} continued for a third day, {nationality} officials said.",
    "Rebels seized {name} after a week of clashes, {nationality} officials said.",
    "{name}'s mayor said the water supply had been cut, {nationality} officials said.",
    "At least 12 people were killed in an attack on {name}, {nationality} officials said.",
    "Troops withdrew from {name} and regrouped further south, {nationality} officials said.",
    "{nationality} forces retreated from {name} on Sunday.",
    "{name} was hit by missiles on Monday, {nationality} officials said.",
    "A {name} resident told reporters that the shops were closed, {nationality} officials said.",
    "Officials in {name} said 14 people had died, {nationality} media reported.",
    "Heavy fighting was reported around {name}'s airport, {nationality} officials said.",
    "The governor of {name} said the curfew would stay, {nationality} officials said.",
    "The battle for {name} has lasted three months, {nationality} officials said.",
    "{name} residents said the power had been cut, {nationality} officials said.",
    "Soldiers manned a checkpoint outside {name}, {nationality} officials said.",
    "After {nationality} troops pulled out of {name}, looting began.",
)

LIST_SHAPES = (
    "Fighting spread from {a} to {b}, {nationality} officials said.",
    "The road between {a} and {b} was closed, {nationality} officials said.",
    "Shelling hit {a}, {b} and {c} on Monday, {nationality} officials said.",
    "Refugees from {a} reached {b} on foot, {nationality} officials said.",
    "Troops moved into {a} and {b} overnight, {nationality} officials said.",
    "The towns of {a} and {b} were cut off, {nationality} officials said.",
    "{a} and {b} were without power on Monday, {nationality} officials said.",
    "Convoys travelled from {a} through {b} to {c}, {nationality} officials said.",
)


def sweep_lists(data: dict[str, dict[str, object]]) -> tuple[dict[int, tuple[int, int]], list[str]]:
    """Per list shape (right, named) and the misses: every name the shape holds is asked for."""
    import newsgraph

    by_shape: dict[int, tuple[int, int]] = {}
    misses: list[str] = []
    k = 0
    for iso3, entry in data.items():
        names = list(entry["names"])  # type: ignore[call-overload]
        for i in range(0, len(names) - 2, 3):
            shape = k % len(LIST_SHAPES)
            k += 1
            trio = dict(zip("abc", names[i:i + 3], strict=True))
            text = LIST_SHAPES[shape].format(nationality=entry["nationality"], **trio)
            record = newsgraph.analyze(text)
            for slot, name in trio.items():
                if "{" + slot + "}" not in LIST_SHAPES[shape]:
                    continue
                on_name = [p for p in record["places"] if name in p["text"] or p["text"] in name]
                hit = any(p.get("country") == iso3 and p.get("lat") is not None for p in on_name)
                done, seen = by_shape.get(shape, (0, 0))
                by_shape[shape] = (done + hit, seen + 1)
                if not hit:
                    misses.append(f"{iso3} {name} in {text!r}")
    return by_shape, misses


def sweep(data: dict[str, dict[str, object]], shapes: tuple[str, ...] = (TEMPLATE,),
          ) -> tuple[dict[str, tuple[int, int]], dict[int, tuple[int, int]], list[str]]:
    """Per country and per shape (right, named), and the misses, each with what was read instead."""
    import newsgraph

    counts: dict[str, tuple[int, int]] = {}
    by_shape: dict[int, tuple[int, int]] = {}
    misses: list[str] = []
    k = 0
    for iso3, entry in data.items():
        right = 0
        names = list(entry["names"])  # type: ignore[call-overload]
        for name in names:
            shape = k % len(shapes)
            k += 1
            record = newsgraph.analyze(shapes[shape].format(name=name, nationality=entry["nationality"]))
            on_name = [p for p in record["places"] if name in p["text"] or p["text"] in name]
            hit = any(p.get("country") == iso3 and p.get("lat") is not None for p in on_name)
            right += hit
            done, seen = by_shape.get(shape, (0, 0))
            by_shape[shape] = (done + hit, seen + 1)
            if not hit:
                read = ", ".join(f"{p['text']} → {p.get('name')} ({p.get('country')})" for p in on_name) or "nothing"
                misses.append(f"{iso3} {name} (shape {shape}): {read}")
        counts[iso3] = (right, len(names))
    return counts, by_shape, misses


def main() -> None:
    path = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else (
        REPO / "bench" / "data" / "conflict_towns.json")
    data = json.loads(path.read_text("utf-8"))["countries"]
    started = time.perf_counter()
    if "--lists" in sys.argv:
        started = time.perf_counter()
        by_list, list_misses = sweep_lists(data)
        right = sum(r for r, _ in by_list.values())
        named = sum(n for _, n in by_list.values())
        print(" ".join(f"shape {k} {r}/{n}" for k, (r, n) in sorted(by_list.items())))
        seconds = time.perf_counter() - started
        print(f"right country with a point: {right}/{named} = {right / named:.3f} ({seconds:.0f} s)")
        if "--show-misses" in sys.argv:
            print("\n".join(list_misses))
        return
    shapes = SHAPES if "--shapes" in sys.argv else (TEMPLATE,)
    counts, by_shape, misses = sweep(data, shapes)
    right = sum(r for r, _ in counts.values())
    named = sum(n for _, n in counts.values())
    print(" ".join(f"{iso3} {r}/{n}" for iso3, (r, n) in counts.items()))
    if len(shapes) > 1:
        print(" ".join(f"shape {k} {r}/{n}" for k, (r, n) in sorted(by_shape.items())))
    print(f"right country with a point: {right}/{named} = {right / named:.3f} ({time.perf_counter() - started:.0f} s)")
    if "--show-misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
