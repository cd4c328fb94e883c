package io.zhibiao.cli;

import io.zhibiao.testing.SampleReports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("store/zhibiao").toString();
    }

    @BeforeEach
    void importSamples() {
        assertEquals(0, CliRunner.run("import", SampleReports.DIR.toString(), "--db", db()).exitCode());
    }

    @Test
    void exportsAFilteredEnglishWorkbook() throws Exception {
        Path out = tmp.resolve("xianning.xlsx");
        CliRunner.Result r = CliRunner.run("export", "--out", out.toString(), "--region", "咸宁", "--year", "2023",
                "--lang", "en", "--db", db());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Wrote " + out.toAbsolutePath().normalize()) || r.out().startsWith("Wrote " + out),
                r.out());
        assertTrue(r.out().contains("1 documents"), "the 2023 report of 咸宁: " + r.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Indicators", wb.getSheetName(0));
            assertTrue(wb.getSheet("Indicators").getLastRowNum() > 20);
        }
    }

    @Test
    void yearSelectsReportsByTheirYearWithTheResultsOfTheYearBefore() throws Exception {
        Path out = tmp.resolve("2024.xlsx");
        CliRunner.Result r = CliRunner.run("export", "--out", out.toString(), "--year", "2024", "--db", db());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2 documents"), "the two 2024 reports: " + r.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet indicators = wb.getSheet("指标");
            int reportYear = column(indicators, "报告年份");
            int year = column(indicators, "年份");
            int kind = column(indicators, "类别");
            int actuals2023 = 0;
            for (Row row : indicators) {
                if (row.getRowNum() > 0) {
                    assertEquals(2024.0, row.getCell(reportYear).getNumericCellValue());
                    if (row.getCell(year) != null && row.getCell(year).getNumericCellValue() == 2023
                            && "实际".equals(row.getCell(kind).getStringCellValue())) {
                        actuals2023++;
                    }
                }
            }
            assertTrue(actuals2023 > 10, "the 2023 results of the 2024 summary: " + actuals2023);
            Sheet panel = wb.getSheet("面板");
            List<String> headers = new ArrayList<>();
            panel.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertTrue(headers.contains("2023年实际"), headers.toString());
        }
        assertTrue(CliRunner.run("export", "--help").out().contains("Report year"));
    }

    static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (header.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void exportsCsvWithBomByFormatOrFileName() throws Exception {
        Path out = tmp.resolve("indicators.csv");
        CliRunner.Result r = CliRunner.run("export", "--out", out.toString(), "--status", "unreviewed", "--db", db());
        assertEquals(0, r.exitCode(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("咸宁市"));
        Path forced = tmp.resolve("table.txt");
        assertEquals(0, CliRunner.run("export", "--out", forced.toString(), "--format", "csv", "--db", db()).exitCode());
        assertEquals((byte) 0xEF, Files.readAllBytes(forced)[0]);
    }

    @Test
    void tidyFormatWritesOneRowPerFigureForStataAndR() throws Exception {
        Path out = tmp.resolve("figures.csv");
        CliRunner.Result r = CliRunner.run("export", "--out", out.toString(), "--format", "tidy", "--db", db());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("figures "), r.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("region_code,province,region,level,year,indicator_code,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("421200,湖北省,咸宁市,prefecture,2023,GDP,")
                && l.contains(",growth,target,7.5,%,")), "咸宁's GDP growth target of 2023: " + lines);
        assertTrue(CliRunner.run("export", "--help").out().contains("tidy"), "--help names the tidy format");
    }

    @Test
    void failuresAreOneLineAndExitOne() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        CliRunner.Result locked = CliRunner.run("export", "--out", file.resolve("out.xlsx").toString(), "--db", db());
        assertEquals(1, locked.exitCode());
        assertTrue(locked.err().startsWith("error: Cannot write"), locked.err());
        assertEquals(1, locked.err().lines().count(), locked.err());

        CliRunner.Result region = CliRunner.run("export", "--out", tmp.resolve("a.xlsx").toString(),
                "--region", "火星", "--db", db());
        assertEquals(1, region.exitCode());
        assertEquals("error: No region named 火星 in the gazetteer.", region.err().strip());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, CliRunner.run("export", "--db", db()).exitCode(), "--out is required");
        assertEquals(2, CliRunner.run("export", "--out", "x.xlsx", "--status", "maybe", "--db", db()).exitCode());
        assertEquals(2, CliRunner.run("export", "--out", "x.xlsx", "--lang", "fr", "--db", db()).exitCode());
        assertEquals(2, CliRunner.run("export", "--out", "x.xlsx", "--year", "last", "--db", db()).exitCode());
        assertEquals(0, CliRunner.run("export", "--help").exitCode());
    }
}
