package io.zhibiao.core.export;

/** Progress of an export, called on the exporting thread; keep it cheap (hand over to the UI thread). */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (sheet, done, total) -> { };

    /**
     * @param sheet the sheet being written
     * @param done  documents (Indicators, History) or rows (other sheets) written so far
     * @param total how many there are in all
     */
    void progress(ExportSheet sheet, long done, long total);
}
