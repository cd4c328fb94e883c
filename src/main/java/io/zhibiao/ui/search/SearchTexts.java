package io.zhibiao.ui.search;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the search and chart components (i18n/search*.properties), in the language of the rest
 * of the workbench. Kept apart from the main bundle so these components can be embedded anywhere.
 */
public final class SearchTexts {
    public static final String BUNDLE = "i18n.search";
    private final ResourceBundle bundle;

    public SearchTexts(Locale locale) {
        // No fallback to the JVM's locale: English is the base bundle and must win when asked for.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String formatted(String key, Object... args) {
        return new MessageFormat(text(key), locale()).format(args);
    }
}
