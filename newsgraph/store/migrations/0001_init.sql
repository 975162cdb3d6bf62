-- newsgraph store, version 1: articles, their parts and entities, failures, full-text search.
-- The analysis record (JSON) is the complete truth; the tables beside it index what users query.

CREATE TABLE outlet (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,        -- the domain, or "name:<name>" when no domain is known
    name             TEXT,
    domain           TEXT,
    country          TEXT,                        -- ISO 3166-1 alpha-3
    owner            TEXT,
    state_affiliated INTEGER,                     -- 1, 0, or NULL when unknown
    funding          TEXT,
    known            INTEGER NOT NULL DEFAULT 0   -- 1 when the outlet is in newsgraph's registry
);

CREATE TABLE article (
    pk              INTEGER PRIMARY KEY,          -- rowid alias: the FTS index points at it
    id              TEXT NOT NULL UNIQUE,         -- "art_" + first 16 hex of content_sha256
    content_sha256  TEXT NOT NULL UNIQUE,         -- hash of the cleaned text
    canonical_url   TEXT UNIQUE,
    url             TEXT,
    title           TEXT,
    outlet_id       INTEGER REFERENCES outlet(id),
    published       TEXT,                         -- YYYY-MM-DD or NULL
    language        TEXT,
    section_path    TEXT NOT NULL DEFAULT '[]',   -- JSON list
    text            TEXT NOT NULL,
    record          TEXT NOT NULL,                -- the analysis record, JSON
    schema          TEXT NOT NULL,
    source_location TEXT,
    added_at        TEXT NOT NULL
);
CREATE INDEX article_published ON article(published);
CREATE INDEX article_outlet ON article(outlet_id);

-- Raw inputs already seen (hash of the bytes as read): a re-run skips them before any work.
CREATE TABLE source_seen (
    source_sha256 TEXT PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    location      TEXT
);

CREATE TABLE part (
    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    part_id    TEXT NOT NULL,
    type       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, part_id)
);

CREATE TABLE entity (
    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    label      TEXT NOT NULL,
    name       TEXT NOT NULL,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    part_id    TEXT,
    role       TEXT NOT NULL DEFAULT 'mention',
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entity_name ON entity(name);

-- Inputs that failed, one row per source: a re-run updates the row, never adds another.
CREATE TABLE failure (
    source     TEXT PRIMARY KEY,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content='article', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
