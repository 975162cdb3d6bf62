"""The explorer's read model: what the API returns and the pages show, as plain dicts.

One `Explorer` per app holds one store connection. Cross-article lists use the store's own
method for a layer when it has one (`Store.events()`, `Store.places()`, added with their layers)
and otherwise read the layer from the stored records, newest first, a bounded window at a time,
so that every list works before and after a layer gets its own table.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..kb.names import alias_key
from ..store import Store, browse
from .facts import coordinates, event_view, highlights, name_of, names_of, offsets

MAX_LIMIT = 200
# Records read per window, and at most per request, when a layer is read from the records.
SCAN_WINDOW = 100
SCAN_BUDGET = 1000
FIRST_WINDOW = 8
# Events fetched from the store's event table when some filters are applied here, after it.
STORED_MAX = 5000
# The newest articles naming an actor whose events and roles its page reads.
ACTOR_ARTICLES = 12
# ... and the newest articles whose actor clusters it reads roles from.
ROLE_ARTICLES = 6
# Words that name a speaker without saying anything about them.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their",
                      "this", "that", "who"})


class BadRequest(ValueError):
    """A parameter the explorer cannot use; the message says which and why."""


class NotFound(LookupError):
    pass


def check_day(value: str | None, name: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, checked; None stays None."""
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise BadRequest(f"{name} must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    try:
        date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError as exc:
        raise BadRequest(f"{name} is not a valid date: {value!r}") from exc
    return value


def check_limit(limit: int | None, default: int = 50) -> int:
    if limit is None:
        return default
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    return limit


def _cursor(value: str | None, prefix: str, parts: int = 1) -> list[int] | None:
    """Decode an opaque cursor such as 'a123' or 'e123.4'."""
    if value is None or value == "":
        return None
    match = re.fullmatch(prefix + r"(\d+)" + r"\.(\d+)" * (parts - 1), value)
    if not match:
        raise BadRequest(f"bad cursor {value!r}: pass back the next_cursor of a previous page")
    return [int(g) for g in match.groups()]


def _day_in(day: str | None, since: str | None, until: str | None) -> bool:
    if not (since or until):
        return True
    if not day:
        return False
    return (not since or day[:len(since)] >= since) and (not until or day[:len(until)] <= until)


def _row_dict(row: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        # shallow: asdict() deep-copies every list, which costs more than the query
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    return dict(row) if not isinstance(row, dict) else row


def _call_supported(method: Any, **kwargs: Any) -> Any:
    """Call a store method with the keyword arguments it accepts (the rest are applied after)."""
    params = inspect.signature(method).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return method(**kwargs)
    return method(**{k: v for k, v in kwargs.items() if k in params and v is not None})


class Explorer:
    """Read access to one store for the API and the pages; writes only when made writable."""

    def __init__(self, db_path: str | Path, *, writable: bool = False) -> None:
        self.db_path = Path(db_path)
        self.writable = writable
        if writable:
            Store(db_path).close()  # create and migrate; writes use a connection of their own
        self.store = Store(db_path, readonly=True)
        browse.tune_for_reading(self.store)
        self.write_lock = threading.Lock()
        self._actors_cache: tuple[tuple[int, int], list[dict[str, Any]]] | None = None

    def close(self) -> None:
        self.store.close()

    # -- articles -------------------------------------------------------------------------------------
    def outlet_id(self, key: str | None) -> int | None:
        if not key:
            return None
        found = browse.outlet(self.store, key)
        if found is None:
            raise NotFound(f"no outlet {key!r}")
        return int(found["id"])

    def articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 q: str | None = None, cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        limit = check_limit(limit)
        since, until = check_day(since, "since"), check_day(until, "until")
        before = _cursor(cursor, "a")
        query = None
        if q is not None and q.strip():
            query = browse.fts_words(q)
            if query is None:
                raise BadRequest(f"q has no words to search for: {q!r}")
        try:
            outlet_id = self.outlet_id(outlet)
        except NotFound as exc:
            raise BadRequest(str(exc)) from exc
        rows = browse.article_page(self.store, outlet_id=outlet_id, since=since, until=until, query=query,
                                   before=before[0] if before else None, limit=limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        items = [{k: r[k] for k in ("id", "title", "published", "url", "outlet", "outlet_domain", "outlet_id",
                                     "statements")} for r in rows]
        return {"items": items, "next_cursor": f"a{rows[-1]['pk']}" if more else None}

    def article_json(self, article_id: str) -> str:
        """The stored record as it is (JSON text): text, parts, every layer with offsets."""
        row = browse.article_row(self.store, article_id)
        if row is None:
            raise NotFound(f"no article {article_id!r}")
        return str(row["record"])

    def article(self, article_id: str) -> dict[str, Any]:
        return json.loads(self.article_json(article_id))

    def article_view(self, article_id: str) -> dict[str, Any]:
        """What the article page shows: the record, its parts with highlight spans, and the facts
        a click explains (keyed like the highlights)."""
        record = self.article(article_id)
        spans = highlights(record)
        facts: dict[str, Any] = {}
        for layer, items in record.items():
            if isinstance(items, list) and layer not in ("parts", "sentences"):
                for index, fact in enumerate(items):
                    if isinstance(fact, dict):
                        facts[f"{layer}:{fact.get('id') or index}"] = {"layer": layer, **fact}
        return {"record": record, "spans": spans, "facts": facts}

    # -- statements -----------------------------------------------------------------------------------
    def statements(self, *, speaker: str | None = None, q: str | None = None, article: str | None = None,
                   cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        limit = check_limit(limit)
        before = _cursor(cursor, "s")
        query = None
        if q is not None and q.strip():
            query = browse.fts_words(q)
            if query is None:
                raise BadRequest(f"q has no words to search for: {q!r}")
        rows = browse.statement_page(self.store, speaker=speaker or None, query=query, article_id=article or None,
                                     before=before[0] if before else None, limit=limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        items = [{k: v for k, v in r.items() if k != "pk"} for r in rows]
        return {"items": items, "next_cursor": f"s{rows[-1]['pk']}" if more else None}

    def search(self, q: str, limit: int | None = None) -> dict[str, Any]:
        """Statements and articles that contain the words of `q`."""
        limit = check_limit(limit, 20)
        query = browse.fts_words(q or "")
        if query is None:
            raise BadRequest("q has no words to search for")
        articles = browse.article_snippets(self.store, query, limit)
        return {"q": q, "articles": articles, "statements": self.statements(q=q, limit=limit)["items"]}

    # -- events ---------------------------------------------------------------------------------------
    def events(self, *, type: str | None = None, actor: str | None = None, place: str | None = None,
               since: str | None = None, until: str | None = None, modality: str | None = None,
               cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        limit = check_limit(limit)
        since, until = check_day(since, "since"), check_day(until, "until")
        start = _cursor(cursor, "e", 2)

        def wanted(ev: dict[str, Any], stored: bool = False) -> bool:
            """Whether an event passes the filters (those the store applied already are skipped)."""
            if stored:
                return _day_in(ev["date"], None, until) and (not modality or str(
                    ev["modality"] or "").lower() == modality.lower()) and (not place or place.lower() in str(
                        (ev["location"] or {}).get("name") or "").lower())
            if type and str(ev["type"] or "").lower() != type.lower():
                return False
            if modality and str(ev["modality"] or "").lower() != modality.lower():
                return False
            if actor:
                who = " | ".join(ev["actors"] + ev["recipients"] + ([ev["said_by"]] if ev["said_by"] else []))
                if actor.lower() not in who.lower():
                    return False
            if place and place.lower() not in str((ev["location"] or {}).get("name") or "").lower():
                return False
            return _day_in(ev["date"], since, until)

        python_side = bool(until or modality or place)
        wanted_rows = (start[0] if start else 0) + limit + 1
        stored = self._stored_events(type=type, actor=actor, since=since,
                                     limit=STORED_MAX if python_side else wanted_rows)
        if stored is not None:
            offset = start[0] if start else 0
            matching = [e for e in stored if wanted(e, stored=True)]
            page = matching[offset:offset + limit]
            more = len(matching) > offset + limit
            return {"items": page, "next_cursor": f"e{offset + limit}.0" if more else None}
        return self._scan_events(wanted, start, limit)

    def _stored_events(self, **filters: Any) -> list[dict[str, Any]] | None:
        """Events from `Store.events()` when the store has it and its table, in the explorer's
        shape; else None (the caller reads them from the records)."""
        method = getattr(self.store, "events", None)
        if not callable(method):
            return None
        try:
            rows = [_row_dict(r) for r in _call_supported(method, **filters)]
        except (TypeError, StoreError, sqlite3.Error):
            return None
        meta = browse.article_meta(self.store, sorted({str(r.get("article_id")) for r in rows}))
        views = []
        for index, row in enumerate(rows):
            article = meta.get(str(row.get("article_id")), {"id": row.get("article_id")})
            views.append(_row_view(row, article) if "trigger_start" in row
                         else event_view(_event_fact(row), article, index, with_fact=False))
        return views

    def _scan_events(self, wanted: Any, start: list[int] | None, limit: int) -> dict[str, Any]:
        """Events read from the stored records, newest article first; a page stops after
        SCAN_BUDGET articles even when short, with a cursor to go on."""
        below = start[0] + 1 if start else None
        skip_pk, skip = (start[0], start[1]) if start else (None, 0)
        items: list[dict[str, Any]] = []
        scanned = 0
        window = FIRST_WINDOW  # a first page usually fills from a few articles: start small, then grow
        while scanned < SCAN_BUDGET:
            rows, lowest = browse.layer_window(self.store, "events", below=below, scan=window)
            if lowest is None:
                return {"items": items, "next_cursor": None}
            scanned += window
            window = min(window * 2, SCAN_WINDOW)
            for row in rows:
                for index, event in enumerate(json.loads(row["layer"])):
                    if row["pk"] == skip_pk and index < skip:
                        continue
                    if not isinstance(event, dict):
                        continue
                    view = event_view(event, row, index, with_fact=False)
                    if wanted(view):
                        if len(items) == limit:
                            return {"items": items, "next_cursor": f"e{row['pk']}.{index}"}
                        items.append(view)
            below = lowest
        return {"items": items, "next_cursor": f"e{below - 1}.0" if below and below > 1 else None}

    # -- places ---------------------------------------------------------------------------------------
    def places(self, *, q: str | None = None, article: str | None = None) -> dict[str, Any]:
        """Places with coordinates as a GeoJSON FeatureCollection, one feature per place (name and
        point), with how often and where it is mentioned."""
        if not article:
            table = browse.place_features(self.store, q)
            if table is not None:
                return {"type": "FeatureCollection", "features": [self._place_feature(r) for r in table]}
        grouped: dict[tuple[str, float, float], dict[str, Any]] = {}
        for article_row, place in self._place_facts(article):
            if place.get("mention", "name") != "name":
                continue  # "Iraqi", "the Fargo police", "Washington said": mentions, not points on the map
            where = coordinates(place)
            name = name_of(place) or "?"
            if where is None or (q and q.lower() not in name.lower()):
                continue
            key = (name, round(where[0], 3), round(where[1], 3))
            feature = grouped.setdefault(key, {
                "type": "Feature", "geometry": {"type": "Point", "coordinates": [where[1], where[0]]},
                "properties": {"name": name, "country": place.get("country"), "admin1": place.get("admin1"),
                               "feature_type": place.get("feature") or place.get("feature_type") or place.get("type"),
                               "mentions": 0, "words": [], "articles": []}})
            props = feature["properties"]
            props["mentions"] += 1
            if place.get("text") and place["text"] not in props["words"]:
                props["words"].append(place["text"])
            if article_row["id"] not in [a["id"] for a in props["articles"]]:
                props["articles"].append({"id": article_row["id"], "title": article_row.get("title"),
                                          "start": place.get("start"), "end": place.get("end"),
                                          "fact": f"places:{place.get('id')}" if place.get("id") else None})
        features = sorted(grouped.values(), key=lambda f: (-f["properties"]["mentions"], f["properties"]["name"]))
        return {"type": "FeatureCollection", "features": features}

    def _place_feature(self, row: dict[str, Any]) -> dict[str, Any]:
        newest = browse.place_mention(self.store, int(row["newest"])) or {}
        evidence = [{"id": newest["article_id"], "title": newest.get("title"), "start": newest.get("start"),
                     "end": newest.get("end"), "fact": f"places:{newest['place_id']}"}] if newest else []
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": {"name": row["name"], "country": row["country"], "admin1": row["admin1"],
                               "feature_type": row["feature"], "mentions": row["mentions"],
                               "article_count": row["articles"],
                               "words": sorted(set((row["words"] or "").split(","))), "articles": evidence}}

    def _place_facts(self, article: str | None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        if article:
            record = self.article(article)
            return [(record, p) for p in record.get("places") or [] if isinstance(p, dict)]
        method = getattr(self.store, "places", None)
        if callable(method):
            try:
                rows = [_row_dict(r) for r in _call_supported(method)]
                meta = browse.article_meta(self.store, sorted({str(r.get("article_id")) for r in rows}))
                return [(meta.get(str(r.get("article_id")), {"id": r.get("article_id")}),
                         {**r, "id": r.get("place_id") or r.get("id")}) for r in rows]
            except (TypeError, StoreError, sqlite3.Error):
                pass
        found: list[tuple[dict[str, Any], dict[str, Any]]] = []
        below = None
        for _ in range(SCAN_BUDGET // SCAN_WINDOW):
            rows, lowest = browse.layer_window(self.store, "places", below=below, scan=SCAN_WINDOW)
            if lowest is None:
                break
            for row in rows:
                found += [(row, p) for p in json.loads(row["layer"]) if isinstance(p, dict)]
            below = lowest
        return found

    # -- actors ---------------------------------------------------------------------------------------
    def actors(self, *, q: str | None = None, cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        """Named actors (people, organisations, groups, states) with mention, article and statement
        counts, most widely reported first."""
        limit = check_limit(limit)
        offset = (_cursor(cursor, "o") or [0])[0]
        items = self._all_actors()
        if q:
            items = [a for a in items if q.lower() in a["name"].lower()]
        page = items[offset:offset + limit]
        more = len(items) > offset + limit
        return {"items": page, "next_cursor": f"o{offset + limit}" if more else None}

    def _all_actors(self) -> list[dict[str, Any]]:
        """Every named actor with its counts; counted once per version of the store (the counts
        take a pass over every mention, and pages of the list come one after another)."""
        current = browse.version(self.store)
        if self._actors_cache and self._actors_cache[0] == current:
            return self._actors_cache[1]
        items = self._resolved_actors()
        if items is not None:
            self._actors_cache = (current, items)
            return items
        merged: dict[str, dict[str, Any]] = {}
        for row in browse.entity_actors(self.store):
            merged[row["name"]] = {"name": row["name"], "kind": row["label"], "mentions": row["mentions"],
                                   "articles": row["articles"], "statements": 0}
        for row in browse.speakers(self.store):
            entry = merged.setdefault(row["name"], {"name": row["name"], "kind": row["kind"], "mentions": 0,
                                                    "articles": row["articles"], "statements": 0})
            entry["statements"] = row["statements"]
            entry["articles"] = max(entry["articles"], row["articles"])
        items = sorted(merged.values(), key=lambda a: (-a["articles"], -a["statements"], -a["mentions"], a["name"]))
        self._actors_cache = (current, items)
        return items

    def _resolved_actors(self) -> list[dict[str, Any]] | None:
        """The actors as the actors layer resolved them (one entry for "Iraq", "Iraqi" and "the
        Iraqi government"'s country, …), each under the name its articles use most — the name the
        actor page is found by; None for a store made before the actor tables."""
        from ..store import actor_mentions

        try:
            resolved = actor_mentions.list_actors(self.store, limit=1_000_000)
            words = actor_mentions.mention_words(self.store)
        except (StoreError, sqlite3.Error):
            return None
        if not resolved:
            return None
        said = {row["name"]: row for row in browse.speakers(self.store)}
        items: dict[str, dict[str, Any]] = {}
        for actor in resolved:
            used = words.get(int(actor["id"]), {})
            stored = [w for w in used if browse.names_known(self.store, w)]
            name = (actor["name"] if browse.names_known(self.store, actor["name"]) or not stored
                    else max(stored, key=lambda w: (w in said, len(w.split()), used[w], w)))
            entry = items.setdefault(name, {"name": name, "id": actor["id"], "canonical": actor["name"],
                                            "kind": actor.get("category") or actor.get("kind"),
                                            "country": actor.get("country"), "mentions": 0, "articles": 0,
                                            "statements": 0})
            entry["mentions"] += actor["mentions"]
            entry["articles"] = max(entry["articles"], actor["articles"])
            speaker = said.get(name) or said.get(actor["name"])
            if speaker:
                entry["statements"] = speaker["statements"]
        return sorted(items.values(), key=lambda a: (-a["articles"], -a["statements"], -a["mentions"], a["name"]))

    def resolve_actor(self, key: str) -> tuple[str, dict[str, Any] | None]:
        """The name an actor is stored under, and its knowledge-base entry when it has one: `key` is
        a knowledge-base id, a name as stored, or an alias the knowledge base knows."""
        key = key.strip()
        if not key:
            raise BadRequest("an actor id or name is needed")
        kb = None
        if key.isdigit():
            kb = browse.kb_actor(self.store, int(key))
            if kb is None:
                raise NotFound(f"no actor with id {key}")
            # the name the articles use for it: the base's name, else its fullest alias found stored
            if browse.names_known(self.store, kb["name"]):
                return kb["name"], kb
            stored = [n for n in kb["aliases"] if browse.names_known(self.store, n)]
            return max(stored, key=lambda n: (len(n.split()), len(n))) if stored else kb["name"], kb
        if browse.names_known(self.store, key):
            name = key
        else:
            name = ""
            try:
                for found in self.store.find_actors(key):
                    kb = browse.kb_actor(self.store, int(found["id"]))
                    name = found["name"]
                    break
            except (StoreError, sqlite3.Error):
                pass
            if not name:
                # other spellings of the case, each an indexed lookup (a scan of every name is too slow)
                variants = [key.title(), key.lower(), key.upper(), key[:1].upper() + key[1:]]
                name = next((v for v in variants if v != key and browse.names_known(self.store, v)), "")
            if not name:
                raise NotFound(f"no actor {key!r}")
        if kb is None:
            try:
                found_kb = self.store.find_actors(name)
            except (StoreError, sqlite3.Error):
                found_kb = []
            kb = browse.kb_actor(self.store, int(found_kb[0]["id"])) if found_kb else None
        return name, kb

    def actor(self, key: str, *, limit: int = 25) -> dict[str, Any]:
        """One actor: the words used for it, roles over time, what it said (newest `limit`
        statements), what it did and what was done to it (in the ACTOR_ARTICLES newest articles
        naming it), each with the article and offsets of its evidence."""
        if not 1 <= limit <= 200:
            raise BadRequest("limit must be between 1 and 200")
        name, kb = self.resolve_actor(key)
        articles = browse.articles_naming(self.store, name, ACTOR_ARTICLES)
        if kb and len(articles) < ACTOR_ARTICLES:  # where the actors layer found it under other words
            seen = {a["id"] for a in articles}
            articles += [a for a in browse.articles_of_actor(self.store, int(kb["id"]), ACTOR_ARTICLES)
                         if a["id"] not in seen]
            articles = sorted(articles, key=lambda a: -a["pk"])[:ACTOR_ARTICLES]
        aliases = Counter({r["words"]: r["n"] for r in browse.name_wordings(self.store, name)
                           if r["words"].lower() not in PRONOUNS})
        for alias in (kb or {}).get("aliases", []):
            aliases.setdefault(alias, 0)
        statements = self._actor_statements(name, limit)
        # the words that name this actor; pronouns name anyone
        names = sorted({name.lower(), *(a.lower() for a in aliases)} - PRONOUNS)
        as_actor, as_recipient, said = [], [], []
        roles: list[dict[str, Any]] = []
        ids = [a["id"] for a in articles]
        stored = browse.events_of(self.store, names, [(s["article_id"], s["quote_id"]) for s in statements],
                                  limit=limit)
        for row in stored or []:
            view = _row_view(row, row)
            for role, found in (("actor", as_actor), ("recipient", as_recipient), ("said_by", said)):
                if role in row["roles"]:
                    found.append(view)
        for row in browse.events_naming(self.store, ids, names) if stored is None else []:
            event = json.loads(row["event"])
            view = event_view(event, row, int(row["idx"]), with_fact=False)
            who = set(names)
            for matched, found in ((who & {n.lower() for n in view["actors"]}, as_actor),
                                   (who & {n.lower() for n in view["recipients"]}, as_recipient),
                                   ((view["said_by"] or "").lower() in who, said)):
                if matched:
                    found.append(view)
        for row in browse.clusters_with_roles(self.store, ids[:ROLE_ARTICLES], names):
            roles += self._cluster_roles([json.loads(row["cluster"])], set(names), row)
        roles += self._descriptor_roles(name, statements)
        if kb:
            for role in browse.kb_actor_roles(self.store, int(kb["id"])):
                evidence = {"article_id": role["article_id"], "start": role["evidence_start"],
                            "end": role["evidence_end"]} if role["article_id"] else None
                roles.append({"role": role["role"], "of": role["of_name"], "since": role["start_date"],
                              "until": role["end_date"], "ended": bool(role["ended"]), "source": role["source"],
                              "evidence": evidence})
            try:
                for code in self.store.actor_codes(int(kb["id"])):
                    roles.append({"role": code.get("note") or code["code"], "code": code["code"],
                                  "since": code.get("start_date"), "until": code.get("end_date"),
                                  "source": code.get("source"), "evidence": None})
            except (StoreError, sqlite3.Error):
                pass
        unique: dict[tuple[Any, ...], dict[str, Any]] = {}
        for role in roles:  # one row per role and period, with the first evidence found
            unique.setdefault((role["role"], role.get("of"), role.get("since"), role.get("until")), role)
        roles = sorted(unique.values(), key=lambda r: (r.get("since") or "9999", r["role"]))
        timeline = sorted(
            [{"what": "said", "date": s["published"], "article_id": s["article_id"], "title": s["title"],
              "text": s["text"], "fact": f"quotes:{s['quote_id']}"} for s in statements]
            + [{"what": f"did {e['type']}", "date": e["date"], "article_id": e["article_id"],
                "title": e["article_title"], "text": _evidence_text(e), "fact": e["id"]} for e in as_actor]
            + [{"what": f"was target of {e['type']}", "date": e["date"], "article_id": e["article_id"],
                "title": e["article_title"], "text": _evidence_text(e), "fact": e["id"]} for e in as_recipient]
            + [{"what": f"spoke of {e['type']} ({e['modality']})", "date": e["date"], "article_id": e["article_id"],
                "title": e["article_title"], "text": _evidence_text(e), "fact": e["id"]} for e in said
               if e not in as_actor and e not in as_recipient],
            key=lambda t: (t["date"] or "", t["article_id"]), reverse=True)
        return {
            "id": str(kb["id"]) if kb else name, "name": name, "kb": kb,
            "aliases": [{"text": a, "count": n} for a, n in aliases.most_common()],
            "roles": roles, "statements": statements,
            "events_as_actor": as_actor, "events_as_recipient": as_recipient, "events_said": said,
            "timeline": timeline, "articles": [{k: a[k] for k in ("id", "title", "published", "outlet")}
                                               for a in articles],
        }

    def _actor_statements(self, name: str, limit: int) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "pk"} for r in browse.statements_by(self.store, name, limit)]

    @staticmethod
    def _cluster_roles(clusters: list[Any], names: set[str], row: dict[str, Any]) -> list[dict[str, Any]]:
        """Roles the actors layer read from the text, for the clusters that are this actor."""
        found = []
        for cluster in clusters:
            if not isinstance(cluster, dict):
                continue
            words = {n.lower() for n in names_of(cluster.get("mentions"))} | {str(name_of(cluster) or "").lower()}
            if not names & words:
                continue
            for role in cluster.get("roles") or []:
                if isinstance(role, dict):
                    evidence = role if offsets(role) else role.get("evidence")
                    found.append({"role": name_of(role.get("role")) or name_of(role) or "?",
                                  "of": name_of(role.get("of")), "since": role.get("start") if isinstance(
                                      role.get("start"), str) else row.get("published"),
                                  "until": role.get("end") if isinstance(role.get("end"), str) else None,
                                  "evidence": {"article_id": row["id"], **({"start": evidence["start"],
                                               "end": evidence["end"]} if offsets(evidence) else {})}})
        return found

    @staticmethod
    def _descriptor_roles(name: str, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The descriptions used for a speaker ("Asa’ib leader"), first and last seen: what the
        reporting said the actor was, over time."""
        seen: dict[str, dict[str, Any]] = {}
        name_words = {w.lower() for w in name.split()}
        for s in statements:
            words = (s.get("speaker_mention") or "").strip()
            if not words or words.lower() in PRONOUNS or {w.lower() for w in words.split()} <= name_words:
                continue
            day = s.get("published")
            entry = seen.setdefault(words, {"role": words, "since": day, "until": day, "source": "text",
                                            "evidence": {"article_id": s["article_id"],
                                                         "fact": f"quotes:{s['quote_id']}"}})
            if day and (entry["since"] is None or day < entry["since"]):
                entry["since"] = day
            if day and (entry["until"] is None or day > entry["until"]):
                entry["until"] = day
        return list(seen.values())

    # -- stories --------------------------------------------------------------------------------------
    def stories(self, min_articles: int = 2, limit: int = 100) -> dict[str, Any]:
        """Stories told by several articles (the graph stage), best corroborated first, each with its
        articles and whether an article republishes another."""
        if min_articles < 1 or not 1 <= limit <= 500:
            raise BadRequest("min_articles must be ≥ 1 and limit between 1 and 500")
        try:
            found = self.store.stories(min_articles, limit)
        except (StoreError, sqlite3.Error):
            return {"items": []}  # a store made before the stories table
        items = []
        for story in found:
            articles = [{"id": a, "title": t, "outlet": o, "copy_of": c}
                        for a, t, o, c in self.store.story_articles(story.id)]
            items.append({"id": story.id, "title": story.title, "first_published": story.first_published,
                          "articles": articles, "corroboration": story.corroboration, "voices": story.voices})
        return {"items": items}

    # -- outlets --------------------------------------------------------------------------------------
    def outlets(self) -> dict[str, Any]:
        return {"items": browse.outlets(self.store)}

    def outlet(self, key: str, *, cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        """One outlet: its articles and, for each actor, the words this outlet uses for it."""
        found = browse.outlet(self.store, key)
        if found is None:
            raise NotFound(f"no outlet {key!r}")
        words: dict[str, list[dict[str, Any]]] = defaultdict(list)
        rows = [{**r, "kind": "name"} for r in browse.outlet_entity_words(self.store, found["id"])]
        rows += [{**r, "kind": "speaker"} for r in browse.outlet_speaker_words(self.store, found["id"])]
        rows += [{**r, "kind": "description"} for r in self._outlet_descriptors(found)]
        shown: dict[str, str] = {}  # one entry per actor whatever the spelling ("Asa’ib"/"Asa'ib")
        for row in rows:
            if row["words"].lower() in PRONOUNS:
                continue
            actor = shown.setdefault(alias_key(row["actor"]), row["actor"])
            if not any(w["text"] == row["words"] for w in words[actor]):
                words[actor].append({"text": row["words"], "count": row["n"], "kind": row["kind"]})
        articles = self.articles(outlet=str(found["id"]), cursor=cursor, limit=limit)
        return {**found, "articles": articles["items"], "next_cursor": articles["next_cursor"],
                "words": [{"actor": a, "words": w} for a, w in sorted(words.items())]}

    def _outlet_descriptors(self, outlet: dict[str, Any]) -> list[dict[str, Any]]:
        """How the outlet describes actors ("Iraqi anti-terror movement"), from `Store.wording()`
        when the store has it: {actor, words, n}."""
        method = getattr(self.store, "wording", None)
        if not callable(method) or not (outlet.get("domain") or outlet.get("name")):
            return []
        try:
            rows = [_row_dict(r) for r in method(outlet=outlet.get("domain") or outlet.get("name"), limit=500)]
        except (TypeError, StoreError, sqlite3.Error):
            return []
        return [{"actor": r["actor"], "words": r["label"], "n": r.get("count", 1)} for r in rows
                if r.get("actor") and r.get("label")]

    # -- writing --------------------------------------------------------------------------------------
    def analyse(self, *, url: str | None = None, text: str | None = None) -> dict[str, Any]:
        """Analyse a page given by URL or as text and store it; returns {status, id}."""
        from ..config import Settings
        from ..errors import NewsgraphError
        from ..pipeline import analyze, load_pipeline
        from ..sources import iter_inputs

        if not self.writable:
            raise BadRequest("this explorer is read-only")
        if bool(url) == bool(text):
            raise BadRequest("give exactly one of 'url' and 'text'")
        try:
            if url:
                pages = list(iter_inputs([url], Settings()))
                page = pages[0] if pages else None
                if page is None or not hasattr(page, "data"):
                    raise BadRequest(f"cannot fetch {url}: {getattr(page, 'reason', 'nothing came back')}")
                record = load_pipeline().analyze_raw(page, url=url)
            else:
                record = analyze(text or "")
            with self.write_lock, Store(self.db_path) as writer:
                status, article_id = writer.save(record)
        except NewsgraphError as exc:
            raise BadRequest(exc.reason) from exc
        return {"status": status, "id": article_id}


def _row_view(row: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """The explorer's event shape straight from a flat row of the store's event table."""
    location = row.get("location")
    return {
        "id": f"events:{row.get('event_id')}", "article_id": row["article_id"],
        "article_title": article.get("title"), "published": article.get("published"), "outlet": article.get("outlet"),
        "type": row.get("type"), "mode": row.get("mode"), "modality": row.get("modality"),
        "actors": list(row.get("actors") or []), "recipients": list(row.get("recipients") or []),
        "said_by": row.get("said_by"),
        "location": {"name": location, "lat": None, "lon": None} if isinstance(location, str) else None,
        "date": row.get("event_date") or article.get("published"),
        "trigger": {"start": row["trigger_start"], "end": row["trigger_end"], "text": row.get("trigger")},
        "evidence": {"text": row["evidence"]} if row.get("evidence") else None,
        "counts": {k: row.get(k) for k in ("dead", "injured", "size")},
    }


def _event_fact(row: dict[str, Any]) -> dict[str, Any]:
    """An event fact from a flat event row of the store (trigger_start … columns); a row that is
    already a fact (or carries one under `fact`) comes back as it is."""
    if isinstance(row.get("fact"), dict):
        return dict(row["fact"])
    if "trigger_start" not in row:
        return row
    fact = {k: v for k, v in row.items() if not k.startswith(("trigger", "evidence", "time_", "event_"))}
    fact["id"] = row.get("event_id") or row.get("id")
    fact["trigger"] = {"start": row["trigger_start"], "end": row["trigger_end"], "text": row.get("trigger")}
    fact["evidence"] = {"text": row.get("evidence")} if row.get("evidence") else None
    fact["time"] = {"value": row.get("time_value")} if row.get("time_value") else None
    fact["location"] = {"name": row["location"]} if isinstance(row.get("location"), str) else row.get("location")
    fact["counts"] = {k: row.get(k) for k in ("dead", "injured", "size")}
    for key in ("dead", "injured", "size", "title", "article_id"):
        fact.pop(key, None)
    return fact


def _evidence_text(event: dict[str, Any]) -> str | None:
    for key in ("evidence", "trigger"):
        span = event.get(key)
        if isinstance(span, dict) and span.get("text"):
            return str(span["text"])
    return None
