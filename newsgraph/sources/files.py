"""Local inputs: files, folders and standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from .._types import RawPage
from ..config import Settings
from ..errors import RefusedSource, SourceError

# What a folder expands to. Anything else in a folder is skipped (images, stylesheets, notes).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc_path(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def expand_folder(folder: Path) -> Iterator[Path]:
    """Every readable input under `folder`, in a stable (sorted) order."""
    suffixes = PAGE_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES
    try:
        paths = sorted(folder.rglob("*"))
    except OSError as exc:
        raise SourceError(f"cannot list folder {folder}: {exc.strerror or exc}", source=str(folder)) from exc
    for path in paths:
        if path.is_file() and path.name.lower().endswith(suffixes) and not path.name.startswith("."):
            yield path


def _too_big(size: str, settings: Settings) -> str:
    return (f"refused: {size} exceeds the size cap of {settings.max_bytes / 1e6:.1f} MB "
            "(set --max-bytes to raise it)")


def read_file(path: Path, settings: Settings) -> RawPage:
    try:
        if not path.exists():
            raise SourceError(f"no such file: {path}", source=str(path))
        if not path.is_file():
            raise SourceError(f"not a regular file: {path}", source=str(path))
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise RefusedSource(_too_big(f"{size / 1e6:.1f} MB", settings), source=str(path))
        # read at most one byte over the cap: the file may have grown since it was measured
        with path.open("rb") as fh:
            data = fh.read(settings.max_bytes + 1)
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}", source=str(path)) from exc
    if len(data) > settings.max_bytes:
        raise RefusedSource(_too_big("the file", settings), source=str(path))
    return RawPage(location=str(path), kind="file", data=data)


def read_stdin(settings: Settings) -> RawPage:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise SourceError("cannot read standard input: it is closed", source="-")
    try:
        data = stream.read(settings.max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: read of a closed file
        raise SourceError(f"cannot read standard input: {exc}", source="-") from exc
    if len(data) > settings.max_bytes:
        raise RefusedSource(f"refused: standard input exceeds the size cap of {settings.max_bytes / 1e6:.1f} MB",
                            source="-")
    return RawPage(location="-", kind="stdin", data=data)
