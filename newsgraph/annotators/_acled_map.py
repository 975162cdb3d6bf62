"""The ACLED view of a PLOVER event: `acled_event_type` / `acled_sub_event_type` from the type,
mode, trigger, counts and participants (docs/acled-mapping.md has the table and the reasons).

ACLED records what happened: only `asserted` and `claimed` events get a code, and only the
kinds ACLED codes (violence, protests, arrests, deployments, withdrawals, releases, agreements
between warring parties). Verbal events, threats, plans and denials get (None, None).
"""

from __future__ import annotations

from typing import Any

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
VIOLENCE_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

_CIVILIAN_WORDS = frozenset(
    [
        "civilian",
        "civilians",
        "villager",
        "villagers",
        "resident",
        "residents",
        "people",
        "worshipper",
        "worshippers",
        "student",
        "students",
        "child",
        "children",
        "woman",
        "women",
        "man",
        "men",
        "farmer",
        "farmers",
        "journalist",
        "journalists",
        "family",
        "families",
        "passenger",
        "passengers",
        "refugee",
        "refugees",
        "patient",
        "patients",
        "teacher",
        "teachers",
        "mourner",
        "mourners",
        "worker",
        "workers",
        "pilgrim",
        "pilgrims",
        "shopper",
        "shoppers",
        "displaced",
        "home",
        "homes",
        "house",
        "houses",
        "market",
        "school",
        "hospital",
        "camp",
        "village",
        "settlement",
        "church",
        "mosque",
        "shop",
        "shops",
        "car",
        "cars",
        "bus",
        "protesters",
        "demonstrators",
    ]
)
_ARMED_WORDS = frozenset(
    [
        "forces",
        "force",
        "troops",
        "soldier",
        "soldiers",
        "army",
        "military",
        "militia",
        "militias",
        "rebel",
        "rebels",
        "fighter",
        "fighters",
        "militant",
        "militants",
        "police",
        "policemen",
        "insurgent",
        "insurgents",
        "gunmen",
        "gunman",
        "jihadist",
        "jihadists",
        "guard",
        "guards",
        "convoy",
        "position",
        "positions",
        "base",
        "bases",
        "checkpoint",
        "post",
        "unit",
        "units",
        "brigade",
        "battalion",
        "commander",
        "commanders",
        "officer",
        "officers",
        "patrol",
        "regiment",
        "paramilitary",
        "paramilitaries",
        "combatants",
        "hideouts",
        "hideout",
        "targets",
        "outpost",
        "barracks",
    ]
)
_TWO_SIDED = frozenset(
    {
        "clash",
        "clashed",
        "clashes",
        "fighting",
        "fought",
        "battle",
        "battled",
        "skirmish",
        "ambush",
        "ambushed",
        "firefight",
        "shootout",
        "gunbattle",
        "exchanged",
    }
)
_TERRITORY = frozenset(
    {"capture", "captured", "seized", "retook", "retake", "recaptured", "overran", "took", "taken", "control"}
)
_INTERCEPTED = frozenset({"intercepted", "intercept", "downed", "shot", "destroyed"})
_STATE_WORDS = ("military", "police", "army", "forces", "government", "armed forces")
_WARRING = frozenset(
    {
        "ceasefire",
        "cease-fire",
        "truce",
        "armistice",
        "exchange",
        "swap",
        "peace",
        "prisoners",
        "hostages",
        "prisoner",
        "hostage",
    }
)


def _words(mentions: list[dict[str, Any]]) -> set[str]:
    return {w.lower().strip(".,’'") for m in mentions for w in f"{m.get('text') or ''} {m.get('name') or ''}".split()}


def _state(actors: list[dict[str, Any]]) -> bool:
    return any(any(w in (m.get("name") or "").lower() for w in _STATE_WORDS) for m in actors)


def acled_view(event: dict[str, Any], sentence_events: list[dict[str, Any]] = ()) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) in ACLED's terms, or (None, None) when ACLED would not code it.
    `sentence_events`: the other events of the sentence (a protest met with force)."""
    kind, mode = event["type"], event.get("mode") or ""
    if event.get("modality") not in ("asserted", "claimed"):
        return None, None
    trigger = str(event.get("trigger", {}).get("text", "")).lower()
    evidence = set(str((event.get("evidence") or {}).get("text", "")).lower().replace(",", " ").split())
    recipients = _words(event.get("recipients", []))
    counts = event.get("counts") or {}
    if kind == "ASSAULT":
        if set(trigger.split()) & _INTERCEPTED and evidence & {
            "intercepted",
            "downed",
            "shot",
            "air",
            "defence",
            "defense",
            "defences",
            "defenses",
        }:
            return STRATEGIC, "Disrupted weapons use"
        if mode in ("aerial", "drone"):
            return EXPLOSIONS, "Air/drone strike"
        if mode == "suicide-attack":
            return EXPLOSIONS, "Suicide bomb"
        if mode == "heavy-weapons":
            return EXPLOSIONS, "Shelling/artillery/missile attack"
        if mode == "explosives":
            return EXPLOSIONS, "Grenade" if "grenade" in evidence else "Remote explosive/landmine/IED"
        if mode == "crowd-control":
            return None, None  # the protest it met carries ACLED's code
        if mode == "abduct":
            return VIOLENCE_CIVILIANS, "Abduction/forced disappearance"
        if mode == "sexual":
            return VIOLENCE_CIVILIANS, "Sexual violence"
        if mode == "destroy" and not counts.get("dead"):
            return STRATEGIC, "Looting/property destruction"
        if set(trigger.split()) & _TERRITORY:
            if _state(event.get("actors", [])):
                return BATTLES, "Armed clash"
            return BATTLES, "Non-state actor overtakes territory"
        if set(trigger.split()) & _TWO_SIDED:
            return BATTLES, "Armed clash"
        if recipients & _ARMED_WORDS or any("military" in (m.get("name") or "") for m in event.get("recipients", [])):
            return BATTLES, "Armed clash"
        if recipients & _CIVILIAN_WORDS or counts.get("dead"):
            return VIOLENCE_CIVILIANS, "Attack"
        return VIOLENCE_CIVILIANS, "Attack"
    if kind == "PROTEST":
        if mode == "riot":
            return RIOTS, "Violent demonstration"
        force = [e for e in sentence_events if e is not event and e["type"] in ("ASSAULT", "COERCE")]
        if any((e.get("counts") or {}).get("dead") for e in force if e["type"] == "ASSAULT"):
            return PROTESTS, "Excessive force against protesters"
        if force:
            return PROTESTS, "Protest with intervention"
        return PROTESTS, "Peaceful protest"
    if kind == "COERCE":
        return (STRATEGIC, "Arrests") if mode == "arrest" else (None, None)
    if kind == "MOBILIZE":
        return STRATEGIC, "Change to group/activity"
    if kind == "RETREAT":
        if mode == "withdraw":
            return STRATEGIC, "Non-violent transfer of territory"
        if mode == "release":
            return STRATEGIC, "Agreement"
        return None, None
    if kind == "AGREE" and (evidence | set(trigger.split())) & _WARRING:
        return STRATEGIC, "Agreement"
    return None, None


__all__ = ["acled_view"]
