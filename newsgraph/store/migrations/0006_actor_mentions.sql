-- version 6: actors found in articles, linked to the knowledge base of migration 0003.
--
-- Saving a record links each actor cluster of its `actors` layer to one `actor` row: the built-in
-- base's actor (copied in on first use, `actor_record.source = 'newsgraph:base'`), an actor the
-- store already has under one of the cluster's names (CAMEO imports, user aliases, actors made
-- from earlier articles), or a new actor made from what the text says (source 'text'). Mentions
-- keep the id they were saved with; a merge later only sets `actor.merged_into`, and readers
-- follow it, so no link is lost.

ALTER TABLE actor ADD COLUMN type TEXT;          -- PERSON | ORG | GPE | NORP (as in the record)
ALTER TABLE actor ADD COLUMN category TEXT;      -- person, armed group, government body, military, country, IGO …
ALTER TABLE actor ADD COLUMN country TEXT;       -- ISO 3166-1 alpha-3
ALTER TABLE actor ADD COLUMN sector TEXT;        -- CAMEO/PLOVER sector: GOV, MIL, REB, LEG, JUD, MED, CVL …

-- newsgraph.kb.resolve.name_key(alias): the transliteration-forgiving key (Khazali = al-Khazali =
-- Khazaali). NULL until newsgraph computes it (rows written by imports are filled on the next save).
ALTER TABLE actor_alias ADD COLUMN name_key TEXT;
CREATE INDEX actor_alias_name_key ON actor_alias(name_key);

-- Offices and affiliations: from the built-in base (dated) or from an article (with its evidence).
CREATE TABLE actor_role (
    id             INTEGER PRIMARY KEY,
    actor_id       INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role           TEXT NOT NULL,                     -- "president", "leader", "deputy head"
    of_name        TEXT,                              -- what it is a role in, as named
    of_actor_id    INTEGER REFERENCES actor(id),
    start_date     TEXT,                              -- ISO (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; NULL unknown
    end_date       TEXT,                              -- first day out of office (exclusive); NULL open or unknown
    ended          INTEGER NOT NULL DEFAULT 0,        -- the article calls it former
    source         TEXT NOT NULL,                     -- 'newsgraph:base' or 'text'
    article_id     TEXT REFERENCES article(id) ON DELETE CASCADE,
    evidence_start INTEGER,
    evidence_end   INTEGER
);
CREATE UNIQUE INDEX actor_role_unique ON actor_role(actor_id, role, COALESCE(of_name, ''), COALESCE(start_date, ''),
                                                    source, COALESCE(article_id, ''), COALESCE(evidence_start, -1));
CREATE INDEX actor_role_of ON actor_role(of_actor_id);

-- Every mention of an actor in an article, with the actor it was linked to when saved.
CREATE TABLE actor_mention (
    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actor(id),
    cluster_id TEXT NOT NULL,                         -- the record's actor fact ("actor_<start>_<end>")
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,                         -- name | acronym | demonym | institution | descriptor | pronoun
    role       TEXT NOT NULL DEFAULT 'mention',       -- 'speaker': it names who said a statement
    quote_id   TEXT,                                  -- that statement
    PRIMARY KEY (article_id, start, end, cluster_id)
) WITHOUT ROWID;
CREATE INDEX actor_mention_actor ON actor_mention(actor_id);
