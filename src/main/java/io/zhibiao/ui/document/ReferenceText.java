package io.zhibiao.ui.document;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Scope;
import io.zhibiao.ui.common.Messages;

/**
 * What a row refers to, in a few words, when it is not the region's own figure of one year: "年均 2016–2020",
 * "人均", "局部 临港新片区". Empty for the common case, so the column draws the eye only where it matters.
 */
final class ReferenceText {
    private ReferenceText() {
    }

    static String of(IndicatorValue v, Messages m) {
        StringBuilder sb = new StringBuilder();
        if (v.basis() != Basis.ANNUAL) {
            sb.append(m.get("reference." + v.basis().id()));
        }
        if (v.periodFrom() != null && v.periodTo() != null) {
            sb.append(sb.length() > 0 ? " " : "").append(v.periodFrom()).append('–').append(v.periodTo());
        }
        if (v.scope() != Scope.REGION) {
            sb.append(sb.length() > 0 ? ", " : "").append(m.get("reference." + v.scope().id()));
            if (v.scopeName() != null) {
                sb.append(' ').append(v.scopeName());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
