-- Zhibiao store, schema version 6. Portable SQL as in V1 (H2 2.3 and PostgreSQL).
--
-- No lost edits: every indicator row, every document's corrections (its *_override columns) and every tag
-- carry a version that each change raises by one. A review change is written as
-- UPDATE ... SET ..., version = version + 1 WHERE id = ? AND version = ?, naming the version the analyst saw;
-- when someone else (another analyst on a team store, another pane, a work import) changed the row since,
-- the update touches no row and the change is refused and shown side by side with the stored one, instead
-- of overwriting it. The check is in the statement itself, so no read-then-write window is left between two
-- clients. A tag put on or taken off an indicator raises the indicator's version (tags are part of the row
-- an analyst sees); the tag's own version covers its name and colour. Existing rows start at 0.
ALTER TABLE indicator ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE document ADD COLUMN override_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE tag ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
