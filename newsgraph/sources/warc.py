"""WARC (and ARC) archives: every HTML response record becomes a page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from .._types import RawPage, SourceFailure
from ..config import Settings
from .url import READABLE_TYPES

_CHUNK = 1 << 16


class _Truncated(Exception):
    """A record ends before the length its header gives."""


class _Archive(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member ended: a gzipped WARC cut off in
    the middle of a member otherwise just looks shorter."""

    gzip_cut = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.gzip_cut = True
        super().close()


def _finish(record: ArcWarcRecord) -> None:
    """Read the rest of `record` and raise _Truncated if the file ends before the record does.
    warcio itself stops quietly at the end of the file, handing over a short record."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _Truncated(f"truncated WARC: the file ends {raw.limit} byte(s) before the end of a record")


def iter_warc(path: Path, settings: Settings) -> Iterator[RawPage | SourceFailure]:
    """Yield the HTML responses of a WARC; a truncated or corrupt archive ends with a failure
    that says after how many records it broke, and the records before it are kept. A record cut
    off by the end of the file is not yielded: its page would be silently incomplete."""
    location = str(path)
    complete = 0  # records read whole, of any type
    count = 0  # response/resource records: the #N of a page's location
    pages = 0  # pages yielded
    found = 0  # readable 200 responses, yielded or refused by the size cap
    try:
        if path.stat().st_size == 0:
            yield SourceFailure(location, "source", "empty WARC file")
            return
        with path.open("rb") as stream:
            archive = _Archive(stream)
            for record in archive:
                length = record.rec_headers.get_header("length" if record.format == "arc" else "Content-Length")
                if length is None or not length.strip().isdigit():
                    raise _Truncated("truncated or corrupt WARC: a record header is cut off or has no valid length")
                if record.rec_type not in ("response", "resource"):
                    _finish(record)
                    complete += 1
                    continue
                count += 1
                page = _page(record, f"{location}#{count}", settings)
                _finish(record)
                complete += 1
                if page is not None:
                    found += 1
                    if isinstance(page, RawPage):
                        pages += 1
                    yield page
            if archive.gzip_cut:
                raise _Truncated("truncated WARC: the file ends inside a gzip member")
    except _Truncated as exc:
        yield SourceFailure(location, "source",
                            f"{exc}; stopped after {complete} complete record(s), "
                            f"{pages} page(s) kept")
        return
    except Exception as exc:  # warcio, gzip and zlib raise many kinds of errors on damaged files
        reason = " ".join(str(exc).split())[:200] or exc.__class__.__name__
        yield SourceFailure(location, "source",
                            f"truncated or corrupt WARC after {complete} complete record(s), "
                            f"{pages} page(s) kept: {reason}")
        return
    if found == 0:
        yield SourceFailure(location, "source", f"WARC has no HTML page records ({complete} record(s) read)")


def _page(r: ArcWarcRecord, where: str, settings: Settings) -> RawPage | SourceFailure | None:
    """The page in a response/resource record; None when it is not a readable 200 response."""
    uri = r.rec_headers.get_header("WARC-Target-URI")
    if r.http_headers is not None:
        if r.http_headers.get_statuscode() not in (None, "200"):
            return None
        ctype = r.http_headers.get_header("Content-Type") or ""
    else:
        ctype = r.rec_headers.get_header("Content-Type") or ""
    ctype = ctype.split(";")[0].strip().lower()
    if ctype and not ctype.startswith(READABLE_TYPES):
        return None
    data = r.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return SourceFailure(where, "source", f"refused: WARC record exceeds the size cap of "
                             f"{settings.max_bytes / 1e6:.1f} MB")
    date = r.rec_headers.get_header("WARC-Date")
    return RawPage(location=where, kind="warc-record", data=data, content_type=ctype or None,
                   url=uri, extra={"warc_date": date} if date else {})
