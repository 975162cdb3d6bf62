"""Temporal expressions in English news text, as text: the grammar that finds them and what each
one means, before anything is resolved against a date.

Kept apart from the spaCy component (`times.py`) so the rules read, and can be tested, as plain
text. A match gives a :class:`Candidate` — offsets plus a :class:`Meaning` that says what the
words say ("the Thursday before the reference date", "three years", "every Friday") without
choosing a reference date; `_timex_resolve.py` does that arithmetic. The component supplies
what text alone cannot: the tense that tells a past Thursday from a coming one, the model's
DATE entities that confirm a bare "2015", and the event a "two days after" points at.

Span conventions (also in docs/schema.md): the words that change the meaning belong to the
expression — "on" before a day, "last"/"next"/"this", "earlier in", "early"/"mid"/"late",
"the end of", "for"/"within" before a duration, "in" before a future offset ("in two weeks")
and in the vague idioms ("in the coming weeks", "in recent days"); plain locating prepositions
("in June", "since 2014", "by 2030", "at 6 a.m.") do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ._calendars import FEASTS, feast_key
from ._gated_scan import Gate, LineIndex, gate_for
from ._gated_scan import finditer as gated_finditer


def _words(text: str) -> list[str]:
    """A word list written as prose, so long lexicons stay readable."""
    return text.split()


S = r"[^\S\n]+"  # space inside a line: no expression runs over a line break
S0 = r"[^\S\n]*"

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
                            "saturday": 6, "sunday": 7}  # ISO numbering, as TIMEX3's XXXX-WXX-5
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"

_SMALL = _words("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen""")
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_SMALL, 1)}
NUMBER_WORDS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1.0, "an": 1.0, "hundred": 100.0, "a hundred": 100.0, "a dozen": 12.0,
                     "a couple of": 2.0, "couple of": 2.0, "half a": 0.5, "half an": 0.5})
VAGUE_NUMBERS = frozenset({"a few", "few", "several", "many", "some", "dozens of", "the few"})
_NUM = (r"(?:(?i:(?:" + "|".join(_TENS) + r")(?:-|" + S + r")(?:" + "|".join(_SMALL[:9]) + r")"
        r"|a" + S + r"couple" + S + r"of|a" + S + r"few|a" + S + r"dozen|a" + S + r"hundred|half" + S + r"an?"
        r"|dozens" + S + r"of|several|many|few|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
        r"|\d+(?:\.\d+)?(?:" + S + r"[13]/[24](?!\d))?)(?:" + S + r"(?i:and" + S + r"a" + S + r"half))?")
NUM = rf"(?<![\w.,]){_NUM}(?!\w)"
UNIT = (r"(?i:seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?|quarters?|years?"
        r"|decades?|century|centuries)")

# TIMEX3 duration letters and the granularity each unit gives a date.
UNIT_CODES: dict[str, tuple[str, bool]] = {  # unit → (letter, inside the T part)
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False),
}
_MODS = {"more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "nearly": "LESS_THAN",
         "almost": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
         "just under": "LESS_THAN", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
         "approximately": "APPROX", "some": "APPROX", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
         "within": "EQUAL_OR_LESS"}
_QUANT = ("more than|just over|just under|over|nearly|almost|less than|fewer than|under|about|around|roughly|"
          "approximately|some|at least|up to|only|just|barely|the past|the last|the next|the first|"
          "the previous|the coming|the following|another|an additional|a further").replace(" ", S)

# Words before a bare year or month name that make it a date ("in 2019", "since March").
TRIGGERS = frozenset(_words("""
    in since until till by from through throughout during of between before after early late mid around
    last next this and to or as"""))
CONNECTORS = re.compile(rf"^(?:{S}(?i:to|and|or|until|till|through){S}|{S0}[-–—]{S0})$")
# "Good Friday", "Bloody Sunday": a weekday that names a holiday or an event.
_NAMED_DAYS = frozenset(["good", "black", "bloody", "super", "holy", "ash", "palm", "easter", "cyber", "maundy"])


@dataclass
class Meaning:
    """What an expression says, before it is resolved against a reference date.

    `kind` picks the fields that matter: `abs` (year known), `monthday` and `month` (year from the
    reference date), `weekday`, `offset` (n units from the reference date: "yesterday", "last
    year", "three days ago"), `season`, `weekend`, `quarter` (a quarter without its year: "the
    third quarter"), `focus` (the period the text is about, `offset` years back: "the quarter",
    "the year-ago quarter"), `ref` (PRESENT_REF …), `duration`, `set`,
    `event` (relative to another event: "two days after", "the next day"), `clock` (a time of
    day alone), `range`, and `unknown` (a generic day, "on a Saturday morning", or a model DATE
    entity the grammar cannot read: its value, if any, is given as is).
    """

    kind: str
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    offset: float = 0
    rel: str | None = None  # "last" | "next" | "this" | None (the tense decides)
    part: str | None = None  # MO AF EV NI
    clock: str | None = None  # "15:00"
    season: str | None = None
    quarter: int | None = None
    half: int | None = None  # 1 or 2: "the first half of 2023" → 2023-H1
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for the twentieth century
    mod: str | None = None
    value: str | None = None  # fixed values: durations, sets, *_REF
    granularity: str | None = None
    freq: str | None = None
    direction: str | None = None  # event relations and "in two weeks": "before" | "after"
    needs_event: bool = False  # "two days after" + the event that follows in the text
    feast: str | None = None  # movable feasts: a key of _calendars.FEASTS ("ramadan", "easter")
    begin: Meaning | None = None  # ranges
    end: Meaning | None = None

    @property
    def needs_tense(self) -> bool:
        """Whether the verb's tense picks the date: "on Thursday" (past → the one before)."""
        if self.kind in ("monthday", "month", "weekday", "weekend", "season", "feast", "quarter"):
            return self.rel is None
        if self.kind == "range":
            return bool((self.begin and self.begin.needs_tense) or (self.end and self.end.needs_tense))
        return False


@dataclass
class Candidate:
    """A matched expression: offsets into the text, its meaning, and how sure the match is."""

    start: int
    end: int
    meaning: Meaning
    family: str
    weak: bool = False  # a bare year or month: needs a trigger word or a model DATE entity
    trigger_only: bool = False  # weak, and a model entity is not enough ("a week")
    in_start: int | None = None  # "in" before a duration: a future offset when the verb is future
    tense_from: int | None = None  # the start of the expression whose verb tense this one shares

    @property
    def length(self) -> int:
        """Characters covered: the longest of overlapping candidates wins."""
        return self.end - self.start


Handler = Callable[[re.Match[str], str], Candidate | None]


def number(text: str) -> float | None:
    """The value of a number written in words or digits; None for vague ones ("several")."""
    words = " ".join(text.lower().split())
    half = words.endswith(" and a half")
    if half:
        words = words[: -len(" and a half")]
    if words in VAGUE_NUMBERS:
        return None
    mixed = re.fullmatch(r"(\d+) ([13])/([24])", words)  # "2 1/2 years", as wire copy writes it
    if mixed:
        return int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3)) + (0.5 if half else 0)
    compound = re.fullmatch(r"(\w+)[- ](\w+)", words)  # "twenty-four", "twenty four" (as broadcast copy writes it)
    if compound and compound.group(1) in _TENS and compound.group(2) in NUMBER_WORDS:
        value = NUMBER_WORDS[compound.group(1)] + NUMBER_WORDS[compound.group(2)]
    elif words in NUMBER_WORDS:
        value = NUMBER_WORDS[words]
    else:
        try:
            value = float(words)
        except ValueError:
            return None
    return value + 0.5 if half else value


def unit_name(text: str) -> str:
    """ "Centuries" → "century", "weeks" → "week"."""
    word = text.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


# A fraction of a unit in whole smaller ones: (letter, inside the T part, factor).
_SMALLER_UNIT = {"hour": ("M", True, 60), "day": ("H", True, 24), "week": ("D", False, 7), "year": ("M", False, 12),
                 "minute": ("S", True, 60)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT36H, P2Y6M ("2 1/2 years"); P30Y for three decades; PXY, PXDE for
    vague numbers ("for years", "decades")."""
    letter, timed = UNIT_CODES[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    if unit in ("decade", "century") and n is not None:
        n, letter = n * (10 if unit == "decade" else 100), "Y"
    smaller = _SMALLER_UNIT.get(unit)
    if n is not None and n > 1 and n != int(n) and unit in ("year", "hour") and smaller is not None:
        rest = (n - int(n)) * smaller[2]
        if rest == int(rest):  # "2 1/2 years" is P2Y6M, "two and a half hours" PT2H30M: TIMEX3 keeps both parts
            return f"{'PT' if timed else 'P'}{int(n)}{letter}{int(rest)}{smaller[0]}"
    if n is not None and n != int(n) and smaller and n * smaller[2] == int(n * smaller[2]):
        n, letter, timed = n * smaller[2], smaller[0], smaller[1]  # "half an hour" is PT30M, "a day and a half" PT36H
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = f"{n:g}"
    return f"PT{amount}{letter}" if timed else f"P{amount}{letter}"


def granularity_of(unit: str) -> str:
    """The granularity a unit gives a value: nights count in days, fortnights in weeks."""
    return {"night": "day", "fortnight": "week"}.get(unit, unit)


def month_number(text: str) -> int:
    """1–12 for a month name or abbreviation ("Sept." → 9)."""
    return MONTHS[text.rstrip(".").lower()]


def previous_word(text: str, start: int) -> str:
    """The word just before `start` ("mid" in "mid-April"), lower-cased; "" at a line start."""
    m = re.search(r"(\w+)[^\S\n]*[-–]?[^\S\n]*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


# ------------------------------------------------------------------------------------- families

_ON = rf"(?:(?P<on>(?i:on)){S})?"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?{S})?"


def _fixed_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "March 3, 2024", "on 3 March", "Monday, March 4", "March 3-5": a calendar day."""
    month = month_number(m.group("mon"))
    day = int(re.sub(r"\D", "", m.group("day")))
    year = int(m.group("year")) if m.group("year") else None
    weekday = WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
    if day > 31:
        return None

    def one(d: int) -> Meaning:
        if year is not None:
            return Meaning("abs", year=year, month=month, day=d, granularity="day")
        return Meaning("monthday", month=month, day=d, weekday=weekday, granularity="day")

    if m.group("day2"):
        day2 = int(re.sub(r"\D", "", m.group("day2")))
        if day2 <= day:
            return None
        return Candidate(m.start(), m.end(), Meaning("range", type="DURATION", begin=one(day), end=one(day2)),
                         "date")
    return Candidate(m.start(), m.end(), one(day), "date")


def _month_year(m: re.Match[str], text: str) -> Candidate:
    """ "June 2020", "March of 2021": absolute, no reference date needed."""
    return Candidate(m.start(), m.end(), Meaning("abs", year=int(m.group("year")), month=month_number(m.group("mon")),
                                                 granularity="month"), "month-year")


def _season_year(m: re.Match[str], text: str) -> Candidate:
    """ "the summer of 2014": absolute."""
    return Candidate(m.start(), m.end(), Meaning("abs", year=int(m.group("year")), season=SEASONS[m.group("s").lower()],
                                                 granularity="season"), "season-year")


def _month_alone(m: re.Match[str], text: str) -> Candidate | None:
    """ "in March", "Earlier in March", "last March". A bare month name is weak: "May" and
    "March" are also a name and a verb, so it counts only after a trigger word or when the model
    calls it a DATE."""
    pre = " ".join((m.group("pre") or "").lower().split())
    month = month_number(m.group("mon"))
    rel = {"last": "last", "next": "next", "this": "this", "this coming": "next"}.get(pre)
    mod = {"early in": "START", "late in": "END"}.get(pre)
    meaning = Meaning("month", month=month, rel=rel, mod=mod, granularity="month")
    weak = not pre
    if weak and previous_word(text, m.start()) in _NAMED_DAYS:
        return None
    return Candidate(m.start(), m.end(), meaning, "month", weak=weak)


def _year(m: re.Match[str], text: str) -> Candidate | None:
    """A bare year, weak: "in 2019" is a date, "2019 people" is a count."""
    return Candidate(m.start(), m.end(), Meaning("abs", year=int(m.group("year")), granularity="year"), "year",
                     weak=True)


def _year_range(m: re.Match[str], text: str) -> Candidate | None:
    """ "2019-2021", "2019–21", "between 2019 and 2021", "from 2014 to 2016"."""
    first = int(m.group("y1"))
    second_text = m.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first:
        return None
    pre = m.group("pre")
    if not pre and m.group("sep").strip() not in ("-", "–", "—"):
        return None
    start = m.start() if pre else m.start("y1")
    begin = Meaning("abs", year=first, granularity="year")
    end = Meaning("abs", year=second, granularity="year")
    return Candidate(start, m.end(), Meaning("range", type="DURATION", begin=begin, end=end), "year-range")


def _decade(m: re.Match[str], text: str) -> Candidate:
    """ "the 1990s" → 199 (TIMEX3 writes a decade as its first three digits)."""
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("pre") or "").lower())
    return Candidate(m.start(), m.end(), Meaning("abs", decade=int(m.group("dec")), mod=mod, granularity="decade"),
                     "decade")


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}
_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}


def _century(m: re.Match[str], text: str) -> Candidate:
    """ "the 20th century", "18th-century" → 19, 17, as TIMEX3 writes centuries."""
    word = m.group("n").lower()
    n = _CENTURY_WORDS.get(word) or int(re.sub(r"\D", "", word))
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("pre") or "").lower())
    adjective = text[m.end("n") : m.end("n") + 1] in ("-", "‑")  # "the 18th-century house": the article is the noun's
    start = m.start("n") if adjective and not mod else m.start()
    return Candidate(start, m.end(), Meaning("abs", century=n - 1, mod=mod, granularity="century"), "century")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _decade_short(m: re.Match[str], text: str) -> Candidate:
    """ "the '80s", "the mid-'70s": a decade of the 1900s, as news writes them."""
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("pre") or "").lower())
    return Candidate(m.start(), m.end(), Meaning("abs", decade=190 + int(m.group("d")), mod=mod, granularity="decade"),
                     "decade")


def _decade_word(m: re.Match[str], text: str) -> Candidate:
    """ "the eighties", "the nineteen sixties": in news, the 1980s, the 1960s ("in their
    twenties" is an age and has no "the")."""
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("pre") or "").lower())
    decade = 190 + _DECADE_WORDS[m.group("w").lower()]
    return Candidate(m.start(), m.end(), Meaning("abs", decade=decade, mod=mod, granularity="decade"), "decade")


def _iso(m: re.Match[str], text: str) -> Candidate:
    """ "2024-03-14", as datelines and tables write it."""
    return Candidate(m.start(), m.end(), Meaning("abs", year=int(m.group("y")), month=int(m.group("m")),
                                                 day=int(m.group("d")), granularity="day"), "iso")


def _quarter(m: re.Match[str], text: str) -> Candidate | None:
    """ "the first quarter of 2024", "Q3 2023", "the second quarter", "fourth quarter", "a
    third-quarter loss" (a quarter without a year: the tense picks which one), "the first half
    of 2023" (2023-H1)."""
    groups = m.groupdict()
    word = (groups.get("ord") or "").lower()
    number_ = int(groups["q"]) if groups.get("q") else _ORDINALS[word]
    half = (groups.get("part") or "").lower() == "half"
    which = " ".join((groups.get("which") or "").lower().split())
    if half and (number_ > 2 or not (groups.get("year") or groups.get("year0") or groups.get("year1") or which)):
        return None  # "the first half" of a match, a film, a speech
    year_before = groups.get("year0") or groups.get("year1")  # "1988's third quarter", "the 1988 third quarter"
    bare = bool(groups.get("ord")) and not groups.get("the") and not year_before
    adjective = bool(groups.get("sep")) and not re.fullmatch(S, groups["sep"])  # "a third-quarter loss"
    fraction = previous_word(text, m.start()) in ("a", "an") and re.match(rf"{S}(?i:of)\b", text[m.end() :])
    if bare and (word in ("last", "final") or (not adjective and fraction)):
        return None  # "last quarter" is the one before this (the relative family's); "a third quarter of"
    start = m.start("ord") if bare or adjective else m.start()
    if groups.get("year") or year_before:  # "the first quarter of 2024", "1988's third quarter"
        meaning = Meaning("abs", year=int(groups.get("year") or year_before or 0))
    elif which or half:
        meaning = Meaning("offset", unit="year", offset={"last year": -1, "next year": 1}.get(which, 0))
    else:
        meaning = Meaning("quarter")
    if half:
        meaning.half, meaning.granularity = number_, "half"
    else:
        meaning.quarter, meaning.granularity = number_, "quarter"
    return Candidate(start, m.end(), meaning, "quarter")


def _period_anaphor(m: re.Match[str], text: str) -> Candidate | None:
    """ "the quarter", "that quarter", "the latest period": in a results report, the quarter the
    text is about (the one named last), resolved by the component (`focus`)."""
    if re.match(rf"{S}(?i:of)\b|[-‑]", text[m.end() :]):
        return None  # "the quarter of the vote", "the quarter-point cut"
    if m.group("noun").lower() == "period" and not m.group("adj"):
        return None  # "the period" alone is any stretch of time
    # "the quarter" alone may be a city's (the component keeps it only after a quarter was named)
    family = "anaphor" if m.group("adj") else "bare-anaphor"
    return Candidate(m.start(), m.end(), Meaning("focus", unit="quarter", granularity="quarter"), family)


def _year_ago(m: re.Match[str], text: str) -> Candidate:
    """ "year-ago", "the year-earlier quarter", "the comparable year-ago period", "prior-year":
    the period the text is about, a year before (the component resolves it, `focus`)."""
    noun = (m.group("noun") or "").lower()
    start = m.start() if noun else m.start("core")
    unit = {"month": "month", "year": "year"}.get(noun, "quarter")
    return Candidate(start, m.end(), Meaning("focus", unit=unit, offset=-1, granularity=unit), "anaphor")


def _fiscal_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "the fiscal year" (the reference year), "this fiscal year"; "the (fiscal) year ended
    Sept. 30" is a length of a year, as TimeML reads it."""
    if re.match(rf"{S}(?:(?i:that){S})?(?i:ended|ending|ends){S}(?:{MONTH}|{WEEKDAY}|(?i:tomorrow|today|yesterday|"
                rf"last|this|next|on|in)\b)", text[m.end() :]):
        return Candidate(m.start(), m.end(), Meaning("duration", type="DURATION", value="P1Y", granularity="year"),
                         "fiscal")
    if not m.group("fiscal"):
        return None  # "the year" alone is read elsewhere, or not at all
    return Candidate(m.start(), m.end(), Meaning("offset", unit="year", offset=0, granularity="year"), "fiscal")


def _fiscal_number(m: re.Match[str], text: str) -> Candidate:
    """ "fiscal 1988", "fiscal year 2024": the year as written (its months are the company's)."""
    return Candidate(m.start(), m.end(), Meaning("abs", year=int(m.group("year")), granularity="year"), "fiscal")


_SPELLED_UNITS = {w: i for i, w in enumerate(_SMALL, 1)}
_SPELLED_TENS = {w: 20 + 10 * i for i, w in enumerate(_TENS)}


def _spelled_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "nineteen ninety-one", "the year two thousand", "two thousand and eight": years as
    broadcast transcripts write them. Weak without "the year": "two thousand" is mostly a count."""
    groups = m.groupdict()
    if groups.get("cent"):
        century = _SPELLED_UNITS[groups["cent"].lower()]
        rest = " ".join(groups["rest"].lower().replace("-", " ").split())
        if rest == "hundred":
            year = century * 100
        else:
            parts = rest.split()
            tail = _SPELLED_TENS.get(parts[0], _SPELLED_UNITS.get(parts[0], 0))
            if len(parts) == 2:
                if parts[0] not in _SPELLED_TENS or parts[1] not in _SPELLED_UNITS or _SPELLED_UNITS[parts[1]] > 9:
                    return None
                tail += _SPELLED_UNITS[parts[1]]
            if tail < 10:
                return None
            year = century * 100 + tail
    else:
        ones = (groups.get("ones") or "").lower()
        if not ones and not groups.get("the"):
            return None  # "in two thousand homes": a count, unless "the year two thousand"
        year = 2000 + (_SPELLED_UNITS.get(ones, 0) if ones else 0)
    weak = not groups.get("the")
    return Candidate(m.start(), m.end(), Meaning("abs", year=year, granularity="year"), "spelled-year", weak=weak)


def _relative_unit(m: re.Match[str], text: str) -> Candidate | None:
    """ "last year", "this month", "next week", "earlier this year", "last summer", "this weekend"."""
    rel = " ".join(m.group("rel").lower().split())
    word = m.group("unit").lower()
    pre = (m.group("pre") or "").lower()
    mod = {"earlier": "EARLIER", "later": "LATER", "early": "START", "late": "END"}.get(pre)
    if re.match(rf"{S}(?i:of)\b", text[m.end() :]):  # "the last week of March"
        return None
    direction = {"last": -1, "this past": -1, "previous": -1, "latest": -1, "next": 1, "coming": 1}.get(rel, 0)
    if word in SEASONS:  # "this winter" in March: the one just past, or the coming one, by tense
        srel = {-1: "last", 1: "next"}.get(direction)
        return Candidate(m.start(), m.end(), Meaning("season", season=SEASONS[word], rel=srel, mod=mod,
                                                     granularity="season"), "relative")
    if word == "weekend":
        wrel = {-1: "last", 1: "next"}.get(direction, "this")
        return Candidate(m.start(), m.end(), Meaning("weekend", rel=wrel, mod=mod, granularity="weekend"), "relative")
    return Candidate(m.start(), m.end(), Meaning("offset", unit=word, offset=direction, mod=mod, granularity=word),
                     "relative")


def _the_unit(m: re.Match[str], text: str) -> Candidate | None:
    """ "the past week" (a duration up to the reference date), "the next day" (after the event
    just told), "that week", "the same day"."""
    rel = " ".join(m.group("rel").lower().split())
    word = m.group("unit").lower()
    if re.match(rf"{S}(?i:of)\b", text[m.end() :]):
        return None  # "the last week of March"
    if word in SEASONS:  # "that autumn": the season of the year just told, if a date says which
        if rel not in ("that", "the same"):
            return None
        return Candidate(m.start(), m.end(), Meaning("event", unit="season", season=SEASONS[word], value="P0D",
                                                     granularity="season"), "the-unit")
    unit = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}.get(word, word)
    part = PARTS_OF_DAY.get(word)
    stretch = rel == "the next" and previous_word(text, m.start()) in ("over", "during", "for", "within", "throughout")
    if rel in ("the past", "the last", "the coming") or stretch:  # "over the next year": a length, not a date
        if part:
            return None
        return Candidate(m.start(), m.end(), Meaning("duration", type="DURATION", value=duration_value(1, unit),
                                                     granularity=granularity_of(unit)), "the-unit")
    direction = {"the next": "after", "the following": "after", "the previous": "before"}.get(rel)
    offset = "P0D" if direction is None else duration_value(1, unit)
    meaning = Meaning("event", type="TIME" if part else "DATE", unit=unit, part=part, direction=direction,
                      value=offset, granularity=granularity_of(unit))
    return Candidate(m.start(), m.end(), meaning, "the-unit")


def _position_of(m: re.Match[str], text: str) -> Candidate | None:
    """ "the end of the year", "the start of the month", "later in the year", "the rest of the year"."""
    pos = m.group("pos").lower()
    unit = m.group("unit").lower()
    mod = {"end": "END", "close": "END", "start": "START", "beginning": "START", "middle": "MID",
           "rest": "LATER", "remainder": "LATER", "earlier": "EARLIER", "later": "LATER"}[pos]
    if unit == "day":
        if pos not in ("earlier", "later"):
            return None  # "at the end of the day": an idiom
        return Candidate(m.start(), m.end(), Meaning("event", unit="day", value="P0D", mod=mod, granularity="day"),
                         "position")
    return Candidate(m.start(), m.end(), Meaning("offset", unit=unit, offset=0, mod=mod, granularity=unit), "position")


def _day_word(m: re.Match[str], text: str) -> Candidate:
    """ "today", "yesterday morning", "tonight", "overnight", "later today", "last night", "this morning"."""
    word = m.group("w").lower()
    pre = (m.group("pre") or "").lower()
    part_word = (m.group("part") or "").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": -1, "this": 0, "last": -1}[word]
    part = PARTS_OF_DAY.get(part_word) or {"tonight": "NI", "overnight": "NI"}.get(word)
    mod = {"earlier": "EARLIER", "later": "LATER", "early": "START", "late": "END"}.get(pre)
    meaning = Meaning("offset", type="TIME" if part else "DATE", unit="day", offset=offset, part=part, mod=mod,
                      granularity="part-of-day" if part else "day")
    return Candidate(m.start(), m.end(), meaning, "day-word")


# "Monday and Tuesday nights": the part of day (and the plural) written once serve both days.
_SHARED_PART = re.compile(rf"{S}(?i:and|or){S}{WEEKDAY}{S}(?P<part>(?i:morning|afternoon|evening|night))"
                          rf"(?P<pl>s)?(?!\w)")


def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    """ "on Thursday", "last Friday", "Sunday evening", "late on Monday", "on Fridays"."""
    if previous_word(text, m.start()) in _NAMED_DAYS:
        return None
    weekday = WEEKDAYS[m.group("wd").lower()]
    pre = " ".join((m.group("pre") or "").lower().split())
    shared = _SHARED_PART.match(text, m.end()) if not m.group("part") else None
    if m.group("plural") or m.group("partpl") or (shared and shared.group("pl")):
        # "on Fridays", "Tuesday nights", "Monday and Tuesday nights": every one of them
        part_word = (m.group("part") or (shared.group("part") if shared else "") or "").lower()
        suffix = f"T{PARTS_OF_DAY[part_word]}" if part_word else ""
        return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=f"XXXX-WXX-{weekday}{suffix}",
                                                     granularity="part-of-day" if suffix else "day"), "weekday")
    rel = {"last": "last", "next": "next", "this": "this", "this coming": "next", "coming": "next"}.get(pre)
    mod = {"early": "START", "early on": "START", "late": "END", "late on": "END"}.get(pre)
    part = PARTS_OF_DAY.get((m.group("part") or "").lower())
    generic = not re.match(rf"{S}[a-z]", text[m.end() :])  # "a Friday news conference" is one Friday
    if not pre and generic and previous_word(text, m.start()) in ("a", "any", "one"):  # "on a Saturday morning"
        value = f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
        return Candidate(m.start(), m.end(), Meaning("unknown", type="TIME" if part else "DATE", value=value,
                                                     granularity="part-of-day" if part else "day"), "weekday")
    meaning = Meaning("weekday", type="TIME" if part else "DATE", weekday=weekday, rel=rel, part=part, mod=mod,
                      granularity="part-of-day" if part else "day")
    return Candidate(m.start(), m.end(), meaning, "weekday")


def _measure(m: re.Match[str], text: str) -> Candidate | None:
    """Numbers of units: durations ("for three years", "18-month"), offsets from the reference
    date ("two weeks ago", "in two weeks"), and from an event ("two days after", "a day earlier")."""
    after = text[m.end() : m.end() + 8]
    if re.match(r"[-‑]?(?:old|olds)\b|" + S + r"old\b", after):
        return None  # ages are not times
    raw_num = m.group("num")
    n = number(raw_num)
    unit = unit_name(m.group("unit"))
    article = raw_num.lower() in ("a", "an")
    if article and m.group("unit").lower() != unit and unit != "century":
        return None  # "a months-long battle": the vague plural family reads it
    if unit == "quarter" and (re.match(rf"{S}(?i:of)\b|[-‑]", text[m.end("unit") :])
                              or (article and (m.group("lead") or "").lower() not in ("for", "within"))):
        return None  # "three quarters of the vote", "a quarter-century", "fell by more than a quarter"
    if article and unit == "second" and not m.group("tail"):
        return None  # "for a second term"
    if _someday(m, text):
        return Candidate(m.start("num"), m.end("unit"), Meaning("ref", value="FUTURE_REF"), "ref")
    if m.group("half") and n is not None:
        n += 0.5
    lead = " ".join((m.group("lead") or "").lower().split())
    q = " ".join((m.group("q") or "").lower().split())
    tail = " ".join((m.group("tail") or "").lower().split())
    mod = _MODS.get(q) or _MODS.get(lead)
    adjective = "-" in m.group("sep") or "‑" in m.group("sep") or bool(m.group("long"))  # "a three-day truce"
    core = m.start("q") if m.group("q") and not adjective else m.start("num")
    if article and adjective:
        core = m.start("unit")  # "a week-long truce": the article belongs to the noun
    end = m.end()
    if tail in ("before", "after", "prior to", "following") and (lead == "for"
                                                                  or previous_word(text, m.start()) in _LASTING):
        tail = ""  # "lasted nearly three months before …", "for decades before …": a duration, then a clause
        end = max(m.end(g) for g in ("unit", "half", "long") if m.group(g))
    if tail in ("ago", "from now"):
        if n is None:
            return Candidate(core, end, Meaning("ref", value="PAST_REF" if tail == "ago" else "FUTURE_REF",
                                                granularity=granularity_of(unit)), "measure")
        if unit in ("second", "minute", "hour"):
            n = 0.0
        sign = -1 if tail == "ago" else 1
        return Candidate(core, end, _offset_meaning(unit, sign * n, mod), "measure")
    if tail:
        direction = "before" if tail in ("before", "earlier", "prior to") else "after"
        timed = UNIT_CODES[unit][1]
        to_event = tail in ("before", "after", "prior to", "following")  # TimeML: the DURATION to the event
        length = to_event or n is None  # "a few days later": no day to count to, a length (PXD) as TimeML has it
        meaning = Meaning("event", type="DURATION" if length else "TIME" if timed else "DATE", unit=unit,
                          direction=direction, mod=mod, value=duration_value(n, unit), granularity=granularity_of(unit),
                          needs_event=to_event, offset=n or 0)
        return Candidate(core, end, meaning, "measure")
    meaning = Meaning("duration", type="DURATION", value=duration_value(n, unit), mod=mod,
                      granularity=granularity_of(unit), offset=n or 0, unit=unit)
    if lead in ("for", "within") and not adjective:
        return Candidate(m.start(), end, meaning, "measure")
    in_start = m.start() if lead == "in" and not adjective and q not in _SPAN_WORDS else None
    trigger_only = article and not (lead or q or m.group("long") or m.group("half") or adjective)
    return Candidate(core, end, meaning, "measure", weak=trigger_only, trigger_only=trigger_only, in_start=in_start)


# Words before an adverbial "one day" that make it "some day": "will one day be", "hopes to one day".
_SOMEDAY_BEFORE = frozenset(_words("""
    will would could might may shall can should must ll d to"""))
_SUBJECTS = frozenset(_words("he she they we i you it"))


def _someday(m: re.Match[str], text: str) -> bool:
    """ "Islam will one day be …", "the hope he one day follow …": not a length but an unnamed
    time ahead, TimeML's FUTURE_REF."""
    if (m.group("num").lower() != "one" or m.group("unit").lower() != "day" or m.group("lead") or m.group("q")
            or m.group("tail") or m.group("long") or m.group("half") or m.group("sep").strip()):
        return False
    before = previous_word(text, m.start())
    verb_next = re.match(rf"{S}[a-z]+\b", text[m.end("unit") :]) is not None
    return before in _SOMEDAY_BEFORE or (before in _SUBJECTS and verb_next)


# Quantifiers that make "in the last five years" a stretch of time, never a date ahead.
_SPAN_WORDS = frozenset({"the past", "the last", "the previous", "the next", "the first", "the following",
                         "the coming", "another", "an additional", "a further"})
# Verbs whose object is a length of time: "lasted three months before …" is a duration.
_LASTING = frozenset(_words("""
    last lasted lasts lasting take took takes taking spend spent spends spending wait waited waits
    waiting"""))


def _offset_meaning(unit: str, n: float, mod: str | None) -> Meaning:
    """n units from the reference date, at the unit's granularity (1.5 years → 18 months)."""
    if n != int(n):
        if unit == "year":
            unit, n = "month", n * 12
        elif unit == "month":
            unit, n = "day", n * 30
        n = round(n)
    if unit in ("second", "minute", "hour", "night"):
        unit = "day"
    if unit == "fortnight":
        unit, n = "week", n * 2
    if unit in ("decade", "century"):  # "a decade ago" is a year, ten back
        unit, n = "year", n * (10 if unit == "decade" else 100)
    return Meaning("offset", unit=unit, offset=int(n), mod=mod, granularity=granularity_of(unit))


def _one_more(m: re.Match[str], text: str) -> Candidate | None:
    """ "an additional year", "a further month", "for another week": one more unit, a length."""
    lead = (m.group("lead") or "").lower()
    if not lead and m.group("q").lower().startswith("another"):
        return None  # "another day of talks" may be a day, not a length
    unit = unit_name(m.group("unit"))
    meaning = Meaning("duration", type="DURATION", value=duration_value(1, unit), granularity=granularity_of(unit),
                      offset=1, unit=unit)
    return Candidate(m.start() if lead else m.start("q"), m.end(), meaning, "measure")


def _vague_units(m: re.Match[str], text: str) -> Candidate | None:
    """ "for years", "within days", "decades-long", "weeks of protests", "days later", "hours after"."""
    unit = unit_name(m.group("unit"))
    lead = (m.group("lead") or "").lower()
    tail = " ".join((m.group("tail") or "").lower().split())
    if re.fullmatch(r"\d+|" + _NUM, previous_word(text, m.start("unit"))):
        return None  # "for two days following": the number is the measure family's (which may decline it)
    if tail in ("later", "earlier", "after", "before", "following", "prior to"):
        direction = "before" if tail in ("before", "earlier", "prior to") else "after"
        value = duration_value(None, unit)
        to_event = tail in ("before", "after", "following", "prior to")  # TimeML: the DURATION to the event
        # "days later": no day to count to either, a length (PXD) as TimeML has it
        meaning = Meaning("event", type="DURATION", unit=unit, direction=direction, value=value,
                          granularity=granularity_of(unit), needs_event=to_event)
        return Candidate(m.start("unit"), m.end(), meaning, "vague-units")
    if tail == "ago":
        return Candidate(m.start("unit"), m.end(), Meaning("ref", value="PAST_REF", granularity=granularity_of(unit)),
                         "vague-units")
    before = previous_word(text, m.start())
    if tail == "of" and (before in _NOT_A_SPAN or before.endswith("est")):
        return None  # "in the early hours of Monday", "the darkest days of": not a length of time
    if re.match(rf"{S}old\b", text[m.end("unit") :]) or re.fullmatch(r"\d+|" + _NUM,
                                                                 previous_word(text, m.start("unit"))):
        return None  # "70 years old", or the number was declined by the measure family
    weak = not lead and not m.group("long") and tail != "of"  # "months, not weeks": if the model agrees
    start = m.start() if lead in ("for", "within") else m.start("unit")
    end = m.end("long") if m.group("long") else m.end("unit")
    mod = "EQUAL_OR_LESS" if lead == "within" else None
    return Candidate(start, end, Meaning("duration", type="DURATION", value=duration_value(None, unit), mod=mod,
                                         granularity=granularity_of(unit)), "vague-units", weak=weak)


# Words before "days of …" that make it a period named, not a length: "the early hours of".
_NOT_A_SPAN = frozenset(_words("""
    the those these his her their its our my your early small late wee waking first last final dark best
    worst good old"""))


def _unit_end(m: re.Match[str], text: str) -> Candidate:
    """ "by year-end", "month-end": the end of the current year or month."""
    unit = m.group("unit").lower()
    meaning = Meaning("offset", unit=unit, offset=0, mod="END", granularity=unit)
    return Candidate(m.start(), m.end(), meaning, "unit-end")


def _unit_long(m: re.Match[str], text: str) -> Candidate:
    """ "week-long", "month-long": one unit, the number left unsaid."""
    unit = unit_name(m.group("unit"))
    return Candidate(m.start(), m.end(), Meaning("duration", type="DURATION", value=duration_value(1, unit),
                                                 granularity=granularity_of(unit)), "unit-long")


def _the_unit_relation(m: re.Match[str], text: str) -> Candidate:
    """ "the day after", "the week before", "the eve of": one unit from an event."""
    word = m.group("unit").lower()
    if word == "eve":
        unit, direction = "day", "before"
    else:
        unit = {"morning": "day", "evening": "day", "night": "day"}.get(word, word)
        direction = "before" if m.group("tail").lower() in ("before", "prior to") else "after"
    meaning = Meaning("event", unit=unit, direction=direction, value=duration_value(1, unit), needs_event=True,
                      offset=1, granularity=granularity_of(unit))
    return Candidate(m.start(), m.end(), meaning, "the-unit-relation")


def _the_part(m: re.Match[str], text: str) -> Candidate:
    """ "in the morning", "through the night": that part of the day just told (the component
    counts from the date named last; the preposition stays out, as for "in June")."""
    part = PARTS_OF_DAY[m.group("part").lower()]
    meaning = Meaning("event", type="TIME", unit="day", part=part, value="P0D", granularity="part-of-day")
    return Candidate(m.start("the"), m.end(), meaning, "the-unit")


def _set(m: re.Match[str], text: str) -> Candidate | None:
    """ "every Friday", "each year", "every two weeks", "every other day", "every morning"."""
    what = m.group("what")
    if what.lower() in MONTHS:  # "each July"
        return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=f"XXXX-{MONTHS[what.lower()]:02d}",
                                                     granularity="month"), "set")
    if what.lower() in WEEKDAYS:
        return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=f"XXXX-WXX-{WEEKDAYS[what.lower()]}",
                                                     granularity="day"), "set")
    word = what.lower().rstrip("s") if what.lower() not in ("centuries",) else "century"
    if word in PARTS_OF_DAY:
        return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=f"XXXX-XX-XXT{PARTS_OF_DAY[word]}",
                                                     granularity="part-of-day"), "set")
    if word in SEASONS:
        return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=f"XXXX-{SEASONS[word]}",
                                                     granularity="season"), "set")
    n: float | None = 1.0
    if m.group("other"):
        n = 2.0
    elif m.group("num"):
        n = number(m.group("num"))
    unit = unit_name(word)
    return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=duration_value(n, unit),
                                                 granularity=granularity_of(unit)), "set")


_ADVERB_SETS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
                "annual": "year", "hourly": "hour", "nightly": "day", "fortnightly": "fortnight",
                "biweekly": "fortnight", "quarterly": "quarter"}


def _adverb_set(m: re.Match[str], text: str) -> Candidate:
    """ "weekly", "annually", "daily", "quarterly" (P1Q) (lower case only: "Daily Mail" is a
    newspaper). As an adjective ("a daily newspaper", "the annual parade") TimeML does not annotate
    it: the component drops those by the parse."""
    unit = _ADVERB_SETS[m.group("adv")]
    return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=duration_value(1, unit),
                                                 granularity=granularity_of(unit)), "frequency-word")


def _frequency(m: re.Match[str], text: str) -> Candidate | None:
    """ "twice a week", "three times a year", "once a month"."""
    how = " ".join(m.group("freq").lower().split())
    times = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(how)
    if times is None:
        times = number(how.rsplit(" ", 1)[0])
        if times is None and how.rsplit(" ", 1)[0] not in VAGUE_NUMBERS:
            return None  # "many times a day" is vague, "the times a day" no frequency
    unit = unit_name(m.group("unit"))
    freq = f"{int(times)}X" if times is not None else "XX"
    return Candidate(m.start(), m.end(), Meaning("set", type="SET", value=duration_value(1, unit), freq=freq,
                                                 granularity=granularity_of(unit)), "set")


def _ref(value: str, granularity: str | None = None) -> Handler:
    """A handler for the vague references ("currently", "recently", "in the coming weeks"),
    whose value is TIMEX3's PRESENT_REF, PAST_REF or FUTURE_REF."""

    def handle(m: re.Match[str], text: str) -> Candidate | None:
        gran = granularity
        if "unit" in m.groupdict() and m.group("unit"):
            gran = granularity_of(unit_name(m.group("unit"))) if m.group("unit").lower() != "times" else None
        return Candidate(m.start(), m.end(), Meaning("ref", value=value, granularity=gran), "ref")

    return handle


def _vague_adjective(value: str) -> Handler:
    """ "future demand": TimeML's FUTURE_REF for the adjective; the component keeps it only where
    the parse calls it a modifier of a noun ("the future looks bleak" is not one)."""

    def handle(m: re.Match[str], text: str) -> Candidate | None:
        return Candidate(m.start(), m.end(), Meaning("ref", value=value), "vague-adjective")

    return handle


def _clause_adverb(value: str) -> Handler:
    """ "Previously, it offered …": a vague reference when it places a whole clause (first in its
    sentence, or set off by a comma), not when it qualifies a word ("a previously announced plan")."""

    def handle(m: re.Match[str], text: str) -> Candidate | None:
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        first = not before or before[-1] in ".!?\n\"“'‘;:"
        if not first and text[m.end() : m.end() + 1] != ",":
            return None
        return Candidate(m.start(), m.end(), Meaning("ref", value=value), "ref")

    return handle


def _soon(m: re.Match[str], text: str) -> Candidate | None:
    """ "will soon grow": FUTURE_REF. Not "as soon as" (a conjunction) nor "soon after the
    attack" (a time told from an event)."""
    if previous_word(text, m.start()) == "as" or re.match(rf"{S}(?i:as|after|afterwards?|thereafter)\b",
                                                          text[m.end() :]):
        return None
    return Candidate(m.start(), m.end(), Meaning("ref", value="FUTURE_REF"), "ref")


def _now(m: re.Match[str], text: str) -> Candidate | None:
    """ "now": PRESENT_REF."""
    if text[m.end() : m.end() + 1] in ("-", "‑"):
        return None  # "the now-defunct party"
    return Candidate(m.start(), m.end(), Meaning("ref", value="PRESENT_REF", granularity="day"), "ref")


def _clock(m: re.Match[str], text: str) -> Candidate | None:
    """ "8 p.m.", "10:30 am", "0600 GMT", "noon", "midnight"."""
    groups = m.groupdict()
    if groups.get("word"):
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m.group("word").lower()]
    elif groups.get("hw"):  # "eight o'clock": the morning unless the text says otherwise
        hour = int(m.group("hw")) if m.group("hw").isdigit() else _SMALL.index(m.group("hw").lower()) + 1
        if re.match(rf"{S}(?i:(?:in{S}the{S}|this{S}|last{S}|tomorrow{S}|yesterday{S})?(?:evening|afternoon|night)"
                     rf"|tonight|p\.?m\.?)\b", text[m.end() :]) and hour < 12:
            hour += 12
        clock = f"{hour:02d}:00"
    elif groups.get("hm"):
        clock = f"{m.group('hm')[:2]}:{m.group('hm')[2:]}"
    else:
        hour = int(m.group("h"))
        minute = int(m.group("min") or 0)
        ampm = (groups.get("ap") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        clock = f"{hour:02d}:{minute:02d}"
    return Candidate(m.start(), m.end(), Meaning("clock", type="TIME", clock=clock, granularity="minute"), "clock")


# Holidays on a fixed calendar day; the verb's tense picks the year, as for "on March 3".
# Movable feasts (Easter, Ramadan, the Eids) are `_feast`'s, with dates from `_calendars`.
_FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                   "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
                   "halloween": (10, 31), "valentine's day": (2, 14), "international women's day": (3, 8)}


def _holiday(m: re.Match[str], text: str) -> Candidate | None:
    """ "over Christmas", "on New Year's Eve", "Christmas Day 2023". A bare "Christmas" is weak:
    "Christmas markets" and "the Christmas message" name no day."""
    name = " ".join(m.group("h").lower().replace("’", "'").split())
    month, day = _FIXED_HOLIDAYS[name]
    if m.group("year"):
        return Candidate(m.start(), m.end(), Meaning("abs", year=int(m.group("year")), month=month, day=day,
                                                     granularity="day"), "holiday")
    weak = name == "christmas" and previous_word(text, m.start()) not in TRIGGERS | {"over", "at", "during", "for"}
    return Candidate(m.start(), m.end(), Meaning("monthday", month=month, day=day, granularity="day"), "holiday",
                     weak=weak, trigger_only=weak)


def _feast(m: re.Match[str], text: str) -> Candidate | None:
    """Movable feasts: "during Ramadan", "on the eve of Eid al-Adha", "over Easter", "Thanksgiving
    2023". Their dates come from `_calendars`; the tense picks the year, as for fixed holidays."""
    key = feast_key(m.group("f"))
    if key is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    granularity = "day" if FEASTS[key].length == 1 else "month"
    offset = {"last": -1, "this": 0, "next": 1}.get((m.group("ry") or "").lower())
    # "Ramadan last year": the feast of the year before publication
    meaning = Meaning("feast", feast=key, year=year, granularity=granularity,
                      rel="this" if offset is not None else None, offset=offset or 0)
    return Candidate(m.start(), m.end(), meaning, "holiday")


def _weekend(m: re.Match[str], text: str) -> Candidate:
    """ "the weekend": the tense picks the one before or after the reference date."""
    return Candidate(m.start(), m.end(), Meaning("weekend", granularity="weekend"), "weekend")


def _season_alone(m: re.Match[str], text: str) -> Candidate | None:
    """ "the spring", "in spring", "in the fall": the tense picks the one before or after the
    reference date. Weak without "the" ("spring water"), and "fall" always ("the fall of Kabul")."""
    word = m.group("s").lower()
    spelled_year = re.match(rf"{S}(?i:of){S}(?i:nineteen|eighteen|two{S}thousand)\b", text[m.end() :])
    if re.match(rf"{S}(?i:of)\b|[-‑]", text[m.end() :]) and not (spelled_year and m.group(0).lower().startswith("the")):
        return None  # "the fall of Kabul", "spring-themed" ("the summer of 2014" has matched already)
    bare = not m.group(0).lower().startswith("the")
    if bare and previous_word(text, m.start()) not in _SEASON_TRIGGERS:
        return None  # "signs of spring", "spring birds": the season in general
    return Candidate(m.start(), m.end(), Meaning("season", season=SEASONS[word], granularity="season"), "season",
                     weak=word == "fall")


# Words before a bare season name that make it one season: "in spring", "since winter".
_SEASON_TRIGGERS = frozenset(_words("in since until till by during through throughout before after early late mid"))


_TZ = rf"(?:{S}(?:local{S}time|GMT|UTC|EST|EDT|ET|CET|CEST|BST|Moscow{S}time|Kyiv{S}time)(?!\w))?"
_PART = r"(?i:morning|afternoon|evening|night)"
_VAGUE_PLURAL = r"(?i:hours|days|weeks|months|years|decades|centuries)"

FAMILIES: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(rf"\b{_ON}{_WD_PREFIX}(?P<mon>{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
                rf"{S}(?P<day>{DAY})(?:{S0}[-–]{S0}(?P<day2>{DAY}))?(?:,?{S}(?P<year>{YEAR})(?!\d))?(?!\w)"),
     _fixed_day),
    (re.compile(rf"(?<![\w.,]){_ON}{_WD_PREFIX}(?:(?i:the){S})?(?P<day>{DAY})(?:{S0}[-–]{S0}(?P<day2>{DAY}))?"
                rf"(?:{S}(?i:of))?{S}(?P<mon>{MONTH})(?:,?{S}(?P<year>{YEAR})(?!\d))?(?!\w)"), _fixed_day),
    (re.compile(rf"\b(?P<mon>{MONTH}),?{S}(?:(?i:of){S})?(?P<year>{YEAR})(?!\d)"), _month_year),
    (re.compile(rf"\b(?:(?i:the){S})?(?P<s>(?i:spring|summer|autumn|fall|winter))(?:{S}(?i:of))?{S}(?P<year>{YEAR})"
                rf"(?!\d)"), _season_year),
    (re.compile(rf"\b(?:(?P<pre>(?i:(?:earlier|later|early|late){S}in|last|next|this{S}coming|this)){S})?"
                rf"(?P<mon>{_MONTH_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!{S0}\d|\w)"), _month_alone),
    (re.compile(rf"(?<![\w$£€.,/:]){YEAR.replace('(?:', '(?P<year>', 1)}(?![\w%]|[.,:/][0-9]|[-–][0-9])"), _year),
    (re.compile(rf"(?:(?P<pre>(?i:from|between)){S})?(?<![\w$£€.,/:])(?P<y1>{YEAR})"
                rf"(?P<sep>{S0}[-–—]{S0}|{S}(?i:to|and|until|through){S})(?P<y2>{YEAR}|\d\d)(?!\w)"), _year_range),
    (re.compile(rf"\b(?:(?i:the){S})?(?:(?P<pre>(?i:early|mid|late))[-\s]?)?(?P<dec>(?:1[89]|20)\d)0(?:'s|’s|s)(?!\w)"),
     _decade),
    (re.compile(rf"\b(?:(?i:the){S}(?:(?P<pre>(?i:early|mid|late))[-‑]?{S0})?|(?=\w+[-‑](?i:century)))"
                rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty-first|eighteenth))"
                rf"(?:{S}|[-‑])(?i:century)\b"), _century),
    (re.compile(rf"\b(?i:the){S}(?:(?P<pre>(?i:early|mid|late)){S0}-?{S0})?(?:(?i:nineteen){S})?"
                rf"(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\w)"),
     _decade_word),
    (re.compile(rf"(?<!\w)(?:(?i:the){S})?(?:(?P<pre>(?i:early|mid|late))[-‑{S0}]?)?['’‘](?P<d>[2-9])0s(?!\w)"),
     _decade_short),
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"), _iso),
    (re.compile(rf"\b(?:(?P<the>(?i:the)){S}(?:(?P<year1>{YEAR}){S})?|(?:(?i:fiscal){S})?(?P<year0>{YEAR})['’]s{S})?"
                rf"(?:(?i:fiscal){S})?"
                rf"(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|"
                rf"3rd|4th))(?:{S}(?i:fiscal))?(?P<sep>{S}|[-‑])(?P<part>(?i:quarter|half))"
                rf"(?:{S}(?i:of){S}(?:(?P<year>{YEAR})|(?P<which>(?i:the|this|last|next){S}(?i:year))))?(?![\w‑-])"),
     _quarter),
    (re.compile(rf"\b(?i:the|that){S}(?:(?P<adj>(?i:latest|most{S}recent|just[-‑{S}]ended)){S})?"
                rf"(?P<noun>quarter|period)(?!\w)"), _period_anaphor),
    (re.compile(rf"\b(?:(?i:the){S}(?:(?i:comparable|same){S})?)?(?P<core>(?i:year)[-‑](?i:ago|earlier)|(?i:prior)[-‑](?i:year))"
                rf"(?:{S}(?P<noun>(?i:quarter|period|month|year|half)))?(?!\w)"), _year_ago),
    (re.compile(rf"\b(?i:the){S}(?P<fiscal>(?i:fiscal){S})?(?i:year)(?!\w)"), _fiscal_year),
    (re.compile(rf"\b(?i:fiscal){S}(?:(?i:year){S})?(?P<year>{YEAR})(?!\d)"), _fiscal_number),
    (re.compile(rf"\b(?i:the){S}(?P<year>{YEAR}){S}(?i:fiscal){S}(?i:year)(?!\w)"), _fiscal_number),
    (re.compile(rf"\b(?:(?P<the>(?i:the){S}(?i:year)){S})?(?:(?P<cent>(?i:nineteen|eighteen)){S}(?P<rest>(?i:hundred|"
                rf"(?:{'|'.join(_TENS)})(?:[-‑]|{S})(?:{'|'.join(_SMALL[:9])})|{'|'.join(_TENS)}|{'|'.join(_SMALL[9:])}))"
                rf"|(?i:two){S}(?i:thousand)(?:{S}(?:(?i:and){S})?(?P<ones>(?i:{'|'.join(_SMALL[:9])})))?)(?![\w‑-])"),
     _spelled_year),
    (re.compile(rf"\bQ(?P<q>[1-4])(?:{S}(?P<year>{YEAR}))(?!\w)"), _quarter),
    (re.compile(rf"\b(?:(?P<pre>(?i:earlier|later|early|late)){S})?"
                rf"(?P<rel>(?i:this{S}past|last|next|this|previous|coming|current|latest))"
                rf"{S}(?:(?i:fiscal){S})?(?P<unit>(?i:weekend|week|month|year|decade|century|quarter|spring|summer|autumn|fall|winter))"
                rf"(?!\w)"), _relative_unit),
    (re.compile(rf"\b(?P<rel>(?i:the{S}past|the{S}last|the{S}coming|the{S}next|the{S}following|the{S}previous|"
                rf"the{S}same|that))"
                rf"{S}(?P<unit>(?i:day|night|week|weekend|month|year|decade|century|morning|afternoon|evening"
                rf"|spring|summer|autumn|fall|winter))(?!\w)"),
     _the_unit),
    (re.compile(rf"\b(?i:the){S}(?P<pos>(?i:end|start|beginning|middle|close|rest|remainder)){S}(?i:of){S}(?i:the|this)"
                rf"{S}(?P<unit>(?i:year|month|week|decade|century|day))(?!\w)"), _position_of),
    (re.compile(rf"\b(?P<pos>(?i:earlier|later)){S}(?i:in){S}(?i:the){S}(?P<unit>(?i:year|month|week|day|decade))"
                rf"(?!\w)"), _position_of),
    (re.compile(rf"\b(?:(?P<pre>(?i:earlier|later|early|late)){S})?(?P<w>(?i:today|tonight|yesterday|tomorrow|overnight))"
                rf"(?:{S}(?P<part>{_PART}))?(?!\w)"), _day_word),
    (re.compile(rf"\b(?:(?P<pre>(?i:earlier|later|early|late)){S})?(?P<w>(?i:this|last)){S}(?P<part>{_PART})(?!\w)"),
     _day_word),
    (re.compile(rf"\b(?:(?P<pre>(?i:(?:earlier|later|early|late){S}on|on|last|next|this{S}coming|this|coming|early|late|earlier|later))"
                rf"{S})?(?P<wd>{WEEKDAY})(?P<plural>s)?\b(?:{S}(?P<part>{_PART})(?P<partpl>s)?)?(?!\w)"), _weekday),
    (re.compile(rf"(?<!\w)(?:(?P<lead>(?i:for|within|in)){S})?(?:(?P<q>(?i:{_QUANT})){S})?(?P<num>{NUM})"
                rf"(?P<sep>{S0}[-‑]{S0}|{S})(?P<unit>{UNIT})(?!\w)(?P<half>{S}(?i:and{S}a{S}half))?"
                rf"(?P<long>[-‑](?i:long)|{S}(?i:long)(?!\w))?(?:['’]s?{S}(?i:time))?"
                rf"(?:{S}(?P<tail>(?i:ago|from{S}now|later|earlier|before|after|prior{S}to|following))(?!\w))?"),
     _measure),
    (re.compile(rf"(?<!\w)(?:(?P<lead>(?i:for|within|in|after|over)){S}(?:(?i:many|several|the{S}past|the{S}last){S})?)?"
                rf"(?P<unit>{_VAGUE_PLURAL})(?P<long>[-‑](?i:long))?"
                rf"(?:{S}(?P<tail>(?i:ago|later|earlier|before|after|following|prior{S}to|of))(?!\w))?(?!\w)"),
     _vague_units),
    (re.compile(r"\b(?P<unit>(?i:hour|day|week|month|year|decade))[-‑](?i:long)(?!\w)"), _unit_long),
    (re.compile(rf"\b(?:(?P<lead>(?i:for|within)){S})?(?P<q>(?i:an{S}additional|a{S}further|another))"
                rf"{S}(?P<unit>(?i:day|week|month|quarter|year|decade))(?![\w-])"), _one_more),
    (re.compile(rf"\b(?P<unit>(?i:year|month))(?:[-‑]|{S})(?i:end)(?![\w-])"), _unit_end),
    (re.compile(rf"\b(?i:the){S}(?P<unit>(?i:day|night|week|month|year|morning|evening|weekend))"
                rf"{S}(?P<tail>(?i:before|after|following|prior{S}to))(?!\w)"), _the_unit_relation),
    (re.compile(rf"\b(?i:on{S})?(?i:the){S}(?P<unit>(?i:eve)){S}(?i:of)(?!\w)"), _the_unit_relation),
    (re.compile(rf"\b(?i:in|into|during|by|until|till|through|throughout){S}(?P<the>(?i:the)){S}"
                rf"(?P<part>(?i:morning|afternoon|evening|night))(?!\w)(?!{S}(?i:of|before|after)\b)"), _the_part),
    (re.compile(rf"\b(?i:every|each){S}(?:(?P<other>(?i:other)){S}|(?P<num>{NUM}){S})?(?P<what>{WEEKDAY}|"
                rf"(?i:days?|nights?|weeks?|weekends?|months?|years?|decades?|hours?|mornings?|afternoons?|evenings?|"
                rf"summers?|winters?|springs?|autumns?|quarters?)|{_MONTH_FULL})(?!\w)"), _set),
    (re.compile(r"\b(?P<adv>daily|weekly|monthly|yearly|annually|annual|hourly|nightly|fortnightly|biweekly|quarterly)"
                r"(?!\w)"), _adverb_set),
    (re.compile(rf"\b(?P<freq>(?i:once|twice|thrice)|(?:(?i:a|an){S})?[\w-]+(?:{S}(?i:of))?{S}(?i:times)){S}(?i:a|an|per|each|every){S}"
                rf"(?P<unit>(?i:day|night|week|month|year|decade|hour))(?!\w)"), _frequency),
    (re.compile(r"\b(?i:currently|presently|nowadays)(?!\w)"), _ref("PRESENT_REF", "day")),
    (re.compile(rf"\b(?i:right{S}now|at{S}present|at{S}the{S}moment|these{S}days|at{S}this{S}time)(?!\w)"),
     _ref("PRESENT_REF", "day")),
    (re.compile(r"\b(?i:now)(?!\w)"), _now),
    (re.compile(r"\b(?i:recently|lately)(?!\w)"), _ref("PAST_REF")),
    (re.compile(r"\b(?i:soon)(?!\w)"), _soon),
    (re.compile(r"\b(?i:previously|formerly)(?!\w)"), _clause_adverb("PAST_REF")),
    (re.compile(rf"\b(?i:future){S}(?P<unit>(?i:days|weeks|months|quarters|years|decades))(?!\w)"), _ref("FUTURE_REF")),
    (re.compile(rf"(?<![\w-])future(?={S}[a-z])"), _vague_adjective("FUTURE_REF")),
    (re.compile(rf"\b(?:(?i:in|for|over){S})?(?i:the){S}(?i:near){S}(?i:term)(?!\w)"), _ref("FUTURE_REF")),
    (re.compile(rf"\b(?:(?i:in){S})?(?i:recent){S}(?P<unit>(?i:days|weeks|months|quarters|years|decades|times))"
                rf"(?:{S}(?i:and|or){S}(?i:days|weeks|months|quarters|years|decades))?(?!\w)"),
     _ref("PAST_REF")),
    (re.compile(rf"\b(?i:in{S}the{S}past)(?!\w)"), _ref("PAST_REF")),
    (re.compile(rf"\b(?:(?i:in){S})?(?:(?i:the){S})?(?i:coming){S}(?P<unit>(?i:days|weeks|months|quarters|years|decades))"
                rf"(?!\w)"),
     _ref("FUTURE_REF")),
    (re.compile(rf"\b(?i:in){S}(?i:the){S}(?P<unit>(?i:days|weeks|months|years)){S}(?i:ahead)(?!\w)"),
     _ref("FUTURE_REF")),
    (re.compile(rf"\b(?i:in{S}the{S}(?:near{S}|distant{S}|foreseeable{S})?future)(?!\w)"), _ref("FUTURE_REF")),
    (re.compile(rf"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?{S0}(?P<ap>(?i:a\.m\.|p\.m\.|am|pm))(?!\w){_TZ}"),
     _clock),
    (re.compile(rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:]){_TZ}"), _clock),
    (re.compile(rf"\b(?P<hm>(?:[01]\d|2[0-3])[0-5]\d){S}(?:GMT|UTC)(?!\w)"), _clock),
    (re.compile(r"\b(?P<word>(?i:noon|midday|midnight))(?!\w)"), _clock),
    (re.compile(rf"\b(?P<hw>(?i:{'|'.join(_SMALL[:12])})|1[0-2]|0?[1-9])(?:{S}|-)(?i:o['’]clock)(?!\w)"), _clock),
    (re.compile(rf"\b(?i:the){S}(?i:weekend)(?!\w)"), _weekend),
    (re.compile(rf"\b(?P<h>Christmas(?:{S}(?:Eve|Day))?|New{S}Year[’']s{S}(?:Eve|Day)|Boxing{S}Day|Halloween|"
                rf"Valentine[’']s{S}Day|International{S}Women[’']s{S}Day)(?:,?{S}(?P<year>{YEAR})(?!\d))?(?![\w’'])"),
     _holiday),
    (re.compile(rf"\b(?:(?i:the){S}(?:(?i:holy){S})?(?i:month){S}(?i:of){S})?(?P<f>Ramadan|Ramzan|Ramazan|"
                rf"Eid(?:{S}|-)(?:al|ul|el|e)(?:{S}|-)(?:Fitr|Adha)|Easter(?:{S}(?:Sunday|Monday))?|"
                rf"Orthodox{S}Easter|Good{S}Friday|Thanksgiving|Memorial{S}Day|Labor{S}Day|Ashura|Arbaeen|Arbain|"
                rf"Mawlid(?:{S}al-Nabi)?|(?:Islamic|Hijri){S}New{S}Year)(?:,?{S}(?P<year>{YEAR})(?!\d)|{S}(?P<ry>(?i:last|this|next))"
                rf"{S}(?i:year))?(?![\w’'-])(?!{S}(?:Rising|Island|[Ee]gg|[Bb]unny))"),
     _feast),
    (re.compile(rf"\b(?:(?i:the){S})?(?P<s>(?i:spring|summer|autumn|fall|winter))(?!\w)"), _season_alone),
]


# Where each family can match (`_gated_scan`): its words, read off the pattern once.
_GATES: list[Gate] = [gate_for(pattern) for pattern, _ in FAMILIES]


def scan(text: str, *, gated: bool = True) -> list[Candidate]:
    """Every match of every family, overlapping ones included; `select` chooses among them.
    `gated`: try each family only on the lines holding its words (the same matches, found
    faster: `_gated_scan`); off, every family runs over the whole text."""
    found: list[Candidate] = []
    index = LineIndex(text) if gated else None
    for (pattern, handle), gate in zip(FAMILIES, _GATES, strict=True):
        for m in gated_finditer(pattern, gate, index) if index is not None else pattern.finditer(text):
            if m.end() == m.start():
                continue
            cand = handle(m, text)
            if cand is not None and cand.end > cand.start:
                found.append(cand)
    return found


def select(text: str, candidates: Iterable[Candidate], confirmed: Callable[[int, int], bool]) -> list[Candidate]:
    """Non-overlapping candidates, longest first; a weak one (bare year or month name) counts
    when a trigger word precedes it ("in 2019", "since March"), when it is joined to a chosen
    date ("from 2019 to 2021"), or when `confirmed` (the model's DATE entities) says so."""
    strong: list[Candidate] = []
    weak: list[Candidate] = []
    for cand in candidates:
        before = previous_word(text, cand.start) if cand.weak else ""
        if cand.trigger_only:
            if before in _A_UNIT_TRIGGERS:  # "for a week", not "ten a day"
                strong.append(cand)
        elif not cand.weak or before in TRIGGERS or confirmed(cand.start, cand.end):
            strong.append(cand)
        else:
            weak.append(cand)
    chosen = _longest_first(strong)
    changed = True
    while changed and weak:  # "between 2019 and 2021" when the range family did not take it
        changed = False
        for cand in list(weak):
            if any(c.start < cand.end and cand.start < c.end for c in chosen):
                weak.remove(cand)
                continue
            if any(CONNECTORS.match(text[c.end : cand.start]) or CONNECTORS.match(text[cand.end : c.start])
                   for c in chosen if c.meaning.kind in ("abs", "month", "monthday")):
                chosen.append(cand)
                weak.remove(cand)
                changed = True
    return sorted(chosen, key=lambda c: c.start)


# Words before "a week", "an hour" that make them a length of time ("for a week", "took a year").
_A_UNIT_TRIGGERS = _LASTING | {"for", "within", "over", "than", "about", "around", "nearly", "almost", "after"}


def _longest_first(cands: list[Candidate]) -> list[Candidate]:
    """Greedy choice among overlapping candidates: "two days after" beats "two days"."""
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-c.length, c.start)):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return chosen


_POSITION_BEFORE = re.compile(rf"(?i:the){S}(?P<w>(?i:end|close|start|beginning|middle|turn)){S}(?i:of){S}$")
_EML_BEFORE = re.compile(rf"(?<!\w)(?P<w>(?i:early|mid|late))(?:[-‑]|{S})$")
# "in the early hours of Monday", "the small hours of 7 October": the night part of that day.
_EARLY_HOURS_BEFORE = re.compile(rf"(?i:the){S}(?i:early|small|wee){S}(?i:hours){S}(?i:of){S}$")
_EARLIER_IN_BEFORE = re.compile(rf"(?<!\w)(?P<w>(?i:earlier|later)){S}(?i:in){S}$")
_POSITION_MODS = {"end": "END", "close": "END", "start": "START", "beginning": "START", "middle": "MID",
                  "turn": "APPROX", "early": "START", "mid": "MID", "late": "END"}


def combine(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Second pass over the chosen expressions: modifiers in front ("the end of 2023", "early
    2021", "mid-April", "late last year"), a year carried forward within a sentence ("on 3 March
    2023 … until mid-April"), a day and its clock time ("8 p.m. on Tuesday"), and ranges ("from
    May to July", "between 2019 and 2021")."""
    out = _merge_clock(text, [_with_modifier(text, c, chosen) for c in chosen])
    out = _inherit_context(text, _merge_spelled_year(text, out))
    return _merge_ranges(text, out)


def _with_modifier(text: str, cand: Candidate, chosen: list[Candidate]) -> Candidate:
    """Take in "the end of", "early", "mid-", "late" or "earlier in" written before a date, with
    the TIMEX3 mod it gives (END, START, MID …), unless another expression already owns the words."""
    m = cand.meaning
    limit = max((c.end for c in chosen if c.end <= cand.start), default=0)
    hours = _EARLY_HOURS_BEFORE.search(text[max(0, cand.start - 30): cand.start])
    if hours and m.part is None and m.clock is None and _is_day(m):
        start = cand.start - (len(text[max(0, cand.start - 30): cand.start]) - hours.start())
        if start >= limit:
            return replace(cand, start=start, meaning=replace(m, type="TIME", part="NI", mod=None,
                                                              granularity="part-of-day"))
    if m.mod is not None or m.kind not in ("abs", "month", "monthday", "offset", "season", "weekend"):
        return cand
    if m.kind == "offset" and m.unit == "day":
        return cand
    before = text[max(0, cand.start - 30) : cand.start]
    for pattern in (_POSITION_BEFORE, _EML_BEFORE):
        found = pattern.search(before)
        if found:
            start = cand.start - (len(before) - found.start())
            if start >= limit:
                mod = _POSITION_MODS[found.group("w").lower()]
                return replace(cand, start=start, meaning=replace(m, mod=mod))
    found = _EARLIER_IN_BEFORE.search(before)
    if found and m.kind in ("abs", "month"):
        start = cand.start - (len(before) - found.start())
        if start >= limit:
            return replace(cand, start=start)
    return cand


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[A-Z“\"]|\n")


def _inherit_context(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The writer is telling a sequence: a month or day named without a year, later in the same
    sentence as a full date and not before it in the calendar, is in that date's year ("on 3
    March 2023 … until mid-April"); a clock time with no day is on the day named before it in the
    sentence ("at 8 p.m. on Tuesday … shortly after midnight")."""
    out: list[Candidate] = []
    last_date: Candidate | None = None
    last_day: Candidate | None = None
    for cand in cands:
        m = cand.meaning
        if (last_date is not None and m.kind in ("month", "monthday") and m.rel is None and m.month is not None
                and last_date.meaning.month is not None and m.month >= last_date.meaning.month
                and _same_sentence(text, last_date, cand)):
            cand = replace(cand, meaning=replace(m, kind="abs", year=last_date.meaning.year, weekday=None))
        elif (m.kind == "event" and m.season and last_date is not None and last_date.meaning.year is not None
              and _same_sentence(text, last_date, cand)):  # "in the spring of 2022 … that autumn"
            cand = replace(cand, meaning=Meaning("abs", year=last_date.meaning.year, season=m.season,
                                                 granularity="season"))
        elif m.kind == "clock" and last_day is not None and _same_sentence(text, last_day, cand):
            day = last_day.meaning
            cand = replace(cand, meaning=replace(day, type="TIME", clock=m.clock, part=None, mod=None,
                                                 granularity="minute"), tense_from=last_day.start)
        if cand.meaning.kind == "abs" and cand.meaning.year is not None and (
                cand.meaning.month is not None or cand.meaning.season is not None):
            last_date = cand
        if _is_day(replace(cand.meaning, clock=None, part=None)) and cand.meaning.kind != "clock":
            last_day = cand
        out.append(cand)
    return out


def _merge_spelled_year(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "January of nineteen ninety-seven", "March fifth, nineteen ninety-eight", "the winter of
    nineteen ninety-four": a month, day or season and the year written out after it are one date
    (the digit forms match as one already)."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        m = cand.meaning
        if (prev is not None and cand.family == "spelled-year" and m.year is not None
                and prev.meaning.kind in ("month", "monthday", "season") and prev.meaning.rel is None
                and re.fullmatch(rf",?{S}(?:(?i:of){S})?", text[prev.end : cand.start])):
            granularity = {"monthday": "day", "month": "month"}.get(prev.meaning.kind, "season")
            meaning = replace(prev.meaning, kind="abs", year=m.year, weekday=None, granularity=granularity)
            out[-1] = replace(prev, end=cand.end, meaning=meaning, weak=False)
            continue
        out.append(cand)
    return out


def _same_sentence(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether two expressions are close and no sentence ends between them (context is carried
    only that far)."""
    gap = text[first.end : second.start]
    return len(gap) <= 120 and not _SENTENCE_BREAK.search(gap)


_CLOCK_AFTER_DAY = re.compile(rf"^,?{S}(?:(?i:at){S})?$")  # "Monday at 3 p.m.", "March 18, at 10 a.m."
_DAY_AFTER_CLOCK = re.compile(rf"^,?{S}(?:(?i:on){S})?$")  # "8 p.m. on Tuesday" (the "on" is the day's)


def _is_day(m: Meaning) -> bool:
    """Whether a meaning names one day, so that a clock time can attach to it."""
    if m.kind in ("weekday", "monthday") and m.part is None:
        return True
    if m.kind == "abs" and m.day is not None:
        return True
    return m.kind == "offset" and m.unit == "day" and m.offset in (0, -1, 1) and m.part is None


def _merge_clock(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One TIME for a day and its clock time written together ("8 p.m. on Tuesday", "Monday,
    March 18, at 10 a.m."): they name one moment."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        cur = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None:
            between = text[cur.end : nxt.start]
            pair: tuple[Candidate, Candidate] | None = None
            if _is_day(cur.meaning) and nxt.meaning.kind == "clock" and _CLOCK_AFTER_DAY.match(between):
                pair = (cur, nxt)
            elif cur.meaning.kind == "clock" and _is_day(nxt.meaning) and _DAY_AFTER_CLOCK.match(between):
                pair = (nxt, cur)
            elif (cur.meaning.kind == "clock" and nxt.meaning.kind == "offset" and nxt.meaning.unit == "day"
                  and nxt.meaning.part and re.fullmatch(S, between)):
                pair = (nxt, cur)  # "eight o'clock this morning", "at 10 p.m. tonight": one moment
            if pair is not None:
                day, clock = pair
                meaning = replace(day.meaning, type="TIME", clock=clock.meaning.clock, part=None, granularity="minute")
                out.append(replace(day, start=cur.start, end=nxt.end, meaning=meaning, family="day-clock"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


_RANGE_FROM = re.compile(rf"(?<!\w)(?P<w>(?i:from|between)){S}$")
_RANGE_JOIN = re.compile(rf"^(?:{S}(?P<w>(?i:to|until|till|through|and)){S}|{S0}[-–—]{S0})$")
_RANGE_KINDS = ("abs", "month", "monthday", "weekday", "clock", "season")


def _merge_ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One DURATION for "from X to Y", "between X and Y" and "X–Y": the range is what the writer
    says; its ends stay in `range`."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        cur = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and cur.meaning.kind in _RANGE_KINDS and nxt.meaning.kind in _RANGE_KINDS:
            join = _RANGE_JOIN.match(text[cur.end : nxt.start])
            opener = _RANGE_FROM.search(text[max(0, cur.start - 12) : cur.start])
            word = (join.group("w") or "-").lower() if join else None
            opener_word = opener.group("w").lower() if opener else None
            ok = join is not None and (
                (word == "and" and opener_word == "between") or (word in ("to", "until", "till", "through")
                                                                 and opener_word == "from")
                or (word == "-" and (cur.meaning.kind == nxt.meaning.kind or opener_word == "from"
                                     or {cur.meaning.kind, nxt.meaning.kind} <= {"abs", "monthday", "month"})))
            if ok:
                start = cur.start - len(opener.group(0)) if opener else cur.start
                begin, end = _share_year(cur.meaning, nxt.meaning)
                meaning = Meaning("range", type="DURATION", begin=begin, end=end, granularity=begin.granularity)
                out.append(Candidate(start, nxt.end, meaning, "range"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _share_year(a: Meaning, b: Meaning) -> tuple[Meaning, Meaning]:
    """ "from May to July 2020": the year written once serves both ends."""
    if a.kind in ("month", "monthday") and b.kind == "abs" and b.year is not None and b.month is not None:
        year = b.year if (a.month or 0) <= b.month else b.year - 1
        a = replace(a, kind="abs", year=year, rel=None)
    elif b.kind in ("month", "monthday") and a.kind == "abs" and a.year is not None and a.month is not None:
        year = a.year if (b.month or 0) >= a.month else a.year + 1
        b = replace(b, kind="abs", year=year, rel=None)
    return a, b
