package io.zhibiao.core.export;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tidy CSV of the Jiangsu store, as Stata's import delimited or R's read.csv would read it. */
class TidyCsvTest {
    @TempDir
    Path dir;

    private static final ExportRequest CITIES = ExportRequest.allDocuments()
            .withFilter(new ExportFilter(Set.copyOf(TargetStore.CITIES), Set.of(), Set.of(), Set.of()));

    private List<CSVRecord> export(Store store, Path out) throws IOException {
        ExportSummary s = TidyCsvExporter.export(store, CITIES, out, ExportProgress.NONE, () -> false);
        byte[] bytes = Files.readAllBytes(out);
        assertNotEquals((byte) 0xEF, bytes[0], "no byte order mark: it would become part of the first name");
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(r).getRecords();
            assertEquals(rows.size(), s.rows(ExportSheet.INDICATORS));
            return rows;
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, Map<String, String> where) {
        List<CSVRecord> found = rows.stream()
                .filter(r -> where.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey())))).toList();
        assertEquals(1, found.size(), where + " in " + rows);
        return found.get(0);
    }

    @Test
    void oneRowPerRegionYearIndicatorMeasureAndKind() throws IOException {
        try (Store store = TargetStore.open(dir)) {
            List<CSVRecord> rows = export(store, dir.resolve("tidy.csv"));
            assertEquals(TidyCsvExporter.HEADERS, rows.get(0).getParser().getHeaderNames());
            // 南京: GDP growth target and actual 2023, GDP level 2023, GDP growth target 2024, income target 2024;
            // 苏州: GDP growth target 2024, GDP level 2023; 无锡: FAI target 2024; 常州: GDP growth target 2024
            assertEquals(9, rows.size(), rows.toString());

            CSVRecord nanjing = row(rows, Map.of("region_code", TargetStore.NANJING, "year", "2024",
                    "indicator_code", "GDP", "measure", "growth", "kind", "target"));
            assertEquals("南京市", nanjing.get("region"));
            assertEquals("江苏省", nanjing.get("province"));
            assertEquals("prefecture", nanjing.get("level"));
            assertEquals("地区生产总值", nanjing.get("indicator"));
            assertEquals("5", nanjing.get("value"));
            assertEquals("%", nanjing.get("unit"));
            assertEquals("eq", nanjing.get("qualifier"));
            assertEquals("5.5", nanjing.get("stretch"));
            assertEquals("unreviewed", nanjing.get("status"));
            assertEquals("0", nanjing.get("conflict"));
            assertEquals("2024年南京市政府工作报告", nanjing.get("source_document"));
            assertEquals("2024", nanjing.get("report_year"));

            CSVRecord level = row(rows, Map.of("region_code", TargetStore.SUZHOU, "indicator_code", "GDP",
                    "measure", "level", "kind", "actual"));
            assertEquals("24653.4", level.get("value"), "2.46534万亿元 in the level's unit");
            assertEquals("亿元", level.get("unit"));
            assertEquals("2023", level.get("year"));

            CSVRecord suzhou = row(rows, Map.of("region_code", TargetStore.SUZHOU, "indicator_code", "GDP",
                    "measure", "growth", "kind", "target"));
            assertEquals("5.5", suzhou.get("value"));
            assertEquals("ge", suzhou.get("qualifier"));
            assertEquals("1", suzhou.get("conflict"), "5.5%以上 and 6% disagree");
            assertEquals("2", suzhou.get("statements"));
            assertTrue(rows.stream().noneMatch(r -> r.get("region_code").equals(TargetStore.JIANGSU)),
                    "the province is not an exported region");
        }
    }

    @Test
    void aVerifiedStatementWinsAsInThePanel() throws IOException {
        try (Store store = TargetStore.open(dir)) {
            StoredIndicator six = store.indicators().findByDocument(ExportFixture.document(store,
                    "2024年苏州市政府工作报告.txt").id()).stream()
                    .filter(i -> i.value().value() != null && i.value().value() == 6.0).findFirst().orElseThrow();
            new ReviewService(store, "test").verify(six.id());
            CSVRecord suzhou = row(export(store, dir.resolve("verified.csv")), Map.of("region_code",
                    TargetStore.SUZHOU, "indicator_code", "GDP", "measure", "growth", "kind", "target"));
            assertEquals("6", suzhou.get("value"));
            assertEquals("verified", suzhou.get("status"));
            assertEquals("0", suzhou.get("conflict"), "a verdict settles the engine's disagreement");
        }
    }
}
