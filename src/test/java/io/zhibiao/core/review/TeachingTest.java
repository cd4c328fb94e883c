package io.zhibiao.core.review;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teaching on a real H2 store of the three sample reports: 基本医疗保险参保率 is written in two of them and the
 * bundled catalog has no indicator for it; the analyst adds one (MED_INS) and corrects one report's row.
 */
class TeachingTest {
    private static final String PHRASE = "基本医疗保险参保率";

    @TempDir
    Path tmp;

    /** An empty store; a team store in {@link TeachingOnTeamStoreTest}. */
    Store newStore(Path dir) {
        return Store.open(dir.resolve("zhibiao"));
    }

    private Store open() throws IOException {
        Store store = newStore(tmp);
        ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                ImportListener.NONE, () -> false);
        StoreCatalog.of(store).add(new CatalogEntry("MED_INS", "医保参保率", "Medical insurance coverage", List.of(),
                "social", Set.of(Measure.RATE), Set.of()));
        Reextraction current = Reextraction.withStoreCatalog(store, new ReviewService(store, "setup"));
        current.run(current.behind(), ReextractionListener.NONE, () -> false);
        return store;
    }

    private static List<StoredIndicator> named(Store store, String name) {
        return store.documents().listSummaries().stream()
                .flatMap(d -> store.indicators().findByDocument(d.id()).stream())
                .filter(r -> name.equals(r.value().name())).toList();
    }

    /** What a row says in the store, without its id: the engine may number a row found again anew. */
    private static Set<String> rowsOf(Store store, long documentId) {
        Set<String> out = new TreeSet<>();
        for (StoredIndicator r : store.indicators().findByDocument(documentId)) {
            out.add(r.value().start() + "-" + r.value().end() + " " + r.value().code() + " " + r.value().value()
                    + " " + r.status());
        }
        return out;
    }

    @Test
    void thePreviewCountsWhatApplyingDoesAcrossTheStoreAndKeepsTheCorrectedRow() throws IOException {
        try (Store store = open()) {
            ReviewService review = new ReviewService(store, "li.na");
            List<StoredIndicator> rows = named(store, PHRASE);
            assertEquals(2, rows.stream().map(StoredIndicator::documentId).distinct().count(), rows.toString());
            // the 洪湖 report's row is corrected, the 咸宁 one is left to the lesson (the import numbers them in
            // whichever order its threads finish)
            StoredIndicator corrected = rows.stream().filter(r -> store.documents().findById(r.documentId())
                    .orElseThrow().fileName().startsWith("honghu")).findFirst().orElseThrow();
            review.correct(corrected.id(), IndicatorField.CODE, "MED_INS");
            StoredIndicator correctedNow = store.indicators().findById(corrected.id()).orElseThrow();
            List<AuditEvent> historyBefore = review.historyOf(corrected.id());

            TeachPreview preview = review.teaching().preview(Lesson.alias(PHRASE, "MED_INS"), () -> false);

            assertEquals(2, preview.documentIds().size(), "both reports write the phrase");
            assertFalse(preview.known());
            // the other report's row is replaced by one carrying the code; the corrected one is not doubled
            assertEquals(1, preview.added(), preview.toString());
            assertEquals(1, preview.removed(), preview.toString());
            TeachPreview.Example example = preview.examples().stream()
                    .filter(e -> e.change() == TeachPreview.Change.ADDED).findFirst().orElseThrow();
            assertEquals(PHRASE, example.sentence().substring(example.phraseStart(), example.phraseEnd()));
            assertTrue(example.document().contains("咸宁"), example.document());

            ReextractionSummary applied = review.teaching().apply(preview, ReextractionListener.NONE, () -> false);

            int added = applied.reports().stream().mapToInt(RerunReport::added).sum();
            int removed = applied.reports().stream().mapToInt(RerunReport::removed).sum();
            int changed = applied.reports().stream().mapToInt(RerunReport::changed).sum();
            assertEquals(List.of(preview.added(), preview.changed(), preview.removed()), List.of(added, changed, removed));
            List<StoredIndicator> after = named(store, PHRASE);
            assertEquals(2, after.size(), after.toString());
            assertTrue(after.stream().allMatch(r -> "MED_INS".equals(r.value().code())), after.toString());
            assertEquals(correctedNow, store.indicators().findById(corrected.id()).orElseThrow(),
                    "the corrected row is as the analyst left it");
            assertEquals(historyBefore, review.historyOf(corrected.id()));
            assertTrue(Reextraction.withStoreCatalog(store, review).behind().isEmpty(),
                    "reports without the phrase carry the new catalog's stamp without a re-run");
        }
    }

    @Test
    void undoTakesBackTheAliasAndTheRowsAsOneStepAndRedoTeachesAgain() throws IOException {
        try (Store store = open()) {
            ReviewService review = new ReviewService(store, "li.na");
            StoredIndicator corrected = named(store, PHRASE).get(0);
            review.correct(corrected.id(), IndicatorField.CODE, "MED_INS");
            long other = named(store, PHRASE).stream().filter(r -> r.documentId() != corrected.documentId())
                    .findFirst().orElseThrow().documentId();
            Set<String> otherBefore = rowsOf(store, other);
            String catalogBefore = StoreCatalog.of(store).layerCsv();
            TeachPreview preview = review.teaching().preview(Lesson.alias(PHRASE, "MED_INS"), () -> false);
            review.teaching().apply(preview, ReextractionListener.NONE, () -> false);
            assertFalse(otherBefore.equals(rowsOf(store, other)), "teaching changed the other report");
            assertEquals(ReviewAction.TEACH, review.history().nextUndo().orElseThrow().action());

            review.history().undo();

            assertEquals(catalogBefore, StoreCatalog.of(store).layerCsv(), "the alias is gone");
            assertTrue(StoreCatalog.of(store).current().active().lookup(PHRASE).isEmpty());
            assertEquals(otherBefore, rowsOf(store, other), "the other report's rows are as before the lesson");
            assertEquals(ReviewStatus.CORRECTED, store.indicators().findById(corrected.id()).orElseThrow().status(),
                    "one undo takes back the lesson only, not the correction before it");
            assertEquals(ReviewAction.CORRECT, review.history().nextUndo().orElseThrow().action());

            review.history().redo();

            assertEquals("MED_INS", StoreCatalog.of(store).current().active().lookup(PHRASE).orElseThrow().code());
            assertTrue(named(store, PHRASE).stream().allMatch(r -> "MED_INS".equals(r.value().code())));
        }
    }

    @Test
    void aPhraseTaughtAsNotAnIndicatorLeavesTheStoreAndAClashIsRefusedNamingBoth() throws IOException {
        try (Store store = open()) {
            ReviewService review = new ReviewService(store, "li.na");
            List<StoredIndicator> rows = named(store, "拨付资金");
            assertFalse(rows.isEmpty());
            review.reject(rows.get(0).id());

            TeachPreview preview = review.teaching().preview(Lesson.notAnIndicator("拨付资金"), () -> false);
            assertEquals(0, preview.added());
            assertEquals(rows.size() - 1, preview.removed(), "every unreviewed row of the phrase goes");
            review.teaching().apply(preview, ReextractionListener.NONE, () -> false);

            List<StoredIndicator> left = named(store, "拨付资金");
            assertEquals(List.of(rows.get(0).id()), left.stream().map(StoredIndicator::id).toList(),
                    "only the rejected row stays, rejected");
            assertEquals(ReviewStatus.REJECTED, left.get(0).status());
            String file = StoreCatalog.of(store).layerCsv();
            assertTrue(file.contains("NOT_AN_INDICATOR,不是指标,Not an indicator,拨付资金"), file);
            CatalogException clash = assertThrows(CatalogException.class,
                    () -> review.teaching().preview(Lesson.notAnIndicator("地区生产总值"), () -> false));
            assertTrue(clash.getMessage().contains("GDP") && clash.getMessage().contains("NOT_AN_INDICATOR"),
                    clash.getMessage());
        }
    }

    @Test
    void thePanesRerunStampsTheEngineAndCatalogAsReextractDoes() throws IOException {
        try (Store store = open()) {
            ReviewService review = new ReviewService(store, "li.na");
            long doc = store.documents().listSummaries().get(0).id();
            StoreCatalog.of(store).alias("GDP", "经济总盘子");
            assertTrue(Reextraction.withStoreCatalog(store, review).behind().contains(doc), "the catalog changed");

            review.rerunExtraction(doc);

            assertEquals(StoreCatalog.of(store).extractedWith(), store.documents().extractedWith(doc).orElseThrow());
        }
    }
}
