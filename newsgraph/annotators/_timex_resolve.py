"""Turning what a temporal expression means (`_timex.Meaning`) into a TIMEX3-style value.

Separate from the grammar because this is the part with a reference date in it, and the part
that must never make one up: when the expression hangs on the publication date and the
publication date is unknown, the value keeps its unknown digits as X ("XXXX-WXX-4" for "on
Thursday", "XXXX" for "last year") and `relative` says how to compute it once the date is known
({"unit": "day", "weekday": 4, "direction": "before"}, {"unit": "year", "offset": -1}).

News conventions, as wire copy uses them: a weekday, month or day without a year in past-tense
reporting is the most recent one on or before the publication date ("said on Thursday"); with a
future or present verb it is the next one on or after it ("will meet on Thursday"). "Last
Thursday" and "next Thursday" exclude the publication day itself.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ._calendars import FEASTS, feast_dates
from ._timex import Meaning

_PLACEHOLDER = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                "quarter": "XXXX-QX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
                "part-of-day": "XXXX-XX-XX", "minute": "XXXX-XX-XX", "hour": "XXXX-XX-XX"}
_SEASON_ORDER = ("SP", "SU", "FA", "WI")  # winter counts with the year of its December


# The periods a text is about, as the component meets them: "quarter" (the quarter named last:
# "1989-Q3") and "date" (the date named last, at any grain), each as (value, anchor).
Focus = dict[str, tuple[str, str]]


def resolve(m: Meaning, published: date | None, tense: str = "past", focus: Focus | None = None) -> dict[str, Any]:
    """The attributes of one time fact: type, value, granularity, anchor, resolved, and where
    they apply mod, relative, relation (filled in by the caller), range, freq, anchor_date.

    `tense` is "past" or "future": the tense of the verb the expression hangs on. `focus`: the
    periods named before it in the text, for "the quarter" and "the year-ago quarter"."""
    if m.kind == "focus":
        out = _focus(m, published, focus or {})
    else:
        out = _HANDLERS.get(m.kind, _unknown)(m, published, tense)
    out.setdefault("type", m.type)
    out.setdefault("granularity", m.granularity)
    if m.mod and "mod" not in out:
        out["mod"] = m.mod
    if out.get("anchor") == "publication" and published is not None:
        out["anchor_date"] = published.isoformat()
    return {k: out[k] for k in _ORDER if k in out}


_ORDER = ("type", "value", "granularity", "anchor", "resolved", "mod", "freq", "relative", "relation", "range",
          "anchor_date")


# ------------------------------------------------------------------------------- values


def day_value(d: date, part: str | None = None, clock: str | None = None) -> str:
    """2024-03-14, 2024-03-14TEV, 2024-03-14T20:00."""
    if clock:
        return f"{d.isoformat()}T{clock}"
    return f"{d.isoformat()}T{part}" if part else d.isoformat()


def _time_suffix(m: Meaning) -> str:
    """The TIMEX3 time part kept on an unknown date: "T20:00", "TEV" or nothing."""
    if m.clock:
        return f"T{m.clock}"
    return f"T{m.part}" if m.part else ""


def value_at(d: date, granularity: str) -> str:
    """The value of the period of a given granularity that contains `d`."""
    if granularity in ("day", "part-of-day", "minute", "hour"):
        return d.isoformat()
    if granularity in ("week", "weekend"):
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{d.year}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "decade":
        return str(d.year // 10)
    if granularity == "century":
        return str(d.year // 100)
    return str(d.year)


def add_months(d: date, n: int) -> date:
    """`d` moved by n calendar months, the day clipped to the month's length."""
    total = d.year * 12 + d.month - 1 + n
    year, month = divmod(total, 12)
    month += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(f"no day in {year}-{month}")  # pragma: no cover - 28 always exists


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by n units (day, week, weekend, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    factor = {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
    return add_months(d, 12 * factor * n)


def _direction(m: Meaning, tense: str) -> tuple[str, bool]:
    """ "before"/"after"/"nearest" and whether the publication day itself counts. A present
    verb places a weekday ahead ("the council meets on Monday") but a month or a day of the
    month wherever is nearest ("support is up from 66% in early January")."""
    if m.rel == "last":
        return "before", False
    if m.rel == "next":
        return "after", False
    if tense == "present":
        return ("after" if m.kind in ("weekday", "weekend") else "nearest"), True
    return ("after" if tense == "future" else "before"), True


# ------------------------------------------------------------------------------- kinds


def _abs(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """Everything written out (year included): no reference date needed."""
    if m.century is not None:
        return {"value": f"{m.century:02d}", "anchor": "absolute", "resolved": True, "granularity": "century"}
    if m.decade is not None:
        return {"value": str(m.decade), "anchor": "absolute", "resolved": True, "granularity": "decade"}
    year = m.year
    if year is None:  # pragma: no cover - the grammar always sets one
        return _unknown(m, published, tense)
    if m.season:
        return {"value": f"{year}-{m.season}", "anchor": "absolute", "resolved": True}
    if m.quarter:
        return {"value": f"{year}-Q{m.quarter}", "anchor": "absolute", "resolved": True}
    if m.half:
        return {"value": f"{year}-H{m.half}", "anchor": "absolute", "resolved": True}
    if m.month is None:
        return {"value": str(year), "anchor": "absolute", "resolved": True}
    if m.day is None:
        return {"value": f"{year}-{m.month:02d}", "anchor": "absolute", "resolved": True}
    try:
        d = date(year, m.month, m.day)
    except ValueError:
        return {"value": f"{year}-{m.month:02d}-{m.day:02d}", "anchor": "absolute", "resolved": False}
    return {"value": day_value(d, m.part, m.clock), "anchor": "absolute", "resolved": True}


def _monthday(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A day of a month without its year: the year comes from the publication date and the tense.
    A pick more than six months away when the other reading is within two months means the tense
    misled (an event named by its date, "the Feb. 8 vote"), so the nearer day wins."""
    assert m.month is not None and m.day is not None
    direction, _ = _direction(m, tense)
    if published is None:
        relative = {"unit": "day", "month": m.month, "day": m.day, "direction": direction, "inclusive": True}
        return {"value": f"XXXX-{m.month:02d}-{m.day:02d}{_time_suffix(m)}", "anchor": "publication",
                "resolved": False, "relative": relative}
    options = []
    for years in (-1, 0, 1):
        try:
            options.append(date(published.year + years, m.month, m.day))
        except ValueError:  # 29 February
            continue
    before = [d for d in options if d <= published]
    after = [d for d in options if d >= published]
    nearest = min(options, key=lambda d: abs((d - published).days)) if options else None
    pick = (before[-1] if before else None) if direction == "before" else \
        (after[0] if after else None) if direction == "after" else nearest
    if pick is None or nearest is None:
        return {"value": f"XXXX-{m.month:02d}-{m.day:02d}", "anchor": "publication", "resolved": False}
    if abs((pick - published).days) > 183 and abs((nearest - published).days) <= 62:
        pick = nearest  # "the Feb. 8 vote", "a March 15-17 election": the tense misled
    return {"value": day_value(pick, m.part, m.clock), "anchor": "publication", "resolved": True}


def _month(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A month without its year ("in March", "last March", "this March")."""
    assert m.month is not None
    if m.rel == "this":
        if published is None:
            return {"value": f"XXXX-{m.month:02d}", "anchor": "publication", "resolved": False,
                    "relative": {"unit": "year", "offset": 0, "month": m.month}}
        return {"value": f"{published.year}-{m.month:02d}", "anchor": "publication", "resolved": True}
    direction, inclusive = _direction(m, tense)
    if published is None:
        relative = {"unit": "month", "month": m.month, "direction": direction, "inclusive": inclusive}
        return {"value": f"XXXX-{m.month:02d}", "anchor": "publication", "resolved": False, "relative": relative}
    year = published.year
    if direction == "nearest":
        distance = m.month - published.month
        year += 1 if distance < -6 else -1 if distance > 6 else 0
    elif direction == "before":
        if m.month > published.month or (m.month == published.month and not inclusive):
            year -= 1
        elif m.rel == "last" and (published.month - m.month) == 1:
            year -= 1  # "last February" written in March: the month just ended is "last month"
    elif m.month < published.month or (m.month == published.month and not inclusive):
        year += 1
    return {"value": f"{year}-{m.month:02d}", "anchor": "publication", "resolved": True}


def _weekday(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A weekday: the one before or after the publication date, by tense or by "last"/"next"."""
    assert m.weekday is not None
    suffix = _time_suffix(m)
    if m.rel == "this":
        relative: dict[str, Any] = {"unit": "week", "offset": 0, "weekday": m.weekday}
    else:
        direction, inclusive = _direction(m, tense)
        relative = {"unit": "day", "weekday": m.weekday, "direction": direction, "inclusive": inclusive}
    if m.part:
        relative["part"] = m.part
    if m.clock:
        relative["clock"] = m.clock
    if published is None:
        return {"value": f"XXXX-WXX-{m.weekday}{suffix}", "anchor": "publication", "resolved": False,
                "relative": relative}
    today = published.isoweekday()
    if m.rel == "this":
        d = published + timedelta(days=m.weekday - today)
    elif relative["direction"] == "before":
        back = (today - m.weekday) % 7
        if back == 0 and not relative["inclusive"]:
            back = 7
        d = published - timedelta(days=back)
    else:
        ahead = (m.weekday - today) % 7
        if ahead == 0 and not relative["inclusive"]:
            ahead = 7
        d = published + timedelta(days=ahead)
    return {"value": day_value(d, m.part, m.clock), "anchor": "publication", "resolved": True}


def _offset(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """n units from the publication date ("yesterday", "last year", "three days ago")."""
    unit = m.unit or "day"
    n = int(m.offset)
    gran = m.granularity or unit
    if published is None:
        relative: dict[str, Any] = {"unit": unit, "offset": n}
        if m.quarter:
            relative["quarter"] = m.quarter
        if m.half:
            relative["half"] = m.half
        if m.part:
            relative["part"] = m.part
        if m.clock:
            relative["clock"] = m.clock
        value = _PLACEHOLDER.get(gran, "XXXX-XX-XX") + _time_suffix(m)
        if m.quarter:
            value = f"XXXX-Q{m.quarter}"
        if m.half:
            value = f"XXXX-H{m.half}"
        return {"value": value, "anchor": "publication", "resolved": False, "relative": relative}
    if unit == "week" and n == -1 and published.isoweekday() == 7:
        n = 0  # "last week" written on a Sunday: the Monday-to-Saturday just ended, in the same ISO week
    d = shift(published, unit, n)
    if m.quarter:
        value = f"{d.year}-Q{m.quarter}"
    elif m.half:
        value = f"{d.year}-H{m.half}"
    elif unit == "day":
        value = day_value(d, m.part, m.clock)
    else:
        value = value_at(d, gran if gran != "part-of-day" else "day")
    return {"value": value, "anchor": "publication", "resolved": True}


def _quarter(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A quarter without its year ("the third quarter", "third-quarter profit"): the latest one of
    that number begun by the publication date; with a future verb, the first one not over by
    more than two months (results are reported, in the future tense, for a quarter just ended)."""
    assert m.quarter is not None
    direction = "after" if tense == "future" else "before"
    if published is None:
        return {"value": f"XXXX-Q{m.quarter}", "anchor": "publication", "resolved": False,
                "relative": {"unit": "quarter", "quarter": m.quarter, "direction": direction}}
    year = published.year
    first_day = date(year, 3 * m.quarter - 2, 1)
    if direction == "before" and first_day > published:
        year -= 1
    elif direction == "after" and add_months(first_day, 3) + timedelta(days=60) <= published:
        year += 1
    return {"value": f"{year}-Q{m.quarter}", "anchor": "publication", "resolved": True}


def shift_years(value: str, years: int) -> str | None:
    """A resolved value moved by whole years, at its own grain ("1989-Q3" → "1988-Q3"); None
    when it is not a plain calendar value."""
    found = re.fullmatch(r"(\d{4})((?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d|\d\d(?:-\d\d)?))?)", value)
    if not found:
        return None
    year, rest = int(found.group(1)) + years, found.group(2)
    if rest == "-02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        rest = "-02-28"
    return f"{year:04d}{rest}"


def from_focus(value: str, unit: str, n: int, keep_grain: bool = False) -> tuple[str, str] | None:
    """The focus value (a date named in the text) moved by n units, with its granularity: days
    and weeks need a day, months a month or a day, years any date. `keep_grain` keeps a
    quarter's, half's, season's or month's own grain for years ("a year earlier" than "1989-Q3"
    is "1988-Q3"). None when the focus is too coarse for the unit."""
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)(?!\d)", value)
    month = re.match(r"(\d{4})-(0[1-9]|1[0-2])(?!\d)", value)
    if unit in ("day", "week"):
        if not day:
            return None
        first = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        moved = first + timedelta(days=n * (7 if unit == "week" else 1))
        return (moved.isoformat(), "day") if unit == "day" else (value_at(moved, "week"), "week")
    if unit == "month":
        if not month:
            return None
        return value_at(shift(date(int(month.group(1)), int(month.group(2)), 1), "month", n), "month"), "month"
    if not re.match(r"\d{4}", value):
        return None
    grain = re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d)", value)
    moved_value = shift_years(value if keep_grain and grain else value[:4], n)
    if moved_value is None:
        return None
    granularity = ("year" if len(moved_value) == 4 else "quarter" if "-Q" in moved_value else "half"
                   if "-H" in moved_value else "month" if moved_value[5:6].isdigit() else "season")
    return moved_value, granularity


def _focus(m: Meaning, published: date | None, focus: Focus) -> dict[str, Any]:
    """ "the quarter", "the latest period" (the quarter the text is about: the one named last, else
    the last complete quarter before publication) and "the year-ago quarter" (that, a year
    back); `unit` month or year for "the year-earlier month" / "year"."""
    unit = m.unit or "quarter"
    years = int(m.offset)
    base = focus.get("quarter") if unit == "quarter" else None
    if base is None and unit != "quarter" and "date" in focus:
        value, anchor = focus["date"]
        if re.fullmatch(r"\d{4}-\d\d" if unit == "month" else r"\d{4}", value):
            base = (value, anchor)
    if base is not None:
        moved = shift_years(base[0], years)
        if moved is not None:
            return {"value": moved, "anchor": base[1], "resolved": True}
    if published is None:
        placeholder = {"quarter": "XXXX-QX", "month": "XXXX-XX"}.get(unit, "XXXX")
        relative: dict[str, Any] = {"unit": unit, "offset": -1 if unit == "quarter" else 0, "years": years}
        return {"value": placeholder, "anchor": "publication", "resolved": False, "relative": relative}
    # for a quarter, the last complete one: the one before the quarter of publication
    value = value_at(add_months(published, -3), "quarter") if unit == "quarter" else value_at(published, unit)
    return {"value": shift_years(value, years) or value, "anchor": "publication", "resolved": True}


def _season_of(d: date) -> tuple[int, int]:
    """(year, index) of the season containing d; winter belongs to its December's year."""
    index = {12: 3, 1: 3, 2: 3, 3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1}.get(d.month, 2)
    year = d.year - 1 if d.month in (1, 2) else d.year
    return year, index


def _season(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A season without its year: ordinal arithmetic over (year, season) pairs."""
    assert m.season is not None
    target = _SEASON_ORDER.index(m.season)
    if m.rel in ("last", "next", "this"):
        relative: dict[str, Any] = {"unit": "season", "season": m.season, "rel": m.rel}
    else:
        direction, inclusive = _direction(m, tense)
        relative = {"unit": "season", "season": m.season, "direction": direction, "inclusive": inclusive}
    if published is None:
        return {"value": f"XXXX-{m.season}", "anchor": "publication", "resolved": False, "relative": relative}
    year, index = _season_of(published)
    now = year * 4 + index
    if m.rel == "this":
        ordinal = year * 4 + target
    elif m.rel == "last" or (m.rel is None and relative["direction"] == "before"):
        ordinal = now - ((index - target) % 4 or (0 if m.rel is None else 4))
    elif relative.get("direction") == "nearest":
        back, ahead = (index - target) % 4, (target - index) % 4
        ordinal = now - back if back <= ahead else now + ahead
    else:
        ordinal = now + ((target - index) % 4 or (0 if m.rel is None else 4))
    return {"value": f"{ordinal // 4}-{_SEASON_ORDER[ordinal % 4]}", "anchor": "publication", "resolved": True}


def _weekend(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A weekend: TIMEX3 writes it as the ISO week plus "-WE"."""
    if m.rel in ("last", "next", "this"):
        offset = {"last": -1, "next": 1, "this": 0}[m.rel]
        relative: dict[str, Any] = {"unit": "weekend", "offset": offset}
    else:
        direction, _ = _direction(m, tense)
        relative = {"unit": "weekend", "direction": direction}
    if published is None:
        return {"value": "XXXX-WXX-WE", "anchor": "publication", "resolved": False, "relative": relative}
    if "offset" in relative:
        weeks = relative["offset"]
    elif relative["direction"] == "before":
        weeks = 0 if published.isoweekday() >= 6 else -1
    else:
        weeks = 0
    return {"value": value_at(published + timedelta(weeks=weeks), "weekend"), "anchor": "publication",
            "resolved": True}


def _ref(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """PRESENT_REF, PAST_REF, FUTURE_REF: vague by nature, so never resolved; `anchor_date` says
    what "now" was."""
    out: dict[str, Any] = {"value": m.value, "anchor": "publication", "resolved": False}
    if published is None:
        out["relative"] = {"PRESENT_REF": {"unit": "day", "offset": 0}, "PAST_REF": {"direction": "before"},
                           "FUTURE_REF": {"direction": "after"}}[m.value or "PRESENT_REF"]
    return out


def _duration(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A length of time is complete in itself unless its number is vague ("PXY")."""
    value = m.value or "PX"
    return {"value": value, "anchor": "none", "resolved": "X" not in value}


def _set(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A recurrence ("every Friday" → XXXX-WXX-5, "weekly" → P1W) is complete in itself unless its
    interval is vague ("every few years")."""
    value = m.value or "PX"
    vague_interval = value.startswith("P") and "X" in value
    out: dict[str, Any] = {"value": value, "anchor": "none", "resolved": not vague_interval}
    if m.freq:
        out["freq"] = m.freq
    return out


def event_placeholder(m: Meaning) -> str:
    """The value of a time told relative to another event: X digits at the unit's grain
    ("XXXX-XX-XX" for days and weeks, "XXXX-XX" for months, "XXXX" for years and more)."""
    unit = m.unit or "day"
    if unit in ("second", "minute", "hour"):
        return "XXXX-XX-XXTXX:XX"
    if m.part:
        return f"XXXX-XX-XXT{m.part}"
    if m.season:
        return f"XXXX-{m.season}"
    if unit in ("day", "night", "week", "weekend", "fortnight"):
        return "XXXX-XX-XX"
    if unit == "month":
        return "XXXX-XX"
    return "XXXX"


def _event(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """Relative to another event: unresolvable here; the component fills in the event. A number
    of units before or after an event named next ("twenty years after the war") is, as TimeML
    reads it, the DURATION between them: its value is the offset."""
    relation = {"offset": m.value, "direction": m.direction or "same", "event_text": None, "event": None}
    if m.type == "DURATION":
        return {"value": m.value, "anchor": "event", "resolved": False, "relation": relation}
    return {"value": event_placeholder(m), "anchor": "event", "resolved": False, "relation": relation,
            "granularity": "minute" if (m.unit or "") in ("second", "minute", "hour") else m.granularity}


def _clock(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A time of day with no day named: in wire copy that is the publication day ("polls
    opened at 8 a.m."); a day named nearby is merged by the grammar before this."""
    if published is None:
        return {"value": f"XXXX-XX-XXT{m.clock}", "anchor": "publication", "resolved": False,
                "relative": {"unit": "day", "offset": 0, "clock": m.clock}}
    return {"value": day_value(published, clock=m.clock), "anchor": "publication", "resolved": True}


def _range(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """Both ends resolved alone, joined as an ISO 8601 interval ("2019/2021")."""
    assert m.begin is not None and m.end is not None
    first = resolve(m.begin, published, tense)
    last = resolve(m.end, published, tense)
    anchors = {first["anchor"], last["anchor"]}
    anchor = "absolute" if anchors == {"absolute"} else "publication" if "publication" in anchors else "none"
    out: dict[str, Any] = {"type": "DURATION", "value": f"{first['value']}/{last['value']}",
                           "granularity": first.get("granularity"), "anchor": anchor,
                           "resolved": bool(first["resolved"] and last["resolved"]),
                           "range": {"begin": first["value"], "end": last["value"]}}
    if "relative" in first or "relative" in last:
        out["relative"] = {"begin": first.get("relative"), "end": last.get("relative")}
    return out


def _feast(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A movable feast: its dates in the year given, else in the year around the publication date
    that the tense picks (as for "on March 3"). A month-long feast ("Ramadan") is a range; an
    Islamic date is approximate (tabular calendar; sighting varies by a day or two)."""
    assert m.feast is not None
    feast = FEASTS[m.feast]
    if m.year is not None:
        spans = feast_dates(m.feast, m.year)
    elif published is not None and m.rel == "this":  # "Ramadan last year" / "this year"
        spans = feast_dates(m.feast, published.year + int(m.offset))
    elif published is not None:
        spans = [d for y in (published.year - 1, published.year, published.year + 1) for d in feast_dates(m.feast, y)]
        direction, _ = _direction(m, tense)
        before = [d for d in spans if d[0] <= published]
        after = [d for d in spans if d[0] >= published]
        ongoing = [d for d in spans if d[0] <= published <= d[1]]
        nearest = sorted(spans, key=lambda d: abs((d[0] - published).days))[:1]
        spans = ongoing or (before[-1:] if direction == "before" else after[:1] if direction == "after" else nearest)
    else:
        spans = []
    out: dict[str, Any] = {"anchor": "absolute" if m.year is not None else "publication"}
    if feast.approx:
        out["mod"] = "APPROX"
    if not spans:
        out.update(value="XXXX", resolved=False, relative={"unit": "feast", "name": feast.name})
        return out
    first, last = spans[0]
    if first == last:
        out.update(value=first.isoformat(), resolved=True, granularity="day")
    else:
        out.update(type="DURATION", value=f"{first.isoformat()}/{last.isoformat()}", resolved=True,
                   granularity="day", range={"begin": first.isoformat(), "end": last.isoformat()})
    return out


def _unknown(m: Meaning, published: date | None, tense: str) -> dict[str, Any]:
    """A generic day ("on a Saturday morning") or a model entity the grammar cannot read."""
    return {"value": m.value, "anchor": "none", "resolved": False}


_HANDLERS = {"abs": _abs, "quarter": _quarter, "monthday": _monthday, "month": _month, "weekday": _weekday,
             "offset": _offset, "season": _season, "weekend": _weekend, "ref": _ref, "duration": _duration, "set": _set,
             "event": _event, "clock": _clock, "range": _range, "unknown": _unknown, "feast": _feast}
