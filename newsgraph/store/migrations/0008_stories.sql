-- version 8: stories across articles (graph/stories.py) and how many independent voices tell each.
-- Rebuilt whole after each batch: a story's id is "story_" + its earliest article's id.

CREATE TABLE story (
    id            TEXT PRIMARY KEY,
    title         TEXT,                        -- the earliest article's title
    first_published TEXT,
    articles      INTEGER NOT NULL,
    corroboration INTEGER NOT NULL,            -- independent voices: outlets by owner, copies not counted
    voices        TEXT NOT NULL                -- JSON list of the voices (owner or outlet)
);
CREATE TABLE story_article (
    story_id   TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    copy_of    TEXT,                           -- the article this one republishes, if any
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_article_article ON story_article(article_id);
