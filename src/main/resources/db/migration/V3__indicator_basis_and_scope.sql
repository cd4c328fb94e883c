-- Zhibiao store, schema version 3. Portable SQL as in V1 (H2 2.3 and PostgreSQL).
--
-- What a figure refers to: its basis (the year's own figure, or one over a period, a change in points, an
-- increment, a share), the years of a period figure, and its scope (the region itself, per head, or a named
-- part). Rows written before this version are the year's figures of the region, as the engine then read them.
ALTER TABLE indicator ADD COLUMN basis VARCHAR(16) DEFAULT 'annual' NOT NULL
    CHECK (basis IN ('annual', 'cumulative', 'average_annual', 'pp_change', 'increment', 'share'));
ALTER TABLE indicator ADD COLUMN period_from INTEGER;
ALTER TABLE indicator ADD COLUMN period_to INTEGER;
ALTER TABLE indicator ADD COLUMN scope VARCHAR(16) DEFAULT 'region' NOT NULL
    CHECK (scope IN ('region', 'per_capita', 'part'));
ALTER TABLE indicator ADD COLUMN scope_name VARCHAR(200);
