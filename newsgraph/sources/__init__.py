"""Sources: turn what the user names (paths, folders, `-`, URLs, feeds, WARCs) into RawPages.

Nothing here raises for a bad input: each one becomes a SourceFailure with its reason, so a
batch always goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

from .._types import KnownInput, RawPage, SourceFailure
from ..config import Settings
from ..errors import NewsgraphError, SourceError
from ._decode import decode_bytes, sniff_binary
from .feed import FeedItem, looks_like_feed, parse_feed
from .files import FEED_SUFFIXES, PAGE_SUFFIXES, WARC_SUFFIXES, expand_folder, is_warc_path, read_file, read_stdin
from .url import fetch_url, is_url
from .warc import iter_warc

__all__ = ["RawPage", "SourceFailure", "decode_bytes", "fetch_url", "iter_inputs", "sniff_binary"]

Fetcher = Callable[[str, Settings], RawPage]
# A feed item whose own content is shorter than this is only a teaser: fetch its link instead.
_FULL_CONTENT_CHARS = 1500


def iter_inputs(specs: Iterable[str], settings: Settings, fetch: Fetcher = fetch_url,
                skip_seen: Callable[[str], str | None] | None = None) -> Iterator[RawPage | SourceFailure | KnownInput]:
    """Expand each spec into pages. `skip_seen(url)` returns the article id of a page the caller
    already has, so that it is not fetched again: feed items are checked by their link, and a
    known one is yielded as a KnownInput."""
    for spec in specs:
        yield from _expand(spec, settings, fetch, skip_seen)


def _expand(spec: str, settings: Settings, fetch: Fetcher,
            skip_seen: Callable[[str], str | None] | None) -> Iterator[RawPage | SourceFailure | KnownInput]:
    if not spec.strip():  # Path("") is the current folder: never expand it by accident
        yield SourceFailure(spec, "source", "empty input name")
        return
    try:
        if spec == "-":
            page = read_stdin(settings)
        elif is_url(spec):
            page = fetch(spec, settings)
        else:
            path = Path(spec)
            if path.is_dir():
                yield from _folder(path, settings, fetch, skip_seen)
                return
            if is_warc_path(path) and path.is_file():
                yield from iter_warc(path, settings)
                return
            page = read_file(path, settings)
    except NewsgraphError as exc:
        yield SourceFailure(spec, exc.stage, exc.reason)
        return
    except OSError as exc:  # e.g. a name too long to look up
        yield SourceFailure(spec, "source", f"cannot read {spec}: {exc.strerror or exc}")
        return
    if looks_like_feed(page.data):
        yield from _feed_pages(page, settings, fetch, skip_seen)
    else:
        yield page


def _folder(path: Path, settings: Settings, fetch: Fetcher,
            skip_seen: Callable[[str], str | None] | None) -> Iterator[RawPage | SourceFailure | KnownInput]:
    found = False
    for child in expand_folder(path):
        found = True
        yield from _expand(str(child), settings, fetch, skip_seen)
    if not found:
        kinds = ", ".join(PAGE_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES)
        yield SourceFailure(str(path), "source", f"folder has no inputs to read (looked for {kinds})")


def _feed_pages(feed: RawPage, settings: Settings, fetch: Fetcher,
                skip_seen: Callable[[str], str | None] | None) -> Iterator[RawPage | SourceFailure | KnownInput]:
    try:
        items = parse_feed(feed.data, feed.location)
    except SourceError as exc:
        yield SourceFailure(feed.location, exc.stage, exc.reason)
        return
    if not items:
        yield SourceFailure(feed.location, "source", "feed has no items")
    for n, item in enumerate(items, 1):
        link = _resolve_link(item.link, feed)
        where = link or f"{feed.location}#item{n}"
        if item.link and not link and not item.content_html:
            yield SourceFailure(where, "source",
                                f"feed item link {item.link!r} is not an http(s) URL and the item has no content")
            continue
        known = skip_seen(link) if skip_seen is not None and link else None
        if known is not None and link:
            yield KnownInput(link, known)
            continue
        yield from _item_page(replace(item, link=link), where, feed, settings, fetch)


def _resolve_link(link: str | None, feed: RawPage) -> str | None:
    """Relative links are read against the feed's own URL; a link that is still not an http(s)
    URL (a "tag:" id, a relative link in a local file) is no link at all."""
    if link and feed.url and not is_url(link):
        try:
            link = urljoin(feed.url, link)
        except ValueError:
            return None
    return link if link and is_url(link) else None


def _item_page(item: FeedItem, where: str, feed: RawPage, settings: Settings,
               fetch: Fetcher) -> Iterator[RawPage | SourceFailure | KnownInput]:
    content = item.content_html or ""
    if len(content) >= _FULL_CONTENT_CHARS or (content and not item.link):
        html = f"<html><head><title>{_escape(item.title or '')}</title></head><body><article>" \
               f"<h1>{_escape(item.title or '')}</h1>{content}</article></body></html>"
        yield RawPage(location=where, kind="feed-item", data=html.encode("utf-8"), content_type="text/html",
                      url=item.link, published=item.published, extra={"feed": feed.location})
        return
    if not item.link:
        yield SourceFailure(where, "source", "feed item has neither an http(s) link nor content")
        return
    try:
        page = fetch(item.link, settings)
    except NewsgraphError as exc:
        yield SourceFailure(item.link, exc.stage, exc.reason)
        return
    yield RawPage(location=page.location, kind="url", data=page.data, content_type=page.content_type,
                  url=page.url, published=item.published, extra={**page.extra, "feed": feed.location})


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
