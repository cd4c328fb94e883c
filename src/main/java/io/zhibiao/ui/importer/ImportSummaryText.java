package io.zhibiao.ui.importer;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.ui.common.Messages;

/** The words shown after an import: counts, then every failed file with its reason. */
public final class ImportSummaryText {
    private ImportSummaryText() {
    }

    /** How many unsupported files are named one by one; the rest are counted. */
    private static final int NAMED = 10;

    public static String headline(ImportSummary s, Messages m) {
        String counts = m.format(s.cancelled() ? "import.summary.cancelled" : "import.summary",
                s.imported(), s.duplicates(), s.failed());
        return s.unsupported().isEmpty() ? counts
                : counts + " " + m.format("import.summary.unsupported", s.unsupported().size());
    }

    public static String failures(ImportSummary s, Messages m) {
        StringBuilder sb = new StringBuilder();
        if (s.failed() > 0) {
            sb.append(m.get("import.failures")).append('\n');
            for (FileOutcome f : s.failures()) {
                sb.append(f.file().getFileName()).append(": ").append(f.message()).append('\n');
            }
        }
        if (!s.unsupported().isEmpty()) {
            sb.append(m.format("import.unsupported", ReportFileReader.supportedExtensions())).append('\n');
            s.unsupported().stream().limit(NAMED).forEach(f -> sb.append(f.getFileName()).append('\n'));
            if (s.unsupported().size() > NAMED) {
                sb.append(m.format("import.unsupported.more", s.unsupported().size() - NAMED)).append('\n');
            }
        }
        return sb.toString();
    }
}
