-- version 5: PLOVER events (ng_events) with their actors and recipients, queryable by type, actor and date.

CREATE TABLE event (
    pk              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,                -- ev_<start>_<end> of the trigger
    type            TEXT NOT NULL,                -- one of the 16 PLOVER types
    mode            TEXT,
    modality        TEXT NOT NULL,                -- asserted | claimed | threatened | planned | demanded | negated | hypothetical
    said_by         TEXT,                         -- the speaker when the event is told in a statement
    statement_id    TEXT,                         -- q_<start>_<end> of that statement
    location        TEXT,
    time_id         TEXT,                         -- t_<start>_<end> of the linked time
    time_value      TEXT,                         -- its TIMEX3 value ("2024-03-12", "XXXX-WXX-4")
    event_date      TEXT,                         -- YYYY-MM-DD: the time's day when resolved, else the article's date
    dead            INTEGER,
    injured         INTEGER,
    size            INTEGER,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    UNIQUE (article_id, event_id)
);
CREATE INDEX event_type ON event(type);
CREATE INDEX event_date ON event(event_date);

CREATE TABLE event_actor (
    event_pk   INTEGER NOT NULL REFERENCES event(pk) ON DELETE CASCADE,
    role       TEXT NOT NULL,                     -- actor | recipient
    position   INTEGER NOT NULL,                  -- order in the event's list
    name       TEXT NOT NULL,                     -- the resolved name
    text       TEXT,                              -- the words in the article ("" when implied)
    start      INTEGER,
    end        INTEGER,
    PRIMARY KEY (event_pk, role, position)
);
CREATE INDEX event_actor_name ON event_actor(name COLLATE NOCASE);
