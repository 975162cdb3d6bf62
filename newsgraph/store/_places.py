"""Place and time rows (migration 0004): written with each saved record, read back for maps and
date filters. Called from `Store`; like the rest of the store package, the only code here that
speaks SQL about these tables."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PlaceRow:
    article_id: str
    place_id: str
    start: int
    end: int
    text: str
    name: str | None
    feature: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    country: str | None
    precision: str | None
    confidence: float | None
    same_as: str | None
    mention: str = "name"  # name | demonym | in_name (migration 0009)


@dataclass(frozen=True)
class TimeRow:
    article_id: str
    time_id: str
    start: int
    end: int
    text: str
    type: str | None
    value: str | None
    granularity: str | None


def save_places_times(db: sqlite3.Connection, record: dict[str, Any]) -> None:
    """Replace the article's place and time rows with those of `record` (inside the caller's
    transaction), so saving the same record again leaves the same rows."""
    article_id = record["id"]
    db.execute("DELETE FROM place WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM time_expr WHERE article_id = ?", (article_id,))
    db.executemany(
        "INSERT INTO place(article_id, place_id, start, end, text, name, feature, lat, lon, admin1, country, "
        "precision, confidence, same_as, mention) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(article_id, p["id"], p["start"], p["end"], p["text"], p.get("name"), p.get("feature"), p.get("lat"),
          p.get("lon"), p.get("admin1"), p.get("country"), p.get("precision"), p.get("confidence"), p.get("same_as"),
          p.get("mention", "name"))
         for p in record.get("places") or []],
    )
    db.executemany(
        "INSERT INTO time_expr(article_id, time_id, start, end, text, type, value, granularity) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [(article_id, t["id"], t["start"], t["end"], t["text"], t.get("type"), t.get("value"), t.get("granularity"))
         for t in record.get("times") or []],
    )


def places(db: sqlite3.Connection, article_id: str | None = None) -> list[PlaceRow]:
    """Place mentions of one article (or of the whole store), in article and text order."""
    sql = ("SELECT p.article_id, p.place_id, p.start, p.end, p.text, p.name, p.feature, p.lat, p.lon, p.admin1, "
           "p.country, p.precision, p.confidence, p.same_as, p.mention "
           "FROM place p JOIN article a ON a.id = p.article_id")
    args: tuple[Any, ...] = ()
    if article_id is not None:
        sql += " WHERE p.article_id = ?"
        args = (article_id,)
    sql += " ORDER BY a.pk, p.start"
    return [PlaceRow(*row) for row in db.execute(sql, args).fetchall()]


def times(db: sqlite3.Connection, article_id: str | None = None) -> list[TimeRow]:
    """Temporal expressions of one article (or of the whole store), in article and text order."""
    sql = ("SELECT t.article_id, t.time_id, t.start, t.end, t.text, t.type, t.value, t.granularity "
           "FROM time_expr t JOIN article a ON a.id = t.article_id")
    args: tuple[Any, ...] = ()
    if article_id is not None:
        sql += " WHERE t.article_id = ?"
        args = (article_id,)
    sql += " ORDER BY a.pk, t.start"
    return [TimeRow(*row) for row in db.execute(sql, args).fetchall()]


__all__ = ["PlaceRow", "TimeRow", "places", "save_places_times", "times"]
