package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zhibiao.core.review.ReviewFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/** Re-running extraction keeps review work; a selection pre-fills the add form. */
class RerunAndDraftTest extends ReviewTestBase {
    @Test
    void mergeReplacesUnreviewedRowsKeepsReviewedWorkAndDoesNotDuplicate() {
        f.service.verify(f.gdp);
        f.service.correct(f.unemployment, IndicatorField.VALUE, 3.0);
        long added = f.service.addIndicator(f.documentId, f.service.draftFromSelection(TEXT, 0, 4, 2024, null));
        IndicatorValue newcomer = IndicatorField.VALUE.with(IndicatorField.START.with(gdpValue(), 2), 7.0);

        RerunReport report = f.service.mergeExtraction(f.documentId,
                List.of(gdpValue(), unemploymentValue(), newcomer));

        assertEquals("added 1, changed 0, removed 1, unchanged 0, kept 3, duplicates skipped 2", report.summary());
        List<StoredIndicator> rows = f.store.indicators().findByDocument(f.documentId);
        assertEquals(4, rows.size());
        assertEquals(ReviewStatus.VERIFIED, f.row(f.gdp).status());
        assertEquals(3.0, f.row(f.unemployment).value().value(), "the correction stays, no uncorrected twin");
        assertFalse(f.row(added).deleted());
        assertTrue(f.store.indicators().findById(f.firms).isEmpty(), "the unreviewed row the engine lost is gone");
        assertEquals(1, rows.stream().filter(r -> r.origin() == IndicatorOrigin.ENGINE
                && r.status() == ReviewStatus.UNREVIEWED).count());
        assertTrue(f.store.documents().findIncomplete().isEmpty(), "the document stays whole");
        assertEquals(4, f.liveCount());
        assertEquals(3, f.reviewedCount());
        assertTrue(f.store.audit().listByEntity(AuditEvent.DOCUMENT, f.documentId).stream()
                .anyMatch(e -> e.action().equals("rerun") && e.newValue().equals(report.summary())));

        RerunReport again = f.service.mergeExtraction(f.documentId, List.of(gdpValue(), unemploymentValue(), newcomer));
        assertEquals("added 0, changed 0, removed 0, unchanged 1, kept 3, duplicates skipped 2", again.summary(),
                "a second identical run changes nothing");
        assertTrue(f.service.history().canUndo(), "steps about kept rows survive the re-run");
    }

    @Test
    void notedTaggedAndDeletedEngineRowsAreKeptAndStepsAboutRemovedRowsAreForgotten() {
        f.service.setNote(f.gdp, "待核");
        f.service.tag(List.of(f.unemployment), "存疑", null);
        f.service.delete(f.firms);
        f.service.verify(f.firms);
        f.service.history().undo();

        RerunReport report = f.service.mergeExtraction(f.documentId, List.of(firmsValue()));
        assertEquals("added 0, changed 0, removed 0, unchanged 0, kept 3, duplicates skipped 1", report.summary());
        assertTrue(f.row(f.firms).deleted(), "a deleted engine value does not come back");
        assertTrue(f.service.history().canRedo());
    }

    @Test
    void rerunWithTheEngineKeepsReviewedRowsAndFindsTheReportsValues() {
        f.service.verify(f.gdp);
        f.service.reject(f.firms);
        RerunReport report = f.service.rerunExtraction(f.documentId);
        assertEquals(2, report.kept());
        List<StoredIndicator> rows = f.store.indicators().findByDocument(f.documentId);
        assertTrue(rows.stream().anyMatch(r -> r.id() == f.gdp && r.status() == ReviewStatus.VERIFIED));
        assertTrue(rows.stream().anyMatch(r -> r.id() == f.firms && r.status() == ReviewStatus.REJECTED));
        assertTrue(rows.stream().anyMatch(r -> r.status() == ReviewStatus.UNREVIEWED
                && Double.valueOf(3.5).equals(r.value().value())), rows.toString());
        RerunReport second = f.service.rerunExtraction(f.documentId);
        assertEquals(0, second.added(), "re-running again adds nothing: " + second);
        assertEquals(0, second.removed());
        assertThrows(ReviewException.class, () -> f.service.rerunExtraction(31337));
    }

    @Test
    void selectingASentencePreFillsValueUnitAndSpan() {
        String text = "过去一年，我们狠抓创新驱动。新增高新技术企业18家，技术合同成交额增长12.5%。";
        int start = text.indexOf("新增");
        int end = text.indexOf("，技术");
        IndicatorValue draft = f.service.draftFromSelection(text, start, end, 2024, DocumentKind.WORK_REPORT);
        assertEquals(18.0, draft.value());
        assertEquals("家", draft.unit());
        assertTrue(draft.start() >= start && draft.end() <= end, draft.toString());
        assertTrue(draft.sentence().contains("新增高新技术企业18家"));

        int growth = text.indexOf("12.5%");
        IndicatorValue onlyNumber = f.service.draftFromSelection(text, growth, growth + 5, 2024,
                DocumentKind.WORK_REPORT);
        assertEquals(12.5, onlyNumber.value());
        assertEquals("%", onlyNumber.unit());
    }

    @Test
    void aSelectionTheEngineMakesNothingOfStillGivesItsNumber() {
        String text = "共计一百零五";
        IndicatorValue bare = f.service.draftFromSelection(text, 2, 6, 2024, null);
        assertEquals(105.0, bare.value());
        assertNull(bare.unit());
        assertEquals(2, bare.start());
        assertEquals(6, bare.end());

        IndicatorValue empty = f.service.draftFromSelection("坚持稳中求进", 0, 6, 2024, null);
        assertNull(empty.value());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> f.service.draftFromSelection("abc", 2, 9, 2024, null));
        assertEquals("The selection 2..9 is empty or outside the text (length 3).", outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.service.draftFromSelection("abc", 0, 2, 1500, null));
    }
}
