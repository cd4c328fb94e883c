package io.zhibiao.reliability;

import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportFiles;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs one import of a sweep and checks what every sweep demands of every file. */
final class SweepImport {
    /** Java class names and stack frames are for developers, not for the analyst reading the summary. */
    private static final Pattern DEVELOPER_TEXT = Pattern.compile(
            "\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]|\\bnull\\b");

    private SweepImport() {
    }

    static ImportSummary run(Store store, List<Path> files, Duration limit) {
        ImportSummary summary = ImportService.withBundledData(store).withThreads(2).withTimeLimit(limit)
                .importPaths(files, ImportListener.NONE, () -> false);
        assertEquals(ImportFiles.expand(files).size(), summary.outcomes().size(), "every file gets an outcome");
        for (FileOutcome o : summary.failures()) {
            assertUnderstandable(o);
        }
        return summary;
    }

    static ImportSummary run(Store store, List<Path> files) {
        return run(store, files, ImportService.DEFAULT_TIME_LIMIT);
    }

    static void assertUnderstandable(FileOutcome o) {
        String m = o.message();
        assertNotNull(m, o.file() + " failed without a reason");
        assertFalse(m.isBlank(), o.file() + " failed without a reason");
        assertFalse(m.contains("\n"), o.file() + ": the reason is one line: " + m);
        assertTrue(m.length() <= 200, o.file() + ": the reason is short: " + m);
        assertFalse(DEVELOPER_TEXT.matcher(m).find(), o.file() + ": the reason names Java internals: " + m);
    }

    static Map<Path, FileOutcome> byFile(ImportSummary summary) {
        return summary.outcomes().stream().collect(Collectors.toMap(FileOutcome::file, Function.identity()));
    }

    static void assertImported(ImportSummary summary, Path file) {
        FileOutcome o = byFile(summary).get(file);
        assertNotNull(o, "no outcome for " + file);
        assertEquals(FileOutcome.Status.IMPORTED, o.status(), file.getFileName() + ": " + o.message());
    }

    static FileOutcome failed(ImportSummary summary, Path file) {
        FileOutcome o = byFile(summary).get(file);
        assertNotNull(o, "no outcome for " + file);
        assertEquals(FileOutcome.Status.FAILED, o.status(), file.getFileName() + " should fail");
        return o;
    }
}
