"""Fit the weights of the place resolver's signs (annotators/_place_resolve.py `WEIGHTS`) to
geoparsing data.

Why: the resolver ranks a name's gazetteer candidates by a weighted sum of signs (size, country
focus, cohesion, a province named in the sentence …). The weights were set by hand, one rule at a
time; this measures how well they separate right from wrong candidates and fits them by maximum
likelihood (a conditional logit over each mention's candidates), pulled toward the hand-set values
so that signs seen rarely keep them.

Each article goes through ``newsgraph.analyze`` as a user's would; every ranking the resolver does
for a mention that matches a gold toponym is recorded with its candidates' signs. A ranking counts
when some candidates lie within 161 km of the gold point and some do not — the only ones weights
can change. The fit is checked by leaving each data file out in turn: fitted on the others,
scored on it (the share of its rankings whose first candidate is a right one), against the
current weights. Data: JSON lines as for bench/geo_eval.py (not in the repository).

    .venv/bin/python bench/fit_place_weights.py DATA.jsonl [DATA2.jsonl ...] [--method search|logit]
        [--cache DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from _align import aligner, to_source, unwrap  # bench/ is on the path of a script run from it
from _matching import match_spans
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from newsgraph.annotators import _place_resolve as resolve  # noqa: E402
from newsgraph.annotators import places  # noqa: E402
from newsgraph.kb.gazetteer import haversine_km  # noqa: E402

KM = 161.0
NAMES = list(resolve.WEIGHTS)

Ranking = list[tuple[Any, dict[str, float]]]  # (candidate place, its signs)


@contextmanager
def recording() -> Iterator[dict[tuple[int, int], list[Ranking]]]:
    """Record the rankings `choose` does, by the span of the mention being resolved (the last
    round's: a mention is resolved again once the article's first reading is known)."""
    rankings: dict[tuple[int, int], list[Ranking]] = {}
    current: list[Ranking] | None = None
    pending: list[tuple[Any, dict[str, float]]] = []
    real_features, real_choose = resolve.features, places.choose
    real_resolve_one = places.PlaceAnnotator._resolve_one

    def features(place: Any, *args: Any, **kwargs: Any) -> tuple[dict[str, float], list[str]]:
        signs, reasons = real_features(place, *args, **kwargs)
        pending.append((place, dict(signs)))
        return signs, reasons

    def choose(*args: Any, **kwargs: Any) -> Any:
        pending.clear()
        res = real_choose(*args, **kwargs)
        if current is not None and len(pending) > 1:
            current.append(list(pending))
        pending.clear()
        return res

    def resolve_one(self: Any, p: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal current
        current = rankings[(p.start, p.end)] = []
        try:
            return real_resolve_one(self, p, *args, **kwargs)
        finally:
            current = None

    resolve.features, places.choose = features, choose
    places.PlaceAnnotator._resolve_one = resolve_one  # type: ignore[method-assign]
    try:
        yield rankings
    finally:
        resolve.features, places.choose = real_features, real_choose
        places.PlaceAnnotator._resolve_one = real_resolve_one  # type: ignore[method-assign]


def collect(rows: list[dict[str, Any]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(signs matrix, right-candidate mask) for every ranking weights could change."""
    import newsgraph

    out: list[tuple[np.ndarray, np.ndarray]] = []
    for row in rows:
        text = unwrap(row["text"])
        with recording() as rankings:
            try:
                record = newsgraph.analyze(text)
            except Exception:  # a page the pipeline rejects has nothing to learn from
                continue
        mapping = aligner(text, record["text"])
        pred = []
        for p in record["places"]:
            start, end = to_source(mapping, p["start"], p["end"])
            pred.append({**p, "start": start, "end": end, "span": (p["start"], p["end"])})
        gold = row["places"]
        for gi, pi in match_spans(gold, pred).items():
            g, p = gold[gi], pred[pi]
            if p.get("lat") is None:
                continue
            chosen = [r for r in rankings.get(p["span"], []) if any(
                round(c.lat, 4) == p["lat"] and round(c.lon, 4) == p["lon"] for c, _ in r)]
            if not chosen:
                continue
            ranking = chosen[-1]
            right = np.array([haversine_km(g["lat"], g["lon"], c.lat, c.lon) <= KM for c, _ in ranking])
            if right.all() or not right.any():
                continue
            x = np.array([[signs.get(n, 0.0) for n in NAMES] for _, signs in ranking])
            out.append((x, right))
    return out


def accuracy(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    """The share of rankings whose best-scored candidate is a right one (ties: the first listed,
    as the resolver breaks them)."""
    if not data:
        return 0.0
    return sum(bool(right[int(np.argmax(x @ w))]) for x, right in data) / len(data)


def fit(data: list[tuple[np.ndarray, np.ndarray]], w0: np.ndarray, l2: float) -> np.ndarray:
    """Maximum likelihood of a right candidate under a softmax of the scores, with an L2 pull
    toward the hand-set weights."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * float(np.sum((w - w0) ** 2)), 2 * l2 * (w - w0)
        for x, right in data:
            s = x @ w
            s = s - s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            p_right = e * right / (e * right).sum()
            total -= float(np.log((e * right).sum()) - np.log(e.sum()))
            grad -= (p_right - p_all) @ x
        return total, grad

    return minimize(loss, w0, jac=True, method="L-BFGS-B").x


def search(data: list[tuple[np.ndarray, np.ndarray]], w0: np.ndarray, min_gain: int) -> np.ndarray:
    """Coordinate search on the share of right first candidates itself: each weight in turn moved
    by up to ±1.5 in steps of 0.25 where that wins at least `min_gain` more rankings, until no
    move does."""
    w = w0.copy()

    def wins(v: np.ndarray) -> int:
        return sum(bool(right[int(np.argmax(x @ v))]) for x, right in data)

    best = wins(w)
    for _ in range(5):
        moved = False
        for i in range(len(w)):
            for step in (0.25, 0.5, 0.75, 1.0, 1.5, -0.25, -0.5, -0.75, -1.0, -1.5):
                v = w.copy()
                v[i] += step
                got = wins(v)
                if got >= best + min_gain:
                    w, best, moved = v, got, True
        if not moved:
            break
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="+", help="JSON lines: id, corpus, text, places (offsets, lat, lon)")
    parser.add_argument("--l2", type=float, default=1.0, help="pull toward the hand-set weights")
    parser.add_argument("--method", choices=("logit", "search"), default="search",
                        help="likelihood (logit) or coordinate search on the share right (search)")
    parser.add_argument("--min-gain", type=int, default=2, help="rankings a search move must win")
    parser.add_argument("--cache", help="a folder to keep each file's recorded rankings in")
    parser.add_argument("--json", help="write the weights fitted on all the data here")
    args = parser.parse_args()
    sets = {}
    for name in args.data:
        cached = Path(args.cache, Path(name).stem + ".pickle") if args.cache else None
        if cached is not None and cached.exists():
            sets[name] = pickle.loads(cached.read_bytes())
            continue
        rows = [json.loads(line) for line in Path(name).read_text("utf-8").split("\n") if line.strip()]
        sets[name] = collect(rows)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(pickle.dumps(sets[name]))
    w0 = np.array([resolve.WEIGHTS[n] for n in NAMES])

    def fitted(data: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        return fit(data, w0, args.l2) if args.method == "logit" else search(data, w0, args.min_gain)
    report: dict[str, Any] = {"rankings": {n: len(d) for n, d in sets.items()}, "held_out_files": {}}
    if len(sets) > 1:
        for name, data in sets.items():
            others = [r for n, d in sets.items() if n != name for r in d]
            w = fitted(others)
            report["held_out_files"][name] = {"current": round(accuracy(data, w0), 3),
                                              "fitted_on_the_others": round(accuracy(data, w), 3)}
    every = [r for d in sets.values() for r in d]
    w = fitted(every)
    report["all"] = {"current": round(accuracy(every, w0), 3), "fitted": round(accuracy(every, w), 3)}
    report["weights"] = {n: round(float(v), 2) for n, v in zip(NAMES, w, strict=True)}
    report["changed"] = {n: [resolve.WEIGHTS[n], round(float(v), 2)] for n, v in zip(NAMES, w, strict=True)
                         if abs(v - resolve.WEIGHTS[n]) >= 0.1}
    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report["weights"], indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
