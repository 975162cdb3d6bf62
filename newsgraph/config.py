"""Settings shared by the sources and the batch runner.

`None` means "no limit" where a limit is optional; the defaults are what the CLI uses.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a real article page is rarely over 3 MB; 10 MB leaves room


@dataclass(frozen=True)
class Settings:
    """How inputs are read: size cap, network timeouts, address policy."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = 15.0
    allow_private: bool = False  # fetching loopback/private/link-local addresses is refused unless set
    user_agent: str = "newsgraph/0.1 (+news analysis; offline-friendly)"
    max_redirects: int = 5
