"""How long `newsgraph postgres sync` takes: a first sync, a sync after a few new articles, and a
sync that finds nothing to change.

Stores measured (each analysed into a fresh SQLite file first; analysis is not timed):

* ``examples``: the bundled examples (``examples/``);
* ``fundus``: the pages of ``../shared/data/fundus-eval`` (``--pages``, default 80), the last
  ``--added`` (default 5) of them saved only after the first sync, to time an incremental one;
* ``big`` (only with ``--big PATH``): an existing store, e.g. ``bench/out/api_latency.db`` (10,000
  articles, made by bench/api_latency.py), synced cold and again unchanged.

Each sync goes into a schema of its own on a throwaway local server (tests/pg_server.py: Debian's
binaries, fsync off), or on ``--to DSN``. Times are wall-clock for ``sync_to_postgres`` as a whole:
reading SQLite, COPY into staging tables, deletes, upserts, commit. The first and the unchanged
syncs are repeated ``--rounds`` times (fresh schemas for the first) and the median is reported.

    .venv/bin/python bench/postgres_sync.py [--shared ../shared] [--pages 80] [--added 5] [--rounds 3]
                                            [--big bench/out/api_latency.db] [--to DSN]

Prints a markdown report; writes JSON to ``bench/out/postgres_sync.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from throughput import load_pages  # noqa: E402  (bench/throughput.py: the fundus-eval pages)

from newsgraph import RawPage, load_pipeline  # noqa: E402
from newsgraph.config import Settings  # noqa: E402
from newsgraph.errors import NewsgraphError  # noqa: E402
from newsgraph.sources import iter_inputs  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store.postgres import SyncResult, sync_to_postgres  # noqa: E402
from tests.pg_server import postgres_bin, throwaway_postgres  # noqa: E402


@contextlib.contextmanager
def server(dsn: str | None) -> Iterator[str]:
    if dsn:
        yield dsn
        return
    bin_dir = postgres_bin()
    if bin_dir is None:
        sys.exit("no PostgreSQL binaries: install Debian's postgresql (make install) or pass --to DSN")
    with throwaway_postgres(bin_dir) as local:
        yield local


def analyse_into(store: Store, pages: list[RawPage], pipeline: Any) -> int:
    saved = 0
    for page in pages:
        try:
            store.save(pipeline.analyze_raw(page))
            saved += 1
        except NewsgraphError:
            continue  # a page the pipeline cannot read: not what this measures
    store.update_stories()
    return saved


def measure(name: str, db: Path, dsn: str, rounds: int, add: Any = None) -> dict[str, Any]:
    """First sync (median of `rounds` fresh schemas), then optional additions, then unchanged syncs."""
    firsts = [sync_to_postgres(db, dsn, schema=f"bench_{name}_{r}") for r in range(rounds)]
    first = sorted(firsts, key=lambda r: r.seconds)[len(firsts) // 2]
    out: dict[str, Any] = {
        "store": name, "sqlite_mib": round(db.stat().st_size / 2**20, 1), "articles": _rows(first, "article"),
        "rows": first.rows, "tables": len(first.tables),
        "first_s": round(first.seconds, 3), "first_rows_per_s": round(first.rows / first.seconds),
        "first_all_s": [round(r.seconds, 3) for r in firsts],
    }
    schema = f"bench_{name}_0"
    if add is not None:
        added_articles = add()
        step = sync_to_postgres(db, dsn, schema=schema)
        out.update(added_articles=added_articles, added_rows=sum(t.inserted for t in step.tables),
                   added_changed=step.changed, added_s=round(step.seconds, 3), rows_after=step.rows)
    again = [sync_to_postgres(db, dsn, schema=schema) for _ in range(rounds)]
    assert all(r.changed == 0 for r in again), "an unchanged store must write nothing"
    out.update(unchanged_s=round(statistics.median(r.seconds for r in again), 3),
               unchanged_all_s=[round(r.seconds, 3) for r in again],
               unchanged_rows_per_s=round(again[0].rows / statistics.median(r.seconds for r in again)))
    return out


def _rows(result: SyncResult, table: str) -> int:
    return next((t.rows for t in result.tables if t.table == table), 0)


def report(results: list[dict[str, Any]], command: str) -> str:
    lines = [f"`{command}`", "",
             "| store | articles | rows (tables) | SQLite | first sync | rows/s | +new articles: rows, time "
             "| unchanged re-sync | rows compared/s |",
             "|---|---:|---:|---:|---:|---:|---|---:|---:|"]
    for r in results:
        added = (f"+{r['added_articles']}: {r['added_rows']} rows, {r['added_s']:.2f} s" if "added_s" in r else "–")
        lines.append(f"| {r['store']} | {r['articles']} | {r['rows']} ({r['tables']}) | {r['sqlite_mib']} MiB "
                     f"| {r['first_s']:.2f} s | {r['first_rows_per_s']:,} | {added} | {r['unchanged_s']:.2f} s "
                     f"| {r['unchanged_rows_per_s']:,} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--added", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--big", type=Path, help="an existing store to sync as well (read only)")
    parser.add_argument("--to", dest="dsn", help="PostgreSQL DSN (default: a throwaway local server)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "postgres_sync.json")
    args = parser.parse_args()
    command = "python bench/postgres_sync.py " + " ".join(sys.argv[1:])
    pipeline = load_pipeline()
    results = []
    with server(args.dsn) as dsn, tempfile.TemporaryDirectory() as tmp:
        examples = [p for p in iter_inputs([str(REPO / "examples")], Settings()) if isinstance(p, RawPage)]
        with Store(Path(tmp) / "examples.db") as store:
            analyse_into(store, examples, pipeline)
        results.append(measure("examples", Path(tmp) / "examples.db", dsn, args.rounds))
        print(json.dumps(results[-1]), flush=True)

        if (args.shared / "data" / "fundus-eval").exists():
            pages = [RawPage(location=name, kind="file", data=data, url=url)
                     for name, data, url in load_pages(args.shared)[:args.pages]]
            cut = max(len(pages) - args.added, 0)
            with Store(Path(tmp) / "fundus.db") as store:
                analyse_into(store, pages[:cut], pipeline)
                results.append(measure("fundus", Path(tmp) / "fundus.db", dsn, args.rounds,
                                       add=lambda: analyse_into(store, pages[cut:], pipeline)))
            print(json.dumps(results[-1]), flush=True)

        if args.big:
            results.append(measure("big", args.big, dsn, 1))
            print(json.dumps(results[-1]), flush=True)
    print(report(results, command))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"command": command, "results": results}, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
