"""Fetch one URL: size-capped, time-limited, and refusing private addresses by default."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

import httpx

from .._types import RawPage
from ..config import Settings
from ..errors import FetchError, RefusedSource, UnsupportedFormat

READABLE_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _blocked_address(ip: str) -> str | None:
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if getattr(addr, "ipv4_mapped", None):
        addr = addr.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    for label, flag in (
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("private", addr.is_private),
        ("multicast", addr.is_multicast),
        ("reserved", addr.is_reserved),
        ("unspecified", addr.is_unspecified),
    ):
        if flag:
            return label
    return None


def check_address(url: str, settings: Settings) -> None:
    """Refuse URLs whose host is or resolves to a non-public address (unless allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise RefusedSource(f"unsupported URL scheme {parts.scheme!r}", source=url)
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host", source=url)
    if settings.allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host}: {exc}", source=url) from exc
    for info in infos:
        label = _blocked_address(str(info[4][0]))
        if label:
            raise RefusedSource(
                f"refused: {host} is a {label} address ({info[4][0]}); pass --allow-private to fetch it",
                source=url,
            )


def fetch_url(url: str, settings: Settings, transport: httpx.BaseTransport | None = None) -> RawPage:
    """Fetch `url` and return its bytes. Redirects are followed by hand so every hop is checked."""
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"}
    current = url
    with httpx.Client(timeout=settings.timeout_s, transport=transport, headers=headers) as client:
        for _ in range(settings.max_redirects + 1):
            check_address(current, settings)
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"HTTP {resp.status_code} from {current}", source=url)
                    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    if ctype and not ctype.startswith(READABLE_TYPES):
                        raise UnsupportedFormat(f"not an HTML page: content-type {ctype}", source=url)
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                        raise RefusedSource(_too_big(int(declared), settings), source=url)
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > settings.max_bytes:
                            raise RefusedSource(_too_big(len(body), settings, at_least=True), source=url)
                    charset = resp.charset_encoding
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {settings.timeout_s:g}s fetching {current}", source=url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {current}: {exc.__class__.__name__}: {exc}", source=url) from exc
            extra = {"charset": charset} if charset else {}
            return RawPage(location=url, kind="url", data=bytes(body), content_type=ctype or None,
                           url=str(current), extra=extra)
    raise FetchError(f"more than {settings.max_redirects} redirects", source=url)


def _too_big(size: int, settings: Settings, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (f"refused: {more}{size / 1e6:.1f} MB exceeds the size cap of {settings.max_bytes / 1e6:.1f} MB "
            "(set --max-bytes to raise it)")
