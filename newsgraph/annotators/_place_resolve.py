"""Resolving place mentions to gazetteer places (ng_places, step two).

Each candidate gets a score from what it is and what the article says around it:

- its standing: a country, a named region or an alias-table facility first, then towns by
  population (log scale), provinces and airports below towns of the same name ("Baghdad" the
  city, not the governorate), unless the text says "province" or "airport";
- the article's country focus (the country most named, nationality words included), the
  countries named anywhere in the article, and those named in the same sentence ("the northern
  Lebanese city of Tripoli");
- nearness to towns and facilities already resolved without doubt (within 300 km), and cohesion:
  how many other names of the article have a namesake near this candidate (`_place_cohesion.py`);
- a province named in the same sentence;
- a qualifier right after the name ("Butler, Pennsylvania", "Tripoli in Lebanon"), or the town
  before a name that qualifies it ("Spokane, Washington": the state holding Spokane).

The best candidate wins; how far ahead it is gives the confidence, and `why` says which of the
above decided it. A mention whose name has no candidate keeps null coordinates.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..kb.gazetteer import Gazetteer, Place, haversine_km
from ..kb.place_names import RIVER_TOWN, core_key, place_key, spelling

NEAR_KM = 300.0
# a degree of latitude is 111.2 km along any meridian; places further apart in latitude alone than
# a distance are further apart than it (a cheap test before the great circle's)
_KM_PER_DEGREE_LEAST = 111.0
PHONE_TOWN_KM = 40.0  # a telephone exchange serves its town and the villages around
# other names with a namesake nearby (annotators/_place_cohesion.py) count up to this much support
COHESION_CAP = 1.75
# the support a town needs from the story's other places to stay a candidate beside a giant namesake:
# more than its state alone gives ("Madrid" in a story naming New York and Albany is still Spain's)
LOCAL_GIANT_SUPPORT = 1.5
# a city that bears a province's name among its other names and is still meant by it ("Mexico" aside)
BORROWED_NAME_GIANT = 1_000_000
# a namesake of a foreign capital this big, in the article's country, needs no support from its neighbours
LOCAL_RIVAL_PEOPLE = 100_000
# the support from the story's towns that puts a US post-office town (whose people no source
# counts) before a giant of its name abroad: two towns' worth of neighbours of middling ambiguity
POST_TOWN_SUPPORT = 0.5

# What each sign is worth: a candidate's score is the sum of its signs (`features`) times these.
# A country outranks a town of its name unless the article is about the town's country and the
# town is sizeable ("Mexico" is the country, not Mexico, Missouri); a province outranks a foreign
# town of up to some 600,000 people ("Virginia" the state, not the South African town), while a
# big city keeps its province's name ("Baghdad", "Basra"). Cohesion weighs above a town's size,
# below what the text says outright ("Athens, Ohio").
WEIGHTS: dict[str, float] = {
    # what the candidate is
    "size": 1.0,  # a town's population, log10(people + 10) / 2, at least 0.5
    "is_country": 4.5, "is_region": 2.5, "is_water": 2.5, "is_facility": 2.5, "is_admin1": 2.9,
    "is_admin2": 2.2, "is_airbase": 1.0, "is_airport": 0.8, "is_other": 1.0,
    "first_listed": 0.5,  # the gazetteer's (or alias table's) first entry for the name
    "own_name": 1.2,  # its own name is the mention's, not only one of its alternate names
    "curated": 1.5,  # newsgraph's alias table names it so
    "capital": 2.0,
    "among_capitals": 3.0,  # a capital named in a sentence with other countries' capitals
    "big_town_province": -1.5,  # a province named after a big city of the same name
    # where the article is
    "in_focus": 2.0, "in_named_country": 1.0,
    "sentence_country": 1.5, "sentence_country_focus": 0.5,
    "in_named_province": 1.5, "province_focus": 1.0, "sentence_province": 1.5,
    "phone_province": 1.5, "phone_town": 0.5, "institution_province": 1.5,
    "in_named_county": 2.0, "with_named_counties": 1.5,
    "sense": 2.5, "near_anchor": 1.0, "town_support": 1.5, "cohesion": 2.0,
    # what the text calls it
    "hint_admin1": 3.0, "hint_city": 2.0, "hint_region": 2.0, "hint_water": 2.0, "hint_facility": 1.5,
    "qualified": 3.0, "qualifies": 3.0,
}


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "upper", "lower", "new", "old", "greater"})


@dataclass
class Context:
    focus: str | None
    mentioned: Counter[str]
    sentence_countries: dict[int, set[str]]
    anchors: list[Place] = field(default_factory=list)
    provinces: Counter[str] = field(default_factory=Counter)  # admin1 names the article's places are in
    province_countries: dict[str, str] = field(default_factory=dict)  # those admin1 names → their country
    leading_provinces: dict[str, str] = field(default_factory=dict)  # country → its province named most (`_learn`)
    senses: dict[str, int] = field(default_factory=dict)  # name key → the place it was resolved to with certainty
    # name key → the sentence from which that sense holds: a qualified mention deep in the story ("a
    # delegation from Dundalk, Maryland") speaks for the mentions after it, not for the dateline's town
    sense_from: dict[str, int] = field(default_factory=dict)
    dateline_towns: dict[str, int] = field(default_factory=dict)  # name key → the dateline's town, first read
    capitals: frozenset[int] = frozenset()  # ids of national capitals ("Washington" is D.C. before the state)
    # the names they go by (keys), when given: a capital's standing is for those, not for an old
    # name among its other names ("Philadelphia" is not Amman)
    capital_names: frozenset[str] = frozenset()
    cohesion: dict[int, float] = field(default_factory=dict)  # id → support from the article's other names
    town_cohesion: dict[int, float] = field(default_factory=dict)  # the part of it from towns and counties
    # what `cohesion` was counted from: the article's names and the readings the text settles (`_learn`
    # counts it again with the first round's sure readings settled too)
    cohesion_names: tuple[str, ...] = ()
    settled: dict[str, frozenset[int]] = field(default_factory=dict)
    sentence_provinces: dict[int, set[str]] = field(default_factory=dict)  # sentence → admin1 names named in it
    # (sentence, country) → the names of the provinces that alone put the country in the sentence:
    # such a province speaks for its country to the sentence's other names, not to itself
    sentence_country_voices: dict[tuple[int, str], set[str]] = field(default_factory=dict)
    # (country, province) of the telephone numbers the article prints (annotators/_place_phones.py):
    # where a local story is, when its names alone do not say
    phone_provinces: frozenset[tuple[str, str]] = frozenset()
    phone_towns: tuple[Place, ...] = ()  # the towns of their exchanges, where the gazetteer knows them
    # (country, province) of the provincial institutions the article names ("Brant OPP": Ontario)
    institution_provinces: frozenset[tuple[str, str]] = frozenset()
    # (state, town key) of towns named beside a county they lie in, and those counties' ids (_place_counties)
    county_towns: frozenset[tuple[str, str]] = frozenset()
    county_held: frozenset[int] = frozenset()
    # the states that hold every county the text names, where it names two or more
    counties_states: frozenset[str] = frozenset()
    # towns near the article's other places, vouched for by names that are no countries' ("Malta"
    # beside DeKalb, Illinois): such a town of a country's name stays a candidate
    town_support: dict[int, float] = field(default_factory=dict)
    # keys of countries' names the text uses as a town's ("Lebanon Police"), with no other sign of the country
    used_as_towns: frozenset[str] = frozenset()
    # sentence → the countries whose capitals were read in it ("London, Washington and Paris")
    sentence_capitals: dict[int, set[str]] = field(default_factory=dict)
    # starts of the mentions listed beside a province or state read so: "Virginia, Washington, West
    # Virginia and Wyoming" — the list's Washington is the state, not the capital
    listed_provinces: frozenset[int] = frozenset()
    listed_countries: frozenset[int] = frozenset()
    # keys of names a municipality's own body follows somewhere in the article ("the Berea Police
    # Department", "the Great Bend City Council"): towns, not provinces of their name abroad
    municipal: frozenset[str] = frozenset()
    british: bool = False  # written in British spelling: no American paper's local news (`focus_of`)
    american_places: int = 0  # American towns, counties and states read with confidence (in later rounds)


def leading_provinces(provinces: Counter[str], countries: dict[str, str]) -> dict[str, str]:
    """Country → the province of it the article's places lie in most, by at least two names and
    twice any other province of that country ("Ontario" twice does not stand against Texas)."""
    out: dict[str, str] = {}
    for country in set(countries.values()):
        ranked = Counter({name: n for name, n in provinces.items() if countries.get(name) == country}).most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            out[country] = ranked[0][0]
    return out


def focus_of(mentioned: Counter[str], not_american: bool = False, least: int = 1) -> str | None:
    """The article's country focus: the country it names most, at least `least` times — none when
    that is the United States and `not_american` (a story in British spelling that names few
    American places), whose unqualified towns are then not American for it (nor British for the
    second country it names: "Stanford's Institute")."""
    top = mentioned.most_common(1)
    if not top or top[0][1] < least or (not_american and top[0][0] == "USA"):
        return None
    return top[0][0]


@dataclass
class Resolution:
    place: Place | None
    candidates: int
    confidence: float
    why: str
    feature: str | None = None  # when it differs from the place's ("facility" resolved to its town)
    precision: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    contained: bool = False  # placed at a container ("the town of X in Y"): not the container itself
    # a name the model calls a place that no gazetteer has and no word puts anywhere ("Lore City
    # departments"): kept only if the story has a town to put it near (annotators/_place_sites.py)
    tentative: bool = False
    # placed in the province the text names after it, no gazetteer having the town there
    # ("Hughenden, Buckinghamshire"): what the name means wherever else it stands
    qualified: bool = False


def _short_name(place: Place) -> str:
    """The name a town goes by for short: "Newcastle" for Newcastle upon Tyne (else its name)."""
    m = RIVER_TOWN.fullmatch(place.name) if place.feature == "city" else None
    return m.group(1) if m else place.name


def features(place: Place, ctx: Context, sentence: int, hint: str | None, qualifier: list[Place],
             position: int, curated: bool = False, key: str | None = None,
             local_rival: bool = False, shadowed: frozenset[int] = frozenset(),
             dwarfed: frozenset[int] = frozenset(), big_town: bool = False,
             qualifies: tuple[Place, ...] = (),
             ) -> tuple[dict[str, float], list[str]]:
    """The candidate's signs (names of `WEIGHTS`, with their amounts) and the reasons to show.
    `curated`: the name is in the alias table, whose entry comes first among the candidates; `key`:
    the mention's lookup key (a place whose own name has it beats one that has it only as an
    alternate name); `local_rival`: a namesake of a capital, in the article's country focus, has
    the support of its other names; `dwarfed`: villages a fiftieth the size of a city of their name
    in their country, which the article's states and far-off towns do not make likelier ("New York
    and Atlanta" beside Chicago: not Atlanta, Illinois); `big_town`: a big city has the name, so a
    province of it comes second ("Basra") unless the text says "province"; `qualifies`: the
    namesakes of the town this name follows as its qualifier ("Spokane, Washington")."""
    signs: dict[str, float] = {}
    reasons: list[str] = []
    if place.feature == "city":
        signs["size"] = max(0.5, math.log10(place.population + 10) / 2)
    else:
        signs[f"is_{place.feature}" if f"is_{place.feature}" in WEIGHTS else "is_other"] = 1.0
    if position == 0:
        signs["first_listed"] = 1.0
    if key is not None and key in (place_key(place.name), place_key(_short_name(place))) and (
            place.id not in shadowed):
        # "Florida" the state, not a town with "Florida" among its other names; a British river town's
        # first word is its own name too ("Newcastle" of Newcastle upon Tyne)
        signs["own_name"] = 1.0
    if curated and position == 0:
        signs["curated"] = 1.0
        reasons.append("newsgraph's alias table names it so")
    if big_town and place.feature == "admin1":
        signs["big_town_province"] = 1.0
    if place.country and place.country == ctx.focus:
        signs["in_focus"] = 1.0
        reasons.append(f"in the article's country focus ({ctx.focus})")
    elif place.country and ctx.mentioned.get(place.country):
        signs["in_named_country"] = 1.0
        reasons.append(f"in a country the article names ({place.country})")
    voices = ctx.sentence_country_voices.get((sentence, place.country or ""))
    if place.country and place.country in ctx.sentence_countries.get(sentence, set()) and not (
            voices and key is not None and voices <= {key}):
        # less when the article is about that country anyway: the two say much the same
        signs["sentence_country_focus" if place.country == ctx.focus else "sentence_country"] = 1.0
        reasons.append("its country is named in the same sentence")
    if place.id in ctx.capitals and (key is None or not ctx.capital_names or key in ctx.capital_names or (
            place_key(place.name) == key)) and not (local_rival and place.country != ctx.focus
                                         and not ctx.mentioned.get(place.country or "")):
        # a capital's standing, unless the article is elsewhere and its places vouch for a namesake
        # ("the Athens Police Department … the Henderson County Jail": Athens, Texas)
        signs["capital"] = 1.0
        reasons.append("a national capital")
    if place.id in ctx.capitals and (key is None or place_key(place.name) == key or key in ctx.capital_names) and any(
            c != place.country for c in ctx.sentence_capitals.get(sentence, ())):
        # "officials in London, Washington and Paris": capitals named together are governments'
        # seats, not towns near one another (Washington, West Sussex, near London, which a local
        # rival would otherwise make of it)
        signs["among_capitals"] = 1.0
        reasons.append("named with other countries' capitals")
    # (and a region or river a province holds: "Long Island, N.Y.", "the French Quarter", the Thames
    # River in a story from London, Ontario)
    local_kind = place.feature in ("city", "admin2", "airport", "facility") or (
        place.feature in ("region", "water") and place.admin1 is not None)
    if local_kind and place.admin1 and ctx.provinces.get(place.admin1) and place.id not in dwarfed:
        signs["in_named_province"] = 1.0
        reasons.append(f"in a province the article names ({place.admin1})")
    if local_kind and place.admin1 and place.id not in dwarfed and (
            ctx.leading_provinces.get(place.country or "") == place.admin1
            and (key is None or place_key(place.admin1) != key)):  # (not the province's own name: "Quebec")
        # "Mount Pleasant" in a story that names Texas, Dallas and Sulphur Springs and once says the
        # doctor's mother was from Michigan: the state the story is about, not only one it names
        signs["province_focus"] = 1.0
        reasons.append(f"in the province the article names most ({place.admin1})")
    # (not a village a fiftieth a city of its name: "Mississippi State's McCowan … against Louisville")
    if local_kind and place.admin1 and place.admin1 in ctx.sentence_provinces.get(sentence, set()) and (
            key is None or place_key(place.admin1) != key) and (  # not the mention itself ("the provinces of Tehran")
            place.id not in dwarfed):
        signs["sentence_province"] = 1.0  # "Fani Willis, the Fulton County district attorney, … in Georgia"
        reasons.append(f"its province is named in the same sentence ({place.admin1})")
    if local_kind and (place.country or "", place.admin1 or "") in ctx.phone_provinces:
        signs["phone_province"] = 1.0
        reasons.append(f"the article's telephone numbers are in {place.admin1}")
        if any(haversine_km(t.lat, t.lon, place.lat, place.lon) <= PHONE_TOWN_KM for t in ctx.phone_towns):
            signs["phone_town"] = 1.0  # near the exchange's town
    if local_kind and (place.country or "", place.admin1 or "") in ctx.institution_provinces:
        signs["institution_province"] = 1.0
        reasons.append(f"the article names {place.admin1}'s own institutions (its police, agencies or school sports)")
    if (place.feature == "city" and place.admin1 and (place.admin1, key or place_key(place.name)) in ctx.county_towns
            ) or (place.feature == "admin2" and place.id in ctx.county_held):
        signs["in_named_county"] = 1.0  # "a Richmond man … the Madison County Detention Center": Kentucky's
        reasons.append("named with the county it lies in")
    if place.feature == "admin2" and place.admin1 in ctx.counties_states and place.country == "USA":
        signs["with_named_counties"] = 1.0  # "Henry County … Washington County": one state's two counties
        reasons.append("its state holds the article's other counties")
    if key is not None and ctx.senses.get(key) == place.id and not qualifier and (
            sentence >= ctx.sense_from.get(key, 0)):  # "Canton, Ohio" after "Canton, Mich."
        signs["sense"] = 1.0
        reasons.append("what the name means elsewhere in the article")
    if place.feature not in ("country", "region", "water") and place.id not in dwarfed and any(
            a.id != place.id and a.id not in ctx.capitals and abs(a.lat - place.lat) * _KM_PER_DEGREE_LEAST <= NEAR_KM
            and haversine_km(a.lat, a.lon, place.lat, place.lon) <= NEAR_KM for a in ctx.anchors):
        # (not a national capital, named for its government: "Cambridge Analytica" before Congress in
        # Washington is no Cambridge, Maryland, nor Harlem beside Amsterdam Haarlem)
        signs["near_anchor"] = 1.0
        reasons.append(f"within {NEAR_KM:.0f} km of another place in the article")
    if place.id in ctx.town_support and place.feature == "city":
        # "LEBANON (AP)" beside Ohio and Warren County: the town, which outweighs the country's alias
        signs["town_support"] = 1.0
        reasons.append("a town of a country's name among the article's other places")
    support = ctx.cohesion.get(place.id)
    if place.id in dwarfed and not ctx.town_cohesion.get(place.id):
        # "the Mayor of Boston" beside "New York Governor": a state holds a village of almost any
        # city's name; only towns near a village a fiftieth a city's size speak for it
        support = None
    if support and not (curated and position > 0):  # our alias table's entry is not outvoted by namesakes
        signs["cohesion"] = min(COHESION_CAP, support)
        reasons.append("near other places the article names")
    if hint == "admin1" and place.feature == "admin1":
        signs["hint_admin1"] = 1.0
        reasons.append("the text calls it a province/region")
    elif hint == "city" and place.feature == "city":
        signs["hint_city"] = 1.0
        reasons.append("the text calls it a town or city")
    elif hint == "region" and place.feature in ("country", "admin1"):
        signs["hint_region"] = 1.0
    elif hint == "water" and place.feature in ("water", "region"):  # (seas are listed as regions)
        signs["hint_water"] = 1.0
        reasons.append("the name says it is water")
    elif hint == "facility" and place.feature in ("airport", "airbase", "facility"):
        signs["hint_facility"] = 1.0
        reasons.append("the model read it as a facility")
    for q in qualifier:
        if qualifier_holds(q, place):
            signs["qualified"] = signs.get("qualified", 0.0) + 1.0
            reasons.append(f"qualified by {q.name}")
    if any(t.country == place.country and (place.feature == "country" or (
            place.feature == "admin1" and t.admin1 == place.admin1)) for t in qualifies):
        signs["qualifies"] = 1.0  # "Spokane, Washington": the state that holds Spokane, not the capital
        reasons.append("the town before it lies there")
    if place.feature == "city" and not reasons:
        reasons.append(f"the most likely by population ({place.population:,})")
    return signs, reasons


# the countries whose local news is written in English, with English place names
_ENGLISH_LOCAL = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})


def qualifier_holds(q: Place, place: Place) -> bool:
    """Whether the country or province named after a name ("Aberdeen, Scotland") holds this reading of it."""
    same_country = q.country == place.country
    if q.feature == "country":
        return same_country and place.feature != "country"
    same_province = bool(q.admin1 and place.admin1 and q.admin1.casefold() == place.admin1.casefold())
    town_held = place.feature == "city" and (
        same_province or haversine_km(q.lat, q.lon, place.lat, place.lon) < 250)
    region_held = place.feature == "region" and same_province  # "Long Island, N.Y."
    # (a county too: "NERI in Jefferson County, Colo." after "Kane County, Ill.")
    county_held = place.feature == "admin2" and same_province
    return q.feature == "admin1" and same_country and (town_held or region_held or county_held)


def weighed(signs: dict[str, float]) -> float:
    return sum(WEIGHTS[name] * amount for name, amount in signs.items())


def choose(candidates: list[Place], ctx: Context, sentence: int, hint: str | None,
           qualifier: list[Place], curated: bool = False, key: str | None = None,
           qualifies: tuple[Place, ...] = (), spelt: str | None = None, first: int | None = None) -> Resolution:
    """The best candidate. `qualifies`: the namesakes of the town this name follows as its
    qualifier ("Spokane, Washington"): a province or country holding one of them is meant;
    `spelt`: the mention as spelt (`place_names.spelling`); `first`: the id of the gazetteer's
    first entry for the name, when the caller has narrowed the candidates (else the first given)."""
    if not candidates:
        return Resolution(None, 0, 0.3, "no gazetteer entry for the name")
    # (the gazetteer's first entry keeps its standing, whatever the narrowing below leaves first:
    # "Paris City Hall" narrows Paris to its towns, of which none is the name's first)
    first_id = candidates[0].id if first is None else first
    if hint == "city" and not qualifier and any(c.feature == "city" for c in candidates):
        # "Antigua, a colonial town known for its churches", "the city of Panama": the text says a
        # town, so not the country of that name (a city-state with no town entry keeps its country)
        candidates = [c for c in candidates if c.feature != "country"]
    if key is not None and not qualifier and any(c.feature == "country" and place_key(c.name) == key
                                                 for c in candidates):
        # "Mexico", "Lebanon", "Jordan": the country, not Mexico, Missouri — unless "Lebanon, Pa."
        # (nor a city that bears the country's name only among its other names, or bears it less its
        # article: "a school trip to Mexico" beside Mexico City and Veracruz is the country, not its
        # capital; "El Salvador" beside Bahia is the country, not Salvador)
        candidates = [c for c in candidates if c.feature != "city" or (
            c.id in ctx.town_support if c.population < 100_000
            else place_key(c.name) == key and (spelt is None or spelling(c.name) == spelt))]
        if ctx.focus in (None, "USA") and any(c.feature == "admin1" and c.country == "USA" and place_key(c.name) == key
                                              for c in candidates) and not any(
                ctx.mentioned.get(c.country or "") for c in candidates if c.feature == "country"):
            # "Georgia's newest utility regulator … state ethics violations": in a story that is
            # American or says nowhere where it is, and names nothing of the country's (no
            # "Georgian", no Tbilisi), the US state of the name
            candidates = [c for c in candidates if c.feature != "country"]
    elif key is not None and not qualifier and hint != "city" and key not in ctx.senses and any(
            c.feature == "admin1" and place_key(c.name) == key and (c.country == ctx.focus or ctx.mentioned.get(
                c.country or "")) for c in candidates):
        # "Oregon", "Virginia", "Florida" in a US story: the state, not a town of its name — unless "the city of X"
        # (and listed with states, "…, West Virginia and Wyoming", not Wyoming, Michigan either)
        least = 1_000_000 if hint == "admin1" else 50_000
        candidates = [c for c in candidates if c.feature != "city" or c.population >= least]
    if key is not None and not qualifier and hint != "city" and any(
            c.feature in ("admin1", "region") and place_key(c.name) == key
            and (spelt is None or spelling(c.name) == spelt)
            and c.country is not None and (c.country == ctx.focus or ctx.mentioned.get(c.country))
            for c in candidates):
        # "health officials in Yunnan said": the province of that name in the story's country, spelt
        # so, not a town that bears it only among its other names (Ducheng, Guangdong) because the
        # story names that town's province (but "Sirt" is Sirte, not Turkey's Siirt)
        candidates = [c for c in candidates if c.feature != "city" or c.population >= BORROWED_NAME_GIANT
                      or place_key(c.name) == key or core_key(c.name) == key]
    if curated and not qualifier and candidates[0].feature in ("region", "water"):
        # "the Middle East" in a story from Maryland: the region our alias table names, not the
        # small town of that name — unless the text says "Middle East, Md." (a sizeable town of the
        # story's country stays a candidate, to be weighed: "in Trinidad, Bolivian officials said" is Beni's)
        # (nor one of a country its sentence names: "Bolivia reported cases … around Trinidad" in a
        # story from Peru is Beni's town, not the island)
        candidates = [c for c in candidates if c.feature != "city" or c.population >= 100_000 or (
            c.population >= 20_000 and c.country is not None and (
                c.country == ctx.focus or c.country in ctx.sentence_countries.get(sentence, ())))]
    listed = [c for c in candidates if c.id in ctx.capitals and (key is None or place_key(c.name) == key) and any(
        other != c.country for other in ctx.sentence_capitals.get(sentence, ()))]
    if listed and not qualifier:
        # "officials in London, Washington and Paris": among other countries' capitals, a capital's
        # name is the capital — not Paris, Tennessee because the story names Tennessee
        candidates = listed
    compass = key.split()[0] if key is not None and " " in key else None
    if compass in _COMPASS_WORDS and any(compass in place_key(c.name).split() for c in candidates):
        # "East Hampton" is East Hampton, Connecticut, not Hampton, Virginia (which GeoNames also
        # calls so among its other names): the compass word is part of the name
        candidates = [c for c in candidates if compass in place_key(c.name).split()]
    # (a giant that bears the name only among its other names does not push aside the town our
    # alias table names so — "Mambasa" in Ituri, not Mombasa, which GeoNames also spells so — nor
    # towns of 20,000 people that bear it as their own: "Canton" is Guangzhou's old name, and
    # Canton, Ohio's and Michigan's; a Bombay of a few hundred people still gives way to Mumbai)
    owners = key is not None and any(c.feature == "city" and c.population >= 20_000 and place_key(c.name) == key
                                     for c in candidates)
    giant = max((c.population for c in candidates if c.feature == "city" and (
        c.population >= 1_000_000 or c.id in ctx.capitals) and not (
        (curated or owners) and key is not None and place_key(c.name) != key)), default=0)
    if giant and not qualifier and not (key is not None and key in ctx.senses):
        # "a flamenco artist based in Madrid" in a New York listing is Spain's capital: a village a
        # thousandth its size needs the text to say so ("Madrid, N.Y."), not the story's country
        # (but a town among the story's other places, in the state it names, is no village abroad:
        # "two London residents" beside Laurel County, Kentucky is London, Kentucky)
        giants = {c.country for c in candidates if c.feature == "city" and c.population == giant}
        candidates = [c for c in candidates if c.feature != "city" or c.population * 1000 >= giant or (
            ctx.cohesion.get(c.id, 0.0) >= LOCAL_GIANT_SUPPORT and c.admin1 and ctx.provinces.get(c.admin1)) or (
            # a post-office town (no population known) among the story's towns, in its state, where
            # the giant's country goes unnamed: "Berlin" beside Middletown and Hartford
            c.population == 0 and ctx.town_cohesion.get(c.id, 0.0) >= POST_TOWN_SUPPORT and c.admin1
            and ctx.provinces.get(c.admin1) and not any(ctx.mentioned.get(g or "") for g in giants)) or (
            # a village named beside the county it lies in, in a state the story names: "Residents of
            # Monterey and McDowell" beside Highland County, Virginia — not Monterrey, Mexico
            c.feature == "city" and c.admin1 and ctx.provinces.get(c.admin1)
            and (c.admin1, key or place_key(c.name)) in ctx.county_towns)]
    # a big city is meant before the province named after it ("Basra", "Alexandria") unless the
    # text says "province"
    big_town = hint != "admin1" and any(c.feature == "city" and c.population >= 200_000
                                        and (key is None or place_key(c.name) == key) for c in candidates)
    # (within a country: "Paris" in a story from Tennessee may well be Paris, Tennessee)
    biggest: dict[str, int] = {}
    for c in candidates:
        if c.feature == "city" and c.country and (key is None or core_key(c.name) == key):
            biggest[c.country] = max(biggest.get(c.country, 0), c.population)
    dwarfed = frozenset(c.id for c in candidates if c.feature == "city" and c.country
                        and biggest.get(c.country, 0) >= 100_000 and c.population * 50 < biggest[c.country])
    # (or is a city in its own right: "a London doctor" in a story about Canada that never names
    # Britain is London, Ontario, a city of 400,000 — not a village beside the capital's name)
    local_rival = any((ctx.cohesion.get(c.id) or (c.feature == "city" and c.population >= LOCAL_RIVAL_PEOPLE))
                      for c in candidates if c.id not in ctx.capitals and c.country and c.country == ctx.focus)
    # towns called exactly so, in the shadow of a city of their country ten times their size that
    # goes by the name for short ("Newcastle" is Newcastle upon Tyne before Newcastle, County Down):
    # their own name counts for nothing extra
    shadowed = frozenset(c.id for c in candidates if key is not None and c.feature == "city"
                         and place_key(c.name) == key and any(
                             o.feature == "city" and o.country == c.country and place_key(o.name) != key
                             and o.population >= 10 * max(c.population, 1) and o.population >= 100_000
                             for o in candidates))
    # (or, where it names none, the countries a local story from an English-speaking country names:
    # "sluice gates at Belleek" in a story from Fermanagh is no Belek, Turkey — English place names
    # are not transliterated, so a doubled letter is another name there)
    named = ctx.sentence_countries.get(sentence, set()) or (
        {c for c, n in ctx.mentioned.items() if n > 0} if ctx.focus in _ENGLISH_LOCAL else set())
    if spelt is not None and named and not qualifier and all(
            doubled_only(c.name, spelt) and c.country not in named for c in candidates):
        # "the tourist town of Kalam in the Swat Valley, north-west Pakistan": a name the gazetteer
        # has only spelt otherwise (Kallam, India), and only outside the countries its sentence names,
        # is another place than those
        return Resolution(None, len(candidates), 0.3, "spelt otherwise, and outside the countries its sentence names")
    if spelt is not None and not qualifier and all(
            c.feature == "city" and c.population < 50_000 and doubled_only(c.name, spelt) and c.country != ctx.focus
            and not ctx.mentioned.get(c.country or "") and not near_anchors(c, ctx) for c in candidates):
        # "a Muslim from Vanni" in a story from Sri Lanka: a small town spelt with single letters (Vani,
        # Georgia), in a country the article never names and far from its places, is another place
        return Resolution(None, len(candidates), 0.3, "spelt otherwise: a small town abroad the article is silent on")
    if spelt is not None and not qualifier and ctx.focus and ctx.sentence_countries.get(sentence) and all(
            c.feature == "city" and c.population < 20_000 and c.country != ctx.focus
            and not ctx.mentioned.get(c.country or "") and c.country not in ctx.sentence_countries[sentence]
            and not near_anchors(c, ctx) for c in candidates):
        # "The deaths occurred in Foya, near the borders with Guinea and Sierra Leone" in a story from
        # Liberia: a town of a few thousand people in a country the article never names (Foya, Gansu), far
        # from its places, in a sentence that names other countries, is a place of those the gazetteer
        # lacks (not Saipan, 48,000 people, in "trips to Saipan, Guam, Alaska")
        return Resolution(None, len(candidates), 0.3, "a small town abroad the article is silent on, in a "
                          "sentence of other countries")
    if spelt is not None and spelt.endswith(" city") and not qualifier and all(
            doubled_only(c.name, spelt.removesuffix(" city")) for c in candidates):
        # "Stoke City", "Man City": a name with "City" after it that only forgiving doubled letters finds
        # (Stokke, Norway; Ma'an, Jordan) — a club's or a city's name the gazetteer lacks, not those
        return Resolution(None, len(candidates), 0.3, "spelt otherwise, before 'City'")
    if spelt is not None and any(spelling(c.name) == spelt for c in candidates):
        # "Samara" is spelt as the Russian city is, not as Samarra (one key: doubled letters are
        # forgiven): a name spelt otherwise is not the mention's own
        shadowed |= frozenset(c.id for c in candidates if spelling(c.name) != spelt and spelling(
            _short_name(c)) != spelt)
    if curated and hint == "admin1" and (
            province := next((c for c in candidates if c.feature == "admin1"), None)) is not None:
        # "the Mexican state of Veracruz": the province our alias table spells so, which the index puts
        # after the port of its name (meant when the text says no more)
        first_id = province.id
    scored = []
    for position, place in enumerate(candidates):
        rank = 0 if place.id == first_id else position + 1
        signs, reasons = features(place, ctx, sentence, hint, qualifier, rank, curated, key, local_rival,
                                  shadowed, dwarfed, big_town, qualifies)
        scored.append((weighed(signs), -position, place, reasons))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best_score, _, best, reasons = scored[0]
    if len(scored) == 1:
        confidence = 0.9
        why = f"the only {best.feature} of that name"
    else:
        margin = best_score - scored[1][0]
        confidence = round(min(0.95, 0.5 + 0.5 * (1 - math.exp(-margin))), 2)
        why = "; ".join(reasons) or f"ranked first among {len(scored)} candidates ({best.feature})"
    return Resolution(best, len(candidates), confidence, why)


def doubled_only(name: str, spelt: str) -> bool:
    """Whether a place's name is spelt as the mention (`spelt`, `place_names.spelling`) only once
    doubled letters are made single, as the lookup forgives: "Kallam" for "kalam", "Stokke" for "stoke"."""
    own = spelling(name)
    return own != spelt and re.sub(r"(.)\1+", r"\1", own) == re.sub(r"(.)\1+", r"\1", spelt)


def _saints(key: str) -> str:
    """ "st paris" and "saint paris" alike ("ST. PARIS" is Saint Paris, Ohio)."""
    return " ".join("saint" if w in ("st", "ste") else w for w in key.split())


def is_weak(place: Place, ctx: Context, key: str) -> bool:
    """A small town matched only by an alternate name, in no country the article names (for a US
    town, no state) and far from its other places: more likely a word or a surname the model took
    for a place."""
    return (place.feature == "city" and place.population < 50_000 and _saints(place_key(place.name)) != _saints(key)
            # (a US town's other name needs its state named: "the South Lawn of the White House" is
            # not Riverdale, Illinois, which GeoNames also calls so, though the story names the US)
            and not (place.country and ctx.mentioned.get(place.country) and (
                place.country != "USA" or (place.admin1 and ctx.provinces.get(place.admin1))))
            and not near_anchors(place, ctx))


def near_anchors(place: Place, ctx: Context, *, settled: bool = False) -> bool:
    """Whether the place lies within NEAR_KM of a place the article is sure of; `settled`: of a
    town, province or country only (a mountain range or a sea spans too far to say)."""
    return any(haversine_km(a.lat, a.lon, place.lat, place.lon) <= NEAR_KM for a in ctx.anchors
               if not (settled and a.feature in ("region", "water")))


REGION_SHIFT_KM = 60.0


def region_point(gaz: Gazetteer, base: Place, directions: list[tuple[float, float]]) -> tuple[float, float]:
    """A point for "northern Syria": from the country's point toward the compass part of its extent
    (from its towns; the parts named averaged), at most REGION_SHIFT_KM away — geoparsing corpora
    pin "northern Mali" on Mali, and a big country's north is no single point anyway. For a
    province, its centroid."""
    box = gaz.country_bbox.get(base.country or "") if base.feature == "country" else None
    if box is None or not directions:
        return base.lat, base.lon
    lat0, lat1, lon0, lon1 = box
    lat = sum(lat0 + f_lat * (lat1 - lat0) for f_lat, _ in directions) / len(directions)
    lon = sum(lon0 + f_lon * (lon1 - lon0) for _, f_lon in directions) / len(directions)
    km = haversine_km(base.lat, base.lon, lat, lon)
    if km > REGION_SHIFT_KM:
        share = REGION_SHIFT_KM / km
        lat, lon = base.lat + share * (lat - base.lat), base.lon + share * (lon - base.lon)
    return round(lat, 4), round(lon, 4)


def moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) toward `bearing` (degrees from north), on a sphere."""
    radius = 6371.0
    phi, lam, theta, delta = math.radians(lat), math.radians(lon), math.radians(bearing), km / radius
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi),
                            math.cos(delta) - math.sin(phi) * math.sin(phi2))
    return round(math.degrees(phi2), 4), round((math.degrees(lam2) + 540) % 360 - 180, 4)


def fact_fields(res: Resolution) -> dict[str, Any]:
    """The resolution part of a place fact."""
    place = res.place
    if place is None:
        return {"name": res.name, "feature": res.feature, "lat": None, "lon": None, "admin1": None,
                "country": None, "precision": None, "candidates": res.candidates, "confidence": res.confidence,
                "why": res.why}
    return {
        "name": res.name or place.name,
        "feature": res.feature or place.feature,
        "lat": round(res.lat if res.lat is not None else place.lat, 4),
        "lon": round(res.lon if res.lon is not None else place.lon, 4),
        "admin1": place.admin1,
        "country": place.country,
        "precision": res.precision or place.precision,
        "candidates": res.candidates,
        "confidence": res.confidence,
        "why": res.why,
    }


__all__ = ["WEIGHTS", "Context", "Resolution", "choose", "fact_fields", "features", "is_weak", "qualifier_holds",
           "region_point", "weighed"]
