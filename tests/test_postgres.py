"""The PostgreSQL mirror (`newsgraph postgres sync`) against a real, throwaway PostgreSQL server.

The session starts its own server with the installed PostgreSQL binaries (tests/pg_server.py: a
cluster in a folder under /tmp, owned by the `postgres` user when run as root, since initdb refuses
root; a free port, the unix socket in that folder). Each test syncs into a PostgreSQL schema of its
own. Only a machine without PostgreSQL binaries skips these tests.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
import pytest
from click.testing import CliRunner

from newsgraph import Pipeline, RawPage
from newsgraph.cli import main
from newsgraph.config import Settings
from newsgraph.errors import StoreError
from newsgraph.sources import iter_inputs
from newsgraph.store import Store
from newsgraph.store.postgres import META_TABLE, SyncResult, sync_to_postgres
from tests.pg_server import free_port, postgres_bin, throwaway_postgres

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FIRST = ["01-reuters-oil-sanctions.html", "02-aljazeera-iraq-turkey-talks.html"]
LATER = "04-kurdistan24-harir-rocket-attack.html"
OTHER = "06-gulfsentinel-marib-drone-strike.html"
# the tables an article owns, each row with its article_id
ARTICLE_TABLES = ["part", "entity", "quote", "event", "place", "time_expr", "descriptor", "actor_mention",
                  "source_seen"]


# -- a throwaway PostgreSQL server -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) installed: `make install` adds Debian's postgresql")
    with throwaway_postgres(bin_dir) as dsn:
        yield dsn


@pytest.fixture
def pg_schema(request: pytest.FixtureRequest) -> str:
    """A schema name of this test's own."""
    return "t_" + re.sub(r"\W", "_", request.node.name)[:50].lower()


@pytest.fixture
def pg(postgres_dsn: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        yield conn


# -- stores of analysed examples ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def example_records(pipeline: Pipeline) -> dict[str, dict[str, Any]]:
    records = {}
    for name in [*FIRST, LATER, OTHER]:
        pages = [p for p in iter_inputs([str(EXAMPLES / name)], Settings()) if isinstance(p, RawPage)]
        records[name] = pipeline.analyze_raw(pages[0])
    return records


def fill(store: Store, records: list[dict[str, Any]]) -> None:
    for record in records:
        store.save(record)
    store.update_stories()  # as `newsgraph add` does after a batch


def one(path: Path, sql: str, *args: Any) -> Any:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, args).fetchone()[0]


def sqlite_tables(path: Path) -> list[str]:
    """The tables PostgreSQL can hold: not virtual, not shadow tables, not SQLite's own."""
    with closing(sqlite3.connect(path)) as db:
        return [name for (name,) in db.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                                               "type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def sqlite_rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return sorted(db.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)


def pg_rows(conn: psycopg.Connection[Any], schema: str, table: str) -> list[tuple[Any, ...]]:
    return sorted(conn.execute(f'SELECT * FROM "{schema}"."{table}"').fetchall(), key=repr)


def pg_fingerprint(conn: psycopg.Connection[Any], schema: str, table: str) -> tuple[str, list[str]]:
    """A checksum of the table's content and the transaction ids that wrote its rows."""
    row = conn.execute(f"SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')), "
                       f"coalesce(array_agg(xmin::text ORDER BY xmin::text), '{{}}') "
                       f'FROM "{schema}"."{table}" AS t').fetchone()
    assert row is not None
    return row[0], row[1]


def assert_same_content(path: Path, conn: psycopg.Connection[Any], schema: str) -> None:
    tables = sqlite_tables(path)
    assert "article" in tables and "quote" in tables
    for table in tables:
        assert pg_rows(conn, schema, table) == sqlite_rows(path, table), table


def by_table(result: SyncResult) -> dict[str, Any]:
    return {t.table: t for t in result.tables}


# -- the tests ---------------------------------------------------------------------------------------------


def test_sync_copies_every_table_value_for_value(make_store, example_records, postgres_dsn, pg, pg_schema) -> None:
    store = make_store()
    fill(store, [example_records[n] for n in FIRST])
    result = sync_to_postgres(store.path, postgres_dsn, schema=pg_schema)

    counts = {t.table: t.rows for t in result.tables}
    assert counts["article"] == 2 and counts["quote"] > 0 and counts["event"] > 0 and counts["place"] > 0
    assert result.changed == result.rows == sum(t.inserted for t in result.tables)
    for table in ("article", "quote", "event", "place", "entity", "time_expr", "story"):
        assert pg.execute(f'SELECT count(*) FROM "{pg_schema}"."{table}"').fetchone() == (counts[table],)
    assert_same_content(store.path, pg, pg_schema)

    # the evidence offsets still point at the evidence: PostgreSQL counts characters as Python does
    quotes = pg.execute(f'SELECT q.text, substr(a.text, q.start::int + 1, (q."end" - q.start)::int), q.start, q."end" '
                        f'FROM "{pg_schema}".quote q JOIN "{pg_schema}".article a ON a.id = q.article_id').fetchall()
    assert quotes and all(text == evidence for text, evidence, _, _ in quotes)
    record_quotes = sorted((q["text"], q["start"], q["end"]) for n in FIRST for q in example_records[n]["quotes"])
    assert sorted((text, start, end) for text, _, start, end in quotes) == record_quotes
    triggers = pg.execute(f'SELECT e.trigger_text, substr(a.text, e.trigger_start::int + 1, '
                          f'(e.trigger_end - e.trigger_start)::int) FROM "{pg_schema}".event e '
                          f'JOIN "{pg_schema}".article a ON a.id = e.article_id').fetchall()
    assert triggers and all(t == s for t, s in triggers)

    meta = dict(pg.execute(f'SELECT key, value FROM "{pg_schema}".{META_TABLE}').fetchall())
    assert meta["sqlite_user_version"] == str(store.schema_version)
    skipped = {name for name, _ in result.skipped}
    assert {"article_fts", "quote_fts", "article_fts_data"} <= skipped
    pg_tables = {r[0] for r in pg.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                                          (pg_schema,))}
    assert not any("fts" in name for name in pg_tables)
    # foreign keys came along, and they hold
    fk = pg.execute("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                    "WHERE n.nspname = %s AND c.contype = 'f'", (pg_schema,)).fetchone()
    assert fk is not None and fk[0] >= 10


def test_second_sync_writes_nothing(make_store, example_records, postgres_dsn, pg, pg_schema) -> None:
    store = make_store()
    fill(store, [example_records[n] for n in FIRST])
    first = sync_to_postgres(store.path, postgres_dsn, schema=pg_schema)
    before = {t.table: pg_fingerprint(pg, pg_schema, t.table) for t in first.tables}

    again = sync_to_postgres(store.path, postgres_dsn, schema=pg_schema)
    assert again.changed == 0
    assert [(t.table, t.rows) for t in again.tables] == [(t.table, t.rows) for t in first.tables]
    # same content, and the same transaction ids: no row was rewritten
    assert {t.table: pg_fingerprint(pg, pg_schema, t.table) for t in again.tables} == before


def test_added_article_adds_exactly_its_rows(make_store, example_records, postgres_dsn, pg, pg_schema) -> None:
    store = make_store()
    fill(store, [example_records[n] for n in FIRST])
    sync_to_postgres(store.path, postgres_dsn, schema=pg_schema)
    new = example_records[LATER]
    fill(store, [new])

    result = by_table(sync_to_postgres(store.path, postgres_dsn, schema=pg_schema))
    assert (result["article"].inserted, result["article"].updated, result["article"].deleted) == (1, 0, 0)
    for table in ARTICLE_TABLES:
        own = one(store.path, f"SELECT count(*) FROM {table} WHERE article_id = ?", new["id"])
        assert (result[table].inserted, result[table].updated, result[table].deleted) == (own, 0, 0), table
    assert result["quote"].inserted == len(new["quotes"]) > 0
    assert result["entity"].inserted == len(new["entities"])
    assert_same_content(store.path, pg, pg_schema)


def delete_article(path: Path, article_id: str) -> None:
    """Delete through the store's own cascades, as a writer with foreign keys on does."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM article WHERE id = ?", (article_id,))


def test_deleted_article_disappears_even_when_its_keys_are_reused(make_store, example_records, postgres_dsn, pg,
                                                                  pg_schema) -> None:
    store = make_store()
    fill(store, [example_records[n] for n in [*FIRST, LATER]])
    sync_to_postgres(store.path, postgres_dsn, schema=pg_schema)
    gone, other = example_records[LATER]["id"], example_records[OTHER]["id"]
    old_pk = one(store.path, "SELECT pk FROM article WHERE id = ?", gone)

    # SQLite hands the freed rowids (article.pk, quote.pk, event.pk ...) to the next article: in one
    # sync the same keys now hold another article's rows, and the old article's rows are gone
    delete_article(store.path, gone)
    fill(store, [example_records[OTHER]])
    assert one(store.path, "SELECT pk FROM article WHERE id = ?", other) == old_pk
    result = by_table(sync_to_postgres(store.path, postgres_dsn, schema=pg_schema))
    assert (result["article"].inserted, result["article"].updated, result["article"].deleted) == (0, 1, 0)
    for table in ["article", *ARTICLE_TABLES]:
        column = "id" if table == "article" else "article_id"
        assert pg.execute(f'SELECT count(*) FROM "{pg_schema}"."{table}" WHERE {column} = %s',
                          (gone,)).fetchone() == (0,), table
    assert_same_content(store.path, pg, pg_schema)

    # a plain deletion: the article and every row it owned
    owned = {table: one(store.path, f"SELECT count(*) FROM {table} WHERE article_id = ?", other)
             for table in ARTICLE_TABLES}
    delete_article(store.path, other)
    result = by_table(sync_to_postgres(store.path, postgres_dsn, schema=pg_schema))
    assert result["article"].deleted == 1 and owned["quote"] > 0
    assert {table: result[table].deleted for table in ARTICLE_TABLES} == owned
    assert pg.execute(f'SELECT count(*) FROM "{pg_schema}".article').fetchone() == (2,)
    assert_same_content(store.path, pg, pg_schema)


def test_bad_dsn_or_unreachable_server_is_a_store_error(make_store, postgres_dsn, pg_schema) -> None:
    store = make_store()
    with pytest.raises(StoreError, match="not a PostgreSQL connection string"):
        sync_to_postgres(store.path, "this is not a dsn", schema=pg_schema)
    closed = free_port()
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL at ng@127\.0\.0\.1") as refused:
        sync_to_postgres(store.path, f"postgresql://ng:s3cret@127.0.0.1:{closed}/newsgraph", schema=pg_schema)
    assert "s3cret" not in refused.value.reason
    with pytest.raises(StoreError, match='database "no_such_db" does not exist'):
        sync_to_postgres(store.path, postgres_dsn.replace("dbname=postgres", "dbname=no_such_db"), schema=pg_schema)
    with pytest.raises(StoreError, match="no database at"):
        sync_to_postgres(store.path.parent / "missing.db", postgres_dsn, schema=pg_schema)
    with pytest.raises(StoreError, match="not a plain identifier"):
        sync_to_postgres(store.path, postgres_dsn, schema="bad; drop")


def test_any_sqlite_file_keyless_tables_and_schema_changes(tmp_path: Path, postgres_dsn, pg, pg_schema) -> None:
    path = tmp_path / "plain.db"
    with closing(sqlite3.connect(path)) as db:
        db.executescript("""
            CREATE TABLE note (body TEXT, score REAL, raw BLOB, "end" INTEGER, "group" TEXT);  -- no key at all
            CREATE TABLE tag (name TEXT NOT NULL UNIQUE, weight NUMERIC);  -- keyed by its UNIQUE column
            CREATE VIRTUAL TABLE note_fts USING fts5(body);
            INSERT INTO note VALUES ('a', 1.5, x'00ff', 3, 'x'), ('a', 1.5, x'00ff', 3, 'x'),
                                    ('b', NULL, NULL, NULL, 7);  -- SQLite keeps an integer in a TEXT column
            INSERT INTO tag VALUES ('war', 2), ('peace', 0.5);
            PRAGMA user_version = 7;
        """)
    first = by_table(sync_to_postgres(path, postgres_dsn, schema=pg_schema))
    assert (first["note"].rows, first["tag"].rows) == (3, 2)
    blob = b"\x00\xff"
    assert pg_rows(pg, pg_schema, "note") == sorted([(1, "a", 1.5, blob, 3, "x"), (2, "a", 1.5, blob, 3, "x"),
                                                     (3, "b", None, None, None, "7")], key=repr)

    # a migration adds a column and a table; a row is deleted and one changed
    with closing(sqlite3.connect(path)) as db:
        db.executescript("""
            ALTER TABLE tag ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
            CREATE TABLE extra (id INTEGER PRIMARY KEY, tag TEXT REFERENCES tag(name));
            INSERT INTO extra VALUES (1, 'war');
            DELETE FROM note WHERE rowid = 2;
            UPDATE tag SET weight = 3 WHERE name = 'war';
            PRAGMA user_version = 8;
        """)
    second = by_table(sync_to_postgres(path, postgres_dsn, schema=pg_schema))
    assert (second["note"].deleted, second["tag"].updated, second["extra"].inserted) == (1, 1, 1)
    assert sorted(pg.execute(f'SELECT name, lang FROM "{pg_schema}".tag').fetchall()) == [("peace", "en"),
                                                                                        ("war", "en")]
    meta = dict(pg.execute(f'SELECT key, value FROM "{pg_schema}".{META_TABLE}').fetchall())
    assert meta["sqlite_user_version"] == "8"

    # a column that changed type cannot be mirrored in place: refused, nothing changed, --rebuild copies again
    with closing(sqlite3.connect(path)) as db:
        db.executescript("DROP TABLE extra; CREATE TABLE extra (id TEXT PRIMARY KEY); INSERT INTO extra VALUES ('x');")
    with pytest.raises(StoreError, match="--rebuild"):
        sync_to_postgres(path, postgres_dsn, schema=pg_schema)
    assert pg.execute(f'SELECT id FROM "{pg_schema}".extra').fetchall() == [(1,)]
    rebuilt = by_table(sync_to_postgres(path, postgres_dsn, schema=pg_schema, rebuild=True))
    assert rebuilt["extra"].inserted == 1
    assert pg.execute(f'SELECT id FROM "{pg_schema}".extra').fetchall() == [("x",)]

    # so is another primary key
    with closing(sqlite3.connect(path)) as db:
        db.executescript("DROP TABLE extra; CREATE TABLE extra (id TEXT, n INTEGER, PRIMARY KEY (n, id));")
    with pytest.raises(StoreError, match=r"primary key now \(n, id\).*--rebuild"):
        sync_to_postgres(path, postgres_dsn, schema=pg_schema)

    # a table dropped from SQLite is dropped from the copy
    with closing(sqlite3.connect(path)) as db:
        db.execute("DROP TABLE extra")
    assert sync_to_postgres(path, postgres_dsn, schema=pg_schema).dropped == ["extra"]


def test_rows_breaking_a_foreign_key_fail_the_sync_and_change_nothing(tmp_path: Path, postgres_dsn, pg,
                                                                      pg_schema) -> None:
    path = tmp_path / "orphans.db"
    with closing(sqlite3.connect(path)) as db:  # foreign keys are off unless a connection turns them on
        db.executescript("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));
            INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1);
        """)
    sync_to_postgres(path, postgres_dsn, schema=pg_schema)
    with closing(sqlite3.connect(path)) as db:
        db.executescript("INSERT INTO parent VALUES (2); INSERT INTO child VALUES (2, 99);")
    with pytest.raises(StoreError, match=r"checking foreign keys: .*child_parent_id_fkey.*nothing changed"):
        sync_to_postgres(path, postgres_dsn, schema=pg_schema)
    # the copy is still the one of the last good sync: parent row 2 was rolled back too
    assert pg_rows(pg, pg_schema, "parent") == [(1,)] and pg_rows(pg, pg_schema, "child") == [(1, 1)]


def test_cli_sync_reads_the_dsn_from_the_environment(make_store, example_records, postgres_dsn, pg_schema) -> None:
    store = make_store()
    fill(store, [example_records[FIRST[0]]])
    runner = CliRunner()
    args = ["postgres", "sync", "--db", str(store.path), "--schema", pg_schema]
    result = runner.invoke(main, args, env={"NEWSGRAPH_POSTGRES": postgres_dsn})
    assert result.exit_code == 0, result.output
    assert re.search(r"^article\s+1\s+1\s+0\s+0$", result.output, re.MULTILINE)
    assert "virtual table (fts5): article_fts, quote_fts" in result.output
    again = runner.invoke(main, args, env={"NEWSGRAPH_POSTGRES": postgres_dsn})
    assert again.exit_code == 0 and ": 0 row(s) written" in again.output

    missing = runner.invoke(main, args, env={"NEWSGRAPH_POSTGRES": ""})
    assert missing.exit_code == 1 and "give --to DSN or set NEWSGRAPH_POSTGRES" in missing.output
    bad = runner.invoke(main, [*args, "--to", "postgresql://ng@127.0.0.1:1/x"])
    assert bad.exit_code == 1 and "cannot connect to PostgreSQL" in bad.output
