"""The SQLite store. Only this package speaks SQL; everything else calls its typed methods.

One writer connection (WAL mode) owns every transaction; readers may open the file read-only.
The schema is created and migrated here: `migrations/NNNN_*.sql`, applied in order, with
`PRAGMA user_version` recording the last one applied.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..errors import StoreError

SaveResult = Literal["added", "unchanged"]


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("newsgraph.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.read_text("utf-8")))
    return sorted(found)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Failure:
    source: str
    stage: str
    reason: str
    first_seen: str
    last_seen: str


@dataclass(frozen=True)
class QuoteRow:
    article_id: str
    title: str | None
    quote_id: str
    kind: str
    start: int
    end: int
    text: str
    cue: str | None
    speaker_name: str | None
    speaker_kind: str | None
    speaker_mention: str | None
    confidence: float


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    paragraphs: int
    entities: int
    quotes: int


class Store:
    """A newsgraph database file. `Store(path)` creates and migrates it; `readonly=True` opens an
    existing file without ever writing to it."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"no database at {self.path}")
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.row_factory = sqlite3.Row
            if not readonly:
                self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    # -- schema ---------------------------------------------------------------------------------
    def _migrate(self) -> None:
        current = self._db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in _migrations():
            if number <= current:
                continue
            # executescript commits first, so the script and its version bump run in one
            # explicit transaction of their own
            self._db.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------
    def _write(self) -> sqlite3.Connection:
        if self.readonly:
            raise StoreError("the store was opened read-only")
        return self._db

    def seen_source(self, source_sha256: str) -> str | None:
        """The article id already made from these exact input bytes, if any."""
        row = self._db.execute("SELECT article_id FROM source_seen WHERE source_sha256 = ?",
                               (source_sha256,)).fetchone()
        return row[0] if row else None

    def article_for_url(self, url: str) -> str | None:
        """The id of the stored article with this URL or canonical URL, if any."""
        row = self._db.execute("SELECT id FROM article WHERE canonical_url = ? OR url = ? LIMIT 1",
                               (url, url)).fetchone()
        return row[0] if row else None

    def save(self, record: dict[str, Any]) -> tuple[SaveResult, str]:
        """Store one analysis record. The same cleaned text or canonical URL is "unchanged"."""
        db = self._write()
        meta = record["document"]
        source = record.get("source") or {}
        try:
            db.execute("BEGIN IMMEDIATE")
            existing = db.execute(
                "SELECT id FROM article WHERE content_sha256 = ? OR (canonical_url IS NOT NULL AND canonical_url = ?)",
                (record["content_sha256"], meta.get("canonical_url")),
            ).fetchone()
            if existing:
                self._remember_source(source, existing[0])
                db.execute("DELETE FROM failure WHERE source = ?", (source.get("location"),))
                db.execute("COMMIT")
                return "unchanged", existing[0]
            outlet_id = self._outlet_id(meta.get("outlet") or {})
            db.execute(
                "INSERT INTO article(id, content_sha256, canonical_url, url, title, outlet_id, published, "
                "language, section_path, text, record, schema, source_location, added_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (record["id"], record["content_sha256"], meta.get("canonical_url"), meta.get("url"),
                 meta.get("title"), outlet_id, meta.get("published"), meta.get("language"),
                 json.dumps(meta.get("section_path") or [], ensure_ascii=False), record["text"],
                 json.dumps(record, ensure_ascii=False, sort_keys=True), record["schema"],
                 source.get("location"), _now()),
            )
            db.executemany(
                "INSERT INTO part(article_id, part_id, type, start, end) VALUES (?,?,?,?,?)",
                [(record["id"], p["id"], p["type"], p["start"], p["end"]) for p in record.get("parts", [])],
            )
            db.executemany(
                "INSERT INTO entity(article_id, entity_id, label, name, text, start, end, part_id, role) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                [(record["id"], e["id"], e["label"], e.get("name") or e["text"], e["text"], e["start"], e["end"],
                  e.get("part"), e.get("role", "mention")) for e in record.get("entities", [])],
            )
            db.executemany(
                "INSERT INTO quote(article_id, quote_id, kind, start, end, text, cue, speaker_name, speaker_kind, "
                "speaker_mention, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [(record["id"], q["id"], q["kind"], q["start"], q["end"], q["text"], (q.get("cue") or {}).get("text"),
                  (q.get("speaker") or {}).get("name"), (q.get("speaker") or {}).get("kind"),
                  (q.get("speaker_mention") or {}).get("text"), q["confidence"]) for q in record.get("quotes", [])],
            )
            self._remember_source(source, record["id"])
            db.execute("DELETE FROM failure WHERE source = ?", (source.get("location"),))
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(f"cannot save article {record.get('id')}: {exc}") from exc
        return "added", record["id"]

    def _remember_source(self, source: dict[str, Any], article_id: str) -> None:
        if source.get("sha256"):
            self._db.execute(
                "INSERT INTO source_seen(source_sha256, article_id, location) VALUES (?,?,?) "
                "ON CONFLICT(source_sha256) DO NOTHING",
                (source["sha256"], article_id, source.get("location")),
            )

    def _outlet_id(self, outlet: dict[str, Any]) -> int | None:
        key = outlet.get("domain") or (f"name:{outlet['name']}" if outlet.get("name") else None)
        if key is None:
            return None
        state = outlet.get("state_affiliated")
        self._db.execute(
            "INSERT INTO outlet(key, name, domain, country, owner, state_affiliated, funding, known) "
            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET name=excluded.name, "
            "country=excluded.country, owner=excluded.owner, state_affiliated=excluded.state_affiliated, "
            "funding=excluded.funding, known=excluded.known",
            (key, outlet.get("name"), outlet.get("domain"), outlet.get("country"), outlet.get("owner"),
             None if state is None else int(state), outlet.get("funding"), int(bool(outlet.get("known")))),
        )
        return int(self._db.execute("SELECT id FROM outlet WHERE key = ?", (key,)).fetchone()[0])

    def record_failure(self, source: str, stage: str, reason: str) -> None:
        now = _now()
        self._write().execute(
            "INSERT INTO failure(source, stage, reason, first_seen, last_seen) VALUES (?,?,?,?,?) "
            "ON CONFLICT(source) DO UPDATE SET stage=excluded.stage, reason=excluded.reason, "
            "last_seen=excluded.last_seen",
            (source, stage, reason, now, now),
        )

    # -- reading ----------------------------------------------------------------------------------
    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored record by id; a unique prefix of the id (at least 6 characters) also works."""
        row = self._db.execute("SELECT record FROM article WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 6:
            rows = self._db.execute("SELECT record FROM article WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                                    (_like_prefix(article_id),)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return json.loads(row[0]) if row else None

    def records(self) -> Iterator[dict[str, Any]]:
        for (rec,) in self._db.execute("SELECT record FROM article ORDER BY pk"):
            yield json.loads(rec)

    def articles(self, limit: int | None = None) -> list[ArticleSummary]:
        rows = self._db.execute(
            "SELECT a.id, a.title, o.name AS outlet, a.published, COALESCE(a.canonical_url, a.url) AS url, "
            "(SELECT COUNT(*) FROM part p WHERE p.article_id = a.id AND p.type = 'paragraph') AS paragraphs, "
            "(SELECT COUNT(*) FROM entity e WHERE e.article_id = a.id) AS entities, "
            "(SELECT COUNT(*) FROM quote q WHERE q.article_id = a.id) AS quotes "
            "FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id ORDER BY a.pk LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [ArticleSummary(**dict(r)) for r in rows]

    def top_speakers(self, article_id: str, limit: int = 4) -> list[tuple[str, int]]:
        """(speaker, statements) of an article's most quoted named speakers."""
        rows = self._db.execute(
            "SELECT speaker_name, COUNT(*) AS n FROM quote WHERE article_id = ? AND speaker_name IS NOT NULL "
            "GROUP BY speaker_name ORDER BY n DESC, speaker_name LIMIT ?",
            (article_id, limit),
        ).fetchall()
        return [(r["speaker_name"], r["n"]) for r in rows]

    def top_entities(self, article_id: str, limit: int = 8) -> list[tuple[str, str, int]]:
        """(name, label, mentions) of an article's most mentioned entities, credits left out."""
        rows = self._db.execute(
            "SELECT name, label, COUNT(*) AS n FROM entity WHERE article_id = ? AND role != 'credit' "
            "AND label NOT IN ('CARDINAL','ORDINAL','QUANTITY','PERCENT','MONEY','DATE','TIME') "
            "GROUP BY name, label ORDER BY n DESC, name LIMIT ?",
            (article_id, limit),
        ).fetchall()
        return [(r["name"], r["label"], r["n"]) for r in rows]

    def failures(self) -> list[Failure]:
        rows = self._db.execute("SELECT source, stage, reason, first_seen, last_seen FROM failure ORDER BY source")
        return [Failure(**dict(r)) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str | None, str]]:
        """Full-text search over titles and texts: (article id, title, snippet)."""
        try:
            rows = self._db.execute(
                "SELECT a.id, a.title, snippet(article_fts, 1, '[', ']', '…', 12) AS snip "
                "FROM article_fts JOIN article a ON a.pk = article_fts.rowid "
                "WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [(r["id"], r["title"], r["snip"]) for r in rows]

    def quotes(self, speaker: str | None = None, contains: str | None = None, limit: int = 50) -> list[QuoteRow]:
        """Statements, newest articles first; `speaker` matches any part of the resolved name or
        the mention, `contains` is a phrase searched in the content (FTS5)."""
        sql = ("SELECT q.article_id, a.title, q.quote_id, q.kind, q.start, q.end, q.text, q.cue, q.speaker_name, "
               "q.speaker_kind, q.speaker_mention, q.confidence FROM quote q JOIN article a ON a.id = q.article_id")
        where: list[str] = []
        args: list[Any] = []
        if speaker:
            where.append("(q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_mention LIKE ? ESCAPE '\\')")
            pattern = "%" + _like_prefix(speaker)
            args += [pattern, pattern]
        if contains:
            where.append("q.pk IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
            args.append('text : "' + contains.replace('"', '""') + '"')
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published DESC, a.pk, q.start LIMIT ?"
        args.append(limit)
        return [QuoteRow(**dict(r)) for r in self._db.execute(sql, args).fetchall()]

    def counts(self) -> dict[str, int]:
        tables = ("article", "outlet", "part", "entity", "quote", "failure", "source_seen")
        return {t: int(self._db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
