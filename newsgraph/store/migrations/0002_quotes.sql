-- version 2: statements (quotes) with their speakers, searchable by speaker and content.

CREATE TABLE quote (
    pk             INTEGER PRIMARY KEY,        -- rowid alias: the FTS index points at it
    article_id     TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    quote_id       TEXT NOT NULL,
    kind           TEXT NOT NULL,              -- direct | indirect | mixed | headline
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    cue            TEXT,
    speaker_name   TEXT,                       -- the resolved speaker; NULL when unnamed
    speaker_kind   TEXT,                       -- person | organisation | unnamed
    speaker_mention TEXT,
    confidence     REAL NOT NULL,
    UNIQUE (article_id, quote_id)
);
CREATE INDEX quote_speaker ON quote(speaker_name);

CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, speaker_name, content='quote', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts(rowid, text, speaker_name) VALUES (new.pk, new.text, new.speaker_name);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text, speaker_name) VALUES ('delete', old.pk, old.text, old.speaker_name);
END;

