"""Temporal expressions on the hand-written dev set (``bench/data/times_dev.jsonl``).

Why: ng_times is a grammar plus date arithmetic, and both fail quietly — a missed "overnight"
or a Thursday resolved to the wrong week looks like any other fact. This puts numbers on it,
next to what the spaCy model gives alone.

The dev set: 75 sentences in news style (politics and armed conflict), written for this
benchmark; the events in them are invented or loosely paraphrased and must not be cited. Each
line is ``{"id", "text", "published": "YYYY-MM-DD" | null, "times": [{"text", "type", "value",
"occurrence"?}]}``; ``text`` is an exact substring (``occurrence``, 1-based, when it occurs more
than once). Annotation follows the span conventions of docs/schema.md (``times``): "on" before a
day, "last"/"next"/"this", "earlier in", "early"/"mid"/"late", "the end of", "for"/"within"
before a duration and "in" before a future offset belong to the expression; plain "in", "since",
"by", "until", "at" do not. A relation to another event is "two days after" (the event is not
part of the span), typed DURATION with the offset as its value ("P2D"), as TimeML types "twenty
years" in "twenty years after the war". "Three days later", "the next day", "the following
year", "that night", with no event named, are DATEs counted from the date named last before
them, TimeML's temporal focus ("on March 3 … three days later" → March 6; "June 2020 … the
following year" → 2021; "a year earlier" after "the third quarter" → that quarter a year back);
with no date before them, "a year earlier" counts from publication and the others keep X
digits. A range is one expression
("from May to July", value "2024-05/2024-07", type DURATION); a clock time next to its day is
one ("8 p.m. on Tuesday"). Ages are not annotated; holidays are, with their observed dates
(Ramadan 2024 began on 11 March in Saudi Arabia: newsgraph's tabular Islamic calendar says the
10th, and that counts as wrong). Values
are TIMEX3-style, resolved against ``published``; with no publication date, relative values keep
X digits ("XXXX-WXX-4", "XXXX").

Systems, each run on the record's own text:

* ``newsgraph``: ``record["times"]`` from ``newsgraph.analyze(text, published=...)``;
* ``baseline``: the model's DATE and TIME entities alone (``record["entities"]``, the same spaCy
  run), type DATE or TIME from the label, value unresolved (never counted correct).

Metrics: detection P/R/F1 with exact spans and with overlapping spans (one-to-one, greedy by
overlap); over overlap-matched expressions, type accuracy and value accuracy (the value string
equal to the gold value); value accuracy split by whether the sentence has a publication date;
"invented": facts that claim a resolved value anchored on an unknown publication date (must be
0); and the cost of ng_times itself, run again on the annotated docs.

    .venv/bin/python bench/times_eval.py [--dev PATH] [--show-errors N] [--json PATH]
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

DEV = REPO / "bench" / "data" / "times_dev.jsonl"
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Gold:
    text: str
    type: str
    value: str
    occurrence: int = 1


@dataclass
class Row:
    id: str
    text: str
    published: str | None
    times: list[Gold]


@dataclass
class Pred:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    invented: bool = False


def load_dev(path: Path) -> list[Row]:
    """Read and check the dev set: every annotated string occurs in its sentence."""
    rows: list[Row] = []
    problems: list[str] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        golds = [Gold(**g) for g in raw["times"]]
        for g in golds:
            if raw["text"].count(g.text) < g.occurrence:
                problems.append(f"{path.name}:{lineno}: {g.text!r} not found {g.occurrence}x")
            if g.type not in TYPES:
                problems.append(f"{path.name}:{lineno}: unknown type {g.type!r}")
        rows.append(Row(raw["id"], raw["text"], raw.get("published"), golds))
    if problems:
        raise SystemExit("invalid dev set:\n  " + "\n  ".join(problems))
    return rows


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """The occurrence-th match of `needle` in `text`, runs of whitespace compared as one space."""
    chars: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        space = ch.isspace()
        if space and previous_space:
            continue
        chars.append(" " if space else ch)
        index.append(i)
        previous_space = space
    collapsed = "".join(chars)
    wanted = " ".join(needle.split())
    pos = -1
    for _ in range(occurrence):
        pos = collapsed.find(wanted, pos + 1)
        if pos < 0:
            return None
    return index[pos], index[pos + len(wanted) - 1] + 1


def match(gold: list[tuple[int, int] | None], pred: list[Pred], *, exact: bool) -> dict[int, int]:
    """One-to-one greedy matching, largest overlap first: gold index → prediction index."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        if g is None:
            continue
        for pi, p in enumerate(pred):
            shared = min(g[1], p.end) - max(g[0], p.start)
            if (exact and (p.start, p.end) == g) or (not exact and shared > 0):
                pairs.append((shared, gi, pi))
    return greedy_match(pairs)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predictions(record: dict[str, Any], system: str) -> list[Pred]:
    if system == "newsgraph":
        unknown = record["document"]["published"] is None
        return [Pred(t["start"], t["end"], t["text"], t["type"], t.get("value"),
                     invented=unknown and t.get("anchor") == "publication" and bool(t.get("resolved")))
                for t in record["times"]]
    return [Pred(e["start"], e["end"], e["text"], "TIME" if e["label"] == "TIME" else "DATE", None)
            for e in record["entities"] if e["label"] in ("DATE", "TIME")]


def evaluate(rows: list[Row], records: list[dict[str, Any]], system: str) -> tuple[dict[str, Any], list[str]]:
    totals = {"gold": 0, "pred": 0, "exact": 0, "overlap": 0, "type_ok": 0, "value_ok": 0, "invented": 0,
              "value_ok_known": 0, "matched_known": 0, "value_ok_unknown": 0, "matched_unknown": 0}
    by_type: dict[str, list[int]] = {t: [0, 0, 0] for t in TYPES}  # gold, overlap-found, value ok
    errors: list[str] = []
    for row, record in zip(rows, records, strict=True):
        text = record["text"]
        spans = [locate(text, g.text, g.occurrence) for g in row.times]
        preds = predictions(record, system)
        exact = match(spans, preds, exact=True)
        loose = match(spans, preds, exact=False)
        totals["gold"] += len(row.times)
        totals["pred"] += len(preds)
        totals["exact"] += len(exact)
        totals["overlap"] += len(loose)
        totals["invented"] += sum(p.invented for p in preds)
        known = row.published is not None
        for gi, g in enumerate(row.times):
            by_type[g.type][0] += 1
            if gi not in loose:
                errors.append(f"{row.id} missed {g.text!r} ({g.type} {g.value})")
                continue
            p = preds[loose[gi]]
            by_type[g.type][1] += 1
            totals["type_ok"] += p.type == g.type
            ok = p.value == g.value
            totals["value_ok"] += ok
            by_type[g.type][2] += ok
            totals["matched_known" if known else "matched_unknown"] += 1
            totals["value_ok_known" if known else "value_ok_unknown"] += ok
            if not ok or p.text != g.text or p.type != g.type:
                errors.append(f"{row.id} {g.text!r} {g.type} {g.value} → {p.text!r} {p.type} {p.value}")
        for pi, p in enumerate(preds):
            if pi not in loose.values():
                errors.append(f"{row.id} extra {p.text!r} ({p.type} {p.value})")
    totals["by_type"] = by_type
    return totals, errors


def fmt(x: float) -> str:
    return f"{100 * x:.1f}"


def report(results: dict[str, dict[str, Any]], n_rows: int, timing: dict[str, float]) -> str:
    lines = [f"Dev set: {n_rows} sentences, {results['newsgraph']['gold']} gold expressions.", "",
             "| system | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap | type acc | value acc "
             "| value acc (date known) | value acc (no date) | invented |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for system, t in results.items():
        pe, re_, fe = prf(t["exact"], t["pred"], t["gold"])
        po, ro, fo = prf(t["overlap"], t["pred"], t["gold"])
        matched = t["overlap"] or 1
        lines.append(f"| {system} | {fmt(pe)} | {fmt(re_)} | {fmt(fe)} | {fmt(po)} | {fmt(ro)} | {fmt(fo)} "
                     f"| {fmt(t['type_ok'] / matched)} | {fmt(t['value_ok'] / matched)} "
                     f"| {fmt(t['value_ok_known'] / (t['matched_known'] or 1))} "
                     f"| {fmt(t['value_ok_unknown'] / (t['matched_unknown'] or 1))} | {t['invented']} |")
    lines += ["", "Recall (overlap) and value accuracy by gold type, newsgraph:", "",
              "| type | gold | found | value correct |", "|---|---|---|---|"]
    for kind, (n, found, ok) in results["newsgraph"]["by_type"].items():
        lines.append(f"| {kind} | {n} | {found} | {ok} |")
    lines += ["", f"Time: pipeline {timing['pipeline_ms']:.1f} ms per sentence, of which ng_times "
              f"{timing['times_ms']:.2f} ms (measured again on the annotated docs)."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--json", type=Path, default=None, help="also write the metrics here")
    args = parser.parse_args(argv)

    from newsgraph import RawPage, load_pipeline
    from newsgraph.document import build_document

    rows = load_dev(args.dev)
    pipeline = load_pipeline()
    component = pipeline.nlp.get_pipe("ng_times")
    records: list[dict[str, Any]] = []
    started = time.perf_counter()
    docs = []
    for row in rows:
        raw = RawPage(location=row.id, kind="text", data=row.text.encode("utf-8"))
        document = build_document(raw, published=row.published)
        doc = pipeline.annotate(document)
        docs.append(doc)
        records.append(pipeline.record(document, doc))
    pipeline_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        component(doc)
    times_s = time.perf_counter() - started

    results: dict[str, dict[str, Any]] = {}
    errors: list[str] = []
    for system in ("newsgraph", "baseline"):
        results[system], errs = evaluate(rows, records, system)
        if system == "newsgraph":
            errors = errs
    timing = {"pipeline_ms": 1000 * pipeline_s / len(rows), "times_ms": 1000 * times_s / len(rows)}
    print("    .venv/bin/python bench/times_eval.py" + (f" --dev {args.dev}" if args.dev != DEV else ""))
    print()
    print(report(results, len(rows), timing))
    if args.show_errors:
        print()
        print(f"newsgraph errors ({len(errors)}):")
        for line in errors[: args.show_errors]:
            print("  " + line)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "timing": timing, "errors": errors}, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
