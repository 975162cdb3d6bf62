"""Dates of movable feasts: Easter (Western and Orthodox), the Islamic year's feasts and months,
and US holidays defined by weekday ("the fourth Thursday of November").

Why here: news dates events by them ("during Ramadan", "on the eve of Eid al-Adha", "over
Easter"), and the publication date alone cannot place them. The Islamic dates come from the
tabular (arithmetical) calendar; the observed dates depend on moon sightings and differ by a
day or two by country, so they carry the TIMEX3 mod APPROX.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lee = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lee) // 451
    month = (h + lee - 7 * m + 114) // 31
    day = (h + lee - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, given as a Gregorian date (1900–2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return date(year, month, day) + timedelta(days=13)


_ISLAMIC_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH (civil epoch, 16 July 622)


def islamic_to_gregorian(year: int, month: int, day: int) -> date:
    """The tabular Islamic calendar (30-year cycle with 11 leap years) to a Gregorian date."""
    jdn = (day + (29 * (month - 1) + (month - 1 + 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
           + _ISLAMIC_EPOCH - 1)
    return date.fromordinal(jdn - 1721425)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@dataclass(frozen=True)
class Feast:
    name: str
    islamic: tuple[int, int] | None = None  # (month, day) in the Islamic year
    length: int = 1  # days: Ramadan is a month
    approx: bool = False


# Canonical names; `FEAST_NAMES` maps the spellings news uses to them.
FEASTS = {
    "easter": Feast("Easter"),
    "good friday": Feast("Good Friday"),
    "easter monday": Feast("Easter Monday"),
    "orthodox easter": Feast("Orthodox Easter"),
    "thanksgiving": Feast("Thanksgiving"),
    "memorial day": Feast("Memorial Day"),
    "labor day": Feast("Labor Day"),
    "ramadan": Feast("Ramadan", (9, 1), length=30, approx=True),
    "eid al-fitr": Feast("Eid al-Fitr", (10, 1), approx=True),
    "eid al-adha": Feast("Eid al-Adha", (12, 10), approx=True),
    "islamic new year": Feast("Islamic New Year", (1, 1), approx=True),
    "ashura": Feast("Ashura", (1, 10), approx=True),
    "arbaeen": Feast("Arbaeen", (2, 20), approx=True),
    "mawlid": Feast("Mawlid", (3, 12), approx=True),
}


def feast_key(text: str) -> str | None:
    """The canonical key of a feast's name as written ("Eid ul-Fitr", "Eid-al-Adha", "Ramzan")."""
    words = text.lower().replace("’", "'").replace("-", " ").split()
    joined = " ".join(w for w in words if w not in ("the", "holy", "month", "of", "festival", "sunday"))
    joined = joined.replace("eid ul ", "eid al ").replace("eid el ", "eid al ").replace("eid e ", "eid al ")
    joined = {"ramzan": "ramadan", "ramazan": "ramadan", "eid al fitr": "eid al-fitr", "eid al adha": "eid al-adha",
              "hijri new year": "islamic new year", "muharram": "islamic new year", "mawlid al nabi": "mawlid",
              "prophet's birthday": "mawlid", "arbain": "arbaeen", "arbaeen pilgrimage": "arbaeen",
              "easter day": "easter"}.get(joined, joined)
    return joined if joined in FEASTS else None


def feast_dates(key: str, year: int) -> list[tuple[date, date]]:
    """Each (first day, last day) of the feast that begins in the Gregorian year (an Islamic feast
    falls twice in some years, none in none)."""
    feast = FEASTS[key]
    if feast.islamic is not None:
        month, day = feast.islamic
        out = []
        # the Islamic year is about 11 days shorter: the AH years that can start in this Gregorian year
        first_ah = int((year - 622) * 33 / 32)
        for ah in range(first_ah - 1, first_ah + 3):
            start = islamic_to_gregorian(ah, month, day)
            if start.year == year:
                out.append((start, start + timedelta(days=feast.length - 1)))
        return out
    single = {
        "easter": lambda: easter(year),
        "good friday": lambda: easter(year) - timedelta(days=2),
        "easter monday": lambda: easter(year) + timedelta(days=1),
        "orthodox easter": lambda: orthodox_easter(year),
        "thanksgiving": lambda: _nth_weekday(year, 11, 3, 4),
        "memorial day": lambda: _nth_weekday(year, 5, 0, -1),
        "labor day": lambda: _nth_weekday(year, 9, 0, 1),
    }[key]()
    return [(single, single)]


__all__ = ["FEASTS", "Feast", "easter", "feast_dates", "feast_key", "islamic_to_gregorian", "orthodox_easter"]
