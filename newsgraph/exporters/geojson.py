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
            if place.get("mention", "name") != "name":
                continue  # "Sudanese", "the Fargo police": mentions of a place, not the place on a map
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


def events_collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of the events of the given records that have a resolved location: one
    Point per event, with who did what to whom, the modality and the evidence offsets."""
    features = []
    unlocated = 0
    for record in records:
        for event in record.get("events") or []:
            location = event.get("location") or {}
            place = location.get("place") or {}
            where = {**place, "id": place.get("id"), "start": location.get("start"), "end": location.get("end"),
                     "text": location.get("text")}
            feature = feature_for(
                where, record["id"], event=event["id"], event_type=event["type"], mode=event.get("mode"),
                modality=event.get("modality"),
                actors=[(a.get("actor") or {}).get("name") or a.get("name") for a in event.get("actors") or []],
                recipients=[(r.get("actor") or {}).get("name") or r.get("name") for r in event.get("recipients") or []],
                said_by=(event.get("said_by") or {}).get("name"),
                time=(event.get("time") or {}).get("value"),
                trigger={"start": event["start"], "end": event["end"], "text": event["text"]},
                published=(record.get("document") or {}).get("published"),
            )
            if feature is None:
                unlocated += 1
            else:
                features.append(feature)
    return {"type": "FeatureCollection", "features": features, "unlocated": unlocated}


def collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Places and events together: place features first, then event features (`event_type` set)."""
    items = list(records)
    places, events = places_collection(items), events_collection(items)
    return {"type": "FeatureCollection", "features": places["features"] + events["features"],
            "unresolved": places["unresolved"], "unlocated": events["unlocated"]}


__all__ = ["collection", "events_collection", "feature_for", "places_collection"]
