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
from ..kb.place_names import place_key

COHESION_KM = 80.0
_POINT_LIKE = frozenset({"city", "admin2", "airport", "airbase", "facility"})
_DEGREES = COHESION_KM / 111.0  # a cheap box test before the great-circle distance


def _own_name(place: Place, key: str) -> bool:
    """The place is called so, not merely listed under the name among its alternates."""
    return place_key(place.name).replace(" ", "") == key.replace(" ", "")


def _near(a: Place, b: Place) -> bool:
    if a.country != b.country:
        return False
    if a.feature == "admin1" or b.feature == "admin1":
        province, other = (a, b) if a.feature == "admin1" else (b, a)
        return other.feature != "admin1" and bool(other.admin1) and other.admin1 == province.admin1
    if abs(a.lat - b.lat) > _DEGREES or abs(a.lon - b.lon) > _DEGREES / max(0.2, math.cos(math.radians(a.lat))):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= COHESION_KM


def cohesion(gaz: Gazetteer, names: list[str], voters: list[str] | None = None) -> dict[int, float]:
    """Gazetteer id → the support its neighbourhood gets from the article's other names (from
    `voters` only, when given)."""
    candidates: dict[str, list[Place]] = {}
    for name in names:
        key = place_key(name)
        if key in candidates:
            continue
        own = [p for p in gaz.lookup(name) if p.feature in _POINT_LIKE | {"admin1"} and _own_name(p, key)]
        if own:
            candidates[key] = own
    if len(candidates) < 2:
        return {}
    voting = None if voters is None else {place_key(v) for v in voters}
    weight = {key: 1 / math.sqrt(len(places)) if voting is None or key in voting else 0.0
              for key, places in candidates.items()}
    support: dict[int, float] = {}
    for key, places in candidates.items():
        for place in places:
            total = sum(weight[other] for other, theirs in candidates.items()
                        if other != key and weight[other] and any(_near(place, t) for t in theirs))
            if total:
                support[place.id] = round(total, 3)
    return support


__all__ = ["COHESION_KM", "cohesion"]
