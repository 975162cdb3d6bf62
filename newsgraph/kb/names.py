"""Names of actors: the display form kept in the knowledge base and the key used to look them up.

Two forms, because they serve different masters. The *display form* is what a person reads and
edits, so it stays as close to the source as possible (case, accents and punctuation as written;
only the dictionary's word glue, the underscore, becomes a space). The *lookup key* is what text
is matched against, so it forgives what newswriting varies: case, accents, dots in initials
("U.S." / "US"), apostrophes and hyphens ("Ban Ki-moon" / "BAN KI MOON").
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_DROPPED = re.compile(r"[.'’‘`´]")  # joined: U.S. → us, PEOPLE'S → peoples
_SEPARATORS = re.compile(r"[\W_]+")  # everything else that is not a letter or digit splits words


def display_name(phrase: str) -> str:
    """The readable form of a dictionary phrase: underscores to spaces, runs of blanks collapsed,
    case kept as written. Control characters (a few survive in the CAMEO files where an accented
    letter was lost) become U+FFFD so that they show up instead of corrupting a terminal."""
    text = "".join("\ufffd" if unicodedata.category(ch) == "Cc" and ch not in "\t" else ch
                   for ch in phrase.replace("_", " "))
    return _SPACES.sub(" ", text).strip()


def alias_key(name: str) -> str:
    """The lookup key of a name: accents stripped, case folded, dots and apostrophes dropped,
    any other punctuation a word break. ``alias_key("U.S._President Barack_Obama")`` is
    ``"us president barack obama"``."""
    if name.isascii():  # no accents to strip (the common case, and a hot path when a base loads)
        if name.replace(" ", "").isalpha():  # letters and spaces only: nothing to drop or split on
            return " ".join(name.casefold().split())
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DROPPED.sub("", text)
    return " ".join(_SEPARATORS.sub(" ", text).split())
