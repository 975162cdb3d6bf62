"""What one annotator (or a few) adds to the pipeline's time.

Runs the whole pipeline (document stage + spaCy model + every newsgraph annotator) over the
fundus pages, then the same pipeline without the named annotators (and anything that needs
them), in the same process, alternating rounds so that machine noise hits both alike. Reports
the median per-round time of each and the share the annotators add.

    .venv/bin/python bench/annotator_cost.py --without ng_quotes,ng_terms [--rounds 5]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

from newsgraph import Pipeline, RawPage
from newsgraph.annotators.base import REGISTRY, ordered
from newsgraph.document import Document, build_document
from newsgraph.errors import NewsgraphError

REPO = Path(__file__).resolve().parent.parent


def documents(shared: Path) -> list[Document]:
    found = []
    for path in sorted((shared / "data/fundus-eval/dataset/html").glob("*.html.gz")):
        with gzip.open(path) as page:
            data = page.read()
        try:
            found.append(build_document(RawPage(location=path.name, kind="file", data=data)))
        except NewsgraphError:
            continue
    return found


def without(names: set[str]) -> list[str]:
    """All annotators except `names` and those that need (directly or not) what they provide."""
    dropped_layers = {REGISTRY[n].layer for n in names}
    kept = []
    for spec in ordered():
        if spec.name in names or dropped_layers & set(spec.needs):
            dropped_layers.add(spec.layer)
            continue
        kept.append(spec.name)
    return kept


def run(pipeline: Pipeline, docs: list[Document]) -> float:
    start = time.perf_counter()
    for doc in docs:
        pipeline.analyze_document(doc)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--without", required=True, help="comma-separated annotator names, e.g. ng_quotes,ng_terms")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    names = set(args.without.split(","))
    unknown = names - set(REGISTRY)
    if unknown:
        sys.exit(f"unknown annotators: {', '.join(sorted(unknown))}")
    docs = documents(args.shared)
    full = Pipeline()
    reduced = Pipeline(without(names))
    # the document stage is part of the pipeline's time too: measure it once, add it to both
    t0 = time.perf_counter()
    documents(args.shared)
    document_time = time.perf_counter() - t0
    run(full, docs[:5])
    run(reduced, docs[:5])
    full_times, reduced_times = [], []
    for _ in range(args.rounds):
        full_times.append(run(full, docs))
        reduced_times.append(run(reduced, docs))
    f, r = statistics.median(full_times), statistics.median(reduced_times)
    chars = sum(len(d.text) for d in docs)
    print(f"## Cost of {', '.join(sorted(names))}\n")
    print(f"{len(docs)} fundus pages ({chars:,} characters), {args.rounds} alternating rounds, medians.\n")
    print("| pipeline | annotate s | + document stage s | total s |")
    print("|---|---:|---:|---:|")
    print(f"| without {', '.join(sorted(names))} | {r:.2f} | {document_time:.2f} | {r + document_time:.2f} |")
    print(f"| full | {f:.2f} | {document_time:.2f} | {f + document_time:.2f} |")
    added = (f - r) / (r + document_time)
    print(f"\nAdded by {', '.join(sorted(names))}: {f - r:.2f} s = {added:.1%} of the pipeline without them.")
    print(f"\nReproduce: `.venv/bin/python bench/annotator_cost.py --without {args.without} --rounds {args.rounds}`")


if __name__ == "__main__":
    main()
