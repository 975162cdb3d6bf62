"""Finding an actor by the name a text uses for it.

Two keys per name. :func:`newsgraph.kb.names.alias_key` forgives case, accents and punctuation;
:func:`name_key` also forgives how Arabic and Persian names are written in Latin letters: it drops
the article (al-, el-, ad-, ash- …), writes q as k, and reduces every run of vowels to one, so
Khazali / al-Khazali / Khazaali / Khaz'ali, Assad / Asad, Qassem / Qasim, Soleimani / Suleimani
and Muhammad / Mohammed meet. Short all-capital words (US, IS, UN, PMU) are acronyms and keep
their letters: "US" and "IS" must not meet.

:class:`Resolver` is an in-memory index of actors (the built-in base, or any list of actor dicts)
by both keys, with the demonyms of countries and the surnames of people. It knows nothing of
SQL: the annotator links clusters to the built-in base with it, and the store uses the same keys
to find actors it has created from earlier articles.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .names import alias_key

# Words that are not part of the name's key: Arabic articles (written apart once ``alias_key``
# has turned the hyphen of "al-Khazali" into a space) and honorifics.
_SKIPPED = frozenset({"al", "el", "ad", "ash", "ath", "adh", "az", "the", "sheikh", "shaykh", "sayyed", "sayyid"})
# Whole words written several ways: the key of the left is the key of the right.
_WORD_FORMS = {"abdul": "abd", "abdel": "abd", "abdal": "abd", "abdol": "abd", "ibn": "bin", "ben": "bin",
               "abou": "abu"}
# Digraphs of one sound in one spelling and one letter in another.
_SOUNDS = {"kh": "x", "q": "k", "ph": "f", "dh": "d", "th": "t", "gh": "g", "ck": "k", "c": "k", "j": "g", "w": "u",
           "z": "s"}
_SOUND = re.compile("|".join(sorted(_SOUNDS, key=len, reverse=True)))
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_ALL_CAPS = re.compile(r"^[A-Z0-9]{2,6}$")


@lru_cache(maxsize=262_144)
def _word_key(word: str) -> str:
    """The key of one lower-case word (cached: names share their words)."""
    word = _WORD_FORMS.get(word, word)
    if len(word) <= 3:
        return word
    word = _SOUND.sub(lambda m: _SOUNDS[m.group(0)], word)
    # y starting a word is a consonant (Yahya, Yemen); elsewhere it spells a vowel (Qays, Soleymani)
    head, rest = (word[0], word[1:]) if word[0] == "y" else ("", word)
    return _DOUBLED.sub(r"\1", head + _VOWELS.sub("a", rest))


def loose_key(key: str, name: str) -> str:
    """:func:`name_key` from a name's :func:`alias_key` (``key``) and the name as written (to tell
    an acronym: "US" must not meet "us" spelt as a word would)."""
    if " " not in key and _ALL_CAPS.match(name.replace(".", "")):
        return key
    return " ".join([_word_key(w) for w in key.split() if w not in _SKIPPED])


def name_key(name: str) -> str:
    """The transliteration-forgiving key of a name: ``name_key("Qais al-Khaz'ali")`` equals
    ``name_key("Qays Khazaali")``."""
    return loose_key(alias_key(name), name)


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Kinds a name of each spaCy-style type may refer to.
_PERSON_KINDS = frozenset({"person"})


def type_fits(mention_type: str, actor: Mapping[str, Any]) -> bool:
    """A person's name finds people; any other name finds anything but people."""
    is_person = actor.get("kind") in _PERSON_KINDS or actor.get("type") == "PERSON"
    return is_person == (mention_type == "PERSON")


@dataclass
class Resolver:
    """Actors indexed by alias key, transliteration key, demonym and surname."""

    actors: list[Mapping[str, Any]] = field(default_factory=list)
    by_alias: dict[str, list[int]] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    by_demonym: dict[str, int] = field(default_factory=dict)
    by_surname: dict[str, list[int]] = field(default_factory=dict)
    by_id: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, actors: Iterable[Mapping[str, Any]]) -> Resolver:
        resolver = cls()
        resolver.extend(actors)
        return resolver

    @classmethod
    def from_file(cls, path: str | Path) -> Resolver:
        """A resolver over the actors of a JSON file shaped as ``actors_base.json`` (``{"actors": […]}``)."""
        with _gc_paused():
            actors = json.loads(Path(path).read_text("utf-8"))["actors"]
        return cls.of(actors)

    def extend(self, actors: Iterable[Mapping[str, Any]]) -> None:
        with _gc_paused():  # a bulk load makes no cycles; collecting while it grows costs ~40 %
            for actor in actors:
                self.add(actor)

    def add(self, actor: Mapping[str, Any]) -> None:
        """Index one actor under its name, aliases and demonyms. An actor may sit twice under one
        key (two aliases that differ in case only); lookups count actors, not entries."""
        index = len(self.actors)
        self.actors.append(actor)
        self.by_id[str(actor["id"])] = index
        person = actor.get("kind") == "person"
        by_alias, by_name, word_key, skipped = self.by_alias, self.by_name, _word_key, _SKIPPED
        names = [actor["name"]]
        names.extend(actor.get("aliases", ()))
        for alias in names:
            key = alias_key(alias)
            by_alias.setdefault(key, []).append(index)
            if alias.isupper() and " " not in key and _ALL_CAPS.match(alias.replace(".", "")):
                continue  # an acronym is matched as written only
            nkey = " ".join([word_key(w) for w in key.split() if w not in skipped])
            by_name.setdefault(nkey, []).append(index)
            if person and " " in nkey:
                self.by_surname.setdefault(nkey.rsplit(" ", 1)[1], []).append(index)
        for demonym in actor.get("demonyms", ()):
            self.by_demonym.setdefault(alias_key(demonym), index)

    def get(self, actor_id: str) -> Mapping[str, Any] | None:
        index = self.by_id.get(actor_id)
        return None if index is None else self.actors[index]

    def demonym(self, word: str) -> Mapping[str, Any] | None:
        """The country an adjective or demonym names ("Emirati" → United Arab Emirates)."""
        index = self.by_demonym.get(alias_key(word))
        return None if index is None else self.actors[index]

    def lookup(self, name: str, mention_type: str) -> Mapping[str, Any] | None:
        """The one actor of a fitting type called ``name``: by alias key first, then by the
        transliteration key, then (a person named by one word) by a surname only one person has.
        None when nothing or more than one actor fits."""
        key = alias_key(name)
        nkey = loose_key(key, name)
        for found in (self.by_alias.get(key), self.by_name.get(nkey)):
            fitting = [self.actors[i] for i in dict.fromkeys(found or ()) if type_fits(mention_type, self.actors[i])]
            if len(fitting) == 1:
                return fitting[0]
            if len(fitting) > 1:
                return None
        if mention_type == "PERSON" and " " not in key:
            found = set(self.by_surname.get(nkey, ()))
            if len(found) == 1:
                return self.actors[found.pop()]
        return None


_BASE: Resolver | None = None


def base_resolver() -> Resolver:
    """The resolver over the built-in base, built once per process."""
    global _BASE
    if _BASE is None:
        from .builtin import base_actors

        _BASE = Resolver.of(base_actors())
    return _BASE
