package io.zhibiao.core.review;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;

import java.math.BigDecimal;

/** How values are written into the audit trail's old/new columns: short, stable, locale-free text. */
final class AuditText {
    private AuditText() {
    }

    static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            // 6.0 -> "6", 0.1 + 0.2 stays exact as written by Double.toString: no binary noise like 6.499999
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Measure m) {
            return m.id();
        }
        if (value instanceof ValueKind k) {
            return k.id();
        }
        if (value instanceof Qualifier q) {
            return q.id();
        }
        if (value instanceof Basis b) {
            return b.id();
        }
        if (value instanceof Scope s) {
            return s.id();
        }
        if (value instanceof DocumentKind k) {
            return k.id();
        }
        return value.toString();
    }
}
