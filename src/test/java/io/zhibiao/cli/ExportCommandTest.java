package io.zhibiao.cli;

import io.zhibiao.testing.SampleReports;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertTrue(r.out().contains("2 documents"), r.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Indicators", wb.getSheetName(0));
            assertTrue(wb.getSheet("Indicators").getLastRowNum() > 20);
        }
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
