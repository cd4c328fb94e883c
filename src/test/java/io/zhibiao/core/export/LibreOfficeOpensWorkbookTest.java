package io.zhibiao.core.export;

import io.zhibiao.core.store.Store;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.onlyRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported workbook, with its Target table, charts, comments, links and grouped columns, opens in
 * LibreOffice: a headless conversion to xlsx succeeds and the converted file still holds the Panel's
 * figures. LibreOffice converts without asking, so a workbook it had to repair would come out without them
 * or not at all. Needs {@code soffice} on the PATH (Debian: {@code libreoffice-calc-nogui}); without it the
 * test is skipped and says so.
 */
class LibreOfficeOpensWorkbookTest {
    private static final long TIMEOUT_S = 300;

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheWorkbookAndKeepsThePanelsFigures() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "skipped: LibreOffice's soffice is not on the PATH "
                + "(Debian package libreoffice-calc-nogui)");
        Path workbook = dir.resolve("briefing.xlsx");
        try (Store store = TargetStore.open(dir)) {
            ExcelExporter.export(store, ExportRequest.allDocuments()
                            .withFilter(new ExportFilter(Set.copyOf(TargetStore.CITIES), Set.of(), Set.of(), Set.of())),
                    workbook, ExportProgress.NONE, () -> false);
        }
        Path out = Files.createDirectories(dir.resolve("converted"));
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(), "--headless", "--norestore",
                // a profile of its own: no first-start dialogs, no lock on the user's profile
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "xlsx", "--outdir",
                out.toString(), workbook.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "LibreOffice did not finish in " + TIMEOUT_S + " s");
        String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        Path converted = out.resolve("briefing.xlsx");
        assertTrue(Files.isRegularFile(converted), "no converted file: " + log);

        try (XSSFWorkbook wb = ExportFixture.read(converted)) {
            Sheet panel = wb.getSheet("面板");
            assertNotNull(panel, "the Panel sheet survived the conversion");
            Row nanjing = onlyRow(panel, Map.of("指标", "地区生产总值", "口径", "增速（%）", "区划代码",
                    TargetStore.NANJING));
            assertEquals(5.0, cell(nanjing, "2024年目标").getNumericCellValue(), 1e-9);
            assertEquals(5.5, cell(nanjing, "2024年力争").getNumericCellValue(), 1e-9);
            assertEquals(4.6, cell(nanjing, "2023年实际").getNumericCellValue(), 1e-9);
            assertNotNull(wb.getSheet("目标对比表"), "the Target table survived the conversion");
            assertTrue(wb.getSheet("图表").getDrawingPatriarch() != null
                    && !wb.getSheet("图表").getDrawingPatriarch().getCharts().isEmpty(), "the chart survived");
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
