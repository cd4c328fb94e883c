package io.zhibiao.core.logging;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A working session on a real store (import with extraction, a re-run of extraction, review changes) logs
 * into the log folder beside the store, and the file holds none of the reports' sentences: not even when
 * a failure's message carries one, as the one of the failing review listener below does.
 */
class LogFileKeepsNoReportTextTest {
    @TempDir
    Path dir;

    @Test
    void aSessionOfImportExtractionAndReviewLogsLinesButNoReportText() throws Exception {
        Path db = dir.resolve("data/zhibiao");
        List<String> sentences = new ArrayList<>();
        String thrown;
        try (LogSession log = AppLogging.install(LogFolder.beside(db))) {
            assertTrue(log.writesFile(), () -> log.fileProblem().orElse(""));
            try (Store store = Store.open(db)) {
                ImportSummary imported = ImportService.withBundledData(store)
                        .importPaths(SampleReports.copyTo(dir.resolve("reports")), ImportListener.NONE, () -> false);
                assertEquals(3, imported.imported());
                DocumentSummary document = store.documents().listSummaries().get(0);
                ReviewService review = new ReviewService(store, "robot");
                review.rerunExtraction(document.id());
                List<StoredIndicator> rows = store.indicators().findByDocument(document.id());
                thrown = rows.stream().map(r -> r.value().sentence())
                        .max(Comparator.comparingInt(String::length)).orElseThrow();
                assertTrue(thrown.codePoints().filter(Character::isIdeographic).count() > LogRedaction.LONGEST_KEPT,
                        "a sentence long enough to be withheld: " + thrown);
                // A view that fails on a change with the report's words in its message, as a parser might.
                review.addListener(change -> {
                    throw new IllegalStateException("could not show " + thrown);
                });
                assertTrue(review.verify(rows.get(0).id()));
                assertTrue(review.reject(rows.get(1).id()));
                for (StoredIndicator r : rows) {
                    sentences.add(r.value().sentence());
                }
                sentences.addAll(sentencesOf(store.documents().loadText(document.id()).orElseThrow().originalText()));
            }
        }

        Path file = dir.resolve("data/logs/zhibiao-0.log");
        assertTrue(Files.isRegularFile(file), "the log file beside the store: " + file);
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(log.lines().count() >= 5, log);
        assertTrue(log.contains("Migrating schema"), "Flyway's lines reach the file through SLF4J:\n" + log);
        assertTrue(log.contains("A review listener failed"), "the failure with report text was logged:\n" + log);
        assertTrue(log.contains("could not show [text withheld: "), log);
        assertFalse(log.contains(thrown), log);
        for (String sentence : sentences) {
            assertFalse(log.contains(sentence), "report text in the log: " + sentence);
        }
    }

    /** The report's sentences and headings, each long enough to be recognisable as its text. */
    private static List<String> sentencesOf(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("[。！？；\\n]")) {
            String t = s.strip();
            if (t.codePoints().filter(Character::isIdeographic).count() >= 6) {
                out.add(t);
            }
        }
        assertTrue(out.size() > 20, "sentences found: " + out.size());
        return out;
    }
}
