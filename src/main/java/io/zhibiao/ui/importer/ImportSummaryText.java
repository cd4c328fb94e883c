package io.zhibiao.ui.importer;

import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.ui.common.Messages;

/** The words shown after an import: counts, then every failed file with its reason. */
public final class ImportSummaryText {
    private ImportSummaryText() {
    }

    public static String headline(ImportSummary s, Messages m) {
        return m.format(s.cancelled() ? "import.summary.cancelled" : "import.summary",
                s.imported(), s.duplicates(), s.failed());
    }

    public static String failures(ImportSummary s, Messages m) {
        if (s.failed() == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(m.get("import.failures")).append('\n');
        for (FileOutcome f : s.failures()) {
            sb.append(f.file().getFileName()).append(": ").append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
