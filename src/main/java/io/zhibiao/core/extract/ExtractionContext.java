package io.zhibiao.core.extract;

import io.zhibiao.core.model.DocumentKind;

/**
 * What the caller knows about the document: the year the report is for (a 2024 work report reviews 2023
 * and sets 2024 targets; a completion report for Y reports actuals and targets of Y) and its kind.
 */
public record ExtractionContext(int reportYear, DocumentKind kind) {
    public ExtractionContext {
        if (reportYear < 1949 || reportYear > 2200) {
            throw new IllegalArgumentException("reportYear out of range: " + reportYear);
        }
        if (kind == null) {
            kind = DocumentKind.OTHER;
        }
    }
}
