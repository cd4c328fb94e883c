package io.zhibiao.core.extract.headline;

/**
 * Label and engine values in one unit per kind of amount (money in 亿元, rates in %), so that a 万元/亿元
 * slip counts as an error.
 */
final class Units {
    private Units() {
    }

    static double normalise(double value, String unit) {
        String u = unit == null ? "" : unit.strip();
        if (u.endsWith("元")) {
            return value * multiplier(u.substring(0, u.length() - 1)) / 1e8;
        }
        return value;
    }

    /** The engine's value: its normalised amount in 元 brought to 亿元, anything else as written. */
    static double normaliseEngine(Double value, Double normalizedValue, String normalizedUnit) {
        if ("元".equals(normalizedUnit) && normalizedValue != null) {
            return normalizedValue / 1e8;
        }
        return value == null ? Double.NaN : value;
    }

    private static double multiplier(String prefix) {
        return switch (prefix) {
            case "万亿" -> 1e12;
            case "千亿" -> 1e11;
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "万" -> 1e4;
            default -> 1;
        };
    }
}
