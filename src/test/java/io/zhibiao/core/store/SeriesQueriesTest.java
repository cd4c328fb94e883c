package io.zhibiao.core.store;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.SeriesQueries.SeriesPoint;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The values an indicator chart shows, after importing the three sample reports. */
class SeriesQueriesTest {
    private static final String XIANNING = "421200";
    private static final String HONGHU = "421083";

    @TempDir
    static Path tmp;
    private static Store store;
    private static SeriesQueries queries;

    @BeforeAll
    static void importSamples() {
        store = Store.open(tmp.resolve("store"));
        ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        queries = new SeriesQueries(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void xianningInvestmentHasThe2022ActualAndTheTargetsOf2023And2024() {
        List<SeriesPoint> points = queries.series("FAI", Measure.GROWTH, List.of(XIANNING));

        assertEquals(List.of("421200 2022 ACTUAL 16.0", "421200 2023 TARGET 13.0", "421200 2024 TARGET 8.0"),
                points.stream().map(SeriesQueriesTest::describe).toList());
        long report2023 = documentId(SampleReports.XIANNING_2023);
        assertEquals(report2023, points.get(0).documentId());
        assertEquals(report2023, points.get(1).documentId());
        assertEquals(documentId(SampleReports.XIANNING_2024_SUMMARY), points.get(2).documentId());
    }

    @Test
    void gdpTargetsOfTwoRegionsKeepTheStretchTargetApart() {
        List<SeriesPoint> points = queries.series("GDP", Measure.GROWTH, List.of(XIANNING, HONGHU));

        assertEquals(List.of("421083 2024 TARGET 8.0", "421083 2024 TARGET 9.0 stretch",
                        "421200 2023 TARGET 7.5", "421200 2024 TARGET 6.0"),
                points.stream().map(SeriesQueriesTest::describe).toList());
    }

    @Test
    void rejectedAndDeletedValuesDisappearFromTheSeries() {
        List<SeriesPoint> before = queries.series("GRAIN_AREA", Measure.LEVEL, List.of(XIANNING));
        assertEquals(List.of("421200 2023 ACTUAL 298.41", "421200 2023 TARGET 296.0", "421200 2024 TARGET 296.1"),
                before.stream().map(SeriesQueriesTest::describe).toList());
        SeriesPoint deleted = before.get(0);
        SeriesPoint rejected = before.get(1);
        store.indicators().updateStatus(rejected.indicatorId(), ReviewStatus.REJECTED, "test", Instant.now());
        store.indicators().setDeleted(deleted.indicatorId(), true, "test", Instant.now());
        try {
            assertEquals(List.of("421200 2024 TARGET 296.1"), queries.series("GRAIN_AREA", Measure.LEVEL,
                    List.of(XIANNING)).stream().map(SeriesQueriesTest::describe).toList());
        } finally {
            store.indicators().updateStatus(rejected.indicatorId(), ReviewStatus.UNREVIEWED, "test", Instant.now());
            store.indicators().setDeleted(deleted.indicatorId(), false, "test", Instant.now());
        }
    }

    @Test
    void anAnalystsRegionOverrideMovesTheDocumentsValues() {
        long honghu = documentId(SampleReports.HONGHU_2024);
        store.documents().overrideRegion(honghu, "429004");
        try {
            assertTrue(queries.series("GDP", Measure.GROWTH, List.of(HONGHU)).isEmpty());
            assertEquals(2, queries.series("GDP", Measure.GROWTH, List.of("429004")).size());
        } finally {
            store.documents().overrideRegion(honghu, null);
        }
    }

    @Test
    void otherMeasuresRegionsAndNoRegionsGiveNothing() {
        assertTrue(queries.series("GDP", Measure.LEVEL, List.of(XIANNING)).isEmpty());
        assertTrue(queries.series("GDP", Measure.GROWTH, List.of("110000")).isEmpty());
        assertTrue(queries.series("GDP", Measure.GROWTH, List.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> queries.series(" ", Measure.GROWTH, List.of(XIANNING)));
    }

    private static long documentId(String fileName) {
        return store.documents().listSummaries().stream().filter(d -> d.fileName().equals(fileName))
                .findFirst().orElseThrow().id();
    }

    private static String describe(SeriesPoint p) {
        return p.regionCode() + " " + p.year() + " " + p.kind() + " " + p.value() + (p.stretch() ? " stretch" : "");
    }
}
