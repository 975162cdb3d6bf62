"""The batch runner on Ray: the same flow as `batch.py`, with the analysis spread over Ray actors.

Use it to scale past one machine: `newsgraph add --ray-address auto SOURCES…` joins a running
Ray cluster (`ray start --head` on one node, `ray start --address …` on the others), and
`--ray` alone starts a local Ray with `--workers` actors. Sources are still read by the driver
(so a re-run skips what the store has), each actor loads the pipeline once and analyses pages,
and the driver stays the store's only writer: nothing about idempotence or failure rows changes.
A page whose actor dies becomes a failure row ("worker died"); Ray restarts the actor and the
batch goes on.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable, Iterable
from typing import Any

from tqdm import tqdm

from ._types import RawPage
from .batch import BatchResult, Outcome, _new_pages, analyze_page, settler
from .config import Settings
from .errors import ScaleError
from .sources import iter_inputs
from .sources.url import fetch_url
from .store import Store


def _ray() -> Any:
    # Ray reports usage to its authors by default; newsgraph runs offline and says nothing.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - ray is in requirements.lock
        raise ScaleError("Ray is not installed: pip install -r requirements.lock") from exc
    return ray


def _reachable(address: str) -> None:
    """Fail fast on a cluster address nobody answers at: Ray itself retries for minutes."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return  # "auto" and other forms: Ray resolves them and fails fast itself
    try:
        socket.create_connection((host, int(port)), timeout=3).close()
    except OSError as exc:
        raise ScaleError(f"cannot start or join Ray ({address}): nothing answers there ({exc.strerror or exc})") \
            from exc


def _analyzer_class(ray: Any) -> Any:
    @ray.remote(max_restarts=3, max_task_retries=0)
    class Analyzer:
        """One Ray actor: the pipeline loaded once, then one page per call."""

        def __init__(self) -> None:
            from .pipeline import load_pipeline

            load_pipeline()

        def analyze(self, raw: RawPage, time_limit_s: float | None = None) -> Outcome:
            return analyze_page(raw, time_limit_s)

    return Analyzer


def run_batch_ray(specs: Iterable[str], store: Store, settings: Settings, *, workers: int = 2,
                  address: str | None = None, progress: bool = True,
                  fetch: Callable[[str, Settings], RawPage] = fetch_url) -> BatchResult:
    """Like `batch.run_batch`, analysing on `workers` Ray actors (local Ray unless `address`)."""
    ray = _ray()
    if address:
        _reachable(address)
    started_here = not ray.is_initialized()
    if started_here:
        try:
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False,
                         configure_logging=False)
        except ScaleError:
            raise
        except Exception as exc:
            raise ScaleError(f"cannot start or join Ray ({address or 'local'}): {exc}") from exc
    result = BatchResult()
    bar = tqdm(desc="analysing (ray)", unit="page", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    settle = settler(store, result, bar)

    try:
        analyzer = _analyzer_class(ray)
        actors = [analyzer.remote() for _ in range(max(1, workers))]
        idle = actors * 2  # two pages queued per actor: it never waits on the driver's writes
        pending: dict[Any, tuple[RawPage, Any]] = {}  # object ref → (page, actor)
        pages = _new_pages(iter_inputs(specs, settings, fetch=fetch, skip_seen=store.article_for_url),
                           store, result, bar)

        def collect(block_for: int) -> None:
            done, _ = ray.wait(list(pending), num_returns=block_for)
            for ref in done:
                raw, actor = pending.pop(ref)
                try:
                    outcome = ray.get(ref)
                except ray.exceptions.RayError as exc:  # the actor died or its task failed in Ray
                    outcome = ("failed", ("internal", f"worker died while analysing this page: "
                                                      f"{exc.__class__.__name__}"))
                settle(raw.location, outcome)
                idle.append(actor)

        for raw in pages:
            if not idle:
                collect(1)
            actor = idle.pop()
            pending[actor.analyze.remote(raw, settings.page_time_limit_s)] = (raw, actor)
        while pending:
            collect(1)
    finally:
        bar.close()
        if started_here:
            ray.shutdown()
    return result
