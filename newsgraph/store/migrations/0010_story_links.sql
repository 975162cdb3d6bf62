-- version 10: the links that joined each story, and each article's terms, so that `newsgraph add`
-- re-forms only the stories its articles reach (store/stories.py `add_to_stories`, graph `relink`).
-- Stories kept before this version have no links, and the IDF of graph/stories.py now counts the
-- weeks around each article: they are dropped here and the next `add` (or `stories --rebuild`)
-- clusters the store whole again.

CREATE TABLE story_link (
    story_id   TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    a          TEXT NOT NULL,                  -- the earlier article of the pair (graph order)
    b          TEXT NOT NULL,
    similarity REAL NOT NULL,                  -- TF-IDF cosine, rounded to 3 places
    PRIMARY KEY (a, b)
);
CREATE INDEX story_link_story ON story_link(story_id);

-- Each article's terms and counts (graph/stories.py term_counts), counted once: reading them back
-- is much cheaper than tokenising the text again at every add.
CREATE TABLE story_terms (
    article_id TEXT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,               -- graph TERMS_VERSION they were counted with
    terms      TEXT NOT NULL                   -- JSON [[term, count], ...] in counting order
);

DELETE FROM story_article;
DELETE FROM story;
