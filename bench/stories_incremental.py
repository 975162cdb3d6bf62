"""Placing a few new articles in the stories of a 10,000-article store: incremental vs whole.

Works on a copy of a built store (default: bench/out/api_latency.db, made by bench/api_latency.py).
For each K (default 1 and 10): picks K dated articles (at random over the years, or the latest),
clusters the store without them (so they are the articles "just added": in no story yet), then
times `Store.update_stories()` (the incremental path `newsgraph add` takes) and
`Store.update_stories(full=True)` (a whole re-clustering), and checks that both leave the same
story tables. Terms are counted once for every article first (as the first clustering after an
upgrade does) and timed apart.

    .venv/bin/python bench/stories_incremental.py [--db bench/out/api_latency.db] [--added 1 10]
        [--pick random|latest]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.graph import cluster_stories  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store import stories as store_stories  # noqa: E402


def snapshot(db: sqlite3.Connection) -> Any:
    return (sorted(map(tuple, db.execute("SELECT * FROM story"))),
            sorted(map(tuple, db.execute("SELECT * FROM story_article"))),
            sorted(map(tuple, db.execute("SELECT * FROM story_link"))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "out" / "api_latency.db")
    parser.add_argument("--added", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pick", choices=["random", "latest"], default="random",
                        help="the added articles: K dated ones at random, or the K latest (a day's news)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stories.db"
        shutil.copy(args.db, path)
        with Store(path) as store:  # migrates the copy
            db = store._db
            t = time.perf_counter()
            inputs = store_stories.story_inputs(db)  # counts and keeps every article's terms, once
            print(json.dumps({"articles": len(inputs), "count_terms_s": round(time.perf_counter() - t, 1)}))
            dated = [i.article_id for i in sorted((i for i in inputs if i.published), key=lambda i: i.published or "")]
            results = []
            for k in args.added:
                added = set(rng.sample(dated, k) if args.pick == "random" else dated[-k:])
                t = time.perf_counter()
                before = cluster_stories([i for i in inputs if i.article_id not in added])
                db.execute("BEGIN IMMEDIATE")
                store_stories.replace_stories(db, before)
                db.execute("COMMIT")
                prepare = time.perf_counter() - t

                t = time.perf_counter()
                count = store.update_stories()
                incremental = time.perf_counter() - t
                placed = snapshot(db)
                t = time.perf_counter()
                store.update_stories(full=True)
                whole = time.perf_counter() - t
                same = snapshot(db) == placed
                results.append({"articles": len(inputs), "added": k, "stories": count,
                                "incremental_s": round(incremental, 3), "full_s": round(whole, 3),
                                "same_tables": same, "prepare_s": round(prepare, 1)})
                print(json.dumps(results[-1]), flush=True)
                if not same:
                    sys.exit("incremental and whole re-clustering differ")


if __name__ == "__main__":
    main()
