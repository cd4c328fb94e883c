package io.zhibiao.ui.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.IndicatorSnapshot;
import io.zhibiao.core.review.MergeField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.review.SeenRows;
import io.zhibiao.core.review.StaleChange;
import io.zhibiao.core.review.StaleChangeException;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The merge of a refused change, without a screen: both versions field by field, in words, and the picks. */
class MergeViewModelTest {
    private static final String TEXT = "地区生产总值增长6%左右。";

    @TempDir
    Path dir;

    @Test
    void showsBothVersionsInWordsMarksWhatDiffersAndPicksPerField() {
        try (Store store = Store.open(dir.resolve("db"))) {
            long doc = store.documents().insertDocument(new NewDocument("/r/a.txt", "a.txt", "0".repeat(64), 30,
                    "txt", "UTF-8", TEXT, TEXT, "2024年咸宁市政府工作报告", "421200", 0.9, 2024, 0.9,
                    DocumentKind.WORK_REPORT, 0.9, null, null, null, null, null, null, Instant.EPOCH, null),
                    List.of(new IndicatorValue("gdp_growth", "地区生产总值", Measure.GROWTH, ValueKind.TARGET, 2024, 6.0,
                            "%", 6.0, "%", Qualifier.APPROX, null, null, false, false, false, 0, 11, TEXT, 0.9)));
            StoredIndicator row = store.indicators().findByDocument(doc).get(0);
            SeenRows mine = new SeenRows();
            mine.show(IndicatorSnapshot.of(row, List.of()));
            new ReviewService(store, "王芳").verify(row.id());
            StaleChange stale = assertThrows(StaleChangeException.class, () -> new ReviewService(store, "李文")
                    .basedOn(mine).correct(row.id(), IndicatorField.VALUE, 6.5)).changes().get(0);

            MergeViewModel vm = new MergeViewModel(new Messages(Locale.ENGLISH), stale);

            MergeViewModel.Row status = vm.row(MergeField.STATUS);
            assertEquals("status", status.name());
            assertEquals("corrected", status.mine());
            assertEquals("verified", status.theirs());
            assertTrue(status.differs());
            assertEquals("6.5", vm.row(MergeField.VALUE).mine());
            assertFalse(vm.row(MergeField.UNIT).differs());
            assertEquals("—", vm.row(MergeField.NOTE).theirs(), "no note on either side");
            assertTrue(vm.heading().contains("王芳") && vm.heading().contains("status: unreviewed → verified"),
                    vm.heading());
            assertEquals(Set.of(), vm.takeMine(), "theirs until the analyst picks");

            vm.pick(MergeField.VALUE, true);
            vm.pick(MergeField.UNIT, true);
            assertEquals(Set.of(MergeField.VALUE), vm.takeMine(), "a field both agree on has no choice");
        }
    }
}
