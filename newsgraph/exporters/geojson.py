"""GeoJSON (RFC 7946) of places: one Point feature per place, with the articles that name it and
the evidence of every mention (article id, fact id, character offsets, text).

Places without coordinates (unresolved mentions) are left out of the map and counted in the
collection's `unresolved` member. Coordinates are [longitude, latitude], as RFC 7946 says.
`feature_for` turns one place fact (a place, or an event's location) into a feature and is
meant to be reused by other exporters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def feature_for(place: dict[str, Any], article_id: str | None = None, **properties: Any) -> dict[str, Any] | None:
    """A GeoJSON Point feature for one place fact (None when it has no coordinates). Extra
    keyword arguments become properties."""
    if place.get("lat") is None or place.get("lon") is None:
        return None
    evidence = {"id": place.get("id"), "start": place.get("start"), "end": place.get("end"), "text": place.get("text")}
    if article_id is not None:
        evidence = {"article": article_id, **evidence}
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(float(place["lon"]), 5), round(float(place["lat"]), 5)]},
        "properties": {
            "name": place.get("name"),
            "feature": place.get("feature"),
            "precision": place.get("precision"),
            "country": place.get("country"),
            "admin1": place.get("admin1"),
            "articles": [article_id] if article_id is not None else [],
            "mentions": 1,
            "evidence": [evidence],
            **properties,
        },
    }


def places_collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of the places of the given records: mentions of the same place (same
    name and point) in any article are one feature."""
    features: dict[tuple[Any, ...], dict[str, Any]] = {}
    unresolved = 0
    for record in records:
        for place in record.get("places") or []:
            feature = feature_for(place, record["id"])
            if feature is None:
                unresolved += 1
                continue
            key = (place.get("name"), *feature["geometry"]["coordinates"])
            seen = features.get(key)
            if seen is None:
                features[key] = feature
                continue
            props = seen["properties"]
            props["mentions"] += 1
            props["evidence"] += feature["properties"]["evidence"]
            if record["id"] not in props["articles"]:
                props["articles"].append(record["id"])
    ordered = sorted(features.values(), key=lambda f: (-f["properties"]["mentions"], f["properties"]["name"] or ""))
    return {"type": "FeatureCollection", "features": ordered, "unresolved": unresolved}


__all__ = ["feature_for", "places_collection"]
