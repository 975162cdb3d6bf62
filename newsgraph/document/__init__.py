"""The document stage: a RawPage becomes a Document (clean text, metadata, parts as spans)."""

from __future__ import annotations

import re

from .._types import RawPage
from ..errors import ExtractionError
from ..sources._decode import decode_bytes
from .html import parse_html
from .model import Document, Outlet, Part, TextAssembler
from .outlets import host_of, outlet_for
from .text import parse_copied_text, split_credit

__all__ = ["Document", "Outlet", "Part", "build_document", "document_from_text"]

_HTML_SNIFF = re.compile(r"<(!doctype html|html|head|body|article|p|div)[\s>]", re.I)
_ENGLISH = frozenset(
    ("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "said", "by", "it", "from")
)


def _looks_like_html(text: str, content_type: str | None, location: str) -> bool:
    if content_type:
        if "html" in content_type:
            return True
        if content_type.startswith("text/plain"):
            return False
    if location.lower().endswith((".txt", ".text")):
        return False
    return bool(_HTML_SNIFF.search(text[:5000]))


def _guess_language(text: str) -> str | None:
    words = text.lower().split()[:400]
    if len(words) < 20:
        return None
    share = sum(w in _ENGLISH for w in words) / len(words)
    return "en" if share > 0.12 else None


def build_document(raw: RawPage, *, url: str | None = None, published: str | None = None) -> Document:
    """Decode, extract and clean one page. Raises UnsupportedFormat or ExtractionError."""
    text, encoding = decode_bytes(raw.data, raw.extra.get("charset"))
    url = url or raw.url
    published = published or raw.published
    if _looks_like_html(text, raw.content_type, raw.location):
        doc = _from_html(text, url)
    else:
        doc = document_from_text(text, url=url)
    doc.encoding = encoding
    if published:
        doc.published, doc.published_source = published[:10], "given"
    if not doc.paragraphs:
        raise ExtractionError("no article text found in the page", source=raw.location)
    return doc


def _from_html(html: str, url: str | None) -> Document:
    page = parse_html(html, url)
    out = _assemble(page.title, page.captions, page.paragraphs)
    canonical = page.canonical_url or url
    domains = [d for d in (host_of(canonical), host_of(url)) if d]
    outlet = outlet_for(domains, [page.sitename] if page.sitename else [], "url", "html metadata",
                        fallback_name=page.sitename)
    return Document(
        text=out.text, parts=out.parts, input_format="html", title=page.title, url=url,
        canonical_url=canonical, published=page.published, published_source=page.published_source,
        authors=page.authors, sitename=page.sitename,
        language=page.language or _guess_language(out.text), outlet=outlet,
    )


def _assemble(title: str | None, captions: list[str], paragraphs: list[str]) -> TextAssembler:
    """The cleaned text, in reading order: headline, caption lines, body paragraphs."""
    out = TextAssembler()
    if title:
        out.add("title", title)
    for caption in captions:
        _add_caption(out, caption)
    for para in paragraphs:
        out.add("paragraph", para)
    return out


def _add_caption(out: TextAssembler, line: str) -> None:
    caption, credit, credit_at = split_credit(line)
    inner: list = [("caption", 0, len(caption))]
    if credit and credit_at is not None:
        inner.append(("credit", credit_at, credit_at + len(credit)))
    out.add("caption", line, inner)


def document_from_text(text: str, url: str | None = None) -> Document:
    """A document from plain text, such as a page copied from a browser."""
    page = parse_copied_text(text)
    out = _assemble(page.title, page.captions, page.paragraphs)
    domains = ([host_of(url)] if url and host_of(url) else []) + page.outlet_domains
    how_domain = "url" if url else "mirror address"
    outlet = outlet_for([d for d in domains if d], page.outlet_names, how_domain, "site notice")
    return Document(
        text=out.text, parts=out.parts, input_format="text", title=page.title, url=url,
        canonical_url=url, authors=page.authors, language=_guess_language(out.text),
        section_path=page.section_path, outlet=outlet,
    )
