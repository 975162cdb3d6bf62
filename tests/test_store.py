"""The SQLite store: schema, idempotency, failures, search, read-only use."""

from __future__ import annotations

import copy
import json
import sqlite3
from typing import Any

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import Store


def test_schema_is_created_and_migrated(make_store) -> None:
    store = make_store()
    assert store.schema_version >= 1
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    # reopening an up-to-date file migrates nothing and keeps the data
    store.record_failure("x.html", "source", "empty input")
    store.close()
    again = Store(store.path)
    assert again.counts()["failure"] == 1
    again.close()


def test_same_content_twice_is_unchanged(make_store, seed_record: dict[str, Any]) -> None:
    store = make_store()
    assert store.save(seed_record) == ("added", seed_record["id"])
    before = store.counts()
    assert store.save(seed_record) == ("unchanged", seed_record["id"])
    assert store.counts() == before
    assert before["article"] == 1 and before["entity"] == len(seed_record["entities"])
    assert before["part"] == len(seed_record["parts"])


def test_same_canonical_url_is_unchanged(make_store, seed_record: dict[str, Any]) -> None:
    store = make_store()
    first = copy.deepcopy(seed_record)
    first["document"]["canonical_url"] = "https://www.presstv.ir/Detail/2021/03/12/1"
    store.save(first)
    edited = copy.deepcopy(first)
    edited["text"] += " An update."
    edited["content_sha256"] = "0" * 64
    edited["id"] = "art_0000000000000000"
    assert store.save(edited) == ("unchanged", seed_record["id"])
    assert store.counts()["article"] == 1


def test_stored_record_reads_back_identically(make_store, seed_record: dict[str, Any]) -> None:
    store = make_store()
    store.save(seed_record)
    assert store.record(seed_record["id"]) == json.loads(json.dumps(seed_record))
    assert store.record(seed_record["id"][:10]) == store.record(seed_record["id"])  # unique prefix
    assert store.record("art_does_not_exist") is None
    assert [r["id"] for r in store.records()] == [seed_record["id"]]


def test_failures_are_one_row_per_source(make_store) -> None:
    store = make_store()
    store.record_failure("bad.html", "source", "empty input")
    store.record_failure("bad.html", "source", "empty input")
    store.record_failure("other.html", "document", "no article text found in the page")
    failures = store.failures()
    assert [(f.source, f.stage) for f in failures] == [("bad.html", "source"), ("other.html", "document")]


def test_success_clears_an_earlier_failure(make_store, seed_record: dict[str, Any]) -> None:
    store = make_store()
    location = seed_record["source"]["location"]
    store.record_failure(location, "source", "timed out")
    store.save(seed_record)
    assert store.failures() == []


def test_full_text_search(make_store, seed_record: dict[str, Any]) -> None:
    store = make_store()
    store.save(seed_record)
    hits = store.search("Khazali")
    assert hits and hits[0][0] == seed_record["id"] and "[Khazali]" in hits[0][2]
    assert store.search("Muhandis")  # words from the body, not just the title
    assert store.search("nonexistentword") == []
    with pytest.raises(StoreError, match="bad search query"):
        store.search('"unbalanced')


def test_readonly_store_never_writes(make_store, seed_record: dict[str, Any], tmp_path) -> None:
    store = make_store()
    store.save(seed_record)
    store.close()
    reader = Store(store.path, readonly=True)
    assert reader.record(seed_record["id"])["id"] == seed_record["id"]
    with pytest.raises(StoreError, match="read-only"):
        reader.record_failure("x", "source", "y")
    reader.close()
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", readonly=True)


def test_top_entities_leave_out_credits_and_numbers(make_store, seed_record: dict[str, Any]) -> None:
    store = make_store()
    store.save(seed_record)
    top = store.top_entities(seed_record["id"], limit=50)
    names = {name for name, _, _ in top}
    assert "Iraq" in names and "Khazali" in names
    assert not names & {"AFP", "2,500", "Thursday"}
