"""WARC (and ARC) archives: every HTML response record becomes a page."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .._types import RawPage, SourceFailure
from ..config import Settings
from .url import READABLE_TYPES


def iter_warc(path: Path, settings: Settings) -> Iterator[RawPage | SourceFailure]:
    """Yield the HTML responses of a WARC; a truncated or corrupt archive ends with a failure
    that says after how many records it broke, and the records before it are kept."""
    location = str(path)
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                count += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                ctype = ""
                if record.http_headers is not None:
                    if record.http_headers.get_statuscode() not in (None, "200"):
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                ctype = ctype.split(";")[0].strip().lower()
                if ctype and not ctype.startswith(READABLE_TYPES):
                    continue
                where = f"{location}#{count}"
                data = record.content_stream().read(settings.max_bytes + 1)
                if len(data) > settings.max_bytes:
                    yield SourceFailure(where, "source", f"refused: WARC record exceeds the size cap of "
                                        f"{settings.max_bytes / 1e6:.1f} MB")
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                yield RawPage(location=where, kind="warc-record", data=data, content_type=ctype or None,
                              url=uri, extra={"warc_date": date} if date else {})
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        reason = " ".join(str(exc).split())[:200] or exc.__class__.__name__
        yield SourceFailure(location, "source",
                            f"truncated or corrupt WARC after {count} record(s): {reason}")
