"""Where an article's telephone numbers are (ng_places, a resolution signal).

Local news prints the numbers of its police, schools and councils: "call Officer Robert Canto at
(860) 828-7080" puts a story that names only "Middletown" and "Berlin" in Connecticut, where both
towns are, not in New Jersey. libphonenumber's offline geocoding data (the `phonenumbers`
package) says where a North American number's exchange is ("Berlin, CT") or at least its area
code's state. The numbers are no place mentions — they only tell the resolver where the story is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..kb.gazetteer import Gazetteer, Place
from ..kb.place_names import place_key

# a North American number as news prints it: "(860) 828-7080", "860-828-7080", "860.828.7080"
_NANP = re.compile(r"(?<![\d-])(?:\(([2-9]\d\d)\)[ ]?|([2-9]\d\d)[-. ])([2-9]\d\d)[-. ](\d{4})(?![\d-])")
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888", "900"})


@dataclass(frozen=True)
class PhoneArea:
    """The province (US state or Canadian province) of a number's exchange, and its town when the
    data names one the gazetteer knows there."""

    country: str  # ISO 3166-1 alpha-3
    admin1: str
    town: Place | None


@lru_cache(maxsize=1)
def _subdivision_names() -> dict[tuple[str, str], str]:
    """("US", "CT") → "Connecticut": the names the gazetteer's provinces go by."""
    import pycountry

    out = {}
    for code in ("US", "CA"):
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            out[(code, sub.code.split("-", 1)[1])] = sub.name
    return out


def phone_areas(gaz: Gazetteer, text: str, limit: int = 8) -> list[PhoneArea]:
    """The areas of the first `limit` distinct North American numbers in the text (toll-free
    numbers say nothing of where)."""
    numbers = []
    for m in _NANP.finditer(text):
        area = m.group(1) or m.group(2)
        if area in _TOLL_FREE or m.group(3) == "555":
            continue
        number = f"{area}{m.group(3)}{m.group(4)}"
        if number not in numbers:
            numbers.append(number)
        if len(numbers) >= limit:
            break
    if not numbers:
        return []
    import phonenumbers
    from phonenumbers import geocoder

    out = []
    for number in numbers:
        parsed = phonenumbers.parse(number, "US")
        region = phonenumbers.region_code_for_number(parsed)
        if region not in ("US", "CA"):
            continue
        description = geocoder.description_for_number(parsed, "en")
        town, _, state = description.rpartition(", ")
        iso3 = "USA" if region == "US" else "CAN"
        admin1 = _subdivision_names().get((region, state)) if town else None
        if admin1 is None:  # "Georgia", "Ontario": the state or province alone
            admin1 = next((name for (code, _), name in _subdivision_names().items()
                           if code == region and name == description), None)
            town = ""
        if admin1 is None:
            continue
        place = next((c for c in gaz.lookup(town) if c.feature == "city" and c.country == iso3
                      and c.admin1 == admin1 and place_key(c.name) == place_key(town)), None) if town else None
        out.append(PhoneArea(iso3, admin1, place))
    return out


__all__ = ["PhoneArea", "phone_areas"]
