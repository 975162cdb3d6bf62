"""HTML pages: trafilatura for main text and metadata, htmldate as the date fallback."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError

from .chrome import is_chrome
from .normalize import clean_block, same_text

_LANG_ATTR = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


@dataclass
class HtmlPage:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: str | None = None
    canonical_url: str | None = None
    sitename: str | None = None
    language: str | None = None


def _figcaptions(html: str) -> list[str]:
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return []
    scope = tree.xpath("//article") or tree.xpath("//main") or [tree]
    found: list[str] = []
    for node in scope[0].iter("figcaption"):
        text = clean_block(node.text_content())
        if text and text not in found:
            found.append(text)
    return found[:10]


def parse_html(html: str, url: str | None = None) -> HtmlPage:
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, deduplicate=True,
    )
    page = HtmlPage()
    if extracted is None:
        return page
    page.title = clean_block(extracted.title) if extracted.title else None
    page.sitename = clean_block(extracted.sitename) if extracted.sitename else None
    page.canonical_url = extracted.url or None
    if extracted.author:
        page.authors = [a.strip() for a in re.split(r";|\band\b", extracted.author) if a.strip()]
    if extracted.date:
        page.published, page.published_source = extracted.date[:10], "html-metadata"
    else:
        fallback = find_date(html, url=url, original_date=True, extensive_search=False)
        if fallback:
            page.published, page.published_source = fallback[:10], "htmldate"
    m = _LANG_ATTR.search(html[:5000].encode("utf-8", "replace"))
    page.language = extracted.language or (m.group(1).decode().lower() if m else None)
    page.captions = _figcaptions(html)
    paragraphs = [clean_block(p) for p in (extracted.text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p and not is_chrome(p)]
    # trafilatura often repeats the headline as the first line of the text
    if paragraphs and same_text(paragraphs[0], page.title):
        paragraphs.pop(0)
    page.paragraphs = [p for p in paragraphs if not any(same_text(p, c) for c in page.captions)]
    return page
