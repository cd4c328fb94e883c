package io.zhibiao.core.export;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workbook exported from a team store holds what the same work exported from a store file holds. */
@ExtendWith(NeedsTeamServer.class)
class TeamStoreExportTest {
    private static final Instant AT = Instant.parse("2025-02-03T04:05:06Z");
    /** The sheet that names the store and the time of the export, which differ by design. */
    private static final String ABOUT = "说明";

    @TempDir
    Path dir;

    @Test
    void everySheetButTheAboutSheetIsTheSameOnBothEngines() throws Exception {
        List<List<String>> fromFile;
        List<List<String>> fromTeam;
        try (Store file = Store.open(dir.resolve("file/zhibiao"))) {
            fromFile = exportWithWork(file, dir.resolve("file.xlsx"));
        }
        try (Store team = TeamServer.openNewStore(dir.resolve("team"))) {
            fromTeam = exportWithWork(team, dir.resolve("team.xlsx"));
        }
        assertTrue(fromFile.size() > 50, "the samples give many rows: " + fromFile.size());
        for (int i = 0; i < Math.min(fromFile.size(), fromTeam.size()); i++) {
            assertEquals(fromFile.get(i), fromTeam.get(i), "row " + i);
        }
        assertEquals(fromFile.size(), fromTeam.size());
    }

    /** Each import stamps its own time; the review times (2025) must come back the same from both engines. */
    private static String importTimeMasked(String cell) {
        return cell.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)?") && !cell.startsWith("2025-")
                ? "<import time>" : cell;
    }

    /**
     * Imports the samples, verifies one indicator and rejects another, and reads the workbook back as text,
     * each sheet's rows sorted: the samples are imported in parallel, so ids and the order they give differ
     * from one import to the next; id columns (headers ending in 编号) are left out for that reason.
     */
    private static List<List<String>> exportWithWork(Store store, Path out) throws Exception {
        ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        List<StoredIndicator> rows = store.indicators().findByDocument(
                ExportFixture.document(store, "honghu-2024-work-report-targets.txt").id());
        store.indicators().updateStatus(rows.get(0).id(), ReviewStatus.VERIFIED, "li", AT);
        store.indicators().updateStatus(rows.get(1).id(), ReviewStatus.REJECTED, "li", AT);
        ExcelExporter.export(store, ExportRequest.allDocuments(), out, ExportProgress.NONE, () -> false);
        DataFormatter text = new DataFormatter();
        List<List<String>> cells = new ArrayList<>();
        try (XSSFWorkbook book = ExportFixture.read(out)) {
            for (Sheet sheet : book) {
                if (sheet.getSheetName().equals(ABOUT)) {
                    continue;
                }
                Set<Integer> ids = new HashSet<>();
                sheet.getRow(0).forEach(c -> {
                    if (text.formatCellValue(c).endsWith("编号")) {
                        ids.add(c.getColumnIndex());
                    }
                });
                List<List<String>> lines = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> line = new ArrayList<>(List.of(sheet.getSheetName()));
                    row.forEach(c -> line.add(ids.contains(c.getColumnIndex()) ? "<id>"
                            : importTimeMasked(text.formatCellValue(c))));
                    lines.add(line);
                }
                lines.sort(Comparator.comparing(Object::toString));
                cells.addAll(lines);
            }
        }
        return cells;
    }
}
