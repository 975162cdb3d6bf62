"""CAMEO/PETRARCH dictionaries into the actor knowledge base: nothing lost, dates kept, re-import
idempotent, lookups by alias and day, bad lines reported instead of raised.

The real Phoenix files are read from ../shared (skipped when absent), parsed once per module and
imported once into one real SQLite store; tests that change a store build their own small one.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.errors import StoreError
from newsgraph.kb import (
    ActorDictionary,
    ActorEntry,
    AgentDictionary,
    alias_key,
    codes_for,
    display_name,
    import_cameo,
    parse_actors,
    parse_agents,
    read_dictionary,
)
from newsgraph.store import Store

from .conftest import SHARED, need

DICTS = SHARED / "data" / "petrarch2-dictionaries"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
AGENT_FILE = "Phoenix.agents.txt"
# primary lines whose phrase was lost ("  # CountryInfo.txt") but that have synonyms or codes under them
HEADLESS = {"Phoenix.Countries.actors.txt": [38439], "Phoenix.International.actors.txt": [],
            "Phoenix.MilNonState.actors.txt": [316]}


@pytest.fixture(scope="module")
def parsed() -> dict[str, ActorDictionary | AgentDictionary]:
    need(DICTS)
    return {name: read_dictionary(need(DICTS / name)) for name in [*ACTOR_FILES, AGENT_FILE]}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Any:
    need(DICTS)
    store = Store(tmp_path_factory.mktemp("kb") / "kb.db")
    results = {name: import_cameo(store, DICTS / name) for name in [*ACTOR_FILES, AGENT_FILE]}
    yield store, results
    store.close()


def _actors(parsed: dict[str, Any], name: str) -> ActorDictionary:
    result = parsed[name]
    assert isinstance(result, ActorDictionary)
    return result


def _entry(d: ActorDictionary, phrase: str) -> ActorEntry:
    found = [e for e in d.entries if e.phrase == phrase]
    assert found, phrase
    return found[0]


def _codes(entry: ActorEntry) -> list[tuple[str, date | None, date | None]]:
    return [(c.code, c.start, c.end) for c in entry.codes]


# -- the independent count: the format's line rules, nothing of the parser ------------------------


def _line_count(path: Path) -> dict[str, Any]:
    """Primary lines, synonym lines and '[' code groups, by the rules of dictionaries-format.rst:
    '#' (and the old ';') start comments, '+' starts a synonym, a tab (or a leading '[') a date
    restriction, anything else a primary phrase."""
    primary: list[str] = []
    synonyms = groups = 0
    for line in path.read_text("utf-8").split("\n"):
        if line.startswith("#"):
            continue
        body = re.split(r"[#;]", line, maxsplit=1)[0]
        if not body.strip():
            continue
        groups += body.count("[")
        first = body.lstrip()[0]
        if first == "+":
            synonyms += 1
        elif first != "[" and not body.startswith("\t"):
            primary.append(body.split("[")[0].strip())
    return {"primary": len(primary), "distinct": len(set(primary)), "synonyms": synonyms, "groups": groups}


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_every_entry_synonym_and_code_is_accounted_for(parsed: dict[str, Any], name: str) -> None:
    d = _actors(parsed, name)
    expected = _line_count(DICTS / name)
    named = [e for e in d.entries if not e.headless]
    assert len(named) == expected["primary"]
    assert [e.line for e in d.entries if e.headless] == HEADLESS[name]
    assert d.synonyms + d.synonyms_rejected == expected["synonyms"]
    assert d.synonyms_rejected == 0  # in the real files every synonym has an entry and words
    assert d.codes + d.codes_rejected == expected["groups"]
    # every code that was not kept has its warning
    assert d.codes_rejected == sum("code skipped" in w.reason or "unclosed" in w.reason for w in d.warnings)
    assert all(read == out for read, out in d.balance().values()), d.balance()
    # aliases are the primary phrases and the synonyms, as written
    assert sum(len(e.aliases) for e in d.entries) == expected["primary"] + expected["synonyms"]


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_store_keeps_every_entry(kb: Any, parsed: dict[str, Any], name: str) -> None:
    _, results = kb
    d, result = _actors(parsed, name), results[name]
    expected = _line_count(DICTS / name)
    unnamed_headless = sum(1 for e in d.entries if e.headless and not e.synonyms)
    # one actor per distinct primary phrase (repeats in a file are one actor) and per headless entry
    # with a synonym to name it; the one without is skipped with a warning
    assert result.stored["actors"] == expected["distinct"] + len(HEADLESS[name]) - unnamed_headless
    assert result.skipped == unnamed_headless
    assert result.offered["aliases"] == sum(len(e.aliases) for e in d.entries)
    assert result.stored["aliases"] <= result.offered["aliases"]  # repeats within an actor collapse
    assert result.stored["codes"] == len({(e.phrase or e.synonyms[0].phrase, c.code, c.start, c.end)
                                          for e in d.entries if e.name for c in e.codes})
    assert result.stored["actors_added"] == result.stored["actors"]
    assert result.stored["codes_added"] == result.stored["codes"]


def test_agents_are_accounted_for(parsed: dict[str, Any]) -> None:
    d = parsed[AGENT_FILE]
    assert isinstance(d, AgentDictionary)
    lines = [re.split("#", line, maxsplit=1)[0].strip() for line in (DICTS / AGENT_FILE).read_text("utf-8").split("\n")]
    data = [line for line in lines if line and not re.match(r"^!\w+!\s*=", line)]
    assert len(d.agents) + d.agents_rejected == len(data) == d.counts.agent
    assert d.substitutions["PERSON"] == ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON")
    by_phrase = {a.phrase: a for a in d.agents}
    assert by_phrase["CATTLE!PERSON!"].names == ("CATTLEMAN", "CATTLEMEN", "CATTLEWOMAN", "CATTLEWOMEN",
                                                  "CATTLEPERSON")
    assert (by_phrase["OBSERVERS_IN"].code, by_phrase["OBSERVERS_IN"].position) == ("IGO", "prefix")
    assert (by_phrase["PRESIDENT"].code, by_phrase["PRESIDENT"].position) == ("GOV", "suffix")
    assert by_phrase["POLICE"].plural == "" and by_phrase["PRESIDENT"].plural is None
    assert by_phrase["DEPARMENT_OF_ENVIRONMENT"].code == "ENV"  # '[~ENV}' read, with a warning
    reasons = {w.line: w.reason for w in d.warnings}
    assert "closed with '}'" in reasons[544]
    assert "no [code]" in reasons[1927] and d.agents_rejected == 1  # ISLAMIC_EXTREMIST


# -- date-bounded codes from the real files ------------------------------------------------------------


def test_date_bounded_codes_parse(parsed: dict[str, Any]) -> None:
    countries = _actors(parsed, "Phoenix.Countries.actors.txt")
    # YYMMDD ranges, '>' and a default; 00 reads as 2000, 09 as 2009
    assert _codes(_entry(countries, "BARACK_OBAMA")) == [
        ("USAELI", date(1978, 1, 1), date(2000, 1, 1)), ("USAGOV", date(2009, 1, 20), None)]
    assert _codes(_entry(countries, "GEORGE_W._BUSH_")) == [
        ("USAELI", date(1964, 1, 1), date(2001, 1, 20)), ("USAGOV", date(2001, 1, 20), date(2009, 1, 20)),
        ("USAELI", None, None)]
    assert _codes(_entry(countries, "HAMID_KARZAI_"))[:2] == [
        ("AFGELI", date(1975, 1, 1), date(2000, 1, 1)), ("AFGGOV", date(2001, 12, 22), None)]
    # YYYYMMDD mixed with YYMMDD in one range
    assert _codes(_entry(countries, "HENRY_A._WALLACE_"))[0] == ("USAELI", date(1906, 1, 1), date(1941, 1, 20))
    # the comment on a code's line is kept: it names the office
    ganzouri = _entry(countries, "KAMAL_GANZOURI_")
    assert [(c.code, c.note) for c in ganzouri.codes if c.note] == [("EGYGOV", "PM pt. 1"), ("EGYGOV", "PM pt. 2")]
    # '> 140608' (a blank after '>') still reads
    sisi = next(e for e in countries.entries if any(s.phrase == "EL_SISI_" for s in e.synonyms))
    assert ("EGYGOV", date(2014, 6, 8), None) in _codes(sisi)

    international = _actors(parsed, "Phoenix.International.actors.txt")
    ban = _entry(international, "SECRETARY-GENERAL_BAN_KI-MOON")
    assert ("IGOUNO", date(2007, 1, 1), None) in _codes(ban)  # '>20070101'
    # several groups on the primary line: '<', a default and the null code
    montas = _entry(international, "MICHELE_MONTAS_")
    assert _codes(montas) == [("HTIOPPMED", None, date(2006, 12, 31)), ("IGOUNOMED", None, None), ("---", None, None)]
    assert [c.code for c in montas.codes_on(date(2005, 1, 1))] == ["HTIOPPMED"]
    assert [c.code for c in montas.codes_on(date(2010, 1, 1))] == ["IGOUNOMED"]  # '---' means no code


def test_codes_valid_on_a_day(parsed: dict[str, Any]) -> None:
    countries = _actors(parsed, "Phoenix.Countries.actors.txt")
    bush, obama = _entry(countries, "GEORGE_W._BUSH_"), _entry(countries, "BARACK_OBAMA")
    assert [c.code for c in bush.codes_on(date(2005, 6, 1))] == ["USAGOV"]
    assert [c.code for c in bush.codes_on(date(1990, 6, 1))] == ["USAELI"]  # the dated one
    assert [(c.code, c.is_default) for c in bush.codes_on(date(2012, 6, 1))] == [("USAELI", True)]
    assert [c.code for c in bush.codes_on(date(2001, 1, 20))] == ["USAELI", "USAGOV"]  # bounds are inclusive
    assert [c.code for c in obama.codes_on(date(2010, 6, 1))] == ["USAGOV"]
    assert obama.codes_on(date(2005, 6, 1)) == []  # no dated code covers it and there is no default


def test_real_file_defects_are_warnings(parsed: dict[str, Any]) -> None:
    countries = _actors(parsed, "Phoenix.Countries.actors.txt")
    reasons = {w.line: w.reason for w in countries.warnings}
    assert "9" in reasons[18010] and "code skipped" in reasons[18010]  # [GBRGOV >201005011]
    assert "code skipped" in reasons[31715]  # [MNEGOV 20121204]: a date with no '<', '>' or '-'
    assert "never applies" in reasons[14190]  # [EGYGOV 20121207-20120802]: kept as written
    assert ("EGYGOV", date(2012, 12, 7), date(2012, 8, 2)) in _codes(_entry(countries, "KAMAL_GANZOURI_"))
    # the phraseless line's codes are not pinned on the actor above it
    sampaio = _entry(countries, "JORGE_SAMPAIO_")
    assert ("PRTGOV", date(2006, 3, 9), None) not in _codes(sampaio)
    headless = next(e for e in countries.entries if e.headless)
    assert headless.name is None and ("PRTGOV", date(2006, 3, 9), None) in _codes(headless)

    milnonstate = _actors(parsed, "Phoenix.MilNonState.actors.txt")
    ira = _entry(milnonstate, "REAL_IRISH_REPUBLICAN_ARMY")
    assert [s.name for s in ira.synonyms] == ["REAL IRA", "TRUE IRA", "RIRA"]
    red = next(e for e in milnonstate.entries if e.headless)
    assert red.name == "ITALIAN RED BRIGADE" and [s.name for s in red.synonyms] == ["ITALIAN RED BRIGADE",
                                                                                      "RED REGIMENTS"]
    # blank lines do not end an entry: these synonyms stay with their entry
    assert "RED ARMY FACTION" in [s.name for s in _entry(milnonstate, "BAADER-MEINHOF_GROUP_").synonyms]


def test_display_form_keeps_case_and_punctuation() -> None:
    assert display_name("US_PREsident George Bush") == "US PREsident George Bush"
    assert display_name("SAMOA,_AMERICAN_ ") == "SAMOA, AMERICAN"
    assert display_name("LIAMINE_Z\x1aROUAL_") == "LIAMINE Z\ufffdROUAL"
    assert alias_key("U.S._PRESIDENT_GEORGE_W._BUSH") == alias_key("us president george w bush")
    assert alias_key("MANFRED_WÖRNER_") == alias_key("Manfred Worner") == "manfred worner"
    assert alias_key("SECRETARY-GENERAL_BAN_KI-MOON") == "secretary general ban ki moon"


# -- the store ---------------------------------------------------------------------------------------------


def test_reimport_changes_no_row_count(kb: Any) -> None:
    store, results = kb
    before = store.kb_counts()
    assert before["actor"] == sum(r.stored["actors"] for n, r in results.items() if n != AGENT_FILE)
    assert before["actor_code"] == sum(r.stored["codes"] for n, r in results.items() if n != AGENT_FILE)
    assert before["agent"] == results[AGENT_FILE].stored["agents"]
    for name in [*ACTOR_FILES, AGENT_FILE]:
        again = import_cameo(store, DICTS / name)
        assert again.stored == {**results[name].stored, **{k: 0 for k in again.stored if k.endswith(("_added",
                                                                                                      "_removed"))}}
    assert store.kb_counts() == before


def test_lookup_by_alias_and_day(kb: Any) -> None:
    store, _ = kb

    def codes(name: str, day: date | None) -> list[tuple[str, list[str]]]:
        return [(a.name, [c.code for c in a.codes]) for a in codes_for(store, name, day)]

    assert codes("Barack Obama", date(2010, 3, 1)) == [("BARACK OBAMA", ["USAGOV"])]
    assert codes("obama", date(2005, 3, 1)) == [("BARACK OBAMA", [])]  # elite until 2000, president from 2009
    assert codes("President-elect Obama", date(1990, 3, 1)) == [("BARACK OBAMA", ["USAELI"])]
    assert codes("U.S. President George W. Bush", date(2005, 1, 1)) == [("GEORGE W. BUSH", ["USAGOV"])]
    # an alias two actors share finds both
    assert codes("President Bush", date(2012, 1, 1)) == [("GEORGE BUSH", ["USAELI"]), ("GEORGE W. BUSH", ["USAELI"])]
    # two records with one phrase in a file are one actor with both code sets
    assert codes("Susan Rice", date(2014, 1, 1)) == [("SUSAN RICE", ["USAGOV", "USAGOV"])]
    assert [c.start for c in codes_for(store, "Susan Rice", date(2014, 1, 1))[0].codes] == [date(2009, 1, 26),
                                                                                            date(2013, 7, 1)]
    assert codes("Manfred Worner", date(1990, 1, 1)) == [("MANFRED WÖRNER", ["IGOWSTNAT"]),
                                                         ("MANFRED WORNER", ["IGOWSTNAT"])]
    assert codes("nobody at all", None) == []
    assert store.agents_named("cattlemen")[0]["code"] == "AGR"


def test_lookup_in_an_old_database_says_what_is_wrong(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    with Store(path, readonly=True) as store, pytest.raises(StoreError, match="no actor knowledge base"):
        store.find_actors("Obama")


# -- small, hand-made dictionaries ----------------------------------------------------------------------

SMALL = """\
# a comment
ALPHA_LAND_  [ALP]
+ALPHALAND
\t[ALPGOV 900101-991231]  # a government

BETA_PERSON_  # someone
+MR_BETA
\t[ALPELI <19891231]
\t[ALPGOV >900101]
"""


def test_malformed_lines_are_warnings_not_crashes() -> None:
    text = "\n".join([
        "\t[ORPHAN]",                 # 1: a code before any entry
        "+ORPHAN_SYNONYM",            # 2: a synonym before any entry
        "GOOD_ONE_ [GOO",             # 3: unclosed group
        "\t[GOOGOV 901301-911231]",   # 4: month 13
        "\t[GOOGOV >2001]",           # 5: four digits
        "\t[GOOGOV ~900101]",         # 6: unknown operator
        "\t[]",                       # 7: empty group
        "\tjust text",                # 8: tab-led line with no code
        "+___",                       # 9: synonym without words
        "\t[GOOGOV 900101-911231] trailing words",  # 10: kept, trailing text reported
        "  # lost phrase",            # 11: a phraseless primary line...
        "\t[LOST]",                   # 12: ...with a code under it
        "---STOP---",                 # 13
        "AFTER_STOP_ [NOT]",          # 14: not read
    ]) + "\n"
    d = parse_actors(text)
    lines = sorted({w.line for w in d.warnings})
    assert lines == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]
    good = d.entries[0]
    assert good.phrase == "GOOD_ONE_" and _codes(good) == [("GOOGOV", date(1990, 1, 1), date(1991, 12, 31))]
    assert [e.headless for e in d.entries] == [False, True]
    assert d.counts.unread == 1 and all(read == out for read, out in d.balance().values())
    # nothing at all that could be thrown at it raises
    for junk in ["", "\n\n", "[", "+", "\t", "]]]", "\x00\x1a\x1c", "A [B C D E]", "<!-- open", "!X! =", "{}[~]"]:
        parse_actors(junk)
        parse_agents(junk)
    agents = parse_agents("!P! = MAN, MEN\nNOCODE\nX_!P! [~A]\nY {YS} [B~]\nZ [C]\nW!Q! [~D]\n")
    assert [(a.phrase, a.names, a.plural_names) for a in agents.agents] == [
        ("X_!P!", ("X MAN", "X MEN"), ()), ("Y", ("Y",), ("YS",)), ("W!Q!", ("W!Q!",), ())]
    assert {w.line for w in agents.warnings} == {2, 5, 6} and agents.agents_rejected == 2


def test_user_edits_survive_reimport_and_merges_keep_links(tmp_path: Path) -> None:
    path = tmp_path / "small.actors.txt"
    path.write_text(SMALL, "utf-8")
    with Store(tmp_path / "kb.db") as store:
        first = import_cameo(store, path)
        assert first.stored["actors"] == 2 and first.stored["codes"] == 4 and first.warnings == []
        beta = store.find_actors("Mr. Beta")[0]
        alpha = store.find_actors("alphaland")[0]
        assert store.add_actor_alias(beta["id"], "Beta the Elder") is True
        assert store.add_actor_alias(beta["id"], "Beta the Elder") is False
        before = store.kb_counts()
        assert import_cameo(store, path).stored["aliases_removed"] == 0
        assert store.kb_counts() == before
        assert store.find_actors("beta the elder")[0]["id"] == beta["id"]

        # the file changes: a code goes, another comes; only this source's rows move
        path.write_text(SMALL.replace("[ALPGOV >900101]", "[ALPGOV >900201]"), "utf-8")
        changed = import_cameo(store, path)
        assert (changed.stored["codes_added"], changed.stored["codes_removed"]) == (1, 1)
        assert store.kb_counts() == before
        assert [c["start_date"] for c in store.actor_codes(beta["id"]) if c["code"] == "ALPGOV"] == ["1990-02-01"]

        # merge: the merged actor's id still resolves, its aliases find the survivor, codes gather
        store.merge_actors(alpha["id"], beta["id"])
        assert [a["id"] for a in store.find_actors("Mr Beta")] == [alpha["id"]]
        assert {c["code"] for c in store.actor_codes(alpha["id"], "1995-01-01")} == {"ALPGOV"}
        assert len(store.actor_codes(alpha["id"])) == 4
        with pytest.raises(StoreError):
            store.merge_actors(beta["id"], alpha["id"])  # a cycle
        assert import_cameo(store, path).stored["actors_added"] == 0  # the record still finds its actor
        assert store.kb_counts() == before


def test_cli_import_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "small.actors.txt"
    path.write_text(SMALL + "\t[BROKEN >1]\n", "utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    result = runner.invoke(main, ["kb", "import-cameo", str(path), "--db", db, "--warnings"])
    assert result.exit_code == 0, result.output
    assert "read:   2 entries, 2 synonyms, 5 codes" in result.output
    assert "stored: 2 actors (+2), 4 aliases (+4, -0), 4 codes (+4, -0)" in result.output
    assert "1 warning(s)" in result.output and "line 10:" in result.output
    again = runner.invoke(main, ["kb", "import-cameo", str(path), "--db", db])
    assert "stored: 2 actors (+0), 4 aliases (+0, -0), 4 codes (+0, -0)" in again.output

    result = runner.invoke(main, ["kb", "codes", "Mr Beta", "--date", "1995-05-01", "--db", db])
    assert result.exit_code == 0, result.output
    assert "valid on 1995-05-01: ALPGOV" in result.output
    result = runner.invoke(main, ["kb", "codes", "Alpha Land", "--date", "2001-01-01", "--db", db])
    assert "valid on 2001-01-01: ALP" in result.output
    assert runner.invoke(main, ["kb", "codes", "Gamma", "--db", db]).exit_code == 1
    assert runner.invoke(main, ["kb", "codes", "Mr Beta", "--date", "1995-13-01", "--db", db]).exit_code == 2
