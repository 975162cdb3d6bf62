"""The document: cleaned text plus every part of the page as a span into it.

All offsets anywhere in newsgraph refer to `Document.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PartType = Literal["title", "caption", "credit", "paragraph"]


@dataclass(frozen=True)
class Part:
    """A piece of the page (headline, photo caption, its credit, a body paragraph)."""

    id: str
    type: PartType
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Outlet:
    """Who published the page. `known` is False for an outlet missing from the registry."""

    name: str | None
    domain: str | None
    country: str | None = None
    owner: str | None = None
    state_affiliated: bool | None = None
    funding: str | None = None
    known: bool = False
    how_known: str | None = None  # "url", "site notice", "mirror address", "html metadata"


@dataclass
class Document:
    text: str
    parts: list[Part]
    input_format: Literal["html", "text"]
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) or None when unknown
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    sitename: str | None = None
    language: str | None = None
    section_path: list[str] = field(default_factory=list)
    outlet: Outlet = field(default_factory=lambda: Outlet(name=None, domain=None))
    encoding: str | None = None

    @property
    def paragraphs(self) -> list[Part]:
        return [p for p in self.parts if p.type == "paragraph"]

    @property
    def content_sha256(self) -> str:
        """Hash of the cleaned text: two copies of one article share it whatever their chrome."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def metadata(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "published": self.published,
            "published_source": self.published_source,
            "authors": list(self.authors),
            "sitename": self.sitename,
            "language": self.language,
            "section_path": list(self.section_path),
            "outlet": asdict(self.outlet),
            "input_format": self.input_format,
            "encoding": self.encoding,
        }


class TextAssembler:
    """Builds the cleaned text block by block and records each block's span as it goes,
    so offsets are exact by construction rather than found again by searching."""

    SEPARATOR = "\n\n"

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self.parts: list[Part] = []
        self._counts: dict[str, int] = {}

    def add(self, part_type: PartType, text: str, inner: list[tuple[PartType, int, int]] | None = None) -> Part:
        """Append a block. `inner` marks sub-spans of the block (e.g. a credit inside a caption line)
        as (type, start, end) relative to the block; the first element spans the block unless
        `inner` replaces it."""
        if self._chunks:
            self._chunks.append(self.SEPARATOR)
            self._length += len(self.SEPARATOR)
        start = self._length
        self._chunks.append(text)
        self._length += len(text)
        spans = inner if inner is not None else [(part_type, 0, len(text))]
        made: list[Part] = []
        for kind, s, e in spans:
            n = self._counts[kind] = self._counts.get(kind, 0) + 1
            part = Part(id=f"{kind}-{n}", type=kind, start=start + s, end=start + e, text=text[s:e])
            self.parts.append(part)
            made.append(part)
        return made[0]

    @property
    def text(self) -> str:
        return "".join(self._chunks)
