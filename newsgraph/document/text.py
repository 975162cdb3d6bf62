"""Pages copied from a browser as plain text: breadcrumbs, headline, captions, body, chrome.

A copied page is a list of blocks (non-empty lines). We read it top to bottom:
breadcrumbs → headline → (bylines, captions, body paragraphs in any order) → footer chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chrome import domain_of_line, is_chrome, is_sentence_like, without_notice, without_teaser
from .normalize import clean_block

_CRUMB_SPLIT = re.compile(r"\s+[/›»>|]\s+|\s*[›»]\s*")
# A credit at the end of a caption: "(Photo by AFP)", "(Photo: Reuters)", "(AFP photo)", "Photo: AP".
_CREDIT = re.compile(
    r"\s*[(\[]\s*(?:(?:file\s+)?(?:photo|image|picture|photograph|pic|video|credit)s?"
    r"\s*(?:by|:|credit:?|courtesy(?: of)?)\s*(?P<a>[^)\]]+?)"
    r"|(?P<b>[^)\]]{2,40}?)\s+(?:photo|file photo|via getty images))\s*[)\]]\s*$"
    r"|\s+(?:photo|image|credit|picture)\s*:\s*(?P<c>[^.]{2,60}?)\s*$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written by|reporting by)\s+(?P<names>[A-Z][\w.'’ -]+(?:(?:,| and) [A-Z][\w.'’ -]+)*)$")
_SITE_NOTICE = re.compile(r"^(?P<name>.+?)['’]s? (?:web)?site can also be accessed", re.I)


@dataclass
class CopiedPage:
    section_path: list[str] = field(default_factory=list)
    title: str | None = None
    captions: list[str] = field(default_factory=list)  # whole caption lines, credit included
    paragraphs: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    outlet_names: list[str] = field(default_factory=list)
    outlet_domains: list[str] = field(default_factory=list)


def split_credit(block: str) -> tuple[str, str | None, int | None]:
    """(caption without its credit, credit, offset of the credit in `block`) for a caption line."""
    m = _CREDIT.search(block)
    if not m:
        return block, None, None
    group = "a" if m.group("a") else "b" if m.group("b") else "c"
    return block[: m.start()].rstrip(), m.group(group).strip(), m.start(group)


def _breadcrumbs(block: str) -> list[str] | None:
    pieces = [p.strip() for p in _CRUMB_SPLIT.split(block) if p.strip()]
    if len(pieces) < 2 or block.rstrip().endswith((".", "?", "!")):
        return None
    if all(len(p) <= 30 and len(p.split()) <= 4 and p[0].isupper() for p in pieces):
        return [p for p in pieces if p.casefold() != "home"]
    return None


def parse_copied_text(raw: str) -> CopiedPage:
    page = CopiedPage()
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = [without_teaser(without_notice(clean_block(line))) for line in lines]
    blocks = [b for b in blocks if b]
    i = 0
    if blocks and len(blocks) > 1 and (crumbs := _breadcrumbs(blocks[0])):
        page.section_path = crumbs
        i = 1
    # Headline: the first block that is neither chrome nor prose-length, when more follows it.
    while i < len(blocks) and is_chrome(blocks[i]):
        i += 1
    if i < len(blocks) - 1 and len(blocks[i].split()) <= 30 and not blocks[i].endswith("."):
        page.title = blocks[i]
        i += 1
    body: list[str] = []
    for block in blocks[i:]:
        notice = _SITE_NOTICE.match(block)
        if notice:
            page.outlet_names.append(notice.group("name").strip())
            continue
        domain = domain_of_line(block)
        if domain:
            page.outlet_domains.append(domain.removeprefix("www."))
            continue
        if is_chrome(block):
            continue
        byline = _BYLINE.match(block)
        if byline and len(block.split()) <= 12:
            page.authors.extend(n.strip() for n in re.split(r",| and ", byline.group("names")) if n.strip())
            continue
        if split_credit(block)[1]:
            page.captions.append(block)
            continue
        body.append(block)
    # Labels and teasers left at the end of the page ("Press TV News Roku", "Related") are chrome
    # even when no pattern names them: the article ends with its last prose paragraph.
    # A text that is one short sentence ("Idlib province was bombed.") is the article, not a label:
    # the last block left is kept when it closes like a sentence, however short.
    while body and not is_sentence_like(body[-1], min_words=3 if len(body) == 1 else 6):
        body.pop()
    if not body and page.captions:
        # a short item that is all caption ("Richmond native Jeff Hamilton plies the drumsticks. …
        # (Supplied photo)"): its text is the article, not a caption of something missing
        body, page.captions = page.captions, []
    page.paragraphs = body
    return page
