"""How long a large actor base takes to load into the in-memory resolver.

Synthesises N actors (default 100,000) shaped like the built-in base: a third people with a full
name, a surname alias and a transliteration variant ("Qais al-Khazali" / "Khazali" / "Qays
Khazaali"), the rest organisations with a long name, an acronym and a variant. Names are made
from syllables with a fixed seed, so every run builds the same base. Writes them to a JSON file
(as ``actors_base.json`` holds them), then times, in one process: reading the file and building
the resolver (``Resolver.from_file``: JSON parsing included), and looking up 10,000 names. Best of
``--rounds``, wall-clock and CPU time (the CPU time is what a loaded, shared machine cannot inflate).

With ``--store N`` it also times what linking adds to saving: N fundus pages analysed once, then
saved into two fresh stores that hold the three Phoenix actor dictionaries (a user's CAMEO base),
once with the records' ``actors`` layer and once without it.

    .venv/bin/python bench/actor_load.py [--actors 100000] [--rounds 3] [--store 40] [--out bench/out/actor_load.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from newsgraph.kb.resolve import Resolver

SYLLABLES = ["ka", "zal", "mah", "di", "har", "sa", "qa", "im", "nu", "ja", "ba", "dr", "fa", "lah", "ras", "tu",
             "mu", "han", "dis", "sul", "ei", "ma", "ni", "ab", "bas", "ri", "yo", "sef", "ha", "mid", "ou", "thi"]
ORG_WORDS = ["Brigades", "Front", "Movement", "Council", "Forces", "Party", "Organisation", "Alliance", "Army"]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def synthesise(count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    actors = []
    for i in range(count):
        if i % 3 == 0:
            given, surname = _word(rng, 2), _word(rng, 3)
            actors.append({"id": f"p{i}", "name": f"{given} al-{surname}", "type": "PERSON", "kind": "person",
                           "country": "IRQ", "sector": "GOV",
                           "aliases": [surname, f"{given} {surname.replace('a', 'aa', 1)}"],
                           "roles": [{"role": "minister", "of": "IRQ", "start": "2019-01-01", "end": None}]})
        else:
            words = [_word(rng, 2) for _ in range(rng.randint(2, 4))] + [rng.choice(ORG_WORDS)]
            name = " ".join(words)
            acronym = "".join(w[0] for w in words).upper() + str(i % 97)
            actors.append({"id": f"o{i}", "name": name, "type": "ORG", "kind": "armed group", "country": "SYR",
                           "sector": "REB", "aliases": [acronym, name.replace("e", "i", 1)]})
    return actors


def store_cost(pages: int) -> dict[str, Any]:
    """Seconds to save ``pages`` records with and without their actors into a store holding the
    Phoenix actor dictionaries."""
    import copy

    from annotator_cost import documents

    from newsgraph.kb import import_cameo
    from newsgraph.pipeline import load_pipeline
    from newsgraph.store import Store
    from newsgraph.store.actor_mentions import fill_name_keys

    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    pipeline = load_pipeline()
    records = [pipeline.analyze_document(d) for d in documents(shared)[:pages]]
    bare = [{**copy.deepcopy(r), "actors": []} for r in records]
    spent = {}
    with tempfile.TemporaryDirectory() as folder:
        for label, batch in (("without actors", bare), ("with actors", records)):
            store = Store(Path(folder) / f"{label}.db")
            for name in ("Countries", "International", "MilNonState"):
                import_cameo(store, shared / f"data/petrarch2-dictionaries/Phoenix.{name}.actors.txt")
            if label == "with actors":  # once per import: the transliteration keys of imported aliases
                start = time.perf_counter()
                spent["name_keys_of_imported_aliases"] = fill_name_keys(store._db)
                spent["name_keys_s"] = time.perf_counter() - start
            start = time.perf_counter()
            for record in batch:
                store.save(record)
            spent[label] = time.perf_counter() - start
            if label == "with actors":
                spent["mentions"] = store._db.execute("SELECT COUNT(*) FROM actor_mention").fetchone()[0]
                spent["actors_made_from_text"] = store._db.execute(
                    "SELECT COUNT(*) FROM actor WHERE source = 'text'").fetchone()[0]
            store.close()
    added = spent["with actors"] - spent["without actors"]
    print(f"saving {pages} records into a store with the Phoenix actor dictionaries: "
          f"{spent['without actors']:.2f} s without actors, {spent['with actors']:.2f} s with them "
          f"(+{added / pages * 1000:.1f} ms a record; {spent['mentions']} mentions linked, "
          f"{spent['actors_made_from_text']} actors made from text); once after the import: "
          f"{spent['name_keys_of_imported_aliases']} transliteration keys in {spent['name_keys_s']:.2f} s")
    return {"pages": pages, **{k: round(v, 3) if isinstance(v, float) else v for k, v in spent.items()},
            "added_ms_per_record": round(added / pages * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--store", type=int, default=0, help="also time linking on save over N fundus pages")
    args = parser.parse_args()

    actors = synthesise(args.actors)
    aliases = sum(1 + len(a["aliases"]) for a in actors)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "actors.json"
        path.write_text(json.dumps({"actors": actors}, ensure_ascii=False), "utf-8")
        loads, cpu, lookups = [], [], []
        rng = random.Random(11)
        queries = [(rng.choice(a["aliases"]), a["type"]) for a in rng.sample(actors, min(10_000, len(actors)))]
        for _ in range(args.rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            resolver = Resolver.from_file(path)
            loads.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            start = time.perf_counter()
            found = sum(resolver.lookup(name, kind) is not None for name, kind in queries)
            lookups.append(time.perf_counter() - start)
    report = {"actors": args.actors, "aliases": aliases, "load_s_best": round(min(loads), 3),
              "load_s_all": [round(x, 3) for x in loads], "load_cpu_s_best": round(min(cpu), 3),
              "load_avg_1min": round(os.getloadavg()[0], 2), "lookups": len(queries), "found": found,
              "lookup_us_each": round(min(lookups) / max(len(queries), 1) * 1e6, 1)}
    print(f"{args.actors} actors ({aliases} names): load into the resolver {report['load_s_best']} s "
          f"(best of {args.rounds}: {report['load_s_all']}; CPU {report['load_cpu_s_best']} s; load average "
          f"{report['load_avg_1min']}); {len(queries)} lookups, {found} found, "
          f"{report['lookup_us_each']} µs each")
    if args.store:
        report["store"] = store_cost(args.store)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
