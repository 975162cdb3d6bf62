-- version 9: how a place is mentioned — by its name ("name"), by a nationality word ("demonym":
-- "Sudanese refugees"), inside another name ("in_name": "the Fargo Police Department"), or standing
-- for its government ("metonym": "Washington said").
-- Only named mentions are where things happen; rows written before this version are all named.

ALTER TABLE place ADD COLUMN mention TEXT NOT NULL DEFAULT 'name';
CREATE INDEX place_mention ON place(mention);
