package io.zhibiao.core.compare;

import io.zhibiao.core.model.Measure;

import java.util.Comparator;

/** What a target and an actual must share to be compared: region, indicator code, measure and year. */
public record PairKey(String regionCode, String code, Measure measure, int year) {
    public static final Comparator<PairKey> ORDER = Comparator.comparing(PairKey::regionCode)
            .thenComparing(PairKey::code)
            .thenComparing(PairKey::measure)
            .thenComparingInt(PairKey::year);
}
