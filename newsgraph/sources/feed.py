"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with defusedxml (no entity expansion)."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..errors import UnsupportedFormat

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass(frozen=True)
class FeedItem:
    link: str | None
    title: str | None
    published: str | None  # ISO 8601 date, when the feed gives one
    content_html: str | None  # full content when the feed carries it (content:encoded, atom:content)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    if not head.startswith(b"<?xml") and not head.startswith((b"<rss", b"<feed", b"<rdf")):
        return False
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(data: bytes, location: str) -> list[FeedItem]:
    """Return the items of a feed. Entity tricks (billion laughs, external entities) are refused."""
    try:
        root = fromstring(data)  # forbids entity declarations and external references
    except DefusedXmlException as exc:
        raise UnsupportedFormat(f"refused feed: unsafe XML ({exc.__class__.__name__})", source=location) from exc
    except Exception as exc:  # ParseError and expat errors differ by Python version
        raise UnsupportedFormat(f"malformed feed XML: {exc}", source=location) from exc
    if root.tag == f"{_ATOM}feed":
        return [_atom_item(e) for e in root.iter(f"{_ATOM}entry")]
    if root.tag == "rss" or root.tag.endswith("RDF"):
        items = list(root.iter("item")) + list(root.iter(f"{_RSS1}item"))
        return [_rss_item(e) for e in items]
    raise UnsupportedFormat(f"not an RSS or Atom feed (root element {root.tag!r})", source=location)


def _text(el: Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    return el.text.strip() or None


def _rss_item(item: Element) -> FeedItem:
    link = _text(item.find("link")) or _text(item.find(f"{_RSS1}link")) or _text(item.find("guid"))
    title = _text(item.find("title")) or _text(item.find(f"{_RSS1}title"))
    return FeedItem(link=link, title=title,
                    published=_date(_text(item.find("pubDate")) or _text(item.find(_DC_DATE))),
                    content_html=_text(item.find(_CONTENT)))


def _atom_item(entry: Element) -> FeedItem:
    link = None
    for el in entry.findall(f"{_ATOM}link"):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href")
            break
    content = entry.find(f"{_ATOM}content")
    return FeedItem(link=link, title=_text(entry.find(f"{_ATOM}title")),
                    published=_date(_text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))),
                    content_html=_text(content))


def _date(value: str | None) -> str | None:
    if not value:
        return None
    if value[:4].isdigit() and len(value) >= 10:  # already ISO 8601 (Atom, Dublin Core)
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()  # RFC 822 (RSS 2.0)
    except (TypeError, ValueError):
        return None
