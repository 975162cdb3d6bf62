"""Readers for CAMEO/PETRARCH actor and agent dictionaries (the Phoenix ``*.actors.txt`` and
``*.agents.txt`` files), as described in PETRARCH's ``dictionaries-format.rst``.

Why a reader of our own instead of PETRARCH's: PETRARCH reads these files into match tries and
keeps only what its coder needs, skipping what it cannot read with a log line. A knowledge base
needs the opposite: every entry, every alias as written, every code with its date bounds, the
comment beside it (often the office held: "# Prime Minister"), and an account of anything that
could not be read, with its line number, so that nothing is lost without a trace.

Actor dictionary (one record)::

    PRIMARY_PHRASE  [CODE]          # optional default code(s); more than one group occurs
    +SYNONYM_PHRASE                 # any number of synonyms
    <TAB>[CODE >YYMMDD]             # date restrictions: >date, <date, date-date, or none
    <TAB>[CODE]                     # a code without a date is a default

Comments start at ``#`` (or at ``;``, the older TABARI form, in actor files). Dates are YYMMDD
(00–30 read as 20YY, else 19YY, as PETRARCH's reader does) or YYYYMMDD, and every bound is
inclusive. A dated code applies on the days its restriction covers; the default codes apply only
on days no dated code covers (see :meth:`ActorEntry.codes_on`). ``---`` is the null code.

Blank lines do not end a record (the MilNonState file separates synonyms from their entry by
blank lines), so synonyms and codes belong to the last primary phrase above them. One exception,
found in the real files: a line that starts with a space (not a tab) and holds only a comment
(``  # CountryInfo.txt``) is a primary line whose phrase was lost. When synonyms or codes follow
it, they are kept in a *headless* entry of their own (with a warning) instead of being pinned on
the unrelated actor above.

Agent dictionary: ``PHRASE {optional plural} [~CODE]`` (the fragment goes after the actor code)
or ``[CODE~]`` (before it), with substitution sets ``!PERSON! = MAN, MEN, ...`` expanded into
every name they stand for.

Nothing here raises on bad input: malformed lines and codes become :class:`ParseWarning` rows,
and :meth:`ActorDictionary.balance` / :meth:`AgentDictionary.balance` check that everything read
is accounted for (stored or warned about).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from .names import display_name

Kind = Literal["actors", "agents"]
Position = Literal["suffix", "prefix"]

NULL_CODE = "---"
_STOP = "---STOP---"
_DATE_RESTRICTION = re.compile(r"^(?:(?P<op>[<>])\s*(?P<one>\d+)|(?P<lo>\d+)\s*-\s*(?P<hi>\d+))$")
_SUBSTITUTION = re.compile(r"^\s*!(?P<name>[^!\s=]+)!\s*=\s*(?P<items>.*)$")
_MARKER = re.compile(r"!([^!\s=]+)!")
_AGENT_LINE = re.compile(
    r"^(?P<phrase>[^\[{}\]]*)(?:\{(?P<plural>[^{}]*)\})?\s*"
    r"(?:\[(?P<code>[^\[\]{}]*)(?P<close>[\]}]))?\s*(?P<rest>.*)$"
)
_WARNING_TEXT_MAX = 200


@dataclass(frozen=True)
class ParseWarning:
    """Something in the file that could not be read as the format says, with where it is."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text}"


@dataclass(frozen=True)
class DatedCode:
    """One CAMEO code of an actor, with the days it applies (both bounds inclusive; ``None`` is
    open). A code with neither bound is a default code."""

    code: str
    start: date | None
    end: date | None
    restriction: str  # the restriction as written after the code: '', '>090120', '780101-000101'
    line: int
    note: str | None = None  # the comment on the code's own line, often the office held

    @property
    def is_default(self) -> bool:
        return self.start is None and self.end is None

    def covers(self, day: date) -> bool:
        """Whether the restriction covers ``day`` (a default code covers no day by itself)."""
        if self.is_default:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Alias:
    """A name of an entry: the phrase exactly as written and its display form."""

    phrase: str
    name: str
    line: int


@dataclass
class ActorEntry:
    """One record of an actor dictionary. ``phrase`` is ``None`` for a headless entry (see the
    module docstring); its :attr:`name` is then its first synonym's, if it has one."""

    phrase: str | None
    line: int
    note: str | None = None
    synonyms: list[Alias] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)

    @property
    def headless(self) -> bool:
        return self.phrase is None

    @property
    def name(self) -> str | None:
        if self.phrase is not None:
            return display_name(self.phrase)
        return self.synonyms[0].name if self.synonyms else None

    @property
    def aliases(self) -> list[Alias]:
        """The primary phrase (when there is one) followed by every synonym, as written."""
        if self.phrase is None:
            return list(self.synonyms)
        return [Alias(self.phrase, display_name(self.phrase), self.line), *self.synonyms]

    def codes_on(self, day: date) -> list[DatedCode]:
        """The codes that apply on ``day``: the dated codes covering it, or, when none does, the
        default codes. The null code ``---`` means "no code" and is left out."""
        chosen = [c for c in self.codes if c.covers(day)] or [c for c in self.codes if c.is_default]
        return [c for c in chosen if c.code != NULL_CODE]


@dataclass(frozen=True)
class AgentEntry:
    """One agent line: the role or sector a phrase adds to an actor's code."""

    phrase: str  # as written, substitution markers unexpanded
    names: tuple[str, ...]  # display forms, every substitution expanded
    plural: str | None  # None: regular plural (made by the matcher); '': no plural; else as written
    plural_names: tuple[str, ...]
    code: str  # the fragment without '~'
    position: Position  # 'suffix': '~GOV' goes after the actor code; 'prefix': 'NGO~' before it
    line: int
    note: str | None = None


@dataclass
class LineCounts:
    """How the lines of a file were classified: the "in" side of the accounting."""

    lines: int = 0
    blank: int = 0
    comment: int = 0
    primary: int = 0  # primary lines with a phrase
    headless: int = 0  # phraseless primary lines with synonyms or codes under them (also counted as comments)
    synonym: int = 0
    restriction: int = 0  # lines that start with a tab (or blanks) and hold codes
    code_groups: int = 0  # every '[...]' group on primary, synonym and restriction lines
    substitution: int = 0  # agents: '!NAME! = ...' lines
    agent: int = 0  # agents: phrase lines
    malformed: int = 0  # lines that are none of the above (each has a warning)
    unread: int = 0  # lines after a ---STOP--- marker


@dataclass
class ActorDictionary:
    """A parsed actor dictionary and the account of its reading."""

    path: str
    entries: list[ActorEntry]
    warnings: list[ParseWarning]
    counts: LineCounts
    synonyms_rejected: int = 0  # synonym lines that went nowhere (each has a warning)
    codes_rejected: int = 0  # code groups that could not be read (each has a warning)
    kind: Kind = "actors"

    @property
    def synonyms(self) -> int:
        return sum(len(e.synonyms) for e in self.entries)

    @property
    def codes(self) -> int:
        return sum(len(e.codes) for e in self.entries)

    def balance(self) -> dict[str, tuple[int, int]]:
        """(read, accounted for) per kind of item; the two numbers are equal when nothing was lost."""
        return {
            "entries": (self.counts.primary + self.counts.headless, len(self.entries)),
            "synonyms": (self.counts.synonym, self.synonyms + self.synonyms_rejected),
            "codes": (self.counts.code_groups, self.codes + self.codes_rejected),
        }


@dataclass
class AgentDictionary:
    """A parsed agent dictionary and the account of its reading."""

    path: str
    agents: list[AgentEntry]
    substitutions: dict[str, tuple[str, ...]]
    warnings: list[ParseWarning]
    counts: LineCounts
    agents_rejected: int = 0  # agent lines with no usable code (each has a warning)
    kind: Kind = "agents"

    @property
    def entries(self) -> list[AgentEntry]:
        return self.agents

    def balance(self) -> dict[str, tuple[int, int]]:
        """(read, accounted for) per kind of item; the two numbers are equal when nothing was lost."""
        return {
            "agents": (self.counts.agent, len(self.agents) + self.agents_rejected),
            "substitutions": (self.counts.substitution, len(self.substitutions)),
        }


# -- shared line handling --------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, str]]:
    # split on '\n' only: str.splitlines() would also split on the stray control characters
    # (\x1c-\x1e, \x0b, \x0c) that dictionary files carry inside names
    pieces = text.split("\n")
    if pieces and pieces[-1] == "":
        pieces.pop()  # the final newline ends the last line; it does not start another
    for number, line in enumerate(pieces, start=1):
        yield number, line.rstrip("\r")


def _split_comment(line: str, markers: str) -> tuple[str, str | None]:
    """The line before its comment, and the comment's text (None when there is none or it is empty)."""
    cut = min((i for i in (line.find(m) for m in markers) if i >= 0), default=-1)
    if cut < 0:
        return line, None
    note = line[cut + 1:].strip().lstrip("#;").strip()
    return line[:cut], note or None


def _clip(line: str) -> str:
    line = line.strip()
    return line if len(line) <= _WARNING_TEXT_MAX else line[: _WARNING_TEXT_MAX - 1] + "…"


def _parse_date(digits: str) -> date:
    """YYMMDD (00–30 → 20YY, else 19YY, following PETRARCH) or YYYYMMDD; ValueError otherwise."""
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(digits[2:4]), int(digits[4:6]))
    if len(digits) == 8:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    raise ValueError(f"a date has 6 (YYMMDD) or 8 (YYYYMMDD) digits, not {len(digits)}")


@dataclass(frozen=True)
class _Group:
    content: str  # between the brackets
    closed: bool  # False: no ']' before the next '[' or the end of the line
    before: str  # the text between the previous group and this one


def _bracket_groups(text: str) -> tuple[list[_Group], str]:
    """The '[...]' groups of ``text`` and the text after the last one."""
    groups: list[_Group] = []
    pos = 0
    while (start := text.find("[", pos)) >= 0:
        end = text.find("]", start + 1)
        nested = text.find("[", start + 1)
        if end < 0 or 0 <= nested < end:  # unclosed: it runs to the next '[' or the end of the line
            stop = nested if nested >= 0 else len(text)
            groups.append(_Group(text[start + 1:stop], False, text[pos:start]))
            pos = stop
        else:
            groups.append(_Group(text[start + 1:end], True, text[pos:start]))
            pos = end + 1
    return groups, text[pos:]


# -- actor dictionaries --------------------------------------------------------------------------------


class _ActorReader:
    """The state of one pass over an actor dictionary."""

    def __init__(self, path: str) -> None:
        self.result = ActorDictionary(path=path, entries=[], warnings=[], counts=LineCounts())
        self.current: ActorEntry | None = None
        self.pending_headless: tuple[int, str, str | None] | None = None  # (line number, line, comment)

    def warn(self, number: int, line: str, reason: str) -> None:
        self.result.warnings.append(ParseWarning(number, _clip(line), reason))

    def read(self, text: str) -> ActorDictionary:
        def headless(number: int, line: str, note: str | None) -> None:
            if line[0] == " ":
                # blanks, then a comment, where a primary line would be: a lost phrase
                self.pending_headless = (number, line, note)

        for number, line, body, note in _significant_lines(text, self.result.counts, self.warn, "#;",
                                                           on_comment=headless, markup_indented=False):
            self.read_line(number, line, body, note)
        return self.result

    def read_line(self, number: int, line: str, body: str, note: str | None) -> None:
        counts = self.result.counts
        content = body.strip()
        if content.startswith("[") or (body[0] == "\t" and "[" in content):
            # a tab-led line is a date restriction, as PETRARCH reads it: text before its '[' is
            # reported by read_codes, the code is kept
            counts.restriction += 1
            if not body[0].isspace():
                self.warn(number, line, "code line does not start with a tab; read as a date restriction")
            entry = self.entry_for(number, line, "code line")
            after = self.read_codes(number, line, content, note, entry)
            if after:
                self.warn(number, line, f"text after the codes ignored: {after!r}")
        elif content.startswith("+"):
            counts.synonym += 1
            self.read_synonym(number, line, content[1:])
        elif body[0] == "\t":
            counts.malformed += 1
            self.warn(number, line, "tab-led line holds no code ('[CODE ...]'); skipped")
        else:
            if body[0].isspace():
                self.warn(number, line, "primary phrase is indented; read as a primary phrase")
            counts.primary += 1
            self.pending_headless = None
            phrase, _, codes = content.partition("[")
            phrase = phrase.strip()
            self.current = ActorEntry(phrase=phrase, line=number, note=note)
            self.result.entries.append(self.current)
            if not display_name(phrase):
                self.warn(number, line, "primary phrase has no words")
            if codes:
                after = self.read_codes(number, line, "[" + codes, None, self.current)
                if after and not note:
                    self.current.note = after  # some files put the comment there without a '#'
                elif after:
                    self.warn(number, line, f"text after the codes ignored: {after!r}")

    def entry_for(self, number: int, line: str, what: str) -> ActorEntry | None:
        """The entry a synonym or code line belongs to (opening a headless one when a phraseless
        primary line came since the last entry); None, with a warning, before any entry."""
        if self.pending_headless is not None:
            head_line, head_text, head_note = self.pending_headless
            self.pending_headless = None
            previous = self.current.name if self.current else None
            self.current = ActorEntry(phrase=None, line=head_line, note=head_note)
            self.result.entries.append(self.current)
            self.result.counts.headless += 1
            self.warn(head_line, head_text,
                      "primary line without a phrase; the synonyms and codes under it are kept in an entry "
                      f"of their own, not added to {previous!r} above")
        if self.current is None:
            self.warn(number, line, f"{what} before any primary phrase; skipped")
        return self.current

    def read_synonym(self, number: int, line: str, text: str) -> None:
        entry = self.entry_for(number, line, "synonym")
        phrase, _, codes = text.partition("[")
        phrase = phrase.strip()
        if entry is None:
            self.result.synonyms_rejected += 1
        elif not display_name(phrase):
            self.result.synonyms_rejected += 1
            self.warn(number, line, "synonym has no words; skipped")
        else:
            entry.synonyms.append(Alias(phrase, display_name(phrase), number))
        if codes:
            if entry is not None:
                self.warn(number, line, "code on a synonym line; kept as a code of the entry")
            after = self.read_codes(number, line, "[" + codes, None, entry)
            if after:
                self.warn(number, line, f"text after the codes ignored: {after!r}")

    def read_codes(self, number: int, line: str, text: str, note: str | None, entry: ActorEntry | None) -> str:
        """Read the code groups of ``text`` into ``entry``; returns the text after the last group."""
        result = self.result
        groups, after = _bracket_groups(text)
        for group in groups:
            if group.before.strip():
                self.warn(number, line, f"text outside a code group ignored: {group.before.strip()!r}")
            result.counts.code_groups += 1
            if entry is None:
                result.codes_rejected += 1
                continue
            if not group.closed:
                result.codes_rejected += 1
                self.warn(number, line, f"unclosed code group '[{group.content.strip()}'; skipped")
                continue
            try:
                code = _read_code(group.content, number, note)
            except ValueError as exc:
                result.codes_rejected += 1
                self.warn(number, line, f"[{group.content.strip()}]: {exc}; code skipped")
                continue
            if code.start and code.end and code.end < code.start:
                self.warn(number, line, f"[{group.content.strip()}]: the range ends before it starts, so it "
                                        "never applies; kept as written")
            entry.codes.append(code)
        return " ".join(after.split())


def _read_code(content: str, number: int, note: str | None) -> DatedCode:
    parts = content.split(None, 1)
    if not parts:
        raise ValueError("empty code group")
    code = parts[0]
    restriction = parts[1].strip() if len(parts) > 1 else ""
    if not restriction:
        return DatedCode(code, None, None, "", number, note)
    match = _DATE_RESTRICTION.match(restriction)
    if match is None:
        raise ValueError("date restriction is not '<date', '>date' or 'date-date'")
    if match["op"] == "<":
        return DatedCode(code, None, _parse_date(match["one"]), restriction, number, note)
    if match["op"] == ">":
        return DatedCode(code, _parse_date(match["one"]), None, restriction, number, note)
    return DatedCode(code, _parse_date(match["lo"]), _parse_date(match["hi"]), restriction, number, note)


def parse_actors(text: str, path: str = "<string>") -> ActorDictionary:
    """Parse the text of an actor dictionary; never raises on bad lines (see ``warnings``)."""
    return _ActorReader(path).read(text)


# -- agent dictionaries --------------------------------------------------------------------------------


def _expand(phrase: str, substitutions: dict[str, tuple[str, ...]]) -> tuple[list[str], list[str]]:
    """Every phrase ``phrase`` stands for once its !MARKERS! are replaced, and the markers that
    are not defined (left as written)."""
    parts = _MARKER.split(phrase)  # text, marker, text, marker, ...
    choices: list[tuple[str, ...]] = []
    undefined: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            choices.append((part,))
        elif part in substitutions:
            choices.append(substitutions[part])
        else:
            undefined.append(part)
            choices.append((f"!{part}!",))
    return ["".join(combo) for combo in itertools.product(*choices)], undefined


def _significant_lines(text: str, counts: LineCounts, warn: Callable[[int, str, str], None], comment_chars: str,
                       on_comment: Callable[[int, str, str | None], None] | None = None,
                       markup_indented: bool = True) -> Iterator[tuple[int, str, str, str | None]]:
    """(number, line, body, note) of every line that holds dictionary content, counting the rest:
    blanks, # comments, <!-- … --> blocks (over several lines), and everything after a
    ---STOP--- marker (reported once). Shared by the actor and the agent readers, which differ
    only in their comment characters and in what a comment-only line may mean."""
    in_block_comment = False
    stopped_at = 0
    for number, line in _lines(text):
        counts.lines += 1
        if stopped_at:
            counts.unread += 1
            continue
        if in_block_comment:
            counts.comment += 1
            in_block_comment = "-->" not in line
            continue
        if not line.strip():
            counts.blank += 1
            continue
        markup = line.lstrip() if markup_indented else line
        if markup.startswith("<!"):
            counts.comment += 1
            in_block_comment = markup.startswith("<!--") and "-->" not in line
            continue
        body, note = _split_comment(line, comment_chars)
        if not body.strip():
            counts.comment += 1
            if on_comment is not None:
                on_comment(number, line, note)
            continue
        if _STOP in body:
            stopped_at = number
            warn(number, line, "---STOP--- marker: the rest of the file was not read")
            continue
        yield number, line, body, note
    if stopped_at:
        warn(stopped_at, _STOP, f"{counts.unread} line(s) after the stop marker were not read")


def parse_agents(text: str, path: str = "<string>") -> AgentDictionary:
    """Parse the text of an agent dictionary; never raises on bad lines (see ``warnings``)."""
    counts = LineCounts()
    result = AgentDictionary(path=path, agents=[], substitutions={}, warnings=[], counts=counts)

    def warn(number: int, line: str, reason: str) -> None:
        result.warnings.append(ParseWarning(number, _clip(line), reason))

    for number, line, body, note in _significant_lines(text, counts, warn, "#"):
        subst = _SUBSTITUTION.match(body)
        if subst:
            counts.substitution += 1
            items = tuple(i.strip() for i in subst["items"].split(",") if i.strip())
            if not items:
                warn(number, line, f"substitution set !{subst['name']}! lists nothing")
            if subst["name"] in result.substitutions:
                warn(number, line, f"substitution set !{subst['name']}! defined again; the later one is used")
            result.substitutions[subst["name"]] = items
            continue
        counts.agent += 1
        agent = _read_agent(number, line, body.strip(), note, result.substitutions, warn)
        if agent is None:
            result.agents_rejected += 1
        else:
            result.agents.append(agent)
    return result


def _read_agent(number: int, line: str, body: str, note: str | None, substitutions: dict[str, tuple[str, ...]],
                warn: Callable[[int, str, str], None]) -> AgentEntry | None:
    match = _AGENT_LINE.match(body)
    if match is None or not display_name(match["phrase"] or ""):
        warn(number, line, "agent line has no phrase; skipped")
        return None
    if match["code"] is None:
        warn(number, line, "agent line has no [code]; skipped")
        return None
    if match["close"] == "}":
        warn(number, line, f"code group '[{match['code']}' closed with '}}'; read as [{match['code']}]")
    if match["rest"]:
        warn(number, line, f"text after the code ignored: {match['rest']!r}")
    raw_code = match["code"].strip()
    position: Position
    if raw_code.startswith("~") and len(raw_code) > 1 and "~" not in raw_code[1:]:
        code, position = raw_code[1:], "suffix"
    elif raw_code.endswith("~") and len(raw_code) > 1 and "~" not in raw_code[:-1]:
        code, position = raw_code[:-1], "prefix"
    else:
        warn(number, line, f"agent code {raw_code!r} has no single leading or trailing '~'; skipped")
        return None
    phrase = match["phrase"].strip()
    names, undefined = _expand(phrase, substitutions)
    plural = None if match["plural"] is None else match["plural"].strip()
    plural_names: list[str] = []
    if plural:
        plural_names, more = _expand(plural, substitutions)
        undefined += more
    for marker in dict.fromkeys(undefined):
        warn(number, line, f"substitution set !{marker}! is not defined above; left as written")
    return AgentEntry(
        phrase=phrase,
        names=tuple(dict.fromkeys(display_name(n) for n in names if display_name(n))),
        plural=plural,
        plural_names=tuple(dict.fromkeys(display_name(n) for n in plural_names if display_name(n))),
        code=code,
        position=position,
        line=number,
        note=note,
    )


# -- files --------------------------------------------------------------------------------------------


def sniff_kind(path: str | Path, text: str) -> Kind:
    """Actors or agents: by the file name when it says, else by the codes (agent codes carry '~')."""
    name = Path(path).name.lower()
    if "agent" in name:
        return "agents"
    if "actor" in name:
        return "actors"
    codes = re.findall(r"\[([^\]\s]*)", "\n".join(line.split("#", 1)[0] for line in text.split("\n")[:5000]))
    with_tilde = sum("~" in c for c in codes)
    return "agents" if codes and with_tilde * 2 > len(codes) else "actors"


def read_text(path: str | Path) -> tuple[str, ParseWarning | None]:
    """The file's text: UTF-8, or Latin-1 (which reads any byte) with a warning when it is not."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return data.decode("latin-1"), ParseWarning(0, str(path), f"not UTF-8 ({exc.reason} at byte {exc.start}); "
                                                              "read as Latin-1")


def read_dictionary(path: str | Path, kind: Kind | None = None) -> ActorDictionary | AgentDictionary:
    """Read and parse one dictionary file; ``kind`` None means decide from the name and content."""
    text, warning = read_text(path)
    kind = kind or sniff_kind(path, text)
    parsed: ActorDictionary | AgentDictionary = (parse_agents(text, str(path)) if kind == "agents"
                                                 else parse_actors(text, str(path)))
    if warning is not None:
        parsed.warnings.insert(0, warning)
    return parsed
