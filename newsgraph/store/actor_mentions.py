"""Actors of saved articles in the store (migration 0006): linking, and reading them back.

On save, each actor cluster of a record is linked to one ``actor`` row and its mentions become
``actor_mention`` rows (see :func:`save_actor_links`, called by ``Store.save`` inside its
transaction, so a new article and its links are written together and a re-save writes nothing).
A cluster finds its actor, in order:

1. the built-in base's actor it was linked to (``kb_id``), copied into the store the first time
   an article names it (``actor_record``: source ``newsgraph:base``, key ``kb_id``), with its
   aliases, dated roles and codes; when the store already holds that actor under one of its
   names (a CAMEO import), the base record is attached to that actor instead of a copy;
2. else an actor the store has under one of the cluster's names, by alias key or by the
   transliteration key (``Khaz'ali`` finds ``Khazali``): CAMEO imports, user aliases, actors made
   from earlier articles; a new spelling becomes one more alias;
3. else a new actor made from what the text says: name, type, kind, country, sector, its names as
   aliases and its roles with their evidence (open world).

Places named as such (kind ``other`` with no base actor) are not actors of the knowledge base and
are not linked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from ..kb.builtin import base_by_id
from ..kb.names import alias_key, display_name
from ..kb.resolve import name_key

if TYPE_CHECKING:
    from .db import Store

BASE_SOURCE = "newsgraph:base"
TEXT_SOURCE = "text"
# The store's coarse actor.kind (CHECK of migration 0003) for each kind of the actors layer.
_STORE_KIND = {"person": "person", "country": "state", "armed group": "group", "other": "place"}
_NAMING_KINDS = ("name", "acronym", "institution")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- writing (inside Store.save's transaction) ---------------------------------------------------------


def save_actor_links(db: sqlite3.Connection, record: Mapping[str, Any]) -> None:
    """Link the record's actor clusters to actors and write their mentions and roles."""
    clusters = [c for c in record.get("actors") or [] if c.get("kb_id") or c.get("kind") != "other"]
    if not clusters:
        return
    fill_name_keys(db)
    article_id = record["id"]
    speakers = {((q.get("speaker_mention") or {}).get("start"), (q.get("speaker_mention") or {}).get("end")): q["id"]
                for q in record.get("quotes") or [] if q.get("speaker_mention")}
    now = _now()
    actor_of: dict[str, int] = {}
    for cluster in clusters:
        actor_of[cluster["id"]] = _actor_for(db, cluster, now)
    for cluster in clusters:
        actor_id = actor_of[cluster["id"]]
        rows = []
        for m in cluster.get("mentions", []):
            quote = speakers.get((m["start"], m["end"]))
            rows.append((article_id, actor_id, cluster["id"], m["start"], m["end"], m["text"], m.get("kind", "name"),
                         "speaker" if quote else "mention", quote))
        db.executemany("INSERT INTO actor_mention(article_id, actor_id, cluster_id, start, end, text, kind, role, "
                       "quote_id) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", rows)
        for role in cluster.get("roles", []):
            evidence = role.get("evidence") or {}
            db.execute(
                "INSERT INTO actor_role(actor_id, role, of_name, of_actor_id, ended, source, article_id, "
                "evidence_start, evidence_end) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                (actor_id, role["role"], role.get("of"), actor_of.get(role.get("of_id") or ""),
                 int(bool(role.get("ended"))), TEXT_SOURCE, article_id, evidence.get("start"), evidence.get("end")))


def fill_name_keys(db: sqlite3.Connection) -> int:
    """Compute the transliteration key of aliases that have none yet (imports and user edits
    write aliases without it). Returns how many were filled."""
    rows = db.execute("SELECT id, alias FROM actor_alias WHERE name_key IS NULL").fetchall()
    if not rows:
        return 0
    own = not db.in_transaction  # one transaction, not one per row
    if own:
        db.execute("BEGIN IMMEDIATE")
    db.executemany("UPDATE actor_alias SET name_key = ? WHERE id = ?", [(name_key(r[1]), r[0]) for r in rows])
    if own:
        db.execute("COMMIT")
    return len(rows)


def _live(db: sqlite3.Connection, actor_id: int) -> int:
    seen = {actor_id}
    while True:
        row = db.execute("SELECT merged_into FROM actor WHERE id = ?", (actor_id,)).fetchone()
        if row is None or row[0] is None or row[0] in seen:
            return actor_id
        actor_id = int(row[0])
        seen.add(actor_id)


def _fits(person: bool, row: Mapping[str, Any] | sqlite3.Row) -> bool:
    """Whether a stored actor can be what a cluster names: people find people (or actors of
    unknown type, as CAMEO imports are), anything else finds anything but people."""
    stored_person = row["type"] == "PERSON" or row["kind"] == "person"
    if row["type"] is None and row["kind"] == "unknown":
        return True
    return stored_person == person


def find_by_names(db: sqlite3.Connection, names: Iterable[str], person: bool) -> int | None:
    """The live actor most of ``names`` name (alias key or transliteration key), of a fitting type;
    None when there is none."""
    names = [n for n in names if n]
    keys = sorted({alias_key(n) for n in names})
    nkeys = sorted({name_key(n) for n in names})
    if not keys:
        return None
    rows = db.execute(
        f"SELECT actor_id FROM actor_alias WHERE alias_key IN ({','.join('?' * len(keys))}) "
        f"OR name_key IN ({','.join('?' * len(nkeys))})", [*keys, *nkeys]).fetchall()
    votes: dict[int, int] = {}
    for (actor_id,) in rows:
        live = _live(db, int(actor_id))
        votes[live] = votes.get(live, 0) + 1
    for actor_id in sorted(votes, key=lambda a: (-votes[a], a)):
        row = db.execute("SELECT type, kind FROM actor WHERE id = ?", (actor_id,)).fetchone()
        if row is not None and _fits(person, row):
            return actor_id
    return None


def _cluster_names(cluster: Mapping[str, Any]) -> list[str]:
    names = [cluster["name"]]
    names += [m["text"] for m in cluster.get("mentions", []) if m.get("kind", "name") in _NAMING_KINDS]
    return list(dict.fromkeys(display_name(n) for n in names if n))


def _add_aliases(db: sqlite3.Connection, actor_id: int, aliases: Iterable[str], source: str,
                 primary: str | None = None) -> None:
    db.executemany(
        "INSERT INTO actor_alias(actor_id, alias, alias_key, name_key, is_primary, source) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT DO NOTHING",
        [(actor_id, a, alias_key(a), name_key(a), int(a == primary), source) for a in dict.fromkeys(aliases) if a])


def _set_facts(db: sqlite3.Connection, actor_id: int, facts: Mapping[str, Any]) -> None:
    """Fill the type, category, country and sector an actor lacks (never overwrite: a user's or
    an earlier source's word stands)."""
    db.execute("UPDATE actor SET type = COALESCE(type, ?), category = COALESCE(category, ?), "
               "country = COALESCE(country, ?), sector = COALESCE(sector, ?) WHERE id = ?",
               (facts.get("type"), facts.get("kind"), facts.get("country"), facts.get("sector"), actor_id))


def _new_actor(db: sqlite3.Connection, facts: Mapping[str, Any], source: str, now: str) -> int:
    cur = db.execute(
        "INSERT INTO actor(name, kind, source, created_at, updated_at, type, category, country, sector) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (facts["name"], _STORE_KIND.get(facts.get("kind") or "", "organisation" if facts.get("type") != "PERSON"
                                         else "person"),
         source, now, now, facts.get("type"), facts.get("kind"), facts.get("country"), facts.get("sector")))
    return int(cur.lastrowid or 0)


def _actor_for(db: sqlite3.Connection, cluster: Mapping[str, Any], now: str) -> int:
    person = cluster.get("type") == "PERSON"
    kb_id = cluster.get("kb_id")
    if kb_id and kb_id in base_by_id():
        row = db.execute("SELECT actor_id FROM actor_record WHERE source = ? AND record_key = ?",
                         (BASE_SOURCE, kb_id)).fetchone()
        actor_id = _live(db, int(row[0])) if row is not None else _from_base(db, kb_id, now)
        _add_aliases(db, actor_id, _cluster_names(cluster), TEXT_SOURCE)
        return actor_id
    names = _cluster_names(cluster)
    found = find_by_names(db, names, person)
    if found is not None:
        _add_aliases(db, found, names, TEXT_SOURCE)
        _set_facts(db, found, cluster)
        return found
    actor_id = _new_actor(db, cluster, TEXT_SOURCE, now)
    _add_aliases(db, actor_id, names, TEXT_SOURCE, primary=cluster["name"])
    return actor_id


def _from_base(db: sqlite3.Connection, kb_id: str, now: str) -> int:
    """The store's actor for a built-in actor: one it already has under the base's names (a CAMEO
    import of the same person), else a copy; either way with the base's aliases, roles and codes."""
    base = base_by_id()[kb_id]
    names = [base["name"], *base.get("aliases", ())]
    person = base.get("kind") == "person"
    # only the canonical name finds an imported actor: CAMEO files some bodies under their
    # leader ("SYRIAN GOVERNMENT" is an alias of BASHAR AL-ASSAD), and a surname might be anyone's
    actor_id = find_by_names(db, [base["name"]], person)
    if actor_id is None:
        actor_id = _new_actor(db, base, BASE_SOURCE, now)
    else:
        _set_facts(db, actor_id, base)
    db.execute("INSERT INTO actor_record(source, record_key, actor_id) VALUES (?,?,?) ON CONFLICT DO NOTHING",
               (BASE_SOURCE, kb_id, actor_id))
    _add_aliases(db, actor_id, [*names, *base.get("demonyms", ())], BASE_SOURCE, primary=base["name"])
    for role in base.get("roles", []):
        of = role.get("of")
        target = base_by_id().get(of or "")
        db.execute(
            "INSERT INTO actor_role(actor_id, role, of_name, start_date, end_date, source) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT DO NOTHING",
            (actor_id, role["role"].lower(), target["name"] if target else of, role.get("start"), role.get("end"),
             BASE_SOURCE))
    db.executemany(
        "INSERT INTO actor_code(actor_id, code, start_date, end_date, restriction, source, note) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        [(actor_id, code, start, end, "", BASE_SOURCE, note) for code, start, end, note in base_codes(base)])
    return actor_id


def _inclusive_end(end: str | None) -> str | None:
    """The last day of a term that ends (exclusive) on ``end``."""
    if end is None or len(end) != 10:
        return end
    return (date.fromisoformat(end) - timedelta(days=1)).isoformat()


def base_codes(base: Mapping[str, Any]) -> list[tuple[str, str | None, str | None, str | None]]:
    """CAMEO-style codes of a built-in actor: a country's ISO3; an organisation's country and
    sector ("IRQREB"); a person's office in a state, for the days of each term ("USAGOV" from
    2017-01-20 to 2021-01-19). Dates are inclusive, as in ``actor_code``."""
    if base.get("kind") == "country":
        return [(str(base["id"]), None, None, None)]
    sector = base.get("sector")
    if base.get("kind") != "person":
        country = base.get("country") or ""
        return [(f"{country}{sector}", None, None, None)] if sector else []
    codes = []
    for role in base.get("roles", []):
        of = role.get("of") or ""
        target = base_by_id().get(of)
        country = target.get("country") if target else None
        if not country or not sector or not (role.get("start") or role.get("end")):
            continue
        start = role.get("start")
        start = start if start is None or len(start) == 10 else (start + "-01-01")[:10]
        codes.append((f"{country}{sector}", start, _inclusive_end(role.get("end")),
                      f"{role['role']} of {target['name'] if target else of}"))
    return codes


# -- reading ---------------------------------------------------------------------------------------------


def _family(db: sqlite3.Connection, actor_id: int) -> list[int]:
    rows = db.execute(
        "WITH RECURSIVE fam(id) AS (SELECT ? UNION SELECT a.id FROM actor a JOIN fam ON a.merged_into = fam.id) "
        "SELECT id FROM fam", (actor_id,)).fetchall()
    return [int(r[0]) for r in rows]


def list_actors(store: Store, limit: int = 50, kind: str | None = None) -> list[dict[str, Any]]:
    """Live actors that articles mention, most mentioned first: ``{id, name, category, country,
    mentions, articles}`` (mentions of actors merged into one count for it). ``kind`` filters by
    the actors layer's kind (person, armed group, …) or the store's coarse kind."""
    db = store._db
    try:
        rows = db.execute("SELECT actor_id, article_id, COUNT(*) FROM actor_mention GROUP BY actor_id, article_id")
        counts: dict[int, tuple[int, set[str]]] = {}
        for actor_id, article_id, n in rows.fetchall():
            live = _live(db, int(actor_id))
            mentions, articles = counts.get(live, (0, set()))
            articles.add(article_id)
            counts[live] = (mentions + int(n), articles)
        found = []
        for actor_id, (mentions, articles) in counts.items():
            row = db.execute("SELECT id, name, kind, category, country, sector FROM actor WHERE id = ?",
                             (actor_id,)).fetchone()
            if row is None or (kind and kind not in (row["kind"], row["category"])):
                continue
            found.append({**dict(row), "mentions": mentions, "articles": len(articles)})
    except sqlite3.OperationalError as exc:
        raise StoreError(f"no actor mentions in {store.path} ({exc})") from exc
    found.sort(key=lambda a: (-a["articles"], -a["mentions"], a["name"]))
    return found[:limit]


def mention_words(store: Store) -> dict[int, dict[str, int]]:
    """For each live actor, the words of its name-like mentions (names, acronyms, demonyms) with
    how often each was used: what a reader knows it by."""
    db = store._db
    out: dict[int, dict[str, int]] = {}
    try:
        rows = db.execute("SELECT actor_id, text, COUNT(*) FROM actor_mention "
                          "WHERE kind IN ('name', 'acronym', 'demonym') GROUP BY actor_id, text").fetchall()
    except sqlite3.OperationalError as exc:
        raise StoreError(f"no actor mentions in {store.path} ({exc})") from exc
    for actor_id, text, n in rows:
        words = out.setdefault(_live(db, int(actor_id)), {})
        words[text] = words.get(text, 0) + int(n)
    return out


def resolve_actor(store: Store, name_or_id: str) -> list[int]:
    """Live actor ids for an id ("42") or a name (any alias; case, accents, punctuation and
    transliteration do not matter)."""
    db = store._db
    if name_or_id.isdigit():
        row = db.execute("SELECT id FROM actor WHERE id = ?", (int(name_or_id),)).fetchone()
        return [_live(db, int(row[0]))] if row else []
    try:
        rows = db.execute("SELECT DISTINCT actor_id FROM actor_alias WHERE alias_key = ?",
                          (alias_key(name_or_id),)).fetchall()
        if not rows:
            rows = db.execute("SELECT DISTINCT actor_id FROM actor_alias WHERE name_key = ?",
                              (name_key(name_or_id),)).fetchall()
    except sqlite3.OperationalError as exc:
        raise StoreError(f"no actor knowledge base in {store.path} ({exc})") from exc
    return sorted({_live(db, int(r[0])) for r in rows})


def actor_detail(store: Store, actor_id: int, limit: int = 20) -> dict[str, Any]:
    """One actor with what the store knows: aliases, roles (dated or with the article that says
    so), codes, the statements it said and the articles that mention it."""
    db = store._db
    family = _family(db, actor_id)
    marks = ",".join("?" * len(family))
    row = db.execute("SELECT id, name, kind, category, type, country, sector, source FROM actor WHERE id = ?",
                     (actor_id,)).fetchone()
    aliases = [r[0] for r in db.execute(
        f"SELECT DISTINCT alias FROM actor_alias WHERE actor_id IN ({marks}) ORDER BY is_primary DESC, alias", family)]
    roles = [dict(r) for r in db.execute(
        f"SELECT role, of_name, start_date, end_date, ended, source, article_id, evidence_start, evidence_end "
        f"FROM actor_role WHERE actor_id IN ({marks}) ORDER BY COALESCE(start_date, '9999'), role, article_id", family)]
    statements = [dict(r) for r in db.execute(
        f"SELECT DISTINCT q.article_id, q.quote_id, q.kind, q.text, q.cue FROM actor_mention m "
        f"JOIN quote q ON q.article_id = m.article_id AND q.quote_id = m.quote_id "
        f"WHERE m.actor_id IN ({marks}) AND m.role = 'speaker' ORDER BY q.article_id, q.start LIMIT ?",
        [*family, limit])]
    articles = [dict(r) for r in db.execute(
        f"SELECT m.article_id, a.title, a.published, COUNT(*) AS mentions FROM actor_mention m "
        f"JOIN article a ON a.id = m.article_id WHERE m.actor_id IN ({marks}) "
        f"GROUP BY m.article_id ORDER BY a.published DESC, m.article_id LIMIT ?", [*family, limit])]
    merged = [int(r[0]) for r in db.execute("SELECT id FROM actor WHERE merged_into = ?", (actor_id,))]
    return {**dict(row), "merged": merged, "aliases": aliases, "roles": roles,
            "codes": store.actor_codes(actor_id), "statements": statements, "articles": articles}
