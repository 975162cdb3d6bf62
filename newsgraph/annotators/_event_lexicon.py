"""The event-trigger lexicon: PLOVER types and modes for verbs and nouns, from
`data/event_verbs.json` (written for newsgraph) plus, when present, a user lexicon made by
`newsgraph kb import-cameo-verbs` (verb patterns read from a CAMEO dictionary and mapped to PLOVER).

A user lexicon only adds: a lemma the built-in lexicon knows keeps the built-in reading.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._lexicons import load_data

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
# The environment variable naming a user lexicon file (else the default path below).
USER_LEXICON_ENV = "NEWSGRAPH_EVENT_LEXICON"


def default_user_lexicon() -> Path:
    """Where `kb import-cameo-verbs` writes and the annotator reads the user lexicon."""
    env = os.environ.get(USER_LEXICON_ENV)
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "newsgraph" / "event_verbs.user.json"


@dataclass(frozen=True)
class Entry:
    """One reading of a trigger word: its type and mode, and the conditions it needs."""

    type: str
    mode: str
    objects: frozenset[str] = frozenset()  # the direct object's lemma must be one of these
    preps: frozenset[str] = frozenset()  # a preposition/particle child must be one of these
    needs: frozenset[str] = frozenset()  # some nearby word must be one of these
    of_actor: bool = False  # a noun whose "of X" is its actor ("the withdrawal of US troops")
    source: str = "newsgraph"

    @property
    def conditional(self) -> bool:
        return bool(self.objects or self.preps or self.needs)


def _entry(type_: str, value: Any, source: str) -> Entry:
    if isinstance(value, str):
        return Entry(type_, value, source=source)
    return Entry(
        type_,
        value.get("mode", ""),
        frozenset(value.get("object", ())),
        frozenset(value.get("prep", ())),
        frozenset(value.get("needs", ())),
        bool(value.get("of_actor")),
        source,
    )


@dataclass
class Lexicon:
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    phrases: list[dict[str, Any]] = field(default_factory=list)
    negated_as: dict[str, str] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # named word lists
    mode_words: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    demonyms: dict[str, str] = field(default_factory=dict)
    # readings from a user lexicon (CAMEO import): used only where no built-in reading holds
    user_verbs: dict[str, Entry] = field(default_factory=dict)
    user_objects: dict[tuple[str, str], Entry] = field(default_factory=dict)
    user_preps: dict[tuple[str, str], Entry] = field(default_factory=dict)

    def add(self, table: dict[str, list[Entry]], lemma: str, entry: Entry) -> None:
        found = table.setdefault(lemma.lower(), [])
        found.append(entry)
        # conditional readings first, in the order written; then the plain ones
        found.sort(key=lambda e: not e.conditional)

    def word_list(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _build(data: dict[str, Any], user: dict[str, Any] | None) -> Lexicon:
    lex = Lexicon()
    for type_, block in data["types"].items():
        for lemma, value in block.get("verbs", {}).items():
            lex.add(lex.verbs, lemma, _entry(type_, value, "newsgraph"))
        for lemma, value in block.get("nouns", {}).items():
            lex.add(lex.nouns, lemma, _entry(type_, value, "newsgraph"))
        for phrase in block.get("phrases", []):
            lex.phrases.append({**phrase, "type": type_})
    lex.negated_as = dict(data["negated_as"])
    for key, value in data.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            lex.words[key] = frozenset(v.lower() for v in value)
    lex.mode_words = [(mode, frozenset(words)) for mode, words in data["mode_words"]["ASSAULT"]]
    lex.words["dead"] = frozenset(data["casualty_words"]["dead"])
    lex.words["injured"] = frozenset(data["casualty_words"]["injured"])
    lex.demonyms = dict(data["demonyms"])
    if user:
        source = str(user.get("source") or "user")
        for item in user.get("verbs", []):
            lemma = str(item.get("lemma", "")).lower()
            if not lemma or item.get("type") not in PLOVER_TYPES:
                continue
            entry = Entry(item["type"], item.get("mode") or "", source=source)
            if item.get("object"):
                lex.user_objects.setdefault((lemma, str(item["object"]).lower()), entry)
            elif item.get("prep"):
                lex.user_preps.setdefault((lemma, str(item["prep"]).lower()), entry)
            else:
                lex.user_verbs.setdefault(lemma, entry)
    return lex


def read_user_lexicon(path: Path) -> dict[str, Any] | None:
    """The user lexicon at `path`, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@lru_cache(maxsize=8)
def load_lexicon(user_path: str | None = None) -> Lexicon:
    """The built-in lexicon, plus the user lexicon at `user_path` when given and readable."""
    user = read_user_lexicon(Path(user_path)) if user_path else None
    return _build(load_data("event_verbs.json"), user)


__all__ = [
    "PLOVER_TYPES",
    "USER_LEXICON_ENV",
    "Entry",
    "Lexicon",
    "default_user_lexicon",
    "load_lexicon",
    "read_user_lexicon",
]
