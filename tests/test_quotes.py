"""Quotes: the seed's eleven statements, and each pattern the annotator must handle."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph


def matching(record: dict[str, Any], starts_with: str, ends_with: str) -> list[dict[str, Any]]:
    def trim(s: str) -> str:
        return s.rstrip(" .,")

    return [q for q in record["quotes"]
            if q["text"].startswith(starts_with) and trim(q["text"]).endswith(trim(ends_with))]


def test_every_seed_quote_is_found(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    for expected in gold["quotes"]:
        found = matching(seed_record, expected["starts_with"], expected["ends_with"])
        assert len(found) == 1, expected
        quote = found[0]
        assert quote["kind"] == expected["kind"], expected
        assert quote["speaker"]["name"] == expected["speaker"], expected
        assert quote["cue"]["text"] == expected["cue"], expected
        if "speaker_mention" in expected:
            assert quote["speaker_mention"]["text"] == expected["speaker_mention"], expected


def test_seed_not_quotes_are_not_reported(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    for item in gold["not_quotes"]:
        start = seed_record["text"].index(item["text"])
        end = start + len(item["text"])
        assert not [q for q in seed_record["quotes"] if q["start"] < end and q["end"] > start], item


def quotes_of(text: str) -> list[dict[str, Any]]:
    return newsgraph.analyze(text)["quotes"]


def by_content(quotes: list[dict[str, Any]], fragment: str) -> dict[str, Any]:
    found = [q for q in quotes if fragment in q["text"]]
    assert len(found) == 1, (fragment, [q["text"] for q in quotes])
    return found[0]


def test_quote_broken_by_its_attribution() -> None:
    quotes = quotes_of("Talks collapsed on Monday after hours of argument in Geneva.\n\n"
                       "“We came here in good faith,” said Maria Okonkwo, the lead negotiator. "
                       "“They did not.”")
    first, second = by_content(quotes, "good faith"), by_content(quotes, "They did not")
    assert first["text"] == "We came here in good faith,"
    assert first["kind"] == second["kind"] == "direct"
    assert first["speaker"]["name"] == second["speaker"]["name"] == "Maria Okonkwo"


@pytest.mark.parametrize("opening,closing", [("\"", "\""), ("«", "»"), ("“", "”")])
def test_straight_curly_and_angle_quotes(opening: str, closing: str) -> None:
    quotes = quotes_of("Protests spread to three more cities over the weekend.\n\n"
                       f"The interior minister, Karim Haddad, said: {opening}We will not allow chaos in the "
                       f"streets.{closing}")
    quote = by_content(quotes, "We will not allow chaos")
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Karim Haddad"


def test_quote_running_over_paragraphs() -> None:
    quotes = quotes_of("The general spoke for an hour at the base.\n\n"
                       "“Our forces are ready for any scenario, and they know what is asked of them,” said "
                       "General Samir Othman.\n\n"
                       "“We have trained for this for years. There will be no surprise.\n\n"
                       "“Whoever tests us will regret it.”")
    assert by_content(quotes, "trained for this")["speaker"]["name"] == "Samir Othman"
    assert by_content(quotes, "Whoever tests us")["speaker"]["name"] == "Samir Othman"


def test_pronoun_resolves_to_the_right_earlier_person() -> None:
    quotes = quotes_of("Prime Minister Lena Varga met opposition leader Tomas Becker on Friday.\n\n"
                       "Becker said the meeting had been frank. “We agreed on nothing,” he said.")
    assert by_content(quotes, "agreed on nothing")["speaker"]["name"] == "Tomas Becker"
    assert by_content(quotes, "meeting had been frank")["speaker"]["name"] == "Tomas Becker"


def test_surname_resolves_to_full_name() -> None:
    quotes = quotes_of("Defence Minister Yusuf Karimi visited the front on Sunday.\n\n"
                       "“The line will hold,” Karimi told reporters.")
    quote = by_content(quotes, "The line will hold")
    assert quote["speaker"]["name"] == "Yusuf Karimi"
    assert quote["speaker_mention"]["text"] == "Karimi"
    assert quote["cue"]["text"] == "told"


def test_reported_speech_patterns() -> None:
    quotes = quotes_of("The foreign ministry said that the ambassador had been summoned over the strikes, "
                       "adding that a formal protest would follow.\n\n"
                       "According to the health ministry, 14 people were killed in the attack.")
    summoned = by_content(quotes, "ambassador had been summoned")
    assert summoned["kind"] == "indirect" and summoned["cue"]["text"] == "said"
    assert summoned["speaker"]["kind"] == "organisation"
    assert not summoned["text"].startswith("that")
    follow = by_content(quotes, "formal protest would follow")
    assert follow["cue"]["text"] == "adding" and follow["speaker"]["kind"] == "organisation"
    killed = by_content(quotes, "14 people were killed")
    assert killed["cue"]["text"] == "According to" and killed["speaker"]["kind"] == "organisation"


def test_unnamed_group_speakers() -> None:
    quotes = quotes_of("Officials said the convoy had been hit twice near the border crossing.")
    quote = by_content(quotes, "convoy had been hit")
    assert quote["speaker"] == {"name": None, "kind": "unnamed", "plural": True, "entity": None}


def test_mixed_quote() -> None:
    quotes = quotes_of("Opposition leader Amal Saadeh said the new law was “a declaration of war on the "
                       "press” and vowed to challenge it.")
    quote = by_content(quotes, "declaration of war")
    assert quote["kind"] == "mixed"
    assert quote["text"].startswith("the new law was")


def test_headline_statements() -> None:
    record = newsgraph.analyze("Ceasefire will not survive another week, UN envoy warns\n\n"
                               "The UN envoy, Hans Lindqvist, told the Security Council on Tuesday that the "
                               "truce was collapsing. “Every day brings new violations,” Lindqvist said.")
    headline = [q for q in record["quotes"] if q["kind"] == "headline"]
    assert len(headline) == 1
    assert headline[0]["text"] == "Ceasefire will not survive another week"
    assert headline[0]["cue"]["text"] == "warns"
    assert headline[0]["speaker"]["name"] == "Hans Lindqvist"


def test_scare_quotes_and_titles_are_terms_not_quotes() -> None:
    record = newsgraph.analyze("Fighters attacked a convoy of the “occupier” again on Monday, under what the "
                               "militia describes as its so-called “liberation plan”.\n\n"
                               "Her new book, “The Long Road to Mosul”, was published last year.\n\n"
                               "It is estimated that 3,000 people fled the town.")
    assert record["quotes"] == []
    kinds = {t["text"]: t["kind"] for t in record["terms"]}
    assert kinds == {"occupier": "term", "liberation plan": "term", "The Long Road to Mosul": "title"}


def test_words_someone_called_something_are_their_quote() -> None:
    quotes = quotes_of("Pennsylvania's governor vetoed the bill on Friday.\n\n"
                       "Gov. Diane Whitaker called the bill “a raid on rural districts” and vowed to fight on.")
    quote = by_content(quotes, "raid on rural districts")
    assert quote["kind"] == "direct" and quote["cue"]["text"] == "called"
    assert quote["speaker"]["name"] == "Diane Whitaker"


def test_statement_offsets_point_at_their_evidence() -> None:
    record = newsgraph.analyze("“We will rebuild,” the mayor said on Tuesday.")
    quote = record["quotes"][0]
    text = record["text"]
    assert text[quote["start"] : quote["end"]] == quote["text"] == "We will rebuild,"
    assert text[quote["cue"]["start"] : quote["cue"]["end"]] == "said"
    assert text[quote["speaker_mention"]["start"] : quote["speaker_mention"]["end"]] == "the mayor"


def test_when_a_statement_was_made_is_linked_apart_from_what_it_mentions(seed_record: dict[str, Any],
                                                                       gold: dict[str, Any]) -> None:
    quotes = {q["id"]: q for q in seed_record["quotes"]}
    said_at = {quotes[link["quote"]]["text"][:30]: link["text"] for link in seed_record["statement_times"]
               if link["role"] == "said_at"}
    for expected in gold["quotes"]:
        if "time" in expected:
            assert said_at[expected["starts_with"][:30]] == expected["time"]
    record = newsgraph.analyze("“We will hold elections in June 2026,” the prime minister said on Sunday.")
    roles = {link["text"]: link["role"] for link in record["statement_times"]}
    assert roles == {"June 2026": "mentions", "on Sunday": "said_at"}
    for link in record["statement_times"]:
        assert record["text"][link["start"] : link["end"]] == link["text"]
