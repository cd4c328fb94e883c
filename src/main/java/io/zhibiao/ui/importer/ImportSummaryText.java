package io.zhibiao.ui.importer;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportFiles;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.files.Printable;
import io.zhibiao.core.store.StorageFailure;
import io.zhibiao.ui.common.Messages;

/**
 * The words shown after an import: counts, then every failed file with its reason and the files and links
 * it passed over. File names are shown {@linkplain Printable escaped}: a new line or a bidi override in one
 * must not change what the dialog seems to say.
 */
public final class ImportSummaryText {
    private ImportSummaryText() {
    }

    /** How many unsupported files, and how many links, are named one by one; the rest are counted. */
    private static final int NAMED = 10;

    public static String headline(ImportSummary s, Messages m) {
        if (s.storageFailure().isPresent()) {
            StorageFailure f = s.storageFailure().get();
            return f.diskFull() ? m.format("import.summary.diskFull", s.imported(), s.notImported())
                    : m.format("import.summary.storeFailed", Printable.text(f.reason()), s.imported(), s.notImported());
        }
        String counts = m.format(s.cancelled() ? "import.summary.cancelled" : "import.summary",
                s.imported(), s.duplicates(), s.failed());
        if (!s.unsupported().isEmpty()) {
            counts += " " + m.format("import.summary.unsupported", s.unsupported().size());
        }
        if (!s.links().isEmpty()) {
            counts += " " + m.format("import.summary.links", s.links().size());
        }
        return counts;
    }

    /** Whether the summary is bad news: the store could not be written. */
    public static boolean isError(ImportSummary s) {
        return s.storageFailure().isPresent();
    }

    /** A known reason in the workbench's language; any other (a library's words) as the importer gave it. */
    static String reason(FileOutcome f, Messages m) {
        String key = "import.reason." + f.reason();
        if (f.reason() != null && m.bundle().containsKey(key)) {
            return m.format(key, f.details().toArray());
        }
        return String.valueOf(f.message());
    }

    public static String failures(ImportSummary s, Messages m) {
        StringBuilder sb = new StringBuilder();
        if (s.failed() > 0) {
            sb.append(m.get("import.failures")).append('\n');
            for (FileOutcome f : s.failures()) {
                sb.append(Printable.path(f.file().getFileName())).append(": ")
                        .append(Printable.text(reason(f, m))).append('\n');
            }
        }
        if (!s.unsupported().isEmpty()) {
            sb.append(m.format("import.unsupported", ReportFileReader.supportedExtensions())).append('\n');
            s.unsupported().stream().limit(NAMED).forEach(f -> sb.append(Printable.path(f.getFileName())).append('\n'));
            if (s.unsupported().size() > NAMED) {
                sb.append(m.format("import.unsupported.more", s.unsupported().size() - NAMED)).append('\n');
            }
        }
        if (!s.links().isEmpty()) {
            sb.append(m.get("import.links")).append('\n');
            for (ImportFiles.SkippedLink link : s.links().stream().limit(NAMED).toList()) {
                sb.append(link.leadsNowhere()
                        ? m.format("import.link.nowhere", Printable.path(link.link().getFileName()))
                        : m.format("import.link.outside", Printable.path(link.link().getFileName()),
                                Printable.path(link.target()))).append('\n');
            }
            if (s.links().size() > NAMED) {
                sb.append(m.format("import.unsupported.more", s.links().size() - NAMED)).append('\n');
            }
        }
        return sb.toString();
    }
}
