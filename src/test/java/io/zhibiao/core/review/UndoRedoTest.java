package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.ReviewDao;
import io.zhibiao.core.store.StoredIndicator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Bulk actions, undo and redo as single steps, deletion, adding, and all-or-nothing writes. */
class UndoRedoTest extends ReviewTestBase {
    @Test
    void bulkVerifyIsOneBatchAndUndoesAndRedoesAsOneStep() {
        assertEquals("Undo", f.service.history().undoLabel());
        assertEquals(3, f.service.verifyAll(List.of(f.gdp, f.unemployment, f.firms)));
        assertEquals(3, f.reviewedCount());
        Set<String> batches = f.store.audit().listByDocument(f.documentId).stream()
                .map(AuditEvent::batchId).collect(Collectors.toSet());
        assertEquals(1, batches.size());
        assertEquals(3, f.store.audit().listByBatch(batches.iterator().next()).size());
        assertEquals("Undo Verify 3 indicators", f.service.history().undoLabel());

        f.service.history().undo();
        assertEquals(0, f.reviewedCount());
        assertFalse(f.service.history().canUndo());
        assertTrue(f.service.history().canRedo());
        List<AuditEvent> undo = f.store.audit().listByDocument(f.documentId).stream()
                .filter(e -> e.action().equals("undo")).toList();
        assertEquals(3, undo.size());
        assertEquals(1, undo.stream().map(AuditEvent::batchId).distinct().count());
        assertTrue(undo.stream().allMatch(e -> "verified".equals(e.oldValue()) && "unreviewed".equals(e.newValue())));

        f.service.history().redo();
        assertEquals(3, f.reviewedCount());
        assertEquals(3, f.store.audit().listByDocument(f.documentId).stream()
                .filter(e -> e.action().equals("redo")).count());
        assertFalse(f.service.history().canRedo());
    }

    @Test
    void aNewActionClearsRedoAndUndoOnlyRevertsWhatItsStepChanged() {
        f.service.reject(f.gdp);
        f.service.setNote(f.gdp, "原文是6.5%");
        f.service.history().undo();
        assertNull(f.row(f.gdp).note());
        assertEquals(ReviewStatus.REJECTED, f.row(f.gdp).status(), "the earlier verdict stays");
        f.service.verify(f.firms);
        assertFalse(f.service.history().canRedo());
        f.service.history().undo();
        f.service.history().undo();
        assertEquals(ReviewStatus.UNREVIEWED, f.row(f.gdp).status());
        assertTrue(f.service.history().undo().isEmpty());
    }

    @Test
    void deleteHidesTheIndicatorAndUndoBringsItBack() {
        assertTrue(f.service.delete(f.gdp));
        assertEquals(2, f.store.indicators().findByDocument(f.documentId).size());
        assertEquals(2, f.liveCount());
        assertTrue(f.row(f.gdp).deleted());
        assertEquals("Delete 1 indicator", f.service.history().nextUndo().orElseThrow().label());
        f.service.history().undo();
        assertFalse(f.row(f.gdp).deleted());
        assertEquals(3, f.liveCount());
        List<AuditEvent> h = f.service.historyOf(f.gdp);
        assertEquals(List.of("delete", "undo"), h.stream().map(AuditEvent::action).toList());
        assertEquals("true", h.get(1).oldValue());
        assertEquals("false", h.get(1).newValue());
    }

    @Test
    void anAddedIndicatorCountsAsReviewedAndUndoHidesIt() {
        IndicatorValue draft = f.service.draftFromSelection(ReviewFixture.TEXT,
                ReviewFixture.TEXT.indexOf("新增"), ReviewFixture.TEXT.lastIndexOf("。"), 2024, null);
        long id = f.service.addIndicator(f.documentId, draft);
        StoredIndicator added = f.row(id);
        assertEquals(ReviewStatus.VERIFIED, added.status());
        assertEquals(4, f.liveCount());
        assertEquals(1, f.reviewedCount());
        assertTrue(f.service.historyOf(id).stream().allMatch(e -> e.action().equals("add")));
        assertTrue(f.service.historyOf(id).stream().anyMatch(e -> "stated_value".equals(e.field())
                && e.oldValue() == null && "18".equals(e.newValue())));
        f.service.history().undo();
        assertTrue(f.row(id).deleted());
        assertEquals(3, f.liveCount());
        f.service.history().redo();
        assertFalse(f.row(id).deleted());
        assertThrows(ReviewException.class, () -> f.service.addIndicator(424242, draft));
    }

    @Test
    void aFailureMidTransactionLeavesNoPartialChangeAndNoAuditRow() {
        ReviewException e = assertThrows(ReviewException.class,
                () -> f.service.rejectAll(List.of(f.gdp, f.unemployment, 999_999L)));
        assertEquals("Indicator 999999 does not exist.", e.getMessage());
        assertEquals(ReviewStatus.UNREVIEWED, f.row(f.gdp).status());
        assertEquals(0, f.reviewedCount());
        assertTrue(f.store.audit().listByDocument(f.documentId).isEmpty());
        assertFalse(f.service.history().canUndo());

        // the second row of a step vanishes (a re-run removed it) after the first row was written: all rolled back
        f.service.verifyAll(List.of(f.gdp, f.unemployment));
        f.service.history().undo();
        f.store.runInTransaction(tx -> ReviewDao.of(tx).removeUnreviewedEngineIndicators(f.documentId,
                List.of(f.unemployment)));
        int eventsBefore = f.store.audit().listByDocument(f.documentId).size();
        assertThrows(ReviewException.class, () -> f.service.history().redo());
        assertEquals(ReviewStatus.UNREVIEWED, f.row(f.gdp).status(), "nothing of the failed redo stays");
        assertEquals(eventsBefore, f.store.audit().listByDocument(f.documentId).size());
        assertTrue(f.service.history().canRedo(), "the failed step stays on the stack");
    }

    @Test
    void listenersHearAboutCommittedChangesOnlyWithTheirIds() {
        List<ReviewChange> heard = new java.util.ArrayList<>();
        f.service.addListener(heard::add);
        f.service.addListener(c -> {
            throw new IllegalStateException("a broken view model");
        });
        f.service.verifyAll(List.of(f.gdp, f.firms));
        assertEquals(1, heard.size());
        assertEquals(ReviewAction.VERIFY, heard.get(0).action());
        assertEquals(Set.of(f.gdp, f.firms), heard.get(0).indicatorIds());
        assertEquals(Set.of(f.documentId), heard.get(0).documentIds());
        assertThrows(ReviewException.class, () -> f.service.verify(5555));
        f.service.history().undo();
        assertEquals(2, heard.size());
        assertEquals(ReviewAction.UNDO, heard.get(1).action());
    }
}
