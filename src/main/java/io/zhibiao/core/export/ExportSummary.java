package io.zhibiao.core.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param rowsPerSheet data rows per sheet (header rows not counted), in workbook order
 * @param documents    documents in scope
 * @param comments     whether source sentences were added as cell comments
 */
public record ExportSummary(Path file, Map<ExportSheet, Integer> rowsPerSheet, int documents, boolean comments,
                            Duration elapsed) {
    public int rows(ExportSheet sheet) {
        return rowsPerSheet.getOrDefault(sheet, 0);
    }
}
