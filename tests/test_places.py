"""ng_places: place mentions resolved to coordinates, on the seed article's gold analysis and on
examples of disambiguation, facilities, aliases, regions and things that are not places; and
their rows in the store and on the map (GeoJSON)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph import Pipeline, RawPage, analyze, load_pipeline
from newsgraph.cli import main as cli
from newsgraph.exporters.geojson import collection, events_collection, feature_for, places_collection
from newsgraph.kb.gazetteer import haversine_km

# ng_places and what it reads, so that these examples do not depend on later layers
PLACES_ONLY = ("ng_parts", "ng_known_entities", "ng_entities", "ng_sentences", "ng_places")
DEFAULT_KM = 161.0


@pytest.fixture(scope="module")
def places_pipeline() -> Pipeline:
    return load_pipeline(PLACES_ONLY)


def places_of(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    record = pipeline.analyze_raw(RawPage(location="<test>", kind="text", data=text.encode("utf-8")))
    for fact in record["places"]:
        assert record["text"][fact["start"]:fact["end"]] == fact["text"]
    return record["places"]


def mention(places: list[dict[str, Any]], text: str, nth: int = 0) -> dict[str, Any]:
    """The place fact whose evidence overlaps the nth occurrence of `text` in the places' text."""
    found = [p for p in places if text in p["text"] or p["text"] in text]
    assert len(found) > nth, f"no place mention for {text!r}: {[p['text'] for p in places]}"
    return found[nth]


# -- the seed article ---------------------------------------------------------------------------------


def _find_gold(record: dict[str, Any], gold_place: dict[str, Any]) -> list[dict[str, Any]]:
    """Facts overlapping any occurrence of the gold text."""
    text = record["text"]
    hits, pos = [], text.find(gold_place["text"])
    while pos >= 0:
        end = pos + len(gold_place["text"])
        hits += [p for p in record["places"] if p["start"] < end and pos < p["end"]]
        pos = text.find(gold_place["text"], pos + 1)
    return hits


def test_seed_places_resolved_within_tolerance(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    """Every place of the gold analysis is found and put where it is (161 km unless the gold
    gives its own tolerance), with its country; a `same_as` gold place points at the fact of
    the place it names again."""
    problems = []
    for g in gold["places"]:
        hits = _find_gold(seed_record, g)
        if not hits:
            problems.append(f"{g['text']!r} not found")
            continue
        if "same_as" in g:
            target = _find_gold(seed_record, next(x for x in gold["places"] if x["text"] == g["same_as"]))
            ids = {t["id"] for t in target}
            if not any(h["same_as"] in ids for h in hits if h["text"] == g["text"]):
                problems.append(f"{g['text']!r} is not marked the same as {g['same_as']!r}: {hits}")
            continue
        ok = False
        for h in hits:
            if g.get("country") and h["country"] != g["country"]:
                continue
            if g.get("precision") and h["precision"] != g["precision"]:
                continue
            if "lat" in g and (h["lat"] is None or haversine_km(g["lat"], g["lon"], h["lat"], h["lon"])
                               > g.get("tolerance_km", DEFAULT_KM)):
                continue
            ok = True
        if not ok:
            got = [(h["text"], h["name"], h["country"], h["lat"], h["lon"]) for h in hits]
            problems.append(f"{g['text']!r}: {got}")
    assert problems == []


def test_seed_facts_are_well_formed(seed_record: dict[str, Any]) -> None:
    places = seed_record["places"]
    assert places, "no places"
    ids = {p["id"] for p in places}
    for p in places:
        assert seed_record["text"][p["start"]:p["end"]] == p["text"]
        assert p["id"] == f"pl_{p['start']}_{p['end']}"
        assert (p["lat"] is None) == (p["lon"] is None)
        assert p["same_as"] is None or p["same_as"] in ids
        assert p["precision"] in ("facility", "city", "admin1", "country", "region", None)
        assert 0 <= p["confidence"] <= 1 and p["why"]
    # nationality words are mentions of their country, never places where something happened
    nationality = [p for p in places if p["text"] in ("Iraqi", "Iranian", "American", "Emirati", "Israeli")]
    assert nationality and all(p["mention"] == "demonym" and p["feature"] == "country" for p in nationality)
    assert {p["country"] for p in nationality if p["text"] == "Iraqi"} == {"IRQ"}
    assert all(p["mention"] in ("name", "demonym", "in_name", "metonym") for p in places)


def test_seed_airbase_is_precise_to_the_facility(seed_record: dict[str, Any]) -> None:
    base = mention(seed_record["places"], "Ain al-Assad airbase")
    assert (base["feature"], base["precision"], base["admin1"]) == ("airbase", "facility", "Anbar")


# -- disambiguation, facilities, aliases, regions ---------------------------------------------------------


def test_tripoli_by_context(places_pipeline: Pipeline) -> None:
    libya = places_of(places_pipeline, "Clashes broke out in Tripoli between rival militias, residents of "
                                       "the Libyan capital said, as the UN envoy to Libya urged calm.")
    lebanon = places_of(places_pipeline, "An Israeli drone struck a car in the northern Lebanese city of "
                                         "Tripoli, Lebanese security sources said.")
    assert mention(libya, "Tripoli")["country"] == "LBY"
    assert mention(lebanon, "Tripoli")["country"] == "LBN"
    assert mention(lebanon, "Tripoli")["precision"] == "city"


def test_qualifier_after_a_comma(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "A rally was held near Butler, Pennsylvania, on Saturday.")
    butler = mention(places, "Butler")
    assert (butler["country"], butler["admin1"]) == ("USA", "Pennsylvania")
    places = places_of(places_pipeline, "Flooding closed roads around Springfield, Ill., on Monday, officials said.")
    springfield = mention(places, "Springfield")
    assert (springfield["country"], springfield["admin1"]) == ("USA", "Illinois")
    state = mention(places, "Ill.")
    assert (state["name"], state["feature"]) == ("Illinois", "admin1")


def test_parts_of_capitals(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Police in the southeast part of Washington found the car. Clashes erupted "
                                        "in eastern Kabul.")
    washington = mention(places, "the southeast part of Washington")
    assert (washington["admin1"], washington["feature"]) == ("District of Columbia", "region")
    assert mention(places, "eastern Kabul")["country"] == "AFG"


def test_a_period_style_is_no_nationality(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "The Georgian mansion near Bristol is open again. Georgian troops crossed "
                                        "into Abkhazia.")
    assert [(p["text"], p["start"] > 40) for p in places if p["text"] == "Georgian"] == [("Georgian", True)]
    assert mention(places, "Bristol")["country"] == "GBR"


def test_a_country_opening_a_new_clause_is_no_qualifier(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Hours after the ruling was announced in The Hague, Israel went public with "
                                        "its response. The attack in Butler, Pennsylvania, shocked voters.")
    assert mention(places, "Hague")["country"] == "NLD"
    assert mention(places, "Butler")["admin1"] == "Pennsylvania"


def test_qualifier_rules_out_places_elsewhere(places_pipeline: Pipeline) -> None:
    """ "X in Somalia": a town of that name in another country is not it; a new clause after a
    comma ("Duhok, Turkey's ministry said") is not a qualifier."""
    places = places_of(places_pipeline, "Fighters overran a base in Springfield in Somalia's Hiran region, "
                                        "an elder said.")
    springfield = mention(places, "Springfield")
    # not the American town: placed only as precisely as the container the text names
    assert springfield["country"] == "SOM" and springfield["precision"] in ("country", "admin1")
    assert springfield["same_as"] is None and "not in the gazetteer" in springfield["why"]
    places = places_of(places_pipeline, "Jets struck positions north of Duhok, Turkey's defence ministry said.")
    assert mention(places, "Duhok")["country"] == "IRQ"


def test_georgia_the_state_among_us_places(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Trump won the battleground state of Georgia after carrying North "
                                        "Carolina, while Democrats in Atlanta conceded.")
    georgia = mention(places, "Georgia")
    assert (georgia["country"], georgia["feature"]) == ("USA", "admin1")


def test_towns_named_together_lie_together(places_pipeline: Pipeline) -> None:
    # each name alone is likelier elsewhere (Decatur, Illinois; DeKalb County, Alabama; Athens,
    # Greece); named together they are the neighbours in Georgia and in Ohio
    places = places_of(places_pipeline, "Police in Decatur said the man was later arrested in Avondale "
                                        "Estates. DeKalb County prosecutors will decide on charges.")
    assert {(p["admin1"], p["country"]) for p in places} == {("Georgia", "USA")}
    assert "near other places the article names" in mention(places, "Decatur")["why"]
    places = places_of(places_pipeline, "The fire started in a warehouse in Athens. Crews from Pomeroy and "
                                        "Meigs County helped.")
    assert (mention(places, "Athens")["admin1"], mention(places, "Athens")["country"]) == ("Ohio", "USA")
    # a region our alias table names stays the region among American places (not Middle East, Maryland)
    region = places_of(places_pipeline, "Officials in Washington and Baltimore met on Monday to discuss the Middle "
                                        "East and the war in Gaza.")
    assert mention(region, "Middle East")["feature"] == "region"
    # a name many times inside other names does not vouch for its own first reading ("Dublin City
    # Council" and "the Dublin Area Art League" do not make a story from Ohio Irish)
    dublin = places_of(places_pipeline, "Dublin City Council approved the budget on Monday. The Dublin Area Art "
                                        "League will receive a grant of $1,100, and the Dublin Singers will perform "
                                        "at the Dublin Community Recreation Center. Groups must be registered with "
                                        "the State of Ohio to apply. The council meets again in Dublin next month.")
    assert {(p["admin1"], p["country"]) for p in dublin} == {("Ohio", "USA")}
    # a lone name keeps its likeliest reading
    alone = places_of(places_pipeline, "The fire started in a warehouse in Athens.")
    assert mention(alone, "Athens")["country"] == "GRC"


def test_facilities(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Rockets struck Ain al-Asad air base in western Iraq, and a drone was "
                                        "downed near Baghdad airport. Aid trucks waited at the Rafah crossing "
                                        "while ships unloaded at the port of Hodeidah.")
    base = mention(places, "Ain al-Asad air base")
    assert base["feature"] == "airbase" and haversine_km(base["lat"], base["lon"], 33.79, 42.44) < 20
    airport = mention(places, "Baghdad airport")
    assert airport["name"] == "Baghdad International Airport" and airport["precision"] == "facility"
    assert mention(places, "Rafah crossing")["precision"] == "facility"
    port = mention(places, "port of Hodeidah")
    assert port["country"] == "YEM" and port["precision"] == "facility"


def test_spacy_person_tags_do_not_hide_places(places_pipeline: Pipeline) -> None:
    """The small model tags "al-Harir" as a person; the alias table knows better."""
    places = places_of(places_pipeline, "“There is no room for American bases, neither in al-Assad nor in "
                                        "al-Harir,” he said.")
    harir = mention(places, "al-Harir")
    assert harir["country"] == "IRQ" and haversine_km(harir["lat"], harir["lon"], 36.54, 44.35) < 20


def test_short_form_is_the_same_place(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Rockets hit the Ain al-Assad airbase in Anbar. Officials said "
                                        "there would be no bases, neither in al-Assad nor elsewhere.")
    first = mention(places, "Ain al-Assad airbase")
    again = [p for p in places if p["text"] == "al-Assad"]
    assert again and again[0]["same_as"] == first["id"]


def test_transliterations(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Missiles hit Arbil overnight, and fighting continued near Deir "
                                        "el-Zour and in Khan Younis.")
    assert haversine_km(mention(places, "Arbil")["lat"], mention(places, "Arbil")["lon"], 36.19, 44.01) < 30
    assert mention(places, "Deir el-Zour")["country"] == "SYR"
    assert mention(places, "Khan Younis")["country"] == "PSE"


def test_provinces(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Gunmen attacked a checkpoint in Anbar province, and jets struck "
                                        "sites in the provinces of Tehran, Khuzestan and Ilam.")
    anbar = mention(places, "Anbar province")
    assert (anbar["feature"], anbar["country"]) == ("admin1", "IRQ")
    tehran = mention(places, "Tehran")
    assert (tehran["feature"], tehran["country"]) == ("admin1", "IRN")


def test_regions(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Turkish jets struck targets in northern Iraq. Officials in Baghdad "
                                        "said attacks would increase in the west of the country.")
    north = mention(places, "northern Iraq")
    assert (north["precision"], north["country"]) == ("region", "IRQ")
    iraq_lat = 33.0
    assert north["lat"] > iraq_lat  # the north of the country, not its middle
    west = mention(places, "the west of the country")
    assert (west["precision"], west["country"]) == ("region", "IRQ")
    assert west["lon"] < 44.0


def test_lists_of_places(places_pipeline: Pipeline) -> None:
    """Names the model misses or calls people are places when listed with places."""
    places = places_of(places_pipeline, "Rebels swept into Damascus after taking Aleppo, Hama and Homs.")
    assert {"Damascus", "Aleppo", "Hama", "Homs"} <= {p["text"] for p in places}
    assert all(p["country"] == "SYR" for p in places)


def test_places_inside_names_of_institutions(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Filings at the Guernsey County Common Pleas Court rose, according to U.S. "
                                        "Census figures, and students at the University of Georgia noticed.")
    # the court is no place, but the county its name holds is (the model read the whole as a GPE)
    county = mention(places, "Guernsey County")
    assert (county["text"], county["admin1"], county["feature"]) == ("Guernsey County", "Ohio", "admin2")
    # a longer name no gazetteer has gives way to the places inside it
    babies = places_of(places_pipeline, "Volunteers with Babies of DeKalb County collected diapers in Sycamore, "
                                        "Illinois, on Saturday.")
    assert mention(babies, "DeKalb County")["text"] == "DeKalb County"
    assert mention(babies, "DeKalb County")["admin1"] == "Illinois"
    us = mention(places, "U.S.")
    assert (us["text"], us["country"], us["mention"]) == ("U.S.", "USA", "in_name")
    countries = places_of(places_pipeline, "The CEOs of Air France KLM and the African Union met, and Costco Canada "
                                           "recalled the product. He is the subject of a Canada-wide warrant.")
    assert [(p["text"], p["mention"]) for p in countries if p["country"] in ("FRA", "CAN")] == [
        ("France", "in_name"), ("Canada", "in_name"), ("Canada", "name")]
    georgia = mention(places, "Georgia")  # a given name too, but a state's and a country's first
    assert (georgia["text"], georgia["mention"]) == ("Georgia", "in_name")


def test_canadian_provinces_abbreviated_and_eras(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "She sold her home in Gatineau, Que., and moved to Winnipeg, Man., in 2019. "
                                        "The fort dates from 500 B.C. and stands near Kelowna, B.C., today.")
    assert [(p["text"], p["admin1"]) for p in places if p["feature"] == "admin1"] == [
        ("Que.", "Quebec"), ("Man.", "Manitoba"), ("B.C.", "British Columbia")]
    assert mention(places, "Gatineau")["country"] == "CAN"
    islands = places_of(places_pipeline, "He keeps horses on St. Croix in the U.S. Virgin Islands, and the U.S. "
                                         "Census counted them.")
    assert mention(islands, "U.S. Virgin Islands")["text"] == "U.S. Virgin Islands"
    assert mention(islands, "U.S. Virgin Islands")["country"] == "VIR"


def test_seats_of_government_as_places_not_speakers(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "The White House said on Monday that talks would continue. Reporters "
                                        "gathered at the White House for a dinner, and officials in the Pentagon "
                                        "declined to comment.")
    house = [p for p in places if p["text"] == "White House" and p["mention"] == "name"]
    # "The White House said" is the administration speaking; "at the White House" is the building
    assert len(house) == 1 and house[0]["start"] > 60 and house[0]["feature"] == "facility"
    assert abs(house[0]["lat"] - 38.9) < 0.1 and mention(places, "Pentagon")["country"] == "USA"


def test_datelines_with_a_colon(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Film festival opens\n\nMuscat: The tenth film festival opened on Sunday."
                                        "\n\nUpdate: The festival was extended.\n\nNew Delhi: The government said "
                                        "prices would fall.")
    assert [(p["text"], p["country"], p["mention"]) for p in places] == [
        ("Muscat", "OMN", "name"), ("New Delhi", "IND", "name")]


def test_an_institutions_town_after_its_name(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "The Permanent Secretary, Federal Ministry of Information Communication "
                                        "Technology, Abuja, Dr. Tunji Olaopa, has launched his book. The Vice "
                                        "Chancellor of the Federal University of Technology, Owerri (FUTO), spoke.")
    assert [(p["text"], p["country"]) for p in places] == [("Abuja", "NGA"), ("Owerri", "NGA")]


def test_names_of_people_works_and_venues_among_places(places_pipeline: Pipeline) -> None:
    # a small town of the name near the story's places does not make a person, a hall or a title a place
    cases = [
        ("The Martha Graham Dance Company returns to Carnegie Hall in New York on Friday, after a tour "
         "through Texas and Pennsylvania.", ("Graham", "Carnegie")),
        ("Judge Livingston said the case in Baton Rouge, Louisiana, would be heard in May. Livingston added "
         "that Denham Springs police had filed the report.", ("Livingston",)),
        ("“Industry” star Marisa Abela plays the singer, and the film opens in Pittsburgh and Harrisburg, "
         "Pennsylvania, on Friday.", ("Industry",)),
    ]
    for text, words in cases:
        places = places_of(places_pipeline, text)
        assert places and not [p for p in places if p["text"] in words], [p["text"] for p in places]
    # a county's office is the county, and the state beside it the US state
    fulton = places_of(places_pipeline, "Separately in Georgia, Judge Scott McAfee said he would need two weeks to "
                                        "consider whether to remove Fulton County District Attorney Fani Willis.")
    assert [(p["text"], p["admin1"], p["country"]) for p in fulton] == [
        ("Georgia", "Georgia", "USA"), ("Fulton County", "Georgia", "USA")]
    # an organisation newsgraph knows by name is not a town one of its alternate names matches
    hamas = places_of(places_pipeline, "He said someone from Hamas had called. Hamas fighters entered Re’im, "
                                       "Israel, on Saturday.")
    assert not [p for p in hamas if p["text"] == "Hamas"] and mention(hamas, "Israel")["country"] == "ISR"
    # a capital is not outvoted by a village of its name in the story's state
    madrid = places_of(places_pipeline, "Nino de los Reyes, a flamenco artist based in Madrid, comes to City Center "
                                        "in New York, after shows in Albany and Yonkers.")
    assert mention(madrid, "Madrid")["country"] == "ESP"


def test_english_counties_and_a_town_the_gazetteer_lacks_in_one(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "The mill in rural Cheshire draws visitors from Greater Manchester, and the "
                                        "walk starts at Hardwick, Derbyshire.")
    assert [(p["text"], p["country"]) for p in places if p["text"] in ("Cheshire", "Greater Manchester")] == [
        ("Cheshire", "GBR"), ("Greater Manchester", "GBR")]
    states = places_of(places_pipeline, "Critics of the Jewish state met in Rakhine state and Shan State, far from "
                                        "Islamic State fighters.")
    assert [p["text"] for p in states] == ["Rakhine state", "Shan State"]
    hardwick = mention(places, "Hardwick")  # not Hardwick, Massachusetts: placed at the county named
    assert (hardwick["country"], hardwick["precision"]) == ("GBR", "admin1")


def test_counties_by_their_first_word(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Voters in Clarke County and Oconee County will decide on the school tax "
                                        "in May. Clarke has more students than Oconee, and Jackson said the vote in "
                                        "Clarke would be close. Jackson's office disagreed.")
    bare = [p for p in places if p["text"] in ("Clarke", "Oconee")]
    assert len(bare) == 3 and {(p["feature"], p["admin1"]) for p in bare} == {("admin2", "Georgia")}
    assert not [p for p in places if p["text"] == "Jackson"]  # a person, not Jackson County


def test_provinces_and_destinations_the_model_calls_people(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Tamil Nadu on Saturday moved the Supreme Court against the Centre. "
                                        "He plans to move from Grant County to Nitro with his family.")
    assert (mention(places, "Tamil Nadu")["admin1"], mention(places, "Tamil Nadu")["country"]) == ("Tamil Nadu", "IND")
    # "the Centre" is India's government, not Burkina Faso's Centre region
    assert not [p for p in places if p["text"] == "Centre"]
    nitro = mention(places, "Nitro")  # the far end of "from <place> to"
    assert (nitro["admin1"], nitro["country"]) == ("West Virginia", "USA")


def test_people_and_nationalities_are_not_places(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Jordan Bardella told supporters in Paris that France would act. "
                                        "Congressman Jim Jordan of Ohio said the Iraqi and Syrian delegations "
                                        "had left. Jordan said he would vote no.")
    texts = [p["text"] for p in places if p["mention"] == "name"]
    assert "Jordan" not in texts and "Iraqi" not in texts and "Syrian" not in texts
    assert {"Paris", "France", "Ohio"} <= set(texts)
    # the nationality words are kept apart, as mentions of their countries
    assert {(p["text"], p["country"]) for p in places if p["mention"] == "demonym"} == {("Iraqi", "IRQ"),
                                                                                         ("Syrian", "SYR")}
    assert "Jordan" not in [p["text"] for p in places]


def test_capitals_standing_for_governments(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Washington said it would send more aid, and Moscow's defence "
                                        "ministry denied the report. Protesters marched in Washington.")
    texts = [(p["text"], p["start"]) for p in places if p["mention"] == "name"]
    assert [t for t, _ in texts].count("Washington") == 1  # the march, not the statement
    assert "Moscow" not in [t for t, _ in texts]
    talks = places_of(places_pipeline, "Iraqi officials in Baghdad said talks with Washington would resume soon.")
    assert [p["text"] for p in talks if p["mention"] == "name"] == ["Baghdad"]
    backed = places_of(places_pipeline, "Iran-backed militias fired rockets at a base in Syria on Sunday, officials "
                                        "said.")  # Iran backs: its state, not where the rockets flew
    assert [(p["text"], p["mention"]) for p in backed] == [("Iran", "metonym"), ("Syria", "name")]


def test_unresolvable_mention_keeps_null_coordinates(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Troops raided the Xalqobrah refugee camp on Tuesday, witnesses said.")
    camp = mention(places, "Xalqobrah refugee camp")
    assert camp["lat"] is None and camp["lon"] is None and camp["country"] is None


def test_unknown_place_is_put_at_the_place_the_text_puts_it_in(places_pipeline: Pipeline) -> None:
    """A camp or town no gazetteer has, placed at its container, with that precision — and never
    the same place as the container."""
    places = places_of(places_pipeline, "Troops raided the Xalqobrah refugee camp near Jenin in the West Bank.")
    camp, jenin = mention(places, "Xalqobrah refugee camp"), mention(places, "Jenin")
    assert haversine_km(camp["lat"], camp["lon"], jenin["lat"], jenin["lon"]) < 30 and camp["country"] == "PSE"
    assert camp["name"] == "Xalqobrah refugee camp" and camp["precision"] == "city" and camp["same_as"] is None
    town = mention(places_of(places_pipeline, "Rebels took the town of Qorvantal in Chin state on Monday."),
                   "Qorvantal")
    assert (town["country"], town["admin1"], town["precision"]) == ("MMR", "Chin", "admin1")
    south = mention(places_of(places_pipeline, "Jets struck near the southern Lebanese town of Qorvantal."),
                    "Qorvantal")
    assert south["country"] == "LBN" and south["precision"] == "region"
    lebanon = places_of(places_pipeline, "Officials in Lebanon said the talks would resume on Monday.")[0]
    assert south["lat"] < lebanon["lat"]  # the southern part
    assert mention(places_of(places_pipeline, "Shells fell on the Yemeni capital Sanaa."), "Sanaa")["country"] == "YEM"


def test_registered_and_checked_by_spacy(places_pipeline: Pipeline) -> None:
    assert "ng_places" in places_pipeline.nlp.pipe_names
    assert not any(places_pipeline.nlp.analyze_pipes()["problems"].values())


# -- store, map, command line ------------------------------------------------------------------------


def test_store_rows_and_idempotent_saves(make_store: Any, seed_record: dict[str, Any]) -> None:
    store = make_store()
    assert store.save(seed_record)[0] == "added"
    rows = store.places(seed_record["id"])
    assert len(rows) == len(seed_record["places"])
    for row in rows:
        assert seed_record["text"][row.start:row.end] == row.text
    # the mention kind survives the store (migration 0009)
    assert [r.mention for r in rows] == [p["mention"] for p in seed_record["places"]]
    assert {"name", "demonym"} <= {r.mention for r in rows}
    times = store.times(seed_record["id"])
    assert [t.time_id for t in times] == [t["id"] for t in seed_record["times"]]
    assert store.save(seed_record)[0] == "unchanged"
    assert len(store.places()) == len(rows) and len(store.times()) == len(times)
    assert store.places("art_0000000000000000") == []


def test_resave_replaces_rows(make_store: Any, seed_record: dict[str, Any]) -> None:
    """Writing an article's rows again (a re-analysis) leaves one row per fact."""
    from newsgraph.store import _places

    store = make_store()
    store.save(seed_record)
    db = store._db  # the hook itself, as Store.save calls it
    _places.save_places_times(db, seed_record)
    _places.save_places_times(db, seed_record)
    assert len(store.places(seed_record["id"])) == len(seed_record["places"])


def test_geojson_collection(seed_record: dict[str, Any]) -> None:
    collection = places_collection([seed_record])
    assert collection["type"] == "FeatureCollection"
    named = [p for p in seed_record["places"] if p["mention"] == "name"]  # "Iraqi" is no point on a map
    resolved = [p for p in named if p["lat"] is not None]
    assert sum(f["properties"]["mentions"] for f in collection["features"]) == len(resolved)
    assert collection["unresolved"] == len(named) - len(resolved)
    iraq = next(f for f in collection["features"] if f["properties"]["name"] == "Iraq")
    lon, lat = iraq["geometry"]["coordinates"]
    assert haversine_km(lat, lon, 33.0, 44.0) < 161  # [lon, lat], as RFC 7946 says
    for ev in iraq["properties"]["evidence"]:
        assert seed_record["text"][ev["start"]:ev["end"]] == ev["text"] and ev["article"] == seed_record["id"]
    assert iraq["properties"]["articles"] == [seed_record["id"]]


def test_feature_for_one_fact() -> None:
    fact = {"id": "pl_0_4", "start": 0, "end": 4, "text": "Iraq", "name": "Iraq", "feature": "country",
            "lat": 33.0, "lon": 44.0, "country": "IRQ"}
    feature = feature_for(fact, "art_1", role="event location")
    assert feature is not None and feature["geometry"]["coordinates"] == [44.0, 33.0]
    assert feature["properties"]["role"] == "event location"
    assert feature_for({**fact, "lat": None, "lon": None}) is None


def test_cli_places_and_geojson_export(make_store: Any, seed_record: dict[str, Any], tmp_path: Any) -> None:
    store = make_store("cli.db")
    store.save(seed_record)
    db = str(store.path)
    runner = CliRunner()
    table = runner.invoke(cli, ["places", "--db", db, "--article", seed_record["id"][:10]])
    assert table.exit_code == 0, table.output
    named = [p for p in seed_record["places"] if p["mention"] == "name"]
    assert "Al Asad Air Base" in table.output and f"{len(named)} place mention(s)" in table.output
    assert "“Iraqi” (demonym)" not in table.output
    every = runner.invoke(cli, ["places", "--db", db, "--article", seed_record["id"][:10], "--all-mentions"])
    assert f"{len(seed_record['places'])} place mention(s)" in every.output and "“Iraqi” (demonym)" in every.output
    geo = runner.invoke(cli, ["places", "--db", db, "--geojson"])
    assert geo.exit_code == 0 and json.loads(geo.output)["type"] == "FeatureCollection"
    out = tmp_path / "places.geojson"
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "geojson", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    assert json.loads(out.read_text("utf-8")) == collection([seed_record])
    missing = runner.invoke(cli, ["places", "--db", db, "--article", "art_nothere00"])
    assert missing.exit_code == 1


def test_events_on_the_map_are_where_they_happened() -> None:
    record = analyze("An Israeli air strike on a house in the town of Nabatieh killed two Hezbollah members "
                     "on Monday, security sources in Lebanon said.", published="2024-08-07")
    located = events_collection([record])
    assert located["features"], record["events"]
    feature = located["features"][0]
    props = feature["properties"]
    assert props["event_type"] == "ASSAULT" and props["country"] == "LBN" and props["actors"] == ["Israel"]
    lon, lat = feature["geometry"]["coordinates"]
    assert haversine_km(lat, lon, 33.38, 35.48) < 20  # Nabatieh
    evidence = props["evidence"][0]
    assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"] == "Nabatieh"
    both = collection([record])
    assert len(both["features"]) == len(places_collection([record])["features"]) + len(located["features"])


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The mayor of Kiryat Shmona visited the damaged school on Monday near the Lebanese border.",
     "Kiryat Shmona", "ISR"),
    ("Residents of Kafr Nabl said the market was hit twice in one week.", "Kafr Nabl", "SYR"),
    ("Rockets hit Kiryat Shmona on Monday morning, the army said.", "Kiryat Shmona", "ISR"),
    ("A drone struck the Baiji oil terminal, officials said.", "Baiji oil terminal", "IRQ"),
    ("Russia annexed the Kherson and Zaporizhzhia regions in 2022.", "Kherson", "UKR"),
    ("Russia annexed the Kherson and Zaporizhzhia regions in 2022.", "Zaporizhzhia", "UKR"),
    ("The ferry sank off the coast of Lampedusa, the Italian coast guard said.", "Lampedusa", "ITA"),
    ("Fighters captured the town of Kidal on Tuesday, according to local officials.", "Kidal", "MLI"),
    ("Strikes hit a house in the Gaza Strip's Khan Younis, medics said.", "Khan Younis", "PSE"),
])
def test_a_town_whose_name_is_its_own_in_a_place_context(text: str, name: str, country: str) -> None:
    found = {p["text"]: p for p in analyze(text, published="2024-05-01")["places"]}
    assert name in found and found[name]["country"] == country, found



def test_a_compass_part_of_a_country_stops_at_its_name() -> None:
    found = {p["text"]: p for p in analyze("Drone attacks hit the south of Lebanon overnight, the army said on "
                                           "Tuesday.", published="2024-05-01")["places"]}
    assert "the south of Lebanon" in found and found["the south of Lebanon"]["country"] == "LBN"
    assert found["the south of Lebanon"]["lat"] is not None


def test_names_inside_names_and_one_sense_per_article(places_pipeline: Pipeline) -> None:
    """A town inside an organisation's name is a mention of it (kept apart); a name placed once
    is that place wherever it stands alone later; a dateline in capitals is a place."""
    places = places_of(places_pipeline, "MANSFIELD, Ohio — The Mansfield Police Department said a man was held "
                                        "on Friday. Mansfield has had three such cases this year.")
    dateline = mention(places, "MANSFIELD")
    assert (dateline["name"], dateline["admin1"], dateline["mention"]) == ("Mansfield", "Ohio", "name")
    in_name = mention(places, "Mansfield", 0)
    assert in_name["mention"] == "in_name" and in_name["admin1"] == "Ohio"
    later = mention(places, "Mansfield", 1)
    assert later["mention"] == "name" and later["admin1"] == "Ohio"


def test_counties_and_local_us_news(places_pipeline: Pipeline) -> None:
    """US local news names counties and parishes, and towns whose names are also famous abroad:
    the states named settle which ones."""
    places = places_of(places_pipeline, "Deputies in Barrow County, Georgia, arrested two men on Friday. "
                                        "The men were taken to the jail in Athens, officials in Clarke County said.")
    barrow = mention(places, "Barrow County")
    assert (barrow["feature"], barrow["admin1"], barrow["country"]) == ("admin2", "Georgia", "USA")
    assert mention(places, "Athens")["country"] == "USA"
    assert mention(places, "Clarke County")["admin1"] == "Georgia"
    # a country's name is the country, not a small town named after it
    assert mention(places_of(places_pipeline, "Officials in Texas said the shipment came from Mexico."),
                   "Mexico")["feature"] == "country"


def test_home_towns_and_county_lists(places_pipeline: Pipeline) -> None:
    """Local news: "an Alexandria man", "Sachs of Alexandria", "Becker, Clay and Wilkin counties"."""
    places = places_of(places_pipeline, "An Alexandria man remains in hospital. Steven Sachs of Alexandria, "
                                        "Minnesota, was driving. Water covers roads in Becker, Clay and Wilkin "
                                        "counties, Minnesota officials said.")
    assert [p["admin1"] for p in places if p["text"] == "Alexandria"] == ["Minnesota", "Minnesota"]
    clay = mention(places, "Clay")
    assert (clay["name"], clay["feature"], clay["admin1"]) == ("Clay County", "admin2", "Minnesota")
    # a big city is meant before the province named after it
    assert mention(places_of(places_pipeline, "Fighting continued in Basra on Monday, officials said."),
                   "Basra")["feature"] == "city"


def test_a_town_before_counties_is_the_town_the_counties_surround(places_pipeline: Pipeline) -> None:
    """ "the four metro Athens counties" are the counties around Athens, Georgia — not Athens County,
    Ohio; a county's name before the plural closes a list ("Oconee and Oglethorpe counties", "from
    Ellsworth to Riley counties")."""
    places = places_of(places_pipeline, "The unemployment rate for the four metro Athens counties rose in February. "
                                        "The rate for the metro area - Clarke, Madison, Oconee and Oglethorpe "
                                        "counties - stayed below the state's.")
    athens = mention(places, "Athens")
    assert (athens["feature"], athens["admin1"]) == ("city", "Georgia")
    assert (mention(places, "Oglethorpe")["feature"], mention(places, "Oglethorpe")["admin1"]) == ("admin2", "Georgia")
    places = places_of(places_pipeline, "Storms overturned trucks from Ellsworth to Riley counties, the Kansas Highway "
                                        "Patrol said.")
    assert (mention(places, "Riley")["name"], mention(places, "Riley")["feature"]) == ("Riley County", "admin2")


def test_a_towns_own_name_repeated_in_its_institutions(places_pipeline: Pipeline) -> None:
    """ "the New Concord Reservoir … the Friends of the New Concord Reservoir and the New Concord Area
    Arts and Recreation District": a small town of two words, the one place so called, that the
    story keeps naming is the story's town, though only inside its institutions' names; named once
    inside another name, it stays part of that name."""
    text = ("Members of the Muskingum College football team helped clean the New Concord Reservoir area Saturday. "
            "The event was sponsored by the Friends of the New Concord Reservoir and the New Concord Area Arts and "
            "Recreation District.")
    towns = [p for p in places_of(places_pipeline, text) if p["text"] == "New Concord"]
    assert len(towns) == 3 and all(p["admin1"] == "Ohio" for p in towns), towns
    once = places_of(places_pipeline, "Donations to the New Concord Area Arts District rose, the board said.")
    assert all(p["text"] != "New Concord" for p in once), once


def test_a_name_read_twice_as_one_town_is_that_town_where_it_stands_alone(places_pipeline: Pipeline) -> None:
    """ "the board in Shiloh" twice, each read as Shiloh, Illinois without much margin: the
    headline's "Shiloh ponders change" and "Shiloh currently has" are that town too (one sense per
    story), though neither alone says "place"."""
    text = ("Shiloh ponders change. HUME – Principal Jane Doe told the board in Shiloh that costs were rising. "
            "Sending Shiloh students to the center is expensive, she said. Shiloh currently has four students "
            "there. The board in Shiloh will vote in May.")
    shiloh = [p for p in places_of(places_pipeline, text) if p["text"] == "Shiloh"]
    assert [p["start"] for p in shiloh][:1] == [0] and len(shiloh) == 5, shiloh
    assert {p["admin1"] for p in shiloh} == {"Illinois"}


def test_a_small_town_listed_with_its_neighbour(places_pipeline: Pipeline) -> None:
    """ "fire crews from Hornsey, Stoke Newington and Walthamstow fire stations" (the model's one
    organisation): Hornsey, a small district, is a place — the list ends with a town beside it; a
    list ending with a town far away vouches for nothing ("Hornsey, Jones and Boston")."""
    text = ("Eight fire engines attended together with fire crews from Hornsey, Stoke Newington and Walthamstow "
            "fire stations, London Fire Brigade said.")
    hornsey = mention(places_of(places_pipeline, text), "Hornsey")
    assert (hornsey["admin1"], hornsey["country"]) == ("Haringey", "GBR"), hornsey
    far = places_of(places_pipeline, "The lawyers of Hornsey, Jones and Boston Partners said the firm had grown.")
    assert all(p["text"] != "Hornsey" for p in far), far


def test_people_of_a_camp_and_a_citys_abbreviation(places_pipeline: Pipeline) -> None:
    """ "Residents of the Jenin camp": the camp, not a name "Residents of the Jenin camp"; a headline's
    "Phila." is Philadelphia, as "L.A." is Los Angeles."""
    camp = places_of(places_pipeline, "The families fled in 1948. Residents of the Jenin camp are descendants of "
                                      "the Palestinians who fled, officials said.")
    assert [(p["text"], p["country"]) for p in camp if "Jenin" in p["text"]] == [("Jenin camp", "PSE")], camp
    phila = mention(places_of(places_pipeline, "Phila. officer charged with drug dealing. The officer was "
                                               "arrested on Monday, police said."), "Phila")
    assert (phila["name"], phila["admin1"]) == ("Philadelphia", "Pennsylvania")


def test_a_british_court_is_named_after_its_town(places_pipeline: Pipeline) -> None:
    """ "Kingston Crown Court", "Snaresbrook Crown Court": courts of England and Wales are named after
    their towns — Kingston upon Thames, not Jamaica's capital; a Jamaican story's Kingston stays there."""
    court = mention(places_of(places_pipeline, "After the victim gave evidence at Kingston Crown Court, the men "
                                               "pleaded guilty. He was jailed for three years."), "Kingston")
    assert (court["name"], court["country"]) == ("Kingston upon Thames", "GBR"), court
    jamaica = mention(places_of(places_pipeline, "Protesters marched in Kingston on Monday, Jamaican police said."),
                      "Kingston")
    assert jamaica["country"] == "JAM", jamaica


def test_a_police_department_makes_a_town_and_a_brand_no_place(places_pipeline: Pipeline) -> None:
    """ "Berea police … the Berea Police Department": a town's own body says the name is a town's,
    so it is not Lesotho's Berea district (the story names no state to say which Berea: none is
    claimed); "a Milwaukee brand hammer drill" is a maker's name, not a place in the story."""
    places = places_of(places_pipeline, "Berea police are searching for a suspect. Berea Police Department spokesman "
                                        "Capt. Ken Clark said the victim was hurt.")
    assert not any(p["country"] == "LSO" for p in places)
    places = places_of(places_pipeline, "A thief stole tools from the Richmond public works department, including a "
                                        "Milwaukee brand hammer drill and two Stihl chainsaws, police in Richmond, "
                                        "Kentucky said.")
    assert not any(p["text"] == "Milwaukee" for p in places)
    assert {p["admin1"] for p in places if p["text"] == "Richmond"} == {"Kentucky"}


def test_states_abbreviations_and_regions_of_the_uk(places_pipeline: Pipeline) -> None:
    """A state named in a US story is the state, not a town named after it; letters are not
    names; a compass name abroad is not a province of another country; the EU is Europe."""
    places = places_of(places_pipeline, "Officials in Salem, Oregon, said wildfires in Oregon had spread, "
                                        "and crews from Washington, D.C., flew to the West Coast.")
    assert [p["feature"] for p in places if p["text"] == "Oregon"] == ["admin1", "admin1"]
    assert "D" not in [p["text"] for p in places]
    assert "West Coast" not in [p["text"] for p in places if p["country"] not in ("USA", None)]
    wales = mention(places_of(places_pipeline, "Flooding closed roads across Wales on Sunday, police said."),
                    "Wales")
    assert (wales["name"], wales["country"]) == ("Wales", "GBR")
    eu = mention(places_of(places_pipeline, "Farmers protested across the EU on Monday, officials said."), "EU")
    assert eu["name"] == "Europe"


def test_state_abbreviations_alone_datelines_after_a_headline_and_continents(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Flood warnings issued . TORRINGTON - Schools in W.Va. closed and S.C. "
                                        "lawmakers met, as European ministers and the African Union talked.")
    assert mention(places, "TORRINGTON")["name"] == "Torrington"
    assert (mention(places, "W.Va.")["name"], mention(places, "S.C.")["name"]) == ("West Virginia", "South Carolina")
    european = mention(places, "European")
    assert (european["name"], european["mention"]) == ("Europe", "demonym")
    assert "Union" not in [p["text"] for p in places]  # the African Union's "Union" is no town


def test_lists_acronyms_surnames_and_capitals(places_pipeline: Pipeline) -> None:
    """A country in a list takes no qualifier; acronyms and surnames are not towns; generic words
    are no town's other name."""
    places = places_of(places_pipeline, "The plan was rejected by the United States, Germany, Britain, and others. "
                                        "Roberta Kaplan represented E. Jean Carroll; a verdict in Kaplan and "
                                        "Carroll's case followed. NATO met in Brussels.")
    assert mention(places, "Germany")["country"] == "DEU"
    texts = [p["text"] for p in places]
    assert "Kaplan" not in texts and "Carroll" not in texts and "NATO" not in texts
    slogan = places_of(places_pipeline, "Protesters in London chanted From the River to the Sea on Saturday.")
    assert "River" not in [p["text"] for p in slogan]


def test_words_the_model_calls_places_and_buildings_in_towns(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Walk through the woodland to the lake. Speaker Mike Johnson (R., La.) "
                                        "spoke after a man set himself on fire outside the Israeli Embassy in "
                                        "Washington, D.C., police said.")
    texts = [p["text"] for p in places]
    assert "woodland" not in texts
    assert mention(places, "La.")["name"] == "Louisiana"
    embassy = mention(places, "Israeli Embassy")
    assert (embassy["admin1"], embassy["country"], embassy["same_as"]) == ("District of Columbia", "USA", None)


def test_an_outlets_home_country_settles_a_town_named_in_two_countries() -> None:
    page = ("<html><head><title>Protest</title></head><body><p>Protesters gathered in Perth on Saturday, "
            "police said.</p></body></html>")
    scottish = analyze(page, url="https://www.heraldscotland.co.uk/news/protest")
    australian = analyze(page, url="https://www.smh.com.au/national/protest")
    assert mention(scottish["places"], "Perth")["country"] == "GBR"
    assert mention(australian["places"], "Perth")["country"] == "AUS"


def test_local_news_home_towns_of_politicians_and_offices(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Rep. Wendell Gilliard, D-Charleston, objected. The Guernsey County "
                                        "Sheriff's Office reported calls, said Amstutz, of Wooster, Ohio.")
    assert mention(places, "Charleston")["country"] == "USA"
    assert mention(places, "Guernsey County")["feature"] == "admin2"
    assert mention(places, "Wooster")["admin1"] == "Ohio"


def test_datelines_without_spaces_counties_of_delegates_and_area_compounds(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Budget approved . FALLS VILLAGE—The board met. Leader Brent Boggs, "
                                        "D-Braxton, spoke, and 41 percent of Atlanta-area calls were for help.")
    assert mention(places, "FALLS VILLAGE")["name"] == "Falls Village"
    assert mention(places, "Braxton")["name"] == "Braxton County"
    assert mention(places, "Atlanta")["country"] == "USA"
    # "Iran-backed" is the state backing them, not where anything is
    backed = places_of(places_pipeline, "Iran-backed militias fired rockets at a base on Sunday, officials said.")
    assert [(p["text"], p["mention"]) for p in backed] == [("Iran", "metonym")]


def test_holidays_are_not_towns(places_pipeline: Pipeline) -> None:
    places = places_of(places_pipeline, "Shoppers crowded Christmas markets in Gainesville, Texas, on Saturday.")
    assert "Christmas" not in [p["text"] for p in places]
    assert mention(places, "Gainesville")["admin1"] == "Texas"


def test_hyphenated_places_abbreviated_saints_and_names_before_a_comma(places_pipeline: Pipeline) -> None:
    """ "Fargo-Moorhead" is two towns, "Russia-Turkey ties" two countries, "Northbrook-based" a
    town; "St. Cloud" one name; a home town before ", said" is no speaker; "Madison" listed
    before "counties" is a county although it is a given name; a region of a continent is the
    region."""
    places = places_of(places_pipeline, "The river will crest at 39 feet in Fargo-Moorhead on Friday, officials "
                                        "in North Dakota said. He was moved to St. Cloud Hospital.")
    assert mention(places, "Fargo")["admin1"] == "North Dakota"
    assert mention(places, "Moorhead")["admin1"] == "Minnesota"
    assert mention(places, "St. Cloud")["admin1"] == "Minnesota"
    ties = places_of(places_pipeline, "Putin called it an attempt to damage Russia-Turkey ties.")
    assert sorted(p["country"] for p in ties) == ["RUS", "TUR"]
    # a person's hyphenated name and a hyphenated word that is no place stay out
    assert places_of(places_pipeline, "Abdel-Wahed Al-Sayed and Jean-Marie Dupont scored twice.") == []
    home = places_of(places_pipeline, "Her sister, Kalena Horhn of Grand Prairie, Texas, said she remembers it.")
    assert mention(home, "Grand Prairie")["admin1"] == "Texas"
    based = places_of(places_pipeline, "Officials for Northbrook-based Crate & Barrel in Illinois said so.")
    assert mention(based, "Northbrook")["admin1"] == "Illinois"
    counties = places_of(places_pipeline, "School boards in Barrow, Jackson and Madison counties in Georgia "
                                          "tweaked their policies.")
    madison = mention(counties, "Madison")
    assert (madison["name"], madison["admin1"]) == ("Madison County", "Georgia")
    africa = places_of(places_pipeline, "Peacekeepers have a poor record in Sub-Saharan Africa and West Africa.")
    assert [p["name"] for p in africa] == ["Sub-Saharan Africa", "West Africa"]


def test_datelines_after_the_date_and_torn_entities(places_pipeline: Pipeline) -> None:
    """A dateline in capitals right after the story's date or a closing quotation, or opening the
    text before its first sentence; the model's "the Village of" is no place, the village after it is."""
    places = places_of(places_pipeline, "By Vickie Welborn, March 24, 2009 MANSFIELD -- Mayor Curtis McCoy wants "
                                        "the Louisiana town to grow.")
    assert mention(places, "MANSFIELD")["admin1"] == "Louisiana"
    detroit = places_of(places_pipeline, "DETROIT The U.S. Transportation Department on Wednesday proposed rules.")
    assert mention(detroit, "DETROIT")["admin1"] == "Michigan"
    # (and after a quotation closing the story before: '… driving." ST. JOHN'S, N.L. -')
    quoted = places_of(places_pipeline, 'The driver was arrested for impaired driving." ST. JOHN\'S, N.L. - The 17 '
                                        'victims of a helicopter crash were remembered on Sunday.')
    assert mention(quoted, "ST. JOHN'S")["admin1"] == "Newfoundland and Labrador"
    village = places_of(places_pipeline, "Phase one had been in the Village of Glen Carbon's budget, the State of "
                                         "Illinois said.")
    assert [p["text"] for p in village if p["name"] == "Glen Carbon"] == ["Glen Carbon"]
    assert not any(p["text"].endswith(" of") for p in village)


def test_a_capitals_namesake_vouched_for_by_local_places(places_pipeline: Pipeline) -> None:
    """A capital's standing gives way to a namesake in the article's country that its other places
    vouch for ("the Athens Police Department … the Henderson County Jail" is Athens, Texas), but not
    to a namesake abroad ("Rome" in a British story stays in Italy); a county's or parish's office
    is no district of its own ("Rapides Parish Fire District 2")."""
    athens = places_of(places_pipeline, "The Athens Police Department arrested a man Monday. He was arraigned at "
                                        "the Henderson County Jail on Tuesday.")
    assert mention(athens, "Athens")["admin1"] == "Texas"
    rome = places_of(places_pipeline, "Doctors in Liverpool, northern England, said the boy could not be moved to "
                                      "the Bambino Gesu hospital in Rome.")
    assert mention(rome, "Rome")["country"] == "ITA"
    parish = places_of(places_pipeline, "Both the Sheriff's Office and Rapides Parish Fire District 2 investigated "
                                        "the fire in Alexandria.")
    assert [p["name"] for p in parish] == ["Rapides Parish", "Alexandria"]
    assert mention(parish, "Alexandria")["admin1"] == "Louisiana"


def test_streets_named_after_towns_and_a_province_is_no_witness_for_itself(places_pipeline: Pipeline) -> None:
    """ "North Nokomis Street" names a street, not Nokomis; a province read in the first round does
    not count as "its country named in the same sentence" for its own reading."""
    streets = places_of(places_pipeline, "A crash at the intersection of North Nokomis Street and Darling Avenue "
                                         "in Alexandria, Minnesota. He lives on Dublin Road in Fargo.")
    assert [p["name"] for p in streets if p["feature"] != "street"] == ["Alexandria", "Minnesota", "Fargo"]
    # the streets themselves are placed at their towns
    assert [(p["name"], p["admin1"]) for p in streets if p["feature"] == "street"] == [
        ("North Nokomis Street", "Minnesota"), ("Darling Avenue", "Minnesota"), ("Dublin Road", "North Dakota")]
    nelson = mention(places_of(places_pipeline, "James Tauber of Nelson was driving a Dodge Caravan."), "Nelson")
    assert "same sentence" not in nelson["why"]
    # a body named after a state's roads is the state's: "the Massachusetts Turnpike Authority"
    board = places_of(places_pipeline, "The five-member board of the Massachusetts Turnpike Authority is scheduled "
                                       "to meet in Boston on Tuesday.")
    assert mention(board, "Massachusetts")["feature"] == "admin1"


def test_one_small_town_abroad_makes_no_focus_and_datelines_name_towns(places_pipeline: Pipeline) -> None:
    """A lone small town read abroad ("east of Hampton Park", a park here and a suburb of Melbourne
    in the gazetteer) does not make the story Australian for the city it names three times; a
    dateline in capitals names a town, not the country of that name, when the story is elsewhere;
    "Columbia State" (a college) is not the District of Columbia."""
    places = places_of(places_pipeline, "A body was found Sunday in a parked vehicle on Francis Street in "
                                        "Charleston. Charleston police are investigating. Francis Street runs "
                                        "east of Hampton Park in Charleston.")
    assert {p["admin1"] for p in places if p["text"] == "Charleston"} == {"South Carolina"}
    malta = places_of(places_pipeline, "College hosts annual book sale. MALTA – About 5,000 books are stacked near "
                                       "the library of the college in DeKalb County, Illinois.")
    assert (mention(malta, "MALTA")["country"], mention(malta, "MALTA")["admin1"]) == ("USA", "Illinois")
    beirut = places_of(places_pipeline, "LEBANON — Officials in Beirut said the talks would go on.")
    assert mention(beirut, "LEBANON")["feature"] == "country"
    college = places_of(places_pipeline, "The Columbia State Lyceum Committee presented a lecture on Monday.")
    assert not any(p["name"] == "District of Columbia" for p in college)


def test_local_news_datelines_delegates_counties_and_state_people(places_pipeline: Pipeline) -> None:
    """ "HURRICANE, W.Va. -" and "DeKALB –" are datelines; "D-McDowell." a delegate's county at a
    sentence end; "Cooke, Grayson and Love counties" counties
    no town shares a name with; a state inside "Northern Illinois University"; "Ohioans" and "West
    Virginians" their states (not "The Oregonian", a newspaper)."""
    places = places_of(places_pipeline, "Two teenagers found. HURRICANE, W.Va. - Officers searched the woods.")
    assert mention(places, "HURRICANE")["admin1"] == "West Virginia"
    dekalb = places_of(places_pipeline, "Clean-up. DeKALB – Residents met. Northern Illinois University students "
                                        "volunteered.")
    assert mention(dekalb, "DeKALB")["admin1"] == "Illinois"
    assert mention(dekalb, "Illinois")["feature"] == "admin1"
    delegates = places_of(places_pipeline, "The bill was backed by Linda Sumner, R-Raleigh; and Clif Moore, "
                                           "D-McDowell. It passed in West Virginia.")
    assert mention(delegates, "McDowell")["name"] == "McDowell County"
    counties = places_of(places_pipeline, "Girls from Cooke, Grayson and Love counties will compete in Gainesville, "
                                          "Texas.")
    assert [p["name"] for p in counties[:3]] == ["Cooke County", "Grayson County", "Love County"]
    people = places_of(places_pipeline, "The drill prepares Ohioans for tornado season, West Virginians said, as "
                                        "The Oregonian reported.")
    assert [(p["text"], p["name"], p["mention"]) for p in people] == [
        ("Ohioans", "Ohio", "demonym"), ("West Virginians", "West Virginia", "demonym")]


def test_a_compass_word_is_part_of_the_name(places_pipeline: Pipeline) -> None:
    """ "North Potomac" is North Potomac, not Potomac (which GeoNames also calls so among its other
    names); "New Albany" is not a town listing it among its alternates."""
    places = places_of(places_pipeline, "He grew up in North Potomac and later moved to New Albany, where he works.")
    assert [p["name"] for p in places] == ["North Potomac", "New Albany"]
    # Potomac is no rival: the only candidate left, so the fact is sure of it
    assert (mention(places, "North Potomac")["candidates"], mention(places, "North Potomac")["confidence"]) == (1, 0.9)


def test_rivers_mountains_parks_and_regional_adjectives(places_pipeline: Pipeline) -> None:
    """Natural features and landmarks the packaged gazetteers lack come from the alias table;
    "Middle Eastern", "South East Asian", "Latin American" and "English" are their regions (not
    the United States of "American", not the United Kingdom for "English")."""
    places = places_of(places_pipeline, "Floods on the Cauvery and the Mississippi River hit towns; troops moved "
                                        "into the Nuba Mountains. Protesters filled Tahrir Square.")
    assert [(p["name"], p["feature"]) for p in places] == [
        ("Cauvery", "water"), ("Mississippi River", "water"), ("Nuba Mountains", "region"),
        ("Tahrir Square", "facility")]
    assert mention(places, "Tahrir Square")["country"] == "EGY"
    # A river's point is its mouth, as GeoNames and Wikipedia give it (the corpora's gold follows):
    # the Mississippi's delta below New Orleans, not Memphis; the Cauvery's at Poompuhar.
    river = mention(places, "Mississippi River")
    assert haversine_km(river["lat"], river["lon"], 29.95, -90.07) < 161  # New Orleans
    cauvery = mention(places, "Cauvery")
    assert haversine_km(cauvery["lat"], cauvery["lon"], 11.14, 79.86) < 60
    adjectives = places_of(places_pipeline, "Middle Eastern and South East Asian leaders met Latin American envoys "
                                            "and English fans.")
    assert [(p["text"], p["name"]) for p in adjectives] == [
        ("Middle Eastern", "Middle East"), ("South East Asian", "Southeast Asia"),
        ("Latin American", "Latin America"), ("English", "England")]
    assert all(p["mention"] == "demonym" for p in adjectives)
    # a province's or territory's people: "Chechen fighters" (Russia's province), "South Ossetian
    # separatists", "an independent Basque homeland" — but "in Catalan" is a language
    peoples = places_of(places_pipeline, "Chechen fighters joined South Ossetian separatists. ETA fought for an "
                                         "independent Basque homeland. The leaflet was printed in Catalan.")
    assert [(p["text"], p["country"], p["feature"]) for p in peoples] == [
        ("Chechen", "RUS", "admin1"), ("South Ossetian", "GEO", "region"), ("Basque", "ESP", "admin1")]


def test_parts_of_a_continent_named_once_and_provinces_after_a_town(places_pipeline: Pipeline) -> None:
    """ "Central and South America", "Eastern and Southern Europe": both parts, the first looked up
    with the continent's name; "Barangays of Santa Maria, Davao del Sur" (the model's one
    organisation): the province after the town and its comma is a mention of the province."""
    parts = places_of(places_pipeline, "Species in the jungles of Central and South America are at risk. The main "
                                       "markets are the Netherlands and Eastern and Southern Europe.")
    assert [(p["text"], p["name"]) for p in parts if p["feature"] == "region"] == [
        ("Central", "Central America"), ("South America", "South America"), ("Eastern", "Eastern Europe"),
        ("Southern Europe", "Southern Europe")]
    province = places_of(places_pipeline, "Meanwhile, in eight Barangays of Santa Maria, Davao del Sur, in Mindanao, "
                                          "at least 50 pigs died since December.")
    assert mention(province, "Davao del Sur")["feature"] == "admin1"


def test_englands_regions_and_the_french_quarter(places_pipeline: Pipeline) -> None:
    """England's regions by their names ("the East of England", "East Anglia", "the East
    Midlands") are regions of England, not England itself; "the French Quarter" is New Orleans'
    old quarter, not France."""
    regions = places_of(places_pipeline, "Gardens to visit\n\nEast of England\n\nFloods hit East Anglia and the "
                                         "East Midlands.")
    assert [(p["text"], p["name"], p["country"]) for p in regions] == [
        ("East of England", "East of England", "GBR"), ("East Anglia", "East Anglia", "GBR"),
        ("East Midlands", "East Midlands", "GBR")]
    # a region phrase whose place runs on into an organisation's name ends with the place: no fact
    # without a point for "the East of England Ambulance Service"
    service = places_of(places_pipeline, "A spokeswoman from the East of England Ambulance Service said a crew "
                                         "was sent.")
    assert all(p["lat"] is not None for p in service), service
    quarter = mention(places_of(places_pipeline, "An engineer extended the French Quarter street grid."),
                      "French Quarter")
    assert (quarter["country"], quarter["admin1"]) == ("USA", "Louisiana")


def test_hyphenated_places_the_model_reads_whole_and_saints(places_pipeline: Pipeline) -> None:
    """ "the Amsterdam-London leg": both cities, as the model read the whole as a place; a country
    the model calls a person is the country ('"Tunisia was …'), a given name is not ("Jordan
    said"); "St. Peter's Basilica" is a saint's church, not the parish of St Peter in Jersey."""
    leg = places_of(places_pipeline, "It will take two years before the return Amsterdam-London leg is made.")
    assert [p["name"] for p in leg] == ["Amsterdam", "London"]
    tunisia = places_of(places_pipeline, 'The official told CNN. "Tunisia was one of the first countries in the '
                                         'region to do so." Jordan said so.')
    assert [p["name"] for p in tunisia] == ["Tunisia"]
    saints = places_of(places_pipeline, "Pilgrims gathered at St. Peter's Basilica in Rome.")
    assert not any(p["country"] == "JEY" for p in saints)


def test_politicians_home_towns_sheriffs_counties_and_possessives_inside_entities(places_pipeline: Pipeline) -> None:
    """ "Westrom, R-Elbow Lake," names a small town the words vouch for; "the Pointe Coupee
    Sheriff's Office" a parish named without its kind word; the model's "The State of Illinois’ Web"
    ends at the possessive; "the Islamic Republic" is Iran."""
    town = places_of(places_pipeline, "Westrom, R-Elbow Lake, went before a Senate committee.")
    assert (mention(town, "Elbow Lake")["admin1"], mention(town, "Elbow Lake")["feature"]) == ("Minnesota", "city")
    parish = places_of(places_pipeline, "Capt. Steve Juge, with the Pointe Coupee Sheriff’s Office, said a boy was "
                                        "arrested.")
    assert mention(parish, "Pointe Coupee")["name"] == "Pointe Coupee Parish"
    state = places_of(places_pipeline, "The State of Illinois’ Web site defines the EAV.")
    assert [p["text"] for p in state] == ["State of Illinois"]
    iran = places_of(places_pipeline, "None has returned since the Islamic Republic supplanted the Shah.")
    assert mention(iran, "Islamic Republic")["country"] == "IRN"


def test_streets_are_placed_at_their_town(places_pipeline: Pipeline) -> None:
    """A street is placed at the town the text puts it in, else at the town the article names
    most (in a province it names); "Wall Street" stands for an industry; a street in a story
    that names no town is left out."""
    places = places_of(places_pipeline, "A body was found in a parked vehicle on Francis Street in Charleston, "
                                        "South Carolina. Charleston police are investigating. Francis Street runs "
                                        "between King Street and Rutledge Avenue. Wall Street bankers were calm.")
    streets = [p for p in places if p["feature"] == "street"]
    assert [p["text"] for p in streets] == ["Francis Street", "Francis Street", "King Street", "Rutledge Avenue"]
    assert {(p["admin1"], p["precision"]) for p in streets} == {("South Carolina", "city")}
    assert streets[1]["same_as"] == streets[0]["id"]
    assert all(haversine_km(p["lat"], p["lon"], 32.78, -79.93) < 20 for p in streets)
    assert places_of(places_pipeline, "He lives on Maple Street with his dog.") == []


def test_buildings_are_placed_at_their_town(places_pipeline: Pipeline) -> None:
    """A named building (church, hospital, prison …) is placed like a street; a church named by
    its denomination alone is the institution, not a building."""
    places = places_of(places_pipeline, "The river side of Royal Street in New Orleans was home to Holy Redeemer "
                                        "Church. The Coptic Orthodox Church said so.")
    sites = [(p["text"], p["feature"], p["admin1"]) for p in places if p["feature"] in ("street", "facility")]
    assert sites == [("Royal Street", "street", "Louisiana"), ("Holy Redeemer Church", "facility", "Louisiana")]


def test_facilities_no_gazetteer_has_are_placed_at_their_town(places_pipeline: Pipeline) -> None:
    """A named camp no gazetteer has, nor a town of its name, is placed at the story's town ("the
    Mieh Mieh refugee camp" in a story about Sidon); "New Gainesville prison" is the new prison of
    Gainesville, not a place called New Gainesville."""
    camp = mention(places_of(places_pipeline, "Clashes broke out in Sidon on Monday. Fighters fled to the Mieh Mieh "
                                              "refugee camp. Sidon officials called for calm."), "Mieh Mieh")
    assert (camp["feature"], camp["country"]) == ("facility", "LBN") and camp["lat"] is not None
    headline = ("New Gainesville prison clashes with revitalization. A new detention facility in Gainesville, "
                "Georgia, worries neighbors.")
    prison = mention(places_of(places_pipeline, headline), "New Gainesville")
    assert (prison["feature"], prison["admin1"]) == ("facility", "Georgia")


def test_an_institution_of_a_big_town_names_the_town(places_pipeline: Pipeline) -> None:
    """ "the Wellness Center at Children's Hospital of Pittsburgh": Pittsburgh is named (a town of
    100,000 or more, or a province, after an institution's "of")."""
    text = ("Dr. Goutham Rao, clinical director of the Weight Management and Wellness Center at Children's Hospital "
            "of Pittsburgh, said that people want a magic solution.")
    assert mention(places_of(places_pipeline, text), "Pittsburgh")["admin1"] == "Pennsylvania"


def test_courts_estates_and_buildings_named_in_lower_case(places_pipeline: Pipeline) -> None:
    """A court the text puts in a town is a building there ("the Supreme People's Court in
    Beijing"), but "the Supreme Court ruled" is the institution; an estate is a building ("the
    Mozart Estate", not "Real Estate"); a building word may follow its name in lower case ("the
    Sheikh Akil graveyard", "Seasons restaurant in Washington Township") — "the Black church" is
    African Americans' churches, no building."""
    court = places_of(places_pipeline, "She visited the complaints office of the Supreme People's Court in Beijing. "
                                       "The Supreme Court ruled on Monday.")
    assert [(p["text"], p["feature"]) for p in court if "Court" in p["text"]] == [
        ("Supreme People's Court", "facility")]
    sites = places_of(places_pipeline, "The Mozart Estate in London is a gang's turf. Real Estate prices rose in "
                                       "London. The bomb exploded close to the Sheikh Akil graveyard in Manbij. The "
                                       "Black church in London has a long history.")
    assert [(p["text"], p["country"]) for p in sites if p["feature"] == "facility"] == [
        ("Mozart Estate", "GBR"), ("Sheikh Akil graveyard", "SYR")]


def test_two_streets_named_together_are_the_storys_streets(places_pipeline: Pipeline) -> None:
    """ "down Bourbon and Dauphine streets", "the Chartres/Franklin intersection": streets of the
    story's town (New Orleans), not Chartres in France, and Bourbon no place of its own."""
    text = ("New Orleans was growing fast. The building overlooking the Chartres/Franklin intersection was once a "
            "church. The streetcar rolled down Bourbon and Dauphine streets in New Orleans.")
    streets = [(p["text"], p["feature"], p["admin1"]) for p in places_of(places_pipeline, text)
               if p["feature"] == "street"]
    assert streets == [("Chartres", "street", "Louisiana"), ("Franklin", "street", "Louisiana"),
                       ("Bourbon", "street", "Louisiana"), ("Dauphine", "street", "Louisiana")]


def test_buildings_placed_where_the_text_or_their_sentence_puts_them(places_pipeline: Pipeline) -> None:
    """A building the text puts in a town is there even when its first word is a place's name
    ("University Hospital in Columbia, Missouri" is not in University, Florida); "in the
    northeastern city of X" puts it too; one the text does not place, in a story with no main
    town, is at the one town its sentence names; a hotel may be named before its name, and a
    town's hall stands bare — but "Seoul City Hall" says where it is, and "another Town Hall
    meeting" is no building."""
    hospital = places_of(places_pipeline, "Berrey was taken by Air Evac to University Hospital in Columbia, "
                                          "Missouri, with serious injuries.")
    assert (mention(hospital, "University Hospital")["admin1"], mention(hospital, "University Hospital")["feature"]) \
        == ("Missouri", "facility")
    prison = places_of(places_pipeline, "Supporters marched from Beijing to the Municipal Detention Centre in the "
                                        "northeastern city of Tianjin on Wednesday.")
    assert haversine_km(mention(prison, "Detention Centre")["lat"], mention(prison, "Detention Centre")["lon"],
                        39.14, 117.18) < 30  # Tianjin, not Beijing
    sentence = places_of(places_pipeline, "Doctors at the Alder Hey Children's Hospital, where the boy is treated "
                                          "in Liverpool, may end his life support. His parents wanted to take him "
                                          "to Rome. Lawyers in London disagreed.")
    assert mention(sentence, "Alder Hey")["admin1"] in ("Liverpool", "England")
    assert haversine_km(mention(sentence, "Alder Hey")["lat"], mention(sentence, "Alder Hey")["lon"], 53.41, -2.98) < 20
    hotel = places_of(places_pipeline, "Bratislava wants to sell the square. A British developer owns the adjacent "
                                       "Hotel Kyjev. Bratislava's mayor agreed, and Bratislava will vote.")
    assert mention(hotel, "Hotel Kyjev")["country"] == "SVK"
    # a building put nowhere in a story with no main town: the town named just before it, in its paragraph
    before = places_of(places_pipeline, "Tesco sold its stores in Zilina, Nitra, Presov and Kosice, and now sells the "
                                        "department store on Kamenne Square in Bratislava. One buyer is Lordship. They "
                                        "own the adjacent Hotel Kyjev.")
    assert mention(before, "Hotel Kyjev")["admin1"] == "Bratislava"
    halls = places_of(places_pipeline, "Protesters gathered in front of Seoul City Hall in Seoul. Seoul police said "
                                       "a rally at City Hall was banned. Seoul's mayor will hold another Town Hall "
                                       "meeting.")
    assert [p["text"] for p in halls if "Hall" in p["text"]] == ["City Hall"]
    assert mention(halls, "City Hall")["country"] == "KOR"
    # a town's possessive before a site is the town's: the park is Whittier's, named "Penn Park"
    park = places_of(places_pipeline, "Several people were trapped under a tree at Whittier's Penn Park, the Los "
                                      "Angeles County Fire Department said.")
    assert (mention(park, "Penn Park")["feature"], mention(park, "Penn Park")["admin1"]) == ("park", "California")
    # a university or college where the text puts it in a town (not one that only speaks)
    campus = places_of(places_pipeline, "A researcher at Loyola University in Los Angeles reviewed the ballots. "
                                        "Baylor University said the study was flawed.")
    assert [(p["text"], p["feature"]) for p in campus if "University" in p["text"]] == [
        ("Loyola University", "facility")]
    # theatres, correctional and medical centres are buildings too
    venues = places_of(places_pipeline, "Trophies will be presented at The Colony Theatre in Burbank, California. "
                                        "The inmates stay at Crossroads Correctional Center in Shelby, Montana.")
    assert (mention(venues, "Colony Theatre")["feature"], mention(venues, "Colony Theatre")["admin1"]) == (
        "facility", "California")
    assert mention(venues, "Crossroads Correctional Center")["admin1"] == "Montana"


def test_sites_named_like_far_provinces_or_plain_words_and_sites_of_a_county_story(places_pipeline: Pipeline) -> None:
    """A building whose first word is some far country's province or a plain word is the story
    town's ("Northwestern Memorial Hospital" in Chicago is not named after Zambia's province, the
    "Airport Courthouse" is no courthouse of Airport, Hawaii); one in a story about a county that
    names no town is in that county; a street renamed or closed is a street; and a sentence's
    opening verb is no part of a school's name."""
    chicago = places_of(places_pipeline, "CHICAGO — A man was stabbed near the corner of State and Hubbard streets, "
                                         "police said. He was pronounced dead at Northwestern Memorial Hospital.")
    hospital = mention(chicago, "Northwestern Memorial Hospital")
    assert (hospital["feature"], hospital["name"], hospital["admin1"]) == (
        "facility", "Northwestern Memorial Hospital", "Illinois")
    court = places_of(places_pipeline, "BEVERLY HILLS, Calif. — Lloyd is being held on $100,000 bail and is "
                                       "scheduled to appear at the Airport Courthouse on Friday.")
    assert (mention(court, "Airport Courthouse")["feature"], mention(court, "Airport Courthouse")["admin1"]) == (
        "facility", "California")
    county = places_of(places_pipeline, "Cuyahoga County voters approved Issue 9. The levy makes sure that "
                                        "last-resort medical care is available to all in the county at MetroHealth "
                                        "Medical Center. Cuyahoga County officials backed it. Tabled Cold Hill "
                                        "Elementary's request to buy a card machine.")
    metro = mention(county, "MetroHealth Medical Center")
    assert (metro["feature"], metro["precision"], metro["admin1"]) == ("facility", "admin2", "Ohio")
    assert "Cold Hill Elementary" in [p["text"] for p in county]
    assert not any(p["text"].startswith("Tabled") for p in county)
    renamed = places_of(places_pipeline, "HARARE - Mayor Bernard Manyenyeni said council resolved to rename Third "
                                         "Street after the late Tsvangirai. Harare residents welcomed it.")
    street = mention(renamed, "Third Street")
    assert (street["feature"], street["country"]) == ("street", "ZWE")
    # (a state alone is too wide to place a building: the golf club of a story about Virginia stays out)
    state = places_of(places_pipeline, "Virginia is growing. Robert Trent Jones Golf Club is a private membership "
                                       "club, Virginia officials said.")
    assert "Robert Trent Jones Golf Club" not in [p["text"] for p in state]


def test_people_languages_ancestry_and_venues_are_not_places(places_pipeline: Pipeline) -> None:
    """A surname of a person named in full is a person ("Lara's department" after "Ricardo Lara",
    not a Venezuelan state); a nationality word naming a language is no mention of the country; an
    American's ancestry ("African-American") is not Africa; a venue is not a small town of its
    name ("Carnegie Hall", "King's College London")."""
    lara = places_of(places_pipeline, "Insurance Commissioner Ricardo Lara spoke. Talks between Lara's department "
                                      "and insurers failed in California.")
    assert [p["name"] for p in lara] == ["California"]
    words = places_of(places_pipeline, "The survey was conducted online in English and Spanish. He speaks French. "
                                       "African-American voters met Syrian refugees.")
    assert [p["text"] for p in words] == ["American", "Syrian"]  # African-Americans are Americans
    # a school subject: "concepts in science and English", "English and math scores"
    school = places_of(places_pipeline, "Concepts in science and English may be forgotten, the counselor said. "
                                        "English and math scores rose in Ohio.")
    assert [p["text"] for p in school] == ["Ohio"], school
    # (but a country's people joined to America's name both countries: "a Russian-American crew")
    crew = places_of(places_pipeline, "A Soyuz capsule carrying a Russian-American crew lifted off on Thursday.")
    assert [(p["text"], p["country"]) for p in crew] == [("Russian", "RUS"), ("American", "USA")]
    venues = places_of(places_pipeline, "She played Carnegie Hall and the Golden Theatre. He studied at King's "
                                        "College London.")
    assert all(p["name"] not in ("Carnegie", "Golden", "King") for p in venues)


def test_hyphenated_states_counties_and_old_country_names(places_pipeline: Pipeline) -> None:
    """ "the Iowa-Ohio State games" do not make Brooklyn a town in Ohio; "Miami-Dade" is the county
    whole; "the counties of Bergen, Camden and Essex" are counties; "Surinam" is Suriname."""
    games = places_of(places_pipeline, "He flew from Brooklyn to L.A. before the Iowa-Ohio State games.")
    assert mention(games, "Brooklyn")["admin1"] == "New York"
    county = places_of(places_pipeline, "Miami-Dade officials agreed on the budget.")
    assert (mention(county, "Miami-Dade")["name"], mention(county, "Miami-Dade")["feature"]) == (
        "Miami-Dade County", "admin2")
    counties = places_of(places_pipeline, "Officials in the counties of Bergen, Camden and Essex in New Jersey voted.")
    assert [(p["name"], p["admin1"]) for p in counties[:3]] == [
        ("Bergen County", "New Jersey"), ("Camden County", "New Jersey"), ("Essex County", "New Jersey")]
    assert mention(places_of(places_pipeline, "Troops came from the Dutch colony of Surinam."),
                   "Surinam")["country"] == "SUR"


def test_second_hand_check_fixes(places_pipeline: Pipeline) -> None:
    """From a second hand check: a surname is no place even after "between" when it is a small
    town's name ("between Kim and Murphy" after "Rep. Andy Kim"); the model's "GPE" that is a
    surname of a person named in full is no place ("Bay dreams" after "Herbert Bay"); an agency
    in a photo credit is no place; "in English and Spanish" names languages whatever follows;
    "Carnegie Hall" stays a venue after "at Carnegie"; a museum named after a city is not placed
    at the article's main town; "W. Columbia" is West Columbia; "Greenbrier-Pocahontas County"
    holds Pocahontas County; "from Norman to D.C." names Norman though it is a given name."""
    assert places_of(places_pipeline, "Rep. Andy Kim spoke first at the debate on Tuesday night. The competition "
                                      "between Kim and Murphy began early, aides said.") == []
    credit = places_of(places_pipeline, "Senators met in Ohio on Monday to discuss the budget. A photo by Graeme "
                                        "Sloan / Bloomberg via Getty Images shows the room.")
    assert [p["name"] for p in credit] == ["Ohio"]
    survey = places_of(places_pipeline, "The poll was conducted online in English and Spanish Feb. 22-27 in Texas.")
    assert [p["name"] for p in survey] == ["Texas"]
    museum = places_of(places_pipeline, "Crowds filled Paris. Paris cafes were full. The Baltimore Museum lent a "
                                        "painting to a gallery in Paris.")
    assert not any(p["text"] == "Baltimore Museum" and p["name"] == "Paris" for p in museum)
    towns = places_of(places_pipeline, "Two held in W. Columbia slaying in South Carolina. The wilderness near the "
                                       "Greenbrier-Pocahontas County boundary in West Virginia. A vet will bike from "
                                       "Norman to D.C. this spring.")
    assert mention(towns, "W. Columbia")["name"] == "West Columbia"
    assert mention(towns, "Pocahontas County")["admin1"] == "West Virginia"
    assert mention(towns, "Norman")["admin1"] == "Oklahoma"


def test_agencies_subjects_and_compass_adjectives_are_not_places(places_pipeline: Pipeline) -> None:
    """ "The departments of Justice, Commerce and Labor" name agencies, not Justice, Illinois or
    Commerce, California; a lone compass adjective ("‘Western Culture’") is no town; a country
    after "Ministry of Defence of" still is one."""
    places = places_of(places_pipeline, "The departments of Justice, Commerce and Labor sued on Monday. The Ministry "
                                        "of Defence of Ukraine said so. ‘Western Culture’ is under attack, he wrote.")
    assert [p["name"] for p in places] == ["Ukraine"]


def test_towns_named_like_people_after_a_placing_preposition(places_pipeline: Pipeline) -> None:
    """A town whose name is a given name is a place after "in", "near", "from" ("a Republican from
    Florence", "held in Charlotte"), not where the model reads a person ("Charlotte Church sang")."""
    places = places_of(places_pipeline, "Hugh Leatherman, a Republican from Florence, said the bill would pass in "
                                        "South Carolina. The rally was held in Charlotte on Friday. Charlotte Church "
                                        "sang.")
    assert [(p["text"], p["admin1"]) for p in places] == [
        ("Florence", "South Carolina"), ("South Carolina", "South Carolina"), ("Charlotte", "North Carolina")]


def test_a_country_named_by_a_short_form_counts_for_the_focus(places_pipeline: Pipeline) -> None:
    """ "the UK" names the United Kingdom though a Russian village is called Uk: it counts for the
    article's country, so "Cambridge" in a story about a swimmer from Barton is England's."""
    places = places_of(places_pipeline, "Alan, 79, from Barton, is attempting to clock up 26 miles in the pool at "
                                        "Cambridge's Chesterton sports centre. He leads the Cambridge group. There are "
                                        "500,000 people with macular conditions in the UK.")
    assert {p["country"] for p in places if p["text"] == "Cambridge"} == {"GBR"}


def test_two_word_nationality_words_and_sentence_opening_words(places_pipeline: Pipeline) -> None:
    """ "South African" and "North Korean" are the countries' nationality words, not Africa or
    Korea's halves read as a continent; "Over the course of three days" names no English village."""
    places = places_of(places_pipeline, "Over the course of three days, the South African legal case at the ICJ and "
                                        "North Korean missiles drew African leaders together.")
    assert [(p["text"], p["name"]) for p in places] == [
        ("South African", "South Africa"), ("North Korean", "North Korea"), ("African", "Africa")]


def test_delegates_home_places_lie_in_the_state_the_story_is_about(places_pipeline: Pipeline) -> None:
    """ "Linda Sumner, R-Raleigh" in a story about West Virginia's House of Delegates is Raleigh in
    West Virginia (a county there, or a town), not Raleigh, North Carolina; "R-Berkeley" not
    Berkeley, California."""
    places = places_of(places_pipeline, "Since 2000, West Virginia has had the act, the Kanawha County Republican "
                                        "said. Sponsors were Delegates John Doe, R-Berkeley; Linda Sumner, R-Raleigh; "
                                        "and Clif Moore, D-McDowell.")
    assert {p["admin1"] for p in places if p["text"] in ("Berkeley", "Raleigh", "McDowell")} == {"West Virginia"}


def test_a_small_foreign_town_needs_more_than_the_models_tag(places_pipeline: Pipeline) -> None:
    """In an American story, a name the model calls a place with no "in" before it is not a small
    town of a country the story never names ("The Magenta fire is burning in Oldham County" is a
    wildfire, not Magenta, Italy); in a story that names Italy it still is."""
    fire = places_of(places_pipeline, "The Magenta fire is burning in Oldham County, Texas, officials said on "
                                      "Tuesday. Firefighters from Amarillo and Dallas joined them.")
    assert not any(p["country"] == "ITA" for p in fire)
    italy = places_of(places_pipeline, "Police in Italy said the Magenta council would meet near Milan on Tuesday.")
    assert any(p["text"] == "Italy" for p in italy)


def test_a_town_after_a_capitalised_opening_word_and_a_datelines_town_later(places_pipeline: Pipeline) -> None:
    """ "A Gainesville restaurant" opening a story about Alachua County is Gainesville, Florida
    (the capitalised "A" is no part of the name); a town named in capitals by the dateline is that
    town again in "the Byesville Volunteer Fire Department"; "Both" opening a sentence is no town."""
    places = places_of(places_pipeline, "A Gainesville restaurant was robbed by an armed man Monday morning, "
                                        "deputies in Alachua County said.")
    assert ("Gainesville", "Florida") in [(p["text"], p["admin1"]) for p in places]
    places = places_of(places_pipeline, "BYESVILLE -- Firefighters searched Monday for the cause of a blaze in "
                                        "Guernsey County. A spokesperson for the Byesville Volunteer Fire Department "
                                        "said the cause is unknown. Both the city and the county will investigate.")
    assert [p["admin1"] for p in places if p["text"].casefold() == "byesville"] == ["Ohio", "Ohio"]
    assert not any(p["text"] == "Both" for p in places)


def test_a_name_the_story_gives_a_street_is_that_street_in_street_talk(places_pipeline: Pipeline) -> None:
    """ "Wichita Street or Wichita Drive?" is a street in Dublin, Ohio, not Wichita, Kansas, and
    "north on Darby from Bridge Street" is Darby Street, not Darby, Pennsylvania; a town of a
    street's name listed among places ("including Arbury and Chesterton") is still the town, and
    "Douglas County Road 4" still names the county."""
    places = places_of(places_pipeline,
                       "Wichita Street or Wichita Drive? Dublin City Council heard a first reading of the change. "
                       "The Franklin County Auditor's Office raised it. Darby Street ends on High Street near the "
                       "Columbus Metropolitan Library. Proceeding north on Darby from Bridge Street, Darby Street "
                       "turns east.")
    assert not any(p["admin1"] in ("Kansas", "Pennsylvania") for p in places)
    assert not any(p["text"] == "Darby" for p in places)
    places = places_of(places_pipeline, "His round would cover much of north Cambridge, including Arbury and "
                                        "Chesterton. He lived on Chesterton Road in Cambridge, England.")
    assert any(p["text"] == "Chesterton" for p in places)
    places = places_of(places_pipeline, "The work runs on Highway 114 at Douglas County Road 4 near Alexandria, "
                                        "Minnesota.")
    assert any(p["text"] == "Douglas County" and p["admin1"] == "Minnesota" for p in places)


def test_local_rivers_lakes_and_parks_are_placed_at_the_story_town(places_pipeline: Pipeline) -> None:
    """No packaged gazetteer has "the Chestatee River" or "Coffman Park": they are put at the town
    the story is about, with a town's precision; a club ("Nottingham Forest") or an organisation
    ("the Texas A&M Forest Service") named after one is no place."""
    places = places_of(places_pipeline, "The park in Gainesville, Georgia, is located on the Chestatee River arm "
                                        "of the lake. Gainesville officials said a festival will be held at Coffman "
                                        "Park.")
    river = mention(places, "Chestatee River")
    assert (river["feature"], river["precision"], river["admin1"]) == ("water", "city", "Georgia")
    assert mention(places, "Coffman Park")["feature"] == "park"
    places = places_of(places_pipeline, "Everton and Nottingham Forest both lost, the Texas A&M Forest Service "
                                        "said in Austin, Texas.")
    assert not any("Forest" in p["text"] for p in places)


def test_a_qualifier_that_names_a_country_and_a_state(places_pipeline: Pipeline) -> None:
    """ "Georgia" after a town is the US state or the country, whichever holds the town: "Athens,
    Georgia" is the American town (not a town missing from the country Georgia), "Tbilisi, Georgia"
    the capital."""
    athens = places_of(places_pipeline, "He lives in Athens, Georgia, with his wife.")
    assert (mention(athens, "Athens")["country"], mention(athens, "Athens")["admin1"]) == ("USA", "Georgia")
    tbilisi = places_of(places_pipeline, "He lives in Tbilisi, Georgia, with his wife.")
    assert mention(tbilisi, "Tbilisi")["country"] == "GEO"


def test_the_articles_telephone_numbers_say_which_state_a_local_story_is_in(places_pipeline: Pipeline) -> None:
    """ "MIDDLETOWN —" alone is likelier New Jersey's; a police number with Connecticut's area code
    (libphonenumber's offline data) puts the story, and the town, in Connecticut. Without the
    number the reading falls back to the names."""
    story = ("MIDDLETOWN — A high school senior's condition has been upgraded to stable after a crash on "
             "Monday. Witnesses are asked to call Officer Robert Canto at {number}.")
    local = places_of(places_pipeline, story.format(number="(860) 828-7080"))
    town = mention(local, "MIDDLETOWN")
    assert (town["admin1"], town["country"]) == ("Connecticut", "USA")
    assert "telephone numbers are in Connecticut" in town["why"]
    toll_free = places_of(places_pipeline, story.format(number="1-800-828-7080"))
    assert mention(toll_free, "MIDDLETOWN")["admin1"] != "Connecticut"


def test_towns_no_gazetteer_has_are_put_near_the_story_town(places_pipeline: Pipeline) -> None:
    """Local news names villages no packaged gazetteer has: "the Hardeetown area" is put near the
    town the story names most, with a county's precision; "Lore City", listed with Cambridge, is
    the post office of that name in Ohio; a word the model merely calls a place ("The Rebels", a
    team) is not."""
    places = places_of(places_pipeline, "A shooting happened at about 4:30 a.m. Saturday in the Hardeetown area of "
                                        "Chiefland, Florida. Chiefland police said two men were hurt.")
    area = mention(places, "Hardeetown")
    assert (area["admin1"], area["precision"]) == ("Florida", "admin2")
    assert "placed near Chiefland" in area["why"]
    places = places_of(places_pipeline, "Firefighters from the Cambridge, Pleasant City and Lore City departments "
                                        "helped in Guernsey County, Ohio. Cambridge police said the fire began at "
                                        "night.")
    lore = mention(places, "Lore City")
    assert (lore["admin1"], lore["precision"]) == ("Ohio", "city")
    places = places_of(places_pipeline, "The Rebels have gone 14-2 at home in Oxford, Mississippi. Oxford fans "
                                        "cheered as the Rebels won again.")
    assert not any(p["text"] == "Rebels" for p in places)


def test_post_office_towns_only_for_places_in_the_storys_state(places_pipeline: Pipeline) -> None:
    """GeoNames' city lists lack many New England towns; the US post-office towns (`zipcodes`) name
    them, but only for a name already taken for a place, in a state the story is in: "Harwinton"
    in a story from Connecticut; "Atlanta" beside New York stays Georgia's, though New York state
    has a post office called Atlanta."""
    places = places_of(places_pipeline, "Ned Lamont visits Harwinton supporters. Lamont spoke in Harwinton, near "
                                        "Torrington, Connecticut, on Sunday. Call (860) 485-9051 for details.")
    town = mention(places, "Harwinton")
    assert (town["admin1"], town["precision"]) == ("Connecticut", "city")
    assert haversine_km(town["lat"], town["lon"], 41.77, -73.06) < 10
    places = places_of(places_pipeline, "RuPaul was making frequent trips between Atlanta and New York.")
    assert mention(places, "Atlanta")["admin1"] == "Georgia"


def test_post_office_towns_beside_the_storys_towns_outweigh_namesakes_elsewhere(places_pipeline: Pipeline) -> None:
    """A New England town GeoNames lacks, beside the story's other towns, is that town: "Berlin"
    beside Middletown and Hartford is Berlin, Connecticut (not the German capital, nor Berlin, New
    Jersey, which is near a Middletown too), and "a Weston man" in a story of Torrington and
    Waterbury is Weston, Connecticut, not Weston, Massachusetts. Berlin beside Hamburg and Munich
    stays Germany's."""
    places = places_of(places_pipeline, "Berlin council delays vote. The town council in Berlin voted on Tuesday to "
                                        "delay the budget, and officials in Middletown and Hartford said they would "
                                        "watch closely.")
    berlin = [p for p in places if p["text"] == "Berlin"]
    assert len(berlin) == 2 and all(p["admin1"] == "Connecticut" for p in berlin)
    assert haversine_km(berlin[0]["lat"], berlin[0]["lon"], 41.62, -72.75) < 15
    places = places_of(places_pipeline, "Torrington police arrested a Weston man on Friday. The man was driving from "
                                        "Waterbury to Torrington when officers stopped him, police in Torrington "
                                        "said. He was released to his home in Weston.")
    assert {p["admin1"] for p in places if p["text"] == "Weston"} == {"Connecticut"}
    places = places_of(places_pipeline, "Chancellor Merz spoke in Berlin on Tuesday. Protesters marched in Hamburg "
                                        "and Munich.")
    assert mention(places, "Berlin")["country"] == "DEU"


def test_a_town_of_a_countrys_name_near_the_storys_other_places(places_pipeline: Pipeline) -> None:
    """ "LEBANON (AP)" in a story of Ohio and Warren County is Lebanon, Ohio: names that are no
    countries put it there, and it no longer counts as a mention of the country; "Mexico" and
    "Peru" beside each other stay countries (their Indiana namesakes vouch for nothing)."""
    places = places_of(places_pipeline, "Prosecution rests in Ohio bathtub drowning trial. LEBANON (AP) — A forensic "
                                        "pathologist testified Monday in the Warren County trial of a Mason man. "
                                        "The trial in Lebanon resumes Tuesday, a court official in Warren County "
                                        "said.")
    assert (mention(places, "LEBANON")["country"], mention(places, "LEBANON")["admin1"]) == ("USA", "Ohio")
    places = places_of(places_pipeline, "Leaders of Mexico and Peru met in Lima.")
    assert [p["country"] for p in places] == ["MEX", "PER", "PER"]


def test_a_states_offices_after_its_name_say_the_state(places_pipeline: Pipeline) -> None:
    """ "Washington Gov. Jay Inslee" and "the Washington Legislature" are the state, not the capital
    city; "Former New York Gov. Mario Cuomo" the state, not New York City."""
    for text in ("Washington Gov. Jay Inslee signed the bill in Olympia on Tuesday after a long debate.",
                 "The Washington Legislature passed the bill on Tuesday after a long debate in Olympia.",
                 "Former New York Gov. Mario Cuomo died on Thursday in Manhattan, his family said."):
        first = places_of(places_pipeline, text)[0]
        assert first["feature"] == "admin1", (text, first)


def test_a_village_the_text_places_keeps_that_place_when_named_again(places_pipeline: Pipeline) -> None:
    """ "Hughenden, Buckinghamshire" is placed in the county (no gazetteer has the village); the
    bare "Hughenden" later is that village, not Hughenden in Queensland; "at Home" in a headline
    names no town."""
    places = places_of(places_pipeline, "We visited Hughenden, Buckinghamshire, on a grey morning in March. Children "
                                        "can discover hidden treasures at Hughenden. There is ground for climbing at "
                                        "Hughenden. Financial Hardship at Home is the next story.")
    assert {p["country"] for p in places if p["text"] == "Hughenden"} == {"GBR"}
    assert len([p for p in places if p["text"] == "Hughenden"]) == 3
    assert not any(p["text"] == "Home" for p in places)


def test_a_big_citys_short_name_before_a_small_town_called_exactly_so(places_pipeline: Pipeline) -> None:
    """ "Newcastle" in a British story is Newcastle upon Tyne, which goes by it for short, not the
    small town in County Down whose whole name it is."""
    places = places_of(places_pipeline, "The new advancement in in vitro fertilization, developed by doctors in "
                                        "Newcastle, is intended to prevent children being born with diseases, "
                                        "Britain's regulator said.")
    assert mention(places, "Newcastle")["name"] == "Newcastle upon Tyne"


def test_two_countries_run_together_and_a_county_in_an_office_name(places_pipeline: Pipeline) -> None:
    """ "Cyprus, Greece Italy or Spain": the model's one place "Greece Italy" names nothing, so the
    two countries inside it are tried; "the Gainesville sewer system" joins on the word of "Hall
    County" inside an office's name."""
    places = places_of(places_pipeline, "Youth unemployment is high in countries such as Cyprus, Greece Italy or "
                                        "Spain, the commission said on Tuesday in Brussels.")
    assert [p["text"] for p in places][:4] == ["Cyprus", "Greece", "Italy", "Spain"]
    places = places_of(places_pipeline, "A wastewater overflow within the Gainesville sewer system caused 5,400 "
                                        "gallons to flow into a creek, according to Hall County Environmental "
                                        "Health.")
    assert mention(places, "Gainesville")["admin1"] == "Georgia"


def test_a_township_listed_beside_a_town_is_placed_near_it(places_pipeline: Pipeline) -> None:
    """ "in Columbus, Pleasant Township, …": a township no gazetteer has, listed beside a town the
    story placed, is put near that town even when the story names no town most."""
    places = places_of(places_pipeline, "New sirens are scheduled to be installed in Columbus, Pleasant Township and "
                                        "Grove City this year, Franklin County officials said.")
    township = mention(places, "Pleasant Township")
    assert (township["admin1"], township["precision"]) == ("Ohio", "admin2")
    assert "placed near Columbus, named beside it" in township["why"]


def test_regions_counties_and_communities_the_packages_lack(places_pipeline: Pipeline) -> None:
    """The alias table names Northern Ireland's counties, Britain's national parks, states that no
    longer exist and the communities by the Gaza border: "County Down", "the Peak District" (a
    region named whole, not a district called Peak), "Kibbutz Nahal Oz", "the Soviet Union"."""
    places = places_of(places_pipeline, "The walk starts at Castle Ward in County Down. Visitors came from the Peak "
                                        "District. Gunmen attacked Kibbutz Nahal Oz on October 7. Moscow will not "
                                        "repeat the mistake of the Soviet Union.")
    found = {p["text"]: (p["feature"], p["country"]) for p in places}
    assert found["County Down"] == ("region", "GBR")
    assert found["Peak District"] == ("region", "GBR")
    assert found["Kibbutz Nahal Oz"] == ("city", "ISR")
    assert found["Soviet Union"][0] == "region"


def test_a_given_name_before_a_surname_is_a_person(places_pipeline: Pipeline) -> None:
    """ "Natalia Katie places a sign" names a woman, not Natalia, Texas, though the model calls
    "Natalia" a place; "in Alexandria Friday night" is still the town."""
    places = places_of(places_pipeline, "Natalia Katie places a sign in her yard in San Antonio, Texas, on Tuesday. "
                                        "A crash happened in Alexandria Friday night, police in Minnesota said.")
    assert not any(p["text"] == "Natalia" for p in places)
    assert any(p["text"] == "Alexandria" for p in places)


def test_a_countrys_name_used_as_a_towns(places_pipeline: Pipeline) -> None:
    """ "Lebanon Police", "a 54-year-old Palestine man": a town's police and people, in a story with
    no other sign of the country; with a nationality word of it the country stays."""
    places = places_of(places_pipeline, "A 54-year-old Palestine man was sentenced on Monday. Palestine police say "
                                        "they received a call from a neighbour.")
    town = mention(places, "Palestine", 1)
    assert (town["feature"], town["admin1"], town["country"]) == ("city", "Texas", "USA")
    places = places_of(places_pipeline, "Lebanon police said a Lebanese soldier was hurt near the border.")
    assert mention(places, "Lebanon")["feature"] == "country"


def test_spelled_out_abbreviations_counties_listed_before_a_state_and_seas(places_pipeline: Pipeline) -> None:
    """ "Mt. Pleasant" is the gazetteers' Mount Pleasant (and vouches for its neighbours like it);
    "Camden and Charlton counties in Georgia" are counties; "Tennessee Colony" is no state; "the
    Red Sea" is the sea, not Egypt's governorate; "Canton, Ohio" is Ohio's though "Canton, Mich."
    came first."""
    places = places_of(places_pipeline, "New London Police Chief Tom Cipolli spoke to the Mt. Pleasant News on Monday "
                                        "about his time in New London and about one complaint from Winfield police.")
    assert mention(places, "Winfield")["admin1"] == "Iowa"
    places = places_of(places_pipeline, "As many as 850 volunteers from Camden and Charlton counties in Georgia "
                                        "joined.")
    camden = mention(places, "Camden")
    assert (camden["feature"], camden["admin1"]) == ("admin2", "Georgia")
    places = places_of(places_pipeline, "The body was found between Tennessee Colony and Yard in Anderson County, "
                                        "Texas.")
    assert all(p["admin1"] != "Tennessee" for p in places), places
    places = places_of(places_pipeline, "The reward in the murder of a Tennessee Colony man was raised.")
    # neither the state nor The Colony, a town near Dallas: the community, which only Texas's post
    # offices know
    assert [(p["name"], p["admin1"]) for p in places] == [("Tennessee Colony", "Texas")], places
    places = places_of(places_pipeline, "A cargo ship sank in the Red Sea, an Egyptian official said.")
    assert mention(places, "Red Sea")["feature"] == "region"
    places = places_of(places_pipeline, "CANTON, Mich. -- Hundreds of dogs came to Canton on Saturday. Julia Kinsey, "
                                        "of Canton, Ohio, was preparing her two poodles.")
    assert mention(places, "Canton", 1)["admin1"] == "Ohio" and mention(places, "Canton")["admin1"] == "Michigan"


def test_a_village_a_hundredth_the_size_of_a_city_of_its_name(places_pipeline: Pipeline) -> None:
    """ "New York and Atlanta" beside Chicago: a state the article names (Illinois, by Chicago) does
    not make a village of 1,600 there likelier than the city of 500,000; a word of an organisation's
    name ("the University of Kentucky College of Law") is no town called University."""
    places = places_of(places_pipeline, "Delta flies between Moscow and two U.S. cities, New York and Atlanta. "
                                        "United flies from Chicago.")
    assert mention(places, "Atlanta")["admin1"] == "Georgia"
    places = places_of(places_pipeline, "Kristin, a senior at the University of Kentucky College of Law, helped.")
    assert "University" not in [p["text"] for p in places]


def test_a_capital_dateline_with_a_colon_and_a_capital_speaking(places_pipeline: Pipeline) -> None:
    """ "… church . BEIRUT: Unknown assailants …": a dateline in capitals before a colon; "Tbilisi
    says", which the model tags as a person, is the capital standing for its government."""
    places = places_of(places_pipeline, "Vandals desecrate graves near Jbeil church . BEIRUT: Unknown assailants "
                                        "removed the doors of a tomb.")
    assert mention(places, "BEIRUT")["country"] == "LBN"
    places = places_of(places_pipeline, "The streets are abandoned and Tbilisi says the separatist leaders fled.")
    tbilisi = mention(places, "Tbilisi")
    assert (tbilisi["country"], tbilisi["mention"]) == ("GEO", "metonym")


def test_a_province_named_with_its_kind_word_vouches_for_its_towns(places_pipeline: Pipeline) -> None:
    """ "Lancashire County Council" names Lancashire, which holds Lancaster: the English city, not
    the bigger Lancaster in California."""
    places = places_of(places_pipeline, "Lancaster and Lancashire councils offer business help. Lancaster City "
                                        "Council's rent grant scheme and Lancashire County Council's Kickstart "
                                        "micro credit scheme help new firms.")
    assert mention(places, "Lancaster")["country"] == "GBR"


def test_a_senators_state_abbreviated_after_the_party(places_pipeline: Pipeline) -> None:
    """ "Sen. Bob Casey, D-Pa.": Pennsylvania, not Pa in Burkina Faso."""
    for text in ("Sen. Bob Casey, D-Pa. , called the findings troubling.",
                 "Sen. Bob Casey, D-Pa., called the findings troubling."):
        state = mention(places_of(places_pipeline, text), "Pa.")
        assert (state["feature"], state["name"]) == ("admin1", "Pennsylvania")


def test_a_states_counties_are_not_a_county_of_its_name(places_pipeline: Pipeline) -> None:
    """ "near the middle of Indiana counties": Indiana's counties, not Indiana County, Pennsylvania
    (a list still shares the kind word: "Becker, Clay and Wilkin counties")."""
    places = places_of(places_pipeline, "Boone County's figure is near the middle of Indiana counties, it was 42nd "
                                        "of the state's 92.")
    assert mention(places, "Indiana")["feature"] == "admin1"
    places = places_of(places_pipeline, "Volunteers from Becker, Clay and Wilkin counties will help.")
    assert mention(places, "Clay")["feature"] == "admin2"


def test_a_small_town_inside_the_name_of_its_council(places_pipeline: Pipeline) -> None:
    """ "Bond resigns from Groton Town Council": only a municipality has a town council, so the
    small town inside the name is a place mention though nothing else in the story places it."""
    places = places_of(places_pipeline, "Bond resigns from Groton Town Council. He said he was tired.")
    groton = mention(places, "Groton")
    assert (groton["mention"], groton["country"]) == ("in_name", "USA")


def test_a_sites_generic_word_standing_alone_is_no_post_office_town(places_pipeline: Pipeline) -> None:
    """ "the Neches River National Wildlife Refuge … the Refuge was officially established": the
    refuge, not a Texas post office called Refuge."""
    places = places_of(places_pipeline, "Tyler, Texas — The Neches River National Wildlife Refuge grew this year. "
                                        "With the donation of the first acre, the Refuge was officially established.")
    assert "Refuge" not in [p["text"] for p in places], places


def test_a_saints_town_a_run_on_qualifier_and_newfoundland(places_pipeline: Pipeline) -> None:
    """ "officials in St. John's said" is the town (its name has the possessive) — "St. Peter's
    Basilica" is no town; "a house in Belgrade in central Minnesota Saturday": the qualifier is
    Minnesota though "Saturday" ran on after it; "Newfoundland" is the Canadian province."""
    places = places_of(places_pipeline, "The service reflected on ties to the sea, officials in St. John's said.")
    assert mention(places, "St. John's")["country"] == "CAN"
    places = places_of(places_pipeline, "The Pope celebrated the Easter Vigil in St. Peter's Basilica, during which he "
                                        "baptised eight adults.")
    assert all("Peter" not in p["text"] or p["country"] == "ITA" for p in places), places
    places = places_of(places_pipeline, "A man was found dead after a blaze at a house in Belgrade in central "
                                        "Minnesota Saturday.")
    assert mention(places, "Belgrade")["admin1"] == "Minnesota"
    places = places_of(places_pipeline, "Fishermen in Newfoundland said the cod were back.")
    assert (mention(places, "Newfoundland")["feature"], mention(places, "Newfoundland")["country"]) == ("admin1", "CAN")


def test_an_events_name_is_no_place(places_pipeline: Pipeline) -> None:
    """ "the Easter Vigil in St. Peter's Basilica", "the G20 Summit in Rome": the model may tag an
    event as a facility; it is no place of its own, put at what it is "in" (Rome is still a place)."""
    places = places_of(places_pipeline, "The Pope celebrated the Easter Vigil in St. Peter's Basilica, during which "
                                        "he baptised eight adults. Leaders met at the G20 Summit in Rome.")
    texts = [p["text"] for p in places]
    assert "Rome" in texts and not any("Vigil" in t or "Summit" in t for t in texts), places
    assert {p["country"] for p in places} == {"ITA"}, places  # the basilica, a building, is put at Rome


def test_the_worlds_nationality_words_and_their_plurals(places_pipeline: Pipeline) -> None:
    """The actor base's demonyms are the places' too, each with its plural ("Canadians",
    "Latvians"); words that are mostly something else ("Poles" of telephones, "Finn") are not."""
    places = places_of(places_pipeline, "Canadians are optimistic. Rescuers searched for three Latvian climbers; "
                                        "the Latvians had gone missing. Huck Finn read about it.")
    assert [(p["text"], p["country"], p["mention"]) for p in places] == [
        ("Canadians", "CAN", "demonym"), ("Latvian", "LVA", "demonym"), ("Latvians", "LVA", "demonym")]
    # a people's word the alias table gives its country ("Sinhalese": Sri Lanka's), not its language
    lanka = places_of(places_pipeline, "Sinhalese nationalists marched on Monday. The leaflets were printed in "
                                       "Sinhalese.")
    assert [(p["text"], p["country"], p["mention"]) for p in lanka] == [("Sinhalese", "LKA", "demonym")]
    # small states' and territories' words too, not only the big countries'
    small = places_of(places_pipeline, "Trinidadian officials met Bahamian and Barbadian ministers. A Puerto Rican "
                                       "delegation, Saint Lucian fishermen and Kosovar diplomats joined.")
    assert [(p["text"], p["country"]) for p in small] == [
        ("Trinidadian", "TTO"), ("Bahamian", "BHS"), ("Barbadian", "BRB"), ("Puerto Rican", "PRI"),
        ("Saint Lucian", "LCA"), ("Kosovar", "XKX")], small


def test_a_state_that_leads_or_backs_is_mentioned_but_is_no_events_location() -> None:
    """ "Iran-backed militias", "the U.S.-led invasion", "Georgian-controlled villages": the state (a
    metonym or a nationality word), not where anything happened; "Trump-backed" and "anti-war"
    name no place."""
    record = analyze("Iran-backed militias attacked a base in Anbar on Monday. Trump-backed candidates held an "
                     "anti-war rally. The Georgian-controlled villages were shelled after the U.S.-led talks.")
    places = [(p["text"], p["mention"], p["country"]) for p in record["places"]]
    assert places == [("Iran", "metonym", "IRN"), ("Anbar", "name", "IRQ"), ("Georgian", "demonym", "GEO"),
                      ("U.S.", "metonym", "USA")]
    attack = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert attack["location"]["text"] == "Anbar"


def test_words_for_the_people_of_a_place_the_article_names(places_pipeline: Pipeline) -> None:
    """ "Ontarians" in a story about Ontario, "South Ossetian officials" beside South Ossetia (a
    region the alias table adds), "Abkhaz" beside Abkhazia: the place, as a demonym. Only where
    the place itself is named: "Victor" beside Victoria is a man, "The New Yorker" a magazine."""
    places = places_of(places_pipeline, "Ontario will raise the tax and Ontarians would pay more. South Ossetian "
                                        "officials in breakaway South Ossetia and two Abkhaz servicemen in Abkhazia "
                                        "were hurt.")
    assert [(p["text"], p["mention"], p["country"]) for p in places] == [
        ("Ontario", "name", "CAN"), ("Ontarians", "demonym", "CAN"), ("South Ossetian", "demonym", "GEO"),
        ("South Ossetia", "name", "GEO"), ("Abkhaz", "demonym", "GEO"), ("Abkhazia", "name", "GEO")]
    assert mention(places, "Ontarians")["admin1"] == "Ontario"
    places = places_of(places_pipeline, "Police in Victoria, Texas, said Victor Smith told The New Yorker that "
                                        "New York was far away.")
    assert [p["text"] for p in places] == ["Victoria", "Texas", "New York"], places
    alone = places_of(places_pipeline, "Ontarians would pay more, the minister said.")
    assert alone == [], alone


def test_hyphened_pairs_of_neighbours(places_pipeline: Pipeline) -> None:
    """ "the Greenbrier-Pocahontas County boundary", "the University of Wisconsin-Milwaukee": the
    other name of a pair whose one name is placed is the namesake nearest it (Greenbrier County,
    West Virginia — not a Greenbrier town elsewhere); a town the article names is that town inside
    a hyphened team's name too ("Watertown-Mayer Lutheran"), but "anti-Russian" stays a word."""
    places = places_of(places_pipeline, "Trout live near the Greenbrier-Pocahontas County boundary in West Virginia. "
                                        "She studied at the University of Wisconsin-Milwaukee.")
    greenbrier = mention(places, "Greenbrier")
    assert (greenbrier["text"], greenbrier["name"], greenbrier["admin1"]) == (
        "Greenbrier", "Greenbrier County", "West Virginia")
    assert mention(places, "Milwaukee")["admin1"] == "Wisconsin"
    team = places_of(places_pipeline, "The wrestlers from Watertown, Minnesota, won again. The Watertown-Mayer "
                                      "Lutheran Royals lost to them in an anti-Watertown rant.")
    assert [p["text"] for p in team].count("Watertown") == 2, team
    # (and where the article names neither alone: the two neighbours of a shared school, both)
    school = places_of(places_pipeline, "Belle Plaine beat Montgomery in Minnesota on Thursday. The Tigers won the "
                                        "lightweight divisions of 103, 112 and 119. Watertown-Mayer Lutheran would "
                                        "come on strong after that.")
    assert [(p["text"], p["admin1"]) for p in school][-2:] == [("Watertown", "Minnesota"), ("Mayer", "Minnesota")]


def test_a_compass_part_of_a_state_and_names_the_model_reads_whole(places_pipeline: Pipeline) -> None:
    """ "Western Massachusetts", "North West England", "S. Jersey": no gazetteer has the region;
    the state's or country's part (a region fact, not a point at the state's centre); "a rural New
    Zealand hospital" is in New Zealand, not a hospital at "Zealand"; "Lt. Mike Murphy of the
    Kansas Highway Patrol" is a man and his employer, not a highway named after him."""
    places = places_of(places_pipeline, "Tolls return in Western Massachusetts. Remains were found in S. Jersey.")
    west = mention(places, "Western Massachusetts")
    assert (west["feature"], west["admin1"], west["country"]) == ("region", "Massachusetts", "USA")
    assert west["lon"] < -72.0  # west of the state's centre (about 71.8 W)
    aqueduct = places_of(places_pipeline, "The aqueduct is the finest in North West England.")
    assert mention(aqueduct, "North West England")["country"] == "GBR"
    jersey = mention(places, "S. Jersey")
    assert (jersey["name"], jersey["country"]) == ("South Jersey", "USA")
    hospital = places_of(places_pipeline, "She was practising at a rural New Zealand hospital with nine beds.")
    assert [(p["text"], p["country"]) for p in hospital] == [("New Zealand", "NZL")]
    patrol = places_of(places_pipeline, "Lt. Mike Murphy of the Kansas Highway Patrol said the vehicles collided.")
    assert all(p["text"] == "Kansas" and p["admin1"] == "Kansas" for p in patrol), patrol


def test_airport_names_state_of_and_generic_words(places_pipeline: Pipeline) -> None:
    """ "Heathrow and Gatwick reported delays" (the model's "people"): names that are airports and
    nothing else; "the farmers of State of Tamil Nadu" is the state; "Commonwealth" of "the Foreign,
    Commonwealth & Development Office" is a word (generic words are compared as place keys, which
    drop doubled letters); "Herts" is Hertfordshire."""
    airports = places_of(places_pipeline, "Flights were cancelled on Saturday while Heathrow and Gatwick also "
                                          "reported disruption.")
    assert [(p["text"], p["feature"], p["country"]) for p in airports] == [
        ("Heathrow", "airport", "GBR"), ("Gatwick", "airport", "GBR")]
    state = places_of(places_pipeline, "The decree is to the prejudice of the farmers of State of Tamil Nadu.")
    assert [(p["name"], p["country"]) for p in state] == [("Tamil Nadu", "IND")]
    office = places_of(places_pipeline, "A Foreign, Commonwealth & Development Office spokesperson told us so.")
    assert "Commonwealth" not in [p["text"] for p in office], office
    herts = places_of(places_pipeline, "A rapid response vehicle and the Essex and Herts Air Ambulance went there.")
    assert mention(herts, "Herts")["name"] == "Hertfordshire"


def test_townships_and_towns_of(places_pipeline: Pipeline) -> None:
    """ "Readington Township", "Tewksbury Twp." and "the Town of Groton": the municipality, known
    to the gazetteer or the post-office list by its full or bare name — in New Jersey, where the
    only Readington is, though the story names no state."""
    places = places_of(places_pipeline, "Patrick built a trail loop at the Farmstead Museum in Readington Township.")
    township = mention(places, "Readington Township")
    assert (township["admin1"], township["country"]) == ("New Jersey", "USA")
    twp = places_of(places_pipeline, "Tewksbury Twp. introduces special events in Hunterdon County, New Jersey.")
    assert (mention(twp, "Tewksbury Twp")["admin1"]) == "New Jersey"
    groton = places_of(places_pipeline, "It has been an honour to serve the citizens of the Town of Groton, Conn.")
    assert mention(groton, "Town of Groton")["admin1"] == "Connecticut"


def test_natural_features_of_the_alias_table(places_pipeline: Pipeline) -> None:
    """Bays, sounds, rivers, ocean parts and islands no packaged gazetteer has come from the alias
    table; "a Delaware Bay beach" (the model's place ran on into "beach") is the bay."""
    places = places_of(places_pipeline, "Remains were found on a Delaware Bay beach. The Puget Sound orcas and the "
                                        "Sacramento River salmon are at risk, as is cod in the North Atlantic.")
    assert [(p["text"], p["feature"]) for p in places] == [
        ("Delaware Bay", "water"), ("Puget Sound", "water"), ("Sacramento River", "water"), ("North Atlantic", "water")]
    assert mention(places, "Puget Sound")["admin1"] == "Washington"
    bay = mention(places, "Delaware Bay")
    assert haversine_km(bay["lat"], bay["lon"], 39.1, -75.2) < 50


def test_a_state_named_does_not_make_a_famous_citys_small_namesake_likelier() -> None:
    """A town a fiftieth the size of a city of its name in its country ("Louisville", Ohio, some
    9,000 people, beside Louisville, Kentucky) gets nothing from the story naming its state: a
    reporter means the city unless the text says "Louisville, Ohio"."""
    from collections import Counter

    from newsgraph.annotators._place_resolve import Context, choose
    from newsgraph.kb.gazetteer import load_gazetteer
    from newsgraph.kb.place_names import place_key

    towns = [p for p in load_gazetteer().lookup("Louisville") if p.feature == "city" and p.country == "USA"]
    kentucky = next(p for p in towns if p.admin1 == "Kentucky")
    ohio = next(p for p in towns if p.admin1 == "Ohio")
    assert kentucky.population > 50 * ohio.population > 30 * ohio.population  # the case the rule is for
    ctx = Context(focus="USA", mentioned=Counter({"USA": 2}), sentence_countries={}, provinces=Counter({"Ohio": 1}))
    assert choose([kentucky, ohio], ctx, 0, None, [], key=place_key("Louisville")).place == kentucky
    ohio_state = next(p for p in load_gazetteer().lookup("Ohio") if p.feature == "admin1")
    qualified = choose([kentucky, ohio], ctx, 0, None, [ohio_state], key=place_key("Louisville"))
    assert qualified.place == ohio  # "Louisville, Ohio"


def test_a_capitals_name_used_as_a_small_towns(places_pipeline: Pipeline) -> None:
    """ "Paris firefighters", "Paris Policemen" in a story with no other sign of France: the towns
    of the name (the largest, Paris, Texas, when nothing else says which) — but "Paris police
    said" and "London Mayor Sadiq Khan" are the capitals', which have police and mayors too."""
    town = places_of(places_pipeline, "Fire damages a Paris apartment. Paris firefighters made quick work of the "
                                      "blaze, and four Paris Policemen helped.")
    assert town and {(p["country"], p["admin1"]) for p in town} == {("USA", "Texas")}, town
    capital = places_of(places_pipeline, "Paris police said the suspect fled. London Mayor Sadiq Khan said the city "
                                         "was safe.")
    assert [(p["text"], p["country"]) for p in capital] == [("Paris", "FRA"), ("London", "GBR")]


def test_the_word_before_a_name_is_in_its_sentence(places_pipeline: Pipeline) -> None:
    """ "… in Kansas City. Bond for Todd Kresin was set …": the "City" closing the last sentence
    does not make "Bond" (a Massachusetts village's other name) "the city Bond"."""
    places = places_of(places_pipeline, "Two men were charged in Kansas City. Bond for Todd D. Kresin, 38, was set "
                                        "at 150 dollars.")
    assert [p["text"] for p in places] == ["Kansas City"], places


def test_a_nationality_word_leading_a_places_name(places_pipeline: Pipeline) -> None:
    """ "Indian Orchard" (a Springfield neighbourhood, a post office) and "French Lick" are names,
    not India or France; "Indian Prime Minister" is India's."""
    places = places_of(places_pipeline, "The plant in Indian Orchard moved to French Lick. The Indian Prime Minister "
                                        "visited.")
    assert [(p["text"], p["country"]) for p in places if p["mention"] == "demonym"] == [("Indian", "IND")], places


def test_a_nationality_word_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "the prominent Slovak architect" (the model's PERSON "Slovak") is Slovakia's word; "Bill
    English" is a man, though "English voters" are England's."""
    places = places_of(places_pipeline, "The hotel was designed by the prominent Slovak architect Ivan Matusik.")
    assert [(p["text"], p["country"]) for p in places] == [("Slovak", "SVK")], places
    english = places_of(places_pipeline, "Prime Minister Bill English said English voters were happy.")
    assert [p["text"] for p in english] == ["English"] and english[0]["start"] > 30, english
    # a passive's "by" is no title before a nationality word the model calls a person (before a name
    # it is: "presented by Tyler's attorney" keeps Tyler a person)
    mined = places_of(places_pipeline, "The area was mined by Azerbaijani soldiers, the organization said. The "
                                       "document was presented by Tyler's attorney.")
    assert [(p["text"], p["country"]) for p in mined] == [("Azerbaijani", "AZE")], mined


def test_a_politicians_state_without_its_dot(places_pipeline: Pipeline) -> None:
    """ "Nancy Pelosi, D-Calif, told colleagues", "D-Mass": the state's abbreviation without its dot
    is the state (not Mass, a village in Italy); "D-Raleigh" stays a home town."""
    places = places_of(places_pipeline, "House Speaker Nancy Pelosi, D-Calif, told colleagues. Rep. Ann Doe, D-Mass, "
                                        "spoke, as did Rep. Ricky Moye, D-Raleigh.")
    assert [(p["text"], p["name"]) for p in places][:2] == [("Calif", "California"), ("Mass", "Massachusetts")]
    assert mention(places, "Raleigh")["feature"] == "city"


def test_canadian_press_province_abbreviations(places_pipeline: Pipeline) -> None:
    """ "ST. JOHN'S, N.L. -", "IQALUIT, Nvt." and "WHITEHORSE, Y.T.": Canadian Press's province forms."""
    places = places_of(places_pipeline, "ST. JOHN'S, N.L. - The victims were remembered. IQALUIT, Nvt. - Snow fell.")
    assert [(p["text"], p["admin1"]) for p in places] == [
        ("ST. JOHN'S", "Newfoundland and Labrador"), ("N.L.", "Newfoundland and Labrador"), ("IQALUIT", "Nunavut"),
        ("Nvt.", "Nunavut")]


def test_a_colon_dateline_before_a_quotation(places_pipeline: Pipeline) -> None:
    """ 'registered with the UNHCR. BEIRUT: "You know, …"': the dateline, though a quotation opens the story."""
    places = places_of(places_pipeline, 'Many are not registered with the UNHCR. BEIRUT: "You know, the life of a '
                                        'refugee is hard," he said.')
    assert [(p["text"], p["country"]) for p in places] == [("BEIRUT", "LBN")]


def test_a_word_found_by_a_towns_other_name_is_no_place(places_pipeline: Pipeline) -> None:
    """ "a Professional in Human Resources": "Human", an other name of Uman (Ukraine) that runs on into
    a longer name no model called a place, is not a town in a story that names no Ukraine; "in Kiev"
    still is Kyiv."""
    assert places_of(places_pipeline, "She earned a Professional in Human Resources (PHR) certification.") == []
    kyiv = places_of(places_pipeline, "Fighting went on in Kiev on Monday.")
    assert [(p["text"], p["country"]) for p in kyiv] == [("Kiev", "UKR")]


def test_a_persons_name_with_the_apostrophe_alone_is_no_place(places_pipeline: Pipeline) -> None:
    """ "Who would have wanted Matthew D. Flores dead? … a tree planted in Flores' honor": the man's
    possessive, not Uruguay's Flores department (before: fifteen facts, one per mention)."""
    text = "Who would have wanted Matthew D. Flores dead? A tree was planted in Flores' honor. Flores' case is open."
    assert places_of(places_pipeline, text) == []


def test_a_titled_persons_name_is_no_town(places_pipeline: Pipeline) -> None:
    """ "Obama's town hall meeting" in a story where "President Obama came to town": the president's,
    not Obama, Fukui (Japan); "Mayor Bloomberg spoke in Paris" keeps Paris."""
    text = "Upbeat mood at Obama's town hall meeting. One man came early. President Obama came to town."
    assert places_of(places_pipeline, text) == []
    paris = places_of(places_pipeline, "Mayor Bloomberg spoke in Paris on Monday.")
    assert [(p["text"], p["country"]) for p in paris] == [("Paris", "FRA")]


def test_a_word_of_a_name_that_is_a_far_towns_other_name_is_no_place(places_pipeline: Pipeline) -> None:
    """ "Coach Panda … and Panda Friend Forever": a word of a product's name that is only an other name
    of Pandi (the Philippines), which the story never goes near; "the Dublin City Council … State of
    Ohio" keeps its town (test above), and a word that is the place's own name stays."""
    assert places_of(places_pipeline, "Users liked Coach Panda (motivating) and Panda Friend Forever (caring).") == []
    fargo = places_of(places_pipeline, "The Fargo Police Department said the man was arrested in North Dakota.")
    assert mention(fargo, "Fargo")["country"] == "USA"


def test_a_name_after_a_compass_point_or_a_hometown_of_is_a_place(places_pipeline: Pipeline) -> None:
    """ "60 miles southwest of Raleigh" (the model's ORG), "his hometown of Lahore" (its NORP): the
    words before say "place" as "north of" does."""
    raleigh = places_of(places_pipeline, "It happened in this small town about 60 miles southwest of Raleigh.")
    assert [(p["text"], p["admin1"]) for p in raleigh] == [("Raleigh", "North Carolina")]
    lahore = places_of(places_pipeline, "He was born in his hometown of Lahore in Punjab.")
    assert [(p["text"], p["country"]) for p in lahore] == [("Lahore", "PAK"), ("Punjab", "PAK")]


def test_a_states_or_countrys_possession_lies_in_it(places_pipeline: Pipeline) -> None:
    """ "North Carolina's Sandhills region": in North Carolina (before: Sandhills, a town of Georgia);
    "Syria's Idlib" is qualified by Syria, as "Idlib, Syria" would be."""
    places = places_of(places_pipeline, "The town lies 60 miles from the coast in North Carolina's Sandhills region.")
    assert mention(places, "Sandhills")["admin1"] == "North Carolina", places
    idlib = places_of(places_pipeline, "Fighting raged on Monday in Syria's Idlib, where the rebels hold out.")
    assert "qualified by Syria" in mention(idlib, "Idlib")["why"]


def test_an_old_name_of_a_capital_is_not_the_capital(places_pipeline: Pipeline) -> None:
    """ "A Philadelphia police officer": Philadelphia, Pennsylvania — not Amman, which GeoNames also
    calls Philadelphia (its Hellenistic name), though Amman is a capital; "talks in Amman" still is."""
    places = places_of(places_pipeline, "A Philadelphia police officer was charged on Monday with selling drugs.")
    assert [(p["text"], p["country"]) for p in places] == [("Philadelphia", "USA")]
    amman = places_of(places_pipeline, "Officials said the talks in Amman went well on Monday.")
    assert [(p["text"], p["country"]) for p in amman] == [("Amman", "JOR")]


def test_a_countrys_name_with_and_inside_is_one_place(places_pipeline: Pipeline) -> None:
    """ "Trinidad and Tobago", "the Turks and Caicos Islands": one country each, not Trinidad
    (Bolivia) and Tobago, nor Turkey for "Turks"."""
    places = places_of(places_pipeline, "Officials in Trinidad and Tobago and in the Turks and Caicos Islands said "
                                        "on Monday that the storm had passed.")
    assert [(p["text"], p["country"]) for p in places] == [("Trinidad and Tobago", "TTO"),
                                                           ("Turks and Caicos Islands", "TCA")]


def test_a_state_before_a_foreign_province_of_its_name(places_pipeline: Pipeline) -> None:
    """ "Officials in Florida", "… in Maryland" with no other clue: the US states (most people), not
    Puerto Rico's municipality or Liberia's county, which the gazetteer listed first."""
    for state in ("Florida", "Maryland", "Montana"):
        places = places_of(places_pipeline, f"Officials in {state} said on Monday that the budget was approved.")
        assert [(p["text"], p["country"]) for p in places] == [(state, "USA")], places


def test_names_starting_with_an_accented_capital(places_pipeline: Pipeline) -> None:
    """ "Şanlıurfa", "Łódź", "İzmir": names whose first letter is no ASCII capital are names too
    (before: found only where the model tagged them)."""
    places = places_of(places_pipeline, "Officials in Şanlıurfa, in Łódź and in İzmir said on Monday that the "
                                        "budget was approved.")
    assert [(p["text"], p["country"]) for p in places] == [("Şanlıurfa", "TUR"), ("Łódź", "POL"), ("İzmir", "TUR")]


def test_a_small_town_with_its_state_or_county_after_it(places_pipeline: Pipeline) -> None:
    """ "the council in Carthage, North Carolina" (the model's one organisation), "in Carnforth,
    Lancashire" (its one place, which no gazetteer has whole), "in Chobham, Surrey" (a village of
    2,800 the model calls an organisation): each town, in the county or state after it."""
    for town, county, admin1 in (("Carthage", "North Carolina", "North Carolina"),
                                 ("Carnforth", "Lancashire", "Lancashire"), ("Chobham", "Surrey", "Surrey")):
        places = places_of(places_pipeline, f"The budget was approved by the council in {town}, {county}, on "
                                            "Monday, officials said.")
        assert mention(places, town)["admin1"] == admin1, places
        assert mention(places, county)["start"] > mention(places, town)["end"]


def test_a_regions_last_word_alone_needs_its_country_in_the_story(places_pipeline: Pipeline) -> None:
    """ "off-Strip casinos … tourists from the Strip" in a story from Las Vegas is no Gaza Strip; in a
    story that names the Palestinians it is."""
    vegas = places_of(places_pipeline, "Before the recession, financing for off-Strip casinos by newcomers was easy, "
                                       "and tourists came from the Strip to Las Vegas.")
    assert [p["country"] for p in vegas] == ["USA"], vegas
    gaza = places_of(places_pipeline, "Israeli strikes hit the Strip on Monday, Palestinian officials said.")
    assert mention(gaza, "Strip")["name"] == "Gaza Strip"


def test_a_verb_or_function_word_the_gazetteer_alone_found_is_no_place(places_pipeline: Pipeline) -> None:
    """ 'Volunteers in "Got matzah?" T-shirts' (the tagger's verb, not Got in India); "in Reading"
    (a gerund to the tagger) stays the town."""
    places = places_of(places_pipeline, 'Volunteers in "Got matzah?" T-shirts handed out boxes in Paris, Tennessee.')
    assert [p["text"] for p in places] == ["Paris", "Tennessee"]
    reading = places_of(places_pipeline, "He lives in Reading with his wife, in Berkshire.")
    assert mention(reading, "Reading")["country"] == "GBR"


def test_a_country_inside_a_party_we_list_is_the_partys(places_pipeline: Pipeline) -> None:
    """ "Senior United Russia officials": the party's name (an `in_name` mention), not officials of
    Russia that could be where something happened."""
    places = places_of(places_pipeline, "Yevdokimov had served as governor. Senior United Russia officials had "
                                        "accused him of violating party rules, Interfax reported.")
    assert [(p["text"], p["mention"]) for p in places] == [("Russia", "in_name")]


def test_planets_numbered_labels_and_titles_are_no_places(places_pipeline: Pipeline) -> None:
    """ "return to Earth" (not Earth, Texas), "lives at Lot No. 5 in Paris, Texas" (not the Lot in
    France, which also made Paris French), "Lt. Kevin Lunsford" (the model's place)."""
    places = places_of(places_pipeline, "Simonyi will return to Earth 13 days later. Randall lives at Lot No. 5 in "
                                        "Paris, Texas. We called in Lt. Kevin Lunsford, police said.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Paris", "Texas"), ("Texas", "Texas")]


def test_a_compass_part_of_a_state_abbreviation(places_pipeline: Pipeline) -> None:
    """ "Western Mass. stargazers" beside an Italian astronomer: the western part of Massachusetts,
    not Mas in Italy (the abbreviation's key without its doubled letter)."""
    places = places_of(places_pipeline, "Western Mass. stargazers to celebrate the 400th anniversary of Italian "
                                        "astronomer Galileo Galilei. Amateur astronomers will gather in Amherst and "
                                        "Northampton on Friday.")
    assert mention(places, "Western Mass.")["admin1"] == "Massachusetts"


def test_dams_border_gates_and_terminals(places_pipeline: Pipeline) -> None:
    """ "fighting near Tabqa Dam" (the alias table's dam, which the facility reading missed), "the
    Habur border gate", "the Rafah terminal" (placed at its town)."""
    places = places_of(places_pipeline, "Officials said on Monday that fighting near Tabqa Dam had stopped, that "
                                        "trucks waited at the Habur border gate, and that the Rafah terminal "
                                        "would reopen.")
    assert [(p["text"], p["country"]) for p in places] == [("Tabqa Dam", "SYR"), ("Habur border gate", "IRQ"),
                                                           ("Rafah terminal", "PSE")]


def test_an_alias_tables_province_before_a_foreign_village_of_its_name(places_pipeline: Pipeline) -> None:
    """ "Chechnya" is the Russian republic, not a Ukrainian hamlet the gazetteer calls so; "Glos"
    is Gloucestershire, not Glos in France — while "Kharkiv" stays the city before its oblast."""
    for name, country in (("Chechnya", "RUS"), ("Glos", "GBR"), ("Kharkiv", "UKR")):
        places = places_of(places_pipeline, f"Officials said on Monday that the fighting in {name} had stopped "
                                            "after the talks.")
        assert [(p["text"], p["country"]) for p in places] == [(name, country)], places
    kharkiv = places_of(places_pipeline, "Officials said on Monday that the fighting in Kharkiv had stopped.")
    assert kharkiv[0]["feature"] == "city"


def test_a_qualifier_is_the_province_or_country_holding_the_town_before_it(places_pipeline: Pipeline) -> None:
    """ "in Spokane, Washington": the state that holds Spokane (before: Washington, D.C., for the
    capital's standing); "Tbilisi, Georgia" stays the country, "Atlanta, Georgia" the state."""
    for town, qualifier, feature, country in (("Spokane", "Washington", "admin1", "USA"),
                                               ("Tbilisi", "Georgia", "country", "GEO"),
                                               ("Atlanta", "Georgia", "admin1", "USA")):
        places = places_of(places_pipeline, f"The budget was approved by the council in {town}, {qualifier}, on "
                                            "Monday, officials said.")
        q = mention(places, qualifier)
        assert (q["feature"], q["country"]) == (feature, country), places


def test_a_town_named_like_a_person_after_in(places_pipeline: Pipeline) -> None:
    """ "grew up in Madison": "in" places even a name the model calls a person (before, a given name
    tagged as a person needed more than "in")."""
    places = places_of(places_pipeline, "They grew up in Madison and moved away.")
    assert [(p["text"], p["country"]) for p in places] == [("Madison", "USA")]


def test_a_towns_officer_after_its_name(places_pipeline: Pipeline) -> None:
    """ "Tillsonburg Mayor Stephen Molnar": a mayor and his name after a town's name say "town", as
    "in" would."""
    places = places_of(places_pipeline, "Tillsonburg Mayor Stephen Molnar said his town would apply for the "
                                        "money.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Tillsonburg", "Ontario")]


def test_a_country_name_that_is_a_province_too_speaks_for_its_sentence(places_pipeline: Pipeline) -> None:
    """ "in Gaya, Niger's army said": Niger is also Nigeria's state, so its name did not count as
    the country's until read; once read as the country it puts its sentence there (Gaya, Niger,
    not the bigger Gaya in India)."""
    places = places_of(places_pipeline, "Fighting continued on Monday in Gaya, Niger's army said.")
    assert [(p["text"], p["country"]) for p in places] == [("Gaya", "NER"), ("Niger", "NER")]


def test_a_countrys_name_before_its_forces(places_pipeline: Pipeline) -> None:
    """ "Mali troops", "Chad forces": a country's name before its state's bodies is the country,
    though the model calls it a person and "Chad" is a given name; the country so named puts a
    town of its sentence there ("in Kita": Mali's, not Tokyo's ward)."""
    places = places_of(places_pipeline, "Mali troops clashed with militants in Kita on Monday, officials said.")
    assert [(p["text"], p["country"]) for p in places] == [("Mali", "MLI"), ("Kita", "MLI")]
    places = places_of(places_pipeline, "Chad forces clashed with rebels near the border, officials said.")
    assert [(p["text"], p["country"]) for p in places] == [("Chad", "TCD")]


def test_two_word_nationality_words_count_for_their_own_country(places_pipeline: Pipeline) -> None:
    """ "South Sudanese forces shelled Bor": the nationality word is South Sudan's (before, its last
    word counted for Sudan), which makes Bor the town in Jonglei, not Serbia's district; "shelled"
    takes a place, never a person, so "Farah" is no given name there."""
    places = places_of(places_pipeline, "South Sudanese forces shelled Bor on Monday, killing three civilians, "
                                        "officials said.")
    assert mention(places, "Bor")["country"] == "SSD"
    places = places_of(places_pipeline, "Afghan forces shelled Farah on Monday, killing three civilians, "
                                        "officials said.")
    assert mention(places, "Farah")["country"] == "AFG"


def test_a_name_spelt_as_one_place_is_not_its_namesake_with_doubled_letters(places_pipeline: Pipeline) -> None:
    """ "Samara" and "Samarra" share a key (doubled letters are forgiven, for "Asad"/"Assad"), but
    the Russian city is spelt "Samara": the alias table's Samarra is for its own spellings."""
    places = places_of(places_pipeline, "Residents of Samara said the shelling lasted all night.")
    assert [(p["text"], p["country"]) for p in places] == [("Samara", "RUS")]
    places = places_of(places_pipeline, "Officials in Samarra said the shelling lasted all night.")
    assert [(p["text"], p["country"]) for p in places] == [("Samarra", "IRQ")]


def test_capitals_named_together_are_capitals(places_pipeline: Pipeline) -> None:
    """ "Officials in London, Washington and Paris": the three capitals, not a Washington near
    London (the British village, which the story's British focus and London nearby favoured)."""
    places = places_of(places_pipeline, "Officials in London, Washington and Paris said the talks would resume.")
    assert [(p["text"], p["country"]) for p in places] == [("London", "GBR"), ("Washington", "USA"),
                                                           ("Paris", "FRA")]
    assert mention(places, "Washington")["admin1"] == "District of Columbia"


def test_a_states_police_name_the_state(places_pipeline: Pipeline) -> None:
    """ "Florida State Police" (the runs' "Florida State", which named nothing) and "New York State
    Police" (the model's place, police and all) name the state, which then says which town "a
    Bradenton man" or "a Plattsburgh man" is from."""
    places = places_of(places_pipeline, "A Bradenton man was arrested Monday after a chase. He was taken to the "
                                        "county jail, Florida State Police said.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Bradenton", "Florida"), ("Florida", "Florida")]
    places = places_of(places_pipeline, "A Plattsburgh man was arrested Monday after a chase. He was taken to "
                                        "the county jail, New York State Police said.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Plattsburgh", "New York"), ("New York State", "New York")]
    # "the Washington State Patrol" is the state's (not the capital's), and so is "the West Virginia State
    # Patrol" the model calls nothing — each then says which state's county the story's is
    for county, state in (("Lewis County", "Washington"), ("Clay County", "West Virginia")):
        places = places_of(places_pipeline, f"Deputies in {county} arrested a man on Monday, the {state} State "
                                            "Patrol said. He was held in the county jail.")
        assert [(p["text"], p["admin1"], p["feature"]) for p in places] == [
            (county, state, "admin2"), (state, state, "admin1")], places


def test_a_town_council_names_its_town(places_pipeline: Pipeline) -> None:
    """ "The Troy City Council … Ohio law": a town whose name is a given name is named by its city
    council (before: dropped as a person's), and "Marion City" is not looked up whole (the
    gazetteer lists Marion, Arkansas, under it): the town is Marion, in the state the story names."""
    # (and a town of two words the model calls nothing: "The Great Bend City Council")
    for town, state in (("Troy", "Ohio"), ("Marion", "Indiana"), ("Acworth", "Georgia"), ("Great Bend", "Kansas"),
                        ("Iron Mountain", "Michigan")):
        places = places_of(places_pipeline, f"The {town} City Council voted 5-2 on Tuesday to raise water fees. "
                                            f"The mayor said {state} law requires a hearing.")
        assert [(p["text"], p["admin1"]) for p in places] == [(town, state), (state, state)], places


def test_the_gazetteers_first_entry_keeps_its_standing_when_the_candidates_are_narrowed(
        places_pipeline: Pipeline) -> None:
    """ "Paris City Hall", "a Paris man" beside Henry County, Tennessee: the capital is left out
    (the text uses the name as a small town's), and the first of the towns left no longer takes
    the standing of the name's first entry (which made it Paris, Texas)."""
    places = places_of(places_pipeline, "A Paris man was arrested Sunday at Paris City Hall by Paris Police "
                                        "Department officers. He is to appear Tuesday in Henry County General "
                                        "Sessions Court. Henry County deputies assisted.")
    assert {p["admin1"] for p in places if p["text"] == "Paris"} == {"Tennessee"}, places


def test_a_name_with_a_possessive_inside(places_pipeline: Pipeline) -> None:
    """ "King's Lynn", "Bishop's Stortford": the gazetteer spells the town so; the runs stopped at
    the apostrophe and found "King" (North Carolina)."""
    for town, county in (("King's Lynn", "Norfolk"), ("Bishop's Stortford", "Hertfordshire")):
        places = places_of(places_pipeline, f"Police in {town} arrested two men on Monday.")
        assert [(p["text"], p["admin1"]) for p in places] == [(town, county)], places


def test_a_given_name_before_a_person_of_the_same_surname_is_a_person(places_pipeline: Pipeline) -> None:
    """ "necklaces from Philip and Charlotte Colbert": the model's place "Philip" is the first of two
    Colberts (before: Philip, South Dakota); "in Florence and Charlotte" stays two towns."""
    places = places_of(places_pipeline, "The package includes limited edition necklaces from Philip and Charlotte "
                                        "Colbert, an appointment for Cryotherapy, as well as various luxury ski "
                                        "items.")
    assert places == []
    places = places_of(places_pipeline, "Officials in Florence and Charlotte said the storm passed.")
    assert [p["text"] for p in places] == ["Florence", "Charlotte"]


def test_a_us_towns_other_name_needs_its_state(places_pipeline: Pipeline) -> None:
    """ "on the South Lawn of the White House": GeoNames lists "South Lawn" among Riverdale,
    Illinois's other names; that the story names the United States is not enough for a small US
    town met only by another name — its state must be named (or a place near it)."""
    places = places_of(places_pipeline, "President Joe Biden speaks to the media before boarding Marine One on the "
                                        "South Lawn of the White House in Washington, Wednesday, June 28, 2023, for "
                                        "a short trip.")
    assert "South Lawn" not in [p["text"] for p in places]
    assert mention(places, "Washington")["admin1"] == "District of Columbia"
    places = places_of(places_pipeline, "Family, friends mourn four children killed in fire. ST. PARIS — Scott "
                                        "Randall cried on Monday in Ohio.")
    assert mention(places, "ST. PARIS")["name"] == "Saint Paris"


def test_a_retreat_from_a_place_named_like_a_person(places_pipeline: Pipeline) -> None:
    """ "Afghan troops withdrew from Farah": a retreat is from a place, though "Farah" is a given
    name the model calls a person (a bare "from" may name a quote's source)."""
    places = places_of(places_pipeline, "Afghan troops withdrew from Farah after heavy fighting, a spokesman said.")
    assert mention(places, "Farah")["country"] == "AFG"


def test_the_city_of_a_name_the_model_ran_on_from(places_pipeline: Pipeline) -> None:
    """ "the northern South Sudanese city of Bentiu on Monday": the model's organisation "Bentiu on
    Monday" hid a town that "city of" names (before: a word of a name, dropped)."""
    places = places_of(places_pipeline, "Protests spread to the northern South Sudanese city of Bentiu on Monday.")
    assert (mention(places, "Bentiu")["country"], mention(places, "Bentiu")["mention"]) == ("SSD", "name")


def test_a_council_the_model_took_for_a_place(places_pipeline: Pipeline) -> None:
    """ "North Bay City Council", which the model tags as a place whole and no gazetteer knows: the
    council of North Bay, whose name is an `in_name` mention of the town."""
    places = places_of(places_pipeline, "A spokesman for North Bay City Council said the road would reopen on "
                                        "Monday. Police in Ontario are investigating.")
    bay = mention(places, "North Bay")
    assert (bay["mention"], bay["admin1"]) == ("in_name", "Ontario")


def test_conflict_towns_by_their_news_spellings(places_pipeline: Pipeline) -> None:
    """News spells Iraq's and Syria's towns otherwise than GeoNames ("Hawija" for Al Hawijah,
    "Makhmour", "Albukamal" for Abu Kamal), and some it lacks (Bashiqa, Khiam): the alias table
    has them; "Be'eri" is the kibbutz, not Barrie, Ontario (whose other names fold to its key)."""
    for name, country in (("Hawija", "IRQ"), ("Makhmour", "IRQ"), ("Albukamal", "SYR"), ("Bashiqa", "IRQ"),
                          ("Khiam", "LBN"), ("Be'eri", "ISR")):
        places = places_of(places_pipeline, f"Fighting was reported in {name} on Monday, officials said.")
        assert [(p["text"], p["country"]) for p in places] == [(name, country)], places


def test_a_towns_people_after_its_name_at_a_headlines_start(places_pipeline: Pipeline) -> None:
    """ "Chicopee residents discuss …": a heading's first word is capitalised whatever it is, so the
    model names nothing; the town's people after it say "town" as "in" would."""
    places = places_of(places_pipeline, "Chicopee residents discuss conservation land purchase. Several "
                                        "residents in the area had protested the plans.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Chicopee", "Massachusetts")]


def test_a_town_word_after_a_governments_kind_is_an_office(places_pipeline: Pipeline) -> None:
    """ "The City Council's Recreation Committee": "Council" is a village in Idaho, but after "City"
    it is the name of the town's council, in an American story or not."""
    places = places_of(places_pipeline, "Chicopee residents discuss the land. The City Council's Recreation "
                                        "Committee will hold a hearing on Wednesday.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Chicopee", "Massachusetts")]


def test_a_name_with_a_middle_initial_is_a_persons_whatever_the_model_says(places_pipeline: Pipeline) -> None:
    """ "the shooting of Tyrise M. Bell" (which the model calls an organisation): later "between Bell
    and Eggers", "struck Bell" are the man, not Bell, California."""
    places = places_of(places_pipeline, "A coroner's inquest ruled that the fatal police shooting of Tyrise M. "
                                        "Bell on Jan. 23 in North Las Vegas was justified. The deadly confrontation "
                                        "between Bell and Eggers came at the end of a foot chase. Eggers fired "
                                        "five shots, four of which struck Bell.")
    assert [p["text"] for p in places] == ["North Las Vegas"]


def test_a_word_the_model_calls_a_person_again_and_again_is_one(places_pipeline: Pipeline) -> None:
    """A page that lost the victim's full name: "killing Welch", "stolen property from Welch" — the
    model reads a person each time, so "from Welch" is not Welch, Oklahoma; a town the text puts
    something in or travels to stays a town though the model calls it a person ("the tournament in
    Delano", "travelling to Cirencester")."""
    places = places_of(places_pipeline, "Jackson County prosecutors charged an Independence teenager on Monday with "
                                        "killing Welch and another teen with the stealing that led to Saturday's "
                                        "fatal confrontation. According to court documents, Welch went to a "
                                        "residence. Christopher Vasquez admitted to police that he and Gillen had "
                                        "stolen property from Welch and that he had stabbed Welch.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Jackson County", "Missouri"), ("Independence", "Missouri")]
    places = places_of(places_pipeline, "The Panthers had a 43-21 win over Delano in Minnesota. However, the team "
                                        "wrestled well in the semi final meet against Delano. The Panthers will make "
                                        "their way to Delano this weekend. The Section 2AA Individual Tournament in "
                                        "Delano will begin with wrestling at 10 a.m.")
    assert [p["text"] for p in places].count("Delano") == 4
    # a journey's end is a place, which a person is not ("travelling to Cirencester", "the diversion to")
    places = places_of(places_pipeline, "The bypass will be shut overnight, so anyone travelling to Cirencester "
                                        "should allow extra time. Council staff said the diversion to Cirencester "
                                        "adds eight miles. Traffic officers asked drivers heading to Cirencester "
                                        "from Swindon to use the old road.")
    assert [(p["text"], p["admin1"]) for p in places].count(("Cirencester", "Gloucestershire")) == 3


def test_a_name_after_a_comma_is_listed_only_where_the_list_goes_on(places_pipeline: Pipeline) -> None:
    """ "within five miles of the White House, Lincoln visited …": the name after the comma runs on
    into a verb — the president, neither a listed place nor the seat of an institution; "at
    Edinburgh, Aberdeen airports" and "the Federal University of Technology, Owerri (FUTO)" are places."""
    assert places_of(places_pipeline, "When Confederate forces threatened the capital, coming to within five "
                                      "miles of the White House, Lincoln visited the capital.") == []
    listed = places_of(places_pipeline, "It is unclear how many airports will be affected, but airlines at "
                                        "Edinburgh, Aberdeen airports all employ Swissport staff.")
    assert [p["text"] for p in listed] == ["Edinburgh", "Aberdeen"]
    seat = places_of(places_pipeline, "The Vice Chancellor of the Federal University of Technology, Owerri (FUTO), "
                                      "spoke on Monday.")
    assert [(p["text"], p["country"]) for p in seat] == [("Owerri", "NGA")]


def test_an_english_speaking_countrys_town_is_spelt_one_way(places_pipeline: Pipeline) -> None:
    """The lookup forgives doubled letters for transliterations (Samarra, Samara); an American town's
    name is spelt one way, so "at Holy Family" in a Michigan story is no mention of Holly, Michigan."""
    places = places_of(places_pipeline, "Drop-offs are at Holy Family, St. Michael's and the public school in "
                                        "Lansing, Michigan.")
    assert [p["text"] for p in places] == ["Lansing", "Michigan"]


def test_a_small_town_met_by_another_name_needs_more_than_in(places_pipeline: Pipeline) -> None:
    """ "in Abbas's detention centers": Fort Abbas, Pakistan goes by Abbas among its other names, but
    a bare "in" before one word of a small foreign town's name vouches for no such town (a
    transliteration of the whole does: "Kiryat Shmona", above)."""
    places = places_of(places_pipeline, "Many of the movement's prominent figures are either in Israeli prisons "
                                        "or in Abbas's detention centers.")
    assert [p["country"] for p in places] == ["ISR"]


def test_a_town_among_the_storys_places_stands_beside_a_giant_namesake(places_pipeline: Pipeline) -> None:
    """A village a thousandth a capital's size needs the text to say so — and a story from Laurel
    County, Kentucky says so of "two London residents": London, Kentucky is the county's seat."""
    places = places_of(places_pipeline, "Laurel County deputies made a traffic stop Tuesday on KY 80 in Laurel "
                                        "County, Kentucky, resulting in two London residents being accused of "
                                        "operating a meth lab.")
    assert [(p["text"], p["admin1"]) for p in places if p["text"] == "London"] == [("London", "Kentucky")]


def test_a_countrys_name_before_a_towns_civic_center_is_the_town(places_pipeline: Pipeline) -> None:
    """ "past the Palestine Civic Center" (the model's organisation) in a story of the Texas Forestry
    Service: a civic center is a town's, so the name is Palestine, Texas — though no mention of it
    stands alone."""
    places = places_of(places_pipeline, "Free trees will be available, courtesy of the Texas Forestry Services. The "
                                        "sale will be held at the Texas Forestry Service located on U.S. 287, past "
                                        "the Palestine Civic Center, behind Fire Station No. 4.")
    assert [(p["text"], p["admin1"]) for p in places if p["text"] == "Palestine"] == [("Palestine", "Texas")]


def test_a_state_in_a_name_in_a_story_that_names_no_country(places_pipeline: Pipeline) -> None:
    """ "the New York Times" in a story that names no country is New York's (an in-name mention); in
    an English story "Midlands" of a police force's name is still not Zimbabwe's province."""
    places = places_of(places_pipeline, "Kotzer's getting media attention from CNN to the New York Times for her "
                                        "advice.")
    assert [(p["text"], p["admin1"], p["mention"]) for p in places] == [("New York", "New York", "in_name")]
    english = places_of(places_pipeline, "Officers from Midlands Police closed the road near Birmingham, England, on "
                                         "Monday.")
    assert [p["country"] for p in english] == ["GBR", "GBR"]


def test_a_small_towns_name_before_a_number_is_a_rooms(places_pipeline: Pipeline) -> None:
    """ "in Talla 2 at the community centre": a room's number after the name — not Tallaght, which
    GeoNames also calls Talla, though the story is in Ireland."""
    places = places_of(places_pipeline, "Meetings are held in Talla 2 at the community centre in Dublin, Ireland.")
    assert [p["text"] for p in places] == ["Dublin", "Ireland"]


def test_a_word_the_article_writes_in_lower_case_is_no_small_town(places_pipeline: Pipeline) -> None:
    """ "Clerk of Council Anne Clarke … The council will meet": the article writes the word in lower
    case too, so "of Council" is not Council, Idaho, though the story is American."""
    places = places_of(places_pipeline, "The board in Dublin, Ohio, approved the appointment, Clerk of Council Anne "
                                        "Clarke said. The council will meet again in April.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Dublin", "Ohio"), ("Ohio", "Ohio")]


def test_a_capitals_name_before_a_city_council_is_a_towns(places_pipeline: Pipeline) -> None:
    """ "Dublin City Council members", "Dublin's city manager": a town's council and manager — in a
    story that names nothing Irish, Dublin is an American town, not Ireland's capital (which
    "Dublin City", the same name said in full, does not vouch for)."""
    places = places_of(places_pipeline, "The appointment of residents to Dublin's boards began a discussion among "
                                        "Dublin City Council members at their Monday meeting. The result was the "
                                        "appointment of Terry Foegler as Dublin's city manager.")
    assert places and {p["country"] for p in places} == {"USA"}


def test_a_place_ending_its_line_ends_its_list(places_pipeline: Pipeline) -> None:
    """A listings page's headings ("Chirk Castle, Wrexham" on a line of its own, from a fundus-eval
    page): the town after the comma ends its line as a list item or a seat ends its clause."""
    import gzip

    from tests.conftest import SHARED, need

    page = need(SHARED / "data" / "fundus-eval" / "dataset" / "html" / "iNews_1.html.gz")
    record = places_pipeline.analyze_raw(RawPage(location=page.name, kind="file", data=gzip.decompress(
        page.read_bytes())))
    named = {(p["text"], p["admin1"]) for p in record["places"]}
    assert {("Wrexham", "Wales"), ("County Down", "Northern Ireland")} <= named


def test_a_town_of_the_province_its_sentence_names(places_pipeline: Pipeline) -> None:
    """ "on the other side of the B.C. border, Valemount is also looking …": the model calls the
    village a person; a name no person bears, of a town in the province its sentence names, is that
    town — but "Graham" beside "Texas" of "Martha Graham" is still the dancer."""
    places = places_of(places_pipeline, "Two hours away on the other side of the B.C. border, Valemount is also "
                                        "looking at building a geothermal plant.")
    assert [(p["text"], p["admin1"]) for p in places] == [("B.C.", "British Columbia"),
                                                          ("Valemount", "British Columbia")]


def test_a_dateline_run_on_from_the_paragraph_before(places_pipeline: Pipeline) -> None:
    """ "… the turnout was close to 80% AMHERST - Irvin E. Rhodes was …": a page that lost its line
    breaks runs the dateline on; the name in capitals before the dash, which the article also
    writes as "Amherst", is the town — and vouches for its other mentions."""
    text = ("Rhodes, Rivkin top Amherst election. Looks like about a 10% turnout in overly enlightened Amherst. But "
            "five months ago the turnout was close to 80% AMHERST - Irvin E. Rhodes was the big winner in the "
            "election. He taught at the former Belchertown State School.")
    places = places_of(places_pipeline, text)
    assert ("AMHERST", "Massachusetts") in [(p["text"], p["admin1"]) for p in places]
    # an acronym before a dash that the article never writes in its own case is no dateline
    assert places_of(places_pipeline, "Members voted on the plan, said NATO - The alliance met on Monday.") == []


def test_a_small_town_of_the_storys_state_known_to_the_post_office(places_pipeline: Pipeline) -> None:
    """A story whose places all lie in Ohio: "West Chester", which the main gazetteer knows only in
    Pennsylvania, is the Ohio township the post office knows — a town elsewhere would come with its
    state ("West Chester, Pennsylvania")."""
    story = ("Police in Hamilton, Ohio, Fairfield, Ohio, and Oxford, Ohio, searched the area on Monday. The woman "
             "lives in West Chester, the sheriff said.")
    assert mention(places_of(places_pipeline, story), "West Chester")["admin1"] == "Ohio"
    elsewhere = places_of(places_pipeline, story.replace("West Chester,", "West Chester, Pennsylvania,"))
    assert mention(elsewhere, "West Chester")["admin1"] == "Pennsylvania"


def test_a_small_place_abroad_that_is_a_post_town_of_the_storys_state(places_pipeline: Pipeline) -> None:
    """ "HUME – Principal …" in a story of Shiloh, Illinois: the gazetteer's only Hume is an Australian
    shire, in a country nothing else in the story is in; the post office knows a Hume in Illinois."""
    text = ("Shiloh ponders change, Part III. HUME – Principal Mark Hettmansberger has concerns about Shiloh’s "
            "relationship with the Kansas Treatment and Learning Center (TLC) of the Eastern Illinois Area of "
            "Special Education. Hettmansberger advised board members that sending Shiloh students to TLC is "
            "expensive. Shiloh currently has four students attending the facility.")
    hume = mention(places_of(places_pipeline, text), "HUME")
    assert (hume["admin1"], hume["country"]) == ("Illinois", "USA")


def test_a_province_after_a_town_it_holds(places_pipeline: Pipeline) -> None:
    """ "a farm in Pandi, Bulacan": a name after "<town>, " that is the province or country holding
    a namesake of the town is a place, though no word before it says so; English names of Indonesian
    provinces and Australian states' short forms are the provinces."""
    text = ("Officials culled pigs at a farm in Pandi, Bulacan on Sunday. A trader from Sukoharjo, Central Java, "
            "fell ill. Racing stopped in NSW and Queensland.")
    places = places_of(places_pipeline, text)
    assert (mention(places, "Bulacan")["feature"], mention(places, "Bulacan")["country"]) == ("admin1", "PHL")
    assert (mention(places, "Central Java")["feature"], mention(places, "Central Java")["country"]) == ("admin1", "IDN")
    assert mention(places, "NSW")["admin1"] == "New South Wales"


def test_unsure_names_of_a_named_countrys_provinces_and_cities(places_pipeline: Pipeline) -> None:
    """ "the towns hit hardest are Kisumu and …" beside Kenya: a name the model calls an organisation
    (or nothing) that is a province, or a city of 50,000, of a country the article names is that
    place; not a sentence's capitalised first word ("Mobile teams …" is no Alabama city)."""
    text = ("Kenya's health ministry said Nairobi had forty cases of the flu. The towns hit hardest after it "
            "are Kisumu and Eldoret. Mobile teams from the United States visited clinics.")
    places = places_of(places_pipeline, text)
    assert mention(places, "Kisumu")["country"] == "KEN"
    assert not any(p["text"] == "Mobile" for p in places)


def test_a_state_in_a_list_of_states_and_a_capital_among_capitals(places_pipeline: Pipeline) -> None:
    """ "…, Utah, Virginia, Washington, West Virginia and Wyoming": listed with states, Washington and
    Wyoming are the states (not the capital, not Wyoming, Michigan); "officials in London,
    Washington and Paris" are capitals though the story names Tennessee."""
    text = ("Cases were reported in Michigan, Tennessee, Texas, Utah, Virginia, Washington, West Virginia and "
            "Wyoming. Officials in London, Washington and Paris met on Monday.")
    capital = places_of(places_pipeline, "Washington, D.C.'s Housing Authority police covers the stations. Cases "
                                         "were reported in Michigan, Utah, Virginia and Washington.")
    assert mention(capital, "Washington")["admin1"] == "District of Columbia"  # qualified, not listed
    places = places_of(places_pipeline, text)
    assert (mention(places, "Washington")["feature"], mention(places, "Washington")["admin1"]) == (
        "admin1", "Washington")
    assert mention(places, "Wyoming")["feature"] == "admin1"
    assert mention(places, "Washington", 1)["admin1"] == "District of Columbia"
    assert mention(places, "Paris")["country"] == "FRA"


def test_a_village_in_a_named_state_does_not_take_a_big_citys_name(places_pipeline: Pipeline) -> None:
    """ "the Mayor of Boston" in a story naming New York's governor: a state holds a village of
    almost any city's name; only nearby towns would speak for a village a fiftieth the city's size."""
    text = ("Flu spread across the country. The Mayor of Boston declared an emergency. Later the New York "
            "Governor declared one too.")
    assert mention(places_of(places_pipeline, text), "Boston")["admin1"] == "Massachusetts"


def test_a_name_closing_an_apposition_before_told(places_pipeline: Pipeline) -> None:
    """ "Boud, a resident of Torun, told reporters": the name ends a phrase set off by commas; the
    speaker is the person, and the town is still the town named earlier."""
    text = ("Two dead swans were found in the northern town of Toruń in Poland. Boud, a resident of Toruń, "
            "told reporters that the river bank was closed.")
    places = places_of(places_pipeline, text)
    assert [p["country"] for p in places if p["text"] == "Toruń"] == ["POL", "POL"]


def test_city_of_a_town_seas_beside_countries_and_folded_spellings(places_pipeline: Pipeline) -> None:
    """ "the City of Santa Ana" after "Santa Ana, California" is the Californian town (not El
    Salvador's department that GeoNames also calls so), and "south Santa Ana" part of it; "the
    Indian Ocean in Seychelles" stays the ocean; "Kalam … north-west Pakistan" is not Kallam, India
    (the only spelling the gazetteer has, in a country the sentence does not name)."""
    text = ("Parents met at a school in Santa Ana, California. Representatives from the City of Santa Ana "
            "attended. Businesses in south Santa Ana were asked to test.")
    places = places_of(places_pipeline, text)
    assert {p["country"] for p in places if "Santa Ana" in p["text"]} == {"USA"}
    ocean = places_of(places_pipeline, "The virus is also present in the Indian Ocean in Seychelles and in Mayotte.")
    assert mention(ocean, "Indian Ocean")["feature"] == "water"
    kalam = places_of(places_pipeline, "Helicopters landed in the tourist town of Kalam in the Swat Valley, "
                                       "north-west Pakistan.")
    assert not any(p.get("country") == "IND" for p in kalam)


def test_country_points_agree_with_the_usual_references() -> None:
    """A country's point lies within 161 km of both GeoNames' and the encyclopaedias' centre where the
    two are less than about 300 km apart (China: 35N 105E and 35N 103E)."""
    from newsgraph.kb.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    china = next(p for p in gaz.lookup("China") if p.feature == "country")
    assert haversine_km(china.lat, china.lon, 35.0, 105.0) <= 161
    assert haversine_km(china.lat, china.lon, 35.0, 103.0) <= 161
    congo = next(p for p in gaz.lookup("Democratic Republic of the Congo") if p.feature == "country")
    assert haversine_km(congo.lat, congo.lon, -2.88, 23.65) <= 161
    japan = next(p for p in gaz.lookup("Japan") if p.feature == "country")  # GeoNames puts it at Tokyo
    assert haversine_km(japan.lat, japan.lon, 35.69, 139.75) <= 161
    zambia = next(p for p in gaz.lookup("Zambia") if p.feature == "country")  # GeoNames: 14.33S 28.5E
    assert haversine_km(zambia.lat, zambia.lon, -14.33, 28.5) <= 161
    assert haversine_km(zambia.lat, zambia.lon, -15.0, 30.0) <= 161
    # Canada at its middle, as the encyclopaedias and LGL put it (60N 95W, 60N 96W), not GeoNames' point in
    # northern Alberta (60.1N 113.6W), 900 km west of the geographic centre (62.4N 96.5W)
    canada = next(p for p in gaz.lookup("Canada") if p.feature == "country")
    assert haversine_km(canada.lat, canada.lon, 60.0, -95.0) <= 161
    assert haversine_km(canada.lat, canada.lon, 60.0, -96.0) <= 161
    assert haversine_km(canada.lat, canada.lon, 62.4, -96.5) < haversine_km(60.1, -113.6, 62.4, -96.5)
    # and so does a province's: Pakistan's Punjab (GeoNames 31N 72E, the encyclopaedias 31N 74E)
    punjab = next(p for p in gaz.lookup("Punjab") if p.feature == "admin1" and p.country == "PAK")
    assert haversine_km(punjab.lat, punjab.lon, 31.0, 72.0) <= 161
    assert haversine_km(punjab.lat, punjab.lon, 31.0, 74.0) <= 161
    # Europe's named parts where the geoparsing corpora put them (Northern Europe: 61.7N 2.9E)
    north = next(p for p in gaz.lookup("Northern Europe") if p.feature == "region")
    assert haversine_km(north.lat, north.lon, 61.68, 2.9) <= 161


def test_a_small_town_abroad_before_its_country(places_pipeline: Pipeline) -> None:
    """ "in the hills of Weiswampach, Luxembourg" in a story of other countries: the country after the
    village says which place it is, though the village is small and no "in" stands before it."""
    text = ("Athletes from the United States and Germany raced in the hills of Weiswampach, Luxembourg "
            "yesterday. Dark clouds hung over Weiswampach all afternoon.")
    places = places_of(places_pipeline, text)
    assert [p["country"] for p in places if p["text"] == "Weiswampach"] == ["LUX", "LUX"]


def test_former_provinces_and_pathogens_named_after_places(places_pipeline: Pipeline) -> None:
    """Provinces older reports name (Kenya's Rift Valley, Congo's Western Kasai, France's Rhône-Alpes)
    are places; a virus named after a town ("the Reston ebolavirus", "Ebola-Reston virus") is no
    mention of it, while "to Reston, Virginia" is the town."""
    text = ("Cases were reported in the Rift Valley and in the province of Western Kasai. In 1989 monkeys "
            "were imported to Reston, Virginia. Pigs carried the Reston ebolavirus, and tests found the "
            "Ebola-Reston virus in two farms.")
    places = places_of(places_pipeline, text)
    assert mention(places, "Rift Valley")["country"] == "KEN"
    assert mention(places, "Western Kasai")["country"] == "COD"
    assert [p["admin1"] for p in places if p["text"] == "Reston"] == ["Virginia"]
    marburg = places_of(places_pipeline, "The Marburg virus spread in Uige, Angola. Because Marburg kills more "
                                         "slowly, victims travel. Doctors later met in Marburg, Germany. China's "
                                         "news agency Xinhua reported new cases in Beijing.")
    assert [p["country"] for p in marburg if p["text"] == "Marburg"] == ["DEU"]  # the town, once
    assert not any(p["text"] == "Xinhua" for p in marburg)  # the agency, not the county in Yunnan


def test_a_capital_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "Tbilisi has denied the allegation" (the model's person, no "in" before it): a national
    capital's name is the capital, standing for its government."""
    text = ("A bomb went off near the border on Sunday, the separatists said. Tbilisi has denied the allegation "
            "and state television reported the blast.")
    tbilisi = mention(places_of(places_pipeline, text), "Tbilisi")
    assert (tbilisi["country"], tbilisi["mention"]) == ("GEO", "metonym")
    # one the model calls nothing, in a story from Kentucky's London, is the paper's town
    london = places_of(places_pipeline, "LONDON, Ky. (WKYT) - London Police have arrested two people. Officers "
                                        "were called to the store on Kentucky 192.\nLondon Police say the woman "
                                        "had four warrants. Crews drove down North Jackson Highway.")
    assert {p["admin1"] for p in london if p["text"].lower() == "london"} == {"Kentucky"}
    assert not any(p["text"] == "Jackson" for p in london)  # a road's name, not Jackson, Mississippi


def test_military_posts_laboratories_and_a_countrys_laboratory(places_pipeline: Pipeline) -> None:
    """Military posts and laboratories news names are facilities with points ("Fort Detrick",
    "Dugway Proving Ground"); "the Pirbright laboratory" is placed at the village it is named after;
    "a UK laboratory" is the country's, not a facility at a Russian village called Uk."""
    text = ("The anthrax was most likely produced at Fort Detrick, and the Dugway Proving Ground in Utah "
            "wants more. The outbreak in Surrey, UK came from the Pirbright laboratory. Officials will seek "
            "confirmation from a UK laboratory.")
    places = places_of(places_pipeline, text)
    assert mention(places, "Fort Detrick")["admin1"] == "Maryland"
    assert mention(places, "Dugway Proving Ground")["admin1"] == "Utah"
    pirbright = mention(places, "Pirbright laboratory")
    assert (pirbright["admin1"], pirbright["country"]) == ("Surrey", "GBR")
    assert mention(places, "UK", 1)["country"] == "GBR"


def test_provinces_far_from_geonames_point_are_moved_there() -> None:
    """Provinces whose packaged centroid lies far from GeoNames' point (Alberta 343 km, Queensland
    245 km) are placed where geoparsing corpora and maps put them."""
    from newsgraph.kb.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for name, lat, lon in (("Alberta", 52.28, -117.47), ("Queensland", -20.0, 145.0),
                           ("Newfoundland and Labrador", 52.0, -56.0)):
        province = next(p for p in gaz.lookup(name) if p.feature == "admin1")
        assert haversine_km(province.lat, province.lon, lat, lon) <= 50


def test_names_given_and_countries_after_provinces_are_not_list_items(places_pipeline: Pipeline) -> None:
    """ "the street was later called Lafayette" gives a name, not a place; "in Matias Romero, Oaxaca
    State, Mexico" ends with the country, not the State of Mexico; "in Liverpool, northern England"
    is the city, which the region after it qualifies."""
    text = ("Migrants camped in Matias Romero, Oaxaca State, Mexico, on Wednesday. In New Orleans, the old "
            "street was later called Lafayette and then Franklin. The boy is treated in Liverpool, northern "
            "England.")
    places = places_of(places_pipeline, text)
    assert mention(places, "Mexico")["feature"] == "country"
    assert not any(p["text"] == "Lafayette" for p in places)
    assert mention(places, "Liverpool")["feature"] == "city"


def test_state_codes_after_a_town_and_lists_the_model_joins(places_pipeline: Pipeline) -> None:
    """ "EDMONTON, Ky (WBKO)" and "LOUISVILLE, KY--" are Kentucky (the AP style without its dot, the
    postal code) — but "he said, OK, we go" and "Hi, Miss Daisy" are no states; "south to Ingham or
    Townsville" (the model's one organisation) names two towns of the Queensland the story names;
    "one resident of Tabriz told the BBC" is the city, not its government speaking."""
    codes = places_of(places_pipeline, "EDMONTON, Ky (WBKO) -- A fire broke out. LOUISVILLE, KY--(Marketwire) - "
                                       "The firm moved. He said, OK, we go. Hi, Miss Daisy came.")
    assert [p["admin1"] for p in codes if p["text"] in ("Ky", "KY")] == ["Kentucky", "Kentucky"]
    assert not any(p["text"] in ("OK", "Miss") for p in codes)
    club = places_of(places_pipeline, "The Allendale Woman's Club of New Jersey is a member of The NJ State "
                                      "Federation of Women's Clubs. The NY office did not reply.")
    assert mention(club, "NJ")["admin1"] == "New Jersey"
    assert not any(p["text"] == "NY" for p in club)  # a code alone only for a state the article names
    towns = places_of(places_pipeline, "A Queensland Amber Alert has been issued for four boys. They are believed "
                                       "to be traveling with her south to Ingham or Townsville in a white sedan with "
                                       "Queensland registration.")
    assert {p["text"]: p["admin1"] for p in towns if p["text"] in ("Ingham", "Townsville")} == {
        "Ingham": "Queensland", "Townsville": "Queensland"}
    # a partner the gazetteer knows only abroad stays out ("Nature Reserve" is a Singapore subzone)
    reserve = places_of(places_pipeline, "Ten gardens to visit across the UK this spring.\n\nWicken Fen National "
                                         "Nature Reserve, Cambridgeshire\n\nWicken Fen is one of the oldest reserves.")
    assert not any(p["text"] == "Nature Reserve" for p in reserve)
    assert mention(reserve, "Cambridgeshire")["country"] == "GBR"
    tabriz = places_of(places_pipeline, "The quake hit Tabriz in Iran on Saturday. \"The quake has created huge "
                                        "panic,\" one resident of Tabriz told the BBC.")
    assert [p["country"] for p in tabriz if p["text"] == "Tabriz"] == ["IRN", "IRN"]


def test_a_guide_naming_many_towns_once_has_no_story_town(places_pipeline: Pipeline) -> None:
    """A guide to gardens across the country names Houston once among other towns: a castle it does
    not put anywhere, in a paragraph of its own, is left out — not placed at Houston (the one town in
    the one state it names) nor at Boston, named last in the paragraph before (a building is put at
    the town named just before it only in its own paragraph); "Royal Street" in a story that names
    New Orleans is placed there."""
    guide = places_of(places_pipeline, "Gardens to visit this spring: Houston, Texas has azaleas. Denver has "
                                       "roses. Phoenix has cacti. Boston has tulips.\n\nVisitors love Wentworth "
                                       "Castle for its gardens.")
    assert not any(p["text"] == "Wentworth Castle" for p in guide)
    story = places_of(places_pipeline, "New Orleans grew downriver. The houses on Royal Street date from the "
                                       "1830s, and the street was later called Lafayette.")
    assert mention(story, "Royal Street")["admin1"] == "Louisiana"


def test_state_of_a_province_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "the farmers of State of Tamil Nadu…" (the model: "State of" an organisation, "Tamil Nadu" a
    person): the form names the province."""
    text = ("Tamil Nadu said it had written to the Centre. Any delay in constituting the Cauvery Management "
            "Board is to the prejudice to the farmers of State of Tamil Nadu… In the absence of any cogent "
            "reasons, the Centre failed.")
    assert [p["feature"] for p in places_of(places_pipeline, text) if "Tamil Nadu" in p["text"]] == ["admin1",
                                                                                                      "admin1"]


def test_a_school_is_placed_at_the_storys_town(places_pipeline: Pipeline) -> None:
    """ "Marjory Stoneman Douglas High School" in a story from Parkland, Florida: a building placed at
    the story's town, as churches and hospitals are."""
    text = ("PARKLAND, Fla. — Students at Marjory Stoneman Douglas High School returned on Monday. Parkland "
            "police said the campus was calm.")
    school = mention(places_of(places_pipeline, text), "Marjory Stoneman Douglas High School")
    assert (school["feature"], school["admin1"]) == ("facility", "Florida")


def test_words_that_put_a_village_somewhere_and_joined_spellings(places_pipeline: Pipeline) -> None:
    """ "the community of O'Leary", "near to Bieżuń", "Mabini Vice-Mayor X" put an unsure name
    somewhere; "Dogu Beyazit" is Doğubeyazıt written as two words."""
    text = ("Birds died on Prince Edward Island. The case was found in the community of O'Leary. Poland "
            "reported one too. It was found in the village of Saldowo, near to Bieżuń. \"It was during "
            "recess,\" said Mabini Vice-Mayor Ester Tabigue. Schools in Bohol closed. The children were from "
            "Dogu Beyazit, a farming town in Turkey.")
    places = places_of(places_pipeline, text)
    assert mention(places, "O'Leary")["admin1"] == "Prince Edward Island"
    assert mention(places, "Bieżuń")["country"] == "POL"
    assert (mention(places, "Mabini")["country"], mention(places, "Mabini")["admin1"]) == ("PHL", "Bohol")
    assert mention(places, "Dogu Beyazit")["country"] == "TUR"


def test_provinces_since_merged_and_the_americas(places_pipeline: Pipeline) -> None:
    """Vietnam's provinces before the 2025 merger, Norway's counties before 2020, Poland's
    voivodeships by their English adjectives and the Americas are places older reports name."""
    text = ("Patients were followed in Binh Phuoc, Vietnam, in Hordaland county in Norway and in the "
            "Masovian Voivodeship of Poland. Measles also spread in the Americas, in Orissa and in FATA.")
    places = places_of(places_pipeline, text)
    assert mention(places, "Orissa")["admin1"] == "Odisha"
    assert mention(places, "FATA")["country"] == "PAK"
    assert mention(places, "Binh Phuoc")["country"] == "VNM"
    assert mention(places, "Hordaland")["country"] == "NOR"
    assert mention(places, "Masovian Voivodeship")["admin1"] == "Mazovia"
    americas = mention(places, "Americas")
    assert americas["lat"] is not None and 0 < americas["lat"] < 40 and -110 < americas["lon"] < -80


def test_a_village_no_gazetteer_has_is_placed_in_the_storys_province(places_pipeline: Pipeline) -> None:
    """A story about Prince Edward Island that names no town most: "people in West Prince" (no
    gazetteer has it) are placed in the province the story names most, with a province's precision."""
    text = ("Avian flu was confirmed on Prince Edward Island this week. The Prince Edward Island "
            "government said the risk was low. It advised people in West Prince to keep birds indoors.")
    village = mention(places_of(places_pipeline, text), "West Prince")
    assert (village["admin1"], village["precision"]) == ("Prince Edward Island", "admin1")


def test_an_airport_named_after_a_place_of_the_storys_countries(places_pipeline: Pipeline) -> None:
    """ "caught at Bali airport" in a story about Australia and Indonesia: the airport of the
    Indonesian province, not the Bali Airport in Cameroon nor a Bāli in India."""
    text = ("A former student from the Gold Coast of Australia was caught at Bali airport importing "
            "marijuana from Australia. She appeared before an Indonesian judge in Jakarta, Indonesia.")
    airport = mention(places_of(places_pipeline, text), "Bali airport")
    assert (airport["country"], airport["feature"]) == ("IDN", "facility")


def test_towns_listed_with_their_states(places_pipeline: Pipeline) -> None:
    """ "Nashville and Cordova, Tennessee, Richmond, Virginia, Fort Lauderdale and Orlando, Florida":
    a list of towns each followed by its state; Richmond is the one in Virginia, not Kentucky's."""
    text = ("The properties are located in and around Louisville and Lexington, Kentucky, Nashville and "
            "Cordova, Tennessee, Richmond, Virginia, Fort Lauderdale and Orlando, Florida, and Atlanta, Georgia.")
    assert mention(places_of(places_pipeline, text), "Richmond")["admin1"] == "Virginia"
    states = places_of(places_pipeline, "Cases came from Texas, Utah, Virginia, Washington, West Virginia "
                                        "and Wyoming.")
    assert mention(states, "Washington")["feature"] == "admin1"


def test_a_countrys_initials_where_the_story_names_it(places_pipeline: Pipeline) -> None:
    """ "post-apartheid SA", "That SA holds" in a story that names South Africans: the country's
    initials; not in a story that names both Saudi Arabia and South Africa, nor where it names neither."""
    text = ("Power over rural land has been concentrated in post-apartheid SA. Millions of South Africans "
            "depend on mining. That SA holds unparalleled reserves of platinum is well known.")
    places = places_of(places_pipeline, text)
    assert [p["country"] for p in places if p["text"] == "SA"] == ["ZAF", "ZAF"]
    both = places_of(places_pipeline, "Saudi Arabia and South Africa signed a deal. SA officials were pleased.")
    assert not any(p["text"] == "SA" for p in both)
    neither = places_of(places_pipeline, "The firm said SA revenue rose in Ohio.")
    assert not any(p["text"] == "SA" for p in neither)
    # a pair joined by "and" goes by its initials and an ampersand: "T&T"
    caribbean = places_of(places_pipeline, "Officials in Trinidad and Tobago said T&T would not attend the meeting.")
    assert mention(caribbean, "T&T")["country"] == "TTO"
    unnamed = places_of(places_pipeline, "The T&T mission said the meeting was postponed.")
    assert not any(p["text"] == "T&T" for p in unnamed)


def test_theme_parks_are_places(places_pipeline: Pipeline) -> None:
    """ "went to Disneyworld": the resort in Florida (the alias table's), which news names as a place;
    so is a football ground by its short name ("inside Anfield")."""
    park = mention(places_of(places_pipeline, "A New Jersey man went to Disneyworld wearing the T-shirt."),
                   "Disneyworld")
    assert (park["feature"], park["admin1"]) == ("facility", "Florida")
    ground = mention(places_of(places_pipeline, "Fans set off fireworks inside Anfield as City's bus made its way to "
                                                "the ground."), "Anfield")
    assert (ground["feature"], ground["country"]) == ("facility", "GBR")


def test_a_district_of_a_named_province_and_a_village_in_the_storys_county(places_pipeline: Pipeline) -> None:
    """ "a villager in the Gondra district of Uttar Pradesh" (no gazetteer has Gondra): placed in
    the province it is "of"; "the scene in Roskear" in a story about Cornwall that names no town
    most: placed in the county, with a county's precision."""
    floods = places_of(places_pipeline, "Floods hit northern India. Santosh Mishra, a villager in the Gondra "
                                        "district of Uttar Pradesh, said aid had arrived.")
    district = mention(floods, "Gondra district")
    assert (district["admin1"], district["country"]) == ("Uttar Pradesh", "IND")
    scene = places_of(places_pipeline, "Three people died in a caravan park in Cornwall. Cornwall Fire and "
                                       "Rescue Service were alerted. An advisor was also at the scene in Roskear.")
    village = mention(scene, "Roskear")
    assert village["precision"] in ("admin1", "admin2")
    assert abs(village["lat"] - 50.4) < 0.5 and abs(village["lon"] + 4.9) < 0.7


def test_kurdish_is_kurdistan_not_iraq(places_pipeline: Pipeline) -> None:
    """ "Kurdish militants" in a story from Turkey and "Kurds in Syria" speak of the Kurds' region
    across four countries, not of Iraq; the Kurdistan Workers Party is an organisation."""
    places = places_of(places_pipeline, "Turkish officials blamed the outlawed Kurdistan Workers Party. Kurdish "
                                        "militants were blamed in Istanbul. Kurds in Syria fought near Kobani.")
    kurdish = [p for p in places if p["text"] in ("Kurdish", "Kurds")]
    assert [(p["name"], p["country"]) for p in kurdish] == [("Kurdistan", None), ("Kurdistan", None)]
    assert all(p["mention"] != "name" for p in places if p["text"] == "Kurdistan")


def test_a_facility_named_like_a_far_village_is_at_the_storys_town(places_pipeline: Pipeline) -> None:
    """ "an adjacent park (Washington Square)" in a story about New Orleans: the square, placed at
    the story's town, not Washington Square, a Pennsylvania town of 13,000."""
    text = ("New Orleans grew downriver in the 1800s. The surveyor gave the avenue great width and an adjacent "
            "park (Washington Square). Tourists in New Orleans still visit Washington Square on weekends.")
    squares = [p for p in places_of(places_pipeline, text) if p["text"] == "Washington Square"]
    assert squares and all((p["feature"], p["admin1"]) == ("facility", "Louisiana") for p in squares)
    hospital = places_of(places_pipeline, "Overdoses are rising in Vancouver. At St. Paul's Hospital in downtown "
                                          "Vancouver, the doctors are busy.")
    assert not any(p["text"].startswith("At St") for p in hospital)  # a saint's "St.", no street "At St."
    assert mention(hospital, "St. Paul's Hospital")["admin1"] == "British Columbia"


def test_a_village_the_words_place_whatever_the_models_label(places_pipeline: Pipeline) -> None:
    """ "The landslide hit the village of Xinmo" (no gazetteer has it; the model may call it a
    facility) in a story about Sichuan: a village, placed in the province the story names most."""
    text = ("A landslide buried 40 homes in Maoxian county in Sichuan province. Rescuers from Sichuan arrived "
            "within hours. The landslide hit the village of Xinmo at around 6 am.")
    village = mention(places_of(places_pipeline, text), "Xinmo")
    assert (village["admin1"], village["country"], village["precision"]) == ("Sichuan", "CHN", "admin1")


def test_a_big_city_of_the_storys_country_before_a_capital_abroad_never_named(places_pipeline: Pipeline) -> None:
    """ "a London doctor" in a story about Canada that never names Britain is London, Ontario (a city
    of 400,000), not the British capital; once the story names Britain, London is its capital."""
    rally = ("Organizers of a London rally said Canada must take more action. More than 200 people attended "
             "the rally on Saturday. \"We just want Canada to do more,\" said a London doctor.")
    assert [p["admin1"] for p in places_of(places_pipeline, rally) if p["text"] == "London"] == ["Ontario", "Ontario"]
    talks = ("Canada's prime minister flew to London on Saturday. He met British ministers to discuss trade with "
             "Canada and the rest of Europe.")
    assert mention(places_of(places_pipeline, talks), "London")["country"] == "GBR"


def test_a_town_its_apposition_calls_one(places_pipeline: Pipeline) -> None:
    """ "Tamarasheni, a Georgian town a stone's throw from Tskhinvali": a town no gazetteer has,
    placed near the town its apposition names; "Kwamouth, a town 200 km north of Kinshasa": that
    far that way, with a county's precision; "X, a Georgian village" alone: in Georgia."""
    near = mention(places_of(places_pipeline, "Separatists claimed artillery attacks. Tamarasheni, a Georgian town "
                                              "a stone's throw from Tskhinvali, also came under fire."), "Tamarasheni")
    assert (near["country"], near["admin1"]) == ("GEO", "Shida Kartli")
    north = mention(places_of(places_pipeline, "Rebels seized Kwamouth, a town 200 km north of Kinshasa, on Monday."),
                    "Kwamouth")
    assert north["precision"] == "admin2" and 190 < haversine_km(north["lat"], north["lon"], -4.33, 15.31) < 210
    assert north["lat"] > -4.33  # north of Kinshasa
    village = mention(places_of(places_pipeline, "Police said Dvanikhevi, a Georgian village, was shelled overnight."),
                      "Dvanikhevi")
    assert (village["country"], village["precision"]) == ("GEO", "country")


def test_clock_times_zones_say_the_storys_country(places_pipeline: Pipeline) -> None:
    """ "effective from 7 a.m. CT today" is an American story's time: its bare Birmingham is
    Alabama's, not England's bigger city, which a story without it means."""
    festival = ("Organizers have announced a $100 sale on two-day passes for the Birmingham festival. The new price "
                "is effective from 7 a.m. CT today until midnight.")
    assert mention(places_of(places_pipeline, festival), "Birmingham")["admin1"] == "Alabama"
    # (nor its dollars, which say so too)
    plain = festival.replace(" CT", "").replace("a $100 sale", "a sale")
    assert mention(places_of(places_pipeline, plain), "Birmingham")["country"] == "GBR"


def test_local_police_say_the_storys_country_and_province(places_pipeline: Pipeline) -> None:
    """ "Brant OPP … responded" is Ontario's provincial police: the story's Paris is the Ontario town
    in Brant county, not France's capital, which the same story without the police means; a town
    named before another word and a street word is the street's name ("King Edward Street")."""
    crash = ("A collision on Rest Acres Road in Paris sent two people to hospital. Brant OPP and paramedics "
             "responded. Investigators will close Rest Acres Road between King Edward Street and Highway 403 "
             "and Powerline Road between Cleaver Road and Mile Hill for several hours.")
    places = places_of(places_pipeline, crash)
    assert (mention(places, "Paris")["country"], mention(places, "Paris")["admin1"]) == ("CAN", "Ontario")
    assert all(p["text"] != "King" for p in places)
    assert mention(places_of(places_pipeline, crash.replace("Brant OPP", "Officers")), "Paris")["country"] == "FRA"


def test_a_newsrooms_credit_says_the_storys_country(places_pipeline: Pipeline) -> None:
    """A photo credit to a national chain ("(MORRIS LAMONT/Sun Media)") says where an unqualified
    town is, like a paper's domain: downtown London is Ontario's; without the credit, England's."""
    story = ("Peace message resounds downtown. Two artists sit in bed in a store window in downtown London on the "
             "40th anniversary of the bed-in yesterday. (MORRIS LAMONT/Sun Media) A walker said the message "
             "still resonates today.")
    assert mention(places_of(places_pipeline, story), "London")["country"] == "CAN"
    assert mention(places_of(places_pipeline, story.replace("Sun Media", "Staff")), "London")["country"] == "GBR"


def test_part_of_a_capital_named_in_a_story_from_another_country(places_pipeline: Pipeline) -> None:
    """ "north London" in a story from Ontario (its Municipal Board, its London city council) is part
    of the Ontario town, as the story's other "London"s are; in a story that says nothing of Canada,
    part of England's capital."""
    story = ("London city council will defend its rejection of a proposed clinic in north London. Developers "
             "have appealed to the Ontario Municipal Board. Advocates said the decision would put London in a "
             "worse position.")
    part = mention(places_of(places_pipeline, story), "north London")
    assert (part["country"], part["admin1"]) == ("CAN", "Ontario")
    plain = story.replace("the Ontario Municipal Board", "the courts").replace("London city council", "The council")
    assert mention(places_of(places_pipeline, plain), "north London")["country"] == "GBR"


def test_ontarios_counties_and_regions(places_pipeline: Pipeline) -> None:
    """Ontario's counties and regional municipalities, which no packaged gazetteer has: "Peel
    Regional Police" names Peel (and Ontario for the story), "a Muskoka lake" is Muskoka's;
    "Middlesex County" is Ontario's beside London, Ont., New Jersey's beside New Brunswick, N.J.;
    "Peel said" (a man) is no place."""
    peel = places_of(places_pipeline, "Peel Regional Police are searching for two suspects after a robbery.")
    assert [(p["text"], p["admin1"], p["country"]) for p in peel] == [("Peel", "Ontario", "CAN")]
    assert mention(places_of(places_pipeline, "Two bodies were pulled from a Muskoka lake."), "Muskoka")[
        "admin1"] == "Ontario"
    ontario = places_of(places_pipeline, "Middlesex County council met in London, Ont. on Tuesday.")
    assert mention(ontario, "Middlesex County")["country"] == "CAN"
    jersey = places_of(places_pipeline, "Middlesex County prosecutors in New Brunswick, N.J., charged the man.")
    assert mention(jersey, "Middlesex County")["admin1"] == "New Jersey"
    assert all(p["text"] != "Peel" for p in places_of(places_pipeline, "Sir Robert Peel founded the force. "
                                                                        "Peel said so in London."))


def test_places_as_far_as_a_story_reaches(places_pipeline: Pipeline) -> None:
    """ "people from as far as Texas and Washington, D.C.?": Washington is the capital its "D.C."
    qualifies (not the state beside Texas in a list, nor unqualified before a question mark), and,
    being far from the story, no witness for its towns: "the 18th hole at Augusta" stays Georgia's
    course town, not a West Virginia village near Washington."""
    story = ("He is known as the Fish Man by people from as far as Texas and Washington, D.C.? He looks as at "
             "home in the kitchen as Tiger Woods on the 18th hole at Augusta.")
    places = places_of(places_pipeline, story)
    assert (mention(places, "Washington")["feature"], mention(places, "Washington")["admin1"]) == (
        "city", "District of Columbia")
    assert mention(places, "Augusta")["admin1"] == "Georgia"


def test_a_citys_region(places_pipeline: Pipeline) -> None:
    """ "the Charlotte region" in a story from the Carolinas is the city's, not St Vincent's parish
    of Charlotte; "the Tigray region" of Ethiopia is still the province."""
    story = ("The development in Rock Hill, S.C., will house one of the biggest industrial parks in the "
             "Charlotte region, officials said.")
    region = mention(places_of(places_pipeline, story), "Charlotte region")
    assert (region["country"], region["admin1"]) == ("USA", "North Carolina")
    tigray = mention(places_of(places_pipeline, "Fighting spread across the Tigray region of Ethiopia."),
                     "Tigray region")
    assert (tigray["country"], tigray["feature"]) == ("ETH", "region")


def test_names_the_model_calls_people(places_pipeline: Pipeline) -> None:
    """A town of several words before "-based" is the place ("Rock Hill-based", which the model
    calls a person); a town named elsewhere in the article is that town where the model calls the
    name itself, or a fire department of it, a person ("Firefighters battle Tega Cay fire", "The Tega
    Cay Volunteer Fire Department"), or a "person" that runs on past "in" ("The George in
    Twickenham", a pub) — but not inside a person's name."""
    based = places_of(places_pipeline, "Rock Hill-based Carolinas Cab Co. is co-sponsoring the festival in "
                                       "South Carolina.")
    assert (mention(based, "Rock Hill")["admin1"], mention(based, "Rock Hill")["start"]) == ("South Carolina", 0)
    story = ("Firefighters battle Tega Cay fire. Local fire departments battled a blaze at a home this morning. "
             "The Tega Cay Volunteer Fire Department responded. The family will stay with an aunt who also "
             "lives in Tega Cay.")
    fire = places_of(places_pipeline, story)
    assert [p["start"] for p in fire if p["text"] == "Tega Cay"] == [m.start() for m in re.finditer("Tega Cay", story)]
    pub = ("Twickenham pub hosts charity week. The George in Twickenham sets up its first charity week, "
           "helping the British Heart Foundation and Cancer Research UK.")  # "The George in Twickenham": a person
    assert [p["country"] for p in places_of(places_pipeline, pub) if p["text"] == "Twickenham"] == ["GBR", "GBR"]
    people = places_of(places_pipeline, "Bruce Edwards Ivins was taken to a hospital in Frederick, Maryland. "
                                        "Jim Frederick said the hospital was busy.")
    assert [p["start"] for p in people if p["text"] == "Frederick"] == [47]


def test_metropolitan_areas_and_places_after_on(places_pipeline: Pipeline) -> None:
    """Metropolitan areas are regions of their province ("the Bay Area" is California's, not Somalia's
    Bay region; "Metro Vancouver"; "Metro Manila", the Philippines' capital region); a region its
    province qualifies is that province's ("Long Island, N.Y.", not Long Island City), also where the
    model's organisation runs on past "on" ("the Brookhaven National Laboratory on Long Island")."""
    bay = mention(places_of(places_pipeline, "Home prices in the Bay Area rose, officials said."), "Bay Area")
    assert (bay["country"], bay["admin1"], bay["feature"]) == ("USA", "California", "region")
    metro = places_of(places_pipeline, "Too few residents return old medicines, say Metro Vancouver officials. "
                                       "Floods hit Metro Manila on Monday.")
    assert (mention(metro, "Metro Vancouver")["admin1"], mention(metro, "Metro Manila")["country"]) == (
        "British Columbia", "PHL")
    island = mention(places_of(places_pipeline, "The uranium went to the Brookhaven National Laboratory on Long "
                                                "Island, N.Y. for a power project."), "Long Island")
    assert (island["feature"], island["admin1"]) == ("region", "New York")


def test_a_british_boroughs_wards_and_party_groups(places_pipeline: Pipeline) -> None:
    """ "Hounslow Labour councillors" (the model's one person) and "Brentford ward councillor Ruth
    Cadbury" name the borough and its town."""
    text = ("Since the service came into effect Hounslow Labour councillors revealed they have been repeatedly "
            "contacted. Brentford ward councillor Ruth Cadbury said the numbers of complaints rose.")
    places = places_of(places_pipeline, text)
    assert [(p["text"], p["country"]) for p in places] == [("Hounslow", "GBR"), ("Brentford", "GBR")]


def test_a_small_town_opening_its_hospitals_name(places_pipeline: Pipeline) -> None:
    """ "the Ubay L.G. Cotamura Community Hospital" in a story of Bohol: the small town of the province
    the story names opens its hospital's name (no town in a story that names no province of it)."""
    story = ("Seven children died of food poisoning in Bohol province. At the Ubay L.G. Cotamura Community "
             "Hospital, doctors treated 40 more.")
    ubay = mention(places_of(places_pipeline, story), "Ubay")
    assert (ubay["admin1"], ubay["country"]) == ("Bohol", "PHL")
    elsewhere = places_of(places_pipeline, story.replace("in Bohol province", "on Monday"))
    assert all(p["text"] != "Ubay" for p in elsewhere)


def test_british_columbia_without_its_dots(places_pipeline: Pipeline) -> None:
    """ "FrontCounter BC" names British Columbia (and so the story's Nelson is the B.C. town, not New
    Zealand's region); "500 BC" and "the 3rd century BC" are eras, "BC Eagles" Boston College's.
    So do "the ACT" in an Australian story (not the exam in Ohio) and a dateline's "PLYMOUTH CO."."""
    office = places_of(places_pipeline, "The 30th FrontCounter BC office opened in Nelson, the province said.")
    assert [(p["text"], p["admin1"]) for p in office] == [("BC", "British Columbia"), ("Nelson", "British Columbia")]
    # a town of the province named near a town of it, though nothing else says "place": "driving to Castlegar"
    drive = places_of(places_pipeline, "The FrontCounter BC office opened in Nelson. Instead of driving to "
                                       "Castlegar, people will be able to visit the Nelson office.")
    assert mention(drive, "Castlegar")["admin1"] == "British Columbia"
    end = places_of(places_pipeline, "Learn more at FrontCounter BC. Its office is in Nelson.")
    assert [p["text"] for p in end] == ["BC", "Nelson"]  # at a sentence's end too
    # the Australian Capital Territory in an Australian story; a county abbreviated in a dateline
    act = places_of(places_pipeline, "There were two deaths in Victoria and no fatalities in Tasmania or the ACT.")
    assert mention(act, "ACT")["name"] == "Australian Capital Territory"
    assert all(p["text"] != "ACT" for p in places_of(places_pipeline, "Students in Ohio took the ACT."))
    county = places_of(places_pipeline, "PLYMOUTH CO. - A suspect in a farm auction theft near Hinton was arrested.")
    assert (mention(county, "PLYMOUTH CO.")["name"], mention(county, "Hinton")["admin1"]) == (
        "Plymouth County", "Iowa")
    assert places_of(places_pipeline, "The temple was built in 500 BC by the king. It stood until the 3rd "
                                      "century BC. The BC Eagles won on Saturday.") == []


def test_an_institution_the_text_puts_elsewhere(places_pipeline: Pipeline) -> None:
    """ "the University of St. Thomas in Houston, Texas" in a story that names Canada is no mention of
    St. Thomas, Ontario: the text says where the university is (a building there); "the University of
    Georgia in Athens" is the state's."""
    story = ("Canada and China are in a trade dispute, said Jon Taylor, a professor at the University of "
             "St. Thomas in Houston, Texas. A colleague at the University of Georgia in Athens agreed.")
    places = places_of(places_pipeline, story)
    assert [(p["feature"], p["admin1"]) for p in places if "Thomas" in p["text"]] == [("facility", "Texas")]
    assert mention(places, "Georgia")["admin1"] == "Georgia"


def test_a_second_rounds_country_reads_the_first_rounds_foreign_names_again(places_pipeline: Pipeline) -> None:
    """Three Lancasters, California's by size at first, are England's once Cockerham is read; "The
    College of Law in York", read as Pennsylvania's by that first focus, is then York, England; a
    town the first focus left out as one abroad is read again too."""
    story = ("Lancaster woman wins top student award. A WOMAN from Lancaster has scooped a top award from The "
             "College of Law in York. The 22-year-old, who lives in Cockerham, is a former Lancaster Girls' "
             "Grammar School pupil.")
    places = places_of(places_pipeline, story)
    assert mention(places, "York")["country"] == "GBR"
    assert {p["country"] for p in places if p["text"] == "Lancaster"} == {"GBR"}
    # and a small town left out as one abroad by the first focus ("St. Thomas police" in a story whose
    # Londons were England's at first, Ontario's by the second round)
    overdoses = places_of(places_pipeline, (
        "Fentanyl overdoses are rising in London, officials said on Monday. In London, advocates say crystal meth "
        "use is much higher than the use of fentanyl. There have not been any seizures of carfentanil in London, "
        "said Const. Sandasha Bough, a spokesperson for London police. St. Thomas police have confirmed one of "
        "the overdoses in that city the past two months. Middlesex-London EMS reminded its crews to prepare."))
    assert mention(overdoses, "St. Thomas")["admin1"] == "Ontario"


def test_a_british_council_names_its_borough(places_pipeline: Pipeline) -> None:
    """ "Enfield Council's head of arts" names the London borough (a mention of it, and a witness
    that the story's Edmonton is the borough's town, not Alberta's capital); without the council,
    Edmonton is Alberta's."""
    story = ("Primary school pupils pitched their food creations to judges in Edmonton. Eight schools took part "
             "at Millfield Theatre, in Silver Street, Edmonton. Paul Everitt, Enfield Council's head of arts, "
             "was on the judging panel.")
    places = places_of(places_pipeline, story)
    assert (mention(places, "Enfield")["feature"], mention(places, "Enfield")["country"]) == ("admin1", "GBR")
    assert (mention(places, "Edmonton")["country"], mention(places, "Edmonton")["admin1"]) == ("GBR", "Enfield")
    plain = places_of(places_pipeline, story.replace("Enfield Council's", "the council's"))
    assert mention(plain, "Edmonton")["country"] == "CAN"


def test_a_story_in_british_spelling_is_not_american_local_news(places_pipeline: Pipeline) -> None:
    """A British story ("honour", "whilst") about a soldier killed beside US forces names the
    United States most, but its "born in Manchester" is not New Hampshire's; a British story that
    names American places (Texas counties) keeps its American focus."""
    soldier = ("A soldier was killed by a bomb in Syria. He had been embedded with US Special Forces in Manbij when "
               "the bomb exploded. A US serviceman, Master Sgt Johnathan Dunbar of Austin, Texas, died alongside "
               "him, American reports said. None of the injured were British. His commanding officer said he "
               "served his country with honour. Sgt Tonroe was born in Manchester. He joined the 3rd Battalion in "
               "Colchester, where he served whilst training.")
    places = places_of(places_pipeline, soldier)
    assert (mention(places, "Manchester")["country"], mention(places, "Colchester")["country"]) == ("GBR", "GBR")
    american = soldier.replace("honour", "honor").replace("whilst", "while")
    assert mention(places_of(places_pipeline, american), "Manchester")["country"] == "USA"
    fires = ("Wildfires are ravaging the Texas Panhandle, and Texas officials said the blaze in Hutchinson County is "
             "60 per cent contained. The Magenta fire is burning in Oldham County, whilst another is in Moore "
             "County. Texas firefighters praised the honour of volunteers.")
    assert {p["country"] for p in places_of(places_pipeline, fires)} == {"USA"}  # no Magenta, Italy


def test_a_county_across_a_state_line_vouches_less_than_the_county_around_a_town(
        places_pipeline: Pipeline) -> None:
    """ "Lebanon Police … the Boone County Jail": Indiana's Lebanon, the seat of Indiana's Boone
    County, before Ohio's Lebanon, which lies 60 km from Kentucky's Boone County."""
    text = ("A Lebanon man was arrested Thursday by Lebanon Police after a traffic stop. He was held on bond "
            "in the Boone County Jail. Lebanon Police and the Boone County Sheriff's Office investigated.")
    places = places_of(places_pipeline, text)
    assert {p["admin1"] for p in places if p["text"] == "Lebanon"} == {"Indiana"}
    assert mention(places, "Boone County")["admin1"] == "Indiana"


def test_a_countrys_name_after_a_street_address_or_an_age_is_a_town(places_pipeline: Pipeline) -> None:
    """ "400 S. Locust St., Lebanon", "Terry Jolly, 60, Lebanon," and "the city of Lebanon" name a
    town called Lebanon, not the country — every mention of it in a story that gives no other sign
    of the country ("Bob Wills Day returns to Turkey", "the City of Turkey": the Texas town)."""
    for text in ("Services will be held Tuesday at the Church of the Brethren, 400 S. Locust St., Lebanon. "
                 "Interment will follow.",
                 "Terry Jolly, 60, Lebanon, was arrested Thursday on a charge of theft.",
                 "Tickets for the Thursday show are $15, according to the city of Lebanon."):
        lebanon = mention(places_of(places_pipeline, text), "Lebanon")
        assert (lebanon["feature"], lebanon["country"]) == ("city", "USA"), text
    festival = places_of(places_pipeline, "The 46th Annual Bob Wills Day celebration returns to Turkey on Thursday. "
                                          "For more information, call the City of Turkey at 806-423-1033.")
    assert [(p["text"], p["admin1"]) for p in festival] == [("Turkey", "Texas"), ("Turkey", "Texas")]


def test_a_valley_named_after_a_town_of_the_storys_state(places_pipeline: Pipeline) -> None:
    """ "a ranch in Salinas Valley" in a story about California (no gazetteer has the valley) is
    placed at Salinas; "the Hudson Valley" in a story naming no state is not put at Hudson, Ohio."""
    text = ("California health officials said the spinach came from fields in Monterey County. The infected "
            "manure was found on a ranch in Salinas Valley.")
    valley = mention(places_of(places_pipeline, text), "Salinas Valley")
    assert (valley["admin1"], valley["feature"], valley["precision"]) == ("California", "region", "region")
    assert abs(valley["lat"] - 36.4) < 0.5 and abs(valley["lon"] + 121.4) < 0.5
    hudson = [p for p in places_of(places_pipeline, "Apple growers in the Hudson Valley had a good year.")
              if "Hudson" in p["text"]]
    assert all(p["admin1"] != "Ohio" for p in hudson)


def test_a_town_no_gazetteer_has_in_a_named_valley(places_pipeline: Pipeline) -> None:
    """ "the tourist town of Kalam in the Swat Valley, north-west Pakistan": the gazetteers know
    only India's Kallam; the town is placed in the valley the text puts it in, with a region's
    precision."""
    text = ("Floods have hit Pakistan. Four U.S. Chinook helicopters landed in the tourist town of Kalam in the "
            "Swat Valley, north-west Pakistan.")
    kalam = mention(places_of(places_pipeline, text), "Kalam")
    assert (kalam["country"], kalam["precision"]) == ("PAK", "region")
    assert abs(kalam["lat"] - 35.4) < 0.6 and abs(kalam["lon"] - 72.4) < 0.6


def test_a_provinces_premier_and_ministers_name_the_province(places_pipeline: Pipeline) -> None:
    """ "Quebec Health Minister Gaetan Barrette" is the province's minister (not Quebec City's);
    "Mexico Health Minister" stays the country's."""
    quebec = places_of(places_pipeline, "Doctors are not satisfied, Quebec Health Minister Gaetan Barrette said "
                                        "Sunday in an interview.")
    assert mention(quebec, "Quebec")["feature"] == "admin1"
    mexico = places_of(places_pipeline, "Mexico Health Minister Jorge Alcocer said cases were falling.")
    assert mention(mexico, "Mexico")["feature"] == "country"


def test_a_district_the_text_gives_to_a_town_is_placed_in_it(places_pipeline: Pipeline) -> None:
    """ "Giza's Haram district" is Giza's, not Haram, a Norwegian municipality; "Baghdad's Karrada
    district", which no gazetteer has, is placed at Baghdad; "Toronto's Pearson International
    Airport" keeps its own point, near the town."""
    giza = places_of(places_pipeline, "Two bombs killed six police officers in Giza's Haram district, on the "
                                      "street leading to the pyramids.")
    haram = mention(giza, "Haram district")
    assert (haram["country"], haram["admin1"], haram["precision"]) == ("EGY", "Giza", "city")
    karrada = mention(places_of(places_pipeline, "A car bomb exploded in Baghdad's Karrada district on Sunday."),
                      "Karrada")
    assert (karrada["country"], karrada["lat"] is not None) == ("IRQ", True)
    airport = mention(places_of(places_pipeline, "Flights were cancelled at Toronto's Pearson International "
                                                 "Airport on Sunday."), "Pearson")
    assert airport["feature"] == "airport" and abs(airport["lon"] + 79.61) < 0.05


def test_georgia_without_a_sign_of_the_country_is_the_us_state(places_pipeline: Pipeline) -> None:
    """ "Georgia's newest utility regulator could face fines for state ethics violations" names no
    country at all: the US state; with "Georgian" or Russia in the story, Georgia is the country."""
    state = places_of(places_pipeline, "Georgia's newest utility regulator could face more than $20,000 in "
                                       "fines for state ethics violations stemming from a 2002 campaign.")
    assert (mention(state, "Georgia")["feature"], mention(state, "Georgia")["country"]) == ("admin1", "USA")
    country = places_of(places_pipeline, "Georgia's president said Georgian troops would stay. The ministry "
                                         "said the border was calm.")
    assert mention(country, "Georgia")["country"] == "GEO"
    war = places_of(places_pipeline, "Russia and Georgia fought a brief war in 2008.")
    assert mention(war, "Georgia")["country"] == "GEO"


def test_a_states_own_offices_after_its_possessive(places_pipeline: Pipeline) -> None:
    """ "New York’s attorney general, Andrew Cuomo" is the state's officer: the text itself calls
    New York a state there (a city wins only where the words say nothing); "New York's subway" says
    nothing of the kind."""
    office = mention(places_of(places_pipeline, "Meanwhile, New York’s attorney general, Andrew Cuomo, said the "
                                                "company had given him the names."), "New York")
    assert office["feature"] == "admin1" and "calls it a province" in office["why"]
    subway = mention(places_of(places_pipeline, "Meanwhile, New York's subway was shut by the storm."), "New York")
    assert "calls it a province" not in subway["why"]


def test_a_qualified_names_namesakes_and_a_states_team_vouch_for_no_village(places_pipeline: Pipeline) -> None:
    """ "COLUMBUS, Ohio — … Mississippi State … against Louisville": Columbus is Ohio's, so
    Columbus, Mississippi vouches for nothing, and a state's university team in the sentence does
    not make Louisville the Mississippi village of 6,000 rather than Kentucky's city."""
    text = ("COLUMBUS, Ohio (AP) — The Bulldogs outlasted Louisville in overtime to reach the final. Mississippi "
            "State's Teaira McCowan scored 21 points and grabbed 25 rebounds against Louisville.")
    louisville = [p for p in places_of(places_pipeline, text) if p["text"] == "Louisville"]
    assert [p["admin1"] for p in louisville] == ["Kentucky", "Kentucky"]


def test_a_village_no_gazetteer_has_in_a_story_of_one_country(places_pipeline: Pipeline) -> None:
    """ "rustlers stormed a village in Kisima area" in a story whose places are all in Kenya, with no
    town or province to put it near: placed in Kenya, with a country's precision — not left without
    a point; a story naming two countries places it nowhere."""
    one = places_of(places_pipeline, "Eleven people were killed in Kenya on Sunday. \"The eleven people were "
                                     "killed when rustlers stormed a village in Kisima area early this morning,\" "
                                     "he said.")
    kisima = mention(one, "Kisima")
    assert (kisima["country"], kisima["precision"]) == ("KEN", "country") and kisima["lat"] is not None
    two = places_of(places_pipeline, "Eleven people were killed in Kenya and Uganda on Sunday. \"Rustlers "
                                     "stormed a village in Kisima area early this morning,\" he said.")
    assert all(p["lat"] is None for p in two if p["text"] == "Kisima")


def test_a_countrys_name_misspelt_by_a_letter(places_pipeline: Pipeline) -> None:
    """ "in Seychelles, in Mauritious and especially in Mayotte": no place is spelt so, and Mauritius
    is a letter away in a sentence of countries; "Greenlane, Auckland" (a suburb no gazetteer has,
    which the town after it places) is not Greenland."""
    islands = places_of(places_pipeline, "The virus is also present in the Indian Ocean, in Seychelles, in "
                                         "Mauritious and especially in Mayotte.")
    assert mention(islands, "Mauritious")["country"] == "MUS"
    suburb = places_of(places_pipeline, "Everyone who ate at a restaurant in Greenlane, Auckland, New Zealand, "
                                        "should see a doctor.")
    assert all(p["country"] != "GRL" for p in suburb)


def test_a_compass_part_of_a_great_city_in_a_story_naming_no_country(places_pipeline: Pipeline) -> None:
    """ "a street fight between armed attackers in North London" in a story that names no country:
    the north of London (no gazetteer has "North London"); the story's Upper Edmonton is then
    London's Edmonton, not Alberta's."""
    text = ("Police have released footage of a violent street fight between armed attackers in North London. "
            "Seven men were convicted over the brawl on a deserted street in Upper Edmonton.")
    places = places_of(places_pipeline, text)
    assert (mention(places, "North London")["country"], mention(places, "North London")["lat"] is not None) == (
        "GBR", True)
    assert mention(places, "Upper Edmonton")["country"] == "GBR"


def test_every_name_of_a_list_after_a_plural_kind_word(places_pipeline: Pipeline) -> None:
    """ "the villages of Ceamurlia de Jos, Maliuc and Caraorman": the last village (no gazetteer has
    it) is placed beside the others; "the Georgian-controlled villages of Nuli and Avnevi" are
    villages though the gazetteer's only Nuli is spelt otherwise and abroad."""
    romania = places_of(places_pipeline, "Bird flu was found in Romania. The H5N1 strain has already been "
                                         "confirmed in the villages of Ceamurlia de Jos, Maliuc and Caraorman, "
                                         "where the virus was brought by birds.")
    caraorman = mention(romania, "Caraorman")
    assert caraorman["country"] == "ROU" and abs(caraorman["lat"] - 45.1) < 0.5
    georgia = places_of(places_pipeline, "Tbilisi says the separatists launched an attack yesterday on the "
                                         "Georgian-controlled villages of Nuli and Avnevi in a bid to take "
                                         "strategic heights.")
    assert [(p["text"], p["country"]) for p in georgia if p["text"] in ("Nuli", "Avnevi")] == [
        ("Nuli", "GEO"), ("Avnevi", "GEO")]


def test_names_the_model_runs_together_with_a_list_or_a_person(places_pipeline: Pipeline) -> None:
    """ "The towns of Haris and Varzaqan in East Azerbaijan province" (the model's one organisation)
    are two towns; "Leonard of Ada, Oklahoma" (the model's one person) has Ada for his home town,
    which is no surname."""
    quake = places_of(places_pipeline, "Everyone has rushed to the streets. The towns of Haris and Varzaqan in "
                                       "East Azerbaijan province were among those that suffered the most.")
    assert mention(quake, "Varzaqan")["country"] == "IRN"
    family = places_of(places_pipeline, "He is survived by a sister, Stephanie Cooper and husband, Leonard of "
                                        "Ada, Oklahoma; and a brother, Mark of Durant, Oklahoma.")
    assert [(p["text"], p["admin1"]) for p in family if p["feature"] == "city"] == [
        ("Ada", "Oklahoma"), ("Durant", "Oklahoma")]


def test_the_united_states_regions_by_their_common_names(places_pipeline: Pipeline) -> None:
    """ "the American South", "the Deep South", "the Rust Belt": regions of the United States with
    their own points (the South's near Mississippi and Alabama), not the country's centre."""
    places = places_of(places_pipeline, "Rations will go up in smoke while the American South starves, and voters "
                                        "in the Deep South and the Rust Belt are angry.")
    south = mention(places, "American South")
    assert (south["feature"], south["country"]) == ("region", "USA") and 32 < south["lat"] < 35.5
    assert -91 < south["lon"] < -86
    assert mention(places, "Deep South")["name"] == "American South"
    assert mention(places, "Rust Belt")["feature"] == "region"


def test_the_far_north_of_a_place(places_pipeline: Pipeline) -> None:
    """ "Far North Queensland" (no gazetteer has it) is a region of Queensland; "Far North Cameroon"
    the north of Cameroon, placed north of the country's point."""
    queensland = mention(places_of(places_pipeline, "Police are concerned about youth crime in Far North "
                                                    "Queensland."), "Far North Queensland")
    assert (queensland["feature"], queensland["admin1"], queensland["country"]) == ("region", "Queensland", "AUS")
    places = places_of(places_pipeline, "Boko Haram attacked villages in Far North Cameroon. Cameroon sent troops.")
    north = mention(places, "Far North Cameroon")
    country = next(p for p in places if p["text"] == "Cameroon")
    assert north["country"] == "CMR" and north["lat"] > country["lat"] + 0.3


def test_world_famous_events_named_after_their_towns(places_pipeline: Pipeline) -> None:
    """ "the audience award at the Venice International Film Festival" in a story that names
    California is the Italian festival (alias table), not Venice, Los Angeles."""
    text = ("The film was shot in Los Angeles, California. It won the audience award at the Venice International "
            "Film Festival.")
    festival = mention(places_of(places_pipeline, text), "Venice International Film Festival")
    assert (festival["country"], festival["feature"]) == ("ITA", "facility")


def test_venues_named_with_a_country_or_a_capital(places_pipeline: Pipeline) -> None:
    """ "struck at the Stade de France" is the stadium at Saint-Denis, not France at large; "lost at the
    Santiago Bernabeu" the Madrid stadium, not Chile's capital."""
    stade = mention(places_of(places_pipeline, "The terrorists struck at the Stade de France, outside the Petit "
                                               "Cambodge restaurant, in Paris."), "Stade de France")
    assert (stade["feature"], stade["country"]) == ("facility", "FRA") and abs(stade["lat"] - 48.92) < 0.05
    bernabeu = mention(places_of(places_pipeline, "Real Madrid lost at the Santiago Bernabeu on Saturday."),
                       "Santiago Bernabeu")
    assert (bernabeu["feature"], bernabeu["country"]) == ("facility", "ESP")


def test_an_airport_named_without_its_town(places_pipeline: Pipeline) -> None:
    """ "Ottawa's Macdonald-Cartier International Airport", "Hazrat Shahjalal International Airport":
    the package lists them as "Ottawa / Macdonald-Cartier …", "Dhaka / Hazrat Shahjalal …"."""
    places = places_of(places_pipeline, "Flights were delayed at Ottawa's Macdonald-Cartier International Airport. "
                                        "Gold was seized at Hazrat Shahjalal International Airport.")
    ottawa = mention(places, "Macdonald-Cartier")
    dhaka = mention(places, "Hazrat Shahjalal")
    assert (ottawa["feature"], ottawa["country"], dhaka["feature"], dhaka["country"]) == (
        "airport", "CAN", "airport", "BGD")


def test_a_spaced_dash_inside_the_models_name_ends_a_phrase(places_pipeline: Pipeline) -> None:
    """ "two states narrowly won by Mr Trump - Wisconsin and Pennsylvania -" (the model's one person
    "Trump - Wisconsin"): Wisconsin is a state like the two after it."""
    places = places_of(places_pipeline, "The experts urged her campaign to request recounts in two states narrowly "
                                        "won by Mr Trump - Wisconsin and Pennsylvania - as well as Michigan.")
    assert [p["name"] for p in places] == ["Wisconsin", "Pennsylvania", "Michigan"]


def test_a_provinces_initials_in_a_story_of_its_towns(places_pipeline: Pipeline) -> None:
    """ "Wastewater in WA" beside Rockingham and Safety Bay is Western Australia, not Wa in Ghana; the
    same letters in a story of no Western Australian town are not made the state."""
    text = ("Dead fish washed up on the Safety Bay foreshore near Rockingham, south of Perth. The outlet off "
            "Rockingham was tested. Wastewater in WA is diluted before it reaches the sea.")
    wa = mention(places_of(places_pipeline, text), "WA")
    assert (wa["name"], wa["feature"], wa["country"]) == ("Western Australia", "admin1", "AUS")
    ghana = places_of(places_pipeline, "Floods hit Tamale and Bolgatanga. Wastewater in WA is diluted before it "
                                       "reaches the river.")
    assert all(p["country"] != "AUS" for p in ghana if p["text"] == "WA")


def test_streets_of_the_city_a_storys_towns_lie_around(places_pipeline: Pipeline) -> None:
    """A story naming Chicago, Park Ridge and the Near North Side once each has no town it names most,
    but all lie around Chicago: "the 400 block of North State Street" is a Chicago street. Towns far
    apart (Chicago and Denver) give a street no town."""
    text = ("A software executive was stabbed to death last month, Chicago police said. The victim, of Park Ridge, "
            "was attacked in an alley in the 400 block of North State Street on the Near North Side.")
    street = mention(places_of(places_pipeline, text), "North State Street")
    assert (street["feature"], street["name"], street["admin1"]) == ("street", "North State Street", "Illinois")
    assert abs(street["lat"] - 41.88) < 0.1 and abs(street["lon"] + 87.63) < 0.1
    apart = places_of(places_pipeline, text.replace("Park Ridge", "Denver"))
    assert all(p["text"] != "North State Street" for p in apart)


def test_peoples_words_are_no_towns(places_pipeline: Pipeline) -> None:
    """ "the Arab-Israeli conflict" and "Jewish settlers" in a story of Egypt and the US: peoples, not
    Arab, Alabama or the Jewish Autonomous Oblast — and no Alabama town draws "Egypt" to it. "Arab",
    like "European", is a mention of its region, the Arab world (as GeoWebNews counts it)."""
    text = ("US assistance to Egypt has helped rebuild Egypt's infrastructure. Washington wants Cairo involved in "
            "the Arab-Israeli conflict, and Jewish settlers in the West Bank oppose any deal. Arab leaders met "
            "in Egypt.")
    places = places_of(places_pipeline, text)
    assert all(p["text"] != "Jewish" and p["admin1"] != "Alabama" for p in places)
    assert {(p["name"], p["mention"]) for p in places if p["text"] == "Arab"} == {("Arab world", "demonym")}
    assert {p["country"] for p in places if p["text"] == "Egypt"} == {"EGY"}
    # a town the text puts somewhere by name is still read: "in Arab, Alabama"
    town = mention(places_of(places_pipeline, "The fire started in Arab, Alabama."), "Arab")
    assert (town["country"], town["admin1"]) == ("USA", "Alabama")


def test_a_compass_part_of_an_ocean(places_pipeline: Pipeline) -> None:
    """ "warmer water in the eastern Pacific" is part of the ocean, not Pacific, Missouri; "the north
    Atlantic" is the North Atlantic the alias table names, in a story from the United States."""
    text = ("Hurricane season in the United States starts in June. El Niño brings warmer than normal water in the "
            "eastern Pacific, while portions of the north Atlantic are cooler than average.")
    places = places_of(places_pipeline, text)
    pacific = mention(places, "Pacific")
    assert pacific["country"] is None and "Pacific" in pacific["name"] and pacific["admin1"] is None
    atlantic = mention(places, "Atlantic")
    assert (atlantic["name"], atlantic["feature"]) == ("North Atlantic", "water")


def test_minnesota_legislators_party_and_home_town(places_pipeline: Pipeline) -> None:
    """ "Tom Bakk, DFL-Cook" (Minnesota's Democratic-Farmer-Labor party) and "Marty Seifert, R-Marshall —"
    (a dash after the town) name the legislators' home towns in Minnesota."""
    text = ("The Minnesota Senate met in St. Paul. Senate Tax Chairman Tom Bakk, DFL-Cook, said taxes would rise. "
            "House Minority Leader Marty Seifert, R-Marshall — joined by others — objected.")
    places = places_of(places_pipeline, text)
    assert (mention(places, "Cook")["admin1"], mention(places, "Marshall")["admin1"]) == ("Minnesota", "Minnesota")


def test_a_countrys_formal_name_the_model_calls_an_organisation(places_pipeline: Pipeline) -> None:
    """ "the security threat facing the Democratic People's Republic of Korea (DPRK)" (an organisation to
    the model) is North Korea; "Korea" alone is South Korea, not Koréa in Côte d'Ivoire."""
    text = ("The Korean Peninsula nuclear issue is closely connected to the security threat facing the Democratic "
            "People's Republic of Korea (DPRK) for a long time, said Wang. Trade with Korea grew last year.")
    places = places_of(places_pipeline, text)
    assert mention(places, "Democratic People's Republic of Korea")["country"] == "PRK"
    assert [p["country"] for p in places if p["text"] == "Korea"] == ["KOR"]


def test_a_countrys_or_provinces_possessive_inside_the_models_names(places_pipeline: Pipeline) -> None:
    """ "Sri Lanka's former president" (one person to the model, possessive included) and "Manitoba's
    Opposition New Democrats" (one organisation) mention the country and the province."""
    places = places_of(places_pipeline, "Realists like Sri Lanka's former president Chandrika Kumaratunga will wait. "
                                        "WINNIPEG — Manitoba's Opposition New Democrats said Thursday they plan to "
                                        "delay the bill.")
    assert mention(places, "Sri Lanka")["country"] == "LKA"
    assert [(p["name"], p["feature"]) for p in places if p["text"] == "Manitoba"] == [("Manitoba", "admin1")]


def test_a_storys_bare_dollars_say_its_country(places_pipeline: Pipeline) -> None:
    """ "Mansfield council to vote on $765,000 financing package": an American paper's Mansfield, not the
    English town (the most populous of the name) — but dollars say nothing beside a country that prints
    its own ("BC Hydro's $8.8-billion dam" in British Columbia), nor in brackets after another currency."""
    text = ("Mansfield council to vote today on $765,000 financing package. The Law Enforcement Center in Mansfield "
            "will get some parking relief if the City Council approves the package.")
    assert {p["country"] for p in places_of(places_pipeline, text) if p["text"] == "Mansfield"} == {"USA"}
    pounds = text.replace("$765,000", "£765,000")
    assert {p["country"] for p in places_of(places_pipeline, pounds) if p["text"] == "Mansfield"} == {"GBR"}
    converted = text.replace("$765,000", "£600,000 (about $765,000)")
    assert {p["country"] for p in places_of(places_pipeline, converted) if p["text"] == "Mansfield"} == {"GBR"}
    canada = ("Landowners near Fort St. John, British Columbia, oppose the $8.8-billion dam. Hydro officials said "
              "30 homes would be affected.")
    assert all(p["text"] != "Hydro" for p in places_of(places_pipeline, canada))


def test_the_one_state_with_a_place_of_each_of_a_storys_town_names(places_pipeline: Pipeline) -> None:
    """A county road report naming Alexandria, Brandon, Kensington and Douglas County and no state: all
    four lie together in Minnesota (read alone they are Virginia's, Florida's, New York's and Georgia's)."""
    text = ("County Road 35, which is north of Alexandria, is closed. Another road southwest of Brandon washed "
            "out, and a culvert northeast of Kensington failed, the Douglas County Public Works Director said.")
    places = places_of(places_pipeline, text)
    assert {(p["text"], p["admin1"]) for p in places if p["feature"] in ("city", "admin2")} == {
        ("Alexandria", "Minnesota"), ("Brandon", "Minnesota"), ("Kensington", "Minnesota"),
        ("Douglas County", "Minnesota")}


def test_a_countrys_mission_is_abroad(places_pipeline: Pipeline) -> None:
    """ "Russia will close the US consulate in St. Petersburg": Russia's city, not St. Petersburg,
    Florida, though the US is named beside it; the same city with no mission before it in a story
    of Florida stays Florida's."""
    consulate = places_of(places_pipeline, "Russia will close the US consulate in St. Petersburg and expel 60 US "
                                           "diplomats.")
    assert mention(consulate, "St. Petersburg")["country"] == "RUS"
    florida = places_of(places_pipeline, "Storms hit Tampa, Florida, and the US Coast Guard closed the port in "
                                         "St. Petersburg.")
    assert mention(florida, "St. Petersburg")["country"] == "USA"


def test_a_towns_possessive_before_its_part(places_pipeline: Pipeline) -> None:
    """ "Cairo's gated suburb of Madinaty" in a story of English towns: a suburb no gazetteer has, placed
    in Cairo, not near the town the story names most."""
    text = ("The club, based in Liverpool, runs schools in Liverpool and Manchester. It opened an academy in "
            "Cairo's gated suburb of Madinaty.")
    suburb = mention(places_of(places_pipeline, text), "Madinaty")
    assert (suburb["name"], suburb["country"], suburb["admin1"]) == ("Madinaty", "EGY", "Cairo")


def test_a_small_towns_two_word_name_after_in(places_pipeline: Pipeline) -> None:
    """ "Drivers safety course offered in Parkers Prairie": a town of a thousand people whose two-word
    name no other place bears, after "in", is kept though the story names no state."""
    places = places_of(places_pipeline, "Drivers safety course offered in Parkers Prairie. The course runs at the "
                                        "high school from 6 to 10 p.m.")
    assert (mention(places, "Parkers Prairie")["admin1"], mention(places, "Parkers Prairie")["country"]) == (
        "Minnesota", "USA")


def test_a_centre_or_a_university_of_a_name_the_text_puts_in_a_town(places_pipeline: Pipeline) -> None:
    """ "at the Farmers Service Centre, in Goodlands" and "at the University of St. Thomas in Houston" are
    buildings in those towns; a centre the text puts nowhere ("The Learning Center said") is no place."""
    centre = mention(places_of(places_pipeline, "A workshop was held yesterday at the Farmers Service Centre, in "
                                                "Goodlands."), "Farmers Service Centre")
    assert (centre["feature"], centre["country"]) == ("facility", "MUS")
    campus = mention(places_of(places_pipeline, "Jon Taylor, a political science professor at the University of "
                                                "St. Thomas in Houston, Texas, said."), "University of St. Thomas")
    assert (campus["feature"], campus["admin1"]) == ("facility", "Texas")
    assert places_of(places_pipeline, "The Learning Center said enrolment rose.") == []


def test_a_wire_dateline_after_a_byline_and_a_mayor_before_a_comma(places_pipeline: Pipeline) -> None:
    """ "By JILL COLVIN, Associated Press WASHINGTON (AP) — China vowed …" (the byline on the dateline's
    line) names Washington; "Harare Mayor, Bernard Manyenyeni confirmed" (an organisation to the
    model) names the town its mayor serves."""
    wire = places_of(places_pipeline, "By JILL COLVIN and GILLIAN WONG, Associated Press WASHINGTON (AP) — China "
                                      "vowed on Friday to fight the U.S. at any cost.")
    assert mention(wire, "WASHINGTON")["name"] == "Washington"
    mayor = places_of(places_pipeline, "Zimbabwean councillors voted on Tuesday. Harare Mayor, Bernard Manyenyeni "
                                       "confirmed the development.")
    assert mention(mayor, "Harare")["country"] == "ZWE"


def test_a_town_its_state_qualifies_inside_an_organisations_name(places_pipeline: Pipeline) -> None:
    """ "built at GM’s Bowling Green, Kentucky facility" (one organisation to the model, after a company's
    possessive): the state after it says the town is one."""
    places = places_of(places_pipeline, "The engine will be built at GM’s Bowling Green, Kentucky facility, "
                                        "the company said.")
    assert (mention(places, "Bowling Green")["feature"], mention(places, "Bowling Green")["admin1"]) == (
        "city", "Kentucky")


def test_a_province_and_its_police_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "New Brunswick RCMP say the young dogs were taken" (one person to the model): the province."""
    places = places_of(places_pipeline, "Puppies were stolen from a farm in the Fredericton area this week. New "
                                        "Brunswick RCMP say the young dogs were taken on Monday.")
    assert [(p["name"], p["feature"]) for p in places if p["text"] == "New Brunswick"] == [
        ("New Brunswick", "admin1")]


def test_a_country_joined_to_a_participle(places_pipeline: Pipeline) -> None:
    """ "EU-backed financing", "the UK-bashing Robert Mugabe": mentions of the EU and the UK whatever
    the model makes of the hyphenated word."""
    places = places_of(places_pipeline, "With this EU-backed financing, the firm grows. The UK-bashing Robert "
                                        "Mugabe fell last year.")
    assert [(p["text"], p["name"]) for p in places] == [("EU", "Europe"), ("UK", "United Kingdom")]


def test_venues_named_without_their_town(places_pipeline: Pipeline) -> None:
    """ "The Nets host the Knicks at the Barclays Center" and "the next round at Brands Hatch" name
    places no packaged gazetteer has: the alias table's venues, at their towns."""
    places = places_of(places_pipeline, "The Nets host the Knicks at the Barclays Center on Friday. The touring "
                                        "cars race at Brands Hatch next month.")
    arena, circuit = mention(places, "Barclays Center"), mention(places, "Brands Hatch")
    assert (arena["feature"], arena["admin1"], circuit["feature"], circuit["country"]) == (
        "facility", "New York", "facility", "GBR")
    # landmarks too: "Windsor Castle" is in England, not Windsor, Ontario; "the Oval Office" in Washington
    places = places_of(places_pipeline, "The couple will marry at St George's Chapel in May, and the reception "
                                        "will be held at Windsor Castle. The president met the delegation in the "
                                        "Oval Office.")
    assert [(p["text"], p["country"], p["admin1"]) for p in places] == [
        ("St George's Chapel", "GBR", "Windsor and Maidenhead"), ("Windsor Castle", "GBR", "Windsor and Maidenhead"),
        ("Oval Office", "USA", "District of Columbia")]
    # and New Zealand's two main islands, which the packaged gazetteers lack
    islands = places_of(places_pipeline, "She toured the northernmost point of the country's North Island and the "
                                         "southernmost point of South Island.")
    assert [(p["text"], p["country"]) for p in islands] == [("North Island", "NZL"), ("South Island", "NZL")]
    # islands and a naval base, "on" an island the alias table names being where things are
    hawaii = places_of(places_pipeline, "Last year, the state suffered a net loss. On Oahu, home to Honolulu and "
                                        "military installations like Pearl Harbor, the population declined.")
    assert [(p["text"], p["feature"]) for p in hawaii] == [
        ("Oahu", "region"), ("Honolulu", "city"), ("Pearl Harbor", "facility")]
    # and townships the packaged towns lack: "Khayelitsha" stands in Cape Town's province
    places = places_of(places_pipeline, "Residents of Khayelitsha marched to the police station on Monday.")
    assert [(p["text"], p["country"], p["admin1"]) for p in places] == [("Khayelitsha", "ZAF", "Western Cape")]


def test_the_state_of_the_dateline_named_bare_is_the_state(places_pipeline: Pipeline) -> None:
    """Under "YAKIMA, Wash. —" a bare "Washington" and "eastern Washington" are the state, not the
    capital, which the story calls "Washington, D.C." when it means it; under "WASHINGTON (AP) —"
    the bare name stays the capital."""
    places = places_of(places_pipeline, "YAKIMA, Wash. — Orchard owners say the labour shortage is the worst they "
                                        "have seen. Growers across Washington are leaving apples on the trees, and "
                                        "farm groups in eastern Washington want visas eased. A delegation flew to "
                                        "Washington, D.C., last week to lobby Congress.")
    found = [(p["text"], p["admin1"], p["feature"]) for p in places if "Washington" in p["text"]]
    assert found == [("Washington", "Washington", "admin1"), ("eastern Washington", "Washington", "region"),
                     ("Washington", "District of Columbia", "city")]
    places = places_of(places_pipeline, "WASHINGTON (AP) — Lawmakers in Washington returned on Monday.")
    assert [p["admin1"] for p in places] == ["District of Columbia", "District of Columbia"]


def test_a_team_names_its_town(places_pipeline: Pipeline) -> None:
    """A team's nickname after a town's name ("the Seattle Seahawks", "Bolton Wanderers") names the
    town, whatever the model makes of the whole; a team bears its big town's name ("the Portland
    Trail Blazers" in a story from Texas is Oregon's Portland), and so does the bare name after it
    ("the series with Portland")."""
    places = places_of(places_pipeline, "HOUSTON (AP) - James Harden scored 30 to lift the Houston Rockets over "
                                        "the Portland Trail Blazers. The Rockets swept their season series with "
                                        "Portland, and the Texas Rangers won in Arlington.")
    assert [p["admin1"] for p in places if p["text"] == "Portland"] == ["Oregon", "Oregon"]
    places = places_of(places_pipeline, "The unit worked with Seattle police at every Seattle Seahawks home game "
                                        "last season.")
    assert [p["start"] for p in places if p["text"] == "Seattle"] == [21, 45]
    places = places_of(places_pipeline, "Bolton Wanderers have been handed a boost before their trip to "
                                        "Birmingham.")
    assert [(p["text"], p["country"]) for p in places] == [("Bolton", "GBR"), ("Birmingham", "GBR")]


def test_the_town_whose_airport_the_text_names_is_the_one_beside_it(places_pipeline: Pipeline) -> None:
    """ "St. Petersburg's Pulkovo 2 Airport" (a terminal's number in the name) is the Russian
    airport, and every St. Petersburg of the American story is the town beside it, not Florida's."""
    places = places_of(places_pipeline, "A new American carrier will offer flights between New York and St. "
                                        "Petersburg. The airline won approval from the U.S. Transportation "
                                        "Department to fly between Kennedy Airport and St. Petersburg's Pulkovo 2 "
                                        "Airport this summer.")
    assert [(p["text"], p["country"]) for p in places if "Petersburg" in p["text"] or "Pulkovo" in p["text"]] == [
        ("St. Petersburg", "RUS"), ("St. Petersburg", "RUS"), ("Pulkovo 2 Airport", "RUS")]


def test_a_news_agencys_credit_after_a_dateline_is_no_qualifier(places_pipeline: Pipeline) -> None:
    """ "Moscow, SANA-" credits the Syrian agency: Moscow is Russia's capital, not a place inside
    Sana'a; "Springfield, IL -" still names the state."""
    places = places_of(places_pipeline, "Moscow, SANA- Russian Foreign Ministry Spokeswoman Maria Zakharova said the "
                                        "operation in Eastern Ghouta was almost done, expressing Moscow's concern "
                                        "over the US presence in Syria.")
    assert [p["country"] for p in places if p["text"] == "Moscow"] == ["RUS", "RUS"]
    places = places_of(places_pipeline, "Springfield, IL - The governor signed the budget on Monday.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Springfield", "Illinois"), ("IL", "Illinois")]


def test_a_rivers_bare_name_after_its_full_name(places_pipeline: Pipeline) -> None:
    """ "the Neches" after "the Neches River" is the river (a name no place bears alone)."""
    places = places_of(places_pipeline, "An author will speak about the Neches River in Athens, Texas, on Monday. One "
                                        "of Texas' last wild rivers, the Neches forms the eastern boundary of "
                                        "Henderson County. The Neches and its forests are home to otters.")
    assert [(p["start"], p["name"]) for p in places if p["text"] == "Neches"] == [
        (109, "Neches River"), (168, "Neches River")]


def test_a_community_only_one_states_post_offices_know(places_pipeline: Pipeline) -> None:
    """ "a Tennessee Colony man": a name of several words no gazetteer town bears, which only
    Texas's post offices know, is that community where the words say "place" — and it takes the
    story's county with it (Anderson County, Texas, not Kansas's)."""
    places = places_of(places_pipeline, "Deputies are searching for a Tennessee Colony man who escaped on Friday. He "
                                        "was last seen near his home in Tennessee Colony, according to the Anderson "
                                        "County Sheriff's Office.")
    assert [(p["text"], p["admin1"]) for p in places] == [
        ("Tennessee Colony", "Texas"), ("Tennessee Colony", "Texas"), ("Anderson County", "Texas")]
    assert places_of(places_pipeline, "The Main Street festival returns on Saturday.") == []


def test_a_capitalised_port_hides_no_name_before_it(places_pipeline: Pipeline) -> None:
    """ "the Port of Los Angeles" (a capital P) once started its proposal at offset -1, so that it
    covered, and silenced, every name before it ("born near New Delhi", "came to the U.S.")."""
    places = places_of(places_pipeline, "Samra, who was born near New Delhi, came to the U.S. in 1980 and worked in "
                                        "Chatsworth. His electric trucks haul cargo at the Port of Los Angeles.")
    assert [p["text"] for p in places] == ["New Delhi", "U.S.", "Chatsworth", "Port of Los Angeles"]
    assert all(p["start"] >= 0 for p in places)


def test_a_town_of_several_words_before_its_council(places_pipeline: Pipeline) -> None:
    """ "the Mount Pleasant City Council", which the model calls a facility, is an office of the town,
    which is the place (Mount Pleasant, Texas, in a story of Titus County) — but "the Golden State
    Freeway" and "the Golden Globe-nominated film" name no town called Golden."""
    places = places_of(places_pipeline, "Sump pump rules in Titus County, Texas, raised questions this morning at "
                                        "the Mount Pleasant City Council's Ordinance Committee meeting.")
    assert [(p["text"], p["admin1"]) for p in places][-1] == ("Mount Pleasant", "Texas")
    assert places_of(places_pipeline, "A body was dumped near the Golden State Freeway. The Golden "
                                      "Globe-nominated film won.") == []


def test_a_table_of_counties_and_their_figures(places_pipeline: Pipeline) -> None:
    """ "Surrounding counties and their rates include: Hamilton, 6 percent; Hendricks, 7.3 percent; …":
    each item of the table is a county (of the story's state), though only one says "County"."""
    places = places_of(places_pipeline, "Boone County, Indiana, had an unemployment rate of 5 percent in February. "
                                        "Surrounding counties and their rates include: Hamilton, 6 percent; "
                                        "Hendricks, 7.3 percent; Marion, 8.7 percent; Montgomery County, 9.1 "
                                        "percent, and Clinton, 10.5 percent. Officials said the figures may improve.")
    assert [(p["name"], p["admin1"]) for p in places][2:] == [
        ("Hamilton County", "Indiana"), ("Hendricks County", "Indiana"), ("Marion County", "Indiana"),
        ("Montgomery County", "Indiana"), ("Clinton County", "Indiana")]


def test_countries_by_the_short_forms_news_uses(places_pipeline: Pipeline) -> None:
    """ "Bosnia", "St. Lucia", "Antigua", "Trinidad", "the Caymans": the countries news names by part
    of their names — but "Antigua, Guatemala" stays the town its country qualifies, "TRINIDAD,
    Colo." the Colorado town, and a photographer's name in a credit is no place."""
    places = places_of(places_pipeline, "Fighting resumed in Bosnia on Monday. Officials from St. Lucia, St Kitts, "
                                        "Antigua and St. Vincent and the Grenadines met in Trinidad. Tourists went "
                                        "to the Faroes, the Caymans, the Turks and Caicos and the US Virgin Islands.")
    assert [(p["text"], p["country"], p["feature"]) for p in places] == [
        ("Bosnia", "BIH", "country"), ("St. Lucia", "LCA", "country"), ("St Kitts", "KNA", "country"),
        ("Antigua", "ATG", "country"), ("St. Vincent and the Grenadines", "VCT", "country"),
        ("Trinidad", "TTO", "region"), ("Faroes", "FRO", "country"), ("Caymans", "CYM", "country"),
        ("Turks and Caicos", "TCA", "country"), ("US Virgin Islands", "VIR", "country")], places
    towns = places_of(places_pipeline, "TRINIDAD, Colo. - The Trinidad City Council met Monday in Las Animas County. "
                                       "The Antigua, Guatemala market reopened.")
    assert (mention(towns, "TRINIDAD")["feature"], mention(towns, "TRINIDAD")["admin1"]) == ("city", "Colorado")
    assert (mention(towns, "Antigua")["feature"], mention(towns, "Antigua")["country"]) == ("city", "GTM")
    # (the island, not the country, so that a sizeable town of the story's country is weighed against it)
    bolivia = places_of(places_pipeline, "Protesters gathered in Trinidad and El Alto on Monday, Bolivian officials "
                                         "said.")
    assert [(p["text"], p["country"], p["feature"]) for p in bolivia if p["mention"] == "name"] == [
        ("Trinidad", "BOL", "city"), ("El Alto", "BOL", "city")], bolivia
    credit = places_of(places_pipeline, "The games were held at the University of Perpetual Help in Calamba. "
                                        "(Zen Trinidad/PNA)")
    assert "Trinidad" not in [p["text"] for p in credit], credit


def test_county_and_state_short_forms_after_a_town_and_regions_of_wars(places_pipeline: Pipeline) -> None:
    """British papers write a town's county short ("Tring, Herts", "Didcot, Oxon", "Kettering,
    Northants"), Australian ones a state's ("Cairns, Qld"), older American style "Nebr." and
    "Wisc."; alone such words are words or names ("Beds were short", "the Milwaukee Bucks"). Regions
    of wars the packages lack: Transcarpathia, the North Caucasus, the Pankisi Gorge."""
    british = places_of(places_pipeline, "A woman from Didcot, Oxon was fined on Monday. A man from Kettering, "
                                         "Northants and one from Tring, Herts were cleared.")
    assert [(p["text"], p["name"]) for p in british if p["feature"] != "city"] == [
        ("Oxon", "Oxfordshire"), ("Northants", "Northamptonshire"), ("Herts", "Hertfordshire")], british
    australian = places_of(places_pipeline, "Flooding cut roads near Cairns, Qld on Monday.")
    assert (mention(australian, "Qld")["name"], mention(australian, "Cairns")["admin1"]) == ("Queensland",
                                                                                            "Queensland")
    american = places_of(places_pipeline, "A man from Kearney, Nebr. and one from Racine, Wisc. were arrested.")
    assert [p["name"] for p in american if p["feature"] == "admin1"] == ["Nebraska", "Wisconsin"], american
    words = places_of(places_pipeline, "Beds were short in hospitals across the region. The Milwaukee Bucks won "
                                       "in Boston.")
    assert not any(p["text"] in ("Beds", "Bucks") for p in words), words
    wars = places_of(places_pipeline, "Drones struck Transcarpathia on Monday. Fighters from the North Caucasus "
                                      "trained in the Pankisi Gorge.")
    assert [(p["text"], p["country"]) for p in wars] == [
        ("Transcarpathia", "UKR"), ("North Caucasus", "RUS"), ("Pankisi Gorge", "GEO")], wars


def test_conflict_towns_the_packages_lack_or_spell_otherwise(places_pipeline: Pipeline) -> None:
    """Towns of wars the packaged gazetteers lack (Pibor, Sévaré, Mozambique's Palma) or know under
    another spelling (Shire is Inda Silasē; Kyaukphyu, Kyaukpyu; "Bagram" is the air base) — while
    Palma beside Mallorca stays Spain's."""
    cases = {
        "Clashes erupted in Pibor on Monday, officials in Juba said.": ("Pibor", "SSD"),
        "Jihadists attacked Sevare near Mopti, Malian officials said.": ("Sevare", "MLI"),
        "Insurgents attacked Palma in Cabo Delgado province, Mozambique officials said.": ("Palma", "MOZ"),
        "Tigrayan forces entered Shire on Monday, Ethiopian officials said.": ("Shire", "ETH"),
        "The port of Kyaukphyu in Rakhine state, Myanmar, was closed.": ("Kyaukphyu", "MMR"),
        "US troops left Bagram on Monday, Afghan officials said.": ("Bagram", "AFG"),
        "The Real Mallorca fans flew to Palma on Monday for the match in Spain.": ("Palma", "ESP"),
        "Sieges starved Madaya, Syrian activists said.": ("Madaya", "SYR"),
        "Militants overran Jalawla in Diyala, Iraqi officials said.": ("Jalawla", "IRQ"),
        "Air strikes hit the Zeitoun neighbourhood of Gaza City on Monday.": ("Zeitoun", "PSE"),
        "Troops raided the Nur Shams camp near Tulkarm, Palestinian officials said.": ("Nur Shams", "PSE"),
        "Shelling hit Novaya Kakhovka, Ukrainian officials said.": ("Novaya Kakhovka", "UKR"),
        "Gangs attacked homes in Cite Soleil on Monday, Haitian police said.": ("Cite Soleil", "HTI"),
        "Gangs attacked homes in Petion-Ville on Monday, Haitian police said.": ("Petion-Ville", "HTI"),
        "Fighting was reported in Maungdaw on Monday, Burmese officials said.": ("Maungdaw", "MMR"),
        # (not Mombasa, which GeoNames also spells so)
        "Fighting was reported in Mambasa on Monday, Congolese officials said.": ("Mambasa", "COD"),
        "Clashes in Kurram killed 12, Pakistani officials said.": ("Kurram", "PAK"),
        "Gunmen attacked a checkpost in Upper Dir, Pakistani officials said.": ("Upper Dir", "PAK"),
        "A bomb exploded in Puli Alam, the capital of Logar, Afghan officials said.": ("Puli Alam", "AFG"),
        "Protesters gathered in Rio on Monday, Brazilian officials said.": ("Rio", "BRA"),
        "Fighting spread across Lower Shabelle and Galmudug, Somali officials said.": ("Lower Shabelle", "SOM"),
        "Fighting spread across Galmudug on Monday, Somali officials said.": ("Galmudug", "SOM"),
        "Floods hit Mahra on Monday, Yemeni officials said.": ("Mahra", "YEM"),
        "Troops moved into the Tirah Valley and Orakzai, Pakistani officials said.": ("Orakzai", "PAK"),
    }
    # (a director's abbreviation is no district of Pakistan, Rio Tinto no city)
    assert places_of(places_pipeline, "The Dir. of Finance said Rio Tinto's profits fell in Tokyo.")[0]["text"] == (
        "Tokyo")
    for text, (name, country) in cases.items():
        assert mention(places_of(places_pipeline, text), name)["country"] == country, text


def test_historic_and_conflict_regions_without_a_province_of_their_name(places_pipeline: Pipeline) -> None:
    """Regions news names that are no province of the packages (Cyrenaica, the Fezzan, Tripolitania,
    the Swat Valley, Bajaur, Provence, Transylvania) or a province under another name (Brittany is
    Bretagne, Yakutia is Sakha, Karen State is Kayin); a police "SWAT team" is no valley in Pakistan."""
    places = places_of(places_pipeline, "Forces loyal to Haftar hold Cyrenaica and the Fezzan, while Tripolitania "
                                        "is held by the government. Militants in the Swat Valley and Bajaur attacked "
                                        "police. Floods hit Brittany, Provence and Transylvania. Rebels fought in "
                                        "Karen State and Yakutia.")
    assert [(p["text"], p["country"]) for p in places] == [
        ("Cyrenaica", "LBY"), ("Fezzan", "LBY"), ("Tripolitania", "LBY"), ("Swat Valley", "PAK"), ("Bajaur", "PAK"),
        ("Brittany", "FRA"), ("Provence", "FRA"), ("Transylvania", "ROU"), ("Karen State", "MMR"),
        ("Yakutia", "RUS")], places
    swat = places_of(places_pipeline, "A SWAT team was called to the house in Dallas on Monday, police said.")
    assert [p["text"] for p in swat] == ["Dallas"], swat


def test_a_village_no_gazetteer_has_in_a_story_that_only_names_a_nationality(places_pipeline: Pipeline) -> None:
    """ "Fighting was reported in Dioura, Malian officials said": the village no gazetteer has is in
    the one country the story's nationality words name, with a country's precision; with two
    nationalities there is no such country, and no point."""
    one = places_of(places_pipeline, "Fighting was reported in Dioura on Monday, Malian officials said. Residents "
                                     "fled the area.")
    village = mention(one, "Dioura")
    assert (village["country"], village["precision"]) == ("MLI", "country"), village
    two = places_of(places_pipeline, "Fighting was reported in Dioura on Monday, Malian and French officials said.")
    assert all(p["lat"] is None for p in two if p["text"] == "Dioura"), two


def test_a_giants_old_name_does_not_push_aside_towns_that_bear_it(places_pipeline: Pipeline) -> None:
    """ "Canton" was Guangzhou's name in English, and is Canton, Ohio's, Michigan's and New York's own:
    towns of 20,000 people or more bear it, so the giant does not push the state's small Canton aside
    ("the Canton City Council … New York lawmakers") — while a Bombay of a few hundred people still gives
    way to Mumbai, and Canton beside China is Guangzhou."""
    council = places_of(places_pipeline, "The Canton City Council voted 5-2 on Tuesday to raise fees, and New York "
                                         "lawmakers are watching.")
    assert (mention(council, "Canton")["admin1"], mention(council, "Canton")["country"]) == ("New York", "USA")
    born = places_of(places_pipeline, "He was born in Bombay and moved to Ohio.")
    assert mention(born, "Bombay")["country"] == "IND"
    china = places_of(places_pipeline, "Traders in Canton shipped tea to Britain, Chinese officials said.")
    assert mention(china, "Canton")["country"] == "CHN"


def test_an_english_county_council_is_the_shires(places_pipeline: Pipeline) -> None:
    """ "Kent County Council", "Hampshire County Council": an English county's council, and its towns
    are England's (Dover, Kent; Winchester, Hampshire) — not Kent County, Delaware — unless the story
    names an American state or a Canadian province, or counts in dollars where an American county of
    the name exists."""
    kent = places_of(places_pipeline, "Kent County Council said the A2 was closed near Dover on Monday.")
    assert [(p["text"], p["country"]) for p in kent] == [("Kent County", "GBR"), ("Dover", "GBR")], kent
    hampshire = places_of(places_pipeline, "Police in Winchester said a man was arrested on Monday. Hampshire "
                                           "County Council said roads were closed.")
    assert mention(hampshire, "Winchester")["admin1"] == "Hampshire", hampshire
    sussex = places_of(places_pipeline, "The Sussex County Council in Georgetown, Delaware, voted on Tuesday.")
    assert mention(sussex, "Sussex County")["admin1"] == "Delaware", sussex
    york = places_of(places_pipeline, "York County Council Chairman Buddy Motz said the $2 million plan would "
                                      "pass. Rock Hill officials agreed.")
    assert mention(york, "York County")["country"] == "USA", york


def test_a_town_spelt_otherwise_that_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "Protesters gathered in Shahroud, Iranian officials said": the model calls the town a person
    and no gazetteer spells it so, but Iran's Shahrud has its consonants and its vowels' kinds; in a
    story that names no country whose towns' names come from another script the name stays no place."""
    iran = places_of(places_pipeline, "Protesters gathered in Shahroud on Monday, Iranian officials said. Police "
                                      "dispersed them.")
    town = mention(iran, "Shahroud")
    assert (town["name"], town["country"], town["precision"]) == ("Shahrud", "IRN", "city"), town
    tunisia = places_of(places_pipeline, "Gunmen attacked a police post in Ben Guerdane, Tunisian officials said.")
    assert mention(tunisia, "Ben Guerdane")["name"] == "Ben Gardane", tunisia
    ohio = places_of(places_pipeline, "Protesters gathered in Shahroud on Monday, Ohio officials said.")
    assert all(p["text"] != "Shahroud" or p["lat"] is None for p in ohio), ohio


def test_european_regions_and_border_villages_of_the_news(places_pipeline: Pipeline) -> None:
    """Historic regions the gazetteers name only in the local language or not at all ("Normandy",
    "Hesse", "Moravia"), and villages of the news the packages lack (Przewodów, Idomeni)."""
    found = {}
    for name, nationality in (("Normandy", "French"), ("Hesse", "German"), ("Moravia", "Czech"),
                              ("Przewodow", "Polish"), ("Idomeni", "Greek"), ("Humera", "Ethiopian")):
        places = places_of(places_pipeline, f"Protesters gathered in {name} on Monday, {nationality} officials said.")
        found[name] = mention(places, name)["country"]
    assert found == {"Normandy": "FRA", "Hesse": "DEU", "Moravia": "CZE", "Przewodow": "POL", "Idomeni": "GRC",
                     "Humera": "ETH"}


def test_a_state_abbreviation_after_a_number_is_the_state(places_pipeline: Pipeline) -> None:
    """ "3 Ind. fugitives": Indiana — only British Columbia's initials after a number are an era
    ("founded in 500 B.C.")."""
    fugitives = places_of(places_pipeline, "3 Ind. fugitives transferred to another Neb. jail. LEXINGTON, Neb. (AP) "
                                           "Three escaped inmates were captured.")
    assert mention(fugitives, "Ind.")["admin1"] == "Indiana", fugitives
    era = places_of(places_pipeline, "The town was founded in 500 B.C. by traders from the coast.")
    assert all(p["text"] != "B.C." for p in era), era


def test_a_townsman_named_by_his_trade(places_pipeline: Pipeline) -> None:
    """ "a request by Concord developer Kevin Guay": a town's name before a trade and a person is the
    town (local news's way), as "a Concord man" is."""
    places = places_of(places_pipeline, "A judge denied a request by Concord developer Kevin Guay to reach his "
                                        "properties, New Hampshire officials said.")
    assert (mention(places, "Concord")["admin1"], mention(places, "Concord")["country"]) == ("New Hampshire", "USA")
    # and a service member from the town: "the 28-year-old Manchester Marine"
    marine = places_of(places_pipeline, "Friends gathered for Ouellette, the 28-year-old Manchester Marine killed "
                                        "last week in Afghanistan, New Hampshire officials said.")
    assert mention(marine, "Manchester")["admin1"] == "New Hampshire", marine


def test_an_before_a_consonant_is_part_of_the_name(places_pipeline: Pipeline) -> None:
    """ "Heavy rain hit An Giang": Vietnam's province ("An" before a consonant is no English article);
    "An Ohio man" is still Ohio's."""
    rain = places_of(places_pipeline, "Heavy rain hit An Giang on Monday, Vietnamese officials said.")
    assert mention(rain, "An Giang")["country"] == "VNM", rain
    ohio = places_of(places_pipeline, "An Ohio man was arrested on Monday.")
    assert [p["text"] for p in ohio] == ["Ohio"], ohio


def test_the_examples_of_a_plural_kind_word_are_places(places_pipeline: Pipeline) -> None:
    """ "concentration camps such as Auschwitz", "cities like Homs and Hama": the names a plural kind
    word gives as examples are places, though nothing else in the sentence says so."""
    camps = places_of(places_pipeline, "Jews were arrested in France and taken to concentration camps such as "
                                       "Auschwitz, where most died.")
    assert mention(camps, "Auschwitz")["country"] == "POL", camps
    cities = places_of(places_pipeline, "The protests spread to cities like Homs and Hama within a week.")
    assert [mention(cities, n)["country"] for n in ("Homs", "Hama")] == ["SYR", "SYR"], cities


def test_a_towns_hospitals_and_councils(places_pipeline: Pipeline) -> None:
    """ "Limerick hospitals recorded high rates", "Lancaster and Lancashire councils": a town's or a
    county's hospitals and councils are its own, as its schools are."""
    hospitals = places_of(places_pipeline, "Limerick hospitals recorded particularly high rates of absenteeism.")
    assert mention(hospitals, "Limerick")["country"] == "IRL", hospitals
    councils = places_of(places_pipeline, "Lancaster and Lancashire councils offer business help.")
    assert mention(councils, "Lancashire")["country"] == "GBR", councils


def test_british_spelling_counts_a_councillor() -> None:
    """ "Councillor David Trigg … to fulfil the need": two British spellings (a councillor is a
    councilor or councilman in American papers)."""
    from newsgraph.annotators._place_words import british_spelling
    assert british_spelling("Councillor David Trigg said it would fulfil the need.")
    assert not british_spelling("Councilor David Trigg said it would fulfill the need.")


def test_a_towns_mayor_and_what_befalls_it_vouch_for_it(places_pipeline: Pipeline) -> None:
    """ "Mariupol's mayor said", "Bahir Dar's mayor" (a person to the model), "The shelling of
    Kostiantynivka": a town's officers after its possessive and a war's verbs nouned before "of" say
    "place", though the model calls the name an organisation or a person."""
    found = {}
    for text, name in (("Mariupol's mayor said the water supply had been cut, Ukrainian officials said.", "Mariupol"),
                       ("Bahir Dar's mayor said the water supply had been cut, Ethiopian officials said.", "Bahir Dar"),
                       ("The shelling of Kostiantynivka continued for a third day, Ukrainian officials said.",
                        "Kostiantynivka")):
        found[name] = mention(places_of(places_pipeline, text), name)["country"]
    assert found == {"Mariupol": "UKR", "Bahir Dar": "ETH", "Kostiantynivka": "UKR"}


def test_a_nationality_after_a_comma_is_no_qualifier(places_pipeline: Pipeline) -> None:
    """ "an attack on Afgoye, Somali officials said": "Somali" is the nationality, not Ethiopia's Somali
    region placing Afgoye in it."""
    places = places_of(places_pipeline, "At least 12 people were killed in an attack on Afgoye, Somali officials said.")
    assert mention(places, "Afgoye")["country"] == "SOM", places


def test_what_war_does_to_a_town_vouches_for_it(places_pipeline: Pipeline) -> None:
    """ "Berdyansk was hit by missiles", "The battle for Lyman", "after troops pulled out of Kaya": the
    words say "place" though the model calls the name a person; "Jackson was hit by a car" does not."""
    found = {}
    for text, name in (("Berdyansk was hit by missiles on Monday, Ukrainian officials said.", "Berdyansk"),
                       ("The battle for Lyman has lasted three months, Ukrainian officials said.", "Lyman"),
                       ("After Burkinabe troops pulled out of Kaya, looting began.", "Kaya")):
        found[name] = mention(places_of(places_pipeline, text), name)["country"]
    assert found == {"Berdyansk": "UKR", "Lyman": "UKR", "Kaya": "BFA"}
    car = places_of(places_pipeline, "Jackson was hit by a car on Monday and taken to hospital.")
    assert all(p["text"] != "Jackson" for p in car), car


def test_what_war_does_to_a_village_no_gazetteer_has(places_pipeline: Pipeline) -> None:
    """ "Airstrikes pounded Dioura", "the siege of Dioura", "Dioura came under fire": a village no gazetteer
    has, which the model calls a person, is placed in the story's one country (a country's precision) —
    but not a name people bear ("the fall of Mubarak"), a party's ("LTTE-administered"), a ship's ("the
    ship Tutor was hit by a drone boat") or a group's before what it holds ("bombed Houthi positions")."""
    for text in ("Airstrikes pounded Dioura overnight, Malian officials said.",
                 "The siege of Dioura continued, Malian officials said.",
                 "Dioura came under fire on Monday, Malian officials said."):
        village = mention(places_of(places_pipeline, text), "Dioura")
        assert (village["country"], village["precision"]) == ("MLI", "country"), (text, village)
    held = mention(places_of(places_pipeline, "Dioura remained under rebel control on Monday, Malian officials said."),
                   "Dioura")
    assert (held["country"], held["precision"]) == ("MLI", "country"), held
    calm = places_of(places_pipeline, "The situation was under control, Smith said on Monday in Ohio.")
    assert all(p["text"] != "Smith" for p in calm), calm
    fall = places_of(places_pipeline, "The fall of Mubarak shook the region, Egyptian officials said.")
    assert all(p["text"] != "Mubarak" for p in fall), fall
    tamil = places_of(places_pipeline, "The battle for LTTE-administered areas went on, Sri Lankan officials said.")
    assert all("LTTE" not in p["text"] for p in tamil), tamil
    for text in ("Malian troops withdrew from Dioura on Sunday.", "Officials in Dioura said 14 people had died, "
                 "Malian media reported.", "The Dioura residents said the power had been cut, Malian officials said.",
                 "Malian troops pulled out of Dioura on Sunday after heavy fighting, the army said."):
        village = mention(places_of(places_pipeline, text), "Dioura")
        assert (village["country"], village["precision"]) == ("MLI", "country"), (text, village)
    starts = places_of(places_pipeline, "One Edmonton resident who called in questioned the levy. Previously "
                                        "residents could rent a bin, Alberta officials said.")
    assert all(p["text"] not in ("One Edmonton", "Previously") for p in starts), starts
    ship = places_of(places_pipeline, "The Greek-owned ship Tutor was hit by a drone boat south-west of Hodeidah.")
    jets = places_of(places_pipeline, "Saudi-led coalition jets bombed Houthi positions in Saada province.")
    assert all(p["text"] not in ("Tutor", "Houthi") for p in ship + jets), ship + jets


def test_a_facility_the_alias_table_names_with_its_kind_in_lower_case(places_pipeline: Pipeline) -> None:
    """ "the Fordow enrichment site": the alias table's facility, though the model calls the name a
    person and the kind word is lower case; a name the table lacks before "site" is no facility."""
    fordow = mention(places_of(places_pipeline, "Iran enriched uranium at the Fordow enrichment site, the IAEA said."),
                     "Fordow")
    assert (fordow["feature"], fordow["country"]) == ("facility", "IRN"), fordow
    places = places_of(places_pipeline, "Engineers at the Smithers site said the work was done, the company said.")
    assert all(p["text"] != "Smithers" for p in places), places


def test_two_towns_the_model_ran_together_and_a_towns_plight(places_pipeline: Pipeline) -> None:
    """ "from Sumy to Izmail" (the model's one organisation) and "between Khanaqin and Ramadi" (a work
    of art to it) are two towns each; "Sderot and Kiryat Shmona were without power": a town's plight
    says "place" — "Trinidad and Tobago" stays one country."""
    spread = places_of(places_pipeline, "Fighting spread from Sumy to Izmail, Ukrainian officials said.")
    assert [mention(spread, n)["country"] for n in ("Sumy", "Izmail")] == ["UKR", "UKR"], spread
    road = places_of(places_pipeline, "The road between Khanaqin and Ramadi was closed, Iraqi officials said.")
    assert [mention(road, n)["country"] for n in ("Khanaqin", "Ramadi")] == ["IRQ", "IRQ"], road
    power = places_of(places_pipeline, "Sderot and Kiryat Shmona were without power on Monday, Israeli officials "
                                       "said.")
    assert [mention(power, n)["country"] for n in ("Sderot", "Kiryat Shmona")] == ["ISR", "ISR"], power
    islands = places_of(places_pipeline, "He flew to Trinidad and Tobago on Monday.")
    assert [p["text"] for p in islands] == ["Trinidad and Tobago"], islands
    convoys = places_of(places_pipeline, "Convoys travelled from Laukkaing through Hsipaw to Kyaukme, Burmese "
                                         "officials said.")
    assert [mention(convoys, n)["country"] for n in ("Hsipaw", "Kyaukme")] == ["MMR", "MMR"], convoys
    shelling = places_of(places_pipeline, "Shelling hit Yabroud, Tadmur and Tabqa on Monday, Syrian officials said.")
    assert mention(shelling, "Tadmur")["country"] == "SYR", shelling
    refugees = places_of(places_pipeline, "Refugees from Hombori reached Mopti on foot, Malian officials said.")
    assert mention(refugees, "Hombori")["country"] == "MLI", refugees  # (the model's person "from Hombori")


def test_a_based_company_after_the_article_and_a_move_to_a_town(places_pipeline: Pipeline) -> None:
    """ "The Conway-based company": Conway (the article before is no part of the name); "He moved to
    Kyle in 1998": the Texas town, though Kyle is a given name — a letter "sent to Kyle" is a person's."""
    based = places_of(places_pipeline, "The Conway-based company will hire 40 people, Arkansas officials said.")
    assert mention(based, "Conway")["admin1"] == "Arkansas", based
    moved = places_of(places_pipeline, "He moved to Kyle in 1998 and opened a bakery there, Texas records show.")
    assert mention(moved, "Kyle")["admin1"] == "Texas", moved
    letter = places_of(places_pipeline, "A letter was sent to Kyle on Monday, Texas officials said.")
    assert all(p["text"] != "Kyle" for p in letter), letter


def test_bases_passes_and_corridors_of_the_news(places_pipeline: Pipeline) -> None:
    """Facilities and regions of recent wars the packages lack: Libya's al-Watiya air base, the Salang
    tunnel, the Khyber Pass, the Suwałki Gap, Kherson's Antonivskyi bridge."""
    found = {}
    for name in ("Al-Watiya air base", "the Salang Tunnel", "the Khyber Pass", "the Suwalki Gap",
                 "the Antonivskyi bridge"):
        places = places_of(places_pipeline, f"Fighting was reported near {name} on Monday, officials said.")
        found[name] = next((p["country"] for p in places if p["lat"] is not None), None)
    assert found == {"Al-Watiya air base": "LBY", "the Salang Tunnel": "AFG", "the Khyber Pass": "PAK",
                     "the Suwalki Gap": "POL", "the Antonivskyi bridge": "UKR"}, found


def test_a_camp_named_after_the_one_town_of_its_name(places_pipeline: Pipeline) -> None:
    """ "near the Dadaab refugee camp" in a sentence that names no country: the camp no gazetteer has is
    placed at the one town of its name (Kenya's Dadaab)."""
    places = places_of(places_pipeline, "Fighting was reported near the Dadaab refugee camp on Monday, officials said.")
    camp = mention(places, "Dadaab refugee camp")
    assert (camp["country"], camp["lat"] is not None) == ("KEN", True), camp


def test_a_known_name_with_its_kind_word_in_lower_case(places_pipeline: Pipeline) -> None:
    """ "the Crimean bridge", "the Lachin corridor": the alias table's names with their kind word written
    in lower case — not the region's adjective "Crimean", nor the district of Lachin alone."""
    bridge = places_of(places_pipeline, "A blast damaged the Crimean bridge on Monday, officials said.")
    assert [(p["text"], p["feature"]) for p in bridge] == [("Crimean bridge", "facility")], bridge
    corridor = places_of(places_pipeline, "Protesters blocked the Lachin corridor on Monday, officials said.")
    assert [(p["text"], p["country"]) for p in corridor] == [("Lachin corridor", "AZE")], corridor


def test_a_national_capital_is_no_anchor_for_a_namesake(places_pipeline: Pipeline) -> None:
    """A capital is named for its government: a small town near Washington or Amsterdam is not made likelier
    by it ("Cambridge Analytica" questioned in Washington is no Cambridge, Maryland; a march in Harlem with
    speakers from Amsterdam is New York's Harlem, not Haarlem)."""
    firm = places_of(places_pipeline, "Lawmakers in Washington questioned the data firm Cambridge Analytica on "
                                      "Tuesday. Cambridge Analytica denied wrongdoing.")
    assert {p["admin1"] for p in firm if p["text"] == "Cambridge"} == {"Massachusetts"}, firm
    march = places_of(places_pipeline, "A march in Harlem drew hundreds on Sunday. Speakers came from Amsterdam "
                                       "and Washington.")
    assert (mention(march, "Harlem")["country"], mention(march, "Amsterdam")["country"]) == ("USA", "NLD"), march


def test_a_town_named_beside_the_county_it_lies_in(places_pipeline: Pipeline) -> None:
    """Local news names its towns and its county together: a Richmond man lodged in the Madison County
    Detention Center is Kentucky's Richmond (in Kentucky's Madison County), not Virginia's capital; a
    Brandon driver and the Douglas County Sheriff's Office are Minnesota's, whose post office Brandon is."""
    richmond = places_of(places_pipeline, "A Richmond man was charged early Sunday after Richmond police say he "
                                          "struck a parked car. He was lodged in the Madison County Detention Center.")
    assert {p["admin1"] for p in richmond} == {"Kentucky"}, richmond
    brandon = places_of(places_pipeline, "A Brandon woman was hurt when her car rolled over two miles east of "
                                         "Brandon, according to the Douglas County Sheriff's Office.")
    assert {p["admin1"] for p in brandon if p["text"] in ("Brandon", "Douglas County")} == {"Minnesota"}, brandon


def test_offices_only_some_states_have_say_where_the_story_is(places_pipeline: Pipeline) -> None:
    """A First Selectman governs a New England town, the Fiscal Court a Kentucky county: "CLINTON — … neighbors
    of First Selectman …" beside New Haven is Connecticut's Clinton, not a Washington village beside Shoreline;
    Richmond's commissioners with the Fiscal Court are Kentucky's, not Virginia's capital."""
    clinton = places_of(places_pipeline, "CLINTON — A town couple, neighbors of First Selectman William Fritz, was "
                                         "charged with selling narcotics they bought in New Haven to Shoreline "
                                         "customers, police said.")
    assert mention(clinton, "CLINTON")["admin1"] == "Connecticut", clinton
    richmond = places_of(places_pipeline, "The Fiscal Court and Richmond city commissioners agreed on Tuesday to "
                                          "share the cost of the new jail.")
    assert mention(richmond, "Richmond")["admin1"] == "Kentucky", richmond


def test_a_state_athletic_association_names_the_state(places_pipeline: Pipeline) -> None:
    """Local sports pages name their state's high-school athletic association: "the IHSAA Class 2A state
    finals … the semistate in New Castle" is Indiana's New Castle, not Pennsylvania's larger one."""
    places = places_of(places_pipeline, "Boys basketball: Winchester ousted from state tournament. Winchester was "
                                        "denied a third straight trip to the IHSAA Class 2A state finals on Saturday, "
                                        "losing at the semistate in New Castle.")
    assert mention(places, "New Castle")["admin1"] == "Indiana", places


def test_a_list_of_counties_after_a_dash(places_pipeline: Pipeline) -> None:
    """ "the state's three largest counties — Douglas, Lancaster and Sarpy —": each name is a county's (Lancaster
    County, Nebraska, not Lancaster, California)."""
    places = places_of(places_pipeline, "Census data show the state's three largest counties — Douglas, Lancaster "
                                        "and Sarpy — grew by 14,240 people in 2008, Nebraska officials said.")
    assert [(p["text"], p["name"], p["admin1"]) for p in places if p["text"] != "Nebraska"] == [
        ("Douglas", "Douglas County", "Nebraska"), ("Lancaster", "Lancaster County", "Nebraska"),
        ("Sarpy", "Sarpy County", "Nebraska")], places


def test_an_unsure_name_that_is_a_town_of_the_county_named(places_pipeline: Pipeline) -> None:
    """A name the model does not call a place is a town when it lies in the county the story names: "The
    Napoleon school board … Henry County commissioners" is Napoleon, Ohio (a given name, but before its board)."""
    places = places_of(places_pipeline, "The Napoleon school board will meet on Monday to discuss the budget, "
                                        "Henry County commissioners said.")
    assert (mention(places, "Napoleon")["admin1"], mention(places, "Henry County")["admin1"]) == ("Ohio", "Ohio")


def test_a_county_said_short_after_a_direction(places_pipeline: Pipeline) -> None:
    """ "east Osceola County" names Osceola County, Florida: "in Osceola" in the same story is the county said
    short, not Osceola, Arkansas (the direction before the county's name is no part of its short form)."""
    places = places_of(places_pipeline, "Crews said one fire was under control in Osceola on Friday. The largest, "
                                        "spanning 800 acres, burned in east Osceola County, officials said.")
    assert (mention(places, "Osceola")["name"], mention(places, "Osceola")["admin1"]) == ("Osceola County", "Florida")


def test_a_national_capital_does_not_vote_for_its_province(places_pipeline: Pipeline) -> None:
    """ "Moscow said" names the government, not the story's province: Kaliningrad is the Baltic city, not
    Korolev, a Moscow-region town once also called Kaliningrad."""
    places = places_of(places_pipeline, "Moscow said Russian missiles would be installed in Kaliningrad, a Russian "
                                        "enclave on the Polish border.")
    assert (mention(places, "Kaliningrad")["name"], mention(places, "Kaliningrad")["admin1"]) == (
        "Kaliningrad", "Kaliningrad")


def test_a_state_agency_names_the_state(places_pipeline: Pipeline) -> None:
    """State agencies say where a local story is: the MassDevelopment Cultural Fund puts Symphony Hall's
    Springfield in Massachusetts (not Missouri's, a little larger); KDOT puts a Shawnee in Kansas."""
    springfield = places_of(places_pipeline, "Symphony Hall in Springfield is due for a renovation. The city got "
                                             "$478,000 from the MassDevelopment Cultural Fund, one Springfield "
                                             "official said.")
    assert {p["admin1"] for p in springfield if p["text"] == "Springfield"} == {"Massachusetts"}, springfield
    shawnee = places_of(places_pipeline, "KDOT engineers presented the highway plan to residents of Shawnee on "
                                         "Tuesday night.")
    assert mention(shawnee, "Shawnee")["admin1"] == "Kansas", shawnee


def test_a_storys_counties_are_one_states(places_pipeline: Pipeline) -> None:
    """Two counties named in one story are one state's, a state that holds both: "Hall County and Clay County"
    are both Nebraska's, Georgia's or Texas's — not Georgia's Hall and Nebraska's Clay; "Lake County and Polk
    County" both Florida's."""
    hall = places_of(places_pipeline, "Hall County and Clay County crews cleared roads after the ice storm on Monday.")
    assert len({p["admin1"] for p in hall}) == 1, hall
    lake = places_of(places_pipeline, "Lake County and Polk County officials met on Tuesday to discuss the water plan.")
    assert {p["admin1"] for p in lake} == {"Florida"}, lake


def test_a_court_named_after_its_seat(places_pipeline: Pipeline) -> None:
    """ "The Delhi High Court today sought …" (no entity to the model): a court is named after its seat, so
    Delhi is a place mention."""
    places = places_of(places_pipeline, "The Delhi High Court today sought a response from the former president.")
    assert [(p["text"], p["country"]) for p in places] == [("Delhi", "IND")], places


def test_a_district_of_a_town_no_gazetteer_has_is_placed_at_the_town(places_pipeline: Pipeline) -> None:
    """ "the Seoul Central District Court", "Kabul North District": a part of the town named first, which
    no gazetteer lists, is placed at that town rather than left without a point."""
    seoul = mention(places_of(places_pipeline, "Park was not in the Seoul Central District Court to hear the "
                                               "verdict."), "Seoul Central District")
    kabul = mention(places_of(places_pipeline, "Voters in Kabul North District queued for hours."), "Kabul North")
    assert (seoul["country"], seoul["lat"] is not None, kabul["country"]) == ("KOR", True, "AFG")


def test_a_school_subject_casts_no_vote_for_a_country(places_pipeline: Pipeline) -> None:
    """ "concepts in science and English" names a subject, so it does not make a story about Norfolk High School
    British: the school's town is an American Norfolk, not the English county."""
    places = places_of(places_pipeline, "Janet Johnson, a guidance counselor at Norfolk High School, said formulas "
                                        "in math and concepts in science and English may be forgotten over time.")
    assert mention(places, "Norfolk")["country"] == "USA", places


def test_a_citywide_headline_and_a_seasons_election(places_pipeline: Pipeline) -> None:
    """ "Gainesville citywide election …": what spans a town says it is one (the headline's name, which the
    model leaves alone); "the 2007 Spring Elections" names a season, not Spring, Texas."""
    places = places_of(places_pipeline, "Gainesville citywide election has high early voter turnout. Early turnout "
                                        "for Gainesville City Elections is quadruple that of the 2007 Spring "
                                        "Elections, officials said.")
    assert [p["text"] for p in places] == ["Gainesville", "Gainesville"], places


def test_a_towns_gp(places_pipeline: Pipeline) -> None:
    """ "Oxford GP Dr Tia MacGregor": a British family doctor by her town, as "a Dallas attorney" is."""
    places = places_of(places_pipeline, "Dr Smith has slimmed down and is happier. * Oxford GP Dr Tia MacGregor, who "
                                        "is based at St Bartholomew's, said the diet works.")
    assert [(p["text"], p["country"]) for p in places] == [("Oxford", "GBR")], places


def test_a_towns_numbered_units_name_the_town(places_pipeline: Pipeline) -> None:
    """ "Pack 136 of Madison; Troop 172 of Wakefield … Pack 179 from Winside": a scout pack's, troop's or
    legion post's number before "of"/"from" says the name after it is a town — a given name ("Madison"),
    the model's one organisation ("Troop 172 of Wakefield") and a post office no gazetteer town list has
    (Winside, Nebraska) alike, in the state the story names."""
    places = places_of(places_pipeline, "Scouting units from Northeast Nebraska helping this year include Pack 136 "
                                        "of Madison; Troop 172 of Wakefield; and Pack 179 from Winside.")
    towns = {p["text"]: p["admin1"] for p in places if p["feature"] == "city"}
    assert towns == {"Madison": "Nebraska", "Wakefield": "Nebraska", "Winside": "Nebraska"}, places


def test_a_towns_quarter_by_its_compass_initials(places_pipeline: Pipeline) -> None:
    """ "Fire damages N.W. Rochester house": the quarter's initials before a town (the model's person) leave
    the town; the story's state says which."""
    places = places_of(places_pipeline, "Fire damages N.W. Rochester house; two dogs injured. Fire damaged a "
                                        "two-story house in Minnesota on Tuesday.")
    assert mention(places, "Rochester")["admin1"] == "Minnesota", places


def test_a_towns_community_center_names_the_town(places_pipeline: Pipeline) -> None:
    """ "the Meredith Community Center": a given name before what a town keeps for its people is the town —
    and with Concord beside it, the story's towns are New Hampshire's (Alton too, not Illinois's)."""
    places = places_of(places_pipeline, "The 60-year-old Alton man was diagnosed with leukemia. A drive is planned "
                                        "today at the Meredith Community Center. A second drive will be held in "
                                        "Concord.")
    assert {p["text"]: p["admin1"] for p in places} == {"Alton": "New Hampshire", "Meredith": "New Hampshire",
                                                        "Concord": "New Hampshire"}, places


def test_a_sports_pages_town_of_the_associations_state(places_pipeline: Pipeline) -> None:
    """ "Hagerstown advanced to the state meet … the IHSAA regional": local sports name a town's team by the
    town, which the model leaves untagged; named twice in a story whose state association says Indiana, it
    is Indiana's Hagerstown, not Maryland's bigger one. Named once ("(Imperial; in previews)"), a name
    stays unsure."""
    places = places_of(places_pipeline, "Gymnastics: Hagerstown advances to state meet. Hagerstown advanced to the "
                                        "state meet for the first time after finishing second during the IHSAA "
                                        "regional Friday, while New Castle was third.")
    assert [p["admin1"] for p in places if p["text"] == "Hagerstown"] == ["Indiana", "Indiana"], places
    places = places_of(places_pipeline, "On Broadway: “Water for Elephants” (Imperial; in previews) opens as "
                                        "Pennsylvania troupes tour New York.")
    assert "Imperial" not in [p["text"] for p in places], places


def test_a_smaller_towns_colon_dateline(places_pipeline: Pipeline) -> None:
    """ "Bicester: Shoppers flock …": a local paper's headline opens with its town and a colon; a town under
    100,000 people is read so where the story names its county (Oxfordshire) — "Update:" and a person stay
    words."""
    places = places_of(places_pipeline, "Bicester: Shoppers flock to new store. Hundreds queued in the town "
                                        "yesterday, Oxfordshire police said.")
    assert (mention(places, "Bicester")["country"], mention(places, "Bicester")["admin1"]) == ("GBR", "Oxfordshire")
    places = places_of(places_pipeline, "Update: The council met on Monday in Leeds.")
    assert [p["text"] for p in places] == ["Leeds"], places


def test_city_between_a_town_and_its_office(places_pipeline: Pipeline) -> None:
    """ "San Fernando City Councilwoman", "a Las Vegas City Marshal" (the model's one place): the town's office,
    so the town is San Fernando beside Los Angeles, not the Philippines' "City of San Fernando" (which then
    pulled Los Angeles to a Philippine namesake); "the Kansas City Council" keeps the town whose own name has
    "City" in it."""
    places = places_of(places_pipeline, "San Fernando City Councilwoman Nury Martinez defeated the incumbent, "
                                        "Los Angeles officials said.")
    assert {p["text"]: p["country"] for p in places} == {"San Fernando": "USA", "Los Angeles": "USA"}, places
    vegas = places_of(places_pipeline, "He had five years' experience as a Las Vegas City Marshal.")
    assert [(p["text"], p["admin1"]) for p in vegas] == [("Las Vegas", "Nevada")], vegas
    kansas = places_of(places_pipeline, "The Kansas City Council voted on Monday.")
    assert [p["name"] for p in kansas] == ["Kansas City"], kansas


def test_a_towns_clubs_and_high_school_name_it(places_pipeline: Pipeline) -> None:
    """ "the Wamego Seniors Center", "Flemington Elks", "Stonington H.S.": a small town's seniors, lodges and
    abbreviated high school are its own, so the town of the story's state is meant (the model's organisation)."""
    for text, town, state in (("A meeting takes place at 5 this evening at the Wamego Seniors Center, Kansas "
                               "officials said.", "Wamego", "Kansas"),
                              ("Flemington Elks plan comedy show April 8. The Flemington Elks Lodge in New Jersey "
                               "will host.", "Flemington", "New Jersey"),
                              ("Practices start in late March and will be held at Stonington H.S. in "
                               "Connecticut.", "Stonington", "Connecticut")):
        places = places_of(places_pipeline, text)
        assert mention(places, town)["admin1"] == state, places


def test_a_building_named_after_a_town_of_the_storys_state(places_pipeline: Pipeline) -> None:
    """ "The men escaped from the Branchville Correctional Facility" in a story of Indiana inmates caught in
    Nebraska: the prison is at the Indiana post office it is named after, not at the Nebraska town named just
    before it."""
    places = places_of(places_pipeline, "Three escaped Indiana inmates were captured Thursday in Alliance, "
                                        "Nebraska. The men escaped from the Branchville Correctional Facility on "
                                        "March 20.")
    assert mention(places, "Branchville Correctional Facility")["admin1"] == "Indiana", places


def test_a_town_lies_in_the_state_the_story_names_most(places_pipeline: Pipeline) -> None:
    """Of two namesakes, each in a state the story names, the one in the state it names most:
    Texas, Houston, Sulphur Springs, Greenville, Dallas — against a mother's family from Michigan."""
    text = ("Health is more than skin deep, says Dr. Ruiz. Dr. Ana Ruiz has become a fixture in the Mount "
            "Pleasant medical community since coming here in 1997, but her roots extend all the way to Canada - "
            "Sault Ste. Marie, Ontario, where she grew up. Her mother's family was from Michigan, but she had an "
            "uncle who lived in Houston. Her move to Texas was partly about the weather. \"I got tired of Canadian "
            "winters,\" she laughs. \"I liked the good climate like we have in Texas.\" After her degree from the "
            "University of Toronto she spent three years at McGill University in Montreal. She said she knew as "
            "soon as she started practicing in Mount Pleasant there was a great need. People were traveling to "
            "Sulphur Springs, Greenville and as far as Dallas for care. \"There are a lot of fair-skinned people "
            "in Texas.\"")
    places = places_of(places_pipeline, text)
    towns = [p for p in places if p["text"] == "Mount Pleasant"]
    assert len(towns) == 2 and {p["admin1"] for p in towns} == {"Texas"}
    # (Ontario, named as often as Texas, is another country's: it does not stand against Texas)
    assert all("the province the article names most (Texas)" in p["why"] for p in towns)


def test_a_dateline_town_only_the_post_offices_know(places_pipeline: Pipeline) -> None:
    """ "ROCKY HILL -" with a Connecticut number is the Connecticut town (a post office, which no city
    list has), not Rock Hill, South Carolina, whose other names include "Rocky Hill" — and so is the
    headline's "Rocky Hill Library", named after the dateline's town."""
    places = places_of(places_pipeline, "Rocky Hill Library Extends Hours. ROCKY HILL - The public library will "
                                        "stay open until 9 p.m. on weekdays starting next month, the town council "
                                        "decided on Tuesday. Residents who want to volunteer at the circulation "
                                        "desk may apply at the town hall. For details, call 860-258-4400.")
    assert mention(places, "ROCKY HILL")["admin1"] == "Connecticut"
    assert mention(places, "Rocky Hill Library")["admin1"] == "Connecticut"


def test_a_town_of_the_state_its_numbers_are_in(places_pipeline: Pipeline) -> None:
    """A name the model leaves untagged, twice, in a story whose telephone number is in East Texas's
    936 area: Grapeland, Texas — and no such town without the number."""
    story = ("Grapeland pantry needs volunteers. The food pantry at the Grapeland Methodist church is short of "
             "helpers this spring, organisers said. Volunteers sort donations on Tuesdays and deliver boxes on "
             "Thursdays. Anyone who can help should call Martha at {}.")
    places = places_of(places_pipeline, story.format("936-687-1100"))
    assert [p["admin1"] for p in places if p["text"] == "Grapeland"] == ["Texas", "Texas"]
    assert not [p for p in places_of(places_pipeline, story.format("the church office")) if p["text"] == "Grapeland"]


def test_a_towns_team_or_club_is_no_person(places_pipeline: Pipeline) -> None:
    """The model's "persons" "Jordan Junior Olympic" and "Flemington Elks" are a town's team and
    lodge: the town, placed elsewhere in the story, is named there too (one sense per article)."""
    jordan = places_of(places_pipeline, "Jordan Junior Olympic volleyball returns. The Jordan Junior Olympic "
                                        "volleyball program will offer two spring sessions this year. Tryouts will "
                                        "be held at the Jordan middle school on Monday. Players who are not picked "
                                        "will join a team in Jordan league play. For details, call the coordinator "
                                        "at 952-492-1100.")
    assert [p["admin1"] for p in jordan if p["text"] == "Jordan"] == ["Minnesota"] * 4
    # and a person's full name stays a person's: "Michael Jordan" is no town
    mj = places_of(places_pipeline, "Michael Jordan watched the game in Jordan, Minnesota, and Michael Jordan "
                                    "liked the town, he said.")
    assert [p["start"] for p in mj if p["text"] == "Jordan"] == [35]


def test_a_place_the_text_puts_in_a_county(places_pipeline: Pipeline) -> None:
    """ "Rice Lake in Fulton County, Illinois" is there (a lake no gazetteer has: placed at the county,
    as contained), not the Wisconsin town of the name; the town itself stays the town."""
    lake = places_of(places_pipeline, "Hunters found the dead ducks near Rice Lake in Fulton County, Illinois.")
    assert mention(lake, "Rice Lake")["admin1"] == "Illinois"
    area = places_of(places_pipeline, "The samples came from the Rice Lake area of Fulton County in Illinois.")
    assert mention(area, "Rice Lake")["admin1"] == "Illinois"
    town = places_of(places_pipeline, "The mill in Rice Lake, Wisconsin, will close in May.")
    assert mention(town, "Rice Lake")["admin1"] == "Wisconsin"


def test_a_county_of_the_storys_province_named_bare(places_pipeline: Pipeline) -> None:
    """A paper's county named bare, as the paper does ("Oxford's municipal leaders" beside Woodstock,
    Tillsonburg and Ingersoll, Ontario): Oxford County, not Oxford, Alberta, nor England's — and a
    state's name stays the state's in a story of another state's counties."""
    places = places_of(places_pipeline, "Woodstock, Ontario - The mayor of Woodstock welcomed the provincial "
                                        "budget on Friday. Councillors in Tillsonburg and Ingersoll, Ontario, were "
                                        "cautious. Oxford's municipal leaders asked how the money would be shared, "
                                        "and the warden said roads in Oxford badly need repair.")
    oxford = [p for p in places if p["text"] == "Oxford"]
    assert oxford and all((p["name"], p["admin1"]) == ("Oxford County", "Ontario") for p in oxford)
    state = places_of(places_pipeline, "Crews from Howell County and Shannon County, Missouri, and from Texas "
                                       "County, Missouri, fought the fire. Texas sent planes, officials in Missouri "
                                       "said, and Missouri thanked Texas.")
    assert {p["feature"] for p in state if p["text"] == "Texas"} == {"admin1"}


def test_a_plain_word_the_model_calls_a_place_is_no_town_abroad(places_pipeline: Pipeline) -> None:
    """ "the Vienna/Fairfax-GMU Metro station" in a Virginia story is the subway, not Metro, Lampung
    (a city of 180,000) — which a story of Indonesia still names."""
    virginia = places_of(places_pipeline, "Park and Ride service to the Vienna/Fairfax-GMU Metro station is a "
                                          "short drive from the homes in Centreville, Va.")
    assert not [p for p in virginia if p["text"] == "Metro"]
    assert mention(virginia, "Centreville")["admin1"] == "Virginia"
    lampung = places_of(places_pipeline, "Floods hit Metro, a city in Lampung province, Indonesia, on Monday.")
    assert mention(lampung, "Metro")["country"] == "IDN"


def test_a_sentences_first_word_before_people_and_a_headlines_speaker_are_no_towns(
        places_pipeline: Pipeline) -> None:
    """ "Young men lingered …" is no Young, Arizona (as "an Alexandria man" is Alexandria), and a
    headline's "Abbas:" is the speaker, not Fort Abbas — whose name only holds the word."""
    young = places_of(places_pipeline, "He was kind, Ahmad said. Young men lingered in small circles long after "
                                       "the service in Concord, New Hampshire.")
    assert not [p for p in young if p["text"] == "Young"]
    assert mention(young, "Concord")["admin1"] == "New Hampshire"
    abbas = places_of(places_pipeline, "Abbas: No Mideast peace without Jerusalem as Palestinian capital. "
                                       "Palestinian President Mahmoud Abbas said on Saturday that Abbas would not "
                                       "accept a deal. Addressing an audience, Abbas reiterated his calls.")
    assert not [p for p in abbas if p["text"] == "Abbas"]
    assert mention(abbas, "Jerusalem")["country"] in ("ISR", "PSE")


def test_a_compass_word_before_a_state_is_its_part_not_a_town(places_pipeline: Pipeline) -> None:
    """ "The North East Texas Regional Water Planning Group" names Texas's north-east, not North
    East, Pennsylvania; "North East, Maryland" is still the town."""
    group = places_of(places_pipeline, "The North East Texas Regional Water Planning Group met in Mount Pleasant.")
    assert not [p for p in group if p["text"] == "North East"]
    assert mention(group, "Mount Pleasant")["admin1"] == "Texas"
    town = places_of(places_pipeline, "Police in North East, Maryland said the road was closed.")
    assert mention(town, "North East")["admin1"] == "Maryland"


def test_adjara_by_its_other_spellings(places_pipeline: Pipeline) -> None:
    """Georgia's Adjara as news spells it too ("Ajara"): the autonomous republic, not Ajara, a town in
    Maharashtra."""
    places = places_of(places_pipeline, "The Georgian tabloid reported that the governor of Ajara, whose capital "
                                        "is Batumi, planned to resign.")
    assert (mention(places, "Ajara")["country"], mention(places, "Ajara")["feature"]) == ("GEO", "admin1")


def test_the_models_places_that_are_people_brands_and_teams(places_pipeline: Pipeline) -> None:
    """Names the model calls places that are none: a given name after a kinship word ("girlfriend
    Olivia": not Olivia, Texas), a company's initials ("the gains in BOV": not Bov, Bulgaria) and a
    team spelt with a doubled letter no town has ("UConn": not Ucon, Idaho)."""
    for text, name in (
            ("He grew up in Houston, Texas. He is survived by his mother Michelle, his brother Alex and "
             "girlfriend Olivia.", "Olivia"),
            ("The index fell as the drops in the share prices of HSBC and FIMBank outweighed the gains in BOV "
             "and MIDI.", "BOV"),
            ("The second game saw perennial power UConn claw back time after time.", "UConn")):
        assert not [p for p in places_of(places_pipeline, text) if p["text"] == name], name
    # (a given name the words put somewhere stays a town: "from Olivia, Minnesota")
    assert mention(places_of(places_pipeline, "His friend drove from Olivia, Minnesota, on Sunday."),
                   "Olivia")["admin1"] == "Minnesota"


def test_an_acronym_before_a_bracket_and_a_park_by_a_towns_other_name(places_pipeline: Pipeline) -> None:
    """ "at UGA (and one of the leaders …)" is a university's initials, not a dateline's town (Uga,
    Nigeria) — a bracket opens an agency's name only with a capital: "CHARLESTON (AP)"; and "Richmond
    Park in Glasgow" in a story from Scotland is no Cleveland Park, Washington, which GeoNames also
    calls so — nor does it make Glasgow Delaware's."""
    uga = places_of(places_pipeline, "As head of the department of biochemistry at UGA (and one of the leaders "
                                     "of the research) Stephen Hajduk explained the result.")
    assert not [p for p in uga if p["text"] == "UGA"]
    assert mention(places_of(places_pipeline, "CHARLESTON (AP) - Police said a bridge was closed."),
                   "CHARLESTON")["country"] == "USA"
    swans = places_of(places_pipeline, "A swan found dead in Fife, Scotland has tested positive for the H5N1 "
                                       "virus. The swan is believed to have been native to Scotland. Two other "
                                       "swans found in Richmond Park in Glasgow are being tested.")
    assert not [p for p in swans if p.get("name") == "Cleveland Park"]
    assert mention(swans, "Glasgow")["country"] == "GBR"


def test_the_northern_plains_are_the_great_plains(places_pipeline: Pipeline) -> None:
    """ "the northern Plains" in a storm story is the Great Plains' north, not Plains, Pennsylvania."""
    places = places_of(places_pipeline, "The second major snowstorm to hit the northern Plains in a week dropped "
                                        "a foot of snow on Bismarck, N.D., on Monday.")
    plains = mention(places, "northern Plains")
    assert plains["feature"] == "region" and "Great Plains" in plains["name"]


def test_a_word_that_is_only_another_name_of_a_town_abroad(places_pipeline: Pipeline) -> None:
    """ "Let's go to Kinko's!" is no Shiromoto, Japan, and "Trouble in Mind" no Minde, Portugal —
    words GeoNames lists among those towns' other names, in stories that never name their countries."""
    kinko = places_of(places_pipeline, "We were in Los Angeles and Ru was, like, 'Let's go to Kinko's! Let's make "
                                       "posters of me!' The early performances were in clubs.")
    assert not [p for p in kinko if p["text"] == "Kinko"]
    mind = places_of(places_pipeline, "He has since returned to music again, by co-directing, with Cooke, a "
                                      "documentary, “Jerry Lee Lewis: Trouble in Mind,” which came out in 2022. "
                                      "“We had a lot of fun working on it,” he said, and he keeps the songs in mind.")
    assert not [p for p in mind if p["text"] == "Mind"]


def test_a_county_with_its_state_after_it_in_a_list_of_counties(places_pipeline: Pipeline) -> None:
    """ "Fermilab in Kane County, Ill., and NERI in Jefferson County, Colo.": the state after a county
    says which county of the name is meant, as it does for a town — not the state the story named first."""
    places = places_of(places_pipeline, "Consultants said they based it in part on communities with similar "
                                        "federal research facilities, such as Fermilab in Kane County, Ill., and "
                                        "NERI in Jefferson County, Colo. A similar meeting was held Wednesday.")
    assert mention(places, "Kane County")["admin1"] == "Illinois"
    assert mention(places, "Jefferson County")["admin1"] == "Colorado"


def test_a_british_river_town_by_its_first_word(places_pipeline: Pipeline) -> None:
    """ "Burton" in a Staffordshire story is Burton upon Trent and "Henley" beside Oxford is
    Henley-on-Thames — the short names British news uses, which GeoNames does not list — while a
    Burton the text puts in Michigan stays there."""
    burton = places_of(places_pipeline, "Staffordshire Police said the man from Burton had been arrested in Derby "
                                        "on Monday.")
    assert mention(burton, "Burton")["name"] == "Burton upon Trent"
    henley = places_of(places_pipeline, "The regatta at Henley drew crowds from Oxford and Reading.")
    assert mention(henley, "Henley")["name"] == "Henley-on-Thames"
    michigan = places_of(places_pipeline, "Police in Burton, Michigan, said the man had been arrested in Flint.")
    assert mention(michigan, "Burton")["admin1"] == "Michigan"


def test_islands_the_packaged_gazetteers_lack(places_pipeline: Pipeline) -> None:
    """Islands news names that no packaged gazetteer has, from the alias table: "Tortola" is the
    Virgin Island, not Tórtola de Henares in Spain; "Rangitoto" is Auckland's volcano island — while
    a town that shares an island's name stays the town where the story is (Skye, Victoria)."""
    tortola = places_of(places_pipeline, "The yacht was registered in Tortola, the largest of the British Virgin "
                                         "Islands, investigators said.")
    assert mention(tortola, "Tortola")["country"] == "VGB"
    rangitoto = places_of(places_pipeline, "The weed was found on Rangitoto and Motutapu, two islands in the "
                                           "Hauraki Gulf near Auckland.")
    assert {mention(rangitoto, name)["country"] for name in ("Rangitoto", "Motutapu")} == {"NZL"}
    skye = places_of(places_pipeline, "Police in Skye said a man was injured near Frankston in Victoria.")
    assert mention(skye, "Skye")["country"] == "AUS"


def test_a_town_the_model_labels_a_group_or_an_organisation_beside_its_neighbours(
        places_pipeline: Pipeline) -> None:
    """A town's name standing alone that the model labels NORP ("at a Palmdale park-and-ride") or ORG
    ("from Paredes de Nava to Baltanas") is a place when the article's sure places lie around a
    namesake, as a name it labels PERSON already was."""
    palmdale = places_of(places_pipeline, "A Lancaster woman told deputies she woke up late at night at a Palmdale "
                                          "park-and-ride lot. The child was later found in Sylmar, near the freeway "
                                          "in Los Angeles.")
    assert mention(palmdale, "Palmdale")["admin1"] == "California"
    baltanas = places_of(places_pipeline, "The opening stage of the race ran 175 kilometres from Paredes de Nava to "
                                          "Baltanas, north of Palencia, Spain.")
    assert mention(baltanas, "Baltanas")["country"] == "ESP"


def test_a_listings_venue_in_brackets_is_no_town(places_pipeline: Pipeline) -> None:
    """A theatre listing's venue before its dates, "(Imperial; in previews)", "(Golden; April 3)", is a
    theatre, not Imperial, Pennsylvania, or Golden, Colorado."""
    places = places_of(places_pipeline, "Critics liked “Water for Elephants” (Imperial; in previews) and "
                                        "“Stereophonic” (Golden; April 3), both in New York.")
    assert not [p for p in places if p["text"] in ("Imperial", "Golden")]


def test_a_big_city_of_the_country_whose_cities_the_story_names(places_pipeline: Pipeline) -> None:
    """ "the Edmonton cosmetic dermatologist", which the model calls an organisation, in a story that
    names Toronto and Calgary but never Canada: a big city of the country its big cities say."""
    places = places_of(places_pipeline, "Bruno works in Toronto, and clinics in Calgary report the same. “Clients "
                                        "say you look rested,” says the Edmonton cosmetic dermatologist, adding "
                                        "business is strong.")
    assert mention(places, "Edmonton")["country"] == "CAN"


def test_a_close_call_read_again_beside_the_towns_a_later_round_placed(places_pipeline: Pipeline) -> None:
    """ "New London" five times in a story whose Winfield police chief the second round reads as
    Iowa's: Iowa's New London, 25 km from Winfield — not Connecticut's bigger town, which the first
    round chose by a hair — and every mention of it the same."""
    text = ("New London council delays hearing on police chief. The New London city council voted 3-2 on Tuesday "
            "to put off a hearing on the mayor's request to dismiss the police chief. Residents of New London packed "
            "the meeting. The Mt. Pleasant News obtained the documents filed in the case, which include statements "
            "from two New London police officers and from the Winfield police chief. The chief says crime in New "
            "London has fallen since he took the job.")
    places = places_of(places_pipeline, text)
    assert {p["admin1"] for p in places if p["text"] == "New London"} == {"Iowa"}


def test_a_paper_named_after_its_town_is_no_mountain(places_pipeline: Pipeline) -> None:
    """ "The Mt. Pleasant News" is a newspaper, not a mountain or park to place at the story's town: at
    most its name mentions the Iowa town it serves."""
    places = places_of(places_pipeline, "The Mt. Pleasant News reported that the council in Burlington, Iowa, met "
                                        "on Monday. Burlington officials said the bridge would reopen.")
    named = [p for p in places if p["text"].startswith("Mt. Pleasant")]
    assert all((p["text"], p["feature"], p["admin1"]) == ("Mt. Pleasant", "city", "Iowa") for p in named)


def test_a_hill_of_the_storys_town_is_no_far_small_town(places_pipeline: Pipeline) -> None:
    """ "the fellowship on Mount Washington" in a story of Los Angeles, Glendale, Los Feliz and Echo
    Park is the city's own hill, placed at the city — not Mount Washington, Kentucky, a small town of
    a state the story never names."""
    places = places_of(places_pipeline, "The tour began at the fellowship on Mount Washington, which looks down on "
                                        "Los Angeles, then went on to a chapel in Glendale, a library in Los Feliz "
                                        "and a temple in Echo Park. Visitors to Mount Washington took the old incline "
                                        "railway.")
    hills = [p for p in places if p["text"] == "Mount Washington"]
    assert hills and {(p["admin1"], p["feature"]) for p in hills} == {("California", "mountain")}


def test_a_transit_lines_colour_is_no_town(places_pipeline: Pipeline) -> None:
    """ "the Metro station on the Orange line" names a line, not Orange, Virginia."""
    places = places_of(places_pipeline, "Park & Ride service to the Vienna/Fairfax-GMU Metro station on the Orange "
                                        "line is available from Centreville, in Fairfax County, Virginia.")
    assert not [p for p in places if p["text"] == "Orange"]
    assert mention(places, "Centreville")["admin1"] == "Virginia"


def test_a_plain_word_is_a_small_town_only_where_the_text_says_so(places_pipeline: Pipeline) -> None:
    """ "Valley students trace their genealogy" (a school's short name), "through the Delta to the
    ocean", "Delta has been flying" (the airline) and "a layer of Port gelée" are no Valley, Alabama,
    Delta, Colorado or Port, Ain — while "Valley, Alabama" is the town."""
    for text, word in (
            ("Valley students trace their family genealogy. The Licking Valley students in Newark, Ohio, met.",
             "Valley"),
            ("We need to get these fish down the rivers, through the Delta to the ocean, said a fisherman in "
             "Sacramento, California.", "Delta"),
            ("Aeroflot, Delta Air Lines and American Airlines fly to Moscow. Delta has been flying between Moscow "
             "and two U.S. cities, New York and Atlanta.", "Delta"),
            ("The menu offers foie gras with a layer of Port gelée on top, in a bistro in Lyon, France.", "Port")):
        assert not [p for p in places_of(places_pipeline, text) if p["text"] == word], text
    assert mention(places_of(places_pipeline, "He moved to Valley, Alabama, in 1990."), "Valley")["admin1"] == "Alabama"


def test_kennedy_international_airport_is_new_yorks(places_pipeline: Pipeline) -> None:
    """ "Kennedy International Airport", as news shortens John F. Kennedy International, is the New
    York airport, not a town called Kennedy."""
    places = places_of(places_pipeline, "He flew from Kennedy International Airport in New York to Moscow.")
    airport = mention(places, "Kennedy International Airport")
    assert airport["name"] == "John F. Kennedy International Airport" and airport["lat"] > 40


def test_a_school_said_short_is_no_town(places_pipeline: Pipeline) -> None:
    """ "a teacher at Franklin" in a story of "Franklin Elementary in Santa Ana, California" is the school,
    not a town called Franklin in another state — but "born in Powderly" beside "North Powderly High
    School" is the town."""
    school = places_of(places_pipeline, "Parents met at Franklin Elementary in Santa Ana, California, on Tuesday. "
                                        "Five boys attending Franklin were diagnosed last year, and a teacher at "
                                        "Franklin said the families were worried.")
    assert not [p for p in school if p["text"] == "Franklin" and p.get("admin1") != "California"]
    town = places_of(places_pipeline, "He was born in 1947 in Powderly, Texas, and graduated from North Powderly "
                                      "High School. He later moved to Paris, Texas.")
    assert mention(town, "Powderly")["admin1"] == "Texas"


def test_a_street_or_board_named_with_plain_words_is_no_far_unit(places_pipeline: Pipeline) -> None:
    """ "his home in West Street" in an Oxford story is no west of Street, Somerset, and "the Thames
    Valley District School Board" no The Valley, Anguilla."""
    street = places_of(places_pipeline, "The car had been parked outside his home in West Street, in Oxford. "
                                        "Another man in East Street had his car damaged.")
    assert {p["admin1"] for p in street if p["text"] in ("West Street", "East Street")} <= {"Oxfordshire"}
    board = places_of(places_pipeline, "Thames Valley District School Board chair James Stewart said the trustees "
                                       "would vote in London, Ontario, next week.")
    assert not [p for p in board if p.get("country") == "AIA"]


def test_hamlets_of_the_storys_county_no_gazetteer_has(places_pipeline: Pipeline) -> None:
    """ "Both Sun Valley and Howland showed gains" in a story of Lamar County, Texas: hamlets of that
    county, placed in it (at county precision) — not Sun Valley, Nevada, nor Howland, Maine."""
    places = places_of(places_pipeline, "Lamar County sales tax still booming. Paris and Roxton continue to gain "
                                        "from pipelines built through Lamar County, Texas. Both Sun Valley and "
                                        "Howland showed gains in March, Paris officials said, and Roxton's check "
                                        "rose too.")
    for name in ("Sun Valley", "Howland"):
        hamlet = mention(places, name)
        assert (hamlet["admin1"], hamlet["precision"]) == ("Texas", "admin2"), name


def test_a_teams_town_with_its_record_on_a_state_sports_page(places_pipeline: Pipeline) -> None:
    """ "for Winchester (21-4)" on a page of the IHSAA tournament is the school team's town in
    Indiana, though the model's people share the name — a record after a name says "team"."""
    places = places_of(places_pipeline, "Boys basketball: Winchester ousted from state tournament. Winchester was "
                                        "denied a trip to the IHSAA Class 2A state finals on Saturday. Andrew Haney "
                                        "scored 13 points and Tyler Koch added nine points for Winchester (21-4).")
    assert {p["admin1"] for p in places if p["text"] == "Winchester"} == {"Indiana"}


def test_a_persons_home_town_is_not_the_storys_town(places_pipeline: Pipeline) -> None:
    """ "Master Sgt Johnathan J. Dunbar of Austin, Texas, died alongside him" in a story of a bomb near
    Manbij: the graveyard the blast was close to is not placed in Austin."""
    places = places_of(places_pipeline, "The soldier had been embedded with US Special Forces in Manbij near the "
                                        "Turkish border when the bomb exploded. A US serviceman, Master Sgt Johnathan "
                                        "J. Dunbar of Austin, Texas, died alongside him.\n\nThe blast took place "
                                        "close to the Sheikh Akil graveyard.")
    assert not [p for p in places if "graveyard" in p["text"] and p.get("country") == "USA"]


def test_a_name_that_leads_an_organisation_the_model_ran_into_another(places_pipeline: Pipeline) -> None:
    """ "Lansing State Journal Lansing Board of Water & Light's commissioners" (one organisation to the
    model): the second "Lansing" leads its own organisation's name, so it is a mention of the town."""
    places = places_of(places_pipeline, "The report came from Lansing State Journal Lansing Board of Water & Light's "
                                        "commissioners, who may vote on a rate increase in Michigan on Thursday.")
    assert len([p for p in places if p["text"] == "Lansing" and p["admin1"] == "Michigan"]) == 2


def test_a_company_named_after_its_state_that_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "a manager at Georgia Modular Systems" (a person to the model): the company's name holds the
    state — an `in_name` mention — not a woman called Georgia."""
    places = places_of(places_pipeline, "State Rep. Jay Roberts, who leads the House caucus in Georgia, is a manager "
                                        "at Georgia Modular Systems, of Fitzgerald, a maker of manufactured homes. "
                                        "Roberts lists himself as an employee of Georgia Modular Systems.")
    inside = [p for p in places if p["text"] == "Georgia" and p["mention"] == "in_name"]
    assert len(inside) == 2 and {p["admin1"] for p in inside} == {"Georgia"}


def test_a_local_papers_town_in_its_name(places_pipeline: Pipeline) -> None:
    """ "told the Fairfield Ledger" in a story of Mount Pleasant, Iowa: a small town's newspaper is named
    for the town it serves, so its name is a mention of that town (Iowa's Fairfield, not California's)."""
    places = places_of(places_pipeline, "The school board in Mount Pleasant, Iowa, met on Tuesday. Two members of "
                                        "the board told the Fairfield Ledger that the levy would pass in April.")
    assert [(p["admin1"], p["mention"]) for p in places if p["text"] == "Fairfield"] == [("Iowa", "in_name")]


def test_a_saints_county_in_its_state(places_pipeline: Pipeline) -> None:
    """ "St. Croix County deputies on the Wisconsin side" is the Wisconsin county, not the Virgin
    Islands' St. Croix (the county table has it only as "Saint Croix County")."""
    places = places_of(places_pipeline, "A driver fled across the river into Minnesota after the crash in Hudson. "
                                        "St. Croix County deputies on the Wisconsin side are assisting.")
    county = mention(places, "St. Croix County")
    assert (county["admin1"], county["country"]) == ("Wisconsin", "USA")


def test_a_story_from_london_ontario_keeps_its_county_and_river(places_pipeline: Pipeline) -> None:
    """In a story of London, St. Thomas and Toronto, "Middlesex County" is the Ontario county (which
    the packaged county table lacks, not Virginia's) and "the Thames River" Ontario's river, not
    England's — though the story writes "councillors" as British papers do."""
    places = places_of(places_pipeline, "Cyclists in London will get new lanes along the Thames River, city "
                                        "councillors decided on Tuesday. Drivers from St. Thomas complained. "
                                        "Middlesex County councillors asked to be consulted, since the lanes may "
                                        "run south of the city. It is the largest such project in Ontario outside "
                                        "Toronto.")
    assert mention(places, "Middlesex County")["country"] == "CAN"
    river = mention(places, "Thames River")
    assert (river["country"], river["admin1"]) == ("CAN", "Ontario")


def test_a_dateline_in_accented_capitals(places_pipeline: Pipeline) -> None:
    """ "ASUNCIÓN —" opens a wire story as "LIMA —" does: the capitals may carry accents."""
    places = places_of(places_pipeline, "ASUNCIÓN — Paraguay declared a chikungunya epidemic on Friday after "
                                        "hospitals filled with feverish patients.")
    capital = mention(places, "ASUNCIÓN")
    assert capital["country"] == "PRY" and capital["feature"] == "city"


def test_a_bare_dateline_is_the_city_readers_know(places_pipeline: Pipeline) -> None:
    """ "GENEVA —" over a WHO statement that later names California and Florida is the Swiss city,
    not Geneva, Florida (a village) or Illinois's Geneva — none of whose neighbours the story names."""
    places = places_of(places_pipeline, "GENEVA — The World Health Organization warned on Thursday that measles "
                                        "was spreading in parts of Europe. Outbreaks have also been reported in "
                                        "California and Florida, the agency said.")
    assert mention(places, "GENEVA")["country"] == "CHE"


def test_a_bare_dateline_of_the_storys_own_county_seat(places_pipeline: Pipeline) -> None:
    """ "HAMILTON —" over a story of Butler County, Ohio stays the county's seat, though a city
    eight times its size in Ontario bears the name."""
    places = places_of(places_pipeline, "Auditor seeks new policy on county cars. HAMILTON — Butler County "
                                        "commissioners will vote next week on a policy for employees who take county "
                                        "cars home, the auditor said.")
    assert mention(places, "HAMILTON")["admin1"] == "Ohio"


def test_a_province_not_a_town_that_has_its_name_among_others(places_pipeline: Pipeline) -> None:
    """ "health officials in Yunnan said" after Guangdong and Foshan is the province of Yunnan, not
    a town of Guangdong that GeoNames also calls Yunnan."""
    places = places_of(places_pipeline, "Guangdong province reported a rise in dengue cases in the city of Foshan, "
                                        "and health officials in Yunnan said cases along the border with Myanmar had "
                                        "eased.")
    yunnan = mention(places, "Yunnan")
    assert (yunnan["feature"], yunnan["admin1"]) == ("admin1", "Yunnan")


def test_a_province_after_a_towns_kind_word_holds_it(places_pipeline: Pipeline) -> None:
    """ "in Garut regency, West Java" (two people to the model): the province after the regency's
    kind word holds the town, as in "Pandi, Bulacan"."""
    places = places_of(places_pipeline, "The ministry confirmed nine deaths from diphtheria in Garut regency, West "
                                        "Java, and said it would vaccinate children across the province.")
    java = mention(places, "West Java")
    assert (java["feature"], java["country"]) == ("admin1", "IDN")


def test_federal_district_and_a_town_of_the_sentences_country(places_pipeline: Pipeline) -> None:
    """ "the Federal District" in a story from Brazil is Brasília's district (not a town in Entre
    Ríos); "Bolivia reported cases … around Trinidad" in a story mostly of Peru is Beni's town, not
    the island of Trinidad."""
    brazil = places_of(places_pipeline, "Brazil's health ministry declared a dengue emergency in the Federal "
                                        "District and warned that Minas Gerais was seeing record infections.")
    assert mention(brazil, "Federal District")["country"] == "BRA"
    peru = places_of(places_pipeline, "Peru declared an emergency in Piura, Tumbes and Lambayeque over dengue, the "
                                      "ministry in Lima said. Neighbouring Bolivia reported a surge in cases in the "
                                      "lowlands around Trinidad.")
    assert mention(peru, "Trinidad")["country"] == "BOL"


def test_a_british_river_with_its_word_first_is_the_storys_site(places_pipeline: Pipeline) -> None:
    """ "The River Swale rose" in a story of Richmond, North Yorkshire: a river named word first as
    British papers do, placed in the story's county (the alias table's river, or the story's town where
    no gazetteer has it, as "Big Creek" would be) — a sentence's "The" is no part of the name."""
    places = places_of(places_pipeline, "Flooding hit Richmond in North Yorkshire on Sunday. The River Swale rose "
                                        "more than two metres in a day, and moorings on the River Ure were shut.")
    for name in ("River Swale", "River Ure"):
        river = mention(places, name)
        assert (river["text"], river["feature"], river["admin1"]) == (name, "water", "North Yorkshire")


def test_a_side_of_the_storys_town_is_no_far_small_town(places_pipeline: Pipeline) -> None:
    """ "A similar project in West Salem, across the river in Polk County" in a story of Salem, Keizer
    and Marion County, Oregon: Salem's west side (no gazetteer has it), not West Salem, Wisconsin."""
    places = places_of(places_pipeline, "Salem councilors voted on Monday to open a shelter in north Salem, near the "
                                        "Keizer city limits. Keizer's mayor objected. Marion County will pay a third "
                                        "of the cost, with the rest from the Oregon Legislature. A similar project in "
                                        "West Salem, across the river in Polk County, drew 200 people to a hearing.")
    assert [p["admin1"] for p in places if p["text"] == "West Salem"] == ["Oregon"]


def test_a_lake_named_like_a_foreign_village_in_a_one_state_story(places_pipeline: Pipeline) -> None:
    """ "new trails around Watson Lake" in a story of Prescott, Yavapai County and Sedona, Arizona is
    the story's lake, not the Yukon village of the name, 2,000 km away."""
    places = places_of(places_pipeline, "Prescott council members voted to cap short-term rentals, the first such cap "
                                        "in Yavapai County and one of few in Arizona. Tenants moved to Prescott Valley "
                                        "and Chino Valley. A similar plan failed in Sedona. The council also paid for "
                                        "new trails around Watson Lake.")
    assert not [p for p in places if p["text"] == "Watson Lake" and p["country"] == "CAN"]


def test_a_town_listed_beside_a_town_though_named_like_a_person(places_pipeline: Pipeline) -> None:
    """ "Austin and Round Rock have not imposed limits" (Austin a person to the model) and "from as far as
    Greer and Simpsonville" after the bakers "Tom Greer": names listed beside a place are places — but
    "Kaplan and Carroll filed papers" after "Jean Carroll" stays two people, and "Seven years later,
    Warren still persists" the senator."""
    places = places_of(places_pipeline, "Georgetown residents may water lawns once a week after the lake fell in "
                                        "Williamson County, Texas. Austin and Round Rock have not yet imposed limits. "
                                        "A bakery owned by Tom Greer opened in Greenville, and customers drove in "
                                        "from as far as Greer and Simpsonville.")
    assert mention(places, "Austin")["admin1"] == "Texas"
    assert [p["admin1"] for p in places if p["text"] == "Greer"] == ["South Carolina"]
    people = places_of(places_pipeline, "Jean Carroll sued him in Manhattan. Kaplan and Carroll filed papers on "
                                        "Monday. Senator Elizabeth Warren of Massachusetts spoke. Seven years later, "
                                        "Warren still persists.")
    assert not [p for p in people if p["text"] in ("Carroll", "Warren", "Kaplan")]


def test_a_two_letter_city_the_words_call_a_place(places_pipeline: Pipeline) -> None:
    """ "outbreaks in Bo and Kenema districts" in a story from Sierra Leone: Bo, a city of 200,000
    (two letters are no initials here), and its district is not Norway's Bø."""
    places = places_of(places_pipeline, "Health workers in Sierra Leone began a measles drive after outbreaks in Bo "
                                        "and Kenema districts, the ministry said.")
    bo = [p for p in places if p["text"] == "Bo"]
    assert [p["country"] for p in bo] == ["SLE"]


def test_a_town_the_model_calls_a_person_in_a_story_of_its_county(places_pipeline: Pipeline) -> None:
    """ "bus routes with Clinton" (a person to the model, a given name too) in a story of the Clinton
    school board and Clinton County, Iowa: the town."""
    text = ("Members of the Clinton school board voted on Monday to build a bus garage. Families in Camanche, "
            "which shares some bus routes with Clinton, asked that pickup times not change. The district will hold "
            "a hearing in DeWitt, Iowa, for families across Clinton County.")
    places = places_of(places_pipeline, text)
    start = text.index("with Clinton") + len("with ")
    assert [p["admin1"] for p in places if p["start"] == start] == ["Iowa"]


def test_a_state_by_its_common_name_before_a_village_of_it(places_pipeline: Pipeline) -> None:
    """ "Authorities in Coahuila and Nuevo León" and "farmers in Michoacan": the states (officially
    Coahuila de Zaragoza, Michoacán de Ocampo), not villages of those names in Yucatán and Chiapas."""
    places = places_of(places_pipeline, "Authorities in Coahuila and Nuevo León reported new cases, Mexican officials "
                                        "said. Farmers in Michoacan said avocado shipments had stopped.")
    for name in ("Coahuila", "Michoacan"):
        state = mention(places, name)
        assert (state["feature"], state["country"]) == ("admin1", "MEX"), name


def test_a_river_the_model_calls_a_person_and_a_rivers_valley(places_pipeline: Pipeline) -> None:
    """ "spraying wetlands along the Danube" (a person to the model) is the river our alias table
    writes; "the Po Valley", which no gazetteer has, is the Po's valley, in Italy."""
    places = places_of(places_pipeline, "Romania has started spraying wetlands along the Danube in Tulcea county. "
                                        "Italy said most deaths were in the Veneto region of the Po Valley.")
    assert mention(places, "Danube")["feature"] == "water"
    valley = mention(places, "Po Valley")
    assert (valley["feature"], valley["country"]) == ("region", "ITA")


def test_a_peoples_word_before_region_names_their_province(places_pipeline: Pipeline) -> None:
    """ "Ethiopia's Somali region": Ethiopia's Somali Region, not a mention of Somalia (which the
    same sentence names by its own name)."""
    places = places_of(places_pipeline, "Drought has hit Ethiopia's Somali region and much of Somalia, aid agencies "
                                        "said on Tuesday.")
    region = mention(places, "Somali region")
    assert (region["feature"], region["country"]) == ("admin1", "ETH")


def test_british_river_towns_by_their_first_word(places_pipeline: Pipeline) -> None:
    """ "Newcastle" in a story of Hanley, Kidsgrove and Staffordshire is Newcastle-under-Lyme; beside
    Gateshead in a British story it is Newcastle upon Tyne (whose first word is its name for short),
    not the larger Newcastle of New South Wales."""
    staffs = places_of(places_pipeline, "Traders at Newcastle's market will move while the high street is "
                                        "resurfaced. Shoppers come from Hanley and Kidsgrove. It is one of the largest "
                                        "schemes in Staffordshire.")
    assert mention(staffs, "Newcastle")["admin1"] == "Staffordshire"
    tyne = places_of(places_pipeline, "Police in Newcastle said the man was arrested near Gateshead on Tuesday, "
                                      "British officials said.")
    assert mention(tyne, "Newcastle")["country"] == "GBR"


def test_an_unknown_town_in_the_province_its_sentence_names(places_pipeline: Pipeline) -> None:
    """ "Cases surged in Maniema province, where officials in the mining village of Kalombolo reported
    …" in a story datelined Goma: a village no gazetteer has is put in the province its own sentence
    names, not at the story's main town in another province."""
    places = places_of(places_pipeline, "GOMA, Democratic Republic of Congo — Mpox cases surged in Maniema province, "
                                        "where officials in the mining village of Kalombolo reported 300 suspected "
                                        "infections. Camps around Goma in North Kivu remain a concern, officials in "
                                        "North Kivu said.")
    village = mention(places, "Kalombolo")
    assert (village["admin1"], village["precision"]) == ("Maniema", "admin1")


def test_an_arabic_name_with_its_article_inside_is_one_name(places_pipeline: Pipeline) -> None:
    """ "a camel farm near Hafr Al-Batin": one name with its article inside (spelt Hafar by GeoNames),
    not two hyphen-joined parts to look up apart."""
    places = places_of(places_pipeline, "Saudi Arabia reported a cluster of cases linked to a camel farm near Hafr "
                                        "Al-Batin, the health ministry said.")
    town = mention(places, "Hafr Al-Batin")
    assert (town["text"], town["country"], town["feature"]) == ("Hafr Al-Batin", "SAU", "city")


def test_a_sentences_the_before_a_river_of_several_words(places_pipeline: Pipeline) -> None:
    """ "The San Gabriel River below the dam has slowed" in a story of Georgetown, Texas: the river, a
    site of the story's town — a sentence's "The" does not swallow the name."""
    places = places_of(places_pipeline, "Georgetown residents face limits after the drought in Williamson County, "
                                        "Texas. The San Gabriel River below the dam has slowed to a trickle, the "
                                        "Georgetown mayor said.")
    river = mention(places, "San Gabriel River")
    assert (river["text"], river["feature"], river["admin1"]) == ("San Gabriel River", "water", "Texas")


def test_a_sentences_opening_adjective_is_no_part_of_the_name(places_pipeline: Pipeline) -> None:
    """ "Nearby Kisumu reported none" after Kenya: the capitalised "Nearby" opens the sentence; the
    name is Kisumu, a city of the country the story names."""
    places = places_of(places_pipeline, "Health officials in Kenya confirmed new cases of cholera on Monday. Nearby "
                                        "Kisumu reported none.")
    assert mention(places, "Kisumu")["country"] == "KEN"


def test_the_last_town_of_a_list_before_said_is_no_speaker(places_pipeline: Pipeline) -> None:
    """ "Commuters from Cambridge and Te Awamutu said …": the commuters speak; the town ending the
    list "from" opens is a place. "Bangsamoro" is the Philippine autonomous region (the alias table's
    spelling of the old ARMM)."""
    places = places_of(places_pipeline, "Hamilton approved a bridge across the Waikato River. Commuters from "
                                        "Cambridge and Te Awamutu said the crossing would cut travel times. Soldiers "
                                        "clashed with rebels in Bangsamoro, Philippine officials said.")
    assert mention(places, "Te Awamutu")["country"] == "NZL"
    region = mention(places, "Bangsamoro")
    assert (region["feature"], region["country"]) == ("admin1", "PHL")


def test_a_towns_peninsula_is_a_place(places_pipeline: Pipeline) -> None:
    """ "rising fast on the Jaffna peninsula" (Jaffna a person to the model): the kind word after the
    name says place, as "Colombo district" does."""
    places = places_of(places_pipeline, "In Sri Lanka, the health ministry said dengue cases had doubled in Colombo "
                                        "district and were rising fast on the Jaffna peninsula.")
    peninsula = mention(places, "Jaffna")
    assert (peninsula["text"], peninsula["country"]) == ("Jaffna peninsula", "LKA")


def exact(places: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The place facts whose evidence is exactly `text`, in order."""
    return [p for p in places if p["text"] == text]


def countries(places: list[dict[str, Any]], text: str) -> list[str | None]:
    """The countries of the place facts whose evidence is exactly `text`, in order."""
    return [p["country"] for p in exact(places, text)]


def test_a_township_is_in_no_province_of_its_first_word(places_pipeline: Pipeline) -> None:
    """ "the creek in Carroll Township" in a Pennsylvania story: no Carroll province holds it (the
    township's word is part of the name, not the next word after a province's)."""
    places = places_of(places_pipeline, "HANOVER, Pa. — Crews will close the bridge over the Conewago Creek in "
                                        "Manchester Township next week, state officials said.")
    for name in ("Conewago Creek", "Manchester Township"):
        fact = exact(places, name)
        assert fact and (fact[0]["country"], fact[0]["admin1"]) == ("USA", "Pennsylvania"), (name, fact)


def test_a_part_of_the_dateline_town_is_no_witness_for_a_namesake_abroad(places_pipeline: Pipeline) -> None:
    """ "MANCHESTER —" over a fire that sent smoke over "north Manchester" and drew crews from East
    Hartford and Vernon: both are the Connecticut town — the part's own first reading (England's city)
    does not vouch for England. Its river, named bare after its full name, is the river; "the Cheney
    family" is a family."""
    text = ("MANCHESTER — A fire in a vacant mill off Pine Street sent smoke over much of north Manchester on "
            "Monday night and drew crews from East Hartford and Vernon.\n\n"
            "The mill, built by the Cheney family, sits along the Hockanum River near the old dye house. Oil "
            "booms were placed in the Hockanum as a precaution, and crews from Vernon stayed until dawn.")
    places = places_of(places_pipeline, text)
    dateline = exact(places, "MANCHESTER")[0]
    assert (dateline["country"], dateline["admin1"]) == ("USA", "Connecticut")
    part = exact(places, "north Manchester")[0]
    assert part["country"] == "USA" and haversine_km(part["lat"], part["lon"], 41.78, -72.52) < 20
    assert not exact(places, "Cheney")
    bare = exact(places, "Hockanum")
    assert bare and bare[0]["feature"] == "water", bare


def test_a_capitalised_article_opening_the_text_is_no_dateline(places_pipeline: Pipeline) -> None:
    """ "AN Edmonton man …": a headline's first word in capitals is an article, not Ann in Myanmar."""
    places = places_of(places_pipeline, "AN Edmonton man who stabbed a woman has been jailed for ten years. The attack "
                                        "happened in Seaton Street, Edmonton, and the victim was taken to an east "
                                        "London hospital.")
    assert not [p for p in places if p["text"] == "AN"]


def test_a_namesake_the_text_qualifies_is_the_one_it_says(places_pipeline: Pipeline) -> None:
    """ "ABERDEEN, Wash." over a story of Grays Harbor County whose mayor "visited Aberdeen,
    Scotland": the Scottish city is the one the text says, however the story's places pull; and it
    takes neither the dateline (qualified itself) nor the county named after the town."""
    text = ("ABERDEEN, Wash. — The mill on the river will close in February, its owners said, a blow to Grays "
            "Harbor County and to Hoquiam next door.\n\n"
            "Mayor Ann Orr, who visited Aberdeen, Scotland, last year on a sister-city trip, said that city "
            "had come back from hard times. Hoquiam officials agreed.")
    places = places_of(places_pipeline, text)
    assert exact(places, "ABERDEEN")[0]["admin1"] == "Washington"
    scottish = exact(places, "Aberdeen")[0]
    assert scottish["country"] == "GBR" and haversine_km(scottish["lat"], scottish["lon"], 57.15, -2.1) < 30


def test_a_namesake_qualified_late_leaves_the_datelines_town_alone(places_pipeline: Pipeline) -> None:
    """ "DUNDALK —" over a story of Louth's coast, priced in euros, that ends with a delegation
    "from Dundalk, Maryland": the dateline and the bare mentions are Ireland's Dundalk; the
    qualified one is Maryland's."""
    text = ("DUNDALK — Councillors approved a €9 million greenway from Dundalk around the bay to Blackrock on "
            "Monday, linking the town with Carlingford.\n\n"
            "Louth County Council said work could start next year. Cyclists in Dundalk welcomed it.\n\n"
            "A small delegation from Dundalk, Maryland, the American town named after this one, watched from "
            "the gallery.")
    places = places_of(places_pipeline, text)
    towns = exact(places, "Dundalk")
    assert exact(places, "DUNDALK")[0]["country"] == "IRL"
    assert [t["country"] for t in towns] == ["IRL", "IRL", "USA"]


def test_bays_islands_peaks_and_loughs_the_story_names_are_places(places_pipeline: Pipeline) -> None:
    """A local story's bay, island, peak and lough no gazetteer has: at the town the story names
    most — or, a bay named after a town, at that town ("along Kenmare Bay" is Kenmare's)."""
    text = ("CAMBRIDGE, Md. — Watermen on Taylors Island said the crab catch was the worst in years. The county "
            "will also repair the seawall along Cambridge Bay, officials in Cambridge said, and hikers below "
            "Sugarloaf Peak reported smoke.")
    places = places_of(places_pipeline, text)
    for name in ("Taylors Island", "Cambridge Bay", "Sugarloaf Peak"):
        fact = exact(places, name)
        assert fact and fact[0]["admin1"] == "Maryland", (name, [p["text"] for p in places])
    lough = places_of(places_pipeline, "ENNISKILLEN — Roads around the town were closed as Lough Melvin rose "
                                       "after a week of rain, Fermanagh council said.")
    assert exact(lough, "Lough Melvin") and exact(lough, "Lough Melvin")[0]["country"] == "GBR"


def test_a_river_named_like_a_far_town_or_river_is_the_storys(places_pipeline: Pipeline) -> None:
    """ "The White River rose" in a story from Batesville, Arkansas is no White River, South Dakota (a
    town takes no "the"); "the James River" in a story from Huron, South Dakota is not Virginia's
    James River — each is the river of that name by the story's town."""
    places = places_of(places_pipeline, "BATESVILLE, Ark. — The White River is expected to crest Thursday, officials "
                                        "in Independence County said. Sandbags are available in Batesville.")
    river = exact(places, "White River")[0]
    assert (river["feature"], river["admin1"]) == ("water", "Arkansas")
    places = places_of(places_pipeline, "HURON, S.D. — Heavy rain sent the James River up a foot on Tuesday, Beadle "
                                        "County officials said. Huron streets flooded.")
    river = exact(places, "James River")[0]
    assert (river["feature"], river["admin1"]) == ("water", "South Dakota")


def test_a_neighbours_sure_reading_stops_its_namesakes_vouching(places_pipeline: Pipeline) -> None:
    """ "MOSCOW, Idaho" with Genesee, Troy and Lewiston, and barges "bound for Portland": Lewiston read
    as Idaho's no longer vouches for Portland, Maine (its Maine namesake lies beside it) — the
    barges go to Portland, Oregon, the big one."""
    text = ("MOSCOW, Idaho — Farmers between Moscow and Genesee said the wheat crop was strong, and fields near "
            "Troy yielded well. Elevators in Latah County filled quickly, and trucks lined up at the grain "
            "terminal in Lewiston, where wheat is loaded onto barges bound for Portland.")
    places = places_of(places_pipeline, text)
    assert exact(places, "Lewiston")[0]["admin1"] == "Idaho"
    assert exact(places, "Portland")[0]["admin1"] == "Oregon"


def test_a_name_spelt_only_otherwise_abroad_is_not_that_town(places_pipeline: Pipeline) -> None:
    """ "sluice gates at Belleek" in a story from Fermanagh: the gazetteer has only Belek, Turkey,
    spelt with single letters — not the village meant, so no fact; and "Across Humboldt Bay" is the
    bay, not a bay called "Across Humboldt"."""
    places = places_of(places_pipeline, "ENNISKILLEN — The level of Lough Erne is controlled by sluice gates at "
                                        "Belleek, near the border, officials in Enniskillen said. Farmers across "
                                        "County Fermanagh were warned.")
    assert not [p for p in places if p["country"] == "TUR"], places
    bay = places_of(places_pipeline, "EUREKA, Calif. — Gusts topped 60 mph in Arcata. Across Humboldt Bay, "
                                     "residents were asked to stay home, Eureka police said.")
    assert exact(bay, "Humboldt Bay") and exact(bay, "Humboldt Bay")[0]["admin1"] == "California"


def test_a_lake_named_like_a_far_hamlet_and_a_french_lac_are_the_storys(places_pipeline: Pipeline) -> None:
    """ "on Long Pond" in a story from Windsor, Nova Scotia is its pond, not Long Pond, Pennsylvania (a
    hamlet); "around Lac Boivin" in Granby is a lake, not Chad's Lac region; "the Western District"
    of an Australian story is no Ugandan province."""
    places = places_of(places_pipeline, "WINDSOR, N.S. — The pond hockey festival is back this weekend on Long "
                                        "Pond, organizers in Windsor said. Teams came from Halifax and Wolfville.")
    pond = exact(places, "Long Pond")[0]
    assert (pond["feature"], pond["admin1"]) == ("water", "Nova Scotia")
    places = places_of(places_pipeline, "GRANBY, Que. — The path will link downtown Granby with the trail around "
                                        "Lac Boivin, council said. Bromont may join later.")
    lac = exact(places, "Lac Boivin")
    assert lac and (lac[0]["feature"], lac[0]["admin1"]) == ("water", "Quebec"), places
    places = places_of(places_pipeline, "HAMILTON — Rain brought relief to much of the Western District, agents at "
                                        "the Hamilton saleyards said. Buyers came from Melbourne and Dunkeld.")
    assert not [p for p in places if p["country"] == "UGA"], places


def test_a_town_after_in_inside_a_title_the_model_saw_is_a_place(places_pipeline: Pipeline) -> None:
    """ '"People in Dallastown already feel cut off," she said': the model takes the quote's opening
    words for a title (WORK_OF_ART); the town after "in" is a place of the story, not part of a name."""
    text = ("YORK, Pa. — The bridge will close for ten weeks, York County officials said. \"People in Dallastown "
            "already feel cut off from the north end of the county,\" Commissioner Julie Wheeler said.")
    town = exact(places_of(places_pipeline, text), "Dallastown")
    assert town and town[0].get("mention", "name") == "name" and town[0]["admin1"] == "Pennsylvania", town


def test_the_datelines_town_standing_alone_is_the_town_not_its_county(places_pipeline: Pipeline) -> None:
    """ "SHERIDAN, Wyo." over a story that names Sheridan County and the general the town is named after:
    "the wind chill in Sheridan" is the town of the dateline, not the county named after it."""
    text = ("Blizzard closes I-90, strands travelers in Sheridan\n\n"
            "SHERIDAN, Wyo. — Travelers slept on cots after a blizzard closed Interstate 90, and the wind chill in "
            "Sheridan dropped to 34 below zero early Tuesday.\n\n"
            "Sheridan County crews pulled plows off rural routes. By then the statue of Gen. Philip Sheridan "
            "downtown wore a cap of snow.")
    towns = exact(places_of(places_pipeline, text), "Sheridan")
    assert towns and all(t["feature"] == "city" for t in towns), towns


def test_a_small_towns_team_names_the_town_inside_a_name(places_pipeline: Pipeline) -> None:
    """ "the Salem Spartans beat the Cave Spring Knights": a small town's team — the towns are named
    inside the teams' names (mention "in_name"), not where anything happens."""
    places = places_of(places_pipeline, "SALEM, Va. — The Salem Spartans beat the Cave Spring Knights 58-55 on "
                                        "Tuesday night in Roanoke County.")
    for name in ("Salem", "Cave Spring"):
        assert all(p.get("mention") == "in_name" for p in exact(places, name)), (name, exact(places, name))
    assert exact(places, "SALEM")[0].get("mention", "name") == "name"


def test_a_town_opening_an_organisations_name_later_is_named_inside_it(places_pipeline: Pipeline) -> None:
    """ "BRANDON, Man." then "professors at Brandon University": the town's name opens the
    university's (the model's organisation) — a mention inside a name, not the town again."""
    places = places_of(places_pipeline, "BRANDON, Man. — Flood crews worked through the night. Professors at "
                                        "Brandon University said the river would crest on Friday.")
    inner = [p for p in places if p["text"] == "Brandon" and p["start"] > 20]
    assert inner and all(p.get("mention") == "in_name" for p in inner), places


def test_a_rivers_bare_name_after_its_full_name_is_the_river(places_pipeline: Pipeline) -> None:
    """ "the Orara River rose … water backed up the Orara": a river no gazetteer has, placed by the
    story's town; its bare name later, after "the", is the same river."""
    text = ("GRAFTON, N.S.W. — The Orara River rose two metres overnight, Grafton residents said. With the tide "
            "high, water backed up the Orara and lingered for much of the day.")
    bare = [p for p in places_of(places_pipeline, text) if p["text"] == "Orara"]
    assert bare and bare[0]["feature"] == "water" and bare[0]["admin1"] == "New South Wales", bare


def test_towns_the_model_runs_together_as_an_organisation_are_each_a_town(places_pipeline: Pipeline) -> None:
    """ "where Bethel, Farmville and Ayden have lost riders": the model takes the list for one
    organisation (as if a firm); each name is a town of the story's county."""
    places = places_of(places_pipeline, "GREENVILLE, N.C. — Bus routes in Pitt County, where Bethel, Farmville and "
                                        "Ayden have lost riders, will change next month.")
    for name in ("Bethel", "Farmville", "Ayden"):
        towns = exact(places, name)
        assert towns and towns[0]["admin1"] == "North Carolina" and towns[0].get("mention", "name") == "name", (
            name, places)


def test_a_first_selectman_puts_a_lone_small_town_in_connecticut(places_pipeline: Pipeline) -> None:
    """A town's "First Selectman" heads a Connecticut board of selectmen: the story's one other town,
    "Versailles", is Connecticut's post-office village, not Versailles, Kentucky — though the story
    names no state; the board alone (six New England states) says no one state."""
    text = ("Town officials met Tuesday. First Selectman Mary Ortiz said the town would buy a used plow truck "
            "from a dealer in Versailles to save money this winter.")
    town = exact(places_of(places_pipeline, text), "Versailles")
    assert town and town[0]["admin1"] == "Connecticut", town
    board = exact(places_of(places_pipeline, text.replace("First Selectman", "Selectman")), "Versailles")
    assert board and board[0]["admin1"] != "Connecticut", board


def test_a_former_name_gives_way_to_the_post_office_that_bears_it_today(places_pipeline: Pipeline) -> None:
    """ "Rep. Ann Cole, from Lakeville" in an Ohio story: Lakeville, the Holmes County post office —
    not Conneaut, which the gazetteer says was once called Lakeville."""
    text = "COLUMBUS, Ohio — Two state lawmakers, Rep. Ann Cole, from Lakeville, and Rep. Tom Berg, from Medina, " \
           "filed the bill in the Ohio House on Monday."
    town = exact(places_of(places_pipeline, text), "Lakeville")
    assert town and town[0]["name"] == "Lakeville" and town[0]["admin1"] == "Ohio", town


def test_neighbourhoods_the_text_calls_so_are_parts_of_the_storys_town(places_pipeline: Pipeline) -> None:
    """ "the Five Points and Normaltown neighborhoods" in a story from Athens, Georgia: parts of
    Athens — not Five Points, South Carolina — and so is "Five Points" named again alone; a
    neighbourhood the text puts in a town is that town's ("the Sheikh Jarrah neighbourhood of East
    Jerusalem")."""
    text = ("ATHENS, Ga. — Police said thefts from cars rose this fall in the Five Points and Normaltown "
            "neighborhoods. Residents of Five Points met on Tuesday.")
    places = places_of(places_pipeline, text)
    for name in ("Five Points", "Normaltown"):
        hoods = exact(places, name)
        assert hoods and all(h["admin1"] == "Georgia" and abs(h["lat"] - 33.96) < 0.1 for h in hoods), (name, places)
    assert len(exact(places, "Five Points")) == 2, places
    jarrah = exact(places_of(places_pipeline, "Families in the Sheikh Jarrah neighbourhood of East Jerusalem face "
                                              "eviction."), "Sheikh Jarrah")
    assert jarrah and jarrah[0]["country"] == "PSE", jarrah


def test_a_town_named_only_inside_names_is_that_town_where_its_name_stands_alone(
        places_pipeline: Pipeline) -> None:
    """ "Volunteers clean Byesville reservoir": the headline's "Byesville" stands alone, and the
    story names the town only inside other names ("the Friends of the Byesville Reservoir", "the
    Byesville Area Parks District") — a town no other place shares the name of is that town where
    its name stands alone."""
    text = ("Volunteers clean Byesville reservoir. Members of the Ohio University football team helped clean the "
            "Byesville Reservoir area Saturday during an event sponsored by the Friends of the Byesville Reservoir "
            "and the Byesville Area Parks District.")
    head = [p for p in places_of(places_pipeline, text) if p["text"] == "Byesville" and p["start"] < 20]
    assert head and head[0]["admin1"] == "Ohio" and head[0].get("mention", "name") == "name", head


def test_a_towns_officers_after_its_possessive_name_the_town(places_pipeline: Pipeline) -> None:
    """ "Elgin's building inspector says …" (the model's person): a town's officers after its
    possessive say the name is the town."""
    places = places_of(places_pipeline, "Casino's sprinklers were off before fire. Elgin's building inspector says "
                                        "the sprinkler system of the pavilion was disconnected.")
    town = exact(places, "Elgin")
    assert town and town[0]["feature"] == "city", places


def test_two_countries_joined_by_a_hyphen_after_an_opening_verb(places_pipeline: Pipeline) -> None:
    """ "Rethinking Egypt-US relations." (the model's person "Rethinking Egypt" or "Egypt-US"): the
    sentence's opening verb is no part of a name, and two countries joined by a hyphen are no one's
    name — each is its country."""
    places = places_of(places_pipeline, "Rethinking Egypt-US relations. Officials in Cairo said talks would "
                                        "resume in the spring.")
    assert countries(places, "Egypt") == ["EGY"], places
    assert countries(places, "US") == ["USA"], places


def test_a_province_called_a_state_abroad_needs_no_preposition(places_pipeline: Pipeline) -> None:
    """ "Zamfara State has seen …" (the model's person), "in Maiduguri Borno State": a Nigerian
    state's full name is a province wherever it stands — but "Ohio State" is no "X State" province."""
    places = places_of(places_pipeline, "Zamfara State has seen a wave of kidnappings this year, officials said. "
                                        "The governor visited troops in Maiduguri Borno State on Sunday.")
    for name, admin1 in (("Zamfara State", "Zamfara"), ("Borno State", "Borno")):
        found = exact(places, name)
        assert found and found[0]["feature"] == "admin1" and found[0]["admin1"] == admin1, (name, places)
    assert not exact(places_of(places_pipeline, "Ohio State beat Michigan State on Saturday."), "Ohio State")


def test_a_countys_short_form_with_co_is_the_county_not_a_company(places_pipeline: Pipeline) -> None:
    """ "Loudon Co. man dies in wreck" (the model's company "Loudon Co."): a county's short form
    before a word in lower case is the county — "Kellogg Co. said" stays a company."""
    county = exact(places_of(places_pipeline, "Loudon Co. man dies in wreck. The driver was taken to a hospital, "
                                              "a trooper said."), "Loudon Co.")
    assert county and county[0]["feature"] == "admin2" and county[0]["admin1"] == "Tennessee", county
    assert not places_of(places_pipeline, "Shares of Kellogg Co. rose on Tuesday. The Hershey Co. said sales fell.")


def test_a_town_named_like_a_country_in_a_one_state_story(places_pipeline: Pipeline) -> None:
    """ "the state penitentiary in Angola" in a Louisiana story that names no other land abroad:
    Angola, Louisiana — but "a family from Angola settled in Baton Rouge" is the country."""
    text = ("BATON ROUGE, La. — The inmate was moved from the parish jail to the state penitentiary in Angola "
            "last week, Louisiana corrections officials said. The warden at Angola said he arrived Friday.")
    towns = exact(places_of(places_pipeline, text), "Angola")
    assert len(towns) == 2 and all(t["admin1"] == "Louisiana" and t["country"] == "USA" for t in towns), towns
    moved = exact(places_of(places_pipeline, "BATON ROUGE, La. — A family from Angola settled in Baton Rouge "
                                             "last year, church members said."), "Angola")
    assert moved and moved[0]["country"] == "AGO", moved


def test_a_person_from_a_town_whose_school_the_story_names(places_pipeline: Pipeline) -> None:
    """ "a 16-year-old boy from Raritan … a junior at Raritan High School": people come from towns,
    not from schools — the bare name after "boy from" is the town, though a school bears it too."""
    text = ("FLEMINGTON, N.J. — A driver was charged Monday in a crash that hurt a 16-year-old boy from Raritan. "
            "The boy is a junior at Raritan High School.")
    towns = [p for p in places_of(places_pipeline, text) if p["text"] == "Raritan" and p.get("mention") != "in_name"]
    assert towns and towns[0]["admin1"] == "New Jersey", towns


def test_an_american_county_named_whole_is_no_town_of_the_storys_focus(places_pipeline: Pipeline) -> None:
    """ "French students … (Williamson County student)": the county, Tennessee's — not a French
    town of its first word because "French" gave the story a focus on France."""
    text = ("Eighth-grade French students at the academy celebrated Mardi Gras. Pictured are Ann Lee (Maury County "
            "student), Sam Cole and Joe Tate (Maury County student).")
    counties = exact(places_of(places_pipeline, text), "Maury County")
    assert counties and all(c["feature"] == "admin2" and c["admin1"] == "Tennessee" for c in counties), counties


def test_a_village_president_puts_the_village_in_the_midwest(places_pipeline: Pipeline) -> None:
    """ "the race for Kirkland village president": villages have presidents in Illinois, Wisconsin,
    Michigan and Nebraska — Kirkland, Illinois, not the Washington city four times its size."""
    text = ("Two vying for Kirkland president post. The two candidates running for Kirkland village president have "
            "both held the office before, and the village trustees will meet Monday.")
    towns = exact(places_of(places_pipeline, text), "Kirkland")
    assert towns and all(t["admin1"] == "Illinois" for t in towns), towns


def test_a_countys_short_form_follows_the_county_read_at_even_odds(places_pipeline: Pipeline) -> None:
    """ "near Briarcliff Road in DeKalb County … DeKalb police said": the county (Georgia's, by
    Briarcliff) though four states have a DeKalb County — its short form is the county, not DeKalb,
    Illinois."""
    text = ("A woman was robbed Tuesday near Briarcliff Road in DeKalb County, police said. The victim was walking "
            "near Briarcliff when a man grabbed her purse, DeKalb police spokeswoman Ann Moss said.")
    short = exact(places_of(places_pipeline, text), "DeKalb")
    assert short and short[0]["admin1"] == "Georgia", short


def test_a_move_to_a_place_vouches_for_it(places_pipeline: Pipeline) -> None:
    """ "a tribute show comes to Colchester this weekend": a move to a name is a move to a place, as
    "in" before it would say — the town, named once and with no other word for it."""
    places = places_of(places_pipeline, "Fans can enjoy the next best thing when a tribute show comes to Colchester "
                                        "this weekend.")
    town = exact(places, "Colchester")
    assert town and town[0]["country"] == "GBR", places


def test_a_town_said_short_by_the_word_before_on_sea(places_pipeline: Pipeline) -> None:
    """ "Police in Clacton", "a tribute show comes to Clacton": the town said short for
    Clacton-on-Sea — the first word of its name before "on" is no mere word of it."""
    for text in ("Police in Clacton said the man was arrested on Friday.",
                 "Fans can enjoy the next best thing when a tribute show comes to Clacton this weekend."):
        town = exact(places_of(places_pipeline, text), "Clacton")
        assert town and town[0]["name"] == "Clacton-on-Sea", (text, town)


def test_a_towns_side_after_its_possessive_names_the_town(places_pipeline: Pipeline) -> None:
    """ "drivers entering Rock Hill's south side", "Waukegan's building inspector": a town's sides
    and officers after its possessive say the name is the town, however the model reads it."""
    for text, name in (("Plans call for landscaping to greet drivers entering Rock Hill's south side from I-77.",
                        "Rock Hill"),
                       ("The casino's sprinklers were off. Waukegan's building inspector says the system was off.",
                        "Waukegan")):
        town = exact(places_of(places_pipeline, text), name)
        assert town and town[0]["feature"] == "city" and town[0]["country"] == "USA", (text, town)


def test_a_park_the_text_puts_in_a_town_is_that_towns(places_pipeline: Pipeline) -> None:
    """ "east of Hampton Park in Charleston": a park the text puts in a town is that town's — not
    Hampton Park, Victoria, nor skipped as a club named after Hampton, Virginia."""
    park = exact(places_of(places_pipeline, "The street runs between King Street and Rutledge Avenue east of Hampton "
                                            "Park in Charleston, police said."), "Hampton Park")
    assert park and park[0]["country"] == "USA" and park[0]["admin1"] == "South Carolina", park


def test_a_legislators_place_follows_the_others_counties(places_pipeline: Pipeline) -> None:
    """ "Delegates Ann Lee, D-Hardy; Tom Cole, R-Berkeley; and Joe Tate, D-McDowell" in a West
    Virginia story that also names California: the delegates are named by their counties, so
    Berkeley is Berkeley County, West Virginia, not Berkeley, California."""
    text = ("CHARLESTON, W.Va. — The resolution copies a law passed in California. Its sponsors are Delegates "
            "Ann Lee, D-Hardy; Tom Cole, R-Berkeley; and Joe Tate, D-McDowell.")
    berkeley = exact(places_of(places_pipeline, text), "Berkeley")
    assert berkeley and berkeley[0]["admin1"] == "West Virginia" and berkeley[0]["feature"] == "admin2", berkeley


def test_a_nationality_word_heading_a_business_name_is_no_country(places_pipeline: Pipeline) -> None:
    """ "the Spanish Oaks Apartments", "the Irish Rover Pub": a nationality word that begins the name
    of a home, an inn or a shop names no country — neither as a fact nor as the story's focus, which
    would leave "Paris firefighters" a small town abroad rather than an American Paris."""
    text = ("Kitchen fire damages apartment. Paris firefighters put out a kitchen fire at the Spanish Oaks "
            "Apartments at 410 Lamar Ave. late Tuesday, and four Paris police officers closed the street. The "
            "owner of the Irish Rover Pub next door said nobody was hurt.")
    places = places_of(places_pipeline, text)
    assert not [p for p in places if p["country"] in ("ESP", "IRL")], places
    paris = exact(places, "Paris")
    assert paris and paris[0]["country"] == "USA" and paris[0]["feature"] == "city", paris


def test_a_person_listed_with_other_people_is_no_town(places_pipeline: Pipeline) -> None:
    """ "Freeland, U.S. Trade Representative Robert Lighthizer and …" after "Chrystia Freeland": a
    surname listed beside people named in full is the person, not Freeland, Michigan — while a town
    listed beside towns stays a town ("as far as Greer, Simpsonville and Mauldin" after "Tom Greer")."""
    people = places_of(places_pipeline, "Canadian Foreign Minister Chrystia Freeland flew to Washington on Thursday. "
                                        "Freeland, U.S. Trade Representative Robert Lighthizer and the Mexican "
                                        "economy secretary met for two hours.")
    assert not exact(people, "Freeland"), people
    towns = places_of(places_pipeline, "Tom Greer said shoppers came from as far as Greer, Simpsonville and Mauldin "
                                       "in South Carolina.")
    greer = exact(towns, "Greer")
    assert greer and greer[0]["admin1"] == "South Carolina", towns


def test_a_name_given_in_place_of_a_persons_is_no_place(places_pipeline: Pipeline) -> None:
    """ "Noma (not her real name) opened a case": a name a story gives a person instead of theirs is
    the person wherever it stands, not NoMa in Washington."""
    places = places_of(places_pipeline, "The mother of a girl who was attacked says the police have failed her. Noma "
                                        "(not her real name) opened a case in Cape Town in May. The same procedure "
                                        "was followed by the investigating officer in Noma’s case, the police said.")
    assert not exact(places, "Noma"), places
    assert exact(places, "Cape Town"), places


def test_a_given_name_of_someone_named_in_full_is_no_small_town(places_pipeline: Pipeline) -> None:
    """ "the deaths of Helen, Clarence, Irene, Marie and Randy Kunz … Helen Kunz": a given name the
    story gives someone in full is that person, not Helen, Georgia — while a city of the name stays
    the city ("a Dallas clinic" beside "Dallas Keuchel")."""
    people = places_of(places_pipeline, "Prosecutors had spent years seeking justice in the deaths of Helen, Clarence, "
                                        "Irene, Marie and Randy Kunz. Investigators said Helen Kunz had been taken "
                                        "from the farmhouse.")
    assert not exact(people, "Helen"), people
    city = places_of(places_pipeline, "Dallas Keuchel had surgery on his elbow on Monday. It was performed at a "
                                      "Dallas clinic.")
    dallas = [p for p in exact(city, "Dallas") if p["start"] > 20]
    assert dallas and dallas[0]["admin1"] == "Texas", city
    # (and a small town the text puts something in stays one: "In Scott, …" beside "Scott Bergeron")
    town = places_of(places_pipeline, "Water covered streets in Broussard and Youngsville in Lafayette Parish. In "
                                      "Scott, volunteers filled sandbags outside the fire station, fire chief Scott "
                                      "Bergeron said.")
    scott = [p for p in exact(town, "Scott") if p["start"] < 90]
    assert scott and scott[0]["admin1"] == "Louisiana", town


def test_a_name_after_what_people_are_called_is_no_unknown_place(places_pipeline: Pipeline) -> None:
    """ "the work of renowned street artist Banksy": a name no gazetteer has, after what people are
    called, is a person the model took for a place — not a site put beside the story's town."""
    places = places_of(places_pipeline, "The shift has been driven by the work of renowned street artist Banksy and "
                                        "London boroughs' efforts to protect his works.")
    assert not exact(places, "Banksy"), places
    assert exact(places, "London"), places


def test_numbered_streets_say_the_story_is_american(places_pipeline: Pipeline) -> None:
    """ "near Grand Avenue and West 11th Street in San Pedro", "the 800 block of": numbered streets and
    blocks are North America's grid, so San Pedro is Los Angeles's — not Côte d'Ivoire's bigger
    San-Pédro — unless the story names a country that numbers its streets too (the Philippines)."""
    american = places_of(places_pipeline, "Police catch murder suspect. The man was shot near Grand Avenue and West "
                                          "11th Street in San Pedro, according to police.")
    town = exact(american, "San Pedro")
    assert town and (town[0]["country"], town[0]["admin1"]) == ("USA", "California"), american
    filipino = places_of(places_pipeline, "Police in the Philippines said the man was shot near 5th Avenue in San "
                                          "Pedro on Monday.")
    town = exact(filipino, "San Pedro")
    assert town and town[0]["country"] == "PHL", filipino


def test_the_ebola_river_and_the_virus_named_after_it(places_pipeline: Pipeline) -> None:
    """ "The virus is named after the Ebola River … another subtype of the Ebola": the river is in
    Congo (the alias table's water), not beside the story's Philippine town, and "the Ebola" after
    "Ebola hemorrhagic fever" is the virus, no short form of the river."""
    places = places_of(places_pipeline, "Pigs at Pandi, Bulacan had tested positive for the Reston strain. The virus "
                                        "is named after the Ebola River, where the first outbreak of Ebola "
                                        "hemorrhagic fever occurred in 1976. The strain may be another subtype of the "
                                        "Ebola or a new filovirus.")
    river = exact(places, "Ebola River")
    assert river and river[0]["country"] == "COD", places
    assert not exact(places, "Ebola"), places


def test_a_legislators_town_before_a_dash_garbled_in_the_page(places_pipeline: Pipeline) -> None:
    """ "Marty Seifert, R-Marshall â “ joined by …": some papers print an em dash's UTF-8 bytes read
    as Windows-1252; the legislator's home town before it is still read ("R-Marshall — joined")."""
    text = ("The Minnesota House voted Thursday. Minority Leader Marty Seifert, R-Marshall â “ joined by Majority "
            "Leader Tony Sertich, DFL-Chisholm â “ brought a motion to the floor.")
    places = places_of(places_pipeline, text)
    for name in ("Marshall", "Chisholm"):
        town = exact(places, name)
        assert town and town[0]["admin1"] == "Minnesota", (name, places)


def test_a_small_town_abroad_spelt_with_single_letters_is_not_meant(places_pipeline: Pipeline) -> None:
    """ "a Muslim MP from Vanni" in a story from Sri Lanka: GeoNames has no Vanni, only Vani in
    Georgia (the same key once doubled letters are forgiven) — a small town in a country the story
    never names, far from its places, is another place than the one meant."""
    text = ("Sixteen members voted for the motion. Even Kader Masthan, a Muslim from Vanni, who signed the motion "
            "along with the opposition, voted against it.")
    places = places_of(places_pipeline, text)
    assert not [p for p in places if p["country"] == "GEO"], places


def test_a_british_number_says_the_town_of_its_area_code(places_pipeline: Pipeline) -> None:
    """ "contact police on 01524 63333" in a story that names Lancaster: 01524 is Lancaster's area
    code (libphonenumber's offline data, read at build), so Lancaster is Lancashire's, not the bigger
    Lancaster, California — a number says its town only where the text names that town."""
    from newsgraph.kb.gazetteer import load_gazetteer

    assert load_gazetteer().uk_codes.get("1524") == ["Lancaster"]
    text = ("Girl attacked in park. Detectives in Lancaster have released an image of a man they would like to "
            "trace. Anybody with information should contact police on 01524 63333.")
    towns = exact(places_of(places_pipeline, text), "Lancaster")
    assert towns and all((t["country"], t["admin1"]) == ("GBR", "Lancashire") for t in towns), towns
    # (without the number the story says nothing of Britain)
    bare = exact(places_of(places_pipeline, text.replace(" on 01524 63333", "")), "Lancaster")
    assert bare and bare[0]["country"] != "GBR", bare


def test_a_part_of_town_the_model_calls_a_person_lends_no_surname(places_pipeline: Pipeline) -> None:
    """ "the Historic Dublin wayfaring project", which the model reads as a person: a word that opens
    a part of a town's name ("Historic", "Downtown", "Old") opens no person's, so "Dublin" is no
    surname and "Dublin Director of Engineering Paul Hammersmith said" names the story's Dublin."""
    text = ("Dublin City Council heard a first reading on Monday. Dublin Director of Engineering Paul Hammersmith "
            "said residents used another name. The sign is part of the Historic Dublin wayfaring project, he said. "
            "The Franklin County Auditor's Office, in Columbus, Ohio, agreed.")
    places = places_of(places_pipeline, text)
    towns = [p for p in exact(places, "Dublin") if 50 < p["start"] < 60]
    assert towns and towns[0]["admin1"] == "Ohio", towns
    # (and the town inside that part's name is the story's Dublin too)
    inside = [p for p in exact(places, "Dublin") if p["start"] == text.index("Historic Dublin") + len("Historic ")]
    assert inside and inside[0]["admin1"] == "Ohio", places


def test_a_name_before_city_found_only_by_doubled_letters_is_not_meant(places_pipeline: Pipeline) -> None:
    """ "will play Man City in the second leg", "Stoke City were beaten": a name before "City" that
    the gazetteer finds only by forgiving doubled letters (Ma'an, Jordan; Stokke, Norway) is a club's or
    a city's it lacks — not those; "Quezon City" and "Kansas City" stay the cities."""
    clubs = places_of(places_pipeline, "Liverpool will play Man City in the second leg next week. Stoke City were "
                                       "beaten at home on Saturday.")
    assert not [p for p in clubs if p["country"] in ("JOR", "NOR")], clubs
    cities = places_of(places_pipeline, "Officials in Quezon City and Kansas City said so.")
    assert {p["country"] for p in cities if p["text"] in ("Quezon City", "Kansas City")} == {"PHL", "USA"}, cities


def test_a_name_of_the_form_x_city_no_gazetteer_has_is_the_town_x(places_pipeline: Pipeline) -> None:
    """ "Hull City beat Exeter City", "a woman of Amarillo City": a club's or a borough's name no gazetteer
    has, after the town it is called for — the town, which its bare name is later too ("against Norwich");
    but "Harbor City", a Los Angeles post office's name, stays that (not Harbor, Oregon), and "Jersey City"
    is its own city."""
    clubs = places_of(places_pipeline, "Hull City beat Exeter City on Saturday, and the fans sang all the way home "
                                       "to East Yorkshire.")
    found = {p["text"]: (p["name"], p["country"]) for p in clubs}
    assert found.get("Hull City", ("", ""))[1] == "GBR" and found.get("Exeter City") == ("Exeter", "GBR"), found
    again = places_of(places_pipeline, "Hull swept Norwich City aside 4-1 on Monday. \"I was so pleased with the "
                                       "fourth goal against Norwich the other day,\" Holloway said.")
    assert [(p["text"], p["admin1"]) for p in again if p["text"].startswith("Norwich")] == [
        ("Norwich City", "Norfolk"), ("Norwich", "Norfolk")], again
    town = places_of(places_pipeline, "Cindy Owens, of Amarillo City, was found dead after she left her car.")
    assert [(p["name"], p["admin1"]) for p in exact(town, "Amarillo City")] == [("Amarillo", "Texas")], town
    harbor = places_of(places_pipeline, "He moved his company from Santa Ana to Los Angeles, and found an office "
                                        "park in Harbor City that was large enough. Jersey City police said so.")
    found = {p["text"]: (p["admin1"], p["name"]) for p in harbor}
    assert found.get("Harbor City", ("",))[0] == "California" and found.get("Jersey City") == (
        "New Jersey", "Jersey City"), found


def test_a_given_name_whose_police_the_text_names_is_a_town(places_pipeline: Pipeline) -> None:
    """ "Alexandria Police went to the home" (the model's person "Alexandria"): a name the text gives a
    police force of, capitalised as forces' names are, is a town's — every mention of it."""
    places = places_of(places_pipeline, "Alexandria parents charged with hitting their son during a fight. Arrested "
                                        "were Roy Lee Barker, 44, of 1517 Dallas St., Alexandria, and Mary Ann Jones, "
                                        "41, of 320 Savannah St., Alexandria. Both were charged with disturbing the "
                                        "peace. Around 8:10 p.m. Sunday Alexandria Police went to Barker’s Dallas "
                                        "Street home.")
    assert len(exact(places, "Alexandria")) == 4, places


def test_britains_and_irelands_rivers_are_in_the_alias_table(places_pipeline: Pipeline) -> None:
    """ "the River Tees", "the River Boyne": rivers flood news names, which the packaged gazetteers lack —
    placed in their countries as water, and "the Tees" after "the River Tees" is that river."""
    places = places_of(places_pipeline, "Flood warnings were issued for the River Wear and the River Tees after two "
                                        "days of rain. By Sunday the Tees had burst its banks.")
    rivers = [(p["text"], p["feature"], p["country"]) for p in places]
    assert rivers == [("River Wear", "water", "GBR"), ("River Tees", "water", "GBR"), ("Tees", "water", "GBR")], rivers
    boyne = places_of(places_pipeline, "Anglers said the River Boyne was running higher than at any time in March.")
    assert [(p["feature"], p["country"]) for p in exact(boyne, "River Boyne")] == [("water", "IRL")], boyne
    # (the model's "organisation" "the River Witham" is the river's name with its article, no longer name)
    witham = places_of(places_pipeline, "The council will also hear views on new moorings on the River Witham.")
    assert [(p["mention"], p["admin1"]) for p in exact(witham, "River Witham")] == [("name", "Lincolnshire")], witham


def test_a_district_school_board_is_named_by_its_town(places_pipeline: Pipeline) -> None:
    """ "the London District Catholic School Board" in a story of Woodstock, Ontario: the board of London,
    Ontario — "London District", GeoNames' other name for Greater London, is no part of it."""
    places = places_of(places_pipeline, "Parents in Woodstock, Ontario, said their complaints to the London District "
                                        "Catholic School Board have not been resolved.")
    london = [(p["text"], p["admin1"], p["country"]) for p in places if p["text"].startswith("London")]
    assert london == [("London", "Ontario", "CAN")], places


def test_two_big_neighbouring_cities_vouch_for_each_other(places_pipeline: Pipeline) -> None:
    """ "Norwich beat Ipswich on Saturday" (no word says "place"): two names that are cities of 100,000
    people 60 km apart are those cities — such names fall so close together by chance hardly ever."""
    places = places_of(places_pipeline, "Norwich beat Ipswich on Saturday, and the fans sang all the way home.")
    assert [(p["text"], p["admin1"]) for p in places] == [("Norwich", "Norfolk"), ("Ipswich", "Suffolk")], places


def test_a_capital_that_does_what_places_do_is_no_government(places_pipeline: Pipeline) -> None:
    """ "Kabul fell to the Taliban", "with Hanoi and Ho Chi Minh City accounting for a third of infections":
    a capital as the subject of what a place does, or of a clause after "with", is the place itself — while
    "Moscow imposed new sanctions", "talks with Washington" and "Tehran remains defiant" stand for governments."""
    literal = places_of(places_pipeline, "Kabul fell to the Taliban on Sunday after a week of fighting. Vietnam has "
                                         "recorded 60,000 dengue cases this year, with Hanoi and Ho Chi Minh City "
                                         "accounting for a third of infections, the health ministry said.")
    assert [p["mention"] for p in literal if p["text"] in ("Kabul", "Hanoi")] == ["name", "name"], literal
    governments = places_of(places_pipeline, "Moscow imposed new sanctions on Friday, and officials said talks with "
                                             "Washington had stalled. Tehran remains defiant, diplomats said.")
    assert [p["mention"] for p in governments] == ["metonym", "metonym", "metonym"], governments


def test_a_department_with_its_kind_word_is_the_province(places_pipeline: Pipeline) -> None:
    """ "in the Artibonite department" (the model's organisation "the Artibonite department"): Haiti's
    province, named as such — not a name inside an organisation's; but "The Arts Center of Cannon County"
    holds no county called "Arts Center of Cannon"."""
    haiti = places_of(places_pipeline, "Haiti's health ministry reported 200 suspected cholera cases in a week, "
                                       "mainly in the Artibonite department, where gang violence has closed clinics.")
    artibonite = [(p["mention"], p["feature"], p["country"]) for p in haiti if p["text"].startswith("Artibonite")]
    assert artibonite == [("name", "admin1", "HTI")], haiti
    arts = places_of(places_pipeline, "WOODBURY, Tenn. — The Arts Center of Cannon County announces the opening of "
                                      "an exhibit of wood carvings.")
    assert [p["admin1"] for p in arts if "Cannon" in p["text"]] == ["Tennessee"], arts
    assert not [p for p in arts if p["text"].startswith("Arts")], arts


def test_a_landform_of_a_province_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "in the Beni lowlands around Trinidad" in a story that names Bolivia (the model's person "Beni"):
    a name with a landform's word after it is no person's — Bolivia's Beni department, not Beni, Congo."""
    places = places_of(places_pipeline, "Neighbouring Bolivia reported a surge in dengue cases in Santa Cruz, the "
                                        "country's most populous department, and in the Beni lowlands around "
                                        "Trinidad. Officials blamed heavy rains.")
    assert [(p["feature"], p["country"]) for p in exact(places, "Beni")] == [("admin1", "BOL")], places


def test_the_datelines_town_named_like_a_person_where_the_words_say_place(places_pipeline: Pipeline) -> None:
    """ "the mine west of Baker" under "BAKER, Ore." beside "Commissioner Tom Baker": the story's own town
    where the words before say place, though a person of the article bears its name — and the person
    ("Baker said") stays a person."""
    places = places_of(places_pipeline, "BAKER, Ore. — The owner of the open-pit copper mine west of Baker said Monday "
                                        "it will hire about 120 more workers. \"We've got people living in campers,\" "
                                        "said Commissioner Tom Baker. \"We need houses,\" Baker said.")
    assert [(p["start"] > 0, p["admin1"]) for p in places if p["text"].casefold() == "baker"] == [
        (False, "Oregon"), (True, "Oregon")], places


def test_a_headlines_capitalised_move_to_a_given_name_town(places_pipeline: Pipeline) -> None:
    """ "Stimulus Money Headed To Austin" (title case; the model's person): a move to a name is a move to
    a place whatever the headline's capitals — Austin, the Texas town the story's state gives."""
    places = places_of(places_pipeline, "Stimulus Money Headed To Austin. The federal grant will repair roofs "
                                        "damaged by last month's hail, and the state of Texas will add more, the "
                                        "mayor said on Tuesday.")
    assert [(p["feature"], p["admin1"]) for p in exact(places, "Austin")] == [("city", "Texas")], places


_COUNCIL_STORY = ("Council approves water lines. The Westerville city council on Monday approved a plan to extend "
                  "water lines. Westerville will pay for the work from its reserves, the city manager said. An "
                  "American consultant who lives in Toronto, Ontario, Canada, presented the plan at Hoff Woods Park. "
                  "The lines will serve 300 homes in {township} Township, north of the city. Westerville residents "
                  "may comment until Friday, and a hearing will be held in Westerville in May.")


def test_a_province_named_for_a_town_does_not_say_where_the_story_is(places_pipeline: Pipeline) -> None:
    """A story of Westerville's council (in Ohio, though it never says so) whose consultant came "from
    Toronto, Ontario, Canada": the province only says where Toronto lies, so the story's park is at
    Westerville, the town it names most — not at Toronto."""
    _assert_at_westerville(places_of(places_pipeline, _COUNCIL_STORY.format(township="Genoa")), "Hoff Woods Park")


def test_a_township_of_the_storys_state_no_gazetteer_has(places_pipeline: Pipeline) -> None:
    """ "300 homes in Porter Township" in a story of Westerville, Ohio: a township of the story's state
    that no gazetteer has, placed at the story's town it borders — not at a town called Porter in a
    state the story never names."""
    _assert_at_westerville(places_of(places_pipeline, _COUNCIL_STORY.format(township="Porter")), "Porter Township")


def _assert_at_westerville(places: list[dict[str, Any]], name: str) -> None:
    """The one fact for `name` is in Ohio, within 10 km of the story's Westerville."""
    facts = exact(places, name)
    assert [(p["country"], p["admin1"]) for p in facts] == [("USA", "Ohio")], places
    westerville = exact(places, "Westerville")[0]
    assert haversine_km(facts[0]["lat"], facts[0]["lon"], westerville["lat"], westerville["lon"]) < 10, places


def test_a_reading_is_not_left_standing_on_a_neighbour_given_up(places_pipeline: Pipeline) -> None:
    """ "Its stop in St. Petersburg … seen in Russia" after "Moscow's Pushkin Museum", in a story that
    also names Hudson (New York's, beside New York City): a first reading of Hudson as Florida's must
    not, once given up, leave St. Petersburg in Florida on its strength alone."""
    places = places_of(places_pipeline, "American landscapes head to Russia. Paintings by the painters who lived in "
                                        "Hudson, lent by museums in New York City and in Hudson, will travel abroad "
                                        "this year. The show opened in San Diego this spring and moves to Moscow's "
                                        "Pushkin Museum in the summer. Its stop in St. Petersburg will be the first "
                                        "time the works are seen in Russia. Curators in Hudson said the loans took "
                                        "two years to arrange, and Los Angeles collectors lent three more.")
    assert countries(places, "St. Petersburg") == ["RUS"], places
    assert {p["admin1"] for p in exact(places, "Hudson")} == {"New York"}, places


def test_a_headlines_verb_is_no_part_of_a_persons_name(places_pipeline: Pipeline) -> None:
    """ "Tycoon Medvedev Joins Samara Mayor Race" (title case: the model's person runs to "Samara"): a
    headline's verb is no word of a name, so the town the story names again is a place there too."""
    places = places_of(places_pipeline, "Tycoon Medvedev Joins Samara Mayor Race. Former presidential candidate "
                                        "Ivan Medvedev on Wednesday became the latest entry into the crowded Samara "
                                        "mayoral election, saying the Volga city could become the Chicago of Russia.")
    assert [(p["start"] < 40, p["country"]) for p in exact(places, "Samara")] == [(True, "RUS"), (False, "RUS")], places


def test_broadway_of_the_stage_is_new_yorks(places_pipeline: Pipeline) -> None:
    """ "the Broadway star", "the Broadway revival": New York's theatres (not Broadway, Virginia, a town
    of 4,000) — while "the 400 block of Broadway" in a story of Fargo stays Fargo's street."""
    stage = places_of(places_pipeline, "The Broadway star cancelled two shows after a fall. Her producers said the "
                                       "Broadway revival would reopen next week.")
    assert [(p["feature"], p["admin1"]) for p in exact(stage, "Broadway")] == [("facility", "New York")] * 2, stage
    street = places_of(places_pipeline, "FARGO, N.D. — A fire damaged a house in the 400 block of Broadway on "
                                        "Monday, Fargo police said.")
    assert [p["admin1"] for p in exact(street, "Broadway")] in ([], ["North Dakota"]), street


def test_a_university_of_a_us_state_named_like_a_country(places_pipeline: Pipeline) -> None:
    """ "the universities of Georgia and Glasgow", "the University of Georgia": the US state's
    university, not one of the Caucasus country — while "Tbilisi, the capital of Georgia" stays the
    country."""
    places = places_of(places_pipeline, "Scientists from the universities of Georgia and Glasgow found how the "
                                        "parasite evades the immune system of cattle in Uganda.")
    assert [(p["feature"], p["country"]) for p in exact(places, "Georgia")] == [("admin1", "USA")], places
    country = places_of(places_pipeline, "Protesters marched in Tbilisi, the capital of Georgia, on Monday.")
    assert [p["country"] for p in exact(country, "Georgia")] == ["GEO"], country


def test_two_counties_are_the_state_where_they_are_neighbours(places_pipeline: Pipeline) -> None:
    """ "Henry County … Washington County" in a story that names no state: both are counties of many
    states, but neighbours only in Iowa (40 km apart; Alabama's are 290 km apart)."""
    places = places_of(places_pipeline, "Henry County will repair the bridge over the creek this summer, the county "
                                        "engineer said on Monday. He said Washington County had paid less for a "
                                        "larger bridge last year.")
    assert [(p["text"], p["admin1"]) for p in places if p["text"].endswith("County")] == [
        ("Henry County", "Iowa"), ("Washington County", "Iowa")], places


def test_a_known_name_and_its_lower_case_kind_word_is_no_person(places_pipeline: Pipeline) -> None:
    """ "confirmed H5N1 in Ca Mau province" (the model's person "Ca Mau province"): a known place's name
    and its kind word in lower case make no person's name — Vietnam's province."""
    places = places_of(places_pipeline, "Vietnam confirmed H5N1 in Ca Mau province, while Cambodia reported a death "
                                        "in Takeo.")
    assert [(p["feature"], p["country"]) for p in places if p["text"].startswith("Ca Mau")] == [
        ("admin1", "VNM")], places


def test_a_disease_named_after_a_place_is_no_place(places_pipeline: Pipeline) -> None:
    """ "an outbreak of Ebola in Kasese district", "the Marburg outbreak in Guinea", "Zika cases rose": the
    diseases, not the river, the German city or the forest — while "a laboratory in Marburg, Germany" is the
    city."""
    places = places_of(places_pipeline, "Uganda confirmed an outbreak of Ebola in Kasese district. The WHO said the "
                                        "Marburg outbreak in Guinea was over, and Zika cases rose in Brazil. "
                                        "Researchers at a laboratory in Marburg, Germany, study the virus.")
    assert not [p for p in places if p["text"] in ("Ebola", "Zika")], places
    assert [p["start"] > 100 for p in exact(places, "Marburg")] == [True], places
    assert countries(places, "Marburg") == ["DEU"], places


def test_a_province_of_a_named_country_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "Neighbouring Karnataka has set up checkpoints" after "India's Kerala state" (the model's person
    "Karnataka"): a province of a country the story names, by its own name, is the province."""
    places = places_of(places_pipeline, "India's Kerala state has reported two deaths from the Nipah virus. "
                                        "Neighbouring Karnataka has set up checkpoints on the border.")
    assert [(p["feature"], p["country"]) for p in exact(places, "Karnataka")] == [("admin1", "IND")], places


def test_africas_rivers_in_the_alias_table(places_pipeline: Pipeline) -> None:
    """ "along the Zambezi", "the Shabelle River", "the Shire River": rivers news of Africa's wars and
    epidemics names (not Namibia's Zambezi region, which its kind word names, nor Somalia's Lower
    Shabelle region)."""
    places = places_of(places_pipeline, "Cholera has spread along the Zambezi to Malawi, and flooding along the "
                                        "Shire River displaced families in Nsanje. Farmers in Somalia's Lower "
                                        "Shabelle region fled floods along the Shabelle River. Tourism in the "
                                        "Zambezi region of Namibia has recovered.")
    assert [(p["feature"], p["country"]) for p in places if p["text"].startswith("Zambezi")] == [
        ("water", None), ("admin1", "NAM")], places
    assert [p["feature"] for p in places if "Shabelle" in p["text"]] == ["admin1", "water"], places
    assert [p["feature"] for p in exact(places, "Shire River")] == ["water"], places


def test_a_small_town_abroad_in_a_sentence_of_other_countries_is_not_meant(places_pipeline: Pipeline) -> None:
    """ "The deaths occurred in Foya, near the borders with Guinea and Sierra Leone" in a story from Liberia:
    GeoNames' only Foya is a town of 12,000 in Gansu, China — a country the story never names, far from its
    places — so the name is a Liberian town the gazetteer lacks, placed in the county the story names."""
    places = places_of(places_pipeline, "MONROVIA, Liberia (AP) — Liberia's government has quarantined a village "
                                        "in Lofa County after three people died of Lassa fever. The deaths occurred "
                                        "in Foya, near the borders with Guinea and Sierra Leone.")
    foya = exact(places, "Foya")
    assert foya and {p["country"] for p in foya} == {"LBR"}, places


def test_a_country_is_not_its_capital_that_bears_its_name_among_others(places_pipeline: Pipeline) -> None:
    """ "a school trip to Mexico" in a story that names Mexico City and Veracruz: the country, not the
    capital that GeoNames also calls "Mexico"; "El Salvador" beside Bahia is the country, not Salvador
    (a city that bears the name less its article)."""
    places = places_of(places_pipeline, "Cases of the virus were confirmed in Hong Kong and New Zealand, after the "
                                        "outbreak that began in La Gloria, a village in the Mexican state of "
                                        "Veracruz. Officials in Auckland said ten students who returned from a "
                                        "school trip to Mexico had tested positive. In Seoul, a nun who had worked "
                                        "in Mexico City was placed in quarantine. Schools were closed in Fort "
                                        "Worth, Texas, where students had fallen ill after a trip to Cancun. Peru "
                                        "suspended flights to Mexico. El Salvador advised women to avoid "
                                        "pregnancy, and Brazil reported cases in Bahia.")
    assert [p["feature"] for p in exact(places, "Mexico")] == ["country", "country"], places
    assert [(p["feature"], p["country"]) for p in exact(places, "El Salvador")] == [("country", "SLV")], places


def test_an_apposition_puts_a_village_in_its_province(places_pipeline: Pipeline) -> None:
    """ "La Gloria, a village in the Mexican state of Veracruz": the state the apposition names holds
    the village (GeoNames has La Glorias in five Mexican states), and "the state of Veracruz" is the
    state, not its port, which the index puts first for the bare name."""
    places = places_of(places_pipeline, "Health officials said the outbreak began in La Gloria, a village in "
                                        "the Mexican state of Veracruz, where a pig farm stands near the houses. "
                                        "A nun who had worked in Mexico City was placed in quarantine.")
    gloria = exact(places, "La Gloria")
    assert [(p["country"], p["admin1"]) for p in gloria] == [("MEX", "Veracruz de Ignacio de la Llave")], places
    assert [p["feature"] for p in exact(places, "Veracruz")] == ["admin1"], places


def test_a_territory_under_another_flag_is_a_country_the_story_names(places_pipeline: Pipeline) -> None:
    """ "In Puerto Rico … recorded in San Juan" in a story that also names Texas and Dallas County:
    Puerto Rico (a US province in GeoNames' lists too, and San Juan's other name) still names its land,
    so San Juan is its capital, not the Texas town."""
    places = places_of(places_pipeline, "In Puerto Rico, the first death from the virus was recorded in San Juan. "
                                        "The United States reported cases in Miami, and in Texas, a case in Dallas "
                                        "County was transmitted sexually.")
    assert countries(places, "San Juan") == ["PRI"], places


def test_a_disease_killing_people_is_no_place(places_pipeline: Pipeline) -> None:
    """ "The number of people killed by Ebola in Guinea": the disease, not a place in Guinea."""
    places = places_of(places_pipeline, "The number of people killed by Ebola in Guinea, Liberia and Sierra Leone "
                                        "has passed 1,000. Two nurses who died of Ebola in Kenema were buried.")
    assert not [p for p in places if p["text"] == "Ebola"], places
    assert exact(places, "Guinea") and exact(places, "Kenema"), places


def test_a_part_of_a_town_named_after_it(places_pipeline: Pipeline) -> None:
    """ "the West Point slum in Monrovia", "West Point, a slum in Monrovia": a part of the town the words
    name, not West Point, Georgia, though the story names Georgia's Atlanta."""
    for text in ("Two aid workers were flown to Atlanta, Georgia. In Liberia, soldiers sealed off the West Point "
                 "slum in Monrovia.",
                 "Two aid workers were flown to Atlanta, Georgia. In Liberia, soldiers sealed off West Point, a "
                 "slum in Monrovia."):
        places = places_of(places_pipeline, text)
        assert countries(places, "West Point") == ["LBR"], places


def test_an_island_by_its_bare_name(places_pipeline: Pipeline) -> None:
    """ "Yap Island in Micronesia": GeoNames knows the island as Yap, a province of Micronesia — some
    2,000 km from the country's point, where a fact placed only "in Micronesia" would put it."""
    places = places_of(places_pipeline, "An outbreak struck Yap Island in Micronesia in 2007 and spread to "
                                        "Bali Island in Indonesia.")
    yap = exact(places, "Yap Island")
    assert [(p["country"], p["admin1"]) for p in yap] == [("FSM", "Yap")], places
    assert haversine_km(yap[0]["lat"], yap[0]["lon"], 9.5, 138.1) < 100, places
    assert [p["admin1"] for p in exact(places, "Bali Island")] == ["Bali"], places


def test_a_big_city_before_a_province_of_its_country_is_a_list(places_pipeline: Pipeline) -> None:
    """ "in Mahajanga, Fianarantsoa and the central highlands": a city of 260,000 before a province of its
    own country is the city, the comma a list's — not a place the gazetteer lacks in Fianarantsoa."""
    places = places_of(places_pipeline, "Plague has killed 124 people in Madagascar. The disease has been reported "
                                        "in Mahajanga, Fianarantsoa and the central highlands.")
    mahajanga = exact(places, "Mahajanga")
    assert [p["country"] for p in mahajanga] == ["MDG"], places
    assert haversine_km(mahajanga[0]["lat"], mahajanga[0]["lon"], -15.7, 46.3) < 50, places


def test_a_province_joined_by_and_in_an_organisations_name(places_pipeline: Pipeline) -> None:
    """ "refugees from Taiz and Lahj" (the model's one organisation): two places, the second a town of
    23,000 people no word calls a place — "and" joins a list, unlike "Carthage, North Carolina"."""
    places = places_of(places_pipeline, "The cholera epidemic in Yemen has infected 500,000 people. Aid groups in "
                                        "Djibouti said they were preparing for refugees from Taiz and Lahj.")
    assert countries(places, "Lahj") == ["YEM"], places


def test_russian_and_chinese_units_by_their_full_names(places_pipeline: Pipeline) -> None:
    """ "the Yamalo-Nenets Autonomous Okrug", "Krasnodar Krai", "the Xinjiang Uygur Autonomous Region":
    the provinces, by the kind words Russia and China give them; "the Yamal Peninsula" from the alias
    table, not the okrug's capital."""
    places = places_of(places_pipeline, "Officials in Salekhard, the capital of the Yamalo-Nenets Autonomous "
                                        "Okrug, said herders on the Yamal Peninsula had been evacuated. Cases were "
                                        "found in Krasnodar Krai. In China, the Xinjiang Uygur Autonomous Region "
                                        "reported cases.")
    assert [p["admin1"] for p in exact(places, "Yamalo-Nenets Autonomous Okrug")] == ["Yamalo-Nenets"], places
    assert [p["feature"] for p in exact(places, "Krasnodar Krai")] == ["admin1"], places
    assert [p["admin1"] for p in exact(places, "Xinjiang Uygur Autonomous Region")] == ["Xinjiang"], places
    yamal = exact(places, "Yamal Peninsula")
    assert yamal and haversine_km(yamal[0]["lat"], yamal[0]["lon"], 70.0, 69.5) < 200, places


def test_a_two_letter_town_the_words_call_a_place(places_pipeline: Pipeline) -> None:
    """ "after deaths in Wa and Jirapa": a town of 78,000 people whose name is two letters, which "in"
    calls a place (two letters alone are read as initials, not names)."""
    places = places_of(places_pipeline, "Ghana's Upper West Region declared an emergency after meningitis deaths in "
                                        "Wa and Jirapa.")
    assert countries(places, "Wa") == ["GHA"], places


def test_the_four_corners_region(places_pipeline: Pipeline) -> None:
    """ "the Four Corners region, where New Mexico, Arizona, Colorado and Utah meet": the region our alias
    table names, not Four Corners, Florida."""
    places = places_of(places_pipeline, "Hantavirus was first identified in the Four Corners region, where New "
                                        "Mexico, Arizona, Colorado and Utah meet, in 1993.")
    four = [p for p in places if p["text"].startswith("Four Corners")]
    assert four and haversine_km(four[0]["lat"], four[0]["lon"], 37.0, -109.05) < 50, places


def test_a_saints_hospital_with_a_bare_apostrophe(places_pipeline: Pipeline) -> None:
    """ "treated at St Thomas' Hospital" after London: a saint's hospital (the apostrophe alone after
    the s), placed in the story's London — not St. Thomas, Ontario."""
    places = places_of(places_pipeline, "A man in Qatar was flown to London for treatment. He is being treated at "
                                        "St Thomas' Hospital.")
    assert {p["country"] for p in places if p["text"].startswith("St Thomas")} == {"GBR"}, places


def test_a_gulf_state_is_the_persian_gulf(places_pipeline: Pipeline) -> None:
    """ "a man from the Gulf state": a state of the Persian Gulf, not Papua New Guinea's Gulf province."""
    places = places_of(places_pipeline, "In Germany, a man from the Gulf state was treated in Essen.")
    gulf = exact(places, "Gulf state")
    assert gulf and gulf[0]["country"] != "PNG" and haversine_km(gulf[0]["lat"], gulf[0]["lon"], 26.5, 52) < 500, places


def test_countries_by_their_initials_and_formal_names(places_pipeline: Pipeline) -> None:
    """ "The UAE and PNG reported no cases … Burma and the Lao PDR": countries as agencies' reports write them."""
    places = places_of(places_pipeline, "The UAE and PNG reported no cases. A WHO official in Brazzaville said "
                                        "Burma and the Lao PDR had offered help.")
    assert countries(places, "PNG") == ["PNG"], places
    assert countries(places, "Lao PDR") == ["LAO"], places


def test_a_towns_suburb_named_before_of(places_pipeline: Pipeline) -> None:
    """ "the Kampala suburb of Kawempe": a suburb the gazetteer lacks, placed at the town named before
    "suburb of" — not in the district the sentence names first."""
    places = places_of(places_pipeline, "Uganda reported cholera cases in Kasese and Bundibugyo districts, and in "
                                        "the Kampala suburb of Kawempe.")
    kawempe = exact(places, "Kawempe")
    kampala = (0.3476, 32.5825)
    assert kawempe and haversine_km(kawempe[0]["lat"], kawempe[0]["lon"], *kampala) < 30, places


def test_an_island_named_after_islands_of(places_pipeline: Pipeline) -> None:
    """ "the islands of Zanzibar and Pemba": Tanzania's Pemba Island, not Pemba, a city of Mozambique;
    "the island of Sicily" stays Sicily (the gazetteer's Sicily Island is a village in Louisiana)."""
    places = places_of(places_pipeline, "In Tanzania, Dar es Salaam and the islands of Zanzibar and Pemba were "
                                        "affected. Tourists also left the island of Sicily.")
    assert countries(places, "Pemba") == ["TZA"], places
    assert countries(places, "Sicily") == ["ITA"], places


def test_a_town_the_text_puts_in_a_region_of_its_country(places_pipeline: Pipeline) -> None:
    """ "access to Douma in Eastern Ghouta" (the model's person): a town of the region the words put it in."""
    places = places_of(places_pipeline, "Polio has returned to Syria. Vaccination teams reached Raqqa and Aleppo, "
                                        "but fighting prevented access to Douma in Eastern Ghouta, outside "
                                        "Damascus.")
    assert countries(places, "Douma") == ["SYR"], places


def test_a_regency_and_a_compass_province_after_a_comma(places_pipeline: Pipeline) -> None:
    """ "the village of Kubu Simbelang in Karo regency, North Sumatra": "North Sumatra" after the comma
    names the province (a compass word opening a province's name, not a bare "North"), so neither the
    regency nor the village is Karo, Jharkhand."""
    places = places_of(places_pipeline, "Indonesia has recorded 115 deaths from bird flu, including a cluster of "
                                        "seven in the village of Kubu Simbelang in Karo regency, North Sumatra, "
                                        "in 2006.")
    for name in ("Kubu Simbelang", "Karo regency"):
        assert [p["country"] for p in exact(places, name)] == ["IDN"], (name, places)


def test_a_country_in_a_list_of_countries_is_no_town_of_a_state_named_beside(places_pipeline: Pipeline) -> None:
    """ "in Sweden, Denmark, the Netherlands and Switzerland, and in two people in Wisconsin": the
    country, though Wisconsin has a village called Denmark."""
    places = places_of(places_pipeline, "German officials said the outbreak had killed 22 people. Cases were also "
                                        "found in Sweden, Denmark, the Netherlands and Switzerland, and in two "
                                        "people in Wisconsin and Michigan who had visited Hamburg.")
    assert [(p["feature"], p["country"]) for p in exact(places, "Denmark")] == [("country", "DNK")], places


def test_a_village_near_a_town_the_text_names(places_pipeline: Pipeline) -> None:
    """ "a turkey farm at Holton, near Halesworth in Suffolk" (the gazetteer's Holton is in Kansas): near
    Halesworth, and so again when the story names Holton later, in a story that names Norfolk's towns too."""
    places = places_of(places_pipeline, "Bird flu has been confirmed at a turkey farm at Holton, near Halesworth "
                                        "in Suffolk. Poultry from Hungary was transported to Holton through "
                                        "Germany. In Norfolk, farmers near Great Witchingham and in Norwich were "
                                        "told to keep birds indoors.")
    holton = exact(places, "Holton")
    assert len(holton) == 2 and {p["country"] for p in holton} == {"GBR"}, places
    assert all(haversine_km(p["lat"], p["lon"], 52.34, 1.50) < 30 for p in holton), places


def test_a_hyphened_city_the_model_calls_a_person(places_pipeline: Pipeline) -> None:
    """ "spread to … Gonaives and Cap-Haitien in the north" in a story from Haiti (the model's persons): a
    city of 130,000 of the country the story names, by a hyphened name no person bears."""
    places = places_of(places_pipeline, "Haiti's cholera epidemic has reached Port-au-Prince. The disease has also "
                                        "spread to the Central Plateau and to Gonaives and Cap-Haitien in the "
                                        "north.")
    assert countries(places, "Cap-Haitien") == ["HTI"], places


def test_a_province_owning_a_place_of_its_own(places_pipeline: Pipeline) -> None:
    """ "Officials in Ontario's Peel Region" in a story of Los Angeles and Imperial counties: the province
    holding Peel Region, not Ontario, California."""
    places = places_of(places_pipeline, "Health officials confirmed West Nile virus in dead crows in Los Angeles "
                                        "County and Imperial County, California. Officials in Ontario's Peel Region "
                                        "and in Winnipeg also reported infected birds.")
    assert [(p["feature"], p["country"]) for p in exact(places, "Ontario")] == [("admin1", "CAN")], places


def test_west_nile_the_disease_and_the_region(places_pipeline: Pipeline) -> None:
    """ "spraying for West Nile began in Plano" in a story of the West Nile virus: the disease, no place;
    "the West Nile district of Uganda", where it was found, and "the Dakotas": regions the alias table
    names."""
    places = places_of(places_pipeline, "The West Nile virus was found in mosquitoes in Irving, and spraying for "
                                        "West Nile began in Plano. Nebraska and the Dakotas have had hundreds of "
                                        "cases. The virus was first isolated in 1937 in the West Nile district of "
                                        "Uganda.")
    nile = [p for p in places if p["text"].startswith("West Nile")]
    assert [p["text"] for p in nile] == ["West Nile district"], places
    assert haversine_km(nile[0]["lat"], nile[0]["lon"], 2.9, 31.1) < 100, places
    dakotas = [p for p in places if "Dakotas" in p["text"]]
    assert dakotas and haversine_km(dakotas[0]["lat"], dakotas[0]["lon"], 45.9, -100.3) < 200, places


def test_a_country_in_a_list_of_countries_is_no_province_of_the_storys_country(places_pipeline: Pipeline) -> None:
    """ "Niger, Cameroon and Benin banned poultry imports from Nigeria" in a story from Nigeria, which has
    a Niger state: the country."""
    places = places_of(places_pipeline, "Bird flu has been found on a farm in Kaduna state, northern Nigeria. "
                                        "Markets in Zaria and Jos were closed. Niger, Cameroon and Benin banned "
                                        "poultry imports from Nigeria.")
    assert [(p["feature"], p["country"]) for p in exact(places, "Niger")] == [("country", "NER")], places


def test_a_province_spelt_as_the_text_spells_it(places_pipeline: Pipeline) -> None:
    """ "travel to Beijing and Shanxi province": Shanxi, not Shaanxi, which the lookup's forgiven doubled
    letters also find (and lists first)."""
    places = places_of(places_pipeline, "The World Health Organization warned against travel to Beijing and Shanxi "
                                        "province.")
    shanxi = exact(places, "Shanxi province")
    assert [p["admin1"] for p in shanxi] == ["Shanxi"], places


def test_a_place_with_a_where_clause_is_no_person(places_pipeline: Pipeline) -> None:
    """ "Chad, where the disease struck N'Djamena in 2009, will begin vaccinating" (the model's person,
    and a given name): a place's relative clause — a person's would be "who"."""
    places = places_of(places_pipeline, "Mass vaccination will follow in Mali and Niger. Chad, where the disease "
                                        "struck N'Djamena and the eastern town of Abeche in 2009, will begin "
                                        "vaccinating next year.")
    assert countries(places, "Chad") == ["TCD"], places


def test_a_lake_named_after_its_province(places_pipeline: Pipeline) -> None:
    """ "wild birds at Qinghai Lake": the lake (in the alias table), some 370 km from the province's point."""
    places = places_of(places_pipeline, "The virus was first found in wild birds at Qinghai Lake in western China "
                                        "in 2005.")
    lake = exact(places, "Qinghai Lake")
    assert lake and haversine_km(lake[0]["lat"], lake[0]["lon"], 36.9, 100.1) < 50, places


def test_lakes_of_east_africa_and_asia_in_the_alias_table(places_pipeline: Pipeline) -> None:
    """ "on a farm near Lake Naivasha", "Inle Lake", "Lake Toba": lakes no packaged gazetteer has, named in
    the alias table with their points."""
    places = places_of(places_pipeline, "The disease was first identified in 1931 on a farm near Lake Naivasha in "
                                        "Kenya. Tourists left Inle Lake in Myanmar and Lake Toba in Indonesia.")
    for name, point in (("Lake Naivasha", (-0.77, 36.35)), ("Inle Lake", (20.55, 96.91)), ("Lake Toba", (2.6, 98.8))):
        fact = exact(places, name)
        assert fact and haversine_km(fact[0]["lat"], fact[0]["lon"], *point) < 30, (name, places)


def test_a_state_by_its_kind_word(places_pipeline: Pipeline) -> None:
    """ "Health authorities in Rio de Janeiro state": the state, not the municipality of its name."""
    places = places_of(places_pipeline, "Health authorities in Rio de Janeiro state have confirmed 57,000 cases of "
                                        "dengue. The worst-hit municipalities are Nova Iguacu and Duque de Caxias.")
    assert [p["feature"] for p in exact(places, "Rio de Janeiro state")] == ["admin1"], places


def where(places: list[dict[str, Any]], text: str) -> list[tuple[str | None, str | None]]:
    """(admin1, country) of the place facts whose evidence is exactly `text`, in order."""
    return [(p["admin1"], p["country"]) for p in exact(places, text)]


def test_a_facility_named_after_a_post_office_of_the_storys_state(places_pipeline: Pipeline) -> None:
    """ "troopers from the Kirkwood barracks" in a story of Binghamton: the New York post office the
    town named bare is, not Kirkwood, Missouri (the packaged lists' only sizeable Kirkwood)."""
    places = places_of(places_pipeline, "Two people were hurt Sunday when a pickup truck and a car collided on Route "
                                        "11 in Conklin, state police said. The driver of the pickup, a Binghamton "
                                        "man, was taken to a hospital in Johnson City. The car's driver, from "
                                        "Kirkwood, was treated at the scene. Troopers from the Kirkwood barracks said "
                                        "the road was closed. Traffic was diverted toward the Pennsylvania line near "
                                        "Great Bend.")
    assert where(places, "Kirkwood barracks") == [("New York", "USA")], places


def test_a_speakers_home_town_before_said(places_pipeline: Pipeline) -> None:
    """ "Sgt. James Hill of Greenwood said": the speaker's home town (the model's person), not a
    person's name before a verb of speech."""
    places = places_of(places_pipeline, "Soldiers of the Arkansas National Guard returned to Fort Smith on Saturday. "
                                        "Sgt. James Hill of Greenwood said he missed his daughter's birth.")
    assert where(places, "Greenwood") == [("Arkansas", "USA")], places


def test_a_prison_named_after_its_town(places_pipeline: Pipeline) -> None:
    """ "the Lansing Correctional Facility" in a Kansas story: the small Kansas town, which a prison,
    like a town's police or schools, is named after."""
    places = places_of(places_pipeline, "A Lawrence man was sentenced in Douglas County, Kansas, on Thursday for a "
                                        "crash near Eudora. He will serve his time at the Lansing Correctional "
                                        "Facility.")
    assert where(places, "Lansing") == [("Kansas", "USA")], places


def test_american_reservoirs_in_the_alias_table(places_pipeline: Pipeline) -> None:
    """ "Kentucky Lake", "Lake Travis": reservoirs no packaged gazetteer has, at their points."""
    places = places_of(places_pipeline, "Emergency managers in Marshall County said Kentucky Lake was rising. Boats "
                                        "were pulled from Lake Travis near Austin.")
    for name, point in (("Kentucky Lake", (36.75, -88.1)), ("Lake Travis", (30.42, -97.9))):
        fact = exact(places, name)
        assert fact and fact[0]["feature"] == "water", (name, places)
        assert haversine_km(fact[0]["lat"], fact[0]["lon"], *point) < 30, (name, places)


def test_a_states_name_after_the_is_its_river(places_pipeline: Pipeline) -> None:
    """ "barges along the Mississippi near Memphis", "where the Ohio meets the Mississippi": the rivers
    (a state takes no article) — but not "the Iowa company" nor "the Minnesota Department of
    Transportation" beside a flood, which are the states'."""
    places = places_of(places_pipeline, "Barges moved slowly along the Mississippi near Memphis as the river rose. "
                                        "The Ohio crested at Cairo on Friday. In Ohio, officials closed roads.")
    assert [p["feature"] for p in exact(places, "Mississippi")] == ["water"], places
    assert [p["feature"] for p in exact(places, "Ohio")] == ["water", "admin1"], places
    states = places_of(places_pipeline, "Flooding closed Highway 75 near the river. The Minnesota Department of "
                                        "Transportation urged caution. The Iowa company that builds levees was hired.")
    assert all(p["feature"] != "water" for p in states if p["text"].startswith(("Minnesota", "Iowa"))), states


def test_a_states_name_listed_among_counties(places_pipeline: Pipeline) -> None:
    """ "Schools in Calhoun and Washington counties": two Florida counties, not the capital (though
    "the middle of Indiana counties" stays the state's)."""
    places = places_of(places_pipeline, "Nurses in Marianna and Chipley, Florida, gave 1,200 flu shots. Schools in "
                                        "Calhoun and Washington counties will offer shots next week.")
    assert [(p["feature"], p["admin1"]) for p in exact(places, "Washington")] == [("admin2", "Florida")], places


def test_a_county_named_after_a_sentences_end(places_pipeline: Pipeline) -> None:
    """ "… in Paris. Henry County has …": the county's name is "Henry County", not "Paris. Henry
    County" — so the story's Paris, Tennessee, holds it (not Kentucky's Henry County, though the
    story names Kentucky too)."""
    places = places_of(places_pipeline, "PARIS, Tenn. — A plant will add 200 jobs next year. It makes brake parts "
                                        "for factories in Smyrna and Georgetown, Ky. The state will pay for training "
                                        "at the technology center in Paris. Henry County has had one of the highest "
                                        "jobless rates in the state. Some workers will come from Murray, just over "
                                        "the Kentucky line.")
    assert where(places, "Henry County") == [("Tennessee", "USA")], places


def test_an_unknown_town_listed_beside_a_far_town(places_pipeline: Pipeline) -> None:
    """ "trained with Iraqi police in Fallujah and Habbaniyah" in a story of Athens, Tennessee: a name
    no gazetteer has goes near the town it is listed beside, not the story's own town far away."""
    places = places_of(places_pipeline, "An Athens native commands the Marine battalion now in Iraq. He graduated "
                                        "from Athens High School and lives in Athens, Tennessee. His Marines trained "
                                        "with Iraqi police in Fallujah and Habbaniyah.")
    assert where(places, "Habbaniyah") == [("Al Anbar", "IRQ")], places


def test_a_state_across_the_state_line(places_pipeline: Pipeline) -> None:
    """ "across the state line in Washington": the state, not the capital."""
    places = places_of(places_pipeline, "The Moscow City Council voted to add bike lanes on Main Street in Moscow, "
                                        "Idaho. Riders from Pullman, across the state line in Washington, also use "
                                        "the route.")
    assert [(p["feature"], p["admin1"]) for p in exact(places, "Washington")] == [("admin1", "Washington")], places


def test_counties_of_two_words_listed_before_the_plural(places_pipeline: Pipeline) -> None:
    """ "Pastures in Potter, Randall and Deaf Smith counties": three Texas counties, the last of two words
    (the model reads an organisation "Potter, Randall and" and another "Deaf Smith") — and "In Texas"
    opening such a list is the state, no Texas County."""
    places = places_of(places_pipeline, "Ranchers across the Texas Panhandle are selling cattle early. Pastures in "
                                        "Potter, Randall and Deaf Smith counties are brown. In Texas, Moore and "
                                        "Hartley counties are also dry.")
    for name in ("Potter", "Randall", "Deaf Smith", "Moore", "Hartley"):
        assert [(p["feature"], p["admin1"]) for p in exact(places, name)] == [("admin2", "Texas")], (name, places)
    assert all(p["feature"] != "admin2" for p in exact(places, "Texas")), places


def test_a_facility_is_not_placed_at_a_town_spelt_otherwise(places_pipeline: Pipeline) -> None:
    """ "The Dunbar Toll Bridge over the Kanawha River": no town named "Toll" — not Tool, Texas, which the
    lookup's forgiveness of doubled letters finds."""
    places = places_of(places_pipeline, "The Dunbar Toll Bridge over the Kanawha River reopened Monday, the West "
                                        "Virginia Division of Highways said. The bridge links Dunbar and South "
                                        "Charleston.")
    assert all(p["admin1"] != "Texas" for p in places), places


def test_a_town_opening_a_valleys_name_inside_a_name(places_pipeline: Pipeline) -> None:
    """ "died Friday at Miami Valley Hospital" in a story of Dayton, Ohio: the Miami Valley's hospital, not
    Miami, Florida (whose state the story never names)."""
    places = places_of(places_pipeline, "Walter Combs, 78, of Dayton, Ohio, formerly of Hazard, died Friday at Miami "
                                        "Valley Hospital. He worked 30 years at a plant in Moraine.")
    assert all(p["admin1"] != "Florida" for p in places), places


def test_a_given_name_closing_a_list_of_towns_after_in(places_pipeline: Pipeline) -> None:
    """ "jobs at plants in Scottsville and Franklin" in a story of Bowling Green, Kentucky: the town
    (a given name too), listed after "in" beside a town — not "Jordan said"."""
    places = places_of(places_pipeline, "More than 200 refugees have settled in Bowling Green, Kentucky, this year. "
                                        "The center helps them find jobs at plants in Scottsville and Franklin.")
    assert where(places, "Franklin") == [("Kentucky", "USA")], places


def test_a_town_qualified_by_its_state_is_out_of_the_storys_state(places_pipeline: Pipeline) -> None:
    """ "The company, based in Troy, Mich., …" in a story of Clarksdale, Tunica and Tupelo: a US story
    qualifies other states' towns, not its own, so Michigan is not where the story is — "the governor's
    office in Jackson" is Mississippi's capital, not Jackson, Michigan."""
    places = places_of(places_pipeline, "A maker of wire harnesses will close its plant in Clarksdale and move 300 "
                                        "jobs to Reynosa, Mexico. Workers in Clarksdale and nearby Marks and Tunica "
                                        "learned of the closing Friday. The company, based in Troy, Mich., has cut "
                                        "jobs in Tupelo and Greenville in the past two years. Gov. Haley Barbour's "
                                        "office in Jackson said the state had offered incentives.")
    assert where(places, "Jackson") == [("Mississippi", "USA")], places


def test_a_metropolis_named_bare_is_no_county_of_the_storys_state(places_pipeline: Pipeline) -> None:
    """ "They flew from Birmingham to San Pedro Sula by way of Houston" in a story of Tuscaloosa: the
    metropolis, not Alabama's Houston County (a bare name of no town of the story's state)."""
    places = places_of(places_pipeline, "Members of a church in Tuscaloosa spent a week in Honduras. They flew from "
                                        "Birmingham to San Pedro Sula by way of Houston. Volunteers came from "
                                        "Northport, Cottondale and Moundville.")
    assert [(p["feature"], p["admin1"]) for p in exact(places, "Houston")] == [("city", "Texas")], places


def test_a_county_listed_first_named_like_a_foreign_province(places_pipeline: Pipeline) -> None:
    """ "volunteers from Camden and Charlton counties in Georgia": Camden County (though GeoNames' first
    Camden is a London borough) — only a US state or a country opening such a list is not a county."""
    places = places_of(places_pipeline, "As many as 850 volunteers from Camden and Charlton counties in Georgia and "
                                        "Nassau and Baker counties in Florida will clean the river.")
    assert [(p["feature"], p["admin1"]) for p in exact(places, "Camden")] == [("admin2", "Georgia")], places
    # (and so, listed before a state's name, it leaves that name a county too)
    pair = places_of(places_pipeline, "Schools in Camden and Washington counties will offer shots next week. Nurses "
                                      "in Kingsland and Woodbine, Georgia, gave 1,200 flu shots.")
    assert [(p["feature"], p["admin1"]) for p in exact(pair, "Washington")] == [("admin2", "Georgia")], pair


def test_a_saints_village_named_beside_its_county(places_pipeline: Pipeline) -> None:
    """ "His canoe was found near St. George" beside Tucker County, West Virginia: the post office the
    indexes key "Saint George", named beside the county it lies in — not St. George, Utah."""
    places = places_of(places_pipeline, "Searchers looked Monday for a boy from Elkins who disappeared while "
                                        "canoeing on the Cheat River near Parsons. His canoe was found overturned "
                                        "near St. George. Crews from Tucker and Randolph counties joined the search.")
    assert where(places, "St. George") == [("West Virginia", "USA")], places


def test_a_village_beside_its_county_is_no_giant_abroad(places_pipeline: Pipeline) -> None:
    """ "Residents of Monterey … packed a hearing" on turbines in Highland County, Virginia: the village
    of 136 people in that county, though Monterrey, Mexico, is ten thousand times its size."""
    places = places_of(places_pipeline, "A company from Charlottesville wants to build wind turbines on a ridge in "
                                        "Highland County, near the West Virginia line. Residents of Monterey packed a "
                                        "hearing Tuesday. The commission in Richmond must approve it.")
    assert where(places, "Monterey") == [("Virginia", "USA")], places


def test_an_outbreak_spread_to_a_city_and_its_suburbs(places_pipeline: Pipeline) -> None:
    """ "Cholera spread to Harare and the city's suburbs of Mbare and Kuwadzana": "spread to" puts what
    follows at a place (the model's organisation "Harare" is the capital), and the suburbs no gazetteer has
    are placed at the city named before their list."""
    places = places_of(places_pipeline, "Cholera spread to Harare and the city's suburbs of Mbare and Kuwadzana.")
    assert where(places, "Harare") == [("Harare", "ZWE")], places
    for suburb in ("Mbare", "Kuwadzana"):
        fact = exact(places, suburb)
        assert fact and fact[0]["country"] == "ZWE" and haversine_km(fact[0]["lat"], fact[0]["lon"], -17.83,
                                                                     31.05) < 30, (suburb, places)


def test_madagascars_regions_in_the_alias_table(places_pipeline: Pipeline) -> None:
    """ "in the Atsimo-Andrefana region near Toliara", "the Analamanga and Vakinankaratra regions": the
    22 regions that replaced Madagascar's six provinces, which the packages still list — and "the Sofia
    region" is Madagascar's, while Sofia alone stays Bulgaria's capital."""
    places = places_of(places_pipeline, "Health workers travelled to villages in the Atsimo-Andrefana region near "
                                        "Toliara. Plague cases were reported in the Analamanga and Vakinankaratra "
                                        "regions and in the Sofia region of Madagascar. Officials in Sofia, "
                                        "Bulgaria, sent aid.")
    for name, point in (("Atsimo-Andrefana", (-22.5, 44.5)), ("Analamanga", (-18.9, 47.5)),
                        ("Vakinankaratra", (-19.9, 47.0)), ("Sofia region", (-15.4, 48.0))):
        fact = exact(places, name)
        assert fact and fact[0]["country"] == "MDG", (name, places)
        assert haversine_km(fact[0]["lat"], fact[0]["lon"], *point) < 50, (name, places)
    assert countries(places, "Sofia") == ["BGR"], places


def test_an_apposition_says_what_the_name_is(places_pipeline: Pipeline) -> None:
    """ "Antigua, a colonial town known for its churches" in a story from Guatemala: the apposition
    says the name is a town — Antigua Guatemala, not the island country our alias table calls
    Antigua; a following word that makes the kind word an adjective says nothing ("the state
    prosecutor")."""
    places = places_of(places_pipeline, "An earthquake of magnitude 6.2 shook central Guatemala on Tuesday, the "
                       "country's seismology institute said. Walls of several churches cracked in Antigua, a "
                       "colonial town known for its churches, and in Chimaltenango. Officials in Guatemala City "
                       "said no deaths were reported.")
    assert where(places, "Antigua") == [("Sacatepéquez", "GTM")]
    places = places_of(places_pipeline, "Cricket fans packed the ground in St. John's on Saturday. Antigua, the "
                       "state prosecutor said, will host the final next year.")
    assert countries(places, "Antigua") == ["ATG"]


def test_a_small_towns_name_inside_a_hyphened_brand_is_no_place(places_pipeline: Pipeline) -> None:
    """ "a Wal-Mart": a small town's name (Mart, Texas) joined by a hyphen to a word that names no
    place is part of a brand's name, however often the story repeats it; two places joined so are
    still both read ("the Fargo-Moorhead area")."""
    places = places_of(places_pipeline, "Wal-Mart bomb threat called a hoax\nKEARNEY -- A message about a bomb at "
                       "a Wal-Mart is being passed around by text, but the Kearney Police Department says the "
                       "threat is false. The message tells people not to go to Wal-Mart because of a bomb. Police "
                       "received calls about a bomb at Wal-Mart. Wal-Mart was told of the reports by its home office.")
    assert not [p for p in places if "Mart" in p["text"]]
    places = places_of(places_pipeline, "Flooding closed roads across the Fargo-Moorhead area on Tuesday, and "
                       "crews in Cass County worked through the night.")
    assert "Moorhead" in [p["name"] for p in places] and "Fargo" in [p["name"] for p in places]


def test_a_name_read_as_a_country_vouches_for_no_town_of_its_name(places_pipeline: Pipeline) -> None:
    """ "vaccines from Geneva" in a story that names Russia and China: once "Russia" is read as the
    country, Russia, Ohio no longer vouches for a Geneva near it (Geneva, Indiana) — the WHO's city."""
    places = places_of(places_pipeline, "Kyrgyzstan reported 800 new measles cases this month, most of them in "
                       "Bishkek and Osh. The World Health Organization said it had flown vaccines from Geneva, and "
                       "Russia and China sent doctors to the border districts.")
    assert countries(places, "Geneva") == ["CHE"]


def test_a_native_of_a_town_named_like_a_person(places_pipeline: Pipeline) -> None:
    """ "Angela Reed, a native of Florence": no one is a native of a person, so the given name is the
    town (Florence, Alabama, beside Tuscumbia and Muscle Shoals) — it was dropped as a given name."""
    places = places_of(places_pipeline, "The Tuscumbia City Board of Education on Monday named Angela Reed, a "
                       "native of Florence, as principal of Deshler High School. Reed taught in Muscle Shoals and "
                       "Sheffield for 15 years before joining the Colbert County school system.")
    assert where(places, "Florence") == [("Alabama", "USA")]


def test_a_towns_city_schools_name_the_town(places_pipeline: Pipeline) -> None:
    """ "Cole's record in Decatur City Schools": the town's school system, as "the Troy City Council" is
    the town's council — Decatur, not a post office called Decatur City."""
    places = places_of(places_pipeline, "The Hartselle City Board of Education on Monday picked Dana Cole, a "
                       "principal in Decatur, to lead the system. Board member Tim Sandlin said Cole's record in "
                       "Decatur City Schools stood out. Cole will start in August; Morgan County Schools is also "
                       "hiring.")
    assert [p["name"] for p in places if p["text"].startswith("Decatur")] == ["Decatur", "Decatur"]


def test_a_word_inside_an_events_name_after_mountain_is_no_place(places_pipeline: Pipeline) -> None:
    """ "the Mountain Laurel Crafts Fair": "Mountain " ends in the letters "in ", which had been read
    as the word "in" before a place (Laurel County); a place's name leads an event's name or follows
    "of" or "in" as words."""
    places = places_of(places_pipeline, "More than 5,000 people attended the Mountain Laurel Crafts Fair in "
                       "Pikeville on Saturday, organizers said. Vendors came from Hazard, Prestonsburg and "
                       "Paintsville.")
    assert not [p for p in places if "Laurel" in p["text"]]
    assert [p["text"] for p in places][:1] == ["Pikeville"]


def test_a_team_town_the_model_calls_a_person_on_a_state_associations_page(places_pipeline: Pipeline) -> None:
    """ "a 52-47 loss to Waunakee in the WIAA Division 2 regional final … Waunakee advances": the model's
    one-word person, three times, is a Wisconsin town's team where the page names the state's schools'
    association (it had been taken for a person whose full name the page lost)."""
    places = places_of(places_pipeline, "Elkhorn saw its season end Saturday with a 52-47 loss to Waunakee in the "
                       "WIAA Division 2 regional final. Waunakee led by eight at halftime and held on despite a "
                       "late rally. Senior guard Kayla Brandt scored 17 points for Elkhorn, which finished 18-6. "
                       "Waunakee advances to the sectional at Monroe High School on Thursday.")
    assert where(places, "Waunakee") == [("Wisconsin", "USA")] * 3


def test_a_states_name_listed_with_a_town_of_the_storys_state_near_a_town_of_its_name(
        places_pipeline: Pipeline) -> None:
    """ "two daughters in Cincinnati and Wyoming" in a story from Norwood, Ohio: a state's name listed
    with a town of the story's state, which has a town of that name near it, is the town (Wyoming,
    Ohio); states listed together stay states ("a brother in Kentucky")."""
    places = places_of(places_pipeline, "Helen Meyer, 79, of Norwood, died Saturday. She was born in Hamilton and "
                       "worked for 30 years at a bakery in Reading. She leaves two daughters in Cincinnati and "
                       "Wyoming, a brother in Kentucky and Indiana cousins.")
    assert [(p["feature"], p["admin1"]) for p in exact(places, "Wyoming")] == [("city", "Ohio")]
    assert [p["feature"] for p in exact(places, "Kentucky")] == ["admin1"]


def test_a_bearing_from_a_given_name_puts_the_town(places_pipeline: Pipeline) -> None:
    """ "Provincial Road 205 south of Morris": no person lies south of anything, so the given name is
    the town (Morris, Manitoba) — it was dropped as a given name."""
    places = places_of(places_pipeline, "Water covered Provincial Road 205 south of Morris on Friday, Manitoba "
                       "officials said. Crews in Winnipeg and Selkirk were on standby.")
    assert where(places, "Morris") == [("Manitoba", "CAN")]



def test_an_airport_named_without_the_town_its_full_name_holds(places_pipeline: Pipeline) -> None:
    """ "Hartsfield-Jackson International Airport": news leaves out the town the airport's full name
    holds ("Hartsfield/Jackson Atlanta International Airport"); the airport is found and placed at its
    own point, not at the story's town."""
    places = places_of(places_pipeline, "Thunderstorms grounded flights at Hartsfield-Jackson International Airport "
                       "for two hours on Monday, and trees fell on homes in Marietta and Decatur.")
    airport = mention(places, "Hartsfield-Jackson International Airport")
    assert airport["feature"] == "airport" and abs(airport["lat"] - 33.64) < 0.05 and abs(airport["lon"] + 84.43) < 0.05



def test_a_given_name_inside_a_list_of_towns_after_from(places_pipeline: Pipeline) -> None:
    """ "crews from Jersey City, Elizabeth and Kearny": a given name in the middle of a list that a
    preposition opens joins the list's towns (Elizabeth, New Jersey); it was dropped as a given name,
    which only a list's last name escaped."""
    places = places_of(places_pipeline, "Newark firefighters battled a three-alarm blaze at a vacant warehouse "
                       "early Friday. Crews from Jersey City, Elizabeth and Kearny were called in to help, the fire "
                       "director said.")
    assert where(places, "Elizabeth") == [("New Jersey", "USA")]


def test_nearby_before_a_name_says_place(places_pipeline: Pipeline) -> None:
    """ "the Kraft plant in nearby Champaign": "nearby" before a name puts a place beside another (the
    word before the name is "nearby", not "in", and the model tags nothing)."""
    places = places_of(places_pipeline, "Springfield school board members voted on Monday to close two schools. "
                       "Enrollment has fallen since the Kraft plant in nearby Champaign cut jobs, and Decatur "
                       "schools face the same problem.")
    assert where(places, "Champaign") == [("Illinois", "USA")]


def test_a_school_named_like_a_far_states_town_is_no_place(places_pipeline: Pipeline) -> None:
    """ "Fremont Elementary" in a story of Illinois towns: a school bearing the name of a town of a
    state the story is not in is named after someone, not Fremont, California."""
    places = places_of(places_pipeline, "The Springfield school board voted Monday to close Fremont Elementary "
                       "next year. Families in Chatham and Rochester will be sent to Pittman School, and bus "
                       "routes from Decatur will change.")
    assert not [p for p in places if p["admin1"] == "California"]
    assert where(places, "Chatham") == [("Illinois", "USA")]


def test_a_school_board_named_like_a_far_states_village_is_no_place(places_pipeline: Pipeline) -> None:
    """ "the Lakeview Board of Education" in a story from Columbus, Nebraska: the local district's board,
    not Lakeview, New York (a small town of a state the story is not in)."""
    places = places_of(places_pipeline, "COLUMBUS -- The Lakeview Board of Education met Monday with representatives "
                       "from an Omaha firm to set the criteria for a new superintendent. Board members from Platte "
                       "Center and Duncan said the search should end by March.")
    assert not [p for p in places if p["admin1"] == "New York"]
    assert where(places, "Omaha") == [("Nebraska", "USA")]


def test_a_given_name_a_person_comes_from_is_a_town(places_pipeline: Pipeline) -> None:
    """ "a 22-year-old from Clinton": people come from places, so the given name the model calls a
    person is the town (Clinton, Mississippi, beside Jackson and Hinds County)."""
    places = places_of(places_pipeline, "Police in Jackson said Tuesday they had arrested a second suspect in the "
                       "shooting. The suspect, a 22-year-old from Clinton, was held in the Hinds County Detention "
                       "Center.")
    assert where(places, "Clinton") == [("Mississippi", "USA")]


def test_a_town_qualified_by_another_state_vouches_for_no_bare_name(places_pipeline: Pipeline) -> None:
    """An obituary of Michigan towns with "a daughter in Fort Wayne, Ind.": a story qualifies only
    other states' towns, so the bare "Greenville" is Michigan's, not Greenville, Ohio for lying near
    Fort Wayne (the qualified town, the only one of its name, vouched for it)."""
    places = places_of(places_pipeline, "Mary Ellen Fisk, 84, of Greenville died Friday at the hospital in "
                       "Coldwater. She was born in Hillsdale and taught school in Quincy and Union City for 30 "
                       "years. She is survived by a son in Kalamazoo and a daughter in Fort Wayne, Ind.")
    assert where(places, "Greenville") == [("Michigan", "USA")]
    assert where(places, "Fort Wayne") == [("Indiana", "USA")]


def test_a_small_towns_given_name_inside_a_list_of_towns(places_pipeline: Pipeline) -> None:
    """ "firefighters from Franklin, Clinton and Milford": a small town's name that is a given name,
    and that the model calls a person, in the middle of a list of towns joins them (Clinton,
    Massachusetts); only a big town's did (Elizabeth, New Jersey)."""
    places = places_of(places_pipeline, "Firefighters from Franklin, Clinton and Milford were called to a barn fire "
                       "in Bellingham late Sunday. The Massachusetts state fire marshal is investigating.")
    assert where(places, "Clinton") == [("Massachusetts", "USA")]


def test_a_given_name_listed_after_residents_of_a_town(places_pipeline: Pipeline) -> None:
    """ "residents of Oak Ridge and Clinton": a noun whose "of X" is a place opens the list, so the
    given name that closes it is a town too (Clinton, Tennessee, beside Anderson County)."""
    places = places_of(places_pipeline, "A boil-water notice was lifted Thursday for residents of Oak Ridge and "
                       "Clinton after tests showed the water was safe, the Anderson County health department said.")
    assert where(places, "Clinton") == [("Tennessee", "USA")]
