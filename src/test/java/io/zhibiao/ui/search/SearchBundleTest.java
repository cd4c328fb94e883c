package io.zhibiao.ui.search;

import io.zhibiao.core.model.Measure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search and chart texts exist in English and Chinese, and every key the components ask for is defined. */
class SearchBundleTest {
    private static final Pattern KEY_USE = Pattern.compile("\\.(?:text|formatted)\\(\"((?:search|chart)\\.[a-zA-Z.]*[a-zA-Z])\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertEquals(load("i18n/search.properties").stringPropertyNames(),
                load("i18n/search_zh.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedIsDefined() throws IOException {
        Set<String> defined = load("i18n/search.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String dir : List.of("src/main/java/io/zhibiao/ui/search", "src/main/java/io/zhibiao/ui/chart")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    Matcher m = KEY_USE.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!defined.contains(m.group(1))) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        for (Measure m : Measure.values()) {
            if (!defined.contains("chart.measure." + m.id())) {
                missing.add("chart.measure." + m.id());
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not defined: " + missing);
    }

    @Test
    void countsReadNaturallyInBothLanguages() {
        SearchTexts en = new SearchTexts(Locale.ENGLISH);
        SearchTexts zh = new SearchTexts(Locale.CHINESE);
        assertEquals("1 report", en.formatted("search.count", 1));
        assertEquals("12 reports", en.formatted("search.count", 12));
        assertEquals("12 份报告", zh.formatted("search.count", 12));
        assertEquals("growth, %", en.text("chart.measure.growth"));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SearchBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
