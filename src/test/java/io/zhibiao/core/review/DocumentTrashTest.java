package io.zhibiao.core.review;

import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.CorpusTextQueries;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.ReviewWork;
import io.zhibiao.core.store.SeriesQueries;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.core.model.Measure;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Deleting documents: they leave every listing, search and chart at once, undo brings them back whole with
 * their review work, the history names each one and keeps it across a restart, and only emptying the trash
 * removes anything for good.
 */
class DocumentTrashTest extends ReviewTestBase {
    private static final String OTHER_TEXT = "全年地区生产总值增长5.5%。";

    private long other() {
        return f.store.documents().insertDocument(ReviewFixture.document("/r/咸宁市2023.txt", OTHER_TEXT),
                List.of());
    }

    private void reviewWork() {
        f.service.verify(f.gdp);
        f.service.correct(f.unemployment, IndicatorField.VALUE, 3.8);
        f.service.setNote(f.unemployment, "原文为3.8%");
        f.service.tag(List.of(f.firms), "待核", "#ff0000");
    }

    @Test
    void theConfirmationCountsTheReviewWorkThatWouldGo() {
        long second = other();
        assertTrue(f.service.workIn(List.of(f.documentId, second)).isEmpty());
        reviewWork();
        f.service.reject(f.firms);
        assertEquals(new ReviewWork(2, 1, 1, 1, 1), f.service.workIn(List.of(f.documentId, second)));
        f.service.delete(f.gdp);
        assertEquals(0, f.service.workIn(List.of(f.documentId)).verified(), "a row the analyst deleted is not work");
    }

    @Test
    void aDeletedDocumentLeavesEveryListSearchAndChart() {
        long second = other();
        reviewWork();
        assertEquals(2, f.service.deleteDocuments(List.of(f.documentId, second)));

        assertTrue(f.store.documents().listSummaries().isEmpty());
        assertTrue(f.store.documents().listByRegion("421200").isEmpty());
        assertTrue(f.store.documents().effectiveRegionCodes().isEmpty());
        CorpusTextQueries texts = new CorpusTextQueries(f.store);
        assertTrue(texts.find("地区生产总值", false, 5, 10).isEmpty());
        assertTrue(texts.contentHashes().isEmpty());
        assertTrue(new SeriesQueries(f.store).series("gdp_growth", Measure.GROWTH, List.of("421200")).isEmpty());
        assertEquals(0, f.service.tagUsage().get(0).indicatorCount(), "a tag's uses leave with the document");
        assertEquals(List.of(f.documentId, second),
                f.service.trash().stream().map(DocumentSummary::id).toList());
        assertEquals("Undo Delete 2 documents", f.service.history().undoLabel());
    }

    @Test
    void undoBringsTheDocumentsBackWholeWithTheirIds() {
        long second = other();
        reviewWork();
        List<StoredIndicator> before = f.store.indicators().findByDocument(f.documentId);
        Set<Tag> tagsBefore = Set.copyOf(f.store.tags().tagsOf(f.firms));
        f.service.deleteDocuments(List.of(f.documentId, second));

        f.service.history().undo();
        assertEquals(List.of(f.documentId, second),
                f.store.documents().listSummaries().stream().map(DocumentSummary::id).toList());
        assertEquals(before, f.store.indicators().findByDocument(f.documentId));
        assertEquals(ReviewStatus.VERIFIED, f.row(f.gdp).status());
        assertEquals(ReviewStatus.CORRECTED, f.row(f.unemployment).status());
        assertEquals(3.8, f.row(f.unemployment).value().value());
        assertEquals("原文为3.8%", f.row(f.unemployment).note());
        assertEquals(tagsBefore, Set.copyOf(f.store.tags().tagsOf(f.firms)));
        assertEquals(ReviewFixture.TEXT, f.store.documents().loadText(f.documentId).orElseThrow().originalText());
        assertEquals(1, new CorpusTextQueries(f.store).find("地区生产总值增长6%", false, 5, 10).size());
        assertTrue(f.service.trash().isEmpty());
        assertTrue(f.service.historyOf(f.unemployment).stream().anyMatch(e -> "note".equals(e.field())),
                "the rows' history is the one they had");

        f.service.history().redo();
        assertTrue(f.store.documents().listSummaries().isEmpty());
    }

    @Test
    void theHistoryNamesTheDocumentAndKeepsItAcrossARestart() {
        reviewWork();
        f.service.deleteDocuments(List.of(f.documentId));
        f.close();

        try (Store reopened = reopenStore(dir)) {
            assertTrue(reopened.documents().listSummaries().isEmpty(), "still deleted after a restart");
            assertTrue(reopened.documents().deletedAt(f.documentId).isPresent());
            AuditEvent deleted = reopened.audit().listByDocument(f.documentId).stream()
                    .filter(e -> e.action().equals("delete_document")).findFirst().orElseThrow();
            assertEquals("张敏", deleted.analyst());
            assertEquals(ReviewFixture.AT, deleted.occurredAt());
            assertEquals(AuditEvent.DOCUMENT, deleted.entityType());
            assertEquals("2024 · 421200 · 2024年咸宁市政府工作报告", deleted.oldValue());
            assertNull(deleted.newValue());

            // a later session has no undo of it, but can take it out of the trash as it was
            ReviewService later = new ReviewService(reopened, "李华", Clock.fixed(ReviewFixture.AT, ZoneOffset.UTC),
                    ReportPipeline::withBundledData);
            assertEquals(1, later.restoreDocuments(List.of(f.documentId)));
            assertEquals(ReviewStatus.CORRECTED, reopened.indicators().findById(f.unemployment).orElseThrow().status());
            AuditEvent restored = reopened.audit().listByDocument(f.documentId).stream()
                    .filter(e -> e.action().equals("restore_document")).findFirst().orElseThrow();
            assertEquals("2024 · 421200 · 2024年咸宁市政府工作报告", restored.newValue());
            assertEquals(0, later.restoreDocuments(List.of(f.documentId)), "a live document is not restored twice");
        }
    }

    @Test
    void onlyEmptyingTheTrashRemovesDocumentsAndTheHistoryStays() {
        long second = other();
        reviewWork();
        f.service.deleteDocuments(List.of(f.documentId));
        assertTrue(f.store.indicators().findById(f.gdp).isPresent(), "in the trash, nothing is removed");

        assertEquals(List.of(f.documentId), f.service.emptyTrash());
        assertTrue(f.store.documents().findById(f.documentId).isEmpty());
        assertTrue(f.store.indicators().findById(f.gdp).isEmpty());
        assertFalse(f.service.history().canUndo(), "no undo step names a document that is gone");
        assertEquals(List.of(second), f.store.documents().listSummaries().stream().map(DocumentSummary::id).toList());
        List<AuditEvent> history = f.store.audit().listByDocument(f.documentId);
        assertTrue(history.stream().anyMatch(e -> e.action().equals("empty_trash")
                && e.oldValue().endsWith("2024年咸宁市政府工作报告")));
        assertTrue(history.stream().anyMatch(e -> e.action().equals("verify")));
    }

    @Test
    void deletingAnUnknownDocumentChangesNothing() {
        long second = other();
        assertThrows(ReviewException.class, () -> f.service.deleteDocuments(List.of(second, 999L)));
        assertEquals(2, f.store.documents().listSummaries().size());
        assertFalse(f.service.history().canUndo());
    }
}
