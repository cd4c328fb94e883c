-- Test-only second schema version: a harmless change that lets tests run a real migration of the
-- first-schema fixture and prove a backup is taken before it.
CREATE TABLE migration_probe (id BIGINT NOT NULL PRIMARY KEY, note VARCHAR(100));
ALTER TABLE tag ADD COLUMN probe_rank INT;
