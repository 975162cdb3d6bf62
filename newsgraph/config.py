"""Settings shared by the sources and the batch runner.

`None` means "no limit" where a limit is optional; the defaults are what the CLI uses.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a real article page is rarely over 3 MB; 10 MB leaves room
# a long article takes a few seconds; a page still in analysis after this long is stuck (a bug,
# a pathological input) and is recorded as failed so the batch goes on
DEFAULT_PAGE_TIME_LIMIT_S = 300.0


@dataclass(frozen=True)
class Settings:
    """How inputs are read and analysed: size cap, network timeouts, address policy, time per page."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = 15.0
    allow_private: bool = False  # fetching loopback/private/link-local addresses is refused unless set
    user_agent: str = "newsgraph/0.1 (+news analysis; offline-friendly)"
    max_redirects: int = 5
    page_time_limit_s: float | None = DEFAULT_PAGE_TIME_LIMIT_S  # analysis time for one page in a batch
