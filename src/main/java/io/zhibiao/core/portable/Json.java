package io.zhibiao.core.portable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Checks used by the records of the work file while it is read; a failure names the problem. Text fields are
 * held to the size of the store column they go into (see the migrations), so a file never fails with the
 * database's own message half-way through an import.
 */
final class Json {
    private Json() {
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Requires {@code text} (when present) to fit a column of {@code max} characters. */
    static void fits(String text, int max, String what) {
        require(text == null || text.length() <= max, what + " \"" + shortened(text) + "\" is longer than " + max
                + " characters");
    }

    /** Requires a number (when present) to be a finite one: JSON has no infinity, but 1e999 reads as one. */
    static void finite(Double value, String what) {
        require(value == null || Double.isFinite(value), "the " + what + " " + value + " is not a finite number");
    }

    static Instant instant(String text, String what) {
        require(text != null, "the time " + what + " is missing");
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the time " + what + " \"" + shortened(text)
                    + "\" is not an ISO-8601 UTC time such as 2025-03-01T09:30:00Z");
        }
        // the store keeps times as TIMESTAMP; years of four digits are all an analyst's clock can give
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        require(year >= 1000 && year <= 9999,
                "the time " + what + " \"" + text + "\" is not between the years 1000 and 9999");
        return instant;
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static <T> T enumId(String id, Function<String, T> parse, String what) {
        try {
            return parse.apply(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + id + "\" is not a " + what);
        }
    }
}
