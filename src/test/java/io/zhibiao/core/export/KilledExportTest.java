package io.zhibiao.core.export;

import io.zhibiao.core.files.TempFiles;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real export process ({@code zhibiao export}) killed with SIGKILL while it writes: the store still opens
 * with every document, the target is still the previous complete workbook, and the next start removes the
 * temporary files the process left, beside the target and in the data folder.
 */
class KilledExportTest {
    @TempDir
    Path tmp;

    @Test
    void killedExportLeavesThePreviousWorkbookAndAWholeStore() throws Exception {
        Path db = tmp.resolve("store/zhibiao");
        Path out = Files.createDirectories(tmp.resolve("out")).resolve("briefing.xlsx");
        int documents;
        try (Store store = Store.open(db)) {
            SampleReports.variants(tmp.resolve("reports"), 80);
            ImportService.withBundledData(store).importPaths(List.of(tmp.resolve("reports")), ImportListener.NONE,
                    () -> false);
            documents = store.documents().listSummaries().size();
            long first = store.documents().listSummaries().get(0).id();
            ExcelExporter.export(store, ExportRequest.allDocuments().withDocuments(Set.of(first)), out,
                    ExportProgress.NONE, () -> false);
        }
        byte[] previous = Files.readAllBytes(out);

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("jvm-tmp")),
                "-cp", System.getProperty("java.class.path"), "io.zhibiao.Launcher",
                "export", "--out", out.toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path partial = null;
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // kill once the workbook is being written into its temporary file, or soon after the file appeared
            long appeared = 0;
            while (p.isAlive() && System.nanoTime() < until) {
                Optional<Path> t = tempFile(out.getParent());
                if (t.isPresent()) {
                    partial = t.get();
                    appeared = appeared == 0 ? System.nanoTime() : appeared;
                    if (Files.size(partial) > 0 || System.nanoTime() - appeared > TimeUnit.MILLISECONDS.toNanos(1500)) {
                        break;
                    }
                }
                Thread.sleep(2);
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(partial != null, "the export should have been killed while writing: "
                + Files.readString(tmp.resolve("child.log")));
        assertArrayEquals(previous, Files.readAllBytes(out), "the target is still the previous workbook");
        try (XSSFWorkbook wb = ExportFixture.read(out)) {
            assertTrue(wb.getNumberOfSheets() > 0, "and it opens");
        }

        assertTrue(Files.exists(partial), "the killed export's temporary file is still beside the target");
        try (Store store = Store.open(db)) {
            // the next start removes what the killed export left: the file beside the target, found through
            // its record in the data folder, and the sheets it was writing in the data folder
            assertFalse(Files.exists(partial), "the next start removes the leftover");
            try (Stream<Path> left = Files.list(out.getParent())) {
                assertEquals(List.of(out), left.toList());
            }
            try (Stream<Path> left = Files.walk(db.getParent())) {
                assertEquals(List.of(), left.filter(f -> TempFiles.isTemporary(f.getFileName().toString())).toList());
            }
            try (Stream<Path> left = Files.walk(tmp.resolve("jvm-tmp"))) {
                assertEquals(List.of(), left.filter(Files::isRegularFile).toList(),
                        "no sheets in the system's temporary folder");
            }
            assertEquals(documents, store.documents().listSummaries().size(), "every document is still there");
            assertEquals(List.of(), store.documents().findIncomplete());
            for (DocumentSummary d : store.documents().listSummaries()) {
                assertEquals(d.storedIndicatorCount(), d.indicatorCount());
            }
        }
    }

    private static Optional<Path> tempFile(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> TempFiles.isTemporary(f.getFileName().toString())).findFirst();
        }
    }
}
