package io.zhibiao.core.importer;

/**
 * Progress of an import, called from the importing thread, file by file in order. A file whose document was
 * stored is reported once the document is on disk, so a few files may be reported together.
 */
public interface ImportListener {
    ImportListener NONE = (done, total, outcome) -> { };

    void fileDone(int done, int total, FileOutcome outcome);
}
