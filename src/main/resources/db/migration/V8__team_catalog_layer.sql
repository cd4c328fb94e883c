-- Zhibiao store, schema version 8. Portable SQL as in V1 (H2 2.3 and PostgreSQL).
--
-- The analysts' catalog layer of a team store (indicators, aliases and "not an indicator" phrases they
-- taught), as the same CSV text a store file keeps beside itself in catalog.csv (CatalogCsv.writeLayer).
-- A team store's local folder is a different one on each computer: a layer kept there would give each
-- analyst a catalog of their own, other extraction stamps, and re-extractions that undo the others' lessons.
-- At most one row, id 1, written by the first change (no row: nothing taught yet; a row made here would
-- clash with the rows a backup script restores). Every change locks it (SELECT ... FOR UPDATE) and re-applies
-- itself on the layer as it then is; version rises by one with each change. A store file has no row and keeps
-- its layer in the file beside it, which its analyst can read and its backups carry.
CREATE TABLE catalog_layer (
    id         INTEGER      NOT NULL PRIMARY KEY,
    layer_csv  TEXT         NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP    NOT NULL,
    updated_by VARCHAR(100) NOT NULL
);
