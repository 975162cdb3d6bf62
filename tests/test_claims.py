"""ng_claims: the numbers an article states, with what they count, where, how sure and who says so."""

from __future__ import annotations

from typing import Any

import newsgraph


def claims_of(text: str) -> list[dict[str, Any]]:
    record = newsgraph.analyze(text)
    for claim in record["claims"]:
        for key in ("number", "subject"):
            part = claim[key]
            assert record["text"][part["start"] : part["end"]] == part["text"]
        assert record["text"][claim["start"] : claim["end"]] == claim["text"]
    return record["claims"]


def test_seed_claim(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    for item in gold["claims"]:
        found = [c for c in seed_record["claims"] if item["text_contains"] in c["text"]]
        assert found, seed_record["claims"]
        claim = found[0]
        assert claim["quantity"] == item["quantity"] and claim["unit"] == item["unit"]
        assert claim["location"]["text"] == item["location"]
        assert claim["hedge"]["text"] == item["hedge"]
        assert claim["attributed_to"] is None and item["attributed_to"] is None


def test_bounds_hedges_and_who_says_it() -> None:
    claim, = claims_of("Israeli forces have reportedly killed more than 40 people in the camp since the raid began, "
                       "officials said.")
    assert (claim["quantity"], claim["bound"], claim["unit"]) == (40, "more than", "people")
    assert claim["hedge"]["text"] == "reportedly"
    assert claim["attributed_to"]["mention"] == "officials" and claim["attributed_to"]["statement"]


def test_money_and_vague_magnitudes() -> None:
    claim, = claims_of("The United States pledged $2 billion in humanitarian aid to Sudan, according to the State "
                       "Department.")
    assert (claim["quantity"], claim["unit"], claim["number"]["text"]) == (2e9, "USD", "$2 billion")
    assert claim["attributed_to"] == {"name": None, "mention": "the State Department", "statement": None}
    claim, = claims_of("Thousands of people marched through the capital on Friday to demand the release of activists.")
    assert (claim["quantity"], claim["magnitude"], claim["unit"]) == (None, "thousands", "people")


def test_times_ages_names_and_back_references_are_not_claims() -> None:
    assert not claims_of("Three days ago, a 34-year-old man was arrested near Tower 22 in Jordan, police said on "
                         "Monday, and the two suspects were questioned in 2019.")


def test_a_number_word_at_the_root_of_its_sentence_ends() -> None:
    """ "2 million." standing alone makes "million" the sentence's root, its own head: the walk up
    from the number to what it counts must stop there (it once looped forever, stalling a batch)."""
    import signal

    def stalled(signum: int, frame: object) -> None:
        raise TimeoutError("ng_claims did not finish")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(20)
    try:
        claims = claims_of("Budget talks. 2 million. The council met on Monday and approved 40 new posts.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [(c["quantity"], c["unit"]) for c in claims] == [(40, "posts")]
