package io.zhibiao.core.export;

/** The user cancelled the export; no file was written or changed. */
public final class ExportCancelledException extends ExportException {
    public ExportCancelledException() {
        super("Export cancelled; no file was written.");
    }
}
