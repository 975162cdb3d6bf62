"""The command line: `newsgraph extract | add | list | show | export | search | failures`."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from .actors_cli import register as register_actor_commands
from .config import DEFAULT_MAX_BYTES, DEFAULT_PAGE_TIME_LIMIT_S, Settings
from .errors import NewsgraphError
from .postgres_cli import register as register_postgres_commands

DEFAULT_DB = os.environ.get("NEWSGRAPH_DB", "newsgraph.db")
T = TypeVar("T")

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


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _read(db_path: str, query: Callable[[Any], T]) -> T:
    """`query(store)` on the store opened read-only; a store error ends the command with its reason."""
    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            return query(store)
    except NewsgraphError as exc:
        _fail(exc.reason)


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
@click.option("--ray", "use_ray", is_flag=True, help="Analyse on Ray actors (a local Ray with --workers actors).")
@click.option("--ray-address", help="Join this Ray cluster ('auto' for the one `ray start` made); implies --ray.")
@click.option("--page-time-limit", "page_time_limit_s", type=click.FloatRange(min=0), default=DEFAULT_PAGE_TIME_LIMIT_S,
              show_default=True, help="Seconds one page may take to analyse before it is recorded as failed (0: none).")
@_input_options
def add(sources: tuple[str, ...], db_path: str, workers: int, no_progress: bool, use_ray: bool,
        ray_address: str | None, page_time_limit_s: float, allow_private: bool, max_bytes: int,
        timeout_s: float) -> None:
    """Analyse SOURCES (files, folders, URLs, RSS/Atom feeds, WARC files) into the store.

    Failed inputs are recorded and listed; the exit status is 1 only when inputs were given and
    every one of them failed.
    """
    from .batch import run_batch
    from .store import Store

    settings = Settings(max_bytes=max_bytes, timeout_s=timeout_s, allow_private=allow_private,
                        page_time_limit_s=page_time_limit_s or None)
    try:
        with Store(db_path) as store:
            show = not no_progress and sys.stderr.isatty()
            if use_ray or ray_address:
                from .batch_ray import run_batch_ray

                result = run_batch_ray(sources, store, settings, workers=workers, address=ray_address,
                                       progress=show)
            else:
                result = run_batch(sources, store, settings, workers=workers, progress=show)
            if result.added:
                store.update_stories()  # the graph stage: places the new articles in stories
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
@click.option("--format", "fmt", type=click.Choice(["jsonl", "plover", "acled-csv", "geojson"]), default="jsonl",
              show_default=True, help="jsonl: whole records; plover: PLOVER event records (JSON Lines); "
                                      "acled-csv: events ACLED would code, as CSV; geojson: the places "
                                      "(one point per place with its articles and evidence) and the "
                                      "events with a resolved location (one point per event).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(db_path: str, fmt: str, output: str | None) -> None:
    """Export the stored analyses (JSON Lines: one record per line)."""
    from .store import Store

    try:
        store = Store(db_path, readonly=True)
    except NewsgraphError as exc:
        _fail(exc.reason)
    with store, (Path(output).open("w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)) as out:
        if fmt == "plover":
            from .exporters.plover import write_plover

            write_plover(store.records(), out)
            return
        if fmt == "acled-csv":
            from .exporters.acled import write_acled_csv

            write_acled_csv(store.records(), out)
            return
        if fmt == "geojson":
            from .exporters.geojson import collection

            out.write(json.dumps(collection(store.records()), ensure_ascii=False) + "\n")
            return
        for record in store.records():
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


@main.command()
@db_option
@click.option("--article", "article_id", help="Only this article (ID or a unique prefix of it).")
@click.option("--geojson", "as_geojson", is_flag=True, help="A GeoJSON FeatureCollection instead of a table.")
@click.option("--all-mentions", "all_mentions", is_flag=True,
              help="Also nationality words, names inside other names and places standing for governments.")
def places(db_path: str, article_id: str | None, as_geojson: bool, all_mentions: bool) -> None:
    """Places named in the store (or one article): where, how precise, and the words that name them."""
    from .store import Store

    try:
        with Store(db_path, readonly=True) as store:
            record = store.record(article_id) if article_id else None
            if article_id and record is None:
                _fail(f"no article {article_id!r} in {db_path}")
            if as_geojson:
                from .exporters.geojson import collection

                records = [record] if record is not None else store.records()
                click.echo(json.dumps(collection(records), ensure_ascii=False, indent=1))
                return
            rows = store.places(record["id"] if record is not None else None)
    except NewsgraphError as exc:
        _fail(exc.reason)
    hidden = 0 if all_mentions else sum(row.mention != "name" for row in rows)
    for row in rows:
        if row.mention != "name" and not all_mentions:
            continue
        where = f"{row.lat:.4f},{row.lon:.4f}" if row.lat is not None and row.lon is not None else "unresolved"
        same = f"  = {row.same_as}" if row.same_as else ""
        kind = f" ({row.mention})" if row.mention != "name" else ""
        click.echo(f"{row.article_id}:{row.start}-{row.end}  “{row.text}”{kind} → {row.name or '?'} "
                   f"[{row.feature or '-'}, {row.precision or '-'}, {row.country or '-'}] {where}{same}")
    click.echo(f"{len(rows) - hidden} place mention(s)"
               + (f"; {hidden} more as nationality words, in other names or for governments (--all-mentions)"
                  if hidden else ""))


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
def search(query: str, db_path: str, limit: int) -> None:
    """Full-text search over stored articles (SQLite FTS5 syntax)."""

    hits = _read(db_path, lambda store: store.search(query, limit))
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


    rows = _read(db_path, lambda store: store.quotes(speaker=speaker, contains=contains, limit=limit))
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

    rows = _read(db_path, lambda store: store.failures())
    for f in rows:
        click.echo(f"[{f.stage}] {f.source}: {f.reason}")
    click.echo(f"{len(rows)} failed input(s)")


@main.command()
@db_option
@click.option("--min-articles", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only stories told by at least this many articles.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story, with its articles.")
@click.option("--rebuild", is_flag=True, help="Re-cluster every stored article first (`add` places only new ones).")
def stories(db_path: str, min_articles: int, limit: int, as_json: bool, rebuild: bool) -> None:
    """The same story told by several articles, with its independent voices (corroboration)."""
    from dataclasses import asdict

    if rebuild:
        from .store import Store

        try:
            with Store(db_path) as store:
                store.update_stories(full=True)
        except NewsgraphError as exc:
            _fail(exc.reason)

    found = _read(db_path, lambda store: [(s, store.story_articles(s.id)) for s in store.stories(min_articles, limit)])
    for story, articles in found:
        if as_json:
            item = asdict(story) | {"articles": [{"id": a, "title": t, "outlet": o, "copy_of": c}
                                                  for a, t, o, c in articles]}
            click.echo(json.dumps(item, ensure_ascii=False))
            continue
        click.echo(f"{story.id}  {story.title or '(untitled)'}")
        click.echo(f"    {story.articles} article(s), {story.corroboration} independent voice(s): "
                   + ", ".join(story.voices) + f"   first: {story.first_published or 'unknown'}")
        for article_id, title, outlet, copy_of in articles:
            copy = f"  (copy of {copy_of})" if copy_of else ""
            click.echo(f"      {article_id}  {outlet or 'unknown outlet'}: {title or '(untitled)'}{copy}")
    if not as_json:
        click.echo(f"{len(found)} stor{'y' if len(found) == 1 else 'ies'}")


@main.command()
@db_option
@click.option("--actor", help="Only this actor (canonical name or the words of a mention).")
@click.option("--outlet", help="Only this outlet (name or domain).")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per actor, outlet and label.")
def wording(db_path: str, actor: str | None, outlet: str | None, limit: int, as_json: bool) -> None:
    """How each outlet describes each actor ("the Israeli regime", "terrorist group"), with counts."""
    from dataclasses import asdict


    rows = _read(db_path, lambda store: store.wording(actor=actor, outlet=outlet, limit=limit))
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


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@click.option("--token", envvar="NEWSGRAPH_TOKEN",
              help="Allow POST /api/articles with this bearer token (env NEWSGRAPH_TOKEN); read-only without.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (each with its own read connection).")
def serve(db_path: str, host: str, port: int, token: str | None, workers: int) -> None:
    """The explorer: web pages and a JSON API (OpenAPI at /openapi.json) over the store."""
    import uvicorn

    from .views.api import create_app

    if not token and not Path(db_path).exists():
        _fail(f"no database at {db_path} (run `newsgraph add` first, or `make demo`)")
    try:
        app = create_app(db_path, token=token)  # also checks the store opens before any worker starts
    except NewsgraphError as exc:
        _fail(exc.reason)
    click.echo(f"newsgraph explorer on http://{host}:{port}/ ({'writable with a token' if token else 'read-only'})")
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    os.environ["NEWSGRAPH_DB"] = str(Path(db_path).resolve())
    os.environ["NEWSGRAPH_TOKEN"] = token or ""
    uvicorn.run("newsgraph.views.api:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


@main.command()
@db_option
@click.option("--type", "type_", type=click.Choice(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                                    "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                                                    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
                                                   case_sensitive=False), help="Only this PLOVER event type.")
@click.option("--actor", help="Part of an actor's or recipient's name (or of the words naming them).")
@click.option("--since", callback=lambda c, p, v: _iso_day(c, p, v).isoformat() if v else None, metavar="YYYY-MM-DD",
              help="Only events on or after this day (the event's date, else its article's).")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
def events(db_path: str, type_: str | None, actor: str | None, since: str | None, limit: int, as_json: bool) -> None:
    """PLOVER events in the store: who did what to whom, with the evidence sentence."""
    from dataclasses import asdict


    rows = _read(db_path, lambda store: store.events(type=type_, actor=actor, since=since, limit=limit))
    for row in rows:
        if as_json:
            click.echo(json.dumps(asdict(row), ensure_ascii=False))
            continue
        who = ", ".join(row.actors) or "?"
        whom = f" → {', '.join(row.recipients)}" if row.recipients else ""
        extra = "".join(f" {k}={v}" for k, v in (("dead", row.dead), ("injured", row.injured), ("size", row.size)) if v)
        click.echo(f"{row.event_date or '----------'}  {row.type}{'/' + row.mode if row.mode else ''} "
                   f"[{row.modality}]  {who}{whom}{extra}")
        said = f"  said by {row.said_by}" if row.said_by else ""
        click.echo(f"    “{row.trigger}” in {row.article_id}:{row.trigger_start}-{row.trigger_end}"
                   f"{'  at ' + row.location if row.location else ''}{said}")
        click.echo(f"    {row.evidence}")
    if not as_json:
        click.echo(f"{len(rows)} event(s)")


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


@kb.command("import-cameo-verbs")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--mapping", "mapping_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The CAMEO→PLOVER table (CAMEO2PLOVER-2021.txt).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="User lexicon to write (default: $NEWSGRAPH_EVENT_LEXICON, else "
                   "~/.config/newsgraph/event_verbs.user.json), which ng_events reads.")
@click.option("--warnings", "show_warnings", is_flag=True, help="List every warning with its line number.")
def kb_import_cameo_verbs(path: str, mapping_path: str, out_path: str | None, show_warnings: bool) -> None:
    """Read a CAMEO/PETRARCH verb dictionary (PATH), map its codes to PLOVER and write the verb
    patterns to the user event lexicon. Built-in readings of a verb win; the file only adds."""
    from .annotators._event_lexicon import default_user_lexicon
    from .kb.cameo_verbs import import_cameo_verbs

    target = Path(out_path) if out_path else default_user_lexicon()
    try:
        result = import_cameo_verbs(path, mapping_path, target)
    except (NewsgraphError, OSError) as exc:
        _fail(f"{path}: {getattr(exc, 'reason', None) or exc}")
    click.echo(f"{Path(path).name} → {target}")
    click.echo(f"  read:   {result.verbs_read} verbs in {result.blocks} blocks, {result.patterns_read} patterns")
    click.echo(f"  mapped: {result.verbs_kept} verb readings, {result.patterns_kept} verb+object/preposition "
               f"patterns to PLOVER; {result.unmapped} without a PLOVER type (CAMEO 01/02 or no code)")
    hint = "" if show_warnings or not result.warnings else " (--warnings lists them)"
    click.echo(f"  {len(result.warnings)} warning(s){hint}")
    if show_warnings:
        for warning in result.warnings:
            click.echo(f"    {warning}")


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

    found = _read(db_path, lambda store: codes_for(store, name, day))
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


register_actor_commands(main, kb)  # actors, actor, kb alias, kb merge (newsgraph/actors_cli.py)
register_postgres_commands(main)  # postgres sync (newsgraph/postgres_cli.py)
