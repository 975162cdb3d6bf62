"""Facts of a stored record in one shape for the explorer, whatever layers the record has.

Annotators land at different times and name their fields a little differently; the explorer reads
each fact tolerantly here and nowhere else: a layer is a list of dicts, a fact points at its
evidence with `start`/`end` (or a `trigger`, `evidence` or `mentions` with offsets), and names of
actors, places and speakers may be strings or dicts with `name`/`text`.
"""

from __future__ import annotations

from typing import Any

# Layers that are structure, not facts to highlight.
STRUCTURAL = frozenset({"parts", "sentences"})
# Entity labels not worth a highlight of their own (numbers, money, dates: times has dates).
QUIET_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"})
# Outer to inner when highlights nest: a quote encloses the names and times inside it.
LAYER_RANK = {"quotes": 0, "events": 1, "speakers": 2, "descriptors": 2, "actors": 3, "entities": 3, "places": 4,
              "times": 4}


def name_of(value: Any) -> str | None:
    """The display name of an actor, place or speaker given as a string or a dict."""
    if type(value) is dict and type(value.get("name")) is str and value["name"]:
        return value["name"]  # the common case first: this runs for every actor of every event
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        for key in ("name", "canonical", "text", "label"):
            if isinstance(value.get(key), str) and value[key]:
                return str(value[key])
        for key in ("actor", "mention", "place"):
            if isinstance(value.get(key), dict | str):
                return name_of(value[key])
    return None


def names_of(value: Any) -> list[str]:
    """Names in a list, a single value or nothing."""
    items = value if isinstance(value, list) else [value] if value else []
    return [n for n in (name_of(v) for v in items) if n]


def offsets(value: Any) -> tuple[int, int] | None:
    if (isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(value.get("end"), int)
            and 0 <= value["start"] < value["end"]):
        return int(value["start"]), int(value["end"])
    return None


def coordinates(place: Any) -> tuple[float, float] | None:
    """(lat, lon) of a place fact or location, if it has them."""
    if not isinstance(place, dict):
        return None
    lat, lon = place.get("lat", place.get("latitude")), place.get("lon", place.get("lng", place.get("longitude")))
    if lat is None and isinstance(place.get("coordinates"), list | tuple) and len(place["coordinates"]) == 2:
        lon, lat = place["coordinates"]  # GeoJSON order
    if lat is None and isinstance(place.get("geometry"), dict):
        return coordinates(place["geometry"])
    try:
        lat_f, lon_f = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if -90 <= lat_f <= 90 and -180 <= lon_f <= 180:
        return lat_f, lon_f
    return None


def layers(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every list-of-dicts layer of a record, structure included."""
    return {k: v for k, v in record.items()
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)}


def fact_id(layer: str, fact: dict[str, Any], index: int) -> str:
    return f"{layer}:{fact.get('id') or index}"


def highlights(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The spans to highlight in the text: {key, layer, start, end, kind, title, speaker?}.

    Quotes give their content and their speaker mention; events their trigger (else their
    evidence); actor clusters each mention; other layers their own offsets. An entity with the
    same offsets as a place or actor mention is left to the more specific layer.
    """
    found: list[dict[str, Any]] = []
    for layer, facts in layers(record).items():
        if layer in STRUCTURAL:
            continue
        for index, fact in enumerate(facts):
            key = fact_id(layer, fact, index)
            for span, kind, extra in _spans(layer, fact):
                found.append({"key": key, "layer": kind[0], "kind": kind[1], "start": span[0], "end": span[1],
                              **extra})
    taken = {(h["start"], h["end"]) for h in found if h["layer"] in ("places", "actors")}
    return [h for h in found if not (h["layer"] == "entities" and (h["start"], h["end"]) in taken)]


def _spans(layer: str, fact: dict[str, Any]) -> list[tuple[tuple[int, int], tuple[str, str], dict[str, Any]]]:
    own = offsets(fact)
    if layer == "quotes":
        speaker = name_of(fact.get("speaker")) or ""
        result = []
        if own:
            result.append((own, ("quotes", str(fact.get("kind") or "")), {"speaker": speaker}))
        mention = offsets(fact.get("speaker_mention"))
        if mention:
            result.append((mention, ("speakers", "speaker"), {"speaker": speaker}))
        return result
    if layer == "entities":
        if fact.get("label") in QUIET_LABELS or fact.get("role") == "credit" or not own:
            return []
        return [(own, ("entities", str(fact.get("label") or "")), {})]
    if layer == "events":
        span = offsets(fact.get("trigger")) or own or offsets(fact.get("evidence"))
        return [(span, ("events", str(fact.get("type") or "")), {})] if span else []
    if layer == "actors":
        mentions = fact.get("mentions") if isinstance(fact.get("mentions"), list) else []
        spans = [offsets(m) for m in mentions]
        return [(s, ("actors", str(fact.get("type") or fact.get("kind") or "")), {}) for s in spans if s]
    if layer == "places":
        return [(own, ("places", str(fact.get("feature_type") or fact.get("type") or "")), {})] if own else []
    if layer == "times":
        return [(own, ("times", str(fact.get("type") or "")), {})] if own else []
    if layer in ("terms", "dating", "known_entities", "statement_times", "claims"):
        return []  # shown in the fact lists, not as highlights of their own
    return [(own, (layer, str(fact.get("type") or fact.get("kind") or "")), {})] if own else []


def event_view(event: dict[str, Any], article: dict[str, Any], index: int, *,
               with_fact: bool = True) -> dict[str, Any]:
    """An event in the explorer's stable shape; `fact` holds the stored fact when asked for."""
    location = event.get("location") or event.get("place")
    where = coordinates(location) if isinstance(location, dict) else None
    trigger = event.get("trigger") if isinstance(event.get("trigger"), dict) else None
    evidence = event.get("evidence") if isinstance(event.get("evidence"), dict) else None
    if evidence is None and offsets(event):
        evidence = {"start": event["start"], "end": event["end"], "text": event.get("text")}
    time = event.get("time") or event.get("date")
    return {
        "id": fact_id("events", event, index),
        "article_id": article["id"], "article_title": article.get("title"),
        "published": article.get("published"), "outlet": article.get("outlet"),
        "type": event.get("type"), "mode": event.get("mode"), "modality": event.get("modality"),
        "actors": names_of(event.get("actors", event.get("actor"))),
        "recipients": names_of(event.get("recipients", event.get("recipient"))),
        "said_by": name_of(event.get("said_by")),
        "location": None if not location else {"name": name_of(location),
                                                 "lat": where[0] if where else None,
                                                 "lon": where[1] if where else None},
        "date": _date_of(time) or article.get("published"),
        "trigger": trigger, "evidence": evidence, "counts": event.get("counts"),
        **({"fact": event} if with_fact else {}),
    }


def _date_of(time: Any) -> str | None:
    """A YYYY-MM-DD (or shorter ISO) value from a time given as text or a time fact."""
    value = time.get("value") if isinstance(time, dict) else time
    if isinstance(value, str) and value[:4].isdigit() and "X" not in value[:10]:
        return value[:10]
    return None
