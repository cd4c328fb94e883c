package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two analysts correct the region, year or kind of the same report: the correction based on a version someone
 * else has moved on from is refused with both versions field by field, the merge of the analyst's choice is
 * written on the stored version (and refused again if that moved on too), and undoes as one step. As
 * {@link NoLostEditsTest}, on one store file; {@link NoLostDocumentEditsOnTeamStoreTest} on a team store.
 */
class NoLostDocumentEditsTest extends TwoAnalysts {
    @Override
    List<IndicatorValue> values() {
        return List.of(ReviewFixture.gdpValue());
    }

    @BeforeEach
    void bothShowTheReport() {
        paneA.showDocument(doc, stored().overrideVersion());
        paneB.showDocument(doc, storeB.documents().findById(doc).orElseThrow().overrideVersion());
    }

    private DocumentSummary stored() {
        return storeA.documents().findById(doc).orElseThrow();
    }

    /** B, still showing the report as imported, corrects its year after A corrected it to 2025. */
    private StaleChange bsYearRefusedAfterAs() {
        assertTrue(a.basedOn(paneA).overrideYear(doc, 2025));
        return assertThrows(StaleChangeException.class, () -> b.basedOn(paneB).overrideYear(doc, 2023))
                .changes().get(0);
    }

    @Test
    void aStaleYearCorrectionIsRefusedWithMineAndTheirs() {
        StaleChange c = bsYearRefusedAfterAs();

        assertFalse(c.isIndicator());
        assertEquals(doc, c.id());
        assertEquals(0, c.versionSeen());
        assertEquals(1, c.versionStored());
        assertEquals(A, c.changedBy());
        assertEquals(2023, c.mineCorrections().effective(OverrideField.YEAR), "what B's correction would have set");
        assertEquals(2025, c.theirsCorrections().effective(OverrideField.YEAR), "what A stored");
        assertEquals("421200", c.mineCorrections().effective(OverrideField.REGION), "detected, on both sides");
        assertEquals(List.of(OverrideField.YEAR), c.differing());
        assertEquals(2025, stored().effectiveYear(), "nothing of B's correction was written");
        assertEquals(1, stored().overrideVersion());
        assertTrue(storeA.audit().listByEntity(AuditEvent.DOCUMENT, doc).stream()
                .noneMatch(e -> e.analyst().equals(B)));
        assertFalse(b.history().canUndo());
    }

    @Test
    void staleRegionAndKindCorrectionsAreRefusedWithMineAndTheirs() {
        assertTrue(a.basedOn(paneA).overrideRegion(doc, "421202"));
        StaleChange region = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).overrideRegion(doc, "421221")).changes().get(0);
        assertEquals(List.of(OverrideField.REGION), region.differing());
        assertEquals("421221", region.mineCorrections().regionCode());
        assertEquals("421202", region.theirsCorrections().regionCode());

        assertTrue(a.basedOn(paneA).overrideKind(doc, DocumentKind.SUMMARY));
        StaleChange kind = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).overrideKind(doc, DocumentKind.OTHER)).changes().get(0);
        assertEquals(List.of(OverrideField.KIND), kind.differing());
        assertEquals(DocumentKind.OTHER, kind.mineCorrections().effective(OverrideField.KIND));
        assertEquals(DocumentKind.SUMMARY, kind.theirsCorrections().effective(OverrideField.KIND));
        assertEquals("421202", kind.mineCorrections().regionCode(), "the rest of mine is what the write kept");
        assertEquals(DocumentKind.SUMMARY, stored().effectiveKind());
    }

    @Test
    void theMergeTakesTheChosenFieldOnTheStoredVersionAndIsAudited() {
        StaleChange c = bsYearRefusedAfterAs();

        assertTrue(b.basedOn(paneB).merge(c, Set.of(OverrideField.YEAR)));

        assertEquals(2023, stored().effectiveYear(), "mine");
        assertEquals(2, stored().overrideVersion());
        AuditEvent merged = storeA.audit().listByEntity(AuditEvent.DOCUMENT, doc).stream()
                .filter(e -> e.analyst().equals(B)).findFirst().orElseThrow();
        assertEquals(ReviewAction.MERGE.id(), merged.action());
        assertEquals(OverrideField.YEAR.column(), merged.field());
        assertEquals("2025", merged.oldValue());
        assertEquals("2023", merged.newValue());
        // B's pane knows its own merge: its next correction is based on it, not refused against itself
        assertTrue(b.basedOn(paneB).overrideKind(doc, DocumentKind.OTHER));
        // A has not seen the merge: A's next correction is refused in turn
        assertThrows(StaleChangeException.class, () -> a.basedOn(paneA).overrideRegion(doc, "421202"));
    }

    @Test
    void keepingTheirsWritesNothing() {
        StaleChange c = bsYearRefusedAfterAs();

        assertFalse(b.basedOn(paneB).merge(c, Set.of()));

        assertEquals(2025, stored().effectiveYear());
        assertEquals(1, stored().overrideVersion());
        assertFalse(b.history().canUndo());
    }

    @Test
    void aMergeBasedOnAVersionThatMovedOnAgainIsRefused() {
        StaleChange c = bsYearRefusedAfterAs();
        assertTrue(a.basedOn(paneA).overrideKind(doc, DocumentKind.SUMMARY));
        // B's pane re-reads the report meanwhile (as after a team notice), but the merge still shows version 1
        paneB.showDocument(doc, stored().overrideVersion());

        StaleChange again = assertThrows(StaleChangeException.class,
                () -> b.basedOn(paneB).merge(c, Set.of(OverrideField.YEAR))).changes().get(0);

        assertEquals(1, again.versionSeen(), "based on the version the merge showed");
        assertEquals(2, again.versionStored());
        assertEquals(List.of(OverrideField.YEAR), again.differing());
        assertEquals(DocumentKind.SUMMARY, again.mineCorrections().effective(OverrideField.KIND),
                "A's newer kind is no part of the conflict");
        assertEquals(2025, stored().effectiveYear());
        assertEquals(DocumentKind.SUMMARY, stored().effectiveKind());
        assertFalse(b.history().canUndo());
        // a merge of the new refusal goes through
        assertTrue(b.basedOn(paneB).merge(again, Set.of(OverrideField.YEAR)));
        assertEquals(2023, stored().effectiveYear());
        assertEquals(DocumentKind.SUMMARY, stored().effectiveKind());
    }

    @Test
    void theMergeUndoesAndRedoesAsOneStep() {
        StaleChange c = bsYearRefusedAfterAs();
        b.basedOn(paneB).merge(c, Set.of(OverrideField.YEAR));
        assertEquals(ReviewAction.MERGE, b.history().nextUndo().orElseThrow().action());

        b.history().undo();

        assertEquals(2025, stored().effectiveYear(), "theirs again");
        assertFalse(b.history().canUndo());
        assertTrue(storeA.audit().listByEntity(AuditEvent.DOCUMENT, doc).stream()
                .anyMatch(e -> e.action().equals(ReviewAction.UNDO.id()) && "2025".equals(e.newValue())));
        b.history().redo();
        assertEquals(2023, stored().effectiveYear());
    }

    /**
     * A merge that takes several fields (two analysts' versions differing in more than the field one of them
     * changed) takes exactly those picked, moves the version once, and undoes whole.
     */
    @Test
    void aMergeOfSeveralFieldsTakesThosePickedAndUndoesWhole() {
        assertTrue(a.basedOn(paneA).overrideKind(doc, DocumentKind.SUMMARY));
        StaleChange year = bsYearRefusedAfterAs();
        DocumentCorrections mine = year.mineCorrections().with(OverrideField.KIND, DocumentKind.OTHER)
                .with(OverrideField.REGION, "421221");
        StaleChange c = new StaleChange(year.entityType(), year.id(), year.documentId(), year.versionSeen(),
                year.versionStored(), year.changedBy(), year.changedAt(), year.lastChange(), null, null, mine,
                year.theirsCorrections(), false);
        assertEquals(List.of(OverrideField.REGION, OverrideField.YEAR, OverrideField.KIND), c.differing());

        assertTrue(b.basedOn(paneB).merge(c, Set.of(OverrideField.YEAR, OverrideField.KIND)));

        assertEquals(2023, stored().effectiveYear());
        assertEquals(DocumentKind.OTHER, stored().effectiveKind());
        assertEquals("421200", stored().effectiveRegionCode(), "theirs: not picked");
        assertEquals(year.versionStored() + 1, stored().overrideVersion(), "one write");
        b.history().undo();
        assertEquals(2025, stored().effectiveYear());
        assertEquals(DocumentKind.SUMMARY, stored().effectiveKind());
    }
}
