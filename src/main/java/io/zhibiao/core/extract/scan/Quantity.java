package io.zhibiao.core.extract.scan;

/**
 * A number with its unit as found in the text. [start, end) covers the number and its unit (for a range,
 * both bounds). {@code high} is non-null for ranges (6%-6.5%). {@code moreThan} is set for 3万余元 / 6700多个.
 * {@code damaged} marks a token read across stray spaces, so its value is less certain.
 */
public record Quantity(int start, int end, double value, Double high, String unit,
                       double multiplier, String normalizedUnit, boolean moreThan, boolean damaged) {

    public boolean isPercent() {
        return "%".equals(unit);
    }

    public boolean isPoints() {
        return "百分点".equals(unit);
    }

    public boolean isRatioUnit() {
        return isPercent() || isPoints() || "‰".equals(unit);
    }
}
