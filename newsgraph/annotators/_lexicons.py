"""Word lists the annotators share, loaded once from data/ (all written for newsgraph)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


def load_data(name: str) -> Any:
    """A JSON file of annotators/data/."""
    return json.loads(resources.files("newsgraph.annotators").joinpath(f"data/{name}").read_text("utf-8"))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (casefolded) → "f" or "m": a hint for he/she, never a stored fact."""
    data = load_data("given_names.json")
    return {**{n.casefold(): "m" for n in data["male"]}, **{n.casefold(): "f" for n in data["female"]}}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital or seat of government → the country it speaks for ("Beijing said")."""
    return dict(load_data("capitals.json")["capitals"])


def word_set(text: str) -> frozenset[str]:
    """A word list written as prose, so long lexicons stay readable."""
    return frozenset(text.split())
