package io.zhibiao.ui.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.IndicatorSnapshot;
import io.zhibiao.core.review.MergeField;
import io.zhibiao.core.review.OverrideField;
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
import java.util.Map;
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

    /**
     * A colleague corrected the report's year and region, then this analyst, still seeing the report as
     * imported, corrects the region: both versions, in the pane's words (the region by its name, the kind in
     * words), the differing field marked, a choice for it.
     */
    @Test
    void showsARefusedCorrectionOfAReportByRegionNameYearAndKindInWords() {
        try (Store store = Store.open(dir.resolve("db"))) {
            long doc = store.documents().insertDocument(new NewDocument("/r/a.txt", "a.txt", "0".repeat(64), 30,
                    "txt", "UTF-8", TEXT, TEXT, "2024年咸宁市政府工作报告", "421200", 0.9, 2024, 0.9,
                    DocumentKind.WORK_REPORT, 0.9, null, null, null, null, null, null, Instant.EPOCH, null),
                    List.of());
            SeenRows mine = new SeenRows();
            mine.showDocument(doc, 0);
            ReviewService colleague = new ReviewService(store, "王芳");
            colleague.overrideYear(doc, 2025);
            colleague.overrideRegion(doc, "421202");
            StaleChange stale = assertThrows(StaleChangeException.class, () -> new ReviewService(store, "李文")
                    .basedOn(mine).overrideRegion(doc, "421281")).changes().get(0);
            Map<String, Region> regions = Map.of(
                    "421200", new Region("421200", "咸宁市", RegionLevel.PREFECTURE, "421200", "咸宁市", "420000", "湖北省"),
                    "421202", new Region("421202", "咸安区", RegionLevel.COUNTY, "421200", "咸宁市", "420000", "湖北省"),
                    "421281", new Region("421281", "赤壁市", RegionLevel.COUNTY, "421200", "咸宁市", "420000", "湖北省"));

            MergeViewModel vm = new MergeViewModel(new Messages(Locale.ENGLISH), stale, regions);

            assertEquals("Someone corrected this report", vm.title());
            MergeViewModel.Row region = vm.row(OverrideField.REGION);
            assertEquals("region", region.name());
            assertEquals("湖北省 咸宁市 赤壁市 421281", region.mine());
            assertEquals("湖北省 咸宁市 咸安区 421202", region.theirs());
            assertTrue(region.differs());
            assertEquals("2025", vm.row(OverrideField.YEAR).theirs());
            assertFalse(vm.row(OverrideField.YEAR).differs(), "the colleague's year is no part of the conflict");
            assertEquals("Work report", vm.row(OverrideField.KIND).mine());
            assertTrue(vm.heading().contains("王芳") && vm.heading().contains("region: 421200 → 421202"),
                    vm.heading());
            assertEquals(Set.of(), vm.takeMine(), "theirs until the analyst picks");

            vm.pick(OverrideField.REGION, true);
            vm.pick(OverrideField.YEAR, true);
            assertEquals(Set.of(OverrideField.REGION), vm.takeMine());
            assertTrue(new ReviewService(store, "李文").basedOn(mine).merge(stale, vm.takeMine()));
            assertEquals("421281", store.documents().findById(doc).orElseThrow().effectiveRegionCode());
            assertEquals(2025, store.documents().findById(doc).orElseThrow().effectiveYear());
        }
    }
}
