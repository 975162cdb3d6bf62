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
from . import _places
from . import events as _events
from . import stories as _stories
from .actor_mentions import save_actor_links
from .wording import Wording, save_descriptors, wording

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
            save_descriptors(db, record, outlet_id)
            save_actor_links(db, record)
            _places.save_places_times(db, record)
            _events.save_events(db, record)
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

    def update_stories(self, full: bool = False) -> int:
        """Cluster stored articles into stories (graph/stories.py); returns how many the store holds.
        Places only the articles in no story yet, re-forming the stories within their weeks (the
        same stories as a whole re-clustering, `store/stories.py` add_to_stories); `full` re-clusters
        every article, as does a store without stories or an added article without a date."""
        from ..graph import cluster_stories

        db = self._write()
        try:
            db.execute("BEGIN IMMEDIATE")
            if full or not _stories.add_to_stories(db):
                _stories.replace_stories(db, cluster_stories(_stories.story_inputs(db)))
            count = int(db.execute("SELECT COUNT(*) FROM story").fetchone()[0])
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(f"cannot save stories: {exc}") from exc
        return count

    def stories(self, min_articles: int = 1, limit: int = 100) -> list[_stories.StorySummary]:
        """Stories, best corroborated first."""
        return _stories.stories(self._db, min_articles, limit)

    def story_articles(self, story_id: str) -> list[tuple[str, str | None, str | None, str | None]]:
        """(article id, title, outlet, copy_of) of one story."""
        return _stories.story_articles(self._db, story_id)

    def events(self, type: str | None = None, actor: str | None = None, since: str | None = None,
               limit: int = 200) -> list[_events.EventRow]:
        """Stored events (see `store/events.py`): by PLOVER type, actor name and first day."""
        return _events.events(self._db, type, actor, since, limit)

    def wording(self, actor: str | None = None, outlet: str | None = None, limit: int = 200) -> list[Wording]:
        """How each outlet describes each actor (see `store/wording.py`)."""
        return wording(self._db, actor, outlet, limit)

    def places(self, article_id: str | None = None) -> list[_places.PlaceRow]:
        """Place mentions (migration 0004) of one article, or of every stored article."""
        return _places.places(self._db, article_id)

    def times(self, article_id: str | None = None) -> list[_places.TimeRow]:
        """Temporal expressions (migration 0004) of one article, or of every stored article."""
        return _places.times(self._db, article_id)

    def counts(self) -> dict[str, int]:
        tables = ("article", "outlet", "part", "entity", "quote", "failure", "source_seen")
        return {t: int(self._db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}
    # -- actor knowledge base (migration 0003) --------------------------------------------------------
    # Rows are plain dicts, as in save(): the kb package (newsgraph/kb/) builds them from parsed
    # dictionaries and turns what comes back into its own dataclasses.

    def import_actors(self, source: str, records: list[dict[str, Any]]) -> dict[str, int]:
        """Make the actors of one dictionary (``source``, e.g. ``cameo:Phoenix.Countries.actors.txt``)
        match ``records``, in one transaction.

        A record is ``{key, name, line, note, aliases: [{alias, alias_key, phrase, is_primary, line}],
        codes: [{code, start_date, end_date, restriction, line, note}]}``. Its key finds its actor again
        (``actor_record``), so importing the same file twice changes no row count, and an actor renamed
        or merged by hand keeps receiving its record. Records sharing a key are one actor. Aliases and
        codes this source wrote before but no longer writes are removed; rows of other sources (user
        edits) are never touched.

        Returns counts: actors, actors_added, aliases, aliases_added, aliases_removed, codes,
        codes_added, codes_removed.
        """
        db = self._write()
        now = _now()
        try:
            db.execute("BEGIN IMMEDIATE")
            known: dict[str, int] = {r[0]: r[1] for r in db.execute(
                "SELECT record_key, actor_id FROM actor_record WHERE source = ?", (source,))}
            aliases: dict[tuple[int, str], tuple[Any, ...]] = {}
            codes: dict[tuple[int, str, str, str], tuple[Any, ...]] = {}
            seen: set[str] = set()
            actors_added = 0
            for rec in records:
                key = rec["key"]
                actor_id = known.get(key)
                if actor_id is None:
                    cur = db.execute("INSERT INTO actor(name, source, created_at, updated_at) VALUES (?,?,?,?)",
                                     (rec["name"], source, now, now))
                    actor_id = int(cur.lastrowid or 0)
                    db.execute("INSERT INTO actor_record(source, record_key, actor_id, line, note) VALUES (?,?,?,?,?)",
                               (source, key, actor_id, rec.get("line"), rec.get("note")))
                    known[key] = actor_id
                    actors_added += 1
                elif key not in seen:  # the file may have moved lines about; the first record of a key wins
                    db.execute("UPDATE actor_record SET line = ?, note = ? WHERE source = ? AND record_key = ? "
                               "AND (line IS NOT ? OR note IS NOT ?)",
                               (rec.get("line"), rec.get("note"), source, key, rec.get("line"), rec.get("note")))
                seen.add(key)
                for a in rec["aliases"]:
                    aliases.setdefault((actor_id, a["alias"]), (actor_id, a["alias"], a["alias_key"], a.get("phrase"),
                                                                int(bool(a.get("is_primary"))), source, a.get("line")))
                for c in rec["codes"]:
                    codes.setdefault((actor_id, c["code"], c.get("start_date") or "", c.get("end_date") or ""),
                                     (actor_id, c["code"], c.get("start_date"), c.get("end_date"),
                                      c.get("restriction") or "", source, c.get("line"), c.get("note")))

            old_aliases = {(r[0], r[1]): (r[2], r[3]) for r in db.execute(
                "SELECT actor_id, alias, id, line FROM actor_alias WHERE source = ?", (source,))}
            gone = [(old[0],) for k, old in old_aliases.items() if k not in aliases]
            db.executemany("DELETE FROM actor_alias WHERE id = ?", gone)
            db.executemany("UPDATE actor_alias SET line = ? WHERE id = ?",
                           [(row[6], old_aliases[k][0]) for k, row in aliases.items()
                            if k in old_aliases and old_aliases[k][1] != row[6]])
            cur = db.executemany(
                "INSERT INTO actor_alias(actor_id, alias, alias_key, phrase, is_primary, source, line) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                [row for k, row in aliases.items() if k not in old_aliases])
            aliases_added = max(cur.rowcount, 0)

            old_codes = {(r[0], r[1], r[2], r[3]): (r[4], r[5], r[6], r[7]) for r in db.execute(
                "SELECT actor_id, code, COALESCE(start_date, ''), COALESCE(end_date, ''), id, line, restriction, note "
                "FROM actor_code WHERE source = ?", (source,))}
            db.executemany("DELETE FROM actor_code WHERE id = ?",
                           [(old[0],) for k, old in old_codes.items() if k not in codes])
            db.executemany("UPDATE actor_code SET line = ?, restriction = ?, note = ? WHERE id = ?",
                           [(row[6], row[4], row[7], old_codes[k][0]) for k, row in codes.items()
                            if k in old_codes and old_codes[k][1:] != (row[6], row[4], row[7])])
            cur = db.executemany(
                "INSERT INTO actor_code(actor_id, code, start_date, end_date, restriction, source, line, note) "
                "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                [row for k, row in codes.items() if k not in old_codes])
            codes_added = max(cur.rowcount, 0)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(f"cannot import actors from {source}: {exc}") from exc
        return {"actors": len(seen), "actors_added": actors_added,
                "aliases": len(aliases), "aliases_added": aliases_added,
                "aliases_removed": len(gone),
                "codes": len(codes), "codes_added": codes_added,
                "codes_removed": sum(1 for k in old_codes if k not in codes)}

    def import_agents(self, source: str, records: list[dict[str, Any]]) -> dict[str, int]:
        """Make the agents of one agent dictionary match ``records``, in one transaction; the same
        file imported twice changes no row count.

        A record is ``{phrase, code, position, plural, line, note, names: [{name, name_key, is_plural}]}``;
        (phrase, code, position) is its key, and records sharing a key are one agent. Returns counts:
        agents, agents_added, agents_removed, names, names_added, names_removed.
        """
        db = self._write()
        try:
            db.execute("BEGIN IMMEDIATE")
            old_agents = {(r[1], r[2], r[3]): (r[0], r[4], r[5], r[6]) for r in db.execute(
                "SELECT id, phrase, code, position, plural, line, note FROM agent WHERE source = ?", (source,))}
            ids: dict[tuple[str, str, str], int] = {}
            names: dict[tuple[int, str], tuple[Any, ...]] = {}
            agents_added = 0
            for rec in records:
                key = (rec["phrase"], rec["code"], rec["position"])
                if key not in ids:
                    values = (rec.get("plural"), rec.get("line"), rec.get("note"))
                    if key in old_agents:
                        ids[key] = old_agents[key][0]
                        if old_agents[key][1:] != values:
                            db.execute("UPDATE agent SET plural = ?, line = ?, note = ? WHERE id = ?",
                                       (*values, ids[key]))
                    else:
                        cur = db.execute("INSERT INTO agent(phrase, code, position, plural, source, line, note) "
                                         "VALUES (?,?,?,?,?,?,?)", (*key, values[0], source, *values[1:]))
                        ids[key] = int(cur.lastrowid or 0)
                        agents_added += 1
                for n in rec["names"]:
                    names.setdefault((ids[key], n["name"]),
                                     (ids[key], n["name"], n["name_key"], int(bool(n.get("is_plural")))))
            gone_agents = [(old[0],) for k, old in old_agents.items() if k not in ids]
            db.executemany("DELETE FROM agent WHERE id = ?", gone_agents)  # their names go with them
            old_names = {(r[0], r[1]) for r in db.execute(
                "SELECT n.agent_id, n.name FROM agent_name n JOIN agent a ON a.id = n.agent_id WHERE a.source = ?",
                (source,))}
            gone_names = [k for k in old_names if k not in names]
            db.executemany("DELETE FROM agent_name WHERE agent_id = ? AND name = ?", gone_names)
            cur = db.executemany("INSERT INTO agent_name(agent_id, name, name_key, is_plural) VALUES (?,?,?,?) "
                                 "ON CONFLICT DO NOTHING", [row for k, row in names.items() if k not in old_names])
            names_added = max(cur.rowcount, 0)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(f"cannot import agents from {source}: {exc}") from exc
        return {"agents": len(ids), "agents_added": agents_added, "agents_removed": len(gone_agents),
                "names": len(names), "names_added": names_added, "names_removed": len(gone_names)}

    def _live_actor(self, actor_id: int) -> int:
        """The actor that ``actor_id`` was merged into, followed to the end of the chain."""
        seen = {actor_id}
        while True:
            row = self._db.execute("SELECT merged_into FROM actor WHERE id = ?", (actor_id,)).fetchone()
            if row is None or row[0] is None or row[0] in seen:
                return actor_id
            actor_id = int(row[0])
            seen.add(actor_id)

    def _actor_family(self, actor_id: int) -> list[int]:
        """The actor and every actor merged into it, directly or through others."""
        rows = self._db.execute(
            "WITH RECURSIVE fam(id) AS (SELECT ? UNION SELECT a.id FROM actor a JOIN fam ON a.merged_into = fam.id) "
            "SELECT id FROM fam", (actor_id,)).fetchall()
        return [int(r[0]) for r in rows]

    def find_actors(self, name: str) -> list[dict[str, Any]]:
        """The live actors with an alias that looks like ``name`` (same ``alias_key``: case, accents,
        dots and hyphens do not matter); an alias of a merged actor finds the actor it was merged into.

        Each: ``{id, name, kind, source, alias}`` (``alias`` is the first alias that matched), in id order.
        """
        from ..kb.names import alias_key

        found: dict[int, str] = {}
        try:
            rows = self._db.execute("SELECT actor_id, alias FROM actor_alias WHERE alias_key = ? ORDER BY actor_id, id",
                                    (alias_key(name),)).fetchall()
        except sqlite3.OperationalError as exc:  # a file made before migration 0003, opened read-only
            raise StoreError(f"no actor knowledge base in {self.path} ({exc})") from exc
        for row in rows:
            found.setdefault(self._live_actor(int(row[0])), row[1])
        result = []
        for actor_id in sorted(found):
            row = self._db.execute("SELECT id, name, kind, source FROM actor WHERE id = ?", (actor_id,)).fetchone()
            result.append({**dict(row), "alias": found[actor_id]})
        return result

    def actor_codes(self, actor_id: int, on: str | None = None) -> list[dict[str, Any]]:
        """The CAMEO codes of an actor (and of every actor merged into it), oldest first.

        With ``on`` (an ISO date), only the codes that apply that day: the dated codes whose range
        covers it (bounds inclusive) or, when none does, the default (undated) codes; the null code
        ``---`` means "no code" and is left out. Each: ``{code, start_date, end_date, restriction,
        source, line, note}``; a code written by two sources comes once.
        """
        family = self._actor_family(actor_id)
        rows = self._db.execute(
            "SELECT code, start_date, end_date, restriction, source, line, note FROM actor_code "
            f"WHERE actor_id IN ({','.join('?' * len(family))}) "
            "ORDER BY COALESCE(start_date, end_date, '9999-12-31'), code, id", family).fetchall()
        codes: dict[tuple[str, str | None, str | None], dict[str, Any]] = {}
        for r in rows:
            codes.setdefault((r["code"], r["start_date"], r["end_date"]), dict(r))
        found = list(codes.values())
        if on is None:
            return found
        dated = [c for c in found if (c["start_date"] or c["end_date"])
                 and (c["start_date"] is None or c["start_date"] <= on)
                 and (c["end_date"] is None or on <= c["end_date"])]
        chosen = dated or [c for c in found if not (c["start_date"] or c["end_date"])]
        return [c for c in chosen if c["code"] != "---"]

    def add_actor_alias(self, actor_id: int, alias: str, source: str = "user") -> bool:
        """Give an actor one more alias (a user edit by default); False when it already had it.
        Imports never remove it: they only re-sync the rows of their own source."""
        from ..kb.names import alias_key, display_name

        name = display_name(alias)
        if not name:
            raise StoreError(f"alias {alias!r} has no words")
        try:
            cur = self._write().execute(
                "INSERT INTO actor_alias(actor_id, alias, alias_key, phrase, source) VALUES (?,?,?,?,?) "
                "ON CONFLICT DO NOTHING", (actor_id, name, alias_key(name), alias, source))
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"cannot add alias {alias!r} to actor {actor_id}: {exc}") from exc
        return cur.rowcount > 0

    def merge_actors(self, keep: int, merged: int) -> None:
        """Merge actor ``merged`` into ``keep``. Nothing is deleted or moved: ``merged`` points at
        ``keep`` from now on, so links to either id stay valid, and the lookups gather the aliases and
        codes of both. Refuses unknown ids and merges that would make a cycle."""
        db = self._write()
        target = self._live_actor(keep)
        ids = {r[0] for r in db.execute("SELECT id FROM actor WHERE id IN (?, ?)", (keep, merged))}
        if ids != {keep, merged}:
            raise StoreError(f"cannot merge actor {merged} into {keep}: no such actor")
        if target == self._live_actor(merged):
            raise StoreError(f"cannot merge actor {merged} into {keep}: they are already one actor")
        db.execute("UPDATE actor SET merged_into = ?, updated_at = ? WHERE id = ?", (target, _now(), merged))

    def agents_named(self, name: str) -> list[dict[str, Any]]:
        """The agents one of whose names looks like ``name``: ``{phrase, code, position, name, source}``."""
        from ..kb.names import alias_key

        rows = self._db.execute(
            "SELECT DISTINCT a.phrase, a.code, a.position, n.name, a.source FROM agent_name n "
            "JOIN agent a ON a.id = n.agent_id WHERE n.name_key = ? ORDER BY a.id", (alias_key(name),))
        return [dict(r) for r in rows]

    def kb_counts(self) -> dict[str, int]:
        """Rows in each table of the actor knowledge base."""
        tables = ("actor", "actor_record", "actor_alias", "actor_code", "agent", "agent_name")
        return {t: int(self._db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
