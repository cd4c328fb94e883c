package io.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `delete`, `trash` and the export's new choices, as a user in a terminal runs them. */
class DeleteCommandTest {
    @TempDir
    Path tmp;
    private final InputStream stdin = System.in;

    private String db() {
        return tmp.resolve("store/zhibiao").toString();
    }

    @BeforeEach
    void importSamples() {
        assertEquals(0, CliRunner.run("import", SampleReports.DIR.toString(), "--db", db()).exitCode());
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    void deleteAsksNamingTheDocumentsAndTheirWorkAndANoKeepsThem() throws Exception {
        List<Long> ids = ids();
        long first = ids.get(0);
        try (Store s = Store.open(Path.of(db()))) {
            ReviewService review = new ReviewService(s, "张敏");
            long row = s.indicators().findByDocument(first).get(0).id();
            review.verify(row);
            review.tag(List.of(row), "核对", null);
        }
        System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result declined = CliRunner.run("delete", "--document", String.valueOf(first),
                String.valueOf(ids.get(1)), "--db", db());
        assertEquals(1, declined.exitCode(), declined.out() + declined.err());
        assertTrue(declined.out().contains("Delete 2 documents with their review work: 1 verified, 1 tagged rows?"),
                declined.out());
        assertTrue(declined.out().lines().anyMatch(l -> l.matches(first + "  20\\d\\d · .+ \\(42\\d{4}\\) · .+")),
                declined.out());
        assertTrue(declined.out().contains("Nothing was deleted."), declined.out());
        assertEquals(3, ids().size());

        System.setIn(new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result deleted = CliRunner.run("delete", "--document", String.valueOf(first),
                String.valueOf(ids.get(1)), "--db", db());
        assertEquals(0, deleted.exitCode(), deleted.out() + deleted.err());
        assertTrue(deleted.out().contains("Deleted 2 documents; they are in the trash: `trash --restore "
                + first + " " + ids.get(1) + "`"), deleted.out());
        assertEquals(List.of(ids.get(2)), ids());
        try (Store s = Store.open(Path.of(db()))) {
            List<AuditEvent> history = s.audit().listByDocument(first);
            assertTrue(history.stream().anyMatch(e -> e.action().equals("delete_document")
                    && e.oldValue().matches("20\\d\\d · .+ \\(42\\d{4}\\) · .+")), history.toString());
        }
    }

    @Test
    void withoutAnAnswerNothingIsDeletedAndAnUnknownIdIsRefused() {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        long id = ids().get(0);
        assertEquals(1, CliRunner.run("delete", "--document", String.valueOf(id), "--db", db()).exitCode());
        CliRunner.Result unknown = CliRunner.run("delete", "--document", String.valueOf(id), "999", "--yes",
                "--db", db());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("No document with id 999"), unknown.err());
        assertEquals(3, ids().size(), "nothing was deleted");
        assertEquals(2, CliRunner.run("delete", "--db", db()).exitCode(), "--document is required");
    }

    @Test
    void trashListsRestoresAndEmpties() {
        List<Long> ids = ids();
        assertEquals(0, CliRunner.run("delete", "--document", String.valueOf(ids.get(0)), String.valueOf(ids.get(1)),
                "--yes", "--db", db()).exitCode());
        CliRunner.Result listed = CliRunner.run("trash", "--db", db());
        assertTrue(listed.out().contains("2 documents in the trash."), listed.out());

        CliRunner.Result restored = CliRunner.run("trash", "--restore", String.valueOf(ids.get(0)), "--db", db());
        assertEquals(0, restored.exitCode(), restored.err());
        assertEquals(List.of(ids.get(0), ids.get(2)), ids());
        assertEquals(1, CliRunner.run("trash", "--restore", String.valueOf(ids.get(2)), "--db", db()).exitCode(),
                "a document that is not in the trash");

        // the same file imported again is named as the deleted document it is
        CliRunner.Result again = CliRunner.run("import", SampleReports.DIR.toString(), "--db", db());
        assertTrue(again.out().contains("trash --restore " + ids.get(1)), again.out());

        CliRunner.Result emptied = CliRunner.run("trash", "--empty", "--yes", "--db", db());
        assertEquals(0, emptied.exitCode(), emptied.err());
        assertTrue(emptied.out().contains("Removed 1 document for good."), emptied.out());
        assertTrue(CliRunner.run("trash", "--db", db()).out().contains("0 documents in the trash."));
        try (Store s = Store.open(Path.of(db()))) {
            assertTrue(s.documents().findById(ids.get(1)).isEmpty());
            assertTrue(s.audit().listByDocument(ids.get(1)).stream().anyMatch(e -> e.action().equals("empty_trash")));
        }
    }

    @Test
    void exportLeavesOutDocumentsAndKeepsCatalogOrVerifiedRowsOnly() throws Exception {
        List<Long> ids = ids();
        Path out = tmp.resolve("choices.xlsx");
        CliRunner.Result r = CliRunner.run("export", "--out", out.toString(), "--exclude-document",
                String.valueOf(ids.get(0)), "--catalog-only", "--db", db());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2 documents"), r.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("指标");
            int code = ExportCommandTest.column(s, "指标代码");
            int document = ExportCommandTest.column(s, "文件编号");
            assertTrue(s.getLastRowNum() > 10);
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                assertFalse(s.getRow(i).getCell(code).getStringCellValue().isBlank());
                assertTrue(s.getRow(i).getCell(document).getNumericCellValue() != ids.get(0));
            }
        }
        try (Store s = Store.open(Path.of(db()))) {
            new ReviewService(s, "张敏").verify(s.indicators().findByDocument(ids.get(1)).get(0).id());
        }
        Path verified = tmp.resolve("verified.xlsx");
        assertEquals(0, CliRunner.run("export", "--out", verified.toString(), "--verified-only", "--db", db())
                .exitCode());
        try (InputStream in = Files.newInputStream(verified); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getSheet("指标").getLastRowNum());
        }
        CliRunner.Result typo = CliRunner.run("export", "--out", tmp.resolve("x.xlsx").toString(),
                "--exclude-document", "999", "--db", db());
        assertEquals(1, typo.exitCode());
        assertTrue(typo.err().contains("999"), typo.err());
    }

    private List<Long> ids() {
        CliRunner.Result listed = CliRunner.run("list", "--format", "json", "--db", db());
        try {
            List<Long> ids = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(listed.out())) {
                ids.add(n.get("id").asLong());
            }
            return ids;
        } catch (Exception e) {
            throw new AssertionError(listed.out(), e);
        }
    }
}
