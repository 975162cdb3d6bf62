"""ACLED-style CSV: one row per event that ACLED would code (see docs/acled-mapping.md), with
ACLED's column names where the meaning is the same. Events ACLED does not code (verbal events,
threats, plans, negated and hypothetical events) are left out unless `all_events` is set."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "location",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "plover_type",
    "plover_mode",
    "modality",
    "injured",
    "article_id",
    "trigger",
    "trigger_start",
    "trigger_end",
]


def _day(event: dict[str, Any], published: str | None) -> str:
    value = (event.get("time") or {}).get("value") or ""
    if len(value) >= 10 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit() and value[8:10].isdigit():
        return value[:10]
    return published or ""


def acled_rows(records: Iterable[dict[str, Any]], all_events: bool = False) -> Iterable[dict[str, Any]]:
    for record in records:
        doc = record.get("document") or {}
        text = record.get("text", "")
        for ev in record.get("events", []):
            if not ev.get("acled_event_type") and not all_events:
                continue
            actors = [m["name"] for m in ev.get("actors", [])]
            recipients = [m["name"] for m in ev.get("recipients", [])]
            counts = ev.get("counts") or {}
            yield {
                "event_id_cnty": f"{record['id']}-{ev['id']}",
                "event_date": _day(ev, doc.get("published")),
                "event_type": ev.get("acled_event_type") or "",
                "sub_event_type": ev.get("acled_sub_event_type") or "",
                "actor1": actors[0] if actors else "",
                "assoc_actor_1": "; ".join(actors[1:]),
                "actor2": recipients[0] if recipients else "",
                "assoc_actor_2": "; ".join(recipients[1:]),
                "location": (ev.get("location") or {}).get("text", ""),
                "source": (doc.get("outlet") or {}).get("name") or doc.get("sitename") or "",
                "source_scale": "",
                "notes": text[ev["evidence"]["start"] : ev["evidence"]["end"]],
                "fatalities": counts.get("dead") if counts.get("dead") is not None else 0,
                "plover_type": ev["type"],
                "plover_mode": ev.get("mode") or "",
                "modality": ev.get("modality") or "",
                "injured": counts.get("injured") if counts.get("injured") is not None else "",
                "article_id": record["id"],
                "trigger": ev["trigger"]["text"],
                "trigger_start": ev["trigger"]["start"],
                "trigger_end": ev["trigger"]["end"],
            }


def write_acled_csv(records: Iterable[dict[str, Any]], out: TextIO, all_events: bool = False) -> int:
    """Write the CSV with a header row; returns how many event rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(records, all_events):
        writer.writerow(row)
        n += 1
    return n


__all__ = ["COLUMNS", "acled_rows", "write_acled_csv"]
