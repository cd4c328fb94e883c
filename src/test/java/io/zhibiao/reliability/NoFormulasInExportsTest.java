package io.zhibiao.reliability;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * No exported cell is ever a formula: the export code has no way to write one. Text that looks like a
 * formula is neutralised (quote prefix in xlsx, apostrophe in CSV): see core.export ExportSafetyTest
 * (textThatLooksLikeAFormulaStaysText, csvHasABomAndNeutralisesFormulas) and CsvCellsTest.
 */
class NoFormulasInExportsTest {
    @Test
    void exportCodeNeverWritesAFormulaCell() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/zhibiao/core/export"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                for (String formula : List.of("setCellFormula", "CellType.FORMULA", "setArrayFormula",
                        "setSharedFormula", "<f>")) {
                    assertFalse(s.contains(formula), f + " writes formulas (" + formula + ")");
                }
            }
        }
    }
}
