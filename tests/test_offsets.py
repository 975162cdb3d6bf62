"""Evidence offsets: every fact's `text` is exactly `text[start:end]`, in every record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph import Pipeline, RawPage

from .conftest import EXAMPLES

FACT_LAYERS = ("parts", "sentences", "entities", "quotes", "terms", "events", "times", "places")
SUB_SPANS = ("cue", "speaker_mention")  # evidence pieces inside a fact (quotes)


def assert_offsets(record: dict[str, Any]) -> int:
    text = record["text"]
    checked = 0
    for layer in FACT_LAYERS:
        ids = [f["id"] for f in record[layer]]
        assert len(ids) == len(set(ids)), f"duplicate ids in {layer}"
        for fact in record[layer]:
            assert 0 <= fact["start"] < fact["end"] <= len(text), (layer, fact)
            assert text[fact["start"] : fact["end"]] == fact["text"], (layer, fact)
            checked += 1
            for key in SUB_SPANS:
                piece = fact.get(key)
                if piece:
                    assert text[piece["start"] : piece["end"]] == piece["text"], (layer, key, fact)
                    checked += 1
    return checked


def test_seed_offsets(seed_record: dict[str, Any]) -> None:
    assert assert_offsets(seed_record) > 100


def example_pages() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".html", ".txt"))


@pytest.mark.parametrize("path", example_pages(), ids=lambda p: p.name)
def test_example_offsets(pipeline: Pipeline, path: Path) -> None:
    record = pipeline.analyze_raw(RawPage(location=str(path), kind="file", data=path.read_bytes()))
    assert record["stats"]["paragraphs"] >= 3
    assert assert_offsets(record) > 20


def test_messy_whitespace_keeps_offsets_exact(pipeline: Pipeline) -> None:
    text = ("Headline\u00a0with  odd\tspacing\r\n\r\n"
            "The minister\u00a0said on\u200b Monday that talks would resume.  Officials in Baghdad agreed.\r\n\r\n"
            "“We will not accept it,” he said\u00a0— adding that Iraq’s position was firm and unchanged.")
    record = pipeline.analyze_raw(RawPage(location="<t>", kind="text", data=text.encode()))
    assert assert_offsets(record) > 5
    assert "\u00a0" not in record["text"] and "\u200b" not in record["text"]
    assert "Iraq’s" in record["text"]


def test_ids_are_stable_across_runs(pipeline: Pipeline, seed_bytes: bytes, seed_record: dict[str, Any]) -> None:
    again = pipeline.analyze_raw(RawPage(location="elsewhere.txt", kind="file", data=seed_bytes))
    assert again["id"] == seed_record["id"]
    for layer in FACT_LAYERS:
        assert [f["id"] for f in again[layer]] == [f["id"] for f in seed_record[layer]]
