"""Validate the hand-written event sets (events_dev.jsonl, events_test.jsonl).

Checks the format and the conventions of EVENTS_GUIDE.md: allowed types, modes, modalities and
ACLED codes, every *_text / trigger / location / said_by an exact substring of the text, counts as
non-negative integers, and that no snippet appears in both files. Prints counts per type and per
modality for each file. Exit status 1 when any error is found.

    .venv/bin/python bench/data/_check_events.py [FILE ...]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = [HERE / "events_dev.jsonl", HERE / "events_test.jsonl"]

# Modes per type, from the PLOVER manual's mode tables; the types without a table take none.
MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}
MODALITIES = {"asserted", "claimed", "threatened", "planned", "demanded", "negated", "hypothetical"}
# ACLED's six event types and their sub-event types.
ACLED: dict[str, set[str]] = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
# Types that may carry an ACLED code (EVENTS_GUIDE.md, "ACLED codes").
ACLED_TYPES = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "AGREE"}
ACLED_MODALITIES = {"asserted", "claimed"}
SIZE_TYPES = {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
ITEM_KEYS = {"id", "text", "published", "events"}
EVENT_KEYS = {
    "type",
    "mode",
    "actor",
    "actor_text",
    "recipient",
    "recipient_text",
    "trigger",
    "modality",
    "said_by",
    "location",
    "dead",
    "injured",
    "size",
    "acled_event_type",
    "acled_sub_event_type",
}
SPAN_FIELDS = ("actor_text", "recipient_text", "trigger", "location", "said_by")
COUNT_FIELDS = ("dead", "injured", "size")
ID_PATTERN = re.compile(r"^e[0-9]{3}$|^t[0-9]{3}$")


def check_event(event: dict[str, Any], text: str, where: str) -> tuple[list[str], list[str]]:
    """Errors and warnings for one event of a snippet."""
    errors: list[str] = []
    warnings: list[str] = []
    if set(event) != EVENT_KEYS:
        errors.append(f"{where}: keys {sorted(set(event) ^ EVENT_KEYS)} missing or extra")
        return errors, warnings
    kind = event["type"]
    if kind not in MODES:
        errors.append(f"{where}: unknown type {kind!r}")
        return errors, warnings
    if event["mode"] is not None and event["mode"] not in MODES[kind]:
        errors.append(f"{where}: mode {event['mode']!r} not allowed for {kind}")
    modality = event["modality"]
    if modality not in MODALITIES:
        errors.append(f"{where}: unknown modality {modality!r}")
    # threatened/demanded describe what THREATEN/REQUEST content is; nothing else uses them.
    if modality == "threatened" and kind != "THREATEN":
        errors.append(f"{where}: modality threatened on a {kind}")
    if modality == "demanded" and kind != "REQUEST":
        errors.append(f"{where}: modality demanded on a {kind}")
    if kind == "THREATEN" and modality not in {"threatened", "negated", "hypothetical"}:
        errors.append(f"{where}: THREATEN with modality {modality!r}")
    if kind == "REQUEST" and modality not in {"demanded", "negated", "hypothetical"}:
        errors.append(f"{where}: REQUEST with modality {modality!r}")
    if modality == "claimed" and event["said_by"] is None:
        errors.append(f"{where}: claimed event without said_by")
    for field in SPAN_FIELDS:
        value = event[field]
        if value is None:
            continue
        if not isinstance(value, str) or not value or value not in text:
            errors.append(f"{where}: {field} {value!r} is not a substring of the text")
        elif value != value.strip():
            errors.append(f"{where}: {field} {value!r} has surrounding spaces")
        elif field == "trigger" and text.count(value) > 1:
            warnings.append(f"{where}: trigger {value!r} occurs {text.count(value)} times")
    if event["trigger"] is None:
        errors.append(f"{where}: trigger is null")
    for name_field, text_field in (("actor", "actor_text"), ("recipient", "recipient_text")):
        if event[text_field] is not None and not event[name_field]:
            errors.append(f"{where}: {text_field} given but {name_field} is null")
    for field in COUNT_FIELDS:
        value = event[field]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            errors.append(f"{where}: {field} must be a non-negative integer or null")
    if event["size"] is not None and kind not in SIZE_TYPES:
        errors.append(f"{where}: size on a {kind}")
    major, sub = event["acled_event_type"], event["acled_sub_event_type"]
    if (major is None) != (sub is None):
        errors.append(f"{where}: acled_event_type and acled_sub_event_type must both be set or null")
    elif major is not None:
        if major not in ACLED or sub not in ACLED[major]:
            errors.append(f"{where}: unknown ACLED pair {major!r} / {sub!r}")
        if kind not in ACLED_TYPES:
            errors.append(f"{where}: ACLED code on a {kind}")
        if modality not in ACLED_MODALITIES:
            errors.append(f"{where}: ACLED code on a {modality} event")
    return errors, warnings


def check_file(path: Path) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """Items, errors and warnings of one JSONL file."""
    items: list[dict[str, Any]] = []
    errors: list[str] = []
    warnings: list[str] = []
    seen_ids: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(item, dict) or set(item) != ITEM_KEYS:
            errors.append(f"{where}: an object with keys {sorted(ITEM_KEYS)} is expected")
            continue
        items.append(item)
        where = f"{path.name}:{item['id']}"
        if not isinstance(item["id"], str) or not ID_PATTERN.match(item["id"]):
            errors.append(f"{where}: bad id")
        if item["id"] in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(item["id"])
        text = item["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        try:
            dt.date.fromisoformat(item["published"])
        except (TypeError, ValueError):
            errors.append(f"{where}: published must be YYYY-MM-DD")
        events = item["events"]
        if not isinstance(events, list) or len(events) > 3:
            errors.append(f"{where}: events must be a list of 0 to 3 events")
            continue
        for index, event in enumerate(events):
            if not isinstance(event, dict):
                errors.append(f"{where}#{index}: event is not an object")
                continue
            found_errors, found_warnings = check_event(event, text, f"{where}#{index}")
            errors += found_errors
            warnings += found_warnings
    return items, errors, warnings


def summarise(path: Path, items: list[dict[str, Any]]) -> None:
    events = [event for item in items for event in item["events"]]
    types = Counter(event["type"] for event in events)
    modalities = Counter(event["modality"] for event in events)
    empty = sum(1 for item in items if not item["events"])
    print(f"{path.name}: {len(items)} snippets, {len(events)} events, {empty} with no event")
    print("  types:      " + ", ".join(f"{name} {types[name]}" for name in MODES))
    print("  modalities: " + ", ".join(f"{name} {count}" for name, count in modalities.most_common()))
    with_acled = sum(1 for event in events if event["acled_event_type"])
    print(f"  with ACLED code: {with_acled}")


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or DEFAULT_FILES
    all_errors: list[str] = []
    texts: dict[str, str] = {}
    for path in paths:
        items, errors, warnings = check_file(path)
        summarise(path, items)
        for item in items:
            previous = texts.get(item["text"])
            if previous is not None:
                errors.append(f"{path.name}:{item['id']}: same text as {previous}")
            texts[item["text"]] = f"{path.name}:{item['id']}"
        for warning in warnings:
            print(f"  warning: {warning}")
        all_errors += errors
    for error in all_errors:
        print(f"ERROR {error}")
    print("OK" if not all_errors else f"{len(all_errors)} errors")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
