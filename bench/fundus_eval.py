"""Main-text quality on the fundus evaluation set: newsgraph's extraction beside plain trafilatura.

For each of the 80 English news pages in ``../shared/data/fundus-eval`` we compare the extracted
body text with the ground-truth paragraphs as a bag of word tokens (lower-cased ``\\w+``):

    precision = |extracted ∩ truth| / |extracted|,  recall = |extracted ∩ truth| / |truth|

where ∩ is multiset intersection; F1 is computed per page and then averaged. Two systems run in
the same process:

* ``newsgraph``: the body paragraphs (``Document.paragraphs``, no title, no captions) of
  ``newsgraph.document.build_document(RawPage(...))``; an ExtractionError counts as F1 0.
* ``trafilatura``: ``trafilatura.extract(html, url=url)`` with default settings.

Prints a markdown report; writes per-page JSON to ``bench/out/fundus_eval.json``.

    .venv/bin/python bench/fundus_eval.py [--shared ../shared] [--out bench/out/fundus_eval.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import trafilatura

from newsgraph._types import RawPage
from newsgraph.document import build_document
from newsgraph.errors import NewsgraphError

REPO = Path(__file__).resolve().parent.parent
DATASET = Path("data/fundus-eval/dataset")
_TOKEN = re.compile(r"\w+")
SYSTEMS = ("newsgraph", "trafilatura")


@dataclass
class Score:
    precision: float
    recall: float
    f1: float


@dataclass
class PageResult:
    page: str
    outlet: str
    truth_tokens: int
    scores: dict[str, Score]
    errors: dict[str, str]


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(extracted: Counter[str], truth: Counter[str]) -> Score:
    overlap = sum((extracted & truth).values())
    n_ext, n_truth = sum(extracted.values()), sum(truth.values())
    precision = overlap / n_ext if n_ext else 0.0
    recall = overlap / n_truth if n_truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def extract_newsgraph(name: str, data: bytes, url: str | None) -> str:
    doc = build_document(RawPage(location=name, kind="file", data=data, url=url))
    return "\n".join(p.text for p in doc.paragraphs)


def extract_trafilatura(html: str, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def outlet_of(page: str) -> str:
    return page.split("_", 1)[0]


def evaluate(shared: Path, limit: int | None = None) -> tuple[list[PageResult], dict[str, float]]:
    root = shared / DATASET
    truth_all: dict[str, Any] = json.loads((root / "ground_truth.json").read_text(encoding="utf-8"))
    names = sorted(truth_all)[:limit] if limit else sorted(truth_all)
    results: list[PageResult] = []
    seconds: dict[str, float] = dict.fromkeys(SYSTEMS, 0.0)
    for name in names:
        gt = truth_all[name]
        data = gzip.decompress((root / "html" / name).read_bytes())
        html = data.decode("utf-8", errors="replace")
        truth = tokens("\n".join(gt["body"]))
        scores: dict[str, Score] = {}
        errors: dict[str, str] = {}
        for system in SYSTEMS:
            start = time.perf_counter()
            try:
                text = (extract_newsgraph(name, data, gt.get("url")) if system == "newsgraph"
                        else extract_trafilatura(html, gt.get("url")))
            except NewsgraphError as exc:
                text, errors[system] = "", f"{exc.__class__.__name__}: {exc}"
            seconds[system] += time.perf_counter() - start
            scores[system] = score(tokens(text), truth)
        results.append(PageResult(name, outlet_of(name), sum(truth.values()), scores, errors))
    return results, seconds


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarise(results: list[PageResult]) -> dict[str, Any]:
    overall = {
        s: {m: mean([getattr(r.scores[s], m) for r in results]) for m in ("precision", "recall", "f1")}
        for s in SYSTEMS
    }
    eps = 1e-9
    a, b = SYSTEMS
    wins = {
        a: sum(r.scores[a].f1 > r.scores[b].f1 + eps for r in results),
        b: sum(r.scores[b].f1 > r.scores[a].f1 + eps for r in results),
        "tie": sum(abs(r.scores[a].f1 - r.scores[b].f1) <= eps for r in results),
    }
    by_outlet: dict[str, list[PageResult]] = defaultdict(list)
    for r in results:
        by_outlet[r.outlet].append(r)
    outlets = {
        o: {s: {m: mean([getattr(r.scores[s], m) for r in rs]) for m in ("precision", "recall", "f1")}
            for s in SYSTEMS}
        for o, rs in sorted(by_outlet.items())
    }
    errors = {s: sum(s in r.errors for r in results) for s in SYSTEMS}
    return {"pages": len(results), "overall": overall, "wins": wins, "by_outlet": outlets, "errors": errors}


def markdown(summary: dict[str, Any], seconds: dict[str, float], command: str) -> str:
    lines = [f"Reproduce: `{command}`", "", f"Pages: {summary['pages']}", "",
             "| system | mean P | mean R | mean F1 | pages won | extraction errors | seconds |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for s in SYSTEMS:
        o = summary["overall"][s]
        lines.append(f"| {s} | {o['precision']:.4f} | {o['recall']:.4f} | {o['f1']:.4f} | "
                     f"{summary['wins'][s]} | {summary['errors'][s]} | {seconds[s]:.1f} |")
    lines.append(f"\nTies: {summary['wins']['tie']}\n")
    a, b = SYSTEMS
    lines += [f"| outlet | {a} P | {a} R | {a} F1 | {b} P | {b} R | {b} F1 | Δ F1 |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for outlet, row in summary["by_outlet"].items():
        x, y = row[a], row[b]
        lines.append(f"| {outlet} | {x['precision']:.3f} | {x['recall']:.3f} | {x['f1']:.3f} | "
                     f"{y['precision']:.3f} | {y['recall']:.3f} | {y['f1']:.3f} | {x['f1'] - y['f1']:+.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared data folder (default: ../shared beside the repo)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "fundus_eval.json")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (for a quick look)")
    parser.add_argument("--pages", action="store_true", help="also print the per-page table")
    args = parser.parse_args(argv)
    if not (args.shared / DATASET / "ground_truth.json").exists():
        parser.error(f"no fundus-eval dataset under {args.shared}")

    command = "cd " + str(REPO) + " && .venv/bin/python bench/fundus_eval.py" + (
        f" --shared {args.shared}" if args.shared.resolve() != (REPO.parent / "shared").resolve() else "")
    results, seconds = evaluate(args.shared, args.limit)
    summary = summarise(results)
    print(markdown(summary, seconds, command))
    if args.pages:
        a, b = SYSTEMS
        print(f"\n| page | truth tokens | {a} P | {a} R | {a} F1 | {b} F1 | Δ |\n|---|---:|---:|---:|---:|---:|---:|")
        for r in sorted(results, key=lambda r: r.scores[a].f1 - r.scores[b].f1):
            x, y = r.scores[a], r.scores[b]
            print(f"| {r.page} | {r.truth_tokens} | {x.precision:.3f} | {x.recall:.3f} | {x.f1:.3f} | "
                  f"{y.f1:.3f} | {x.f1 - y.f1:+.3f} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"command": command, "summary": summary, "seconds": seconds,
               "pages": [asdict(r) for r in results]}
    args.out.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nJSON: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
