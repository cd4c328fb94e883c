-- Zhibiao store, schema version 4. Portable SQL as in V1 (H2 2.3 and PostgreSQL).
--
-- Deleting a document puts it in the trash: deleted_at is set (UTC) and every listing, search, chart,
-- comparison and export leaves the document out, while its row, text, indicators with their review status,
-- notes and tags stay exactly as they were. So an undo brings the document back whole, under the same ids
-- its audit history names, and nothing of the analyst's work is lost until they empty the trash (which
-- removes the rows; the audit history, which has no foreign keys, stays). A trash table holding copies or
-- the portable work form would have given the document new ids on its way back and needed the engine to
-- re-extract rows nobody reviewed.
ALTER TABLE document ADD COLUMN deleted_at TIMESTAMP;
