package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.ui.search.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Teach dialog's state without the dialog: preview, apply, and the preview again after an undo. */
class TeachViewModelTest {
    @TempDir
    Path tmp;

    private static void done(TeachViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !model.running().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void previewThenApplyThenUndoLeavesTheSamePreview() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (UiFixture f = new UiFixture(tmp)) {
            StoreCatalog.of(f.context().store()).add(new CatalogEntry("MED_INS", "医保参保率",
                    "Medical insurance coverage", List.of(), "social", Set.of(Measure.RATE), Set.of()));
            // the reports as the catalog in force extracts them, so that the preview counts the lesson alone
            var current = io.zhibiao.core.review.Reextraction.withStoreCatalog(f.context().store(), f.context().review());
            current.run(current.behind(), io.zhibiao.core.review.ReextractionListener.NONE, () -> false);
            TeachViewModel model = new TeachViewModel(f.context(), Lesson.alias("基本医疗保险参保率", "MED_INS"));
            assertEquals("“基本医疗保险参保率” becomes an alias of MED_INS 医保参保率", model.title());

            WaitForAsyncUtils.asyncFx(model::startPreview).get();
            done(model);
            String counts = model.message().get();
            var p = model.preview().get();
            assertTrue(counts.startsWith("In 2 reports holding the phrase: " + p.added() + " rows would be added, "
                    + p.changed() + " changed, " + p.removed() + " removed."), counts);
            assertEquals(2, p.added(), "both reports' rows of the phrase come back carrying the code");
            assertFalse(p.examples().isEmpty());

            WaitForAsyncUtils.asyncFx(model::apply).get();
            done(model);
            assertTrue(model.applied().get());
            assertEquals("Taught. 2 reports re-extracted: " + p.added() + " rows added, " + p.changed() + " changed, "
                    + p.removed() + " removed.", model.message().get(), "applying does what the preview said");
            assertEquals(ReviewAction.TEACH, f.context().review().history().nextUndo().orElseThrow().action());

            f.context().review().history().undo();
            TeachViewModel again = new TeachViewModel(f.context(), model.lesson());
            WaitForAsyncUtils.asyncFx(again::startPreview).get();
            done(again);
            assertEquals(counts, again.message().get(), "after the undo the lesson would do the same again");
        }
    }
}
