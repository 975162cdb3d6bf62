"""PLOVER JSON records (the manual's "data format" section): one JSON object per event, written as
JSON Lines as the manual suggests.

Required fields: `id`, `date`, `actor` (entity objects), `event` (a list of categories). We add
the optional `recipient`, `mode`, `event_loc`, `event_text`, `text`, `text_info` (sentence
offsets), `quad_code`, `size` (dead/injured), `coder`, `coded_date` and newsgraph's own `modality`,
`said_by`, `article_id` and ACLED view. Entity objects carry `entity_text` and
`identifier_text` (the resolved name); no country or sector codes are guessed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

# PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


def _entity(mention: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"identifier_text": mention.get("name")}
    if mention.get("text"):
        out["entity_text"] = mention["text"]
        out["start"], out["end"] = mention["start"], mention["end"]
    return out


def _date(event: dict[str, Any], published: str | None) -> str | None:
    value = (event.get("time") or {}).get("value") or ""
    if len(value) >= 10 and value[:4].isdigit() and value[5:7].isdigit() and value[8:10].isdigit():
        return value[:10]
    return published


def plover_records(records: Iterable[dict[str, Any]], coder: str = "newsgraph") -> Iterator[dict[str, Any]]:
    """One PLOVER record per event of each analysis record."""
    coded = datetime.now(UTC).date().isoformat()
    for record in records:
        published = (record.get("document") or {}).get("published")
        text = record.get("text", "")
        for ev in record.get("events", []):
            counts = {k: v for k, v in (ev.get("counts") or {}).items() if v is not None}
            item: dict[str, Any] = {
                "id": f"{record['id']}-{ev['id']}",
                "date": _date(ev, published),
                "actor": [_entity(m) for m in ev.get("actors", [])],
                "recipient": [_entity(m) for m in ev.get("recipients", [])],
                "event": [ev["type"]],
                "mode": [ev["mode"]] if ev.get("mode") else [],
                "event_text": [ev["trigger"]["text"]],
                "quad_code": QUAD.get(ev["type"]),
                "text": text[ev["evidence"]["start"] : ev["evidence"]["end"]],
                "text_info": {
                    "start": ev["evidence"]["start"],
                    "end": ev["evidence"]["end"],
                    "trigger_start": ev["trigger"]["start"],
                    "trigger_end": ev["trigger"]["end"],
                },
                "coder": coder,
                "coded_date": coded,
                "modality": ev.get("modality"),
                "article_id": record["id"],
            }
            if ev.get("location"):
                item["event_loc"] = {
                    "text": ev["location"]["text"],
                    "start": ev["location"]["start"],
                    "end": ev["location"]["end"],
                }
            if ev.get("time"):
                item["time_text"] = ev["time"].get("text")
            if counts:
                item["size"] = counts
            if ev.get("said_by"):
                item["said_by"] = ev["said_by"].get("name") or ev["said_by"].get("text")
            if ev.get("acled_event_type"):
                item["acled_event_type"] = ev["acled_event_type"]
                item["acled_sub_event_type"] = ev.get("acled_sub_event_type")
            url = (record.get("document") or {}).get("canonical_url") or (record.get("document") or {}).get("url")
            if url:
                item["cite_info"] = {"url": url, "title": (record.get("document") or {}).get("title")}
            yield item


def write_plover(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write PLOVER records as JSON Lines; returns how many."""
    n = 0
    for item in plover_records(records):
        out.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


__all__ = ["QUAD", "plover_records", "write_plover"]
