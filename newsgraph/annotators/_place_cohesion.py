"""Which readings of an article's place names lie together (ng_places, a resolution signal).

Local news names towns that lie close to each other: "Cornwall", "Kent", "Canaan" and
"Salisbury" together are the Connecticut towns, though each name alone is likelier in England or
elsewhere; "Decatur", "DeKalb County" and "Avondale" are Georgia's. For every candidate of every
name, this counts the *other* names of the article that have a candidate nearby (within
COHESION_KM, or inside the candidate when it is a province) — before anything is resolved, so a
wrong first reading cannot vouch for itself. A name with many namesakes ("Washington", "Springfield")
is near something almost everywhere, so its support is worth less: 1/√(its candidates).
"""

from __future__ import annotations

import math

from ..kb.gazetteer import Gazetteer, Place, haversine_km
from ..kb.place_names import core_key, place_key, same_name_key, spelled_out

COHESION_KM = 80.0
_POINT_LIKE = frozenset({"city", "admin2", "airport", "airbase", "facility"})
_DEGREES = COHESION_KM / 111.0  # a cheap box test before the great-circle distance


def _spelling(name: str) -> str:
    return " ".join(spelled_out(name).casefold().replace("-", " ").replace("’", "'").split())


def _own_name(place: Place, name: str) -> bool:
    """The place is called so, letter for letter but for case — not merely listed under the name
    among its alternates, nor matched by the lookup's folding ("Hell" is not Heel, "One" not Onè);
    a province named with its kind word is its name ("Lancashire County" is Lancashire)."""
    if _spelling(place.name) == _spelling(name):
        return True
    core = core_key(name)
    return place.feature in ("admin1", "admin2") and core != place_key(name) and place_key(place.name) == core


def _near(place: Place, voter: Place, provinces_vote: bool = True) -> bool:
    """Whether a reading of another name vouches for `place`: a town or county within COHESION_KM,
    or a town inside `place` when it is a province, or (`provinces_vote`) a province `place` is in."""
    if place.country != voter.country:
        return False
    if voter.feature == "admin1":
        return provinces_vote and place.feature != "admin1" and bool(place.admin1) and place.admin1 == voter.admin1
    if place.feature == "admin1":
        return bool(voter.admin1) and voter.admin1 == place.admin1
    if abs(place.lat - voter.lat) > _DEGREES or abs(place.lon - voter.lon) > _DEGREES / max(
            0.2, math.cos(math.radians(place.lat))):
        return False
    return haversine_km(place.lat, place.lon, voter.lat, voter.lon) <= COHESION_KM


def _across(place: Place, theirs: list[Place], provinces_vote: bool) -> float:
    """How much a name whose readings lie near `place` vouches for it: fully, unless its only
    readings nearby are counties across a state line ("Boone County" beside "Lebanon" is Indiana's
    county and Indiana's Lebanon before Kentucky's county and Ohio's Lebanon, 60 km away)."""
    if any(_near(place, t, provinces_vote) and not (t.feature == "admin2" and place.feature == "city"
                                                    and t.admin1 != place.admin1) for t in theirs):
        return 1.0
    return 0.5


def cohesion(gaz: Gazetteer, names: list[str], voters: list[str] | None = None,
             provinces_vote: bool = True, from_towns: dict[int, float] | None = None,
             fixed: dict[str, frozenset[int]] | None = None, post_towns: bool = False) -> dict[int, float]:
    """Gazetteer id → the support its neighbourhood gets from the article's other names (from
    `voters` only, when given; provinces vouch for their towns only with `provinces_vote`, since
    a state named in a story contains every small town of a word's name in it — "Texas" and a
    "Graham" that is Martha Graham). `from_towns`, when given, is filled with the part of each
    support that towns and counties nearby give (no province's). `fixed`: names (`same_name_key`)
    whose reading the text settles ("COLUMBUS, Ohio"), with the ids of that reading: their other
    namesakes vouch for nothing (Columbus, Mississippi is no witness for a Louisville beside it).
    `post_towns`: US post-office towns of each name (`Gazetteer.post_towns`) get support too, though
    they vouch for nothing: the resolver offers them only in a state the story is in, where a
    New England town GeoNames lacks ("Berlin" beside Middletown and Hartford) must be able to
    outweigh a namesake that is near something elsewhere."""
    candidates: dict[str, list[Place]] = {}
    for name in dict.fromkeys(names):  # each spelling once, in order
        key = same_name_key(name)
        own = [p for p in gaz.lookup(name) if p.feature in _POINT_LIKE | {"admin1"} and _own_name(p, name)
               and (fixed is None or key not in fixed or p.id in fixed[key])]
        if own:  # ("Dublin City" and "Dublin" are one name: neither vouches for the other's Dublin)
            known = {p.id for p in candidates.get(key, [])}
            candidates[key] = candidates.get(key, []) + [p for p in own if p.id not in known]
    if len(candidates) < 2:
        return {}
    voting = None if voters is None else {same_name_key(v) for v in voters}
    weight = {key: 1 / math.sqrt(len(places)) if voting is None or key in voting else 0.0
              for key, places in candidates.items()}
    support: dict[int, float] = {}
    # each name's readings by country: only a reading in the place's own country can vouch (`_near`),
    # and a story's names have many readings abroad
    in_country: dict[str, dict[str | None, list[Place]]] = {}
    for key, places in candidates.items():
        for place in places:
            in_country.setdefault(key, {}).setdefault(place.country, []).append(place)

    def vouch(place: Place, key: str) -> None:
        """Record the support the other names (not `key`) give `place`, and its towns' part."""
        near = [(other, theirs) for other, by_country in in_country.items()
                if other != key and weight[other] and (theirs := by_country.get(place.country))
                and any(_near(place, t, provinces_vote) for t in theirs)]
        if not near:
            return
        support[place.id] = round(sum(weight[other] * _across(place, theirs, provinces_vote)
                                      for other, theirs in near), 3)
        towns = sum(weight[other] for other, theirs in near if any(
            t.feature != "admin1" and _near(place, t) for t in theirs))
        if from_towns is not None and towns:
            from_towns[place.id] = round(towns, 3)

    for key, places in candidates.items():
        for place in places:
            vouch(place, key)
    if post_towns:
        for name in dict.fromkeys(names):
            key = same_name_key(name)
            for place in gaz.post_towns(name):
                if place.id not in support:
                    vouch(place, key)
    return support


__all__ = ["COHESION_KM", "cohesion"]
