"""Consistent whitespace and invisible-character handling for cleaned text.

Curly quotes and apostrophes are kept as they are (they are evidence); every kind of space,
the no-break space included, becomes one plain space; invisible characters are removed.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")


def clean_block(text: str) -> str:
    """One paragraph-like block: NFC, no invisible characters, single plain spaces, stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def same_text(a: str | None, b: str | None) -> bool:
    """Equality that ignores case, whitespace and a trailing full stop (title vs first line)."""
    if not a or not b:
        return False
    norm = lambda s: clean_block(s).rstrip(". ").casefold()  # noqa: E731
    return norm(a) == norm(b)
