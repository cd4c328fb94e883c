package io.zhibiao.core.catalog;

import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;

import java.util.Objects;

/**
 * What an analyst teaches the catalog from one correction: {@code phrase} is an alias of the indicator
 * {@code code}, or (code {@link IndicatorCatalog#NOT_AN_INDICATOR}) a phrase that names no indicator.
 */
public record Lesson(String phrase, String code) {
    public Lesson {
        Objects.requireNonNull(code, "code");
        phrase = phrase == null ? "" : phrase.strip();
        if (phrase.isEmpty() || phrase.contains("|")) {
            throw new CatalogException("A phrase to teach is some text without '|', not '" + phrase + "'.");
        }
    }

    public static Lesson alias(String phrase, String code) {
        return new Lesson(phrase, code);
    }

    public static Lesson notAnIndicator(String phrase) {
        return new Lesson(phrase, IndicatorCatalog.NOT_AN_INDICATOR);
    }

    public boolean isNotAnIndicator() {
        return IndicatorCatalog.NOT_AN_INDICATOR.equals(code);
    }
}
