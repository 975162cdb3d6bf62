"""ng_descriptors: how an outlet describes each actor, with the evidence span."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph


def _names(entity: dict[str, Any]) -> set[str]:
    return {entity["name"], *(entity.get("aliases") or []), *(entity.get("mentions") or [])}


def _matches(fact: dict[str, Any], gold_entity: dict[str, Any]) -> bool:
    """The fact's described mention is one of the gold entity's names, or contains one ("PMU forces")."""
    mention = fact["entity"]["text"]
    return any(name == mention or (len(name) > 2 and name in mention.split()) for name in _names(gold_entity)) \
        or mention in _names(gold_entity)


def test_seed_descriptors_are_found_for_their_actor(seed_record: dict[str, Any], gold: dict[str, Any]) -> None:
    entities = {e["name"]: e for e in gold["entities"]}
    facts = seed_record["descriptors"]
    for item in gold["descriptors"]:
        entity = entities[item["entity"]]
        hits = [f for f in facts if _matches(f, entity)
                and (item["descriptor"] in f["text"] or f["text"] in item["descriptor"])]
        assert hits, f"{item} not in {[(f['entity']['text'], f['text']) for f in facts]}"


def test_descriptor_evidence_is_exact(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    assert seed_record["descriptors"]
    for fact in seed_record["descriptors"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        mention = fact["entity"]
        assert text[mention["start"] : mention["end"]] == mention["text"]


def _described(text: str) -> list[tuple[str, str, str]]:
    record = newsgraph.analyze(text)
    return [(f["entity"]["text"], f["label"], f["kind"]) for f in record["descriptors"]]


@pytest.mark.parametrize(("text", "entity", "label"), [
    ("Fighters from the Hamas militant group crossed the fence at dawn, the army said in a statement on its website.",
     "Hamas", "militant group"),
    ("The Houthis, backed by Iran, fired two missiles at a tanker in the Red Sea, the US military said in a statement.",
     "Houthis", "backed by Iran"),
    ("Officials in Damascus denied the report and blamed the Israeli occupation for the strike on the airport.",
     "Israeli", "occupation"),
    ("Rockets hit a base where US occupation forces are stationed, security sources in Erbil said on Tuesday.",
     "US occupation forces", "occupation"),
    ("Russian troops occupying the town withdrew overnight after days of heavy shelling, Ukrainian officials said.",
     "Russian troops", "occupying the town"),
])
def test_framing_forms(text: str, entity: str, label: str) -> None:
    assert (entity, label) in [(e, lab) for e, lab, _ in _described(text)], _described(text)


def test_places_people_at_work_and_datelines_are_not_descriptions() -> None:
    found = _described("BAGHDAD — Protesters gathered in northern Iraq on Friday. Elena Marchetti, speaking at "
                       "the airport, said the Iraqi intelligence service had arrested two men near the border.")
    labels = {lab for _, lab, _ in found}
    assert not labels & {"northern", "BAGHDAD", "speaking at the airport", "intelligence service"}, found


def test_store_compares_outlets_wording(make_store: Any) -> None:
    store = make_store()
    story = "{} fired rockets at the town overnight, wounding two civilians, local officials said on Monday."
    first = newsgraph.analyze(story.format("The Hamas terrorist group"), url="https://www.timesofisrael.com/a/1")
    second = newsgraph.analyze(story.format("The Hamas resistance movement"), url="https://www.presstv.ir/a/2")
    for record in (first, second, first):  # saving twice changes nothing
        store.save(record)
    rows = store.wording(actor="Hamas")
    by_outlet = {(r.outlet, r.label): r.count for r in rows}
    assert by_outlet == {("The Times of Israel", "terrorist group"): 1, ("Press TV", "resistance movement"): 1}
    assert store.wording(actor="Hamas", outlet="presstv.ir")[0].label == "resistance movement"
