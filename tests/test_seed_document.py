"""The seed article, copied from a browser, read as the gold file says it should be."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph


def parts(record: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [p for p in record["parts"] if p["type"] == kind]


def test_section_path_title_and_outlet(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    article = gold["article"]
    meta = seed_record["document"]
    assert meta["section_path"] == article["section_path"]
    assert meta["title"] == article["title"]
    assert parts(seed_record, "title")[0]["text"] == article["title"]
    assert meta["outlet"]["name"] == article["outlet"]["name"]
    assert meta["outlet"]["domain"] == article["outlet"]["domain"]
    assert meta["outlet"]["known"] is True
    assert meta["published"] is None  # the page does not say, and nothing may be invented


def test_caption_kept_apart_with_its_credit(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    expected = gold["article"]["captions"]
    captions = parts(seed_record, "caption")
    credits = parts(seed_record, "credit")
    assert [c["text"] for c in captions] == [c["text"] for c in expected]
    assert [c["text"] for c in credits] == [c["credit"] for c in expected]
    # the credit lies after its caption, on the caption's line, not in the body
    assert captions[0]["end"] < credits[0]["start"] < parts(seed_record, "paragraph")[0]["start"]


def test_body_paragraphs(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    article = gold["article"]
    body = parts(seed_record, "paragraph")
    assert len(body) == article["body_paragraph_count"] == seed_record["stats"]["paragraphs"]
    assert body[0]["text"].startswith(article["body_starts_with"])
    assert body[-1]["text"].endswith(article["body_ends_with"])
    joined = "\n\n".join(p["text"] for p in body)
    for chrome in article["body_must_not_contain"]:
        assert chrome not in joined
        # chrome is gone from the cleaned text as a whole, credits aside
        if chrome != "Photo by AFP":
            assert chrome not in seed_record["text"]


def test_curly_quotes_survive_and_no_break_spaces_are_normalised(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    assert "Asa’ib Ahl al-Haq" in text and "“As resistance groups" in text
    assert "\u00a0" not in text and "\r" not in text


def test_entities_include_the_speaker_and_his_movement(seed_record: dict[str, Any]) -> None:
    found = {(e["text"], e["label"]) for e in seed_record["entities"]}
    assert ("Qais Khazali", "PERSON") in found
    assert ("Asa’ib Ahl al-Haq", "ORG") in found
    # the surname alone is the same person, not an organisation (the small model says ORG)
    assert {e["label"] for e in seed_record["entities"] if e["text"] == "Khazali"} == {"PERSON"}


def test_the_photo_credit_is_not_a_story_entity(seed_record: dict[str, Any]) -> None:
    # whether or not the model tags it, AFP is never a mention in the story
    assert all(e["role"] == "credit" for e in seed_record["entities"] if e["text"] == "AFP")
    in_credit = [e for e in seed_record["entities"] if e["part"] == "credit-1"]
    assert all(e["role"] == "credit" for e in in_credit)


def test_sentences_never_cross_parts(seed_record: dict[str, Any]) -> None:
    bounds = [(p["start"], p["end"]) for p in seed_record["parts"] if p["type"] != "credit"]
    for sent in seed_record["sentences"]:
        inside = [b for b in bounds if b[0] <= sent["start"] and sent["end"] <= b[1]]
        line_of_credit = sent["part"] and sent["part"].startswith("credit")
        assert inside or line_of_credit, sent
    first_body = parts(seed_record, "paragraph")[0]
    assert any(s["start"] == first_body["start"] for s in seed_record["sentences"])


def test_a_text_that_is_all_caption_is_its_own_article() -> None:
    """A photo item pasted as one block ends with its credit: with no other prose it is the article
    (it used to be rejected as "no article text"), and it is still read (its places found)."""
    from newsgraph.document.text import parse_copied_text

    item = ("Drumming up interest. Richmond native Jeff Hamilton plies the drumsticks. Hamilton will appear on "
            "national television this week in Chicago. (Supplied photo)")
    page = parse_copied_text(item)
    assert page.paragraphs == [item] and page.captions == []
    record = newsgraph.analyze(item)
    assert "Chicago" in [record["text"][p["start"]:p["end"]] for p in record["places"]]
    # beside a body, the same line stays a caption
    page = parse_copied_text("Jazz week\n" + item + "\nThe concert is on Friday at the civic centre, organisers said.")
    assert page.captions == [item]


def test_an_article_on_one_line_that_ends_with_its_copyright_notice() -> None:
    """A story pasted as one line closes with its outlet's notice ("… All rights reserved."): the
    story is kept without the notice (it used to be dropped whole as a copyright line, "no article
    text"); a notice on a line of its own is still chrome."""
    from newsgraph.document.text import parse_copied_text

    body = ("(CNN) — After a record drought that featured no major hurricane landfalls in the United States, "
            "2017 roared to life. Colorado State University issued its preliminary seasonal forecast on Thursday, "
            "and forecasters expect a slightly above-average season with fourteen named storms. The National "
            "Oceanic and Atmospheric Administration will provide its hurricane outlook in May.")
    notice = "The-CNN-Wire™ & © 2018 Cable News Network, Inc., a Time Warner Company. All rights reserved."
    page = parse_copied_text(f"{body} {notice}")
    assert page.paragraphs == [body]
    record = newsgraph.analyze(f"{body} {notice}")
    assert record["text"].endswith("outlook in May.") and "Cable News Network" not in record["text"]
    page = parse_copied_text(f"Storm season\n{body}\n{notice}")
    assert page.paragraphs == [body]


def test_a_last_paragraph_that_ends_with_a_link_label_is_kept() -> None:
    """ "… to discuss the company's data protection plan. Read More:" — the label of a link the copy
    lost: the paragraph is kept without it (it used to be dropped with the page's tail, so the
    article lost "travel to Washington"); a label on a line of its own is still chrome."""
    from newsgraph.document.text import parse_copied_text

    first = ("Facebook now says up to 87 million users may have had their data exploited by a consultancy, "
             "roughly a quarter of the U.S. population.")
    last = ("Facebook CEO Mark Zuckerberg will travel to Washington next week to testify before Congress to "
            "discuss the company's data protection plan.")
    page = parse_copied_text(f"{first}\n\n{last} Read More: \n\nCredits. Jane Doe, NBC News. Updated: April 05")
    assert page.paragraphs == [first, last]
    page = parse_copied_text(f"{first}\nRead More:\n{last}")
    assert page.paragraphs == [first, last]


def test_windows_1252_bytes_read_as_latin_1_become_their_characters() -> None:
    """C1 control characters in a text are Windows-1252 punctuation read as Latin-1: the cleaned
    text has the dash and quotes they stand for (one character each, so offsets stay put), and
    the dateline before the dash is read as one."""
    from newsgraph.document.normalize import clean_block

    assert clean_block("NEWARK \x97 He said \x93yes\x94\x85 \x81") == "NEWARK — He said “yes”…"
    record = newsgraph.analyze("Shop opens. March 30, 2009 NEWARK \x97 Wess Henry opened a fishing shop on Monday "
                               "with friends from Heath, Ohio, and more from Granville.")
    assert "NEWARK" in [record["text"][p["start"]:p["end"]] for p in record["places"]]


def test_a_text_of_one_short_sentence_is_its_own_article() -> None:
    """A single short sentence ("Shelling hit Daraa on Sunday.") is the whole article: it used to be
    dropped as a label left at a page's end ("no article text"). A bare label is still no article."""
    from newsgraph.errors import ExtractionError

    record = newsgraph.analyze("Shelling hit Daraa on Sunday.")
    assert record["text"] == "Shelling hit Daraa on Sunday."
    assert [(p["text"], p["country"]) for p in record["places"]] == [("Daraa", "SYR")]
    with pytest.raises(ExtractionError):
        newsgraph.analyze("Related stories")
