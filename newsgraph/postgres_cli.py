"""`newsgraph postgres sync`: mirror the SQLite store into PostgreSQL (registered on :mod:`newsgraph.cli`)."""

from __future__ import annotations

import os
import sys

import click

from .errors import NewsgraphError


@click.group("postgres")
def postgres() -> None:
    """Mirror the store into PostgreSQL (SQLite stays the store newsgraph writes)."""


@postgres.command("sync")
@click.option("--db", "db_path", default=os.environ.get("NEWSGRAPH_DB", "newsgraph.db"), show_default=True,
              type=click.Path(dir_okay=False), help="SQLite database file (env NEWSGRAPH_DB).")
@click.option("--to", "dsn", envvar="NEWSGRAPH_POSTGRES", metavar="DSN",
              help="PostgreSQL connection string, e.g. postgresql://user@host:5432/dbname "
                   "(env NEWSGRAPH_POSTGRES).")
@click.option("--schema", default="newsgraph", show_default=True,
              help="PostgreSQL schema (namespace) that holds the copy.")
@click.option("--rebuild", is_flag=True, help="Drop the mirrored tables first and copy everything again.")
def sync(db_path: str, dsn: str | None, schema: str, rebuild: bool) -> None:
    """Copy the store's tables into PostgreSQL: new rows inserted, changed rows updated, rows gone
    from SQLite deleted. Running it again without changes writes nothing."""
    from .store.postgres import sync_to_postgres

    if not dsn:
        click.echo("error: no PostgreSQL database: give --to DSN or set NEWSGRAPH_POSTGRES", err=True)
        sys.exit(1)
    try:
        result = sync_to_postgres(db_path, dsn, schema=schema, rebuild=rebuild)
    except NewsgraphError as exc:
        click.echo(f"error: {exc.reason}", err=True)
        sys.exit(1)
    width = max(len("total"), *(len(t.table) for t in result.tables))
    click.echo(f"{'table':<{width}}  {'rows':>8}  {'inserted':>8}  {'updated':>8}  {'deleted':>8}")
    for t in result.tables:
        click.echo(f"{t.table:<{width}}  {t.rows:>8}  {t.inserted:>8}  {t.updated:>8}  {t.deleted:>8}")
    click.echo(f"{'total':<{width}}  {result.rows:>8}  {sum(t.inserted for t in result.tables):>8}  "
               f"{sum(t.updated for t in result.tables):>8}  {sum(t.deleted for t in result.tables):>8}")
    for name in result.dropped:
        click.echo(f"dropped {schema}.{name}: no longer in the SQLite store")
    click.echo(f"{db_path} (user_version {result.user_version}) → {result.target}, schema {result.schema}"
               f"{' (rebuilt)' if result.rebuilt else ''}: {result.changed} row(s) written in {result.seconds:.2f} s")
    if result.skipped:
        by_reason: dict[str, list[str]] = {}
        for name, why in result.skipped:
            by_reason.setdefault(why, []).append(name)
        click.echo("not mirrored (SQLite only): " + "; ".join(f"{why}: {', '.join(names)}"
                                                             for why, names in by_reason.items()))


def register(main: click.Group) -> None:
    main.add_command(postgres)
