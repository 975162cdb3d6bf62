"""Each pipeline component's share of the annotation time, timed inside one run.

`annotator_cost.py` compares two whole pipelines, which on a shared, loaded machine mixes the
annotator's cost with the machine's noise. This times every component (spaCy's and newsgraph's)
around its own call over the fundus pages, in one process, so noise falls on all alike.

    .venv/bin/python bench/component_times.py [--rounds 2]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from annotator_cost import documents

from newsgraph import Pipeline
from newsgraph.annotators.parts import set_parts

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    docs = documents(args.shared)
    pipeline = Pipeline()
    spent: Counter[str] = Counter()
    for _ in range(args.rounds):
        for document in docs:
            doc = pipeline.nlp.make_doc(document.text)
            doc.user_data["ng_text"] = document.text
            doc._.ng_meta = document.metadata()
            set_parts(doc, [(p.id, p.type, p.start, p.end) for p in document.parts])
            for name, component in pipeline.nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                spent[name] += time.perf_counter() - start
            start = time.perf_counter()
            pipeline.record(document, doc)
            spent["(record)"] += time.perf_counter() - start
    total = sum(spent.values())
    print(f"{len(docs)} fundus pages, {args.rounds} rounds; seconds per round\n")
    print("| component | s | share |")
    print("|---|---:|---:|")
    for name, seconds in spent.most_common():
        print(f"| {name} | {seconds / args.rounds:.2f} | {seconds / total:.1%} |")


if __name__ == "__main__":
    main()
