"""Events in the store, the `events` command, and the PLOVER and ACLED-style exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.exporters.acled import COLUMNS, write_acled_csv
from newsgraph.exporters.plover import plover_records


def _stored(make_store: Any, seed_record: dict[str, Any]) -> Any:
    store = make_store()
    assert store.save(seed_record)[0] == "added"
    return store


def test_events_are_saved_once(make_store: Any, seed_record: dict[str, Any]) -> None:
    store = _stored(make_store, seed_record)
    rows = store.events(limit=1000)
    assert len(rows) == len(seed_record["events"])
    assert store.save(seed_record)[0] == "unchanged"
    assert len(store.events(limit=1000)) == len(rows)
    n_actors = store._db.execute("SELECT COUNT(*) FROM event_actor").fetchone()[0]
    assert n_actors == sum(len(e["actors"]) + len(e["recipients"]) for e in seed_record["events"])


def test_events_by_type_actor_and_date(make_store: Any, seed_record: dict[str, Any]) -> None:
    store = _stored(make_store, seed_record)
    threats = store.events(type="THREATEN")
    assert threats and all(r.type == "THREATEN" for r in threats)
    assert all(r.said_by == "Qais Khazali" for r in threats)
    assert any("Asa’ib Ahl al-Haq" in r.actors for r in threats)
    by_actor = store.events(actor="emirates")
    assert by_actor and all(any("emirat" in n.lower() for n in r.actors + r.recipients) for r in by_actor)
    assault = store.events(type="assault")[0]
    assert assault.trigger == seed_record["text"][assault.trigger_start : assault.trigger_end]
    assert "drone strike" in assault.evidence
    # the seed carries no publication date, so no event has a date on or after any day
    assert store.events(since="1900-01-01") == [r for r in store.events() if r.event_date]


def test_events_command(tmp_path: Path, make_store: Any, seed_record: dict[str, Any]) -> None:
    store = make_store("cli.db")
    store.save(seed_record)
    store.close()
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main, ["events", "--db", db, "--type", "CONSULT", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and {r["type"] for r in rows} == {"CONSULT"}
    text = CliRunner().invoke(main, ["events", "--db", db, "--actor", "Soleimani"])
    assert text.exit_code == 0 and "ASSAULT/drone" in text.output and "1 event(s)" in text.output


def test_plover_records(seed_record: dict[str, Any]) -> None:
    items = list(plover_records([seed_record]))
    assert len(items) == len(seed_record["events"])
    for item, ev in zip(items, seed_record["events"], strict=True):
        assert item["id"].endswith(ev["id"]) and item["event"] == [ev["type"]]
        assert isinstance(item["actor"], list) and "date" in item
        assert item["text"] == ev["evidence"]["text"]
        assert 1 <= item["quad_code"] <= 4
    assault = next(i for i in items if i["event"] == ["ASSAULT"])
    assert assault["mode"] == ["drone"] and assault["size"] == {"dead": 2}
    assert {a["identifier_text"] for a in assault["recipient"]} == {"Qassem Soleimani", "Abu Mahdi al-Muhandis"}


def test_acled_csv(seed_record: dict[str, Any]) -> None:
    out = io.StringIO()
    n = write_acled_csv([seed_record], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0].keys()) == COLUMNS and len(rows) == n
    coded = [e for e in seed_record["events"] if e["acled_event_type"]]
    assert n == len(coded)
    strike = next(r for r in rows if r["plover_type"] == "ASSAULT")
    assert strike["event_type"] == "Explosions/Remote violence" and strike["sub_event_type"] == "Air/drone strike"
    assert strike["fatalities"] == "2" and "drone strike" in strike["notes"]


def test_export_formats_from_the_cli(tmp_path: Path, make_store: Any, seed_record: dict[str, Any]) -> None:
    store = make_store("x.db")
    store.save(seed_record)
    store.close()
    db = str(tmp_path / "x.db")
    plover = CliRunner().invoke(main, ["export", "--db", db, "--format", "plover"])
    assert plover.exit_code == 0
    assert len(plover.output.splitlines()) == len(seed_record["events"])
    acled_path = tmp_path / "events.csv"
    acled = CliRunner().invoke(main, ["export", "--db", db, "--format", "acled-csv", "-o", str(acled_path)])
    assert acled.exit_code == 0
    assert acled_path.read_text("utf-8").splitlines()[0].split(",")[:4] == COLUMNS[:4]


def test_import_cameo_verbs_command(tmp_path: Path) -> None:
    from .conftest import SHARED, need

    verbs = need(SHARED / "data" / "petrarch2-dictionaries" / "CAMEO.2.0.txt")
    mapping = need(SHARED / "data" / "plover" / "CAMEO2PLOVER-2021.txt")
    out = tmp_path / "lexicon.json"
    result = CliRunner().invoke(
        main, ["kb", "import-cameo-verbs", str(verbs), "--mapping", str(mapping), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "verb readings" in result.output and out.exists()
    assert json.loads(out.read_text("utf-8"))["source"] == "cameo:CAMEO.2.0.txt"
