package io.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportAndListCommandTest {
    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("store/zhibiao").toString();
    }

    @Test
    void importsTheSampleFolderAndListsDetectedRegionYearAndKind() throws Exception {
        CliRunner.Result imported = CliRunner.run("import", SampleReports.DIR.toString(), "--db", db());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Imported 3, duplicates 0, failed 0."), imported.out());

        CliRunner.Result listed = CliRunner.run("list", "--format", "json", "--db", db());
        assertEquals(0, listed.exitCode(), listed.err());
        JsonNode rows = new ObjectMapper().readTree(listed.out());
        assertEquals(3, rows.size());
        JsonNode honghu = find(rows, SampleReports.HONGHU_2024);
        assertEquals("洪湖市", honghu.get("region").asText());
        assertEquals("421083", honghu.get("regionCode").asText());
        assertEquals("county", honghu.get("level").asText());
        assertEquals(2024, honghu.get("year").asInt());
        assertEquals("work_report", honghu.get("kind").asText());
        assertTrue(honghu.get("indicators").asInt() > 10, "honghu indicators: " + honghu);
        assertEquals(0, honghu.get("reviewed").asInt());

        JsonNode xianning = find(rows, SampleReports.XIANNING_2023);
        assertEquals("咸宁市", xianning.get("region").asText());
        assertEquals("prefecture", xianning.get("level").asText());
        assertEquals(2023, xianning.get("year").asInt());
        assertEquals("summary", find(rows, SampleReports.XIANNING_2024_SUMMARY).get("kind").asText());

        CliRunner.Result table = CliRunner.run("list", "--db", db());
        assertTrue(table.out().contains("洪湖市") && table.out().contains("421083"), table.out());
    }

    @Test
    void secondImportReportsDuplicatesAndStoresNothingNew() {
        CliRunner.run("import", SampleReports.DIR.toString(), "--db", db());
        CliRunner.Result again = CliRunner.run("import", SampleReports.DIR.toString(), "--db", db());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("Imported 0, duplicates 3, failed 0."), again.out());
    }

    @Test
    void sameReportInAnotherEncodingIsADuplicate() throws Exception {
        Path gbk = tmp.resolve("gbk.txt");
        Files.writeString(gbk, SampleReports.text(SampleReports.HONGHU_2024), Charset.forName("GB18030"));
        CliRunner.run("import", SampleReports.path(SampleReports.HONGHU_2024).toString(), "--db", db());
        CliRunner.Result again = CliRunner.run("import", gbk.toString(), "--db", db());
        assertTrue(again.out().contains("duplicates 1"), again.out());
    }

    @Test
    void badFilesFailWithTheirReasonWhileGoodOnesImport() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(SampleReports.path(SampleReports.HONGHU_2024), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, (byte) 0xff, 0});
        Path unsupported = Files.writeString(tmp.resolve("notes.xyz"), "hello");
        Path missing = tmp.resolve("missing.txt");

        CliRunner.Result r = CliRunner.run("import", dir.toString(), unsupported.toString(), missing.toString(),
                "--db", db());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("Imported 1, duplicates 0, failed 4."), r.out());
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
        assertTrue(r.err().contains("binary.txt: binary"), r.err());
        assertTrue(r.err().contains("notes.xyz: unsupported"), r.err());
        assertTrue(r.err().contains("missing.txt:"), r.err());
        assertEquals(4, r.err().lines().count(), "one line per failure: " + r.err());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, CliRunner.run("import").exitCode());
        assertEquals(2, CliRunner.run("list", "--format", "xml").exitCode());
        assertEquals(2, CliRunner.run("frobnicate").exitCode());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[]{"import", "list", "extract"}) {
            CliRunner.Result r = CliRunner.run(cmd, "--help");
            assertEquals(0, r.exitCode(), cmd);
            assertTrue(r.out().contains("Usage: zhibiao " + cmd), r.out());
        }
    }

    private static JsonNode find(JsonNode rows, String file) {
        for (JsonNode r : rows) {
            if (r.get("file").asText().equals(file)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + file + " in " + rows);
    }
}
