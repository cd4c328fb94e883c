package io.zhibiao.ui;

import io.zhibiao.core.export.ExcelExporter;
import io.zhibiao.core.review.ReviewWarmUp;
import io.zhibiao.core.search.SearchIndex;
import io.zhibiao.ui.common.Tasks;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the workbench starts in the background some seconds after its window shows, once per start: late enough
 * never to slow the window down, early enough to be done before the analyst needs it. Each is a head start
 * only; whatever it did not get to is done when first needed.
 */
final class AfterStart {
    private static final Logger LOG = LoggerFactory.getLogger(AfterStart.class);
    /** After the first frame and the first panes, well before an analyst has read a row to judge it. */
    private static final Duration REVIEW_WARM_UP_DELAY = Duration.seconds(2);
    private static final Duration SEARCH_INDEX_DELAY = Duration.seconds(3);
    /** After the search index and the daily backup have started: the export's classes are needed last. */
    private static final Duration EXPORT_WARM_UP_DELAY = Duration.seconds(8);

    private AfterStart() {
    }

    /** @param context the workbench's context when each delay ends (null, or its store closed: nothing is done) */
    static void schedule(Supplier<AppContext> context) {
        // the review path's classes and H2's parse of its statements (see ReviewWarmUp): the analyst's first
        // verdict does not wait for them
        later(REVIEW_WARM_UP_DELAY, context, now -> Tasks.run(now.tasks(), () -> ReviewWarmUp.run(now.store()),
                parsed -> LOG.debug("Review path warmed up: {} statements parsed", parsed),
                failure -> LOG.debug("Review warm-up failed; the first verdict will load its code itself", failure)));
        // the search index catches up with the store (documents imported from the command line, a deleted index)
        // on a low-priority thread of its own, before the first search
        later(SEARCH_INDEX_DELAY, context, now -> SearchIndex.of(now.store()));
        // the workbook's classes on a low-priority thread: the session's first export does not spend about a
        // second loading POI while the analyst waits; nothing is read or written
        later(EXPORT_WARM_UP_DELAY, context, now -> ExcelExporter.warmUp());
    }

    private static void later(Duration delay, Supplier<AppContext> context,
                              Consumer<AppContext> work) {
        PauseTransition wait = new PauseTransition(delay);
        wait.setOnFinished(e -> {
            AppContext now = context.get();
            if (now != null && !now.store().isClosed()) {
                work.accept(now);
            }
        });
        wait.play();
    }
}
