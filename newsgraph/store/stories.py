"""The story tables: inputs for the graph stage's clustering, and its result kept and read back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..graph import TERMS_VERSION, Link, Story, StoryInput, assemble_stories, plan_relink, relink, term_counts

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


def story_inputs(db: sqlite3.Connection, ids: Iterable[str] | None = None) -> list[StoryInput]:
    """One StoryInput per stored article (or per article of `ids`): its text, entity names, date,
    outlet owner and terms. Terms not counted yet are counted and kept (table story_terms)."""
    only, args = "", []
    if ids is not None:
        only, args = " AND article_id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))]
    names: dict[str, list[str]] = {}
    marks = ",".join("?" * len(_NAME_LABELS))
    sql = f"SELECT article_id, name FROM entity WHERE role = 'mention' AND label IN ({marks}){only}"
    for article_id, name in db.execute(sql, [*_NAME_LABELS, *args]):
        names.setdefault(article_id, []).append(name)
    rows = db.execute("SELECT a.id, a.text, a.published, o.key, o.owner, t.terms FROM article a "
                      "LEFT JOIN outlet o ON o.id = a.outlet_id "
                      "LEFT JOIN story_terms t ON t.article_id = a.id AND t.version = ?"
                      + (" WHERE a.id IN (SELECT value FROM json_each(?))" if args else "") + " ORDER BY a.id",
                      [TERMS_VERSION, *args])
    out, counted = [], []
    for aid, text, published, outlet, owner, terms in rows:
        item = StoryInput(article_id=aid, text=text, names=tuple(names.get(aid, ())), published=published,
                          outlet=outlet, owner=owner)
        if terms is None:
            pairs = tuple(term_counts(item).items())
            counted.append((aid, TERMS_VERSION, json.dumps(pairs, ensure_ascii=False)))
        else:
            pairs = tuple(map(tuple, json.loads(terms)))
        out.append(replace(item, terms=pairs))
    if counted:
        db.executemany("INSERT OR REPLACE INTO story_terms(article_id, version, terms) VALUES (?,?,?)", counted)
    return out


def replace_stories(db: sqlite3.Connection, stories: list[Story]) -> None:
    """Keep a fresh clustering (inside the caller's transaction)."""
    db.execute("DELETE FROM story_link")
    db.execute("DELETE FROM story_article")
    db.execute("DELETE FROM story")
    for story in stories:
        _insert_story(db, story)


def add_to_stories(db: sqlite3.Connection) -> bool:
    """Place the articles that are in no story yet, re-forming only the stories they can reach
    (inside the caller's transaction): the stories a whole re-clustering would keep, since
    `relink` recomputes every link that the added articles can change (graph/stories.py). False,
    with nothing written, when the store should be re-clustered whole instead: no stories kept yet,
    an added article without a date, or more added articles than placed ones."""
    published: dict[str, str | None] = dict(db.execute("SELECT id, published FROM article"))
    placed = {row[0] for row in db.execute("SELECT article_id FROM story_article")}
    added = [a for a in published if a not in placed]
    if not added:
        return True
    if not placed or len(added) > len(placed) or not placed <= published.keys():
        return False
    plan = plan_relink(published, added)
    if plan is None:
        return False
    inputs = {i.article_id: i for i in story_inputs(db, plan.scope)}
    new_links = relink(inputs.values(), plan)
    affected = plan.affected
    reached = affected | {a for link in new_links for a in link[:2]}
    story_ids = _story_ids_of(db, reached)
    members = reached | _members_of(db, story_ids)
    links = [link for link in _links_of(db, story_ids) if link[0] not in affected and link[1] not in affected]
    missing = members - inputs.keys()
    if missing:  # members of a reached story beyond the scope (a story running over weeks)
        inputs |= {i.article_id: i for i in story_inputs(db, missing)}
    found = assemble_stories([inputs[a] for a in members], links + new_links)
    for table, column in (("story_link", "story_id"), ("story_article", "story_id"), ("story", "id")):
        db.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
                   (json.dumps(sorted(story_ids)),))
    for story in found:
        _insert_story(db, story)
    return True


def _story_ids_of(db: sqlite3.Connection, article_ids: set[str]) -> set[str]:
    return {row[0] for row in db.execute(
        "SELECT DISTINCT story_id FROM story_article WHERE article_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(article_ids)),))}


def _members_of(db: sqlite3.Connection, story_ids: set[str]) -> set[str]:
    return {row[0] for row in db.execute(
        "SELECT article_id FROM story_article WHERE story_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(story_ids)),))}


def _links_of(db: sqlite3.Connection, story_ids: set[str]) -> list[Link]:
    return [(a, b, sim) for a, b, sim in db.execute(
        "SELECT a, b, similarity FROM story_link WHERE story_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(story_ids)),))]


def _insert_story(db: sqlite3.Connection, story: Story) -> None:
    first = db.execute(
        f"SELECT title, published FROM article WHERE id IN ({','.join('?' * len(story.article_ids))}) "
        "ORDER BY published IS NULL, published, id LIMIT 1", story.article_ids).fetchone()
    db.execute("INSERT INTO story(id, title, first_published, articles, corroboration, voices) "
               "VALUES (?,?,?,?,?,?)",
               (story.id, first[0], first[1], len(story.article_ids), story.corroboration,
                json.dumps(story.voices, ensure_ascii=False)))
    db.executemany("INSERT INTO story_article(story_id, article_id, copy_of) VALUES (?,?,?)",
                   [(story.id, a, story.copies.get(a)) for a in story.article_ids])
    db.executemany("INSERT INTO story_link(story_id, a, b, similarity) VALUES (?,?,?,?)",
                   [(story.id, a, b, sim) for a, b, sim in story.links])


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
