"""Shapes of data passed between stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

SourceKind = Literal["file", "stdin", "url", "text", "feed-item", "warc-record"]


@dataclass(frozen=True)
class RawPage:
    """One input page as read by a source, before any cleaning.

    `location` says where it came from (a path, a URL, `warc:FILE#N`); `url` is the page's own
    address when one is known (a fetched URL, a feed item's link, a WARC target URI).
    """

    location: str
    kind: SourceKind
    data: bytes
    content_type: str | None = None  # the declared type (HTTP header, WARC header) if any
    url: str | None = None
    published: str | None = None  # a date given with the input (feed item, caller), ISO 8601
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class SourceFailure:
    """An input that could not be turned into a RawPage, with its one-line reason."""

    location: str
    stage: str
    reason: str


@dataclass(frozen=True)
class KnownInput:
    """An input the caller already has (a feed item whose link is stored): skipped before it is
    fetched, and reported as unchanged."""

    location: str
    article_id: str
