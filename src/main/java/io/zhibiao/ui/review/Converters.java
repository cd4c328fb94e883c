package io.zhibiao.ui.review;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Display-only converters for combo boxes. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> of(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
