package io.zhibiao.core.extract.analysis;

/**
 * Names of places other than the report's own region: 旌阳地区生产总值, 兰州市固定资产投资 in a province report.
 * A figure whose indicator name is right after one is that place's, not the region's.
 */
@FunctionalInterface
public interface PlaceNames {
    /** Knows no place: every figure is read as the region's unless its words say otherwise. */
    PlaceNames NONE = (text, end, floor) -> null;

    /** The name of another place that ends at {@code end} and starts at or after {@code floor}, or null. */
    String endingAt(CharSequence text, int end, int floor);
}
