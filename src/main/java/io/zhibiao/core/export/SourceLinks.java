package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.store.DocumentSummary;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a Panel figure links to: its statement's row in the Indicators sheet (value, sentence, status,
 * report), else, when that sheet is not exported, its report's row in the Sources sheet; null when neither
 * sheet is in the workbook (the cell then carries its sentence as a comment).
 */
final class SourceLinks {
    private final String indicatorsSheet;
    private final String sourcesSheet;
    private final PanelCandidates candidates;
    private final Map<Long, Integer> documentRows = new HashMap<>();

    /** @param indicatorsSheet the Indicators sheet's name, or null; the same for {@code sourcesSheet} */
    SourceLinks(String indicatorsSheet, String sourcesSheet, PanelCandidates candidates, ExportScope scope) {
        this.indicatorsSheet = indicatorsSheet;
        this.sourcesSheet = sourcesSheet;
        this.candidates = candidates;
        int row = 1;
        for (DocumentSummary d : scope.documents()) {
            documentRows.put(d.id(), row++);
        }
    }

    /** True when the figure has a row to link to; the same as {@code of(o) != null}, without building it. */
    boolean has(Observation o) {
        return indicatorsSheet != null && candidates.indicatorsRow(o) >= 0
                || sourcesSheet != null && documentRows.containsKey(o.documentId());
    }

    String of(Observation o) {
        int row = indicatorsSheet == null ? -1 : candidates.indicatorsRow(o);
        if (row >= 0) {
            return SheetWriter.location(indicatorsSheet, row, IndicatorColumns.VALUE_COLUMN);
        }
        Integer documentRow = sourcesSheet == null ? null : documentRows.get(o.documentId());
        return documentRow == null ? null : SheetWriter.location(sourcesSheet, documentRow, 0);
    }
}
