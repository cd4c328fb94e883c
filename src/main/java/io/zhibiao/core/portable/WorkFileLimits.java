package io.zhibiao.core.portable;

/**
 * How large a work file may be. A file is read whole before anything is written (one transaction), so its
 * size decides the memory an import takes. Measured (2026-12-07, JDK 17): a work file of 400 documents with
 * 40,000 reviewed indicators, each with its sentence, a note, a tag and two history events, is 58 MB and
 * takes 71 MB of heap once read (1.2 bytes per byte of file); crafted files of the smallest possible
 * indicators, tags or history events take at most 2.0 bytes per byte. A file at the size limit therefore
 * needs at most about 512 MB, and holds the full review of some 175,000 indicators (well over a thousand
 * reports reviewed row by row). The counts are checked while the file is scanned, before any record exists, so a
 * file of a million indicators on one report is refused without the memory they would take.
 *
 * @param fileBytes             the largest file read at all
 * @param documents             documents in one file (the scale benchmark's stores hold 10,000)
 * @param indicatorsPerDocument indicators of one document (the engine refuses a report with more than
 *                              250,000 numbers; a long report has a few hundred indicators)
 * @param historyPerItem        audited events of one tag, document or indicator
 * @param tags                  tags in one file
 * @param textChars             characters of any one text value (a note, a sentence, an old value)
 */
record WorkFileLimits(long fileBytes, int documents, int indicatorsPerDocument, int historyPerItem, int tags,
                      int textChars) {
    static final WorkFileLimits DEFAULT = new WorkFileLimits(256L << 20, 100_000, 250_000, 100_000, 100_000,
            1_000_000);
    /** How deep a work file nests (root, documents, document, indicators, indicator, value): a few levels. */
    static final int NESTING = 16;
    /** Rows of the catalog layer (version 3): the bundled catalog has under a hundred, a user's a few hundred. */
    static final int CATALOG_ROWS = 100_000;
}
