"""The story tables: inputs for the graph stage's clustering, and its result kept and read back."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ..graph import Story, StoryInput

# Entity labels whose names tell a story apart (dates and numbers are read from the text).
_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT")


@dataclass(frozen=True)
class StorySummary:
    id: str
    title: str | None
    first_published: str | None
    articles: int
    corroboration: int
    voices: list[str]


def story_inputs(db: sqlite3.Connection) -> list[StoryInput]:
    """One StoryInput per stored article: its text, entity names, date and outlet owner."""
    names: dict[str, list[str]] = {}
    marks = ",".join("?" * len(_NAME_LABELS))
    sql = f"SELECT article_id, name FROM entity WHERE role = 'mention' AND label IN ({marks})"
    for article_id, name in db.execute(sql, _NAME_LABELS):
        names.setdefault(article_id, []).append(name)
    rows = db.execute("SELECT a.id, a.text, a.published, o.key, o.owner FROM article a "
                      "LEFT JOIN outlet o ON o.id = a.outlet_id ORDER BY a.id")
    return [StoryInput(article_id=aid, text=text, names=tuple(names.get(aid, ())), published=published,
                       outlet=outlet, owner=owner) for aid, text, published, outlet, owner in rows]


def replace_stories(db: sqlite3.Connection, stories: list[Story]) -> None:
    """Keep a fresh clustering (inside the caller's transaction)."""
    db.execute("DELETE FROM story_article")
    db.execute("DELETE FROM story")
    for story in stories:
        first = db.execute(
            f"SELECT title, published FROM article WHERE id IN ({','.join('?' * len(story.article_ids))}) "
            "ORDER BY published IS NULL, published, id LIMIT 1", story.article_ids).fetchone()
        db.execute("INSERT INTO story(id, title, first_published, articles, corroboration, voices) "
                   "VALUES (?,?,?,?,?,?)",
                   (story.id, first[0], first[1], len(story.article_ids), story.corroboration,
                    json.dumps(story.voices, ensure_ascii=False)))
        db.executemany("INSERT INTO story_article(story_id, article_id, copy_of) VALUES (?,?,?)",
                       [(story.id, a, story.copies.get(a)) for a in story.article_ids])


def stories(db: sqlite3.Connection, min_articles: int = 1, limit: int = 100) -> list[StorySummary]:
    rows = db.execute("SELECT id, title, first_published, articles, corroboration, voices FROM story "
                      "WHERE articles >= ? ORDER BY corroboration DESC, articles DESC, first_published DESC, id "
                      "LIMIT ?", (min_articles, limit))
    return [StorySummary(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]


def story_articles(db: sqlite3.Connection, story_id: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(article id, title, outlet name, copy_of) for one story, oldest first."""
    return list(db.execute(
        "SELECT a.id, a.title, o.name, sa.copy_of FROM story_article sa JOIN article a ON a.id = sa.article_id "
        "LEFT JOIN outlet o ON o.id = a.outlet_id WHERE sa.story_id = ? ORDER BY a.published, a.id", (story_id,)))
