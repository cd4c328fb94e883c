/**
 * Portable analyst work: every status, correction, added indicator, tag, note, document override and the
 * audited history of a store, written to a versioned JSON file that another store (or a store rebuilt
 * from the same report files) can import.
 *
 * <h2>The work file, version 3</h2>
 * <pre>{@code
 * {
 *   "format": "zhibiao-work",            // marks the file; anything else is refused
 *   "version": 3,                        // a newer version is refused with a request to update
 *   "exportedAt": "2025-03-01T09:30:00Z",
 *   "exportedBy": "wang.li",
 *   "appVersion": "1.0.0",
 *   "tags": [ { "name": "重点", "color": "#d9534f", "history": [ EVENT ... ] } ],
 *   "catalog": [ {                       // the store's own catalog layer (catalog.csv beside the store)
 *     "code": "VEG_AREA", "nameZh": "蔬菜播种面积", "nameEn": "...", "aliases": ["菜播面积"],
 *     "category": "agriculture", "measures": ["level"], "units": ["万亩"], "retired": false
 *   } ],                                 // a field left out keeps the bundled indicator's
 *   "documents": [ {
 *     "contentHash": "<sha-256 of the report file>",     // the key; the next two are for people
 *     "fileName": "咸宁市2023年政府工作报告.txt", "title": "...",
 *     "overrides": { "regionCode": "421200", "reportYear": 2024, "kind": "work_report" },
 *     "indicators": [ {
 *       "origin": "engine" | "analyst",
 *       "engine": VALUE,       // engine rows only, when corrected: the engine's value before any correction
 *       "value": VALUE,        // the value now
 *       "status": "unreviewed" | "verified" | "corrected" | "rejected",
 *       "note": "...", "deleted": false, "tags": ["重点"],
 *       "updatedBy": "wang.li", "updatedAt": "2025-03-01T09:30:00Z",
 *       "history": [ EVENT ... ]
 *     } ],
 *     "history": [ EVENT ... ]  // events about the document itself: overrides, re-runs of extraction
 *   } ]
 * }
 * VALUE: { "code", "name", "measure": growth|level|rate, "kind": target|actual, "year", "value", "unit",
 *          "normalizedValue", "normalizedUnit", "qualifier": eq|ge|le|approx|range, "low", "high",
 *          "stretch", "estimated", "qualitative", "start", "end", "sentence", "confidence",
 *          "basis": annual|cumulative|average_annual|pp_change|increment|share, "periodFrom", "periodTo",
 *          "scope": region|per_capita|part, "scopeName" }
 *        (offsets into the report's original text; absent fields are null)
 * Version 2 added basis, periodFrom, periodTo, scope and scopeName. A version 1 file still imports: its
 * values, which have none of them, are read as the region's own figures of their year. Version 3 added
 * "catalog"; a version 1 or 2 file imports with no catalog change.
 * EVENT: { "at", "analyst", "action", "field", "old", "new", "batch" }   (as the audit trail holds them)
 * }</pre>
 * <p>Only documents with work and, within them, only indicators with work are written (added by an analyst,
 * changed, tagged, or with history). Readers ignore fields they do not know; a change of meaning raises
 * the version. Readers refuse a key given twice in one object, bytes that are not UTF-8, a text longer than
 * its store column, a span beyond the report's text and files over the {@code WorkFileLimits}.
 *
 * <h2>Import</h2>
 * Documents are matched by content hash; indicators by shared history, else (engine rows) by the engine's
 * value before correction (span, code and number), else they are added as analyst indicators and reported.
 * Where this store holds different work, a {@link io.zhibiao.core.portable.ConflictPolicy} decides and the
 * conflict is reported. History is appended with its original analyst and time, never twice.
 * The file's catalog rows are merged into this store's layer before the work is written (checked as a whole;
 * a row the catalog cannot take refuses the file): new indicators and aliases are added; a field both layers
 * set differently follows the policy (newer-wins keeps this store's, as catalog rows carry no time); an alias
 * this store has for another indicator is listed as a conflict and never applied.
 */
package io.zhibiao.core.portable;
