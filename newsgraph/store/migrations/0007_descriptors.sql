-- version 7: the words each outlet uses for each actor (ng_descriptors), for comparing framing.

CREATE TABLE descriptor (
    article_id   TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    outlet_id    INTEGER REFERENCES outlet(id),
    fact_id      TEXT NOT NULL,
    start        INTEGER NOT NULL,             -- the describing words in the article text
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    label        TEXT NOT NULL,                -- the words without the name: "terrorist group"
    kind         TEXT NOT NULL,                -- classifier | qualifier | apposition | epithet
    actor        TEXT NOT NULL,                -- the actor's canonical name where known, else the mention
    mention      TEXT NOT NULL,
    mention_start INTEGER NOT NULL,
    mention_end  INTEGER NOT NULL,
    UNIQUE (article_id, fact_id)
);
CREATE INDEX descriptor_actor ON descriptor(actor);
CREATE INDEX descriptor_outlet ON descriptor(outlet_id);
