"""The outlet registry (data/outlets.json, written for this project) and lookups into it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from .model import Outlet


@lru_cache(maxsize=1)
def _registry() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    entries = json.loads(resources.files("newsgraph.document").joinpath("data/outlets.json").read_text("utf-8"))
    by_domain: dict[str, dict[str, Any]] = {}
    by_name: dict[str, dict[str, Any]] = {}
    for entry in entries:
        for domain in [*entry.get("domains", []), *entry.get("mirrors", [])]:
            by_domain[domain.lower()] = entry
        by_name[entry["name"].casefold()] = entry
    return by_domain, by_name


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.") or None


def _entry_for_domain(domain: str) -> dict[str, Any] | None:
    by_domain, _ = _registry()
    labels = domain.lower().removeprefix("www.").split(".")
    # Try the host, then each parent domain: edition.cnn.com -> cnn.com
    for i in range(len(labels) - 1):
        entry = by_domain.get(".".join(labels[i:]))
        if entry:
            return entry
    return None


def _outlet(entry: dict[str, Any], how: str) -> Outlet:
    return Outlet(
        name=entry["name"],
        domain=entry["domains"][0] if entry.get("domains") else None,
        country=entry.get("country"),
        owner=entry.get("owner"),
        state_affiliated=entry.get("state_affiliated"),
        funding=entry.get("funding"),
        known=True,
        how_known=how,
    )


def outlet_for(domains: list[str], names: list[str], how_domain: str, how_name: str,
               fallback_name: str | None = None) -> Outlet:
    """The registry outlet matching the first known domain, else the first known name; an
    unknown outlet is recorded by its domain."""
    for domain in domains:
        entry = _entry_for_domain(domain)
        if entry:
            return _outlet(entry, how_domain)
    _, by_name = _registry()
    for name in names:
        entry = by_name.get(name.strip().casefold())
        if entry:
            return _outlet(entry, how_name)
    if domains:
        return Outlet(name=fallback_name or domains[0], domain=domains[0], how_known=how_domain)
    if names:
        return Outlet(name=names[0], domain=None, how_known=how_name)
    return Outlet(name=fallback_name, domain=None)
