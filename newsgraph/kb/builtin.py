"""The built-in actor base: every country (from pycountry, with our short names, demonyms and extra
aliases) plus the actors written in ``data/actors_base.json`` (state, armed and political actors of
Iraq, Syria, Iran, Israel/Palestine, Lebanon and Yemen, the US presence in the region, IGOs, news
agencies), each with the sources its facts can be checked against.

Plain data only: :func:`base_actors` returns dicts, loaded once per process. The resolver
(:mod:`.resolve`) indexes them; the store copies one into the user's base when an article first
names it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, TypedDict

import pycountry


class Role(TypedDict, total=False):
    role: str
    of: str  # an actor id of the base or an ISO3 country code
    start: str | None
    end: str | None


class BaseActor(TypedDict, total=False):
    id: str
    name: str
    type: str  # PERSON | ORG | GPE
    kind: str  # person | organisation | armed group | government body | military | country | IGO | news agency
    country: str | None  # ISO 3166 alpha-3
    sector: str | None
    aliases: list[str]
    demonyms: list[str]
    roles: list[Role]
    part_of: str | None
    sources: list[str]


def _data() -> dict[str, Any]:
    path = resources.files("newsgraph.kb").joinpath("data/actors_base.json")
    return json.loads(path.read_text("utf-8"))


def _countries(table: dict[str, dict[str, Any]]) -> list[BaseActor]:
    """One actor per ISO 3166 country; pycountry gives the names, our table the everyday ones."""
    found: list[BaseActor] = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        extra = table.get(iso3, {})
        official = getattr(country, "official_name", None)
        common = getattr(country, "common_name", None)
        name = extra.get("name") or common or country.name
        aliases = [n for n in (country.name, common, official, *extra.get("aliases", [])) if n and n != name]
        found.append(BaseActor(
            id=iso3, name=name, type="GPE", kind="country", country=iso3, sector=None,
            aliases=list(dict.fromkeys(aliases)), demonyms=list(extra.get("demonyms", [])), roles=[],
            part_of=None, sources=["pycountry (ISO 3166-1)"] + (["newsgraph demonym table"] if extra else [])))
    return found


@lru_cache(maxsize=1)
def base_actors() -> tuple[BaseActor, ...]:
    """Every actor of the built-in base: countries first, then the written actors."""
    data = _data()
    written: list[BaseActor] = [BaseActor(**{"demonyms": [], "roles": [], "part_of": None, **a})  # type: ignore[typeddict-item]
                                for a in data["actors"]]
    return (*_countries(data["countries"]), *written)


@lru_cache(maxsize=1)
def base_by_id() -> dict[str, BaseActor]:
    return {a["id"]: a for a in base_actors()}


def role_target_name(of: str) -> str:
    """The display name of a role's ``of`` (an actor id or an ISO3 code)."""
    target = base_by_id().get(of)
    return target["name"] if target else of
