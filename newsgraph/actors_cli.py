"""The actor commands of the CLI: `newsgraph actors`, `newsgraph actor NAME`, `newsgraph kb alias`
and `newsgraph kb merge` (registered on the groups of :mod:`newsgraph.cli`)."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from .errors import NewsgraphError

_db_option = click.option("--db", "db_path", default=os.environ.get("NEWSGRAPH_DB", "newsgraph.db"),
                          show_default=True, type=click.Path(dir_okay=False),
                          help="SQLite database file (env NEWSGRAPH_DB).")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _one_actor(store: Any, name: str) -> int:
    from .store.actor_mentions import resolve_actor

    found = resolve_actor(store, name)
    if not found:
        _fail(f"no actor called {name!r} in {store.path}")
    if len(found) > 1:
        names = ", ".join(f"{a} ({store._db.execute('SELECT name FROM actor WHERE id = ?', (a,)).fetchone()[0]})"
                          for a in found)
        _fail(f"{name!r} names several actors: {names}; give the id")
    return found[0]


@click.command("actors")
@_db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--kind", help="Only actors of this kind (person, armed group, government body, military, country …).")
def actors(db_path: str, limit: int, kind: str | None) -> None:
    """Actors the stored articles mention, with mention and article counts."""
    from .store import Store
    from .store.actor_mentions import list_actors

    try:
        with Store(db_path, readonly=True) as store:
            rows = list_actors(store, limit, kind)
    except NewsgraphError as exc:
        _fail(exc.reason)
    for row in rows:
        where = f" {row['country']}" if row["country"] else ""
        click.echo(f"{row['id']:>6}  {row['name']}  [{row['category'] or row['kind']}{where}]  "
                   f"{row['mentions']} mention(s) in {row['articles']} article(s)")
    click.echo(f"{len(rows)} actor(s)")


@click.command("actor")
@click.argument("name")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Statements and articles listed.")
def actor(name: str, db_path: str, as_json: bool, limit: int) -> None:
    """One actor (NAME or id): aliases, roles with dates, codes, what it said, where it appears."""
    from .store import Store
    from .store.actor_mentions import actor_detail

    try:
        with Store(db_path, readonly=True) as store:
            detail = actor_detail(store, _one_actor(store, name), limit)
    except NewsgraphError as exc:
        _fail(exc.reason)
    if as_json:
        click.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    where = f", {detail['country']}" if detail["country"] else ""
    click.echo(f"{detail['name']}  (actor {detail['id']}: {detail['category'] or detail['kind']}{where}"
               f"{', ' + detail['sector'] if detail['sector'] else ''}; from {detail['source']})")
    if detail["merged"]:
        click.echo(f"  merged into it: {', '.join(map(str, detail['merged']))}")
    click.echo(f"  aliases: {'; '.join(detail['aliases'])}")
    for role in detail["roles"]:
        dates = f" {role['start_date'] or '…'} – {role['end_date'] or '…'}" if role["start_date"] or role["end_date"] \
            else ""
        said = f" [{role['article_id']} {role['evidence_start']}-{role['evidence_end']}]" if role["article_id"] else ""
        former = "former " if role["ended"] else ""
        click.echo(f"  role: {former}{role['role']} of {role['of_name'] or '?'}{dates}{said}")
    for code in detail["codes"]:
        click.echo(f"  code: {code['code']} {code['start_date'] or '…'} – {code['end_date'] or '…'} ({code['source']})")
    for st in detail["statements"]:
        click.echo(f"  said ({st['article_id']}, {st['kind']}): {st['text']}")
    for art in detail["articles"]:
        click.echo(f"  in {art['article_id']} {art['published'] or ''} {art['title'] or ''} "
                   f"({art['mentions']} mention(s))")


@click.command("alias")
@click.argument("actor_name", metavar="ACTOR")
@click.argument("alias")
@_db_option
def kb_alias(actor_name: str, alias: str, db_path: str) -> None:
    """Give ACTOR (name or id) one more ALIAS; later articles that use it find the actor."""
    from .store import Store
    from .store.actor_mentions import fill_name_keys

    try:
        with Store(db_path) as store:
            actor_id = _one_actor(store, actor_name)
            added = store.add_actor_alias(actor_id, alias)
            fill_name_keys(store._db)
    except NewsgraphError as exc:
        _fail(exc.reason)
    click.echo(f"actor {actor_id}: {'added' if added else 'already had'} alias {alias!r}")


@click.command("merge")
@click.argument("keep")
@click.argument("merged")
@_db_option
def kb_merge(keep: str, merged: str, db_path: str) -> None:
    """Merge actor MERGED into KEEP (names or ids). Nothing is deleted: MERGED's mentions, aliases,
    roles and codes are read as KEEP's from now on."""
    from .store import Store

    try:
        with Store(db_path) as store:
            keep_id, merged_id = _one_actor(store, keep), _one_actor(store, merged)
            store.merge_actors(keep_id, merged_id)
    except NewsgraphError as exc:
        _fail(exc.reason)
    click.echo(f"merged actor {merged_id} into {keep_id}")


def register(main: click.Group, kb: click.Group) -> None:
    """Add the actor commands to the CLI's groups."""
    main.add_command(actors)
    main.add_command(actor)
    kb.add_command(kb_alias)
    kb.add_command(kb_merge)
