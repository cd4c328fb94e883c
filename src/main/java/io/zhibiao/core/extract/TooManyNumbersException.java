package io.zhibiao.core.extract;

/**
 * The text holds more numbers than any report does: a data dump or a table export rather than a report.
 * Extraction stops early instead of filling the memory (a 20 MB line of nothing but numbers would
 * need gigabytes of indicators, each with its sentence).
 */
public final class TooManyNumbersException extends RuntimeException {
    public TooManyNumbersException(String message) {
        super(message);
    }
}
