"""The actors layer (ng_actors), its links in the store, and the actor commands."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph import Pipeline, RawPage
from newsgraph.annotators.actors import actor_at
from newsgraph.cli import main
from newsgraph.kb.builtin import base_by_id
from newsgraph.kb.resolve import name_key
from newsgraph.store.actor_mentions import actor_detail, list_actors, resolve_actor


def analyse(pipeline: Pipeline, text: str) -> dict[str, Any]:
    return pipeline.analyze_raw(RawPage(location="<test>", kind="text", data=text.encode("utf-8")))


def _plain(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I).casefold()


def cluster_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The cluster whose canonical name, mention or linked base actor's alias is ``name``."""
    key = name_key(name)
    for cluster in record["actors"]:
        names = {cluster["name"], *(m["text"] for m in cluster["mentions"] if m["kind"] != "pronoun")}
        base = base_by_id().get(cluster.get("kb_id") or "")
        if base:
            names |= {base["name"], *base.get("aliases", ())}
        if key in {name_key(n) for n in names}:
            return cluster
    raise AssertionError(f"no actor cluster for {name!r}: {[c['name'] for c in record['actors']]}")


def has_alias(cluster: dict[str, Any], alias: str) -> bool:
    """A gold alias is one of the cluster's mentions (or inside one: "Israeli" in "Israeli
    regime"), or, for the world knowledge the gold notes, an alias of the linked base actor."""
    wanted = _plain(alias)
    mentions = [_plain(m["text"]) for m in cluster["mentions"]]
    if any(wanted == m or re.search(rf"\b{re.escape(wanted)}\b", m) for m in mentions):
        return True
    base = base_by_id().get(cluster.get("kb_id") or "")
    return bool(base) and name_key(alias) in {name_key(a) for a in (base["name"], *base.get("aliases", ()),
                                                                    *base.get("demonyms", ()))}


# -- the seed article against its gold ---------------------------------------------------------------


def test_seed_gold_entities(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    text = seed_record["text"]
    for cluster in seed_record["actors"]:  # the evidence rule
        for m in cluster["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for role in cluster["roles"]:
            ev = role["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]
    checked = 0
    for entity in gold["entities"]:
        if entity["name"] == "AFP":
            continue
        cluster = cluster_named(seed_record, entity["name"])
        for alias in [*entity.get("aliases", []), *entity.get("mentions", [])]:
            assert has_alias(cluster, alias), (entity["name"], alias, [m["text"] for m in cluster["mentions"]])
        if entity.get("country"):
            assert cluster["country"] == entity["country"], entity["name"]
        if entity.get("kind"):
            assert cluster["kind"] == entity["kind"], entity["name"]
        if entity.get("sector"):
            assert cluster["sector"] == entity["sector"], entity["name"]
        for role in entity.get("roles", []):
            words = role["role"].casefold().split()
            ended = words[0] == "former"
            title = " ".join(words[1:] if ended else words)
            target = cluster_named(seed_record, role["of"])
            assert any(r["role"] == title and r["of_id"] == target["id"] and r["ended"] == ended
                       for r in cluster["roles"]), (entity["name"], role, cluster["roles"])
        checked += 1
    assert checked == len(gold["entities"]) - 1


def test_seed_credit_is_not_an_actor(seed_record: dict[str, Any]) -> None:
    assert not any(m["text"] == "AFP" for c in seed_record["actors"] for m in c["mentions"])


def test_seed_distinct_people_stay_apart(seed_record: dict[str, Any]) -> None:
    people = [c for c in seed_record["actors"] if c["type"] == "PERSON"]
    names = {c["name"] for c in people}
    assert {"Qais al-Khazali", "Qassem Soleimani", "Abu Mahdi al-Muhandis", "Donald Trump", "Joe Biden"} <= names
    # "in al-Assad" is the air base, not Bashar al-Assad
    assert "Bashar al-Assad" not in names


def test_actor_at_finds_the_cluster_of_a_span(pipeline: Pipeline, seed_record: dict[str, Any],
                                              seed_bytes: bytes) -> None:
    from newsgraph.document import build_document

    doc = pipeline.annotate(build_document(RawPage(location="seed", kind="file", data=seed_bytes)))
    text = seed_record["text"]
    start = text.index("American troops")
    assert actor_at(doc, start, start + len("American troops"))["kb_id"] == "usa-mil"
    start = text.index("Khazali said")
    assert actor_at(doc, start, start + 3)["name"] == "Qais al-Khazali"  # inside a mention
    assert actor_at(doc, 0, 3) is None  # "Arm" of "Armed resistance": no actor


# -- in one article ------------------------------------------------------------------------------------


def test_acronym_and_better_known_as_join_one_cluster(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "The Zarqawi Liberation Front (ZLF), better known as al-Tahrir, claimed the attack "
                            "on Monday. A ZLF commander said more would follow.\n")
    cluster = cluster_named(rec, "Zarqawi Liberation Front")
    texts = {m["text"] for m in cluster["mentions"]}
    assert {"Zarqawi Liberation Front", "ZLF", "al-Tahrir"} <= texts
    assert sum(1 for m in cluster["mentions"] if m["text"] == "ZLF") == 2


def test_surname_and_transliteration_variants_join(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "Qais al-Khazali spoke in Baghdad on Sunday. Khazaali said the talks had failed, "
                            "and Khazali later repeated it.\n")
    cluster = cluster_named(rec, "Qais al-Khazali")
    assert {"Qais al-Khazali", "Khazali"} <= {m["text"] for m in cluster["mentions"]}
    assert cluster["kb_id"] == "qais-khazali" and cluster["country"] == "IRQ"


def test_demonyms_and_military_phrases(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "American troops and US forces left the base. An Emirati delegation met Iraqi "
                            "lawmakers in Baghdad.\n")
    military = cluster_named(rec, "US forces")
    assert {"American troops", "US forces"} <= {m["text"] for m in military["mentions"]}
    assert (military["kind"], military["country"], military["sector"]) == ("military", "USA", "MIL")
    assert cluster_named(rec, "Emirati")["kb_id"] == "ARE"
    parliament = cluster_named(rec, "Iraqi lawmakers")
    assert parliament["sector"] == "LEG" and parliament["country"] == "IRQ"
    baghdad = cluster_named(rec, "Baghdad")
    assert baghdad["kind"] == "other"  # "in Baghdad": the city, not its government


def test_capital_speaking_for_its_government(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "Washington said on Monday it would not withdraw. Iraqi officials met in Washington.\n")
    government = cluster_named(rec, "US government")
    starts = [m["start"] for m in government["mentions"]]
    assert rec["text"].index("Washington said") in starts
    assert rec["text"].rindex("Washington") not in starts


def test_roles_from_apposition_and_titles(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "Hadi al-Amiri, the leader of the Badr Organization, met former Iraqi Prime Minister "
                            "Nouri al-Maliki and Iranian Foreign Minister Abbas Araghchi on Tuesday.\n")
    amiri = cluster_named(rec, "Hadi al-Amiri")
    badr = cluster_named(rec, "Badr Organization")
    assert any(r["role"] == "leader" and r["of_id"] == badr["id"] and not r["ended"] for r in amiri["roles"])
    maliki = cluster_named(rec, "Nouri al-Maliki")
    iraq = cluster_named(rec, "Iraq")
    assert any(r["role"] == "prime minister" and r["of_id"] == iraq["id"] and r["ended"] for r in maliki["roles"])
    araghchi = cluster_named(rec, "Abbas Araghchi")
    assert any(r["role"] == "foreign minister" and r["of"] == "Iran" for r in araghchi["roles"])


def test_roles_from_other_appositions(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "Falih al-Fayyadh, who heads the Popular Mobilization Forces, met Abbas Araghchi, "
                            "the Iranian foreign minister, and Yahya Rasool, a spokesman for the Iraqi government.\n")
    pmf = cluster_named(rec, "Popular Mobilization Forces")
    assert any(r["role"] == "head" and r["of_id"] == pmf["id"] for r in cluster_named(rec, "Falih al-Fayyadh")["roles"])
    iran = cluster_named(rec, "Iran")
    assert any(r["role"] == "foreign minister" and r["of_id"] == iran["id"]
               for r in cluster_named(rec, "Abbas Araghchi")["roles"])
    government = cluster_named(rec, "Iraqi government")
    rasool = cluster_named(rec, "Yahya Rasool")
    assert any(r["role"] == "spokesman" and r["of_id"] == government["id"] for r in rasool["roles"])
    assert rasool["country"] == "IRQ"  # from the office the text gives him


def test_credits_and_bylines_are_not_actors(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "BAGHDAD (Reuters) - Iraq's government said on Sunday it would hold talks.\n\n"
                            "Reporting by Timour Azhari; Editing by William Maclean\n")
    texts = {m["text"] for c in rec["actors"] for m in c["mentions"]}
    assert not texts & {"Reuters", "Timour Azhari", "William Maclean"}
    assert "Iraq" in texts


def test_open_world_actor_has_what_the_text_says(pipeline: Pipeline) -> None:
    rec = analyse(pipeline, "Abu Alaa al-Walai, the leader of the Sayyid Martyrs Brigades, said on Friday that "
                            "the group would respond.\n")
    person = cluster_named(rec, "Abu Alaa al-Walai")
    assert person["kb_id"] is None and person["type"] == "PERSON"
    brigades = cluster_named(rec, "Sayyid Martyrs Brigades")
    assert any(r["role"] == "leader" and r["of_id"] == brigades["id"] for r in person["roles"])


# -- in the store ----------------------------------------------------------------------------------------

FIRST = ("Abu Alaa al-Walai, the leader of the Sayyid Martyrs Brigades, said on Friday that the group would "
         "respond to the strikes in Iraq.\n")
SECOND = "Abu Ala'a al-Wala'i warned on Saturday that attacks would continue.\n"


def test_store_links_are_idempotent(make_store: Any, seed_record: dict[str, Any]) -> None:
    store = make_store()
    store.save(seed_record)
    count = store._db.execute("SELECT COUNT(*) FROM actor_mention").fetchone()[0]
    actors = store._db.execute("SELECT COUNT(*) FROM actor").fetchone()[0]
    assert count >= sum(len(c["mentions"]) for c in seed_record["actors"] if c["kind"] != "other")
    assert store.save(seed_record)[0] == "unchanged"
    assert store._db.execute("SELECT COUNT(*) FROM actor_mention").fetchone()[0] == count
    assert store._db.execute("SELECT COUNT(*) FROM actor").fetchone()[0] == actors
    speakers = store._db.execute("SELECT COUNT(*) FROM actor_mention WHERE role = 'speaker'").fetchone()[0]
    assert speakers >= 5  # Khazali's statements


def test_open_world_actor_is_found_again_under_another_spelling(pipeline: Pipeline, make_store: Any) -> None:
    store = make_store()
    store.save(analyse(pipeline, FIRST))
    store.save(analyse(pipeline, SECOND))
    first = resolve_actor(store, "Abu Alaa al-Walai")
    assert len(first) == 1
    assert resolve_actor(store, "Abu Ala'a al-Wala'i") == first
    detail = actor_detail(store, first[0])
    assert len(detail["articles"]) == 2
    assert detail["source"] == "text" and detail["type"] == "PERSON"
    assert any(r["role"] == "leader" and r["of_name"] == "Sayyid Martyrs Brigades" for r in detail["roles"])


def test_base_actor_codes_follow_the_date(make_store: Any, seed_record: dict[str, Any]) -> None:
    store = make_store()
    store.save(seed_record)
    (trump,) = resolve_actor(store, "Donald Trump")
    assert [c["code"] for c in store.actor_codes(trump, "2020-06-01")] == ["USAGOV"]
    assert store.actor_codes(trump, "2022-06-01") == []
    assert [c["code"] for c in store.actor_codes(trump, "2025-03-01")] == ["USAGOV"]


def test_merge_keeps_mentions_and_alias_finds_the_actor(pipeline: Pipeline, make_store: Any) -> None:
    store = make_store()
    store.save(analyse(pipeline, "Sheikh Rami Qudsiyeh of the Tanf Tribal Council said on Monday the road was "
                                 "closed.\n"))
    store.save(analyse(pipeline, "The Tanf Council of Tribes said on Tuesday it had reopened the road.\n"))
    (council,) = resolve_actor(store, "Tanf Tribal Council")
    (other,) = resolve_actor(store, "Tanf Council of Tribes")
    assert council != other
    before = {a["id"]: a for a in list_actors(store)}
    store.merge_actors(council, other)
    after = {a["id"]: a for a in list_actors(store)}
    assert other not in after
    assert after[council]["mentions"] == before[council]["mentions"] + before[other]["mentions"]
    assert after[council]["articles"] == 2
    assert resolve_actor(store, "Tanf Council of Tribes") == [council]
    store.add_actor_alias(council, "TTC")
    from newsgraph.store.actor_mentions import fill_name_keys

    fill_name_keys(store._db)
    store.save(analyse(pipeline, "The Tanf Tribal Council (TTC) met on Friday.\n"))
    assert actor_detail(store, council)["articles"][0]["mentions"] >= 2


# -- the commands ---------------------------------------------------------------------------------------


def test_actor_commands(make_store: Any, seed_record: dict[str, Any], tmp_path: Any) -> None:
    store = make_store("cli.db")
    store.save(seed_record)
    store.close()
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    out = runner.invoke(main, ["actors", "--db", db, "--kind", "person"])
    assert out.exit_code == 0, out.output
    assert "Qais al-Khazali" in out.output and "Iraq " not in out.output
    out = runner.invoke(main, ["actor", "Khazaali", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    detail = json.loads(out.output)
    assert detail["name"] == "Qais al-Khazali" and len(detail["statements"]) >= 5
    assert any(r["role"] == "leader" and r["of_name"] == "Asa'ib Ahl al-Haq" for r in detail["roles"])
    out = runner.invoke(main, ["kb", "alias", "Qais al-Khazali", "Sheikh Qais", "--db", db])
    assert out.exit_code == 0 and "added" in out.output
    out = runner.invoke(main, ["actor", "Sheikh Qais", "--db", db])
    assert out.exit_code == 0 and out.output.startswith("Qais al-Khazali")
    out = runner.invoke(main, ["kb", "merge", "Iraq", "Government of Iraq", "--db", db])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["actor", "Baghdad government", "--db", db])
    assert out.output.startswith("Iraq ")
    out = runner.invoke(main, ["actor", "Nobody Atall", "--db", db])
    assert out.exit_code == 1


@pytest.mark.parametrize("text", ["", "\n\n"])
def test_empty_text_has_no_actors(pipeline: Pipeline, text: str) -> None:
    from newsgraph.errors import NewsgraphError

    try:
        rec = analyse(pipeline, text)
    except NewsgraphError:
        return
    assert rec["actors"] == []


def test_base_actor_joins_an_imported_cameo_actor(pipeline: Pipeline, make_store: Any) -> None:
    from newsgraph.kb import import_cameo
    from tests.conftest import SHARED, need

    store = make_store()
    import_cameo(store, need(SHARED / "data/petrarch2-dictionaries/Phoenix.MilNonState.actors.txt"))
    actors_before = store._db.execute("SELECT COUNT(*) FROM actor").fetchone()[0]
    store.save(analyse(pipeline, "Hezbollah fired rockets at northern Israel on Thursday, the group said.\n"))
    (hezbollah,) = resolve_actor(store, "Hezbollah")
    sources = {r[0] for r in store._db.execute("SELECT source FROM actor_record WHERE actor_id = ?", (hezbollah,))}
    assert sources == {"cameo:Phoenix.MilNonState.actors.txt", "newsgraph:base"}
    assert "LBNREB" in {c["code"] for c in store.actor_codes(hezbollah)}
    # Israel is not in that file: one new actor for it, none for Hezbollah
    assert store._db.execute("SELECT COUNT(*) FROM actor").fetchone()[0] == actors_before + 1


def test_a_title_set_off_by_a_comma_is_the_role_of_the_name_after_it() -> None:
    import newsgraph

    record = newsgraph.analyze("The Sudanese army chief, Abdel Fattah al-Burhan, rejected talks with the RSF on "
                               "Monday, his office said.")
    burhan = next(c for c in record["actors"] if "Burhan" in c["name"])
    assert [(r["role"], r["of"]) for r in burhan["roles"]] == [("chief", "Sudanese Armed Forces")]
    evidence = burhan["roles"][0]["evidence"]
    assert "army chief" in record["text"][evidence["start"] : evidence["end"]]
