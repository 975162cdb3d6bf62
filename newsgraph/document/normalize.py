"""Consistent whitespace and invisible-character handling for cleaned text.

Curly quotes and apostrophes are kept as they are (they are evidence); every kind of space,
the no-break space included, becomes one plain space; invisible characters are removed; C1
control characters (mis-decoded Windows-1252) become the characters they stand for.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _c1_as_windows_1252() -> dict[int, str | None]:
    """C1 control characters (U+0080–U+009F) are never text: they are Windows-1252 bytes read as
    Latin-1 ("NEWARK \x97 Wess Henry" is an em dash). Each becomes the character Windows-1252 means
    by it; the five bytes it leaves undefined are dropped."""
    table: dict[int, str | None] = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            table[code] = None
    return table


_INVISIBLE.update(_c1_as_windows_1252())
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
