package io.zhibiao.core.importer;

/** Progress of an import, called from the importing thread. */
public interface ImportListener {
    ImportListener NONE = (done, total, outcome) -> { };

    void fileDone(int done, int total, FileOutcome outcome);
}
