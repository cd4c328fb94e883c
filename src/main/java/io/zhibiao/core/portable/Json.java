package io.zhibiao.core.portable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Checks used by the records of the work file while it is read; a failure names the problem. */
final class Json {
    private Json() {
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    static Instant instant(String text, String what) {
        require(text != null, "the time " + what + " is missing");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the time " + what + " \"" + text
                    + "\" is not an ISO-8601 UTC time such as 2025-03-01T09:30:00Z");
        }
    }

    static <T> T enumId(String id, Function<String, T> parse, String what) {
        try {
            return parse.apply(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + id + "\" is not a " + what);
        }
    }
}
