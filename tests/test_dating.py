"""ng_dating: an undated article's publication window, bounded by what it says."""

from __future__ import annotations

from typing import Any

import newsgraph


def estimate(record: dict[str, Any]) -> dict[str, Any]:
    found = [f for f in record["dating"] if f["kind"] == "estimate"]
    assert len(found) == 1
    return found[0]


def test_seed_window_contains_the_true_one(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    truth = gold["article"]["published_estimate"]
    est = estimate(seed_record)
    assert est["not_before"] <= truth["not_before"] and est["not_after"] >= truth["not_after"]
    # and it is a real bound, not "any time": within the Trump-out-of-office years
    assert est["not_before"] == "2021-01-20" and est["not_after"] == "2025-01-19"
    evidence = {f["id"]: f for f in seed_record["dating"]}
    assert evidence[est["evidence"][0]]["text"] == "former US President Donald Trump"
    for fact in seed_record["dating"]:
        assert seed_record["text"][fact["start"] : fact["end"]] == fact["text"]


def test_former_office_holder_sets_a_lower_bound() -> None:
    record = newsgraph.analyze("Former President Barack Obama urged voters in Michigan on Monday to turn out "
                               "early, telling a crowd that the election would be close.")
    est = estimate(record)
    assert est["not_before"] == "2017-01-20" and est["not_after"] is None


def test_then_president_says_nothing_about_the_present() -> None:
    record = newsgraph.analyze("The deal was signed by then-President Barack Obama in 2015, officials recalled "
                               "on Tuesday as talks on a new agreement began in Vienna.")
    assert record["dating"] == []


def test_contradictions_give_no_window() -> None:
    # Biden is out of office only from 2025-01-20, Trump only before it: no day fits both
    record = newsgraph.analyze("Former President Joe Biden and former President Donald Trump both sent messages "
                               "to the conference in Brussels on Monday, organisers said.")
    est = estimate(record)
    assert est["not_before"] is None and est["not_after"] is None
    assert "contradict" in est["why"]
