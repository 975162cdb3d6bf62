"""The command line: `newsgraph extract | add | list | show | export | search | failures`."""

from __future__ import annotations

import json
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from .config import DEFAULT_MAX_BYTES, Settings
from .errors import NewsgraphError

DEFAULT_DB = os.environ.get("NEWSGRAPH_DB", "newsgraph.db")

db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite database file (env NEWSGRAPH_DB).")


def _input_options(f: Any) -> Any:
    f = click.option("--allow-private", is_flag=True,
                     help="Allow URLs on loopback, private or link-local addresses.")(f)
    f = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Size cap for one input.")(f)
    f = click.option("--timeout", "timeout_s", type=click.FloatRange(min=0.1), default=15.0, show_default=True,
                     help="Network timeout in seconds.")(f)
    return f


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: who said what, who did what to whom, where and when — with the evidence."""


@main.command()
@click.argument("source")
@click.option("--url", help="The page's URL, when SOURCE is a file or stdin.")
@click.option("--published", help="Publication date (YYYY-MM-DD) when the page does not say.")
@click.option("--compact", is_flag=True, help="One line of JSON instead of indented output.")
@_input_options
def extract(source: str, url: str | None, published: str | None, compact: bool, allow_private: bool,
            max_bytes: int, timeout_s: float) -> None:
    """Print the full analysis of one page as JSON (SOURCE: file, '-' for stdin, or URL).

    A feed or WARC holds several pages: each is printed as one JSON line.
    """
    from ._types import SourceFailure
    from .pipeline import load_pipeline
    from .sources import iter_inputs

    settings = Settings(max_bytes=max_bytes, timeout_s=timeout_s, allow_private=allow_private)
    pages = list(iter_inputs([source], settings))
    failures = [p for p in pages if isinstance(p, SourceFailure)]
    pages = [p for p in pages if not isinstance(p, SourceFailure)]
    for failure in failures:
        click.echo(f"error: {failure.location}: {failure.reason}", err=True)
    if not pages:
        sys.exit(1)
    pipeline = load_pipeline()
    many = len(pages) > 1
    status = 0
    for raw in pages:
        try:
            # --url names the page of a file or stdin; pages of a feed or WARC keep their own
            record = pipeline.analyze_raw(raw, url=raw.url or url, published=published)
        except NewsgraphError as exc:
            click.echo(f"error: {raw.location}: {exc.reason}", err=True)
            status = 1
            continue
        indent = None if compact or many else 2
        click.echo(json.dumps(record, ensure_ascii=False, indent=indent))
    sys.exit(status)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@_input_options
def add(sources: tuple[str, ...], db_path: str, workers: int, no_progress: bool, allow_private: bool,
        max_bytes: int, timeout_s: float) -> None:
    """Analyse SOURCES (files, folders, URLs, RSS/Atom feeds, WARC files) into the store.

    Failed inputs are recorded and listed; the exit status is 1 only when inputs were given and
    every one of them failed.
    """
    from .batch import run_batch
    from .store import Store

    settings = Settings(max_bytes=max_bytes, timeout_s=timeout_s, allow_private=allow_private)
    try:
        with Store(db_path) as store:
            result = run_batch(sources, store, settings, workers=workers,
                               progress=not no_progress and sys.stderr.isatty())
    except NewsgraphError as exc:
        _fail(exc.reason)
    click.echo(f"{len(result.added)} added, {len(result.unchanged)} unchanged, {len(result.failed)} failed "
               f"→ {db_path}")
    for failure in result.failed:
        click.echo(f"  failed [{failure.stage}] {failure.location}: {failure.reason}")
    if result.failed and not (result.added or result.unchanged):
        sys.exit(1)


@main.command("list")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most this many.")
def list_articles(db_path: str, limit: int | None) -> None:
    """A readable summary of every stored article."""
    from .store import Store

    try:
        store = Store(db_path, readonly=True)
    except NewsgraphError as exc:
        _fail(exc.reason)
    with store:
        for art in store.articles(limit):
            click.echo(f"{art.id}  {art.title or '(untitled)'}")
            click.echo(f"    outlet: {art.outlet or 'unknown'}   published: {art.published or 'unknown'}   "
                       f"paragraphs: {art.paragraphs}   entities: {art.entities}   statements: {art.quotes}")
            speakers = store.top_speakers(art.id)
            if speakers:
                click.echo("    speakers: " + ", ".join(f"{n} ({c})" for n, c in speakers))
            top = store.top_entities(art.id)
            if top:
                click.echo("    entities: " + ", ".join(f"{n} ({lab}×{c})" if c > 1 else f"{n} ({lab})"
                                                     for n, lab, c in top))
        counts = store.counts()
        click.echo(f"{counts['article']} articles, {counts['entity']} entity mentions, {counts['quote']} statements, "
                   f"{counts['failure']} failed inputs in {db_path}")


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored record as JSON.")
def show(article_id: str, db_path: str, as_json: bool) -> None:
    """Show one stored article (ID or a unique prefix of it)."""
    from .store import Store

    try:
        store = Store(db_path, readonly=True)
    except NewsgraphError as exc:
        _fail(exc.reason)
    with store:
        record = store.record(article_id)
    if record is None:
        _fail(f"no article {article_id!r} in {db_path}")
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    meta = record["document"]
    click.echo(f"{record['id']}  {meta.get('title') or '(untitled)'}")
    click.echo(f"outlet: {meta['outlet'].get('name') or 'unknown'}   published: {meta.get('published') or 'unknown'}"
               f"   url: {meta.get('canonical_url') or meta.get('url') or '-'}")
    if meta.get("section_path"):
        click.echo("section: " + " / ".join(meta["section_path"]))
    for part in record["parts"]:
        if part["type"] in ("caption", "credit"):
            click.echo(f"{part['type']}: {part['text']}")
    click.echo("")
    for part in record["parts"]:
        if part["type"] == "paragraph":
            click.echo(part["text"] + "\n")
    ents = sorted({(e["name"], e["label"]) for e in record["entities"] if e.get("role") != "credit"})
    click.echo("entities: " + "; ".join(f"{n} ({lab})" for n, lab in ents))


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(db_path: str, fmt: str, output: str | None) -> None:
    """Export the stored analyses (JSON Lines: one record per line)."""
    from .store import Store

    try:
        store = Store(db_path, readonly=True)
    except NewsgraphError as exc:
        _fail(exc.reason)
    with store, (Path(output).open("w", encoding="utf-8") if output else nullcontext(sys.stdout)) as out:
        for record in store.records():
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
def search(query: str, db_path: str, limit: int) -> None:
    """Full-text search over stored articles (SQLite FTS5 syntax)."""
    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            hits = store.search(query, limit)
    except NewsgraphError as exc:
        _fail(exc.reason)
    for article_id, title, snippet in hits:
        click.echo(f"{article_id}  {title or '(untitled)'}\n    {snippet}")
    if not hits:
        click.echo("no matches")


@main.command()
@db_option
@click.option("--speaker", help="Part of the speaker's name (or of the words used for the speaker).")
@click.option("--contains", help="A phrase the statement contains.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per statement.")
def quotes(db_path: str, speaker: str | None, contains: str | None, limit: int, as_json: bool) -> None:
    """Statements in the store: who said what, in which article, at which characters."""
    from dataclasses import asdict

    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            rows = store.quotes(speaker=speaker, contains=contains, limit=limit)
    except NewsgraphError as exc:
        _fail(exc.reason)
    for row in rows:
        if as_json:
            click.echo(json.dumps(asdict(row), ensure_ascii=False))
            continue
        if row.speaker_name:
            who = row.speaker_name
        elif row.speaker_mention:
            who = f"unnamed ({row.speaker_mention})"
        else:
            who = "unattributed"
        click.echo(f"{who} [{row.kind}, {row.cue or '-'}, {row.confidence:.2f}]  "
                   f"{row.article_id}:{row.start}-{row.end}")
        click.echo(f"    “{row.text}”")
        click.echo(f"    in: {row.title or '(untitled)'}")
    if not as_json:
        click.echo(f"{len(rows)} statement(s)")


@main.command()
@db_option
def failures(db_path: str) -> None:
    """Inputs that could not be analysed, with the stage and the reason."""
    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            rows = store.failures()
    except NewsgraphError as exc:
        _fail(exc.reason)
    for f in rows:
        click.echo(f"[{f.stage}] {f.source}: {f.reason}")
    click.echo(f"{len(rows)} failed input(s)")


@main.command()
@db_option
@click.option("--actor", help="Only this actor (canonical name or the words of a mention).")
@click.option("--outlet", help="Only this outlet (name or domain).")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per actor, outlet and label.")
def wording(db_path: str, actor: str | None, outlet: str | None, limit: int, as_json: bool) -> None:
    """How each outlet describes each actor ("the Israeli regime", "terrorist group"), with counts."""
    from dataclasses import asdict

    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            rows = store.wording(actor=actor, outlet=outlet, limit=limit)
    except NewsgraphError as exc:
        _fail(exc.reason)
    current = None
    for row in rows:
        if as_json:
            click.echo(json.dumps(asdict(row), ensure_ascii=False))
            continue
        if row.actor != current:
            current = row.actor
            click.echo(row.actor)
        click.echo(f"    {row.outlet or '(unknown outlet)'}: “{row.label}” [{row.kind}] ×{row.count} "
                   f"in {row.articles} article(s), e.g. {row.example_article}")
    if not as_json:
        click.echo(f"{len(rows)} wording(s)")


# -- the actor knowledge base -----------------------------------------------------------------------


@main.group()
def kb() -> None:
    """The actor knowledge base: import CAMEO/PETRARCH dictionaries, look actors and their codes up."""


@kb.command("import-cameo")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option("--kind", type=click.Choice(["auto", "actors", "agents"]), default="auto", show_default=True,
              help="Dictionary kind; auto decides from the file name, then from the codes ('~' marks agents).")
@click.option("--warnings", "show_warnings", is_flag=True, help="List every warning with its line number.")
def kb_import_cameo(paths: tuple[str, ...], db_path: str, kind: str, show_warnings: bool) -> None:
    """Import CAMEO/PETRARCH actor or agent dictionaries (PATHS) into the knowledge base.

    Each file is read whole (bad lines become warnings) and synced in one transaction: importing
    the same file again changes nothing, and aliases or merges made by hand are kept.
    """
    from .kb import import_cameo
    from .store import Store

    try:
        store = Store(db_path)
    except NewsgraphError as exc:
        _fail(exc.reason)
    with store:
        for path in paths:
            try:
                result = import_cameo(store, path, {"actors": "actors", "agents": "agents"}.get(kind))
            except (NewsgraphError, OSError) as exc:
                _fail(f"{path}: {getattr(exc, 'reason', None) or exc}")
            read, offered, stored = result.read, result.offered, result.stored
            click.echo(f"{Path(path).name} [{result.kind} → {result.source}]")
            if result.kind == "actors":
                click.echo(f"  read:   {read['entries']} entries, {read['synonyms']} synonyms, {read['codes']} codes")
                click.echo(f"  stored: {stored['actors']} actors (+{stored['actors_added']}), "
                           f"{stored['aliases']} aliases (+{stored['aliases_added']}, -{stored['aliases_removed']}), "
                           f"{stored['codes']} codes (+{stored['codes_added']}, -{stored['codes_removed']})")
                click.echo(f"  merged: {offered['actors'] - stored['actors']} repeated entries, "
                           f"{offered['aliases'] - stored['aliases']} repeated aliases, "
                           f"{offered['codes'] - stored['codes']} repeated codes; "
                           f"skipped for want of a name: {result.skipped}")
            else:
                click.echo(f"  read:   {read['agents']} agent lines, {read['substitutions']} substitution sets")
                click.echo(f"  stored: {stored['agents']} agents (+{stored['agents_added']}, "
                           f"-{stored['agents_removed']}), {stored['names']} names (+{stored['names_added']}, "
                           f"-{stored['names_removed']})")
                click.echo(f"  merged: {offered['agents'] - stored['agents']} repeated agents, "
                           f"{offered['names'] - stored['names']} repeated names")
            hint = "" if show_warnings or not result.warnings else " (--warnings lists them)"
            click.echo(f"  {len(result.warnings)} warning(s){hint}")
            if show_warnings:
                for warning in result.warnings:
                    click.echo(f"    {warning}")
        counts = store.kb_counts()
    click.echo(f"{counts['actor']} actors, {counts['actor_alias']} aliases, {counts['actor_code']} codes, "
               f"{counts['agent']} agents in {db_path}")


def _iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@kb.command("codes")
@click.argument("name")
@click.option("--date", "day", callback=_iso_day, metavar="YYYY-MM-DD",
              help="Only the codes valid that day (else every code with its dates).")
@db_option
def kb_codes(name: str, day: Any, db_path: str) -> None:
    """The CAMEO codes of the actors called NAME (any alias; case and punctuation do not matter)."""
    from .kb import codes_for
    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            found = codes_for(store, name, day)
    except NewsgraphError as exc:
        _fail(exc.reason)
    if not found:
        _fail(f"no actor called {name!r} in {db_path}")
    for actor in found:
        click.echo(f"{actor.name}  (actor {actor.actor_id}, {actor.source}; alias {actor.matched_alias!r})")
        if day is not None:
            click.echo(f"  valid on {day.isoformat()}: " + (", ".join(c.code for c in actor.codes) or "no code"))
        for code in actor.codes:
            span = f"{code.start.isoformat() if code.start else '…'} – {code.end.isoformat() if code.end else '…'}"
            if code.start is None and code.end is None:
                span = "default"
            note = f"  # {code.note}" if code.note else ""
            click.echo(f"    {code.code:<14} {span:<25} [{code.restriction or '-'}]{note}")
