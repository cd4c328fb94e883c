package io.zhibiao.core.model;

import java.util.Locale;

/** How the value bounds the quantity: exactly, at least (以上), at most (以内), about (左右), or a range. */
public enum Qualifier {
    EQ("="), GE("≥"), LE("≤"), APPROX("≈"), RANGE("–");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
