-- version 4: place mentions (ng_places) and temporal expressions (ng_times), one row per fact, so
-- that places can be mapped and times filtered without reading every record. Articles stored
-- before this version get their rows from the record they already hold.

CREATE TABLE place (
    pk          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    place_id    TEXT NOT NULL,              -- pl_<start>_<end>
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,              -- the evidence: record.text[start:end]
    name        TEXT,                       -- the gazetteer's name; NULL when unresolved
    feature     TEXT,                       -- country | admin1 | city | airport | airbase | facility | region | water
    lat         REAL,                       -- NULL when unresolved
    lon         REAL,
    admin1      TEXT,
    country     TEXT,                       -- ISO 3166-1 alpha-3
    precision   TEXT,                       -- facility | city | admin1 | country | region
    confidence  REAL,
    same_as     TEXT,                       -- place_id of the first mention of the same place
    UNIQUE (article_id, place_id)
);
CREATE INDEX place_country ON place(country);
CREATE INDEX place_name ON place(name);

CREATE TABLE time_expr (
    pk          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    time_id     TEXT NOT NULL,              -- t_<start>_<end>
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT,                       -- DATE | TIME | DURATION | SET
    value       TEXT,                       -- TIMEX3-style value ("2021-03-11", "XXXX-WXX-4")
    granularity TEXT,
    UNIQUE (article_id, time_id)
);
CREATE INDEX time_value ON time_expr(value);

INSERT OR IGNORE INTO place(article_id, place_id, start, end, text, name, feature, lat, lon, admin1, country,
                            precision, confidence, same_as)
SELECT a.id, json_extract(p.value, '$.id'), json_extract(p.value, '$.start'), json_extract(p.value, '$.end'),
       json_extract(p.value, '$.text'), json_extract(p.value, '$.name'), json_extract(p.value, '$.feature'),
       json_extract(p.value, '$.lat'), json_extract(p.value, '$.lon'), json_extract(p.value, '$.admin1'),
       json_extract(p.value, '$.country'), json_extract(p.value, '$.precision'),
       json_extract(p.value, '$.confidence'), json_extract(p.value, '$.same_as')
FROM article a, json_each(a.record, '$.places') p;

INSERT OR IGNORE INTO time_expr(article_id, time_id, start, end, text, type, value, granularity)
SELECT a.id, json_extract(t.value, '$.id'), json_extract(t.value, '$.start'), json_extract(t.value, '$.end'),
       json_extract(t.value, '$.text'), json_extract(t.value, '$.type'), json_extract(t.value, '$.value'),
       json_extract(t.value, '$.granularity')
FROM article a, json_each(a.record, '$.times') t;
