-- Zhibiao store, schema version 2. Portable SQL as in V1 (H2 2.3 and PostgreSQL).
--
-- Views of one region (target versus actual, chart series) look documents up by their effective region,
-- COALESCE(region_code_override, region_code). An index cannot serve that expression portably, so the
-- queries ask for "detected region = ? and no override" or "override = ?": the first uses
-- document_region_year_idx of V1, the second this index. Without it, both views read all 10,000 document rows.
CREATE INDEX document_region_override_idx ON document (region_code_override);
