package io.zhibiao.core.extract;

import io.zhibiao.core.extract.analysis.PlaceNames;
import io.zhibiao.core.model.DocumentKind;

/**
 * What the caller knows about the document: the year the report is for (a 2024 work report reviews 2023
 * and sets 2024 targets; a completion report for Y reports actuals and targets of Y), its kind, and the
 * places that are not its region (so that 旌阳地区生产总值 in a 德阳 report is 旌阳's figure).
 */
public record ExtractionContext(int reportYear, DocumentKind kind, PlaceNames places) {
    public ExtractionContext(int reportYear, DocumentKind kind) {
        this(reportYear, kind, PlaceNames.NONE);
    }

    public ExtractionContext {
        if (places == null) {
            places = PlaceNames.NONE;
        }
        if (reportYear < 1949 || reportYear > 2200) {
            throw new IllegalArgumentException("reportYear out of range: " + reportYear);
        }
        if (kind == null) {
            kind = DocumentKind.OTHER;
        }
    }
}
