"""Temporal expressions against a TimeML news corpus (TimeBank / TempEval-3 style).

Why: our own dev set (bench/times_eval.py) was written next to the rules; a TimeML corpus is
someone else's annotation of real wire and broadcast news, with its own conventions
(TIMEX3 spans without "on", PRESENT_REF for "now", durations for "the past three years").
The corpus is not in the repository (it is not ours to copy): give a JSON-lines file, one
document per line, ``{"id", "dct": "YYYY-MM-DD", "text", "timexes": [{"start", "end", "text",
"type", "value"}]}`` with offsets into ``text`` (a converter from .tml files is a few lines: the
TIMEX3 tags of the TEXT element, minus the creation-time one).

Each document goes through the user's path, ``newsgraph.analyze(text, published=dct)``, after
single line breaks inside paragraphs are made spaces (TimeBank keeps the wire's hard line
wrap, which the document stage would read as paragraph ends); the cleaned text's offsets are
mapped back by aligning the non-space characters.

Metrics, as in TempEval-3: detection precision/recall/F1 with overlapping spans ("relaxed") and
identical spans ("strict"), one-to-one; over relaxed matches, type accuracy and value accuracy
(the value string equal, TIMEX3 normal form: "1998-01-08", "P3Y", "PRESENT_REF"); and value F1
(a prediction counts when matched and its value is right).

    .venv/bin/python bench/timeml_eval.py DATA.jsonl [--show-errors N] [--json OUT]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _align import aligner, corpus_main, to_source, unwrap
from _matching import match_spans  # bench/ is on the path of a script run from it

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(200 * p * r / (p + r), 1) if p + r else 0.0}


def evaluate(rows: list[dict[str, Any]], show: int = 0) -> dict[str, Any]:
    import newsgraph

    counts: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    shown = 0
    started = time.perf_counter()
    for row in rows:
        text = unwrap(row["text"])
        record = newsgraph.analyze(text, published=row.get("dct"))
        mapping = aligner(text, record["text"])
        pred = []
        for t in record["times"]:
            start, end = to_source(mapping, t["start"], t["end"])
            pred.append({"start": start, "end": end, "text": text[start:end], "type": t.get("type"),
                         "value": t.get("value")})
        if row.get("dct_span"):  # the creation date printed at the top is not scored
            ds, de = row["dct_span"]
            pred = [p for p in pred if p["end"] <= ds or p["start"] >= de]
        gold = row["timexes"]
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        pairs = sorted(match_spans(gold, pred).items())
        matched_g = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            c = by_type.setdefault(g["type"], Counter())
            c["matched"] += 1
            counts["relaxed"] += 1
            counts["strict"] += (g["start"], g["end"]) == (p["start"], p["end"])
            counts["type"] += g["type"] == p["type"]
            ok = g["value"] == p["value"]
            counts["value"] += ok
            c["value"] += ok
            if not ok and shown < show:
                shown += 1
                print(f"{row['id']} [{row.get('dct')}] value: {g['text']!r} {g['type']} {g['value']} "
                      f"<- {p['text']!r} {p['type']} {p['value']}")
        for gi, g in enumerate(gold):
            by_type.setdefault(g["type"], Counter())["gold"] += 1
            if gi not in matched_g and shown < show:
                shown += 1
                print(f"{row['id']} missed: {g['text']!r} {g['type']} {g['value']}")
        matched_p = {pi for _, pi in pairs}
        for pi, p in enumerate(pred):
            if pi not in matched_p and shown < show:
                shown += 1
                print(f"{row['id']} spurious: {p['text']!r} {p['type']} {p['value']}")
    relaxed = counts["relaxed"] or 1
    return {
        "documents": len(rows),
        "gold": counts["gold"],
        "predicted": counts["pred"],
        "relaxed": prf(counts["relaxed"], counts["pred"], counts["gold"]),
        "strict": prf(counts["strict"], counts["pred"], counts["gold"]),
        "type_accuracy": round(100 * counts["type"] / relaxed, 1),
        "value_accuracy": round(100 * counts["value"] / relaxed, 1),
        "value_f1": prf(counts["value"], counts["pred"], counts["gold"])["f1"],
        "by_gold_type": {t: {"gold": c["gold"], "found": c["matched"], "value_right": c["value"]}
                         for t, c in sorted(by_type.items())},
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    corpus_main(__doc__ or "", "JSON lines: id, dct, text, timexes (offsets into text)", evaluate)


if __name__ == "__main__":
    main()
