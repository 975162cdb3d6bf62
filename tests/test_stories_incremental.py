"""Stories placed after each add (`Store.update_stories()`, store/stories.py `add_to_stories`)
equal a whole re-clustering (`update_stories(full=True)`), whatever the order and batches."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsgraph
from newsgraph.graph import StoryInput, assemble_stories, cluster_stories, plan_relink, relink
from newsgraph.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "stories.jsonl"
# Dated the day of story A (a1–a4) and of e1, told in both their words: it joins the two stories.
BRIDGE_ID = "bridge"


def _articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines() if line.strip()]


def _bridge(articles: list[dict[str, Any]]) -> dict[str, Any]:
    by_id = {a["id"]: a for a in articles}
    a1, e1 = by_id["a1"], by_id["e1"]
    return {"id": BRIDGE_ID, "text": a1["text"] + "\n\n" + e1["text"], "names": a1["names"] + e1["names"],
            "published": "2024-02-06", "url": "https://bridge.example.org/news/1"}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str, Any]]:
    """Each fixture article analysed once (and the bridge, and one undated copy of b1's words)."""
    articles = _articles()
    out = {a["id"]: newsgraph.analyze(a["text"], url=a["url"], published=a["published"]) for a in articles}
    bridge = _bridge(articles)
    out[BRIDGE_ID] = newsgraph.analyze(bridge["text"], url=bridge["url"], published=bridge["published"])
    b1 = next(a for a in articles if a["id"] == "b1")
    more = "\n\nThe Kurdistan Regional Government said it would study the tables first."
    out["undated"] = newsgraph.analyze(b1["text"] + more, url="https://undated.example.net/b1")
    return out


def _snapshot(store: Store) -> dict[str, Any]:
    """Everything the story tables hold, keyed by fixture article id (article ids differ per text)."""
    db = store._db
    stories = {}
    for sid, articles, corroboration, voices, first in db.execute(
            "SELECT id, articles, corroboration, voices, first_published FROM story"):
        members = db.execute("SELECT article_id, copy_of FROM story_article WHERE story_id = ?", (sid,)).fetchall()
        links = db.execute("SELECT a, b, similarity FROM story_link WHERE story_id = ?", (sid,)).fetchall()
        stories[sid] = (articles, corroboration, json.loads(voices), first, sorted(map(tuple, members)),
                        sorted(map(tuple, links)))
    return stories


def _add(store: Store, records: dict[str, dict[str, Any]], keys: list[str]) -> None:
    for key in keys:
        assert store.save(records[key])[0] == "added"
    store.update_stories()


def _full(make_store: Callable[[str], Store], records: dict[str, dict[str, Any]], keys: list[str],
          name: str) -> dict[str, Any]:
    store = make_store(name)
    for key in keys:
        store.save(records[key])
    store.update_stories(full=True)
    return _snapshot(store)


FIXTURE_KEYS = [a["id"] for a in _articles()]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_adding_one_by_one_equals_a_whole_reclustering(make_store: Any, records: dict[str, Any], seed: int,
                                                       monkeypatch: Any) -> None:
    from newsgraph.store import stories as store_stories

    whole = store_stories.replace_stories
    keys = FIXTURE_KEYS[:]
    random.Random(seed).shuffle(keys)
    store = make_store(f"one-{seed}.db")
    for k in range(len(keys)):
        if k == 1:  # from the second add on, every add is placed incrementally
            monkeypatch.setattr(store_stories, "replace_stories", lambda *a: pytest.fail("re-clustered whole"))
        _add(store, records, keys[k : k + 1])
        monkeypatch.setattr(store_stories, "replace_stories", whole)
        assert _snapshot(store) == _full(make_store, records, keys[: k + 1], f"full-{seed}-{k}.db"), keys[: k + 1]


@pytest.mark.parametrize("sizes", [(6, 3, 3), (3, 1, 8), (1, 11)])
def test_adding_in_batches_equals_a_whole_reclustering(make_store: Any, records: dict[str, Any],
                                                       sizes: tuple[int, ...]) -> None:
    keys = FIXTURE_KEYS[::-1]
    store = make_store("batches.db")
    done = 0
    for size in sizes:
        _add(store, records, keys[done : done + size])
        done += size
        assert _snapshot(store) == _full(make_store, records, keys[:done], f"full-{done}.db")


def test_the_incremental_path_is_taken(make_store: Any, records: dict[str, Any], monkeypatch: Any) -> None:
    """After the first batch, an add of dated articles never re-clusters the store whole."""
    from newsgraph.store import stories as store_stories

    store = make_store()
    _add(store, records, FIXTURE_KEYS[:8])
    monkeypatch.setattr(store_stories, "replace_stories", lambda *a: pytest.fail("re-clustered whole"))
    _add(store, records, FIXTURE_KEYS[8:])
    monkeypatch.undo()
    assert _snapshot(store) == _full(make_store, records, FIXTURE_KEYS, "full.db")


def test_a_bridging_article_merges_two_stories(make_store: Any, records: dict[str, Any]) -> None:
    store = make_store()
    _add(store, records, FIXTURE_KEYS)
    ids = {key: records[key]["id"] for key in [*FIXTURE_KEYS, BRIDGE_ID]}
    story_of = dict(store._db.execute("SELECT article_id, story_id FROM story_article"))
    assert story_of[ids["a1"]] != story_of[ids["e1"]]
    before = len(store.stories())

    _add(store, records, [BRIDGE_ID])
    story_of = dict(store._db.execute("SELECT article_id, story_id FROM story_article"))
    assert story_of[ids["a1"]] == story_of[ids["e1"]] == story_of[ids[BRIDGE_ID]]
    assert len(store.stories()) < before  # stories became one (the bridge is in it, not alone)
    assert _snapshot(store) == _full(make_store, records, [*FIXTURE_KEYS, BRIDGE_ID], "full.db")


def test_an_undated_article_reclusters_whole_and_equally(make_store: Any, records: dict[str, Any]) -> None:
    assert records["undated"]["document"].get("published") is None
    store = make_store()
    _add(store, records, FIXTURE_KEYS)
    _add(store, records, ["undated"])
    assert any(len(s[4]) == 3 for s in _snapshot(store).values())  # it joined story B (b1, b2)
    assert _snapshot(store) == _full(make_store, records, [*FIXTURE_KEYS, "undated"], "full.db")
    _add(store, records, [BRIDGE_ID])  # a dated article in a store with an undated one: incremental again
    assert _snapshot(store) == _full(make_store, records, [*FIXTURE_KEYS, "undated", BRIDGE_ID], "full2.db")


def test_re_adding_changes_nothing(make_store: Any, records: dict[str, Any]) -> None:
    store = make_store()
    _add(store, records, FIXTURE_KEYS)
    before = _snapshot(store)
    for key in FIXTURE_KEYS:
        assert store.save(records[key])[0] == "unchanged"
    assert store.update_stories() == len(before)
    assert _snapshot(store) == before
    store.update_stories(full=True)
    assert _snapshot(store) == before


def _inputs(articles: list[dict[str, Any]]) -> list[StoryInput]:
    return [StoryInput(a["id"], a["text"], tuple(a["names"]), a["published"], a["url"].split("/")[2])
            for a in articles]


def _placed(before: list[StoryInput], added: StoryInput) -> dict[str, Any]:
    """What the store does on an add (store/stories.py `add_to_stories`), on StoryInputs alone."""
    kept = cluster_stories(before)
    inputs = {i.article_id: i for i in [*before, added]}
    plan = plan_relink({i.article_id: i.published for i in inputs.values()}, [added.article_id])
    assert plan is not None and added.article_id in plan.affected
    affected = plan.affected
    links = relink([inputs[a] for a in plan.scope], plan)
    reached = affected | {x for link in links for x in link[:2]}
    touched = [s for s in kept if reached & set(s.article_ids)]
    members = reached.union(*(s.article_ids for s in touched))
    old = [link for s in touched for link in s.links if link[0] not in affected and link[1] not in affected]
    redone = assemble_stories([inputs[a] for a in members], old + links)
    return _story_map([s for s in kept if s not in touched] + redone)


def _story_map(stories: list[Any]) -> dict[str, Any]:
    return {s.id: (s.article_ids, s.copies, s.voices, sorted(s.links)) for s in stories}


def test_relink_and_assemble_equal_cluster_stories() -> None:
    """The pure functions on their own, each fixture article (and the bridge) added last."""
    articles = _articles()
    articles.append(_bridge(articles))
    inputs = _inputs(articles)
    full = _story_map(cluster_stories(inputs))
    for added in inputs:
        assert _placed([i for i in inputs if i is not added], added) == full, added.article_id


@pytest.mark.parametrize("min_articles", [8, 30, 100])
def test_relink_equals_cluster_stories_over_months_of_news(min_articles: int, monkeypatch: Any) -> None:
    """Many articles over four months, some undated, made of the fixture's sentences: adding any
    dated one in the middle of them re-forms exactly what the whole clustering finds, whether IDF
    windows are a fortnight wide (few articles wanted in one) or span the whole store."""
    from newsgraph.graph import stories

    monkeypatch.setattr(stories, "IDF_MIN_ARTICLES", min_articles)
    rng = random.Random(3)
    articles = _articles()
    sentences = [s for a in articles for s in a["text"].split(". ") if len(s) > 40]
    made = []
    for k in range(160):
        picked = rng.sample(sentences, 4) if k % 3 else rng.sample(sentences[:12], 3)  # a third retell story A
        day = None if k % 17 == 0 else f"2024-{2 + k % 4:02d}-{1 + rng.randrange(28):02d}"
        made.append(StoryInput(f"m{k:03d}", ". ".join(picked), (), day, f"outlet{k % 9}.example",
                               "One Owner" if k % 9 in (1, 2) else None))
    full = _story_map(cluster_stories(made))
    assert any(len(ids) > 2 for ids, *_ in full.values())  # stories were found, some over several weeks
    scopes = []
    for added in rng.sample([i for i in made if i.published], 25):
        assert _placed([i for i in made if i is not added], added) == full, added.article_id
        plan = plan_relink({i.article_id: i.published for i in made}, [added.article_id])
        scopes.append(len(plan.scope) if plan else 0)
    if min_articles < 10:  # two-week windows: an add reads a part of the store only
        assert max(scopes) < len(made)


def test_stories_rebuild_reclusters_the_whole_store(make_store: Any, records: dict[str, Any]) -> None:
    from click.testing import CliRunner

    from newsgraph.cli import main

    store = make_store()
    _add(store, records, FIXTURE_KEYS)
    before = _snapshot(store)
    store._db.execute("DELETE FROM story_link")  # links lost: only a whole re-clustering brings them back
    store.close()
    result = CliRunner().invoke(main, ["stories", "--rebuild", "--json", "--db", str(store.path)])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 3  # stories A, B and C
    with Store(store.path) as again:
        assert _snapshot(again) == before


def test_kept_terms_of_another_version_are_counted_again(make_store: Any, records: dict[str, Any]) -> None:
    from newsgraph.graph import TERMS_VERSION

    store = make_store()
    _add(store, records, FIXTURE_KEYS)
    before = _snapshot(store)
    db = store._db
    assert db.execute("SELECT COUNT(*) FROM story_terms WHERE version = ?", (TERMS_VERSION,)).fetchone()[0] == 12
    db.execute("UPDATE story_terms SET version = version - 1, terms = '[]'")  # as if counted by an older release
    store.update_stories(full=True)
    assert db.execute("SELECT COUNT(*) FROM story_terms WHERE version = ? AND terms != '[]'",
                      (TERMS_VERSION,)).fetchone()[0] == 12
    assert _snapshot(store) == before
