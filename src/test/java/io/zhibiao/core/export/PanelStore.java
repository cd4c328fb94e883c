package io.zhibiao.core.export;

import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A store whose reports state exactly the figures a Panel test needs: documents written through the
 * store's own DAO with indicator values as the engine would have stored them.
 */
final class PanelStore {
    private static final Instant AT = Instant.parse("2025-02-01T08:00:00Z");

    private PanelStore() {
    }

    static Store open(Path dir) {
        Store store = Store.open(dir.resolve("store/zhibiao"));
        RegionTable.ensureLoaded(store);
        return store;
    }

    /** A report of {@code regionCode} for {@code year}; returns its stored indicators in the given order. */
    static List<StoredIndicator> report(Store store, String regionCode, int year, DocumentKind kind, String title,
                                        IndicatorValue... values) {
        String text = title + " " + List.of(values);
        long id = store.documents().insertDocument(new NewDocument("/panel/" + title + ".txt", title + ".txt",
                sha256(text), text.length(), "txt", "UTF-8", text, text, title, regionCode, 0.9, year, 0.9, kind,
                0.9, null, null, null, null, null, null, AT, null), List.of(values));
        return store.indicators().findByDocument(id);
    }

    static IndicatorValue growth(String code, ValueKind kind, int year, double value, double confidence,
                                 String sentence) {
        return value(code, Measure.GROWTH, kind, year, value, "%", null, null, Qualifier.EQ, false, false,
                confidence, sentence, Scope.REGION);
    }

    static IndicatorValue stretch(String code, int year, double value, Qualifier q, String sentence) {
        return value(code, Measure.GROWTH, ValueKind.TARGET, year, value, "%", null, null, q, true, false, 0.9,
                sentence, Scope.REGION);
    }

    static IndicatorValue estimated(String code, int year, double value, String sentence) {
        return value(code, Measure.GROWTH, ValueKind.ACTUAL, year, value, "%", null, null, Qualifier.EQ, false,
                true, 0.9, sentence, Scope.REGION);
    }

    static IndicatorValue part(String code, ValueKind kind, int year, double value, String sentence) {
        return value(code, Measure.GROWTH, kind, year, value, "%", null, null, Qualifier.EQ, false, false, 0.95,
                sentence, Scope.PART);
    }

    /** A level: {@code value} in {@code unit}, {@code normalized} in {@code baseUnit}. */
    static IndicatorValue level(String code, ValueKind kind, int year, double value, String unit, double normalized,
                                String sentence) {
        return value(code, Measure.LEVEL, kind, year, value, unit, normalized, "元", Qualifier.EQ, false, false, 0.9,
                sentence, Scope.REGION);
    }

    private static IndicatorValue value(String code, Measure measure, ValueKind kind, int year, double value,
                                        String unit, Double normalized, String normalizedUnit, Qualifier q,
                                        boolean stretch, boolean estimated, double confidence, String sentence,
                                        Scope scope) {
        return new IndicatorValue(code, code, measure, kind, year, value, unit, normalized, normalizedUnit, q,
                null, null, stretch, estimated, false, 0, 1, sentence, confidence, Basis.ANNUAL, null, null, scope,
                scope == Scope.PART ? "临港新片区" : null);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
