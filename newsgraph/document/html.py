"""HTML pages: trafilatura for main text and metadata, htmldate as the date fallback.

trafilatura finds the main text; we then clean its blocks with rules that hold for news pages
in general (none is written for one outlet):

* chrome lines are dropped (see chrome.py): "Advertisement", share and app prompts, comment and
  subscription pitches, label-prefixed promotions ("SEE ALSO: …"), lone image credits;
* a block that is nothing but the text of one link on the page is a teaser for another page;
* a heading that opens a list of other articles ("More from …", "Most read") in the second half
  of the text starts a list of teasers, which runs until prose of paragraph length comes back
  (a sidebar that trafilatura mixed into the text) or to the end; a note about the author
  ("Jane Doe is a reporter for …") at the very start or end is not article text;
* a short line (not a sentence) followed by an image credit is a photo caption, and goes with
  the captions;
* the standfirst (the summary under the headline), which trafilatura leaves out because it sits
  in the page header, is put back when the page's description is shown as its own element.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import trafilatura
from htmldate import find_date
from lxml.etree import ParserError
from lxml.html import HtmlElement
from trafilatura import load_html
from trafilatura.deduplication import LRUCache

from .chrome import (
    credit_line,
    is_author_bio,
    is_chrome,
    is_list_heading,
    is_sentence_like,
    without_notice,
    without_teaser,
)
from .normalize import clean_block, same_text

_LANG_ATTR = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_WORD = re.compile(r"\w+")
_LIST_ITEM = re.compile(r"^[-•*]\s+")
_PROMO_CLASS = re.compile(r"(?:^|[\s_-])(?:promo|teaser|related|recirc|recommended)(?:$|[\s_-])", re.I)
# trafilatura's `deduplicate=True` counts text segments in one cache for the whole process: a
# block seen more than twice before is dropped, and so is a whole page, so the result depended on
# what the process had read before (reading the 80 fundus pages a second time in one process
# shortened 11 of them and lost 1; a fourth time, 25 and 11), and copies of a syndicated story
# lost text. A fresh cache per page keeps the in-page deduplication and nothing else.
_DEDUP_SIZE = 4096
_STANDFIRST_DEPTH = 3  # how far above the text that holds it the standfirst's element may be
_CAPTION_WORDS = 25  # a caption before a credit line is at most this long
_LINK_TEASER_WORDS = 4  # a link must have this many words to count as a teaser of another page
_LIST_CUT_AT = 0.5  # a list heading counts only after this share of the text
_PROSE_WORDS = 40  # after a list heading, a block this long is article text again (teasers are shorter)


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


def _words(text: str) -> str:
    """Text reduced to its lower-cased words, for comparing blocks whatever their punctuation."""
    return " ".join(_WORD.findall(text.casefold()))


def _parse(html: str) -> HtmlElement | None:
    """The page parsed once, the way trafilatura parses it; trafilatura reads it without changing it."""
    try:
        return load_html(html)
    except (ParserError, ValueError, TypeError):
        return None


def _figcaptions(tree: HtmlElement) -> list[str]:
    scope = tree.xpath("//article") or tree.xpath("//main") or [tree]
    found: list[str] = []
    for node in scope[0].iter("figcaption"):
        text = clean_block(node.text_content())
        if text and text not in found:
            found.append(text)
    return found[:10]


def _address(url: str | None) -> str:
    """An address without scheme, query, fragment and final slash, for comparing links."""
    return re.sub(r"^https?://(www\.)?|[?#].*$|/+$", "", url or "").casefold()


def _teaser_texts(tree: HtmlElement, own: set[str]) -> set[str]:
    """The words of every link long enough to be a headline, and of the short texts in a promotion
    box (class "promo…", "teaser…", "related…"): teasers for other pages. Links to the page itself
    (`own` addresses) are not teasers: a sidebar may quote the article's own first lines."""
    found: set[str] = set()
    for node in tree.iter("a"):
        words = _words(node.text_content())
        if words.count(" ") + 1 >= _LINK_TEASER_WORDS and _address(node.get("href")) not in own:
            found.add(words)
    for box in tree.xpath("//*[@class]"):
        if not _PROMO_CLASS.search(box.get("class")):
            continue
        for node in box.iter("p", "h2", "h3", "h4", "span", "div", "li"):
            words = _words(node.text_content())
            if _LINK_TEASER_WORDS <= words.count(" ") + 1 < _PROSE_WORDS:
                found.add(words)
    return found


def _standfirst(tree: HtmlElement, description: str | None) -> str | None:
    """The page's description when the page shows it as an element of its own (the standfirst)."""
    if not description:
        return None
    want = _words(description)
    if want.count(" ") < 5:
        return None
    # the elements whose own text holds the description's longest opening word, and their parents
    probe = max(clean_block(description).split()[:5], key=len)
    for text in tree.xpath("//body//text()[contains(., $probe)]", probe=probe):
        node = text.getparent()
        if node is None:
            continue
        for candidate in (node, *itertools.islice(node.iterancestors(), _STANDFIRST_DEPTH)):
            if candidate.tag in ("a", "body", "script", "style", "noscript", "template"):
                break
            if _words(candidate.text_content()) == want:
                if any(a.tag == "a" for a in candidate.iterancestors()):
                    break
                return clean_block(candidate.text_content())
    return None


def _clean_paragraphs(blocks: list[str], links: set[str], captions: list[str], authors: list[str]) -> list[str]:
    """trafilatura's blocks less chrome, link teasers and the lists after the article; captions
    found on the way (a short line before an image credit) are added to `captions`."""
    total = sum(len(b) for b in blocks) or 1
    seen = 0
    in_list = False
    kept: list[str] = []
    for block in blocks:
        seen += len(block)
        if is_list_heading(block) and seen / total >= _LIST_CUT_AT:
            in_list = True
            continue
        if in_list:
            if len(block.split()) < _PROSE_WORDS:
                continue
            in_list = False
        credit = credit_line(block)
        if credit:
            if kept and len(kept[-1].split()) <= _CAPTION_WORDS and not is_sentence_like(kept[-1]):
                captions.append(f"{kept.pop()} (Credit: {credit})")
            continue
        if is_chrome(block) or _words(_LIST_ITEM.sub("", block)) in links:
            continue
        kept.append(block)
    while kept and is_author_bio(kept[-1], authors):
        kept.pop()
    while kept and is_author_bio(kept[0], authors):
        kept.pop(0)
    return kept


def parse_html(html: str, url: str | None = None) -> HtmlPage:
    page = HtmlPage()
    tree = _parse(html)
    if tree is None:
        return page
    extracted = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, deduplicate=LRUCache(maxsize=_DEDUP_SIZE),
        # dates from the page's markup and URL only: an "extensive" search takes the copyright
        # year of the footer for a publication date, and a wrong precise date is worse than none
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
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
    page.captions = _figcaptions(tree)
    blocks = [b for b in (without_teaser(without_notice(clean_block(p)))
                          for p in (extracted.text or "").split("\n")) if b]
    # trafilatura often repeats the headline as the first line of the text
    if blocks and page.title and _words(blocks[0]) == _words(page.title):
        blocks.pop(0)
    own = {_address(u) for u in (url, page.canonical_url) if u}
    paragraphs = _clean_paragraphs(blocks, _teaser_texts(tree, own), page.captions, page.authors)
    caption_keys = {_same_key(c) for c in page.captions}
    paragraphs = [p for p in paragraphs if _same_key(p) not in caption_keys]
    text = " ".join(_words(p) for p in paragraphs)
    standfirst = _standfirst(tree, extracted.description) if paragraphs else None
    if standfirst and not same_text(standfirst, page.title) and _words(standfirst) not in text:
        paragraphs.insert(0, standfirst)
    # a page whose every paragraph is the text of a link (a section front, a menu) has no article
    links = {_words(node.text_content()) for node in tree.iter("a")}
    if paragraphs and all(_words(p) in links for p in paragraphs):
        paragraphs = []
    page.paragraphs = paragraphs
    return page


def _same_key(text: str) -> str:
    """What `same_text` compares, computed once per block."""
    return clean_block(text).rstrip(". ").casefold()
