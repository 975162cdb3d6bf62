"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with defusedxml (no entity expansion)."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element, tostring

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from ..errors import RefusedSource, UnsupportedFormat

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_FIRST_ELEMENT = re.compile(rb"<([a-z][a-z0-9_.:-]*)")
_FEED_ROOTS = (b"rss", b"feed", b"rdf")
_UNSAFE = {
    EntitiesForbidden: "the XML declares entities (entity expansion, as in the 'billion laughs' attack, and "
                       "external entities are refused)",
    ExternalReferenceForbidden: "the XML refers to an external resource",
    DTDForbidden: "the XML has a document type declaration",
}


@dataclass(frozen=True)
class FeedItem:
    link: str | None
    title: str | None
    published: str | None  # ISO 8601 date, when the feed gives one
    content_html: str | None  # the item's own HTML (content:encoded, atom:content, else its description)


def _head(data: bytes) -> bytes:
    """The start of `data` as lower-case ASCII bytes, whatever its byte-order mark."""
    head = data[:65536]
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, "ignore").encode("ascii", "ignore")
            break
    return head.lstrip().lower()


def looks_like_feed(data: bytes) -> bool:
    """True for RSS/Atom documents, and for any XML whose prolog declares entities, so that
    parse_feed refuses it with its reason instead of it being read as a web page."""
    head = _head(data)
    if not head.startswith(b"<"):
        return False
    root = _FIRST_ELEMENT.search(head)
    prolog = head[: root.start()] if root else head
    if b"<!entity" in prolog:
        return True
    return root is not None and root.group(1).rsplit(b":", 1)[-1] in _FEED_ROOTS


def parse_feed(data: bytes, location: str) -> list[FeedItem]:
    """Return the items of a feed. Entity tricks (billion laughs, external entities) are refused."""
    try:
        root = fromstring(data)  # forbids entity declarations and external references
    except DefusedXmlException as exc:
        why = next((text for cls, text in _UNSAFE.items() if isinstance(exc, cls)), exc.__class__.__name__)
        raise RefusedSource(f"refused: {why}", source=location) from exc
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
    guid = item.find("guid")
    permalink = _text(guid) if guid is not None and guid.get("isPermaLink", "true").lower() != "false" else None
    link = _text(item.find("link")) or _text(item.find(f"{_RSS1}link")) or permalink
    title = _text(item.find("title")) or _text(item.find(f"{_RSS1}title"))
    content = (_text(item.find(_CONTENT)) or _text(item.find("description"))
               or _text(item.find(f"{_RSS1}description")))
    return FeedItem(link=link, title=title,
                    published=_date(_text(item.find("pubDate")) or _text(item.find(_DC_DATE))),
                    content_html=content)


def _atom_item(entry: Element) -> FeedItem:
    link = None
    for el in entry.findall(f"{_ATOM}link"):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href")
            break
    content = _atom_content(entry.find(f"{_ATOM}content")) or _atom_content(entry.find(f"{_ATOM}summary"))
    return FeedItem(link=link, title=_text(entry.find(f"{_ATOM}title")),
                    published=_date(_text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))),
                    content_html=content)


def _atom_content(el: Element | None) -> str | None:
    if el is None:
        return None
    if el.get("type") != "xhtml":
        return _text(el)
    # inline XHTML: the markup is in child elements (one <div>), not in the text
    for node in el.iter():
        if isinstance(node.tag, str) and node.tag.startswith("{"):
            node.tag = node.tag.split("}", 1)[1]
    html = "".join(tostring(child, encoding="unicode") for child in el)
    return html.strip() or _text(el)


def _date(value: str | None) -> str | None:
    if not value:
        return None
    if value[:4].isdigit() and len(value) >= 10:  # already ISO 8601 (Atom, Dublin Core)
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()  # RFC 822 (RSS 2.0)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
