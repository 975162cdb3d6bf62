"""Event coding against hand-labelled snippets (`bench/data/events_dev.jsonl`; the held-out
`events_test.jsonl` is only ever run, never read by a person).

Each snippet is analysed by the full pipeline. Predicted events are paired with gold events of
the same snippet: first by trigger (the predicted trigger overlaps the gold trigger's first
occurrence), then, for what is left, by type (one happening told with another word). Scores:

* type macro-F1, event level: a pair with equal types is a true positive of that type; an
  unpaired or mistyped prediction a false positive, an unpaired or mistyped gold event a false
  negative; F1 per PLOVER type, averaged over the types present in gold or prediction;
* type macro-F1, snippet level: the set of types per snippet against the gold set;
* actor / recipient text F1 over same-type pairs: a predicted mention whose text equals the gold
  `actor_text` after normalisation (strict) or contains it / is contained in it (lenient);
  canonical names likewise, leniently;
* modality accuracy, `said_by`, location and dead-count agreement, and ACLED event type accuracy
  over same-type pairs.

    .venv/bin/python bench/events_eval.py [--data bench/data/events_dev.jsonl] [--out bench/out/events_dev.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph import RawPage, load_pipeline

REPO = Path(__file__).resolve().parent.parent


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("’", "'").replace("u.s.", "us").replace("u.k.", "uk")
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"[^\w' -]+", "", text).strip()


def lenient(a: str | None, b: str | None) -> bool:
    x, y = norm(a), norm(b)
    return bool(x and y) and (x == y or x in y or y in x)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro(counts: dict[str, Counter[str]]) -> float:
    types = [t for t, c in counts.items() if c["tp"] + c["fp"] + c["fn"]]
    return sum(f1(counts[t]["tp"], counts[t]["fp"], counts[t]["fn"]) for t in types) / len(types) if types else 0.0


def pair(
    text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    free = list(pred)
    left = []
    for g in gold:
        at = text.find(g["trigger"]) if g.get("trigger") else -1
        found = None
        if at >= 0:
            end = at + len(g["trigger"])
            hits = [p for p in free if p["trigger"]["start"] < end and at < p["trigger"]["end"]]
            found = next((p for p in hits if p["type"] == g["type"]), hits[0] if hits else None)
        if found is not None:
            free.remove(found)
            pairs.append((g, found))
        else:
            left.append(g)
    for g in left:
        found = next((p for p in free if p["type"] == g["type"]), None)
        if found is not None:
            free.remove(found)
        pairs.append((g, found))
    pairs += [(None, p) for p in free]
    return pairs


def evaluate(rows: list[dict[str, Any]], show: bool = False) -> dict[str, Any]:
    pipeline = load_pipeline()
    event_level: dict[str, Counter[str]] = {}
    snippet_level: dict[str, Counter[str]] = {}
    fields: Counter[str] = Counter()
    started = time.perf_counter()
    for row in rows:
        raw = RawPage(location=row["id"], kind="text", data=row["text"].encode("utf-8"))
        rec = pipeline.analyze_raw(raw, published=row.get("published"))
        text, pred = rec["text"], rec["events"]
        gold = row["events"]
        for g, p in pair(text, gold, pred):
            if g is not None and p is not None and g["type"] == p["type"]:
                event_level.setdefault(g["type"], Counter())["tp"] += 1
                _fields(fields, g, p)
                continue
            if p is not None:
                event_level.setdefault(p["type"], Counter())["fp"] += 1
            if g is not None:
                event_level.setdefault(g["type"], Counter())["fn"] += 1
            if show:
                want = g and (g["type"], g["trigger"])
                got = p and (p["type"], p["trigger"]["text"])
                print(f"{row['id']}: gold {want} / predicted {got}")
        gold_types, pred_types = {g["type"] for g in gold}, {p["type"] for p in pred}
        for t in gold_types | pred_types:
            c = snippet_level.setdefault(t, Counter())
            c["tp" if t in gold_types and t in pred_types else "fp" if t in pred_types else "fn"] += 1
    elapsed = time.perf_counter() - started

    def prf(prefix: str) -> dict[str, float]:
        tp, fp, fn = fields[prefix + "_tp"], fields[prefix + "_fp"], fields[prefix + "_fn"]
        return {"f1": round(f1(tp, fp, fn), 3), "tp": tp, "fp": fp, "fn": fn}

    pairs = fields["pairs"] or 1
    return {
        "snippets": len(rows),
        "gold_events": sum(len(r["events"]) for r in rows),
        "type_macro_f1_event": round(macro(event_level), 3),
        "type_macro_f1_snippet": round(macro(snippet_level), 3),
        "per_type_event_f1": {t: round(f1(c["tp"], c["fp"], c["fn"]), 3) for t, c in sorted(event_level.items())},
        "actor_text_strict": prf("actor_strict"),
        "actor_text_lenient": prf("actor_len"),
        "recipient_text_strict": prf("recipient_strict"),
        "recipient_text_lenient": prf("recipient_len"),
        "actor_name_lenient": prf("actor_name"),
        "recipient_name_lenient": prf("recipient_name"),
        "typed_pairs": fields["pairs"],
        "modality_accuracy": round(fields["modality"] / pairs, 3),
        "mode_accuracy": round(fields["mode"] / pairs, 3),
        "said_by_accuracy": round(fields["said_by"] / pairs, 3),
        "location_accuracy": round(fields["location"] / pairs, 3),
        "dead_accuracy": round(fields["dead"] / pairs, 3),
        "acled_type_accuracy": round(fields["acled"] / pairs, 3),
        "seconds": round(elapsed, 1),
    }


def _fields(fields: Counter[str], g: dict[str, Any], p: dict[str, Any]) -> None:
    fields["pairs"] += 1
    for role, key in (("actor", "actors"), ("recipient", "recipients")):
        gold_text, gold_name = g.get(f"{role}_text"), g.get(role)
        texts = [m["text"] for m in p[key] if m.get("text")]
        names = [m["name"] for m in p[key] if m.get("name")]
        for kind, ok in (
            ("strict", any(norm(t) == norm(gold_text) for t in texts)),
            ("len", any(lenient(t, gold_text) for t in texts)),
        ):
            if gold_text and ok:
                fields[f"{role}_{kind}_tp"] += 1
            else:
                fields[f"{role}_{kind}_fn"] += bool(gold_text)
                fields[f"{role}_{kind}_fp"] += bool(texts)
        if gold_name and any(lenient(n, gold_name) for n in names):
            fields[f"{role}_name_tp"] += 1
        else:
            fields[f"{role}_name_fn"] += bool(gold_name)
            fields[f"{role}_name_fp"] += bool(names)
    fields["modality"] += g["modality"] == p["modality"]
    fields["mode"] += (g.get("mode") or None) == (p.get("mode") or None)
    said = p.get("said_by") or {}
    fields["said_by"] += (not g.get("said_by") and not said) or bool(
        g.get("said_by") and (lenient(said.get("text"), g["said_by"]) or lenient(said.get("name"), g["said_by"]))
    )
    loc = (p.get("location") or {}).get("text")
    fields["location"] += (not g.get("location") and not loc) or lenient(loc, g.get("location"))
    fields["dead"] += g.get("dead") == (p.get("counts") or {}).get("dead")
    fields["acled"] += g.get("acled_event_type") == p.get("acled_event_type")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(REPO / "bench/data/events_dev.jsonl"))
    parser.add_argument("--out", help="write the scores here as JSON")
    parser.add_argument("--show", action="store_true", help="print each unpaired or mistyped event (dev only)")
    args = parser.parse_args()
    path = Path(args.data)
    if not path.exists():
        sys.exit(f"no data at {path}")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    scores = evaluate(rows, show=args.show and "test" not in path.name)
    print(json.dumps(scores, indent=2))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(scores, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
