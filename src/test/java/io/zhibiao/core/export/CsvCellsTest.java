package io.zhibiao.core.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way a CSV cell could start a formula in Excel is neutralised; whole-workbook and whole-CSV checks
 * are in {@link ExportSafetyTest} (textThatLooksLikeAFormulaStaysText, csvHasABomAndNeutralisesFormulas).
 */
class CsvCellsTest {
    @Test
    void textStartingLikeAFormulaGetsAQuotePrefix() {
        for (String hostile : List.of("=1+1", "+86 备注", "-2+3", "@SUM(A1:A9)", "\t=cmd", "\r=cmd",
                "＝1+1", "＋1", "－1", "＠SUM(A1)", "=HYPERLINK(\"http://evil.example\",\"点击\")")) {
            String field = CsvCells.field(ExportCell.text(hostile));
            String unquoted = field.startsWith("\"") ? field.substring(1) : field;
            assertTrue(unquoted.startsWith("'"), hostile + " -> " + field);
        }
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAlone() {
        assertEquals("地区生产总值增长6.5%", CsvCells.field(ExportCell.text("地区生产总值增长6.5%")));
        assertEquals("-5", CsvCells.field(ExportCell.number(-5.0, null)));
        assertEquals("71.6", CsvCells.field(ExportCell.number(71.6, null)));
    }
}
