"""The errors newsgraph raises, all derived from :class:`NewsgraphError`.

    NewsgraphError
    ├── SourceError            reading an input failed (file, stdin, URL, feed, WARC)
    │   ├── FetchError         a URL could not be fetched (network, timeout, HTTP status)
    │   ├── RefusedSource      an input was refused on purpose (private address, size cap)
    │   └── UnsupportedFormat  bytes that are not a page we can read (binary, empty, bad encoding)
    ├── ExtractionError        the document stage found no article text
    ├── AnnotationError        an annotator failed
    ├── AnalysisTimeout        a page's analysis ran past the batch's time limit
    ├── StoreError             the SQLite store could not be opened or written
    └── ScaleError             Ray could not be started or joined

Every error carries the `stage` it happened in and the `source` it concerns, and its
message is one line: that line is what the batch runner records and the CLI prints.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    stage = "unknown"

    def __init__(self, reason: str, *, source: str | None = None, stage: str | None = None) -> None:
        # One line only: reasons end up in a table column and in a terminal summary.
        self.reason = " ".join(str(reason).split())
        self.source = source
        if stage is not None:
            self.stage = stage
        super().__init__(self.reason)

    def __str__(self) -> str:
        return self.reason


class SourceError(NewsgraphError):
    """An input could not be read."""

    stage = "source"


class FetchError(SourceError):
    """A URL could not be fetched: DNS, connection, timeout or HTTP status."""


class RefusedSource(SourceError):
    """An input was refused by policy: a private address or a size cap."""


class UnsupportedFormat(SourceError):
    """The bytes are not a page newsgraph can read: empty, binary, undecodable, truncated."""


class AnalysisTimeout(NewsgraphError):
    """A page's analysis ran past the batch's per-page time limit (the page is recorded, the batch goes on)."""

    stage = "analysis"


class ExtractionError(NewsgraphError):
    """The document stage found no article text in the page."""

    stage = "document"


class AnnotationError(NewsgraphError):
    """An annotator failed on a document."""

    stage = "annotate"


class StoreError(NewsgraphError):
    """The store could not be opened, migrated or written."""

    stage = "store"


class ScaleError(NewsgraphError):
    """Ray is missing, or a local Ray cannot start, or a cluster cannot be joined."""

    stage = "ray"
