"""Where an article's telephone numbers are, its clock times' zones and its money's currency (ng_places,
resolution signals).

Local news prints the numbers of its police, schools and councils: "call Officer Robert Canto at
(860) 828-7080" puts a story that names only "Middletown" and "Berlin" in Connecticut, where both
towns are, not in New Jersey. The gazetteer keeps, from libphonenumber's offline geocoding data
(the `phonenumbers` package, read at build time), the state or province of each North American
area code and the town of each exchange, and the towns of British area codes ("01524": Lancaster).
The numbers are no place mentions — they only tell the resolver where the story is.
"""

from __future__ import annotations

import re

from ..kb.gazetteer import Gazetteer, Place
from ..kb.place_names import place_key

# a North American number as news prints it: "(860) 828-7080", "860-828-7080", "860.828.7080"
_NANP = re.compile(r"(?<![\d-])(?:\(([2-9]\d\d)\)[ ]?|([2-9]\d\d)[-. ])([2-9]\d\d)[-. ](\d{4})(?![\d-])")


# a British number as its papers print it: "01524 63333", "(01223) 264970", "020 7946 0000",
# "+44 (0)1524 63333" — the national number's digits (after the trunk 0) in group 1, spaces and all
_UK_NUMBER = re.compile(r"(?<![\d+])(?:\+44[ ]?(?:\(0\)[ ]?)?|\(?0)([12][\d() -]{7,12}\d)(?![\d-])")


def _british_areas(gaz: Gazetteer, text: str) -> list[Place]:
    """The towns of the British numbers' area codes that the text also names ("call police on 01524
    63333" in a story of Lancaster: Lancaster, Lancashire). The town must be named: other countries
    write their numbers with a trunk 0 too (India's "0124 …" is no Chester), and a number alone says
    too little to outweigh what the story names."""
    towns: list[Place] = []
    for m in _UK_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) not in (9, 10):
            continue
        names = next((gaz.uk_codes[digits[:n]] for n in (5, 4, 3, 2) if digits[:n] in gaz.uk_codes), [])
        for name in names:
            if not re.search(rf"\b{re.escape(name)}\b", text):
                continue
            town = next((c for c in gaz.lookup(name) if c.feature == "city" and c.country == "GBR"
                         and place_key(c.name) == place_key(name)), None)
            if town is not None and town not in towns:
                towns.append(town)
    return towns


def phone_areas(gaz: Gazetteer, text: str) -> tuple[set[tuple[str, str]], list[Place]]:
    """(country ISO3, province) of the North American numbers in the text, and the towns of their
    exchanges that the gazetteer knows in that province ("Berlin" of 860-828); toll-free and "555"
    numbers say nothing of where (the area-code table has no line for them). British numbers
    whose area code's town the text names say that town and its county (`_british_areas`)."""
    provinces: set[tuple[str, str]] = set()
    towns: list[Place] = []
    if gaz.uk_codes and "0" in text:
        for town in _british_areas(gaz, text):
            if town.admin1:
                provinces.add(("GBR", town.admin1))
            towns.append(town)
    for m in _NANP.finditer(text):
        area_code = m.group(1) or m.group(2) or ""
        area = gaz.area_codes.get(area_code)
        if area is None or m.group(3) == "555":
            continue
        provinces.add(area)
        digits = area_code + m.group(3)
        name = next((gaz.exchanges[digits[:n]] for n in (6, 5, 4) if digits[:n] in gaz.exchanges), None)
        if name is None:
            continue
        country, admin1 = area
        town = next((c for c in gaz.lookup(name) if c.feature == "city" and c.country == country
                     and c.admin1 == admin1 and place_key(c.name) == place_key(name)), None)
        town = town or next(iter(gaz.post_towns(name, [admin1])), None)
        if town is not None and town not in towns:
            towns.append(town)
    return provinces, towns


# a clock time with its zone, as news prints it: "7 a.m. CT", "8pm (AEST)" — zones of one country
# each ("ET" is Canada's too, but a Canadian story names Canada far more often than once; "CST",
# China's too, and "IST", India's, Israel's and Ireland's, are left out)
_ZONED_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?[ ]?(?:[ap]\.m\.|[ap]m)[ ]?\(?(ET|CT|PT|EST|EDT|CDT|PST|PDT|MST|MDT|"
                         r"AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|BST)\b")
_ZONE_COUNTRY = {"AEST": "AUS", "AEDT": "AUS", "ACST": "AUS", "ACDT": "AUS", "AWST": "AUS", "NZST": "NZL",
                 "NZDT": "NZL", "BST": "GBR"}


def clock_countries(text: str) -> set[str]:
    """The countries whose time zones the text's clock times are given in ("the sale starts at 7
    a.m. CT": an American story, which Birmingham is Alabama's in) — like a paper's telephone
    numbers, a sign of where its readers are."""
    return {_ZONE_COUNTRY.get(m.group(1), "USA") for m in _ZONED_TIME.finditer(text)}


# money as a paper prints its own: "$765,000" with no country's letters before the sign (not "C$",
# "A$", "NZ$", "HK$", "US$" — which a foreign story writes too), "£2m"
_MONEY = re.compile(r"(?<![A-Za-z$])([$£€])[ ]?\d")
_MONEY_COUNTRY = {"$": "USA", "£": "GBR"}
# the countries that pay in euros
EURO_COUNTRIES = frozenset({"AUT", "BEL", "HRV", "CYP", "EST", "FIN", "FRA", "DEU", "GRC", "IRL", "ITA", "LVA", "LTU",
                            "LUX", "MLT", "NLD", "PRT", "SVK", "SVN", "ESP"})
# the other countries whose papers print their own dollars bare
DOLLAR_COUNTRIES = frozenset({"CAN", "AUS", "NZL", "SGP", "HKG", "TWN", "JAM", "BHS", "BRB", "TTO", "GUY", "BLZ",
                              "FJI", "LBR", "NAM", "ZWE", "BRN"})


def money_countries(text: str, named: set[str]) -> set[str]:
    """The country whose currency the text's bare money amounts are in ("a $765,000 financing
    package": an American paper, whose Mansfield is Ohio's or Texas's, not Nottinghamshire's) —
    no dollar's country where the text names another country that prints its dollars bare
    (`named`: the countries of the places it names; "BC Hydro's $8.8-billion dam"); euros speak
    for the one euro country the text names, if it names one ("the €14 million greenway" beside
    Louth's towns: Ireland's Dundalk, not Maryland's)."""
    # (not a conversion in brackets: "8,000 Egyptian pounds (about $453)")
    bare = [m for m in _MONEY.finditer(text) if text.rfind("(", 0, m.start()) <= text.rfind(")", 0, m.start())]
    found = {_MONEY_COUNTRY[m.group(1)] for m in bare if m.group(1) in _MONEY_COUNTRY}
    euro = named & EURO_COUNTRIES
    if len(euro) == 1 and any(m.group(1) == "€" for m in bare):
        found |= euro
    return found - {"USA"} if named & DOLLAR_COUNTRIES else found


# a street named by its number, or an address by its block — North America's grid (and the
# Philippines', whose cities number some avenues): "West 11th Street", "E. 42nd St.", "the 800 block of"
_GRID_STREET = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ ](?:Street|St\.|Avenue|Ave\.|Place|Pl\.|Terrace|Drive|Dr\.)"
                          r"|\b\d{2,5}[ ]block[ ]of[ ][A-Z]")
# the countries beside the United States whose streets are numbered so
GRID_COUNTRIES = frozenset({"CAN", "PHL"})


def has_street_grid(text: str) -> bool:
    """Whether the text numbers a street or an address's block ("West 11th Street", "the 800 block of")."""
    return _GRID_STREET.search(text) is not None


def street_countries(named: set[str]) -> set[str]:
    """The country of a text's numbered streets and blocks ("near Grand Avenue and West 11th Street in
    San Pedro": Los Angeles's, not Côte d'Ivoire's San-Pédro) — the United States, unless the text
    names another country that numbers its streets (`named`: the countries of its places)."""
    return set() if named & GRID_COUNTRIES else {"USA"}


__all__ = ["DOLLAR_COUNTRIES", "EURO_COUNTRIES", "GRID_COUNTRIES", "clock_countries", "has_street_grid",
           "money_countries", "phone_areas", "street_countries"]
