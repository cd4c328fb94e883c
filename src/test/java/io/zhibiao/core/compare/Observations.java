package io.zhibiao.core.compare;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;

/** Small builders for observations as the store would give them. */
final class Observations {
    private static long nextId = 1;

    private Observations() {
    }

    static Observation target(String code, Measure m, double value, Qualifier q, String unit) {
        return of(code, m, ValueKind.TARGET, 2023, value, null, null, q, unit, null, null,
                ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
    }

    static Observation actual(String code, Measure m, double value, Qualifier q, String unit) {
        return of(code, m, ValueKind.ACTUAL, 2023, value, null, null, q, unit, null, null,
                ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
    }

    static Observation range(String code, ValueKind kind, double low, double high) {
        return of(code, Measure.GROWTH, kind, 2023, low, low, high, Qualifier.RANGE, "%", null, null,
                ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, kind == ValueKind.TARGET ? 2023 : 2024, false);
    }

    static Observation level(ValueKind kind, double value, String unit, double normalized) {
        return of("FISCAL_REV", Measure.LEVEL, kind, 2023, value, null, null, Qualifier.EQ, unit, normalized, "元",
                ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, kind == ValueKind.TARGET ? 2023 : 2024, false);
    }

    static Observation of(String code, Measure m, ValueKind kind, int year, Double value, Double low, Double high,
                          Qualifier q, String unit, Double normalized, String normalizedUnit, ReviewStatus status,
                          DocumentKind docKind, int docYear, boolean stretch) {
        long id = nextId++;
        return new Observation(id, id * 10, "421200", code, code, m, kind, year, value, low, high, q, unit,
                normalized != null ? normalized : value, normalizedUnit != null ? normalizedUnit : unit, stretch,
                value == null, false, status, docKind, docYear, docYear + " report", (int) id, 0.9, "sentence " + id, true);
    }
}
