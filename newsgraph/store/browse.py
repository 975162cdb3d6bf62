"""Read-side queries for the explorer (newsgraph/views): pages of articles, statements and actors
with cursors, outlets and the words they use, and the stored layers of recent articles.

Only SQL lives here; the views turn rows into JSON and HTML. Every function takes an open `Store`
(read-only is enough) and binds every value as a parameter. Cursors are article or quote primary
keys: results come newest-added first, so a cursor is "everything below this key".
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from ..errors import StoreError
from .db import Store, _like_prefix

# Entity labels that can act or be acted on (the rest are numbers, dates and works).
ACTOR_LABELS = ("PERSON", "ORG", "NORP", "GPE")


def _rows(store: Store, sql: str, args: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
    try:
        return [dict(r) for r in store._db.execute(sql, args).fetchall()]
    except sqlite3.OperationalError as exc:
        raise StoreError(f"query failed: {exc}") from exc


def tune_for_reading(store: Store, cache_mb: int = 64) -> None:
    """A bigger page cache and memory-mapped reads for a long-lived reading connection (the
    explorer): the defaults (2 MB, no mmap) make a large store read from the OS on every query."""
    store._db.execute(f"PRAGMA cache_size = -{int(cache_mb) * 1024}")
    store._db.execute(f"PRAGMA mmap_size = {int(cache_mb) * 4 * 1024 * 1024}")


def version(store: Store) -> tuple[int, int]:
    """(articles, newest key): changes whenever an article is added or removed."""
    row = _rows(store, "SELECT COUNT(*) AS n, COALESCE(MAX(pk), 0) AS top FROM article")[0]
    return int(row["n"]), int(row["top"])


def fts_words(query: str) -> str | None:
    """A user's search words as an FTS5 query that cannot be a syntax error: every word quoted, all
    required. None when the text has no words."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"' for w in words) if words else None


def article_row(store: Store, article_id: str) -> dict[str, Any] | None:
    """pk, id and the raw record JSON of one article (exact id, or a unique prefix of 6+ chars)."""
    rows = _rows(store, "SELECT pk, id, record FROM article WHERE id = ?", (article_id,))
    if not rows and len(article_id) >= 6:
        rows = _rows(store, "SELECT pk, id, record FROM article WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                     (_like_prefix(article_id),))
    return rows[0] if len(rows) == 1 else None


def article_page(store: Store, *, outlet_id: int | None = None, since: str | None = None, until: str | None = None,
                 query: str | None = None, before: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Article summaries, newest added first; `query` is searched in titles and texts (FTS5)."""
    where: list[str] = []
    args: list[Any] = []
    if outlet_id is not None:
        where.append("a.outlet_id = ?")
        args.append(outlet_id)
    if since:
        where.append("a.published >= ?")
        args.append(since)
    if until:
        where.append("a.published <= ?")
        args.append(until)
    if query:
        where.append("a.pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
        args.append(query)
    if before is not None:
        where.append("a.pk < ?")
        args.append(before)
    sql = ("SELECT a.pk, a.id, a.title, a.published, COALESCE(a.canonical_url, a.url) AS url, a.outlet_id, "
           "o.name AS outlet, o.domain AS outlet_domain, "
           "(SELECT COUNT(*) FROM quote q WHERE q.article_id = a.id) AS statements "
           "FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.pk DESC LIMIT ?"
    args.append(limit)
    return _rows(store, sql, args)


def article_snippets(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """FTS5 hits over titles and texts with a short snippet; the matched words are between the
    control characters \\x02 and \\x03, which cleaned text never holds, so a view can mark them
    after escaping the snippet."""
    return _rows(store, "SELECT a.id, a.title, a.published, "
                        "snippet(article_fts, 1, char(2), char(3), '…', 14) AS snippet "
                        "FROM article_fts JOIN article a ON a.pk = article_fts.rowid "
                        "WHERE article_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))


def statement_page(store: Store, *, speaker: str | None = None, query: str | None = None, article_id: str | None = None,
                   before: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Statements, newest first. `speaker`: exact resolved name, else a part of the name or of the
    words naming the speaker; `query`: FTS5 over the statement's words."""
    where: list[str] = []
    args: list[Any] = []
    if speaker:
        where.append("(q.speaker_name = ? OR q.speaker_name LIKE ? ESCAPE '\\' "
                     "OR q.speaker_mention LIKE ? ESCAPE '\\')")
        pattern = "%" + _like_prefix(speaker)
        args += [speaker, pattern, pattern]
    if query:
        where.append("q.pk IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
        args.append(query)
    if article_id:
        where.append("q.article_id = ?")
        args.append(article_id)
    if before is not None:
        where.append("q.pk < ?")
        args.append(before)
    sql = ("SELECT q.pk, q.article_id, a.title, a.published, o.name AS outlet, q.quote_id, q.kind, q.start, q.end, "
           "q.text, q.cue, q.speaker_name, q.speaker_kind, q.speaker_mention, q.confidence FROM quote q "
           "JOIN article a ON a.id = q.article_id LEFT JOIN outlet o ON o.id = a.outlet_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY q.pk DESC LIMIT ?"
    args.append(limit)
    return _rows(store, sql, args)


def statements_by(store: Store, name: str, limit: int = 100) -> list[dict[str, Any]]:
    """The newest statements whose resolved speaker is exactly `name` (uses the speaker index)."""
    return _rows(store, "SELECT q.pk, q.article_id, a.title, a.published, o.name AS outlet, q.quote_id, q.kind, "
                        "q.start, q.end, q.text, q.cue, q.speaker_name, q.speaker_kind, q.speaker_mention, "
                        "q.confidence FROM quote q JOIN article a ON a.id = q.article_id "
                        "LEFT JOIN outlet o ON o.id = a.outlet_id WHERE q.speaker_name = ? "
                        "ORDER BY q.pk DESC LIMIT ?", (name, limit))


def outlets(store: Store) -> list[dict[str, Any]]:
    return _rows(store, "SELECT o.id, o.key, o.name, o.domain, o.country, o.owner, o.state_affiliated, o.funding, "
                        "o.known, (SELECT COUNT(*) FROM article a WHERE a.outlet_id = o.id) AS articles "
                        "FROM outlet o ORDER BY articles DESC, o.name")


def outlet(store: Store, key: str) -> dict[str, Any] | None:
    """One outlet by id, key, domain or name (case-insensitive)."""
    rows = _rows(store, "SELECT o.id, o.key, o.name, o.domain, o.country, o.owner, o.state_affiliated, o.funding, "
                        "o.known, (SELECT COUNT(*) FROM article a WHERE a.outlet_id = o.id) AS articles "
                        "FROM outlet o WHERE CAST(o.id AS TEXT) = ? OR o.key = ? OR o.domain = ? "
                        "OR o.name = ? COLLATE NOCASE ORDER BY o.id LIMIT 1", (key, key, key, key))
    return rows[0] if rows else None


def outlet_speaker_words(store: Store, outlet_id: int) -> list[dict[str, Any]]:
    """(speaker, the words this outlet used for the speaker at a statement, statements)."""
    return _rows(store, "SELECT q.speaker_name AS actor, q.speaker_mention AS words, COUNT(*) AS n FROM quote q "
                        "JOIN article a ON a.id = q.article_id WHERE a.outlet_id = ? AND q.speaker_name IS NOT NULL "
                        "AND q.speaker_mention IS NOT NULL GROUP BY 1, 2 ORDER BY 1, n DESC", (outlet_id,))


def outlet_entity_words(store: Store, outlet_id: int) -> list[dict[str, Any]]:
    """(entity name, a different wording this outlet used for it, mentions)."""
    labels = ",".join("?" * len(ACTOR_LABELS))
    return _rows(store, "SELECT e.name AS actor, e.text AS words, COUNT(*) AS n FROM entity e "
                        "JOIN article a ON a.id = e.article_id WHERE a.outlet_id = ? AND e.role != 'credit' "
                        f"AND e.label IN ({labels}) AND e.text != e.name GROUP BY 1, 2 ORDER BY 1, n DESC",
                 (outlet_id, *ACTOR_LABELS))


def entity_actors(store: Store) -> list[dict[str, Any]]:
    """Named things that can act, with mention and article counts (credits left out)."""
    labels = ",".join("?" * len(ACTOR_LABELS))
    return _rows(store, "SELECT name, MIN(label) AS label, COUNT(*) AS mentions, "
                        "COUNT(DISTINCT article_id) AS articles "
                        f"FROM entity WHERE role != 'credit' AND label IN ({labels}) GROUP BY name",
                 ACTOR_LABELS)


def speakers(store: Store) -> list[dict[str, Any]]:
    """Resolved speakers with their statement counts."""
    return _rows(store, "SELECT speaker_name AS name, MIN(speaker_kind) AS kind, COUNT(*) AS statements, "
                        "COUNT(DISTINCT article_id) AS articles FROM quote WHERE speaker_name IS NOT NULL "
                        "GROUP BY speaker_name")


def name_wordings(store: Store, name: str, recent: int = 200) -> list[dict[str, Any]]:
    """The words used for a name in its `recent` newest entity mentions and statements: the
    mentions resolved to it and the words naming it as a speaker (the name indexes, read newest
    first, bound the work for much-reported actors)."""
    return _rows(store, "SELECT words, SUM(n) AS n FROM ("
                        "SELECT text AS words, COUNT(*) AS n FROM (SELECT text FROM entity WHERE name = ? "
                        "AND role != 'credit' ORDER BY rowid DESC LIMIT ?) GROUP BY text "
                        "UNION ALL SELECT speaker_mention AS words, COUNT(*) AS n FROM (SELECT speaker_mention "
                        "FROM quote WHERE speaker_name = ? AND speaker_mention IS NOT NULL ORDER BY pk DESC LIMIT ?) "
                        "GROUP BY speaker_mention) GROUP BY words ORDER BY n DESC, words", (name, recent, name, recent))


def names_known(store: Store, name: str) -> bool:
    """Whether a name is stored as an entity's name or a statement's speaker."""
    return bool(_rows(store, "SELECT 1 FROM entity WHERE name = ? UNION ALL "
                             "SELECT 1 FROM quote WHERE speaker_name = ? LIMIT 1", (name, name)))


def articles_of_actor(store: Store, actor_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """The newest articles in which the actors layer found a mention of the actor (or of one
    merged into it); [] for a store without the actor tables."""
    try:
        family = [actor_id] + [int(r["id"]) for r in _rows(store, "SELECT id FROM actor WHERE merged_into = ?",
                                                          (actor_id,))]
        marks = ",".join("?" * len(family))
        return _rows(store, "SELECT a.pk, a.id, a.title, a.published, o.name AS outlet FROM article a "
                            "LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN "
                            f"(SELECT article_id FROM actor_mention WHERE actor_id IN ({marks})) "
                            "ORDER BY a.pk DESC LIMIT ?", (*family, limit))
    except (StoreError, sqlite3.Error):
        return []


def articles_naming(store: Store, name: str, limit: int = 50) -> list[dict[str, Any]]:
    """The newest articles that mention a name or quote it as a speaker. Both name indexes hold
    rows in insertion order, so the newest mentions are read first and the scan stops early."""
    ids = _rows(store, "SELECT article_id FROM (SELECT article_id, rowid AS k FROM entity WHERE name = ? "
                       "ORDER BY rowid DESC LIMIT ?) UNION SELECT article_id FROM (SELECT article_id, pk AS k "
                       "FROM quote WHERE speaker_name = ? ORDER BY pk DESC LIMIT ?)",
                (name, limit * 8, name, limit * 8))
    if not ids:
        return []
    found = [r["article_id"] for r in ids]
    return _rows(store, "SELECT a.pk, a.id, a.title, a.published, o.name AS outlet FROM article a "
                        f"LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN ({','.join('?' * len(found))}) "
                        "ORDER BY a.pk DESC LIMIT ?", (*found, limit))


def layer_window(store: Store, layer: str, *, below: int | None = None, scan: int = 100,
                 ids: list[str] | None = None) -> tuple[list[dict[str, Any]], int | None]:
    """One stored layer (its JSON text, e.g. '[...]') of the `scan` newest articles below the key
    `below`, with their metadata; articles whose layer is missing or empty are left out. Also
    returns the lowest key examined (the next window starts below it), None when none was left.
    The window bounds the work: a layer that few articles have never costs a scan of them all."""
    if not re.fullmatch(r"[a-z_]+", layer):
        raise StoreError(f"bad layer name {layer!r}")
    where: list[str] = []
    args: list[Any] = []
    if below is not None:
        where.append("pk < ?")
        args.append(below)
    if ids is not None:
        where.append(f"id IN ({','.join('?' * len(ids))})")
        args += ids
    window = ("SELECT pk FROM article" + (" WHERE " + " AND ".join(where) if where else "")
              + " ORDER BY pk DESC LIMIT ?")
    args.append(scan)
    lowest = _rows(store, f"SELECT MIN(pk) AS pk FROM ({window})", args)[0]["pk"]
    if lowest is None:
        return [], None
    rows = _rows(store, "SELECT a.pk, a.id, a.title, a.published, o.name AS outlet, "
                        f"json_extract(a.record, '$.{layer}') AS layer FROM article a "
                        f"LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.pk IN ({window}) "
                        f"AND json_array_length(a.record, '$.{layer}') > 0 ORDER BY a.pk DESC", args)
    return rows, int(lowest)


def layers_of(store: Store, ids: list[str], layers: tuple[str, ...]) -> list[dict[str, Any]]:
    """Some layers (JSON text each, or None) of the given articles, with their metadata, newest first."""
    if not all(re.fullmatch(r"[a-z_]+", layer) for layer in layers):
        raise StoreError(f"bad layer names {layers!r}")
    columns = ", ".join(f"json_extract(a.record, '$.{layer}') AS {layer}" for layer in layers)
    return _rows(store, f"SELECT a.pk, a.id, a.title, a.published, o.name AS outlet, {columns} FROM article a "
                        f"LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN ({','.join('?' * len(ids))}) "
                        "ORDER BY a.pk DESC", ids)


def _name_sql(value: str) -> str:
    """SQL for the lower-cased name of a JSON array element `value` (an object with a name, or a string)."""
    return (f"lower(CASE {value}.type WHEN 'object' THEN json_extract({value}.value, '$.name') "
            f"WHEN 'text' THEN {value}.value END)")


def events_naming(store: Store, ids: list[str], names: list[str]) -> list[dict[str, Any]]:
    """The events (JSON text each, with `idx` in the layer) of the given articles in which one of
    `names` (lower case) acts, is acted on or speaks; SQLite's JSON functions pick them out, so only
    the matches reach Python."""
    if not ids or not names:
        return []
    marks = ",".join("?" * len(names))
    return _rows(store, "SELECT a.pk, a.id, a.title, a.published, o.name AS outlet, j.key AS idx, j.value AS event "
                        "FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id, json_each(a.record, '$.events') j "
                        f"WHERE a.id IN ({','.join('?' * len(ids))}) AND j.type = 'object' AND ("
                        f"lower(json_extract(j.value, '$.said_by.name')) IN ({marks}) "
                        f"OR EXISTS (SELECT 1 FROM json_each(j.value, '$.actors') x "
                        f"WHERE {_name_sql('x')} IN ({marks})) "
                        f"OR EXISTS (SELECT 1 FROM json_each(j.value, '$.recipients') x "
                        f"WHERE {_name_sql('x')} IN ({marks}))) ORDER BY a.pk DESC, j.key",
                 (*ids, *names, *names, *names))


def clusters_with_roles(store: Store, ids: list[str], names: list[str]) -> list[dict[str, Any]]:
    """Actor clusters (JSON text each) of the given articles that have roles and are named by one
    of `names` (lower case), by their name or a mention."""
    if not ids or not names:
        return []
    marks = ",".join("?" * len(names))
    return _rows(store, "SELECT a.id, a.published, j.value AS cluster FROM article a, "
                        "json_each(a.record, '$.actors') j "
                        f"WHERE a.id IN ({','.join('?' * len(ids))}) AND j.type = 'object' "
                        "AND json_array_length(j.value, '$.roles') > 0 AND ("
                        f"lower(json_extract(j.value, '$.name')) IN ({marks}) OR EXISTS (SELECT 1 FROM "
                        "json_each(j.value, '$.mentions') m "
                        f"WHERE lower(json_extract(m.value, '$.text')) IN ({marks}))) "
                        "ORDER BY a.pk DESC", (*ids, *names, *names))


def events_of(store: Store, names: list[str], statements: list[tuple[str, str]], limit: int = 50
              ) -> list[dict[str, Any]] | None:
    """From the event table (migration 0005): the newest events in which one of `names` acts or is
    acted on, and those told in the given statements ((article id, quote id) pairs), each a flat
    row with `roles` (the names' roles in it), `actors` and `recipients`. None when the store has
    no event table (a file made before it)."""
    try:
        found: dict[int, set[str]] = {}
        for name in names:
            # the name index keeps rows in insertion order: newest first, and stop early
            for row in store._db.execute("SELECT event_pk, role FROM event_actor WHERE name = ? COLLATE NOCASE "
                                         "ORDER BY rowid DESC LIMIT ?", (name, limit)):
                found.setdefault(int(row[0]), set()).add(str(row[1]))
        if statements:
            articles = sorted({a for a, _ in statements})
            quotes = sorted({q for _, q in statements})
            for row in store._db.execute(
                    f"SELECT pk FROM event WHERE article_id IN ({','.join('?' * len(articles))}) "
                    f"AND statement_id IN ({','.join('?' * len(quotes))})", (*articles, *quotes)):
                found.setdefault(int(row[0]), set()).add("said_by")
        if not found:
            return []
        keys = sorted(found, reverse=True)[:limit * 3]
        marks = ",".join("?" * len(keys))
        rows = _rows(store, "SELECT e.*, e.trigger_text AS trigger, a.title, a.published, o.name AS outlet, "
                            "substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence "
                            "FROM event e JOIN article a ON a.id = e.article_id "
                            f"LEFT JOIN outlet o ON o.id = a.outlet_id WHERE e.pk IN ({marks}) ORDER BY e.pk DESC",
                     keys)
        people: dict[int, dict[str, list[str]]] = {}
        for pk, role, name in store._db.execute(f"SELECT event_pk, role, name FROM event_actor WHERE event_pk IN "
                                                f"({marks}) ORDER BY event_pk, role, position", keys):
            people.setdefault(int(pk), {}).setdefault(str(role), []).append(str(name))
    except (sqlite3.OperationalError, StoreError):
        return None
    for row in rows:
        row["roles"] = sorted(found[row["pk"]])
        row["actors"] = people.get(row["pk"], {}).get("actor", [])
        row["recipients"] = people.get(row["pk"], {}).get("recipient", [])
    return rows


def place_features(store: Store, query: str | None = None, limit: int = 500) -> list[dict[str, Any]] | None:
    """From the place table (migration 0004): places with coordinates grouped by name and point,
    most mentioned first, with counts, the words used and the newest mention's article and fact;
    places named as such only (migration 0009: not "Iraqi", not "the Fargo police").
    None when the store has no place table."""
    where = "lat IS NOT NULL AND lon IS NOT NULL AND mention = 'name'"
    args: list[Any] = []
    if query:
        where += " AND COALESCE(name, text) LIKE ? ESCAPE '\\'"
        args.append("%" + _like_prefix(query))
    try:
        return _rows(store, "SELECT COALESCE(name, text) AS name, round(lat, 3) AS lat, round(lon, 3) AS lon, "
                            "MAX(country) AS country, MAX(admin1) AS admin1, MAX(feature) AS feature, "
                            "COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles, "
                            "group_concat(DISTINCT text) AS words, MAX(rowid) AS newest FROM place "
                            f"WHERE {where} GROUP BY 1, 2, 3 ORDER BY mentions DESC, name LIMIT ?", (*args, limit))
    except StoreError:
        return None


def place_mention(store: Store, rowid: int) -> dict[str, Any] | None:
    """One row of the place table with its article's title."""
    rows = _rows(store, "SELECT p.article_id, p.place_id, p.start, p.end, a.title FROM place p "
                        "JOIN article a ON a.id = p.article_id WHERE p.rowid = ?", (rowid,))
    return rows[0] if rows else None


def kb_actor_roles(store: Store, actor_id: int) -> list[dict[str, Any]]:
    """Offices and affiliations of a knowledge-base actor (and the actors merged into it), with
    their dates and, for those read from an article, the evidence (migration 0006); [] without."""
    try:
        family = store._actor_family(store._live_actor(actor_id))
        return _rows(store, "SELECT role, of_name, start_date, end_date, ended, source, article_id, evidence_start, "
                            f"evidence_end FROM actor_role WHERE actor_id IN ({','.join('?' * len(family))}) "
                            "ORDER BY COALESCE(start_date, '9999'), role", family)
    except (StoreError, sqlite3.Error):
        return []


def article_meta(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id → {id, title, published, outlet} for the given article ids."""
    if not ids:
        return {}
    rows = _rows(store, "SELECT a.id, a.title, a.published, o.name AS outlet FROM article a "
                        f"LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN ({','.join('?' * len(ids))})", ids)
    return {r["id"]: r for r in rows}


def kb_actor(store: Store, actor_id: int) -> dict[str, Any] | None:
    """An actor of the knowledge base by id (following merges), with its aliases; None when there
    is no such actor or no knowledge base in the file."""
    try:
        live = store._live_actor(actor_id)
        rows = _rows(store, "SELECT id, name, kind, source FROM actor WHERE id = ?", (live,))
        if not rows:
            return None
        family = store._actor_family(live)
        marks = ",".join("?" * len(family))
        aliases = _rows(store, f"SELECT alias, MAX(is_primary) AS main FROM actor_alias WHERE actor_id IN ({marks}) "
                               "GROUP BY alias ORDER BY main DESC, alias", family)
    except (StoreError, sqlite3.Error):
        return None
    return {**rows[0], "aliases": [a["alias"] for a in aliases]}
