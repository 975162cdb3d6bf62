"""The actor knowledge base, on top of the store: import CAMEO/PETRARCH dictionaries, look actors
and their codes up by name and day.

This module is the glue the CLI and later stages call. Parsing lives in :mod:`.cameo` (no SQL),
rows live in :class:`newsgraph.store.Store` (only SQL); here parsed entries become store rows and
store rows become typed results. Kept apart so that actors made from text or typed by a user can
go through the same store methods without knowing anything about CAMEO's file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cameo import ActorDictionary, AgentDictionary, Kind, ParseWarning, read_dictionary
from .names import alias_key

if TYPE_CHECKING:
    from ..store import Store


@dataclass
class FileImport:
    """What one file gave and what the store kept, for the per-file report."""

    path: str
    kind: Kind
    source: str
    read: dict[str, int]  # entries/synonyms/codes (actors) or agents/substitutions (agents) read
    offered: dict[str, int]  # rows handed to the store: actors/aliases/codes or agents/names, duplicates included
    stored: dict[str, int]  # the store's counts (see Store.import_actors / Store.import_agents)
    skipped: int  # entries with no name at all (nothing to look them up by); each has a warning
    warnings: list[ParseWarning] = field(default_factory=list)


@dataclass(frozen=True)
class CodeSpan:
    """One stored CAMEO code and the days it applies (inclusive; None is open)."""

    code: str
    start: date | None
    end: date | None
    restriction: str
    source: str
    note: str | None


@dataclass(frozen=True)
class ActorCodes:
    """An actor found by name, with its codes (all of them, or those valid on the day asked)."""

    actor_id: int
    name: str
    matched_alias: str
    source: str
    codes: list[CodeSpan]


def source_name(path: str | Path) -> str:
    """The store's ``source`` for a dictionary file: its name, so that the same file imported from
    another folder (or a fresh copy of it) re-syncs the same rows instead of adding new ones."""
    return f"cameo:{Path(path).name}"


def actor_records(parsed: ActorDictionary) -> tuple[list[dict[str, Any]], list[ParseWarning]]:
    """Store records for the entries of a parsed actor dictionary, and a warning for each entry
    that cannot be stored because it has no name at all (a headless entry without synonyms)."""
    records: list[dict[str, Any]] = []
    warnings: list[ParseWarning] = []
    for entry in parsed.entries:
        name = entry.name
        if not name:
            warnings.append(ParseWarning(entry.line, entry.phrase or "(no phrase, no synonym)",
                                         f"entry has no name to look it up by; its {len(entry.codes)} code(s) are "
                                         "not stored"))
            continue
        # a headless entry is keyed by its first synonym; '+' cannot start a primary phrase, so the
        # two kinds of key never meet
        key = entry.phrase if entry.phrase is not None else "+" + entry.synonyms[0].phrase
        records.append({
            "key": key,
            "name": name,
            "line": entry.line,
            "note": entry.note,
            "aliases": [{"alias": a.name, "alias_key": alias_key(a.name), "phrase": a.phrase,
                         "is_primary": entry.phrase is not None and i == 0, "line": a.line}
                        for i, a in enumerate(entry.aliases) if a.name],
            "codes": [{"code": c.code, "start_date": c.start.isoformat() if c.start else None,
                       "end_date": c.end.isoformat() if c.end else None, "restriction": c.restriction,
                       "line": c.line, "note": c.note} for c in entry.codes],
        })
    return records, warnings


def agent_records(parsed: AgentDictionary) -> list[dict[str, Any]]:
    """Store records for the agents of a parsed agent dictionary."""
    return [{
        "phrase": a.phrase, "code": a.code, "position": a.position, "plural": a.plural, "line": a.line,
        "note": a.note,
        "names": [{"name": n, "name_key": alias_key(n), "is_plural": False} for n in a.names]
        + [{"name": n, "name_key": alias_key(n), "is_plural": True} for n in a.plural_names],
    } for a in parsed.agents]


def import_cameo(store: Store, path: str | Path, kind: Kind | None = None) -> FileImport:
    """Parse one CAMEO/PETRARCH actor or agent dictionary and sync it into ``store`` (one
    transaction per file; importing the same file again changes no row count)."""
    parsed = read_dictionary(path, kind)
    source = source_name(path)
    if isinstance(parsed, AgentDictionary):
        agents = agent_records(parsed)
        stored = store.import_agents(source, agents)
        read = {"agents": parsed.counts.agent, "substitutions": parsed.counts.substitution}
        offered = {"agents": len(agents), "names": sum(len(a["names"]) for a in agents)}
        return FileImport(str(path), "agents", source, read, offered, stored, 0, list(parsed.warnings))
    records, unnamed = actor_records(parsed)
    stored = store.import_actors(source, records)
    read = {"entries": len(parsed.entries), "synonyms": parsed.counts.synonym, "codes": parsed.counts.code_groups}
    offered = {"actors": len(records), "aliases": sum(len(r["aliases"]) for r in records),
               "codes": sum(len(r["codes"]) for r in records)}
    return FileImport(str(path), "actors", source, read, offered, stored, len(unnamed), [*parsed.warnings, *unnamed])


def _span(row: dict[str, Any]) -> CodeSpan:
    return CodeSpan(
        code=row["code"],
        start=date.fromisoformat(row["start_date"]) if row["start_date"] else None,
        end=date.fromisoformat(row["end_date"]) if row["end_date"] else None,
        restriction=row["restriction"],
        source=row["source"],
        note=row["note"],
    )


def codes_for(store: Store, name: str, on: date | None = None) -> list[ActorCodes]:
    """Every actor called ``name`` (any alias; case, accents and punctuation do not matter) with
    its codes: all of them, or with ``on`` only those valid that day (a dated code whose range
    covers it, else the default codes)."""
    day = on.isoformat() if on else None
    return [ActorCodes(actor_id=a["id"], name=a["name"], matched_alias=a["alias"], source=a["source"],
                       codes=[_span(r) for r in store.actor_codes(a["id"], day)])
            for a in store.find_actors(name)]
