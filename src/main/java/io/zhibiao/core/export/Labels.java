package io.zhibiao.core.export;

import io.zhibiao.core.compare.Outcome;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.RegionLevel;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The export's words in one language (export/labels*.properties). */
final class Labels {
    private static final String BUNDLE = "export.labels";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Chinese for zh, English otherwise. No fallback to the machine's locale: an English export on a
     * Chinese Windows must still come out in English.
     */
    static Labels of(Locale language) {
        Locale locale = "zh".equals(language.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(b, locale);
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Export label " + key + " is missing from " + BUNDLE, e);
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    String sheet(ExportSheet sheet) {
        return get(sheet.labelKey());
    }

    String measure(Measure m) {
        return m == null ? null : get("measure." + m.id());
    }

    String kind(ValueKind k) {
        return k == null ? null : get("kind." + k.id());
    }

    String basis(Basis b) {
        return b == null ? null : get("basis." + b.id());
    }

    String scope(Scope s) {
        return s == null ? null : get("scope." + s.id());
    }

    String qualifier(Qualifier q) {
        return q == null ? null : get("qualifier." + q.id());
    }

    String status(ReviewStatus s) {
        return s == null ? null : get("status." + s.id());
    }

    String documentKind(DocumentKind k) {
        return k == null ? null : get("docKind." + k.id());
    }

    String level(RegionLevel l) {
        return l == null ? null : get("level." + l.id());
    }

    String outcome(Outcome o) {
        return o == null ? null : get("outcome." + o.id());
    }

    /** The label, else {@code fallback}: for ids a newer version may have written (the audit trail's). */
    String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    String yesNo(boolean b) {
        return get(b ? "yes" : "no");
    }

    boolean chinese() {
        return locale.equals(Locale.CHINESE);
    }
}
