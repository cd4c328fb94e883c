package io.zhibiao.core.review;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A re-run with the engine and catalog that imported a report finds what the import found: re-extraction, a
 * lesson's preview and the pane's re-run change only what a new catalog or engine reads otherwise, never rows
 * that nothing touched (a re-run once read without the report's own region and took its province for another
 * place).
 */
class RerunMatchesImportTest {
    @TempDir
    Path tmp;

    @Test
    void reRunningEveryReportWithTheEngineThatImportedItChangesNoRow() throws IOException {
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "li.na");
            List<DocumentSummary> documents = store.documents().listSummaries();
            assertFalse(documents.isEmpty());
            List<String> changed = new ArrayList<>();
            for (DocumentSummary d : documents) {
                RerunReport r = review.rerunExtraction(d.id());
                if (r.added() + r.changed() + r.removed() > 0) {
                    changed.add(d.fileName() + ": " + r.summary());
                }
            }
            assertEquals(List.of(), changed);
        }
    }

    /** Adding an indicator from selected text (A) drafts what the import reads there, place and scope included. */
    @Test
    void aDraftFromSelectedTextReadsTheReportsPlacesAsTheImportDid() throws IOException {
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "li.na");
            int compared = 0;
            List<String> differing = new ArrayList<>();
            for (DocumentSummary d : store.documents().listSummaries()) {
                String text = store.documents().loadText(d.id()).orElseThrow().originalText();
                for (StoredIndicator row : store.indicators().findByDocument(d.id())) {
                    IndicatorValue v = row.value();
                    if (v.value() == null) {
                        continue;
                    }
                    IndicatorValue draft = review.draftFromSelection(text, v.start(), v.end(), d.effectiveYear(),
                            d.effectiveKind(), d.effectiveRegionCode());
                    compared++;
                    if (draft.scope() != v.scope() && v.code() != null && v.code().equals(draft.code())) {
                        differing.add(d.fileName() + " " + v.name() + " @" + v.start() + ": " + v.scope() + " → "
                                + draft.scope());
                    }
                }
            }
            assertTrue(compared > 300, "rows compared: " + compared);
            assertEquals(List.of(), differing);
        }
    }
}
