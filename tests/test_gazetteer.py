"""The gazetteer (newsgraph/kb/gazetteer.py): name keys, what it finds, and the alias table's
integrity. Built from the installed packages on first use and cached (see the module)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from newsgraph.kb.gazetteer import Gazetteer, aliases, haversine_km, load_gazetteer, prune_stale_caches
from newsgraph.kb.place_names import core_key, place_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("a, b", [
    ("Ain al-Assad", "‘Ayn al-Asad"),
    ("Ain al-Assad", "AIN AL ASSAD"),
    ("Al Anbār", "al-Anbar"),
    ("Deir ez-Zor", "Deir Ez Zor"),
    ("Salah ad-Din", "Şalāḩ ad Dīn"),
    ("Sana'a", "Sana’a"),
    ("As Sulaymānīyah", "Sulaymaniyah"),
    ("the Gaza Strip", "Gaza Strip"),
    # letters without a decomposition, as English news writes them
    ("Điện Biên", "Dien Bien"),
    ("Diyarbakır", "Diyarbakir"),
    ("Łódź", "Lodz"),
    ("Tromsø", "Tromso"),
])
def test_place_key_forgives_transliteration(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize("a, b", [("Erbil", "Basra"), ("Al", "El Paso"), ("Ras al-Ain", "Ras")])
def test_place_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert place_key(a) != place_key(b)


def test_core_key_drops_kind_words() -> None:
    assert core_key("Anbar province") == core_key("Al Anbar Governorate") == "anbar"
    assert core_key("State") == "state"  # nothing else would be left


def test_alias_table_facilities(gaz: Gazetteer) -> None:
    base = gaz.lookup("Ain al-Assad")[0]
    assert (base.name, base.feature, base.country) == ("Al Asad Air Base", "airbase", "IRQ")
    assert haversine_km(base.lat, base.lon, 33.79, 42.44) < 10
    harir = gaz.lookup("al-Harir")[0]
    assert harir.feature == "airbase" and harir.country == "IRQ"


def test_venues_stand_at_their_towns_point(gaz: Gazetteer) -> None:
    """The alias table's venues name only their town: each is built at that town's own point, in its
    province and country (the Barclays Center at Brooklyn's, Cornell University at Ithaca's), and
    every venue's town is one the packages have."""
    for venue in aliases()["venues"]:
        found = [p for p in gaz.lookup(venue["name"]) if p.feature == "facility"]
        assert found, venue["name"]
        town = max((p for p in gaz.lookup(venue["town"]) if p.feature == "city" and p.country == venue["country"]
                    and venue.get("admin1") in (None, p.admin1)), key=lambda p: p.population)
        assert (found[0].lat, found[0].lon, found[0].country) == (town.lat, town.lon, venue["country"]), venue["name"]
    barclays = gaz.lookup("Barclays Center")[0]
    assert (barclays.admin1, barclays.country) == ("New York", "USA") and haversine_km(
        barclays.lat, barclays.lon, 40.68, -73.98) < 10


def test_transliteration_variants(gaz: Gazetteer) -> None:
    for name in ("Arbil", "Hawler", "Irbil"):
        assert any(p.feature == "city" and p.country == "IRQ" and haversine_km(p.lat, p.lon, 36.19, 44.01) < 20
                   for p in gaz.lookup(name)[:2]), name
    assert gaz.lookup("Kiev")[0].name == "Kyiv"


def test_provinces_and_airports(gaz: Gazetteer) -> None:
    assert any(p.feature == "admin1" and p.country == "IRQ" for p in gaz.lookup("Anbar"))
    assert any(p.feature == "admin1" and p.country == "MMR" for p in gaz.lookup("Shan State"))
    airports = gaz.airports("Baghdad")
    assert [p.name for p in airports] == ["Baghdad International Airport"]


def test_ambiguous_names_keep_every_candidate(gaz: Gazetteer) -> None:
    countries = {p.country for p in gaz.lookup("Tripoli") if p.feature == "city"}
    assert {"LBY", "LBN"} <= countries


def test_countries_and_demonyms(gaz: Gazetteer) -> None:
    assert gaz.lookup("UAE")[0].country == "ARE"
    assert gaz.lookup("United Arab Emirates")[0].feature == "country"
    assert gaz.demonym("Iraqi") == "IRQ"
    assert gaz.demonym("Baghdad") is None
    assert gaz.country("IRQ") is not None and gaz.country("XYZ") is None


def test_every_variant_reaches_its_place(gaz: Gazetteer) -> None:
    """Each spelling in the alias table leads to a place of the country it names."""
    missing = [v["alias"] for v in aliases()["variants"]
               if not any(p.country == v["country"] for p in gaz.lookup(v["alias"]))]
    assert missing == []


def test_alias_places_have_sane_coordinates(gaz: Gazetteer) -> None:
    """Every alias-table place has a point on the globe and a feature the gazetteer knows; its
    towns are only those the packaged city lists lack (Be'eri, Nahal Oz)."""
    for entry in aliases()["places"]:
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, entry["name"]
        assert entry["feature"] in ("airbase", "airport", "facility", "region", "water", "city"), entry["name"]
    towns = [entry for entry in aliases()["places"] if entry["feature"] == "city"]
    assert towns
    for entry in towns:  # one town of the name there: the table's own, no packaged one beside it
        near = [p for p in gaz.lookup(entry["name"]) if p.feature == "city"
                and haversine_km(p.lat, p.lon, entry["lat"], entry["lon"]) < 25]
        assert len(near) == 1, (entry["name"], near)
    # a US entry's state holds its point (a lost minus sign or a neighbour's state puts it far off);
    # Alaska's and Hawaii's islands lie too far from the states' middles to tell
    placed = [entry for entry in aliases()["places"] if entry.get("country") == "USA" and entry.get("admin1")
              and entry["admin1"] not in ("Alaska", "Hawaii")]
    assert len(placed) > 80
    for entry in placed:
        state = next(p for p in gaz.lookup(entry["admin1"]) if p.feature == "admin1" and p.country == "USA")
        assert haversine_km(state.lat, state.lon, entry["lat"], entry["lon"]) < 700, entry["name"]


def test_post_office_towns_lie_in_their_states(gaz: Gazetteer) -> None:
    """A US post-office town stands at the mean point of its ZIP codes: a ZIP code the package gives
    no point (0, 0) is left out of the mean, so no town lies an ocean away from its state (Lehigh
    Valley, Pennsylvania, once stood in the mid-Atlantic)."""
    valley = gaz.lookup("Lehigh Valley") + gaz.post_towns("Lehigh Valley", ["Pennsylvania"])
    assert valley and all(haversine_km(p.lat, p.lon, 40.6, -75.5) < 50 for p in valley)
    centres = {}
    for ids in gaz.post_index.values():
        for i in (ids,) if isinstance(ids, int) else ids:
            town = gaz.place(i)
            if town.admin1 not in centres:
                centres[town.admin1] = next(p for p in gaz.lookup(town.admin1 or "") if p.feature == "admin1")
            state = centres[town.admin1]
            # (Alaska's Aleutian post offices lie 1,900 km from its middle)
            assert haversine_km(state.lat, state.lon, town.lat, town.lon) < 2_500, (town.name, town.admin1)


def test_provinces_packaged_at_their_capital_are_put_among_their_towns(gaz: Gazetteer) -> None:
    """countrystatecity puts New York state on Manhattan and Sverdlovsk oblast on Yekaterinburg;
    the gazetteer moves such provinces to the mean point of their towns, well inside them; a
    province packaged at its middle (Bavaria) keeps its point; "W. Columbia" and "N. Korea" read
    their compass initials."""
    state = next(p for p in gaz.lookup("New York") if p.feature == "admin1")
    city = next(p for p in gaz.lookup("New York City") if p.feature == "city")
    assert haversine_km(state.lat, state.lon, city.lat, city.lon) > 100
    assert haversine_km(state.lat, state.lon, 43.0, -75.5) < 161  # the state's middle
    oblast = next(p for p in gaz.lookup("Sverdlovsk") if p.feature == "admin1")
    yekaterinburg = next(p for p in gaz.lookup("Yekaterinburg") if p.feature == "city")
    assert haversine_km(oblast.lat, oblast.lon, yekaterinburg.lat, yekaterinburg.lon) > 50
    bavaria = next(p for p in gaz.lookup("Bavaria") if p.feature == "admin1")
    assert haversine_km(bavaria.lat, bavaria.lon, 48.95, 11.40) < 5
    assert place_key("W. Columbia") == place_key("West Columbia")
    assert gaz.lookup("N. Korea")[0].country == "PRK"


def test_a_border_towns_province_is_its_admin1_codes(gaz: Gazetteer) -> None:
    """A town's province came from the nearest countrystatecity town, which near a border lies
    across it (Valemount, British Columbia, by an Alberta town; Lillian, Alabama, by a Florida
    one); the province most towns of its GeoNames admin1 code lie nearest wins."""
    for name, country, admin1 in (("Valemount", "CAN", "British Columbia"), ("Lillian", "USA", "Alabama"),
                                  ("Wentworth", "AUS", "New South Wales")):
        town = next(p for p in gaz.lookup(name) if p.country == country and p.feature == "city")
        assert town.admin1 == admin1


def test_a_countrys_name_misspelt(gaz: Gazetteer) -> None:
    """One letter off one country's name (two for long names) is that country; a name the index has,
    a short one, or one near two countries' names ("Nigera": Niger and Nigeria) is none."""
    found = {name: getattr(gaz.misspelt_country(name), "country", None)
             for name in ("Mauritious", "Isreal", "Afganistan", "Indonisia", "Nigera", "Ohio", "Ruby", "Marigny")}
    assert found == {"Mauritious": "MUS", "Isreal": "ISR", "Afganistan": "AFG", "Indonisia": "IDN",
                     "Nigera": None, "Ohio": None, "Ruby": None, "Marigny": None}


def test_a_town_transliterated_otherwise(gaz: Gazetteer) -> None:
    """The same consonants and vowels of the same kinds but for one, in the countries asked for:
    "Shahroud" is Shahrud, "Sheikh Zuwayed" Ash Shaykh Zuwayd, "Makelle" Mek'ele — but "Kisima" is not Kisumu (i and
    a are not u), a name the index has is not respelt, and a country not asked for gives nothing."""
    found = {name: [p.name for p in gaz.respelt(name, [country])][:1] for name, country in (
        ("Shahroud", "IRN"), ("Sheikh Zuwayed", "EGY"), ("Makelle", "ETH"), ("Ben Guerdane", "TUN"),
        ("Kisima", "KEN"), ("Baghdad", "IRQ"), ("Tinzawaten", "MLI"), ("Wargla", "DZA"))}
    # (French writes "w" as "ou" before a vowel: Tinzaouaten, Ouargla)
    assert found == {"Shahroud": ["Shahrud"], "Sheikh Zuwayed": ["Ash Shaykh Zuwayd"], "Makelle": ["Mek'ele"],
                     "Ben Guerdane": ["Ben Gardane"], "Kisima": [], "Baghdad": [], "Tinzawaten": ["Tinzaouaten"],
                     "Wargla": ["Ouargla"]}
    assert gaz.respelt("Shahroud", ["IRQ"]) == []


def test_stale_place_indexes_are_pruned(tmp_path: Path) -> None:
    """Other versions' cache files unused for two weeks go; recent ones, the kept one and other
    files stay."""
    keep = tmp_path / "gazetteer-new.marshal"
    old, recent, other = (tmp_path / "gazetteer-old.marshal", tmp_path / "gazetteer-recent.marshal",
                          tmp_path / "notes.txt")
    for f in (keep, old, recent, other):
        f.write_bytes(b"x")
    month_ago = time.time() - 30 * 86_400
    for f in (keep, old, other):
        os.utime(f, (month_ago, month_ago))
    assert prune_stale_caches(keep) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-new.marshal", "gazetteer-recent.marshal",
                                                          "notes.txt"]


def test_a_part_of_a_city_keeps_no_borrowed_population(gaz: Gazetteer) -> None:
    """GeoNames gives some parts of a city the whole city's count ("East Hampton", a part of Hampton,
    Virginia, with 148,000 people): the part loses it, so East Hampton, Connecticut, and East Hampton,
    New York, are not outranked — while real neighbours of different sizes keep theirs (West Covina,
    twice Covina; North Charleston)."""
    virginia = [p for p in gaz.lookup("East Hampton") if p.admin1 == "Virginia"]
    assert virginia and virginia[0].population == 0
    assert max(p.population for p in gaz.lookup("Hampton") if p.admin1 == "Virginia") > 100_000
    assert next(p for p in gaz.lookup("East Hampton") if p.population).admin1 != "Virginia"
    assert next(p for p in gaz.lookup("West Covina") if p.country == "USA").population > 100_000
    assert next(p for p in gaz.lookup("North Charleston") if p.country == "USA").population > 100_000


def test_a_saints_county_under_its_abbreviation(gaz: Gazetteer) -> None:
    """The admin2 table spells saints out ("Saint Croix County"); news writes "St. Croix County" and
    "Ste. Genevieve County" — both find the county, not the Virgin Islands' St. Croix."""
    croix = [p for p in gaz.lookup("St. Croix County") if p.feature == "admin2"]
    assert [(p.admin1, p.country) for p in croix] == [("Wisconsin", "USA")]
    assert any(p.admin1 == "Missouri" for p in gaz.lookup("Ste. Genevieve County"))
