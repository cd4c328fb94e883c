package io.zhibiao.core.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LabelsTest {
    @Test
    void chineseAndEnglishLabelsHaveTheSameKeys() throws IOException {
        assertEquals(load("export/labels.properties").stringPropertyNames(),
                load("export/labels_zh.properties").stringPropertyNames());
    }

    @Test
    void englishDoesNotFallBackToTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Indicators", Labels.of(Locale.ENGLISH).sheet(ExportSheet.INDICATORS));
            assertEquals("指标", Labels.of(Locale.CHINESE).sheet(ExportSheet.INDICATORS));
            assertNotEquals(Labels.of(Locale.ENGLISH).get("col.value"), Labels.of(Locale.CHINESE).get("col.value"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
