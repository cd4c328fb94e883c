package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Tag;
import io.zhibiao.core.store.TagUsage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tags with autocomplete, notes, and corrections of a document's region, year and kind. */
class TagsNotesAndDocumentsTest extends ReviewTestBase {
    @Test
    void tagsGoOnManyIndicatorsAtOnceAndCountForAutocomplete() {
        assertEquals(3, f.service.tag(List.of(f.gdp, f.unemployment, f.firms), " 存疑 ", "#e53935"));
        assertEquals(1, f.service.tag(List.of(f.gdp), "重点", "#1e88e5"));
        assertEquals(0, f.service.tag(List.of(f.gdp), "存疑", "#000000"), "already tagged");
        Tag doubt = f.store.tags().findByName("存疑").orElseThrow();
        assertEquals("#e53935", doubt.color(), "an existing tag keeps its colour");
        assertEquals(List.of("存疑", "重点"), f.service.tagsOf(f.gdp).stream().map(Tag::name).sorted().toList());

        List<TagUsage> usage = f.service.tagUsage();
        assertEquals(List.of("存疑", "重点"), usage.stream().map(u -> u.tag().name()).toList());
        assertEquals(List.of(3, 1), usage.stream().map(TagUsage::indicatorCount).toList());
        assertEquals(2, f.service.allTags().size());

        f.service.delete(f.firms);
        assertEquals(2, f.service.tagUsage().get(0).indicatorCount(), "deleted indicators do not count");

        assertEquals(3, f.service.untag(List.of(f.gdp, f.unemployment, f.firms), doubt.id()));
        assertEquals(List.of("重点"), f.service.tagsOf(f.gdp).stream().map(Tag::name).toList());
        f.service.history().undo();
        assertEquals(3, f.store.tags().indicatorIdsWith(doubt.id()).size(), "untag undone as one step");

        List<AuditEvent> h = f.service.historyOf(f.unemployment);
        assertEquals("tag", h.get(0).action());
        assertEquals("tag", h.get(0).field());
        assertNull(h.get(0).oldValue());
        assertEquals("存疑", h.get(0).newValue());
        assertEquals("存疑", h.get(1).oldValue());
        assertEquals("untag", h.get(1).action());
        assertEquals(1, f.store.audit().listByEntity(AuditEvent.TAG, doubt.id()).size(), "creation audited");
        assertThrows(IllegalArgumentException.class, () -> f.service.tag(List.of(f.gdp), "  ", null));
    }

    @Test
    void aNoteIsSetChangedClearedAndAudited() {
        assertTrue(f.service.setNote(f.gdp, "  原文为6.5%以上 "));
        assertEquals("原文为6.5%以上", f.row(f.gdp).note());
        assertFalse(f.service.setNote(f.gdp, "原文为6.5%以上"));
        f.service.setNote(f.gdp, "");
        assertNull(f.row(f.gdp).note());
        List<AuditEvent> h = f.service.historyOf(f.gdp);
        assertEquals(2, h.size());
        assertEquals("原文为6.5%以上", h.get(1).oldValue());
        assertNull(h.get(1).newValue());
        assertEquals(0, f.reviewedCount(), "a note is not a verdict");
        f.service.history().undo();
        assertEquals("原文为6.5%以上", f.row(f.gdp).note());
    }

    @Test
    void documentRegionYearAndKindOverridesAreStoredAuditedAndUndoable() {
        assertTrue(f.service.overrideRegion(f.documentId, "421281"));
        assertTrue(f.service.overrideYear(f.documentId, 2023));
        assertTrue(f.service.overrideKind(f.documentId, DocumentKind.COMPLETION_REPORT));
        assertFalse(f.service.overrideYear(f.documentId, 2023));
        DocumentSummary d = f.store.documents().findById(f.documentId).orElseThrow();
        assertEquals("421281", d.effectiveRegionCode());
        assertEquals("421200", d.regionCode(), "the detected value stays beside the override");
        assertEquals(2023, d.effectiveYear());
        assertEquals(DocumentKind.COMPLETION_REPORT, d.effectiveKind());

        List<AuditEvent> h = f.store.audit().listByEntity(AuditEvent.DOCUMENT, f.documentId);
        assertEquals(List.of("region_code", "report_year", "kind"), h.stream().map(AuditEvent::field).toList());
        assertEquals(List.of("421200", "421281"), List.of(h.get(0).oldValue(), h.get(0).newValue()));
        assertEquals(List.of("2024", "2023"), List.of(h.get(1).oldValue(), h.get(1).newValue()));
        assertEquals(List.of("work_report", "completion_report"), List.of(h.get(2).oldValue(), h.get(2).newValue()));
        assertTrue(h.stream().allMatch(e -> e.action().equals("override") && e.analyst().equals("张敏")));

        f.service.history().undo();
        assertNull(f.store.documents().findById(f.documentId).orElseThrow().kindOverride());
        f.service.overrideYear(f.documentId, null);
        assertEquals(2024, f.store.documents().findById(f.documentId).orElseThrow().effectiveYear());

        assertThrows(IllegalArgumentException.class, () -> f.service.overrideYear(f.documentId, 1066));
        assertThrows(IllegalArgumentException.class, () -> f.service.overrideRegion(f.documentId, "咸宁"));
        ReviewException missing = assertThrows(ReviewException.class, () -> f.service.overrideYear(777, 2020));
        assertEquals("Document 777 does not exist.", missing.getMessage());
    }
}
