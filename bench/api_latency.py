"""Explorer API latency with 10,000 articles in the store, under 20 concurrent clients.

Builds (once; reused while it has the wanted size) a store of N articles made from the analysed
examples and seed: each copy gets its own id, content hash, URL and publication date, and keeps
every layer, so offsets stay true. Then starts `newsgraph serve` in a subprocess and runs C
concurrent clients (a minimal keep-alive HTTP/1.1 client on asyncio streams, so that the load
generator takes little of the CPUs it shares with the server; `--client httpx` for httpx) in
closed loops over three endpoints — one article
(/api/articles/{id}), one actor (/api/actors/{name}) and the first page of events
(/api/events) — and reports p50/p95/p99 per endpoint. The bar is p95 < 100 ms.

    .venv/bin/python bench/api_latency.py [--articles 10000] [--clients 20] [--requests 3000] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_d59314584e553993.txt"
OUT = REPO / "bench" / "out"


def base_records() -> list[dict[str, Any]]:
    from newsgraph import RawPage, load_pipeline
    from newsgraph.config import Settings
    from newsgraph.sources import iter_inputs

    pipeline = load_pipeline()
    sources = [str(REPO / "examples")] + ([str(SEED)] if SEED.exists() else [])
    return [pipeline.analyze_raw(raw) for raw in iter_inputs(sources, Settings()) if isinstance(raw, RawPage)]


def synthesise(db: Path, articles: int) -> None:
    from newsgraph.store import Store

    started = time.perf_counter()
    bases = base_records()
    rng = random.Random(7)
    if db.exists():
        db.unlink()
    with Store(db) as store:
        for i in range(articles):
            record = copy.deepcopy(bases[i % len(bases)])
            digest = hashlib.sha256(f"bench-{i}-{record['content_sha256']}".encode()).hexdigest()
            record["id"] = "art_" + digest[:16]
            record["content_sha256"] = digest
            meta = record["document"]
            meta["canonical_url"] = f"https://bench.invalid/{i}"
            meta["published"] = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            record["source"] = {"location": f"bench:{i}", "kind": "file"}
            store.save(record)
    print(f"synthesised {articles} articles from {len(bases)} analysed pages into {db} "
          f"in {time.perf_counter() - started:.0f} s ({db.stat().st_size / 1e6:.0f} MB)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def run_clients(base: str, paths: dict[str, list[str]], clients: int, total: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {name: [] for name in paths}
    names = list(paths)
    counter = iter(range(total))

    async def client(worker: int) -> None:
        rng = random.Random(worker)
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            for n in counter:
                name = names[n % len(names)]
                path = rng.choice(paths[name])
                started = time.perf_counter()
                response = await http.get(path)
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    raise SystemExit(f"{path}: {response.status_code} {response.text[:200]}")
                timings[name].append(elapsed * 1000)

    await asyncio.gather(*(client(w) for w in range(clients)))
    return timings


async def run_raw_clients(base: str, paths: dict[str, list[str]], clients: int,
                          total: int) -> dict[str, list[float]]:
    """The same closed loops with a minimal HTTP/1.1 keep-alive client on asyncio streams: the
    load generator should cost little CPU (as wrk does), since it shares the machine with the
    server; httpx spends several milliseconds of Python per request."""
    host, port = base.removeprefix("http://").split(":")
    timings: dict[str, list[float]] = {name: [] for name in paths}
    names = list(paths)
    counter = iter(range(total))

    async def client(worker: int) -> None:
        rng = random.Random(worker)
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            for n in counter:
                name = names[n % len(names)]
                path = rng.choice(paths[name])
                started = time.perf_counter()
                writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("ascii"))
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), None)
                if length is None:
                    raise SystemExit(f"{path}: no Content-Length in the response")
                body = await reader.readexactly(length)
                elapsed = time.perf_counter() - started
                if status != 200:
                    raise SystemExit(f"{path}: {status} {body[:200]!r}")
                timings[name].append(elapsed * 1000)
        finally:
            writer.close()

    await asyncio.gather(*(client(w) for w in range(clients)))
    return timings


def in_process_ms(db: Path, paths: dict[str, list[str]], rounds: int = 200) -> dict[str, float]:
    """Mean time per request of each endpoint inside the app (ASGI call, no HTTP, no client): the
    work the server does, apart from the network stack and the waiting under load."""
    from newsgraph.views.api import create_app

    app = create_app(db)

    async def call(path: str) -> None:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": [(b"host", b"bench")], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] != 200:
                raise SystemExit(f"{path}: {message['status']}")

        await app(scope, receive, send)

    async def measure() -> dict[str, float]:
        result = {}
        for name, options in paths.items():
            started = time.perf_counter()
            for n in range(rounds):
                await call(options[n % len(options)])
            result[name] = round((time.perf_counter() - started) / rounds * 1000, 2)
        return result

    return asyncio.run(measure())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=3000, help="Requests in all (spread over the endpoints).")
    parser.add_argument("--db", type=Path, default=OUT / "api_latency.db")
    parser.add_argument("--rebuild", action="store_true", help="Synthesise the store again even if it exists.")
    parser.add_argument("--workers", type=int, default=1, help="Server processes (newsgraph serve --workers).")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="Load generator: a minimal keep-alive HTTP/1.1 client (default) or httpx.")
    args = parser.parse_args()

    from newsgraph.store import Store

    OUT.mkdir(parents=True, exist_ok=True)
    have = 0
    if args.db.exists() and not args.rebuild:
        with Store(args.db, readonly=True) as store:
            have = store.counts()["article"]
    if have != args.articles:
        synthesise(args.db, args.articles)
    with Store(args.db, readonly=True) as store:
        ids = [a.id for a in store.articles()]
        speakers = sorted({q.speaker_name for q in store.quotes(limit=2000) if q.speaker_name})

    plain = {"article": [f"/api/articles/{i}" for i in ids[:500]],
             "actor": [f"/api/actors/{s}" for s in speakers], "events": ["/api/events"]}
    service = in_process_ms(args.db, plain)
    print("server time per request, in process (ms): " + ", ".join(f"{k} {v}" for k, v in service.items()))

    port = free_port()
    read_only = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    server = subprocess.Popen([str(Path(sys.executable).parent / "newsgraph"), "serve", "--db", str(args.db),
                               "--port", str(port), "--workers", str(args.workers)], env=read_only)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/outlets", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the explorer did not start")
            time.sleep(0.2)
        rng = random.Random(1)
        paths = {
            "article": [f"/api/articles/{i}" for i in rng.sample(ids, min(500, len(ids)))],
            "actor": [f"/api/actors/{quote(s, safe='')}" for s in speakers],
            "events": ["/api/events"],
        }
        runner = run_raw_clients if args.client == "raw" else run_clients
        asyncio.run(runner(base, {k: v[:5] for k, v in paths.items()}, 4, 60))  # warm up
        started = time.perf_counter()
        timings = asyncio.run(runner(base, paths, args.clients, args.requests))
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(10)

    result = {"articles": len(ids), "clients": args.clients, "client": args.client, "requests": args.requests,
              "workers": args.workers,
              "in_process_ms": service, "load_average": os.getloadavg()[0],
              "throughput_rps": round(args.requests / wall, 1), "endpoints": {}}
    print(f"{len(ids)} articles, {args.clients} concurrent clients ({args.client}), {args.workers} server process(es), "
          f"{args.requests} requests "
          f"in {wall:.1f} s ({args.requests / wall:.0f} requests/s)")
    print(f"{'endpoint':<10} {'n':>6} {'mean':>8} {'p50':>8} {'p95':>8} {'p99':>8}  (ms)")
    worst = 0.0
    for name, values in timings.items():
        p95 = percentile(values, 95)
        worst = max(worst, p95)
        result["endpoints"][name] = {"n": len(values), "mean_ms": round(statistics.mean(values), 1),
                                     "p50_ms": round(percentile(values, 50), 1), "p95_ms": round(p95, 1),
                                     "p99_ms": round(percentile(values, 99), 1)}
        row = result["endpoints"][name]
        print(f"{name:<10} {row['n']:>6} {row['mean_ms']:>8} {row['p50_ms']:>8} "
              f"{row['p95_ms']:>8} {row['p99_ms']:>8}")
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    (OUT / "api_latency.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(f"worst p95 {worst:.1f} ms: {'PASS' if worst < 100 else 'FAIL'} (bar: < 100 ms)")
    sys.exit(0 if worst < 100 else 1)


if __name__ == "__main__":
    main()
