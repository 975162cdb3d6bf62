"""Find spans between quotation marks: straight, curly and angle quotes, single and double.

News convention for a quote running over several paragraphs: each paragraph opens with a mark
and only the last one closes. An opening mark with no closing mark before the end of its
paragraph therefore yields a span to the paragraph's end, flagged `open_ended`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the closing marks that may end it
_PAIRS = {
    "“": "”\"",
    "„": "“”",
    "«": "»",
    "‹": "›",
    '"': '"”',
    "‘": "’'",
}
_DOUBLE_OPENERS = "“„«\""
_OPEN_CONTEXT = " \t\n([{—–-/:;,"  # what may stand before an opening straight quote
_OPEN_CONTEXT_SINGLE = _OPEN_CONTEXT + "“"  # … and before an opening single quote
# Every character the reader below acts on: openers and closers. Jumping from one to the next
# skips the letters between them, which would only cost a loop turn each.
_MARK_CHARS = re.compile("[" + re.escape("".join(sorted(set("".join(_PAIRS) + "".join(_PAIRS.values()))))) + "]")


@dataclass(frozen=True)
class MarkedSpan:
    """Text between quotation marks. `start`/`end` include the marks; `content_*` exclude them
    and surrounding spaces."""

    start: int
    end: int
    content_start: int
    content_end: int
    mark: str
    open_ended: bool  # no closing mark in the paragraph (the quote goes on in the next one)

    @property
    def is_single(self) -> bool:
        return self.mark in "‘‹'"


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (Asa’ib, don't) or after a plural s (countries’) is not a mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or before in "sS")


def find_marked_spans(text: str, blocks: list[tuple[int, int]]) -> list[MarkedSpan]:
    """Quoted spans within each block (paragraph) of `text`; blocks are (start, end) offsets."""
    found: list[MarkedSpan] = []
    for block_start, block_end in blocks:
        found.extend(_spans_in_block(text, block_start, block_end))
    return found


def _spans_in_block(text: str, start: int, end: int) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    opened: tuple[int, str] | None = None  # a double-quote span being read
    single: tuple[int, str] | None = None  # a single-quote span inside or outside it
    for found in _MARK_CHARS.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        if opened is None and ch in _DOUBLE_OPENERS:
            if ch != '"' or (i == start or text[i - 1] in _OPEN_CONTEXT):
                opened = (i, ch)
                single = None
        elif opened is not None and ch in _PAIRS[opened[1]] and not (ch == "“" and opened[1] == "“"):
            spans.append(_make(text, opened[0], i + 1, opened[1], open_ended=False))
            opened = None
            single = None
        elif opened is None and ch in "‘'" and single is None:
            if (i == start or text[i - 1] in _OPEN_CONTEXT_SINGLE) and i + 1 < end and text[i + 1].isalnum():
                single = (i, ch)
        elif opened is None and single is not None and ch in "’'" and not _is_apostrophe(text, i):
            spans.append(_make(text, single[0], i + 1, single[1], open_ended=False))
            single = None
    if opened is not None:
        spans.append(_make(text, opened[0], end, opened[1], open_ended=True))
    return [s for s in spans if s.content_end > s.content_start]


def _make(text: str, start: int, end: int, mark: str, open_ended: bool) -> MarkedSpan:
    content_start = start + 1
    content_end = end if open_ended else end - 1
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    while content_end > content_start and text[content_end - 1].isspace():
        content_end -= 1
    return MarkedSpan(start, end, content_start, content_end, mark, open_ended)
