"""The batch runner: many inputs → the store, in one or more worker processes.

Sources are read in the main process (so a re-run can skip inputs it already has before any
work); analysis runs in workers; the main process is the store's only writer. One bad input
becomes one failure row with its reason and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm

from ._types import KnownInput, RawPage, SourceFailure
from .config import Settings
from .errors import AnalysisTimeout, NewsgraphError
from .pipeline import load_pipeline
from .sources import iter_inputs
from .sources.url import fetch_url
from .store import Store

Outcome = tuple[str, Any]  # ("ok", record) or ("failed", (stage, reason))


@dataclass
class BatchResult:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[SourceFailure] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.added) + len(self.unchanged) + len(self.failed)


@contextmanager
def time_limit(seconds: float | None, location: str) -> Iterator[None]:
    """Raise AnalysisTimeout in the block after `seconds` (a timer signal: only in a process's main
    thread on a POSIX system; elsewhere, and with None, no limit)."""
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise AnalysisTimeout(f"analysis took longer than the page time limit ({seconds:g} s)", source=location)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyze_page(raw: RawPage, time_limit_s: float | None = None) -> Outcome:
    """Analyse one page; never raises (worker entry point). A page still in analysis after
    `time_limit_s` is a failure with that reason."""
    try:
        with time_limit(time_limit_s, raw.location):
            return "ok", load_pipeline().analyze_raw(raw)
    except NewsgraphError as exc:
        return "failed", (exc.stage, exc.reason)
    except Exception as exc:  # a bug must cost one page, not the batch
        return "failed", ("internal", f"internal error: {exc.__class__.__name__}: {exc}")


def _warm_worker() -> None:
    load_pipeline()


def settler(store: Store, result: BatchResult, bar: tqdm) -> Callable[[str, Outcome], None]:
    """What the writer does with each page's outcome: save the record or record the failure."""

    def settle(location: str, outcome: Outcome) -> None:
        status, value = outcome
        if status == "ok":
            state, article_id = store.save(value)
            (result.added if state == "added" else result.unchanged).append(article_id)
        else:
            stage, reason = value
            store.record_failure(location, stage, reason)
            result.failed.append(SourceFailure(location, stage, reason))
        bar.update(1)

    return settle


def run_batch(specs: Iterable[str], store: Store, settings: Settings, *, workers: int = 1,
              progress: bool = True, fetch: Callable[[str, Settings], RawPage] = fetch_url) -> BatchResult:
    result = BatchResult()
    bar = tqdm(desc="analysing", unit="page", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    settle = settler(store, result, bar)
    pages = _new_pages(iter_inputs(specs, settings, fetch=fetch, skip_seen=store.article_for_url), store, result, bar)
    if workers <= 1:
        for raw in pages:
            settle(raw.location, analyze_page(raw, settings.page_time_limit_s))
    else:
        _run_parallel(pages, workers, settle, settings.page_time_limit_s)
    bar.close()
    return result


def _new_pages(items: Iterator[RawPage | SourceFailure | KnownInput], store: Store, result: BatchResult,
               bar: tqdm) -> Iterator[RawPage]:
    for item in items:
        if isinstance(item, KnownInput):
            result.unchanged.append(item.article_id)
            bar.update(1)
            continue
        if isinstance(item, SourceFailure):
            store.record_failure(item.location, item.stage, item.reason)
            result.failed.append(item)
            bar.update(1)
            continue
        known = store.seen_source(item.sha256)
        if known:
            result.unchanged.append(known)
            bar.update(1)
            continue
        yield item


def _run_parallel(pages: Iterator[RawPage], workers: int, settle: Callable[[str, Outcome], None],
                  time_limit_s: float | None = None) -> None:
    # fork shares the imported libraries with the workers; each loads the model once.
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm_worker)
    window = workers * 4  # bounded: a 10,000-page folder is never all in memory at once
    pending: dict[Future[Outcome], RawPage] = {}
    try:
        for raw in pages:
            pending[pool.submit(analyze_page, raw, time_limit_s)] = raw
            if len(pending) >= window:
                pool = _drain(pending, settle, pool, ctx, workers, return_when=FIRST_COMPLETED,
                              time_limit_s=time_limit_s)
        while pending:
            pool = _drain(pending, settle, pool, ctx, workers, return_when=FIRST_COMPLETED,
                          time_limit_s=time_limit_s)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _drain(pending: dict[Future[Outcome], RawPage], settle: Callable[[str, Outcome], None],
           pool: ProcessPoolExecutor, ctx: Any, workers: int, return_when: str,
           time_limit_s: float | None = None) -> ProcessPoolExecutor:
    done, _ = wait(list(pending), return_when=return_when)
    broken = False
    for future in done:
        raw = pending.pop(future)
        try:
            outcome = future.result()
        except BrokenProcessPool:
            broken = True
            outcome = ("failed", ("internal", "worker process died while analysing this page"))
        settle(raw.location, outcome)
    if broken:  # a worker was killed (out of memory?): resubmit the rest to a fresh pool
        pool.shutdown(wait=False, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm_worker)
        survivors = list(pending.values())
        pending.clear()
        for raw in survivors:
            pending[pool.submit(analyze_page, raw, time_limit_s)] = raw
    return pool
