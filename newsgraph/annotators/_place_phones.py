"""Where an article's telephone numbers are (ng_places, a resolution signal).

Local news prints the numbers of its police, schools and councils: "call Officer Robert Canto at
(860) 828-7080" puts a story that names only "Middletown" and "Berlin" in Connecticut, where both
towns are, not in New Jersey. The gazetteer keeps, from libphonenumber's offline geocoding data
(the `phonenumbers` package, read at build time), the state or province of each North American
area code. The numbers are no place mentions — they only tell the resolver where the story is.
"""

from __future__ import annotations

import re

from ..kb.gazetteer import Gazetteer

# a North American number as news prints it: "(860) 828-7080", "860-828-7080", "860.828.7080"
_NANP = re.compile(r"(?<![\d-])(?:\(([2-9]\d\d)\)[ ]?|([2-9]\d\d)[-. ])([2-9]\d\d)[-. ](\d{4})(?![\d-])")


def phone_provinces(gaz: Gazetteer, text: str) -> set[tuple[str, str]]:
    """(country ISO3, province) of the North American numbers in the text; toll-free and "555"
    numbers say nothing of where (the area-code table has no line for them)."""
    out = set()
    for m in _NANP.finditer(text):
        area = gaz.area_codes.get(m.group(1) or m.group(2) or "")
        if area is not None and m.group(3) != "555":
            out.add(area)
    return out


__all__ = ["phone_provinces"]
