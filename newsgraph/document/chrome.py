"""Recognise page chrome: blocks that belong to the website, not to the article.

Used by both the HTML and the copied-text paths, so the two agree on what is chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Blocks that are chrome whatever their length.
_ALWAYS = [
    re.compile(p, re.I)
    for p in (
        r"can also be accessed at the following alternate address",
        r"^share (this|on)\b.{0,40}$",
        r"^(©|\(c\)\s|copyright\b).{0,200}$",
        r"^(advertisement|advertising|sponsored( content)?|skip (to|advertisement).*)$",
        r"^(this|the) (article|story) (was|has been) (updated|corrected)\b.{0,60}$",
        r"^(we use cookies|this (web)?site uses cookies)\b",
        # a promotion introduced by a label: "SEE ALSO: …", "Related video: …", "Read more: …"
        r"^(see also|read also|also read|read more|more|related( \w+)?|watch( more)?|listen|recommended)\s*:.{0,200}$",
    )
]
# A copyright notice: a block of its own when short, the close of a page copied as one line when
# long ("… on May 31. The-CNN-Wire™ & © 2018 Cable News Network, Inc. All rights reserved.")
_RIGHTS_RESERVED = re.compile(r"all rights reserved\.?$", re.I)
_NOTICE_START = re.compile(r"©|\(c\)\s|\bcopyright\b", re.I)
_NOTICE_WORDS = 40
# a link's label left after a paragraph's last sentence: "… protection plan. Read More:"
_TEASER_AFTER = re.compile(r"[.!?”\"][ ]+(?:read more|read also|see also|related( \w+)?|more)\s*:?\s*$", re.I)
# Short blocks (a handful of words) that are navigation, sharing or promotion.
_SHORT_WORDS = 8
_SHORT = [
    re.compile(p, re.I)
    for p in (
        r"^(share|tweet|print|e-?mail|copy link|save|comments?|reply|like)\b",
        r"^(follow us|subscribe|sign up|sign in|log ?in|register|newsletter|donate|support us)\b",
        r"^(read more|read also|see also|related( news| articles| stories| coverage)?|more on this|"
        r"most (read|popular|viewed)|trending|recommended|top stories|latest news|you may also like|"
        r"popular|more (from|stories|news|articles)\b)\b",
        r"\b(roku|app store|google play|android app|ios app|apple tv|smart tv|"
        r"(download|get) (our|the)( [\w.&-]+){0,3} app|"
        r"on telegram|on whatsapp|on facebook|on twitter|on x|on instagram|on youtube)\b",
        r"^(facebook|twitter|x|telegram|whatsapp|linkedin|reddit|instagram|youtube|tiktok|rss)"
        r"(\s*[,|/·]\s*\w+)*$",
        r"^(home|news|menu|search|close|back to top|next|previous|loading\.*)$",
        r"^(click|tap) here\b",
        r"\bswipe (left|right|up|down)\b",
        r"^our (standards|editorial (standards|guidelines|policy|principles))\b",
        # an image credit on its own line ("Credit: Jane Doe/Reuters", "Photo: AP")
        r"^((image|photo(graph)?|picture) )?credits?\s*:\s*\S",
        r"^(photo(graph)?|image|picture)\s*:\s*\S",
    )
]
# Calls to action of sentence length: comment prompts, subscription and newsletter pitches.
_PROMPT_WORDS = 30
_PROMPT = [
    re.compile(p, re.I)
    for p in (
        r"^(join|read|view|show|see|leave|post|add|load)( (a|the|our|your|all|more))?( [\w'’-]+)? "
        r"(comments?|commenting|conversations?|discussions?|replies)\b",
        r"\b(start|begin|get|unlock|become|try)\s+(your|a|an|our)\b[^.?!]{0,50}\b(subscription|subscriber|"
        r"membership|premium)\b[^.?!]{0,20}\b(today|now)\b",
        r"\bsign up (for|to)\b[^.?!]{0,40}\bnewsletters?\b",
    )
]
_DOMAIN_LINE = re.compile(r"^(https?://)?(www\.)?([a-z0-9-]+(\.[a-z0-9-]+)+)/?$", re.I)
_CREDIT_LINE = re.compile(r"^(?:(?:image|photo(?:graph)?|picture) )?credits?\s*:\s*(?P<credit>\S.{0,100})$", re.I)
# Headings of the lists of other articles that follow the article ("More from …", "Most read").
_LIST_HEADING = re.compile(
    r"^(related( (news|articles?|stories|coverage|content|reading|topics))?|"
    r"more (from|stories|news|articles)\b.*|more on this( story| topic)?|"
    r"most (read|popular|viewed|shared)|popular( now| stories| articles)?|trending( now| stories)?|"
    r"recommended( for you| reading| stories)?|you (may|might) also (like|be interested in)|read next|up next|"
    r"top stories|latest (news|stories))[:.]?$",
    re.I,
)
# "Jane Doe is a reporter for …": the note about the author that opens or closes many articles.
_AUTHOR_BIO = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+),? (?:is|was|has been|covers)\b[^.]{0,80}?"
    r"\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|anchor|fellow)\b"
)
_CONTACT = re.compile(
    r"\b(follow (him|her|them|\w+) on|send tips|e-?mail (him|her|them)|reach (him|her|them))\b|@\w", re.I
)


def domain_of_line(block: str) -> str | None:
    """The domain when a block is nothing but a bare domain or URL of a site ("www.presstv.ir")."""
    m = _DOMAIN_LINE.match(block.strip())
    return m.group(3).lower() if m else None


def _doubled(text: str) -> bool:
    """A link teaser that repeats its title ("Headline Headline"): the same words twice over."""
    words = text.split()
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]


def is_chrome(block: str) -> bool:
    text = block.strip()
    if not text or not any(c.isalnum() for c in text):  # empty, or a rule such as "___" or "* * *"
        return True
    if domain_of_line(text):
        return True
    if any(p.search(text) for p in _ALWAYS):
        return True
    words = len(text.split())
    if words <= _NOTICE_WORDS and _RIGHTS_RESERVED.search(text):
        return True
    if words <= _SHORT_WORDS and any(p.search(text) for p in _SHORT):
        return True
    if words <= _PROMPT_WORDS and any(p.search(text) for p in _PROMPT):
        return True
    return _doubled(text)


def without_notice(block: str) -> str:
    """A long block without the copyright notice that closes it: an article that came as one line
    ends with its outlet's notice, which is no part of the article (and no reason to drop it)."""
    if len(block.split()) <= _NOTICE_WORDS or not _RIGHTS_RESERVED.search(block):
        return block
    notice = _NOTICE_START.search(block, max(0, len(block) - 300))
    at = notice.start() if notice is not None else _RIGHTS_RESERVED.search(block).start()  # type: ignore[union-attr]
    # (back to the start of the notice's sentence: "The-CNN-Wire™ & © 2018 …")
    cut = max(block.rfind(end, 0, at) for end in (". ", "? ", "! ", "” ", '" '))
    return block[:cut + 1].rstrip() if cut > 0 else block


def without_teaser(block: str) -> str:
    """A paragraph without the link label that closes it: "… to discuss the company's data protection
    plan. Read More:" (a page copied as text keeps the label of the link it dropped; the paragraph,
    ending so, no longer read as prose and was lost with the page's tail)."""
    m = _TEASER_AFTER.search(block)
    return block[:m.start() + 1] if m and len(block[:m.start()].split()) > _SHORT_WORDS else block


def credit_line(block: str) -> str | None:
    """The credit when a block is nothing but an image credit ("Credit: Jane Doe/Reuters")."""
    m = _CREDIT_LINE.match(block.strip())
    return m.group("credit").strip() if m and len(block.split()) <= _SHORT_WORDS else None


def is_list_heading(block: str) -> bool:
    """A heading that introduces a list of other articles ("More from …", "Most read", "Related")."""
    return len(block.split()) <= _SHORT_WORDS and bool(_LIST_HEADING.match(block.strip()))


def is_author_bio(block: str, authors: Sequence[str] = ()) -> bool:
    """A note about the page's author ("Jane Doe is a reporter for …"): the named person is one of
    the page's `authors` (same surname), or the note says how to contact them. An article about
    some other journalist is not an author note."""
    m = _AUTHOR_BIO.match(block.strip())
    if not m:
        return False
    surnames = {a.split()[-1].casefold() for a in authors if a.split()}
    return m.group("name").split()[-1].casefold() in surnames or bool(_CONTACT.search(block))


# a sentence's end, perhaps followed by closing marks or a short parenthetical ("… said. (AP)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»›)\]]*(?:\s*\([^()]{1,40}\))?$|[\"”»]$")


def is_sentence_like(block: str, min_words: int = 6) -> bool:
    """Prose rather than a label: ends like a sentence (with `min_words` words at least), or is long
    enough to be one."""
    words = len(block.split())
    return words >= 25 or (words >= min_words and bool(_SENTENCE_END.search(block.strip())))
