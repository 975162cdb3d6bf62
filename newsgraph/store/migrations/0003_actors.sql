-- version 3: the actor knowledge base.
--
-- Actors come from outside dictionaries (CAMEO/PETRARCH today), and later from text and from user
-- edits. Every alias and code row says which `source` wrote it ('cameo:<file name>', 'user', ...),
-- so an import re-syncs its own rows and never touches anyone else's. Actors are never deleted by
-- a merge: `merged_into` points at the actor that absorbed them, so every id stays a valid link and
-- readers resolve it (the lookups gather the aliases and codes of everything merged into an actor).

CREATE TABLE actor (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,                          -- display name; an import never overwrites it
    kind        TEXT NOT NULL DEFAULT 'unknown'
                CHECK (kind IN ('person', 'organisation', 'state', 'group', 'place', 'unknown')),
    source      TEXT NOT NULL,                          -- who created it
    merged_into INTEGER REFERENCES actor(id),           -- set by a merge; NULL for a live actor
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX actor_merged_into ON actor(merged_into) WHERE merged_into IS NOT NULL;

-- One row per record of an outside dictionary: a re-import finds its actor here, even after the
-- actor was renamed or merged by hand. Records with the same key in one file are one actor.
CREATE TABLE actor_record (
    source     TEXT NOT NULL,
    record_key TEXT NOT NULL,                            -- the primary phrase exactly as written
    actor_id   INTEGER NOT NULL REFERENCES actor(id),
    line       INTEGER,
    note       TEXT,                                     -- the comment on the primary line
    PRIMARY KEY (source, record_key)
) WITHOUT ROWID;
CREATE INDEX actor_record_actor ON actor_record(actor_id);

CREATE TABLE actor_alias (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,                            -- display form: as written, '_' → ' '
    alias_key  TEXT NOT NULL,                            -- lookup form (newsgraph.kb.names.alias_key)
    phrase     TEXT,                                     -- exactly as the source wrote it, if it did
    is_primary INTEGER NOT NULL DEFAULT 0,
    source     TEXT NOT NULL,
    line       INTEGER,
    UNIQUE (actor_id, alias)
);
CREATE INDEX actor_alias_key ON actor_alias(alias_key);

-- CAMEO codes with the days they apply. Both bounds are inclusive ISO dates; NULL is open. A code
-- with neither bound is a default: it applies on days that none of the actor's dated codes covers.
-- '---' is CAMEO's null code ("no code") and is stored as written.
CREATE TABLE actor_code (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    start_date  TEXT,
    end_date    TEXT,
    restriction TEXT NOT NULL DEFAULT '',               -- as written: '', '>090120', '780101-000101'
    source      TEXT NOT NULL,
    line        INTEGER,
    note        TEXT                                     -- the comment on the code's line: often the office
);
CREATE UNIQUE INDEX actor_code_unique
    ON actor_code(actor_id, code, COALESCE(start_date, ''), COALESCE(end_date, ''), source);
CREATE INDEX actor_code_code ON actor_code(code);

-- Agents: words for roles and sectors ("PRESIDENT" → ~GOV) that add a fragment to an actor's code.
CREATE TABLE agent (
    id       INTEGER PRIMARY KEY,
    phrase   TEXT NOT NULL,                              -- as written, substitution markers unexpanded
    code     TEXT NOT NULL,                              -- the fragment, without '~'
    position TEXT NOT NULL CHECK (position IN ('suffix', 'prefix')),  -- '~GOV': after; 'NGO~': before
    plural   TEXT,                                       -- NULL: regular plural; '': none; else as written
    source   TEXT NOT NULL,
    line     INTEGER,
    note     TEXT,
    UNIQUE (source, phrase, code, position)
);

CREATE TABLE agent_name (
    agent_id  INTEGER NOT NULL REFERENCES agent(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,                             -- display form, substitutions expanded
    name_key  TEXT NOT NULL,
    is_plural INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agent_id, name)
);
CREATE INDEX agent_name_key ON agent_name(name_key);
