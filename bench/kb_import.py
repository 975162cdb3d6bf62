"""Time to read the four Phoenix CAMEO dictionaries, import them into a fresh store, import them
again (the idempotent re-sync), and look actors up by alias and day.

    .venv/bin/python bench/kb_import.py [--shared ../shared] [--lookups 2000] [--repeat 3]

Parsing alone (``read_dictionary``) is timed apart from the import (``import_cameo``: parse +
one store transaction per file); each figure is the best of ``--repeat`` runs, every run on a new
temporary database. Lookups are ``codes_for(store, alias, day)`` for ``--lookups`` aliases taken
evenly from the parsed actor files, each on 2010-01-01. Prints a markdown report; writes JSON to
``bench/out/kb_import.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.kb import ActorDictionary, codes_for, import_cameo, read_dictionary
from newsgraph.store import Store

REPO = Path(__file__).resolve().parent.parent
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
         "Phoenix.agents.txt"]
COMMAND = ".venv/bin/python bench/kb_import.py"


def _best(runs: list[float]) -> float:
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = args.shared / "data" / "petrarch2-dictionaries"
    paths = [folder / name for name in FILES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"missing: {', '.join(missing)}")

    parse_s: dict[str, list[float]] = {name: [] for name in FILES}
    import_s: dict[str, list[float]] = {name: [] for name in FILES}
    reimport_s: dict[str, list[float]] = {name: [] for name in FILES}
    lookup_s: list[float] = []
    counts: dict[str, Any] = {}
    table_rows: dict[str, int] = {}
    db_bytes = 0
    aliases: list[str] = []
    for _ in range(args.repeat):
        aliases = []
        for path in paths:
            start = time.perf_counter()
            parsed = read_dictionary(path)
            parse_s[path.name].append(time.perf_counter() - start)
            counts.setdefault(path.name, {})
            if isinstance(parsed, ActorDictionary):
                aliases += [a.name for e in parsed.entries if e.name for a in e.aliases]
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "kb.db"
            with Store(db) as store:
                for path in paths:
                    start = time.perf_counter()
                    result = import_cameo(store, path)
                    import_s[path.name].append(time.perf_counter() - start)
                    counts[path.name].update(kind=result.kind, read=result.read, stored=result.stored,
                                             warnings=len(result.warnings))
                before = store.kb_counts()
                for path in paths:
                    start = time.perf_counter()
                    import_cameo(store, path)
                    reimport_s[path.name].append(time.perf_counter() - start)
                table_rows = store.kb_counts()
                assert table_rows == before, "re-import changed row counts"
                step = max(1, len(aliases) // args.lookups)
                sample = aliases[::step][: args.lookups]
                start = time.perf_counter()
                found = sum(bool(codes_for(store, alias, date(2010, 1, 1))) for alias in sample)
                lookup_s.append((time.perf_counter() - start) / len(sample))
                assert found == len(sample), "an alias of a stored entry did not find its actor"
            db_bytes = sum(f.stat().st_size for f in Path(tmp).iterdir())

    report: dict[str, Any] = {
        "command": COMMAND,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "repeat": args.repeat,
        "files": {name: {**counts[name], "parse_s": round(_best(parse_s[name]), 3),
                         "import_s": round(_best(import_s[name]), 3),
                         "reimport_s": round(_best(reimport_s[name]), 3)} for name in FILES},
        "total": {"parse_s": round(sum(_best(parse_s[n]) for n in FILES), 3),
                  "import_s": round(sum(_best(import_s[n]) for n in FILES), 3),
                  "reimport_s": round(sum(_best(reimport_s[n]) for n in FILES), 3)},
        "rows": table_rows,
        "db_bytes": db_bytes,
        "lookups": len(sample),
        "lookup_ms": round(_best(lookup_s) * 1000, 3),
    }

    print(f"Command: `{COMMAND}` (best of {args.repeat}; Python {report['python']}, SQLite {report['sqlite']})\n")
    print("| file | kind | read | stored | warnings | parse s | import s | re-import s |")
    print("|---|---|---|---|---:|---:|---:|---:|")
    for name in FILES:
        f = report["files"][name]
        read = ", ".join(f"{v} {k}" for k, v in f["read"].items())
        stored = ", ".join(f"{v} {k}" for k, v in f["stored"].items() if not k.endswith(("_added", "_removed")))
        print(f"| {name} | {f['kind']} | {read} | {stored} | {f['warnings']} | {f['parse_s']:.3f} | "
              f"{f['import_s']:.3f} | {f['reimport_s']:.3f} |")
    t = report["total"]
    print(f"| **all four** | | | | | {t['parse_s']:.3f} | {t['import_s']:.3f} | {t['reimport_s']:.3f} |\n")
    print("Rows: " + ", ".join(f"{k} {v}" for k, v in table_rows.items())
          + f"; database {db_bytes / 1e6:.1f} MB")
    print(f"Lookup (`codes_for`, alias + day): {report['lookup_ms']:.3f} ms each over {report['lookups']} aliases")
    out = REPO / "bench" / "out" / "kb_import.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(f"\nwritten: {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
