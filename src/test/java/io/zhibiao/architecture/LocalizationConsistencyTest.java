package io.zhibiao.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every UI text exists in Chinese and English, and every key the code asks for is defined. */
class LocalizationConsistencyTest {
    private static final Pattern KEY_USE = Pattern.compile("(?:\\.get|\\.format)\\(\"([a-zA-Z]+(?:\\.[a-zA-Z_]+)+)\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("i18n/messages.properties").stringPropertyNames(),
                load("i18n/messages_zh.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheUiIsDefined() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/zhibiao/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!defined.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not defined: " + missing);
    }

    @Test
    void everyEnumShownInTheUiHasItsText() throws IOException {
        Set<String> defined = load("i18n/messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (io.zhibiao.core.review.ReviewAction a : io.zhibiao.core.review.ReviewAction.values()) {
            check(defined, a.messageKey(), missing);
        }
        for (io.zhibiao.core.store.ReviewStatus s : io.zhibiao.core.store.ReviewStatus.values()) {
            check(defined, "status." + s.id(), missing);
        }
        for (io.zhibiao.core.model.DocumentKind k : io.zhibiao.core.model.DocumentKind.values()) {
            check(defined, "kind." + k.id(), missing);
            check(defined, "document.title." + k.id(), missing);
        }
        for (io.zhibiao.core.model.Measure x : io.zhibiao.core.model.Measure.values()) {
            check(defined, "measure." + x.id(), missing);
        }
        for (io.zhibiao.core.model.ValueKind x : io.zhibiao.core.model.ValueKind.values()) {
            check(defined, "valuekind." + x.id(), missing);
        }
        for (io.zhibiao.core.model.Qualifier x : io.zhibiao.core.model.Qualifier.values()) {
            check(defined, "qualifier." + x.id(), missing);
        }
        for (io.zhibiao.core.export.ExportSheet x : io.zhibiao.core.export.ExportSheet.values()) {
            check(defined, "export.sheet." + x.name().toLowerCase(java.util.Locale.ROOT), missing);
        }
        for (io.zhibiao.core.compare.Outcome x : io.zhibiao.core.compare.Outcome.values()) {
            check(defined, "outcome." + x.id(), missing);
        }
        for (String[] shortcut : io.zhibiao.ui.review.ShortcutsDialog.SHORTCUTS) {
            check(defined, shortcut[1], missing);
        }
        assertTrue(missing.isEmpty(), "texts missing for: " + missing);
    }

    private static void check(Set<String> defined, String key, Set<String> missing) {
        if (!defined.contains(key)) {
            missing.add(key);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
