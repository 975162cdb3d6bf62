"""Local institutions and newsrooms whose names say where a story is (ng_places, a resolution signal).

A police force that serves one country or province is named in its own stories: "Brant OPP …
responded to the collision" is Ontario's provincial police, so the story's "Paris" is the Ontario
town, not France's capital; "Gardaí said" puts a story in Ireland. Like a paper's telephone
numbers (`_place_phones.py`), the names are no place mentions — they only tell the resolver where
the story is; so do offices of local government only some states have ("the Board of Selectmen"
governs a New England town). National bodies that report on the world (the FBI, the Pentagon) are left out: a
foreign story names them too.
"""

from __future__ import annotations

import re
from functools import lru_cache

# name → (country ISO3, province or None), written for newsgraph from general knowledge
_INSTITUTIONS: dict[str, tuple[str, str | None]] = {
    "OPP": ("CAN", "Ontario"), "Ontario Provincial Police": ("CAN", "Ontario"),
    "Sûreté du Québec": ("CAN", "Quebec"), "Surete du Quebec": ("CAN", "Quebec"),
    "RCMP": ("CAN", None), "Royal Canadian Mounted Police": ("CAN", None), "Mounties": ("CAN", None),
    "Gardaí": ("IRL", None), "Gardai": ("IRL", None), "An Garda Síochána": ("IRL", None),
    # (Britain's towns have counties for provinces in the gazetteer: the country alone)
    "PSNI": ("GBR", None), "Police Scotland": ("GBR", None), "Scotland Yard": ("GBR", None),
    "Met Police": ("GBR", None),
    "NYPD": ("USA", "New York"), "LAPD": ("USA", "California"), "CHP": ("USA", "California"),
    "California Highway Patrol": ("USA", "California"), "Texas Rangers": ("USA", "Texas"),
    "NSW Police": ("AUS", "New South Wales"), "Victoria Police": ("AUS", "Victoria"),
    "Queensland Police": ("AUS", "Queensland"),
    "Carabinieri": ("ITA", None), "Guardia Civil": ("ESP", None), "Mossos d'Esquadra": ("ESP", "Catalonia"),
    "Ontario Municipal Board": ("CAN", "Ontario"), "Peel Regional Police": ("CAN", "Ontario"),
    "Toronto Police Service": ("CAN", "Ontario"), "Durham Regional Police": ("CAN", "Ontario"),
    "York Regional Police": ("CAN", "Ontario"), "Halton Regional Police": ("CAN", "Ontario"),
    # national news agencies and chains, named in their own stories' credits ("(MORRIS LAMONT/Sun
    # Media)"); like a paper's domain, they say the country of an unqualified town. (Acronyms that
    # are also parties' are left out: PTI is Pakistan's Tehreek-e-Insaf, AAP India's Aam Aadmi Party.)
    "Canadian Press": ("CAN", None), "Sun Media": ("CAN", None), "Postmedia": ("CAN", None),
    "QMI Agency": ("CAN", None), "Press Trust of India": ("IND", None), "IANS": ("IND", None),
    "Philippine News Agency": ("PHL", None), "News Agency of Nigeria": ("NGA", None), "Bernama": ("MYS", None),
    "Australian Associated Press": ("AUS", None),
}
_NEW_ENGLAND = ("Connecticut", "Massachusetts", "Maine", "New Hampshire", "Vermont", "Rhode Island")
# offices of local government that only some states have, written for newsgraph from general knowledge:
# "the Board of Selectmen" governs a New England town, "the Fiscal Court" a Kentucky county, "the
# Quorum Court" an Arkansas one, "the Police Jury" a Louisiana parish, "freeholders" a New Jersey county
_STATE_OFFICES: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    # (a town's "First Selectman" heads Connecticut's boards of selectmen: it says which of the six)
    (("First Selectman", "first selectman", "First Selectwoman", "first selectwoman"), ("Connecticut",)),
    (("selectmen", "Selectmen", "selectman", "Selectman", "selectwoman", "Selectwoman", "selectboard",
      "Selectboard"), _NEW_ENGLAND),
    (("Fiscal Court", "judge-executive", "Judge-Executive"), ("Kentucky",)),
    # a village's head is its "village president" in four Midwestern states (a mayor elsewhere)
    (("village president", "Village President"), ("Illinois", "Wisconsin", "Michigan", "Nebraska")),
    (("Quorum Court",), ("Arkansas",)),
    (("Police Jury",), ("Louisiana",)),
    (("freeholders", "Freeholders"), ("New Jersey",)),
    # the House of Delegates sits in three states; Minnesota's Democrats are the DFL ("Tony Sertich, DFL-Chisholm")
    (("House of Delegates",), ("Virginia", "Maryland", "West Virginia")),
    (("DFL",), ("Minnesota",)),
    # state agencies local news names: transport departments ("TxDOT", "PennDOT") and Massachusetts'
    # "Mass-" bodies ("the MassDevelopment Cultural Fund", "MassDOT", "MassHealth")
    (("MassDOT", "MassDevelopment", "MassHealth", "Massport", "MassPort", "MassPike", "MassHighway", "MBTA"),
     ("Massachusetts",)),
    *(((acronym,), states) for acronym, states in (
        ("TxDOT", ("Texas",)), ("PennDOT", ("Pennsylvania",)), ("Caltrans", ("California",)),
        ("MnDOT", ("Minnesota",)), ("INDOT", ("Indiana",)), ("KYTC", ("Kentucky",)), ("GDOT", ("Georgia",)),
        ("NCDOT", ("North Carolina",)), ("SCDOT", ("South Carolina",)), ("VDOT", ("Virginia",)),
        ("WSDOT", ("Washington",)), ("MoDOT", ("Missouri",)), ("KDOT", ("Kansas",)), ("ConnDOT", ("Connecticut",)),
        ("CTDOT", ("Connecticut",)), ("NJDOT", ("New Jersey",)), ("NYSDOT", ("New York",)), ("FDOT", ("Florida",)),
        ("ALDOT", ("Alabama",)), ("TDOT", ("Tennessee",)), ("MDOT", ("Michigan", "Mississippi", "Maryland")),
        ("ODOT", ("Ohio", "Oregon", "Oklahoma")), ("IDOT", ("Illinois", "Iowa")),
    )),
    # state high-school athletic associations, named on local sports pages ("the IHSAA regional")
    *(((acronym,), states) for acronym, states in (
        ("IHSAA", ("Indiana", "Idaho", "Iowa")), ("OHSAA", ("Ohio",)), ("KHSAA", ("Kentucky",)),
        ("GHSA", ("Georgia",)), ("PIAA", ("Pennsylvania",)), ("NJSIAA", ("New Jersey",)),
        ("NYSPHSAA", ("New York",)), ("VHSL", ("Virginia",)), ("TSSAA", ("Tennessee",)), ("IHSA", ("Illinois",)),
        ("SCHSL", ("South Carolina",)), ("NCHSAA", ("North Carolina",)), ("FHSAA", ("Florida",)),
        ("AHSAA", ("Alabama",)), ("MSHSL", ("Minnesota",)), ("KSHSAA", ("Kansas",)), ("OSSAA", ("Oklahoma",)),
        ("CIAC", ("Connecticut",)), ("WVSSAC", ("West Virginia",)), ("LHSAA", ("Louisiana",)),
        ("SDHSAA", ("South Dakota",)), ("NDHSAA", ("North Dakota",)), ("MSHSAA", ("Missouri",)),
        ("WIAA", ("Wisconsin", "Washington")), ("UIL", ("Texas",)), ("CIF", ("California",)),
        ("MHSAA", ("Michigan", "Mississippi", "Montana")), ("MIAA", ("Massachusetts", "Maryland")),
        ("NSAA", ("Nebraska",)), ("UHSAA", ("Utah",)), ("CHSAA", ("Colorado",)),
        ("NMAA", ("New Mexico",)), ("OSAA", ("Oregon",)), ("NIAA", ("Nevada",)), ("WHSAA", ("Wyoming",)),
    )),
]
# (one-word names are looked up among the text's words, read once; names of several words, or hyphened, as
# they stand)
_WORD = re.compile(r"[A-Za-z]\w*")
_INSTITUTION = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(_INSTITUTIONS, key=len, reverse=True))
                          + r")(?![\w-])")


@lru_cache(maxsize=4)
def institution_places(text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The countries, and the (country, province) pairs, of the local institutions the text names (cached:
    three readings of one article ask)."""
    countries: set[str] = set()
    provinces: set[tuple[str, str]] = set()
    for m in _INSTITUTION.finditer(text):
        country, province = _INSTITUTIONS[m.group(1)]
        countries.add(country)
        if province:
            provinces.add((country, province))
    words = set(_WORD.findall(text))
    found: list[tuple[str, ...]] = []
    for names, states in _STATE_OFFICES:
        if not any((name in text) if (" " in name or "-" in name) else (name in words) for name in names):
            continue
        if any(set(earlier) < set(states) for earlier in found):
            continue  # a narrower office named first says which of the states ("First Selectman": Connecticut)
        found.append(states)
        # (of several states, those the text names: selectmen beside "Connecticut" are Connecticut's)
        named = [state for state in states if state in text] or states
        countries.add("USA")
        provinces |= {("USA", state) for state in named}
    return frozenset(countries), frozenset(provinces)


__all__ = ["institution_places"]
