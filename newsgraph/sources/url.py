"""Fetch one URL: size-capped, time-limited, and refusing private addresses by default."""

from __future__ import annotations

import ipaddress
import socket
import time
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
# `timeout_s` bounds each network wait; a server that trickles bytes in just under it would never
# time out, so the whole fetch (every redirect hop included) is also bounded by this many times it.
TOTAL_TIME_FACTOR = 4
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo, NAT64), if any."""
    if addr.ipv4_mapped:
        return addr.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    if addr.sixtofour:
        return addr.sixtofour
    if addr.teredo:
        return addr.teredo[1]
    if addr in _NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    return None


def _blocked_address(ip: str) -> str | None:
    addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address):
        addr = _embedded_ipv4(addr) or addr
    for label, flag in (
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("unspecified", addr.is_unspecified),
        ("private", addr.is_private),
        ("multicast", addr.is_multicast),
        ("reserved", addr.is_reserved),
        ("non-public", not addr.is_global),  # shared address space (100.64/10), benchmarking nets …
    ):
        if flag:
            return label
    return None


def check_address(url: str, settings: Settings) -> None:
    """Refuse URLs whose host is or resolves to a non-public address (unless allowed).
    Only resolves the name: nothing is sent to the host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range 0-65535"
        raise FetchError(f"invalid URL: {exc}", source=url) from exc
    if parts.scheme not in ("http", "https"):
        raise RefusedSource(f"unsupported URL scheme {parts.scheme!r}", source=url)
    if not host:
        raise FetchError("URL has no host", source=url)
    if settings.allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port or (443 if parts.scheme == "https" else 80))
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
    total_s = settings.timeout_s * TOTAL_TIME_FACTOR
    deadline = time.monotonic() + total_s
    current = url
    with httpx.Client(timeout=settings.timeout_s, transport=transport, headers=headers) as client:
        for _ in range(settings.max_redirects + 1):
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: {url} took over {total_s:g}s in all", source=url)
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
                    declared = resp.headers.get("content-length", "").strip()
                    if declared.isdigit() and int(declared) > settings.max_bytes:
                        raise RefusedSource(_too_big(int(declared), settings), source=url)
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > settings.max_bytes:
                            raise RefusedSource(_too_big(len(body), settings, at_least=True), source=url)
                        if time.monotonic() > deadline:
                            raise FetchError(f"timed out: {current} took over {total_s:g}s in all", source=url)
                    charset = resp.charset_encoding
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {settings.timeout_s:g}s fetching {current}", source=url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {current}: {exc.__class__.__name__}: {exc}", source=url) from exc
            except (httpx.InvalidURL, httpx.StreamError, ValueError) as exc:  # bad URL or redirect target
                raise FetchError(f"cannot fetch {current}: {exc.__class__.__name__}: {exc}", source=url) from exc
            extra = {"charset": charset} if charset else {}
            return RawPage(location=url, kind="url", data=bytes(body), content_type=ctype or None,
                           url=str(current), extra=extra)
    raise FetchError(f"more than {settings.max_redirects} redirects", source=url)


def _too_big(size: int, settings: Settings, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (f"refused: {more}{size / 1e6:.1f} MB exceeds the size cap of {settings.max_bytes / 1e6:.1f} MB "
            "(set --max-bytes to raise it)")
