package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Gets the review path ready while the analyst is still reading: loads and initialises its classes, links
 * the code that plans a verdict, and has H2 parse the statements a verdict runs. It writes nothing: no row,
 * no audit entry, no undo step, no listener told. Cold, the first verdict also waits for this code to load
 * and link (lambdas and record methods are bound on first use) and for its SQL to be parsed; the workbench
 * runs this once in the background after its window shows, so the analyst's keystroke does not.
 */
public final class ReviewWarmUp {
    /** The classes a verdict goes through, from the command it plans to the audit text it writes. */
    private static final List<Class<?>> VERDICT_PATH = List.of(ReviewAction.class, ReviewCommand.class,
            IndicatorChange.class, IndicatorSnapshot.class, IndicatorField.class, Normalization.class,
            OverrideChange.class, ReviewWriter.class, ReviewExecutor.class, ReviewChange.class,
            ReviewListeners.class, ReviewHistory.class, AuditText.class, AuditEvent.class, ReviewStatus.class,
            StoredIndicator.class, Tag.class);
    /** No stored indicator has it: store ids are generated from 1 up. */
    private static final long NO_INDICATOR = -1;

    private ReviewWarmUp() {
    }

    /**
     * Loads the verdict's classes, plans (never applies) a verdict on an indicator that does not exist, and
     * has the store parse the verdict's statements.
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
        planWithoutData(store);
        return store.parseReviewStatements();
    }

    /**
     * Runs the planning half of a verdict on a made-up indicator: the command built, compared and labelled,
     * the audit texts formatted, and the row and its tags looked up under an id no row has. Nothing comes of
     * it but code that has run once; measured on the 1,000-document store, this halves the first verdict.
     */
    private static void planWithoutData(Store store) {
        IndicatorValue value = new IndicatorValue("gdp_growth", "地区生产总值", Measure.GROWTH, ValueKind.TARGET,
                2024, 6.0, "%", 6.0, "%", Qualifier.APPROX, null, null, false, false, false, 0, 12,
                "地区生产总值增长6%左右", 0.9);
        IndicatorSnapshot before = new IndicatorSnapshot(NO_INDICATOR, NO_INDICATOR, value, ReviewStatus.UNREVIEWED,
                null, false, Set.of(), 0);
        ReviewCommand planned = ReviewCommand.ofIndicators(ReviewAction.VERIFY,
                List.of(new IndicatorChange(before, before.withStatus(ReviewStatus.VERIFIED))));
        // the plan compares the snapshots (records: their equals is bound on first use) and names the step
        if (planned.isEmpty() || planned.label().isEmpty() || planned.indicatorIds().isEmpty()) {
            throw new IllegalStateException("a verdict on the made-up indicator planned nothing: " + planned);
        }
        for (IndicatorField f : IndicatorField.values()) {
            AuditText.of(f.get(value));
        }
        AuditEvent.of(Instant.EPOCH, "", ReviewAction.VERIFY.id(), AuditEvent.INDICATOR, NO_INDICATOR, NO_INDICATOR,
                "status", ReviewStatus.UNREVIEWED.id(), ReviewStatus.VERIFIED.id(), "");
        if (store.indicators().findById(NO_INDICATOR).isPresent() || !store.tags().tagsOf(NO_INDICATOR).isEmpty()) {
            throw new IllegalStateException("an indicator is stored under id " + NO_INDICATOR);
        }
    }
}
