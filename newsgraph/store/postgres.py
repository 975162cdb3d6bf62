"""Mirror a newsgraph SQLite store into PostgreSQL (`newsgraph postgres sync`).

SQLite stays the contract and the only place newsgraph writes; PostgreSQL gets a read copy, for
sharing the store with tools that speak PostgreSQL (BI, notebooks on another machine, joins with
other data). ``sync_to_postgres(db_path, dsn)`` makes the PostgreSQL copy equal to the SQLite file:

* **Schema, by introspection** (``PRAGMA table_list / table_info / index_list / index_xinfo /
  foreign_key_list``), into one PostgreSQL schema (namespace, default ``newsgraph``). Types follow
  SQLite's affinity rules: INT → ``bigint``, CHAR/CLOB/TEXT → ``text``, BLOB → ``bytea``,
  REAL/FLOA/DOUB → ``double precision``, NUM/DEC → ``numeric``; any other declared type (DATE,
  BOOLEAN, none at all) → ``text``, since SQLite keeps whatever it is given there. Primary keys,
  UNIQUE constraints, plain-column indexes and literal defaults are kept; foreign keys are kept
  with their ON DELETE/ON UPDATE actions, made ``DEFERRABLE INITIALLY DEFERRED`` so that rows can be
  written table by table and are checked once all are in. On a first sync indexes and foreign keys
  are added after the rows (one bulk build and one check instead of one per row).
* **Skipped, SQLite-only objects:** FTS5 virtual tables (``article_fts``, ``quote_fts``) and their
  shadow tables (``*_data``, ``*_idx``, ``*_docsize``, ``*_config``): search in PostgreSQL is its
  own full-text search over ``article.text`` / ``quote.text``; triggers (they only feed FTS), views,
  CHECK constraints (PRAGMAs do not expose them; SQLite already enforced them), indexes on
  expressions (``actor_code_unique``, ``actor_role_unique``: SQLite already enforced their
  uniqueness) and collations (a NOCASE index becomes an index on ``lower(column)``). The result
  lists what was skipped.
* **Rows**, upserted by each table's key — its primary key, else its first UNIQUE index over NOT
  NULL columns, else the SQLite rowid (kept in an extra ``sqlite_rowid`` column). Every table is
  read from one SQLite read transaction (a consistent snapshot even while ``newsgraph add``
  writes) and COPYed (binary; as text where SQLite holds a value of another type than its column)
  straight into an empty table, else into a temporary staging table; then rows whose key is gone
  are deleted (children first), new keys are inserted and rows whose values differ are updated
  (an anti-join drops the equal rows, then ``INSERT ... ON CONFLICT (key) DO UPDATE``). An
  unchanged row is never rewritten, so a second sync writes nothing, and a sync after
  ``newsgraph add`` writes exactly the new rows. Deletions are mirrored too (stories are re-formed,
  aliases and codes re-synced, articles may be removed by hand): the copy equals the store. Each
  sync still reads and sends every row, since SQLite keeps no record of what changed: its cost
  grows with the store, not with the change (see docs/BENCHMARKS.md).
* **One PostgreSQL transaction for the whole sync**, not one per table: the foreign keys span tables
  and readers should never see an article without its statements. A failure rolls everything back
  and leaves the previous copy as it was. Two syncs into one schema wait for each other (an
  advisory lock).
* **Meta table** ``_newsgraph_sync`` (key, value): ``sqlite_user_version``, ``sqlite_path``,
  ``synced_at`` and the mirrored ``tables`` (JSON).

Schema changes after a newsgraph migration: new tables, new columns (``ALTER TABLE ADD COLUMN``;
NOT NULL only with a literal default) and new indexes are added in place; a table that no longer
exists in SQLite is dropped. A changed column type, a dropped column or a changed key is refused
with a StoreError that says to ``--rebuild`` (drop the mirrored tables and copy again).

psycopg 3 is imported only when a sync runs; nothing else in newsgraph needs it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError

if TYPE_CHECKING:
    import psycopg

DEFAULT_SCHEMA = "newsgraph"
META_TABLE = "_newsgraph_sync"
ROWID_COLUMN = "sqlite_rowid"
CONNECT_TIMEOUT_S = 10
# PostgreSQL folds identifiers longer than this; a schema name that long is a typo, not a plan.
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_FK_ACTIONS = {"NO ACTION", "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"}
# the column types binary COPY sends as they are (numeric goes as text: SQLite may hold int, float or text there)
_BINARY_TYPES = {"bigint": "int8", "text": "text", "double precision": "float8", "bytea": "bytea"}


# -- the SQLite schema, as read from its PRAGMAs ---------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    declared: str          # the SQLite declared type, as written
    pg_type: str
    notnull: bool
    default: str | None    # a PostgreSQL literal, or None


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    on_delete: str
    on_update: str


@dataclass(frozen=True)
class Index:
    name: str
    unique: bool
    columns: tuple[str, ...]
    nocase: tuple[bool, ...]   # per column: compared case-insensitively in SQLite
    descending: tuple[bool, ...]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]                  # upsert key; (ROWID_COLUMN,) for a table without one
    primary_key: tuple[str, ...]          # declared primary key (may be empty)
    uniques: tuple[tuple[str, ...], ...]  # UNIQUE constraints of the CREATE TABLE
    indexes: tuple[Index, ...]            # CREATE [UNIQUE] INDEX over plain columns
    foreign_keys: tuple[ForeignKey, ...]

    @property
    def uses_rowid(self) -> bool:
        return self.key == (ROWID_COLUMN,)

    @property
    def pg_columns(self) -> tuple[str, ...]:
        """The columns of the PostgreSQL table, in order (the rowid first when it is the key)."""
        names = tuple(c.name for c in self.columns)
        return (ROWID_COLUMN, *names) if self.uses_rowid else names


@dataclass(frozen=True)
class SqliteSchema:
    user_version: int
    tables: tuple[Table, ...]   # parents before children
    skipped: tuple[tuple[str, str], ...]  # SQLite-only objects left out: (name, why)


def pg_type(declared: str) -> str:
    """The PostgreSQL type for a SQLite declared type, by SQLite's affinity rules (sqlite.org/datatype3)."""
    t = declared.upper()
    if "INT" in t:
        return "bigint"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "text"
    if "BLOB" in t:
        return "bytea"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "double precision"
    if "NUM" in t or "DEC" in t:
        return "numeric"
    return "text"  # no type, DATE, BOOLEAN ...: SQLite keeps what it is given; the text form is safe


def _pg_default(sqlite_default: str | None) -> str | None:
    """A literal default (number or quoted string) carried over; expressions are not."""
    if sqlite_default is None:
        return None
    value = sqlite_default.strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", value) or re.fullmatch(r"'(?:[^']|'')*'", value):
        return value
    return None


def _q(name: str) -> str:
    """A SQLite identifier, quoted (names come from the file's own schema)."""
    return '"' + name.replace('"', '""') + '"'


def read_schema(db: sqlite3.Connection) -> SqliteSchema:
    """The tables of a SQLite database that PostgreSQL can hold, in dependency order."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    skipped: list[tuple[str, str]] = []
    names = _plain_tables(db, skipped)
    tables = {name: _read_table(db, name, skipped) for name in names}
    for table in tables.values():
        for fk in table.foreign_keys:
            if fk.parent not in tables:
                skipped.append((f"{table.name}({', '.join(fk.columns)}) → {fk.parent}",
                                "foreign key to a table that is not mirrored"))
    ordered = _parents_first(tables)
    fixed = tuple(_keep_mirrorable_fks(t, tables, skipped) for t in ordered)
    for kind, name in db.execute("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') "
                                 "ORDER BY type, name"):
        skipped.append((name, kind))
    return SqliteSchema(version, fixed, tuple(skipped))


def _plain_tables(db: sqlite3.Connection, skipped: list[tuple[str, str]]) -> list[str]:
    try:
        rows = db.execute("PRAGMA main.table_list").fetchall()
        kinds = {row[1]: row[2] for row in rows}
    except sqlite3.OperationalError:  # SQLite before 3.37: tell virtual and shadow tables by name
        kinds = {}
        virtual = [name for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                   if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            shadow = any(name.startswith(v + "_") for v in virtual)
            kinds[name] = "virtual" if name in virtual else "shadow" if shadow else "table"
    names = []
    for name in sorted(kinds):
        if name.startswith("sqlite_"):
            continue  # SQLite's own bookkeeping (sqlite_schema, sqlite_sequence, sqlite_stat1)
        if kinds[name] == "virtual":
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            module = re.search(r"USING\s+(\w+)", (sql[0] if sql else "") or "", re.IGNORECASE)
            skipped.append((name, f"virtual table ({module.group(1).lower() if module else 'unknown module'})"))
        elif kinds[name] == "shadow":
            skipped.append((name, "shadow table of a virtual table"))
        elif kinds[name] == "table":
            names.append(name)
        else:
            skipped.append((name, kinds[name]))
    return names


def _read_table(db: sqlite3.Connection, name: str, skipped: list[tuple[str, str]]) -> Table:
    info = db.execute(f"PRAGMA table_info({_q(name)})").fetchall()
    columns = tuple(Column(row[1], row[2] or "", pg_type(row[2] or ""), bool(row[3]), _pg_default(row[4]))
                    for row in info)
    notnull = {c.name for c in columns if c.notnull}
    primary_key = tuple(row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    uniques: list[tuple[str, ...]] = []
    indexes: list[Index] = []
    for _seq, index_name, unique, origin, partial in db.execute(f"PRAGMA index_list({_q(name)})").fetchall():
        if origin == "pk":
            continue  # the primary key, from table_info
        parts = [row for row in db.execute(f"PRAGMA index_xinfo({_q(index_name)})").fetchall() if row[5]]
        if any(row[1] == -2 for row in parts):
            skipped.append((index_name, "unique index on expressions" if unique else "index on expressions"))
            continue
        cols = tuple(row[2] for row in parts)
        nocase = tuple((row[4] or "").upper() == "NOCASE" for row in parts)
        if origin == "u":
            uniques.append(cols)
        elif unique and (partial or any(nocase)):
            skipped.append((index_name, "unique index with a WHERE clause or NOCASE"))
        else:
            # a partial plain index becomes a whole one: bigger, still right
            indexes.append(Index(index_name, bool(unique), cols, nocase, tuple(bool(row[3]) for row in parts)))
    key = primary_key
    if not key:
        candidates = list(uniques) + [ix.columns for ix in indexes if ix.unique and not any(ix.nocase)]
        key = next((cols for cols in candidates if all(c in notnull for c in cols)), (ROWID_COLUMN,))
        if key == (ROWID_COLUMN,) and _without_rowid(db, name):
            raise StoreError(f"table {name} has neither a key nor a rowid")
    fks: dict[int, list[tuple[Any, ...]]] = {}
    for row in db.execute(f"PRAGMA foreign_key_list({_q(name)})").fetchall():
        fks.setdefault(row[0], []).append(row)
    foreign_keys = []
    for rows in fks.values():
        rows.sort(key=lambda r: r[1])
        parent = rows[0][2]
        parent_cols = tuple(r[4] for r in rows)
        if any(c is None for c in parent_cols):  # "REFERENCES parent" names the parent's primary key
            parent_cols = tuple(r[1] for r in sorted((r for r in _table_info(db, parent) if r[5]),
                                                     key=lambda r: r[5]))
        foreign_keys.append(ForeignKey(tuple(r[3] for r in rows), parent, parent_cols,
                                       _fk_action(rows[0][6]), _fk_action(rows[0][5])))
    return Table(name, columns, key, primary_key, tuple(uniques), tuple(indexes), tuple(foreign_keys))


def _table_info(db: sqlite3.Connection, name: str) -> list[tuple[Any, ...]]:
    return db.execute(f"PRAGMA table_info({_q(name)})").fetchall()


def _without_rowid(db: sqlite3.Connection, name: str) -> bool:
    try:
        db.execute(f"SELECT rowid FROM {_q(name)} LIMIT 0")
    except sqlite3.OperationalError:
        return True
    return False


def _fk_action(action: str) -> str:
    action = (action or "NO ACTION").upper()
    return action if action in _FK_ACTIONS else "NO ACTION"


def _keep_mirrorable_fks(table: Table, tables: dict[str, Table], skipped: list[tuple[str, str]]) -> Table:
    """Keep the foreign keys PostgreSQL accepts: parent mirrored, parent columns its key or UNIQUE."""
    kept = []
    for fk in table.foreign_keys:
        parent = tables.get(fk.parent)
        if parent is None:
            continue  # already listed as skipped
        keys = {parent.primary_key, *parent.uniques, *(ix.columns for ix in parent.indexes if ix.unique)}
        if fk.parent_columns not in keys:
            skipped.append((f"{table.name}({', '.join(fk.columns)}) → {fk.parent}",
                            "foreign key to columns without a UNIQUE constraint"))
            continue
        kept.append(fk)
    return Table(table.name, table.columns, table.key, table.primary_key, table.uniques, table.indexes, tuple(kept))


def _parents_first(tables: dict[str, Table]) -> list[Table]:
    """Tables ordered so that each comes after the tables it references (cycles: by name)."""
    waiting = {name: {fk.parent for fk in t.foreign_keys if fk.parent in tables and fk.parent != name}
               for name, t in tables.items()}
    ordered: list[Table] = []
    while waiting:
        ready = sorted(name for name, parents in waiting.items() if not parents) or [min(waiting)]
        for name in ready:
            ordered.append(tables[name])
            del waiting[name]
        for parents in waiting.values():
            parents.difference_update(ready)
    return ordered


# -- the sync -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSync:
    table: str
    rows: int          # rows in SQLite (and, after the sync, in PostgreSQL)
    inserted: int
    updated: int
    deleted: int


@dataclass
class SyncResult:
    target: str                    # where, without the password
    schema: str
    user_version: int
    tables: list[TableSync] = field(default_factory=list)
    skipped: tuple[tuple[str, str], ...] = ()
    dropped: list[str] = field(default_factory=list)   # mirrored tables SQLite no longer has
    rebuilt: bool = False
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def changed(self) -> int:
        return sum(t.inserted + t.updated + t.deleted for t in self.tables)


def describe_dsn(dsn: str) -> str:
    """user@host:port/dbname for messages; never the password."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(dsn)
    except Exception:  # unparsable: say nothing that could hold a secret
        return "(unparsable connection string)"
    host = str(params.get("host") or "default host")
    port = f":{params['port']}" if params.get("port") else ""
    user = f"{params['user']}@" if params.get("user") else ""
    return f"{user}{host}{port}/{params.get('dbname') or '(default database)'}"


def _redact(message: str, dsn: str) -> str:
    """An error message without the DSN's password, on one line."""
    message = re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", message)
    try:
        from psycopg.conninfo import conninfo_to_dict

        password = conninfo_to_dict(dsn).get("password")
    except Exception:
        password = None
    if password:
        message = message.replace(str(password), "***")
    return " ".join(message.split())


def connect(dsn: str) -> psycopg.Connection[Any]:
    """A connection to PostgreSQL, or a StoreError that says why not (bad DSN, server unreachable)."""
    try:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict
    except ImportError as exc:
        raise StoreError("PostgreSQL support needs psycopg 3: pip install 'newsgraph[postgres]' "
                         "(or 'psycopg[binary]')") from exc
    try:
        params = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise StoreError(f"not a PostgreSQL connection string ({_redact(str(exc), dsn)}); expected e.g. "
                         "postgresql://user@host:5432/dbname") from exc
    extra: dict[str, Any] = {"application_name": "newsgraph-sync"}
    if "connect_timeout" not in params:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return psycopg.connect(dsn, **extra)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to PostgreSQL at {describe_dsn(dsn)}: {_redact(str(exc), dsn)}") from exc


def _open_sqlite(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StoreError(f"no database at {path}")
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        db.execute("BEGIN")  # one snapshot for every table, even while `newsgraph add` writes
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read SQLite database {path}: {exc}") from exc
    return db


def sync_to_postgres(db_path: str | Path, dsn: str, *, schema: str = DEFAULT_SCHEMA,
                     rebuild: bool = False) -> SyncResult:
    """Make the PostgreSQL schema `schema` at `dsn` a copy of the SQLite store at `db_path`."""
    if not _NAME.match(schema):
        raise StoreError(f"schema name {schema!r} is not a plain identifier (letters, digits, _)")
    started = time.perf_counter()
    path = Path(db_path)
    sqlite_db = _open_sqlite(path)
    try:
        try:
            layout = read_schema(sqlite_db)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the schema of {path}: {exc}") from exc
        if not layout.tables:
            raise StoreError(f"{path} has no tables to mirror")
        with connect(dsn) as conn:
            result = SyncResult(describe_dsn(dsn), schema, layout.user_version, skipped=layout.skipped,
                                rebuilt=rebuild)
            _sync(conn, sqlite_db, path, layout, result, dsn)
    finally:
        sqlite_db.close()
    result.seconds = time.perf_counter() - started
    return result


def _sync(conn: psycopg.Connection[Any], sqlite_db: sqlite3.Connection, path: Path, layout: SqliteSchema,
          result: SyncResult, dsn: str) -> None:
    import psycopg

    step = "preparing the schema"
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"newsgraph-sync:{result.schema}",))
            cur.execute(f"CREATE SCHEMA IF NOT EXISTS {_pq(result.schema)}")
            meta = _read_meta(cur, result.schema)
            before = json.loads(meta.get("tables", "[]"))
            if result.rebuilt:
                for name in sorted(set(before) | {t.name for t in layout.tables}):
                    cur.execute(f"DROP TABLE IF EXISTS {_pt(result.schema, name)} CASCADE")
            else:
                for name in sorted(set(before) - {t.name for t in layout.tables}):
                    cur.execute(f"DROP TABLE IF EXISTS {_pt(result.schema, name)} CASCADE")
                    result.dropped.append(name)
            _ensure_tables(cur, result.schema, layout.tables)  # indexes and foreign keys come after the rows
            stages = {t.name: f"ng_stage_{number}" for number, t in enumerate(layout.tables)}
            copied, direct = {}, set()
            for table in layout.tables:
                step = f"copying {table.name}"
                target = _pt(result.schema, table.name)
                cur.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {target})")
                if (cur.fetchone() or (False,))[0]:  # a first sync of this table: straight in, nothing to compare
                    copied[table.name] = _copy_rows(cur, sqlite_db, table, target)
                    direct.add(table.name)
                else:
                    copied[table.name] = _stage(cur, sqlite_db, result.schema, table, stages[table.name])
            deleted = {t.name: 0 for t in layout.tables}
            for table in reversed(layout.tables):  # children first: each delete counts its own rows
                if table.name not in direct:
                    step = f"deleting from {table.name}"
                    deleted[table.name] = _delete_gone(cur, result.schema, table, stages[table.name])
            for table in layout.tables:
                step = f"writing {table.name}"
                inserted, updated = ((copied[table.name], 0) if table.name in direct
                                     else _upsert(cur, result.schema, table, stages[table.name]))
                result.tables.append(TableSync(table.name, copied[table.name], inserted, updated,
                                               deleted[table.name]))
            step = "checking foreign keys"
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")  # all rows are in: check now, so the tables may be altered
            step = "adding indexes and foreign keys"
            _ensure_indexes_and_foreign_keys(cur, result.schema, layout.tables)
            _write_meta(cur, result.schema, {
                "sqlite_user_version": str(layout.user_version),
                "sqlite_path": str(path.resolve()),
                "synced_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "tables": json.dumps([t.name for t in layout.tables]),
            })
    except StoreError:
        raise
    except (psycopg.Error, sqlite3.Error) as exc:
        raise StoreError(f"PostgreSQL sync into {result.target} (schema {result.schema}) failed while {step}: "
                         f"{_redact(str(exc), dsn)}; the transaction was rolled back, nothing changed") from exc


def _pq(name: str) -> str:
    """A PostgreSQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def _pt(schema: str, table: str) -> str:
    return f"{_pq(schema)}.{_pq(table)}"


def _cols(names: Iterable[str], prefix: str = "") -> str:
    return ", ".join(prefix + _pq(n) for n in names)


def _read_meta(cur: psycopg.Cursor[Any], schema: str) -> dict[str, str]:
    cur.execute(f"CREATE TABLE IF NOT EXISTS {_pt(schema, META_TABLE)} (key text PRIMARY KEY, value text NOT NULL)")
    cur.execute(f"SELECT key, value FROM {_pt(schema, META_TABLE)}")
    return {key: value for key, value in cur.fetchall()}


def _write_meta(cur: psycopg.Cursor[Any], schema: str, values: dict[str, str]) -> None:
    cur.executemany(f"INSERT INTO {_pt(schema, META_TABLE)} (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", list(values.items()))


def _ensure_tables(cur: psycopg.Cursor[Any], schema: str, tables: tuple[Table, ...]) -> None:
    cur.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = %s ORDER BY table_name, ordinal_position", (schema,))
    existing: dict[str, dict[str, str]] = {}
    for table_name, column_name, data_type in cur.fetchall():
        existing.setdefault(table_name, {})[column_name] = data_type
    cur.execute("SELECT c.relname, array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum)) "
                "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
                "WHERE n.nspname = %s AND i.indisprimary GROUP BY c.relname", (schema,))
    primary_keys = {name: tuple(cols) for name, cols in cur.fetchall()}
    for table in tables:
        have = existing.get(table.name)
        if have is None:
            cur.execute(_create_table_sql(schema, table))
            continue
        wanted = {ROWID_COLUMN: "bigint"} if table.uses_rowid else {}
        wanted.update({c.name: c.pg_type for c in table.columns})
        extra = sorted(set(have) - set(wanted))
        changed = sorted(n for n in wanted if n in have and have[n] != wanted[n])
        key = table.primary_key or ((ROWID_COLUMN,) if table.uses_rowid else ())
        other_key = primary_keys.get(table.name, ()) != key
        if extra or changed or other_key:
            what = "; ".join(filter(None, [extra and f"columns no longer in SQLite: {', '.join(extra)}",
                                           changed and f"columns of another type: {', '.join(changed)}",
                                           other_key and f"primary key now ({', '.join(key)})"]))
            raise StoreError(f"the PostgreSQL table {schema}.{table.name} differs from SQLite ({what}); "
                             "sync with --rebuild to drop the mirrored tables and copy them again")
        for column in table.columns:
            if column.name not in have:  # added by a newsgraph migration since the last sync
                notnull = " NOT NULL" if column.notnull and column.default is not None else ""
                default = f" DEFAULT {column.default}" if column.default is not None else ""
                cur.execute(f"ALTER TABLE {_pt(schema, table.name)} ADD COLUMN {_pq(column.name)} "
                            f"{column.pg_type}{default}{notnull}")


def _ensure_indexes_and_foreign_keys(cur: psycopg.Cursor[Any], schema: str, tables: tuple[Table, ...]) -> None:
    """Indexes and foreign keys a table lacks. Run after the rows are in: on a first sync, building an
    index and checking a foreign key once over all rows is much cheaper than doing it row by row."""
    cur.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", (schema,))
    have_indexes = {row[0] for row in cur.fetchall()}
    for table in tables:
        for index in table.indexes:
            if index.name in have_indexes:
                continue
            parts = ", ".join((f"lower({_pq(col)})" if nocase else _pq(col)) + (" DESC" if desc else "")
                              for col, nocase, desc in zip(index.columns, index.nocase, index.descending, strict=True))
            unique = "UNIQUE " if index.unique else ""
            cur.execute(f"CREATE {unique}INDEX {_pq(index.name)} "
                        f"ON {_pt(schema, table.name)} ({parts})")
    cur.execute("SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                "WHERE n.nspname = %s AND c.contype = 'f'", (schema,))
    have_fks = {row[0] for row in cur.fetchall()}
    for table in tables:
        for fk in table.foreign_keys:
            name = f"{table.name}_{'_'.join(fk.columns)}_fkey"[:63]
            if name in have_fks:
                continue
            cur.execute(f"ALTER TABLE {_pt(schema, table.name)} ADD CONSTRAINT {_pq(name)} "
                        f"FOREIGN KEY ({_cols(fk.columns)}) REFERENCES {_pt(schema, fk.parent)} "
                        f"({_cols(fk.parent_columns)}) ON DELETE {fk.on_delete} ON UPDATE {fk.on_update} "
                        "DEFERRABLE INITIALLY DEFERRED")


def _create_table_sql(schema: str, table: Table) -> str:
    lines = [f"{_pq(ROWID_COLUMN)} bigint NOT NULL"] if table.uses_rowid else []
    for column in table.columns:
        notnull = " NOT NULL" if column.notnull or column.name in table.key else ""
        default = f" DEFAULT {column.default}" if column.default is not None else ""
        lines.append(f"{_pq(column.name)} {column.pg_type}{default}{notnull}")
    if table.primary_key:
        lines.append(f"PRIMARY KEY ({_cols(table.primary_key)})")
    elif table.uses_rowid:
        lines.append(f"PRIMARY KEY ({_pq(ROWID_COLUMN)})")
    lines.extend(f"UNIQUE ({_cols(cols)})" for cols in table.uniques)
    return f"CREATE TABLE {_pt(schema, table.name)} (\n    " + ",\n    ".join(lines) + "\n)"


def _sqlite_rows(db: sqlite3.Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    cols = ", ".join(_q(c.name) for c in table.columns)
    select = f"SELECT rowid, {cols} FROM {_q(table.name)}" if table.uses_rowid else \
        f"SELECT {cols} FROM {_q(table.name)}"
    yield from db.execute(select)


def _stage(cur: psycopg.Cursor[Any], db: sqlite3.Connection, schema: str, table: Table, stage: str) -> int:
    """COPY the SQLite rows of `table` into a temporary table shaped like its PostgreSQL copy."""
    cur.execute(f"CREATE TEMP TABLE {_pq(stage)} (LIKE {_pt(schema, table.name)}) ON COMMIT DROP")
    for column in table.columns:
        if column.pg_type in ("text", "bytea"):  # staged rows live for one transaction: compressing them is waste
            cur.execute(f"ALTER TABLE {_pq(stage)} ALTER COLUMN {_pq(column.name)} SET STORAGE EXTERNAL")
    rows = _copy_rows(cur, db, table, _pq(stage))
    cur.execute(f"ANALYZE {_pq(stage)}")  # so the anti-joins get sensible plans
    return rows


def _copy_rows(cur: psycopg.Cursor[Any], db: sqlite3.Connection, table: Table, target: str) -> int:
    """COPY the table's SQLite rows into `target`: binary (no escaping or parsing of the long texts),
    unless a value is not of its column's type (SQLite allows 7 in a TEXT column): then as text,
    which PostgreSQL converts where it can and refuses, naming the column, where it cannot."""
    import psycopg

    kinds = (["bigint"] if table.uses_rowid else []) + [c.pg_type for c in table.columns]
    types = [_BINARY_TYPES.get(kind) for kind in kinds]
    if all(types):
        try:
            with cur.connection.transaction():  # a savepoint: a failed binary COPY leaves nothing behind
                return _copy(cur, db, table, target, types)
        except (TypeError, ValueError, OverflowError, psycopg.DataError):
            pass
    return _copy(cur, db, table, target, None)


def _copy(cur: psycopg.Cursor[Any], db: sqlite3.Connection, table: Table, target: str,
          binary_types: list[str | None] | None) -> int:
    rows = 0
    form = " (FORMAT BINARY)" if binary_types else ""
    with cur.copy(f"COPY {target} ({_cols(table.pg_columns)}) FROM STDIN{form}") as copy:
        if binary_types:
            copy.set_types([t for t in binary_types if t])
        for row in _sqlite_rows(db, table):
            copy.write_row(row)
            rows += 1
    return rows


def _key_match(key: tuple[str, ...], left: str, right: str) -> str:
    return " AND ".join(f"{left}.{_pq(k)} = {right}.{_pq(k)}" for k in key)


def _delete_gone(cur: psycopg.Cursor[Any], schema: str, table: Table, stage: str) -> int:
    cur.execute(f"DELETE FROM {_pt(schema, table.name)} AS t WHERE NOT EXISTS "
                f"(SELECT 1 FROM {_pq(stage)} AS s WHERE {_key_match(table.key, 's', 't')})")
    return max(cur.rowcount, 0)


def _upsert(cur: psycopg.Cursor[Any], schema: str, table: Table, stage: str) -> tuple[int, int]:
    """Insert new keys, update rows whose values differ; returns (inserted, updated).

    Rows equal to their copy are filtered out first by one anti-join: far cheaper than letting
    ON CONFLICT try (and skip) every unchanged row one at a time."""
    columns = table.pg_columns
    values = [c for c in columns if c not in table.key]
    same = _key_match(table.key, "o", "s")
    if values:
        same += f" AND ({_cols(values, 'o.')}) IS NOT DISTINCT FROM ({_cols(values, 's.')})"
        on_conflict = (f"DO UPDATE SET {', '.join(f'{_pq(c)} = excluded.{_pq(c)}' for c in values)} "
                       f"WHERE ({_cols(values, 't.')}) IS DISTINCT FROM ({_cols(values, 'excluded.')})")
    else:
        on_conflict = "DO NOTHING"
    target = _pt(schema, table.name)
    cur.execute(f"WITH written AS (INSERT INTO {target} AS t ({_cols(columns)}) "
                f"SELECT {_cols(columns, 's.')} FROM {_pq(stage)} AS s "
                f"WHERE NOT EXISTS (SELECT 1 FROM {target} AS o WHERE {same}) "
                f"ON CONFLICT ({_cols(table.key)}) {on_conflict} "
                "RETURNING (xmax = 0) AS inserted) "
                "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written")
    inserted, updated = cur.fetchone() or (0, 0)
    return int(inserted), int(updated)
