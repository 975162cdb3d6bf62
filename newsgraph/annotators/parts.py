"""ng_parts: the page parts (headline, captions, credits, paragraphs) as spans, and sentence
boundaries at every part boundary so no sentence runs from a headline into the body.

The document stage passes the parts in; for plain `nlp(text)` use, every block between blank
lines becomes a paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from . import _extensions  # noqa: F401  (registers the extension attributes)
from .base import annotator, span_fact

SPANS_KEY = "ng_parts"


def set_parts(doc: Doc, parts: list[tuple[str, str, int, int]]) -> None:
    """Attach parts (id, type, start, end) given by the document stage."""
    group = SpanGroup(doc, name=SPANS_KEY)
    for part_id, part_type, start, end in parts:
        span = doc.char_span(start, end, label=part_type, alignment_mode="expand")
        if span is not None:
            span.id_ = part_id
            group.append(span)
    doc.spans[SPANS_KEY] = group


def _paragraphs_from_blank_lines(doc: Doc) -> None:
    found: list[tuple[str, str, int, int]] = []
    start = None
    for token in doc:
        breaks = token.is_space and "\n\n" in token.text
        if not breaks and start is None:
            start = token.idx
        if breaks and start is not None:
            end = token.nbor(-1).idx + len(token.nbor(-1).text) if token.i > 0 else token.idx
            found.append((f"paragraph-{len(found) + 1}", "paragraph", start, end))
            start = None
    if start is not None:
        last = next(t for t in reversed(doc) if not t.is_space)
        found.append((f"paragraph-{len(found) + 1}", "paragraph", start, last.idx + len(last.text)))
    set_parts(doc, found)


def part_of(doc: Doc, start_char: int) -> str | None:
    """Id of the part containing a character offset (captions before the credits inside them)."""
    parts = doc.spans.get(SPANS_KEY, [])
    best = None
    for span in parts:
        if span.start_char <= start_char < span.end_char and (best is None or span.label_ == "credit"):
            best = span
    return best.id_ if best is not None else None


class PartIndex:
    """Fast `part_of` lookups for many spans: the innermost part at an offset."""

    def __init__(self, doc: Doc) -> None:
        spans = sorted(doc.spans.get(SPANS_KEY, []),
                       key=lambda s: (s.start_char, -s.end_char))
        self._starts = [s.start_char for s in spans]
        self._spans = spans

    def part_at(self, start_char: int, end_char: int | None = None) -> str | None:
        """The innermost part containing `start_char`; failing that, the first part overlapping
        [start_char, end_char) (a caption's "(Photo by AFP)" holds only its credit part)."""
        i = bisect_right(self._starts, start_char) - 1
        while i >= 0:
            span = self._spans[i]
            if span.start_char <= start_char < span.end_char:
                return span.id_
            i -= 1
        if end_char is not None:
            for span in self._spans[bisect_right(self._starts, start_char):]:
                if span.start_char >= end_char:
                    break
                return span.id_
        return None


class PartsAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if SPANS_KEY not in doc.spans:
            _paragraphs_from_blank_lines(doc)
        # Credits sit inside their caption line; only whole blocks start sentences.
        starts = {span.start for span in doc.spans[SPANS_KEY] if span.label_ != "credit"}
        for token in doc:
            # a whitespace token that holds a line break ends the part before it
            if token.i in starts or (token.i > 0 and doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text):
                token.is_sent_start = True
        return doc


def _record(doc: Doc) -> list[dict[str, Any]]:
    return [span_fact(s, s.id_, type=s.label_) for s in doc.spans.get(SPANS_KEY, [])]


@annotator("ng_parts", layer="parts", to_record=_record, before="parser",
           assigns=["doc.spans", "token.is_sent_start"])
def make_parts(nlp: Language, name: str) -> PartsAnnotator:
    return PartsAnnotator(name)


__all__ = ["SPANS_KEY", "PartIndex", "Span", "part_of", "set_parts"]
