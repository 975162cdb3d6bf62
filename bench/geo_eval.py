"""Places against public news geoparsing corpora (LGL, GeoWebNews, TR-News) given by offsets.

Why: our own place sets (bench/places_eval.py) are Middle-East conflict passages written for
newsgraph; the public corpora are local US and world news annotated by others, with GeoNames
coordinates — the "end-to-end accuracy within 161 km" that geoparsers are compared on.
The corpora are not in the repository (not ours to copy); give JSON lines, one article per
line: ``{"id", "corpus", "text", "places": [{"start", "end", "text", "lat", "lon"}]}`` with
offsets into ``text``.

Each article goes through the user's path, ``newsgraph.analyze(text)`` (no publication date),
after single line breaks inside paragraphs are made spaces; predicted offsets are mapped back to
the corpus text (bench/_align.py).

Metrics, per corpus and over all:
* detection P/R/F1, spans overlapping one-to-one (the corpora do not annotate every place they
  mention — LGL leaves out many — so precision is a lower bound);
* **end to end within 161 km**: gold toponyms found *and* placed within 161 km (100 miles) of
  the gold point, over all gold toponyms — the figure geoparsing papers report as accuracy@161;
* of found: the same over the gold toponyms found; median error in km of found ones.

    .venv/bin/python bench/geo_eval.py DATA.jsonl [--show-errors N] [--json OUT]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _align import aligner, corpus_main, to_source, unwrap  # bench/ is on the path of a script run from it
from _matching import match_spans

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from newsgraph.kb.gazetteer import haversine_km  # noqa: E402

KM = 161.0


def evaluate(rows: list[dict[str, Any]], show: int = 0) -> dict[str, Any]:
    import newsgraph
    from newsgraph.errors import NewsgraphError

    counts: dict[str, Counter[str]] = {}
    errors: dict[str, list[float]] = {}
    failed: list[str] = []
    shown = 0
    started = time.perf_counter()
    for row in rows:
        text = unwrap(row["text"])
        try:
            record = newsgraph.analyze(text)
        except NewsgraphError as err:  # a page the pipeline rejects: all its toponyms are missed
            failed.append(f"{row['id']}: {err}")
            record = {"text": text, "places": []}
        mapping = aligner(text, record["text"])
        pred = []
        for p in record["places"]:
            start, end = to_source(mapping, p["start"], p["end"])
            pred.append({**p, "start": start, "end": end})
        gold = row["places"]
        c = counts.setdefault(row["corpus"], Counter())
        errs = errors.setdefault(row["corpus"], [])
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        matched = match_spans(gold, pred)
        c["found"] += len(matched)
        for gi, g in enumerate(gold):
            pi = matched.get(gi)
            p = pred[pi] if pi is not None else None
            km = None
            if p is not None and p.get("lat") is not None:
                km = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
                errs.append(km)
            ok = km is not None and km <= KM
            c["within"] += ok
            if not ok and shown < show:
                shown += 1
                got = "missed" if p is None else (
                    f"{p['text']!r} → {p.get('name')} {p.get('country')} ({p.get('feature')}) "
                    + ("no point" if km is None else f"{km:.0f} km"))
                print(f"{row['id']}: {g['text']!r} ({g['lat']:.2f},{g['lon']:.2f}): {got}")
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    every = [e for errs in errors.values() for e in errs]

    def scores(c: Counter[str], errs: list[float]) -> dict[str, Any]:
        p = c["found"] / c["pred"] if c["pred"] else 0.0
        r = c["found"] / c["gold"] if c["gold"] else 0.0
        return {"gold": c["gold"], "predicted": c["pred"], "found": c["found"],
                "p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                "within_161km": round(c["within"] / c["gold"], 3) if c["gold"] else 0.0,
                "within_161km_of_found": round(c["within"] / c["found"], 3) if c["found"] else 0.0,
                "median_km_of_found": round(statistics.median(errs), 1) if errs else None}

    return {"articles": len(rows), "failed": failed, "all": scores(total, every),
            **{corpus: scores(c, errors[corpus]) for corpus, c in sorted(counts.items())},
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    corpus_main(__doc__ or "", "JSON lines: id, corpus, text, places (offsets into text, lat, lon)", evaluate)


if __name__ == "__main__":
    main()
