package io.zhibiao.core.review;

import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.util.List;

/**
 * Gets the review path ready while the analyst is still reading: loads and initialises its classes and has
 * H2 parse the statements a verdict runs. It writes nothing: no row, no audit entry, no undo step, no
 * listener told. Cold, the first verdict spent most of its time loading this code and compiling its SQL;
 * the workbench runs this once in the background after its window shows.
 */
public final class ReviewWarmUp {
    /** The classes a verdict goes through, from the command it plans to the audit text it writes. */
    private static final List<Class<?>> VERDICT_PATH = List.of(ReviewAction.class, ReviewCommand.class,
            IndicatorChange.class, IndicatorSnapshot.class, IndicatorField.class, Normalization.class,
            OverrideChange.class, ReviewWriter.class, ReviewExecutor.class, ReviewChange.class,
            ReviewListeners.class, ReviewHistory.class, AuditText.class, AuditEvent.class, ReviewStatus.class,
            StoredIndicator.class, Tag.class);

    private ReviewWarmUp() {
    }

    /**
     * Loads the verdict's classes and has the store parse its statements.
     *
     * @return how many statements were parsed
     */
    public static int run(Store store) {
        for (Class<?> c : VERDICT_PATH) {
            try {
                // a class literal alone loads a class but leaves its static initialisation to first use
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("class of the review path missing: " + c.getName(), e);
            }
        }
        return store.parseReviewStatements();
    }
}
