"""Recognise page chrome: blocks that belong to the website, not to the article.

Used by both the HTML and the copied-text paths, so the two agree on what is chrome.
"""

from __future__ import annotations

import re

# Blocks that are chrome whatever their length.
_ALWAYS = [
    re.compile(p, re.I)
    for p in (
        r"can also be accessed at the following alternate address",
        r"^share (this|on)\b.{0,40}$",
        r"^(©|\(c\)\s|copyright\b).{0,200}$",
        r"all rights reserved\.?$",
        r"^(advertisement|advertising|sponsored( content)?|skip (to|advertisement).*)$",
        r"^(this|the) (article|story) (was|has been) (updated|corrected)\b.{0,60}$",
        r"^(we use cookies|this (web)?site uses cookies)\b",
    )
]
# Short blocks (a handful of words) that are navigation, sharing or promotion.
_SHORT_WORDS = 8
_SHORT = [
    re.compile(p, re.I)
    for p in (
        r"^(share|tweet|print|e-?mail|copy link|save|comments?|reply|like)\b",
        r"^(follow us|subscribe|sign up|sign in|log ?in|register|newsletter|donate|support us)\b",
        r"^(read more|read also|see also|related( news| articles| stories| coverage)?|more on this|"
        r"most (read|popular|viewed)|trending|recommended|top stories|latest news|you may also like)\b",
        r"\b(roku|app store|google play|android app|ios app|apple tv|smart tv|download (our|the) app|"
        r"get the app|on telegram|on whatsapp|on facebook|on twitter|on x|on instagram|on youtube)\b",
        r"^(facebook|twitter|x|telegram|whatsapp|linkedin|reddit|instagram|youtube|tiktok|rss)"
        r"(\s*[,|/·]\s*\w+)*$",
        r"^(home|news|menu|search|close|back to top|next|previous|loading\.*)$",
    )
]
_DOMAIN_LINE = re.compile(r"^(https?://)?(www\.)?([a-z0-9-]+(\.[a-z0-9-]+)+)/?$", re.I)


def domain_of_line(block: str) -> str | None:
    """The domain when a block is nothing but a bare domain or URL of a site ("www.presstv.ir")."""
    m = _DOMAIN_LINE.match(block.strip())
    return m.group(3).lower() if m else None


def is_chrome(block: str) -> bool:
    text = block.strip()
    if not text:
        return True
    if domain_of_line(text):
        return True
    if any(p.search(text) for p in _ALWAYS):
        return True
    return len(text.split()) <= _SHORT_WORDS and any(p.search(text) for p in _SHORT)


_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$|[\"”]$")


def is_sentence_like(block: str) -> bool:
    """Prose rather than a label: ends like a sentence, or is long enough to be one."""
    words = len(block.split())
    return words >= 25 or (words >= 6 and bool(_SENTENCE_END.search(block.strip())))
