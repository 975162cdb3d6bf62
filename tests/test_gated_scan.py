"""The gated scan (`_gated_scan.py`): each time pattern tried only on the lines that hold its
words must find exactly what the pattern finds over the whole text."""

from __future__ import annotations

import re
import string

from newsgraph.annotators._gated_scan import CASE_FOLD_ODD, LineIndex, finditer, gate_for
from newsgraph.annotators._timex import FAMILIES, scan

PASSAGES = [
    "Israeli negotiators returned to Cairo on Thursday, March 7, 2024, for talks.\nThey left two days later.",
    "THE 1990S AND THE LATE '80S: FISCAL 2023, Q3 2024, THE FIRST QUARTER OF 2023, LAST WEEK AT 8 P.M.",
    "In the early hours of Monday\nshelling resumed; by year-end, a week-long truce, every other day, twice a week.",
    "The year-ago quarter. The quarter.\nThat quarter ended Sept. 30. Earlier in the year, the end of the month.",
    "Ramadan begins next week; Eid al-Fitr 2024, Christmas Day, New Year’s Eve, over Easter Sunday.",
    "He said at 10:30 am GMT, at noon, at 0600 GMT, at eight o’clock this morning, on 3 March 2023 until mid-April.",
    "nineteen ninety-one, the year two thousand, two thousand and eight, in the coming weeks, in recent days",
    "late\n1990s",  # a pattern whose space class takes the line break
    "the just\n]ended period, the mid\n'70s",  # character classes that, as written, take one too
    "early\n'80s, the\nquarter, currently, now-defunct, previously, soon after, as soon as, future demand",
    "between 2019 and 2021, from 2014 to 2016, 2019–21, the 18th-century house, the twenties",
    "Das Jahr 2020 war ſchwer: ſeven days, tomorrow İstanbul, on Monday",  # characters lower() cannot serve
    "",
    "\n\n2024\n\nlast year\n",
]


def test_gated_scan_finds_what_the_whole_text_scan_finds() -> None:
    for text in [*PASSAGES, "\n".join(PASSAGES), " ".join(PASSAGES), "\n".join(PASSAGES).upper()]:
        assert scan(text) == scan(text, gated=False), text
    for pattern, _ in FAMILIES:
        gate = gate_for(pattern)
        for text in PASSAGES:
            index = LineIndex(text)
            assert [m.span() for m in finditer(pattern, gate, index)] == [m.span() for m in pattern.finditer(text)]


def test_gate_reads_the_required_words_and_line_breaks() -> None:
    gate = gate_for(re.compile(r"\b(?:the\s)?(?i:early|late)[^\S\n]+(?i:century|decade)(?!\w)"))
    assert not gate.one_line  # `\s` takes a line break
    assert ("century", "decade") in gate.required and ("early", "late") in gate.required
    gate = gate_for(re.compile(r"\b(?i:the)[^\S\n]+(?i:weekend)(?!\w)"))
    assert gate.one_line and gate.required == (("weekend",), ("the",))  # the rarer word first
    assert gate_for(re.compile(r"\d+")).required == ()  # nothing known: the whole text
    assert gate_for(re.compile("(?i)σήμερα")).required == ()  # "ς" matches "σ" but does not lower-case to it
    index = LineIndex("Nothing here.\nOver the WEEKEND, talks.\nThe weekend\nagain.")
    assert index.windows(gate) == [(14, 51)]  # two lines (with their breaks) in one stretch
    assert LineIndex("the week").windows(gate) == []


def test_case_fold_odd_characters_are_all_known() -> None:
    """Every character that an ignore-case letter matches but that `str.lower` does not turn
    into an ASCII letter: such a text is scanned whole, so the list must be complete."""
    letter = re.compile("(?i)[a-z]")
    odd = {chr(c) for c in range(128, 0x110000)
           if letter.fullmatch(chr(c)) and chr(c).lower() not in string.ascii_lowercase}
    assert odd == set(CASE_FOLD_ODD)
