package io.zhibiao.ui.error;

import io.zhibiao.core.AppVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagnostics text, built without a screen from given system properties and log lines. */
class DiagnosticsTest {
    private static final String REPORT_SENTENCE = "全年地区生产总值增长6.5%，城镇居民人均可支配收入增长7%，一般公共预算收入增长8%";

    private static Properties system() {
        Properties p = new Properties();
        p.setProperty("os.name", "Windows 11");
        p.setProperty("os.version", "10.0");
        p.setProperty("os.arch", "amd64");
        p.setProperty("java.version", "17.0.15");
        p.setProperty("java.vendor", "Eclipse Adoptium");
        p.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
        p.setProperty("javafx.runtime.version", "21.0.5+1");
        p.setProperty("user.language", "zh");
        p.setProperty("user.country", "CN");
        return p;
    }

    @Test
    void theTextNamesVersionsStoreLogFolderErrorsAndTheLastFiftyLogLines() {
        List<String> log = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            log.add("2026-12-07T10:00:00.000+08:00 INFO  [main] io.zhibiao.X - step " + i);
        }
        Path folder = Path.of("C:\\Users\\li\\AppData\\Roaming\\Zhibiao\\logs");
        String text = new Diagnostics(system(), Diagnostics.h2Store(Path.of("C:\\Users\\li\\zhibiao.mv.db")), folder,
                List.of("java.lang.IllegalStateException: broken (thread JavaFX Application Thread, 3 times)"), log)
                .text();
        List<String> lines = text.lines().toList();
        assertEquals("Zhibiao diagnostics", lines.get(0));
        assertTrue(lines.contains("Version: " + AppVersion.current()), text);
        assertTrue(lines.contains("OS: Windows 11 10.0 (amd64)"), text);
        assertTrue(lines.contains("Java: 17.0.15 (Eclipse Adoptium; OpenJDK 64-Bit Server VM)"), text);
        assertTrue(lines.contains("JavaFX: 21.0.5+1"), text);
        assertTrue(lines.contains("Locale: zh-CN"), text);
        assertTrue(lines.contains("Store: H2 file C:\\Users\\li\\zhibiao.mv.db"), text);
        assertTrue(lines.contains("Log folder: " + folder), text);
        assertTrue(lines.contains("  java.lang.IllegalStateException: broken (thread JavaFX Application Thread, 3 times)"),
                text);
        assertTrue(lines.contains("Last 50 log lines:"), text);
        assertEquals(log.subList(20, 70), lines.subList(lines.size() - 50, lines.size()));
        assertFalse(text.contains(" - step 20\n"), text);
    }

    @Test
    void noReportTextAndNoPasswordReachTheClipboard() {
        String text = new Diagnostics(system(), "jdbc:postgresql://db/zb?user=li&password=s3cret", Path.of("logs"),
                List.of("java.lang.NumberFormatException: For input string: \"" + REPORT_SENTENCE + "\""),
                List.of("2026-12-07T10:00:00.000+08:00 WARN  [main] io.zhibiao.X - could not read " + REPORT_SENTENCE))
                .text();
        assertFalse(text.contains("生产总值"), text);
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("Store: jdbc:postgresql://db/zb?user=li&password=***"), text);
        assertTrue(text.contains("could not read [text withheld: "), text);
    }

    @Test
    void aJavaFxThatHasNotStartedIsSaidSo() {
        Properties p = system();
        p.remove("javafx.runtime.version");
        String text = new Diagnostics(p, "H2 file x", Path.of("logs"), List.of(), List.of()).text();
        assertTrue(text.lines().anyMatch("JavaFX: unknown"::equals), text);
        assertTrue(text.lines().anyMatch("Last 0 log lines:"::equals), text);
    }
}
