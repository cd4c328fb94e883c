package io.zhibiao.core.store;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Qualifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.zhibiao.core.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** What the review layer needs: indicator edits, tags, audit history, and transactions across them. */
class ReviewDataTest {
    static final Instant AT = Instant.parse("2024-06-01T09:00:00Z");

    @TempDir
    Path dir;
    Store store;
    long documentId;
    StoredIndicator gdp;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("zhibiao"));
        documentId = store.documents().insertDocument(document("/r/a.txt", TEXT),
                List.of(unemploymentRange(), gdpTarget()));
        gdp = store.indicators().findByDocument(documentId).get(0);
    }

    /** The store file the tests run on; {@link ReviewDataOnTeamStoreTest} runs them on a team store. */
    Store openStore(Path location) {
        return Store.open(location);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void indicatorsComeInTextOrder() {
        List<StoredIndicator> list = store.indicators().findByDocument(documentId);
        assertEquals(List.of(gdpTarget(), unemploymentRange()), list.stream().map(StoredIndicator::value).toList());
    }

    @Test
    void correctingAValueReplacesEveryFieldAndStampsTheAnalyst() {
        IndicatorValue fixed = new IndicatorValue("gdp_growth", "地区生产总值增长", gdpTarget().measure(),
                gdpTarget().kind(), 2024, 6.5, "%", 6.5, "%", Qualifier.GE, null, null, true, false, false,
                63, 78, "地区生产总值增长6.5%以上", 1.0);
        store.indicators().updateValue(gdp.id(), fixed, "张敏", AT);
        store.indicators().updateStatus(gdp.id(), ReviewStatus.CORRECTED, "张敏", AT);
        store.indicators().updateNote(gdp.id(), "原文为6.5%以上", "张敏", AT);

        StoredIndicator after = store.indicators().findById(gdp.id()).orElseThrow();
        assertEquals(fixed, after.value());
        assertEquals(ReviewStatus.CORRECTED, after.status());
        assertEquals("原文为6.5%以上", after.note());
        assertEquals("张敏", after.updatedBy());
        assertEquals(AT, after.updatedAt());
        assertEquals(IndicatorOrigin.ENGINE, after.origin());
        StoreException e = assertThrows(StoreException.class,
                () -> store.indicators().updateStatus(424242, ReviewStatus.VERIFIED, "张敏", AT));
        assertEquals("Indicator 424242 does not exist.", e.getMessage());
    }

    @Test
    void deletedIndicatorsAreHiddenButKept() {
        store.indicators().setDeleted(gdp.id(), true, "li", AT);
        assertEquals(1, store.indicators().findByDocument(documentId).size());
        assertEquals(2, store.indicators().findByDocument(documentId, true).size());
        store.indicators().setDeleted(gdp.id(), false, "li", AT);
        assertEquals(2, store.indicators().findByDocument(documentId).size());
    }

    @Test
    void analystCanAddAnIndicatorTheEngineMissed() {
        long id = store.indicators().insertAnalystIndicator(documentId, qualitative(), ReviewStatus.VERIFIED,
                "li", AT);
        StoredIndicator added = store.indicators().findById(id).orElseThrow();
        assertEquals(IndicatorOrigin.ANALYST, added.origin());
        assertEquals(ReviewStatus.VERIFIED, added.status());
        assertEquals("li", added.updatedBy());
        assertEquals(qualitative(), added.value());
    }

    @Test
    void tagsAttachOnceAndFollowTheirIndicators() {
        Tag doubt = store.tags().create(" 存疑 ", "#e53935");
        assertEquals("存疑", doubt.name());
        StoreException dup = assertThrows(StoreException.class, () -> store.tags().create("存疑", null));
        assertEquals("A tag named 存疑 already exists.", dup.getMessage());

        store.tags().attach(gdp.id(), doubt.id());
        store.tags().attach(gdp.id(), doubt.id());
        assertEquals(List.of(doubt), store.tags().tagsOf(gdp.id()));
        assertEquals(List.of(gdp.id()), store.tags().indicatorIdsWith(doubt.id()));
        assertEquals(doubt, store.tags().findByName("存疑").orElseThrow());

        assertTrue(store.tags().detach(gdp.id(), doubt.id()));
        assertTrue(store.tags().tagsOf(gdp.id()).isEmpty());
        store.tags().attach(gdp.id(), doubt.id());
        assertTrue(store.tags().delete(doubt.id()));
        assertTrue(store.tags().tagsOf(gdp.id()).isEmpty());
        assertTrue(store.tags().findAll().isEmpty());
    }

    @Test
    void auditEventsAreListedByEntityDocumentAndBatch() {
        AuditEvent first = AuditEvent.of(AT, "li", "status", AuditEvent.INDICATOR, gdp.id(), documentId,
                "status", "unreviewed", "verified", "batch-1");
        AuditEvent second = AuditEvent.of(AT.plusSeconds(5), "li", "update", AuditEvent.INDICATOR, gdp.id(),
                documentId, "stated_value", "6.0", "6.5", null);
        AuditEvent other = AuditEvent.of(AT, "wang", "override", AuditEvent.DOCUMENT, documentId, documentId,
                "region_code", null, "421281", "batch-1");
        long id1 = store.audit().append(first);
        long id2 = store.audit().append(second);
        store.audit().append(other);

        List<AuditEvent> history = store.audit().listByEntity(AuditEvent.INDICATOR, gdp.id());
        assertEquals(List.of(id1, id2), history.stream().map(AuditEvent::id).toList());
        assertEquals(new AuditEvent(id1, AT, "li", "status", "indicator", gdp.id(), documentId, "status",
                "unreviewed", "verified", "batch-1"), history.get(0));
        assertNull(history.get(1).batchId());
        assertEquals(3, store.audit().listByDocument(documentId).size());
        assertEquals(2, store.audit().listByBatch("batch-1").size());
        assertNull(store.audit().listByEntity(AuditEvent.DOCUMENT, documentId).get(0).oldValue());
    }

    @Test
    void transactionCommitsChangeAndAuditTogether() {
        store.runInTransaction(tx -> {
            tx.indicators().updateStatus(gdp.id(), ReviewStatus.VERIFIED, "li", AT);
            tx.audit().append(AuditEvent.of(AT, "li", "status", AuditEvent.INDICATOR, gdp.id(), documentId,
                    "status", "unreviewed", "verified", null));
        });
        assertEquals(ReviewStatus.VERIFIED, store.indicators().findById(gdp.id()).orElseThrow().status());
        assertEquals(1, store.audit().listByEntity(AuditEvent.INDICATOR, gdp.id()).size());
    }

    @Test
    void failureInsideATransactionUndoesEveryStepOfIt() {
        assertThrows(StoreException.class, () -> store.runInTransaction(tx -> {
            tx.indicators().updateStatus(gdp.id(), ReviewStatus.REJECTED, "li", AT);
            tx.audit().append(AuditEvent.of(AT, "li", "status", AuditEvent.INDICATOR, gdp.id(), documentId,
                    "status", "unreviewed", "rejected", null));
            tx.indicators().updateStatus(999_999, ReviewStatus.REJECTED, "li", AT);
        }));
        assertEquals(ReviewStatus.UNREVIEWED, store.indicators().findById(gdp.id()).orElseThrow().status());
        assertTrue(store.audit().listByEntity(AuditEvent.INDICATOR, gdp.id()).isEmpty());

        IllegalStateException own = assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
            tx.documents().overrideYear(documentId, 2020);
            throw new IllegalStateException("analyst cancelled");
        }));
        assertEquals("analyst cancelled", own.getMessage());
        assertNull(store.documents().findById(documentId).orElseThrow().reportYearOverride());
    }
}
