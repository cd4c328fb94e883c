package io.zhibiao.core.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What an export wrote.
 *
 * @param rowsPerSheet data rows per sheet (header rows not counted), in workbook order
 * @param documents    documents in scope
 * @param commented    the sheets whose values carry their source sentence as a cell comment
 * @param panelConflicts Panel cells whose statements disagree (marked orange, each with a comment listing them)
 */
public record ExportSummary(Path file, Map<ExportSheet, Integer> rowsPerSheet, int documents,
                            Set<ExportSheet> commented, int panelConflicts, Duration elapsed) {
    public int rows(ExportSheet sheet) {
        return rowsPerSheet.getOrDefault(sheet, 0);
    }
}
