"""How outlets describe actors: the descriptor table, written on save and read for comparison.

One row per describing phrase (the ng_descriptors layer). `wording` groups them by actor and
outlet so that "the Israeli regime" (one outlet) and "Israel" with no label (another) sit side by
side; each label keeps its count and an example article so a reader can check the evidence.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Wording:
    actor: str
    outlet: str | None
    label: str
    kind: str
    count: int
    articles: int
    example_article: str
    example_text: str


def save_descriptors(db: sqlite3.Connection, record: dict[str, Any], outlet_id: int | None) -> None:
    """Insert the record's descriptors (called inside Store.save's transaction)."""
    db.executemany(
        "INSERT OR IGNORE INTO descriptor(article_id, outlet_id, fact_id, start, end, text, label, kind, actor, "
        "mention, mention_start, mention_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(record["id"], outlet_id, d["id"], d["start"], d["end"], d["text"], d["label"], d["kind"],
          (d.get("actor") or {}).get("name") or d["entity"]["text"], d["entity"]["text"], d["entity"]["start"],
          d["entity"]["end"])
         for d in record.get("descriptors", [])],
    )


def wording(db: sqlite3.Connection, actor: str | None = None, outlet: str | None = None,
            limit: int = 200) -> list[Wording]:
    """Labels per actor and outlet, most used first. `actor` and `outlet` match case-insensitively
    (the outlet by name or domain)."""
    where, args = [], []
    if actor:
        where.append("(d.actor = ? COLLATE NOCASE OR d.mention = ? COLLATE NOCASE)")
        args += [actor, actor]
    if outlet:
        where.append("(o.name = ? COLLATE NOCASE OR o.domain = ? COLLATE NOCASE)")
        args += [outlet, outlet]
    sql = ("SELECT d.actor, o.name, d.label, d.kind, COUNT(*), COUNT(DISTINCT d.article_id), MIN(d.article_id), "
           "MIN(d.text) FROM descriptor d LEFT JOIN outlet o ON o.id = d.outlet_id "
           + ("WHERE " + " AND ".join(where) + " " if where else "")
           + "GROUP BY d.actor, o.name, d.label, d.kind ORDER BY d.actor, COUNT(*) DESC, o.name, d.label LIMIT ?")
    return [Wording(*row) for row in db.execute(sql, (*args, limit))]
