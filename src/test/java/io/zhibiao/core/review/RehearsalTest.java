package io.zhibiao.core.review;

import io.zhibiao.core.store.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The background rehearsal of a verdict, run when a pane first shows indicators, must leave no trace. */
class RehearsalTest extends ReviewTestBase {
    @Test
    void aRehearsedVerdictChangesNothingRecordsNothingAndTellsNobody() {
        List<ReviewChange> told = new ArrayList<>();
        f.service.addListener(told::add);

        assertTrue(f.service.needsRehearsal());
        f.service.rehearseOnce(f.gdp);
        assertFalse(f.service.needsRehearsal(), "once is enough");

        assertEquals(ReviewStatus.UNREVIEWED, f.row(f.gdp).status());
        assertEquals(0, f.reviewedCount());
        assertTrue(f.service.historyOf(f.gdp).isEmpty(), "no audit entry");
        assertFalse(f.service.history().canUndo(), "nothing to undo");
        assertTrue(told.isEmpty(), "no listener told");

        // The analyst's real verdict afterwards is written, audited and undoable as always.
        assertTrue(f.service.verify(f.gdp));
        assertEquals(ReviewStatus.VERIFIED, f.row(f.gdp).status());
        assertEquals(1, f.service.historyOf(f.gdp).size());
        assertTrue(f.service.history().canUndo());
        assertEquals(1, told.size());
    }

    @Test
    void aRehearsalOnAnIndicatorThatIsGoneIsNoError() {
        f.service.rehearseOnce(-1);

        assertTrue(f.service.verify(f.gdp), "the service works on as before");
        assertEquals(1, f.service.historyOf(f.gdp).size());
    }
}
