"""Records match the published JSON Schema (newsgraph/schema/analysis.schema.json)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import newsgraph


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(resources.files("newsgraph.schema").joinpath("analysis.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_seed_record_matches_schema(validator: Draft202012Validator, seed_record: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(seed_record), key=str)
    assert not errors, errors[:3]


def test_html_record_matches_schema(validator: Draft202012Validator) -> None:
    html = ("<html lang='en'><head><title>Talks resume</title>"
            "<meta property='article:published_time' content='2024-05-02T10:00:00Z'>"
            "<link rel='canonical' href='https://www.reuters.com/world/talks-resume'></head><body><article>"
            "<h1>Talks resume</h1>"
            + "".join(f"<p>Negotiators from both governments met for the {n} time in Muscat on Thursday, "
                      f"officials said, describing the session as constructive.</p>" for n in
                      ("first", "second", "third", "fourth"))
            + "</article></body></html>")
    record = newsgraph.analyze(html)
    assert not list(validator.iter_errors(record))
    assert record["document"]["published"] == "2024-05-02"
    assert record["document"]["outlet"]["name"] == "Reuters"


def test_a_broken_record_fails_validation(validator: Draft202012Validator, seed_record: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(seed_record))
    broken["entities"][0]["start"] = -1
    del broken["document"]["outlet"]
    assert len(list(validator.iter_errors(broken))) >= 2
