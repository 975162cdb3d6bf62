"""The built-in actor base and the resolver that finds actors by name."""

from __future__ import annotations

import re

import pycountry
import pytest

from newsgraph.kb.builtin import base_actors, base_by_id
from newsgraph.kb.resolve import Resolver, base_resolver, name_key
from newsgraph.store.actor_mentions import base_codes

KINDS = {"person", "organisation", "political party", "armed group", "government body", "military", "country",
         "IGO", "NGO", "media"}
SECTORS = {None, "GOV", "MIL", "REB", "LEG", "JUD", "MED", "CVL", "PTY", "SPY", "REL", "NGO", "IGO", "COP"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_every_country_is_in_the_base() -> None:
    ids = set(base_by_id())
    assert {c.alpha_3 for c in pycountry.countries} <= ids
    assert base_by_id()["IRN"]["name"] == "Iran"
    assert base_by_id()["RUS"]["name"] == "Russia"


def test_every_actor_is_well_formed() -> None:
    countries = {c.alpha_3 for c in pycountry.countries}
    for actor in base_actors():
        assert actor["name"] and actor["sources"], actor["id"]
        assert actor["kind"] in KINDS, actor["id"]
        assert actor["sector"] in SECTORS, actor["id"]
        assert actor["country"] is None or actor["country"] in countries, actor["id"]
        assert actor["type"] == ("PERSON" if actor["kind"] == "person" else "GPE" if actor["kind"] == "country"
                                 else "ORG"), actor["id"]
        assert actor.get("part_of") is None or actor["part_of"] in base_by_id(), actor["id"]
        for role in actor.get("roles", []):
            assert role["of"] in base_by_id(), (actor["id"], role)
            for bound in (role.get("start"), role.get("end")):
                assert bound is None or ISO_DATE.match(bound), (actor["id"], role)
            if role.get("start") and role.get("end"):
                assert role["start"] < role["end"], (actor["id"], role)


@pytest.mark.parametrize(("word", "iso3"), [("Iraqi", "IRQ"), ("Emirati", "ARE"), ("American", "USA"),
                                            ("Iranian", "IRN"), ("Israeli", "ISR"), ("Syrian", "SYR"),
                                            ("Lebanese", "LBN"), ("Yemeni", "YEM"), ("British", "GBR")])
def test_demonyms_name_their_country(word: str, iso3: str) -> None:
    assert base_resolver().demonym(word)["id"] == iso3


@pytest.mark.parametrize(("one", "other"), [("Khazali", "al-Khazali"), ("Khazali", "Khazaali"),
                                            ("Qais al-Khazali", "Qays Khaz'ali"), ("Assad", "Asad"),
                                            ("Qassem Soleimani", "Qasim Suleimani"), ("Muhammad", "Mohammed"),
                                            ("Hezbollah", "Hizbullah"), ("Abu Alaa al-Walai", "Abu Ala'a al-Wala'i")])
def test_transliteration_variants_share_a_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [("US", "IS"), ("UN", "UAE"), ("Sadr", "Sudan"), ("Iran", "Iraq")])
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize(("name", "kind", "actor_id"), [
    ("PMU", "ORG", "irq-pmf"), ("Hashd al-Sha'abi", "ORG", "irq-pmf"),
    ("Popular Mobilisation Forces", "ORG", "irq-pmf"),
    ("Asaib Ahl al-Haq", "ORG", "irq-aah"), ("Kataib Hizbullah", "ORG", "irq-kh"), ("Daesh", "ORG", "isis"),
    ("Trump", "PERSON", "donald-trump"), ("Qasem Soleymani", "PERSON", "qassem-soleimani"),
    ("UAE", "GPE", "ARE"), ("US forces", "ORG", "usa-mil"), ("Houthis", "ORG", "yem-houthis"),
    ("IDF", "ORG", "isr-idf"), ("CENTCOM", "ORG", "usa-centcom"), ("Bashar al-Asad", "PERSON", "bashar-assad"),
])
def test_base_finds_the_actor(name: str, kind: str, actor_id: str) -> None:
    found = base_resolver().lookup(name, kind)
    assert found is not None and found["id"] == actor_id


def test_a_person_name_never_finds_an_organisation() -> None:
    assert base_resolver().lookup("Hezbollah", "PERSON") is None
    assert base_resolver().lookup("Trump", "ORG") is None


def test_an_ambiguous_name_finds_nothing() -> None:
    resolver = Resolver.of([
        {"id": "a", "name": "Ali Hassan", "kind": "person", "aliases": []},
        {"id": "b", "name": "Ali Hasan", "kind": "person", "aliases": []},
    ])
    assert resolver.lookup("Ali Hassan", "PERSON")["id"] == "a"  # the exact key wins
    assert resolver.lookup("Aly Hassan", "PERSON") is None  # two loose matches: no guess


def test_presidents_have_dated_roles_and_codes() -> None:
    trump = base_by_id()["donald-trump"]
    terms = [(r["start"], r["end"]) for r in trump["roles"] if r["role"] == "President"]
    assert terms == [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]
    assert base_codes(trump) == [("USAGOV", "2017-01-20", "2021-01-19", "President of United States"),
                                 ("USAGOV", "2025-01-20", None, "President of United States")]
    biden = base_by_id()["joe-biden"]
    assert ("President", "USA", "2021-01-20", "2025-01-20") in {
        (r["role"], r["of"], r["start"], r["end"]) for r in biden["roles"]}
