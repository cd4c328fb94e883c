-- Test-only schema version beyond the real ones (src/main/resources/db/migration): run on top of them, it
-- lets tests perform a real migration of the first-schema fixture and prove a backup is taken before it.
CREATE TABLE migration_probe (id BIGINT NOT NULL PRIMARY KEY, note VARCHAR(100));
ALTER TABLE tag ADD COLUMN probe_rank INT;
