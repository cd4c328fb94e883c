-- Zhibiao store, schema version 5. Portable SQL as in V1 (H2 2.3 and PostgreSQL).
--
-- Which engine and catalog found a document's engine rows ("engine 0.2.0, catalog 3f2a9c1d04be"): written
-- at import and by every re-extraction, so `reextract` knows the documents an engine upgrade or a catalog
-- change has left behind. Null for documents imported before this version (their engine is not known).
ALTER TABLE document ADD COLUMN extracted_with VARCHAR(200);
