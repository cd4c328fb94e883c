package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.IndicatorReview;
import io.zhibiao.core.store.PortableDao;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two analysts (two sessions, each with a pane of its own) edit the same indicator: the change based on a
 * version someone else has moved on from is refused with both versions, the merge of the analyst's choice is
 * written, and an undo of a row changed since explains itself instead of overwriting. On a store file the two
 * sessions share one store, as two panes or a work import in one workbench do; on a team store each has a
 * client of its own ({@link NoLostEditsOnTeamStoreTest}).
 */
class NoLostEditsTest extends TwoAnalysts {
    long gdp;
    long firms;

    @Override
    List<IndicatorValue> values() {
        return List.of(ReviewFixture.gdpValue(), ReviewFixture.unemploymentValue(), ReviewFixture.firmsValue());
    }

    @BeforeEach
    void bothShowTheReport() {
        List<StoredIndicator> rows = storeA.indicators().findByDocument(doc);
        gdp = rows.get(0).id();
        firms = rows.get(2).id();
        show(paneA, storeA);
        show(paneB, storeB);
    }

    /** What a pane does when it (re)loads the report: it shows every row at its stored version. */
    private void show(SeenRows pane, Store store) {
        for (StoredIndicator row : store.indicators().findByDocument(doc)) {
            pane.show(IndicatorSnapshot.of(row, store.tags().tagsOf(row.id())));
        }
        pane.showDocument(doc, store.documents().findById(doc).orElseThrow().overrideVersion());
    }

    private StoredIndicator stored(long id) {
        return storeA.indicators().findById(id).orElseThrow();
    }

    @Test
    void aCorrectionBasedOnTheVersionBeforeAnotherVerdictIsRefusedWithBothVersions() {
        assertTrue(a.basedOn(paneA).verify(gdp));

        StaleChangeException refused = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).correct(gdp, IndicatorField.VALUE, 6.5));

        StaleChange c = refused.changes().get(0);
        assertEquals(gdp, c.id());
        assertEquals(0, c.versionSeen());
        assertEquals(1, c.versionStored());
        assertEquals(A, c.changedBy(), "who changed it, from the history");
        assertEquals(List.of("status"), c.lastChange().stream().map(AuditEvent::field).toList());
        assertEquals(6.5, c.mine().value().value());
        assertEquals(ReviewStatus.CORRECTED, c.mine().status());
        assertEquals(6.0, c.theirs().value().value());
        assertEquals(ReviewStatus.VERIFIED, c.theirs().status());
        assertEquals(List.of(MergeField.VALUE, MergeField.STATUS), c.differing());
        // nothing of B's change was written: not the value, not a line of history
        assertEquals(6.0, stored(gdp).value().value());
        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status());
        assertEquals(1, stored(gdp).version());
        assertTrue(storeA.audit().listByEntity(AuditEvent.INDICATOR, gdp).stream().noneMatch(e -> e.analyst().equals(B)));
        assertFalse(b.history().canUndo(), "a refused change is no step to undo");
    }

    @Test
    void theMergedChoiceIsWrittenOnTheStoredVersionAndRefusedAgainIfThatMovedOnToo() {
        a.basedOn(paneA).verify(gdp);
        StaleChange c = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).correct(gdp, IndicatorField.VALUE, 6.5)).changes().get(0);

        assertTrue(b.basedOn(paneB).merge(c, Set.of(MergeField.VALUE)));

        StoredIndicator merged = stored(gdp);
        assertEquals(6.5, merged.value().value(), "mine");
        assertEquals(6.5, merged.value().normalizedValue(), "the normalised value follows the value taken");
        assertEquals(ReviewStatus.VERIFIED, merged.status(), "theirs");
        assertEquals(2, merged.version());
        assertEquals(B, merged.updatedBy());
        // B's pane knows its own write: its next action is based on it, not refused against itself
        assertTrue(b.basedOn(paneB).setNote(gdp, "与统计公报核对"));

        // A has not seen the merge: A's next change is refused in turn, and so is a merge of the old refusal
        assertThrows(StaleChangeException.class, () -> a.basedOn(paneA).reject(gdp));
        assertThrows(StaleChangeException.class, () -> b.basedOn(paneB).merge(c, Set.of(MergeField.STATUS)));
        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status());
        assertEquals("与统计公报核对", stored(gdp).note());
    }

    @Test
    void keepingTheirsWritesNothing() {
        a.basedOn(paneA).verify(gdp);
        StaleChange c = assertThrows(StaleChangeException.class, () -> b.basedOn(paneB).reject(gdp)).changes().get(0);

        assertFalse(b.basedOn(paneB).merge(c, Set.of()));

        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status());
        assertEquals(1, stored(gdp).version());
        assertTrue(b.basedOn(paneB).reject(gdp), "the pane now shows theirs, and acts on it");
    }

    @Test
    void anUndoOfARowSomeoneChangedSinceExplainsItselfAndTheEarlierStepsStayUndoable() {
        a.basedOn(paneA).verify(firms);
        a.basedOn(paneA).verify(gdp);
        show(paneB, storeB);
        b.basedOn(paneB).setNote(gdp, "王芳核对");

        StaleChangeException refused = assertThrows(StaleChangeException.class, () -> a.history().undo());

        StaleChange c = refused.changes().get(0);
        assertTrue(c.undo());
        assertEquals(gdp, c.id());
        assertEquals(B, c.changedBy());
        assertEquals(List.of("note"), c.lastChange().stream().map(AuditEvent::field).toList());
        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status(), "the undo overwrote nothing");
        assertEquals("王芳核对", stored(gdp).note());
        // the refused step left the stack; the one before it is undone as usual
        assertTrue(a.history().canUndo());
        a.history().undo();
        assertEquals(ReviewStatus.UNREVIEWED, stored(firms).status());
        assertFalse(a.history().canUndo());
        assertTrue(a.history().canRedo());
    }

    @Test
    void undoAndRedoOfOnesOwnStepsFollowTheVersionsTheyWrote() {
        a.basedOn(paneA).verify(gdp);
        a.basedOn(paneA).setNote(gdp, "核对");
        a.history().undo();
        a.history().undo();
        assertEquals(ReviewStatus.UNREVIEWED, stored(gdp).status());
        a.history().redo();
        a.history().redo();
        assertEquals("核对", stored(gdp).note());
        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status());
        assertEquals(6, stored(gdp).version());
    }

    @Test
    void twoPanesOfOneSessionRaceLikeTwoAnalysts() {
        SeenRows otherPane = new SeenRows();
        show(otherPane, storeA);
        a.basedOn(paneA).verify(gdp);

        StaleChange c = assertThrows(StaleChangeException.class, () -> a.basedOn(otherPane).reject(gdp))
                .changes().get(0);

        assertEquals(A, c.changedBy());
        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status());
    }

    @Test
    void aTagChangeIsBasedOnTheRowsVersionToo() {
        a.basedOn(paneA).tag(List.of(gdp), "核对", null);

        StaleChange c = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).tag(List.of(gdp), "存疑", null)).changes().get(0);

        assertEquals(List.of(MergeField.TAGS), c.differing());
        assertEquals(List.of("核对"), storeA.tags().tagsOf(gdp).stream().map(t -> t.name()).toList());
        assertTrue(b.basedOn(paneB).merge(c, Set.of(MergeField.TAGS)));
        assertEquals(List.of("存疑"), storeA.tags().tagsOf(gdp).stream().map(t -> t.name()).toList(),
                "mine, as the merge showed it");
    }

    @Test
    void aDocumentCorrectionBasedOnAnOlderOneIsRefused() {
        a.basedOn(paneA).overrideYear(doc, 2025);

        StaleChange c = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).overrideKind(doc, DocumentKind.OTHER)).changes().get(0);

        assertFalse(c.isIndicator());
        assertEquals(A, c.changedBy());
        assertEquals(List.of("report_year"), c.lastChange().stream().map(AuditEvent::field).toList());
        assertEquals(DocumentKind.WORK_REPORT, storeA.documents().findById(doc).orElseThrow().effectiveKind());
        // A's own second correction, before its pane re-read the document, is based on its first
        assertTrue(a.basedOn(paneA).overrideKind(doc, DocumentKind.OTHER));
        assertEquals(2025, storeA.documents().findById(doc).orElseThrow().effectiveYear());
    }

    @Test
    void aWorkImportThatChangedTheRowOrItsTagsRefusesThePanesOlderChange() {
        StoredIndicator row = stored(gdp);
        storeB.runInTransaction(tx -> PortableDao.of(tx).writeWork(gdp, row.value(), ReviewStatus.REJECTED, "导入",
                false, Instant.now(), B));
        assertThrows(StaleChangeException.class, () -> a.basedOn(paneA).verify(gdp));

        show(paneA, storeA);
        long tag = b.tagNamed("核对", null).id();
        storeB.runInTransaction(tx -> PortableDao.of(tx).replaceTags(firms, List.of(tag)));
        StaleChange c = assertThrows(StaleChangeException.class, () -> a.basedOn(paneA).setNote(firms, "已核"))
                .changes().get(0);
        assertEquals(List.of(MergeField.NOTE, MergeField.TAGS), c.differing());
        assertEquals(ReviewStatus.REJECTED, stored(gdp).status());
    }

    @Test
    void ofTwoWritesRacingFromTheSameVersionExactlyOneWins() throws Exception {
        StoredIndicator row = stored(gdp);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                long version = stored(gdp).version();
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<Boolean>> writes = new java.util.ArrayList<>();
                for (Store store : List.of(storeA, storeB)) {
                    ReviewStatus status = store == storeA ? ReviewStatus.VERIFIED : ReviewStatus.REJECTED;
                    writes.add(pool.submit(() -> {
                        start.await();
                        return store.indicators().writeReview(gdp, version,
                                new IndicatorReview(row.value(), status, "round", false, true), A, Instant.now());
                    }));
                }
                int won = 0;
                for (var w : writes) {
                    won += w.get() ? 1 : 0;
                }
                assertEquals(1, won, "round " + round);
                assertEquals(version + 1, stored(gdp).version());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theVersionIsCheckedByTheUpdateItself() {
        StoredIndicator row = stored(gdp);
        IndicatorReview verified = new IndicatorReview(row.value(), ReviewStatus.VERIFIED, null, false, true);
        assertTrue(storeB.indicators().writeReview(gdp, 0, verified, B, Instant.now()));

        IndicatorReview rejected = new IndicatorReview(row.value(), ReviewStatus.REJECTED, null, false, true);
        assertFalse(storeA.indicators().writeReview(gdp, 0, rejected, A, Instant.now()),
                "a second write based on version 0 touches no row");
        assertEquals(ReviewStatus.VERIFIED, stored(gdp).status());
        assertEquals(1, stored(gdp).version());
    }
}
