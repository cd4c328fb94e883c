package io.zhibiao.core.store;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.ValueKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.zhibiao.core.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class DocumentDaoTest {
    @TempDir
    Path dir;
    Store store;
    DocumentDao documents;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("zhibiao"));
        documents = store.documents();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyDocumentFieldRoundTrips() {
        NewDocument doc = document("/reports/咸宁/2024年政府工作报告.txt", TEXT);
        long id = documents.insertDocument(doc, List.of(gdpTarget(), unemploymentRange()));

        DocumentSummary s = documents.findById(id).orElseThrow();
        assertEquals(id, s.id());
        assertEquals(doc.sourcePath(), s.sourcePath());
        assertEquals("2024年政府工作报告.txt", s.fileName());
        assertEquals(doc.contentHash(), s.contentHash());
        assertEquals(doc.fileSize(), s.fileSize());
        assertEquals("txt", s.format());
        assertEquals("UTF-8", s.encoding());
        assertEquals("2024年咸宁市政府工作报告", s.title());
        assertEquals("421200", s.regionCode());
        assertEquals(0.95, s.regionConfidence());
        assertEquals(2024, s.reportYear());
        assertEquals(0.9, s.yearConfidence());
        assertEquals(DocumentKind.WORK_REPORT, s.kind());
        assertEquals(0.85, s.kindConfidence());
        assertEquals(doc.publishedOn(), s.publishedOn());
        assertEquals(doc.deliveredOn(), s.deliveredOn());
        assertEquals("王立", s.speaker());
        assertEquals("咸宁市市长", s.speakerTitle());
        assertEquals("咸宁市人民政府办公室", s.publisher());
        assertEquals("11421200MB1234567X/2024-00012", s.indexNumber());
        assertEquals(IMPORTED_AT, s.importedAt());
        assertNull(s.previousVersionId());
        assertEquals(2, s.storedIndicatorCount());
        assertEquals(2, s.indicatorCount());
        assertEquals(0, s.reviewedCount());

        DocumentText text = documents.loadText(id).orElseThrow();
        assertEquals(TEXT, text.originalText());
        assertEquals(TEXT.strip(), text.cleanedText());

        List<StoredIndicator> stored = store.indicators().findByDocument(id);
        assertEquals(List.of(gdpTarget(), unemploymentRange()), stored.stream().map(StoredIndicator::value).toList());
        StoredIndicator first = stored.get(0);
        assertEquals(IndicatorOrigin.ENGINE, first.origin());
        assertEquals(ReviewStatus.UNREVIEWED, first.status());
        assertFalse(first.deleted());
        assertNull(first.note());
        assertNull(first.updatedBy());
        assertEquals(IMPORTED_AT, first.updatedAt());
    }

    @Test
    void nullsRoundTripAsNulls() {
        long id = documents.insertDocument(bareDocument("/r/空.txt", "只有一句话。"), List.of(qualitative()));
        DocumentSummary s = documents.findById(id).orElseThrow();
        assertNull(s.encoding());
        assertNull(s.title());
        assertNull(s.regionCode());
        assertNull(s.regionConfidence());
        assertNull(s.reportYear());
        assertNull(s.kind());
        assertNull(s.kindConfidence());
        assertNull(s.publishedOn());
        assertNull(s.speaker());
        assertNull(s.regionName());
        assertNull(s.effectiveRegionCode());
        assertNull(documents.loadText(id).orElseThrow().cleanedText());
        assertEquals(qualitative(), store.indicators().findByDocument(id).get(0).value());
    }

    @Test
    void sameContentIsRejectedAsDuplicate() {
        NewDocument doc = document("/r/a.txt", TEXT);
        documents.insertDocument(doc, List.of(gdpTarget()));
        assertTrue(documents.containsHash(doc.contentHash()));
        assertTrue(documents.containsHash(doc.contentHash().toUpperCase()));
        assertFalse(documents.containsHash(sha256("其他内容")));

        NewDocument copy = document("/elsewhere/copy.txt", TEXT);
        DuplicateDocumentException e = assertThrows(DuplicateDocumentException.class,
                () -> documents.insertDocument(copy, List.of()));
        assertTrue(e.getMessage().contains("copy.txt"), e.getMessage());
        assertEquals(1, documents.listSummaries().size());
        assertEquals("/r/a.txt", documents.findByHash(doc.contentHash()).orElseThrow().sourcePath());
    }

    @Test
    void failingIndicatorRollsBackTheWholeDocument() {
        IndicatorValue unitTooLong = new IndicatorValue("x", "坏指标", Measure.LEVEL, ValueKind.ACTUAL, 2023,
                1.0, "元".repeat(500), null, null, null, null, null, false, false, false, 1, 2, "句子", 0.5);
        NewDocument doc = document("/r/a.txt", TEXT);

        StoreException e = assertThrows(StoreException.class,
                () -> documents.insertDocument(doc, List.of(gdpTarget(), unitTooLong)));
        assertTrue(e.getMessage().startsWith("Could not import a.txt"), e.getMessage());

        assertFalse(documents.containsHash(doc.contentHash()));
        assertTrue(documents.listSummaries().isEmpty());
        assertTrue(documents.findIncomplete().isEmpty());
        // the same file imports cleanly afterwards
        long id = documents.insertDocument(doc, List.of(gdpTarget()));
        assertEquals(1, store.indicators().findByDocument(id).size());
    }

    @Test
    void summaryListCountsIndicatorsAndReviewedOnes() {
        long a = documents.insertDocument(document("/r/a.txt", TEXT), List.of(gdpTarget(), unemploymentRange(),
                qualitative()));
        long b = documents.insertDocument(document("/r/b.txt", TEXT + "二"), List.of());
        Instant now = Instant.parse("2024-05-01T00:00:00Z");
        List<StoredIndicator> ofA = store.indicators().findByDocument(a);
        store.indicators().updateStatus(ofA.get(0).id(), ReviewStatus.VERIFIED, "li", now);
        store.indicators().updateStatus(ofA.get(1).id(), ReviewStatus.REJECTED, "li", now);
        store.indicators().setDeleted(ofA.get(2).id(), true, "li", now);
        store.indicators().insertAnalystIndicator(b, gdpTarget(), ReviewStatus.UNREVIEWED, "li", now);

        List<DocumentSummary> list = documents.listSummaries();
        assertEquals(List.of(a, b), list.stream().map(DocumentSummary::id).toList());
        DocumentSummary sa = list.get(0);
        assertEquals(3, sa.storedIndicatorCount());
        assertEquals(2, sa.indicatorCount());
        assertEquals(2, sa.reviewedCount());
        assertTrue(sa.fullyReviewed());
        DocumentSummary sb = list.get(1);
        assertEquals(0, sb.storedIndicatorCount());
        assertEquals(1, sb.indicatorCount());
        assertEquals(0, sb.reviewedCount());
        // the single lookup counts the same way as the list
        assertEquals(sa, documents.findById(a).orElseThrow());
        assertEquals(sb, documents.findById(b).orElseThrow());
        // analyst additions and soft deletes do not make a document look broken
        assertTrue(documents.findIncomplete().isEmpty());
    }

    @Test
    void changedFileAtSamePathBecomesNewVersion() {
        long v1 = documents.insertDocument(document("/r/a.txt", TEXT), List.of(gdpTarget()));
        NewDocument changed = document("/r/a.txt", TEXT + "修订");
        NewDocument v2doc = new NewDocument(changed.sourcePath(), changed.fileName(), changed.contentHash(),
                changed.fileSize(), changed.format(), changed.encoding(), changed.originalText(),
                changed.cleanedText(), changed.title(), changed.regionCode(), changed.regionConfidence(),
                changed.reportYear(), changed.yearConfidence(), changed.kind(), changed.kindConfidence(),
                changed.publishedOn(), changed.deliveredOn(), changed.speaker(), changed.speakerTitle(),
                changed.publisher(), changed.indexNumber(), IMPORTED_AT.plusSeconds(60), v1);
        long v2 = documents.insertDocument(v2doc, List.of());

        DocumentSummary latest = documents.findLatestByPath("/r/a.txt").orElseThrow();
        assertEquals(v2, latest.id());
        assertEquals(v1, latest.previousVersionId());
        assertTrue(documents.findById(v1).isPresent());
        assertTrue(documents.findLatestByPath("/r/other.txt").isEmpty());
    }

    @Test
    void overridesKeepTheDetectedValues() {
        store.regions().insertAllIfEmpty(RegionDaoTest.hubei());
        long id = documents.insertDocument(document("/r/a.txt", TEXT), List.of());
        assertEquals("咸宁市", documents.findById(id).orElseThrow().regionName());

        documents.overrideRegion(id, "421281");
        documents.overrideYear(id, 2023);
        documents.overrideKind(id, DocumentKind.COMPLETION_REPORT);
        DocumentSummary s = documents.findById(id).orElseThrow();
        assertEquals("421200", s.regionCode());
        assertEquals("421281", s.effectiveRegionCode());
        assertEquals("赤壁市", s.regionName());
        assertEquals(2024, s.reportYear());
        assertEquals(2023, s.effectiveYear());
        assertEquals(DocumentKind.WORK_REPORT, s.kind());
        assertEquals(DocumentKind.COMPLETION_REPORT, s.effectiveKind());

        documents.overrideYear(id, null);
        assertEquals(2024, documents.findById(id).orElseThrow().effectiveYear());
        StoreException e = assertThrows(StoreException.class, () -> documents.overrideYear(999, 2020));
        assertEquals("Document 999 does not exist.", e.getMessage());
    }

    @Test
    void deletingADocumentRemovesItsTextAndIndicatorsButNotItsHistory() {
        long id = documents.insertDocument(document("/r/a.txt", TEXT), List.of(gdpTarget()));
        store.audit().append(AuditEvent.of(IMPORTED_AT, "li", "override", AuditEvent.DOCUMENT, id, id,
                "report_year", "2024", "2023", null));
        assertTrue(documents.delete(id));
        assertTrue(documents.findById(id).isEmpty());
        assertTrue(documents.loadText(id).isEmpty());
        assertTrue(store.indicators().findByDocument(id, true).isEmpty());
        assertEquals(1, store.audit().listByDocument(id).size());
        assertFalse(documents.delete(id));
    }

    @Test
    void badHashIsRefusedBeforeTouchingTheStore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NewDocument("/a", "a", "abc", 1, "txt", null, "t", null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, IMPORTED_AT, null));
        assertTrue(e.getMessage().contains("SHA-256"));
    }
}
