"""Event rows: written on save from the record's `events` layer, read back by type, actor and date.

Called by `Store` inside its own transactions (only the store speaks SQL). A record saved
again is "unchanged" and writes nothing; `INSERT OR IGNORE` on (article, event id) keeps a
repeated call from duplicating rows all the same.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EventRow:
    article_id: str
    title: str | None
    event_id: str
    type: str
    mode: str | None
    modality: str
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    said_by: str | None = None
    location: str | None = None
    time_value: str | None = None
    event_date: str | None = None
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    evidence: str = ""
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


def _event_date(event: dict[str, Any], published: str | None) -> str | None:
    value = (event.get("time") or {}).get("value") or ""
    if _DAY.match(value):
        return value[:10]
    return published[:10] if published else None


def save_events(db: sqlite3.Connection, record: dict[str, Any]) -> None:
    """Insert the record's events and their actors (inside Store.save's transaction)."""
    published = (record.get("document") or {}).get("published")
    for ev in record.get("events", []):
        counts = ev.get("counts") or {}
        said = ev.get("said_by") or {}
        cur = db.execute(
            "INSERT OR IGNORE INTO event(article_id, event_id, type, mode, modality, said_by, statement_id, location, "
            "time_id, time_value, event_date, dead, injured, size, trigger_start, trigger_end, trigger_text, "
            "evidence_start, evidence_end, acled_event_type, acled_sub_event_type) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                record["id"],
                ev["id"],
                ev["type"],
                ev.get("mode"),
                ev["modality"],
                said.get("name") or said.get("text"),
                said.get("statement"),
                (ev.get("location") or {}).get("text"),
                (ev.get("time") or {}).get("id"),
                (ev.get("time") or {}).get("value"),
                _event_date(ev, published),
                counts.get("dead"),
                counts.get("injured"),
                counts.get("size"),
                ev["trigger"]["start"],
                ev["trigger"]["end"],
                ev["trigger"]["text"],
                ev["evidence"]["start"],
                ev["evidence"]["end"],
                ev.get("acled_event_type"),
                ev.get("acled_sub_event_type"),
            ),
        )
        if not cur.rowcount:
            continue
        pk = cur.lastrowid
        db.executemany(
            "INSERT INTO event_actor(event_pk, role, position, name, text, start, end) VALUES (?,?,?,?,?,?,?)",
            [
                (pk, role, n, m["name"], m.get("text"), m.get("start"), m.get("end"))
                for role, key in (("actor", "actors"), ("recipient", "recipients"))
                for n, m in enumerate(ev.get(key, []))
            ],
        )


def events(
    db: sqlite3.Connection,
    type_: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    limit: int = 200,
) -> list[EventRow]:
    """Stored events, newest first. `type_`: a PLOVER type; `actor`: part of an actor's or
    recipient's name or words (case-insensitive); `since`: YYYY-MM-DD, on the event's date."""
    where, args = [], []
    if type_:
        where.append("e.type = ?")
        args.append(type_.upper())
    if actor:
        where.append(
            "e.pk IN (SELECT event_pk FROM event_actor WHERE name LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
        )
        pattern = "%" + actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        args += [pattern, pattern]
    if since:
        where.append("e.event_date >= ?")
        args.append(since)
    sql = (
        "SELECT e.*, a.title, substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence "
        "FROM event e JOIN article a ON a.id = e.article_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.event_date DESC, e.article_id, e.trigger_start LIMIT ?"
    args.append(limit)
    rows = db.execute(sql, args).fetchall()
    out = []
    for r in rows:
        people = db.execute(
            "SELECT role, name FROM event_actor WHERE event_pk = ? ORDER BY role, position", (r["pk"],)
        ).fetchall()
        out.append(
            EventRow(
                article_id=r["article_id"],
                title=r["title"],
                event_id=r["event_id"],
                type=r["type"],
                mode=r["mode"],
                modality=r["modality"],
                actors=[p["name"] for p in people if p["role"] == "actor"],
                recipients=[p["name"] for p in people if p["role"] == "recipient"],
                said_by=r["said_by"],
                location=r["location"],
                time_value=r["time_value"],
                event_date=r["event_date"],
                dead=r["dead"],
                injured=r["injured"],
                size=r["size"],
                trigger=r["trigger_text"],
                trigger_start=r["trigger_start"],
                trigger_end=r["trigger_end"],
                evidence=r["evidence"],
                acled_event_type=r["acled_event_type"],
                acled_sub_event_type=r["acled_sub_event_type"],
            )
        )
    return out


__all__ = ["EventRow", "events", "save_events"]
