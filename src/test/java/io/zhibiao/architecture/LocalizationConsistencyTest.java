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

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
