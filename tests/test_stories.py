"""The graph stage's stories: one happening told by several outlets, and its independent voices."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import newsgraph
from newsgraph.graph import StoryInput, cluster_stories

FIXTURE = Path(__file__).parent / "fixtures" / "stories.jsonl"


def _articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines() if line.strip()]


def _inputs(owners: dict[str, str] | None = None) -> list[StoryInput]:
    owners = owners or {}
    return [StoryInput(a["id"], a["text"], tuple(a["names"]), a["published"], a["url"].split("/")[2],
                       owners.get(a["id"])) for a in _articles()]


def _groups(stories: list[Any]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


def test_articles_group_into_their_stories() -> None:
    expected: dict[str, set[str]] = {}
    for a in _articles():
        expected.setdefault(a["story"], set()).add(a["id"])
    assert _groups(cluster_stories(_inputs())) == {frozenset(v) for v in expected.values()}


def test_the_same_words_weeks_apart_are_another_story() -> None:
    """d1 repeats story A's vocabulary three weeks later: the date keeps it apart."""
    stories = cluster_stories(_inputs())
    alone = [s for s in stories if "d1" in s.article_ids]
    assert alone[0].article_ids == ["d1"]


def test_a_republished_copy_adds_no_voice() -> None:
    story = next(s for s in cluster_stories(_inputs()) if "a1" in s.article_ids)
    assert story.copies == {"a3": "a1"}
    assert story.corroboration == 3  # Reuters, Al Jazeera, Press TV; the copy in The National is not a voice
    assert "www.thenationalnews.com" not in story.voices


def test_outlets_with_one_owner_are_one_voice() -> None:
    story = next(s for s in cluster_stories(_inputs({"a2": "One Owner", "a4": "One Owner"}))
                 if "a1" in s.article_ids)
    assert story.corroboration == 2


def test_clustering_does_not_depend_on_input_order() -> None:
    inputs = _inputs()
    first = cluster_stories(inputs)
    random.Random(7).shuffle(inputs)
    again = cluster_stories(inputs)
    assert [(s.id, s.article_ids, s.copies) for s in first] == [(s.id, s.article_ids, s.copies) for s in again]


def test_store_keeps_stories_and_recomputes_idempotently(make_store: Any) -> None:
    store = make_store()
    for a in _articles():
        if a["id"] in ("a1", "a2", "a3", "e1"):
            store.save(newsgraph.analyze(a["text"], url=a["url"], published=a["published"]))
    assert store.update_stories() == 2
    before = [(s.id, s.articles, s.corroboration, s.voices) for s in store.stories()]
    store.update_stories()
    assert [(s.id, s.articles, s.corroboration, s.voices) for s in store.stories()] == before
    told = store.stories(min_articles=2)
    assert len(told) == 1 and told[0].articles == 3 and told[0].corroboration == 2
    members = store.story_articles(told[0].id)
    assert sorted(outlet for _, _, outlet, _ in members) == ["Al Jazeera", "Reuters", "The National"]
    assert next(copy for _, _, outlet, copy in members if outlet == "The National") is not None
